"""Question bank of blind126 (every wording new). Holds every test question: frozen like test.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib126 as L  # noqa: E402
from helpers126 import E, ER, V, T, S, N, U, D, R, F, C  # noqa: E402

_R = "四、政府信息公开行政复议、行政诉讼情况"
_N = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {"active.coercion.decisions": ("row", "行政强制", 0), "active.fees.amount": ("row", "行政事业性收费", 0),
             "active.licensing.decisions": ("row", "行政许可", 0), "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
             "active.normative_docs.issued": ("row", "行政规范性文件", 0), "active.punishment.decisions": ("row", "行政处罚", 0),
             "appeals.litigation_after_review.total": ("after", _R, 14), "appeals.litigation_direct.total": ("after", _R, 9),
             "appeals.review.total": ("after", _R, 4), "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "requests.granted.total": ("row", "（一）予以公开", 6), "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
             "requests.total_processed.total": ("row", "（七）总计", 6),
             "requests.unable.not_held.total": ("row", "（四）无法提供1.本机关不掌握相关政府信息", 6)},
    "kw": {"active.licensing.decisions": ("row", "行政许可", 0), "active.normative_docs.in_force": ("row", "规范性文件", 2),
           "active.normative_docs.issued": ("row", "规范性文件", 0), "active.punishment.decisions": ("row", "行政处罚", 0),
           "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6), "requests.granted.total": ("row", "三、（一）予以公开", 6),
           "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
           "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
           "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6), "requests.total_processed.total": ("row", "（七）总计", 6)},
    "sh25": {"appeals.litigation_after_review.total": ("after", _N, 14), "appeals.litigation_direct.pending": ("after", _N, 8),
             "appeals.litigation_direct.total": ("after", _N, 9), "appeals.review.pending": ("after", _N, 3),
             "appeals.review.total": ("after", _N, 4), "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
             "requests.carried_over.legal_services": ("row", "二、上年结转政府信息公开申请数量", 4),
             "requests.carried_over.natural_person": ("row", "二、上年结转政府信息公开申请数量", 0),
             "requests.carried_over.total": ("row", "二、上年结转政府信息公开申请数量", 6), "requests.granted.total": ("row", "（一）予以公开", 6),
             "requests.not_processed.duplicate.total": ("row", "2.重复申请", 6), "requests.not_processed.petition.total": ("row", "1.信访举报投诉类申请", 6),
             "requests.received.commercial": ("row", "一、本年新收政府信息公开申请数量", 1),
             "requests.received.natural_person": ("row", "一、本年新收政府信息公开申请数量", 0),
             "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6), "requests.total_processed.total": ("row", "（七）总计", 6),
             "requests.unable.needs_creation.total": ("row", "2.没有现成信息需要另行制作", 6),
             "requests.unable.not_held.total": ("row", "1.本机关不掌握相关政府信息", 6)},
}
L.TEXT_SPECS.update(SPECS)

_HA1 = "全市共受理政府信息公开申请"
_HA2 = "其中结果维持 72 件"
_SH = "代表市政府共受理政府信息公开申请859件"
ALT = {
    ("ha", "requests.received.total"): (_HA1, 3119), ("ha", "requests.total_processed.total"): (_HA1, 3050),
    ("ha", "requests.carried_over.total"): (_HA1, 34), ("ha", "requests.carried_forward.total"): (_HA1, 103),
    ("ha", "appeals.review.total"): (_HA2, 351), ("ha", "appeals.review.upheld"): (_HA2, 72),
    ("ha", "appeals.review.corrected"): (_HA2, 64), ("ha", "appeals.review.other"): (_HA2, 178),
    ("ha", "appeals.review.pending"): (_HA2, 37),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请 34 件", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请 34 件", 2),
    ("kw", "requests.granted.total"): ("同意公开答复 9 件", 9),
    ("sh19", "requests.received.total"): (_SH, 859), ("sh19", "requests.total_processed.total"): (_SH, 805),
    ("sh19", "requests.carried_over.total"): (_SH, 18), ("sh19", "requests.carried_forward.total"): (_SH, 72),
    ("sy", "requests.total_processed.total"): ("全县全年共受理政府信息公开申请 749 件", 718),
    ("sy", "requests.carried_forward.total"): ("全县全年共受理政府信息公开申请 749 件", 31),
    ("jx", "requests.received.total"): ("全年共收到依申请公开17件", 17),
    ("jx", "requests.carried_forward.total"): ("全年共收到依申请公开17件", 2),
}
MONEY = ("active.fees.amount", "active.procurement.amount")


def EA(b, k):
    """expect of one table value: money carries 万元; text-and-table numbers are marked ambiguous."""
    from helpers126 import K
    kw = {}
    if K(k) in MONEY:
        kw["unit"] = "万元"
    a = ALT.get((b, K(k)))
    if a:
        kw["alt"] = a
    return E(b, k, **kw)


P, CB, RK, FU, TX, CN, NB = "[plain] ", "[combine] ", "[rank] ", "[followup] ", "[textonly] ", "[cannot] ", "[neighbour] "

VALUES = [
    ("zh", "sy", "r.granted.total", "沭阳县2025年信息公开申请里直接给公开了的有几件"),
    ("zh", "sy", "r.partially_granted.total", "沭阳25年 部分公开 多少件啊"),
    ("zh", "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，回复说他们手里没有这个信息。想问下2025年像这样答复“本机关不掌握”的一共多少件？"),
    ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年年报，因为属于内部事务信息不予公开的是多少"),
    ("zh", "sy", "r.not_processed.petition.total", "2025年沭阳有多少申请被认定是信访举报投诉类、没按信息公开处理"),
    ("zh", "sy", "r.other.overdue_correction.total", "沭阳县2025 申请人逾期不补正、被视为放弃的几件"),
    ("zh", "sy", "a.review.corrected", "记者想核实：沭阳县2025年涉及信息公开的行政复议，结果被纠正的有几件？"),
    ("zh", "sy", "a.review.pending", "沭阳2025年复议还没审结的多少"),
    ("zh", "sy", "active.licensing.decisions", "二〇二五年沭阳县行政许可处理决定数量是多少"),
    ("zh", "sy", "active.coercion.decisions", "沭阳县2025年 行政强制 决定数"),
    ("zh", "sy", "r.received.legal_services", "12345转来的：来电人问沭阳县2025年律师事务所这类法律服务机构新提出的信息公开申请有几件"),
    ("zh", "sy", "r.carried_forward.total", "沭阳县2025年底还没办完、要转到下一年继续办的申请是多少件"),
    ("zh", "ha", "r.withheld.admin_query.total", "淮安市政府2024年有多少件申请被当成行政查询事项、没给公开"),
    ("zh", "ha", "r.received.legal_services", "淮安2024年 律所之类提的申请 几件"),
    ("zh", "ha", "a.litigation_direct.corrected", "淮安市2024年没经过复议直接去法院告的信息公开官司，判纠正的有几件？"),
    ("zh", "ha", "a.review.pending", "淮安市政府2024年行政复议尚未审结的是多少件"),
    ("zh", "ha", "active.normative_docs.repealed", "淮安2024年废止了几个规范性文件"),
    ("zh", "ha", "active.coercion.decisions", "请问2024年淮安市行政强制的处理决定数量"),
    ("zh", "ha", "r.unable.needs_creation.total", "淮安市2024年因为没有现成信息、需要另行制作所以没法提供的有几件"),
    ("zh", "ha", "r.not_processed.duplicate.total", "淮安市政府24年重复申请不予处理的多少件"),
    ("zh", "ha", "r.granted.commercial", "我是做企业咨询的，想知道淮安市2024年商业企业申请后被予以公开的是几件"),
    ("zh", "ha", "r.other.overdue_fee.total", "淮安市2024 申请人逾期未按收费通知缴费 视为放弃的 有几件"),
    ("zh", "hz23", "r.partially_granted.total", "洪泽区政府2023年部分公开了几件申请"),
    ("zh", "hz23", "r.unable.needs_creation.total", "洪泽23年 需要另行制作 的几件"),
    ("zh", "hz23", "active.punishment.decisions", "洪泽区2023年行政处罚决定一共多少"),
    ("zh", "hz23", "active.normative_docs.in_force", "截至2023年底洪泽区现行有效的规范性文件有多少件"),
    ("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请数"),
    ("zh", "jx", "active.procurement.projects", "涧西区2020年政府集中采购项目数量是多少个"),
    ("zh", "jx", "r.unable.not_held.total", "涧西区2020年答复本机关不掌握的几件"),
    ("zh", "sh19", "active.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数是多少件"),
    ("zh", "sh19", "r.received.commercial", "上海市府办2019年 企业提的申请 几件"),
    ("zh", "sh19", "a.litigation_direct.pending", "2019年上海市政府办公厅直接起诉的案件里尚未审结的有几件"),
    ("zh", "sh19", "active.procurement.amount", "上海市府办2019年政府集中采购金额多少万元"),
    ("zh", "hz24", "active.fees.amount", "洪泽区2024年行政事业性收费金额是多少（万元）"),
    ("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年答复信息不存在、本机关不掌握的申请有几件"),
    ("zh", "hz24", "a.review.total", "洪泽2024年因为信息公开被申请行政复议 总共几起"),
    ("zh", "kw", "r.received.commercial", "上海科委2024年收到商业企业的信息公开申请几件"),
    ("zh", "kw", "active.normative_docs.issued", "市科委2024年新制发规范性文件多少件"),
    ("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年因为要另行制作没法提供的申请有多少"),
    ("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅把多少件申请认定为信访举报投诉类"),
    ("zh", "sh25", "a.litigation_direct.pending", "上海市府办2025年直接起诉的信息公开诉讼里还没审结的几件"),
    ("zh", "sh25", "r.received.commercial", "上海市政府办公厅2025年新收申请中来自商业企业的有多少件"),
    ("zh", "sh25", "r.granted.total", "上海市府办2025 予以公开 多少"),
    ("zh", "ha", "a.litigation_after_review.pending", "淮安2024年复议以后又起诉的那些案子，还没审结的多少件"),
    ("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年经复议后起诉的信息公开案件总数"),
    ("en", "ha", "r.granted.total", "Huai'an city gov 2024, how many info requests were fully disclosed"),
    ("en", "ha", "r.partially_granted.total", "In 2024, how many disclosure requests did Huaian partly grant (部分公开)?"),
    ("en", "ha", "r.unable.not_held.total", "huaian 2024 requests where govt said we dont hold that info - how many"),
    ("en", "ha", "r.withheld.prohibited_by_law.total", "How many requests did Huai'an refuse in 2024 because laws and regulations prohibit disclosure?"),
    ("en", "ha", "active.licensing.decisions", "Number of administrative licensing decisions (行政许可) Huai'an reported for 2024?"),
    ("en", "ha", "a.review.corrected", "For Huai'an 2024, how many administrative reconsideration cases ended with the decision corrected?"),
    ("en", "ha", "a.litigation_direct.total", "I'm a law student. In FY2024, how many info-disclosure lawsuits were filed against Huai'an directly, without reconsideration first?"),
    ("en", "ha", "r.not_processed.petition.total", "Huaian 2024: requests treated as complaints/petitions (信访举报投诉类) and not processed?"),
    ("en", "ha", "active.fees.amount", "How much did Huai'an take in from administrative fees in 2024, in 10k yuan?"),
    ("en", "ha", "r.received.commercial", "how many requests came from companies in Huai'an in 2024"),
    ("en", "sy", "r.withheld.security_stability.total", "Shuyang County 2025 - requests refused because disclosure would endanger security or stability?"),
    ("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025, how many requests they could not answer since the info would need to be newly made?"),
    ("en", "sy", "a.review.upheld", "Shuyang County in 2025: how many reconsideration cases upheld the original decision?"),
    ("en", "sy", "active.punishment.decisions", "what is the administrative punishment number of Shuyang for year 2025"),
    ("en", "sy", "active.normative_docs.in_force", "How many normative documents were currently in force in Shuyang at the end of 2025?"),
    ("en", "sy", "r.other.other.total", "Shuyang 2025, the 'other' handling results row (其他处理) - how many?"),
    ("en", "sy", "r.not_processed.duplicate.total", "In 2025 how many duplicate applications did Shuyang county turn away?"),
    ("en", "sy", "r.granted.natural_person", "Shuyang 2025: how many requests from private individuals were fully disclosed?"),
    ("en", "sy", "active.fees.amount", "shuyang county 2025 administrative fees collected, amount?"),
    ("en", "sy", "r.withheld.enforcement_files.total", "Shuyang 2025, refusals because it was administrative enforcement case files?"),
    ("en", "hz23", "r.unable.not_held.total", "Hongze District 2023: how many times did the govt answer that it does not hold the info?"),
    ("en", "hz23", "active.licensing.decisions", "Hongze district licensing decisions in 2023?"),
    ("en", "hz23", "active.fees.amount", "What was Hongze District's administrative fee income in 2023 (万元)?"),
    ("en", "hz23", "r.withheld.state_secret.total", "Hongze 2023: number of requests refused as state secrets?"),
    ("en", "jx", "active.procurement.amount", "Jianxi District 2020 government procurement amount in 万元?"),
    ("en", "jx", "r.carried_forward.total", "Jianxi district office 2020, requests carried forward to the next year?"),
    ("en", "sh19", "active.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly released (对外公开总数)?"),
    ("en", "sh19", "r.carried_over.total", "How many requests did the Shanghai General Office carry over from the previous year into 2019?"),
    ("en", "sh19", "a.review.pending", "Shanghai gen office 2019, reconsideration cases still pending?"),
    ("en", "sh19", "active.procurement.projects", "How many centralized procurement projects did the Shanghai municipal government general office report for 2019?"),
    ("en", "hz24", "active.licensing.decisions", "Hongze 2024 admin licensing decisions count pls"),
    ("en", "hz24", "a.litigation_after_review.total", "Hongze District 2024: lawsuits brought after an administrative reconsideration?"),
    ("en", "hz24", "r.granted.total", "In 2024 how many requests did Hongze district disclose in full?"),
    ("en", "kw", "active.licensing.decisions", "STCSM 2024 administrative licensing decisions?"),
    ("en", "kw", "r.received.natural_person", "Shanghai science commission, 2024: new requests from individual citizens?"),
    ("en", "kw", "r.total_processed.total", "How many requests did the Shanghai Science and Technology Commission finish handling in total in 2024?"),
    ("en", "sh25", "r.unable.not_held.total", "Shanghai General Office in 2025 - how many times 'we do not hold this info'?"),
    ("en", "sh25", "r.not_processed.duplicate.total", "shanghai general office 2025 repeat applications not processed"),
    ("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: requests carried over from the prior year that came from legal service institutions?"),
    ("en", "sh25", "a.review.pending", "For the Shanghai General Office in 2025, reconsideration cases not yet concluded?"),
    ("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025, how many requests roll into the following year?"),
    ("en", "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025, lawsuits after reconsideration (复议后起诉) total?"),
    ("en", "hz24", "active.punishment.decisions", "Hongze District, 2024, administrative penalty decisions?"),
    ("en", "sy", "r.received.total", "Shuyang County 2025, newly received requests in the table (本年新收), not counting ones carried over?"),
]

SUMS = [
    ("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年全部公开加部分公开一共多少件"),
    ("zh", "ha", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "淮安市2024年因内部事务和过程性信息不予公开的合计"),
    ("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025 信访类+重复申请 一共几件"),
    ("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年复议、直接起诉、复议后起诉加起来总共多少案件"),
    ("zh", "sy", ["r.received.commercial", "r.received.legal_services"], "沭阳县2025年企业和律所两类新提的申请加一起多少"),
    ("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开和本机关不掌握加起来几件"),
    ("zh", "sh19", ["active.regulations.made", "active.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件合计多少件"),
    ("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安2024年无法提供的三种情况加总是多少"),
    ("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: fully plus partly disclosed requests combined?"),
    ("en", "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang 2025, reconsideration upheld + corrected together?"),
    ("en", "ha", ["r.received.commercial", "r.received.research", "r.received.public_interest", "r.received.legal_services", "r.received.other_org"], "Huaian 2024, add up new requests from all five kinds of organisations (companies, research, public-interest, legal services, other)"),
    ("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023: not-held plus needs-creation requests, total?"),
    ("en", "sy", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Shuyang 2025 licensing + punishment + coercion decisions, summed"),
    ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020: all reconsideration and lawsuit cases added together"),
    ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024 - sum of all eight 'not disclosed' reasons"),
    ("en", "sh19", ["r.received.commercial", "r.received.legal_services"], "Shanghai General Office 2019: new requests from companies plus those from legal service firms?"),
]

DIFFS = [
    ("zh", "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少"),
    ("zh", "hz23", "hz24", "active.punishment.decisions", "洪泽区行政处罚决定，2024年相对2023年变化了多少（2024减2023）"),
    ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的答复从2023年到2024年增加了几件"),
    ("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新收申请2025年比2019年多多少"),
    ("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数2019到2025年变化多少"),
    ("en", "hz23", "hz24", "active.coercion.decisions", "Hongze District coercion decisions: change from 2023 to 2024?"),
    ("en", "hz23", "hz24", "active.normative_docs.in_force", "How did Hongze's normative docs in force change between 2023 and 2024?"),
    ("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new requests 2025 minus 2019?"),
    ("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: carried-forward requests, 2025 vs 2019, difference?"),
    ("en", "hz23", "hz24", "r.granted.total", "Hongze district fully disclosed requests grew by how much from 2023 to 2024?"),
]

G5 = ["jx", "ha", "hz23", "sy", "sh19"]
RANKS = [
    ("zh", ["ha", "sy", "hz23"], "r.unable.not_held.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023三家，谁“本机关不掌握”答复最多"),
    ("zh", ["ha", "sy", "jx"], "a.review.total", "asc", "涧西2020、淮安2024、沭阳2025 行政复议数最少的是哪个"),
    ("zh", ["ha", "sy", "hz23", "jx"], "active.punishment.decisions", "desc", "行政处罚决定数：淮安市2024、沭阳县2025、洪泽区2023、涧西区2020 哪家最多"),
    ("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "比一比：淮安2024、沭阳2025、上海市府办2019，新收申请谁最多"),
    ("zh", ["sy", "hz23", "jx"], "r.received.total", "asc", "沭阳县2025年、洪泽区2023年、涧西区2020年，新收申请最少的是谁"),
    ("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "直接起诉的数量，淮安市2024、沭阳县2025、上海市府办2019里哪个最少"),
    ("zh", ["ha", "sy", "hz23"], "active.licensing.decisions", "asc", "淮安2024年、沭阳2025年、洪泽2023年行政许可决定最少的是哪家"),
    ("en", ["ha", "sy", "hz23"], "active.fees.amount", "desc", "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, which collected the most administrative fees?"),
    ("en", ["ha", "sy", "jx"], "r.carried_forward.total", "asc", "Which carried the fewest requests forward: Jianxi 2020, Huai'an 2024 or Shuyang 2025?"),
    ("en", ["ha", "sy", "sh19", "jx"], "r.received.commercial", "desc", "companies' requests: Huaian 2024 vs Shuyang 2025 vs Shanghai Gen Office 2019 vs Jianxi 2020, who got most?"),
    ("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "Partial disclosures - lowest among Huai'an (2024), Shuyang (2025), Hongze (2023)?"),
    ("en", ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "Which body handled the most requests in total: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
    ("en", ["ha", "sy", "jx"], "a.litigation_after_review.total", "desc", "Lawsuits after reconsideration: most among Jianxi 2020, Huai'an 2024, Shuyang 2025?"),
]

NARR = [
    ("zh", "jx", "试点领域", 26, "个", "涧西区2020年设置了多少个试点领域搞基层政务公开标准化"),
    ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安市2024年报里说在运维的政务新媒体一共几个"),
    ("en", "ha", "栏目全覆盖检查", 4, "次", "Huai'an 2024: how many full-coverage checks of disclosure columns were organised?"),
    ("zh", "hz24", "解读信息发布", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息"),
    ("en", "hz24", "解读信息发布", 7, "期", "How many executive meetings of the Hongze government were made public in 2024?"),
    ("zh", "sy", "开展意见征集", 4511, "条", "沭阳县政府门户网站2025年全年主动公开政府信息多少条"),
    ("en", "sy", "开展意见征集", 9, "期", "Shuyang 2025, how many rounds of public opinion solicitation were run on the portal?"),
    ("zh", "sy", "在信息公开页面发布信息", 3044, "条", "2025年沭阳督促县直部门在信息公开页面发了多少条信息"),
    ("en", "sy", "专栏33个", 33, "个", "Shuyang 2025 new-media matrix: how many special columns were opened?"),
    ("zh", "sy", "64家单位", 64, "家", "沭阳2025年集中公开年报的单位有多少家"),
    ("en", "sy", "3份清单", 3, "份", "how many disclosure catalogue lists did Shuyang update in 2025"),
    ("zh", "sh25", "新闻通气会", 42, "场", "上海市政府2025年开了多少场新闻发布会"),
    ("en", "sh25", "新闻通气会", 19, "场", "Shanghai General Office 2025 report: number of press briefings (新闻通气会)?"),
    ("zh", "sh25", "刊登市政府规章", 24, "期", "2025年上海市政府公报编了几期"),
    ("en", "sh25", "刊登市政府规章", 243, "件", "In 2025 how many documents did the Shanghai government gazette carry?"),
    ("zh", "sh25", "数字公报", 16, "个", "上海2025年有几个区上线了数字公报"),
    ("zh", "kw", "原创文章", 1640, "篇", "上海科技公众号2024年一共发了几篇文章"),
    ("en", "kw", "原创文章", 294, "篇", "STCSM's WeChat account in 2024, how many original articles?"),
    ("zh", "kw", "原创文章", 1016823, "人", "市科委2024年报说“上海科技”公众号关注人数是多少"),
    ("en", "kw", "高频事项", 5, "个", "Shanghai science commission 2024: how many high-frequency service items are mentioned?"),
    ("zh", "sh19", "统一受理平台接入", 53, "个", "2019年上海一网通办统一受理平台接入了多少个部门"),
    ("en", "sh19", "统一受理平台接入", 2261, "项", "Shanghai 2019 one-stop platform: how many service items were connected?"),
    ("zh", "sh19", "权威发布共计", 38, "次", "上海市府办2019年对常务会议议题权威发布了几次"),
    ("en", "sh19", "全年共编发公报", 24, "期", "Shanghai General Office 2019, issues of the municipal gazette published?"),
    ("zh", "sh19", "全年共编发公报", 112, "件", "2019年上海市政府公报刊登规章、规范性文件等一共多少件"),
    ("en", "sh19", "全年共编发公报", 45, "件", "Shanghai gazette 2019 - departmental normative documents carried?"),
    ("zh", "sh19", "全年共编发公报", 83, "件", "上海市政府公报2019年登了几篇政策解读"),
    ("en", "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai inspect every quarter in 2019?"),
    ("en", "jx", "试点领域", 26, "个", "Jianxi District 2020 - number of pilot areas for grassroots disclosure standardisation?"),
    ("en", "ha", "在运维政务新媒体", 95, "个", "how many gov new-media accounts did huaian run in 2024"),
    ("zh", "ha", "栏目全覆盖检查", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查"),
    ("en", "hz24", "解读信息发布", 2428, "条", "Hongze 2024 - pieces of government info proactively posted on the website platform?"),
    ("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年政务新媒体开了多少个专栏"),
    ("en", "sy", "64家单位", 64, "家", "Shuyang 2025: how many units had their annual reports published together?"),
    ("en", "sh25", "数字公报", 16, "个", "Shanghai 2025, how many districts launched digital gazettes?"),
    ("zh", "sh25", "刊登市政府规章", 243, "件", "上海市政府公报2025年刊登的文件一共多少件"),
    ("zh", "sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的政府网站有多少家"),
    ("en", "kw", "原创文章", 1640, "篇", "STCSM 2024 WeChat public account total articles published?"),
]

UNANS = [
    ("zh", "沭阳县2025年信息公开申请按月份分，哪个月最多", "no monthly breakdown"),
    ("zh", "淮安市2024年申请里关于征地拆迁的有多少件", "no topic breakdown"),
    ("zh", "洪泽区2023年申请人里60岁以上的几个", "no age breakdown"),
    ("zh", "我叫王某某，2025年3月给沭阳县政府递了申请，现在办到哪一步了", "one person's own case"),
    ("zh", "上海市府办2025年为什么不掌握的答复那么多", "reasons not stated"),
    ("zh", "预测一下淮安市2026年会收到多少信息公开申请", "forecast"),
    ("zh", "南京市2024年政府信息公开申请收了多少", "body not in corpus"),
    ("zh", "沭阳县2024年新收申请多少件", "year not in corpus"),
    ("zh", "洪泽区2022年行政复议几件", "year not in corpus"),
    ("zh", "淮安市2024年各个县区分别收到多少申请", "no district breakdown"),
    ("zh", "你觉得上海市府办2019年信息公开做得好不好", "opinion"),
    ("zh", "涧西区2020年申请信息公开的那几个人叫什么名字 电话多少", "personal data"),
    ("zh", "上海科委2024年处理一件申请平均要几天", "response time not stated"),
    ("zh", "沭阳2025年信息公开工作有几个工作人员", "staff not stated"),
    ("zh", "浦东新区2025年信息公开年报里予以公开多少件", "body not in corpus"),
    ("zh", "上海市科委2023年收到多少申请", "year not in corpus"),
    ("zh", "淮安市2024年男性申请人和女性申请人各多少", "no sex breakdown"),
    ("zh", "沭阳县2025年网上申请和信函申请各占多少", "no channel breakdown"),
    ("zh", "我舅舅2024年在淮安告过市政府信息公开，他那个案子判赢了没", "one person's own case"),
    ("en", "Shuyang 2025 requests by township - which town sent the most?", "no township breakdown"),
    ("en", "How many Huai'an 2024 requests were about housing demolition compensation?", "no topic breakdown"),
    ("en", "Predict Shanghai General Office's 2026 request volume", "forecast"),
    ("en", "Suqian city 2024 info disclosure requests received?", "body not in corpus"),
    ("en", "Jianxi district 2021 requests received?", "year not in corpus"),
    ("en", "Shanghai General Office 2022 number of reconsiderations?", "year not in corpus"),
    ("en", "Why did the Hongze district get more requests in 2024 than in 2023?", "reasons not stated"),
    ("en", "What share of Huai'an 2024 applicants were women?", "no sex breakdown"),
    ("en", "I applied to Shuyang in 2025 about my land. Was mine one of the disclosed ones?", "one person's own case"),
    ("en", "Which quarter of 2024 had the most requests at Huai'an?", "no quarter breakdown"),
    ("en", "How many staff handle disclosure at the Shanghai science commission in 2024?", "staff not stated"),
    ("en", "Give me the names and ID numbers of applicants to Hongze in 2023", "personal data"),
    ("en", "Is Shuyang's 2025 disclosure work better than Huai'an's 2024? your opinion", "opinion"),
    ("en", "Qingjiangpu district 2024 fully disclosed requests?", "body not in corpus"),
    ("en", "Huai'an 2024 requests from applicants living outside Jiangsu?", "no residence breakdown"),
    ("en", "Shanghai General Office 2025: how many requests were about the transport department?", "no department breakdown"),
    ("en", "average days to reply to a request, Jianxi 2020?", "response time not stated"),
    ("en", "Shuyang 2025 requests by industry of the company applicants?", "no industry breakdown"),
    ("en", "What did Huai'an spend on its disclosure work in 2024 (cost)?", "cost not stated"),
]

TRAPS = [
    ("zh", "sy", "r.carried_over.total", "沭阳县2025年从2024年结转过来的申请多少件（不是结转到下年的）", "carried over vs carried forward"),
    ("zh", "sy", "a.litigation_direct.total", "沭阳2025年没经过复议、直接起诉的有几件", "direct vs after review"),
    ("zh", "ha", "active.normative_docs.issued", "淮安2024年新制发的规范性文件几件，不是废止也不是现行有效", "issued vs repealed/in force"),
    ("zh", "ha", "r.withheld.process_info.total", "淮安市2024年以过程性信息为由不公开的几件（不是内部事务）", "process info vs internal affairs"),
    ("zh", "sy", "r.partially_granted.total", "沭阳县2025 部分公开的，不含全部公开的", "partial vs granted"),
    ("zh", "sh19", "active.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数，不是本年新制作数", "total published vs made"),
    ("zh", "ha", "r.received.legal_services", "淮安2024年法律服务机构申请数（别拿商业企业的）", "legal services vs commercial"),
    ("en", "ha", "a.review.corrected", "Huai'an 2024 reconsiderations: corrected ones only, not the 'other outcome' ones", "corrected vs other"),
    ("en", "ha", "r.unable.needs_creation.total", "Huaian 2024 requests needing new info to be created - not the 'not held' ones", "needs creation vs not held"),
    ("en", "jx", "active.procurement.projects", "Jianxi 2020 procurement: the number of projects, not the amount", "projects vs amount"),
    ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits after reconsideration only, not direct ones", "after review vs direct"),
    ("en", "ha", "r.received.commercial", "Huai'an 2024 requests from companies only (not the total of all legal persons)", "one column vs group"),
    ("en", "sy", "r.withheld.internal_affairs.total", "Shuyang 2025: internal-affairs refusals only, not the whole 'not disclosed' group", "sub-item vs group"),
]


def FOLLOWS():
    out = []
    def f(lang, turns, note):
        out.append(F(lang, [(q, EA(b, k)) for q, b, k in turns], FU + note))
    f("zh", [("沭阳县2025年自然人新收申请多少", "sy", "r.received.natural_person"), ("那企业的呢", "sy", "r.received.commercial")], "switch column")
    f("zh", [("淮安市2024年行政复议总数", "ha", "a.review.total"), ("直接起诉的呢", "ha", "a.litigation_direct.total"), ("复议后再起诉的", "ha", "a.litigation_after_review.total")], "switch appeal group")
    f("zh", [("上海市府办2019年新收申请是多少", "sh19", "r.received.total"), ("那个人的呢", "sh19", "r.received.natural_person"), ("换成2025年同一项呢", "sh25", "r.received.natural_person")], "switch column, then year")
    f("zh", [("洪泽区2023年行政许可决定多少", "hz23", "active.licensing.decisions"), ("同一项2024年", "hz24", "active.licensing.decisions")], "switch year")
    f("zh", [("淮安2024年本机关不掌握几件", "ha", "r.unable.not_held.total"), ("沭阳县2025年同一项呢", "sy", "r.unable.not_held.total")], "switch body")
    f("zh", [("沭阳2025年复议维持的", "sy", "a.review.upheld"), ("纠正的呢", "sy", "a.review.corrected"), ("还没审结的", "sy", "a.review.pending")], "switch outcome")
    f("zh", [("涧西区2020年新收申请多少", "jx", "r.received.total"), ("予以公开的呢", "jx", "r.granted.total"), ("还在办、转到下年的呢", "jx", "r.carried_forward.total")], "switch row")
    f("zh", [("上海科委2024年新收申请", "kw", "r.received.total"), ("上年结转过来的几件", "kw", "r.carried_over.total")], "switch row")
    f("zh", [("上海市府办2025年行政复议多少件", "sh25", "a.review.total"), ("直接起诉的", "sh25", "a.litigation_direct.total")], "switch appeal group")
    f("zh", [("淮安市2024年行政处罚决定数量", "ha", "active.punishment.decisions"), ("行政强制呢", "ha", "active.coercion.decisions")], "switch row")
    f("zh", [("沭阳县2025年现行有效规范性文件", "sy", "active.normative_docs.in_force"), ("新制发了几件", "sy", "active.normative_docs.issued"), ("废止的", "sy", "active.normative_docs.repealed")], "switch column")
    f("zh", [("洪泽区2023年部分公开几件", "hz23", "r.partially_granted.total"), ("淮安市2024年呢", "ha", "r.partially_granted.total")], "switch body")
    f("zh", [("上海市府办2025年上年结转申请中自然人的", "sh25", "r.carried_over.natural_person"), ("法律服务机构的呢", "sh25", "r.carried_over.legal_services")], "switch column")
    f("zh", [("淮安2024年商业企业新收申请", "ha", "r.received.commercial"), ("律所的", "ha", "r.received.legal_services"), ("个人的", "ha", "r.received.natural_person")], "switch column")
    f("zh", [("沭阳2025年行政许可决定多少", "sy", "active.licensing.decisions"), ("淮安市2024年的呢", "ha", "active.licensing.decisions")], "switch body")
    f("zh", [("涧西2020年复议几件", "jx", "a.review.total"), ("诉讼呢 直接起诉的", "jx", "a.litigation_direct.total")], "switch group")
    f("zh", [("上海市府办2019年结转下年的申请", "sh19", "r.carried_forward.total"), ("同一项2025年", "sh25", "r.carried_forward.total")], "switch year")
    f("zh", [("沭阳县2025年信访举报类不予处理的", "sy", "r.not_processed.petition.total"), ("重复申请的呢", "sy", "r.not_processed.duplicate.total")], "switch row")
    f("zh", [("淮安市2024年过程性信息不予公开几件", "ha", "r.withheld.process_info.total"), ("内部事务的", "ha", "r.withheld.internal_affairs.total")], "switch row")
    f("en", [("Huai'an 2024 reconsideration cases upheld?", "ha", "a.review.upheld"), ("and the court ones? direct suits upheld", "ha", "a.litigation_direct.upheld")], "switch group")
    f("en", [("Shuyang 2025 requests from individuals (new)?", "sy", "r.received.natural_person"), ("what about companies", "sy", "r.received.commercial")], "switch column")
    f("en", [("Hongze 2023 punishment decisions?", "hz23", "active.punishment.decisions"), ("2024?", "hz24", "active.punishment.decisions")], "switch year")
    f("en", [("Shanghai General Office 2019 new requests from companies?", "sh19", "r.received.commercial"), ("same for 2025", "sh25", "r.received.commercial")], "switch year")
    f("en", [("Huai'an 2024 requests carried over from the previous year?", "ha", "r.carried_over.total"), ("and carried forward to next year?", "ha", "r.carried_forward.total")], "switch row")
    f("en", [("Jianxi 2020 requests granted in full?", "jx", "r.granted.total"), ("Shuyang 2025?", "sy", "r.granted.total"), ("and Huai'an in 2024", "ha", "r.granted.total")], "switch body")
    f("en", [("STCSM 2024 normative documents issued?", "kw", "active.normative_docs.issued"), ("in force?", "kw", "active.normative_docs.in_force")], "switch column")
    f("en", [("Shanghai General Office 2025 reconsiderations total?", "sh25", "a.review.total"), ("pending ones", "sh25", "a.review.pending")], "switch outcome")
    f("en", [("Shuyang 2025 direct lawsuits?", "sy", "a.litigation_direct.total"), ("after review?", "sy", "a.litigation_after_review.total")], "switch group")
    f("en", [("Huai'an 2024 admin fee income (万元)?", "ha", "active.fees.amount"), ("Shuyang 2025 same item", "sy", "active.fees.amount"), ("Hongze 2023?", "hz23", "active.fees.amount")], "switch body")
    f("en", [("Hongze 2024 requests not held?", "hz24", "r.unable.not_held.total"), ("2023 then", "hz23", "r.unable.not_held.total"), ("and needing new info created, same year", "hz23", "r.unable.needs_creation.total")], "switch year, then row")
    f("en", [("Shanghai General Office 2025, petitions-type requests not processed?", "sh25", "r.not_processed.petition.total"), ("duplicates?", "sh25", "r.not_processed.duplicate.total")], "switch row")
    f("en", [("Huai'an 2024 state secret refusals", "ha", "r.withheld.state_secret.total"), ("third-party rights ones?", "ha", "r.withheld.third_party.total")], "switch row")
    f("en", [("Shuyang 2025 reconsideration total", "sy", "a.review.total"), ("and Huai'an 2024", "ha", "a.review.total")], "switch body")
    f("en", [("Jianxi 2020 procurement amount?", "jx", "active.procurement.amount"), ("Shanghai General Office 2019?", "sh19", "active.procurement.amount")], "switch body")
    f("en", [("Shuyang 2025 requests handled in total (办理总计)?", "sy", "r.total_processed.total"), ("carried forward?", "sy", "r.carried_forward.total")], "switch row")
    f("en", [("Huai'an 2024 requests refused as administrative inquiries", "ha", "r.withheld.admin_query.total"), ("and in Shuyang for 2025", "sy", "r.withheld.admin_query.total")], "switch body")
    f("en", [("Hongze 2024 new requests?", "hz24", "r.received.total"), ("handled in total?", "hz24", "r.total_processed.total")], "switch row")
    f("zh", [("上海科委2024年予以公开几件", "kw", "r.granted.total"), ("办理总计呢", "kw", "r.total_processed.total")], "switch row")
    return out


def CONVERSATIONS():
    out = []
    for lang, b, k, q in VALUES:
        out.append(C("value", lang, [(q, EA(b, k))], P + "table value"))
    for lang, b, ks, q in SUMS:
        out.append(S(lang, b, ks, q, CB + "sum of the listed cells"))
    for lang, b1, b2, k, q in DIFFS:
        out.append(D(lang, b1, b2, k, q, CB + "later year minus earlier year"))
    for lang, bs, k, o, q in RANKS:
        kw = {"unit": "万元"} if k in MONEY else {}
        out.append(C("ranking", lang, [(q, ER(bs, k, o, **kw))], RK + "ranking over gold bodies"))
    for lang, b, kw, v, u, q in NARR:
        out.append(N(lang, b, kw, v, u, q, TX + "number stated only in the text"))
    for lang, q, why in UNANS:
        out.append(U(lang, q, why, CN + why))
    for lang, b, k, q, why in TRAPS:
        out.append(C("trap", lang, [(q, EA(b, k))], NB + why))
    out += FOLLOWS()
    return out
