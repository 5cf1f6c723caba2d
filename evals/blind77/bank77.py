"""Question bank of the blind set blind77 (written from scratch for this set).

WARNING: holds the text of every test question. As frozen as test.jsonl: do not read while
tuning the engine.

Every number comes from helpers77 (gold JSON, printed text cells, or a sentence cut from the
report). The bank names bodies, keys, keywords and wordings only.
Bodies: jx 涧西区办 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib77 as L  # noqa: E402
from helpers77 import C, E, EN, EU, ED, ER  # noqa: E402

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


def pv(lang, b, keys, q, note="table value", **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def tr(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def sm(lang, b, keys, q, note="sum of the listed cells", **kw):
    assert len(keys) >= 2
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def df(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def rk(lang, bodies, keys, order, q, note="ranking over gold bodies", **kw):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + note)


def nr(lang, b, keyword, value, unit, q, note="number stated only in the narrative", frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))], "[textonly] " + note)


def un(lang, q, why, note="not in the corpus"):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def fu(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


W = "万元"
# sentences where the text states the same number as the table (question marked ambiguous)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "其他结果 178"
HZ_REQ = "全区受理政府信息公开申请"
SH19_REQ = "代表市政府共受理政府信息公开申请"
SH19_ACT = "主动公开规章"
SH19_APP = "信息公开类行政复议"
JX_REQ = "全年共收到依申请公开"
KW_REQ = "全年收到政府信息公开申请"
KW_OK = "同意公开答复"
SH25_REQ = "市政府共受理政府信息公开申请"
SY_REQ = "全县全年共受理政府信息公开申请"
SY_APP = "全县共办理相关案件"


def VALUES():
    return [
        # ---- 淮安 2024
        pv("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少条信息公开申请", alt=(HA_REQ, 3119)),
        pv("en", "ha", "r.received.total", "how many new disclosure applications did Huai'an city get in 2024", alt=(HA_REQ, 3119)),
        pv("zh", "ha", "r.granted.total", "淮安24年依申请公开里 直接全部给公开的有几件"),
        pv("en", "ha", "r.partially_granted.total", "Huaian 2024 — requests where they released only some of the info (部分公开)? number pls"),
        pv("zh", "ha", "r.unable.not_held.total", "我是记者，想核对一下：淮安市人民政府2024年度报告里，因为“本机关不掌握相关政府信息”而没法提供的申请是多少件？"),
        pv("en", "ha", "r.withheld.admin_query.total", "In Huai'an's 2024 report, how many applications were refused because they were really administrative inquiries rather than requests for government information?"),
        pv("zh", "ha", "r.not_processed.petition.total", "淮安2024 有多少申请其实是信访举报投诉 被不予处理了"),
        pv("en", "ha", "r.other.overdue_correction.total", "huai an 2024: applicants who never fixed their application after being asked to (逾期不补正), how many"),
        pv("zh", "ha", "a.review.corrected", "淮安市2024年因为信息公开被申请行政复议，最后被纠正的有多少件？", alt=("结果纠正 64", 64)),
        pv("en", "ha", "a.litigation_direct.total", "Number of lawsuits filed straight in court (no review first) over disclosure against Huai'an municipal government, 2024?"),
        pv("zh", "ha", "c.licensing.decisions", "帮同事查个数：淮安市2024年行政许可处理决定数量是多少"),
        pv("en", "ha", "c.normative_docs.in_force", "How many administrative normative documents (行政规范性文件) of Huai'an were still valid at the end of 2024?"),
        pv("zh", "ha", "r.granted.legal_services", "淮安市2024年律师事务所这类法律服务机构递交的申请里，直接给予公开的有几件"),
        pv("en", "ha", "r.carried_forward.total", "Huai'an 2024 — how many requests got pushed into 2025 to finish?", alt=(HA_REQ, 103)),
        pv("zh", "ha", "r.withheld.third_party.total", "淮安2024年 因为会损害第三方合法权益没公开的 几件啊"),
        pv("en", "ha", "c.fees.amount", "what did Huai'an collect in administrative fees (行政事业性收费) in 2024, in 万元?", unit=W),
        pv("zh", "ha", "r.unable.unclear.total", "12345转来的：来电人问淮安市政府2024年有几件申请是因为内容说不清楚、补正后还是不明确而没法提供的"),
        # ---- 洪泽 2023 / 2024
        pv("zh", "hz23", "r.received.total", "淮安市洪泽区2023年收了多少件政府信息公开申请", alt=(HZ_REQ, 21)),
        pv("en", "hz23", "r.unable.not_held.total", "Hongze District 2023: how many times did the district say it simply doesn't hold the information requested?"),
        pv("zh", "hz23", "c.punishment.decisions", "洪泽区政府二〇二三年的行政处罚决定一共多少"),
        pv("en", "hz23", "c.fees.amount", "Hongze 2023 administrative fee revenue, in ten-thousand yuan (万元)?", unit=W),
        pv("zh", "hz23", "r.partially_granted.total", "洪泽23年 部分公开 多少"),
        pv("en", "hz23", "a.review.upheld", "For Hongze district in 2023, how many administrative reviews about disclosure ended with the original decision upheld?"),
        pv("zh", "hz23", "c.normative_docs.repealed", "我在写论文，引用洪泽区2023年报表二“行政规范性文件”那一行的“本年废止件数”，是多少？"),
        pv("en", "hz24", "c.licensing.decisions", "Hongze District 2024 — number of administrative licensing decisions in the table?"),
        pv("zh", "hz24", "r.granted.total", "洪泽区2024年依申请公开予以公开的多少件"),
        pv("en", "hz24", "a.litigation_after_review.total", "hongze 2024 how many suits came after an admin review (复议后起诉) total"),
        pv("zh", "hz24", "c.coercion.decisions", "洪泽区2024年行政强制决定有多少个"),
        pv("en", "hz24", "r.unable.not_held.total", "In 2024, how many Hongze applicants were told the district government does not hold that information?"),
        # ---- 沭阳 2025
        pv("zh", "sy", "r.received.total", "沭阳县2025年表里本年新收的申请多少件？不含上一年结转的"),
        pv("en", "sy", "r.granted.total", "Shuyang County 2025: how many applications were fully disclosed (予以公开)?"),
        pv("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年因为属于内部事务信息不予公开的有几个"),
        pv("en", "sy", "r.other.other.total", "sy county 2025, the catch-all 'other' handling under 其他处理 (not overdue ones) — how many?"),
        pv("zh", "sy", "a.review.total", "沭阳县政府2025年信息公开方面被申请行政复议总共多少件"),
        pv("en", "sy", "a.review.pending", "Shuyang 2025: administrative reviews still not concluded at year end?"),
        pv("zh", "sy", "c.punishment.decisions", "我家在沭阳，看到2025年报里有个行政处罚的数字，具体是多少个决定？"),
        pv("en", "sy", "c.normative_docs.issued", "How many normative documents did Shuyang issue in 2025 (本年制发)?"),
        pv("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请的有几件"),
        pv("en", "sy", "r.received.legal_person", "shuyang 2025 requests from companies and organisations (法人或其他组织), not individuals?", alt=(SY_REQ, 8)),
        pv("zh", "sy", "r.other.overdue_fee.total", "沭阳2025年有几件是申请人逾期没交信息处理费的"),
        pv("en", "sy", "c.fees.amount", "Shuyang County, 2025: 行政事业性收费 amount in 万元?", unit=W),
        pv("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年复议后又起诉的案子里，法院维持的有几件"),
        pv("en", "sy", "r.carried_forward.total", "For Shuyang 2025, how many requests were rolled over into the next year?", alt=(SY_REQ, 31)),
        # ---- 上海市府办 2019
        pv("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请是多少件", alt=(SH19_REQ, 859)),
        pv("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019: total requests processed (办理结果总计)?", alt=(SH19_REQ, 805)),
        pv("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年，个人申请里因为本机关不掌握而无法提供的有多少"),
        pv("en", "sh19", "c.regulations.total_published", "Shanghai gov general office 2019 — total rules (规章) published to date, the 对外公开总数量 column?"),
        pv("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅 自然人提的申请当中属于信访举报投诉类不予处理的 多少"),
        pv("en", "sh19", "c.procurement.amount", "How much did Shanghai General Office spend on centralised government procurement in 2019, 万元?", unit=W),
        pv("zh", "sh19", "r.withheld.admin_query.natural_person", "上海市府办2019年 个人申请里被认定为行政查询事项、不予公开的有几件"),
        pv("en", "sh19", "r.received.commercial", "Shanghai General Office, 2019: applications from commercial enterprises (商业企业)?"),
        pv("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市政府办公厅2019年 自然人申请的信息需要另行制作的 有几件"),
        # ---- 上海市府办 2025 / 上海科委 2024 (text cells)
        pv("zh", "sh25", "r.received.total", "上海市府办2025年新收申请多少件", alt=(SH25_REQ, 1295)),
        pv("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025 — how many requests were really complaints/petitions (信访举报投诉类) and not processed?"),
        pv("zh", "sh25", "a.review.pending", "上海市人民政府办公厅2025年的信息公开行政复议 还没审结的几件"),
        pv("en", "sh25", "r.granted.total", "In 2025 how many applications did the Shanghai municipal government general office grant in full?"),
        pv("zh", "sh25", "r.received.commercial", "上海市府办2025年企业（商业企业）来申请的有多少"),
        pv("en", "sh25", "a.litigation_direct.pending", "shanghai general office 2025 direct lawsuits still pending?"),
        pv("zh", "kw", "r.received.total", "上海市科委2024年收到几件政府信息公开申请", alt=(KW_REQ, 34)),
        pv("en", "kw", "c.licensing.decisions", "STCSM (Shanghai science commission) 2024, number of licensing decisions?"),
        pv("zh", "kw", "r.total_processed.total", "市科委2024年办理结果总计那一格是多少"),
        pv("en", "kw", "r.received.commercial", "Shanghai Science and Technology Commission, 2024: requests from commercial enterprises?"),
        # ---- 涧西 2020
        pv("zh", "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", alt=(JX_REQ, 17)),
        pv("en", "jx", "c.procurement.amount", "Jianxi District general office 2020: government procurement total amount (万元)?", unit=W),
        pv("zh", "jx", "r.granted.total", "涧西区2020年予以公开了几件"),
        pv("en", "jx", "a.litigation_after_review.total", "Jianxi 2020, lawsuits after administrative review — how many?"),
        pv("zh", "jx", "c.normative_docs.made", "涧西区人民政府办公室2020年新制作的规范性文件数量"),
        pv("en", "jx", "r.unable.not_held.total", "jianxi district office 2020 how many requests answered with 'we do not have this info'"),
        # ---- more everyday wordings
        pv("zh", "ha", "r.withheld.process_info.total", "淮安市2024年有多少申请是因为属于过程性信息没给公开"),
        pv("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024: lawsuits filed after review that were still undecided when the year closed?"),
        pv("zh", "ha", "r.received.other_org", "淮安2024 “其他”组织那列新收申请几件"),
        pv("en", "ha", "c.coercion.decisions", "Huaian city 2024 administrative coercion (行政强制) decisions count"),
        pv("zh", "sy", "r.unable.not_held.total", "沭阳县2025年多少申请被答复说县里不掌握这个信息"),
        pv("en", "sy", "a.review.corrected", "In Shuyang's 2025 report, how many disclosure-related administrative reviews went against the county (结果纠正)?"),
        pv("zh", "sy", "r.partially_granted.legal_services", "沭阳2025年法律服务机构的申请里面 部分公开的是几件"),
        pv("en", "hz23", "r.withheld.enforcement_files.total", "Hongze 2023 — withheld because they were administrative enforcement case files: how many?"),
        pv("zh", "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费金额是多少万元", unit=W),
        pv("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests that would need new information to be created (需另行制作)?"),
        pv("zh", "sh19", "c.normative_docs.made", "上海市政府办公厅2019年本年新制作规范性文件多少件", alt=("行政规范性文件60件", 60)),
        pv("en", "kw", "r.granted.total", "Shanghai science commission in 2024 — how many requests were answered with full disclosure?", alt=(KW_OK, 9)),
        pv("zh", "sy", "a.litigation_direct.total", "沭阳县2025年因信息公开被直接告上法院的有几件"),
        pv("en", "ha", "r.not_processed.duplicate.total", "Huai'an, 2024: applications dismissed as repeats of earlier ones?"),
    ]


def TRAPS():
    return [
        tr("zh", "ha", "r.carried_over.total", "淮安市2024年 从2023年接过来继续办的申请有多少件（不是转到2025年的那个）", "上年结转 vs 结转下年", alt=(HA_REQ, 34)),
        tr("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits brought AFTER an administrative review, not the ones filed directly — total?", "复议后起诉 vs 直接起诉"),
        tr("zh", "ha", "c.normative_docs.repealed", "淮安2024年行政规范性文件废止了几件？别给我制发数", "废止 vs 制发"),
        tr("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: of the 'unable to provide' cases, only those where the info would have to be newly compiled (需另行制作) — how many?", "另行制作 vs 不掌握"),
        tr("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年不予公开里面 属于过程性信息的是几件 不是内部事务那个", "过程性信息 vs 内部事务"),
        tr("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: normative documents — the cumulative total published (对外公开总数量), not the new ones?", "对外公开总数 vs 新制作"),
        tr("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购 项目数量是多少个（不是金额）", "采购项目数 vs 金额"),
        tr("en", "ha", "r.partially_granted.total", "Huai'an 2024 — partly disclosed requests only, please don't give me the fully-disclosed figure", "部分公开 vs 予以公开"),
        tr("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年无法提供里面，“没有现成信息需要另行制作”的是几件", "另行制作 vs 不掌握"),
        tr("en", "ha", "r.received.legal_services", "Huai'an 2024: new requests from legal service providers (法律服务机构) — not from businesses", "法律服务机构 vs 商业企业"),
        tr("zh", "sy", "a.review.other", "沭阳2025年行政复议“其他结果”那一栏是几件，不是纠正", "其他结果 vs 纠正"),
        tr("en", "ha", "c.regulations.in_force", "How many Huai'an municipal rules (规章) were in force (现行有效) at the end of 2024 — not how many were issued?", "现行有效 vs 制发"),
    ]


def SUMS():
    return [
        sm("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.third_party.total", "r.withheld.security_stability.total"],
           "淮安市2024年因为国家秘密、第三方权益、危及“三安全一稳定”这三种理由不公开的，加起来多少件"),
        sm("en", "ha", ["a.review.corrected", "a.review.other", "a.review.pending"],
           "Huai'an 2024 administrative reviews on disclosure: add up corrected + other outcome + still pending. What do you get?"),
        sm("zh", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
           "淮安2024年企业、律所、其他组织三列新收申请合计"),
        sm("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "Total disclosure lawsuits against Huai'an in 2024, direct suits plus suits after review?",
           alt=("政府信息公开行政诉讼 46", 46)),
        sm("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
           "淮安市2024年信息公开行政诉讼（直接起诉和复议后起诉两类）结果维持的合计多少",
           alt=("结果维持 25", 25)),
        sm("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "Shuyang 2025 — petitions-type requests plus duplicate requests, both not processed: combined number?"),
        sm("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
           "沭阳县2025年其他处理的三个小项（逾期不补正、逾期不缴费、其他）一共多少件"),
        sm("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Shuyang County 2025: reviews + direct lawsuits + lawsuits after review, all disclosure cases together?",
           alt=(SY_APP, 74)),
        sm("zh", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"],
           "沭阳2025年 内部事务、过程性信息、行政查询事项 这三项不予公开合计几件"),
        sm("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
           "Hongze district, 2023: not-held plus needs-new-creation, how many 'unable to provide' in total from those two?"),
        sm("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
           "洪泽区2023年国家秘密、过程性信息、行政执法案卷三类不予公开 加一起"),
        sm("en", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"],
           "For the Shanghai General Office in 2019, how many new requests came from organisations — commercial, legal-service and 'other' columns added?"),
        sm("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"],
           "上海市政府办公厅2019年自然人申请里“无法提供”三个小项加起来是多少"),
        sm("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
           "Shanghai General Office 2025, petition-type plus repeat applications — sum?"),
        sm("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "上海市府办2025年信息公开的复议、直接诉讼、复议后诉讼 三个总计加起来多少件"),
        sm("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "Hongze 2024: licensing + punishment + coercion decisions, all three added up?"),
        sm("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "涧西区政府办2020年复议和诉讼（两种诉讼）一共多少件"),
        sm("en", "ha", ["r.granted.total", "r.partially_granted.total"],
           "huaian 2024 fully + partly disclosed requests together?"),
    ]


def DIFFS():
    return [
        df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少"),
        df("en", "hz23", "hz24", "c.coercion.decisions", "Hongze District: change in coercion decisions from 2023 to 2024 (2024 minus 2023)?"),
        df("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2023年到2024年行政处罚决定数变化了多少？用24年减23年"),
        df("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024, in 万元?", unit=W),
        df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请 2024年跟2023年比增加了几件"),
        df("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative documents in force: 2024 figure minus 2023 figure?"),
        df("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅2025年新收申请比2019年多多少件", alt=(SH25_REQ, 1295)),
        df("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests carried into the following year — how much higher in 2025 than in 2019?"),
        df("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议总数，2019年到2025年增加了多少"),
        df("en", "sh19", "sh25", "r.received.natural_person", "Requests from individuals to the Shanghai General Office: 2025 vs 2019, what's the difference?"),
        df("zh", "sh19", "sh25", "r.carried_over.total", "上海市府办上年结转的申请，2025年比2019年多了多少", alt=(SH25_REQ, 189)),
        df("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits on disclosure, 2019 -> 2025: change?"),
        df("zh", "sh19", "sh25", "r.received.commercial", "上海市政府办公厅企业申请数 2025年和2019年差几件"),
        df("en", "hz23", "hz24", "c.normative_docs.issued", "Hongze: how many more normative documents issued in 2024 than in 2023?"),
    ]


def RANKS():
    return [
        rk("zh", ["ha", "hz23", "sy"], "a.review.corrected", "desc",
           "淮安市2024年、洪泽区2023年、沭阳县2025年，哪家信息公开行政复议被纠正的最多"),
        rk("en", ["ha", "hz23", "sy"], "a.review.corrected", "asc",
           "Which of these had the fewest disclosure reviews ending in correction: Huai'an 2024, Hongze 2023, Shuyang 2025?"),
        rk("zh", ["jx", "hz23", "sy"], "a.review.upheld", "desc",
           "涧西区2020、洪泽区2023、沭阳县2025 三个区县 复议结果维持的谁最多"),
        rk("en", ["jx", "hz23"], "r.received.total", "asc",
           "Between the two districts, Jianxi (2020) and Hongze (2023), which got fewer disclosure applications?"),
        rk("zh", ["ha", "hz23", "sy"], "r.unable.needs_creation.total", "asc",
           "按“需另行制作”排一下：淮安2024、洪泽2023、沭阳2025，最少的是谁"),
        rk("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
           "Rank Huai'an (2024), Hongze (2023) and Shuyang (2025) by administrative fees in 万元 — who's at the bottom?", unit=W),
        rk("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
           "现行有效的行政规范性文件，淮安市2024年、洪泽区2023年、沭阳县2025年比一比，哪个最少"),
        rk("en", ["ha", "hz23", "sy"], "c.normative_docs.repealed", "asc",
           "Among Huai'an 2024, Hongze 2023 and Shuyang 2025, which repealed the fewest normative documents?"),
        rk("zh", ["ha", "sy", "sh19"], "r.received.commercial", "asc",
           "商业企业提的申请：淮安2024、沭阳2025、上海市府办2019，哪个最少"),
        rk("en", ["ha", "sy", "hz23"], ["a.review.corrected", "a.review.other"], "desc",
           "Counting reviews that were corrected or ended with an 'other' outcome (both columns together), which body is top: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        rk("zh", ["jx", "sy", "sh19"], "a.litigation_direct.total", "desc",
           "涧西区2020年、沭阳县2025年、上海市府办2019年，直接起诉的行政诉讼哪家最多"),
        rk("en", ["jx", "hz23", "sy", "ha"], "a.litigation_after_review.upheld", "asc",
           "Lawsuits after review that were upheld: Jianxi 2020, Hongze 2023, Shuyang 2025, Huai'an 2024 — lowest?"),
        rk("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
           "内部事务信息不予公开这一项，淮安2024、沭阳2025、洪泽2023 谁排第一"),
        rk("en", ["ha", "sy", "sh19"], "a.review.pending", "asc",
           "Pending administrative reviews at year end — Huai'an 2024, Shuyang 2025, Shanghai General Office 2019: which has the least?"),
        rk("zh", ["jx", "sy", "sh19"], "r.granted.natural_person", "desc",
           "自然人申请予以公开的件数：涧西区2020年、沭阳县2025年、上海市政府办公厅2019年，从高到低排，第一是谁"),
        rk("en", ["jx", "hz23", "sy"], ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "desc",
           "Jianxi 2020 vs Hongze 2023 vs Shuyang 2025 — requests from businesses, legal service firms and other orgs combined: who's top?"),
        rk("zh", ["ha", "hz23", "sy"], ["r.unable.not_held.total", "r.unable.needs_creation.total"], "asc",
           "不掌握加上需另行制作两项合计，淮安2024、洪泽2023、沭阳2025里最低的是"),
        rk("en", ["ha", "sy", "hz23"], "r.not_processed.duplicate.total", "asc",
           "Duplicate applications: Huai'an 2024, Shuyang 2025, Hongze 2023 — which had the fewest?"),
    ]


def NARRS():
    return [
        nr("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年报里说统筹推进了多少个试点领域的基层政务公开标准化规范化"),
        nr("en", "jx", "601项事项", 601, "项", "Jianxi 2020 report: how many items (事项) did the office sort out across the pilot areas?"),
        nr("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        nr("en", "ha", "政务新媒体共计", 95, "个", "How many government new-media accounts was Huai'an running according to its 2024 report?"),
        nr("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少信息处理费（元）"),
        nr("en", "ha", "栏目全覆盖检查", 4, "次", "In 2024 how many full-coverage checks of disclosure columns did Huai'an organise?"),
        nr("zh", "ha", "公报》6", 6, "期", "淮安市人民政府公报 2024年出了几期"),
        nr("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        nr("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "Hongze 2024: number of government information items posted proactively on the website?"),
        nr("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        nr("en", "sy", "县政府门户网站主动公开政府信息", 4511, "条", "Shuyang's county portal proactively published how many items in 2025?"),
        nr("zh", "sy", "失效链接", 43, "处", "沭阳县2025年整改了多少处失效链接"),
        nr("en", "sy", "催办提示", 84, "次", "Shuyang 2025 — how many reminder alerts did the countdown alarm system send out?"),
        nr("zh", "sy", "办前主动沟通", 49, "次", "沭阳2025年办理申请前主动跟申请人沟通了几次"),
        nr("en", "sy", "清理过期信息", 697, "条", "How many outdated items did Shuyang clean off in 2025?"),
        nr("zh", "sy", "集中公开、统一发布", 64, "家", "沭阳县2025年有多少家单位的年报是集中统一发布的"),
        nr("en", "sy", "爆款内容", 52, "条", "Shuyang 2025 — how many of its posts went viral (爆款)?"),
        nr("zh", "sy", "开设《项目进行时》", 33, "个", "沭阳政务新媒体2025年开了多少个专栏"),
        nr("en", "kw", "原创文章", 294, "篇", "STCSM 2024: how many original articles on its WeChat account?"),
        nr("zh", "kw", "直播 118", 118, "场", "上海科委2024年搞了多少场直播"),
        nr("en", "kw", "主合办政协提案", 85, "件", "Shanghai science commission 2024 — CPPCC proposals it handled as lead/co-lead, per the report?"),
        nr("zh", "kw", "批量推送集成式发布政策", 121, "条", "市科委2024年集成式发布推送了多少条政策"),
        nr("en", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "How many items did the 'Shanghai Science & Technology' website publish in 2024?"),
        nr("zh", "sh25", "新闻通气会", 19, "场", "上海市政府办公厅2025年报里 市政府开了几场新闻通气会"),
        nr("en", "sh25", "新增意大利语网站", 10, "个语种", "Per the Shanghai General Office 2025 report, how many languages did the International Services Portal (上海国际服务门户) cover?"),
        nr("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的"),
        nr("en", "sh25", "公文公开属性审查", 166, "件", "2025, Shanghai General Office: how many documents went through the disclosure-attribute review?"),
        nr("zh", "sh25", "刊登市政府规章", 243, "件", "据上海市府办2025年度报告，《上海市人民政府公报》那年刊登了多少件文件"),
        nr("en", "sh25", "区全部上线数字公报", 16, "个", "According to the Shanghai General Office's 2025 report, how many districts had put their gazette online in digital form?"),
        nr("zh", "sh19", "权威发布共计", 38, "次", "上海市府办2019年对常务会议议题权威发布了多少次"),
        nr("en", "sh19", "发布政策解读共", 132, "件", "Shanghai General Office 2019: policy interpretations released on the 'China Shanghai' portal?"),
        nr("zh", "sh19", "正常运行状态的", 70, "家", "上海市府办2019年报说每季度检查的政府网站有多少家"),
        nr("en", "sh19", "统一受理平台接入", 2261, "项", "Shanghai General Office report 2019 — the 'one-stop' (一网通办) acceptance platform connected how many service items?"),
        nr("zh", "sh19", "人事任免文件", 141, "件", "上海市政府办公厅2019年主动公开的人事任免文件多少件"),
        nr("en", "sy", "推送系列原创短视频", 1113, "个", "Shuyang 2025 original short videos pushed, how many?"),
        nr("en", "jx", "办结率", 88.2, "%", "Jianxi 2020 — the completion rate for disclosure requests, as a percent?"),
    ]


def CANNOT():
    return [
        # places inside a body whose own report is not in the corpus
        un("zh", "淮安市清江浦区2024年政府信息公开申请收了多少件", "清江浦区 has no report in the corpus; 淮安市 reports the city only", "district of a city"),
        un("en", "How many disclosure requests did Huaiyin District of Huai'an receive in 2024?", "淮阴区 has no report; the city report has no district breakdown", "district of a city"),
        un("zh", "沭阳县钱集镇2025年有多少件依申请公开", "township of 沭阳: no own report, the county report has no township split", "township of a county"),
        un("en", "shuyang county 2025 — how many requests did the 沭城街道 subdistrict handle?", "subdistrict of 沭阳: not in the corpus", "township of a county"),
        un("zh", "洪泽区高良涧街道2023年行政复议有几件", "subdistrict of 洪泽区: not reported separately", "subdistrict of a district"),
        un("en", "Pudong New Area's disclosure applications in 2025 — number?", "浦东新区 is a district of Shanghai; no report in the corpus", "district of a city"),
        un("zh", "上海徐汇区2019年政府信息公开申请多少件", "徐汇区 not in the corpus", "district of a city"),
        un("en", "Jianxi district 2020 — how many requests went to the 重庆路街道 office?", "no subdistrict figures in the 涧西 report", "subdistrict of a district"),
        un("zh", "淮安市淮安区2024年行政处罚决定有多少", "淮安区 (a district of 淮安市) has no report in the corpus", "district of a city"),
        un("en", "What was Hongze District's 2024 number of requests received by its 岔河镇 township?", "township of 洪泽区: not in the corpus", "township of a district"),
        # bodies / years not held
        un("zh", "南京市政府2024年收了多少信息公开申请", "南京市 not in the corpus", "body not held"),
        un("en", "Shuyang County's 2023 annual report: how many applications?", "沭阳 2023 not in the corpus", "year not held"),
        un("zh", "上海市科委2022年行政许可多少", "上海市科委 2022 not in the corpus", "year not held"),
        un("en", "Huai'an city government 2021 — how many reviews were filed over disclosure?", "淮安 2021 not in the corpus", "year not held"),
        un("zh", "涧西区2022年予以公开多少件", "涧西 2022 not in the corpus", "year not held"),
        # breakdowns not held
        un("en", "Of Huai'an's 2024 applications from individuals, how many were from women?", "no breakdown by sex", "breakdown not held"),
        un("zh", "沭阳县2025年每个月分别收到多少件申请", "no monthly breakdown", "breakdown not held"),
        un("en", "Shanghai General Office 2025: how many requests were about housing and land expropriation (征收)?", "no topic breakdown", "breakdown not held"),
        un("zh", "上海市府办2019年网上申请和信函申请各占多少", "no channel breakdown", "breakdown not held"),
        un("en", "Hongze 2023 — what was the average number of days taken to answer a request?", "response times are not reported", "not reported"),
        un("zh", "淮安市2024年负责信息公开的工作人员有几个", "staff number not stated", "not reported"),
        un("en", "How many of Shuyang's 2025 administrative reviews were filed by lawyers?", "reviews have no applicant breakdown", "breakdown not held"),
        un("zh", "上海科委2024年的申请人里外地人多少", "no residence breakdown", "breakdown not held"),
        un("en", "Which Huai'an city department received the most disclosure requests in 2024?", "no department breakdown in the city report", "breakdown not held"),
        un("zh", "涧西区2020年第三季度收了几件申请", "no quarterly breakdown", "breakdown not held"),
        # forecasts, opinions, own case, personal data
        un("en", "Forecast how many disclosure requests Shanghai General Office will get in 2026.", "forecast", "forecast"),
        un("zh", "你估计沭阳县2026年行政复议会不会超过100件", "forecast", "forecast"),
        un("en", "Is Huai'an's 2024 disclosure work good or bad in your opinion?", "opinion", "opinion"),
        un("zh", "你觉得洪泽区2024年信息公开做得怎么样 算不算敷衍", "opinion", "opinion"),
        un("zh", "我2025年帮我妈给沭阳县政府写过申请要拆迁补偿的文件，一直没回音，想问下那件到底办完没有", "one person's own case", "own case"),
        un("en", "I applied to the Shanghai General Office in 2025 about my father's pension file — was mine among the ones refused?", "one person's own case", "own case"),
        un("zh", "淮安市2024年提起行政复议的那些人叫什么名字", "personal data", "personal data"),
        un("en", "Give me the phone numbers of the people who sued Shuyang County in 2025.", "personal data", "personal data"),
        un("zh", "12345这边有个来电人问，上海市府办2025年不掌握信息那些申请都是谁申请的，能查到身份证号吗", "personal data", "personal data"),
        un("en", "Why did Hongze's disclosure requests jump so much in 2024? What caused it?", "cause not stated", "reason not stated"),
        un("zh", "上海市科委2024年信息公开工作花了多少钱预算", "cost not stated", "not reported"),
        un("en", "How many requests did Suqian city receive in 2025?", "宿迁市 not in the corpus (沭阳 is a county of it)", "parent body not held"),
        un("zh", "淮安市盱眙县2024年信息公开申请数量是多少", "盱眙县 (a county of 淮安市) not in the corpus", "county of a city"),
    ]


def FOLLOWUPS():
    return [
        fu("zh", [("洪泽区2023年行政许可决定有多少", E("hz23", "c.licensing.decisions")),
                  ("那2024年呢", E("hz24", "c.licensing.decisions"))], "year switch"),
        fu("en", [("Hongze district 2023, administrative punishment decisions?", E("hz23", "c.punishment.decisions")),
                  ("and for 2024?", E("hz24", "c.punishment.decisions")),
                  ("ok and coercion decisions in 2024", E("hz24", "c.coercion.decisions"))], "year then row switch"),
        fu("zh", [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                  ("2025年的呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "year switch"),
        fu("en", [("Shanghai General Office 2019 — requests carried into 2020?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                  ("same thing for 2025", E("sh25", "r.carried_forward.total"))], "year switch"),
        fu("zh", [("淮安市2024年行政复议总数", E("ha", "a.review.total", alt=(HA_APP, 351))),
                  ("沭阳县2025年同一项呢", E("sy", "a.review.total")),
                  ("沭阳那年直接起诉的呢", E("sy", "a.litigation_direct.total"))], "body then group switch"),
        fu("en", [("Shuyang 2025 — how many applications were fully granted?", E("sy", "r.granted.total")),
                  ("and partially?", E("sy", "r.partially_granted.total"))], "row switch"),
        fu("zh", [("淮安2024年自然人新收了多少申请", E("ha", "r.received.natural_person")),
                  ("商业企业那一列呢", E("ha", "r.received.commercial"))], "column switch"),
        fu("en", [("Huai'an 2024: reviews where the decision was upheld?", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                  ("what about the lawsuits filed directly — upheld?", E("ha", "a.litigation_direct.upheld")),
                  ("and after review?", E("ha", "a.litigation_after_review.upheld"))], "appeals group switch"),
        fu("zh", [("沭阳县2025年行政许可决定多少", E("sy", "c.licensing.decisions")),
                  ("淮安市2024年的呢", E("ha", "c.licensing.decisions"))], "body and year switch"),
        fu("en", [("Jianxi 2020, how many requests were granted?", E("jx", "r.granted.total")),
                  ("and how many said the info wasn't held?", E("jx", "r.unable.not_held.total"))], "row switch"),
        fu("zh", [("上海市科委2024年上年结转的申请几件", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
                  ("那新收里自然人的呢", E("kw", "r.received.natural_person"))], "row and column switch"),
        fu("en", [("STCSM 2024 normative documents issued?", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
                  ("and how many are in force?", E("kw", "c.normative_docs.in_force"))], "column switch"),
        fu("zh", [("洪泽区2023年行政规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")),
                  ("24年呢", E("hz24", "c.normative_docs.in_force")),
                  ("24年制发了几件", E("hz24", "c.normative_docs.issued"))], "year then column switch"),
        fu("en", [("Shanghai General Office 2025: total administrative reviews on disclosure?", E("sh25", "a.review.total")),
                  ("and lawsuits after review?", E("sh25", "a.litigation_after_review.total"))], "appeals group switch"),
        fu("zh", [("沭阳2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
                  ("纠正的呢", E("sy", "a.review.corrected")),
                  ("还没审结的", E("sy", "a.review.pending"))], "outcome column switch"),
        fu("en", [("Huai'an 2024 withheld as state secrets?", E("ha", "r.withheld.state_secret.total")),
                  ("Shuyang 2025, same row?", E("sy", "r.withheld.state_secret.total"))], "body switch"),
        fu("zh", [("上海市政府办公厅2019年诉讼直接起诉总数", E("sh19", "a.litigation_direct.total", alt=(SH19_APP, 9))),
                  ("2025年呢", E("sh25", "a.litigation_direct.total"))], "year switch"),
        fu("en", [("Hongze 2023 fee income in 万元?", E("hz23", "c.fees.amount", unit=W)),
                  ("2024?", E("hz24", "c.fees.amount", unit=W))], "year switch"),
        fu("zh", [("涧西区2020年复议几件", E("jx", "a.review.total")),
                  ("那直接去法院起诉的呢", E("jx", "a.litigation_direct.total"))], "appeals group switch"),
        fu("en", [("How many requests did Huai'an finish handling in 2024 (办理结果总计)?", E("ha", "r.total_processed.total", alt=(HA_REQ, 3050))),
                  ("and how many were carried over into that year from 2023?", E("ha", "r.carried_over.total", alt=(HA_REQ, 34)))], "row switch"),
        fu("zh", [("沭阳县2025年本机关不掌握的申请几件", E("sy", "r.unable.not_held.total")),
                  ("淮安市2024年呢", E("ha", "r.unable.not_held.total")),
                  ("洪泽区2023年呢", E("hz23", "r.unable.not_held.total"))], "body switch twice"),
        fu("en", [("Shanghai General Office 2025: requests from individuals carried over from 2024?", E("sh25", "r.carried_over.natural_person")),
                  ("and from legal service providers?", E("sh25", "r.carried_over.legal_services"))], "column switch"),
        fu("zh", [("淮安2024年行政规范性文件制发几件", E("ha", "c.normative_docs.issued")),
                  ("废止的呢", E("ha", "c.normative_docs.repealed")),
                  ("沭阳2025年废止几件", E("sy", "c.normative_docs.repealed"))], "column then body switch"),
        fu("en", [("Shuyang 2025: lawsuits after review, total?", E("sy", "a.litigation_after_review.total")),
                  ("how many of those are still pending?", E("sy", "a.litigation_after_review.pending"))], "outcome column switch"),
        fu("zh", [("上海市府办2019年规章本年新制作几件", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
                  ("规范性文件对外公开总数呢", E("sh19", "c.normative_docs.total_published"))], "row and column switch"),
        fu("en", [("Huai'an 2024 administrative punishment decisions?", E("ha", "c.punishment.decisions")),
                  ("Shuyang for 2025?", E("sy", "c.punishment.decisions"))], "body switch"),
        fu("zh", [("洪泽区2024年复议有几件", E("hz24", "a.review.total")),
                  ("直接起诉的呢", E("hz24", "a.litigation_direct.total")),
                  ("复议后起诉的", E("hz24", "a.litigation_after_review.total"))], "appeals group switch"),
        fu("en", [("Jianxi 2020: procurement projects?", E("jx", "c.procurement.projects")),
                  ("Shanghai General Office 2019, same?", E("sh19", "c.procurement.projects"))], "body switch"),
        fu("zh", [("沭阳县2025年上年结转过来的申请几件", E("sy", "r.carried_over.total")),
                  ("结转到下一年的呢", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "row switch"),
        fu("en", [("Huai'an 2024: requests not processed because they were repeats?", E("ha", "r.not_processed.duplicate.total")),
                  ("and the ones asking to re-confirm already-public info (要求行政机关确认或重新出具)?", E("ha", "r.not_processed.reconfirm.total"))], "row switch"),
        fu("zh", [("上海市府办2025年本机关不掌握的几件", E("sh25", "r.unable.not_held.total")),
                  ("予以公开的呢", E("sh25", "r.granted.total")),
                  ("办理结果总计", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191)))], "row switch"),
        fu("en", [("Hongze 2023: requests handled in total (办理结果总计)?", E("hz23", "r.total_processed.total", alt=(HZ_REQ, 21))),
                  ("how many were withheld as process information?", E("hz23", "r.withheld.process_info.total"))], "row switch"),
        fu("zh", [("淮安市2024年逾期未按收费通知缴费的几件", E("ha", "r.other.overdue_fee.total")),
                  ("沭阳县2025年呢", E("sy", "r.other.overdue_fee.total"))], "body switch"),
        fu("en", [("Shanghai General Office 2019: review cases total?", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
                  ("pending ones?", E("sh19", "a.review.pending")),
                  ("and in 2025, pending reviews?", E("sh25", "a.review.pending"))], "column then year switch"),
        fu("zh", [("上海科委2024年行政处罚决定几个", E("kw", "c.punishment.decisions")),
                  ("行政许可呢", E("kw", "c.licensing.decisions"))], "row switch"),
        fu("en", [("Huai'an 2024 — lawsuits after review still pending?", E("ha", "a.litigation_after_review.pending")),
                  ("and direct suits still pending?", E("ha", "a.litigation_direct.pending"))], "appeals group switch"),
        fu("zh", [("涧西区2020年结转下年度继续办理的几件", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
                  ("办理结果总计呢", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], "row switch"),
        fu("en", [("Shuyang 2025 — new requests (本年新收, carried-over ones excluded) from individuals?", E("sy", "r.received.natural_person")),
                  ("and from companies?", E("sy", "r.received.commercial")),
                  ("law firms?", E("sy", "r.received.legal_services"))], "column switch"),
    ]


def CONVERSATIONS():
    convs = VALUES() + TRAPS() + SUMS() + DIFFS() + RANKS() + NARRS() + CANNOT() + FOLLOWUPS()
    return convs
