"""Question bank of the forty-fourth blind set (evals/blind44). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here except narrative numbers, which helpers44.EN verifies against the
sentence cut from the report; table values come from gold/*.json or from the printed cells in
SPECS (the same cells blind6 verified), through helpers44.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib44 as L  # noqa: E402
from helpers44 import C, E, EN, EU, ED, ER, KS  # noqa: E402

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

# cells whose number the report text states as well: marked ambiguous, sentence acceptable
_HA = "全市共受理政府信息公开申请"
_HAR = "结果纠正 64 件"
_SH = "代表市政府共受理"
_JX = "全年共收到依申请公开"
_KW = "全年收到政府信息公开申请"
_S25 = "市政府共受理政府信息公开申请"
AMB = {
    ("ha", "requests.received.total"): (_HA, 3119),
    ("ha", "requests.total_processed.total"): (_HA, 3050),
    ("ha", "requests.carried_forward.total"): (_HA, 103),
    ("ha", "requests.carried_over.total"): (_HA, 34),
    ("ha", "appeals.review.total"): (_HAR, 351),
    ("ha", "appeals.review.upheld"): (_HAR, 72),
    ("ha", "appeals.review.corrected"): (_HAR, 64),
    ("ha", "appeals.review.other"): (_HAR, 178),
    ("ha", "appeals.review.pending"): (_HAR, 37),
    ("hz23", "requests.received.total"): ("全区受理政府信息公开申请", 21),
    ("sh19", "requests.received.total"): (_SH, 859),
    ("sh19", "requests.total_processed.total"): (_SH, 805),
    ("sh19", "requests.carried_forward.total"): (_SH, 72),
    ("sh19", "requests.carried_over.total"): (_SH, 18),
    ("sh19", "active.normative_docs.made"): ("行政规范性文件60件", 60),
    ("sh19", "active.normative_docs.published"): ("行政规范性文件60件", 60),
    ("sh19", "appeals.review.total"): ("信息公开类行政复议7件", 7),
    ("sh19", "appeals.litigation_direct.total"): ("信息公开类行政复议7件", 9),
    ("jx", "requests.received.total"): (_JX, 17),
    ("jx", "requests.total_processed.total"): (_JX, 15),
    ("jx", "requests.carried_forward.total"): (_JX, 2),
    ("kw", "requests.received.total"): (_KW, 34),
    ("kw", "requests.carried_over.total"): (_KW, 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("sh25", "requests.received.total"): (_S25, 1295),
    ("sh25", "requests.carried_over.total"): (_S25, 189),
    ("sh25", "requests.total_processed.total"): (_S25, 1191),
    ("sy", "requests.received.legal_person"): ("法人或其他组织申请", 8),
    ("ha", "active.regulations.issued"): ("新增公开市政府规章", 1),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "active.regulations.published"): ("主动公开规章13件", 13),
}
MONEY = {"active.fees.amount", "active.procurement.amount"}


def e(b, keys, **kw):
    ks = KS(keys)
    if len(ks) == 1 and (b, ks[0]) in AMB and "alt" not in kw:
        kw["alt"] = AMB[(b, ks[0])]
    if any(k in MONEY for k in ks):
        kw.setdefault("unit", "万元")
    return E(b, ks, **kw)


def one(kind, tag, lang, b, keys, q, what=""):
    return C(kind, lang, [(q, e(b, keys))], "%s %s" % (tag, what or "table value"))


PLAIN = [
    # 淮安市 2024 (gold)
    ("zh", "ha", "r.received.total", "淮安市政府2024年一共收了多少份信息公开申请"),
    ("zh", "ha", "r.granted.total", "淮安24年申请里直接给公开了的有几件"),
    ("en", "ha", "r.partially_granted.total", "Huai'an city gov 2024 — how many requests got only part of the info released?"),
    ("zh", "ha", "r.unable.not_held.total", "我问下 淮安市2024年 回复说本机关不掌握的 有多少"),
    ("en", "ha", "r.withheld.admin_query.total", "In 2024 how many applications did Huaian turn away as being really administrative inquiries rather than disclosure requests (行政查询事项)?"),
    ("zh", "ha", "r.not_processed.petition.total", "2024年淮安市政府，把申请当成信访举报投诉不予处理的有多少件？"),
    ("en", "ha", "a.review.corrected", "Huai'an 2024 admin reconsideration on disclosure: how many ended with the decision being corrected?"),
    ("zh", "ha", "a.litigation_direct.total", "记者求证：淮安市人民政府2024年因信息公开被直接起诉（未经复议）的案子总共几起？"),
    ("en", "ha", "active.normative_docs.repealed", "how many normative docs did huaian scrap in 2024"),
    ("zh", "ha", "active.fees.amount", "淮安2024行政事业性收费收了多少钱（万元）"),
    ("en", "ha", "r.total_processed.total", "Total number of requests Huai'an dealt with and closed out in 2024 (办理结果总计)?"),
    ("zh", "ha", "r.carried_forward.total", "淮安市2024年没办完、要挪到下一年接着办的申请有多少"),
    ("en", "ha", "r.received.legal_services", "law firms asking Huaian gov for info in 2024 — how many new applications did they file?"),
    ("zh", "ha", "r.withheld.internal_affairs.total", "二〇二四年淮安市 以属于内部事务信息为由不予公开的 件数"),
    ("en", "ha", "a.litigation_after_review.pending", "Huaian FY2024: lawsuits filed after a reconsideration that are still undecided — number?"),
    ("zh", "ha", "active.coercion.decisions", "淮安市2024年行政强制的处理决定有多少"),
    ("en", "ha", "r.other.overdue_correction.total", "For Huai'an in 2024, how many files were closed because the applicant never came back to fix (补正) the request in time?"),
    ("zh", "ha", "r.received.commercial", "帮同事问：2024年淮安市政府收到的公司企业提交的申请是多少件"),
    ("en", "ha", "active.regulations.in_force", "Huaian municipal government rules (规章) that were currently in force at the end of 2024 — how many?"),
    ("zh", "ha", "r.not_processed.duplicate.total", "淮安2024 重复申请有几个"),
    # 沭阳县 2025 (gold)
    ("zh", "sy", "r.received.total", "沭阳县2025年表里本年新收的申请有多少件，不算上一年结转过来的"),
    ("en", "sy", "r.granted.total", "Shuyang County 2025, requests where they handed over everything asked for?"),
    ("zh", "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，人家说他们手里没有这个信息。想问下2025年像这样回复“本机关不掌握”的一共多少件？"),
    ("en", "sy", "a.review.total", "how many administrative reconsiderations about info disclosure did shuyang county have in 2025 total"),
    ("zh", "sy", "a.review.pending", "沭阳2025年的信息公开行政复议里还没审结的有几件"),
    ("en", "sy", "r.other.other.total", "Shuyang 2025, the catch-all 'other outcome' row under 其他处理 (not the overdue ones) — figure please"),
    ("zh", "sy", "active.licensing.decisions", "25年沭阳县行政许可处理决定数"),
    ("en", "sy", "active.punishment.decisions", "number of administrative penalty decisions, Shuyang County, 2025?"),
    ("zh", "sy", "r.withheld.internal_affairs.total", "12345转接：市民问沭阳县政府2025年以内部事务信息为由不公开的有多少件"),
    ("en", "sy", "r.carried_forward.total", "Shuyang County Government in 2025: how many requests were rolled over into the following year unfinished?"),
    ("zh", "sy", "active.normative_docs.in_force", "沭阳县截至2025年底现行有效的行政规范性文件几件"),
    ("en", "sy", "r.partially_granted.total", "shuyang 2025 partial disclosure count pls"),
    ("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年复议以后又去法院起诉的行政诉讼总数"),
    ("en", "sy", "r.received.natural_person", "In 2025, how many fresh applications did private individuals (自然人) file with Shuyang County, not counting ones carried over?"),
    ("zh", "sy", "r.other.overdue_fee.total", "2025年沭阳县 申请人逾期没交信息处理费的 有几件"),
    ("en", "sy", "active.fees.amount", "Shuyang County 2025 administrative fees collected (in 10k yuan)?"),
    ("zh", "sy", "r.withheld.enforcement_files.total", "沭阳2025年因为属于行政执法案卷不公开的"),
    ("en", "sy", "r.received.legal_person", "Shuyang, 2025: applications from legal persons and other organisations combined — how many?"),
    # 洪泽区 2023 (gold)
    ("zh", "hz23", "r.received.total", "洪泽区政府2023年收到几件信息公开申请啊"),
    ("en", "hz23", "r.partially_granted.total", "Hongze District 2023 — partly disclosed requests?"),
    ("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年说没有现成信息、得另外制作的申请几件"),
    ("en", "hz23", "active.punishment.decisions", "Hongze District Government, administrative penalty decisions in 2023?"),
    ("zh", "hz23", "active.normative_docs.repealed", "洪泽2023年废止了几件规范性文件"),
    ("en", "hz23", "active.licensing.decisions", "how many licensing decisions hongze made in 2023"),
    ("zh", "hz23", "r.unable.not_held.total", "请核对：洪泽区人民政府2023年度报告表三“本机关不掌握相关政府信息”总计栏"),
    ("en", "hz23", "active.coercion.decisions", "Hongze 2023 administrative coercion decisions (行政强制)?"),
    # 上海市府办 2019 (gold)
    ("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少信息公开申请"),
    ("en", "sh19", "r.received.commercial", "Shanghai General Office 2019: new requests from businesses (商业企业)?"),
    ("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年，个人申请的里面答复本机关不掌握的有多少"),
    ("en", "sh19", "active.regulations.total_published", "In 2019 what was the total number of Shanghai municipal regulations published to the public overall (对外公开总数量)?"),
    ("zh", "sh19", "r.not_processed.petition.natural_person", "19年上海市政府办公厅 自然人申请被当作信访举报投诉类不予处理的件数"),
    ("en", "sh19", "active.procurement.projects", "Shanghai General Office 2019 — number of centralised procurement projects?"),
    ("zh", "sh19", "r.carried_forward.total", "上海市府办2019年结转到下一年度继续办理的申请有几件"),
    ("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office, 2019: individuals' requests refused as state secrets?"),
    ("zh", "sh19", "active.normative_docs.total_published", "2019年上海市政府规范性文件对外公开总数量是多少"),
    ("en", "sh19", "r.unable.needs_creation.natural_person", "For 2019, Shanghai gen office said 'would have to create the info' to individuals how many times?"),
    ("zh", "sh19", "r.total_processed.natural_person", "上海市政府办公厅二〇一九年 自然人那一列 办理结果总计"),
    # 涧西区 2020 (gold)
    ("zh", "jx", "r.received.total", "涧西区政府办2020年收到几个依申请公开"),
    ("en", "jx", "r.granted.total", "Jianxi District 2020, how many requests were fully disclosed?"),
    ("zh", "jx", "active.procurement.amount", "涧西区人民政府办公室2020年政府集中采购总金额多少万元"),
    ("en", "jx", "active.normative_docs.made", "Jianxi District office 2020 — normative documents newly made (本年新制作)?"),
    ("zh", "jx", "a.review.total", "涧西2020年信息公开行政复议有几起"),
    ("en", "jx", "r.unable.not_held.total", "jianxi 2020 how many answered 'we dont have this info'"),
    # 洪泽区 2024 (text cells)
    ("zh", "hz24", "r.received.total", "洪泽区2024年表格里本年新收申请总数是多少"),
    ("en", "hz24", "active.licensing.decisions", "Hongze District 2024: administrative licensing decisions?"),
    ("zh", "hz24", "r.unable.not_held.total", "洪泽2024年以本机关不掌握答复的申请数"),
    ("en", "hz24", "active.fees.amount", "What did Hongze District take in from administrative fees in 2024 (万元)?"),
    ("zh", "hz24", "appeals.review.total", "二〇二四年洪泽区政府信息公开行政复议一共几件"),
    ("en", "hz24", "active.punishment.decisions", "hongze district penalties decided 2024 number"),
    ("zh", "hz24", "r.granted.total", "洪泽区2024年予以公开的有多少件"),
    # 上海市科委 2024 (text cells)
    ("zh", "kw", "r.received.total", "上海市科委2024年新收了多少信息公开申请"),
    ("en", "kw", "active.licensing.decisions", "STCSM 2024 — administrative licensing decisions made?"),
    ("zh", "kw", "active.normative_docs.in_force", "市科委2024年底现行有效的规范性文件有几件"),
    ("en", "kw", "r.received.natural_person", "Shanghai science commission in 2024, new requests from citizens (自然人)?"),
    ("zh", "kw", "r.total_processed.total", "上海科委2024年办理结果总计是多少"),
    # 上海市府办 2025 (text cells)
    ("zh", "sh25", "r.received.total", "上海市政府办公厅2025年受理信息公开申请多少件"),
    ("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests answered with 'this office does not hold the information'?"),
    ("zh", "sh25", "appeals.review.total", "2025年上海市府办被申请信息公开行政复议的总数"),
    ("en", "sh25", "r.not_processed.petition.total", "How many 2025 applications did the Shanghai General Office treat as petitions/complaints and not process?"),
    ("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025 需要另行制作所以没提供的 几件"),
    ("en", "sh25", "r.carried_forward.total", "Shanghai Municipal Govt General Office, 2025: how many requests carried into next year?"),
    ("zh", "sh25", "appeals.litigation_direct.total", "上海市府办2025年信息公开直接起诉的行政诉讼总数"),
    ("en", "sh25", "r.received.commercial", "2025 Shanghai General Office — new applications from commercial enterprises?"),
    ("zh", "sh25", "r.granted.total", "25年上海市府办予以公开多少件"),
    ("en", "sh25", "r.not_processed.duplicate.total", "Shanghai general office 2025 duplicate requests count"),
    ("zh", "sh25", "appeals.litigation_after_review.total", "上海市政府办公厅2025年复议后起诉的诉讼合计几件"),
    ("en", "sh25", "r.carried_over.natural_person", "Shanghai General Office 2025: individuals' requests carried over from the year before?"),
    ("en", "sh25", "r.total_processed.total", "Shanghai General Office 2025 — requests completed in total (办理结果总计)?"),
    ("en", "kw", "r.carried_over.total", "my prof wants STCSM 2024 figures: requests brought forward from the year before?"),
    ("en", "hz24", "r.carried_forward.total", "Hongze 2024, any requests left over to next year? how many"),
    ("en", "sy", "a.litigation_direct.upheld", "Shuyang 2025, direct lawsuits where the court upheld the county — count?"),
    ("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: refused because laws/regulations forbid disclosure — number?"),
]

SUMS = [
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件"),
    ("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: reconsiderations + direct lawsuits + post-reconsideration lawsuits, add them up"),
    ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年 不掌握 和 需另行制作 两项加起来"),
    ("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025 — sum the three 'other handling' rows (missed correction deadline, unpaid fee, other)"),
    ("zh", "sh19", ["r.received.total", "r.carried_over.total"], "上海市府办2019年新收的加上年结转的，合计多少"),
    ("en", "sh19", ["active.regulations.made", "active.normative_docs.made"], "Shanghai 2019: regulations made plus normative documents made, together?"),
    ("zh", "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类处理决定加一起多少"),
    ("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023: withheld as state secret + process info + enforcement files, total?"),
    ("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开和本机关不掌握一共几件"),
    ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020 all appeal cases combined (review + both kinds of lawsuit)?"),
    ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安市2024年不予公开八个小项全加起来是多少"),
    ("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Shuyang 2025: add up the refusals for stability, third-party rights, internal affairs, process info and enforcement files"),
    ("zh", "kw", ["r.received.total", "r.carried_over.total"], "上海市科委2024年新收申请和上年结转的合起来多少件"),
    ("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shanghai General Office 2025: 'not held' plus 'needs to be newly created', combined?"),
    ("zh", "hz24", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"], "洪泽区2024年行政复议、直接诉讼、复议后诉讼加一块"),
    ("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huaian 2024 citizens: new requests plus ones carried over from before, sum?"),
]

DIFFS = [
    ("zh", "hz23", "hz24", "active.punishment.decisions", "洪泽区行政处罚决定数，2024年比2023年多了还是少了多少"),
    ("en", "hz23", "hz24", "active.licensing.decisions", "Hongze District licensing decisions: change from 2023 to 2024?"),
    ("zh", "hz23", "hz24", "active.normative_docs.in_force", "洪泽区现行有效规范性文件2024年比2023年变化多少"),
    ("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze 'not held' replies went from ? in 2023 to ? in 2024 — what's the difference?"),
    ("zh", "hz23", "hz24", "active.fees.amount", "洪泽区行政事业性收费金额2024年相比2023年增减多少万元"),
    ("en", "sh19", "sh25", "r.received.total", "Shanghai General Office new requests: how much higher in 2025 than in 2019?"),
    ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请，2025年比2019年多多少"),
    ("en", "sh19", "sh25", "a.review.total", "Shanghai General Office disclosure reconsiderations, 2019 vs 2025: the increase?"),
    ("zh", "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅自然人新收申请 2019年到2025年涨了多少"),
    ("en", "sh19", "sh25", "r.carried_over.total", "Change in carried-over requests at the Shanghai General Office between 2019 and 2025?"),
]

RANKS = [
    ("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，哪家新收申请最多"),
    ("en", ["ha", "sy", "hz23", "jx"], "r.received.total", "asc", "Among Huai'an 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, which got the fewest new requests?"),
    ("zh", ["ha", "sy", "hz23"], "active.fees.amount", "asc", "淮安市（2024年）、沭阳县（2025年）、洪泽区（2023年）行政事业性收费谁最少"),
    ("en", ["ha", "sy", "hz23"], "active.licensing.decisions", "desc", "Who made the most licensing decisions: Huaian in 2024, Shuyang in 2025 or Hongze in 2023?"),
    ("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "结转下年度最多的是哪个：淮安2024年、沭阳2025年、上海市府办2019年、涧西2020年"),
    ("en", ["ha", "sy", "sh19"], "a.review.total", "asc", "Rank Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) by disclosure reconsiderations — lowest?"),
    ("zh", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "本机关不掌握的答复数：淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年，哪家最多？"),
    ("en", ["ha", "sy", "hz23"], "active.punishment.decisions", "asc", "Fewest penalty decisions among Huaian 2024, Shuyang 2025, Hongze 2023?"),
    ("zh", ["ha", "sy", "sh19"], "r.total_processed.total", "asc", "办理结果总计最少的是谁？淮安2024年，沭阳2025年，上海市政府办公厅2019年"),
    ("en", ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc", "Most requests carried over from the prior year: Huai'an 2024, Shuyang 2025, Shanghai GO 2019, Jianxi 2020?"),
    ("zh", ["ha", "sy", "hz23"], "active.coercion.decisions", "desc", "行政强制决定哪家最多：淮安2024年、沭阳2025年、洪泽2023年"),
    ("en", ["ha", "sy", "jx"], "a.litigation_direct.total", "desc", "Direct disclosure lawsuits — which is highest: Huaian 2024, Shuyang 2025, Jianxi 2020?"),
    ("zh", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "部分公开最少的是哪家，淮安市2024年、沭阳县2025年、洪泽区2023年"),
]

TRAPS = [
    ("zh", "ha", "r.carried_over.total", "淮安市2024年上年结转过来的申请是多少件（注意不是结转到下年的）", "上年结转 vs 结转下年"),
    ("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed straight in court without reconsideration first — how many?", "直接起诉 vs 复议后起诉"),
    ("zh", "ha", "active.normative_docs.issued", "淮安2024年新制发的规范性文件几件？不是废止也不是现行有效", "制发 vs 废止/现行有效"),
    ("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023 — requests where the info would need to be newly compiled (not the 'not held' ones)?", "另行制作 vs 不掌握"),
    ("zh", "sy", "r.withheld.process_info.total", "沭阳2025年以过程性信息为由不公开的有几件（别跟内部事务信息搞混）", "过程性信息 vs 内部事务"),
    ("en", "ha", "active.regulations.issued", "Huai'an 2024: municipal rules (规章) newly issued during 2024, not the number still valid?", "制发 vs 现行有效"),
    ("zh", "ha", "a.review.other", "淮安市2024年复议结果是“其他结果”的数量", "其他结果 vs 纠正"),
    ("en", "jx", "active.procurement.projects", "Jianxi District 2020, centralised procurement: number of projects, not the money", "采购项目数 vs 金额"),
    ("zh", "sh19", "active.regulations.made", "上海市政府2019年本年新制作的规章件数，不是对外公开总数", "新制作 vs 对外公开总数"),
    ("en", "sy", "r.partially_granted.total", "Shuyang 2025: partially disclosed ones only, not fully disclosed", "部分公开 vs 予以公开"),
    ("zh", "ha", "r.received.legal_services", "淮安市2024年法律服务机构提交的新申请，不是商业企业的", "法律服务机构 vs 商业企业"),
    ("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests brought in from the prior year (上年结转), not those pushed to next year", "上年结转 vs 结转下年"),
    ("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年经过复议之后再起诉的案件数（不是直接起诉）", "复议后起诉 vs 直接起诉"),
]

NARR = [
    ("zh", "ha", "政策解读21", 21, "个", "淮安市2024年做了多少个政策解读"),
    ("en", "ha", "人民政府公报》6", 6, "期", "How many issues of the Huai'an Municipal Government Gazette came out in 2024?"),
    ("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
    ("en", "ha", "在运维政务新媒体", 95, "个", "Huaian 2024 report: how many government new-media accounts were being run city-wide?"),
    ("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年政府信息公开栏目全覆盖检查搞了几次"),
    ("en", "ha", "信息处理费 3940", 3940, "元", "In 2024 how much did Huai'an collect in information processing fees, in yuan?"),
    ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
    ("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the district government were made public?"),
    ("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年政府网站平台主动发布信息多少条"),
    ("en", "hz24", "区政府办代表区政府受理", 17, "件", "Per the Hongze 2024 narrative, how many requests did the district office accept on behalf of the district government?"),
    ("zh", "sy", "主动公开政府信息4511", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条信息？"),
    ("en", "sy", "开展意见征集9", 9, "期", "Shuyang 2025: rounds of public opinion solicitation run through the county portal?"),
    ("zh", "sy", "发布信息3044", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条"),
    ("en", "sy", "专栏33", 33, "个", "How many columns (专栏) did Shuyang's new-media matrix open in 2025?"),
    ("zh", "sy", "新闻稿件2606", 2606, "篇", "沭阳2025年政务新媒体策采新闻稿多少篇"),
    ("en", "sy", "原创短视频1113", 1113, "个", "original short videos pushed by Shuyang's gov new media in 2025?"),
    ("zh", "sy", "爆款内容52", 52, "条", "沭阳县2025年出了多少条爆款"),
    ("en", "sy", "64家单位", 64, "家", "Shuyang 2025: how many units had their annual disclosure reports published together?"),
    ("zh", "sy", "清理过期信息697", 697, "条", "沭阳县2025年清理了多少条过期信息"),
    ("en", "sy", "催办提示 84", 84, "次", "How many chasing reminders did Shuyang's countdown alarm send out in 2025?"),
    ("zh", "sy", "收取信息处理费共计380", 380, "元", "沭阳2025年信息处理费一共收了多少元"),
    ("en", "kw", "累计批量推送集成式发布政策 121", 121, "条", "Shanghai science commission 2024: policies pushed in batch through integrated release?"),
    ("zh", "kw", "网站全年累计发布信息 2139", 2139, "条", "“上海科技”网站2024年全年发了多少条信息"),
    ("en", "kw", "原创文章 294", 294, "篇", "STCSM WeChat account in 2024 — how many original articles?"),
    ("zh", "kw", "直播 118", 118, "场", "上海市科委2024年搞了几场直播"),
    ("en", "kw", "视频号共制作并发布短视频 584", 584, "条", "How many short videos did the 'Shanghai Keji' channel publish in 2024?"),
    ("zh", "kw", "关注人数达 1016823", 1016823, "人", "上海科技公众号2024年关注人数多少"),
    ("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai 2025: number of municipal government press conferences held?"),
    ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会"),
    ("en", "sh25", "公报》24", 24, "期", "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?"),
    ("zh", "sh25", "覆盖 10 个语种", 10, "个", "2025年上海国际服务门户覆盖几个语种了"),
    ("en", "sh25", "重点领域 125", 125, "项", "Shanghai General Office 2025: disclosure tasks in key areas (education, elderly care…) — how many?"),
    ("zh", "sh25", "发布审查 330", 330, "件", "上海市府办2025年公文发布审查做了多少件"),
    ("en", "sh19", "政策解读共132", 132, "件", "Shanghai 2019: how many policy interpretations went up on the China Shanghai portal?"),
    ("zh", "sh19", "权威发布共计38", 38, "次", "2019年上海市政府常务会议重要议题权威发布了几次"),
    ("en", "sh19", "人事任免文件141", 141, "件", "How many personnel appointment documents did Shanghai publish proactively in 2019?"),
    ("zh", "sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的政府网站有几家"),
    ("en", "jx", "共21个领域601", 601, "项", "Jianxi 2020 report: how many items (事项) were sorted out across the fields?"),
    ("zh", "jx", "统筹推进26", 26, "个", "涧西区2020年基层政务公开试点领域有几个"),
]

CANNOT = [
    ("zh", "淮安市2024年申请人里男的女的各多少", "sex breakdown not reported"),
    ("en", "How many of Shuyang's 2025 requests were about land expropriation?", "topic breakdown not reported"),
    ("zh", "沭阳县2024年信息公开申请多少件", "沭阳县 2024 report not in corpus"),
    ("en", "Nanjing city 2024 disclosure requests received?", "南京市 not in corpus"),
    ("zh", "我2025年3月给沭阳县政府交的申请到底批没批", "one person's own case"),
    ("en", "what will Huai'an's request count be in 2026, rough forecast?", "forecast"),
    ("zh", "你觉得上海市府办2025年的公开工作做得好不好", "opinion"),
    ("en", "Hongze District 2022 how many requests", "洪泽区 2022 not in corpus"),
    ("zh", "淮安2024年申请都是几月份最多", "month breakdown not reported"),
    ("en", "Average days Shanghai General Office took to answer a request in 2025?", "response times not reported"),
    ("zh", "上海市科委2023年收到多少申请", "上海市科委 2023 not in corpus"),
    ("en", "Which township in Shuyang County sent the most applications in 2025?", "township breakdown not reported"),
    ("zh", "洪泽区2024年办信息公开的工作人员有几个", "staff number not reported"),
    ("en", "Give me the phone number of the person who filed Huai'an's 2024 fee case", "personal data"),
    ("zh", "宿迁市2025年政府信息公开年报里依申请公开多少件", "宿迁市 not in corpus"),
    ("en", "Jianxi District 2021 number of disclosure requests?", "涧西区 2021 not in corpus"),
    ("zh", "淮安2024年第三季度收到多少申请", "quarter breakdown not reported"),
    ("en", "How many of Shanghai General Office's 2019 applicants were over 60 years old?", "age breakdown not reported"),
    ("zh", "沭阳县2025年网上申请和信函申请各多少件", "channel breakdown not reported"),
    ("en", "Pudong New Area 2024 disclosure report — requests received?", "浦东新区 not in corpus"),
    ("zh", "上海市府办2022年受理了多少申请", "上海市府办 2022 not in corpus"),
    ("en", "How much did Huai'an spend on its disclosure work in 2024 (budget)?", "costs not reported"),
    ("zh", "沭阳2025年申请人里外地人占多少", "residence breakdown not reported"),
    ("en", "Which Shanghai municipal department got the most requests via the General Office in 2025?", "department breakdown not reported"),
    ("zh", "清江浦区2024年信息公开申请数", "清江浦区 not in corpus"),
    ("en", "hongze 2024 requests from the construction industry?", "industry breakdown not reported"),
    ("zh", "淮安市2024年被复议纠正的那些案子分别是哪几个部门的", "department breakdown not reported"),
    ("en", "Do you think Shuyang's 2025 fee of 380 yuan was fair?", "opinion"),
    ("zh", "预测一下上海市科委2025年会收到多少申请", "forecast"),
    ("en", "Name the applicants whose Huaian 2024 requests ended in lawsuits", "personal data"),
    ("zh", "涧西区2020年申请人里农民有几个", "occupation breakdown not reported"),
    ("en", "Shanghai General Office 2025: how many requests came by post vs online?", "channel breakdown not reported"),
    ("zh", "我爸2024年给洪泽区政府申请的拆迁补偿资料是哪天答复的", "one person's own case"),
    ("en", "How many Huai'an 2024 requests concerned housing demolition?", "topic breakdown not reported"),
    ("zh", "沭阳县2025年信息公开工作花了多少经费", "costs not reported"),
    ("en", "Shanghai science commission 2024: how many applicants were women?", "sex breakdown not reported"),
    ("zh", "淮安市2023年政府信息公开申请多少件", "淮安市 2023 not in corpus"),
    ("en", "how many requests did each district of Huaian get in 2024", "district breakdown not reported"),
    ("zh", "洪泽区2023年答复申请平均用几天", "response times not reported"),
]

FOLLOW = [
    ("zh", [("洪泽区2023年行政处罚决定多少个", "hz23", "active.punishment.decisions"), ("换成2024年呢", "hz24", "active.punishment.decisions")], "year switch"),
    ("en", [("Shanghai General Office 2019, new requests received?", "sh19", "r.received.total"), ("and 2025?", "sh25", "r.received.total")], "year switch"),
    ("zh", [("淮安市2024年予以公开多少件", "ha", "r.granted.total"), ("沭阳县2025年同一项是多少", "sy", "r.granted.total")], "body switch"),
    ("en", [("How many requests did Shuyang County get from individuals in 2025 (new ones)?", "sy", "r.received.natural_person"), ("what about from companies?", "sy", "r.received.commercial"), ("and law firms?", "sy", "r.received.legal_services")], "column switch"),
    ("zh", [("淮安2024年行政复议维持了几件", "ha", "a.review.upheld"), ("纠正的呢", "ha", "a.review.corrected"), ("还没审结的", "ha", "a.review.pending")], "row switch in appeals"),
    ("en", [("Hongze District 2023 licensing decisions?", "hz23", "active.licensing.decisions"), ("2024?", "hz24", "active.licensing.decisions")], "year switch"),
    ("zh", [("上海市科委2024年行政许可处理决定几件", "kw", "active.licensing.decisions"), ("行政处罚呢", "kw", "active.punishment.decisions")], "row switch"),
    ("en", [("Huai'an 2024 direct lawsuits over disclosure: total?", "ha", "a.litigation_direct.total"), ("and lawsuits after reconsideration?", "ha", "a.litigation_after_review.total")], "appeals group switch"),
    ("zh", [("沭阳县2025年行政复议总数", "sy", "a.review.total"), ("淮安市2024年呢", "ha", "a.review.total")], "body switch"),
    ("en", [("Jianxi District 2020: requests answered as 'not held'?", "jx", "r.unable.not_held.total"), ("same thing for Hongze 2023", "hz23", "r.unable.not_held.total")], "body switch"),
    ("zh", [("上海市府办2025年重复申请几件", "sh25", "r.not_processed.duplicate.total"), ("信访举报投诉类的呢", "sh25", "r.not_processed.petition.total")], "row switch"),
    ("en", [("Shuyang 2025: requests refused because they were admin inquiries?", "sy", "r.withheld.admin_query.total"), ("Huai'an 2024, same row?", "ha", "r.withheld.admin_query.total")], "body switch"),
    ("zh", [("淮安市2024年现行有效的规范性文件几件", "ha", "active.normative_docs.in_force"), ("那废止的呢", "ha", "active.normative_docs.repealed"), ("制发的", "ha", "active.normative_docs.issued")], "column switch"),
    ("en", [("Shanghai General Office 2025 reconsiderations pending?", "sh25", "appeals.review.pending"), ("and direct lawsuits pending?", "sh25", "appeals.litigation_direct.pending")], "appeals group switch"),
    ("zh", [("洪泽区2023年行政事业性收费多少万元", "hz23", "active.fees.amount"), ("24年呢？", "hz24", "active.fees.amount")], "year switch"),
    ("en", [("Huaian in 2024 — requests from individuals, newly received ones?", "ha", "r.received.natural_person"), ("and from commercial enterprises?", "ha", "r.received.commercial")], "column switch"),
    ("zh", [("上海市政府办公厅2019年结转下年度继续办理的有几件", "sh19", "r.carried_forward.total"), ("2025年的呢", "sh25", "r.carried_forward.total")], "year switch"),
    ("en", [("Shuyang County 2025 admin licensing decisions?", "sy", "active.licensing.decisions"), ("coercion?", "sy", "active.coercion.decisions"), ("penalties?", "sy", "active.punishment.decisions")], "row switch"),
    ("zh", [("涧西区2020年予以公开几件", "jx", "r.granted.total"), ("办理结果总计呢", "jx", "r.total_processed.total")], "row switch"),
    ("en", [("STCSM 2024 normative documents issued?", "kw", "active.normative_docs.issued"), ("and in force?", "kw", "active.normative_docs.in_force")], "column switch"),
    ("zh", [("沭阳2025年不予处理里的重复申请几件", "sy", "r.not_processed.duplicate.total"), ("信访举报投诉类呢", "sy", "r.not_processed.petition.total")], "row switch"),
    ("en", [("How many requests did Hongze District process in total in 2024 (办理结果总计)?", "hz24", "r.total_processed.total"), ("and Shanghai science commission 2024?", "kw", "r.total_processed.total")], "body switch"),
    ("zh", [("淮安市2024年不予公开里属于第三方合法权益的几件", "ha", "r.withheld.third_party.total"), ("危及三安全一稳定的呢", "ha", "r.withheld.security_stability.total")], "row switch"),
    ("en", [("Shanghai 2019 regulations newly published (本年新公开)?", "sh19", "active.regulations.published"), ("normative documents, same column?", "sh19", "active.normative_docs.published")], "row switch"),
    ("zh", [("洪泽区2023年行政强制决定数", "hz23", "active.coercion.decisions"), ("2024年", "hz24", "active.coercion.decisions")], "year switch"),
    ("en", [("Shuyang 2025 reconsiderations upheld?", "sy", "a.review.upheld"), ("corrected?", "sy", "a.review.corrected")], "row switch"),
    ("zh", [("上海市府办2025年予以公开多少件", "sh25", "r.granted.total"), ("上海市科委2024年的呢", "kw", "r.granted.total")], "body switch"),
    ("en", [("Huai'an 2024 penalty decisions?", "ha", "active.punishment.decisions"), ("Shuyang 2025?", "sy", "active.punishment.decisions")], "body switch"),
    ("zh", [("涧西2020年政府集中采购项目几个", "jx", "active.procurement.projects"), ("上海市府办2019年呢", "sh19", "active.procurement.projects")], "body switch"),
    ("en", [("Hongze 2023: partially disclosed?", "hz23", "r.partially_granted.total"), ("and Huai'an 2024?", "ha", "r.partially_granted.total")], "body switch"),
    ("zh", [("上海市政府办公厅2025年复议后诉讼几件", "sh25", "appeals.litigation_after_review.total"), ("直接起诉的呢", "sh25", "appeals.litigation_direct.total")], "appeals group switch"),
    ("en", [("Shuyang 2025: requests that ended as 'info unclear' type? no — 'needs creation' ones", "sy", "r.unable.needs_creation.total"), ("and Hongze 2023?", "hz23", "r.unable.needs_creation.total")], "body switch"),
    ("zh", [("淮安市2024年上年结转自然人几件", "ha", "r.carried_over.natural_person"), ("沭阳县2025年上年结转总共几件", "sy", "r.carried_over.total")], "body switch"),
    ("en", [("Hongze District 2024 normative docs issued?", "hz24", "active.normative_docs.issued"), ("currently in force?", "hz24", "active.normative_docs.in_force")], "column switch"),
    ("zh", [("上海市府办2019年复议总数", "sh19", "a.review.total"), ("直接起诉的诉讼总数", "sh19", "a.litigation_direct.total")], "appeals group switch"),
    ("en", [("Jianxi District 2020 — procurement amount?", "jx", "active.procurement.amount"), ("Shanghai General Office 2019?", "sh19", "active.procurement.amount")], "body switch"),
    ("zh", [("沭阳县2025年逾期未补正的几件", "sy", "r.other.overdue_correction.total"), ("淮安2024年呢", "ha", "r.other.overdue_correction.total")], "body switch"),
    ("en", [("Huaian 2024 'info unclear' cases (申请内容不明确)?", "ha", "r.unable.unclear.total"), ("and 'needs creation'?", "ha", "r.unable.needs_creation.total")], "row switch"),
    ("zh", [("上海科委2024年企业提交的新申请几件", "kw", "r.received.commercial"), ("上海市府办2025年的呢", "sh25", "r.received.commercial")], "body switch"),
]


def CONVERSATIONS():
    out = []
    for lang, b, k, q in PLAIN:
        out.append(one("value", "[plain]", lang, b, k, q))
    for lang, b, ks, q in SUMS:
        out.append(C("sum", lang, [(q, e(b, ks))], "[combine] sum of the listed cells"))
    for lang, b1, b2, k, q in DIFFS:
        kw = {}
        if (b2, K1(k)) in AMB:
            kw["alt"] = AMB[(b2, K1(k))]
        if K1(k) in MONEY:
            kw["unit"] = "万元"
        out.append(C("difference", lang, [(q, ED(b1, b2, k, **kw))], "[combine] later year minus earlier year"))
    for lang, bs, k, order, q in RANKS:
        out.append(C("ranking", lang, [(q, ER(bs, k, order))], "[rank] ranking over bodies with gold"))
    for lang, b, k, q, what in TRAPS:
        out.append(one("trap", "[neighbour]", lang, b, k, q, what))
    for lang, b, kwd, v, unit, q in NARR:
        out.append(C("narrative", lang, [(q, EN(b, kwd, v, unit))], "[textonly] number stated only in the report text"))
    for lang, q, why in CANNOT:
        out.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why))
    for lang, turns, what in FOLLOW:
        out.append(C("followup", lang, [(q, e(b, k)) for q, b, k in turns], "[followup] " + what))
    return out


def K1(k):
    return KS(k)[0]
