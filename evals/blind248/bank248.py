"""Question bank of blind evaluation set 248 (evals/blind248): everyday traffic typed on phones.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and the wording; every expected number is computed
by helpers248 (gold/*.json, derived keys per spec/README.md), by text cells of the three
reports without gold (SPECS: the same cells blind6's text_cells.json verified, nothing new),
or by sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib248 as L  # noqa: E402
from helpers248 import E, EN, EU, ED, ER, C, cols  # noqa: E402,F401

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

# sentences of the text that state the same number as a table cell (keyword, number) --------
HA_REQ = "3119"            # 淮安 2024: 受理 3119, 答复 3050, 上年度结转 34, 顺延 103
HA_APP = "351"             # 淮安 2024: 复议 351 (72/64/178/37), 诉讼 46 (25/5/9/7)
HA_PUB = "5500"            # 淮安 2024: 新增公开市政府规章 1 件
HZ_REQ = "21 件"           # 洪泽 2023: 受理 21
SY_REQ = "749"             # 沭阳 2025: 749 / 741 / 8 / 718 / 31
SY_APP = "74 件"           # 沭阳 2025: 相关案件 74
SH19_REQ = "回落12.3%"     # 上海市府办 2019: 859 / 805 / 18 / 72
SH19_APP = "零败诉"        # 上海市府办 2019: 复议 7, 诉讼 9
SH19_PUB = "人事任免文件141件"  # 上海市府办 2019: 规章 13, 行政规范性文件 60
JX_REQ = "办结率88.2%"     # 涧西 2020: 17 / 15 / 2
KW_REQ = "全年收到政府信息公开申请"  # 上海市科委 2024: 34, 上年结转 2
KW_OK = "同意公开答复"     # 上海市科委 2024: 同意公开 9
KW_PUB = "规划计划文件"    # 上海市科委 2024: 行政规范性文件 13
SH25_REQ = "1295"          # 上海市府办 2025: 1295 / 1191 / 189


def A(keyword, b, keys):
    """Text alternative whose number is the cell value itself."""
    import helpers248 as H
    return (keyword, H.val(b, H.KS(keys)))


def P(lang, b, keys, q, what, alt=None, **kw):
    kw.setdefault("alt", A(alt, b, keys) if alt else None)
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + what)


def T(lang, b, keys, q, what, alt=None, **kw):
    kw.setdefault("alt", A(alt, b, keys) if alt else None)
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + what)


def S(lang, b, keys, q, what, alt=None, **kw):
    assert len(keys) >= 2
    kw.setdefault("alt", A(alt, b, keys) if alt else None)
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum: " + what)


def D(lang, b1, b2, keys, q, what, alt=None, **kw):
    if alt:
        kw["alt"] = A(alt, b2, keys)
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] difference: " + what)


def R(lang, bodies, keys, order, q, what, **kw):
    assert 3 <= len(bodies) <= 4
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + what)


def N(lang, b, keyword, value, unit, q, what, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + what)


def U(lang, q, why, what):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + what)


def F(lang, turns, what):
    assert len(turns) >= 2
    return C("followup", lang, turns, "[followup] " + what)


def t(q, b, keys, alt=None, **kw):
    """One follow-up turn on a table value."""
    kw.setdefault("alt", A(alt, b, keys) if alt else None)
    return (q, E(b, keys, **kw))


# ============================================================== [plain] 91 (zh 30, en 61)
def plain():
    M = "万元"
    return [
        # ---- 淮安 2024
        P("zh", "ha", "r.received.total", "淮安24年依申情公开一共收了多少件？？", "淮安 received total; homophone typo 申情; text agrees", alt=HA_REQ),
        P("zh", "ha", "c.normative_docs.in_force", "请问 淮安市政府2024年 行政规范性文件 现在还有效的 有几件", "淮安 normative docs in force; stray spaces"),
        P("zh", "ha", "c.coercion.decisions", "淮安 2024 年报 里面 行政强制 的决定数 是多少啊", "淮安 coercion decisions"),
        P("zh", "ha", "r.withheld.admin_query.total", "我是跑政务口的记者，在赶一篇稿子。淮安市2024年因为是行政查询事项所以没给公开的，有多少件？", "淮安 withheld as admin query; reporter story"),
        P("zh", "ha", "r.received.legal_services", "淮安2024年 律所之类的法律服务机构 新递交的申请有几件", "淮安 new requests from legal service orgs"),
        P("en", "ha", "r.granted.total", "hi quick one - Huaian city gov 2024, how many disclosure requests ended up fully released (予以公开)? thx", "淮安 granted total; Chinese label in brackets"),
        P("en", "ha", "c.punishment.decisions", "doing a comparison for my boss.. Huai'an 2024 report, how many 行政处罚 decisions they list? the number looks huge to me", "淮安 punishment decisions"),
        P("en", "ha", "r.unable.not_held.total", "Huaian 2024 - how many applications got the answer that the agency simply doesnt have the info, i mean 本机关不掌握?", "淮安 not held total"),
        P("en", "ha", "a.review.corrected", "I'm law student writing a paper on 政府信息公开. In Huaian 2024 annual report, how many administrative reconsideration case did the result got corrected?", "淮安 review corrected; non-native English; text agrees", alt=HA_APP),
        P("en", "ha", "c.fees.amount", "how much admin fees did Huaian collect in 2024 according to their disclosure report?? in 万元 pls", "淮安 fees amount", unit=M),
        P("en", "ha", "r.received.commercial", "Huaian 2024 - companies (商业企业) sent how many new requests in that year?", "淮安 received commercial"),
        P("en", "ha", "r.not_processed.petition.total", "in Huaian's 2024 report how many applications they decided not to handle because it was really a petition or complaint (信访举报投诉类)?", "淮安 not processed as petition"),
        P("en", "ha", "r.other.overdue_correction.total", "Our office clerk asked me this, no idea why lol. Huaian 2024, how many requests were dropped because the applicant never supplemented the application in time?", "淮安 other: overdue correction; company clerk story"),
        P("en", "ha", "a.litigation_direct.total", "how many people sued Huaian city gov directly in 2024, i mean went to court without doing 复议 first", "淮安 direct litigation total"),
        P("en", "ha", "c.licensing.decisions", "Huai'an municipal government, year 2024, licensing decisions (行政许可) count please. thank you so much", "淮安 licensing decisions; polite trailing remark"),
        P("zh", "ha", "a.litigation_after_review.total", "淮安2024年 复议以后又去法院起诉的 行政诉讼 有多少 件", "淮安 litigation after review total"),
        P("en", "ha", "r.carried_over.total", "in Huaian's 2024 disclosure report how many applications were left over from 2023 and counted in?", "淮安 carried over total; text agrees", alt=HA_REQ),
        P("en", "ha", "a.review.pending", "Huaian city 2024 report - how many reconsideration cases were still undecided (尚未审结) at the end?", "淮安 review pending; text agrees", alt=HA_APP),
        P("en", "ha", "r.withheld.third_party.total", "Sorry if this is a silly question. For Huaian 2024, how many requests were refused to protect somebody else's (third party) rights?", "淮安 withheld third party"),
        P("en", "ha", "c.normative_docs.issued", "Huai'an 2024 - normative docs newly issued (本年制发件数)? cheers", "淮安 normative docs issued"),
        # ---- 沭阳 2025
        P("zh", "sy", "r.partially_granted.total", "沭阳25年部份公开的有多少件 ，谢谢", "沭阳 partially granted; two-digit year, typo 部份"),
        P("zh", "sy", "c.licensing.decisions", "沐阳县2025年行政许可决定数是多少", "沭阳 licensing; typed as the OCR slip 沐阳"),
        P("zh", "sy", "a.review.total", "沭阳县政府2025年度报告，行政复意一共多少件啊？？", "沭阳 review total; doubled punctuation, typo 复意"),
        P("zh", "sy", "r.withheld.internal_affairs.total", "问下 沭阳2025年 因为是三类内部事务信息 没公开的 有几件", "沭阳 withheld internal affairs"),
        P("zh", "sy", "r.unable.not_held.total", "我妈上次去问东西，人家说不掌握。沭阳 2025  县政府说自己不掌握的 一共多少件", "沭阳 not held total; a mother's story"),
        P("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县2025年 因为属于行政执法案卷 不予公开的几件呀", "沭阳 withheld enforcement files"),
        P("en", "sy", "r.carried_forward.total", "shuyang county 2025... how many requests were still not finished by 31 Dec and got pushed into 2026?", "沭阳 carried forward; text agrees", alt=SY_REQ),
        P("en", "sy", "c.normative_docs.issued", "shuyang 25 how many 行政规范性文件 did they put out (issued) in 2025", "沭阳 normative docs issued"),
        P("en", "sy", "c.coercion.decisions", "Shuyang 2025, admin coercion decisions number? just the figure is fine", "沭阳 coercion decisions"),
        P("en", "sy", "r.not_processed.duplicate.total", "My neighbour keeps sending the same request to Shuyang county again and again... In their 2025 report, how many were not processed as repeat applications (重复申请)?", "沭阳 not processed duplicate; worried-citizen story"),
        P("en", "sy", "c.fees.amount", "Shuyang county's 2025 disclosure report: how much administrative and institutional fees were charged, in 万元?", "沭阳 fees amount", unit=M),
        P("en", "sy", "a.review.pending", "Shuyang 2025 - reconsideration cases not yet concluded (尚未审结)?", "沭阳 review pending"),
        P("en", "sy", "r.received.natural_person", "Shuyang County: how many fresh applications did private individuals (自然人) file during 2025 itself?", "沭阳 received natural person (table row, not the text's 741)"),
        P("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025 — requests where the applicant didnt pay the fee on time so they stopped handling it. how many?", "沭阳 other: overdue fee"),
        P("en", "sy", "r.withheld.process_info.total", "I run a small firm in Shuyang and once got told my request was 'process info'. In the 2025 report how many requests got refused as 过程性信息?", "沭阳 withheld process info"),
        P("en", "sy", "r.other.other.total", "shuyang county gov 2025, the plain 'other' line under 其他处理 (3.其他) - how many?", "沭阳 other: other"),
        P("en", "sy", "c.punishment.decisions", "Shuyang 2025 admin penalties (行政处罚) how many decision??", "沭阳 punishment decisions"),
        P("en", "sy", "r.granted.total", "How many requests did Shuyang disclose in full in 2025? asking for a school project", "沭阳 granted total; student story"),
        # ---- 上海市府办 2019
        P("zh", "sh19", "r.received.total", "上海市府办19年新收的申请 一共多少件", "上海市府办 2019 received total; text agrees", alt=SH19_REQ),
        P("zh", "sh19", "r.withheld.state_secret.natural_person", "上海市政府办公厅2019年 个人申请里 因为属于国家秘密 被拒绝公开的 有几件？", "上海市府办 2019 state secret, natural person column (total printed blank)"),
        P("zh", "sh19", "c.procurement.projects", "沪府办2019年报，政府集中采购的项目有几个", "上海市府办 2019 procurement projects"),
        P("zh", "sh19", "a.review.total", "上海市府办 2019 行政复议 总共几件 ", "上海市府办 2019 review total; text agrees", alt=SH19_APP),
        P("en", "sh19", "r.received.commercial", "Shanghai General Office, 2019 report — new requests by companies (商业企业)? thanks in advance", "上海市府办 2019 received commercial"),
        P("en", "sh19", "c.regulations.total_published", "shanghai municipal gov general office 2019 - for 规章, what's the 对外公开总数量 (the cumulative one)?", "上海市府办 2019 regulations total published"),
        P("en", "sh19", "r.not_processed.petition.natural_person", "Reporter here, quick fact check: Shanghai General Office 2019, individuals' requests not processed because they were 信访举报投诉 type — how many?", "上海市府办 2019 petition, natural person column"),
        P("en", "sh19", "c.procurement.amount", "What was Shanghai GO's centralised procurement amount in 2019? give it in 万元 if u can", "上海市府办 2019 procurement amount (251000元 = 25.1 万元)", unit=M),
        P("en", "sh19", "r.unable.needs_creation.natural_person", "shanghai GO 2019: individuals who were told there is no ready info and it'd have to be produced from scratch (需要另行制作) - how many?", "上海市府办 2019 needs creation, natural person column"),
        P("en", "sh19", "r.total_processed.total", "shanghai gen office 2019, total requests handled in the year (办理结果总计)?", "上海市府办 2019 total processed; text agrees", alt=SH19_REQ),
        P("en", "sh19", "c.normative_docs.made", "In the 2019 Shanghai 市府办 report, 规范性文件 本年新制作数量 = ?", "上海市府办 2019 normative docs made; text states 60 published", alt=SH19_PUB),
        P("en", "sh19", "r.carried_forward.total", "Shanghai GO 2019 - how many requests did they carry on into 2020?", "上海市府办 2019 carried forward; text agrees", alt=SH19_REQ),
        P("en", "sh19", "a.litigation_direct.upheld", "shanghai GO 2019 — the lawsuits filed directly (未经复议直接起诉): how many ended 结果维持?", "上海市府办 2019 direct litigation upheld (text says all upheld: not used)"),
        # ---- 洪泽 2023
        P("zh", "hz23", "c.punishment.decisions", "洪择区23年行政处罚多少", "洪泽 2023 punishment decisions; terse, homophone typo 洪择"),
        P("zh", "hz23", "c.fees.amount", "洪泽 2023年度 行政事业性收费 收了多少万元", "洪泽 2023 fees amount", unit=M),
        P("zh", "hz23", "r.unable.needs_creation.total", "请问洪泽区政府2023年 有多少申请是因为没有现成信息、要另外制作 所以没法提供的？", "洪泽 2023 needs creation"),
        P("zh", "hz23", "r.received.commercial", "洪泽23年 有没有企业来申请信息公开的？几件", "洪泽 2023 received commercial (0)"),
        P("en", "hz23", "r.received.total", "Hongze district 2023: how many disclosure requests did they receive? (just need the number for a class presentation)", "洪泽 2023 received total; text agrees", alt=HZ_REQ),
        P("en", "hz23", "c.normative_docs.repealed", "in Hongze's 2023 disclosure report, how many normative documents got abolished (废止)?", "洪泽 2023 normative docs repealed; report named loosely"),
        P("en", "hz23", "a.review.upheld", "Hongze 2023: reconsideration cases that ended with the decision kept as is (结果维持)?", "洪泽 2023 review upheld (printed total 0 is avoided)"),
        P("en", "hz23", "r.partially_granted.total", "Hongze District, 2023, partly disclosed applications count? ty", "洪泽 2023 partially granted"),
        P("en", "hz23", "c.licensing.decisions", "hey, Hongze 2023 licensing decisions count - need it quick for a slide", "洪泽 2023 licensing decisions"),
        P("en", "hz23", "r.withheld.state_secret.total", "hongze district in 23, how many requests turned down as state secret (国家秘密)?", "洪泽 2023 withheld state secret"),
        # ---- 洪泽 2024 (text cells)
        P("zh", "hz24", "c.licensing.decisions", "公司行政让我查下：洪泽区2024年行政许可处理了多少件", "洪泽 2024 licensing (text cell)"),
        P("zh", "hz24", "c.normative_docs.in_force", "那份24年洪泽的报告里，行政规范性文件现行有效几件", "洪泽 2024 normative in force (text cell); report named loosely"),
        P("en", "hz24", "c.punishment.decisions", "Hongze 2024 admin penalty decisions?? need it for a spreadsheet", "洪泽 2024 punishment (text cell)"),
        P("en", "hz24", "r.granted.total", "In Hongze's 2024 report, how many requests got released completely (予以公开)?", "洪泽 2024 granted (text cell)"),
        P("en", "hz24", "a.review.total", "My teacher says Hongze barely had any appeals. In 2024 how many 行政复议 cases in total did Hongze district have?", "洪泽 2024 review total (text cell)"),
        P("en", "hz24", "c.fees.amount", "How much admin fee money (行政事业性收费) did Hongze bring in in 2024? unit 万元", "洪泽 2024 fees amount (text cell)", unit=M),
        P("en", "hz24", "r.unable.not_held.total", "Hongze 2024: how many requests where the agency said 'we don't have this info'?", "洪泽 2024 not held (text cell)"),
        P("en", "hz24", "c.coercion.decisions", "Hongze District '24 - admin coercion decisions (行政强制)?", "洪泽 2024 coercion (text cell); '24"),
        # ---- 涧西 2020
        P("zh", "jx", "c.normative_docs.made", "涧西区政府办2020年 规范性文件 新制作了几件", "涧西 normative docs made"),
        P("zh", "jx", "r.granted.total", "涧西20年 于以公开 几件", "涧西 granted total; terse, two-digit year, typo 于以"),
        P("zh", "jx", "a.review.upheld", "涧西 2020 行政复议 结果维持 的有几件。。", "涧西 review upheld; doubled punctuation"),
        P("en", "jx", "r.carried_forward.total", "Jianxi district office 2020 - how many applications were still being handled at year end and rolled into the next year?", "涧西 carried forward; text agrees", alt=JX_REQ),
        P("en", "jx", "c.procurement.projects", "Luoyang's Jianxi District, 2020: how many centralised procurement projects (政府集中采购) were there?", "涧西 procurement projects"),
        P("en", "jx", "r.received.total", "For Jianxi 2020, how many applications newly came in? Im comparing small districts", "涧西 received total; text agrees", alt=JX_REQ),
        P("en", "jx", "a.litigation_direct.total", "jianxi dist. 2020 annual report, lawsuits filed directly (未经复议直接起诉) total?", "涧西 direct litigation total"),
        P("en", "jx", "r.unable.not_held.total", "涧西 district office (Jianxi), 2020 - for how many requests did they say the info isn't held by them?", "涧西 not held"),
        # ---- 上海市科委 2024 (text cells)
        P("zh", "kw", "c.licensing.decisions", "上海科委2024年行政许可办了多少件 在线等", "上海市科委 licensing (text cell)"),
        P("zh", "kw", "r.received.natural_person", "市科委24年报 新收申请里 个人 有几个", "上海市科委 received natural person (text cell)"),
        P("zh", "kw", "r.granted.total", "上海科委2024年 予以公开 多少件？", "上海市科委 granted (text cell); text agrees", alt=KW_OK),
        P("en", "kw", "c.normative_docs.in_force", "STCSM 2024: how many normative documents are still valid now (现行有效)?", "上海市科委 normative in force (text cell)"),
        P("en", "kw", "r.received.commercial", "Shanghai Science and Technology Commission (上海科委), 2024 - info requests from businesses, how many?", "上海市科委 received commercial (text cell)"),
        P("en", "kw", "r.total_processed.total", "STCSM 2024 total requests processed (办理结果总计)? pls and thx", "上海市科委 total processed (text cell)"),
        # ---- 上海市府办 2025 (text cells)
        P("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年 本机关不掌握相关信息的 有多少件", "上海市府办 2025 not held (text cell)"),
        P("zh", "sh25", "r.carried_forward.total", "上海市政府办公厅25年，结转到下一年继续办的有几件", "上海市府办 2025 carried forward (text cell)"),
        P("en", "sh25", "r.granted.total", "Shanghai General Office 2025, how many requests were granted in full? asking for my thesis", "上海市府办 2025 granted (text cell)"),
        P("en", "sh25", "a.review.total", "How many reconsideration cases did the Shanghai General Office have in 2025? total pls", "上海市府办 2025 review total (text cell; note 含上年度结转 not applied)"),
        P("en", "sh25", "r.received.natural_person", "Shanghai GO in 25 - new requests from natural persons (自然人)?", "上海市府办 2025 received natural person (text cell)"),
        P("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: applications they couldn't answer since the info would need to be newly compiled (另行制作)?", "上海市府办 2025 needs creation (text cell)"),
        P("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025: duplicate applications (重复申请) that were not processed? i think it's small", "上海市府办 2025 duplicate (text cell)"),
        P("en", "sh25", "r.carried_over.legal_services", "Shanghai GO 2025: of the requests carried over from 2024, how many came from law firms / legal service orgs?", "上海市府办 2025 carried over legal services (text cell)"),
    ]

# ============================================================== [neighbour] 13 (zh 5, en 8)
def neighbour():
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安2024年 没办完、顺延到下一年度继续办理的 是多少件（不是从上一年转过来的那个数）", "淮安 carried forward 103 vs carried over 34; text agrees", alt=HA_REQ),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳25年的行政诉讼里面 先申请复议、复议完了再起诉的 有几件？", "沭阳 litigation after review 10 vs direct 3"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安2024年 行政规范性文件 废止掉了几件", "淮安 normative repealed 26 vs issued 8 / in force 66"),
        T("zh", "sh19", "c.normative_docs.total_published", "沪府办 2019 规范性文件 对外公开总数量 是多少 不要本年新公开的", "上海市府办 2019 normative total published 368 vs made/published 60"),
        T("zh", "sy", "r.other.overdue_correction.total", "沭阳2025年 申请人过了期限也不补正、所以不再处理的 有几件", "沭阳 overdue correction 9 vs overdue fee 7"),
        T("en", "ha", "a.review.other", "Huaian 2024 reconsideration cases with 'other results' (其他结果) - not the corrected ones - how many?", "淮安 review other 178 vs corrected 64; text agrees", alt=HA_APP),
        T("en", "jx", "c.procurement.amount", "Jianxi 2020 government procurement: i need the money amount, not the number of projects. in 万元", "涧西 procurement amount 28.6232 vs projects 8", unit="万元"),
        T("en", "ha", "r.partially_granted.total", "Huaian 2024: how many were only PARTLY disclosed?? (not the fully disclosed ones)", "淮安 partially granted 454 vs granted 1362"),
        T("en", "sy", "r.received.legal_services", "Shuyang 2025, new requests from legal service agencies (法律服务机构) - not the commercial companies, those are a different column right?", "沭阳 received legal services 5 vs commercial 3"),
        T("en", "sh25", "r.carried_over.total", "Shanghai GO 2025: requests brought into 2025 from 2024 (上年结转) - not the ones pushed on to 2026", "上海市府办 2025 carried over 189 vs carried forward 293 (text cell); text agrees", alt=SH25_REQ),
        T("en", "kw", "c.normative_docs.issued", "STCSM 2024: normative docs issued during 2024 only - not the total currently valid", "上海市科委 normative issued 13 vs in force 55 (text cell); text agrees", alt=KW_PUB),
        T("en", "ha", "r.withheld.enforcement_files.total", "Huaian 2024, requests withheld because they are administrative enforcement case files (行政执法案卷) - careful, not the admin query ones", "淮安 enforcement files 9 vs admin query 105"),
        T("en", "hz23", "a.litigation_after_review.upheld", "Hongze 2023 - lawsuits that came after a reconsideration, how many upheld?", "洪泽 2023 litigation after review upheld 5 vs direct upheld 0"),
    ]


# ============================================================== [combine] sums 16 (zh 5, en 11)
def sums():
    withheld = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年 全部公开加部份公开 一共多少件？", "淮安 granted + partially granted"),
        S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳25年 无法提供的那几类（不掌握、要另行制作、补正后还不明确）合计多少？", "沭阳 the three unable rows"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年 不掌握的 和 需要另行制作的 加起来多少件", "上海市府办 2025 not held + needs creation (text cells; the text's 564 includes 补正后不明确)"),
        S("zh", "sy", ["r.received.natural_person", "r.carried_over.natural_person"], "沭阳2025年个人申请 新收的加上年结转的 一共多少", "沭阳 natural person new + carried over = the text's 741", alt=SY_REQ),
        S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"], "洪泽24年 行政处罚和行政强制的决定 加一起多少", "洪泽 2024 punishment + coercion (text cells)"),
        S("en", "ha", withheld, "Huaian 2024: if you add up every reason under 不予公开, what's the total?", "淮安 the eight withheld rows"),
        S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Total admin lawsuits for Huaian 2024, direct ones plus after-reconsideration ones combined?", "淮安 litigation direct + after review = the text's 46", alt=HA_APP),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025 - all the appeal type cases together: reconsideration plus both kinds of lawsuit. total?", "沭阳 review + both litigation totals = the text's 74", alt=SY_APP),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai GO 2025: petition-type requests plus duplicate requests, sum of the two?", "上海市府办 2025 petition + duplicate (text cells)"),
        S("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Huaian 2024: licensing + penalty + coercion decisions all together, whats the total number", "淮安 three decision counts"),
        S("en", "sh19", ["c.regulations.published", "c.normative_docs.published"], "for Shanghai 市府办 2019 — regulations plus normative docs newly published (本年新公开数量), combined?", "上海市府办 2019 regulations + normative docs published"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020, reconsideration + direct lawsuits + lawsuits after reconsideration - how many cases altogether?", "涧西 three appeals totals"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus the ones carried over from 2023, how many together?", "上海市科委 received + carried over (text cells)"),
        S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huaian 2024 '其他处理' - all three sub-items added together?", "淮安 the three other sub-items"),
        S("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "in the 2023 Hongze report: not held (不掌握) + needs to be newly made (另行制作), how many in total?", "洪泽 2023 not held + needs creation"),
        S("en", "sh19", ["r.withheld.admin_query.natural_person", "r.withheld.internal_affairs.natural_person"], "Shanghai GO 2019: requests from individuals refused as 行政查询事项 plus those from individuals refused as internal affairs (三类内部事务)?", "上海市府办 2019 admin query + internal affairs, natural person column"),
    ]


# ============================================================== [combine] differences 10 (zh 4, en 6)
def differences():
    return [
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少", "洪泽 licensing 2023→2024"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办 新收申请 2025年跟2019年比 增加了多少件", "上海市府办 received 2019→2025; text agrees", alt=SH25_REQ),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽 本机关不掌握的件数 23年到24年 变化了多少 。", "洪泽 not held 2023→2024"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅 行政复议总数 2019年和2025年 差多少", "上海市府办 review total 2019→2025"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze's admin penalty decisions from 2023 to 2024 - by how much did it change? up or down", "洪泽 punishment 2023→2024 (negative)"),
        D("en", "hz23", "hz24", "c.fees.amount", "Change in Hongze's admin fee income (万元) between the 2023 and the 2024 report?", "洪泽 fees 2023→2024 (negative)", unit="万元"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: backlog carried to the following year, 2019 vs 2025 - what's the difference?", "上海市府办 carried forward 2019→2025"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai GO, new requests by individuals: 2025 figure minus 2019 figure?", "上海市府办 received natural person 2019→2025"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "I'm tracking Hongze's rules. Normative documents in force - how much did it go up from 2023 to 2024?", "洪泽 normative in force 2023→2024"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office lawsuits filed directly - 2019 number vs 2025 number, difference?", "上海市府办 direct litigation 2019→2025"),
    ]


# ============================================================== [rank] 13 (zh 4, en 9)
def rankings():
    return [
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "淮安2024、沭阳2025、洪泽2023 这三家 行政许可决定数 谁最多", "licensing, desc (沭阳 above 淮安)"),
        R("zh", ["jx", "hz23", "sh19"], "r.received.total", "asc", "做作业用：涧西2020、洪泽区2023、上海市府办2019 新收申请 哪个最少", "received total, asc"),
        R("zh", ["sy", "ha", "sh19"], "r.carried_over.total", "desc", "沭阳25年、淮安24年、上海市府办19年 上年结转过来的申请 哪家最多", "carried over, desc (36 vs 34)"),
        R("zh", ["jx", "sh19", "hz23"], "a.review.upheld", "asc", "行政复议结果维持的数量：涧西2020，上海市府办2019，洪泽2023，哪个最少？", "review upheld, asc"),
        R("en", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "my classmate says Huaian collects way more fees than the others. Between Huaian 2024, Shuyang 2025 and Hongze 2023, who collected the most admin fees?", "fees amount, desc", unit="万元"),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "fewest normative docs still in force - Huaian (2024), Hongze (2023) or Shuyang (2025)?", "normative in force, asc"),
        R("en", ["sh19", "sy", "hz23", "jx"], "r.received.natural_person", "desc", "Between Shanghai General Office 2019, Shuyang 2025, Hongze 2023 and Jianxi 2020, who got the most new requests from individuals?", "received natural person, desc (821 vs 705)"),
        R("en", ["ha", "sy", "jx"], "a.review.total", "desc", "out of Huaian 2024, Shuyang 2025, Jianxi 2020 - which one had most reconsideration (行政复议) cases?", "review total, desc"),
        R("en", ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Which one had the most direct lawsuits: Shuyang 2025, Shanghai GO 2019, or Jianxi 2020?", "direct litigation, desc"),
        R("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "admin penalty decisions - Huaian 2024 vs Shuyang 2025 vs Hongze 2023, which is highest?? thx", "punishment, desc"),
        R("en", ["sy", "jx", "sh19", "ha"], "r.carried_forward.total", "asc", "Lowest carried-forward (结转下年度) count among Shuyang 2025, Jianxi 2020, Shanghai GO 2019, Huaian 2024?", "carried forward, asc"),
        R("en", ["ha", "sy", "hz23"], "r.withheld.admin_query.total", "desc", "Who refused the most as administrative query matters (行政查询事项): Huaian 2024, Shuyang 2025 or Hongze 2023?", "admin query, desc"),
        R("en", ["sh19", "sy", "ha"], "r.received.commercial", "desc", "new requests by commercial companies: Shanghai GO 2019, Shuyang 2025, Huaian 2024 - which has the most?", "received commercial, desc (53 vs 35)"),
    ]

# ============================================================== [followup] 39 (zh 13, en 26)
def followups():
    return [
        F("zh", [t("洪泽23年 行政许可 多少件", "hz23", "c.licensing.decisions"),
                 t("24年那份报告里呢", "hz24", "c.licensing.decisions")],
          "year switch 洪泽 2023→2024 (text cell)"),
        F("zh", [t("上海市府办2019年新收申请多少", "sh19", "r.received.total", alt=SH19_REQ),
                 t("25年的报告呢 还是新收这个数", "sh25", "r.received.total", alt=SH25_REQ)],
          "year switch 上海市府办 2019→2025; both texts agree"),
        F("zh", [t("淮安2024年本机关不掌握的有多少", "ha", "r.unable.not_held.total"),
                 t("换成沭阳，25年", "sy", "r.unable.not_held.total")],
          "body switch 淮安 2024→沭阳 2025"),
        F("zh", [t("沭阳2025年自然人新收申请几件", "sy", "r.received.natural_person"),
                 t("商业企业呢", "sy", "r.received.commercial"),
                 t("法律服务机构那一列呢？", "sy", "r.received.legal_services")],
          "column switch 沭阳 2025, three turns"),
        F("zh", [t("淮安2024 行政复议 结果纠正 几件", "ha", "a.review.corrected", alt=HA_APP),
                 t("那没经过复议直接起诉的行政诉讼里 结果纠正 几件", "ha", "a.litigation_direct.corrected")],
          "appeals group switch 淮安 review→direct litigation"),
        F("zh", [t("涧西2020年收到多少申请", "jx", "r.received.total", alt=JX_REQ),
                 t("办结了多少 。", "jx", "r.total_processed.total", alt=JX_REQ)],
          "row switch 涧西 received→total processed; text agrees"),
        F("zh", [t("上海科委2024 规范性文件现行有效的几件", "kw", "c.normative_docs.in_force"),
                 t("当年制发的呢", "kw", "c.normative_docs.issued", alt=KW_PUB)],
          "column switch 上海市科委 in force→issued (text cells)"),
        F("zh", [t("洪泽区2023年行政强制多少件", "hz23", "c.coercion.decisions"),
                 t("2024年的呢？？", "hz24", "c.coercion.decisions")],
          "year switch 洪泽 coercion 2023→2024"),
        F("zh", [t("淮安2024年 行政处罚 决定多少", "ha", "c.punishment.decisions"),
                 t("行政强制的呢", "ha", "c.coercion.decisions")],
          "row switch 淮安 punishment→coercion"),
        F("zh", [t("沭阳县2025 行政复议 总数", "sy", "a.review.total"),
                 t("直接起诉的诉讼呢", "sy", "a.litigation_direct.total"),
                 t("复议后再起诉的 呢", "sy", "a.litigation_after_review.total")],
          "appeals group switch 沭阳, three turns"),
        F("zh", [t("上海市府办2025年 行政复议 尚未审结的 几件", "sh25", "a.review.pending"),
                 t("直接起诉那边 尚未审结的呢", "sh25", "a.litigation_direct.pending")],
          "appeals group switch 上海市府办 2025 (text cells)"),
        F("zh", [t("淮安24年 新收申请里 自然人 几件", "ha", "r.received.natural_person"),
                 t("那上年结转的 自然人 呢", "ha", "r.carried_over.natural_person")],
          "row switch 淮安 received→carried over, natural person"),
        F("zh", [t("洪泽23年 行政事业性收费 多少万元", "hz23", "c.fees.amount", unit="万元"),
                 t("那 2024 年 的呢？？", "hz24", "c.fees.amount", unit="万元")],
          "year switch 洪泽 fees 2023→2024"),
        F("en", [t("Hongze 2023: how many new applications did the district take in?", "hz23", "r.received.total", alt=HZ_REQ),
                 t("and how many got disclosed only in part?", "hz23", "r.partially_granted.total")],
          "row switch 洪泽 2023 received→partially granted"),
        F("en", [t("Shanghai General Office 2019 - requests carried over from 2018?", "sh19", "r.carried_over.total", alt=SH19_REQ),
                 t("ok and in the 2025 report?", "sh25", "r.carried_over.total", alt=SH25_REQ)],
          "year switch 上海市府办 carried over 2019→2025"),
        F("en", [t("STCSM 2024, how many new requests in total?", "kw", "r.received.total", alt=KW_REQ),
                 t("how many of those from individuals", "kw", "r.received.natural_person"),
                 t("and from companies?", "kw", "r.received.commercial")],
          "column switch 上海市科委, three turns (text cells)"),
        F("en", [t("Shuyang 2025: in how many reconsideration cases was the result upheld?", "sy", "a.review.upheld"),
                 t("what about corrected?", "sy", "a.review.corrected")],
          "column switch 沭阳 review upheld→corrected"),
        F("en", [t("Hongze '24 - how many requests were fully disclosed?", "hz24", "r.granted.total"),
                 t("same thing for 2023 please", "hz23", "r.granted.total")],
          "year switch 洪泽 2024→2023 ('24)"),
        F("en", [t("Huaian 2024: applications withheld as state secrets (国家秘密)?", "ha", "r.withheld.state_secret.total"),
                 t("and the ones banned by other laws and regulations (其他法律行政法规禁止公开)?", "ha", "r.withheld.prohibited_by_law.total")],
          "row switch 淮安 withheld sub-rows"),
        F("en", [t("Jianxi district 2020 - normative documents, total published so far (对外公开总数量)?", "jx", "c.normative_docs.total_published"),
                 t("and for regulations?", "jx", "c.regulations.total_published")],
          "row switch 涧西 normative→regulations"),
        F("en", [t("Shanghai GO 2025 reconsiderations total?", "sh25", "a.review.total"),
                 t("and the 2019 figure?", "sh19", "a.review.total", alt=SH19_APP)],
          "year switch 上海市府办 review 2025→2019"),
        F("en", [t("Huaian 2024 how many requests came from 'other' organisations (其他)?", "ha", "r.received.other_org"),
                 t("research institutions?", "ha", "r.received.research")],
          "column switch 淮安 other org→research"),
        F("en", [t("Shuyang 2025 normative documents currently effective? (现行有效件数)", "sy", "c.normative_docs.in_force"),
                 t("how many were repealed that year", "sy", "c.normative_docs.repealed")],
          "column switch 沭阳 in force→repealed"),
        F("en", [t("Shanghai General Office 2019, how many requests from individuals were still unclear even after correction (补正后申请内容仍不明确)?", "sh19", "r.unable.unclear.natural_person"),
                 t("and how many individual ones were duplicates?", "sh19", "r.not_processed.duplicate.natural_person")],
          "row switch 上海市府办 2019, natural person column"),
        F("en", [t("Hongze 2024 - total requests processed as per the table (办理结果总计)?", "hz24", "r.total_processed.total"),
                 t("and Hongze 2023?", "hz23", "r.total_processed.total")],
          "year switch 洪泽 total processed 2024→2023"),
        F("en", [t("Huaian 2024: total requests carried forward into 2025?", "ha", "r.carried_forward.total", alt=HA_REQ),
                 t("Shuyang 2025 - how many did they carry into 2026?", "sy", "r.carried_forward.total", alt=SY_REQ)],
          "body switch 淮安→沭阳 carried forward"),
        F("en", [t("Shanghai GO 2025 - new requests from companies?", "sh25", "r.received.commercial"),
                 t("and back in 2019?", "sh19", "r.received.commercial")],
          "year switch 上海市府办 commercial 2025→2019"),
        F("en", [t("Huaian 2024 - admin reconsideration total?", "ha", "a.review.total", alt=HA_APP),
                 t("and lawsuits after reconsideration, how many still pending?", "ha", "a.litigation_after_review.pending")],
          "group and column switch 淮安"),
        F("en", [t("Shuyang 2025: how many refused as endangering 'three securities and one stability' (三安全一稳定)?", "sy", "r.withheld.security_stability.total"),
                 t("and to protect third parties?", "sy", "r.withheld.third_party.total")],
          "row switch 沭阳 withheld sub-rows"),
        F("en", [t("Jianxi 2020 - new requests from natural persons, how many?", "jx", "r.received.natural_person"),
                 t("and the Shanghai GO in 2019, same row and column?", "sh19", "r.received.natural_person")],
          "body switch 涧西 2020→上海市府办 2019"),
        F("en", [t("STCSM 2024: how many requests were carried over from 2023?", "kw", "r.carried_over.total", alt=KW_REQ),
                 t("and how many did they fully grant", "kw", "r.granted.total", alt=KW_OK)],
          "row switch 上海市科委 carried over→granted (text cells)"),
        F("en", [t("Hongze 2024 lawsuits filed directly?", "hz24", "a.litigation_direct.total"),
                 t("after reconsideration?", "hz24", "a.litigation_after_review.total"),
                 t("and reconsideration itself?", "hz24", "a.review.total")],
          "appeals group switch 洪泽 2024, three turns (text cells)"),
        F("en", [t("Huaian 2024: refused as internal affairs info (内部事务), how many?", "ha", "r.withheld.internal_affairs.total"),
                 t("process info?", "ha", "r.withheld.process_info.total")],
          "row switch 淮安 internal affairs→process info"),
        F("en", [t("Shuyang 2025, requests by individuals that were partly disclosed?", "sy", "r.partially_granted.natural_person"),
                 t("and by legal service agencies?", "sy", "r.partially_granted.legal_services")],
          "column switch 沭阳 partially granted"),
        F("en", [t("Shanghai General Office 2019 - regulations newly made?", "sh19", "c.regulations.made", alt=SH19_PUB),
                 t("and normative docs newly published?", "sh19", "c.normative_docs.published", alt=SH19_PUB)],
          "row and column switch 上海市府办 2019 table 二; text agrees"),
        F("en", [t("Hongze 2023: how many reconsideration outcomes were corrected (纠正)?", "hz23", "a.review.corrected"),
                 t("Huaian 2024, corrected ones?", "ha", "a.review.corrected", alt=HA_APP)],
          "body switch 洪泽 2023→淮安 2024"),
        F("en", [t("Shanghai GO 2025 - total requests handled (办理结果总计)?", "sh25", "r.total_processed.total", alt=SH25_REQ),
                 t("and for 2019?", "sh19", "r.total_processed.total", alt=SH19_REQ)],
          "year switch 上海市府办 total processed 2025→2019"),
        F("en", [t("Shuyang 2025 total requests handled?", "sy", "r.total_processed.total", alt=SY_REQ),
                 t("and Huaian 2024?", "ha", "r.total_processed.total", alt=HA_REQ)],
          "body switch 沭阳→淮安 total processed"),
        F("en", [t("Hongze 2023 - requests not processed as petitions/complaints (信访举报投诉)?", "hz23", "r.not_processed.petition.total"),
                 t("how about Shuyang 2025", "sy", "r.not_processed.petition.total")],
          "body switch 洪泽 2023→沭阳 2025"),
    ]


# ============================================================== [textonly] 39 (zh 13, en 26)
def narratives():
    return [
        N("zh", "jx", "601项事项", 601, "项", "涧西2020年报里说 一共梳理细化了多少项公开事项", "涧西 601 事项", frm="对照省、市各部门"),
        N("zh", "ha", "新闻发布会 12", 12, "场", "淮安2024年开了几场新闻发布会", "淮安 press conferences"),
        N("zh", "ha", "3940", 3940, "元", "淮安市政府24年 收了多少信息处里费（元）", "淮安 processing fee in 元; typo 处里费", frm="2024 年，市政府严格落实"),
        N("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "洪泽 2023 website items"),
        N("zh", "sy", "催办提示", 84, "次", "沭阳2025年全年 催办提示 发了几次。。", "沭阳 reminders"),
        N("zh", "sy", "697", 697, "条", "沭阳县25年清理了多少条过期信息", "沭阳 expired items cleaned"),
        N("zh", "sy", "爆款内容", 52, "条", "沭阳2025年 政务新媒体 爆款内容 有多少条", "沭阳 viral posts"),
        N("zh", "kw", "直播 118", 118, "场", "上海科委2024年 直播了多少场", "上海市科委 live streams"),
        N("zh", "sh25", "新闻发布会 42", 42, "场", "帮老师整理材料：上海市府办2025年开了多少场市政府新闻发布会", "上海市府办 2025 press conferences"),
        N("zh", "sh25", "主动撤回", 157, "件", "上海市政府办公厅2025年 其他处理里面 申请人自己撤回的有几件", "上海市府办 2025 withdrawn requests"),
        N("zh", "sh19", "政策解读共132件", 132, "件", "上海市府办2019年 通过门户网站发布的政策解读有多少件", "上海市府办 2019 policy interpretations"),
        N("zh", "hz24", "2428", 2428, "条", "洪泽24年在政府网站平台发了多少条政府信息", "洪泽 2024 website items"),
        N("zh", "sh19", "70家政府网站", 70, "家", "2019年 上海市政府办公厅 每个季度检查多少家政府网站", "上海市府办 2019 websites checked"),
        N("en", "jx", "等26个试点领域", 26, "个", "Jianxi 2020 - how many pilot areas (试点领域) for standardising grassroots disclosure?", "涧西 pilot areas", frm="对照省、市各部门"),
        N("en", "jx", "办结率88.2%", 88.2, "%", "Jianxi District 2020: completion rate of requests (办结率)?", "涧西 completion rate (printed percentage)"),
        N("en", "ha", "制作政策解读", 21, "个", "Huaian 2024: how many policy interpretations (政策解读) did the city produce?", "淮安 policy interpretations"),
        N("en", "ha", "人民政府公报》6", 6, "期", "How many issues of the Huai'an government gazette (公报) came out in 2024?", "淮安 gazette issues"),
        N("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huaian running per its 2024 report?", "淮安 new-media accounts"),
        N("en", "ha", "全覆盖检查", 4, "次", "Huaian 2024 - how many full-coverage checks of the disclosure columns did they organise?", "淮安 full-coverage checks"),
        N("en", "sy", "4511", 4511, "条", "Shuyang 2025: how many items did the county portal site proactively publish?", "沭阳 portal items"),
        N("en", "sy", "意见征集9期", 9, "期", "Shuyang 2025: how many rounds of public consultation (意见征集) on the portal?", "沭阳 consultations"),
        N("en", "sy", "1113", 1113, "个", "In the 2025 Shuyang report, how many original short videos did they push out?", "沭阳 short videos"),
        N("en", "sy", "64家单位", 64, "家", "Shuyang 2025 - how many units had their annual reports published together?", "沭阳 units' annual reports"),
        N("en", "sy", "办前主动沟通", 49, "次", "Shuyang 2025: how many times did they talk to applicants proactively before handling (办前主动沟通)?", "沭阳 pre-handling talks"),
        N("en", "sy", "失效链接43", 43, "处", "Shuyang 2025, how many broken links (失效链接) they fixed?", "沭阳 broken links"),
        N("en", "sy", "收取信息处理费共计380元", 380, "元", "Shuyang county 2025 info processing fee total, in yuan?", "沭阳 processing fee in 元"),
        N("en", "kw", "关注人数", 1016823, "人", "STCSM 2024: how many followers does the WeChat official account have?", "上海市科委 WeChat followers"),
        N("en", "kw", "人大代表建议 50", 50, "件", "Shanghai science commission 2024 - how many NPC deputies' suggestions (人大代表建议) did they handle?", "上海市科委 deputies' suggestions"),
        N("en", "kw", "集成式发布政策 121", 121, "条", "STCSM 2024 - number of policies pushed in batch for integrated release (集成式发布政策)?", "上海市科委 integrated-release policies"),
        N("en", "kw", "全年累计发布信息 2139", 2139, "条", "How many info items did the 'Shanghai Science' website publish in 2024?", "上海市科委 website items"),
        N("en", "kw", "短视频 584", 584, "条", "STCSM 2024: how many short videos on their 视频号 channel?", "上海市科委 short videos"),
        N("en", "sh25", "人民政府公报》24", 24, "期", "Shanghai General Office 2025: how many issues of the Shanghai Municipal Government Gazette?", "上海市府办 2025 gazette issues"),
        N("en", "sh25", "10 个语种", 10, "个", "Shanghai GO 2025 - how many languages does the Shanghai international services portal cover?", "上海市府办 2025 languages"),
        N("en", "sh25", "公文公开属性审查", 166, "件", "In the Shanghai General Office 2025 report, how many documents were reviewed for disclosure attributes (公开属性审查)?", "上海市府办 2025 attribute reviews", frm="全年完成"),
        N("en", "sh25", "新闻通气会 19", 19, "场", "Shanghai GO 2025: how many press briefings (新闻通气会) did they hold?", "上海市府办 2025 press briefings"),
        N("en", "sh19", "接入53个部门", 53, "个", "Shanghai General Office 2019 - the 'One Netcom' unified platform connected how many departments?", "上海市府办 2019 departments on the platform"),
        N("en", "sh19", "90.2%", 90.2, "%", "2019 Shanghai GO report: proactive disclosure rate of municipal documents reviewed?", "上海市府办 2019 disclosure rate (printed percentage)"),
        N("en", "sh19", "人事任免文件141件", 141, "件", "Shanghai GO 2019: how many personnel appointment/removal documents (人事任免文件) were disclosed?", "上海市府办 2019 appointment documents", frm="2019年，通过"),
        N("en", "hz24", "公开政府常务会议", 7, "期", "Hongze 2024: how many government executive meetings (常务会议) were made public?", "洪泽 2024 executive meetings"),
    ]


# ============================================================== [cannot] 39 (zh 13, en 26)
def cannot():
    return [
        U("zh", "淮安2024年申请信息公开的人里 男的女的各多少", "the report does not break applicants down by sex", "sex breakdown"),
        U("zh", "沭阳2024年收到多少申请", "only 沭阳县's 2025 report is held; no 2024 report", "year not held (沭阳 2024)"),
        U("zh", "洪泽区22年的年报 行政许可多少", "洪泽区 reports are held for 2023 and 2024 only", "year not held (洪泽 2022)"),
        U("zh", "南京市2024年依申请公开多少件", "no report of 南京市 is held", "body not held (南京市)"),
        U("zh", "上海科委23年 新收申请几件", "only the 上海市科委 2024 report is held", "year not held (上海市科委 2023)"),
        U("zh", "涧西区2021年办了多少申请", "only the 涧西区 2020 report is held", "year not held (涧西 2021)"),
        U("zh", "淮安2024年哪个月申请最多", "the report gives no monthly figures", "month breakdown"),
        U("zh", "上海市府办2025年 平均多少天答复一个申请", "the report only says requests were answered within the legal time limit; no average time", "response time"),
        U("zh", "洪泽区2023年 信息公开工作有几个专职人员", "the report states no staff numbers", "staff"),
        U("zh", "沭阳2025年 各个乡镇分别收到多少申请", "the report has no township breakdown", "township breakdown"),
        U("zh", "宿迁市2025年报里 行政复议多少", "no report of 宿迁市 is held (only 沭阳县)", "body not held (宿迁市)"),
        U("zh", "上海市府办2019年 申请人里面外地人有多少", "the report does not break applicants down by residence", "residence breakdown"),
        U("zh", "淮安2025年会收到多少申请 能预测一下吗", "a forecast; the corpus holds 淮安's 2024 report only", "forecast"),
        U("en", "How many requests did Huaian get in 2023?", "only 淮安市's 2024 report is held", "year not held (淮安 2023)"),
        U("en", "Shanghai General Office 2022 - new requests?", "上海市人民政府办公厅 reports are held for 2019 and 2025 only", "year not held (上海市府办 2022)"),
        U("en", "Pudong New Area 2019 disclosure report: how many requests?", "no report of 浦东新区 is held", "body not held (浦东新区)"),
        U("en", "Qingjiangpu district 2024, licensing decisions?", "no report of 清江浦区 is held", "body not held (清江浦区)"),
        U("en", "What share of Shuyang's 2025 requesters were over 60 years old?", "the report does not break applicants down by age", "age breakdown"),
        U("en", "STCSM 2024: how many requests were submitted online vs by letter?", "the report does not say through which channel requests arrived", "channel breakdown"),
        U("en", "Hongze 2024 - which department got the most requests?", "the report gives no department breakdown", "department breakdown"),
        U("en", "Huaian 2024: how many requests were about land expropriation / demolition?", "the report does not count requests by topic", "topic breakdown"),
        U("en", "How much did the Shanghai General Office spend on its disclosure work in 2025?", "the report states no costs", "costs"),
        U("en", "Jianxi 2020: what was the average processing time per request?", "the report gives no processing times", "response time"),
        U("en", "what industries were the companies that applied to Shuyang in 2025 in?", "the report does not give applicants' industries", "industry breakdown"),
        U("en", "Can you give me the name and phone number of the person who applied most often to Huaian in 2024?", "personal data; the report names no applicant", "personal data"),
        U("en", "Hongze 2023: how many requests came in during Q4?", "the report gives no quarterly figures", "quarter breakdown"),
        U("en", "Will Shanghai General Office's requests keep growing in 2026? how many do you expect?", "a forecast; the 2025 report gives no projection", "forecast"),
        U("en", "Is Shuyang's 2025 disclosure work better than Huaian's 2024? just your opinion", "an opinion, not a figure the reports state", "opinion"),
        U("en", "STCSM 2025 annual report - how many reconsideration cases?", "only the 上海市科委 2024 report is held", "year not held (上海市科委 2025)"),
        U("en", "Luoyang city 2020 disclosure report, requests received?", "no report of 洛阳市 is held (only 涧西区人民政府办公室)", "body not held (洛阳市)"),
        U("en", "Huaian 2024: how many requests came from foreigners or people from Hong Kong/Macau?", "the report does not break applicants down by nationality or residence", "residence breakdown"),
        U("en", "Jiangsu provincial government 2024 - how many applications?", "no report of 江苏省人民政府 is held", "body not held (江苏省)"),
        U("en", "Hongze 2025 report: how many licensing decisions?", "洪泽区 reports are held for 2023 and 2024 only", "year not held (洪泽 2025)"),
        U("en", "Shanghai GO 2025: what reasons did applicants give when they withdrew their requests?", "the report counts withdrawn requests but gives no reasons", "reasons not stated"),
        U("en", "Shuyang 2025 - how many staff work in the county disclosure office?", "the report states no staff numbers", "staff"),
        U("en", "Shanghai General Office 2019 - how many requests were from women?", "the report does not break applicants down by sex", "sex breakdown"),
        U("en", "Jianxi 2020: how many requests came by email?", "the report does not say through which channel requests arrived", "channel breakdown"),
        U("en", "Hongze 2023 - how much did the district pay outside lawyers for disclosure lawsuits?", "the report states no legal costs", "costs"),
        U("en", "Huaian 2024: how many requests did each county/district (县区) get?", "the report gives no county/district breakdown of requests", "district breakdown"),
    ]


def CONVERSATIONS():
    return plain() + neighbour() + sums() + differences() + rankings() + followups() + \
        narratives() + cannot()
