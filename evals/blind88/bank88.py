"""Question bank of blind set 88 (evals/blind88).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

Every wording here was newly written for this set. The bank only names bodies, keys, keywords
and wording; every expected number is computed by helpers88 (gold/*.json, printed text cells,
sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib88 as L  # noqa: E402
from helpers88 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the three reports without gold: the same cells blind6 verified
# (specs read from evals/blind6/text_cells.json), nothing new.
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

W = "万元"
# sentences where the text states the same number as the table (ambiguous + acceptable_sentence)
HA_REQ = "全市共受理政府信息公开申请"
HA_REV = "政府信息公开行政复议 351件"
HZ_REQ = "全区受理政府信息公开申请 21"
SH19_REQ = "代表市政府共受理政府信息公开申请859件"
SH19_ACT = "主动公开规章13件"
SH19_APP = "信息公开类行政复议7件"
JX_REQ = "全年共收到依申请公开17件"
KW_REQ = "全年收到政府信息公开申请 34 件"
KW_RES = "同意公开答复 9 件"
SH25_REQ = "市政府共受理政府信息公开申请 1295"
SY_REQ = "共办理 718 件"


def tag(t, note):
    return "%s %s" % (t, note)


def PV(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, tag("[plain]", what), **kw)


def values():
    z, e = "zh", "en"
    return [
        # ---------------- zh
        PV(z, "ha", "r.granted.total", "淮安市政府2024年 申请信息公开 直接全部给公开了的有多少件", "予以公开 总计, colloquial"),
        PV(z, "ha", "r.unable.not_held.total", "问下哈 淮安24年政府回复说自己手上压根没有这条信息的 一共几件", "无法提供-不掌握, colloquial"),
        PV(z, "ha", "r.withheld.admin_query.total", "淮安2024年有的人其实是来问办事流程、查个东西怎么办的，被当成行政查询事项没给公开，这种有多少", "不予公开-行政查询事项, described"),
        PV(z, "ha", "r.withheld.third_party.total", "淮安市2024年 怕公开了伤到别人（第三方）利益所以没给的申请 几件？", "不予公开-第三方合法权益, described"),
        PV(z, "ha", "r.withheld.security_stability.total", "淮安 2024 说一公开就会危及国家安全公共安全经济安全社会稳定 所以不给的 多少件", "不予公开-三安全一稳定, described"),
        PV(z, "ha", "r.not_processed.reconfirm.total", "2024年淮安市政府 有人手里已经拿到信息了还要政府再确认一遍或者重新出一份 这种没处理的几件", "不予处理-要求确认或重新出具, described"),
        PV(z, "ha", "r.other.overdue_fee.total", "淮安24年 政府让申请人交信息处理费 结果过了期限也没交的 几件啊", "其他处理-逾期未缴费, described"),
        PV(z, "ha", "r.other.overdue_correction.total", "淮安市政府2024年让申请人把申请补充完整，人家过了时间也没补的，有多少件？", "其他处理-逾期未补正, described"),
        PV(z, "ha", "r.received.legal_services", "律所来申请政府信息公开的 淮安市2024年本年新收了多少件", "新收 法律服务机构 column"),
        PV(z, "ha", "r.received.other_org", "2024年淮安市新收的申请里，表上“其他”那类法人或组织交的有几件", "新收 其他 column"),
        PV(z, "ha", "a.review.corrected", "淮安市2024年 因为信息公开的事被人申请复议 复议机关最后把政府做法给纠正了的 几起", "复议 纠正, described", alt=(HA_REV, 64)),
        PV(z, "ha", "a.litigation_direct.other", "二〇二四年淮安市 没走复议直接上法院告的信息公开官司里，判下来既不算维持也不算纠正的有几件", "直接起诉 其他结果, described"),
        PV(z, "ha", "a.litigation_after_review.pending", "淮安2024 复议完了不服又去起诉的 到年底还没判完的案子有几个", "复议后起诉 未审结, described"),
        PV(z, "ha", "c.punishment.decisions", "记者核实一下：淮安市政府2024年报第二部分表里，行政处罚那一行本年处理决定数量是多少", "行政处罚 决定数, journalist"),
        PV(z, "ha", "c.normative_docs.repealed", "淮安2024年作废掉的规范性文件有几件", "规范性文件 废止, colloquial"),
        PV(z, "ha", "r.withheld.state_secret.total", "淮安市2024年依申请公开 因为涉及国家秘密没给的 多少件", "不予公开-国家秘密"),
        PV(z, "ha", "r.unable.unclear.total", "淮安市24年 申请人写得稀里糊涂 说不清要啥 政府没法提供的 几件", "无法提供-内容不明确, colloquial"),
        PV(z, "ha", "r.not_processed.petition.commercial", "淮安2024年 企业交的申请被认定成信访举报投诉、不予处理的 几件", "不予处理-信访 商业企业 column"),
        PV(z, "sy", "r.withheld.internal_affairs.total", "说是机关自己内部的事儿（人事后勤那些）不对外 沭阳25年这样没公开的有多少件", "不予公开-内部事务, described"),
        PV(z, "sy", "r.unable.needs_creation.total", "沭阳2025 要的东西政府手上没有现成的 得重新加工整理才有 最后没提供的 几件", "无法提供-需另行制作, described"),
        PV(z, "sy", "r.other.other.total", "我2025年年底帮我妈给沭阳县政府写过一份申请，后来回复说是作“其他处理”了。想问下沭阳2025年这种其他处理（不是逾期没补正、没交费那两种）总共多少件", "其他处理-其他, story"),
        PV(z, "sy", "r.not_processed.duplicate.total", "沭阳县2025年有人把同样的内容翻来覆去地申请，被当重复申请不处理的，有几件", "不予处理-重复申请, described"),
        PV(z, "sy", "a.review.pending", "沭阳县政府2025年因为信息公开被申请复议的 到年底还没出结果的几件", "复议 尚未审结, described"),
        PV(z, "sy", "a.litigation_after_review.upheld", "沭阳2025 先复议后打官司的 法院最后站政府这边维持的有几起", "复议后起诉 维持, described"),
        PV(z, "sy", "r.partially_granted.total", "沭阳县2025年 只给了一部分、其余涂黑没公开的答复有多少件", "部分公开, described"),
        PV(z, "sy", "c.licensing.decisions", "12345转：来电人问沭阳县2025年全年行政许可一共作了多少个决定 麻烦查下", "行政许可, help desk"),
        PV(z, "sy", "r.received.commercial", "沭阳25年新收的申请 公司企业交上来的有几个", "新收 商业企业 column"),
        PV(z, "sy", "r.granted.legal_services", "沭阳县2025 律师事务所申请后拿到全部公开答复的几件", "予以公开 法律服务机构 column"),
        PV(z, "sy", "r.withheld.enforcement_files.total", "想看执法案卷材料的 沭阳县2025年被拒了几回", "不予公开-行政执法案卷, described"),
        PV(z, "hz23", "r.withheld.process_info.total", "洪泽区2023年 因为东西还在讨论研究阶段没定下来所以不给的 几件", "不予公开-过程性信息, described"),
        PV(z, "hz23", "r.unable.not_held.total", "洪泽2023年政府回复本机关不掌握的 有多少件啊", "无法提供-不掌握"),
        PV(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年一共作出多少份行政处罚决定", "行政处罚"),
        PV(z, "hz23", "r.received.total", "洪泽区23年一共新收到多少个信息公开申请", "新收 总计", alt=(HZ_REQ, 21)),
        PV(z, "hz24", "a.review.total", "洪泽区2024年因为信息公开被人申请行政复议 一共多少起", "复议 总计 (text cell)"),
        PV(z, "hz24", "c.normative_docs.issued", "洪泽2024年新出台了几份规范性文件", "规范性文件 制发 (text cell)"),
        PV(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年 有些申请其实是来信访举报投诉的，被不予处理，这个有几件", "不予处理-信访举报投诉 (text cell)"),
        PV(z, "sh25", "r.carried_over.legal_services", "上海市政府办公厅2025 从上一年转过来还没办完的申请里 律所那一栏是几", "上年结转 法律服务机构 (text cell)"),
        PV(z, "sh25", "a.litigation_direct.pending", "上海市府办25年 直接起诉政府的信息公开官司 到年底还悬着没判的几件", "直接起诉 未审结 (text cell)"),
        PV(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年因为要另外制作加工才有，所以没法提供的申请多少", "无法提供-另行制作 (text cell)"),
        PV(z, "kw", "r.received.commercial", "上海科委2024年新收申请 企业申请几件", "新收 商业企业 (text cell)"),
        PV(z, "kw", "active.normative_docs.in_force", "市科委2024年年底还在生效的规范性文件有多少件", "规范性文件 现行有效 (text cell)"),
        PV(z, "sh19", "r.unable.unclear.natural_person", "上海市府办2019年 老百姓个人提的申请 内容含含糊糊说不清楚、没法提供的 多少件", "无法提供-内容不明确 自然人 column"),
        PV(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅 个人申请里被当成信访投诉不予处理的 多少", "不予处理-信访 自然人 column"),
        PV(z, "sh19", "active.procurement.amount", "上海市府办2019年政府集中采购总金额多少万元", "采购 金额", unit=W),
        PV(z, "jx", "active.procurement.projects", "涧西区政府办2020年政府集中采购 项目有几个", "采购 项目数"),
        PV(z, "jx", "r.granted.natural_person", "涧西区2020年个人申请里全部公开的几件", "予以公开 自然人"),
        # ---------------- en
        PV(e, "ha", "r.partially_granted.total", "Huai'an city gov 2024 - how many requests got only part of the info released, rest blacked out?", "部分公开, paraphrase"),
        PV(e, "ha", "r.withheld.enforcement_files.total", "In 2024, how many times did Huaian refuse because the stuff asked for sat in law-enforcement case files?", "不予公开-行政执法案卷, paraphrase"),
        PV(e, "ha", "r.withheld.prohibited_by_law.total", "huaian 2024 requests turned down cos some other law or regulation bans releasing it — count?", "不予公开-法律行政法规禁止, paraphrase"),
        PV(e, "ha", "r.not_processed.duplicate.total", "Huai'an 2024: people asking the exact same thing again and getting ignored as a repeat. how many", "不予处理-重复申请, paraphrase"),
        PV(e, "ha", "r.other.other.total", "For Huai'an municipal government FY2024, the catch-all line 'other' (其他) under other handling — what number?", "其他处理-其他, label in brackets"),
        PV(e, "ha", "a.review.pending", "how many of Huai'an's 2024 reconsideration cases about disclosure were still undecided when the year closed", "复议 尚未审结, paraphrase", alt=(HA_REV, 37)),
        PV(e, "ha", "a.litigation_direct.corrected", "Huaian 2024 — court cases filed straight away (no reconsideration first) where the judge set the government's answer right: how many?", "直接起诉 纠正, paraphrase"),
        PV(e, "ha", "a.litigation_after_review.total", "Number of Huai'an 2024 disclosure lawsuits brought after a reconsideration ruling (复议后起诉), all of them?", "复议后起诉 总计"),
        PV(e, "ha", "r.received.commercial", "Huai'an 2024, new requests coming from companies (商业企业) — how many?", "新收 商业企业 column"),
        PV(e, "ha", "active.coercion.decisions", "What count of administrative coercion decisions did Huai'an report for 2024?", "行政强制"),
        PV(e, "ha", "active.fees.amount", "How much did Huaian take in from administrative charges in 2024, in units of 10k yuan?", "行政事业性收费 金额, paraphrase", unit=W),
        PV(e, "ha", "r.total_processed.natural_person", "huai an 2024 requests from private citizens that were dealt with in the year, all outcomes together = ?", "办理结果 总计 自然人 column"),
        PV(e, "ha", "r.withheld.process_info.total", "Huai'an 2024: refusals because the material was still internal drafts and deliberations?", "不予公开-过程性信息, paraphrase"),
        PV(e, "ha", "r.carried_forward.total", "Huai'an 2024: how many requests were left unfinished and pushed into 2025?", "结转下年, paraphrase", alt=(HA_REQ, 103)),
        PV(e, "sy", "r.withheld.third_party.total", "Shuyang County 2025 - kept back because releasing would hurt someone else's legit interests, how many?", "不予公开-第三方, paraphrase"),
        PV(e, "sy", "r.withheld.security_stability.total", "shuyang 2025 refusals on grounds it would endanger national/public/economic security or social stability, count pls", "不予公开-三安全一稳定"),
        PV(e, "sy", "r.other.overdue_correction.total", "In Shuyang 2025, applicants were asked to fix up their application and never did so in time. How many?", "其他处理-逾期未补正, paraphrase"),
        PV(e, "sy", "r.not_processed.petition.total", "Shuyang county gov 2025 — requests that were really complaints or petitions, so not handled as disclosure: number?", "不予处理-信访, paraphrase"),
        PV(e, "sy", "a.review.corrected", "Shuyang 2025: reconsideration cases where the reviewing body overturned the county: how many?", "复议 纠正, paraphrase"),
        PV(e, "sy", "a.review.other", "Shuyang 2025 reconsideration — outcome was neither upheld nor corrected, how many such cases?", "复议 其他结果"),
        PV(e, "sy", "a.litigation_direct.upheld", "shuyang county 2025, lawsuits that skipped reconsideration and the government won?", "直接起诉 维持, paraphrase"),
        PV(e, "sy", "active.normative_docs.in_force", "How many normative documents did Shuyang have still valid at the end of 2025?", "规范性文件 现行有效"),
        PV(e, "sy", "r.carried_over.total", "Shuyang 2025: open requests inherited from 2024, how many?", "上年结转, paraphrase"),
        PV(e, "sy", "active.coercion.decisions", "Shuyang County, 2025: number of administrative coercion decisions made?", "行政强制"),
        PV(e, "sy", "r.unable.not_held.natural_person", "For Shuyang 2025, how many private persons were told the county simply does not have the info?", "无法提供-不掌握 自然人 column"),
        PV(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023: requests denied because it's a state secret?", "不予公开-国家秘密"),
        PV(e, "hz23", "r.unable.needs_creation.total", "Hongze 2023, requests it couldn't meet because the info would have to be compiled fresh?", "无法提供-另行制作, paraphrase"),
        PV(e, "hz23", "a.review.upheld", "Hongze District 2023 administrative reconsideration: decisions that backed the district?", "复议 维持, paraphrase"),
        PV(e, "hz23", "active.licensing.decisions", "Hongze district, 2023, administrative licensing decisions (行政许可)?", "行政许可"),
        PV(e, "hz24", "active.punishment.decisions", "Hongze District 2024 administrative penalty decisions count", "行政处罚 (text cell)"),
        PV(e, "hz24", "r.unable.not_held.total", "Hongze 2024: how many times did the district answer 'we don't have that'?", "无法提供-不掌握 (text cell)"),
        PV(e, "hz24", "appeals.litigation_after_review.total", "Hongze 2024 lawsuits filed once reconsideration was over — total?", "复议后起诉 总计 (text cell)"),
        PV(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests where the office said it does not possess the info?", "无法提供-不掌握 (text cell)"),
        PV(e, "sh25", "r.not_processed.duplicate.total", "Shanghai municipal gov general office, 2025, repeat requests not handled — how many", "不予处理-重复申请 (text cell)"),
        PV(e, "sh25", "a.review.pending", "Shanghai General Office 2025 — reconsideration cases still open at year end?", "复议 尚未审结 (text cell)"),
        PV(e, "sh25", "r.received.commercial", "Shanghai General Office 2025, new requests from businesses?", "新收 商业企业 (text cell)"),
        PV(e, "sh25", "r.carried_forward.total", "Shanghai General Office FY2025: requests rolled over into 2026?", "结转下年 (text cell)"),
        PV(e, "kw", "r.carried_over.total", "STCSM 2024: requests that came over unfinished from 2023?", "上年结转 (text cell)", alt=(KW_REQ, 2)),
        PV(e, "kw", "active.licensing.decisions", "Shanghai science commission 2024, administrative licensing decisions?", "行政许可 (text cell)"),
        PV(e, "sh19", "active.regulations.total_published", "Shanghai General Office 2019: how many rules (规章) in total are on the public record (对外公开总数量)?", "规章 对外公开总数量"),
        PV(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai Gen Office 2019: individuals' requests rejected as state secrets?", "不予公开-国家秘密 自然人 column"),
        PV(e, "sh19", "r.unable.not_held.commercial", "In 2019, how many requests from businesses did the Shanghai General Office answer with 'we don't hold it'?", "无法提供-不掌握 商业企业 column"),
        PV(e, "sh19", "active.procurement.projects", "Shanghai General Office 2019 government procurement: number of projects?", "采购 项目数"),
        PV(e, "jx", "a.review.upheld", "Jianxi District 2020: reconsideration decisions that upheld the office?", "复议 维持"),
        PV(e, "jx", "r.unable.not_held.total", "Jianxi district gov office 2020 — requests answered with 'info not held'?", "无法提供-不掌握"),
        PV(e, "jx", "active.procurement.amount", "Jianxi 2020 government procurement, total amount in 万元?", "采购 金额", unit=W),
    ]


WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN = ["r.unable.%s.total" % s for s in L.UNABLE]
NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OT = ["r.other.%s.total" % s for s in L.OTHER21]


def combine():
    z, e = "zh", "en"
    c = "[combine]"
    return [
        S(z, "ha", WH, "淮安2024年 不予公开的那八种理由（涉密、法律禁止、三安全一稳定、第三方、内部事务、过程性、执法案卷、行政查询）加起来一共多少件", tag(c, "sum of the 8 不予公开 sub-rows")),
        S(e, "ha", UN, "Huai'an 2024: add up every 'could not provide' case — not held, would need creating, unclear request. Total?", tag(c, "sum of the 3 无法提供 sub-rows")),
        S(z, "ha", NP, "淮安市2024年 不予处理的五小项（信访、重复、出版物、无正当理由大量反复、要求确认重出）合计多少", tag(c, "sum of the 5 不予处理 sub-rows")),
        S(e, "ha", ["a.review.upheld", "a.review.corrected"], "For Huai'an 2024 reconsiderations, upheld plus corrected together comes to?", tag(c, "复议 维持 + 纠正")),
        S(z, "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年 全部公开的加上部分公开的 一共多少件", tag(c, "予以公开 + 部分公开")),
        S(e, "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "shuyang 2025 all disclosure lawsuits — direct ones plus those after reconsideration — how many altogether?", tag(c, "直接起诉 + 复议后起诉 totals")),
        S(z, "sy", OT, "沭阳县政府2025年“其他处理”三小项（逾期不补正、逾期不交费、其他）加一起是多少", tag(c, "sum of the 3 其他处理 sub-rows")),
        S(e, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023: secrets + deliberation-stage info + enforcement case files, the three refusal grounds combined?", tag(c, "3 不予公开 sub-rows")),
        S(z, "sh19", ["r.received.natural_person", "r.received.commercial"], "上海市府办2019年新收申请 个人的加企业的 合起来多少", tag(c, "新收 自然人 + 商业企业 columns")),
        S(e, "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019: reconsiderations plus direct lawsuits, combined figure?", tag(c, "复议 总计 + 直接起诉 总计")),
        S(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年 复议、直接起诉、复议后起诉 三块案件数加总是几", tag(c, "three appeals totals")),
        S(e, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huaian 2024 new requests from organisations of any sort (firms, law offices, other bodies) — sum?", tag(c, "新收 org columns with non-zero values")),
        S(z, "sy", ["active.normative_docs.issued", "active.normative_docs.repealed"], "沭阳县2025年 规范性文件新制发的和废止的 两个数加一起", tag(c, "规范性文件 制发 + 废止")),
        S(e, "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Total disclosure disputes for Huai'an 2024 — reconsiderations, direct suits and post-reconsideration suits summed?", tag(c, "three appeals totals")),
        S(z, "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "洪泽区2023年 行政许可、行政处罚、行政强制三类决定数量合计", tag(c, "三类行政行为 决定数")),
        S(e, "sh19", ["active.regulations.made", "active.normative_docs.made"], "Shanghai General Office 2019, rules newly drafted plus normative docs newly drafted, total?", tag(c, "规章 + 规范性文件 本年新制作")),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府回复“不掌握”的申请 2024年比2023年多了多少件", tag(c, "difference 2023->2024")),
        D(z, "hz23", "hz24", "active.licensing.decisions", "洪泽行政许可决定数 从2023年到2024年变了多少", tag(c, "difference 2023->2024")),
        D(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请 2025年跟2019年比 差多少件", tag(c, "difference 2019->2025")),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅 转到下一年继续办的申请 2025年比2019年多几件", tag(c, "difference 2019->2025")),
        D(z, "sh19", "sh25", "a.review.total", "上海市府办因信息公开被申请复议的数量，2019年到2025年增加了多少", tag(c, "difference 2019->2025")),
        D(e, "hz23", "hz24", "active.punishment.decisions", "By how much did Hongze's administrative penalty decisions change from 2023 to 2024?", tag(c, "difference 2023->2024")),
        D(e, "hz23", "hz24", "active.fees.amount", "Hongze District administrative fee income: change from 2023 to 2024 (万元)?", tag(c, "difference 2023->2024"), unit=W),
        D(e, "hz23", "hz24", "active.normative_docs.in_force", "Hongze normative documents still valid: 2024 figure minus 2023 figure?", tag(c, "difference 2023->2024")),
        D(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, new requests from private individuals: how much higher in 2025 than in 2019?", tag(c, "difference 2019->2025")),
        D(e, "sh19", "sh25", "r.carried_over.total", "Shanghai General Office requests carried in from the prior year: 2025 vs 2019, what's the gap?", tag(c, "difference 2019->2025")),
    ]


def ranks():
    z, e = "zh", "en"
    r = "[rank]"
    return [
        R(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家新收的信息公开申请最多", tag(r, "新收 总计 desc")),
        R(e, ["sy", "sh19", "jx"], "r.carried_forward.total", "asc", "Of Shuyang (2025), Shanghai General Office (2019) and Jianxi District (2020), who left the fewest requests to finish in the following year?", tag(r, "结转下年 asc")),
        R(z, ["ha", "sy", "sh19"], "a.review.total", "asc", "比一比：淮安2024、沭阳2025、上海市府办2019 谁被申请行政复议的次数最少", tag(r, "复议 总计 asc")),
        R(e, ["sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc", "Shuyang 2025 vs Shanghai General Office 2019 vs Hongze 2023: which told the most individual applicants 'we don't have it'?", tag(r, "不掌握 自然人 desc")),
        R(z, ["ha", "sy", "sh19"], "r.received.commercial", "asc", "淮安2024年 沭阳2025年 上海市府办2019年 企业来申请最少的是哪家", tag(r, "新收 商业企业 asc")),
        R(e, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Which of Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019) turned away the most personal requests as complaints/petitions?", tag(r, "信访 自然人 desc")),
        R(z, ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "从上一年接过来的申请 淮安市2024年、沭阳县2025年、上海市政府办公厅2019年 谁最多", tag(r, "上年结转 desc")),
        R(e, ["sy", "sh19", "hz23"], "r.partially_granted.natural_person", "asc", "Partial releases to private individuals — lowest among Shuyang 2025, Shanghai General Office 2019 and Hongze 2023?", tag(r, "部分公开 自然人 asc")),
        R(z, ["ha", "sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "个人申请里因为要另外加工制作才没法给的 淮安2024、沭阳2025、上海市府办2019、洪泽2023 哪个最多", tag(r, "另行制作 自然人 desc")),
        R(e, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Rank by lawsuits filed directly: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — which is top?", tag(r, "直接起诉 desc")),
        R(z, ["jx", "hz23", "sy"], "r.total_processed.total", "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年 全年办完的申请哪个最少", tag(r, "办理结果 总计 asc")),
        R(e, ["ha", "sy", "sh19"], "r.received.legal_services", "desc", "Law-firm requests: who got the most — Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?", tag(r, "新收 法律服务机构 desc")),
        R(z, ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc", "个人来问的其实是行政查询事项、被不予公开的：淮安2024、沭阳2025、上海市府办2019 谁最多", tag(r, "行政查询 自然人 desc")),
    ]


def NN(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, tag("[textonly]", what), frm=frm)


def narratives():
    z, e = "zh", "en"
    return [
        NN(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年一共开了几场新闻发布会", "press conferences"),
        NN(z, "ha", "公报》6 期", 6, "期", "淮安市人民政府公报2024年出了几期", "gazette issues"),
        NN(z, "ha", "信息处理费 3940 元", 3940, "元", "淮安2024年收了多少信息处理费（元）", "fee in 元"),
        NN(z, "sy", "开展意见征集9期", 9, "期", "沭阳县政府门户网站2025年搞了几期意见征集", "consultations"),
        NN(z, "sy", "年度涌现爆款内容52条", 52, "条", "沭阳2025年政务新媒体出了多少条爆款", "viral posts"),
        NN(z, "sy", "全年发出催办提示 84 次", 84, "次", "沭阳那个倒计时报警器 2025年一共发了多少次催办提醒", "reminders"),
        NN(z, "sy", "失效链接43处", 43, "处", "沭阳县2025年网站巡检 整改了多少处打不开的坏链接", "broken links"),
        NN(z, "sy", "累计清理过期信息697条", 697, "条", "沭阳2025年清理掉的过时信息多少条", "outdated items removed"),
        NN(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年有多少家单位的信息公开年报是集中统一发布的", "units publishing reports"),
        NN(z, "sy", "专栏33个", 33, "个", "沭阳县政务新媒体2025年开了多少个专栏", "columns"),
        NN(z, "kw", "直播 118 场", 118, "场", "上海科委2024年视频号搞了几场直播", "live streams"),
        NN(z, "kw", "其中原创文章 294篇", 294, "篇", "“上海科技”公众号2024年原创文章几篇", "original articles"),
        NN(z, "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了几场新闻通气会", "press briefings"),
        NN(z, "sh25", "含申请人主动撤回 157 件", 157, "件", "上海市府办2025年 申请人自己主动撤回的申请有多少件", "withdrawn requests"),
        NN(z, "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "上海市人民政府公报2025年编了几期", "gazette issues"),
        NN(z, "sh19", "权威发布共计38次", 38, "次", "2019年上海市政府常务会议重要议题 权威发布了几次", "releases of executive-meeting topics"),
        NN(z, "sh19", "70家政府网站", 70, "家", "上海市府办2019年报里说每季度检查多少家政府网站", "websites checked"),
        NN(z, "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议", "executive meetings published"),
        NN(z, "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "items published on website"),
        NN(z, "jx", "统筹推进26个试点领域", 26, "个", "涧西区2020年基层政务公开标准化搞了多少个试点领域", "pilot areas"),
        NN(e, "ha", "政务新媒体共计 95个", 95, "个", "How many official social-media and app accounts was Huai'an keeping alive in 2024?", "new-media accounts, paraphrase"),
        NN(e, "ha", "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "How many times in 2024 did Huai'an sweep every disclosure column end to end?", "full checks, paraphrase"),
        NN(e, "ha", "政策解读21", 21, "个", "Huaian 2024 - number of explainers they put together to help people understand policies?", "policy explainers, paraphrase"),
        NN(e, "sy", "推送系列原创短视频1113个", 1113, "个", "Shuyang 2025: how many home-made short clips did the county push out on its channels?", "short videos, paraphrase"),
        NN(e, "sy", "累计开展办前主动沟通 49 次", 49, "次", "Shuyang county 2025 — how often did staff phone or meet requesters before handling their case?", "pre-handling contacts, paraphrase"),
        NN(e, "sy", "成功推动化解各类争议纠纷 33 件", 33, "件", "And in Shuyang's 2025 report, how many disagreements got settled thanks to that early contact?", "disputes settled, paraphrase"),
        NN(e, "sy", "策采相关新闻稿件2606篇", 2606, "篇", "Shuyang 2025: how many news pieces were written up for its online channels?", "news pieces, paraphrase"),
        NN(e, "kw", "关注人数达 1016823 人", 1016823, "人", "How many people were subscribed to the science commission's WeChat account according to its 2024 report?", "followers, paraphrase"),
        NN(e, "kw", "累计批量推送集成式发布政策 121 条", 121, "条", "Shanghai science commission 2024 - how many policies went out in bulk through the integrated release channel?", "policies pushed, paraphrase"),
        NN(e, "kw", "共制作并发布短视频 584 条", 584, "条", "STCSM's video account in 2024: how many clips did it make and post?", "short videos, paraphrase"),
        NN(e, "kw", "市科委 5 个高频事项", 5, "个", "In its 2024 report, for how many much-used services does the science commission link policy reading straight to applying?", "high-frequency services, paraphrase"),
        NN(e, "sh25", "召开市政府新闻发布会 42 场", 42, "场", "Shanghai city government 2025: how many times did it hold a formal media event to announce things?", "press conferences, paraphrase"),
        NN(e, "sh25", "目前已覆盖 10 个语种", 10, "个", "The Shanghai portal for international users runs in how many languages, per the General Office 2025 report?", "languages, paraphrase"),
        NN(e, "sh25", "公文公开属性审查 166 件", 166, "件", "Shanghai General Office 2025: how many official papers were screened to decide whether they could go public?", "openness reviews, paraphrase"),
        NN(e, "sh25", "16 个区全部上线数字公报", 16, "个", "Per the Shanghai General Office 2025 report, how many districts now put out their gazette digitally?", "digital gazettes, paraphrase"),
        NN(e, "sh19", "发布政策解读共132件", 132, "件", "Shanghai General Office 2019 — how many pieces explaining policy were posted on the China Shanghai site?", "policy explainers, paraphrase"),
        NN(e, "sh19", "2261项事项", 2261, "项", "In 2019 how many service items were hooked up to Shanghai's one-stop intake platform?", "service items, paraphrase"),
        NN(e, "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "Hongze District 2024: how many pieces of information did it put up on the government site on its own initiative?", "items published, paraphrase"),
        NN(e, "kw", "当年发布政府信息 393 件", 393, "件", "STCSM 2024: by 31 December, how many government info items had gone up on its department website?", "items published, paraphrase"),
    ]


def UU(lang, q, why):
    return U(lang, q, why, tag("[cannot]", why))


def cannots():
    z, e = "zh", "en"
    return [
        UU(z, "淮安市2024年的信息公开申请人里 男的多少女的多少", "sex breakdown not reported"),
        UU(z, "沭阳县2024年一共收到多少件政府信息公开申请", "沭阳 2024 report not in the corpus"),
        UU(z, "南京市政府2024年依申请公开一共多少件", "南京市 not in the corpus"),
        UU(z, "洪泽区2022年被申请行政复议几次", "洪泽 2022 not in the corpus"),
        UU(z, "你估计一下淮安市2026年信息公开申请会有多少件", "forecast"),
        UU(z, "我2024年3月给淮安市政府交过一份申请 查我家征地补偿的 到现在也没回音 我那件在2024年报里算哪一类了", "one person's own case"),
        UU(z, "沭阳2025年的申请人里住在县城的有多少 住乡下的有多少", "residence breakdown not reported"),
        UU(z, "上海市府办2025年的申请按月份分 哪个月最多", "month breakdown not reported"),
        UU(z, "上海科委2023年收到多少信息公开申请", "上海市科委 2023 not in the corpus"),
        UU(z, "涧西区2021年依申请公开办结率是多少", "涧西 2021 not in the corpus"),
        UU(z, "淮安2024年 答复一件信息公开申请平均花几天", "response time not reported"),
        UU(z, "洪泽区2023年专门管信息公开的工作人员有几个", "staff number not reported"),
        UU(z, "你觉得沭阳县政府2025年信息公开做得咋样 打个分", "opinion"),
        UU(z, "上海市府办2019年那些申请人的名字和电话能给我吗", "personal data"),
        UU(z, "宿迁市2025年政府信息公开年报里新收申请多少", "宿迁市 not in the corpus"),
        UU(z, "淮安2024年 哪个乡镇街道的人来申请信息公开最多", "township breakdown not reported"),
        UU(z, "沭阳县2025年 涉及征地拆迁的申请有几件", "topic breakdown not reported"),
        UU(z, "上海市政府办公厅2025年第一季度新收了多少申请", "quarter breakdown not reported"),
        UU(z, "浦东新区2024年依申请公开多少件", "浦东新区 not in the corpus"),
        UU(z, "淮安市2024年搞信息公开一共花了多少经费", "cost not reported"),
        UU(e, "Huai'an 2024 disclosure requests split by age group of the applicants?", "age breakdown not reported"),
        UU(e, "Shuyang 2025: how many requests came in online versus by post?", "channel breakdown not reported"),
        UU(e, "How many information disclosure requests did Hangzhou receive in 2024?", "杭州市 not in the corpus"),
        UU(e, "Shanghai General Office 2022 new requests, how many?", "上海市府办 2022 not in the corpus"),
        UU(e, "Hongze District's 2025 annual disclosure report — how many requests?", "洪泽 2025 not in the corpus"),
        UU(e, "STCSM 2024: which industries did the companies that filed requests belong to, with counts?", "industry breakdown not reported"),
        UU(e, "Jianxi 2020: which department of the district got the most disclosure requests?", "department breakdown not reported"),
        UU(e, "My neighbour sent a request to the Shanghai General Office in 2019 about her housing — was hers one of the ones released?", "one person's own case"),
        UU(e, "In your opinion was Huai'an more transparent than Shuyang, comparing 2024 and 2025?", "opinion"),
        UU(e, "What will the Shanghai General Office's request count be in 2027?", "forecast"),
        UU(e, "Average number of days the Shanghai General Office took to answer a request in 2025?", "response time not reported"),
        UU(e, "How many staff work on disclosure at the Shanghai science commission (2024)?", "staff number not reported"),
        UU(e, "Suzhou Industrial Park 2023 disclosure report: total requests received?", "苏州工业园区 not in the corpus"),
        UU(e, "What share of Hongze's 2023 requests were about land acquisition?", "topic breakdown not reported"),
        UU(e, "Huai'an 2024: how many disclosure requests arrived in December alone?", "month breakdown not reported"),
        UU(e, "Shuyang 2025: give me the name and ID number of the person who paid the 380 yuan fee", "personal data"),
        UU(e, "Qingjiangpu District 2024 — how many requests were granted?", "清江浦区 not in the corpus"),
        UU(e, "Shanghai General Office 2025: how many disclosure requests were filed by foreigners?", "nationality breakdown not reported"),
        UU(e, "Jianxi District 2020 requests broken down by street/subdistrict?", "district/street breakdown not reported"),
    ]


def TT(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, tag("[neighbour]", what), **kw)


def traps():
    z, e = "zh", "en"
    return [
        TT(z, "ha", "r.carried_over.total", "淮安2024年 从2023年接过来接着办的申请 几件（不是转去2025年的那批）", "上年结转 vs 结转下年", alt=(HA_REQ, 34)),
        TT(z, "ha", "a.litigation_after_review.upheld", "淮安市2024年 先复议、复议完再去法院告的那批 判维持的有几件", "复议后起诉 维持 vs 直接起诉 维持"),
        TT(z, "ha", "active.regulations.issued", "淮安2024年 当年新制定出台的规章 几件（不是现行有效的总数）", "规章 制发 vs 现行有效"),
        TT(z, "sy", "r.withheld.process_info.total", "沭阳2025 还在讨论研究中的过程性信息不予公开 几件 别跟内部事务那行搞混了", "过程性信息 vs 内部事务"),
        TT(z, "sh19", "active.normative_docs.total_published", "上海市府办2019年 规范性文件 对外公开总数量那格是多少（不要本年新制作的）", "对外公开总数 vs 新制作"),
        TT(z, "ha", "a.review.other", "淮安2024年复议 结果既不算维持也不算纠正的那种“其他结果”是几件", "复议 其他结果 vs 纠正", alt=(HA_REV, 178)),
        TT(z, "hz23", "r.partially_granted.total", "洪泽区2023年 部分公开的有几件？（我问的不是全部公开）", "部分公开 vs 予以公开"),
        TT(e, "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025: lawsuits filed AFTER a reconsideration — not the direct ones — total?", "复议后起诉 vs 直接起诉"),
        TT(e, "sy", "r.carried_forward.total", "Shuyang 2025: requests still open that spill into 2026 — not the ones inherited from 2024?", "结转下年 vs 上年结转", alt=(SY_REQ, 31)),
        TT(e, "sy", "r.received.legal_services", "Shuyang 2025 new requests from law offices / legal service bodies (not ordinary companies)?", "法律服务机构 vs 商业企业"),
        TT(e, "ha", "r.unable.needs_creation.total", "Huai'an 2024 — couldn't supply because it would have to be newly produced (I don't mean 'not held')?", "另行制作 vs 不掌握"),
        TT(e, "ha", "r.withheld.internal_affairs.total", "Huaian 2024 held back as in-house matters like staffing and logistics, not the deliberation kind?", "内部事务 vs 过程性信息"),
        TT(e, "sh25", "r.granted.total", "Shanghai General Office 2025, fully released answers only, the table figure — not 'released and partly released' lumped together?", "予以公开 vs 予以公开及部分公开 (text 208)"),
        TT(e, "ha", "a.litigation_direct.pending", "Huai'an 2024 direct lawsuits (no reconsideration first) still undecided at year end — not the post-reconsideration ones?", "直接起诉 未审结 vs 复议后起诉 未审结"),
    ]


def FU(lang, turns, what):
    return F(lang, turns, tag("[followup]", what))


def followups():
    z, e = "zh", "en"
    return [
        FU(z, [("淮安市2024年申请信息公开 最后原原本本全给公开了的 多少件", E("ha", "r.granted.total")),
               ("那沭阳县2025年呢", E("sy", "r.granted.total"))], "body+year switch, 予以公开"),
        FU(z, [("洪泽区2023年 政府说自己手里没有这个信息的 几件", E("hz23", "r.unable.not_held.total")),
               ("24年呢？", E("hz24", "r.unable.not_held.total"))], "year switch, 不掌握"),
        FU(z, [("上海市政府办公厅2019年新收了多少信息公开申请", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
               ("换成2025年呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch, 新收"),
        FU(z, [("淮安2024年信息公开被申请复议的 复议机关维持原来做法的几件", E("ha", "a.review.upheld", alt=(HA_REV, 72))),
               ("被纠正的呢", E("ha", "a.review.corrected", alt=(HA_REV, 64))),
               ("年底还没审完的又有几件", E("ha", "a.review.pending", alt=(HA_REV, 37)))], "column switch, 复议"),
        FU(z, [("沭阳县2025年 有人来问的其实是行政查询的事 被不予公开的 几件", E("sy", "r.withheld.admin_query.total")),
               ("淮安市2024年同一项是多少", E("ha", "r.withheld.admin_query.total"))], "body switch, 行政查询"),
        FU(z, [("淮安2024年 老百姓个人本年新交的申请多少件", E("ha", "r.received.natural_person")),
               ("公司交的呢", E("ha", "r.received.commercial")),
               ("律所交的呢", E("ha", "r.received.legal_services"))], "column switch, 新收"),
        FU(z, [("沭阳2025年 复议完了又去法院起诉的 一共几件", E("sy", "a.litigation_after_review.total")),
               ("没经过复议直接告的呢", E("sy", "a.litigation_direct.total"))], "appeals group switch"),
        FU(z, [("淮安24年 让申请人交费 到期没交的 几件", E("ha", "r.other.overdue_fee.total")),
               ("沭阳县2025年这个数是多少", E("sy", "r.other.overdue_fee.total"))], "body switch, 逾期未缴费"),
        FU(z, [("沭阳县2025年行政处罚决定多少个", E("sy", "active.punishment.decisions")),
               ("淮安2024年的呢", E("ha", "active.punishment.decisions"))], "body switch, 行政处罚"),
        FU(z, [("洪泽区2023年行政事业性收费多少万元", E("hz23", "active.fees.amount", unit=W)),
               ("2024年呢", E("hz24", "active.fees.amount", unit=W))], "year switch, 收费"),
        FU(z, [("上海市府办2025年 申请其实是信访投诉、没按信息公开处理的 几件", E("sh25", "r.not_processed.petition.total")),
               ("同一个内容反复申请被不处理的呢", E("sh25", "r.not_processed.duplicate.total"))], "row switch, 不予处理"),
        FU(z, [("淮安市2024年重复申请不予处理的有多少", E("ha", "r.not_processed.duplicate.total")),
               ("属于信访举报投诉的呢", E("ha", "r.not_processed.petition.total")),
               ("要的是公开出版物、被不予处理的呢", E("ha", "r.not_processed.publication.total"))], "row switch, 不予处理"),
        FU(z, [("上海科委2024年新收到几件信息公开申请", E("kw", "r.received.total", alt=(KW_REQ, 34))),
               ("那上海市府办2025年新收了多少", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "body+year switch, 新收"),
        FU(z, [("涧西区政府办2020年收到多少件依申请公开", E("jx", "r.received.total", alt=(JX_REQ, 17))),
               ("其中当年办完的几件", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], "row switch"),
        FU(z, [("沭阳县2025年 说本机关不掌握的 几件", E("sy", "r.unable.not_held.total")),
               ("需要另外加工制作的呢", E("sy", "r.unable.needs_creation.total")),
               ("申请内容讲不清楚的呢", E("sy", "r.unable.unclear.total"))], "row switch, 无法提供"),
        FU(z, [("淮安市2024年新制发规范性文件几件", E("ha", "active.normative_docs.issued")),
               ("现在还有效的一共多少", E("ha", "active.normative_docs.in_force"))], "column switch, 规范性文件"),
        FU(z, [("上海市府办2019年本年新制作的规章几件", E("sh19", "active.regulations.made", alt=(SH19_ACT, 13))),
               ("规范性文件呢", E("sh19", "active.normative_docs.made", alt=(SH19_ACT, 60)))], "row switch, 规章/规范性文件"),
        FU(z, [("沭阳2025年 个人申请里上一年没办完转过来的 几件", E("sy", "r.carried_over.natural_person")),
               ("淮安2024年呢", E("ha", "r.carried_over.natural_person", alt=(HA_REQ, 34)))], "body switch, 上年结转"),
        FU(z, [("洪泽区2024年行政许可决定数是多少", E("hz24", "active.licensing.decisions")),
               ("2023年的呢", E("hz23", "active.licensing.decisions"))], "year switch, 行政许可"),
        FU(z, [("淮安2024年 怕影响第三方利益没公开的 几件", E("ha", "r.withheld.third_party.total")),
               ("沭阳2025年同样原因的呢", E("sy", "r.withheld.third_party.total"))], "body switch, 第三方"),
        FU(e, [("How many requests did Huai'an take in during 2024?", E("ha", "r.received.total", alt=(HA_REQ, 3119))),
               ("and Shuyang in 2025, counting only the new ones (not carry-overs)?", E("sy", "r.received.total"))], "body+year switch, 新收"),
        FU(e, [("Huai'an 2024: how many disclosure lawsuits went directly to court?", E("ha", "a.litigation_direct.total")),
               ("how many of those did the government win?", E("ha", "a.litigation_direct.upheld")),
               ("and how many were still waiting for a verdict?", E("ha", "a.litigation_direct.pending"))], "column switch, 直接起诉"),
        FU(e, [("Shuyang 2025: requests answered with full disclosure?", E("sy", "r.granted.total")),
               ("partial ones?", E("sy", "r.partially_granted.total"))], "row switch"),
        FU(e, [("Shanghai General Office 2019, requests moved on to be finished in 2020?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
               ("what about 2025 (into 2026)?", E("sh25", "r.carried_forward.total"))], "year switch, 结转下年"),
        FU(e, [("Shanghai General Office 2025: reconsideration cases over disclosure, total?", E("sh25", "a.review.total")),
               ("2019?", E("sh19", "a.review.total", alt=(SH19_APP, 7)))], "year switch, 复议 总计"),
        FU(e, [("Huai'an 2024: individuals refused because a law or regulation forbids release?", E("ha", "r.withheld.prohibited_by_law.natural_person")),
               ("same thing but for companies?", E("ha", "r.withheld.prohibited_by_law.commercial"))], "column switch"),
        FU(e, [("Shuyang 2025 — number of reconsideration cases about disclosure?", E("sy", "a.review.total")),
               ("how many ended with the county's decision kept as is?", E("sy", "a.review.upheld"))], "column switch, 复议"),
        FU(e, [("STCSM 2024: requests where the info was released in full?", E("kw", "r.granted.total", alt=(KW_RES, 9))),
               ("the Shanghai General Office in 2025?", E("sh25", "r.granted.total"))], "body+year switch, 予以公开"),
        FU(e, [("Hongze 2023 reconsiderations where the district was corrected?", E("hz23", "a.review.corrected")),
               ("and upheld?", E("hz23", "a.review.upheld"))], "column switch, 复议"),
        FU(e, [("Huai'an 2024: law firms told the city doesn't hold the info — how many?", E("ha", "r.unable.not_held.legal_services")),
               ("and 'other organisations' column?", E("ha", "r.unable.not_held.other_org"))], "column switch, 不掌握"),
        FU(e, [("Jianxi District 2020: requests still being worked on at year end?", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
               ("Shuyang 2025, same measure?", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "body+year switch, 结转下年"),
        FU(e, [("Hongze District 2024 administrative coercion decisions?", E("hz24", "active.coercion.decisions")),
               ("how about 2023?", E("hz23", "active.coercion.decisions"))], "year switch, 行政强制"),
        FU(e, [("Shanghai General Office 2019: new requests from companies?", E("sh19", "r.received.commercial")),
               ("2025 then?", E("sh25", "r.received.commercial"))], "year switch, 新收 商业企业"),
        FU(e, [("Huai'an 2024 licensing decisions (行政许可)?", E("ha", "active.licensing.decisions")),
               ("Shuyang 2025?", E("sy", "active.licensing.decisions")),
               ("Hongze 2023?", E("hz23", "active.licensing.decisions"))], "body+year switch, 行政许可"),
        FU(e, [("Shuyang 2025, refused because the info sits in enforcement case files?", E("sy", "r.withheld.enforcement_files.total")),
               ("Huai'an 2024 for the same reason?", E("ha", "r.withheld.enforcement_files.total"))], "body+year switch"),
        FU(e, [("Huai'an 2024: individuals who never sent the missing details after being asked to fix their request?", E("ha", "r.other.overdue_correction.natural_person")),
               ("companies?", E("ha", "r.other.overdue_correction.commercial")),
               ("legal service firms?", E("ha", "r.other.overdue_correction.legal_services"))], "column switch, 逾期未补正"),
        FU(e, [("Shanghai General Office 2025: new requests from private persons?", E("sh25", "r.received.natural_person")),
               ("and in 2019?", E("sh19", "r.received.natural_person"))], "year switch, 新收 自然人"),
        FU(e, [("Huai'an 2024, lawsuits after reconsideration, total?", E("ha", "a.litigation_after_review.total")),
               ("how many of them went against the city (corrected)?", E("ha", "a.litigation_after_review.corrected"))], "column switch, 复议后起诉"),
        FU(e, [("Shanghai science commission 2024: normative documents newly issued?", E("kw", "active.normative_docs.issued")),
               ("still in force at year end?", E("kw", "active.normative_docs.in_force"))], "column switch, 规范性文件"),
    ]


def CONVERSATIONS():
    return values() + combine() + ranks() + narratives() + cannots() + traps() + followups()
