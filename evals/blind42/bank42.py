"""Question bank of the blind42 evaluation set (evals/blind42).

WARNING: holds the text of every test question. As frozen as test.jsonl: never read while tuning.

Every wording below was newly written for this set. Numbers are never typed here: builders of
helpers42 compute them from gold/*.json, from printed table rows (SPECS, the same cells blind6
verified) or from a sentence cut from the report text.
Bodies: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold), sy 沭阳县 2025,
kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib42 as L  # noqa: E402
from helpers42 import (E, EN, EU, ED, C, V, T, S, N, U, D, R, F)  # noqa: E402

HZ_APPEALS = "四、政府信息公开行政复议、行政诉讼情况"
SH_APPEALS = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", HZ_APPEALS, 14),
        "appeals.litigation_direct.total": ("after", HZ_APPEALS, 9),
        "appeals.review.total": ("after", HZ_APPEALS, 4),
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
        "appeals.litigation_after_review.total": ("after", SH_APPEALS, 14),
        "appeals.litigation_direct.pending": ("after", SH_APPEALS, 8),
        "appeals.litigation_direct.total": ("after", SH_APPEALS, 9),
        "appeals.review.pending": ("after", SH_APPEALS, 3),
        "appeals.review.total": ("after", SH_APPEALS, 4),
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

M = {"unit": "万元"}
# text-and-table agreements (marked ambiguous with the sentence)
HA_REC = ("受理政府信息公开申请", 3119)
HA_ANS = ("受理政府信息公开申请", 3050)
HA_FWD = ("受理政府信息公开申请", 103)
HA_OVER = ("受理政府信息公开申请", 34)
HA_REV = ("政府信息公开行政复议", 351)
HZ23_REC = ("全区受理政府信息公开申请", 21)
SH19_REC = ("代表市政府共受理政府信息公开申请", 859)
SH19_ANS = ("代表市政府共受理政府信息公开申请", 805)
SH19_FWD = ("代表市政府共受理政府信息公开申请", 72)
SH19_OVER = ("代表市政府共受理政府信息公开申请", 18)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
SH25_OVER = ("市政府共受理政府信息公开申请", 189)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_OVER = ("全年收到政府信息公开申请", 2)
KW_GR = ("同意公开答复", 9)
JX_REC = ("全年共收到依申请公开", 17)
SY_LEGAL = ("法人或其他组织申请", 8)

P = "[plain] "
CB = "[combine] "
RK = "[rank] "
FU = "[followup] "
TX = "[textonly] "
CN = "[cannot] "
NB = "[neighbour] "


def plain():
    z, e = "zh", "en"
    return [
        # ---- zh
        V(z, "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请有几件，不含上年转过来的", P + "新收 713, not the text's 749"),
        V(z, "sy", "r.received.natural_person", "我2024年底帮我妈给沭阳县政府写过申请，没下文。想问下2025年沭阳一年里老百姓个人新交的申请表里是多少件", P + "自然人 新收 705"),
        V(z, "sy", "r.granted.total", "沭阳2025 直接给公开的 几件", P + "予以公开 294"),
        V(z, "sy", "r.partially_granted.total", "2025年沭阳县政府给了一半、涂掉一部分再给的申请一共多少", P + "部分公开 101"),
        V(z, "sy", "r.unable.not_held.total", "沭阳县2025年回复说\"本机关不掌握\"的有多少件啊", P),
        V(z, "sy", "r.withheld.internal_affairs.total", "请问沭阳县二〇二五年因为属于内部事务信息不给公开的有几件？", P),
        V(z, "sy", "r.other.other.total", "沭阳25年 其他处理 里面最后那个“其他”小项 数字多少", P + "其他处理-其他 143"),
        V(z, "sy", "a.review.total", "2025年沭阳县政府因为信息公开被人申请行政复议，总共多少起", P),
        V(z, "sy", "a.review.pending", "沭阳县政府2025年的信息公开复议案件到年底还没审结的是几件？", P),
        V(z, "sy", "c.licensing.decisions", "沭阳县2025年行政许可决定 数量", P),
        V(z, "sy", "c.fees.amount", "想了解沭阳县2025年行政事业性收费收了多少钱（万元）", P, **M),
        V(z, "sy", "r.carried_forward.total", "沭阳2025年没办完、要挪到下一年接着办的申请几件", P, alt=("结转下一年", 31)),
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收到多少信息公开申请", P, alt=HA_REC),
        V(z, "ha", "r.received.legal_services", "律师事务所这类法律服务机构2024年向淮安市政府新提了多少件申请", P),
        V(z, "ha", "r.withheld.admin_query.total", "12345转接：来电人问淮安市2024年有多少申请被当成行政查询事项没给公开", P),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024 申请人让补正材料 结果过期不补的 多少件", P),
        V(z, "ha", "r.not_processed.petition.total", "2024年淮安市政府把多少件申请认定为信访举报投诉类、不予处理？", P),
        V(z, "ha", "a.review.corrected", "淮安市政府2024年信息公开行政复议被纠正了几件", P),
        V(z, "ha", "a.litigation_direct.total", "2024年淮安市政府因信息公开被直接告上法院（没经过复议）的案子有多少", P + "直接起诉 26, not text 46"),
        V(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止了几件行政规范性文件", P),
        V(z, "ha", "c.punishment.decisions", "核一下表：淮安市2024年行政处罚那格的数", P),
        V(z, "ha", "r.unable.not_held.natural_person", "淮安市2024年个人申请里，政府说自己不掌握的有几件", P),
        V(z, "hz23", "r.received.total", "洪泽区2023年信息公开申请收了多少件", P, alt=HZ23_REC),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年说“没有现成信息、要另外做”的申请有几件", P),
        V(z, "hz23", "r.partially_granted.total", "洪泽2023 部分公开几件", P),
        V(z, "hz23", "c.fees.amount", "请问淮安市洪泽区2023年度行政事业性收费金额是多少万元？", P, **M),
        V(z, "hz23", "a.review.upheld", "洪泽区2023年信息公开复议里维持原处理的有几件", P),
        V(z, "hz24", "r.granted.total", "洪泽区政府2024年予以公开了多少件申请", P),
        V(z, "hz24", "c.licensing.decisions", "洪泽区24年行政许可多少件", P),
        V(z, "hz24", "a.review.total", "我是记者，想核实洪泽区2024年信息公开行政复议案件总数", P),
        V(z, "hz24", "c.normative_docs.issued", "洪泽区2024年新制发的规范性文件是几件", P),
        V(z, "kw", "r.received.natural_person", "上海科委2024年收到的申请里个人提的有多少", P),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件 数目", P),
        V(z, "kw", "r.received.commercial", "2024年上海市科委收到企业（商业企业）提交的新申请几件", P),
        V(z, "sh25", "r.received.natural_person", "上海市政府办公厅2025年新收申请中自然人那一栏是多少", P),
        V(z, "sh25", "r.unable.not_held.total", "2025年上海市府办答复“本机关不掌握”的一共多少件", P),
        V(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年有多少申请其实是信访举报投诉被不予处理的", P),
        V(z, "sh25", "a.review.pending", "上海市府办2025 复议尚未审结 几件", P),
        V(z, "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅因为要另行制作所以没法提供的申请有多少件", P),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年受理了多少件信息公开申请？", P, alt=SH19_REC),
        V(z, "sh19", "r.unable.not_held.natural_person", "2019年上海市府办 个人申请被答复不掌握的 几件", P),
        V(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目数量", P),
        V(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年对外公开的规范性文件总数是多少", P),
        V(z, "jx", "r.received.total", "涧西区政府办2020年一共收到几件依申请公开", P, alt=JX_REC),
        V(z, "jx", "c.procurement.amount", "涧西区政府办2020年采购总金额多少万元", P, **M),
        V(z, "jx", "r.granted.natural_person", "2020年涧西区 个人申请 直接公开 几件", P),
        # ---- en
        V(e, "ha", "r.granted.total", "How many Huai'an city requests were fully granted in 2024?", P),
        V(e, "ha", "r.partially_granted.commercial", "Huaian 2024, partially granted requests from companies (商业企业) - how many?", P),
        V(e, "ha", "r.withheld.third_party.total", "In 2024 how many requests did Huai'an refuse because disclosure would hurt a third party's rights?", P),
        V(e, "ha", "r.unable.not_held.total", "huaian 2024 how many times did the city say it doesnt hold the info", P),
        V(e, "ha", "r.carried_forward.total", "For Huai'an municipal government FY2024, how many applications rolled into the following year?", P, alt=HA_FWD),
        V(e, "ha", "a.review.other", "Huai'an 2024 administrative reviews on disclosure closed with some 'other' result (其他结果): number?", P, alt=("政府信息公开行政复议", 178)),
        V(e, "ha", "a.litigation_after_review.pending", "Lawsuits that Huai'an faced in 2024 after an administrative review, still undecided at year end - how many?", P),
        V(e, "ha", "c.coercion.decisions", "Number of administrative coercion decisions (行政强制) Huai'an reported for 2024?", P),
        V(e, "ha", "c.fees.amount", "what did huaian take in from administrative fees in 2024, in 10k yuan", P, **M),
        V(e, "ha", "r.other.overdue_fee.total", "Huai'an 2024: requests dropped because the applicant never paid the fee in time?", P),
        V(e, "ha", "r.not_processed.duplicate.total", "I'm a student doing a thesis. For Huai'an 2024, the row for repeat applications (重复申请) shows what total?", P),
        V(e, "ha", "r.received.commercial", "How many new disclosure requests did businesses file with Huai'an in 2024?", P),
        V(e, "sy", "r.withheld.admin_query.total", "Shuyang County 2025 - requests turned away as administrative inquiries, how many?", P),
        V(e, "sy", "r.not_processed.duplicate.total", "How many Shuyang requests were not processed in 2025 because they repeated an earlier one?", P),
        V(e, "sy", "r.other.overdue_fee.total", "Shuyang (沭阳) 2025 - the applicant didn't pay the processing fee on time, count?", P),
        V(e, "sy", "a.litigation_after_review.total", "Total court cases against Shuyang county gov in 2025 that came after a review decision?", P),
        V(e, "sy", "c.normative_docs.in_force", "how many normative documents were still in force for Shuyang at the end of 2025", P),
        V(e, "sy", "c.coercion.decisions", "Shuyang County 2025 administrative enforcement (行政强制) decisions?", P),
        V(e, "sy", "r.carried_over.total", "Shuyang 2025: how many requests were left over from the year before and carried into 2025?", P),
        V(e, "sy", "r.total_processed.total", "Total requests Shuyang County actually dealt with (办理结果总计) in 2025?", P, alt=("共办理", 718)),
        V(e, "hz23", "c.licensing.decisions", "Hongze District 2023, administrative licensing decisions?", P),
        V(e, "hz23", "r.unable.not_held.total", "Hongze 2023 how many requests got a 'we don't have this information' reply", P),
        V(e, "hz23", "c.normative_docs.repealed", "Number of normative documents Hongze District scrapped in 2023?", P),
        V(e, "hz23", "r.withheld.state_secret.total", "In 2023, did Hongze refuse anything as a state secret? how many", P),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions count?", P),
        V(e, "hz24", "r.unable.not_held.total", "For Hongze in 2024, how many applications were answered with 'not held by this office'?", P),
        V(e, "hz24", "c.fees.amount", "Hongze District government, 2024: administrative fees collected (万元)?", P, **M),
        V(e, "hz24", "a.litigation_direct.total", "Hongze 2024 lawsuits filed straight in court, no review first?", P),
        V(e, "kw", "r.granted.total", "STCSM 2024 - how many information requests were fully disclosed?", P, alt=KW_GR),
        V(e, "kw", "c.licensing.decisions", "How many administrative licensing decisions did the Shanghai science commission make in 2024?", P),
        V(e, "kw", "r.total_processed.total", "Shanghai Science and Technology Commission 2024: total requests processed (办理结果总计)?", P),
        V(e, "sh25", "r.received.commercial", "Shanghai General Office 2025, new requests from commercial companies?", P),
        V(e, "sh25", "r.carried_forward.total", "How many requests did the Shanghai municipal general office push into the next year at the end of 2025?", P),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai General Office 2025: number of direct administrative lawsuits over disclosure?", P),
        V(e, "sh25", "r.granted.total", "Shanghai govt general office 2025 fully granted requests (予以公开)?", P),
        V(e, "sh25", "r.carried_over.legal_services", "Among requests Shanghai's General Office carried over into 2025, how many came from law firms?", P),
        V(e, "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests postponed to the next year?", P, alt=SH19_FWD),
        V(e, "sh19", "r.not_processed.petition.natural_person", "2019 Shanghai General Office - individuals whose requests were really complaints/petitions and not processed, how many?", P),
        V(e, "sh19", "c.regulations.made", "How many government rules (规章) did the Shanghai General Office newly make in 2019?", P),
        V(e, "sh19", "c.procurement.amount", "Shanghai General Office 2019 government procurement, total amount in 万元?", P, **M),
        V(e, "sh19", "r.received.commercial", "In 2019 how many requests did businesses send to the Shanghai General Office?", P),
        V(e, "jx", "r.carried_forward.total", "Jianxi District office 2020: how many requests were still open and carried to the next year?", P, alt=("全年共收到依申请公开", 2)),
        V(e, "jx", "a.litigation_direct.total", "Jianxi 2020 - any direct lawsuits about info disclosure? number pls", P),
        V(e, "jx", "c.procurement.projects", "Jianxi District 2020 procurement projects count", P),
        V(e, "jx", "r.unable.not_held.total", "jianxi district 2020 requests where the office said it had no such info?", P),
    ]


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件", CB + "sum"),
        S(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开的复议和两类诉讼加起来一共多少件", CB + "sum of 3"),
        S(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年 不掌握 + 需另行制作 两项合计", CB + "sum"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年不予公开的三种情况（国家秘密、过程性信息、执法案卷）合起来多少", CB + "sum of 3"),
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安市2024年“不予公开”八个小项全部加总是多少件？", CB + "sum of 8"),
        S(z, "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年新收的加上年结转的，总共要处理多少件", CB + "713+36, text 749 also", alt=("全县全年共受理政府信息公开申请", 749)),
        S(z, "sh19", ["r.received.natural_person", "r.received.commercial"], "2019年上海市府办新收申请里 自然人+商业企业 合计", CB + "sum"),
        S(z, "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收和上年结转的申请加一起多少", CB + "sum, 36"),
        S(e, "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Huai'an 2024: add up all upheld outcomes across reviews and both kinds of lawsuits.", CB + "sum of 3"),
        S(e, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025, petition-type plus duplicate requests not processed, combined?", CB + "sum"),
        S(e, "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shanghai General Office 2025 - total of reviews, direct suits and post-review suits together?", CB + "sum of 3"),
        S(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2024 licensing + penalty + coercion decisions, sum please", CB + "sum of 3"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District office in 2020: reviews and lawsuits of both kinds, how many in all?", CB + "sum of 3"),
        S(e, "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "For Huai'an 2024, individuals' new requests plus individuals' carried-over requests?", CB + "sum"),
        S(e, "sh19", ["r.unable.needs_creation.natural_person", "r.unable.needs_creation.commercial"], "Shanghai General Office 2019: 'would need to create new info' refusals, people plus companies?", CB + "sum"),
        S(e, "hz23", ["c.licensing.decisions", "c.coercion.decisions"], "Hongze District 2023 licensing and coercion decisions combined?", CB + "sum"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请 2025年比2019年多了多少件", CB + "difference"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年相比2023年变化多少", CB + "difference"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“不掌握”答复 2023到2024增减了多少", CB + "difference"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年 2019年和2025年比 差多少", CB + "difference"),
        D(z, "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费2024年比2023年少了多少万元", CB + "difference (negative)", unit="万元"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office, disclosure reviews: change from 2019 to 2025?", CB + "difference"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "Hongze penalty decisions, 2024 minus 2023?", CB + "difference"),
        D(e, "sh19", "sh25", "r.received.natural_person", "By how much did individuals' new requests at the Shanghai General Office grow between 2019 and 2025?", CB + "difference"),
        D(e, "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions, how did 2024 compare with 2023 (difference)?", CB + "difference"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits at Shanghai General Office: 2025 vs 2019, difference?", CB + "difference"),
    ]


def rank():
    z, e = "zh", "en"
    three = ["ha", "hz23", "sy"]
    four = ["ha", "hz23", "sy", "sh19"]
    return [
        R(z, four, "r.received.total", "desc", "淮安市2024、洪泽区2023、沭阳县2025、上海市府办2019 这四家 谁新收申请最多", RK),
        R(z, three, "c.licensing.decisions", "desc", "行政许可数量：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最多？", RK),
        R(z, three, "c.fees.amount", "asc", "淮安2024 洪泽2023 沭阳2025 三地行政事业性收费哪家最低", RK),
        R(z, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转下年最少的是谁：淮安市2024年，沭阳县2025年，上海市府办2019年，涧西区2020年", RK),
        R(z, three, "c.normative_docs.in_force", "desc", "现行有效规范性文件 淮安市(2024)、洪泽区(2023)、沭阳县(2025) 排第一的是？", RK),
        R(z, ["ha", "sy", "sh19"], "a.review.total", "asc", "信息公开复议案件最少的是哪个：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年", RK),
        R(z, three, "c.punishment.decisions", "desc", "行政处罚最多的是淮安2024、洪泽2023、沭阳2025中的哪一个", RK),
        R(e, four, "r.total_processed.total", "asc", "Which handled the fewest requests: Huai'an 2024, Hongze 2023, Shuyang 2025 or Shanghai General Office 2019?", RK),
        R(e, three, "c.coercion.decisions", "asc", "Lowest number of coercion decisions among Huai'an (2024), Hongze (2023) and Shuyang (2025)?", RK),
        R(e, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Most direct lawsuits: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?", RK),
        R(e, three, "r.unable.not_held.total", "desc", "Of Huai'an 2024, Hongze 2023 and Shuyang 2025, who answered 'not held' most often?", RK),
        R(e, ["ha", "sy", "jx"], "r.received.natural_person", "asc", "rank by individuals' new requests, lowest first - Huaian 2024, Shuyang 2025, Jianxi 2020; which is at the bottom", RK),
        R(e, ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "Who carried the most requests in from the prior year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", RK),
    ]


def followups():
    z, e = "zh", "en"
    return [
        F(z, [("沭阳县2025年新收申请里自然人多少", E("sy", "r.received.natural_person")),
              ("那法律服务机构的呢", E("sy", "r.received.legal_services"))], FU + "switch column"),
        F(z, [("淮安市2024年行政复议总数", E("ha", "a.review.total", alt=HA_REV)),
              ("其中纠正的", E("ha", "a.review.corrected")),
              ("还没审结的呢", E("ha", "a.review.pending", alt=("政府信息公开行政复议", 37)))], FU + "switch outcome"),
        F(z, [("上海市政府办公厅2019年新收申请总数", E("sh19", "r.received.total", alt=SH19_REC)),
              ("同一项2025年", E("sh25", "r.received.total", alt=SH25_REC))], FU + "switch year"),
        F(z, [("洪泽区2023年行政处罚多少", E("hz23", "c.punishment.decisions")),
              ("24年呢", E("hz24", "c.punishment.decisions"))], FU + "switch year"),
        F(z, [("沭阳2025 直接起诉的行政诉讼总数", E("sy", "a.litigation_direct.total")),
              ("复议后再起诉的", E("sy", "a.litigation_after_review.total"))], FU + "switch group"),
        F(z, [("淮安市2024年予以公开的申请中，自然人有几件", E("ha", "r.granted.natural_person")),
              ("那企业的呢", E("ha", "r.granted.commercial")),
              ("律所那栏", E("ha", "r.granted.legal_services"))], FU + "switch column"),
        F(z, [("上海市科委2024年本年新收申请总数", E("kw", "r.received.total", alt=KW_REC)),
              ("上年结转过来的呢", E("kw", "r.carried_over.total", alt=KW_OVER))], FU + "switch row"),
        F(z, [("洪泽区2024年行政规范性文件现行有效几件", E("hz24", "c.normative_docs.in_force")),
              ("2023年的", E("hz23", "c.normative_docs.in_force"))], FU + "switch year"),
        F(z, [("上海市府办2025年复议尚未审结多少", E("sh25", "a.review.pending")),
              ("直接诉讼还没审结的呢", E("sh25", "a.litigation_direct.pending"))], FU + "switch group"),
        F(z, [("沭阳县2025年行政事业性收费多少万元", E("sy", "c.fees.amount", **M)),
              ("换淮安市2024年", E("ha", "c.fees.amount", **M))], FU + "switch body and year"),
        F(z, [("淮安市2024年因为信访举报投诉不予处理的申请几件", E("ha", "r.not_processed.petition.total")),
              ("其中个人的", E("ha", "r.not_processed.petition.natural_person")),
              ("那公司的呢", E("ha", "r.not_processed.petition.commercial"))], FU + "total then columns"),
        F(z, [("涧西区2020年自然人提了几件申请", E("jx", "r.received.natural_person")),
              ("办结的总计多少", E("jx", "r.total_processed.total", alt=("全年共收到依申请公开", 15)))], FU + "switch row"),
        F(z, [("上海市政府办公厅2025年上年结转的申请多少件", E("sh25", "r.carried_over.total", alt=SH25_OVER)),
              ("那个人的呢", E("sh25", "r.carried_over.natural_person"))], FU + "switch column"),
        F(z, [("洪泽区2024年复议几件", E("hz24", "a.review.total")),
              ("直接诉讼呢", E("hz24", "a.litigation_direct.total")),
              ("复议后起诉的呢", E("hz24", "a.litigation_after_review.total"))], FU + "switch group"),
        F(z, [("沭阳2025年不予公开里 第三方权益的 几件", E("sy", "r.withheld.third_party.total")),
              ("过程性信息的呢", E("sy", "r.withheld.process_info.total"))], FU + "switch row"),
        F(z, [("淮安市2024年结转下年度继续办理的申请是多少", E("ha", "r.carried_forward.total", alt=HA_FWD)),
              ("沭阳县2025年同一项", E("sy", "r.carried_forward.total", alt=("结转下一年", 31)))], FU + "switch body"),
        F(z, [("上海市府办2019年予以公开的企业申请几件", E("sh19", "r.granted.commercial")),
              ("个人申请里被当成行政查询事项的呢", E("sh19", "r.withheld.admin_query.natural_person"))], FU + "switch row and column"),
        F(z, [("上海科委2024年规范性文件制发了几件", E("kw", "c.normative_docs.issued")),
              ("现行有效多少", E("kw", "c.normative_docs.in_force"))], FU + "switch column"),
        F(z, [("沭阳2025年 要求行政机关确认或重新出具已获取信息的 有吗 几件", E("sy", "r.not_processed.reconfirm.total")),
              ("淮安2024年呢", E("ha", "r.not_processed.reconfirm.total"))], FU + "switch body; zero first"),
        F(z, [("洪泽区2023年申请里本机关不掌握的有几件", E("hz23", "r.unable.not_held.total")),
              ("需要另行制作的", E("hz23", "r.unable.needs_creation.total"))], FU + "switch row"),
        # ---- en
        F(e, [("Huai'an 2024 direct lawsuits total?", E("ha", "a.litigation_direct.total")),
              ("and the ones after review?", E("ha", "a.litigation_after_review.total"))], FU + "switch group"),
        F(e, [("Shuyang 2025: requests granted in full?", E("sy", "r.granted.total")),
              ("what about companies", E("sy", "r.granted.commercial"))], FU + "switch column"),
        F(e, [("Hongze 2023 licensing decisions", E("hz23", "c.licensing.decisions")),
              ("same for 2024", E("hz24", "c.licensing.decisions"))], FU + "switch year"),
        F(e, [("Shanghai General Office, 2019, requests received", E("sh19", "r.received.total", alt=SH19_REC)),
              ("how many from individuals", E("sh19", "r.received.natural_person")),
              ("2025?", E("sh25", "r.received.natural_person"))], FU + "switch column then year"),
        F(e, [("How many administrative reviews did Shuyang County face in 2025?", E("sy", "a.review.total")),
              ("how many of those were corrected", E("sy", "a.review.corrected")),
              ("and still pending", E("sy", "a.review.pending"))], FU + "switch outcome"),
        F(e, [("Huaian 2024 normative documents newly issued", E("ha", "c.normative_docs.issued")),
              ("and repealed?", E("ha", "c.normative_docs.repealed"))], FU + "switch column"),
        F(e, [("STCSM 2024 new requests from individuals?", E("kw", "r.received.natural_person")),
              ("and from companies", E("kw", "r.received.commercial"))], FU + "switch column"),
        F(e, [("Shanghai General Office 2025, not processed as petitions/complaints?", E("sh25", "r.not_processed.petition.total")),
              ("duplicates?", E("sh25", "r.not_processed.duplicate.total"))], FU + "switch row"),
        F(e, [("Jianxi District 2020 procurement amount (万元)", E("jx", "c.procurement.amount", **M)),
              ("Shanghai General Office 2019 then?", E("sh19", "c.procurement.amount", **M))], FU + "switch body"),
        F(e, [("Huai'an 2024: requests refused as internal affairs information?", E("ha", "r.withheld.internal_affairs.total")),
              ("process info?", E("ha", "r.withheld.process_info.total")),
              ("enforcement case files?", E("ha", "r.withheld.enforcement_files.total"))], FU + "switch row"),
        F(e, [("Shuyang 2025 administrative penalties", E("sy", "c.punishment.decisions")),
              ("and the coercion ones?", E("sy", "c.coercion.decisions"))], FU + "switch row"),
        F(e, [("Hongze District 2024 requests received", E("hz24", "requests.received.total")),
              ("how many did they fully grant", E("hz24", "r.granted.total"))], FU + "switch row"),
        F(e, [("Shanghai General Office 2025 reviews total", E("sh25", "a.review.total")),
              ("and the court ones?", E("sh25", "a.litigation_direct.total"))], FU + "switch group"),
        F(e, [("Huai'an 2024 - 'no ready-made info, would need to be created', how many?", E("ha", "r.unable.needs_creation.total")),
              ("Shuyang 2025?", E("sy", "r.unable.needs_creation.total"))], FU + "switch body"),
        F(e, [("Jianxi 2020, requests fully granted", E("jx", "r.granted.total")),
              ("not held?", E("jx", "r.unable.not_held.total"))], FU + "switch row"),
        F(e, [("Shuyang 2025 carried over from the previous year", E("sy", "r.carried_over.total")),
              ("Huai'an 2024 same row", E("ha", "r.carried_over.total", alt=HA_OVER))], FU + "switch body"),
        F(e, [("Hongze 2023 administrative fees (万元)?", E("hz23", "c.fees.amount", **M)),
              ("and in 2024", E("hz24", "c.fees.amount", **M))], FU + "switch year"),
        F(e, [("Huai'an 2024 requests from individuals that were answered in the end (办理结果总计)?", E("ha", "r.total_processed.natural_person")),
              ("total across all applicants", E("ha", "r.total_processed.total", alt=HA_ANS))], FU + "column then total"),
        F(e, [("Shanghai General Office 2019 direct lawsuits", E("sh19", "a.litigation_direct.total", alt=("信息公开类行政复议", 9))),
              ("upheld among them?", E("sh19", "a.litigation_direct.upheld"))], FU + "switch outcome"),
    ]


def textonly():
    z, e = "zh", "en"
    n = "[textonly] number stated only in the report text"
    return [
        N(z, "sy", "催办提示", 84, "次", "沭阳县2025年给相关单位发了多少次催办提示", n),
        N(z, "sy", "失效链接", 43, "处", "沭阳25年网站整改了多少处失效链接", n),
        N(z, "sy", "清理过期信息", 697, "条", "2025年沭阳县清理的过期信息有多少条？", n),
        N(z, "sy", "集中公开、统一发布", 64, "家", "沭阳县2025年有多少家单位的年报是集中公开统一发布的", n),
        N(z, "sy", "开展意见征集", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集", n),
        N(z, "sy", "图文及视频类产品", 17, "篇", "沭阳2025 图文和视频类解读产品有几篇", n),
        N(z, "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了多少场新闻发布会", n),
        N(z, "ha", "信息处理费", 3940, "元", "淮安市2024年收了多少元信息处理费", n),
        N(z, "ha", "在运维政务新媒体", 95, "个", "淮安全市2024年在运维的政务新媒体有几个", n),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查", n),
        N(z, "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站平台主动公开了多少条信息", n),
        N(z, "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年政府网站主动发布了多少条政府信息", n),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", n),
        N(z, "kw", "原创文章", 294, "篇", "“上海科技”公众号2024年原创文章几篇", n),
        N(z, "kw", "直播", 118, "场", "上海市科委2024年搞了多少场直播", n),
        N(z, "kw", "主合办政协提案", 85, "件", "市科委2024年主办合办的政协提案有多少件", n),
        N(z, "sh25", "新闻通气会", 19, "场", "2025年上海市政府开了几场新闻通气会", n),
        N(z, "sh25", "主动撤回", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少", n),
        N(z, "sh25", "公开属性审查", 166, "件", "上海市政府办公厅2025年完成公文公开属性审查多少件", n),
        N(z, "sh19", "政策解读共", 132, "件", "上海市府办2019年通过门户网站发布政策解读多少件", n),
        N(e, "sh19", "权威发布共计", 38, "次", "Shanghai General Office 2019: how many times did it put out an authoritative release on key topics of the municipal executive meetings?", n),
        N(e, "sh19", "70家政府网站", 70, "家", "How many government websites did Shanghai check every quarter in 2019 per the General Office's report?", n),
        N(e, "sh19", "统一受理平台接入", 2261, "项", "In 2019 how many service items were connected to Shanghai's unified intake platform?", n),
        N(e, "sh19", "人事任免文件", 141, "件", "Shanghai General Office 2019 - personnel appointment documents made public, count?", n),
        N(e, "sh25", "意大利语", 10, "个", "The Shanghai international services portal covered how many languages in 2025?", n),
        N(e, "sh25", "人事任免文件", 196, "件", "Shanghai General Office 2025 published how many personnel appointment and removal documents?", n),
        N(e, "sh25", "发布各类办事服务指引", 19, "项", "Of the service guides Shanghai's international portal released in 2025, how many were direct services?", n),
        N(e, "kw", "1016823", 1016823, "人", "STCSM 2024 - how many followers does the 上海科技 WeChat account have?", n),
        N(e, "kw", "主合办人大代表建议", 50, "件", "Shanghai science commission 2024: NPC deputies' suggestions it handled as lead/co-lead?", n),
        N(e, "kw", "短视频", 584, "条", "How many short videos did the 'Shanghai Science' video account put out in 2024?", n),
        N(e, "kw", "日常报送惠企政策", 83, "条", "STCSM 2024: number of business-support policies reported in routine submissions?", n),
        N(e, "sy", "不规范描述", 22, "处", "Shuyang 2025 website clean-up: how many non-standard wordings fixed?", n),
        N(e, "sy", "督促县直部门", 3044, "条", "How many items did Shuyang's county departments post on their disclosure pages in 2025?", n),
        N(e, "sy", "3份清单", 3, "份", "Shuyang County updated how many standard catalogue lists in 2025?", n),
        N(e, "ha", "《淮安市人民政府公报》", 6, "期", "how many issues of the Huai'an government gazette came out in 2024", n),
        N(e, "ha", "政策解读", 21, "个", "Huai'an 2024: number of policy interpretations produced (text and image)?", n),
        N(e, "jx", "601", 601, "项", "Jianxi District 2020: how many items did it list across the pilot areas?", n),
        N(e, "jx", "统筹推进", 26, "个", "How many pilot areas for grassroots disclosure standardisation did Jianxi push in 2020?", n),
        N(e, "sh25", "新闻发布会", 42, "场", "Shanghai municipal government press conferences held in 2025?", n),
    ]


def cannot():
    z, e = "zh", "en"
    c = CN + "not in the corpus"
    return [
        U(z, "淮安市2024年信息公开申请按月份分，哪个月最多", "no monthly breakdown", c),
        U(z, "沭阳县2025年申请里涉及征地拆迁的有多少件", "no topic breakdown", c),
        U(z, "我叫王芳，2025年3月给沭阳县政府交过一份申请，编号多少、结果是什么", "one person's own case", c),
        U(z, "洪泽区2022年收到多少信息公开申请", "洪泽区 2022 not in corpus", c),
        U(z, "南京市政府2024年信息公开申请数量", "南京市 not in corpus", c),
        U(z, "上海市府办2025年申请的人年龄结构如何，老年人多少", "no age breakdown", c),
        U(z, "预计沭阳县2026年会收到多少申请", "forecast", c),
        U(z, "淮安市2024年复议被纠正那64件具体是哪些部门的问题", "reasons/departments not stated", c),
        U(z, "淮安市2024年各区县分别收了多少申请，清江浦区多少", "no district breakdown", c),
        U(z, "你觉得上海市政府办公厅2025年信息公开做得好不好", "opinion", c),
        U(z, "上海市科委2023年的新收申请数", "上海市科委 2023 not in corpus", c),
        U(z, "沭阳2025年男女申请人各多少", "no sex breakdown", c),
        U(z, "12345转：市民想知道洪泽区2024年申请平均多少天答复", "no response time", c),
        U(z, "淮安市2024年信息公开办有多少工作人员", "staff not stated", c),
        U(z, "涧西区2021年依申请公开多少件", "涧西 2021 not in corpus", c),
        U(z, "上海市府办2025年那513件不掌握，申请人都住哪个区", "no residence breakdown", c),
        U(z, "沭阳县2025年为什么有111件说不掌握信息", "reasons behind a count not stated", c),
        U(z, "宿迁市2025年行政复议多少件", "宿迁市 not in corpus", c),
        U(z, "请把淮安市2024年申请人的手机号和姓名发我", "personal data", c),
        U(z, "洪泽区2023年第三季度收到几件申请", "no quarterly breakdown", c),
        U(e, "Huai'an 2024 requests broken down by channel - online vs letter vs in person?", "no channel breakdown", c),
        U(e, "How many of Shuyang's 2025 requests were about housing?", "no topic breakdown", c),
        U(e, "Shanghai General Office 2022, how many requests?", "上海市府办 2022 not in corpus", c),
        U(e, "Pudong New Area 2024 disclosure requests received?", "浦东新区 not in corpus", c),
        U(e, "My uncle applied to Hongze District in 2024 about his land. Was his request granted?", "one person's own case", c),
        U(e, "What will Huai'an's request volume be in 2025?", "forecast (no 淮安 2025 report)", c),
        U(e, "Which industries did the companies that applied to STCSM in 2024 belong to?", "no industry breakdown", c),
        U(e, "Shuyang 2025: how much did it cost to run the disclosure office?", "costs not stated", c),
        U(e, "Shanghai General Office 2025 requests per month, which month peaked?", "no monthly breakdown", c),
        U(e, "Why did Huai'an lose 64 reviews in 2024?", "reasons not stated", c),
        U(e, "Is Shuyang's disclosure work better than Huai'an's? your opinion, 2025 vs 2024", "opinion", c),
        U(e, "Jianxi District 2020, how many requests came from people over 60?", "no age breakdown", c),
        U(e, "Hongze District 2024 requests by township (乡镇)?", "no township breakdown", c),
        U(e, "Qingjiangpu District 2024, requests received?", "清江浦区 not in corpus", c),
        U(e, "Give me the ID numbers of the people who sued Shanghai General Office in 2019.", "personal data", c),
        U(e, "Shuyang County 2024 annual report - new requests?", "沭阳 2024 not in corpus", c),
        U(e, "How many men vs women applied to Huai'an in 2024?", "no sex breakdown", c),
        U(e, "Average days to reply for Shanghai General Office in 2025?", "no response time", c),
        U(e, "Which department of Shuyang got the most requests in 2025?", "no department breakdown", c),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安市2024年从上一年结转进来的申请（不是转到下年的）多少件", NB + "结转上年 34 vs 下年 103", alt=HA_OVER),
        T(z, "ha", "a.litigation_after_review.total", "淮安市2024年经复议后又起诉的行政诉讼几件，不要算直接起诉的", NB + "复议后起诉 20 vs 直接 26 vs text 46"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳2025年因“过程性信息”不公开的，不是内部事务那个，几件", NB + "过程性 2 vs 内部事务 13"),
        T(z, "sh25", "r.received.total", "上海市府办2025年本年新收申请数，不是办结数", NB + "新收 1295 vs 办结 1191", alt=SH25_REC),
        T(z, "hz23", "c.normative_docs.issued", "洪泽区2023年当年新制发的行政规范性文件几件？不要现行有效那个数", NB + "制发 0 vs 现行有效/废止 5"),
        T(z, "ha", "r.unable.needs_creation.total", "淮安市2024年“需要另行制作”的，不是“不掌握”，几件", NB + "另行制作 11 vs 不掌握 769"),
        T(z, "sy", "r.received.legal_services", "沭阳2025年新收申请里只算法律服务机构那一栏", NB + "column 5 vs 法人合计 8"),
        T(e, "ha", "r.partially_granted.total", "Huai'an 2024 PARTIALLY granted only (not fully granted): how many?", NB + "部分公开 454 vs 予以公开 1362"),
        T(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests carried over FROM the previous year, not carried forward", NB + "189 vs 293", alt=SH25_OVER),
        T(e, "sy", "a.litigation_direct.upheld", "Shuyang 2025 direct lawsuits (not post-review) upheld?", NB + "3 vs after review 8"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reviews with 'other result', not the corrected ones", NB + "其他结果 178 vs 纠正 64", alt=("政府信息公开行政复议", 178)),
        T(e, "ha", "r.received.commercial", "Huai'an 2024 new requests from commercial enterprises only - not law firms", NB + "53 vs 61"),
        T(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total published rules (对外公开总数), not the newly made ones", NB + "524 vs 13"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + cannot() + neighbour()
