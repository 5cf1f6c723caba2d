"""Question bank of blind evaluation set 301 (evals/blind301): everyday phone traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written for this set. The bank names only bodies, keys, keywords and
wordings; every expected number is computed by helpers301 (gold/*.json, derived keys per
spec/README.md; for the three reports without gold, the printed rows named in SPECS, which are
the cell specs blind6's text_cells.json verified; narrative sentences cut from the report text).

Body codes: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh25 / sh19 上海市府办 2025 / 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib301 as L  # noqa: E402
from helpers301 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# Printed cells of the reports without gold: exactly the specs blind6 verified (text_cells.json).
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
        "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
        "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
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
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
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

# keywords locating the sentence where the text states the same number as the table
HA_REQ = "全市共受理政府信息公开申请 3119"      # 受理 3119 / 答复 3050 / 结转 34 / 顺延 103
HA_APP = "政府信息公开行政复议 351"               # 复议 351 (72/64/178/37), 诉讼 46 (25/5/9/7)
SH19_REQ = "代表市政府共受理政府信息公开申请859"  # 859 / 805 / 18 / 72
SH19_ACT = "主动公开规章13件"                     # 规章 13, 行政规范性文件 60
SH19_APP = "信息公开类行政复议7件"                # 复议 7, 诉讼 9
SH25_REQ = "市政府共受理政府信息公开申请 1295"    # 1295 / 1191 / 189
KW_REQ = "全年收到政府信息公开申请 34"            # 34 / 2 / 9
JX_REQ = "全年共收到依申请公开17件"               # 17 / 15 / 2
HZ23_REQ = "2023 年全区受理政府信息公开申请 21"   # 21
SY_REQ = "共办理 718"                            # 718 / 31 / 法人或其他组织 8 (受理 749 / 自然人 741 differ)
SY_APP = "全县共办理相关案件 74"                  # 74 = 61 + 3 + 10


def tag(t, note):
    return "[%s] %s" % (t, note)


def PV(lang, b, keys, q, note, **kw):
    return V(lang, b, keys, q, tag("plain", note), **kw)


# =============================================================================== [plain]
def plain():
    c = []
    # ---- 淮安市政府 2024 (gold)
    c += [
        PV("zh", "ha", "r.received.total", "急！！淮安市政府24年新收的信息公开申请 一共多少件啊，在线等",
           "new requests, total; short name, two-digit year", alt=(HA_REQ, 3119)),
        PV("en", "ha", "r.received.legal_services",
           "hi, for huaian city gov 2024 how many request come from law firms (法律服务机构)? thx",
           "received from legal-service organisations"),
        PV("zh", "ha", "r.partially_granted.total",
           "我是淮安本地的大三学生，在写政务公开的课程论文。。想问2024年淮安市政府答复的申请里，最后是“部分公开”的有多少件？",
           "story (student); partially granted"),
        PV("en", "ha", "r.withheld.state_secret.total",
           "Huai'an 2024 report — how many requests was refused because the info is 国家秘密 (state secret)?",
           "withheld: state secret"),
        PV("zh", "ha", "r.withheld.admin_query.total",
           "那份24年淮安的报告里，以“属于行政查询事项”为理由没给公开的有几件？？",
           "report named loosely; withheld as administrative query"),
        PV("en", "ha", "a.review.corrected",
           "reporter at a local paper here, doing a piece on admin reviews. In 2024 how many info-disclosure "
           "reviews (行政复议) against Huaian city ended with the decision corrected?",
           "story (reporter); review corrected; text states the same 64", alt=(HA_APP, 64)),
        PV("zh", "ha", "c.normative_docs.in_force", "淮安2024年 行政规范形文件 目前还有效的 有多少件呀 谢谢",
           "normative documents in force"),
        PV("en", "ha", "c.fees.amount",
           "What was Huai'an's administrative fee total (行政事业性收费) for 2024? in 万元 please, many thanks",
           "fee amount in 万元", unit="万元"),
        PV("zh", "ha", "c.punishment.decisions", "请问淮安市人民政府2024年度，行政处法的处理决定数是多少？谢谢。",
           "punishment decisions; homophone typo 处法"),
        PV("en", "ha", "r.received.commercial",
           "in Huaian's 2024 disclosure report, how many new applications came from businesses (商业企业)",
           "received from commercial enterprises; report named loosely"),
        PV("zh", "ha", "r.other.overdue_correction.total",
           "淮安24年 因为申请人过期了也不补正 政府就不再处理的 有多少件",
           "other handling: no correction in time"),
        PV("en", "ha", "r.unable.not_held.total",
           "Hello! For Huai'an city in 2024, how many times they replied the office simply does not hold the info asked? Thank you so much",
           "unable: not held"),
        PV("zh", "ha", "c.licensing.decisions", "帮我查下淮安市政府二〇二四年 行政许可 决定数量。。",
           "licensing decisions; Chinese-numeral year"),
        PV("en", "ha", "a.litigation_direct.pending",
           "Huaian 2024: of the lawsuits that went straight to court (no review first), how many were still not decided at year end?",
           "direct lawsuits pending"),
        PV("zh", "ha", "r.not_processed.duplicate.total", "淮安市 2024年 重复申请 被不予处理的 几件啊，，谢谢",
           "not processed: duplicate"),
        PV("en", "ha", "r.granted.natural_person",
           "ok so Huaian 2024 — requests from private individuals (自然人) that got fully disclosed, what's the number?",
           "granted, natural persons column"),
        PV("zh", "ha", "r.not_processed.petition.total", "单位让我统计一下：淮安 2024 属于信访举报投诉类的申请 有多少件 麻烦啦",
           "not processed: petitions/complaints"),
        PV("en", "ha", "r.withheld.internal_affairs.total",
           "Huai'an municipal gov 2024, how many did it turn down as 三类内部事务信息 (internal affairs info)?",
           "withheld: internal affairs"),
        PV("zh", "ha", "a.litigation_after_review.upheld",
           "淮安市政府2024年 先复义后起诉的那些案子里 结果维持的几件？",
           "after-review lawsuits upheld; homophone typo 复义"),
    ]
    # ---- 沭阳县政府 2025 (gold)
    c += [
        PV("zh", "sy", "r.granted.total", "沭阳县政府25年 于以公开的申请有多少件？？", "granted total"),
        PV("en", "sy", "r.received.natural_person",
           "Shuyang county 2025 — how many NEW requests from individuals? not counting the ones carried over pls",
           "received natural persons, carry-over excluded (text 741 includes it)"),
        PV("zh", "sy", "a.review.total", "沭阳25年的年报里 行政复议 一共多少件 谢谢啦", "review total"),
        PV("en", "sy", "r.not_processed.duplicate.total",
           "I work as clerk in a small company in Shuyang. Our request got refused as a repeat application. "
           "Just curious, how many 重复申请 did Shuyang County treat like that in 2025?",
           "story (company clerk); not processed: duplicate"),
        PV("zh", "sy", "c.punishment.decisions", "述阳县 2025年 行政处罚决定 多少个", "punishment; homophone typo 述阳"),
        PV("en", "sy", "c.fees.amount",
           "shuyang 2025 how much money came in from 行政事业性收费? unit 万元 is fine",
           "fee amount in 万元", unit="万元"),
        PV("zh", "sy", "r.other.overdue_fee.total",
           "沭阳县2025年 申请人没按收费通知交钱、逾期了 政府就不再处理的 有几件",
           "other handling: fee not paid"),
        PV("en", "sy", "r.unable.not_held.total",
           "quick one: Shuyang 2025, how many applicants got the reply 'this agency doesn't have that information'?",
           "unable: not held"),
        PV("zh", "sy", "c.normative_docs.issued", "沭阳2025年行政规范性文件本年制发了几件啊？？", "normative issued"),
        PV("en", "sy", "a.review.upheld",
           "Dear assistant, for Shuyang County Government FY2025, what is number of administrative review case where result was kept (维持)? Best regards",
           "review upheld"),
        PV("zh", "sy", "r.withheld.security_stability.total",
           "麻烦问一下，沭阳县25年度因为“危及三安全一稳定”没公开的有几件",
           "withheld: security/stability"),
        PV("en", "sy", "a.litigation_after_review.total",
           "Shuyang 2025: lawsuits brought after an admin review (复议后起诉) — how many altogether?",
           "after-review lawsuits total"),
        PV("zh", "sy", "r.withheld.enforcement_files.total", "问下 沭阳县政府2025年 属于行政执法案卷 不公开的 几件？ 写材料要用",
           "withheld: enforcement files"),
        PV("en", "sy", "r.carried_forward.total",
           "how many info requests did Shuyang county still have open at the end of 2025 and push to the next year?",
           "carried forward; text states the same 31", alt=(SY_REQ, 31)),
        PV("zh", "sy", "r.received.legal_services",
           "我是沭阳的，想知道25年县政府新收的申请里 法律服务机构 申请的有几件",
           "received from legal-service organisations"),
        PV("en", "sy", "r.other.other.total",
           "Shuyang 2025 — inside 其他处理, the third bucket that is just '其他': how many?",
           "other handling: other"),
        PV("zh", "sy", "c.coercion.decisions", "沭阳县2025年 行政强制 决定数 是多少呀", "coercion decisions"),
    ]
    # ---- 上海市府办 2019 (gold; outcome-row totals printed blank: ask by column)
    c += [
        PV("zh", "sh19", "r.received.total", "我是跑政务口的记者，核对一个数：上海市府办2019年新收的政府信息公开申请是多少件？",
           "received total; text states the same 859", alt=(SH19_REQ, 859)),
        PV("en", "sh19", "r.received.commercial",
           "i'm compliance clerk at a trading company, we sometimes ask Shanghai gov for info. In 2019 how many new requests did businesses (商业企业) file to the Shanghai General Office?",
           "received commercial"),
        PV("zh", "sh19", "c.procurement.projects", "19年上海市政府办公厅的年报里 政府集中采购项目 有几个",
           "procurement projects (2019 format)"),
        PV("en", "sh19", "c.regulations.total_published",
           "I'm a grad student comparing provinces. For the Shanghai government general office in 2019, how many "
           "regulations (规章) were publicly available in total (对外公开总数量)?",
           "story (student); regulations total published"),
        PV("zh", "sh19", "r.withheld.state_secret.natural_person",
           "上海市府办2019年 自然人的申请里 因为属于国家秘密不予公开的 有几件",
           "withheld state secret, natural persons (row total printed blank)"),
        PV("en", "sh19", "r.carried_over.total",
           "Shanghai gen. office 2019 - how many requests were left over from 2018 and carried into 2019?",
           "carried over; text states the same 18", alt=(SH19_REQ, 18)),
        PV("zh", "sh19", "a.review.pending", "2019年 上海市府办 行政复议 还没审结的 有几件？", "review pending"),
        PV("en", "sh19", "r.unable.unclear.natural_person",
           "For 2019, Shanghai General Office: how many requests from individuals ended as 'still unclear after "
           "being asked to correct it' (补正后申请内容仍不明确)?",
           "unable: unclear, natural persons (row total printed blank)"),
        PV("zh", "sh19", "r.not_processed.petition.natural_person",
           "上海市政府办公厅2019年 信访举报投诉类申请 自然人那一栏 是多少",
           "not processed petition, natural persons (row total printed blank)"),
        PV("en", "sh19", "c.normative_docs.made",
           "2019 Shanghai general office — how many new 规范性文件 (normative docs) were made that year?",
           "normative docs made; text states the same 60", alt=(SH19_ACT, 60, "2019年，通过")),
        PV("zh", "sh19", "a.litigation_direct.total", "上海市府办 19年 没经过复议直接起诉的 行政诉讼 一共几件",
           "direct lawsuits total; text's 诉讼9件", alt=(SH19_APP, 9)),
        PV("en", "sh19", "r.total_processed.total",
           "Shanghai General Office 2019, how many requests did it finish handling in total (办理结果总计)?",
           "total processed; text states the same 805", alt=(SH19_REQ, 805)),
    ]
    # ---- 洪泽区政府 2023 (gold; appeals totals printed 0 are avoided)
    c += [
        PV("zh", "hz23", "c.licensing.decisions", "洪泽区政府23年 行政许可 处理决定数量？？ 多谢", "licensing"),
        PV("en", "hz23", "c.fees.amount",
           "In Hongze's 2023 disclosure report, what is the 行政事业性收费 amount (万元)?",
           "fee amount; report named loosely", unit="万元"),
        PV("zh", "hz23", "r.partially_granted.total", "红泽区2023年 部分公开的申请有几件啊", "partially granted; typo 红泽"),
        PV("en", "hz23", "r.unable.needs_creation.total",
           "Hongze district 2023: number of requests where they said the info would have to be newly made (没有现成信息需要另行制作)?",
           "unable: needs creation"),
        PV("zh", "hz23", "c.normative_docs.repealed", "洪泽2023年 行政规范性文件 废止了 几件", "normative repealed"),
        PV("en", "hz23", "a.review.upheld", "hongze 2023 how many admin review results were upheld (维持)?",
           "review upheld (the printed review total is 0; not asked)"),
        PV("zh", "hz23", "c.punishment.decisions",
           "我在洪泽开了个小饭馆，之前被罚过款。。想知道2023年洪泽区政府 一共作出多少个行政处罚决定",
           "story (citizen); punishment"),
        PV("en", "hz23", "r.received.total", "worried resident of Hongze here, I wonder if people actually use this thing. In 2023 how many new requests did Hongze District Government receive in total?",
           "received total; text states the same 21", alt=(HZ23_REQ, 21)),
        PV("zh", "hz23", "r.unable.not_held.total", "洪泽区23年那个年报里 答复本机关不掌握相关信息 的 有几件", "unable: not held"),
        PV("en", "hz23", "r.withheld.process_info.total",
           "Hongze 2023, requests refused because the info was 过程性信息 (process info)?",
           "withheld: process information"),
    ]
    # ---- 涧西区政府办 2020 (gold, 2019 format)
    c += [
        PV("zh", "jx", "r.granted.total", "老师让查的：涧西区政府办2020年 予以公开的申请 有几件", "granted"),
        PV("en", "jx", "r.carried_forward.total",
           "Jianxi District office, 2020 — how many requests were still in progress at year end and went on into 2021?",
           "carried forward; text's 在办2件", alt=(JX_REQ, 2)),
        PV("zh", "jx", "c.normative_docs.made", "涧西 2020年 规范性文件 本年新制做 数量是多少", "normative made"),
        PV("en", "jx", "c.procurement.amount",
           "For Jianxi 2020, government centralised procurement (政府集中采购) total amount in 万元?",
           "procurement amount in 万元", unit="万元"),
        PV("zh", "jx", "a.review.total", "涧西区 2020年 行政复义 有几件？", "review total; typo 复义"),
        PV("en", "jx", "r.unable.not_held.total",
           "jianxi district 2020 — how many requests got the answer that the office does not have the info?",
           "unable: not held"),
        PV("zh", "jx", "r.received.natural_person", "涧西区人民政府办公室20年新收的申请里 自然人提的 是多少",
           "received natural persons; text's 收到17件", alt=(JX_REQ, 17)),
        PV("en", "jx", "a.litigation_after_review.total",
           "Jianxi 2020: how many lawsuits were filed after an administrative review had already happened?",
           "after-review lawsuits"),
    ]
    # ---- 洪泽区政府 2024 (no gold: printed rows)
    c += [
        PV("zh", "hz24", "c.licensing.decisions", "洪泽区24年 行政许可决定 多少个啊。。", "licensing (text row)"),
        PV("en", "hz24", "c.coercion.decisions", "Hongze District, 2024 — how many 行政强制 (coercive measure) decisions?",
           "coercion (text row)"),
        PV("zh", "hz24", "c.normative_docs.issued", "洪泽24年 行政规范性文件 本年制发 几件", "normative issued (text row)"),
        PV("en", "hz24", "c.fees.amount", "small question, Hongze 2024 fee income (行政事业性收费) how much in 万元? cheers",
           "fee amount (text row)", unit="万元"),
        PV("zh", "hz24", "r.granted.total", "洪泽区政府2024年度 予以公开的申请 表三里是多少", "granted (text row)"),
        PV("en", "hz24", "a.litigation_after_review.total",
           "In Hongze's 2024 report, how many lawsuits came after a review (复议后起诉), total?",
           "after-review lawsuits (text row)"),
        PV("zh", "hz24", "r.unable.not_held.total", "2024年洪泽区 答复“本机关不掌握相关政府信息”的 有几件",
           "unable: not held (text row)"),
        PV("en", "hz24", "a.review.total", "Hongze district 2024, how many admin review (行政复议) cases in total? just need the number",
           "review total (text row)"),
    ]
    # ---- 上海市府办 2025 (no gold: printed rows)
    c += [
        PV("zh", "sh25", "r.received.total", "上海那个市府办 25年 新收申请 一共多少件",
           "received total (text row); text states the same 1295", alt=(SH25_REQ, 1295, "市政府共受理")),
        PV("en", "sh25", "r.received.natural_person",
           "Shanghai General Office 2025 — how many new requests from natural persons (自然人)? thx a lot",
           "received natural persons (text row)"),
        PV("zh", "sh25", "a.review.total", "2025年上海市政府办公厅 行政复议 总计 多少件", "review total (text row)"),
        PV("en", "sh25", "r.unable.not_held.total",
           "shanghai gov office 2025: how many requests did they answer with 'not held by this agency'?",
           "unable: not held (text row)"),
        PV("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年 信访举报头诉类 的申请 有几件",
           "not processed: petitions (text row)"),
        PV("en", "sh25", "r.carried_forward.total",
           "Shanghai General Office, 2025: how many requests were carried over into 2026 to keep working on?",
           "carried forward (text row)"),
        PV("zh", "sh25", "a.litigation_direct.pending", "2025上海市府办 直接起诉的行政诉讼 还没审结的 几件",
           "direct lawsuits pending (text row)"),
        PV("en", "sh25", "r.received.commercial",
           "Shanghai General Office 2025, how many requests did companies (商业企业) send in?",
           "received commercial (text row)"),
        PV("zh", "sh25", "r.not_processed.duplicate.total", "上海市府办二〇二五年 重复申请 有几件", "duplicate (text row)"),
    ]
    # ---- 上海市科委 2024 (no gold: printed rows)
    c += [
        PV("zh", "kw", "c.licensing.decisions", "上海科委24年 行政许科 多少件", "licensing (text row)"),
        PV("en", "kw", "r.received.total", "STCSM 2024 — how many info requests did they receive in total (new ones)?",
           "received total (text row); text states the same 34", alt=(KW_REQ, 34, "全年收到")),
        PV("zh", "kw", "c.normative_docs.in_force", "市科委2024年 规范性文件 现行有效 多少件", "normative in force (text row)"),
        PV("en", "kw", "r.received.commercial",
           "Shanghai science commission (上海科委) 2024, how many requests came from companies (商业企业)? asking for my boss",
           "received commercial (text row)"),
        PV("zh", "kw", "r.total_processed.total", "看了下上海市科委2024年的年报 表里办理结果总计 是多少件来着", "total processed (text row)"),
        PV("en", "kw", "r.granted.total", "STCSM 2024: how many requests were fully disclosed (予以公开)?",
           "granted (text row); text's 同意公开答复 9 件", alt=("同意公开答复 9", 9)),
        PV("zh", "kw", "r.received.natural_person", "上海科委2024年 自然人新提的申请 有多少个", "received natural persons (text row)"),
        PV("en", "kw", "c.punishment.decisions",
           "science & technology commission of Shanghai, 2024 — any 行政处罚 decisions? how many",
           "punishment (text row)"),
    ]
    return c


# =============================================================================== [combine]
W_HA = ["r.withheld.%s.total" % s for s in L.WITHHELD]
W_SH19_NP = ["r.withheld.%s.natural_person" % s for s in L.WITHHELD]
ORG = ["commercial", "research", "public_interest", "legal_services", "other_org"]


def combine():
    c = []
    sm = lambda lang, b, keys, q, note, **kw: S(lang, b, keys, q, tag("combine", note), **kw)  # noqa: E731
    df = lambda lang, b1, b2, keys, q, note, **kw: D(lang, b1, b2, keys, q, tag("combine", note), **kw)  # noqa: E731
    c += [
        sm("zh", "ha", W_HA, "淮安24年 不予公开的 八种情形 加起来一共多少件？", "sum of the 8 withheld sub-items"),
        sm("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "Huaian 2024, all the info-disclosure lawsuits together — direct ones plus after-review ones?",
           "two lawsuit totals; text states 46", alt=(HA_APP, 46)),
        sm("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "沭阳县2025年 复议 加上 两种诉讼 总共多少件案子",
           "review + both lawsuit totals; text's 74 件", alt=(SY_APP, 74)),
        sm("en", "sy", ["r.granted.total", "r.partially_granted.total"],
           "Shuyang 2025: fully + partly disclosed requests, combined number pls",
           "granted + partially granted"),
        sm("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "沭阳 25年 “无法提供”那三小项 合计是多少啊", "sum of the 3 unable sub-items"),
        sm("en", "hz23", ["c.punishment.decisions", "c.coercion.decisions"],
           "hongze 2023 — penalties (行政处罚) and coercive measures (行政强制) added together?",
           "punishment + coercion"),
        sm("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"],
           "上海市府办2019年 自然人的 新收 加上 上年结转 一共多少", "natural persons: received + carried over"),
        sm("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Jianxi 2020, how many review + lawsuit cases all together (行政复议 and both kinds of 行政诉讼)?",
           "three appeals totals"),
        sm("zh", "ha", ["r.received.%s" % o for o in ORG],
           "淮安市政府2024年新收申请里 法人或其他组织（企业 科研 公益 律所 其他）加一块是多少",
           "received from the five organisation columns"),
        sm("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "Shanghai General Office 2025: petition-type requests plus repeat requests, how many together?",
           "petition + duplicate (text rows)"),
        sm("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "2025年上海市府办 不掌握的 和 需要另行制作的 两项加起来 多少件", "not held + needs creation (text rows)"),
        sm("en", "kw", ["r.received.total", "r.carried_over.total"],
           "STCSM 2024 - new requests plus the ones carried over from 2023, how many in all?",
           "received + carried over (text rows)"),
        sm("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
           "洪泽区2024年 行政处罚和行政强制 决定数 合起来多少", "punishment + coercion (text rows)"),
        sm("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "for Shuyang 2025 can u add up the three 其他处理 sub-rows for me", "sum of the 3 other sub-items"),
        sm("zh", "ha", ["c.regulations.issued", "c.normative_docs.issued"],
           "淮安2024年 规章 和 行政规范性文件 本年制发的 加一起几件", "regulations issued + normative issued"),
        sm("en", "sh19", W_SH19_NP,
           "Shanghai General Office 2019 — all 8 不予公开 reasons, natural-person column only, summed up?",
           "8 withheld sub-items, natural persons (row totals printed blank)"),
    ]
    c += [
        df("zh", "hz23", "hz24", "c.licensing.decisions",
           "洪泽区 行政许可决定数 2024年比2023年 变化了多少？", "Hongze licensing 2023->2024"),
        df("en", "hz23", "hz24", "c.punishment.decisions",
           "Hongze district: change in 行政处罚 decisions from 2023 to 2024? (2024 minus 2023)",
           "Hongze punishment 2023->2024"),
        df("zh", "hz23", "hz24", "c.normative_docs.in_force",
           "洪泽 现行有效的行政规范性文件 24年比23年 多了还是少了 差几件", "Hongze normative in force 2023->2024"),
        df("en", "hz23", "hz24", "c.fees.amount",
           "How did Hongze's administrative fee income (万元) move between 2023 and 2024?",
           "Hongze fees 2023->2024", unit="万元"),
        df("zh", "hz23", "hz24", "r.unable.not_held.total",
           "洪泽区政府 答复“本机关不掌握”的件数 2023年到2024年 增加了多少", "Hongze not held 2023->2024"),
        df("en", "sh19", "sh25", "r.received.total",
           "Shanghai General Office: new requests in 2025 vs 2019 — what's the difference?",
           "Shanghai GO received 2019->2025"),
        df("zh", "sh19", "sh25", "r.carried_forward.total",
           "上海市府办 结转到下一年继续办的申请 2025年比2019年多了多少件", "Shanghai GO carried forward 2019->2025"),
        df("en", "sh19", "sh25", "a.review.total",
           "admin reviews (行政复议) against Shanghai General Office — 2019 vs 2025, how much did the number change?",
           "Shanghai GO review total 2019->2025"),
        df("zh", "sh19", "sh25", "r.received.natural_person",
           "上海市政府办公厅 自然人新收申请 从19年到25年 涨了多少", "Shanghai GO received natural persons 2019->2025"),
        df("en", "sh19", "sh25", "a.litigation_direct.total",
           "Shanghai General Office lawsuits filed directly w/o review: 2025 number minus 2019 number?",
           "Shanghai GO direct lawsuits 2019->2025"),
    ]
    return c


# =============================================================================== [rank]
def rank():
    rk = lambda lang, bodies, keys, order, q, note: R(lang, bodies, keys, order, q, tag("rank", note))  # noqa: E731
    return [
        rk("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
           "淮安市政府2024年、沭阳县2025年、上海市府办2019年 这三家 谁新收的申请最多",
           "received total, desc"),
        rk("en", ["jx", "sy", "sh19", "hz23"], "r.carried_forward.total", "asc",
           "Among Jianxi (2020), Shuyang (2025), Shanghai General Office (2019) and Hongze (2023), which one carried "
           "the fewest requests over into the following year?", "carried forward, asc"),
        rk("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
           "行政许可决定数 淮安24年 沭阳25年 洪泽23年 哪个最多？", "licensing, desc"),
        rk("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc",
           "Which had the least admin reviews (行政复议): Huai'an 2024, Shuyang 2025, Shanghai Gen Office 2019 or Jianxi 2020?",
           "review total, asc"),
        rk("zh", ["sh19", "sy", "hz23"], "r.unable.not_held.natural_person", "desc",
           "自然人申请被答复“本机关不掌握”的 上海市府办19年 沭阳25年 洪泽23年 谁家最多",
           "not held, natural persons, desc"),
        rk("en", ["sh19", "sy", "jx"], "a.litigation_direct.total", "desc",
           "direct lawsuits (未经复议直接起诉): Shanghai General Office 2019 vs Shuyang 2025 vs Jianxi 2020 — who had the most?",
           "direct lawsuits, desc"),
        rk("zh", ["ha", "sh19", "sy"], "r.received.commercial", "desc",
           "企业（商业企业）新提的申请，淮安2024、上海市府办2019、沭阳2025 哪家最多呢", "received commercial, desc"),
        rk("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
           "Normative docs still in force (现行有效): Huaian 2024, Hongze 2023, Shuyang 2025 — which is lowest?",
           "normative in force, asc"),
        rk("zh", ["hz23", "sy", "ha"], "c.coercion.decisions", "asc",
           "洪泽区23年、沭阳县25年、淮安市24年 行政强制决定 哪个最少", "coercion, asc"),
        rk("en", ["ha", "sh19", "sy", "hz23"], "r.not_processed.petition.natural_person", "desc",
           "petition/complaint type requests from individuals: Huai'an 2024, Shanghai General Office 2019, Shuyang 2025, "
           "Hongze 2023. which one has the highest?", "petition, natural persons, desc"),
        rk("zh", ["sy", "hz23", "sh19", "jx"], "a.review.upheld", "desc",
           "行政复议结果维持的件数：沭阳2025 洪泽2023 上海市府办2019 涧西2020，排第一的是谁？", "review upheld, desc"),
        C("ranking", "en", [("admin fee amount (行政事业性收费, 万元): Huaian 2024 / Hongze 2023 / Shuyang 2025 — smallest one?",
                             ER(["ha", "hz23", "sy"], "c.fees.amount", "asc", unit="万元"))],
          tag("rank", "fees, asc")),
        rk("zh", ["ha", "sy", "hz23", "sh19"], "r.partially_granted.natural_person", "desc",
           "自然人申请里部分公开的，淮安24年、沭阳25年、洪泽23年、上海市府办19年 四家比 哪家最多", "partially granted, natural persons, desc"),
    ]


# =============================================================================== [followup]
NOT_HELD_YEAR = "the corpus holds no report of this body for that year"


def followup():
    fu = lambda lang, turns, note: F(lang, turns, tag("followup", note))  # noqa: E731
    return [
        fu("zh", [("淮安24年一共收到多少信息公开申请？新收的", E("ha", "r.received.total", alt=(HA_REQ, 3119))),
                  ("那23年的呢", EU(NOT_HELD_YEAR + " (淮安市政府 2023)"))],
           "switch year to one not held"),
        fu("en", [("Hongze 2023, licensing decisions (行政许可) count?", E("hz23", "c.licensing.decisions")),
                  ("ok, the 2024 number then?", E("hz24", "c.licensing.decisions"))], "switch year (2024 from the printed row)"),
        fu("zh", [("上海市府办19年收了多少申请啊 新收的", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                  ("那换25年 是多少？？", E("sh25", "r.received.total", alt=(SH25_REQ, 1295, "市政府共受理")))], "switch year"),
        fu("en", [("Shuyang County 2025 — how many requests were fully disclosed?", E("sy", "r.granted.total")),
                  ("partly disclosed?", E("sy", "r.partially_granted.total")),
                  ("and the 'agency doesn't hold it' ones", E("sy", "r.unable.not_held.total"))],
           "switch row twice"),
        fu("zh", [("洪泽区2023年行政处罚决定多少个", E("hz23", "c.punishment.decisions")),
                  ("24年的又是多少 对比一下", E("hz24", "c.punishment.decisions"))], "switch year"),
        fu("en", [("how many admin reviews (行政复议) did Huai'an city have in 2024 about info disclosure?",
                   E("ha", "a.review.total", alt=(HA_APP, 351))),
                  ("how many of those were upheld", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                  ("ok and lawsuits that skipped review, total?", E("ha", "a.litigation_direct.total"))],
           "switch column then group"),
        fu("zh", [("上海科委2024年 新收的申请多少件", E("kw", "r.received.total", alt=(KW_REQ, 34, "全年收到"))),
                  ("其中企业申请的几件", E("kw", "r.received.commercial"))], "switch column"),
        fu("en", [("Shanghai General Office 2019: requests pushed on to the next year, how many?",
                   E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                  ("same thing for 2025 pls", E("sh25", "r.carried_forward.total"))], "switch year"),
        fu("zh", [("涧西区政府办2020年予以公开多少件", E("jx", "r.granted.total")),
                  ("那不掌握信息的呢", E("jx", "r.unable.not_held.total"))], "switch row"),
        fu("en", [("Hongze 2023 — normative documents currently in force?", E("hz23", "c.normative_docs.in_force")),
                  ("did it change by 2024? give me the 2024 count", E("hz24", "c.normative_docs.in_force"))], "switch year"),
        fu("zh", [("沭阳县2025年 行政复议 多少件", E("sy", "a.review.total")),
                  ("复议以后又去起诉的呢", E("sy", "a.litigation_after_review.total")),
                  ("直接去法院告的 几件", E("sy", "a.litigation_direct.total"))], "switch appeals group twice"),
        fu("en", [("Huaian 2024 administrative fees collected, 万元?", E("ha", "c.fees.amount", unit="万元")),
                  ("and Shuyang for 2025?", E("sy", "c.fees.amount", unit="万元"))], "switch body and year"),
        fu("zh", [("上海市府办25年 答复本机关不掌握的 多少件", E("sh25", "r.unable.not_held.total")),
                  ("需要另行制作的又有几件", E("sh25", "r.unable.needs_creation.total"))], "switch row (text rows)"),
        fu("en", [("Hongze District 2024, how many coercive measure decisions (行政强制)?", E("hz24", "c.coercion.decisions")),
                  ("compare: what was it in 2023", E("hz23", "c.coercion.decisions"))], "switch year backwards"),
        fu("zh", [("淮安市政府2024年 行政规范性文件 本年制发几件", E("ha", "c.normative_docs.issued")),
                  ("废止了多少", E("ha", "c.normative_docs.repealed")),
                  ("那现行有效的呢", E("ha", "c.normative_docs.in_force"))], "switch column twice"),
        fu("en", [("shuyang 2025 new requests from individuals, not incl. carried-over ones?",
                   E("sy", "r.received.natural_person")),
                  ("and from law firms / legal service orgs?", E("sy", "r.received.legal_services"))],
           "switch column"),
        fu("zh", [("上海市府办2019年 信息公开类行政复议 几件", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
                  ("诉讼呢（直接起诉的）", E("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9)))],
           "switch appeals group"),
        fu("en", [("STCSM 2024 — how many new normative documents (规范性文件) were issued?",
                   E("kw", "c.normative_docs.issued")),
                  ("and how many in force at the end?", E("kw", "c.normative_docs.in_force"))], "switch column (text rows)"),
        fu("zh", [("洪泽区23年 本机关不掌握的 答复了几件", E("hz23", "r.unable.not_held.total")),
                  ("到了24年 这个数变成多少了", E("hz24", "r.unable.not_held.total"))], "switch year"),
        fu("en", [("Jianxi 2020 — number of 行政复议 cases?", E("jx", "a.review.total")),
                  ("lawsuits filed directly?", E("jx", "a.litigation_direct.total")),
                  ("and after review?", E("jx", "a.litigation_after_review.total"))], "switch appeals group twice"),
        fu("zh", [("淮安2024年 属于四类过程性信息不公开的 多少件", E("ha", "r.withheld.process_info.total")),
                  ("三类内部事务信息的呢", E("ha", "r.withheld.internal_affairs.total"))], "switch row"),
        fu("en", [("Shanghai General Office 2025 — admin reviews, total?", E("sh25", "a.review.total")),
                  ("how many of them not concluded yet (尚未审结)?", E("sh25", "a.review.pending"))], "switch column (text rows)"),
        fu("zh", [("沭阳2025年 上年结转过来的申请 多少件", E("sy", "r.carried_over.total")),
                  ("结转到下一年的呢", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "switch row"),
        fu("en", [("Hongze 2024: requests fully granted, per the table?", E("hz24", "r.granted.total")),
                  ("and in 2023?", E("hz23", "r.granted.total"))], "switch year backwards"),
        fu("zh", [("淮安市24年 行政许可 多少件决定", E("ha", "c.licensing.decisions")),
                  ("沭阳县25年的 也帮我看下", E("sy", "c.licensing.decisions"))], "switch body and year"),
        fu("en", [("Shanghai General Office, 2019 — how many normative docs (规范性文件) newly published that year?",
                   E("sh19", "c.normative_docs.published", alt=(SH19_ACT, 60, "2019年，通过"))),
                  ("and regulations (规章) newly published?", E("sh19", "c.regulations.published", alt=(SH19_ACT, 13, "2019年，通过")))],
           "switch row"),
        fu("zh", [("沭阳县2025年 行政查询事项 不予公开的 几件", E("sy", "r.withheld.admin_query.total")),
                  ("淮安市24年 这一项 几件", E("ha", "r.withheld.admin_query.total"))], "switch body and year"),
        fu("en", [("Huai'an 2024 — businesses' requests (商业企业) that were fully disclosed?", E("ha", "r.granted.commercial")),
                  ("and for law firms (法律服务机构)?", E("ha", "r.granted.legal_services"))], "switch column"),
        fu("zh", [("上海市府办2019年 自然人新收申请 多少", E("sh19", "r.received.natural_person")),
                  ("二〇二五年的呢", E("sh25", "r.received.natural_person"))], "switch year"),
        fu("en", [("Hongze 2023: admin reviews where the result was corrected (纠正)?", E("hz23", "a.review.corrected")),
                  ("and upheld ones?", E("hz23", "a.review.upheld"))], "switch column (printed review total avoided)"),
        fu("zh", [("上海科委24年 上年结转的申请 几件", E("kw", "r.carried_over.total", alt=(KW_REQ, 2, "全年收到"))),
                  ("办理结果总计呢", E("kw", "r.total_processed.total"))], "switch row (text rows)"),
        fu("en", [("Shuyang 2025, 行政处罚 decisions?", E("sy", "c.punishment.decisions")),
                  ("and 行政强制?", E("sy", "c.coercion.decisions"))], "switch row"),
        fu("zh", [("淮安市2024年 结转到下年度继续办的申请 有几件", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
                  ("沭阳县2025年 同一项呢", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))],
           "switch body and year"),
        fu("en", [("Shanghai General Office 2025: fully disclosed requests (予以公开), total?", E("sh25", "r.granted.total")),
                  ("how many of the new ones came from companies?", E("sh25", "r.received.commercial"))],
           "switch row and column (text rows)"),
        fu("zh", [("涧西区2020年 政府集中采购 项目几个", E("jx", "c.procurement.projects")),
                  ("总金额多少万元", E("jx", "c.procurement.amount", unit="万元"))], "switch column"),
        fu("en", [("Hongze District fee income 2023 (行政事业性收费, 万元)?", E("hz23", "c.fees.amount", unit="万元")),
                  ("2024 figure?", E("hz24", "c.fees.amount", unit="万元"))], "switch year"),
        fu("zh", [("沭阳25年 三类内部事务信息 不公开的 多少", E("sy", "r.withheld.internal_affairs.total")),
                  ("四类过程性信息的呢", E("sy", "r.withheld.process_info.total")),
                  ("那洪泽2022年的过程性信息呢", EU(NOT_HELD_YEAR + " (洪泽区 2022)"))],
           "switch row, then a year not held"),
        fu("en", [("Shanghai General Office 2019 — total requests handled (办理结果总计)?",
                   E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
                  ("same for 2025", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191, "市政府共受理")))], "switch year"),
        fu("zh", [("洪泽区2024年 行政许可决定 多少个", E("hz24", "c.licensing.decisions")),
                  ("行政处罚的呢", E("hz24", "c.punishment.decisions"))], "switch row (text rows)"),
    ]


# =============================================================================== [textonly]
def textonly():
    nn = lambda lang, b, kw_, v, unit, q, note, frm=None: N(lang, b, kw_, v, unit, q, tag("textonly", note), frm=frm)  # noqa: E731
    return [
        # 淮安市政府 2024
        nn("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年 开了几场新闻发布会啊", "press conferences"),
        nn("en", "ha", "政务新媒体共计 95", 95, "个",
           "How many government new-media accounts (政务新媒体) was Huaian running per its 2024 report?", "new-media accounts"),
        nn("zh", "ha", "《淮安市人民政府公报》6 期", 6, "期", "淮安24年 市政府公报 出了几期？", "gazette issues"),
        nn("en", "ha", "信息处理费 3940", 3940, "元",
           "my friend says Huai'an charged people for info requests in 2024. how much processing fee in total, in yuan?",
           "processing fee in 元", frm="2024 年，市政府严格"),
        nn("zh", "ha", "全年组织 4 次", 4, "次", "淮安市2024年 政府信息公开栏目全覆盖检查 搞了几次", "full coverage checks"),
        nn("en", "ha", "政策解读21 个", 21, "个",
           "In Huaian's 2024 report, how many policy interpretations (政策解读) did they produce?", "policy interpretations"),
        # 沭阳县政府 2025
        nn("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府门户网站 2025年 主动公开了多少条信息", "portal items"),
        nn("en", "sy", "年度涌现爆款内容52", 52, "条",
           "heard Shuyang's gov videos went viral in 2025 lol. how many 'hit' posts (爆款) did the report count?", "viral posts"),
        nn("zh", "sy", "催办提示 84", 84, "次", "沭阳2025年那个倒计时报警器 一年发了多少次催办提示？", "reminders"),
        nn("en", "sy", "累计清理过期信息697", 697, "条",
           "Shuyang 2025: how many outdated info items did they clean up from the website? (for a class presentation)", "outdated items cleaned"),
        nn("zh", "sy", "失效链接43", 43, "处", "沭阳县25年整改了多少处失效链接", "broken links fixed"),
        nn("en", "sy", "推送系列原创短视频1113", 1113, "个",
           "how many original short videos did Shuyang county push out in 2025?", "short videos"),
        nn("zh", "sy", "累计开展办前主动沟通 49", 49, "次",
           "听说沭阳办申请前会主动跟申请人沟通，2025年一共沟通了多少次", "pre-handling consultations"),
        nn("en", "sy", "完成全县64家单位", 64, "家",
           "Shuyang 2025 — annual reports of how many units were published together in one go?", "units' annual reports"),
        nn("zh", "sy", "收取信息处理费共计380", 380, "元", "沭阳县2025年 一共收了多少信息处理费？按元说就行 谢谢", "processing fee in 元"),
        nn("en", "sy", "开展意见征集9", 9, "期",
           "Shuyang County 2025, how many rounds of public opinion solicitation (意见征集) via the portal?", "opinion solicitations"),
        # 洪泽区政府 2023 / 2024
        nn("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区23年 在政府网站主动公开了多少条信息", "portal items"),
        nn("en", "hz24", "主动发布各类政府信息 2428", 2428, "条",
           "In Hongze's 2024 disclosure report, how many pieces of gov info were posted on the website?", "portal items"),
        nn("zh", "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年 公开了几期政府常务会议", "executive meetings published"),
        nn("en", "hz24", "区政府办代表区政府受理政府", 17, "件",
           "Hongze 2024 — the report text says the district office accepted requests on behalf of the district "
           "government. what number does that sentence give?", "text's 受理 17 (the table prints 95); asked as the sentence"),
        # 涧西区政府办 2020
        nn("zh", "jx", "21个领域601项事项", 601, "项", "涧西区2020年 梳理细化了多少项事项？", "items sorted out",
           frm="梳理细化"),
        nn("en", "jx", "26个试点领域标准指引", 26, "个",
           "Jianxi 2020: how many pilot areas (试点领域) were they standardising?", "pilot areas",
           frm="对照省、市"),
        # 上海市科委 2024
        nn("zh", "kw", "关注人数达 1016823", 1016823, "人", "市科委的“上海科技”公众号 24年 关注人数多少啊", "followers"),
        nn("en", "kw", "直播 118", 118, "场", "STCSM 2024 — how many live streams did they do on the video channel?",
           "live streams"),
        nn("zh", "kw", "批量推送集成式发布政策 121", 121, "条", "市科委2024年 批量推送集成式发布政策 多少条", "integrated policy releases"),
        nn("en", "kw", "主合办人大代表建议 50", 50, "件",
           "Shanghai science commission 2024: how many NPC deputies' suggestions (人大代表建议) did it handle as lead or co-handler?",
           "deputies' suggestions", frm="及主合办"),
        nn("zh", "kw", "其中原创文章 294", 294, "篇", "上海科委24年公众号原创文章 几篇", "original articles"),
        # 上海市府办 2025
        nn("en", "sh25", "召开市政府新闻发布会 42", 42, "场",
           "Shanghai gov general office 2025 - how many press conferences by the city government?", "press conferences"),
        nn("zh", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "上海市府办2025年 编了几期市政府公报", "gazette issues"),
        nn("en", "sh25", "含申请人主动撤回 157", 157, "件",
           "Shanghai General Office 2025: how many applicants withdrew their request themselves?", "withdrawn requests"),
        nn("zh", "sh25", "已覆盖 10 个语种", 10, "个", "上海市府办25年的年报里说 上海国际服务门户 覆盖了几个语种？", "languages"),
        nn("en", "sh25", "人事任免文件 196", 196, "件",
           "How many personnel appointment documents (人事任免文件) did Shanghai General Office publish in 2025?",
           "appointment documents", frm="全年主动公开"),
        nn("zh", "sh25", "公文公开属性审查 166", 166, "件", "上海市府办25年 公文公开属性审查 做了多少件", "disclosure-attribute reviews", frm="全年完成"),
        # 上海市府办 2019
        nn("en", "sh19", "发布政策解读共132", 132, "件",
           "Shanghai General Office 2019 — how many policy interpretations did it put on the 'China Shanghai' portal?",
           "policy interpretations"),
        nn("zh", "sh19", "权威发布共计38", 38, "次", "上海市府办19年报告 市政府常务会议的重要议题 权威发布了几次？", "executive-meeting releases"),
        nn("en", "sh19", "70家政府网站", 70, "家",
           "Shanghai 2019 general office report: how many gov websites got checked every quarter?", "websites checked"),
        nn("zh", "sh19", "人事任免文件141", 141, "件", "上海市府办2019年 主动公开的人事任免文件 多少件", "appointment documents",
           frm="2019年，通过"),
        nn("en", "sh19", "统一受理平台接入53个部门2261", 2261, "项",
           "In 2019 the Shanghai 'one-stop' (一网通办) platform connected how many service items, per the general office report?",
           "service items"),
        nn("zh", "sh19", "刊登政府规章、规范性文件等112", 112, "件",
           "上海市府办2019年那份年报里，公报刊登政府规章、规范性文件等一共多少件？", "gazette: regulations and normative docs printed"),
    ]


# =============================================================================== [cannot]
def cannot():
    u = lambda lang, q, why: U(lang, q, why, tag("cannot", "not in the corpus"))  # noqa: E731
    return [
        u("zh", "做社会调查的学生一枚～ 淮安2024年申请信息公开的人里 男的女的 各多少？", "the report gives no breakdown by sex"),
        u("en", "Huaian 2024: on average how many days did it take them to answer a request?",
          "no response times are reported"),
        u("zh", "洪泽区2022年新收了多少信息公开申请", "no 2022 report of 洪泽区 is held"),
        u("en", "Shuyang county 2024 report — how many requests were fully disclosed?", "no 2024 report of 沭阳县 is held"),
        u("zh", "上海科委23年 行政许可 多少件", "no 2023 report of 上海市科委 is held"),
        u("en", "Jianxi district 2021, how many applications did they get?", "no 2021 report of 涧西区 is held"),
        u("zh", "上海市府办2022年 新收申请多少件？", "no 2022 report of 上海市政府办公厅 is held"),
        u("en", "How many disclosure requests did Nanjing city government receive in 2024?", "南京市 is not in the corpus"),
        u("zh", "宿迁市政府2025年 予以公开的有几件", "宿迁市 is not in the corpus"),
        u("en", "Pudong New Area 2024 — number of admin reviews about info disclosure?", "浦东新区 is not in the corpus"),
        u("zh", "清江浦区2024年 行政处罚决定多少个", "清江浦区 is not in the corpus"),
        u("en", "how many staff does Huai'an city have working on info disclosure in 2024?",
          "the report names staffing problems but gives no number"),
        u("zh", "沭阳县2025年 哪个月收到的申请最多？", "no monthly breakdown is reported"),
        u("en", "Shanghai General Office 2025: which topic did people ask about the most in their requests?",
          "no topics of requests are reported"),
        u("zh", "淮安2024年 各个县区 分别收了多少申请", "no breakdown by county/district is reported"),
        u("en", "STCSM 2024 — what's the age distribution of people who filed requests?", "no age breakdown is reported"),
        u("zh", "洪泽2023年搞信息公开工作 一共花了多少经费", "no costs of the disclosure work are reported"),
        u("en", "can you predict how many requests Huaian will get in 2025?", "forecast; the corpus has no such figure"),
        u("zh", "你觉得沭阳县政府2025年信息公开做得好不好？", "opinion, not a fact in the reports"),
        u("en", "pls give me the name and phone number of the person who filed requests to Jianxi in 2020",
          "personal data of applicants is not in the reports"),
        u("zh", "上海市府办2019年 依申请 用信函寄过去的 有几件", "no breakdown by channel is reported"),
        u("en", "Hongze 2024 — why did the number of requests go up so much compared with 2023?",
          "the report states no reasons for its request numbers"),
        u("zh", "淮安2024年 行政复议纠正的那64件 具体涉及哪些部门", "no department breakdown of review cases is reported"),
        u("en", "Shuyang 2025: how many requests came from people living outside the county?",
          "no breakdown by residence is reported"),
        u("zh", "涧西2020年 申请人 多大年纪的多", "no age breakdown is reported"),
        u("en", "Shanghai General Office 2019, how many requests came in during the second quarter?",
          "no quarterly breakdown is reported"),
        u("zh", "淮阴区2024年信息公开年报 收了几件申请", "淮阴区 is not in the corpus"),
        u("en", "Huai'an 2023 admin fee income (行政事业性收费)?", "no 2023 report of 淮安市 is held"),
        u("zh", "沭阳2025年 政府平均几天给答复", "no response times are reported"),
        u("en", "which industries are the companies that sent requests to STCSM in 2024 from?",
          "no industry breakdown is reported"),
        u("zh", "洪泽区2024年 各个乡镇 分别公开了多少条信息", "no township breakdown is reported"),
        u("en", "how many people work at the Shanghai General Office disclosure team in 2025?",
          "no staff numbers are reported"),
        u("zh", "上海市府办2026年 大概会收到多少申请", "forecast; the corpus has no such figure"),
        u("en", "Hongze 2023: how many of the applicants were women?", "no breakdown by sex is reported"),
        u("zh", "淮安市政府2024年收的那3940元处理费 是哪几个申请人交的", "names of fee payers are not reported"),
        u("en", "Jianxi 2020 — how many days did the 2 unfinished requests take in the end?",
          "no handling times are reported"),
        u("zh", "杭州市2024年 政府信息公开申请 多少件", "杭州市 is not in the corpus"),
        u("en", "Shanghai Science Commission 2024, which internal division got the most requests?",
          "no division breakdown is reported"),
        u("zh", "沭阳2025年申请公开的那些企业 都是做什么行业的", "no industry breakdown is reported"),
    ]


# =============================================================================== [neighbour]
def neighbour():
    tr = lambda lang, b, keys, q, note, **kw: T(lang, b, keys, q, tag("neighbour", note), **kw)  # noqa: E731
    return [
        tr("zh", "ha", "r.carried_forward.total", "淮安24年 没办完、顺延到下一年去答复的申请 几件",
           "carried forward 103, not carried over 34", alt=(HA_REQ, 103)),
        tr("en", "ha", "a.litigation_after_review.total",
           "Huaian 2024: lawsuits filed AFTER going through admin review first — total?",
           "after-review 20, not direct 26"),
        tr("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年 行政规范性文件 废止了多少件（不是制发的）",
           "repealed 26, not issued 8 / in force 66"),
        tr("en", "sy", "r.unable.needs_creation.total",
           "Shuyang 2025 — requests where info doesn't exist ready-made and would need to be produced (另行制作)?",
           "needs creation 2, not not-held 111"),
        tr("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年 规范性文件 对外公开总数量 是多少",
           "total published 368, not made 60"),
        tr("en", "jx", "c.procurement.projects",
           "Jianxi 2020 centralised procurement — the NUMBER of projects, not the money",
           "projects 8, not amount 28.6232"),
        tr("zh", "sy", "r.withheld.process_info.total", "沭阳2025年 属于四类过程性信息 不予公开的 有几件",
           "process info 2, not internal affairs 13"),
        tr("en", "ha", "r.partially_granted.total",
           "Huai'an 2024: requests only PARTLY disclosed (部分公开) — not the fully disclosed ones",
           "partially granted 454, not granted 1362"),
        tr("zh", "ha", "r.received.legal_services", "淮安2024年新收申请里 法律服务机构 提的 有几件（别算商业企业）",
           "legal services 61, not commercial 53"),
        tr("en", "sy", "a.review.other",
           "Shuyang 2025 admin reviews with 'other result' (其他结果) — how many? not the corrected ones",
           "review other 9, not corrected 10"),
        tr("zh", "kw", "c.normative_docs.issued", "上海市科委2024年 规范性文件 本年制发的 是几件（不是现行有效数）",
           "issued 13, not in force 55 (text row)"),
        tr("en", "sh25", "r.carried_over.total",
           "Shanghai General Office 2025: requests carried over FROM 2024 into 2025 (上年结转)?",
           "carried over 189, not carried forward 293 (text row)", alt=(SH25_REQ, 189, "市政府共受理")),
        tr("zh", "sy", "a.litigation_direct.total", "沭阳县2025年 没经过复议 直接起诉的 行政诉讼 几件",
           "direct 3, not after-review 10"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
