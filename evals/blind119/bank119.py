"""Question bank of blind set 119 (evals/blind119). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here for table cells: helpers119 computes them from gold JSON or from the
printed text rows named in SPECS (the same cells blind6 verified, read from its text_cells.json specs).
Narrative numbers are checked by helpers119.EN against a sentence cut from the report.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib119 as L  # noqa: E402
from helpers119 import (C, D, E, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

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

# text alternatives: (keyword of the sentence, number) where text and table state the same
HA = "3119"
SH19 = "回落12.3%"
JX = "办结率"
SY = "749"
SH25 = "共受理政府信息公开申请 1295"
KW = "全年收到政府信息公开申请 34"


def values():
    z, e = "zh", "en"
    return [
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", alt=(HA, 3119)),
        V(e, "ha", "r.granted.total", "huaian 2024 how many requests were fully disclosed"),
        V(z, "ha", "r.unable.not_held.total", "24年淮安 政府说自己手上没这个信息 回复了几件"),
        V(e, "ha", "r.withheld.admin_query.total", "In Huai'an's 2024 report, how many requests got refused because they were really administrative inquiries (行政查询事项)?"),
        V(z, "ha", "r.not_processed.petition.total", "我是12345坐席，来电人问淮安市2024年有多少申请被当成信访举报投诉类没处理"),
        V(e, "ha", "a.review.corrected", "huai an city gov 2024, admin reconsiderations where result was corrected — count?"),
        V(z, "ha", "a.litigation_direct.total", "淮安2024年因为信息公开被直接告上法院的案子有几个？不算先复议的"),
        V(e, "ha", "c.normative_docs.repealed", "Journalist here. Huaian municipal gov 2024 — how many normative documents did they scrap that year?"),
        V(z, "ha", "c.licensing.decisions", "二〇二四年淮安市行政许可处理决定数量是多少"),
        V(e, "ha", "r.partially_granted.total", "For FY2024, Huai'an: requests where only part was released?"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024 申请人收到补正通知但过了期限也没补的 有几件"),
        V(e, "ha", "r.not_processed.duplicate.total", "huaian 2024 duplicate applications number pls"),
        V(z, "ha", "a.review.pending", "淮安市政府2024年行政复议还没审结的多少件"),
        V(e, "ha", "r.carried_forward.total", "How many Huai'an 2024 requests were pushed into the next year to finish?", alt=(HA, 103)),
        V(z, "hz23", "r.received.total", "洪泽区2023年新收的信息公开申请数", alt=("21 件", 21)),
        V(e, "hz23", "r.partially_granted.total", "Hongze District 2023: partially disclosed — how many?"),
        V(z, "hz23", "r.unable.not_held.total", "洪泽23年因为区里不掌握相关信息没法提供的申请有多少"),
        V(e, "hz23", "c.punishment.decisions", "hongze 2023 number of administrative penalty decisions (行政处罚)"),
        V(z, "hz23", "a.review.upheld", "我在写论文，洪泽区政府2023年报表四里行政复议结果维持的那格是几"),
        V(e, "hz23", "c.normative_docs.repealed", "In 2023 how many normative docs did Hongze district abolish"),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区2023 要另外制作才能给的那种 几件"),
        V(e, "hz23", "c.coercion.decisions", "Hongze 2023 administrative enforcement measures (行政强制) total?"),
        V(z, "sy", "r.received.total", "沭阳县2025年表格里本年新收的申请是多少件（不含上年结转）"),
        V(e, "sy", "r.granted.total", "shuyang county 2025 how many got approved and released in full"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳2025年以内部事务信息为由不公开的有几件啊"),
        V(e, "sy", "r.unable.not_held.total", "Shuyang County FY2025: applications answered with 'we don't have this info'?"),
        V(z, "sy", "a.review.total", "帮领导核一下：沭阳县政府2025年信息公开行政复议总计多少件"),
        V(e, "sy", "a.review.corrected", "In 2025 Shuyang: reconsiderations that ended with the decision corrected"),
        V(z, "sy", "r.other.overdue_fee.total", "沭阳2025 通知交费了但申请人过期不交的 多少"),
        V(e, "sy", "c.normative_docs.in_force", "how many normative documents does Shuyang have currently valid per 2025 report?"),
        V(z, "sy", "r.carried_forward.total", "沭阳县2025年结转到下一年接着办的申请有几件", alt=(SY, 31)),
        V(e, "sy", "a.litigation_after_review.total", "shuyang 2025 lawsuits filed after a reconsideration — total please"),
        V(z, "sy", "c.punishment.decisions", "2025年沭阳行政处罚决定做了多少个"),
        V(e, "sy", "r.received.legal_person", "Shuyang 2025, new requests from companies and other organisations (法人或其他组织), all together?", alt=(SY, 8)),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请一共多少", alt=(SH19, 859)),
        V(e, "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019: requests from individuals where the office did not hold the info"),
        V(z, "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少件"),
        V(e, "sh19", "c.procurement.projects", "Shanghai gov general office 2019 — number of government procurement projects?"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅 自然人提的申请里属于信访举报投诉类的有多少"),
        V(e, "sh19", "a.litigation_direct.upheld", "Shanghai General Office, 2019: direct lawsuits where the court upheld the office?"),
        V(z, "sh19", "r.unable.needs_creation.natural_person", "19年上海市府办 自然人申请中 需要另行制作的 几件"),
        V(e, "sh19", "c.procurement.amount", "What did Shanghai General Office spend on government procurement in 2019 (amount in 万元)?", unit="万元"),
        V(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请有几件"),
        V(e, "jx", "c.procurement.amount", "Jianxi District 2020 procurement amount?", unit="万元"),
        V(z, "jx", "c.normative_docs.made", "涧西2020年制作了几件规范性文件"),
        V(e, "jx", "r.unable.not_held.total", "jianxi district office 2020 - 'info not held' replies count"),
        V(z, "jx", "a.review.total", "涧西区2020年因为信息公开被申请行政复议了几次"),
        V(e, "jx", "r.received.total", "Jianxi 2020 new requests received (新收)?", alt=(JX, 17)),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理了多少件决定"),
        V(e, "hz24", "c.punishment.decisions", "Hongze district 2024, penalties decided (行政处罚) - number?"),
        V(z, "hz24", "r.granted.total", "洪泽2024年表格里予以公开的是多少件"),
        V(e, "hz24", "r.unable.not_held.total", "Hongze 2024 table: requests where the body said it doesn't have the info?"),
        V(z, "hz24", "a.review.total", "洪泽区政府24年信息公开被申请复议的总数"),
        V(e, "hz24", "c.fees.amount", "Hongze District 2024 administrative fees collected, in 万元?", unit="万元"),
        V(z, "hz24", "r.received.total", "洪泽区2024年报表格第三部分里本年新收申请那一行的总计是多少"),
        V(z, "kw", "c.licensing.decisions", "上海科委2024年行政许可决定多少个"),
        V(e, "kw", "c.normative_docs.in_force", "STCSM 2024 — how many normative documents currently in force?"),
        V(z, "kw", "r.received.commercial", "市科委2024年商业企业提的申请几件"),
        V(e, "kw", "r.total_processed.total", "Shanghai science commission 2024 total requests handled (总计 row)?"),
        V(z, "kw", "c.normative_docs.issued", "上海市科委2024年新制发了多少件规范性文件"),
        V(e, "kw", "c.punishment.decisions", "did the Shanghai science & tech commission make any penalty decisions in 2024? how many"),
        V(z, "sh25", "r.granted.total", "上海市政府办公厅2025年予以公开的申请数"),
        V(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: 'not held by this office' answers?"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类不予处理的有几件"),
        V(e, "sh25", "a.review.total", "2025 Shanghai General Office administrative reconsiderations over info disclosure, total?"),
        V(z, "sh25", "r.received.natural_person", "2025年上海市政府办公厅 老百姓个人新提的申请有多少件"),
        V(e, "sh25", "r.carried_forward.total", "how many Shanghai General Office 2025 requests roll into the next year?"),
        V(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年需要另行制作所以没给的 多少"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai General Office 2025 direct lawsuits (not after reconsideration) total?"),
        V(z, "sh25", "r.carried_over.legal_services", "上海市政府办公厅2025年上年结转的申请里律所等法律服务机构的有几件"),
        V(e, "ha", "a.litigation_after_review.upheld", "Huaian 2024: lawsuits after reconsideration where the court sided with the government?"),
    ]


def combines():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开一共多少件"),
        S(e, "ha", ["a.review.upheld", "a.review.corrected", "a.review.other"], "Huai'an 2024 reconsiderations already concluded: upheld + corrected + other outcomes, summed?"),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳2025年三种无法提供的情况加起来多少"),
        S(e, "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: all info-disclosure lawsuits, direct plus after-reconsideration, together?"),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定加一块是多少"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020: reconsiderations plus both kinds of lawsuits, total cases?"),
        S(z, "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person", "r.withheld.prohibited_by_law.natural_person"], "上海市府办2019年自然人申请被不予公开的，国家秘密、内部事务、过程性、行政查询、法律禁止这五项加总"),
        S(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total", "r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Student project: Huai'an 2024, add up all five 不予处理 rows and the three 其他处理 rows — what's the total?"),
        S(z, "sh25", ["r.received.total", "r.carried_over.total"], "上海市政府办公厅2025年新收加上年结转一共要处理多少申请"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数，2024年比2023年多了还是少了，差多少"),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "Hongze: change in 'info not held' replies from 2023 to 2024?"),
        D(z, "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议 2025年跟2019年比变化多少件"),
        D(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the next year, 2019 vs 2025 — difference?"),
        D(e, "hz23", "hz24", "c.licensing.decisions", "by how much did Hongze's licensing decisions (行政许可) grow from 2023 to 2024?"),
        S(e, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "Shuyang 2025 — add the 三安全一稳定, third-party and internal-affairs refusals together"),
        D(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件数 2023到2024增加了几件"),
    ]


def rankings():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "hz23", "sy"], "r.unable.not_held.total", "desc", "淮安2024、洪泽2023、沭阳2025 这三家 哪家回复'不掌握'的最多"),
        R(e, ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "Among Huai'an (2024), Hongze (2023) and Shuyang (2025), who has the fewest normative docs in force?"),
        R(z, ["jx", "sh19", "ha", "sy"], "r.received.total", "asc", "涧西2020、上海市府办2019、淮安2024、沭阳2025里面新收申请最少的是谁"),
        R(e, ["ha", "sy", "hz23"], "a.review.corrected", "desc", "which had most reconsiderations corrected: Huaian 2024, Shuyang 2025 or Hongze 2023?"),
        C("ranking", z, [("政府采购金额 涧西区2020和上海市府办2019 谁更高", ER(["jx", "sh19"], "c.procurement.amount", "desc", unit="万元"))], "ranking over bodies with gold"),
        R(e, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "Lowest 行政强制 count: Huai'an 2024 / Hongze 2023 / Shuyang 2025?"),
        R(z, ["ha", "sy", "hz23"], "r.carried_forward.total", "desc", "结转下年度最多的是哪个：淮安市2024年、沭阳县2025年、洪泽区2023年"),
        R(e, ["jx", "sh19", "ha"], "a.litigation_direct.total", "desc", "Compare direct lawsuits: Jianxi 2020, Shanghai General Office 2019, Huai'an 2024 — which has the most?"),
        R(z, ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定数排第一的是哪家？淮安2024 洪泽2023 沭阳2025"),
        R(e, ["sy", "ha", "hz23"], "r.unable.needs_creation.total", "asc", "Fewest 'would need to create new info' replies among Shuyang 2025, Huai'an 2024, Hongze 2023?"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年予以公开多少件", E("ha", "r.granted.total")),
              ("那部分公开呢", E("ha", "r.partially_granted.total"))], "row switch"),
        F(e, [("Shuyang 2025 reconsiderations upheld?", E("sy", "a.review.upheld")),
              ("and ones still pending", E("sy", "a.review.pending")),
              ("what about direct lawsuits upheld", E("sy", "a.litigation_direct.upheld"))], "column then group switch"),
        F(z, [("洪泽区2023年行政处罚决定数是多少", E("hz23", "c.punishment.decisions")),
              ("换成2024年呢", E("hz24", "c.punishment.decisions"))], "year switch to text row"),
        F(e, [("How many requests did Shanghai General Office get in 2019?", E("sh19", "r.received.total", alt=(SH19, 859))),
              ("2025?", E("sh25", "r.received.total", alt=(SH25, 1295)))], "year switch"),
        F(z, [("沭阳2025年不予处理里重复申请几件", E("sy", "r.not_processed.duplicate.total")),
              ("信访举报投诉类的呢", E("sy", "r.not_processed.petition.total")),
              ("淮安市2024年同一项是多少", E("ha", "r.not_processed.petition.total"))], "row then body"),
        F(e, [("jianxi 2020 procurement projects count", E("jx", "c.procurement.projects")),
              ("same for Shanghai General Office 2019", E("sh19", "c.procurement.projects"))], "body switch"),
        F(z, [("我想查淮安2024年危及三安全一稳定不公开的数", E("ha", "r.withheld.security_stability.total")),
              ("第三方合法权益那条呢", E("ha", "r.withheld.third_party.total"))], "row switch"),
        F(e, [("Hongze 2024 licensing decisions?", E("hz24", "c.licensing.decisions")),
              ("and in 2023", E("hz23", "c.licensing.decisions"))], "year switch back"),
        F(z, [("上海市府办2025年行政复议尚未审结的几件", E("sh25", "a.review.pending")),
              ("直接起诉里没审结的呢", E("sh25", "a.litigation_direct.pending"))], "group switch"),
        F(e, [("Huai'an 2024 regulations in force?", E("ha", "c.regulations.in_force")),
              ("how many new ones issued", E("ha", "c.regulations.issued"))], "column switch"),
        F(z, [("涧西区2020年新收申请几件", E("jx", "r.received.total", alt=(JX, 17))),
              ("其中结转到下年的呢", E("jx", "r.carried_forward.total", alt=(JX, 2)))], "row switch"),
        F(e, [("STCSM 2024 new normative documents issued?", E("kw", "c.normative_docs.issued")),
              ("Shuyang County 2025, same thing?", E("sy", "c.normative_docs.issued"))], "body switch"),
        F(z, [("沭阳县2025年行政强制决定数", E("sy", "c.coercion.decisions")),
              ("行政许可呢", E("sy", "c.licensing.decisions")),
              ("那洪泽2023的许可", E("hz23", "c.licensing.decisions"))], "row then body"),
        F(e, [("Shanghai General Office 2019 reconsiderations total", E("sh19", "a.review.total")),
              ("and in 2025", E("sh25", "a.review.total"))], "year switch"),
        F(z, [("淮安2024复议维持了多少", E("ha", "a.review.upheld")),
              ("纠正的呢", E("ha", "a.review.corrected"))], "column switch"),
        F(e, [("Hongze 2024 administrative enforcement decisions (行政强制)?", E("hz24", "c.coercion.decisions")),
              ("Hongze 2023 then?", E("hz23", "c.coercion.decisions"))], "year switch"),
        F(z, [("上海科委2024年新收申请里自然人提的几件", E("kw", "r.received.natural_person")),
              ("上海市府办2025年呢", E("sh25", "r.received.natural_person"))], "body switch"),
        F(e, [("shuyang 2025 info withheld as process info, how many", E("sy", "r.withheld.process_info.total")),
              ("enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], "row switch"),
        F(z, [("洪泽区政府2023年部分公开几件", E("hz23", "r.partially_granted.total")),
              ("沭阳县2025年呢", E("sy", "r.partially_granted.total")),
              ("淮安2024年呢", E("ha", "r.partially_granted.total"))], "body switches"),
        F(e, [("Huai'an 2024 administrative fees in 万元", E("ha", "c.fees.amount", unit="万元")),
              ("and Shuyang 2025", E("sy", "c.fees.amount", unit="万元"))], "body switch"),
        F(z, [("上海市府办2019年规范性文件制作了几件", E("sh19", "c.normative_docs.made")),
              ("涧西区2020年呢", E("jx", "c.normative_docs.made"))], "body switch"),
        F(e, [("Shanghai General Office 2025 duplicate requests not processed?", E("sh25", "r.not_processed.duplicate.total")),
              ("Huaian 2024?", E("ha", "r.not_processed.duplicate.total"))], "body switch"),
        F(z, [("淮安市2024年被判决纠正的直接诉讼几件", E("ha", "a.litigation_direct.corrected")),
              ("复议后起诉的纠正呢", E("ha", "a.litigation_after_review.corrected"))], "group switch"),
        F(e, [("Shuyang 2025 review: other outcomes (其他结果)?", E("sy", "a.review.other")),
              ("and Huai'an 2024", E("ha", "a.review.other"))], "body switch"),
        F(z, [("洪泽区2024年规范性文件新制发几件", E("hz24", "c.normative_docs.issued")),
              ("现行有效的呢", E("hz24", "c.normative_docs.in_force"))], "column switch"),
        F(e, [("Jianxi 2020: lawsuits after reconsideration?", E("jx", "a.litigation_after_review.total")),
              ("Shuyang 2025 same?", E("sy", "a.litigation_after_review.total"))], "body switch"),
        F(z, [("沭阳2025年答复办理总计几件", E("sy", "r.total_processed.total", alt=(SY, 718))),
              ("换淮安市2024年", E("ha", "r.total_processed.total", alt=(HA, 3050)))], "body switch"),
        F(e, [("Shanghai science commission 2024 licensing decisions", E("kw", "c.licensing.decisions")),
              ("Hongze 2024?", E("hz24", "c.licensing.decisions")),
              ("and Huaian 2024", E("ha", "c.licensing.decisions"))], "body switches"),
        F(z, [("上海市府办2019年自然人申请中予以公开的几件", E("sh19", "r.granted.natural_person")),
              ("不掌握的呢", E("sh19", "r.unable.not_held.natural_person"))], "row switch"),
        F(e, [("Hongze 2023 normative docs in force", E("hz23", "c.normative_docs.in_force")),
              ("2024?", E("hz24", "c.normative_docs.in_force"))], "year switch"),
        F(z, [("淮安2024年规范性文件现行有效多少", E("ha", "c.normative_docs.in_force")),
              ("沭阳25年呢", E("sy", "c.normative_docs.in_force"))], "body switch"),
        F(e, [("Shanghai General Office 2025 carried over from the year before, individuals only?", E("sh25", "r.carried_over.natural_person")),
              ("and the total of that row", E("sh25", "r.carried_over.total", alt=(SH25, 189)))], "column switch"),
        F(z, [("我是记者 想核对沭阳县2025年表三里自然人新收申请数", E("sy", "r.received.natural_person")),
              ("结转下年度那行自然人是多少", E("sy", "r.carried_forward.natural_person")),
              ("予以公开那行自然人呢", E("sy", "r.granted.natural_person"))], "row switches"),
        F(e, [("Jianxi 2020 reconsiderations upheld?", E("jx", "a.review.upheld")),
              ("Huai'an 2024 same column", E("ha", "a.review.upheld")),
              ("Shuyang 2025?", E("sy", "a.review.upheld"))], "body switches"),
    ]


def narratives():
    z, e = "zh", "en"
    return [
        N(z, "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        N(e, "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an running per its 2024 report?"),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安2024年信息公开栏目全覆盖检查搞了几次"),
        N(e, "ha", "信息处理费 3940", 3940, "元", "Huaian 2024 — info processing fees collected from applicants, in yuan?"),
        N(z, "ha", "人民政府公报》6", 6, "期", "淮安市人民政府公报2024年出了几期"),
        N(e, "hz23", "主动公开政府信息 1136", 1136, "条", "Hongze 2023: items proactively published on the government website?"),
        N(z, "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年政府网站主动发布了多少条信息"),
        N(e, "hz24", "公开政府常务会议 7", 7, "期", "Hongze 2024 how many executive meetings were made public"),
        N(z, "sy", "门户网站主动公开政府信息4511", 4511, "条", "沭阳2025门户网站主动公开了多少条"),
        N(e, "sy", "开展意见征集9", 9, "期", "Shuyang 2025 — rounds of public consultation (意见征集)?"),
        N(z, "sy", "策采相关新闻稿件2606", 2606, "篇", "沭阳县2025年新媒体策采新闻稿件多少篇"),
        N(e, "sy", "爆款内容52", 52, "条", "Shuyang 2025 how many viral posts did they have"),
        N(z, "sy", "64家单位", 64, "家", "2025年沭阳全县有多少家单位的年报是集中统一发布的"),
        N(e, "sy", "催办提示 84", 84, "次", "Shuyang 2025: reminders sent by the countdown alarm for overdue requests?"),
        N(z, "sy", "办前主动沟通 49", 49, "次", "沭阳2025年办前主动沟通了几次"),
        N(e, "sy", "推送系列原创短视频1113", 1113, "个", "original short videos pushed by Shuyang in 2025?"),
        N(z, "kw", "集成式发布政策 121", 121, "条", "上海科委2024年批量推送集成式发布的政策有多少条"),
        N(e, "kw", "直播 118", 118, "场", "STCSM 2024 number of livestreams on its video channel"),
        N(z, "kw", "原创文章 294", 294, "篇", "上海科技公众号2024年原创文章多少篇（市科委年报）"),
        N(e, "kw", "全年累计发布信息 2139", 2139, "条", "Shanghai science commission 2024: items the 上海科技 website put out over the year?"),
        N(z, "kw", "惠企政策 83", 83, "条", "市科委2024年日常报送惠企政策几条"),
        N(z, "sh25", "新闻发布会 42", 42, "场", "上海市政府2025年开了多少场新闻发布会（市府办年报）"),
        N(e, "sh25", "新闻通气会 19", 19, "场", "Shanghai General Office 2025 report: how many press briefings (新闻通气会)?"),
        N(z, "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件"),
        N(e, "sh25", "覆盖 10 个语种", 10, "个", "How many languages does the Shanghai international services portal cover per the 2025 report?"),
        N(z, "sh25", "人事任免文件 196", 196, "件", "2025年上海市主动公开人事任免文件多少件"),
        N(e, "sh25", "16 个区全部上线", 16, "个", "Shanghai 2025: how many districts launched a digital gazette?"),
        N(z, "sh19", "权威发布共计38", 38, "次", "上海市府办2019年对常务会议议题权威发布了几次"),
        N(e, "sh19", "70家政府网站", 70, "家", "Shanghai General Office 2019 — how many government websites are checked every quarter?"),
        N(z, "sh19", "53个部门", 53, "个", "2019年上海一网通办统一受理平台接入了几个部门"),
        N(e, "jx", "601项事项", 601, "项", "Jianxi District 2020, number of items sorted out across the 21 fields?"),
        N(e, "sy", "化解各类争议纠纷 33", 33, "件", "Shuyang County 2025: disputes resolved through talking to applicants before handling?"),
        N(e, "sh19", "共编发公报24", 24, "期", "in 2019 how many issues of the Shanghai government gazette came out?"),
        N(z, "jx", "26个试点领域", 26, "个", "涧西区2020年基层政务公开试点领域有几个"),
    ]


def traps():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安2024年从上一年结转过来的申请几件（不是转到下年的）", "上年结转 vs 结转下年", alt=(HA, 34)),
        T(e, "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed AFTER a reconsideration (not the direct ones) — total?", "复议后起诉 vs 直接起诉"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳2025年因为是过程性信息不公开的几件（别和内部事务搞混）", "过程性 vs 内部事务"),
        T(e, "ha", "c.normative_docs.repealed", "Huaian 2024 normative docs repealed — not the ones issued or in force", "废止 vs 制发"),
        T(z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年 需要另行制作 那一行（不是不掌握）多少", "另行制作 vs 不掌握"),
        T(e, "sy", "a.review.other", "Shuyang 2025 reconsiderations with 'other' results — not corrected ones", "其他结果 vs 纠正"),
        T(z, "jx", "c.procurement.projects", "涧西2020年政府采购项目数是几个（问的是个数不是金额）", "项目数 vs 金额"),
        T(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total regulations publicly available, not just newly made ones", "对外公开总数 vs 新制作"),
        T(z, "ha", "r.partially_granted.total", "淮安市2024年部分公开的（不是全部公开）有多少", "部分公开 vs 予以公开"),
        T(e, "hz23", "c.normative_docs.in_force", "Hongze 2023 normative documents currently valid (不是废止的)?", "现行有效 vs 废止"),
        T(z, "ha", "r.received.legal_services", "淮安2024年法律服务机构提的新申请有几件，不是商业企业", "法律服务机构 vs 商业企业"),
        T(e, "sy", "r.carried_over.total", "Shuyang 2025 requests carried IN from the prior year (not carried out)", "上年结转 vs 结转下年"),
    ]


OWN = "one person's own request or case: the reports hold only yearly totals"
NAMED = "a particular named request or case: the reports do not list individual cases"
WHY = "reason or motive behind a count: the report does not state it"
BREAK = "breakdown the report does not print"
FUT = "forecast or plan for future numbers: not in any report"
NOBODY = "body or year not in the corpus"
OPIN = "opinion, not a figure"
NOTSTATED = "quantity the report does not state"
PERSON = "personal data: not in the reports"


def cannots():
    z, e = "zh", "en"
    return [
        U(z, "我上个月给淮安市政府递的信息公开申请怎么还没回复 能帮我查下进度吗", OWN),
        U(e, "did my application to Shuyang county get approved? sent it in 2025 about my house", OWN),
        U(z, "我告洪泽区政府的那个信息公开官司判了吗 2024年立的案", OWN),
        U(z, "2025年11月我帮我妈给沭阳县政府写过申请要拆迁补偿的文件，到底给没给公开啊", OWN),
        U(e, "Hi, I applied to Shanghai General Office in 2025 for my late father's pension file, was mine one of the ones refused?", OWN),
        U(z, "12345转接：来电人称2024年向淮安市申请公开征地批文，被答复不掌握，想知道是哪个科室经办的", OWN),
        U(e, "my reconsideration against Hongze district in 2023 — was it among the upheld ones? case no. HZ-2023-07", OWN),
        U(z, "2025年我在沭阳交了信息处理费 能退吗 交了多少来着", OWN),
        U(e, "can u tell me if my FOI request to shanghai science commission in 2024 was the one they gave partial info on", OWN),
        U(z, "我的申请编号是SH2019-0312 上海市府办2019年是怎么答复的", OWN),
        U(e, "I sued Huai'an government in 2024 over a land file. Did I win? It should be in the report right", OWN),
        U(z, "老爷子2020年找涧西区政府办要过他们小区改造的文件 人家给没给", OWN),
        U(z, "淮安2024年那103件转到下一年的申请里，有没有关于淮安区某某小区违建的那件", NAMED),
        U(e, "Which exact company filed the 36 commercial requests to Shanghai General Office in 2025?", NAMED),
        U(z, "沭阳2025年被复议纠正的那10件分别是什么事", NAMED),
        U(e, "Huaian 2024 — what were the 4 direct lawsuits that got corrected actually about?", NAMED),
        U(z, "洪泽区2023年那1件涉及国家秘密不公开的申请是谁申请的 问的啥", NAMED),
        U(e, "Shanghai General Office 2019: name the 9 lawsuits and the plaintiffs", NAMED),
        U(z, "上海科委2024年那1件行政复议是哪家单位申请的", NAMED),
        U(e, "In 2025 Shuyang charged a fee for one request at the 民政局 — what did the applicant ask for?", NAMED),
        U(z, "为啥淮安市2024年不掌握信息的答复有那么多？是部门推脱吗", WHY),
        U(e, "Why did Shanghai General Office get so many more requests in 2025 than in 2019? what drove it", WHY),
        U(z, "洪泽区2024年申请量为什么比2023年多了好几倍", WHY),
        U(e, "what made Shuyang's reconsideration count in 2025 so high, any reason given?", WHY),
        U(z, "沭阳2025年那143件其他处理具体都是些啥原因", WHY),
        U(e, "Why were 26 normative documents scrapped by Huai'an in 2024? which ones", WHY),
        U(z, "淮安市2024年的信息公开申请按月份分别是多少，哪个月最多", BREAK),
        U(e, "Shuyang 2025 requests broken down by township please", BREAK),
        U(z, "上海市府办2025年申请人里男的女的各多少", BREAK),
        U(e, "For Huaian 2024 how many requests were about land acquisition vs housing vs social security?", BREAK),
        U(z, "洪泽区2023年21件申请里60岁以上老人提的有几件", BREAK),
        U(e, "how many of Shanghai General Office's 2019 requests came in online vs by post vs in person?", BREAK),
        U(z, "沭阳县2025年各个县直部门分别收到多少申请 民政局几件 住建局几件", BREAK),
        U(e, "Jianxi 2020 requests per quarter?", BREAK),
        U(z, "上海科委2024年申请人里有多少是外地的 多少是上海本地的", BREAK),
        U(e, "Huai'an 2024: reconsiderations split by which district the applicant lives in", BREAK),
        U(z, "2024年淮安的行政处罚按行业分 交通执法多少 市场监管多少", BREAK),
        U(e, "Shanghai General Office 2025 — which departments had most lawsuits against them? list by department", BREAK),
        U(z, "洪泽2024年信息公开申请平均多少天答复完", BREAK),
        U(e, "average response time for Shuyang 2025 requests in working days?", BREAK),
        U(z, "淮安2025年会收到多少信息公开申请 能预测一下吗", FUT),
        U(e, "what's Shuyang's target for info-disclosure requests in 2026?", FUT),
        U(z, "上海市府办2026年计划开多少场新闻发布会", FUT),
        U(e, "Will Hongze district's reconsideration numbers go down in 2025? estimate pls", FUT),
        U(z, "按这个趋势沭阳2026年行政复议会有多少件", FUT),
        U(e, "Forecast Huai'an's administrative penalty decisions for 2025 from the 2024 report", FUT),
        U(z, "南京市2024年收到多少信息公开申请", NOBODY),
        U(e, "Suqian city 2025 info disclosure requests received?", NOBODY),
        U(z, "洪泽区2022年的信息公开申请数有吗", NOBODY),
        U(e, "Shuyang County 2024 report, how many requests?", NOBODY),
        U(z, "浦东新区2025年行政复议多少件", NOBODY),
        U(e, "Shanghai science commission 2023 licensing decisions?", NOBODY),
        U(z, "清江浦区2024年予以公开多少件", NOBODY),
        U(e, "Jianxi district 2021 numbers — requests received?", NOBODY),
        U(z, "上海市府办2022年受理了多少申请", NOBODY),
        U(e, "compare Huai'an 2024 with Xuzhou 2024 on requests received — who got more?", NOBODY),
        U(z, "淮安2024年的申请量跟全国平均水平比怎么样", NOBODY),
        U(e, "Beijing municipal government 2025 lawsuits on info disclosure?", NOBODY),
        U(z, "淮安2024年不掌握答复769件，这个算高还是低啊", OPIN),
        U(e, "Is Shuyang's 2025 performance on disclosure good? rate it", OPIN),
        U(z, "你觉得上海市府办2025年信息公开做得怎么样 值得表扬吗", OPIN),
        U(e, "Hongze 2023 had zero full disclosures — is that bad? should I complain?", OPIN),
        U(z, "沭阳县2025年信息公开工作算不算全省最好的", OPIN),
        U(e, "which of these governments is the most transparent overall in your opinion, Huaian 2024 or Shuyang 2025?", OPIN),
        U(z, "淮安市政府2024年负责信息公开的工作人员有几个", NOTSTATED),
        U(e, "How many staff handle info-disclosure at Jianxi district office in 2020?", NOTSTATED),
        U(z, "洪泽区2024年办信息公开花了多少经费", NOTSTATED),
        U(e, "Shanghai General Office 2025: how much did answering all those requests cost in total?", NOTSTATED),
        U(z, "沭阳2025年那条破亿的视频具体播放了多少次", NOTSTATED),
        U(e, "Huaian 2024 — how many visitors did the government website get?", NOTSTATED),
        U(z, "上海科委2024年有多少申请是超期答复的", NOTSTATED),
        U(e, "how many Hongze 2024 requests were answered within 5 working days?", NOTSTATED),
        U(z, "涧西区2020年收到的申请里有多少是同一个人反复提的", NOTSTATED),
        U(e, "Shuyang 2025, how many applicants were satisfied with the answers?", NOTSTATED),
        U(z, "帮我查一下2024年向淮安市政府申请信息公开的张某的电话号码", PERSON),
        U(e, "Give me the names and ID numbers of people who sued Shanghai General Office in 2025", PERSON),
        U(z, "沭阳2025年申请人里有没有一个叫王建国的 他住哪", PERSON),
        U(e, "who is the staff member that signed Hongze's 2023 replies, and their mobile no.?", PERSON),
        U(z, "上海市府办2019年起诉他们的那几个人的身份证号能给我吗", PERSON),
        U(e, "I'm a lawyer, list the home addresses of Huai'an's 2024 applicants whose requests were refused", PERSON),
        U(z, "我邻居说他2024年找洪泽区政府要过我们村的征地补偿名单 是真的吗", OWN),
        U(e, "called the hotline in 2025 about my Shuyang request, they said it's being 'extended' — is mine in the 31?", OWN),
        U(z, "请问2025年上海市府办有没有回复我关于地铁噪音的那件申请，我姓李", OWN),
        U(e, "Student here: in Huai'an 2024, how many requests were filed by university students?", BREAK),
        U(z, "记者想问：沭阳县2025年申请信息公开的人里 企业老板占多少比例 按行业分", BREAK),
        U(e, "Huaian 2024, of the 351 reconsiderations how many were filed by the same few people?", NOTSTATED),
        U(z, "淮安2024年信息公开申请里 关于拆迁的占几成", BREAK),
        U(e, "shanghai general office 2025 requests received on weekends vs weekdays?", BREAK),
    ]


def CONVERSATIONS():
    convs = values() + combines() + rankings() + followups() + narratives() + traps() + cannots()
    for c in convs:
        c["note"] = TAG[c["kind"]] + " " + c["note"]
    return convs
