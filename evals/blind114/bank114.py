"""Question bank of blind set 114 (evals/blind114). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers114 computes them from gold JSON, from printed table rows
(SPECS: the same cells blind6 verified, specs copied from blind6/text_cells.json) or from
sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib114 as L  # noqa: E402
from helpers114 import (E, EN, EU, V, T, S, N, U, D, R, F)  # noqa: E402

A = "四、政府信息公开行政复议、行政诉讼情况"
NOTE25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A, 14),
        "appeals.litigation_direct.total": ("after", A, 9),
        "appeals.review.total": ("after", A, 4),
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
        "appeals.litigation_after_review.total": ("after", NOTE25, 14),
        "appeals.litigation_direct.pending": ("after", NOTE25, 8),
        "appeals.litigation_direct.total": ("after", NOTE25, 9),
        "appeals.review.pending": ("after", NOTE25, 3),
        "appeals.review.total": ("after", NOTE25, 4),
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

# text statements that agree with a table cell (keyword of the sentence, number)
HA_REC = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_FWD = ("全市共受理政府信息公开申请", 103)
HA_OVER = ("全市共受理政府信息公开申请", 34)
HA_RV = "其中结果维持"
SH19_REC = ("代表市政府共受理", 859)
SH19_DONE = ("代表市政府共受理", 805)
SH19_FWD = ("代表市政府共受理", 72)
HZ23_REC = ("全区受理政府信息公开申请", 21)
JX_REC = ("全年共收到依申请公开", 17)
JX_DONE = ("全年共收到依申请公开", 15)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
SH25_DONE = ("市政府共受理政府信息公开申请", 1191)
SH25_OVER = ("市政府共受理政府信息公开申请", 189)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_OVER = ("全年收到政府信息公开申请", 2)
KW_OK = ("同意公开答复", 9)
SY_DONE = ("结转下一年", 718)
SY_FWD = ("结转下一年", 31)

P, C2, RK, FU, TX, CN, NB = ("[plain]", "[combine]", "[rank]", "[followup]", "[textonly]",
                             "[cannot]", "[neighbour]")


def plain():
    n = P + " "
    return [
        # ---- zh
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请啊", n + "received total; text agrees", alt=HA_REC),
        V("zh", "ha", "r.unable.not_held.total", "我2024年底帮我爸给淮安市政府递过一个申请，回复说他们手上没有这个信息。想问问2024年淮安像这样“本机关不掌握”的一共多少件？", n + "story; not_held total"),
        V("zh", "ha", "a.review.upheld", "淮安2024 行政复议 结果维持 几件", n + "review upheld; text agrees", alt=("其中结果维持", 72)),
        V("zh", "ha", "c.licensing.decisions", "2024年淮安市行政许可处理决定数量多少", n + "licensing"),
        V("zh", "ha", "c.fees.amount", "淮安市二〇二四年行政事业性收费金额是多少万元", n + "fees amount (万元)", unit="万元"),
        V("zh", "ha", "r.withheld.third_party.total", "淮安24年因为会损害第三方合法权益没给公开的有几件", n + "third_party"),
        V("zh", "ha", "r.other.overdue_correction.total", "请问2024年淮安市有多少申请是申请人逾期没补正、被当作放弃的", n + "overdue_correction"),
        V("zh", "ha", "r.partially_granted.total", "淮安市2024年度 部分公开 总计", n + "partially granted"),
        V("zh", "ha", "r.received.legal_services", "2024年律师事务所这类法律服务机构向淮安市政府申请了多少件？", n + "legal services column"),
        V("zh", "ha", "c.normative_docs.in_force", "截至2024年底淮安市现行有效的规范性文件有多少件", n + "normative in force"),
        V("zh", "hz23", "r.received.total", "洪泽区政府2023年收到几个公开申请", n + "hz23 received; text agrees", alt=HZ23_REC),
        V("zh", "hz23", "c.punishment.decisions", "洪泽2023年行政处罚决定有多少", n + "hz23 punishment"),
        V("zh", "hz23", "r.unable.needs_creation.total", "2023年洪泽区 没有现成信息要另外制作 的那种回复有几件", n + "hz23 needs_creation"),
        V("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年废止了几件规范性文件", n + "hz23 repealed"),
        V("zh", "hz23", "c.coercion.decisions", "帮来电人查下：洪泽区2023年行政强制决定数是多少", n + "12345 relay; hz23 coercion"),
        V("zh", "hz24", "r.granted.total", "洪泽区2024年直接予以公开的申请多少件", n + "hz24 granted (text row)"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽24年行政许可办了多少件决定", n + "hz24 licensing (text row)"),
        V("zh", "hz24", "r.unable.not_held.total", "2024年洪泽区政府回复“本机关不掌握”的有多少", n + "hz24 not_held"),
        V("zh", "sy", "r.received.total", "沭阳县2025年年报表格里，本年新收的申请（不含上年结转）是几件", n + "sy new received table 713; text 749 includes carried over"),
        V("zh", "sy", "r.total_processed.total", "沭阳县2025年总共办理了多少件信息公开申请", n + "sy processed; text agrees", alt=SY_DONE),
        V("zh", "sy", "c.punishment.decisions", "沭阳2025 行政处罚 决定数", n + "sy punishment"),
        V("zh", "sy", "r.withheld.admin_query.total", "2025年沭阳县有几件申请被认定为行政查询事项没公开", n + "sy admin_query"),
        V("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年申请人逾期没缴信息处理费的有几件", n + "sy overdue_fee"),
        V("zh", "sy", "a.review.total", "我是记者，想核实一下沭阳县2025年因信息公开被申请行政复议的总数", n + "journalist; sy review total"),
        V("zh", "sy", "c.normative_docs.issued", "沭阳县2025年新制发的规范性文件有几件", n + "sy normative issued"),
        V("zh", "sy", "r.not_processed.duplicate.total", "2025年沭阳因为重复申请不予处理的多少件", n + "sy duplicate"),
        V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理信息公开申请多少件", n + "sh19 received; text agrees", alt=SH19_REC),
        V("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市府办答复个人“本机关不掌握”的有多少件（自然人那一列）", n + "sh19 not_held natural person"),
        V("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年 规范性文件 对外公开总数量", n + "sh19 normative total published"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅，个人提的申请里有多少被当成信访举报投诉类不予处理", n + "sh19 petition natural person"),
        V("zh", "sh25", "r.received.total", "上海市府办2025年新收的申请一共多少件", n + "sh25 received; text agrees", alt=SH25_REC),
        V("zh", "sh25", "r.unable.needs_creation.total", "25年上海市政府办公厅有几件是要另行制作所以没提供的", n + "sh25 needs_creation"),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年信访举报投诉类申请不予处理多少", n + "sh25 petition"),
        V("zh", "kw", "r.received.total", "上海科委2024年收到多少信息公开申请", n + "kw received; text agrees", alt=KW_REC),
        V("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定有多少件", n + "kw licensing"),
        V("zh", "jx", "r.received.total", "涧西区政府办2020年收到了几件依申请公开", n + "jx received; text agrees", alt=JX_REC),
        V("zh", "jx", "c.procurement.projects", "2020年涧西区政府办政府集中采购项目数是多少", n + "jx procurement projects"),
        V("zh", "jx", "r.granted.total", "涧西区2020年予以公开的申请几件", n + "jx granted"),
        V("zh", "jx", "c.normative_docs.total_published", "涧西区政府办2020年规范性文件对外公开总数", n + "jx normative total"),
        V("zh", "ha", "a.litigation_after_review.upheld", "淮安市2024年那些先复议、后来又去法院告的案子里，判维持的几件", n + "after review upheld"),
        V("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年法律服务机构申请的，部分公开了几件", n + "sy partial legal services"),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安2024年因为属于国家秘密不予公开几件", n + "state secret"),
        V("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费是多少（万元）", n + "hz23 fees", unit="万元"),
        V("zh", "sy", "c.coercion.decisions", "沭阳县二〇二五年行政强制决定多少件", n + "sy coercion"),
        # ---- en
        V("en", "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city government finish handling in 2024 (办理结果总计)?", n + "processed; text agrees", alt=HA_DONE),
        V("en", "ha", "r.granted.total", "huaian 2024 requests fully granted how many", n + "granted total"),
        V("en", "ha", "r.withheld.admin_query.total", "In 2024, how many Huai'an requests were turned down because they were really administrative inquiries (行政查询事项)?", n + "admin_query"),
        V("en", "ha", "c.normative_docs.repealed", "Huaian city 2024 - number of normative documents scrapped?", n + "repealed"),
        V("en", "ha", "c.punishment.decisions", "For Huai'an in 2024, what's the count of administrative penalty decisions?", n + "punishment"),
        V("en", "ha", "r.not_processed.petition.total", "Huai'an 2024: how many applications were set aside as petitions/complaints (信访举报投诉类)?", n + "petition"),
        V("en", "ha", "r.received.commercial", "how many requests came from companies to Huaian govt in 2024", n + "commercial column"),
        V("en", "ha", "a.litigation_direct.upheld", "Of the lawsuits filed straight in court (no review first) against Huai'an in 2024, how many ended upheld?", n + "direct litigation upheld"),
        V("en", "ha", "c.coercion.decisions", "Huai'an 2024 administrative coercion decisions (行政强制)?", n + "coercion"),
        V("en", "ha", "r.unable.unclear.total", "In FY2024 how many Huai'an requests couldn't be answered because the content asked for was unclear?", n + "unclear"),
        V("en", "hz23", "r.partially_granted.total", "Hongze District 2023: partly disclosed requests?", n + "hz23 partial"),
        V("en", "hz23", "r.unable.not_held.total", "I'm a student writing on Hongze. In 2023 how many times did the district say it simply didn't hold the info?", n + "student; hz23 not_held"),
        V("en", "hz23", "c.licensing.decisions", "hongze 2023 licensing decisions number", n + "hz23 licensing"),
        V("en", "hz23", "a.review.upheld", "Hongze District government, 2023: reviews where the original reply was upheld?", n + "hz23 review upheld (row printed)"),
        V("en", "hz24", "c.punishment.decisions", "Hongze District 2024, administrative penalty decisions?", n + "hz24 punishment"),
        V("en", "hz24", "c.fees.amount", "What did Hongze take in from administrative fees in 2024 (in 万元)?", n + "hz24 fees", unit="万元"),
        V("en", "hz24", "r.received.total", "hongze district 2024 new info requests total (table figure)", n + "hz24 received table"),
        V("en", "sy", "r.granted.total", "Shuyang County 2025, requests answered with full disclosure?", n + "sy granted"),
        V("en", "sy", "r.withheld.internal_affairs.total", "How many Shuyang requests in 2025 were refused as internal affairs info (内部事务信息)?", n + "sy internal affairs"),
        V("en", "sy", "c.licensing.decisions", "Shuyang county 2025 licensing decisions?", n + "sy licensing"),
        V("en", "sy", "r.unable.not_held.total", "For 2025, how often did Shuyang County reply that the body doesn't hold the requested information?", n + "sy not_held"),
        V("en", "sy", "a.litigation_after_review.total", "Shuyang 2025 - lawsuits brought after an administrative review, total?", n + "sy after review total"),
        V("en", "sy", "c.fees.amount", "shuyang 2025 admin fees collected (万元)", n + "sy fees", unit="万元"),
        V("en", "sy", "r.received.natural_person", "In the Shuyang 2025 table, new requests from private individuals in 2025, not counting carry-overs?", n + "sy natural new 705; text 741 includes carry-over"),
        V("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019: total requests processed?", n + "sh19 processed; text agrees", alt=SH19_DONE),
        V("en", "sh19", "c.procurement.amount", "How much did the Shanghai municipal government general office spend on government procurement in 2019 (万元)?", n + "sh19 procurement amount", unit="万元"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019, individuals told the info would need to be newly created - how many?", n + "sh19 needs_creation natural"),
        V("en", "sh19", "c.regulations.total_published", "Shanghai GO 2019 total published regulations (规章 对外公开总数量)?", n + "sh19 regs total published"),
        V("en", "sh19", "r.received.commercial", "In 2019, how many requests did Shanghai's general office get from businesses?", n + "sh19 commercial"),
        V("en", "sh25", "r.total_processed.total", "Shanghai General Office 2025 - how many requests closed out?", n + "sh25 processed; text agrees", alt=SH25_DONE),
        V("en", "sh25", "r.unable.not_held.total", "Shanghai Municipal Government General Office in 2025: requests where it said it doesn't hold the info?", n + "sh25 not_held 513 (text 564 is all 无法提供)"),
        V("en", "sh25", "a.review.total", "Shanghai general office 2025 administrative reviews total", n + "sh25 review total"),
        V("en", "sh25", "r.received.commercial", "2025, Shanghai General Office, requests by companies?", n + "sh25 commercial"),
        V("en", "kw", "c.normative_docs.in_force", "STCSM 2024: how many normative documents are currently in force?", n + "kw normative in force"),
        V("en", "kw", "r.granted.total", "Shanghai science commission, 2024, requests granted in full?", n + "kw granted; text agrees", alt=KW_OK),
        V("en", "kw", "c.punishment.decisions", "how many administrative penalty decisions did the Shanghai Science and Technology Commission report for 2024", n + "kw punishment"),
        V("en", "jx", "r.total_processed.total", "Jianxi District 2020, requests completed?", n + "jx processed; text agrees", alt=JX_DONE),
        V("en", "jx", "c.procurement.amount", "Jianxi District govt office 2020 procurement total amount in 万元?", n + "jx procurement amount", unit="万元"),
        V("en", "jx", "r.unable.not_held.total", "Jianxi 2020: requests answered with 'we don't hold it'?", n + "jx not_held"),
        V("en", "ha", "r.other.other.total", "Huai'an 2024, requests that ended under 'other' handling (其他 in 其他处理)?", n + "other.other"),
        V("en", "sy", "r.withheld.enforcement_files.total", "Shuyang 2025, how many refusals were because the info was administrative enforcement case files?", n + "sy enforcement files"),
        V("en", "hz23", "r.withheld.process_info.total", "Hongze 2023 how many withheld as process information", n + "hz23 process info"),
    ]


def combine():
    n = C2 + " "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件", n + "sum 2"),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "2024年淮安因为信息公开被起诉的案子，直接起诉和复议后起诉加起来多少", n + "sum 2; text 46 agrees in total", ),
        S("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年本年新收和上年结转的申请合计多少件", n + "sum 2 = text 749"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳2025年行政复议、直接起诉、复议后起诉三项加一起是多少", n + "sum 3 = text 74"),
        S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年国家秘密、过程性信息、行政执法案卷这三类不予公开合计几件", n + "sum 3"),
        S("zh", "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person"], "上海市府办2019年自然人那列，国家秘密、内部事务、过程性信息、行政查询事项四种不予公开加起来多少", n + "sum 4 natural person"),
        S("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安2024 许可+处罚+强制 决定总数", n + "sum 3 active"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年信访类和重复申请两项不予处理合计", n + "sum 2 text cells"),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'unable to provide' reasons for me", n + "sum 3"),
        S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025 - total of the 'other handling' rows (no correction, no fee paid, other)?", n + "sum 3"),
        S("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024, individuals: new requests plus ones carried in from the year before, together?", n + "sum 2 natural person"),
        S("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2024 licensing + penalty + coercion decisions combined", n + "sum 3 text cells"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus carried over, in total?", n + "sum 2 text cells"),
        S("en", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld", "a.litigation_direct.corrected", "a.litigation_direct.other", "a.litigation_direct.pending"], "For Huai'an 2024 sum the four outcome columns of reviews and of direct lawsuits (8 cells)", n + "sum 8"),
        S("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.process_info.total"], "Shuyang 2025: refusals on stability grounds, third-party rights and process info added together", n + "sum 3"),
        S("en", "jx", ["c.procurement.projects", "c.normative_docs.made"], "Jianxi 2020: procurement project count plus normative documents made - what's the total?", n + "sum 2 (odd but exact)"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少", n + "difference"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚决定2023到2024变化多少", n + "difference negative"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办收到的新申请，2025年比2019年增加了多少件", n + "difference"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数2019年和2025年相比差多少", n + "difference"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复数，2024年较2023年变化", n + "difference"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: carried forward to next year, 2025 minus 2019?", n + "difference"),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "change in direct lawsuits against Shanghai General Office between 2019 and 2025", n + "difference"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions, how much did it change from 2023 to 2024?", n + "difference"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fee income: 2024 vs 2023 difference (万元)", n + "difference money", unit="万元"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai GO, requests from individuals: increase from 2019 to 2025?", n + "difference"),
    ]


def rank():
    n = RK + " "
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪个收到的新申请最多", n),
        R("zh", ["ha", "sy", "sh19"], "a.review.total", "asc", "淮安2024、沭阳2025和上海市府办2019，谁的行政复议最少", n),
        R("zh", ["ha", "sy", "hz23"], "c.normative_docs.repealed", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年三家里谁废止的规范性文件最多", n),
        R("zh", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "行政事业性收费金额最低的是哪个：淮安2024 / 沭阳2025 / 洪泽2023", n),
        R("zh", ["sh19", "ha", "sy"], "r.carried_forward.total", "desc", "上海市府办2019、淮安2024、沭阳2025三家结转下年度的申请谁最多", n),
        R("zh", ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "直接起诉数量：淮安市2024年、沭阳县2025年、涧西区2020年，哪家最少", n),
        R("zh", ["sy", "hz23", "ha"], "r.unable.needs_creation.total", "desc", "需要另行制作的申请，沭阳2025、洪泽2023、淮安2024谁最多", n),
        R("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Which issued the most penalty decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?", n),
        R("en", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "asc", "Fewest requests processed among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi District 2020?", n),
        R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "lowest licensing decisions: huaian 2024, shuyang 2025, hongze 2023", n),
        R("en", ["sh19", "sy", "ha"], "r.received.commercial", "desc", "Which got the most requests from companies - Shanghai General Office 2019, Shuyang 2025 or Huai'an 2024?", n),
        R("en", ["ha", "sy", "hz23"], "a.review.corrected", "desc", "Reviews that corrected the agency: most among Huai'an 2024, Shuyang 2025, Hongze 2023?", n),
        R("en", ["sy", "ha", "sh19"], "r.carried_over.total", "asc", "Carried over from the previous year: which is smallest, Shuyang 2025, Huai'an 2024 or Shanghai General Office 2019?", n),
    ]


def followup():
    n = FU + " "
    f = []
    f.append(F("zh", [("淮安市2024年直接起诉的行政诉讼总共几件", E("ha", "a.litigation_direct.total")),
                      ("复议后再起诉的呢", E("ha", "a.litigation_after_review.total"))], n + "switch appeals group"))
    f.append(F("zh", [("沭阳县2025年自然人新收申请多少（表格本年新收那行）", E("sy", "r.received.natural_person")),
                      ("法人或其他组织那边呢", E("sy", "r.received.legal_person"))], n + "switch column to legal_person"))
    f.append(F("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=SH19_REC)),
                      ("同一项2025年", E("sh25", "r.received.total", alt=SH25_REC))], n + "switch year"))
    f.append(F("zh", [("洪泽区2023年行政处罚决定数", E("hz23", "c.punishment.decisions")),
                      ("24年呢", E("hz24", "c.punishment.decisions")),
                      ("那行政强制呢", E("hz24", "c.coercion.decisions"))], n + "year then row"))
    f.append(F("zh", [("淮安2024年行政复议结果纠正的几件", E("ha", "a.review.corrected", alt=(HA_RV, 64))),
                      ("尚未审结的呢", E("ha", "a.review.pending", alt=(HA_RV, 37)))], n + "switch outcome"))
    f.append(F("zh", [("淮安市2024年上年结转过来的申请几件", E("ha", "r.carried_over.total", alt=HA_OVER)),
                      ("结转到下一年继续办的呢", E("ha", "r.carried_forward.total", alt=HA_FWD))], n + "carried over vs forward"))
    f.append(F("zh", [("沭阳2025年予以公开多少件", E("sy", "r.granted.total")),
                      ("部分公开呢", E("sy", "r.partially_granted.total")),
                      ("那个人的部分公开呢", E("sy", "r.partially_granted.natural_person"))], n + "row then column"))
    f.append(F("zh", [("淮安市2024年行政许可决定数量", E("ha", "c.licensing.decisions")),
                      ("沭阳县2025年同一项是多少", E("sy", "c.licensing.decisions"))], n + "switch body+year"))
    f.append(F("zh", [("上海市科委2024年本年新收申请总数", E("kw", "r.received.total", alt=KW_REC)),
                      ("其中自然人几件", E("kw", "r.received.natural_person")),
                      ("企业呢", E("kw", "r.received.commercial"))], n + "columns"))
    f.append(F("zh", [("涧西区2020年行政复议几件", E("jx", "a.review.total")),
                      ("直接起诉的呢", E("jx", "a.litigation_direct.total"))], n + "appeals group"))
    f.append(F("zh", [("洪泽区2024年结转下年度继续办理的有几件", E("hz24", "r.carried_forward.total")),
                      ("2024年洪泽新收多少（表里的数）", E("hz24", "r.received.total"))], n + "row switch"))
    f.append(F("zh", [("淮安2024年企业申请多少件", E("ha", "r.received.commercial")),
                      ("律所那类呢", E("ha", "r.received.legal_services")),
                      ("其他组织呢", E("ha", "r.received.other_org"))], n + "columns"))
    f.append(F("zh", [("上海市府办2025年行政复议尚未审结的几件", E("sh25", "a.review.pending")),
                      ("诉讼里直接起诉还没审结的呢", E("sh25", "a.litigation_direct.pending"))], n + "appeals group pending"))
    f.append(F("zh", [("沭阳2025年复议后起诉的案子结果维持几件", E("sy", "a.litigation_after_review.upheld")),
                      ("直接起诉维持的呢", E("sy", "a.litigation_direct.upheld"))], n + "after review vs direct"))
    f.append(F("zh", [("洪泽区2023年部分公开几件", E("hz23", "r.partially_granted.total")),
                      ("淮安市2024年呢", E("ha", "r.partially_granted.total"))], n + "switch body/year"))
    f.append(F("zh", [("淮安市2024年不予公开里面“危及三安全一稳定”的几件", E("ha", "r.withheld.security_stability.total")),
                      ("法律行政法规禁止公开的呢", E("ha", "r.withheld.prohibited_by_law.total"))], n + "withheld sub-rows"))
    f.append(F("zh", [("沭阳县2025年行政复议总数多少", E("sy", "a.review.total")),
                      ("其中纠正的", E("sy", "a.review.corrected")),
                      ("其他结果的", E("sy", "a.review.other"))], n + "outcomes"))
    f.append(F("zh", [("上海市府办2019年规章制发了几件", E("sh19", "c.regulations.made")),
                      ("规范性文件呢", E("sh19", "c.normative_docs.made"))], n + "row switch 2019 template"))
    f.append(F("zh", [("洪泽2023年行政许可多少件", E("hz23", "c.licensing.decisions")),
                      ("同一项2024年", E("hz24", "c.licensing.decisions"))], n + "year switch"))
    # en
    f.append(F("en", [("Huai'an 2024 administrative reviews, total?", E("ha", "a.review.total", alt=(HA_RV, 351))),
                      ("and the court ones filed directly?", E("ha", "a.litigation_direct.total"))], n + "review then direct lawsuits"))
    f.append(F("en", [("Shuyang 2025 requests from individuals that were carried over from the year before?", E("sy", "r.carried_over.natural_person")),
                      ("and carried forward into the next year?", E("sy", "r.carried_forward.natural_person"))], n + "carried over vs forward"))
    f.append(F("en", [("Shanghai General Office 2019, requests from individuals granted in full?", E("sh19", "r.granted.natural_person")),
                      ("what about companies", E("sh19", "r.granted.commercial"))], n + "column switch"))
    f.append(F("en", [("Huai'an 2024 normative documents issued?", E("ha", "c.normative_docs.issued")),
                      ("and repealed?", E("ha", "c.normative_docs.repealed")),
                      ("still in force?", E("ha", "c.normative_docs.in_force"))], n + "columns of active row"))
    f.append(F("en", [("Hongze District 2023 normative docs in force?", E("hz23", "c.normative_docs.in_force")),
                      ("2024?", E("hz24", "c.normative_docs.in_force"))], n + "year switch"))
    f.append(F("en", [("STCSM 2024 requests carried over from 2023?", E("kw", "r.carried_over.total", alt=KW_OVER)),
                      ("total handled in 2024?", E("kw", "r.total_processed.total"))], n + "row switch"))
    f.append(F("en", [("Shanghai General Office 2025 lawsuits filed directly, total?", E("sh25", "a.litigation_direct.total")),
                      ("after review?", E("sh25", "a.litigation_after_review.total"))], n + "direct vs after review"))
    f.append(F("en", [("Huai'an 2024: requests denied because of the third-party rights clause?", E("ha", "r.withheld.third_party.total")),
                      ("Shuyang 2025, same thing?", E("sy", "r.withheld.third_party.total"))], n + "body switch"))
    f.append(F("en", [("Shuyang 2025 fee income from administrative charges (万元)?", E("sy", "c.fees.amount", unit="万元")),
                      ("and Huai'an for 2024?", E("ha", "c.fees.amount", unit="万元"))], n + "body switch money"))
    f.append(F("en", [("Jianxi District 2020, requests carried into the next year?", E("jx", "r.carried_forward.total")),
                      ("and how many it couldn't provide because it didn't hold the info?", E("jx", "r.unable.not_held.total"))], n + "row switch"))
    f.append(F("en", [("Huai'an 2024 lawsuits after review: how many still pending?", E("ha", "a.litigation_after_review.pending")),
                      ("and corrected?", E("ha", "a.litigation_after_review.corrected"))], n + "outcome switch"))
    f.append(F("en", [("Shanghai General Office 2025: requests carried over from 2024?", E("sh25", "r.carried_over.total", alt=SH25_OVER)),
                      ("just the individuals", E("sh25", "r.carried_over.natural_person")),
                      ("and legal service firms?", E("sh25", "r.carried_over.legal_services"))], n + "columns"))
    f.append(F("en", [("how many requests did Hongze District handle in 2024 (总计 row)", E("hz24", "r.total_processed.total")),
                      ("and how many fully disclosed", E("hz24", "r.granted.total"))], n + "row switch"))
    f.append(F("en", [("Shuyang 2025 withheld as process information?", E("sy", "r.withheld.process_info.total")),
                      ("internal affairs?", E("sy", "r.withheld.internal_affairs.total"))], n + "sub-row switch"))
    f.append(F("en", [("Huai'an 2024, requests treated as duplicate applications?", E("ha", "r.not_processed.duplicate.total")),
                      ("same row, Shuyang 2025?", E("sy", "r.not_processed.duplicate.total")),
                      ("only companies in Shuyang?", E("sy", "r.not_processed.duplicate.commercial"))], n + "body then column"))
    f.append(F("en", [("Shanghai GO 2019 procurement projects count?", E("sh19", "c.procurement.projects")),
                      ("Jianxi 2020 same?", E("jx", "c.procurement.projects"))], n + "body switch"))
    f.append(F("en", [("Hongze 2024 administrative reviews total?", E("hz24", "a.review.total")),
                      ("and lawsuits after review?", E("hz24", "a.litigation_after_review.total"))], n + "appeals group"))
    f.append(F("en", [("Huai'an 2024 requests withheld as process information?", E("ha", "r.withheld.process_info.total")),
                      ("as law-enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], n + "sub-row switch"))
    f.append(F("zh", [("沭阳县2025年法律服务机构新收申请几件", E("sy", "r.received.legal_services")),
                      ("它们的予以公开呢", E("sy", "r.granted.legal_services")),
                      ("换成淮安市2024年同一格", E("ha", "r.granted.legal_services"))], n + "column, row, body"))
    f.append(F("en", [("Huai'an 2024 requests from individuals, new in 2024?", E("ha", "r.received.natural_person")),
                      ("how many of theirs were fully granted", E("ha", "r.granted.natural_person")),
                      ("and partly?", E("ha", "r.partially_granted.natural_person"))], n + "row switch within column"))
    f.append(F("zh", [("上海市府办2019年结转下年度的多少件", E("sh19", "r.carried_forward.total", alt=SH19_FWD)),
                      ("2025年同一项", E("sh25", "r.carried_forward.total"))], n + "year switch"))
    return f


def textonly():
    n = TX + " "
    return [
        N("zh", "ha", "等新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会", n),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "截至2024年淮安全市在运维的政务新媒体有多少个", n),
        N("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安2024年收了多少信息处理费（元）", n),
        N("zh", "ha", "政府信息公开栏目全覆盖检查", 4, "次", "2024年淮安市搞了几次政府信息公开栏目全覆盖检查", n),
        N("zh", "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息", n),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", n),
        N("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年门户网站开展意见征集几期", n),
        N("zh", "sy", "发布信息3044条", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条信息", n),
        N("zh", "sy", "全年发出催办提示", 84, "次", "沭阳那个“倒计时报警器”2025年一共发了多少次催办提示", n),
        N("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理过期信息多少条", n),
        N("zh", "sy", "64家单位", 64, "家", "2025年沭阳县集中公开年报的单位有多少家", n),
        N("zh", "sy", "成功推动化解各类争议纠纷", 33, "件", "我在看沭阳2025年的年报，里面说办前主动沟通化解了多少件争议纠纷？", n),
        N("zh", "sy", "全县共办理相关案件", 74, "件", "沭阳县2025年正文里说全县共办理行政复议行政诉讼相关案件多少件", n + "text total"),
        N("zh", "kw", "微信公众号共编发文章", 1640, "篇", "上海科技微信公众号2024年编发了多少篇文章", n),
        N("zh", "kw", "累计观看量 303855", 118, "场", "上海市科委2024年视频号直播了几场", n),
        N("zh", "kw", "日常报送惠企政策", 83, "条", "市科委2024年日常报送惠企政策多少条", n),
        N("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会", n),
        N("zh", "sh25", "新增意大利语网站", 10, "个", "上海国际服务门户到2025年覆盖几个语种", n),
        N("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年申请人主动撤回的申请有多少件", n),
        N("zh", "sh19", "权威发布共计", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次", n),
        N("en", "sh19", "全年共编发公报24期", 24, "期", "How many issues of the Shanghai government gazette were put out in 2019?", n),
        N("en", "sh19", "统一受理平台接入", 53, "个", "In 2019 how many departments were hooked into Shanghai's unified acceptance platform (统一受理平台)?", n),
        N("en", "sh19", "70家政府网站", 70, "家", "Shanghai 2019 report: how many government websites were checked every quarter?", n),
        N("en", "sh25", "召开市政府新闻发布会", 42, "场", "Number of municipal government press conferences held by Shanghai in 2025?", n),
        N("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "Shanghai General Office 2025: how many gazette issues were edited?", n),
        N("en", "sh25", "个区全部上线数字公报", 16, "个", "how many Shanghai districts had put their gazette online digitally in 2025", n),
        N("en", "sh25", "发布各类办事服务指引", 403, "项", "Shanghai International Services Portal, 2025: how many service guides published?", n),
        N("en", "kw", "粉丝数54373", 54373, "人", "STCSM video channel followers by the 2024 report?", n),
        N("en", "kw", "其中原创文章", 294, "篇", "Shanghai science commission WeChat, 2024 - original articles count?", n),
        N("en", "kw", "个高频事项", 5, "个", "The STCSM 2024 report links policies to high-frequency services ('阅办联动') - how many such services?", n),
        N("en", "ha", "形式制作政策解读", 21, "个", "Huai'an 2024: how many policy interpretations (政策解读) were produced?", n),
        N("en", "ha", "制作《淮安市人民政府公报》", 6, "期", "huaian city gazette 2024 how many issues", n),
        N("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024: interpretation items released?", n),
        N("en", "sy", "开设《项目进行时》", 33, "个", "Shuyang County's new-media columns in 2025 - how many were set up?", n),
        N("en", "sy", "年度涌现爆款内容", 52, "条", "In 2025, how many of Shuyang's posts went viral according to the report?", n),
        N("en", "sy", "全年通过县政府门户网站主动公开", 4511, "条", "Shuyang 2025 items proactively published on the county portal?", n),
        N("en", "jx", "个试点领域基层政务公开规范化", 26, "个", "Jianxi District 2020: how many pilot areas got standardised disclosure columns?", n),
        N("en", "sy", "累计开展办前主动沟通", 49, "次", "Shuyang 2025 - pre-handling outreach to applicants, how many times?", n),
    ]


def cannot():
    n = CN + " "
    u = lambda lang, q, why: U(lang, q, why, n + why)  # noqa: E731
    return [
        u("zh", "淮安市2024年信息公开申请按月份分别是多少件", "no monthly breakdown"),
        u("zh", "沭阳2025年申请里男的女的各多少", "no sex breakdown"),
        u("zh", "我妈2025年5月给沭阳县政府写过一个申请问拆迁补偿，到底被归到哪一类了", "one person's own case"),
        u("zh", "洪泽区2022年的年报里收到多少申请", "year not in corpus"),
        u("zh", "南京市2024年信息公开申请有多少件", "body not in corpus"),
        u("zh", "淮安2024年那103件结转的申请为啥没办完", "reasons not stated"),
        u("zh", "预测一下沭阳县2026年会收到多少申请", "forecast"),
        u("zh", "上海市府办2025年申请最多的是哪个话题领域，各多少件", "no topic breakdown"),
        u("zh", "淮安市2024年各个区县分别受理了多少申请", "no district breakdown"),
        u("zh", "你觉得洪泽区2023年的信息公开做得好不好", "opinion"),
        u("zh", "沭阳县2025年申请人里60岁以上的有几个", "no age breakdown"),
        u("zh", "上海科委2023年收到多少申请", "year not in corpus"),
        u("zh", "帮来电人问一下，他叫王某某，2024年在淮安申请的那件是谁经办的，电话多少", "personal data"),
        u("zh", "淮安2024年平均多少天答复一件申请", "response times not stated"),
        u("zh", "涧西区2021年行政复议多少件", "year not in corpus"),
        u("zh", "宿迁市2025年一共收了多少件信息公开申请", "body not in corpus"),
        u("zh", "沭阳2025年行政复议被纠正的那10件分别是哪些乡镇的", "no township breakdown"),
        u("zh", "上海市府办2025年有多少人专门负责信息公开", "staff not stated"),
        u("zh", "淮安市2024年网上申请和信函申请各多少", "no channel breakdown"),
        u("en", "Huai'an 2024: how many requests per quarter?", "no quarterly breakdown"),
        u("en", "Shuyang 2025 - which industries did the company requests come from?", "no industry breakdown"),
        u("en", "My neighbour asked Hongze District for his land file in 2024, was his request granted?", "one person's own case"),
        u("en", "Pudong New Area 2024 disclosure requests total?", "body not in corpus"),
        u("en", "Shanghai General Office 2022 requests received?", "year not in corpus"),
        u("en", "Why did Shanghai General Office 2025 get so many 'not held' answers?", "reasons not stated"),
        u("en", "what will Huai'an's request count be in 2025, roughly?", "forecast"),
        u("en", "Shuyang 2025 requests broken down by township?", "no township breakdown"),
        u("en", "Is Huai'an's 2024 disclosure work better than Shuyang's 2025? your view", "opinion"),
        u("en", "How much did it cost Huai'an to run its disclosure office in 2024?", "costs not stated"),
        u("en", "Hongze District 2023, requests from people living outside the district?", "no residence breakdown"),
        u("en", "STCSM 2024: which department inside the commission handled most requests?", "no department breakdown"),
        u("en", "Qingjiangpu District 2024 disclosure report, requests received?", "body not in corpus"),
        u("en", "Shuyang County 2024 granted requests?", "year not in corpus"),
        u("en", "Give me the names and ID numbers of the people who sued Huai'an in 2024", "personal data"),
        u("en", "Huai'an 2024 requests about housing demolition specifically?", "no topic breakdown"),
        u("en", "Shanghai General Office 2019 requests received in March 2019?", "no monthly breakdown"),
        u("en", "average age of applicants to Jianxi District in 2020?", "no age breakdown"),
        u("en", "Huai'an 2024: how many of the 72 upheld reviews were about the police bureau?", "no department breakdown"),
    ]


def neighbour():
    n = NB + " "
    return [
        T("zh", "ha", "a.litigation_direct.total", "淮安市2024年没经过复议、直接去法院起诉的信息公开案子几件", n + "direct 26 vs text all lawsuits 46"),
        T("zh", "ha", "r.carried_over.total", "淮安2024年从2023年转过来接着办的申请几件（不是转到下一年的）", n + "carried over 34 vs forward 103", alt=HA_OVER),
        T("zh", "sy", "r.received.total", "沭阳县2025年表格“本年新收”合计是多少？别把上年结转的算进去", n + "713 vs text 749"),
        T("zh", "sh25", "r.granted.total", "上海市府办2025年只算“予以公开”那一行（不含部分公开）是多少", n + "206 vs text 208"),
        T("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年无法提供里面，单是本机关不掌握的那一小项几件", n + "sub-item 513 vs group 564"),
        T("zh", "ha", "r.withheld.internal_affairs.total", "淮安2024年因为属于内部事务信息不予公开几件（不是行政查询）", n + "internal 8 vs admin query 105"),
        T("zh", "kw", "r.received.natural_person", "市科委2024年本年新收申请里，只算自然人的", n + "32 vs total 34"),
        T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024, lawsuits filed only after an administrative review (复议后起诉) - total?", n + "20 vs direct 26 / text 46"),
        T("en", "ha", "c.normative_docs.issued", "Huai'an 2024 normative documents newly issued (not repealed, not in force)?", n + "issued 8 vs repealed 26"),
        T("en", "sy", "r.other.overdue_correction.total", "Shuyang 2025: just the requests dropped for not supplementing in time, not the 'other' bucket", n + "9 vs other 143"),
        T("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement - number of projects, not the money", n + "6 vs 25.1"),
        T("en", "hz24", "a.litigation_after_review.total", "Hongze 2024 lawsuits after review, not the direct ones", n + "3 vs 1"),
        T("en", "ha", "a.review.corrected", "Huai'an 2024 reviews where the result was corrected (纠正), not upheld", n + "64 vs 72", alt=(HA_RV, 64)),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
