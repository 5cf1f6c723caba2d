"""Question bank of blind evaluation set 227 (evals/blind227): everyday phone traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read either while tuning the engine.

All wordings were written for this set. No number is typed here: every expected value is
computed by helpers227 from /work/shared/corpus/gold/*.json, from the printed table rows of
the three reports without gold (SPECS below: the same cells blind6's text_cells.json verified),
or from a sentence cut from the report text (narrative numbers; the builder checks that the
sentence holds the number). The numbers passed to N() and to `alt` are only checked against the
report text, never trusted.

Body ids: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh19 / sh25 上海市府办 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib227 as L  # noqa: E402
from helpers227 import (C, E, ED, EN, ER, EU, D, N, R, S, T, U, V, F)  # noqa: E402,F401

# printed cells of the three reports without gold: (row label | anchor, index)
_A5 = "四、政府信息公开行政复议、行政诉讼情况"
_A8 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", _A5, 14),
        "appeals.litigation_direct.total": ("after", _A5, 9),
        "appeals.review.total": ("after", _A5, 4),
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
        "appeals.litigation_after_review.total": ("after", _A8, 14),
        "appeals.litigation_direct.pending": ("after", _A8, 8),
        "appeals.litigation_direct.total": ("after", _A8, 9),
        "appeals.review.pending": ("after", _A8, 3),
        "appeals.review.total": ("after", _A8, 4),
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

W = "万元"
WH8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN3 = ["r.unable.%s.total" % s for s in L.UNABLE]
NP5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OT3 = ["r.other.%s.total" % s for s in L.OTHER21]
SH19_GRANTED = ["r.granted.%s" % c for c in L.COLS[:-1]]  # 总计 printed blank in 009

# text sentences that state the same number as a table cell (keyword in the report text)
HA_REQ = "3119"                       # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_APP = "政府信息公开行政诉讼 46"      # 复议 351 = 72 + 64 + 178 + 37
SY_REQ = "749"                        # 法人或其他组织 8 / 共办理 718 / 结转下一年 31
SH19_REQ = "回落12.3%"                # 受理 859 / 答复 805 / 上年度结转 18 / 顺延 72
SH25_REQ = "1295"                     # 受理 1295 / 办结 1191 / 上年结转 189
KW_REQ = "34 件"                      # 收到 34 / 上年结转 2
KW_RES = "同意公开答复 9"              # 同意公开 9
JX_REQ = "办结率88.2%"                # 收到 17 / 办结 15 / 在办 2


def _tag(tag, what):
    return "%s %s" % (tag, what)


def plain(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, _tag("[plain]", what), **kw)


def trap(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, _tag("[neighbour]", what), **kw)


def ssum(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, _tag("[combine]", what), **kw)


def diff(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, _tag("[combine]", what), **kw)


def rank(lang, bodies, keys, order, q, what, **kw):
    if kw:
        return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], _tag("[rank]", what))
    return R(lang, bodies, keys, order, q, _tag("[rank]", what))


def text(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, _tag("[textonly]", what), frm=frm)


def cannot(lang, q, why, what):
    return U(lang, q, why, _tag("[cannot]", what))


def follow(lang, turns, what):
    return F(lang, turns, _tag("[followup]", what))


# ====================================================================== [plain] 91
def PLAIN():
    return [
        # ---- 淮安 2024 (ha)
        plain("zh", "ha", "r.received.total",
              "那份24年淮安的报告里，全市新收的政府信息公开申请一共多少件啊？？",
              "new requests, report named loosely; text 受理 3119 agrees", alt=(HA_REQ, 3119)),
        plain("en", "ha", "r.received.natural_person",
              "hi im a uni student, writing small paper about Huaian. in 2024 how many new request come "
              "from ordinary people [自然人]? thx a lot",
              "student story, natural persons, new requests"),
        plain("zh", "ha", "r.granted.natural_person",
              "我是跑政务口的记者，想核对个数：淮安市政府2024年，个人提的申请里最后全部公开给人家的有多少件",
              "reporter story; 个人 = 自然人, 全部公开 = 予以公开"),
        plain("en", "ha", "r.partially_granted.total",
              "Huai'an 2024 disclosure report - how many requests got only partly released? like some "
              "parts blacked out",
              "partial disclosure, colloquial"),
        plain("zh", "ha", "r.withheld.state_secret.total",
              "淮安24年因为涉及国家秘密 不给公开的申请 有几件。。",
              "state secret refusals, doubled punctuation"),
        plain("en", "ha", "r.withheld.admin_query.total",
              "in Huaian's 2024 report, how many requests were refused under [属于行政查询事项]? just the "
              "total pls",
              "Chinese label in brackets"),
        plain("zh", "ha", "r.unable.not_held.total",
              "麻烦问下 淮安市 2024年 回复“本机关不掌握”的 一共几件 谢谢",
              "not held, stray spaces"),
        plain("en", "ha", "r.not_processed.petition.total",
              "My uncle sent Huaian city gov an 'info request' that was really a complaint letter. How many "
              "such 信访举报投诉 type applications did Huaian leave unprocessed in 2024?",
              "story; petition-type requests not processed"),
        plain("zh", "ha", "r.not_processed.duplicate.total",
              "淮安2024年 重复申情 被不予处理的 有多少？",
              "duplicate requests, homophone typo 申情"),
        plain("en", "ha", "r.other.overdue_correction.total",
              "For Huaian 2024: how many application got dropped because applicant didnt do the 补正 "
              "(supplement) in time?",
              "overdue correction sub-item of （六）"),
        plain("zh", "ha", "a.review.corrected",
              "淮安 24年 信息公开的行政复义，结果被纠正的是几件啊",
              "review corrected, typo 复义; text agrees (64)", alt=(HA_APP, 64)),
        plain("en", "ha", "a.litigation_direct.upheld",
              "Huaian, year 2024: lawsuits that went straight to court w/o review first - how many ended "
              "with the gov side upheld [结果维持]?",
              "direct litigation upheld"),
        plain("zh", "ha", "c.licensing.decisions",
              "淮安市24年行政许可的处理决定数量是多少，数字好大想确认下",
              "licensing decisions, trailing remark"),
        plain("en", "ha", "c.punishment.decisions",
              "quick one - Huaian 2024, number of administrative penalty [行政处罚] decisions in the "
              "disclosure report?",
              "penalty decisions"),
        plain("zh", "ha", "c.fees.amount",
              "淮安市政府 2024年 行政事业性收费 金额多少（万元）？在做表 谢谢",
              "fees amount in 万元", unit=W),
        plain("en", "ha", "r.received.legal_services",
              "I work at a law firm in Huaian. How many new requests in 2024 came from legal service orgs "
              "like us [法律服务机构]?",
              "law firm story, legal services column"),
        plain("zh", "ha", "r.carried_forward.total",
              "淮安2024年有多少申请没办完、结转到2025年继续办的？",
              "carried forward; text 顺延 103 agrees", alt=(HA_REQ, 103)),
        plain("en", "ha", "c.regulations.issued",
              "How many new gov rules [规章] did Huai'an city put out in 2024? sorry if wrong term",
              "regulations issued; text 新增公开市政府规章 1 件 agrees", alt=("政策解读", 1)),
        plain("zh", "ha", "c.normative_docs.in_force",
              "淮安24年底现行有效的行政规范姓文件还剩多少件",
              "normative docs in force, typo 规范姓"),
        plain("en", "ha", "r.withheld.third_party.total",
              "Huaian 2024 -- refused to protect some third party's legit rights, how many was that?",
              "third-party refusals"),
        plain("zh", "ha", "r.other.other.total",
              "淮安市 2024 （六）其他处理 下面第3小项“其他”总计是多少件",
              "other.other sub-item"),
        plain("en", "ha", "r.received.commercial",
              "clerk at a trading company here. in 2024 how many new applications did businesses "
              "[商业企业] file with Huaian city government?",
              "company clerk story, commercial column"),
        plain("en", "ha", "a.review.pending",
              "In Huaian's 2024 annual report, disclosure-related admin reviews still not concluded at "
              "year end - how many?",
              "review pending; text 尚未审结 37 agrees", alt=(HA_APP, 37)),
        # ---- 沭阳 2025 (sy)
        plain("zh", "sy", "r.received.total",
              "沭阳县2025年新收的信息公开申请（表三第一行，只看新收的）总共几件",
              "table row 新收 713 (the text's 749 adds carried-over; question asks the table row)"),
        plain("en", "sy", "r.granted.total",
              "Shuyang county 2025 - how many requests were fully granted [予以公开]? ty",
              "granted total"),
        plain("zh", "sy", "r.partially_granted.total",
              "沭阳 2025 部分公开的申请 多少件？？",
              "partially granted, short"),
        plain("en", "sy", "r.withheld.internal_affairs.total",
              "shuyang 2025, refused bc it was internal affairs info [三类内部事务信息] - count?",
              "internal affairs refusals"),
        plain("zh", "sy", "r.unable.not_held.total",
              "我爸在沭阳申请过信息公开，人家说不掌握。想问下沭阳县政府25年 答复不掌握相关政府信息的 总共有多少",
              "not held"),
        plain("en", "sy", "a.review.total",
              "Reporter here, covering north Jiangsu. How many admin reconsideration cases [行政复议] "
              "about info disclosure did Shuyang have in 2025 in total?",
              "reporter story; review total (not the text's 74 which adds lawsuits)"),
        plain("zh", "sy", "a.review.pending",
              "沭阳县 2025年 行政复议还没审完的有几个呀",
              "review pending, colloquial"),
        plain("en", "sy", "a.litigation_after_review.total",
              "In Shuyang's 2025 disclosure report, how many lawsuits came after a review had been done "
              "first? total pls",
              "litigation after review total"),
        plain("zh", "sy", "c.licensing.decisions",
              "沭阳县25年 行政许可 处理决定 数量？",
              "licensing decisions"),
        plain("en", "sy", "c.coercion.decisions",
              "Shuyang County 2025: number of administrative enforcement [行政强制] decisions?",
              "coercion decisions"),
        plain("zh", "sy", "c.fees.amount",
              "想知道沭阳2025年行政事业性收费一共收了多少万元",
              "fees amount", unit=W),
        plain("en", "sy", "c.normative_docs.issued",
              "how many normative documents Shuyang county issued during 2025?",
              "normative docs issued"),
        plain("zh", "sy", "r.carried_over.total",
              "沭阳县 2025年 从2024年节转过来的申请有几件",
              "carried over, typo 节转"),
        plain("en", "sy", "r.other.other.total",
              "Shuyang 2025, under 'other handling' the sub-row simply called 其他 - total number?",
              "other.other sub-item"),
        plain("zh", "sy", "r.other.overdue_fee.total",
              "沭阳25年有几件是申请人没按收费通知交钱、后来就不再处理了的",
              "overdue fee sub-item"),
        plain("en", "sy", "r.not_processed.duplicate.total",
              "Shuyang 2025 - repeat applications [重复申请] that were not processed, how many in total?",
              "duplicate requests"),
        plain("zh", "sy", "r.total_processed.total",
              "沭阳县政府2025年 办理结果总计 是多少件",
              "total processed; text 共办理 718 agrees", alt=(SY_REQ, 718)),
        plain("en", "sy", "r.received.legal_person",
              "For Shuyang 2025, how many new applications came from organisations (法人或其他组织, all "
              "kinds added up)?",
              "derived legal_person; text 法人或其他组织申请 8 件 agrees", alt=(SY_REQ, 8)),
        plain("en", "sy", "r.withheld.enforcement_files.total",
              "Shuyang county, 2025: refusals because the info was an admin law-enforcement case file "
              "[行政执法案卷]?",
              "enforcement files refusals"),
        # ---- 洪泽 2023 (hz23)
        plain("zh", "hz23", "r.received.total",
              "洪泽区2023年 一共受理了几件信息公开申请 ？",
              "received; text 受理 21 agrees", alt=("21 件", 21)),
        plain("en", "hz23", "r.partially_granted.total",
              "In Hongze's 2023 disclosure report, how many requests got partial disclosure?",
              "partially granted, report named loosely"),
        plain("zh", "hz23", "r.unable.not_held.total",
              "洪泽 23年 不掌握相关信息的 几件",
              "not held, two-digit year"),
        plain("en", "hz23", "r.unable.needs_creation.total",
              "Hongze District 2023: cases where no ready-made info existed and it would have to be newly "
              "made [需要另行制作]?",
              "needs creation"),
        plain("zh", "hz23", "c.licensing.decisions",
              "洪泽区政府2023年的行政许可决定数是多少？谢谢啦",
              "licensing, polite filler"),
        plain("en", "hz23", "c.punishment.decisions",
              "hongze 2023 administrative penalty decisions, number??",
              "penalty decisions"),
        plain("zh", "hz23", "c.fees.amount",
              "洪泽23年 行政事业性收费 金额（万元）多少",
              "fees amount", unit=W),
        plain("en", "hz23", "c.normative_docs.repealed",
              "Hongze 2023, how many normative docs were abolished [废止] that year?",
              "normative docs repealed"),
        plain("zh", "hz23", "a.review.upheld",
              "洪泽区2023年信息公开复议 结果维时 的有几件",
              "review upheld (printed 10; the printed review total is 0), typo 维时"),
        plain("en", "hz23", "a.litigation_after_review.upheld",
              "For Hongze 2023 - lawsuits after reconsideration where the result was upheld, how many?",
              "litigation after review upheld"),
        plain("zh", "hz23", "c.coercion.decisions",
              "洪泽 2023年 行政强治 决定有多少个",
              "coercion, typo 强治"),
        # ---- 洪泽 2024 (hz24, printed rows)
        plain("zh", "hz24", "r.granted.total",
              "洪泽24年报告 表里予以公开的总计是几件",
              "granted total (text cell)"),
        plain("en", "hz24", "r.unable.not_held.total",
              "Hongze district 2024 - 'this agency doesnt hold the info' answers, total?",
              "not held (text cell)"),
        plain("zh", "hz24", "c.licensing.decisions",
              "洪泽区 2024 年 行政许可 多少",
              "licensing (text cell)"),
        plain("en", "hz24", "c.coercion.decisions",
              "In Hongze's 2024 report how many administrative coercion decisions were there?",
              "coercion (text cell)"),
        plain("zh", "hz24", "c.normative_docs.issued",
              "洪泽24年新发了几件行政规范性文件",
              "normative docs issued (text cell)"),
        plain("en", "hz24", "a.review.total",
              "Hongze 2024: total admin reviews about info disclosure in the table?",
              "review total (text cell)"),
        plain("zh", "hz24", "r.received.total",
              "洪泽区24年表格里新收申请总计多少件（不是正文说的那个数）",
              "table 新收 95 (text 17 is what 区政府办 handled); question names the table"),
        plain("en", "hz24", "c.fees.amount",
              "Hongze 2024 administrative fees collected, in 万元?",
              "fees amount (text cell)", unit=W),
        # ---- 上海市科委 2024 (kw, printed rows)
        plain("en", "kw", "r.received.commercial",
              "STCSM 2024 - how many new applications came from companies? need it for a slide",
              "commercial column (text cell)"),
        plain("zh", "kw", "c.licensing.decisions",
              "上海科委2024年行政许可处理决定有几个",
              "licensing (text cell)"),
        plain("en", "kw", "r.received.natural_person",
              "Shanghai science commission (市科委), 2024: new requests from individuals? cheers",
              "natural persons (text cell)"),
        plain("zh", "kw", "r.total_processed.total",
              "市科委 2024年 办理结果 总计多少件",
              "total processed (text cell)"),
        plain("en", "kw", "c.punishment.decisions",
              "Did STCSM make any administrative penalty decisions in 2024? how many",
              "penalties, zero (text cell)"),
        plain("zh", "kw", "r.granted.total",
              "上海市科委24年同意公开（予以公开）的申请几件",
              "granted; text 同意公开答复 9 agrees", alt=(KW_RES, 9)),
        plain("zh", "kw", "c.normative_docs.in_force",
              "上海科委 2024年 现行有效的规范性文件 有多少件",
              "normative docs in force (text cell)"),
        # ---- 上海市府办 2025 (sh25, printed rows)
        plain("zh", "sh25", "r.received.total",
              "上海市府办2025年新收了多少信息公开申请？",
              "received; text 受理 1295 agrees", alt=(SH25_REQ, 1295)),
        plain("en", "sh25", "r.received.natural_person",
              "Shanghai general office, 2025 - new requests from natural persons?",
              "natural persons (text cell)"),
        plain("zh", "sh25", "r.granted.total",
              "上海市政府办公厅 2025年 予以公开 总计几件",
              "granted (text cell)"),
        plain("en", "sh25", "r.unable.not_held.total",
              "Shanghai municipal govt general office 2025: replies saying they dont have the info "
              "[本机关不掌握相关政府信息], total?",
              "not held (text cell)"),
        plain("zh", "sh25", "a.review.total",
              "上海的市府办25年 行政复议 总计多少件",
              "review total as printed (note: includes carried-over cases) (text cell)"),
        plain("en", "sh25", "a.litigation_after_review.total",
              "In the 2025 Shanghai General Office report, lawsuits after admin review - total?",
              "litigation after review (text cell)"),
        plain("zh", "sh25", "r.not_processed.duplicate.total",
              "上海市府办2025年重复申请不予处理的有几件",
              "duplicate (text cell)"),
        plain("en", "sh25", "a.litigation_direct.pending",
              "Shanghai general office 2025: direct lawsuits (no review beforehand) still pending?",
              "direct litigation pending (text cell)"),
        plain("en", "sh25", "r.carried_over.natural_person",
              "Of the applications Shanghai general office carried over from 2024 into 2025, how many were "
              "from individuals?",
              "carried over, natural persons (text cell)"),
        # ---- 上海市府办 2019 (sh19)
        plain("en", "sh19", "r.received.total",
              "Shanghai General Office 2019 - new info disclosure requests received?",
              "received; text 受理 859 agrees", alt=(SH19_REQ, 859)),
        plain("zh", "sh19", "c.procurement.amount",
              "上海市府办2019年政府集中采购总金额多少万元",
              "procurement amount (printed 251000元 = 25.1 万元)", unit=W),
        plain("en", "sh19", "c.regulations.total_published",
              "Shanghai general office 2019 table: total number of regulations published to the public "
              "[对外公开总数量]?",
              "regulations total published (2019 format)"),
        plain("zh", "sh19", "a.litigation_direct.upheld",
              "上海市政府办公厅19年 直接起诉的行政诉讼 结果维持几件",
              "direct litigation upheld"),
        plain("en", "sh19", "r.withheld.state_secret.natural_person",
              "In Shanghai GO's 2019 report, how many requests from individuals were refused as state "
              "secrets?",
              "state secret, natural persons (总计 printed blank, asked by column)"),
        plain("zh", "sh19", "r.not_processed.petition.natural_person",
              "上海市府办2019年 自然人提的申请里 因为属于信方举报投诉类不予处理的 多少件",
              "petition, natural persons, typo 信方"),
        plain("en", "sh19", "r.received.other_org",
              "Shanghai general office 2019, new requests from 'other' organisations [其他]?",
              "other organisations column"),
        plain("zh", "sh19", "a.review.pending",
              "上海市府办 2019 行政复议 尚未审结 几件",
              "review pending"),
        # ---- 涧西 2020 (jx)
        plain("zh", "jx", "r.granted.total",
              "涧西区2020年予以公开的申请多少件",
              "granted"),
        plain("en", "jx", "c.procurement.amount",
              "Jianxi district govt office 2020, government centralized procurement total amount (万元)?",
              "procurement amount (2019 format)", unit=W),
        plain("zh", "jx", "c.normative_docs.made",
              "涧西区府办2020年新制作的规范性文件几件",
              "normative docs made (2019 format)"),
        plain("en", "jx", "r.total_processed.total",
              "Jianxi 2020 - how many requests were handled/closed in total?",
              "total processed; text 办结 15 agrees", alt=(JX_REQ, 15)),
        plain("zh", "jx", "a.litigation_direct.total",
              "涧西20年 未经复议直接起诉的 行政诉讼 总共几件",
              "direct litigation total"),
        plain("en", "jx", "r.unable.not_held.total",
              "Jianxi District 2020: 'we dont have that info' replies - how many?",
              "not held"),
    ]


# ====================================================================== [neighbour] 13
def TRAPS():
    return [
        trap("zh", "ha", "r.carried_over.total",
             "淮安24年的申请里，有多少是2023年没办完、转到2024年接着办的？",
             "上年结转 (34), not 结转下年度 (103); text agrees", alt=(HA_REQ, 34)),
        trap("en", "ha", "a.litigation_after_review.total",
             "Huaian 2024: lawsuits filed AFTER the person already went through admin review - total? "
             "(not the ones that sued directly)",
             "复议后起诉 (20), not 直接起诉 (26)"),
        trap("zh", "ha", "c.normative_docs.repealed",
             "淮安2024年废止了多少件行政规范性文件？注意是废止不是新发",
             "废止 (26), not 制发 (8)"),
        trap("en", "ha", "r.unable.needs_creation.total",
             "Huaian 2024 - requests where info didnt exist in ready form and would need new compiling "
             "[没有现成信息需要另行制作]. not the 'not held' ones",
             "另行制作 (11), not 不掌握 (769)"),
        trap("zh", "sy", "r.withheld.process_info.total",
             "沭阳25年 因为属于过程性信息不公开的有几件",
             "过程性信息 (2), not 内部事务 (13)"),
        trap("en", "sy", "c.normative_docs.in_force",
             "Shuyang 2025: how many normative docs are currently in force overall? (not just the new ones)",
             "现行有效 (32), not 制发 (6)"),
        trap("zh", "sy", "a.review.other",
             "沭阳县2025年行政复议里“其他结果”的有几件？",
             "其他结果 (9), not 纠正 (10)"),
        trap("en", "jx", "c.procurement.projects",
             "Jianxi 2020 centralized procurement - how many projects (the count, not the money)?",
             "采购项目数 (8), not 金额"),
        trap("zh", "sh19", "c.normative_docs.total_published",
             "上海市府办2019年规范性文件对外公开总数量是多少？不是当年新制作的那个",
             "对外公开总数 (368), not 新制作 (60)"),
        trap("en", "sh25", "r.carried_over.total",
             "Shanghai general office 2025 - how many applications were carried over INTO 2025 from 2024? "
             "(not the ones pushed on to 2026)",
             "上年结转 (189), not 结转下年度 (293); text agrees", alt=(SH25_REQ, 189)),
        trap("zh", "kw", "c.normative_docs.issued",
             "市科委24年当年制发的规范性文件几件（不要现行有效的总数）",
             "制发 (13), not 现行有效 (55); text agrees", alt=("393 件", 13)),
        trap("en", "hz24", "a.litigation_direct.total",
             "Hongze 2024, lawsuits filed directly in court without prior reconsideration - total?",
             "直接起诉 (1), not 复议后起诉 (3)"),
        trap("zh", "sy", "r.received.commercial",
             "沭阳25年新收申请里商业企业（公司）提的几件？律所的不算",
             "商业企业 (3), not 法律服务机构 (5)"),
    ]


# ====================================================================== [combine] 16 sums + 10 differences
def COMBINE():
    return [
        ssum("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
             "淮安市24年 全部公开加上部分公开 一共多少件",
             "2 cells"),
        ssum("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "For Huaian 2024, add up reviews + direct lawsuits + lawsuits after review, whats the grand "
             "total?",
             "3 cells"),
        ssum("zh", "ha", WH8,
             "淮安2024年不予公开的8种情形加起来总共多少件",
             "8 cells (withheld sub-items)"),
        ssum("en", "sy", UN3,
             "Shuyang 2025 - all the 'unable to provide' [无法提供] cases added up (all three sub-rows)?",
             "3 cells (unable sub-items)"),
        ssum("zh", "sy", NP5,
             "沭阳县2025年 不予处理的五种情况 合计几件",
             "5 cells (not processed sub-items)"),
        ssum("en", "sh19", SH19_GRANTED,
             "Shanghai General Office 2019 left the total column of 予以公开 empty. Adding up every "
             "applicant column, how many were fully granted?",
             "6 cells (总计 printed blank)"),
        ssum("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
             "Jianxi 2020: reviews plus both kinds of lawsuits, how many cases altogether?",
             "3 cells"),
        ssum("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                            "r.withheld.enforcement_files.total"],
             "Hongze 2023: state secret + process info + law-enforcement files refusals, sum?",
             "3 cells"),
        ssum("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
             "上海市府办25年 信访举报投诉类 和 重复申请 两项加一起多少",
             "2 cells (text cells)"),
        ssum("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
             "Hongze 2024, licensing + penalty + coercion decisions together = ?",
             "3 cells (text cells)"),
        ssum("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"],
             "沭阳25年行政诉讼一共几件？直接起诉的和复议后起诉的合起来",
             "2 cells"),
        ssum("en", "ha", OT3,
             "Huaian 2024, the three sub-rows of 'other handling' [其他处理] summed up?",
             "3 cells (other sub-items)"),
        ssum("zh", "ha", ["c.regulations.in_force", "c.normative_docs.in_force"],
             "淮安2024年 现行有效的规章和行政规范性文件 加起来多少件",
             "2 cells"),
        ssum("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
             "Shanghai GO 2025: 'not held' plus 'needs to be newly made', how many combined?",
             "2 cells (text cells; the text's 564 also includes 补正后仍不明确)"),
        ssum("zh", "kw", ["r.received.total", "r.carried_over.total"],
             "上海科委2024年 新收的加上上年结转的 一共要办多少件申请",
             "2 cells (text cells)"),
        ssum("en", "sh19", ["a.review.total", "a.litigation_direct.total"],
             "Shanghai general office 2019 - admin reviews and direct lawsuits together, how many cases?",
             "2 cells"),
        # differences
        diff("zh", "hz23", "hz24", "c.normative_docs.in_force",
             "洪泽区现行有效的行政规范性文件，24年比23年多了几件？",
             "2023->2024"),
        diff("zh", "hz23", "hz24", "c.licensing.decisions",
             "洪泽 行政许可决定 2024年比2023年增加了多少",
             "2023->2024"),
        diff("zh", "hz23", "hz24", "c.fees.amount",
             "洪泽区行政事业性收费，2024年比2023年是多了还是少了？变化多少万元",
             "2023->2024, 万元", unit=W),
        diff("zh", "sh19", "sh25", "r.received.total",
             "上海市府办新收申请 2025年比2019年多了多少件",
             "2019->2025; 2025 text agrees", alt=(SH25_REQ, 1295)),
        diff("zh", "sh19", "sh25", "r.carried_forward.total",
             "市府办（上海）结转下年度的申请，25年跟19年比变化多少",
             "2019->2025"),
        diff("en", "hz23", "hz24", "c.punishment.decisions",
             "Hongze penalty decisions: change from 2023 to 2024?",
             "2023->2024"),
        diff("en", "hz23", "hz24", "r.unable.not_held.total",
             "hongze 'not held' replies went from 2023 to 2024 by how much?",
             "2023->2024"),
        diff("en", "sh19", "sh25", "a.review.total",
             "Shanghai general office disclosure reviews: 2025 count minus 2019 count?",
             "2019->2025"),
        diff("en", "sh19", "sh25", "r.received.natural_person",
             "How much did new requests from individuals to Shanghai General Office grow between 2019 "
             "and 2025?",
             "2019->2025"),
        diff("en", "sh19", "sh25", "a.litigation_direct.total",
             "Shanghai GO direct lawsuits (no review first): 2019 vs 2025, whats the difference?",
             "2019->2025"),
    ]


HA, HZ23, SY, SH19, JX = "ha", "hz23", "sy", "sh19", "jx"


# ====================================================================== [rank] 13
def RANKS():
    return [
        rank("zh", [HA, SY, SH19], "r.received.total", "desc",
             "淮安市政府2024年、沭阳县2025年、上海市府办2019年，哪家新收的申请最多",
             "3 bodies, desc"),
        rank("en", [JX, SY, SH19, HZ23], "r.carried_forward.total", "desc",
             "Which one had the most requests carried forward [结转下年度继续办理]: Jianxi 2020, Shuyang "
             "2025, Shanghai general office 2019 or Hongze 2023?",
             "4 bodies, desc"),
        rank("zh", [JX, SY, SH19], "a.review.total", "desc",
             "涧西2020、沭阳2025、上海市府办2019 这三家 信息公开行政复议谁最多",
             "3 bodies, desc"),
        rank("en", [HA, SY, SH19], "a.litigation_direct.total", "asc",
             "Fewest direct lawsuits: Huaian 2024, Shuyang 2025 or Shanghai GO 2019?",
             "3 bodies, asc"),
        rank("zh", [HA, HZ23, SY], "c.licensing.decisions", "desc",
             "淮安24年、洪泽23年、沭阳25年 行政许可决定数 哪个最高？？",
             "3 bodies, desc"),
        rank("en", [HA, HZ23, SY], "c.punishment.decisions", "asc",
             "Among Huaian (2024), Hongze (2023) and Shuyang (2025), who had the lowest number of "
             "administrative penalties?",
             "3 bodies, asc"),
        rank("zh", [HA, HZ23, SY], "c.fees.amount", "asc",
             "行政事业性收费金额最少的是哪个：淮安2024年、洪泽2023年、沭阳2025年",
             "3 bodies, asc, 万元", unit=W),
        rank("en", [JX, HZ23, SH19, SY], "r.unable.not_held.natural_person", "desc",
             "individuals told 'we dont hold it': which is highest - Jianxi 2020, Hongze 2023, Shanghai "
             "general office 2019, Shuyang 2025?",
             "4 bodies, desc, natural-person column (009 总计 blank)"),
        rank("zh", [JX, HZ23, SY, SH19], "r.granted.natural_person", "desc",
             "自然人申请被予以公开的件数，涧西20年、洪泽23年、沭阳25年、上海市府办19年 谁排第一",
             "4 bodies, desc, natural-person column"),
        rank("en", [HA, SY, SH19], "r.received.legal_person", "desc",
             "New applications from organisations (all 法人或其他组织 columns): Huaian 2024 vs Shuyang 2025 "
             "vs Shanghai General Office 2019 - which got most?",
             "3 bodies, desc, derived legal_person"),
        rank("zh", [HA, HZ23, SY], "c.normative_docs.in_force", "asc",
             "淮安市2024年、洪泽区2023年、沭阳县2025年，现行有效规范性文件最少的是谁",
             "3 bodies, asc"),
        rank("en", [HA, SY, SH19], "r.not_processed.petition.natural_person", "desc",
             "petition-type requests from individuals that were not processed: Huaian 2024, Shuyang 2025, "
             "Shanghai GO 2019 - who had the most?",
             "3 bodies, desc, natural-person column"),
        rank("zh", [JX, HA, HZ23, SY], "a.review.upheld", "asc",
             "复议结果维持的件数哪家最少？涧西2020 淮安2024 洪泽2023 沭阳2025",
             "4 bodies, asc"),
    ]


# ====================================================================== [textonly] 39
def TEXTONLY():
    return [
        text("zh", "jx", "26个试点领域", 26, "个",
             "涧西区2020年的报告里说 对照了多少个试点领域的标准指引和目录？",
             "pilot areas", frm="对照省"),
        text("en", "jx", "601项事项", 601, "项",
             "Jianxi 2020 report: the office sorted the info of power operation and services into how many "
             "items [事项] in total?",
             "items", frm="梳理细化"),
        text("en", "jx", JX_REQ, 88.2, "%",
             "what completion rate [办结率] did Jianxi district office report for requests in 2020?",
             "completion rate (printed percentage)"),
        text("en", "ha", "政策解读", 21, "个",
             "Huaian 2024 report: how many policy interpretations (政策解读) they made? the bit in the overview",
             "policy interpretations"),
        text("zh", "ha", "新闻发布会 12 场", 12, "场",
             "淮安市24年开了几场新闻发布会？写稿要用 谢了",
             "press conferences"),
        text("en", "ha", "共计 95", 95, "个",
             "Huai'an 2024 - how many government new-media accounts [政务新媒体] were being run?",
             "new-media accounts"),
        text("zh", "ha", "3940", 3940, "元",
             "淮安2024年收了多少信息处理费（元）？朋友说要交钱才能申请，我想看看实际收了多少",
             "processing fees in 元, worried-citizen story"),
        text("en", "ha", HA_APP, 46, "件",
             "In Huaian's 2024 report the overview gives one combined number of disclosure lawsuits "
             "[行政诉讼] - what is it?",
             "lawsuits in the narrative (26 + 20)"),
        text("zh", "ha", "政策解读", 6, "期",
             "淮安市政府公报24年一共出了几期？",
             "gazette issues"),
        text("zh", "hz23", "1136", 1136, "条",
             "洪泽区 23年 在政府网站上主动公开了多少条信息。。",
             "items published"),
        text("en", "hz23", "信息处理费 0 元", 0, "元",
             "Did Hongze district charge any info processing fee in 2023? how much yuan",
             "processing fee zero"),
        text("en", "hz24", "2428", 2428, "条",
             "Hongze 2024: how many pieces of gov info were posted on the website platform?",
             "items published"),
        text("zh", "hz24", "2428", 7, "期",
             "洪泽24年公开了几期政府常务会议呀",
             "executive meetings"),
        text("zh", "hz24", "17 件", 17, "件",
             "洪泽区2024年的报告正文里讲，区政府办代表区政府受理了几件申请？",
             "requests handled by 区政府办 (text; the table's 新收 is 95)"),
        text("zh", "sy", "4511", 4511, "条",
             "沭阳县 门户网站 2025年主动公开了多少条正府信息",
             "items on the portal"),
        text("en", "sy", "4511", 9, "期",
             "Shuyang 2025: how many rounds of public opinion collection [意见征集] were run via the county "
             "portal?",
             "opinion solicitations"),
        text("zh", "sy", "爆款内容52条", 52, "条",
             "沭阳25年出了多少条爆款内容 好奇",
             "viral posts"),
        text("en", "sy", "64家单位", 64, "家",
             "how many units (单位) got their annual disclosure reports published together by Shuyang county "
             "in 2025?",
             "units"),
        text("zh", "sy", "84 次", 84, "次",
             "沭阳2025年那个倒计时报警器一共发了几次催办提示？",
             "reminders"),
        text("en", "sy", "49 次", 49, "次",
             "Shuyang 2025 - how many times did staff proactively talk with applicants before handling "
             "[办前主动沟通]?",
             "consultations"),
        text("zh", "sy", "697条", 697, "条",
             "沭阳县 2025年 清理了多少条过期信息？？ 感觉好多",
             "expired items cleaned"),
        text("en", "sy", "74 件", 74, "件",
             "Shuyang 2025 overview: the single figure given for review + litigation cases handled?",
             "cases (61 + 3 + 10)"),
        text("zh", "sy", "380元", 380, "元",
             "沭阳县25年 信息处理费 一共收了多少钱",
             "processing fee in 元"),
        text("en", "sy", "22处", 43, "处",
             "I run a small website too lol. In Shuyang's 2025 report, how many broken links [失效链接] they "
             "fixed?",
             "broken links"),
        text("zh", "kw", "393 件", 393, "件",
             "上海科委2024年通过部门网站发布了多少件政府信息",
             "items on the department site"),
        text("en", "kw", "代表建议 50", 85, "件",
             "STCSM 2024: replies to how many CPPCC proposals [政协提案] (lead + co-handled) were published?",
             "CPPCC proposals"),
        text("en", "kw", "1016823", 1016823, "人",
             "How many followers has the 'Shanghai Science' WeChat account [上海科技 微信公众号], per "
             "STCSM's 2024 report?",
             "followers"),
        text("zh", "kw", "118 场", 118, "场",
             "市科委24年视频号搞了几场直播",
             "live streams"),
        text("zh", "sh25", "42 场", 42, "场",
             "上海市府办2025年 开了几场市政府新闻发布会啊（通气会不算）",
             "press conferences"),
        text("zh", "sh25", "157 件", 157, "件",
             "上海市府办25年有多少申请是申请人自己主动撤回的",
             "withdrawn requests"),
        text("en", "sh25", "166 件", 166, "件",
             "Shanghai GO 2025 - how many documents got a disclosure-attribute review [公开属性审查]?",
             "attribute reviews"),
        text("en", "sh25", "10 个语种", 10, "个",
             "my friend is foreign and uses the Shanghai International Services Portal [上海国际服务门户]. "
             "how many languages it covers now, per Shanghai General Office 2025 report?",
             "languages"),
        text("en", "sh25", "规章 22", 196, "件",
             "Shanghai general office 2025: how many personnel appointment/removal docs [人事任免文件] "
             "were made public?",
             "appointment documents"),
        text("zh", "sh25", "24 期", 24, "期",
             "上海市政府公报2025年编了几期（市府办那份报告里）",
             "gazette issues"),
        text("en", "sh19", "2261", 2261, "项",
             "Shanghai 2019 General Office report: how many service items were connected to the unified "
             "[一网通办] platform?",
             "service items"),
        text("zh", "sh19", "132件", 132, "件",
             "帮老师整理材料：上海市府办2019年 在门户网站上发布的政策解读 一共多少件？",
             "policy interpretations"),
        text("en", "sh19", "38次", 38, "次",
             "In 2019, how many times did Shanghai GO make authoritative releases on executive meeting "
             "topics?",
             "releases"),
        text("zh", "sh19", "70家", 70, "家",
             "上海市府办19年报告里 每季度要检查多少家政府网站",
             "websites checked"),
        text("zh", "sh19", "90.2%", 90.2, "%",
             "上海市府办19年那份年报，市政府公文主动公开率是多少%",
             "disclosure rate (printed percentage)"),
    ]


# ====================================================================== [cannot] 39
def CANNOT():
    return [
        cannot("zh", "我在南京上班，想问下南京市政府2024年收到多少信息公开申请？",
               "南京市 is not among the reports held", "body not held"),
        cannot("en", "my cousin lives in Suqian. how many disclosure requests did Suqian city get in 2024?",
               "宿迁市 is not among the reports held (only 沭阳县 2025 from that area)", "body not held"),
        cannot("zh", "洪泽区22年新收申请多少件",
               "no 洪泽区 report for 2022 (only 2023 and 2024)", "year not held"),
        cannot("en", "Shuyang county 2024 - how many requests were granted?",
               "no 沭阳县 report for 2024 (only 2025)", "year not held"),
        cannot("zh", "上海科委2023年行政许可多少个",
               "no 上海市科委 report for 2023 (only 2024)", "year not held"),
        cannot("en", "Jianxi district 2021, how many requests did they receive? thanks in advance",
               "no 涧西区 report for 2021 (only 2020)", "year not held"),
        cannot("zh", "上海市府办2022年的行政复议有几件",
               "no 上海市人民政府办公厅 report for 2022 (only 2019 and 2025)", "year not held"),
        cannot("en", "in Huaian's 2023 report how many requests were fully released?",
               "no 淮安市 report for 2023 (only 2024)", "year not held"),
        cannot("zh", "淮安2024年申请人里男的女的各多少？",
               "the report gives no breakdown by sex", "breakdown by sex"),
        cannot("en", "Huaian 2024 - which month had the most requests? need it for a chart",
               "the report gives no monthly figures", "month"),
        cannot("zh", "沭阳25年哪个乡镇的人申请信息公开最多",
               "the report gives no breakdown by township", "township"),
        cannot("en", "Shuyang 2025: how many of the requests were about land expropriation [征地]?",
               "the report gives no breakdown by topic", "topic"),
        cannot("zh", "洪泽区23年专门搞信息公开的工作人员有几个人",
               "the report states no staff number", "staff"),
        cannot("en", "STCSM 2024 - average number of days to answer an application?",
               "the report states no response times", "response time"),
        cannot("zh", "上海市府办2025年申请人里60岁以上的有多少",
               "the report gives no breakdown by age", "age"),
        cannot("en", "Shanghai general office 2019, how many requests came in by post vs online?",
               "the report gives no breakdown by channel", "channel"),
        cannot("zh", "涧西区府办2020年在信息公开上一共花了多少经费",
               "the report states no costs", "cost"),
        cannot("en", "Huaian 2024 - who was the person that filed the most applications? name pls",
               "personal data; the report names no applicants", "personal data"),
        cannot("zh", "沭阳县2026年估计会收到多少件申请？",
               "a forecast; no 2026 report and no forecast in the 2025 report", "forecast"),
        cannot("en", "honestly is Hongze's 2024 disclosure work good or bad? your opinion",
               "an opinion, not a figure the report states", "opinion"),
        cannot("zh", "淮安24年第三季度收了几件申请",
               "the report gives no quarterly figures", "quarter"),
        cannot("en", "Shanghai GO 2025 - how many requests came from foreigners?",
               "the report gives no breakdown by nationality or residence", "residence"),
        cannot("zh", "浦东新区2024年政府信息公开申请多少件",
               "浦东新区 is not among the reports held", "body not held"),
        cannot("en", "Qingjiangpu district 2024 disclosure report - new requests?",
               "清江浦区 is not among the reports held", "body not held"),
        cannot("zh", "上海市府办25年 哪个区的申请人最多",
               "the report gives no breakdown by district", "district"),
        cannot("en", "In Huaian 2024, which industries were the companies that applied from?",
               "the report gives no breakdown by industry", "industry"),
        cannot("zh", "洪泽24年复议被纠正的那件，是因为什么被纠正的？",
               "the report states no reasons for review outcomes", "reason not stated"),
        cannot("en", "STCSM 2024 had one admin review - whats the name of the person who filed it?",
               "personal data; the report names no applicant", "personal data"),
        cannot("zh", "淮安市政府办24年负责政务公开的有几个人？报告里说人手不够",
               "the report mentions 人员配备不足 but states no staff number", "staff"),
        cannot("en", "Shanghai general office 2019: what was the budget for running the portal website?",
               "the report states no budget figures", "cost"),
        cannot("zh", "涧西20年申请人里有多少是外地人",
               "the report gives no breakdown by residence", "residence"),
        cannot("en", "hongze 2023, how many requests were about housing demolition [拆迁]?",
               "the report gives no breakdown by topic", "topic"),
        cannot("zh", "上海科委24年 每件申请平均几天答复的",
               "the report states no response times", "response time"),
        cannot("en", "Shuyang 2025 - how many of the applicants were women?",
               "the report gives no breakdown by sex", "sex"),
        cannot("zh", "淮安25年的年报里新收申请多少件",
               "no 淮安市 report for 2025 (only 2024)", "year not held"),
        cannot("en", "Luoyang city government 2020 - how many info requests?",
               "洛阳市 is not among the reports held (only 涧西区政府办 2020)", "body not held"),
        cannot("zh", "沭阳 县长信箱 2025年收到多少封来信？报告里提到过这个信箱",
               "the report names the 县长信箱 channel but states no figure", "figure not stated"),
        cannot("en", "Huai'an 2024: how many calls did the 12345 hotline get about disclosure?",
               "the report states no hotline figures", "figure not stated"),
        cannot("zh", "洪泽区2023年信息公开申请平均办理要多少天",
               "the report states no processing times", "response time"),
    ]


# ====================================================================== [followup] 39
def FOLLOWUPS():
    return [
        follow("zh", [
            ("帮领导查个数 洪泽23年行政许可决定多少个", E("hz23", "c.licensing.decisions")),
            ("那24年的呢？", E("hz24", "c.licensing.decisions")),
        ], "year switch 2023 -> 2024 (text cell)"),
        follow("en", [
            ("Hongze 2023, how many 'not held' replies?", E("hz23", "r.unable.not_held.total")),
            ("and for 2024 pls", E("hz24", "r.unable.not_held.total")),
        ], "year switch 2023 -> 2024 (text cell)"),
        follow("zh", [
            ("上海市府办19年新收申请几件啊", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
            ("25年的数呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
        ], "year switch 2019 -> 2025; texts agree"),
        follow("en", [
            ("Shanghai general office 2025: how many applications got pushed on into 2026?",
             E("sh25", "r.carried_forward.total")),
            ("same thing but for their 2019 report", E("sh19", "r.carried_forward.total",
                                                       alt=(SH19_REQ, 72))),
        ], "year switch 2025 -> 2019"),
        follow("zh", [
            ("做个案例分析，沭阳25年 信息公开行政复议 总数多少", E("sy", "a.review.total")),
            ("直接起诉的呢", E("sy", "a.litigation_direct.total")),
            ("复议以后再去起诉的有几件", E("sy", "a.litigation_after_review.total")),
        ], "appeals group switch, 3 turns"),
        follow("en", [
            ("Huaian 2024 - total admin reviews on disclosure?", E("ha", "a.review.total",
                                                                  alt=(HA_APP, 351))),
            ("how many of those were upheld", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
        ], "column switch; text agrees"),
        follow("zh", [
            ("淮安24年 行政事业性收费 金额多少万元", E("ha", "c.fees.amount", unit=W)),
            ("沭阳2025年同一项呢", E("sy", "c.fees.amount", unit=W)),
        ], "body switch, money"),
        follow("en", [
            ("STCSM 2024 how many new requests?", E("kw", "r.received.total", alt=(KW_REQ, 34))),
            ("and how many of them were granted in full", E("kw", "r.granted.total", alt=(KW_RES, 9))),
        ], "row switch (text cells); text agrees"),
        follow("zh", [
            ("涧西2020年予以公开的几件", E("jx", "r.granted.total")),
            ("本机关不掌握的呢？", E("jx", "r.unable.not_held.total")),
        ], "row switch"),
        follow("en", [
            ("Shuyang 2025 - normative documents issued?", E("sy", "c.normative_docs.issued")),
            ("and how many in force now", E("sy", "c.normative_docs.in_force")),
        ], "column switch"),
        follow("zh", [
            ("淮安24年 自燃人 新收申请多少", E("ha", "r.received.natural_person")),
            ("法律服务机构的呢", E("ha", "r.received.legal_services")),
            ("商业企业的？", E("ha", "r.received.commercial")),
        ], "column switch, 3 turns"),
        follow("en", [
            ("Hongze '23 penalty decisions?", E("hz23", "c.punishment.decisions")),
            ("ok and in '24?", E("hz24", "c.punishment.decisions")),
        ], "year switch (text cell)"),
        follow("zh", [
            ("上海市府办2025年行政复议总计几件", E("sh25", "a.review.total")),
            ("其中还没审结的呢", E("sh25", "a.review.pending")),
        ], "column switch (text cells)"),
        follow("en", [
            ("Shanghai GO 2019 - how many centralized procurement projects?",
             E("sh19", "c.procurement.projects")),
            ("and the amount? in 万元", E("sh19", "c.procurement.amount", unit=W)),
        ], "column switch, money"),
        follow("zh", [
            ("沭阳25年不掌握相关政府信息的几件", E("sy", "r.unable.not_held.total")),
            ("淮安24年呢", E("ha", "r.unable.not_held.total")),
        ], "body switch"),
        follow("en", [
            ("Huaian 2024, how many requests were carried on into 2025?", E("ha", "r.carried_forward.total",
                                                               alt=(HA_REQ, 103))),
            ("what about Shuyang in 2025", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
        ], "body switch; texts agree"),
        follow("zh", [
            ("洪泽23年现行有效的规范性文件几件", E("hz23", "c.normative_docs.in_force")),
            ("24年变成多少了", E("hz24", "c.normative_docs.in_force")),
            ("24年当年新制发了几件", E("hz24", "c.normative_docs.issued")),
        ], "year then column switch, 3 turns (text cells)"),
        follow("en", [
            ("Jianxi 2020 how many new requests came in?", E("jx", "r.received.total",
                                                             alt=(JX_REQ, 17))),
            ("and Jianxi 2021?", EU("no 涧西区 report for 2021 (only 2020)")),
        ], "year switch to a year not held"),
        follow("zh", [
            ("上海科委2024年 行政许可 几个？？", E("kw", "c.licensing.decisions")),
            ("行政处罚呢", E("kw", "c.punishment.decisions")),
        ], "row switch (text cells)"),
        follow("en", [
            ("Shanghai General Office 2025 - 'not held' replies?", E("sh25", "r.unable.not_held.total")),
            ("and the 'needs to be newly made' ones?", E("sh25", "r.unable.needs_creation.total")),
        ], "row switch (text cells)"),
        follow("zh", [
            ("沭阳25年予以公开多少件", E("sy", "r.granted.total")),
            ("部分公开的呢？？", E("sy", "r.partially_granted.total")),
        ], "row switch"),
        follow("en", [
            ("Huaian 2024 refusals for internal affairs info?", E("ha", "r.withheld.internal_affairs.total")),
            ("and for process info [过程性信息]?", E("ha", "r.withheld.process_info.total")),
        ], "row switch"),
        follow("zh", [
            ("淮安24年复议后起诉的行政诉讼 总计几件", E("ha", "a.litigation_after_review.total")),
            ("那直接起诉的", E("ha", "a.litigation_direct.total")),
        ], "appeals group switch"),
        follow("en", [
            ("sorry for my english. Shuyang 2025 new requests from individuals how many?", E("sy", "r.received.natural_person")),
            ("same number for Huaian in 2024?", E("ha", "r.received.natural_person")),
        ], "body switch"),
        follow("zh", [
            ("洪泽区24年予以公开几件", E("hz24", "r.granted.total")),
            ("23年是多少", E("hz23", "r.granted.total")),
        ], "year switch 2024 -> 2023"),
        follow("en", [
            ("Shanghai general office 2019, new requests from individuals?",
             E("sh19", "r.received.natural_person")),
            ("and in 2025?", E("sh25", "r.received.natural_person")),
        ], "year switch 2019 -> 2025"),
        follow("zh", [
            ("沭阳25年行政处罚决定数", E("sy", "c.punishment.decisions")),
            ("行政强制的", E("sy", "c.coercion.decisions")),
        ], "row switch"),
        follow("en", [
            ("Hongze 2024 admin reviews total?", E("hz24", "a.review.total")),
            ("lawsuits after review?", E("hz24", "a.litigation_after_review.total")),
        ], "appeals group switch (text cells)"),
        follow("zh", [
            ("涧西2020年政府集中采购金额多少万元", E("jx", "c.procurement.amount", unit=W)),
            ("上海市府办2019年的呢", E("sh19", "c.procurement.amount", unit=W)),
        ], "body switch, money"),
        follow("en", [
            ("Huaian 2024 petition-type requests not processed?", E("ha", "r.not_processed.petition.total")),
            ("duplicate ones?", E("ha", "r.not_processed.duplicate.total")),
            ("and Shuyang's duplicates in 2025?", E("sy", "r.not_processed.duplicate.total")),
        ], "row then body switch, 3 turns"),
        follow("zh", [
            ("上海市府办25年 信访举报投诉类 不予处理 几件", E("sh25", "r.not_processed.petition.total")),
            ("重复申请呢", E("sh25", "r.not_processed.duplicate.total")),
        ], "row switch (text cells)"),
        follow("en", [
            ("Shuyang 2025: dropped because applicant didnt supplement in time?",
             E("sy", "r.other.overdue_correction.total")),
            ("and because they didnt pay the fee notice?", E("sy", "r.other.overdue_fee.total")),
        ], "row switch"),
        follow("zh", [
            ("淮安24年属于国家秘密不公开的几件", E("ha", "r.withheld.state_secret.total")),
            ("危及三安全一稳定的呢", E("ha", "r.withheld.security_stability.total")),
        ], "row switch"),
        follow("en", [
            ("In Hongze's 2023 report how many requests were received?", E("hz23", "r.received.total",
                                                                         alt=("21 件", 21))),
            ("and in their 2022 one?", EU("no 洪泽区 report for 2022 (only 2023 and 2024)")),
        ], "year switch to a year not held"),
        follow("zh", [
            ("沭阳25年复议结果纠证的几件", E("sy", "a.review.corrected")),
            ("淮安24年纠正的呢", E("ha", "a.review.corrected", alt=(HA_APP, 64))),
        ], "body switch; text agrees"),
        follow("en", [
            ("Shanghai GO 2019, regulations newly made?", E("sh19", "c.regulations.made",
                                                            alt=("162件", 13))),
            ("total published to the outside?", E("sh19", "c.regulations.total_published")),
        ], "column switch (2019 format); text agrees"),
        follow("zh", [
            ("上海科委24年新收申请里自然人几件", E("kw", "r.received.natural_person")),
            ("商业企业呢", E("kw", "r.received.commercial")),
        ], "column switch (text cells)"),
        follow("en", [
            ("Huaian 2024 licensing [行政许可] decisions?", E("ha", "c.licensing.decisions")),
            ("Hongze for 2024?", E("hz24", "c.licensing.decisions")),
        ], "body switch (text cell)"),
        follow("zh", [
            ("洪泽24年行政处罚多少", E("hz24", "c.punishment.decisions")),
            ("淮安同一年呢", E("ha", "c.punishment.decisions")),
            ("沭阳25年呢", E("sy", "c.punishment.decisions")),
        ], "body switches, 3 turns"),
    ]


def CONVERSATIONS():
    return PLAIN() + TRAPS() + COMBINE() + RANKS() + TEXTONLY() + CANNOT() + FOLLOWUPS()
