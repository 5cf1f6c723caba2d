"""Question bank of the 23rd blind evaluation set (evals/blind23).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every wording here was written from scratch for this set. The bank names only bodies, keys,
keywords and wordings; every number in an `expect` is computed by helpers23 (gold JSON,
printed text cells, or sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib23 as L  # noqa: E402
from helpers23 import E, EN, EU, ED, C, V, T, S, N, U, D, R, F, cols  # noqa: E402,F401

# Printed cells of the three reports without gold: exactly the cells blind6 (and blind5) verified
# (same specs as evals/blind6/text_cells.json), nothing new.
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

TAG = {"value": "[plain]", "sum": "[combine]", "difference": "[combine]", "ranking": "[rank]",
       "followup": "[followup]", "narrative": "[textonly]", "unanswerable": "[cannot]",
       "trap": "[neighbour]"}

# text sentences stating the same number as a table cell (keyword picks the sentence)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "政府信息公开行政复议 351件"
HA_REG = "全年新增公开市政府规章"
SY_REQ = "全县全年共受理政府信息公开申请"
SY_APP = "全县共办理相关案件"
HZ_REQ = "全区受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开17件"
SH19_REQ = "共受理政府信息公开申请859件"
SH19_ACT = "主动公开规章13件"
SH19_APP = "信息公开类行政复议7件"
SH25_REQ = "市政府共受理政府信息公开申请"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "所有办结的信息公开申请中同意公开答复"
WAN = "万元"


def plain():
    z, e = "zh", "en"
    return [
        # ---- zh
        V(z, "ha", "r.received.total", "我在写论文，要引用淮安市人民政府2024年度报告里本年新收的申请总数，是多少件", alt=(HA_REQ, 3119)),
        V(z, "ha", "r.granted.total", "淮安24年依申请公开 直接给公开了的一共多少件"),
        V(z, "ha", "r.unable.not_held.total", "12345这边有个来电，问淮安市政府2024年答复说“本机关不掌握”的申请有几件，麻烦查一下"),
        V(z, "ha", "r.withheld.admin_query.total", "老师让我们分析年报表格 三、本年度办理结果（三）不予公开 第8项“属于行政查询事项”，淮安市2024年总计那格是几"),
        V(z, "ha", "r.other.overdue_correction.total", "申请人逾期不补正、政府就不再处理的那种，淮安市2024年有几件"),
        V(z, "ha", "c.fees.amount", "淮安市政府2024年行政事业性收费收了多少钱 万元为单位", unit=WAN),
        V(z, "ha", "c.coercion.decisions", "二〇二四年淮安市行政强制的处理决定数量"),
        V(z, "ha", "c.regulations.in_force", "做稿子用：按淮安市2024年的年报，现行有效的市政府规章是几件？"),
        V(z, "ha", "a.review.corrected", "淮安2024年信息公开的行政复议里 被纠正的有几起", alt=(HA_APP, 64)),
        V(z, "ha", "r.partially_granted.natural_person", "淮安市2024年 自然人申请里部分公开的多少件 急"),
        V(z, "ha", "r.received.legal_services", "我是律所的，想知道2024年我们这类法律服务机构一共向淮安市政府新提了多少件信息公开申请"),
        V(z, "ha", "a.litigation_direct.upheld", "淮安市2024年没经过复议直接去法院告的案子里，判维持的几件"),
        V(z, "sy", "r.received.total", "我2024年底帮我妈给沭阳县政府写过一份申请，一直没弄明白流程。想问下2025年沭阳县政府表里本年新收的申请是多少件（不算上年结转过来的）"),
        V(z, "sy", "r.granted.total", "沭阳2025年予以公开的总共几件啊 手机上看表格看不清"),
        V(z, "sy", "r.unable.not_held.total", "沭阳县25年 回复说自己手里没有这条信息的申请有多少"),
        V(z, "sy", "r.other.other.total", "沭阳县政府2025年报，表三“其他处理”下面第3小项“其他”，总计那一列是多少"),
        V(z, "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额多少万 收费这块", unit=WAN),
        V(z, "sy", "c.licensing.decisions", "我在核对沭阳县2025年报表二 第二十条第（五）项 行政许可 本年处理决定数量，这格填的多少"),
        V(z, "sy", "a.review.total", "沭阳县政府2025年因为信息公开被申请行政复议一共多少件（只算复议，不算诉讼）"),
        V(z, "sy", "r.carried_forward.total", "沭阳县2025年没办完、结转到下一年的申请有几件", alt=(SY_REQ, 31)),
        V(z, "sy", "r.received.legal_person", "2025年沭阳县收到的新申请里，企业和其他组织（不是个人）提的一共几件？", alt=(SY_REQ, 8)),
        V(z, "sy", "r.not_processed.duplicate.total", "沭阳2025 同一个人重复申请、政府就不处理了的 有几件"),
        V(z, "hz23", "r.received.total", "洪泽区2023年收到信息公开申请多少件啊", alt=(HZ_REQ, 21)),
        V(z, "hz23", "c.punishment.decisions", "洪泽2023年行政处罚决定做了多少 谢谢"),
        V(z, "hz23", "r.unable.needs_creation.total", "2023年洪泽区政府 因为没有现成信息、得另外制作才答不了的申请 有几件"),
        V(z, "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额是多少", unit=WAN),
        V(z, "hz23", "a.review.upheld", "有人跟我说洪泽区2023年信息公开的复议全被维持了，到底维持了几件？"),
        V(z, "hz24", "c.licensing.decisions", "我们单位在做洪泽区2024年的数据汇总 行政许可 本年处理决定数量是多少来着"),
        V(z, "hz24", "r.granted.total", "24年洪泽区依申请公开表格里予以公开多少件"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽区2024年“本机关不掌握相关政府信息”这一行的总计"),
        V(z, "hz24", "a.review.total", "洪泽区2024年因为信息公开的事被人申请行政复议 有几次"),
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到了多少件依申请公开", alt=(JX_REQ, 17)),
        V(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额 单位万元", unit=WAN),
        V(z, "jx", "r.granted.total", "涧西区政府办公室二〇二〇年予以公开几件"),
        V(z, "jx", "r.carried_forward.total", "涧西2020年有几件申请没办完 结转到下一年继续办", alt=(JX_REQ, 2)),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少信息公开申请", alt=(SH19_REQ, 859)),
        V(z, "sh19", "c.regulations.total_published", "上海市府办2019年报 表二 规章那行 对外公开总数量 填的几"),
        V(z, "sh19", "r.unable.not_held.natural_person", "上海市政府办公厅2019年，个人申请里回复本机关不掌握的有多少"),
        V(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购 搞了几个项目"),
        V(z, "sh19", "r.carried_forward.total", "2019年上海市政府办公厅顺延到下年度答复的申请多少件", alt=(SH19_REQ, 72)),
        V(z, "sh25", "r.received.total", "上海市府办2025年新收申请多少 in total", alt=(SH25_REQ, 1295)),
        V(z, "sh25", "r.unable.not_held.total", "记者问一下：2025年上海市政府办公厅以“本机关不掌握”为由答复的申请，表格总计是多少？"),
        V(z, "sh25", "a.review.total", "帮我看下上海市政府办公厅2025年行政复议总计多少件"),
        V(z, "kw", "r.received.total", "上海科委2024年收到多少信息公开申请？我准备也去申请一个", alt=(KW_REQ, 34)),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现在还有效的规范性文件 一共几件呀"),
        V(z, "kw", "c.licensing.decisions", "12345转来一个问题：上海市科学技术委员会2024年一年做了多少个行政许可决定"),
        # ---- en
        V(e, "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city government actually close out in 2024?", alt=(HA_REQ, 3050)),
        V(e, "ha", "r.carried_over.total", "Huaian 2024 requests carried over from the previous year (上年结转) - how many?", alt=(HA_REQ, 34)),
        V(e, "ha", "c.normative_docs.in_force", "how many normative docs are currently in force for huaian per the 2024 report"),
        V(e, "ha", "c.punishment.decisions", "Journalist here, fact-checking a piece: number of administrative penalty decisions, Huai'an, FY2024?"),
        V(e, "ha", "r.withheld.process_info.total", "In 2024 how many Huaian requests got refused because the info was process information (过程性信息)?"),
        V(e, "ha", "r.not_processed.petition.total", "Huai'an 2024: requests treated as complaints/petitions and therefore not processed — count?"),
        V(e, "ha", "a.review.pending", "For Huai'an in 2024, how many administrative reconsideration cases were still not concluded at year end?", alt=(HA_APP, 37)),
        V(e, "ha", "a.litigation_after_review.total", "Huaian 2024, lawsuits filed after an administrative review first — total number?"),
        V(e, "ha", "r.granted.commercial", "How many requests from commercial enterprises did Huai'an fully grant in 2024?"),
        V(e, "ha", "r.unable.unclear.total", "i want know in 2024 huaian how many request still unclear after applicant correct it"),
        V(e, "ha", "r.other.overdue_fee.total", "Huai'an city 2024 — applicants who did not pay the fee in time, how many requests ended that way?"),
        V(e, "ha", "c.regulations.issued", "Municipal regulations (规章) issued by Huai'an in 2024?", alt=(HA_REG, 1)),
        V(e, "sy", "r.total_processed.total", "Shuyang County 2025, total requests processed (办理结果总计)?", alt=(SY_REQ, 718)),
        V(e, "sy", "r.partially_granted.total", "shuyang 2025 partial disclosures total pls"),
        V(e, "sy", "r.carried_over.total", "How many applications did Shuyang County carry over into 2025 from the year before?"),
        V(e, "sy", "r.withheld.admin_query.total", "Shuyang county gov 2025: requests turned away because they were administrative inquiries (行政查询事项)?"),
        V(e, "sy", "c.punishment.decisions", "administrative penalty decisions shuyang 2025"),
        V(e, "sy", "c.coercion.decisions", "What was Shuyang's count of administrative coercion decisions in 2025?"),
        V(e, "sy", "c.normative_docs.repealed", "Shuyang County normative documents scrapped (废止) in 2025 — how many?"),
        V(e, "sy", "a.litigation_after_review.total", "In 2025, how many lawsuits against Shuyang County government came after administrative reconsideration?"),
        V(e, "sy", "a.review.corrected", "A caller asks: in Shuyang's 2025 report, how many reconsideration cases ended with the decision corrected (结果纠正)?"),
        V(e, "sy", "r.received.natural_person", "Shuyang 2025 new requests from private individuals (natural persons), excluding the ones carried over?"),
        V(e, "hz23", "c.normative_docs.in_force", "Hongze District 2023, normative documents still in force?"),
        V(e, "hz23", "c.licensing.decisions", "How many administrative licensing decisions did Hongze District make in 2023?"),
        V(e, "hz23", "r.partially_granted.total", "Hongze 2023, how much request they partly disclose?"),
        V(e, "hz23", "c.coercion.decisions", "Hongze District (洪泽区) 2023 administrative coercion decisions?"),
        V(e, "hz23", "r.withheld.state_secret.total", "Did Hongze refuse anything as a state secret in 2023? how many"),
        V(e, "hz24", "c.fees.amount", "Hongze District 2024 administrative fees collected, in 10k yuan?", unit=WAN),
        V(e, "hz24", "c.punishment.decisions", "hongze 2024 penalty decision count"),
        V(e, "hz24", "r.total_processed.total", "According to the table, how many requests did Hongze District finish handling in 2024 (办理结果总计)?"),
        V(e, "hz24", "c.normative_docs.issued", "I'm a student writing on local rule-making. New normative documents issued (本年制发件数) by Hongze District gov in 2024?"),
        V(e, "hz24", "a.litigation_after_review.total", "Hongze 2024: lawsuits after reconsideration, total"),
        V(e, "jx", "r.total_processed.total", "How many requests did the Jianxi District government office finish in 2020?", alt=(JX_REQ, 15)),
        V(e, "jx", "c.normative_docs.total_published", "Jianxi District 2020 normative documents — total published (对外公开总数量)?"),
        V(e, "jx", "a.review.total", "Jianxi 2020: number of administrative reconsiderations over disclosure"),
        V(e, "jx", "r.unable.not_held.total", "Jianxi District office 2020 — how many times did they say they don't hold the info?"),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office 2019 — how many disclosure requests were answered?", alt=(SH19_REQ, 805)),
        V(e, "sh19", "r.received.commercial", "My company sent one disclosure request to the Shanghai General Office in 2019. How many requests from commercial enterprises did it get in total that year?"),
        V(e, "sh19", "c.normative_docs.made", "Shanghai govt general office, 2019: normative documents made that year?", alt=(SH19_ACT, 60)),
        V(e, "sh19", "c.procurement.amount", "Shanghai General Office FY2019 centralized procurement (政府集中采购) total amount?", unit=WAN),
        V(e, "sh19", "a.litigation_direct.total", "How many lawsuits were filed directly (without reconsideration) against the Shanghai General Office in 2019?", alt=(SH19_APP, 9)),
        V(e, "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals' requests where the info would have to be newly created — count"),
        V(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025 requests carried over from the year before", alt=(SH25_REQ, 189)),
        V(e, "sh25", "r.granted.total", "I checked Shanghai General Office 2025 table, row (一)予以公开, total column — what number should be there?"),
        V(e, "sh25", "a.litigation_direct.total", "In 2025 how many times was the Shanghai General Office sued directly, without going through reconsideration first?"),
        V(e, "kw", "r.granted.total", "STCSM 2024 — how many requests were granted in full?", alt=(KW_OUT, 9)),
    ]


def combine():
    z, e = "zh", "en"
    w8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S(z, "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "淮安市2024年信息公开相关的行政复议和行政诉讼（直接起诉+复议后起诉）加起来一共多少件"),
        S(z, "sy", ["r.received.total", "r.carried_over.total"], "沭阳2025年本年新收加上上年结转的申请合计", alt=(SY_REQ, 749)),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "洪泽区2023年 行政许可、行政处罚、行政强制三项处理决定加总是多少"),
        S(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区政府办公室2020年 予以公开 和 本机关不掌握 两项合计"),
        S(z, "ha", w8, "淮安市2024年不予公开的8个小项（国家秘密、法律法规禁止…行政查询）逐项加起来一共多少"),
        S(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "沭阳县2025年“其他处理”三个子项加起来多少"),
        S(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "上海市府办2025年信访举报投诉类申请和重复申请一共多少"),
        S(z, "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收加上年结转，一共要处理多少件申请"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Total disclosure-related lawsuits against Huai'an in 2024, direct suits plus suits after reconsideration?", alt=(HA_APP, 46)),
        S(e, "ha", ["r.received.%s" % c for c in L.ORG_COLS],
          "Huai'an 2024: add up new requests from all five kinds of organisations (commercial, research, public-interest, legal services, other)"),
        S(e, "ha", ["r.granted.total", "r.partially_granted.total"], "Huaian 2024 fully + partially granted combined?"),
        S(e, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Shuyang 2025, reconsiderations plus both kinds of lawsuits — how many cases in total?", alt=(SY_APP, 74)),
        S(e, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "For Shuyang County in 2025, sum of 'not held by this agency' and 'needs to be newly created'"),
        S(e, "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019 regulations made plus normative documents made"),
        S(e, "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Shanghai General Office 2025: reconsideration + direct litigation + litigation after reconsideration, all totals summed"),
        S(e, "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "Hongze District 2024 appeals overall: reconsiderations plus direct suits plus post-review suits?"),
        # differences
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区2023到2024年行政处罚决定数变化了多少（用2024减2023）"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅本年新收申请，2025年比2019年多几件", alt=(SH25_REQ, 1295)),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度继续办理的申请，2019年到2025年增加了多少"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请 2024年比2023年多几件"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze District administrative fees: 2024 minus 2023, in 10k yuan?", unit=WAN),
        D(e, "hz23", "hz24", "c.coercion.decisions", "How did Hongze's administrative coercion decisions change from 2023 to 2024?"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office disclosure reconsiderations: how many more in 2025 than in 2019?"),
        D(e, "sh19", "sh25", "r.total_processed.total", "Shanghai General Office requests processed, 2025 vs 2019 — what's the difference?", alt=(SH25_REQ, 1191)),
        D(e, "sh19", "sh25", "r.received.natural_person", "By how much did new requests from individuals to the Shanghai General Office grow between 2019 and 2025?"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["jx", "ha", "hz23", "sy", "sh19"], "r.received.total", "desc",
          "涧西区2020、淮安市2024、洪泽区2023、沭阳县2025、上海市府办2019，这五份年报里哪家新收申请最多"),
        R(z, ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "asc",
          "结转下年度继续办理的申请，涧西区政府办2020年、淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，谁最少"),
        R(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "淮安2024 洪泽2023 沭阳2025 行政许可决定哪个最多"),
        R(z, ["ha", "sy", "sh19", "jx"], "a.review.total", "asc",
          "做个对比：淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，信息公开行政复议总数哪家最少？"),
        R(z, ["ha", "hz23", "sy"], "c.fees.amount", "asc", "行政事业性收费金额最低的是哪个：淮安市2024年、洪泽区2023年、沭阳县2025年"),
        R(z, ["ha", "hz23", "sy"], "r.partially_granted.total", "desc", "部分公开件数排名，淮安（2024）、洪泽（2023）、沭阳（2025）谁排第一"),
        R(z, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "淮安市2024年、洪泽区2023年、沭阳县2025年里，现行有效的行政规范性文件哪家最少"),
        R(e, ["hz23", "sy", "sh19"], "r.total_processed.total", "desc",
          "Among Hongze District 2023, Shuyang County 2025 and Shanghai General Office 2019, which processed the most requests?"),
        R(e, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
          "Fewest administrative coercion decisions: Huai'an (2024), Hongze (2023) or Shuyang (2025)?"),
        R(e, ["ha", "sy", "sh19"], "r.received.legal_person", "desc",
          "Which got the most new requests from organisations (法人或其他组织) — Huai'an in 2024, Shuyang in 2025, or Shanghai General Office in 2019?"),
        R(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
          "rank by penalty decisions, top one only: huaian 2024 / hongze 2023 / shuyang 2025"),
        R(e, ["jx", "sy", "sh19", "hz23"], "a.review.upheld", "desc",
          "Reconsiderations upheld (维持): Jianxi 2020, Shuyang 2025, Shanghai General Office 2019, Hongze 2023 — which has the highest?"),
        R(e, ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "asc",
          "Of Huai'an 2024, Hongze 2023, Shuyang 2025 and Jianxi 2020, who answered 'we don't hold it' least often?"),
    ]


def traps():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安市2024年有多少申请要转到下一年度继续办理（不是从上一年转过来的那批）",
          "结转下年 vs 上年结转", alt=(HA_REQ, 103)),
        T(z, "ha", "c.normative_docs.repealed", "淮安2024年 行政规范性文件废止了几件？不是新制发的", "废止 vs 制发"),
        T(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于三类内部事务信息不予公开的有几件", "内部事务 vs 过程性信息"),
        T(z, "sy", "c.normative_docs.in_force", "沭阳县2025年行政规范性文件现行有效件数", "现行有效 vs 制发"),
        T(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目数量是多少个（问的是个数，不是金额）", "采购项目数 vs 金额"),
        T(z, "sh25", "r.carried_forward.total", "上海市政府办公厅2025年结转下年度继续办理的申请数", "结转下年 vs 上年结转"),
        T(z, "hz23", "a.review.corrected", "洪泽区2023年行政复议里结果被纠正的有几件", "纠正 vs 维持"),
        T(e, "ha", "r.unable.needs_creation.total",
          "Huai'an 2024: requests where the info didn't exist and would need to be newly made (另行制作) — not the 'not held' ones", "另行制作 vs 不掌握"),
        T(e, "ha", "r.received.commercial", "Huaian 2024, new requests from commercial enterprises (商业企业), not legal service firms", "商业企业 vs 法律服务机构"),
        T(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025: requests closed because the applicant didn't pay fees on time (逾期未缴费)", "逾期未缴费 vs 逾期不补正"),
        T(e, "sy", "a.review.pending", "Shuyang 2025 reconsideration cases still pending (尚未审结)", "尚未审结 vs 纠正"),
        T(e, "sh19", "c.normative_docs.total_published",
          "Shanghai General Office 2019 normative documents — total published to the public (对外公开总数量), not just made that year", "对外公开总数 vs 新制作"),
        T(e, "sy", "r.withheld.process_info.total", "Shuyang 2025 — refused as process information (过程性信息), not internal affairs", "过程性信息 vs 内部事务"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        N(z, "ha", "政务新媒体共计 95个", 95, "个", "淮安2024年在运维的政务新媒体有多少个"),
        N(z, "ha", "信息处理费 3940 元", 3940, "元", "淮安市2024年收了多少信息处理费"),
        N(z, "ha", "公报》6 期", 6, "期", "2024年淮安市政府公报出了几期"),
        N(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府网站2025年开展了几期意见征集"),
        N(z, "sy", "催办提示 84 次", 84, "次", "沭阳搞了个“倒计时报警器”，2025年一共发了多少次催办提示"),
        N(z, "sy", "过期信息697条", 697, "条", "沭阳县2025年清理过期信息多少条"),
        N(z, "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接"),
        N(z, "sy", "64家单位", 64, "家", "2025年沭阳县集中公开年报的单位有多少家"),
        N(z, "sy", "收取信息处理费共计380元", 380, "元", "沭阳县2025年全县收了多少信息处理费（元）"),
        N(z, "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"),
        N(z, "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        N(z, "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "洪泽区2024年政府网站主动发布信息多少条"),
        N(z, "jx", "601项事项", 601, "项", "涧西区2020年梳理出来的政务公开事项一共多少项"),
        N(z, "kw", "直播 118 场", 118, "场", "市科委的“上海科技”视频号2024年直播了多少场"),
        N(z, "kw", "主合办政协提案 85 件", 85, "件", "市科委2024年主办、合办的政协提案多少件"),
        N(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了多少场新闻通气会"),
        N(z, "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "2025年上海市政府公报编了几期"),
        N(z, "sh19", "发布政策解读共132件", 132, "件", "上海市府办2019年在中国上海门户网站发布政策解读多少件"),
        N(z, "sh19", "70家政府网站", 70, "家", "上海市府办2019年报里说每季度全面检查的政府网站有几家"),
        N(e, "ha", "制作政策解读21 个", 21, "个", "How many policy interpretations did Huai'an produce in 2024?"),
        N(e, "ha", "4 次政府信息公开栏目全覆盖检查", 4, "次", "Huai'an 2024 — how many full-coverage inspections of the disclosure columns were organised?"),
        N(e, "sy", "爆款内容52条", 52, "条", "Shuyang County 2025: how many pieces of content went viral (爆款)?"),
        N(e, "sy", "短视频1113个", 1113, "个", "shuyang 2025 how many original short videos pushed"),
        N(e, "sy", "办前主动沟通 49 次", 49, "次", "In 2025, how many times did Shuyang reach out to applicants before handling their requests?"),
        N(e, "sy", "信息公开页面发布信息3044条", 3044, "条", "Shuyang 2025: items the county departments posted on their disclosure pages?"),
        N(e, "sy", "专栏33个", 33, "个", "How many special columns did Shuyang's new-media matrix open in 2025?"),
        N(e, "hz24", "解读信息发布 7 条", 7, "条", "Hongze District 2024: number of policy-interpretation items released"),
        N(e, "hz24", "区政府办代表区政府受理政府信息公开申请", 17, "件",
          "The Hongze 2024 report's overview says the district office accepted requests on behalf of the district government — how many does that sentence give?"),
        N(e, "jx", "26个试点领域", 26, "个", "Jianxi District 2020 — how many pilot areas in the grassroots standardisation work?"),
        N(e, "jx", "办结率88.2%", 88.2, "%", "What completion rate for disclosure requests did Jianxi District office report for 2020?"),
        N(e, "kw", "关注人数达 1016823 人", 1016823, "人", "How many followers did the 'Shanghai Science' WeChat account have per the STCSM 2024 report?"),
        N(e, "kw", "原创文章 294篇", 294, "篇", "Shanghai science commission 2024: original WeChat articles published?"),
        N(e, "kw", "日常报送惠企政策 83 条", 83, "条", "STCSM 2024, business-support policies submitted routinely — how many?"),
        N(e, "kw", "代表建议 50 件", 50, "件", "Shanghai science commission, 2024: NPC deputies' suggestions it handled (代表建议)?"),
        N(e, "sh25", "申请人主动撤回 157 件", 157, "件", "Shanghai General Office 2025: how many requests did applicants withdraw themselves?"),
        N(e, "sh25", "目前已覆盖 10 个语种", 10, "个", "How many languages does the Shanghai international services portal cover per the 2025 report?"),
        N(e, "sh19", "权威发布共计38次", 38, "次", "Shanghai General Office 2019: authoritative releases on executive meeting topics — how many?"),
        N(e, "sh19", "统一受理平台接入53个部门", 53, "个", "In 2019, how many departments were connected to Shanghai's unified acceptance platform?"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年的信息公开申请里，男的女的各多少", "sex breakdown not reported"),
        U(z, "沭阳县2025年几月份收到的申请最多 想挑人少的时候去", "monthly breakdown not reported"),
        U(z, "我2025年3月给沭阳县自然资源局递过一份申请，到现在没回，帮我查下我那份办到哪了", "one person's own case"),
        U(z, "洪泽区2022年的年报里收到多少申请", "洪泽区 2022 not in the corpus"),
        U(z, "南京市2024年政府信息公开申请数多少", "南京市 not in the corpus"),
        U(z, "淮安市2025年预计会收到多少信息公开申请", "forecast / year not held"),
        U(z, "你觉得上海市政府办公厅2025年信息公开工作做得好不好", "opinion"),
        U(z, "沭阳县2025年申请人里有多少是外地人", "residence breakdown not reported"),
        U(z, "淮安市2024年网上申请和当面申请各多少件", "channel breakdown not reported"),
        U(z, "涧西区政府办2020年负责信息公开的工作人员有几个", "staff number not reported"),
        U(z, "上海科委2024年那34件申请都是关于什么内容的，按主题分一下", "topic breakdown not reported"),
        U(z, "12345来电：市民问洪泽区2024年答复一件信息公开申请平均要几天", "response time not reported"),
        U(z, "宿迁市2025年信息公开年报里行政复议多少件", "宿迁市 not in the corpus"),
        U(z, "请提供淮安市2024年申请信息公开的人的名单和电话", "personal data"),
        U(z, "上海市府办2022年受理了多少申请", "上海市府办 2022 not in the corpus"),
        U(z, "沭阳县2025年各乡镇分别收到多少信息公开申请", "township breakdown not reported"),
        U(z, "淮安2024年处理信息公开申请一共花了多少经费", "costs not reported"),
        U(z, "洪泽区2024年为什么申请量比2023年多这么多，原因是啥", "reasons not stated"),
        U(z, "浦东新区2024年政府信息公开年报有吗，新收申请多少", "浦东新区 not in the corpus"),
        U(z, "上海市政府办公厅2019年申请人年龄分布是怎样的", "age breakdown not reported"),
        U(e, "How many disclosure requests did Huai'an receive in each quarter of 2024?", "quarterly breakdown not reported"),
        U(e, "Which department of Shuyang County got the most disclosure requests in 2025?", "department breakdown not reported"),
        U(e, "What will the Shanghai General Office's request count be in 2026?", "forecast"),
        U(e, "Hongze District 2022 disclosure report - total requests?", "洪泽区 2022 not in the corpus"),
        U(e, "Jianxi District 2021 annual report: how many requests?", "涧西区 2021 not in the corpus"),
        U(e, "Is Huai'an's disclosure work in 2024 better than Suqian's?", "opinion / 宿迁 not in the corpus"),
        U(e, "My neighbour applied to Hongze District in 2023 about his demolition compensation; was his request granted?", "one person's own case"),
        U(e, "How many of STCSM's 2024 requests came from foreign nationals?", "nationality breakdown not reported"),
        U(e, "Break down Shuyang's 2025 requests by the industry of the requesting companies", "industry breakdown not reported"),
        U(e, "What's the name and phone number of the person who paid the 380 yuan fee in Shuyang in 2025?", "personal data"),
        U(e, "Average processing time per request for the Shanghai General Office in 2025?", "response time not reported"),
        U(e, "Nanjing 2024 government information disclosure: number of requests granted?", "南京市 not in the corpus"),
        U(e, "How much did Huai'an spend on running its government website in 2024?", "costs not reported"),
        U(e, "How many requests did the Shanghai science commission receive in 2023?", "上海市科委 2023 not in the corpus"),
        U(e, "In 2020 how many Jianxi requests were about land expropriation?", "topic breakdown not reported"),
        U(e, "Huaian 2024 requests broken down by county/district?", "district breakdown not reported"),
        U(e, "Qingjiangpu District 2024 disclosure requests total?", "清江浦区 not in the corpus"),
        U(e, "How many requests did women file with the Shanghai General Office in 2019?", "sex breakdown not reported"),
        U(e, "Shuyang County 2024 annual report — new requests?", "沭阳县 2024 not in the corpus"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("问下洪泽2023年行政处罚多少件", E("hz23", "c.punishment.decisions")),
              ("换成2024年呢", E("hz24", "c.punishment.decisions"))], "year switch"),
        F(z, [("上海市政府办公厅2019年自然人新收申请多少", E("sh19", "r.received.natural_person")),
              ("2025年的同一项呢", E("sh25", "r.received.natural_person")),
              ("商业企业那一列呢", E("sh25", "r.received.commercial"))], "year then column"),
        F(z, [("淮安市2024年予以公开总计", E("ha", "r.granted.total")),
              ("部分公开呢", E("ha", "r.partially_granted.total")),
              ("那沭阳县2025年的部分公开是多少", E("sy", "r.partially_granted.total"))], "row then body"),
        F(z, [("帮忙查一下沭阳县2025年信息公开行政复议总数", E("sy", "a.review.total")),
              ("其中维持的呢", E("sy", "a.review.upheld"))], "outcome column"),
        F(z, [("淮安2024年行政复议维持几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
              ("直接起诉的诉讼里维持的呢", E("ha", "a.litigation_direct.upheld"))], "appeals group"),
        F(z, [("涧西区2020年政府集中采购花了多少万元", E("jx", "c.procurement.amount", unit=WAN)),
              ("项目数呢", E("jx", "c.procurement.projects"))], "column"),
        F(z, [("洪泽区2024年行政事业性收费多少万元", E("hz24", "c.fees.amount", unit=WAN)),
              ("2023年呢", E("hz23", "c.fees.amount", unit=WAN))], "year switch backwards"),
        F(z, [("沭阳县2025年本机关不掌握的有多少件", E("sy", "r.unable.not_held.total")),
              ("那没有现成信息需要另行制作的呢", E("sy", "r.unable.needs_creation.total"))], "row"),
        F(z, [("市科委2024年个人提的新申请多少", E("kw", "r.received.natural_person")),
              ("企业提的呢", E("kw", "r.received.commercial"))], "column"),
        F(z, [("上海市府办2025年本机关不掌握相关政府信息的申请多少件", E("sh25", "r.unable.not_held.total")),
              ("下一行 2.没有现成信息需要另行制作 呢", E("sh25", "r.unable.needs_creation.total"))], "row"),
        F(z, [("淮安市2024年行政事业性收费金额", E("ha", "c.fees.amount", unit=WAN)),
              ("沭阳县2025年呢", E("sy", "c.fees.amount", unit=WAN)),
              ("洪泽区2023年呢", E("hz23", "c.fees.amount", unit=WAN))], "body switches"),
        F(z, [("洪泽区2023年行政规范性文件现行有效的有几件", E("hz23", "c.normative_docs.in_force")),
              ("24年呢", E("hz24", "c.normative_docs.in_force"))], "two-digit year"),
        F(z, [("上海市政府办公厅2019年信息公开行政复议几件", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
              ("2025年呢", E("sh25", "a.review.total"))], "year switch"),
        F(z, [("淮安2024年其他处理里面的“其他”那一项是多少", E("ha", "r.other.other.total")),
              ("逾期不补正那项呢", E("ha", "r.other.overdue_correction.total"))], "sub-row"),
        F(z, [("沭阳县2025年商业企业新收申请几件", E("sy", "r.received.commercial")),
              ("法律服务机构呢", E("sy", "r.received.legal_services"))], "column"),
        F(z, [("涧西区政府办2020年被申请行政复议几件", E("jx", "a.review.total")),
              ("行政诉讼呢，复议后起诉的", E("jx", "a.litigation_after_review.total"))], "appeals group"),
        F(z, [("洪泽区2023年属于四类过程性信息不予公开的几件", E("hz23", "r.withheld.process_info.total")),
              ("行政执法案卷的呢", E("hz23", "r.withheld.enforcement_files.total"))], "sub-row"),
        F(z, [("上海市府办2019年上年结转的申请有多少", E("sh19", "r.carried_over.total", alt=(SH19_REQ, 18))),
              ("2025年上年结转的呢", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], "year switch"),
        F(z, [("淮安市2024年行政强制决定数", E("ha", "c.coercion.decisions")),
              ("那行政许可呢", E("ha", "c.licensing.decisions"))], "row"),
        F(z, [("沭阳县2025年因为保护第三方合法权益不予公开的几件", E("sy", "r.withheld.third_party.total")),
              ("危及“三安全一稳定”的呢", E("sy", "r.withheld.security_stability.total")),
              ("淮安市2024年这一项呢", E("ha", "r.withheld.security_stability.total"))], "sub-row then body"),
        F(e, [("How many requests did Hongze grant in full in 2023?", E("hz23", "r.granted.total")),
              ("what about 2024", E("hz24", "r.granted.total"))], "year switch"),
        F(e, [("Shanghai General Office 2019: how many requests were pushed to the following year?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
              ("same thing for 2025?", E("sh25", "r.carried_forward.total"))], "year switch"),
        F(e, [("Huai'an 2024, direct lawsuits total", E("ha", "a.litigation_direct.total")),
              ("and how many of those are still pending?", E("ha", "a.litigation_direct.pending")),
              ("what about the suits filed after reconsideration, still pending?", E("ha", "a.litigation_after_review.pending"))], "outcome then group"),
        F(e, [("In 2025 how many individuals' requests did Shuyang grant in full?", E("sy", "r.granted.natural_person")),
              ("and for legal service firms?", E("sy", "r.granted.legal_services"))], "column"),
        F(e, [("Shanghai science commission normative documents issued in 2024?", E("kw", "c.normative_docs.issued")),
              ("and how many are in force now?", E("kw", "c.normative_docs.in_force"))], "column"),
        F(e, [("Huaian 2024 new requests from natural persons", E("ha", "r.received.natural_person")),
              ("and Shuyang County for 2025?", E("sy", "r.received.natural_person"))], "body switch"),
        F(e, [("Shanghai General Office 2025 — complaint/petition-type requests not processed", E("sh25", "r.not_processed.petition.total")),
              ("and repeat requests?", E("sh25", "r.not_processed.duplicate.total"))], "sub-row"),
        F(e, [("How many normative documents did the Jianxi District office make in 2020?", E("jx", "c.normative_docs.made")),
              ("Shanghai General Office 2019, same item?", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60)))], "body switch"),
        F(e, [("Hongze 2023: 'not held by this agency' count", E("hz23", "r.unable.not_held.total")),
              ("2024?", E("hz24", "r.unable.not_held.total"))], "bare year"),
        F(e, [("Shuyang 2025 lawsuits filed directly, total", E("sy", "a.litigation_direct.total")),
              ("after reconsideration?", E("sy", "a.litigation_after_review.total"))], "appeals group"),
        F(e, [("Huai'an normative documents issued in 2024", E("ha", "c.normative_docs.issued")),
              ("and repealed?", E("ha", "c.normative_docs.repealed")),
              ("Shuyang 2025 repealed?", E("sy", "c.normative_docs.repealed"))], "column then body"),
        F(e, [("Shanghai General Office new requests 2019", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
              ("and in 2025?", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch"),
        F(e, [("Huai'an 2024 refusals to protect third-party rights (保护第三方合法权益)", E("ha", "r.withheld.third_party.total")),
              ("state secrets?", E("ha", "r.withheld.state_secret.total"))], "sub-row"),
        F(e, [("Hongze District 2023: requests not processed as complaints (信访举报投诉类)", E("hz23", "r.not_processed.petition.total")),
              ("Shuyang 2025?", E("sy", "r.not_processed.petition.total"))], "body and year switch"),
        F(e, [("Shuyang 2025 how many requests carried into next year", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31))),
              ("Huai'an 2024?", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103)))], "body and year switch"),
        F(e, [("Shanghai Municipal Government General Office, 2025: reconsiderations not yet concluded (尚未审结)?", E("sh25", "a.review.pending")),
              ("direct lawsuits not concluded?", E("sh25", "a.litigation_direct.pending"))], "appeals group"),
        F(e, [("jianxi 2020 request granted how many", E("jx", "r.granted.total")),
              ("Hongze District 2023?", E("hz23", "r.granted.total"))], "body and year switch"),
        F(e, [("Huai'an 2024, new requests from 'other' organisations", E("ha", "r.received.other_org")),
              ("research institutions?", E("ha", "r.received.research")),
              ("public-interest orgs?", E("ha", "r.received.public_interest"))], "columns"),
        F(e, [("STCSM administrative licensing decisions 2024", E("kw", "c.licensing.decisions")),
              ("administrative penalties?", E("kw", "c.punishment.decisions"))], "row"),
    ]


def CONVERSATIONS():
    out = plain() + combine() + rank() + traps() + textonly() + cannot() + followups()
    for c in out:
        c["note"] = "%s %s" % (TAG[c["kind"]], c["note"])
    return out
