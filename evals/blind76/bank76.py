"""Question bank of the blind76 evaluation set (evals/blind76).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

Every wording was written for this set. Numbers are never typed here for table cells: the
builders of helpers76 compute them from gold/*.json, or (reports without gold) from the printed
rows named in SPECS (the same cells blind6 verified). Narrative numbers are checked against a
sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib76 as L  # noqa: E402
from helpers76 import (C, E, ED, EN, ER, EU, F)  # noqa: E402

# printed cells of the reports without gold: the same specs blind6 verified (nothing new)
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

WAN = "万元"


def _c(kind, tag, lang, q, e, note):
    return C(kind, lang, [(q, e)], "%s %s" % (tag, note))


def V(lang, b, keys, q, note="table value", **kw):
    return _c("value", "[plain]", lang, q, E(b, keys, **kw), note)


def T(lang, b, keys, q, note, **kw):
    return _c("trap", "[neighbour]", lang, q, E(b, keys, **kw), note)


def S(lang, b, keys, q, note="sum of the listed cells", **kw):
    return _c("sum", "[combine]", lang, q, E(b, keys, **kw), note)


def D(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return _c("difference", "[combine]", lang, q, ED(b1, b2, keys, **kw), note)


def R(lang, bodies, keys, order, q, note="ranking over gold bodies", **kw):
    return _c("ranking", "[rank]", lang, q, ER(bodies, keys, order, **kw), note)


def N(lang, b, keyword, value, unit, q, note="number stated only in the report text", frm=None):
    return _c("narrative", "[textonly]", lang, q, EN(b, keyword, value, unit, frm), note)


def U(lang, q, why, note="not in the corpus"):
    return _c("unanswerable", "[cannot]", lang, q, EU(why), note)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


# text alternatives: the report text states the same number as the table cell
A_HA_REC = ("全市共受理政府信息公开申请", 3119)
A_HA_DONE = ("全市共受理政府信息公开申请", 3050)
A_HA_FWD = ("全市共受理政府信息公开申请", 103)
A_HA_OVER = ("全市共受理政府信息公开申请", 34)
A_HA_REV_UP = ("政府信息公开行政复议 351", 72)
A_HA_REV_COR = ("政府信息公开行政复议 351", 64)
A_HA_REV_PEN = ("政府信息公开行政复议 351", 37)
A_HZ23_REC = ("全区受理政府信息公开申请", 21)
A_SH19_REC = ("代表市政府共受理政府信息公开申请", 859)
A_SH19_DONE = ("代表市政府共受理政府信息公开申请", 805)
A_SH19_FWD = ("代表市政府共受理政府信息公开申请", 72)
A_SH19_LIT = ("信息公开类行政复议7件", 9)
A_SH19_REG = ("主动公开规章13件", 13)
A_SH19_NORM = ("主动公开规章13件", 60)
A_JX_REC = ("全年共收到依申请公开", 17)
A_JX_DONE = ("全年共收到依申请公开", 15)
A_JX_FWD = ("全年共收到依申请公开", 2)
A_KW_REC = ("全年收到政府信息公开申请", 34)
A_KW_NORM = ("其中包括：行政规范性文件", 13)
A_SH25_REC = ("市政府共受理政府信息公开申请", 1295)
A_SH25_OVER = ("市政府共受理政府信息公开申请", 189)
A_SY_DONE = ("全县全年共受理政府信息公开申请", 718)
A_SY_FWD = ("全县全年共受理政府信息公开申请", 31)
A_SY_LP = ("全县全年共受理政府信息公开申请", 8)


def VALUES():
    z, e = "zh", "en"
    return [
        # ---------------- zh
        V(z, "ha", "r.received.total", "淮安市政府2024年新收了多少件信息公开申请", alt=A_HA_REC),
        V(z, "ha", "r.received.natural_person", "淮安2024年老百姓个人递的公开申请有几件？不要算企业的"),
        V(z, "ha", "r.granted.total", "我在做课题，淮安市人民政府2024年报表三里“予以公开”这一行的总计是多少"),
        V(z, "ha", "r.unable.not_held.total", "淮安市2024年有多少申请是政府回复说本机关不掌握的"),
        V(z, "ha", "r.withheld.admin_query.total", "淮安24年 被当成行政查询事项没给公开的 几件"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市政府二〇二四年把多少件申请认定为信访举报投诉类、不予处理？"),
        V(z, "ha", "c.licensing.decisions", "淮安市2024年行政许可的处理决定数量是多少"),
        V(z, "ha", "c.fees.amount", "淮安市政府2024年主动公开表里行政事业性收费金额多少万元", unit=WAN),
        V(z, "ha", "a.litigation_direct.upheld", "淮安2024年没经过复议、直接去法院告的案子里，判维持的有几件"),
        V(z, "ha", "a.review.pending", "想核对一个格子：淮安市2024年信息公开行政复议尚未审结的是几件", alt=A_HA_REV_PEN),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024年申请人逾期不补正、算撤回申请的有多少件"),
        V(z, "ha", "r.carried_forward.total", "淮安市2024年没办完、挪到2025年接着办的申请有多少", alt=A_HA_FWD),
        V(z, "sy", "r.received.total", "沭阳县2025年表里本年新收的信息公开申请，不含上一年结转过来的，是多少件"),
        V(z, "sy", "r.granted.total", "沭阳25年直接给公开了的申请有几件"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以内部事务信息为由不公开的有多少"),
        V(z, "sy", "r.unable.not_held.total", "我之前帮我妈给沭阳县政府写过申请，人家回复说他们不掌握这个信息。想问下2025年像这样答复不掌握的一共多少件"),
        V(z, "sy", "a.review.total", "沭阳县2025年因为信息公开被申请行政复议的总数是多少？"),
        V(z, "sy", "c.punishment.decisions", "沭阳2025年行政处罚决定一共多少个"),
        V(z, "sy", "c.normative_docs.in_force", "沭阳县2025年底现行有效的行政规范性文件有几件"),
        V(z, "sy", "r.other.other.total", "沭阳县2025年“其他处理”里面最后那个“其他”小项是多少件"),
        V(z, "sy", "r.carried_over.total", "沭阳县人民政府2025年上年结转过来的申请数量"),
        V(z, "sy", "a.litigation_after_review.total", "沭阳县二〇二五年，复议完了不服又去起诉的行政诉讼总计多少件"),
        V(z, "hz23", "r.received.total", "洪泽区2023年收到几件政府信息公开申请", alt=A_HZ23_REC),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽2023年因为没有现成信息、需要另外制作所以没提供的，几件？"),
        V(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚的本年处理决定数量是多少"),
        V(z, "hz23", "r.partially_granted.total", "12345转办：来电人问洪泽区2023年部分公开的申请有多少件"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定多少件"),
        V(z, "hz24", "r.granted.total", "洪泽24年表格里予以公开是多少"),
        V(z, "hz24", "c.normative_docs.in_force", "洪泽区政府2024年现行有效的行政规范性文件几件"),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请是多少件", alt=A_SH19_REC),
        V(z, "sh19", "c.regulations.total_published", "上海市府办2019年规章的对外公开总数量是多少"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年个人申请里被认定为信访举报投诉类不予处理的有几件（自然人那一列）"),
        V(z, "sh19", "r.carried_forward.total", "2019年上海市政府办公厅结转到下一年继续办理的申请是多少件", alt=A_SH19_FWD),
        V(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数量是几个"),
        V(z, "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年表里“本机关不掌握相关政府信息”总计多少"),
        V(z, "sh25", "r.carried_over.total", "上海市府办2025年从上一年结转过来的申请有多少件", alt=A_SH25_OVER),
        V(z, "sh25", "a.review.total", "上海市政府办公厅2025年信息公开行政复议总计多少件"),
        V(z, "sh25", "r.received.commercial", "上海市府办2025年企业（商业企业）新提的公开申请几件"),
        V(z, "kw", "r.received.total", "上海市科委2024年新收政府信息公开申请多少件", alt=A_KW_REC),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效规范性文件一共多少件"),
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", alt=A_JX_REC),
        V(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额是多少（万元）", unit=WAN),
        V(z, "jx", "r.granted.natural_person", "涧西区人民政府办公室2020年给自然人予以公开的有几件"),
        V(z, "ha", "r.unable.needs_creation.total", "淮安2024年 没现成的要另外做所以给不了的 申请数"),
        V(z, "sy", "r.withheld.admin_query.total", "沭阳县2025年以属于行政查询事项为理由不予公开的有多少件"),
        # ---------------- en
        V(e, "ha", "r.received.total", "How many new disclosure requests did the Huai'an city government receive in 2024?", alt=A_HA_REC),
        V(e, "ha", "r.total_processed.total", "huaian 2024 total requests handled (办理结果总计)?", alt=A_HA_DONE),
        V(e, "ha", "r.partially_granted.total", "For Huaian in 2024, how many requests got only partial disclosure?"),
        V(e, "ha", "c.punishment.decisions", "Number of administrative penalty decisions (行政处罚) reported by Huai'an for 2024"),
        V(e, "ha", "c.normative_docs.in_force", "how many normative documents were still in force at Huai'an at the end of 2024"),
        V(e, "ha", "a.review.corrected", "In 2024, how many of Huai'an's information-disclosure administrative reviews ended with the decision corrected?", alt=A_HA_REV_COR),
        V(e, "ha", "r.withheld.process_info.total", "Huai'an 2024: requests refused because the info was process information (过程性信息)?"),
        V(e, "ha", "r.received.legal_services", "I'm a journalist. In 2024 how many requests did law firms and other legal service bodies file with Huai'an city?"),
        V(e, "ha", "a.litigation_after_review.pending", "Huaian, 2024: lawsuits filed after an administrative review that were still not concluded?"),
        V(e, "ha", "r.not_processed.duplicate.total", "In 2024 how many repeat applications did Huai'an decline to handle?"),
        V(e, "ha", "c.coercion.decisions", "Huai'an FY2024 administrative coercion (行政强制) decisions — the number please"),
        V(e, "sy", "r.received.natural_person", "Shuyang County 2025, requests newly filed by private individuals (new ones only, not the ones carried over)?"),
        V(e, "sy", "r.partially_granted.total", "shuyang 2025 partly disclosed how many"),
        V(e, "sy", "c.licensing.decisions", "What is Shuyang County's 2025 number of administrative licensing decisions?"),
        V(e, "sy", "c.fees.amount", "How much did Shuyang County take in from administrative fees in 2025, in 万元?", unit=WAN),
        V(e, "sy", "a.review.upheld", "Shuyang 2025: in how many administrative reviews was the county's reply upheld?"),
        V(e, "sy", "r.not_processed.duplicate.total", "Shuyang County in 2025 — how many duplicate applications were not processed?"),
        V(e, "sy", "r.other.overdue_fee.total", "In 2025 how many Shuyang applicants never paid the processing fee in time, so their request was dropped?"),
        V(e, "sy", "r.withheld.third_party.total", "For Shuyang in 2025, requests withheld because disclosure would harm a third party's rights: how many?"),
        V(e, "sy", "a.litigation_direct.total", "Shuyang county gov 2025 — total lawsuits brought straight to court without review first?"),
        V(e, "sy", "r.received.legal_person", "In 2025, how many requests to Shuyang came from companies and other organisations (法人或其他组织) rather than individuals?", alt=A_SY_LP),
        V(e, "hz23", "r.unable.not_held.total", "Hongze District 2023: how many requests did the district say it did not hold the info for?"),
        V(e, "hz23", "c.licensing.decisions", "Hongze 2023 administrative licensing decisions, number?"),
        V(e, "hz23", "c.fees.amount", "What did Hongze District report for administrative fees collected in 2023 (万元)?", unit=WAN),
        V(e, "hz23", "r.withheld.state_secret.total", "Did Hongze District refuse anything as a state secret in 2023? How many?"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024 — administrative penalties decided?"),
        V(e, "hz24", "r.unable.not_held.total", "For Hongze in 2024, how many replies were 'this office does not hold the information'?"),
        V(e, "hz24", "c.fees.amount", "hongze district fy2024 fee income (行政事业性收费) in 万元", unit=WAN),
        V(e, "sh19", "r.received.natural_person", "Shanghai General Office, 2019: requests filed by natural persons?"),
        V(e, "sh19", "c.normative_docs.total_published", "What was the total number of normative documents publicly available from the Shanghai General Office in 2019 (对外公开总数量)?"),
        V(e, "sh19", "c.procurement.amount", "Shanghai municipal government general office 2019 centralised procurement amount, 万元?", unit=WAN),
        V(e, "sh19", "a.litigation_direct.total", "How many information-disclosure lawsuits were filed directly against the Shanghai General Office in 2019?", alt=A_SH19_LIT),
        V(e, "sh19", "r.unable.needs_creation.natural_person", "2019 Shanghai General Office: individuals told the info would have to be newly compiled?"),
        V(e, "sh19", "r.total_processed.total", "How many requests did the Shanghai General Office close out in 2019?", alt=A_SH19_DONE),
        V(e, "sh25", "r.received.total", "Shanghai General Office 2025 new requests received?", alt=A_SH25_REC),
        V(e, "sh25", "r.not_processed.petition.total", "In 2025, how many requests did the Shanghai General Office turn away as complaints / petitions (信访举报投诉类)?"),
        V(e, "sh25", "a.litigation_direct.total", "Shanghai govt general office, 2025: direct lawsuits total?"),
        V(e, "sh25", "r.unable.needs_creation.total", "For 2025, how many Shanghai General Office requests failed because there was no ready-made information and it would have had to be created?"),
        V(e, "kw", "c.licensing.decisions", "Shanghai science commission (STCSM) 2024 licensing decisions?"),
        V(e, "kw", "r.received.natural_person", "STCSM in 2024 - requests from individual citizens, how many?"),
        V(e, "kw", "r.total_processed.total", "Science and technology commission of Shanghai 2024: total handled in the outcome table?"),
        V(e, "jx", "r.total_processed.total", "Jianxi District 2020 — how many requests were processed in total?", alt=A_JX_DONE),
        V(e, "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District government office newly make in 2020?"),
        V(e, "jx", "r.unable.not_held.total", "jianxi 2020 how many requests the office answered 'we don't have that information'"),
        V(e, "sh25", "r.granted.total", "Shanghai General Office 2025 — number of requests fully granted (予以公开)?"),
    ]


def COMBINE():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.received.total", "r.carried_over.total"], "淮安市2024年新收的加上上一年结转的，一共要处理多少件申请"),
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024 予以公开和部分公开加起来多少件"),
        S(z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年信息公开行政诉讼一共多少件（直接起诉加复议后起诉）", alt=("政府信息公开行政复议 351", 46)),
        S(z, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳2025年无法提供里面，不掌握的和需要另行制作的合计几件"),
        S(z, "sy", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "沭阳县2025年复议、直接诉讼、复议后诉讼三块里被纠正的一共多少件"),
        S(z, "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "上海市府办2019年，商业企业、法律服务机构、其他组织这三列新收申请加起来是多少"),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三项处理决定加起来一共多少"),
        S(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年信访类和重复申请这两种不予处理的合计几件"),
        S(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "Huai'an 2024: add up the first five refusal grounds (state secret, banned by law, security/stability, third-party rights, internal affairs). Total?"),
        S(e, "sy", ["r.received.total", "r.carried_over.total"], "Shuyang 2025: new requests plus the ones carried over from the year before, what's the sum?", alt=("全县全年共受理政府信息公开申请", 749)),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020 — total of reviews, direct lawsuits and lawsuits after review, all together?"),
        S(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2024: licensing + penalty + coercion decisions combined?"),
        S(e, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "What is the total of all three 'other handling' sub-rows for Huai'an in 2024?"),
        S(e, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shanghai General Office 2025: 'not held' plus 'needs to be newly created', together?"),
        S(e, "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "For Shuyang County (2025), sum the refusals for internal affairs, process info, law-enforcement files and administrative-query items"),
        S(e, "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024, new requests + carried over from 2023 = ?"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定2024年比2023年多了多少件"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年跟2023年比增加了几件"),
        D(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请数，2025年比2019年多了多少件"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2019年到2025年变化了多少"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽行政强制决定2024年相比2023年是增还是减，差多少"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze District's administrative penalty decisions change from 2023 to 2024?"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office administrative reviews: 2025 figure minus 2019 figure?"),
        D(e, "sh19", "sh25", "r.received.natural_person", "How many more requests from individuals did the Shanghai General Office get in 2025 than in 2019?"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze fee income: change between 2023 and 2024 in 万元?", unit=WAN),
        D(e, "hz23", "hz24", "c.normative_docs.in_force", "Hongze District, normative documents in force: 2024 vs 2023, what is the difference?"),
        R(z, ["ha", "sy", "sh19", "jx"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，哪家新收的信息公开申请最多"),
        R(z, ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "行政强制决定数量，淮安2024、洪泽区2023、沭阳2025三个里谁最少"),
        R(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转下年度继续办理的，淮安市2024年、沭阳县2025年、上海市府办2019年，哪个最多"),
        R(z, ["hz23", "sy", "jx"], "r.total_processed.total", "asc", "洪泽区2023年、沭阳县2025年、涧西区2020年，办理结果总计谁最少"),
        R(z, ["ha", "hz23", "sy"], "c.fees.amount", "desc", "行政事业性收费金额：淮安2024、洪泽2023、沭阳2025，哪个最高", unit=WAN),
        R(z, ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc", "自然人申请里被答复“不掌握”的，淮安2024年、沭阳2025年、上海市府办2019年、洪泽2023年，哪家最多"),
        R(z, ["sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼：沭阳县2025年、上海市政府办公厅2019年、涧西区2020年，哪个最少"),
        R(e, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "Which had the most licensing decisions: Huai'an 2024, Hongze District 2023 or Shuyang County 2025?"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "asc", "Requests carried over from the year before — Huai'an (2024), Shuyang (2025), Shanghai General Office (2019), Jianxi (2020): which is lowest?"),
        R(e, ["ha", "sy", "sh19"], "a.review.total", "desc", "Rank by information-disclosure administrative reviews: Huaian 2024, Shuyang 2025, Shanghai General Office 2019 — who is on top?"),
        R(e, ["ha", "hz23", "sy", "jx"], "r.received.natural_person", "asc", "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and Jianxi 2020, which got the fewest requests from individuals?"),
        R(e, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "petition-type requests from individuals not processed: huaian 2024 vs shuyang 2025 vs shanghai general office 2019, biggest?"),
        R(e, ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "Fewest administrative penalty decisions: Huai'an 2024, Hongze 2023, Shuyang 2025?"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        FU(z, [("淮安市2024年企业（商业企业）新收的申请多少件", E("ha", "r.received.commercial")),
               ("那个人的呢", E("ha", "r.received.natural_person"))], "switch column to natural persons"),
        FU(z, [("沭阳县2025年信息公开行政复议里结果被纠正的几件", E("sy", "a.review.corrected")),
               ("其他结果呢", E("sy", "a.review.other")),
               ("还在审的呢", E("sy", "a.review.pending"))], "switch appeals outcome twice"),
        FU(z, [("淮安2024年直接起诉的行政诉讼总计多少", E("ha", "a.litigation_direct.total")),
               ("复议后再起诉的那一块呢", E("ha", "a.litigation_after_review.total"))], "switch appeals group"),
        FU(z, [("上海市府办2019年新收申请总数多少", E("sh19", "r.received.total", alt=A_SH19_REC)),
               ("同一项2025年", E("sh25", "r.received.total", alt=A_SH25_REC))], "switch year, same body"),
        FU(z, [("洪泽区2023年行政处罚决定多少件", E("hz23", "c.punishment.decisions")),
               ("24年呢", E("hz24", "c.punishment.decisions"))], "switch year with a two-digit year"),
        FU(z, [("沭阳2025年不予公开里属于过程性信息的几件", E("sy", "r.withheld.process_info.total")),
               ("换成淮安市2024年", E("ha", "r.withheld.process_info.total"))], "switch body and year"),
        FU(z, [("淮安2024年本机关不掌握的有多少件", E("ha", "r.unable.not_held.total")),
               ("其中自然人那一列呢", E("ha", "r.unable.not_held.natural_person")),
               ("法律服务机构呢", E("ha", "r.unable.not_held.legal_services"))], "narrow to columns of one row"),
        FU(z, [("涧西区2020年结转下年度继续办理的几件", E("jx", "r.carried_forward.total", alt=A_JX_FWD)),
               ("上年结转的呢", E("jx", "r.carried_over.total"))], "carried forward then carried over"),
        FU(z, [("沭阳县2025年行政许可决定多少", E("sy", "c.licensing.decisions")),
               ("行政强制呢", E("sy", "c.coercion.decisions"))], "switch active row"),
        FU(z, [("上海市政府办公厅2025年信息公开复议总计几件", E("sh25", "a.review.total")),
               ("没审结的几件", E("sh25", "a.review.pending"))], "switch to pending within review"),
        FU(z, [("上海科委2024年新收申请里企业的几件", E("kw", "r.received.commercial")),
               ("自然人呢", E("kw", "r.received.natural_person")),
               ("合起来总计", E("kw", "r.received.total", alt=A_KW_REC))], "columns then total"),
        FU(z, [("淮安市2024年行政规范性文件本年制发几件", E("ha", "c.normative_docs.issued")),
               ("废止了多少", E("ha", "c.normative_docs.repealed")),
               ("现在还有效的呢", E("ha", "c.normative_docs.in_force"))], "walk the columns of one active row"),
        FU(z, [("洪泽区2024年予以公开多少件", E("hz24", "r.granted.total")),
               ("本机关不掌握的呢", E("hz24", "r.unable.not_held.total"))], "switch outcome row"),
        FU(z, [("沭阳2025年重复申请不予处理几件", E("sy", "r.not_processed.duplicate.total")),
               ("只看企业那一列", E("sy", "r.not_processed.duplicate.commercial"))], "one applicant column instead of the total"),
        FU(z, [("上海市府办2019年予以公开里商业企业几件", E("sh19", "r.granted.commercial")),
               ("法律服务机构的呢", E("sh19", "r.granted.legal_services"))], "switch applicant column in a row with blank total"),
        FU(z, [("淮安2024年复议维持的几件", E("ha", "a.review.upheld", alt=A_HA_REV_UP)),
               ("那法院那边，直接起诉判维持的呢", E("ha", "a.litigation_direct.upheld")),
               ("复议后起诉判维持的呢", E("ha", "a.litigation_after_review.upheld"))], "upheld across the three groups"),
        FU(z, [("洪泽区2023年行政事业性收费多少万元", E("hz23", "c.fees.amount", unit=WAN)),
               ("沭阳县2025年的呢", E("sy", "c.fees.amount", unit=WAN))], "switch body and year for money"),
        FU(z, [("上海市政府办公厅2025年上年结转的申请多少", E("sh25", "r.carried_over.total", alt=A_SH25_OVER)),
               ("结转到下一年的呢", E("sh25", "r.carried_forward.total"))], "carried over then carried forward"),
        FU(z, [("沭阳县2025年部分公开几件", E("sy", "r.partially_granted.total")),
               ("里面法律服务机构申请的有几件", E("sy", "r.partially_granted.legal_services"))], "sub-column of the same row"),
        FU(z, [("淮安市2024年因为危及三安全一稳定没公开的几件", E("ha", "r.withheld.security_stability.total")),
               ("保护第三方合法权益那条呢", E("ha", "r.withheld.third_party.total"))], "switch refusal ground"),
        # ---------------- en
        FU(e, [("Huai'an 2024, requests received from law firms / legal services?", E("ha", "r.received.legal_services")),
               ("what about companies", E("ha", "r.received.commercial"))], "switch applicant column"),
        FU(e, [("How many administrative reviews did Shuyang County face in 2025?", E("sy", "a.review.total")),
               ("and the court ones? the direct lawsuits", E("sy", "a.litigation_direct.total"))], "switch appeals group"),
        FU(e, [("Shanghai General Office 2019: requests carried forward into the next year?", E("sh19", "r.carried_forward.total", alt=A_SH19_FWD)),
               ("2025?", E("sh25", "r.carried_forward.total"))], "switch year only"),
        FU(e, [("Hongze District 2023 — normative documents repealed that year?", E("hz23", "c.normative_docs.repealed")),
               ("and how many remained in force", E("hz23", "c.normative_docs.in_force"))], "switch column of an active row"),
        FU(e, [("Huaian 2024, requests not processed because they were petitions/complaints?", E("ha", "r.not_processed.petition.total")),
               ("same thing for Shuyang 2025", E("sy", "r.not_processed.petition.total")),
               ("and only individuals there?", E("sy", "r.not_processed.petition.natural_person"))], "switch body, then column"),
        FU(e, [("What was the STCSM's 2024 licensing decision count?", E("kw", "c.licensing.decisions")),
               ("penalties?", E("kw", "c.punishment.decisions"))], "switch active row"),
        FU(e, [("Jianxi District 2020 administrative reviews total?", E("jx", "a.review.total")),
               ("lawsuits after review?", E("jx", "a.litigation_after_review.total"))], "switch appeals group"),
        FU(e, [("Shuyang 2025 requests granted in full?", E("sy", "r.granted.total")),
               ("and from individuals only", E("sy", "r.granted.natural_person")),
               ("Huai'an 2024 for that same column?", E("ha", "r.granted.natural_person"))], "column then body and year"),
        FU(e, [("Shanghai General Office 2025: how many 'we don't hold it' answers?", E("sh25", "r.unable.not_held.total")),
               ("what about 2019, individuals only", E("sh19", "r.unable.not_held.natural_person"))], "switch year; 2019 total printed blank so a column"),
        FU(e, [("For Huai'an in 2024, how many lawsuits after review were upheld?", E("ha", "a.litigation_after_review.upheld")),
               ("corrected?", E("ha", "a.litigation_after_review.corrected"))], "switch outcome"),
        FU(e, [("Hongze 2024 licensing decisions?", E("hz24", "c.licensing.decisions")),
               ("and in 2023?", E("hz23", "c.licensing.decisions"))], "switch year backwards"),
        FU(e, [("In 2025 how many requests did Shuyang carry forward to the next year?", E("sy", "r.carried_forward.total", alt=A_SY_FWD)),
               ("and carried over from the previous report year into 2025?", E("sy", "r.carried_over.total"))], "carried forward vs carried over"),
        FU(e, [("Shanghai General Office 2019 regulations newly made?", E("sh19", "c.regulations.made", alt=A_SH19_REG)),
               ("normative documents, same column", E("sh19", "c.normative_docs.made", alt=A_SH19_NORM))], "switch active row"),
        FU(e, [("huai'an 2024 withheld as internal affairs info", E("ha", "r.withheld.internal_affairs.total")),
               ("companies only?", E("ha", "r.withheld.internal_affairs.commercial"))], "narrow to one column"),
        FU(e, [("Shanghai science commission 2024, normative documents issued?", E("kw", "c.normative_docs.issued", alt=A_KW_NORM)),
               ("Hongze 2024 same item", E("hz24", "c.normative_docs.issued"))], "switch body, same year"),
        FU(e, [("What did Huai'an report as fee income for 2024 (万元)?", E("ha", "c.fees.amount", unit=WAN)),
               ("and Hongze District for 2024?", E("hz24", "c.fees.amount", unit=WAN))], "switch body for money"),
        FU(e, [("Shuyang 2025: requests where the fee was not paid in time?", E("sy", "r.other.overdue_fee.total")),
               ("the applicant didn't supplement in time?", E("sy", "r.other.overdue_correction.total"))], "switch sub-item of other handling"),
        FU(e, [("Shanghai General Office 2025 direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending")),
               ("and the lawsuits after review, total", E("sh25", "a.litigation_after_review.total"))], "switch group and column"),
        FU(e, [("Hongze District 2023, requests partly disclosed?", E("hz23", "r.partially_granted.total")),
               ("and those refused as enforcement case files?", E("hz23", "r.withheld.enforcement_files.total"))], "switch outcome row"),
    ]


def NARRATIVES():
    z, e = "zh", "en"
    return [
        N(z, "ha", "在运维政务新媒体共计", 95, "个", "淮安市2024年在运维的政务新媒体有多少个"),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安2024年搞了几次政府信息公开栏目全覆盖检查"),
        N(z, "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        N(z, "hz24", "区政府办代表区政府受理", 17, "件", "按洪泽区2024年报正文的说法，区政府办代表区政府受理了多少件信息公开申请"),
        N(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年开展了几期意见征集"),
        N(z, "sy", "发布信息3044条", 3044, "条", "沭阳2025年督促县直部门在公开页面发了多少条信息"),
        N(z, "sy", "年度涌现爆款内容52条", 52, "条", "沭阳县2025年政务新媒体出了多少条爆款"),
        N(z, "sy", "发出催办提示", 84, "次", "沭阳那个“倒计时报警器”2025年一共发了多少次催办提示"),
        N(z, "sy", "办前主动沟通", 49, "次", "沭阳县2025年办前主动沟通了几次"),
        N(z, "sy", "办前主动沟通", 33, "件", "2025年沭阳通过办前沟通化解了多少件争议纠纷"),
        N(z, "sy", "失效链接43处", 43, "处", "沭阳县2025年网站巡检整改了多少处失效链接"),
        N(z, "sy", "累计清理过期信息", 697, "条", "沭阳2025清理过期信息多少条"),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        N(z, "sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场市政府新闻发布会"),
        N(z, "sh25", "召开市政府新闻发布会", 19, "场", "上海市府办2025年报里说的新闻通气会是几场"),
        N(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年《上海市人民政府公报》编了几期"),
        N(z, "sh19", "权威发布共计38次", 38, "次", "上海市府办2019年对市政府常务会议重要议题权威发布了多少次"),
        N(z, "kw", "原创文章", 294, "篇", "上海科技微信公众号2024年原创文章有多少篇"),
        # ---------------- en
        N(e, "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024 according to the report text?"),
        N(e, "hz24", "解读信息发布", 7, "条", "Hongze District 2024: how many interpretation items were released?"),
        N(e, "hz24", "主动发布各类政府信息", 2428, "条", "How many pieces of government info did Hongze District post on its website platform in 2024?"),
        N(e, "sy", "专栏33个", 33, "个", "Shuyang County 2025 — how many columns (专栏) did its new-media accounts run?"),
        N(e, "sy", "策采相关新闻稿件", 2606, "篇", "How many news pieces did Shuyang's new-media team gather and write in 2025?"),
        N(e, "sy", "全县共办理相关案件", 74, "件", "per the Shuyang 2025 report text, how many review/litigation cases did the county handle in total?"),
        N(e, "sy", "收取信息处理费共计380元", 380, "元", "What did Shuyang County's agencies collect in information processing fees in 2025, in yuan?"),
        N(e, "sy", "完成政府常务会议同步配套解读", 7, "次", "Shuyang 2025: synchronised interpretations of executive meetings — how many times?"),
        N(e, "sy", "不规范描述22处", 22, "处", "In 2025 how many non-standard wordings did Shuyang fix on its websites?"),
        N(e, "kw", "批量推送集成式发布政策", 121, "条", "STCSM 2024: how many policies were pushed in batch for integrated release?"),
        N(e, "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024 — business-support policies submitted routinely, how many?"),
        N(e, "kw", "视频号共制作并发布短视频", 584, "条", "How many short videos did the 'Shanghai Keji' video channel put out in 2024?"),
        N(e, "kw", "关注人数达", 1016823, "人", "Followers of the STCSM WeChat official account as of 2024?"),
        N(e, "sh25", "公开属性审查", 166, "件", "Shanghai General Office 2025: how many documents got a disclosure-attribute review?"),
        N(e, "sh25", "覆盖 10 个语种", 10, "个", "In 2025 how many languages did the Shanghai International Services Portal cover?"),
        N(e, "sh19", "接入53个部门", 2261, "项", "How many service items were connected to the unified intake platform in Shanghai in 2019?"),
        N(e, "sh19", "全年共编发公报24期", 45, "件", "Shanghai 2019 gazette: how many departmental normative documents were printed in it?"),
        N(e, "jx", "办结率", 88.2, "%", "Jianxi District 2020 request completion rate?"),
    ]


def CANNOT():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年信息公开申请里每个月各收了多少件", "no monthly breakdown in the report"),
        U(z, "沭阳县2025年申请人里男的女的各多少", "no breakdown by sex"),
        U(z, "我2025年3月给沭阳县住建局申请过拆迁补偿的信息，我那件最后是怎么答复的", "one person's own case is not in the report"),
        U(z, "洪泽区2022年收到多少件信息公开申请", "洪泽区 2022 report not in the corpus"),
        U(z, "淮安2024年的申请都是关于哪些方面的，征地拆迁的占多少", "no topic breakdown"),
        U(z, "沭阳县2026年预计会收到多少申请", "forecast"),
        U(z, "南京市政府2024年依申请公开收了多少件", "南京市 not in the corpus"),
        U(z, "上海市府办2025年1295件申请里，浦东新区的申请人有多少", "no district breakdown of applicants"),
        U(z, "淮安市2024年为什么有769件都答复不掌握？是不是在推脱", "reasons/opinion not stated"),
        U(z, "沭阳县2024年的行政复议有几件", "沭阳县 2024 report not in the corpus"),
        U(z, "洪泽区2023年申请人年龄段分布是什么样的", "no age breakdown"),
        U(z, "涧西区2021年信息公开申请数", "涧西区 2021 not in the corpus"),
        U(z, "上海市科委2024年那34件申请分别是谁申请的，能给个名单吗", "personal data"),
        U(z, "12345这边有个来电，问淮安市2024年各区县各自收了多少件申请", "no district breakdown in the city report"),
        U(z, "你觉得沭阳县2025年的信息公开工作做得好不好", "opinion"),
        U(z, "上海市政府办公厅2022年的新收申请是多少件", "上海市府办 2022 not in the corpus"),
        U(z, "淮安市2024年平均每件申请多少天答复完", "response times not reported"),
        U(z, "宿迁市2025年行政复议总数", "宿迁市 not in the corpus"),
        U(z, "洪泽区2024年负责信息公开的工作人员有几个", "staff numbers not reported"),
        # ---------------- en
        U(e, "How many of Huai'an's 2024 requests were filed online vs by post?", "no channel breakdown"),
        U(e, "Shuyang 2025: how many requests came from each township?", "no township breakdown"),
        U(e, "What will the Shanghai General Office's request count be in 2026?", "forecast"),
        U(e, "Hongze District 2023, requests by quarter please", "no quarterly breakdown"),
        U(e, "I applied to Huai'an city in June 2024 about my land compensation. Was my request one of the 769 not-held ones?", "one person's own case"),
        U(e, "STCSM 2023 number of requests received?", "上海市科委 2023 not in the corpus"),
        U(e, "Which industries did the companies that applied to Shanghai General Office in 2025 come from?", "no industry breakdown"),
        U(e, "How many requests did the Pudong New Area government get in 2024?", "浦东新区 not in the corpus"),
        U(e, "Why did Shanghai General Office receive more requests in 2025 than in 2019?", "reason not stated"),
        U(e, "Huai'an 2023 administrative reviews — how many?", "淮安 2023 not in the corpus"),
        U(e, "Give me the names and phone numbers of the individuals who sued Shuyang County in 2025", "personal data"),
        U(e, "What did the Jianxi District office spend on information disclosure staff salaries in 2020?", "costs not reported"),
        U(e, "For Hongze 2024, how many requests were about land expropriation?", "no topic breakdown"),
        U(e, "How many of the people who applied to Shuyang in 2025 live outside the county?", "no residence breakdown"),
        U(e, "Qingjiangpu District 2024 disclosure requests received?", "清江浦区 not in the corpus"),
        U(e, "Is the Huai'an 2024 report's fee income of 96171.6 万元 too high compared with other cities, in your view?", "opinion"),
        U(e, "STCSM 2024: which department inside the commission handled the most requests?", "no department breakdown"),
        U(e, "How long on average did the Shanghai General Office take to answer a request in 2019?", "response times not reported"),
        U(e, "Beijing municipal government general office 2025 — new requests?", "北京 not in the corpus"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.withheld.admin_query.total", "淮安市2024年不予公开里面，只算“属于行政查询事项”那一小项，多少件", "sub-item, not the withheld group total"),
        T(z, "ha", "a.litigation_direct.total", "淮安2024年直接向法院起诉的（不算先复议的）信息公开行政诉讼总计几件", "direct lawsuits, not 46 from the text, not after review"),
        T(z, "sy", "r.received.commercial", "沭阳县2025年商业企业新收申请几件？别把法律服务机构算进去", "commercial column, not legal services / legal person"),
        T(z, "ha", "r.carried_over.total", "淮安市2024年从2023年结转过来的申请多少件（不是转到2025年的那个）", "carried over, not carried forward", alt=A_HA_OVER),
        T(z, "sy", "r.total_processed.total", "沭阳县2025年实际办理的申请总计是多少？不是新收的那个数", "handled total, not received", alt=A_SY_DONE),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止的行政规范性文件有几件", "repealed, not issued / in force"),
        T(z, "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目数（不是金额）", "projects, not amount"),
        T(e, "ha", "r.partially_granted.total", "Huai'an 2024 — only the PARTIAL disclosures, not the fully granted ones", "partial vs granted"),
        T(e, "ha", "r.other.other.total", "Huai'an 2024: the plain 'other' sub-item under other handling, not the whole other-handling group", "sub-item vs group"),
        T(e, "sy", "a.review.other", "Shuyang 2025 reviews with an 'other' outcome (not corrected)", "other outcome vs corrected"),
        T(e, "ha", "r.unable.needs_creation.total", "Huaian 2024, requests needing info to be newly made — not the 'not held' ones", "needs creation vs not held"),
        T(e, "sh19", "c.regulations.made", "Shanghai General Office 2019: regulations newly made that year (not the cumulative publicly available total)", "made vs total published", alt=A_SH19_REG),
        T(e, "sh25", "r.received.natural_person", "Shanghai General Office 2025: new requests from individuals only — not the grand total", "one applicant column vs total"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + FOLLOWUPS() + NARRATIVES() + CANNOT() + TRAPS()
