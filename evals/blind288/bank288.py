"""Question bank of blind evaluation set 288 (evals/blind288), prefix jv.

WARNING: this file holds the text of every test question (test.jsonl is built from it).
The set is a development set: dev.jsonl and test.jsonl are both read by the team (not frozen).

Emphasis: everyday traffic typed on a phone -- short Chinese with stray spaces and homophone
typos, doubled punctuation, two-digit years, colloquial non-native English, Chinese labels in
brackets inside English, a short story before the question, polite fillers and trailing
remarks, everyday short names of the bodies, reports named loosely.

The bank only names bodies, keys, keywords and wordings. Every number in an `expect` is
computed by helpers288 from /work/shared/corpus/gold/*.json, from printed rows of the three
reports without gold (SPECS below: the same cells blind6's text_cells.json verified), or cut
from the report text (narrative sentences).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib288 as L  # noqa: E402
from helpers288 import (C, E, ED, EN, ER, EU, F, K, cols)  # noqa: E402

# ---------------------------------------------------------------- printed cells, no gold
# Identical to the 42 specs of evals/blind6/text_cells.json (verified there; re-checked by
# validate_blind288.py against that file and against the report text).
_AP25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
_AP24 = "四、政府信息公开行政复议、行政诉讼情况"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _AP24, 14),
        "appeals.litigation_direct.total": ("after", _AP24, 9),
        "appeals.review.total": ("after", _AP24, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6),
    },
    "kw": {
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "规范性文件", 2),
        "active.normative_docs.issued": ("row", "规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "三、（一）予以公开", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
    },
    "sh25": {
        "appeals.litigation_after_review.total": ("after", _AP25, 14),
        "appeals.litigation_direct.pending": ("after", _AP25, 8),
        "appeals.litigation_direct.total": ("after", _AP25, 9),
        "appeals.review.pending": ("after", _AP25, 3),
        "appeals.review.total": ("after", _AP25, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
        "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
        "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6),
        "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
        "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
        "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
        "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
        "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6),
    },
}
L.TEXT_SPECS.update(SPECS)

# ---------------------------------------------------------------- text states the same number
# (body, key) -> (keyword of the sentence, number the sentence states). A plain question on
# such a cell is marked ambiguous (both the table cell and the sentence are acceptable).
_HA1, _HA2 = "3119 件", "尚未审结 37"
_SH1, _SH2, _SH3 = "859件", "规章13件", "行政复议7件"
SAME = {
    ("ha", "requests.received.total"): (_HA1, 3119),
    ("ha", "requests.total_processed.total"): (_HA1, 3050),
    ("ha", "requests.carried_over.total"): (_HA1, 34),
    ("ha", "requests.carried_forward.total"): (_HA1, 103),
    ("ha", "appeals.review.upheld"): (_HA2, 72),
    ("ha", "appeals.review.corrected"): (_HA2, 64),
    ("ha", "appeals.review.other"): (_HA2, 178),
    ("ha", "appeals.review.pending"): (_HA2, 37),
    ("ha", "appeals.review.total"): (_HA2, 351),
    ("ha", "active.regulations.issued"): ("规章 1 件", 1),
    ("hz23", "requests.received.total"): ("21 件", 21),
    ("sy", "requests.total_processed.total"): ("共办理 718", 718),
    ("sy", "requests.carried_forward.total"): ("结转下一年 31", 31),
    ("sy", "requests.received.legal_person"): ("法人或其他组织申请 8", 8),
    ("sh19", "requests.received.total"): (_SH1, 859),
    ("sh19", "requests.total_processed.total"): (_SH1, 805),
    ("sh19", "requests.carried_over.total"): (_SH1, 18),
    ("sh19", "requests.carried_forward.total"): (_SH1, 72),
    ("sh19", "active.regulations.made"): (_SH2, 13),
    ("sh19", "active.regulations.published"): (_SH2, 13),
    ("sh19", "active.normative_docs.made"): (_SH2, 60),
    ("sh19", "active.normative_docs.published"): (_SH2, 60),
    ("sh19", "appeals.review.total"): (_SH3, 7),
    ("sh19", "appeals.litigation_direct.total"): (_SH3, 9),
    ("jx", "requests.received.total"): ("17件", 17),
    ("jx", "requests.total_processed.total"): ("17件", 15),
    ("jx", "requests.carried_forward.total"): ("17件", 2),
    ("kw", "requests.received.total"): ("34 件", 34),
    ("kw", "requests.carried_over.total"): ("上年结转政府信息公开申请 2", 2),
    ("kw", "requests.granted.total"): ("同意公开答复 9", 9),
    ("kw", "active.normative_docs.issued"): ("行政规范性文件 13", 13),
    ("sh25", "requests.received.total"): ("1295 件", 1295),
    ("sh25", "requests.total_processed.total"): ("1295 件", 1191),
    ("sh25", "requests.carried_over.total"): ("1295 件", 189),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def EV(b, key, **kw):
    """expect of one table cell; text-stated cells get the text alternative, money its unit."""
    k = K(key)
    if (b, k) in SAME and "alt" not in kw:
        kw["alt"] = SAME[(b, k)]
    if k in MONEY:
        kw["unit"] = "万元"
    return E(b, [k], **kw)


def EVS(b, keys, **kw):
    ks = [K(k) for k in keys]
    if any(k in MONEY for k in ks):
        kw["unit"] = "万元"
    return E(b, ks, **kw)


def V(lang, b, key, q, note):
    return C("value", lang, [(q, EV(b, key))], "[plain] " + note)


def T(lang, b, key, q, note):
    return C("trap", lang, [(q, EV(b, key))], "[neighbour] " + note)


def S(lang, b, keys, q, note):
    return C("sum", lang, [(q, EVS(b, keys))], "[combine] " + note)


def D(lang, b1, b2, key, q, note):
    kw = {"unit": "万元"} if K(key) in MONEY else {}
    return C("difference", lang, [(q, ED(b1, b2, [K(key)], **kw))], "[combine] " + note)


def R(lang, bodies, key, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, [K(key)], order))], "[rank] " + note)


def N(lang, b, keyword, value, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + note)


def U(lang, q, why, note):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def FU(lang, turns, note):
    return F(lang, [(q, EV(b, k)) for q, b, k in turns], "[followup] " + note)


# ================================================================ [plain] 91 (31 zh / 60 en)
def plain():
    out = []
    zh = [
        ("ha", "r.received.total", "那份24年淮安的报告里  一共新收了多少件依申请公开的申请啊？？", "loose report name, two-digit year"),
        ("ha", "r.unable.not_held.total", "淮安市政府 2024年 回复“本机关不掌握”的申情有几件？？麻烦了", "homophone typo 申情"),
        ("ha", "r.withheld.admin_query.total", "24年淮安 因为算 行政查询事项 没给公开的 有多少件呀", "two-digit year, stray spaces"),
        ("ha", "r.other.overdue_correction.total", "我是律所实习的，想问下淮安2024年 申请人过了期限也不补正、政府就不再处里的 一共几件。谢谢", "story, typo 处里"),
        ("ha", "c.coercion.decisions", "淮安市 2024 年 行政强制的处理决定数量是多少。。", "doubled full stop"),
        ("ha", "a.litigation_direct.total", "我邻居说要去告政府。。想先看看 淮安2024年 没走复议直接去法院告的 信息公开官司有几起？", "colloquial direct lawsuit"),
        ("ha", "a.review.pending", "淮安市2024年 信息公开的行政复议  到年底还没审完的有多少", "colloquial pending (text agrees)"),
        ("sy", "r.unable.not_held.total", "沐阳县2025年 本机关不掌握相关政府信息 这种有几件", "OCR spelling 沐阳 as a user types it"),
        ("sy", "r.other.other.total", "沭阳 25年 其他处理底下那个“其他”小项 是多少件啊", "sub-item of （六）"),
        ("sy", "c.normative_docs.issued", "述阳县政府 2025年 新出了几个行政规范性文件？", "homophone typo 述阳, colloquial 新出"),
        ("sy", "r.withheld.internal_affairs.total", "请问沭阳二〇二五年 因为属于三类内部事务信息而不公开的有几件", "year in Chinese numerals"),
        ("sy", "a.review.total", "沭阳2025年 信息公开方面被人申请行政复意的 一共多少件", "homophone typo 复意"),
        ("sy", "r.received.commercial", "沭阳县 2025年 公司（商业企业）新递交的公开申请是几件？", "column in brackets"),
        ("sh19", "r.received.natural_person", "上海市府办 2019年 老百姓以个人名义新申请的 有多少？？", "natural persons in everyday words"),
        ("sh19", "c.regulations.total_published", "帮忙看下 2019年上海市政府办公厅 规章 对外公开总数量 是多少件，谢谢啦", "2019-format column"),
        ("sh19", "c.procurement.amount", "19年上海市府办 政府集中采购 花了多少钱？？", "money printed as 251000元"),
        ("sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年 个人申请里 因为要另行制作所以没法提供的有几件", "column + row"),
        ("hz23", "c.punishment.decisions", "红泽区2023年 行政处罚决定 做了多少个", "homophone typo 红泽 for 洪泽"),
        ("hz23", "r.unable.not_held.total", "洪泽 23年 答复说不掌握相关信息的 几件？", "two-digit year"),
        ("hz23", "c.fees.amount", "洪泽区政府2023年 行政事业性收费 收了多少（万元）？", "money"),
        ("hz23", "r.partially_granted.total", "在洪泽2023年那份年报里，部份公开的有多少件", "variant spelling 部份"),
        ("jx", "c.procurement.projects", "涧西区政府办2020年 政府集中采购项目 几个？", "2019-format item"),
        ("jx", "r.unable.not_held.total", "涧西区2020年 有几件以申请公开 因为本机关不掌握 没提供", "homophone typo 以申请 for 依申请"),
        ("jx", "r.granted.total", "间西区政府办 2020年 予以公开了多少件申请", "homophone typo 间西"),
        ("sh25", "r.unable.not_held.total", "上海 市府办 2025年“本机关不掌握相关政府信息”的有多少件？", "printed row, no gold"),
        ("sh25", "r.carried_forward.total", "25年上海市政府办公厅 转到下一年度接着办的是多少", "printed row, no gold"),
        ("sh25", "r.received.commercial", "我在公司做行政的，老板让查一下：上海市府办2025年 商业企业新申请了几件", "printed row, no gold"),
        ("hz24", "c.licensing.decisions", "洪泽2024年 行政许可 处理决定一共多少啊", "printed row, no gold"),
        ("hz24", "r.unable.not_held.total", "我在看洪泽区24年的报告，里面 不掌握相关政府信息 的是多少件来着", "story, printed row"),
        ("kw", "c.licensing.decisions", "上海科委 2024年 行政许可决定 有多少个，，", "printed row, no gold"),
        ("kw", "c.normative_docs.in_force", "市科委 2024年 现行有效的规范性文件 有几件？？", "printed row, no gold"),
    ]
    en = [
        ("ha", "r.granted.total", "Hi, I'm a student writing a paper on open government. In Huaian's 2024 report, how many requests were fully granted (予以公开)?", "story, label in brackets"),
        ("ha", "c.licensing.decisions", "huai'an 2024 admin licensing decisions number pls, need it for slides", "terse lower case"),
        ("ha", "c.fees.amount", "how much Huaian city collect in administrative fees (行政事业性收费) in 2024? answer in 万元 is fine", "money"),
        ("ha", "r.withheld.third_party.total", "For Huai'an FY2024 - how many request was refused for protect third party rights?", "FY year"),
        ("ha", "r.not_processed.duplicate.total", "reporter here, quick one - Huaian 2024, how many were dropped as duplicate applications (重复申请)?", "story"),
        ("ha", "r.received.natural_person", "I'm just a normal resident, curious. In the 2024 Huaian disclosure report how many new applications came from ordinary individuals like me?", "loose report name"),
        ("ha", "a.review.corrected", "Huai'an '24: how many admin reconsideration cases ended with the decision being corrected?", "apostrophe year (text agrees)"),
        ("ha", "c.normative_docs.in_force", "how many normative documents Huaian still have in force, per its 2024 report? thx", "in force"),
        ("ha", "r.other.overdue_fee.total", "Huaian city 2024 - applications closed because applicant never paid after the fee notice... how many?", "colloquial row"),
        ("ha", "r.unable.needs_creation.total", "in 2024 how many Huai'an requests couldnt be answered cause the info would have to be made from scratch??", "colloquial row"),
        ("ha", "r.withheld.process_info.total", "Huaian 2024, how many were withheld because they were process info (过程性信息)? thanks!!", "doubled exclamation"),
        ("sy", "c.licensing.decisions", "Sorry if this is a dumb question - Shuyang County 2025, number of administrative licensing decisions?", "plain"),
        ("sy", "r.partially_granted.total", "Shuyang '25, partially disclosed requests count? thanks in advance", "apostrophe year"),
        ("sy", "a.litigation_after_review.upheld", "For Shuyang in 2025, lawsuits filed after reconsideration - how many the court upheld?", "appeals cell"),
        ("sy", "c.fees.amount", "My company pays fees in Shuyang county. What total admin fees did the county report for 2025 (in 万元)?", "story, money"),
        ("sy", "r.carried_over.total", "shuyang county 2025: how many requests came over into 2025 from the year before?", "carried over"),
        ("sy", "r.withheld.admin_query.total", "Shuyang 2025 report, 属于行政查询事项 - how many were withheld for that reason?", "Chinese label inside English"),
        ("sy", "r.not_processed.petition.total", "how many Shuyang 2025 applications got treated as petitions / complaints (信访举报投诉) and not processed at all?", "plain"),
        ("sy", "c.coercion.decisions", "shuyang county gov, 2025, administrative coercion decisions how many", "terse"),
        ("sy", "a.review.corrected", "Shuyang 2025: in how many reconsideration cases the county's answer got corrected (纠正)?", "appeals cell"),
        ("sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019: requests from individuals refused because 国家秘密 (state secret) - how many?", "column cell (row total printed blank)"),
        ("sh19", "r.carried_forward.total", "In 2019 how many requests did Shanghai municipal general office push over into 2020? thanks", "carried forward (text agrees)"),
        ("sh19", "a.litigation_direct.upheld", "Shanghai gov general office, 2019 - lawsuits filed directly w/o reconsideration: how many upheld?", "appeals cell"),
        ("sh19", "r.received.commercial", "I work at a trading company, we sometimes file requests. How many applications came from businesses to the Shanghai General Office in 2019?", "column cell"),
        ("sh19", "r.not_processed.petition.natural_person", "Shanghai General Office 2019, individuals' requests rejected as 信访举报投诉 type - number?", "Chinese label inside English"),
        ("sh19", "r.unable.unclear.natural_person", "for 2019 shanghai general office: requests from individuals that were still unclear even after correction?", "column cell"),
        ("sh19", "r.total_processed.total", "how many requests in total Shanghai's general office of the municipal government handled in 2019?", "handled (text agrees)"),
        ("sh19", "c.regulations.published", "Shanghai General Office 2019 - newly published regulations (规章), how many?", "2019-format column (text agrees)"),
        ("hz23", "r.received.total", "in Hongze's 2023 report on info disclosure, they got how many new applications?", "loose report name (text agrees)"),
        ("hz23", "c.licensing.decisions", "Hongze District, 2023: number of licensing decisions? (行政许可)", "plain"),
        ("hz23", "c.coercion.decisions", "Hongze district gov 2023 administrative coercion decisions - how many?", "plain"),
        ("hz23", "a.review.upheld", "hongze 2023 reconsideration cases where original decision was upheld (维持)?", "appeals cell (printed total is 0)"),
        ("hz23", "c.normative_docs.repealed", "How many normative docs did Hongze repeal (废止) in 2023?", "label in brackets"),
        ("hz23", "r.withheld.state_secret.total", "Did Hongze refuse anything as a state secret in 2023?? how many", "plain"),
        ("jx", "r.received.total", "Jianxi District 2020 total new requests received? asking for my class assignment", "plain (text agrees)"),
        ("jx", "c.procurement.amount", "what was Jianxi's centralized govt procurement amount in 2020? ty", "money in 万元"),
        ("jx", "c.normative_docs.made", "How many normative documents did the Jianxi district office newly make in 2020?", "2019-format column"),
        ("jx", "a.review.total", "Jianxi 2020 - was there any administrative reconsideration about disclosure? how many", "appeals total"),
        ("jx", "r.carried_forward.total", "Jianxi district gov office: requests still open at the end of 2020 and moved into 2021?", "carried forward (text agrees)"),
        ("jx", "a.litigation_direct.total", "Jianxi District 2020, lawsuits filed straight to court w/o reconsideration?", "appeals total"),
        ("sh25", "r.received.total", "Hello!! Shanghai General Office 2025 - how many new disclosure applications they got?", "printed row (text agrees)"),
        ("sh25", "r.granted.total", "For 2025, how many requests Shanghai's municipal general office granted in full?", "printed row"),
        ("sh25", "a.review.total", "shanghai general office, 2025: admin reconsideration cases total?", "printed row"),
        ("sh25", "a.litigation_after_review.total", "2025 Shanghai General Office: lawsuits brought after reconsideration, total number?", "printed row"),
        ("sh25", "r.not_processed.duplicate.total", "shanghai general office 2025 how many duplicate applications (重复申请)", "printed row"),
        ("sh25", "r.received.natural_person", "Out of Shanghai General Office's 2025 new applications, how many from natural persons? I think most of them right", "printed row"),
        ("sh25", "r.carried_over.legal_services", "Shanghai 2025 general office - carried-over requests from law firms (法律服务机构)?", "printed row"),
        ("sh25", "a.review.pending", "How many reconsideration cases were still pending for Shanghai General Office at the end of 2025?", "printed row"),
        ("hz24", "c.punishment.decisions", "Hongze District 2024: how many administrative penalty decisions? just curious", "printed row"),
        ("hz24", "c.fees.amount", "Hongze '24 admin fees collected, in 万元?", "printed row, money"),
        ("hz24", "r.granted.total", "In Hongze's 2024 report how many requests were granted (予以公开)??", "printed row"),
        ("hz24", "c.normative_docs.issued", "hongze district 2024 - new normative documents issued?", "printed row"),
        ("hz24", "a.review.total", "My professor asked us to check: how many admin reconsiderations did Hongze face in 2024 over info disclosure?", "printed row"),
        ("hz24", "c.coercion.decisions", "Hongze 2024 coercion decisions? just the number is ok", "printed row, trailing remark"),
        ("kw", "r.received.total", "STCSM 2024 how many info disclosure requests they received?", "printed row (text agrees)"),
        ("kw", "r.granted.total", "Shanghai science commission (上海科委), 2024: requests granted in full?", "printed row (text agrees)"),
        ("kw", "r.total_processed.total", "STCSM's 2024 report: total requests handled (办理结果总计)?", "printed row"),
        ("kw", "c.normative_docs.issued", "How many normative documents the Shanghai Science and Technology Commission issued in 2024?", "printed row (text agrees)"),
        ("kw", "r.received.natural_person", "STCSM 2024, new requests from individuals? many thanks", "printed row"),
        ("kw", "c.punishment.decisions", "Did STCSM make any administrative penalty decisions in 2024? number pls", "printed row (0)"),
    ]
    for b, k, q, n in zh:
        out.append(V("zh", b, k, q, n))
    for b, k, q, n in en:
        out.append(V("en", b, k, q, n))
    return out


# ================================================================ [combine] sums 16 (5 zh / 11 en)
def sums():
    W = ["state_secret", "prohibited_by_law", "security_stability", "third_party",
         "internal_affairs", "process_info", "enforcement_files", "admin_query"]
    rows = [
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
         "淮安2024年  予以公开 加上 部分公开 一共多少件？", "2 cells"),
        ("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"],
         "沭阳25年 行政诉讼（直接起诉+复议后起诉）加起来几件", "2 appeals totals"),
        ("zh", "sh19", cols("granted"),
         "上海市府办2019年 予以公开的 各类申请人加起来一共多少件？表里总计那格好像是空的", "6 columns (printed total blank)"),
        ("zh", "hz23", ["r.withheld.%s.total" % w for w in W],
         "洪泽区2023年 不予公开的 把八个小项都加起来是多少", "8 sub-items"),
        ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
         "上海市府办25年 信访举报投诉类 + 重复申请 合计？", "2 printed rows"),
        ("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "Huaian 2024: reconsiderations plus both kinds of lawsuits, all together how many? writing a news piece", "3 appeals totals"),
        ("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
         "could you add up Huai'an's 2024 licensing, penalty and coercion decisions for me? need one number", "3 cells"),
        ("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
         "Shuyang 2025, the three 其他处理 sub-items added together? pls", "3 sub-items"),
        ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "Jianxi 2020 - reconsiderations + direct lawsuits + lawsuits after reconsideration, total?", "3 appeals totals"),
        ("en", "sh19", cols("not_processed.petition"),
         "Shanghai General Office 2019: petition-type requests (信访举报投诉类) summed over all applicant types?", "6 columns (printed total blank)"),
        ("en", "kw", ["r.received.natural_person", "r.received.commercial"],
         "STCSM 2024 new requests: individuals plus companies how much together?", "2 printed cells"),
        ("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
         "hongze 2024, reconsideration + direct suits + suits after reconsideration = ?", "3 printed cells"),
        ("en", "sh19", ["c.regulations.published", "c.normative_docs.published"],
         "for Shanghai General Office in 2019 the regulations and normative documents newly published - combined number?", "2 cells"),
        ("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
         "Shuyang 2025: add the three 无法提供 reasons together pls", "3 sub-items"),
        ("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
         "Huaian 2024 new requests from companies, law firms and 'other' organisations - in total? (not individuals)", "3 columns"),
        ("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
         "Shanghai General Office '25: not held (不掌握) plus needs to be newly made (另行制作), sum?", "2 printed rows"),
    ]
    return [S(lang, b, ks, q, "sum: " + n) for lang, b, ks, q, n in rows]


# ================================================================ [combine] differences 10 (4 zh / 6 en)
def diffs():
    rows = [
        ("zh", "hz23", "hz24", "c.licensing.decisions",
         "洪泽区行政许可决定 24年比23年多了多少？", "hz 2023->2024"),
        ("zh", "hz23", "hz24", "r.unable.not_held.total",
         "洪泽 2023到2024年 “不掌握相关政府信息”的件数变了多少", "hz 2023->2024"),
        ("zh", "sh19", "sh25", "r.received.natural_person",
         "上海市府办 自然人新收申请 2025年比2019年增加了几件？", "sh 2019->2025"),
        ("zh", "sh19", "sh25", "a.litigation_direct.total",
         "上海市政府办公厅 未经复议直接起诉的 19年和25年差多少", "sh 2019->2025"),
        ("en", "hz23", "hz24", "c.punishment.decisions",
         "Hongze penalty decisions - how did 2024 compare with 2023? give me the change pls", "hz 2023->2024"),
        ("en", "hz23", "hz24", "c.fees.amount",
         "By how much did Hongze's admin fee income change from 2023 to 2024 (万元)?", "hz 2023->2024, money"),
        ("en", "hz23", "hz24", "c.normative_docs.in_force",
         "hongze district normative docs in force 2023 vs 2024, difference??", "hz 2023->2024"),
        ("en", "hz23", "hz24", "r.granted.total",
         "Hongze granted requests went from what in 2023 to what in 2024 - how big is the jump?", "hz 2023->2024"),
        ("en", "sh19", "sh25", "r.carried_forward.total",
         "Shanghai General Office: requests carried into the following year, 2019 vs 2025 - by how much did it grow?", "sh 2019->2025"),
        ("en", "sh19", "sh25", "r.received.commercial",
         "Did the Shanghai General Office get more business applicants in 2025 than in 2019? by how many?", "sh 2019->2025"),
    ]
    return [D(lang, b1, b2, k, q, "difference: " + n) for lang, b1, b2, k, q, n in rows]


# ================================================================ [rank] 13 (4 zh / 9 en)
def ranks():
    rows = [
        ("zh", ["jx", "hz23", "sy", "sh19"], "r.received.natural_person", "desc",
         "涧西2020、洪泽2023、沭阳2025、上海市府办2019 这四家 哪家自然人新收的申请最多？"),
        ("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
         "淮安市24年、洪泽区23年、沭阳县25年 行政许可决定谁最多？？"),
        ("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
         "上年结转过来的申请 淮安2024 沭阳2025 上海市府办2019 哪个最多"),
        ("zh", ["jx", "hz23", "sy"], "r.granted.natural_person", "asc",
         "涧西区2020年、洪泽区2023年、沭阳县2025年里 给个人“予以公开”最少的是哪家"),
        ("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
         "Which got the most new requests: Huaian 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?"),
        ("en", ["hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc",
         "Among Hongze (2023), Shuyang (2025) and the Shanghai General Office (2019), who told the most individual applicants they don't hold the info?"),
        ("en", ["jx", "sy", "sh19"], "a.review.total", "desc",
         "Jianxi 2020 vs Shuyang 2025 vs Shanghai General Office 2019 - which one had the most administrative reconsiderations?"),
        ("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc",
         "fewest direct lawsuits (未经复议直接起诉): Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        ("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc",
         "I'm comparing fee income. Huaian 2024, Hongze 2023, Shuyang 2025 - who collected the most admin fees?"),
        ("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
         "Which has the fewest normative docs in force - Huaian (2024), Hongze (2023) or Shuyang (2025)?"),
        ("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
         "rank quick pls: admin penalty decisions, Huaian 2024 / Hongze 2023 / Shuyang 2025, who's on top?"),
        ("en", ["ha", "hz23", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
         "Individuals' requests not processed as petitions or complaints: Huaian 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 - which is highest?"),
        ("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
         "Out of Huaian 2024, Hongze 2023 and Shuyang 2025, which made the fewest administrative coercion decisions?"),
    ]
    return [R(lang, bs, k, o, q, "%s %s over %d gold bodies" % (k, o, len(bs)))
            for lang, bs, k, o, q in rows]


# ================================================================ [followup] 39 (13 zh / 26 en)
def followups():
    rows = [
        ("zh", [("洪泽区2023年 行政许可决定 多少个", "hz23", "c.licensing.decisions"),
                ("那24年呢？？", "hz24", "c.licensing.decisions")], "year switch 2023->2024"),
        ("zh", [("上海市府办2019年 节转到下年度继续办的 有几件", "sh19", "r.carried_forward.total"),
                ("2025年的呢", "sh25", "r.carried_forward.total")], "year switch 2019->2025"),
        ("zh", [("我是记者，在做稿子。淮安市2024年 予以公开多少件？", "ha", "r.granted.total"),
                ("洪泽同一年呢", "hz24", "r.granted.total"),
                ("上海科委 也是24年的", "kw", "r.granted.total")], "body switch, same year"),
        ("zh", [("沭阳2025年 信息公开 行政复义 一共几件", "sy", "a.review.total"),
                ("没经过复议直接起诉的呢", "sy", "a.litigation_direct.total"),
                ("复议完再起诉的？", "sy", "a.litigation_after_review.total")], "appeals group switch"),
        ("zh", [("涧西区2020年 自然人新收申请几件", "jx", "r.received.natural_person"),
                ("商业企业呢？？", "jx", "r.received.commercial")], "column switch"),
        ("zh", [("淮安24年 因为属于国家秘密不予公开的有几件", "ha", "r.withheld.state_secret.total"),
                ("过程性信息那一项呢", "ha", "r.withheld.process_info.total")], "row switch"),
        ("zh", [("上海市府办2025年 自然人 新申请多少？", "sh25", "r.received.natural_person"),
                ("商业企业的呢", "sh25", "r.received.commercial")], "column switch, printed rows"),
        ("zh", [("洪泽区2023年 现行有效的行政规范性文件几件", "hz23", "c.normative_docs.in_force"),
                ("到24年变成多少了", "hz24", "c.normative_docs.in_force")], "year switch"),
        ("zh", [("市科委2024年 行政许可决定 多少", "kw", "c.licensing.decisions"),
                ("淮安市政府 同年的呢", "ha", "c.licensing.decisions")], "body switch, same year"),
        ("zh", [("沭阳2025年 本机关不掌握 的有几件", "sy", "r.unable.not_held.total"),
                ("需要另行制作的呢", "sy", "r.unable.needs_creation.total"),
                ("补正后还不明确的？", "sy", "r.unable.unclear.total")], "row switch x2"),
        ("zh", [("上海市政府办公厅 2019年 信息公开 行政复议几件？", "sh19", "a.review.total"),
                ("换到2025年看看", "sh25", "a.review.total")], "year switch"),
        ("zh", [("淮安2024年 行政强制决定 多少。。", "ha", "c.coercion.decisions"),
                ("洪泽区24年呢", "hz24", "c.coercion.decisions"),
                ("沭阳县25年的", "sy", "c.coercion.decisions")], "body switch with years"),
        ("zh", [("洪泽2023年 新收的申请几件", "hz23", "r.received.total"),
                ("沭阳2025年表格里本年新收的是多少（不含上年结转）", "sy", "r.received.total")],
         "body switch; 沭阳 asked as the table's new-this-year row (text 749 includes carried over)"),
        ("en", [("hi! Hongze District penalty decisions in 2023?", "hz23", "c.punishment.decisions"),
                ("and 2024? thx", "hz24", "c.punishment.decisions")], "year switch"),
        ("en", [("Shanghai General Office 2019 - new requests from individuals?", "sh19", "r.received.natural_person"),
                ("same thing for 2025 pls", "sh25", "r.received.natural_person")], "year switch"),
        ("en", [("Huaian 2024, reconsideration cases that were upheld (维持)?", "ha", "a.review.upheld"),
                ("ok and for direct lawsuits?", "ha", "a.litigation_direct.upheld"),
                ("lawsuits after reconsideration?", "ha", "a.litigation_after_review.upheld")], "appeals group switch"),
        ("en", [("how many requests Shuyang granted in full in 2025?", "sy", "r.granted.total"),
                ("and partly granted?", "sy", "r.partially_granted.total")], "row switch"),
        ("en", [("STCSM 2024 new applications?", "kw", "r.received.total"),
                ("what about the Shanghai General Office in 2025", "sh25", "r.received.total")], "body and year switch"),
        ("en", [("Jianxi 2020 normative documents newly made (新制作)?", "jx", "c.normative_docs.made"),
                ("and Shanghai General Office in 2019?", "sh19", "c.normative_docs.made")], "body and year switch (2019 format)"),
        ("en", [("Huaian 2024 new requests from commercial companies?", "ha", "r.received.commercial"),
                ("from legal service firms?", "ha", "r.received.legal_services"),
                ("and the 'other' org column?", "ha", "r.received.other_org")], "column switch x2"),
        ("en", [("Hongze 2023: how many replies said the office doesn't hold the info (不掌握)?", "hz23", "r.unable.not_held.total"),
                ("same for 2024?", "hz24", "r.unable.not_held.total")], "year switch"),
        ("en", [("Shanghai General Office, direct lawsuits in 2019?", "sh19", "a.litigation_direct.total"),
                ("2025??", "sh25", "a.litigation_direct.total")], "year switch"),
        ("en", [("Company clerk here, compiling a table. Shuyang 2025 requests carried forward to the next year?", "sy", "r.carried_forward.total"),
                ("and Huaian in 2024", "ha", "r.carried_forward.total")], "body and year switch"),
        ("en", [("Hongze's admin fee income in 2024 (万元)?", "hz24", "c.fees.amount"),
                ("and back in 2023?", "hz23", "c.fees.amount")], "year switch backwards, money"),
        ("en", [("Shanghai General Office 2025: requests that needed info newly made (另行制作)?", "sh25", "r.unable.needs_creation.total"),
                ("and 'not held by this office'?", "sh25", "r.unable.not_held.total")], "row switch, printed rows"),
        ("en", [("Huaian 2024, requests not processed cause they were petitions/complaints?", "ha", "r.not_processed.petition.total"),
                ("Shuyang 2025 same category?", "sy", "r.not_processed.petition.total"),
                ("and Shanghai General Office 2025?", "sh25", "r.not_processed.petition.total")], "body switch x2"),
        ("en", [("Jianxi 2020, reconsiderations upheld? sorry my English", "jx", "a.review.upheld"),
                ("and Huai'an 2024?", "ha", "a.review.upheld")], "body and year switch"),
        ("en", [("Shuyang county 2025 admin penalty decisions?", "sy", "c.punishment.decisions"),
                ("and coercion?", "sy", "c.coercion.decisions")], "row switch"),
        ("en", [("Hongze 2023 coercion decisions", "hz23", "c.coercion.decisions"),
                ("what did it drop to in 2024", "hz24", "c.coercion.decisions")], "year switch"),
        ("en", [("STCSM normative docs in force, 2024?", "kw", "c.normative_docs.in_force"),
                ("Hongze, same year?", "hz24", "c.normative_docs.in_force")], "body switch, same year"),
        ("en", [("Shanghai General Office 2019 new requests total? (I'm a journalism student)", "sh19", "r.received.total"),
                ("and in 2025", "sh25", "r.received.total")], "year switch (text agrees both)"),
        ("en", [("Huai'an 2024 total requests handled (办理结果总计)?", "ha", "r.total_processed.total"),
                ("Shuyang 2025?", "sy", "r.total_processed.total")], "body and year switch (text agrees both)"),
        ("en", [("Shanghai General Office 2025 reconsiderations total?", "sh25", "a.review.total"),
                ("direct lawsuits?", "sh25", "a.litigation_direct.total"),
                ("and suits after reconsideration", "sh25", "a.litigation_after_review.total")], "appeals group switch, printed row"),
        ("en", [("Shuyang 2025, new requests from natural persons in the table (本年新收, not counting carry-over)?", "sy", "r.received.natural_person"),
                ("and from law firms?", "sy", "r.received.legal_services")], "column switch; table row asked explicitly (text 741 includes carried over)"),
        ("en", [("Hongze 2024 new normative documents?", "hz24", "c.normative_docs.issued"),
                ("Huaian same year?", "ha", "c.normative_docs.issued"),
                ("Shuyang in 2025?", "sy", "c.normative_docs.issued")], "body switch x2"),
        ("en", [("Shanghai General Office 2019, individuals granted (予以公开)?", "sh19", "r.granted.natural_person"),
                ("partially granted, individuals?", "sh19", "r.partially_granted.natural_person")], "row switch (column cells)"),
        ("en", [("Huaian 2024 requests carried forward into 2025?", "ha", "r.carried_forward.total"),
                ("Shanghai General Office 2025?", "sh25", "r.carried_forward.total")], "body and year switch"),
        ("en", [("Hongze 2023, how many requests granted in full? seems low", "hz23", "r.granted.total"),
                ("and partially?", "hz23", "r.partially_granted.total")], "row switch"),
        ("en", [("STCSM administrative penalty decisions 2024?", "kw", "c.punishment.decisions"),
                ("licensing decisions then?", "kw", "c.licensing.decisions")], "row switch, printed rows"),
    ]
    return [FU(lang, turns, n) for lang, turns, n in rows]


# ================================================================ [textonly] 39 (13 zh / 26 en)
def narratives():
    rows = [
        # (lang, body, keyword, value, unit, question, note, frm)
        ("zh", "sy", "52条", 52, "条", "听说沭阳25年政务新媒体出了不少爆款，报告里说爆款内容一共几条？", "viral items", None),
        ("zh", "sy", "84 次", 84, "次", "沭阳 2025年 那个倒计时报警器 全年发了多少次催办提示", "reminders", None),
        ("zh", "sy", "697条", 697, "条", "沭阳县2025年 清理过期信息 清了多少条啊", "outdated items cleaned", None),
        ("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市2024年开了几场新闻发布会？", "press conferences", None),
        ("zh", "ha", "共计 95", 95, "个", "淮安24年 全市还在运维的政务新媒体 有多少个", "new-media accounts", None),
        ("zh", "kw", "294", 294, "篇", "上海科委的公众号 2024年原创文章发了几篇？", "original WeChat articles", None),
        ("zh", "sh25", "157 件", 157, "件", "上海市府办2025年 申请人自己主动撤回的申请有多少件", "withdrawn requests", None),
        ("zh", "sh19", "45件", 45, "件", "2019年上海市政府公报上 刊登的部门规范性文件 有几件", "gazette: department documents", None),
        ("zh", "hz24", "常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议", "executive meetings published", None),
        ("zh", "hz23", "1136", 1136, "条", "洪泽23年 在政府网站上主动公开了多少条信息", "portal items", None),
        ("zh", "jx", "601", 601, "项", "涧西区政府办2020年梳理出来的事项 一共多少项", "listed items", "对照省"),
        ("zh", "sh25", "19 场", 19, "场", "上海市府办 2025年 开了几场新闻通气会？？", "press briefings", None),
        ("zh", "sy", "49 次", 49, "次", "沭阳2025年 办前主动沟通搞了多少次", "pre-handling contacts", None),
        ("en", "ha", "3940", 3940, "元", "How much did Huaian charge in information processing fees in 2024? (the per-request fee thing, not admin fees)", "processing fees in 元", None),
        ("en", "ha", "公报》6 期", 6, "期", "how many issues of the Huai'an government gazette (公报) came out in 2024?", "gazette issues", None),
        ("en", "ha", "4 次政府", 4, "次", "Huaian 2024 - how many full-coverage checks of the disclosure columns did they organise?", "checks", None),
        ("en", "ha", "政策解读21 个", 21, "个", "In 2024 how many policy interpretations (政策解读) did Huaian produce?", "interpretations", None),
        ("en", "sy", "4511", 4511, "条", "how many items Shuyang county put on its government portal in 2025? roughly is fine but exact better", "portal items", None),
        ("en", "sy", "380元", 380, "元", "My uncle asked: did Shuyang charge any processing fees for disclosure requests in 2025? how much in total?", "processing fee in 元", None),
        ("en", "sy", "43处", 43, "处", "I always find dead links on gov sites lol. Shuyang 2025 - how many broken links did they fix on the website?", "broken links", None),
        ("en", "sy", "64家", 64, "家", "Shuyang county 2025: how many units had their annual disclosure reports published together?", "units", None),
        ("en", "sy", "9期", 9, "期", "how many rounds of public opinion solicitation (意见征集) did Shuyang run on its portal in 2025?", "consultations", None),
        ("en", "kw", "1016823", 1016823, "人", "How many followers does the 'Shanghai Keji' WeChat account have per STCSM's 2024 report?", "followers", None),
        ("en", "kw", "118 场", 118, "场", "STCSM 2024, number of live streams (直播) on the video channel?", "live streams", None),
        ("en", "kw", "50 件", 50, "件", "In 2024 how many NPC deputies' suggestions did the Shanghai science commission handle (主合办)?", "deputies' suggestions", None),
        ("en", "kw", "121 条", 121, "条", "STCSM 2024 - how many policies were pushed for integrated release (集成式发布)?", "integrated release", None),
        ("en", "kw", "584 条", 584, "条", "how many short videos STCSM video channel published in 2024", "short videos", None),
        ("en", "sh25", "10 个语种", 10, "个", "how many languages does the Shanghai International Services Portal cover, per the Shanghai General Office 2025 report?", "languages", None),
        ("en", "sh25", "24 期", 24, "期", "Shanghai General Office 2025: how many issues of the municipal gazette were edited?", "gazette issues", None),
        ("en", "sh25", "196 件", 196, "件", "How many personnel appointment/removal documents did Shanghai's general office publish in 2025?", "personnel documents", None),
        ("en", "sh19", "38次", 38, "次", "Shanghai General Office 2019 - how many times did they issue authoritative releases on executive meeting topics?", "meeting releases", None),
        ("en", "sh19", "70家", 70, "家", "In the Shanghai General Office 2019 report - how many government websites they checked every quarter?", "websites checked", None),
        ("en", "sh19", "2261", 2261, "项", "In 2019, how many service items were connected to the unified 'Yiwangtongban' intake platform in Shanghai?", "service items", None),
        ("en", "sh19", "90.2%", 90.2, "%", "Shanghai General Office 2019: what share of municipal documents were proactively disclosed (主动公开率)?", "percentage", None),
        ("en", "hz24", "2428", 2428, "条", "Hongze 2024, how many pieces of government info went out on the district portal? thank u", "portal items", None),
        ("en", "hz24", "17 件", 17, "件", "Hongze's 2024 report says the district gov office accepted how many requests on behalf of the district government? the number in the text part", "text-stated count (table's new-request row prints 95)", None),
        ("en", "jx", "26个试点领域", 26, "个", "Jianxi 2020 - how many pilot areas for standardizing grassroots openness?", "pilot areas", "对照省"),
        ("en", "jx", "88.2%", 88.2, "%", "what completion rate (办结率) did Jianxi report for disclosure requests in 2020?", "completion rate", None),
        ("en", "sh25", "13528", 13528, "条", "Shanghai International Services Portal: how many items posted, according to the 2025 general office report?", "portal items", None),
    ]
    return [N(lang, b, kwd, v, u, q, n, frm) for lang, b, kwd, v, u, q, n, frm in rows]


# ================================================================ [cannot] 39 (13 zh / 26 en)
def cannots():
    rows = [
        ("zh", "淮安2024年申请信息公开的人里 男的女的各多少？", "applicants' sex is not reported", "sex"),
        ("zh", "沭阳25年 几月份申请最多啊", "no monthly breakdown in the report", "month"),
        ("zh", "洪泽区22年的信息公开申请收了多少件", "洪泽区 2022 report is not in the corpus", "year not held"),
        ("zh", "南京市2024年政府信息公开申请量是多少", "南京市 is not in the corpus", "body not held"),
        ("zh", "沭阳县2024年 予以公开多少件？", "沭阳县 2024 report is not in the corpus", "year not held"),
        ("zh", "上海科委2023年行政复议有几件", "上海市科委 2023 report is not in the corpus", "year not held"),
        ("zh", "涧西区21年 依申请公开 收到几件", "涧西区 2021 report is not in the corpus", "year not held"),
        ("zh", "宿迁市2025年的年报里 行政诉讼多少件", "宿迁市 is not in the corpus", "body not held"),
        ("zh", "洪泽区2023年 哪个乡镇申请的最多", "no township breakdown", "township"),
        ("zh", "淮安24年 政府信息公开办公室 有几个工作人员？", "staff numbers are not stated", "staff"),
        ("zh", "你觉得沭阳县的政务公开 做得好不好", "an opinion, not a figure in the report", "opinion"),
        ("zh", "帮我查下 2020年 起诉涧西区政府办的那个人叫什么 电话多少", "personal data; not in the report", "personal data"),
        ("zh", "上海市府办2025年 关于拆迁的申请有多少件", "no topic breakdown", "topic"),
        ("en", "Huaian 2024 - average number of days it took them to answer a request? I waited forever for mine", "response times are not reported", "response time"),
        ("en", "how many requests will Shanghai General Office get in 2026? rough forecast is ok", "a forecast, not in any report", "forecast"),
        ("en", "Pudong New Area 2019 disclosure requests received?", "浦东新区 is not in the corpus", "body not held"),
        ("en", "Qingjiangpu district 2024 - how many applications?", "清江浦区 is not in the corpus", "body not held"),
        ("en", "Shanghai General Office 2022 new requests? need for comparison", "上海市人民政府办公厅 2022 report is not in the corpus", "year not held"),
        ("en", "Huai'an 2023 reconsideration cases total?", "淮安市 2023 report is not in the corpus", "year not held"),
        ("en", "my grandpa applied in Shuyang. For 2025, how many applicants were over 60 years old?", "applicants' age is not reported", "age"),
        ("en", "STCSM 2024 - how many requests came in by email vs by post?", "submission channels are not broken down", "channel"),
        ("en", "Jianxi 2020, how much money the office spent on disclosure work?", "costs of the work are not stated", "cost"),
        ("en", "Which Huaian department got the most disclosure requests in 2024?", "no department breakdown", "department"),
        ("en", "Shanghai General Office 2019, how many applicants were foreigners?", "nationality/residence of applicants is not reported", "residence"),
        ("en", "In Hongze's 2023 report, how many requests were about land or housing?", "no topic breakdown", "topic"),
        ("en", "Shuyang 2025 applications in the third quarter only?", "no quarterly breakdown", "quarter"),
        ("en", "is Huaian more transparent than Hongze? just your honest view", "an opinion, not a figure in the reports", "opinion"),
        ("en", "Beijing municipal government 2024, how many disclosure requests?", "北京市 is not in the corpus", "body not held"),
        ("en", "Can you give me the names of the people who sued Shuyang county in 2025?", "personal data; not in the report", "personal data"),
        ("en", "Hongze District 2023 - median reply time for requests, in working days? thx a lot", "response times are not reported", "response time"),
        ("en", "why did the Shanghai General Office's request numbers go up in 2025? what was the main topic people asked about", "reasons/topics of requests are not stated with figures", "reason/topic"),
        ("en", "Jiangsu province 2024 total info disclosure applications?", "江苏省 is not in the corpus", "body not held"),
        ("en", "Jianxi 2020 - how many requests came from women? gender study", "applicants' sex is not reported", "sex"),
        ("en", "STCSM 2024, how many staff handle disclosure requests?", "staff numbers are not stated", "staff"),
        ("en", "Shuyang 2026 report - new requests?", "沭阳县 2026 report is not in the corpus", "year not held"),
        ("en", "Luoyang city 2020 disclosure report, how many lawsuits?", "洛阳市 is not in the corpus", "body not held"),
        ("en", "How many Huaian 2024 applicants lived outside Jiangsu?", "residence of applicants is not reported", "residence"),
        ("en", "Shanghai General Office 2025 - how many requests per district (Xuhui, Minhang etc)?", "no district breakdown", "district"),
        ("en", "Hongze 2024: how many of the 95 new requests were handled by the housing bureau?", "no department breakdown", "department"),
    ]
    return [U(lang, q, why, n) for lang, q, why, n in rows]


# ================================================================ [neighbour] 13 (5 zh / 8 en)
def traps():
    rows = [
        ("zh", "ha", "r.carried_over.total", "淮安2024年 从2023年结转过来的申请 有几件？", "结转上年 34 vs 结转下年 103"),
        ("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先复议后起诉的行政诉讼 几件", "复议后起诉 10 vs 直接起诉 3"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年 废止了多少件行政规范性文件", "废止 26 vs 制发 8 / 现行有效 66"),
        ("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年 没有现成信息、需要另行制作的 有几件", "另行制作 48 vs 不掌握 513"),
        ("zh", "sy", "r.withheld.process_info.total", "沭阳县25年 属于四类过程性信息不予公开的 几件？", "过程性信息 2 vs 内部事务 13"),
        ("en", "sy", "c.normative_docs.in_force", "Shuyang 2025: how many normative documents are currently in force (现行有效)? not the new ones", "现行有效 32 vs 制发 6"),
        ("en", "ha", "a.review.other", "Huaian 2024 reconsiderations that ended with some 'other' result - not corrected, the other column", "其他结果 178 vs 纠正 64"),
        ("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 centralized procurement - number of projects, not the money", "采购项目数 6 vs 金额"),
        ("en", "sh19", "c.normative_docs.total_published", "For 2019, how many normative documents had the Shanghai General Office published in total (对外公开总数量)?", "对外公开总数 368 vs 新制作 60"),
        ("en", "ha", "r.partially_granted.total", "Huaian 2024: requests only partly disclosed (部分公开)? not the fully ones", "部分公开 454 vs 予以公开 1362"),
        ("en", "ha", "r.received.legal_services", "Huaian 2024 new applications from legal service institutions (法律服务机构)? I'm a paralegal so just curious", "法律服务机构 61 vs 商业企业 53"),
        ("en", "hz24", "a.litigation_after_review.total", "Hongze 2024 - lawsuits filed after a reconsideration (复议后起诉), how many?", "复议后起诉 3 vs 直接起诉 1"),
        ("en", "kw", "r.carried_over.total", "STCSM 2024: requests carried in from 2023 (上年结转)?", "上年结转 2 vs 结转下年 1"),
    ]
    return [T(lang, b, k, q, n) for lang, b, k, q, n in rows]


def CONVERSATIONS():
    return plain() + sums() + diffs() + ranks() + followups() + narratives() + cannots() + traps()
