"""Question bank of the blind59 evaluation set (evals/blind59).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

Every wording here was written from scratch for blind59. Numbers are never typed: the builders of
helpers59.py compute them from gold/*.json, from printed table rows (SPECS, the cells blind6
verified) or from a sentence cut from the report text.
"""
import blindlib59 as L
from helpers59 import E, EN, EU, ED, ER, C, V, T, S, N, U, D, R, F  # noqa: F401

# printed cells of the reports without gold (the same specs blind6 verified)
AN4 = "四、政府信息公开行政复议、行政诉讼情况"
AN8 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AN4, 14),
        "appeals.litigation_direct.total": ("after", AN4, 9),
        "appeals.review.total": ("after", AN4, 4),
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
        "appeals.litigation_after_review.total": ("after", AN8, 14),
        "appeals.litigation_direct.pending": ("after", AN8, 8),
        "appeals.litigation_direct.total": ("after", AN8, 9),
        "appeals.review.pending": ("after", AN8, 3),
        "appeals.review.total": ("after", AN8, 4),
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

# sentences where the text states the same number as a table cell (ambiguous, both accepted)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "其中结果维持 72 件"
HZ_REQ = "全区受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
SH19_REQ = "市政府办公厅代表市政府共受理"
SH19_ACT = "主动公开规章13件"
SH19_APP = "信息公开类行政复议7件"
SY_REQ = "全县全年共受理政府信息公开申请"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "同意公开答复"
SH25_REQ = "市政府共受理政府信息公开申请"


def pv(lang, b, keys, q, what, **kw):
    return V(lang, b, keys, q, "[plain] " + what, **kw)


def tr(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def sm(lang, b, keys, q, what, **kw):
    return S(lang, b, keys, q, "[combine] sum: " + what, **kw)


def df(lang, b1, b2, keys, q, what, **kw):
    return D(lang, b1, b2, keys, q, "[combine] difference: " + what, **kw)


def rk(lang, bodies, keys, order, q, what, **kw):
    return C("ranking", lang, [(q, ER(bodies, keys, order, **kw))], "[rank] " + what)


def nr(lang, b, keyword, value, unit, q, what, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + what, frm=frm)


def un(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def fu(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def VALUES():
    return [
        # ---------------- zh
        pv("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", "received total; text states it too", alt=(HA_REQ, 3119)),
        pv("zh", "ha", "r.unable.not_held.total", "淮安24年 政府说自己手上没有这个信息 这种回复一共几件", "not held"),
        pv("zh", "ha", "r.withheld.admin_query.total", "我是记者，想核实一下：淮安市人民政府2024年报里，因为属于行政查询事项而不予公开的有几件？", "admin query"),
        pv("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止了几件规范性文件呀", "normative docs repealed"),
        pv("zh", "ha", "r.other.overdue_correction.total", "请问二〇二四年淮安市政府，申请人逾期没补正、被当成放弃的申请有多少件？", "overdue correction"),
        pv("zh", "ha", "r.received.legal_services", "律所之类的法律服务机构在2024年向淮安市政府提了多少信息公开申请", "legal services column"),
        pv("zh", "ha", "a.review.pending", "淮安市2024年 信息公开复议 还没审结的有几个", "review pending", alt=(HA_APP, 37)),
        pv("zh", "ha", "a.litigation_direct.corrected", "帮同事问的：2024年淮安市政府被人直接起诉（没先复议）的信息公开官司里，法院判纠正的几件", "direct litigation corrected"),
        pv("zh", "ha", "r.partially_granted.total", "2024年淮安给了一部分、另一部分没给的那种答复总共多少", "partially granted"),
        pv("zh", "ha", "c.coercion.decisions", "淮安市政府2024年度行政强制决定数量是多少？表格第二部分那个", "coercion"),
        pv("zh", "ha", "r.withheld.third_party.total", "24年淮安 因为会损害第三方合法权益所以没公开的 有几件", "third party"),
        pv("zh", "hz23", "r.received.total", "洪泽区政府2023年一年收到的信息公开申请是多少件", "received total; text states it too", alt=(HZ_REQ, 21)),
        pv("zh", "hz23", "r.unable.needs_creation.total", "洪泽23年有几件是因为要重新加工制作信息所以没法提供的", "needs creation"),
        pv("zh", "hz23", "c.punishment.decisions", "12345转接：市民问洪泽区2023年行政处罚一共作出了多少个决定", "punishment"),
        pv("zh", "hz23", "a.review.upheld", "洪泽区人民政府2023年信息公开复议结果是维持的有多少", "review upheld"),
        pv("zh", "hz23", "c.normative_docs.in_force", "洪泽区2023年底现行有效的规范性文件还剩几件", "normative docs in force"),
        pv("zh", "hz24", "r.granted.total", "洪泽区2024年的申请里 直接同意公开的有多少件", "granted (text cell)"),
        pv("zh", "hz24", "c.licensing.decisions", "洪泽2024年行政许可处理决定数是多少", "licensing (text cell)"),
        pv("zh", "hz24", "r.unable.not_held.total", "我在洪泽住，2024年洪泽区政府回复“本机关不掌握”的申请有几件？", "not held (text cell)"),
        pv("zh", "sy", "r.received.legal_person", "沭阳县2025年 法人或者其他组织提的申请一共多少件", "legal persons received; text states it too", alt=(SY_REQ, 8)),
        pv("zh", "sy", "r.other.other.total", "沭阳2025年表里“其他”那一行（逾期不补正、不缴费以外的其他处理）合计多少", "other other"),
        pv("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县人民政府2025年以“内部事务信息”为由不公开的有几件", "internal affairs"),
        pv("zh", "sy", "c.licensing.decisions", "沭阳2025年 行政许可 处理决定 多少个", "licensing"),
        pv("zh", "sy", "a.review.corrected", "去问过沭阳的朋友都说复议很难赢，想看数据：2025年沭阳县政府信息公开复议被纠正的有几件？", "review corrected"),
        pv("zh", "sy", "r.not_processed.duplicate.total", "沭阳县2025年重复申请不予处理的有多少", "duplicate"),
        pv("zh", "sy", "c.normative_docs.issued", "2025年沭阳县新制发的规范性文件数是几", "normative docs issued"),
        pv("zh", "sy", "r.received.natural_person", "沭阳县25年本年新收的申请里面，老百姓个人（自然人）提的是多少？就看表里本年新收那一行", "natural person received (table, not text 741)"),
        pv("zh", "sy", "r.carried_forward.total", "沭阳县2025年没办完要转到下一年继续办的申请有多少件", "carried forward; text states it too", alt=(SY_REQ, 31)),
        pv("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理的信息公开申请总数", "received total; text states it too", alt=(SH19_REQ, 859)),
        pv("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 个人提的、被当成信访举报投诉不予处理的有几件", "petition natural person"),
        pv("zh", "sh19", "c.procurement.projects", "2019年上海市政府办公厅政府集中采购项目数量是多少", "procurement projects"),
        pv("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报里 规章那一行 对外公开总数量是多少", "regulations total published"),
        pv("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市政府办公厅 自然人申请中因需要另行制作而无法提供的 多少件", "needs creation natural person"),
        pv("zh", "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", "received total; text states it too", alt=(JX_REQ, 17)),
        pv("zh", "jx", "c.procurement.projects", "涧西区人民政府办公室2020年政府集中采购了几个项目", "procurement projects"),
        pv("zh", "jx", "r.granted.total", "涧西2020年予以公开的申请数量", "granted"),
        pv("zh", "kw", "r.received.natural_person", "上海科委2024年 个人申请人新提的申请是多少件", "natural person received (text cell)"),
        pv("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定一共几个", "licensing (text cell)"),
        pv("zh", "kw", "r.carried_over.total", "上海市科学技术委员会2024年从上一年接过来的申请有几件", "carried over; text states it too", alt=(KW_REQ, 2)),
        pv("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年 回复不掌握相关信息的 总数多少", "not held (text cell)"),
        pv("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅有多少申请被认定是信访举报投诉类、不予处理的", "petition (text cell)"),
        pv("zh", "sh25", "a.review.pending", "上海市政府办公厅2025年 信息公开复议 尚未审结多少件", "review pending (text cell)"),
        pv("zh", "sh25", "r.received.commercial", "2025年上海市府办收到的申请里 商业企业提的有几件", "commercial received (text cell)"),
        pv("zh", "sh25", "r.carried_over.legal_services", "上海市政府办公厅2025年上年结转的申请中法律服务机构的有几件", "carried over legal services (text cell)"),
        pv("zh", "ha", "r.withheld.enforcement_files.total", "淮安市政府2024年，申请的是行政执法案卷、结果不给公开的，这种有几件？", "enforcement files"),
        # ---------------- en
        pv("en", "ha", "r.granted.total", "How many info disclosure requests did Huai'an city government fully grant in 2024?", "granted"),
        pv("en", "ha", "r.withheld.prohibited_by_law.total", "huaian 2024 requests refused bc laws/regs forbid disclosure - how many", "prohibited by law"),
        pv("en", "ha", "c.punishment.decisions", "Number of administrative penalty decisions (行政处罚) for Huai'an municipal government in 2024?", "punishment"),
        pv("en", "ha", "c.fees.amount", "How much did Huai'an collect in administrative fees (行政事业性收费) in 2024, in 10k yuan?", "fees", unit="万元"),
        pv("en", "ha", "r.total_processed.total", "Total number of requests Huai'an closed out (answered) in 2024?", "total processed; text states it too", alt=(HA_REQ, 3050)),
        pv("en", "ha", "a.review.upheld", "For Huai'an in 2024, in how many administrative reviews about disclosure was the original decision upheld?", "review upheld; text states it too", alt=(HA_APP, 72)),
        pv("en", "ha", "a.litigation_after_review.total", "I'm a law student. Huai'an 2024: total lawsuits filed after an administrative review had already happened?", "litigation after review"),
        pv("en", "ha", "r.not_processed.petition.total", "In 2024, how many of Huai'an's requests were really complaints/petitions and so not processed?", "petition"),
        pv("en", "ha", "r.received.commercial", "huai an city 2024 - requests from commercial enterprises?", "commercial received"),
        pv("en", "ha", "r.other.overdue_fee.total", "Huai'an 2024: how many requests were dropped because the applicant did not pay the fee on time?", "overdue fee"),
        pv("en", "ha", "r.withheld.state_secret.total", "How many requests did the Huaian government turn down as state secrets in FY2024?", "state secret"),
        pv("en", "ha", "a.review.corrected", "Huai'an 2024, reviews where the outcome was corrected (纠正)?", "review corrected; text states it too", alt=(HA_APP, 64)),
        pv("en", "hz23", "c.licensing.decisions", "Hongze District 2023, how many administrative licensing decisions?", "licensing"),
        pv("en", "hz23", "r.withheld.state_secret.total", "Hongze district government in 2023 - requests refused as state secrets, how many?", "state secret"),
        pv("en", "hz23", "c.fees.amount", "What was Hongze's administrative fee revenue in 2023 (万元)?", "fees", unit="万元"),
        pv("en", "hz23", "r.unable.not_held.total", "Hongze 2023: number of requests where the office said it doesn't hold the info", "not held"),
        pv("en", "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalties - how many decisions?", "punishment (text cell)"),
        pv("en", "hz24", "c.normative_docs.in_force", "How many normative documents were still in force for Hongze in 2024?", "normative docs in force (text cell)"),
        pv("en", "hz24", "a.review.total", "Hongze district 2024, total administrative reviews over disclosure?", "review total (text cell)"),
        pv("en", "hz24", "c.coercion.decisions", "hongze 2024 administrative coercion decisions count pls", "coercion (text cell)"),
        pv("en", "sy", "r.granted.total", "Shuyang County 2025 - how many requests got a full 'yes, disclosed' answer?", "granted"),
        pv("en", "sy", "c.punishment.decisions", "Administrative penalty decisions (行政处罚决定) by Shuyang in 2025?", "punishment"),
        pv("en", "sy", "r.unable.not_held.total", "Shuyang 2025, how many requests ended with 'this agency does not have the information'?", "not held"),
        pv("en", "sy", "a.review.total", "Total disclosure-related administrative reviews for Shuyang County government, 2025?", "review total"),
        pv("en", "sy", "r.other.overdue_correction.total", "Shuyang County in 2025: applicants who never supplied the corrections asked for — how many requests?", "overdue correction"),
        pv("en", "sy", "a.litigation_after_review.upheld", "Shuyang 2025: after-review lawsuits where the court upheld the agency?", "litigation after review upheld"),
        pv("en", "sy", "c.fees.amount", "Shuyang county gov 2025 administrative fees collected, in ten-thousand yuan?", "fees", unit="万元"),
        pv("en", "sy", "r.total_processed.total", "Shuyang 2025 - how many requests were handled in total this reporting year?", "total processed; text states it too", alt=(SY_REQ, 718)),
        pv("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019: how many requests were carried over into the next year to answer?", "carried forward; text states it too", alt=(SH19_REQ, 72)),
        pv("en", "sh19", "c.normative_docs.total_published", "Shanghai municipal government general office, 2019: total normative documents publicly available (对外公开总数量)?", "normative docs total published"),
        pv("en", "sh19", "c.procurement.amount", "How much was the Shanghai General Office's centralised procurement amount in 2019?", "procurement amount", unit="万元"),
        pv("en", "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019, individuals' requests answered with 'info not held by this office'?", "not held natural person"),
        pv("en", "sh19", "r.received.commercial", "In 2019 how many requests did businesses send the Shanghai government general office?", "commercial received"),
        pv("en", "jx", "c.procurement.amount", "Jianxi District 2020 - government procurement amount?", "procurement amount", unit="万元"),
        pv("en", "jx", "a.litigation_direct.total", "Jianxi district office 2020: lawsuits filed directly without a prior review?", "litigation direct"),
        pv("en", "jx", "r.unable.not_held.total", "Jianxi 2020, how many requests couldn't be answered since the office doesn't hold the info?", "not held"),
        pv("en", "kw", "r.total_processed.total", "Shanghai Science and Technology Commission (STCSM), 2024: total requests handled (总计 row)?", "total processed (text cell)"),
        pv("en", "kw", "c.normative_docs.in_force", "STCSM normative documents in force at end of 2024?", "normative docs in force (text cell)"),
        pv("en", "kw", "r.received.commercial", "shanghai sci-tech commission 2024 — how many new requests from companies?", "commercial received (text cell)"),
        pv("en", "sh25", "r.granted.total", "Shanghai General Office in 2025: requests fully granted?", "granted (text cell)"),
        pv("en", "sh25", "r.unable.needs_creation.total", "2025 Shanghai municipal general office - refusals because the info would have to be newly compiled?", "needs creation (text cell)"),
        pv("en", "sh25", "a.litigation_direct.total", "How many direct lawsuits (no review first) did the Shanghai General Office face in 2025?", "litigation direct (text cell)"),
        pv("en", "sh25", "r.received.natural_person", "Shanghai General Office, 2025, new requests filed by private individuals?", "natural person received (text cell)"),
        pv("en", "sh25", "r.carried_forward.total", "Shanghai gen office 2025 requests still open and rolled into 2026?", "carried forward (text cell)"),
        pv("en", "hz23", "r.partially_granted.total", "Hongze (洪泽区) 2023: partly disclosed answers (部分公开)?", "partially granted"),
    ]


def COMBINE():
    return [
        # sums (16)
        sm("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年 全部公开加部分公开 合起来多少件", "granted + partially granted"),
        sm("zh", "sy", ["r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "沭阳县2025年因第三方权益、内部事务、过程性信息这三个理由不公开的，加起来是多少？", "3 withheld reasons"),
        sm("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 不掌握 + 需另行制作 两类无法提供 合计", "not held + needs creation"),
        sm("zh", "sh19", ["r.received.natural_person", "r.received.commercial", "r.received.legal_services", "r.received.other_org", "r.carried_over.natural_person"], "我在写论文，上海市政府办公厅2019年的表里，新收申请的自然人、商业企业、法律服务机构、其他四栏，加上自然人的上年结转，一共是多少？", "5 cells"),
        sm("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年 直接起诉和复议后起诉 两种诉讼里结果维持的加一起", "upheld in both litigation groups"),
        sm("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳县人民政府2025年行政许可、行政处罚、行政强制三类决定数加总是多少", "3 active rows"),
        sm("zh", "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年 新收的加上年结转的 申请一共要处理多少件", "received + carried over (text cells)"),
        sm("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安市2024年“不予公开”下面八个小项全部加起来是多少件", "8 withheld sub-rows"),
        sm("en", "ha", ["r.received.total", "r.carried_over.total"], "Huai'an 2024: new requests plus those carried over from the previous year, together?", "received + carried over"),
        sm("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang County 2025 - add up all reviews, direct lawsuits and post-review lawsuits about disclosure. Total?", "3 appeals totals"),
        sm("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze District in 2024: licensing decisions plus penalty decisions combined?", "licensing + punishment (text cells)"),
        sm("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025 — petitions plus duplicate requests, the two 'not processed' types, summed?", "petition + duplicate (text cells)"),
        sm("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District Office 2020 all appeals combined (reviews + both kinds of lawsuits)?", "3 appeals totals"),
        sm("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person"], "For Shanghai General Office 2019, individuals only: 'not held' plus 'needs to be newly made' — sum?", "2 unable cells, natural person"),
        sm("en", "ha", ["c.normative_docs.issued", "c.regulations.issued"], "How many new rules in total did Huai'an issue in 2024 — regulations (规章) plus normative documents?", "regulations + normative docs issued"),
        sm("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025: petition-type + duplicate + no correction + no fee + other handling, give me one total", "5 cells"),
        # differences (10)
        df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少", "licensing 2023->2024"),
        df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府“本机关不掌握”的申请，2023年到2024年增加了几件", "not held 2023->2024"),
        df("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请数，2025年和2019年比差多少件（用25年减19年）", "received 2019->2025"),
        df("zh", "sh19", "sh25", "a.review.total", "上海市府办信息公开行政复议总数 2019年→2025年 变化了多少", "review total 2019->2025"),
        df("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽的行政处罚决定，2024年相对2023年变化多少（负数就是少了）", "punishment 2023->2024"),
        df("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: change in requests carried into the next year, 2019 vs 2025 (2025 minus 2019)?", "carried forward 2019->2025"),
        df("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income change from 2023 to 2024 (万元)?", "fees 2023->2024", unit="万元"),
        df("en", "sh19", "sh25", "r.received.natural_person", "Individuals' new requests to the Shanghai General Office: 2019 to 2025, how big was the increase?", "natural person received 2019->2025"),
        df("en", "hz23", "hz24", "c.coercion.decisions", "Hongze District coercion decisions, 2024 minus 2023?", "coercion 2023->2024"),
        df("en", "sh19", "sh25", "a.litigation_direct.total", "Direct lawsuits against the Shanghai General Office, 2019 vs 2025 — difference?", "litigation direct 2019->2025"),
    ]


HA, HZ, SY, SH, JX = "ha", "hz23", "sy", "sh19", "jx"


def RANKS():
    return [
        rk("zh", [HA, SY, SH], "r.carried_over.total", "desc", "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，三家里谁的上年结转申请最多", "carried over"),
        rk("zh", [HA, SY, HZ], "r.withheld.internal_affairs.total", "desc", "比一比：以内部事务为由不公开的件数，淮安2024、沭阳2025、洪泽区2023，哪家最多？", "internal affairs"),
        rk("zh", [HA, SY, SH, JX], "a.review.total", "asc", "信息公开复议数量，淮安市（2024年）、沭阳县（2025年）、上海市政府办公厅（2019年）、涧西区政府办（2020年），哪个最少", "review total"),
        rk("zh", [HA, HZ, SY], "c.licensing.decisions", "desc", "行政许可决定数：淮安2024 洪泽2023 沭阳2025 谁最多", "licensing"),
        rk("zh", [HA, SY, JX], "r.granted.total", "asc", "予以公开的件数，淮安市政府2024、沭阳县2025、涧西区2020，最少的是哪个", "granted"),
        rk("zh", [HA, SY, HZ, JX], "r.unable.not_held.total", "desc", "帮领导做个对比：“本机关不掌握”的申请，淮安2024年、沭阳2025年、洪泽区2023年、涧西区2020年，哪家最多？", "not held"),
        rk("zh", [HA, SY, SH], "r.received.commercial", "asc", "商业企业新提申请，淮安2024年、沭阳2025年、上海市府办2019年，谁最少", "commercial received"),
        rk("en", [HA, SY, SH, JX], "r.total_processed.total", "desc", "Which handled the most requests in total: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) or Jianxi District (2020)?", "total processed"),
        rk("en", [HA, SY, HZ], "c.punishment.decisions", "asc", "Fewest penalty decisions among Huai'an 2024, Shuyang 2025 and Hongze 2023?", "punishment"),
        rk("en", [HA, SY, HZ], "r.withheld.admin_query.total", "desc", "Refusals because the request was really an administrative inquiry (行政查询事项): most among Huai'an 2024, Shuyang County 2025 and Hongze District 2023?", "admin query"),
        rk("en", [HA, SY, SH, JX], "a.litigation_direct.total", "asc", "Rank by direct lawsuits, lowest first: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020. Which is lowest?", "litigation direct"),
        rk("en", [HA, HZ, SY], "c.normative_docs.in_force", "desc", "Normative docs in force: Huai'an 2024 vs Hongze 2023 vs Shuyang 2025 — which has the most?", "normative docs in force"),
        rk("en", [HA, SY, HZ], "a.review.corrected", "asc", "Among Huai'an (2024), Shuyang (2025) and Hongze District (2023), which had the fewest reviews ending in correction?", "review corrected"),
    ]


def FOLLOWUPS():
    return [
        # ---------------- zh (19)
        fu("zh", [("洪泽区2023年行政许可决定是多少个", E("hz23", "c.licensing.decisions")),
                  ("那2024年的呢", E("hz24", "c.licensing.decisions"))], "year switch hz 2023->2024"),
        fu("zh", [("洪泽2023年行政强制决定数", E("hz23", "c.coercion.decisions")),
                  ("换成24年", E("hz24", "c.coercion.decisions")),
                  ("行政处罚呢 也是24年", E("hz24", "c.punishment.decisions"))], "year then row switch"),
        fu("zh", [("上海市政府办公厅2019年新收申请中自然人的有多少件", E("sh19", "r.received.natural_person")),
                  ("2025年这一项变成多少了", E("sh25", "r.received.natural_person"))], "year switch sh 2019->2025"),
        fu("zh", [("淮安市2024年行政复议总数", E("ha", "a.review.total", alt=(HA_APP, 351))),
                  ("沭阳县2025年同样这个数呢", E("sy", "a.review.total"))], "body switch ha->sy"),
        fu("zh", [("沭阳县2025年行政诉讼里面直接起诉的总数多少", E("sy", "a.litigation_direct.total")),
                  ("复议后再起诉的呢", E("sy", "a.litigation_after_review.total")),
                  ("淮安市2024年复议后起诉的", E("ha", "a.litigation_after_review.total"))], "appeals group then body"),
        fu("zh", [("淮安2024年予以公开的申请里，自然人的是多少", E("ha", "r.granted.natural_person")),
                  ("法律服务机构那一列呢", E("ha", "r.granted.legal_services"))], "column switch"),
        fu("zh", [("我是沭阳县政府办的，核一下表：2025年部分公开那一格总计是多少", E("sy", "r.partially_granted.total")),
                  ("再核一下不予公开里的行政查询事项", E("sy", "r.withheld.admin_query.total"))], "row switch"),
        fu("zh", [("涧西区政府办2020年办理结果总计是多少件", E("jx", "r.total_processed.total", alt=(JX_REQ, 15))),
                  ("其中结转下年度继续办理的有几件", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], "row switch; text states both"),
        fu("zh", [("上海科委2024年新收申请多少件", E("kw", "r.received.total", alt=(KW_REQ, 34))),
                  ("同一年上海市府办呢，也是2024年吗？不对，我要的是上海市政府办公厅2025年的", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "body+year switch"),
        fu("zh", [("洪泽区2023年规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")),
                  ("2024年呢", E("hz24", "c.normative_docs.in_force")),
                  ("那24年新制发了多少件", E("hz24", "c.normative_docs.issued"))], "year then column"),
        fu("zh", [("沭阳2025年行政事业性收费金额多少万元", E("sy", "c.fees.amount", unit="万元")),
                  ("淮安2024年的呢", E("ha", "c.fees.amount", unit="万元"))], "body switch fees"),
        fu("zh", [("淮安市人民政府2024年信息公开行政诉讼，直接起诉的一共几件", E("ha", "a.litigation_direct.total")),
                  ("里面结果维持的呢", E("ha", "a.litigation_direct.upheld"))], "column switch within group"),
        fu("zh", [("上海市府办2019年行政复议一共几件", E("sh19", "a.review.total", alt=(SH19_APP, 7))),
                  ("到2025年是多少", E("sh25", "a.review.total"))], "year switch review"),
        fu("zh", [("沭阳县2025年上年结转过来的申请几件", E("sy", "r.carried_over.total")),
                  ("淮安2024年呢", E("ha", "r.carried_over.total", alt=(HA_REQ, 34))),
                  ("上海市政府办公厅2025年呢", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], "body switch x2"),
        fu("zh", [("洪泽区2024年予以公开几件", E("hz24", "r.granted.total")),
                  ("本机关不掌握的呢", E("hz24", "r.unable.not_held.total"))], "row switch text cells"),
        fu("zh", [("淮安2024年因为是信访举报投诉所以不处理的申请有多少", E("ha", "r.not_processed.petition.total")),
                  ("重复申请呢", E("ha", "r.not_processed.duplicate.total"))], "row switch"),
        fu("zh", [("上海市政府办公厅2025年直接起诉还没审结的几件", E("sh25", "a.litigation_direct.pending")),
                  ("复议没审结的呢", E("sh25", "a.review.pending"))], "group switch pending"),
        fu("zh", [("沭阳县政府2025年复议结果维持的有多少", E("sy", "a.review.upheld")),
                  ("洪泽区2023年呢", E("hz23", "a.review.upheld"))], "body switch upheld"),
        fu("zh", [("市科委2024年行政规范性文件新制发数", E("kw", "c.normative_docs.issued")),
                  ("现行有效数呢", E("kw", "c.normative_docs.in_force")),
                  ("行政处罚决定呢", E("kw", "c.punishment.decisions"))], "column then row"),
        # ---------------- en (19)
        fu("en", [("Hongze 2023 penalty decisions?", E("hz23", "c.punishment.decisions")),
                  ("and 2024?", E("hz24", "c.punishment.decisions"))], "year switch"),
        fu("en", [("Shanghai General Office, requests carried into the following year, 2019?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                  ("same for 2025", E("sh25", "r.carried_forward.total"))], "year switch"),
        fu("en", [("Huai'an 2024, how many requests came from individuals (natural persons)?", E("ha", "r.received.natural_person")),
                  ("what about from businesses?", E("ha", "r.received.commercial")),
                  ("and other organisations?", E("ha", "r.received.other_org"))], "column switch x2"),
        fu("en", [("Shuyang County 2025 requests refused because disclosure could endanger security/stability?", E("sy", "r.withheld.security_stability.total")),
                  ("how about for enforcement case files (行政执法案卷)?", E("sy", "r.withheld.enforcement_files.total"))], "row switch"),
        fu("en", [("What's Huai'an's licensing decision count for 2024?", E("ha", "c.licensing.decisions")),
                  ("Shuyang 2025?", E("sy", "c.licensing.decisions"))], "body switch"),
        fu("en", [("Jianxi District office 2020: requests granted in full?", E("jx", "r.granted.total")),
                  ("And the ones not held by the office?", E("jx", "r.unable.not_held.total"))], "row switch"),
        fu("en", [("STCSM 2024 administrative licensing decisions?", E("kw", "c.licensing.decisions")),
                  ("Hongze District 2024, same row?", E("hz24", "c.licensing.decisions"))], "body switch text cells"),
        fu("en", [("Shanghai General Office 2025 - lawsuits after review, total?", E("sh25", "a.litigation_after_review.total")),
                  ("and direct ones?", E("sh25", "a.litigation_direct.total")),
                  ("and the reviews themselves?", E("sh25", "a.review.total"))], "group switch x2"),
        fu("en", [("Huai'an 2024 normative documents newly issued?", E("ha", "c.normative_docs.issued")),
                  ("and in force?", E("ha", "c.normative_docs.in_force"))], "column switch"),
        fu("en", [("Shuyang 2025: reviews with other outcomes (其他结果)?", E("sy", "a.review.other")),
                  ("Huai'an 2024 same cell pls", E("ha", "a.review.other", alt=(HA_APP, 178)))], "body switch; text states ha"),
        fu("en", [("How many new requests did Hongze District get in 2023?", E("hz23", "r.received.total", alt=(HZ_REQ, 21))),
                  ("Of those, how many were partly disclosed in 2023?", E("hz23", "r.partially_granted.total"))], "row switch; hz23 all natural persons"),
        fu("en", [("Shanghai General Office 2019, state secrets refusals from individuals?", E("sh19", "r.withheld.state_secret.natural_person")),
                  ("and internal-affairs refusals from individuals, same year?", E("sh19", "r.withheld.internal_affairs.natural_person"))], "row switch"),
        fu("en", [("Huai'an 2024: requests the office couldn't fulfil because they were unclear (申请内容不明确)?", E("ha", "r.unable.unclear.total")),
                  ("and because the info would need to be made from scratch?", E("ha", "r.unable.needs_creation.total"))], "row switch"),
        fu("en", [("Shuyang 2025 total requests handled by individuals column?", E("sy", "r.total_processed.natural_person")),
                  ("legal service agencies column?", E("sy", "r.total_processed.legal_services"))], "column switch"),
        fu("en", [("Hongze 2023 administrative fees in 万元?", E("hz23", "c.fees.amount", unit="万元")),
                  ("2024?", E("hz24", "c.fees.amount", unit="万元"))], "year switch fees"),
        fu("en", [("Huai'an city 2024: lawsuits after review where the agency lost (corrected)?", E("ha", "a.litigation_after_review.corrected")),
                  ("still pending?", E("ha", "a.litigation_after_review.pending"))], "column switch"),
        fu("en", [("Shanghai General Office 2019 regulations made (制作数量)?", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13))),
                  ("and normative documents made?", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60)))], "row switch; text states both"),
        fu("en", [("Shuyang 2025: coercion decisions?", E("sy", "c.coercion.decisions")),
                  ("Huai'an in 2024?", E("ha", "c.coercion.decisions")),
                  ("Hongze District in 2023?", E("hz23", "c.coercion.decisions"))], "body switch x2"),
        fu("en", [("Shanghai sci-tech commission 2024: requests granted?", E("kw", "r.granted.total", alt=(KW_OUT, 9))),
                  ("Shanghai General Office 2025, same?", E("sh25", "r.granted.total"))], "body+year switch"),
    ]


def NARRATIVES():
    return [
        # ---------------- zh (19)
        nr("zh", "ha", "淮安市人民政府公报", 6, "期", "淮安市政府2024年一共出了几期市政府公报", "gazette issues"),
        nr("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安2024年开了多少场新闻发布会", "press conferences"),
        nr("zh", "ha", "在运维政务新媒体共计", 95, "个", "我想知道淮安市到2024年报发布时还在运营的政务新媒体账号有几个", "new-media accounts"),
        nr("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "portal items"),
        nr("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区政府2024年公开了几期常务会议", "executive meetings published"),
        nr("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集", "consultations"),
        nr("zh", "sy", "年度涌现爆款内容", 52, "条", "听说沭阳的政务号2025年出了不少爆款，年报里说一共多少条？", "viral posts"),
        nr("zh", "sy", "全年发出催办提示", 84, "次", "沭阳县那个“倒计时报警器”2025年一共发了多少次催办提示", "reminders"),
        nr("zh", "sy", "失效链接43处", 43, "处", "沭阳2025年网站巡检整改了几处失效链接", "broken links"),
        nr("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县政府2025年清理掉的过期信息有多少条", "outdated items removed"),
        nr("zh", "sy", "完成全县64家单位", 64, "家", "2025年沭阳县集中公开年报的单位有多少家", "units publishing reports"),
        nr("zh", "sy", "成功推动化解各类争议纠纷", 33, "件", "沭阳2025年 办前主动沟通以后化解了多少件争议", "disputes resolved", frm=None),
        nr("zh", "kw", "微信公众号共编发文章", 294, "篇", "上海科委“上海科技”公众号2024年原创文章有多少篇", "original articles"),
        nr("zh", "kw", "直播 118 场", 118, "场", "市科委2024年视频号做了几场直播", "live streams"),
        nr("zh", "sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会（不含通气会）", "press conferences"),
        nr("zh", "sh25", "含申请人主动撤回", 157, "件", "上海市政府办公厅2025年有多少件申请是申请人自己撤回的", "withdrawn requests"),
        nr("zh", "sh25", "目前已覆盖", 10, "个语种", "2025年的上海国际服务门户现在支持几种语言", "languages"),
        nr("zh", "sh19", "对市政府常务会议的重要议题进行权威发布共计", 38, "次", "上海市府办2019年对常务会议重要议题权威发布了多少次", "authoritative releases"),
        nr("zh", "jx", "设置26个试点领域", 26, "个", "涧西区2020年年报说设了多少个试点领域的专栏", "pilot areas"),
        # ---------------- en (19)
        nr("en", "ha", "通过文字、图片等形式制作政策解读", 21, "个", "How many policy interpretations did Huai'an produce in 2024 according to the report?", "policy interpretations"),
        nr("en", "ha", "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "Huai'an 2024 - how many full-coverage checks of the disclosure sections were organised?", "checks"),
        nr("en", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "What did Huai'an charge in information processing fees in 2024, in yuan?", "processing fees in yuan"),
        nr("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: how many items did it proactively post on the government website?", "portal items"),
        nr("en", "sy", "主动公开政府信息4511条", 4511, "条", "Shuyang County 2025 - pieces of info proactively published via the county portal?", "portal items"),
        nr("en", "sy", "推送系列原创短视频", 1113, "个", "Shuyang's new-media accounts in 2025 pushed how many original short videos?", "short videos"),
        nr("en", "sy", "策采相关新闻稿件", 2606, "篇", "Shuyang County 2025 new-media matrix: how many news stories were gathered and written?", "news stories"),
        nr("en", "sy", "收取信息处理费共计380元", 380, "元", "In 2025 what info processing fees did Shuyang agencies collect (yuan)?", "fees in yuan"),
        nr("en", "sy", "累计开展办前主动沟通", 49, "次", "How many times did Shuyang proactively talk to applicants before handling requests in 2025?", "pre-handling consultations"),
        nr("en", "kw", "微信公众号目前关注人数达", 1016823, "人", "How many followers does the STCSM 'Shanghai Keji' WeChat account have, per the 2024 report?", "followers"),
        nr("en", "kw", "累计批量推送集成式发布政策", 121, "条", "STCSM 2024: policies pushed in batches for integrated release — how many?", "policies pushed"),
        nr("en", "kw", "主合办人大代表建议", 50, "件", "Shanghai science commission, 2024: NPC deputies' suggestions it handled (as lead/co-lead)?", "deputies' suggestions"),
        nr("en", "sh25", "新闻通气会", 19, "场", "Shanghai government 2025: how many press briefings (新闻通气会), not conferences?", "press briefings"),
        nr("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai Municipal Government Gazette were edited in 2025?", "gazette issues"),
        nr("en", "sh25", "16 个区全部上线数字公报", 16, "个", "In 2025 how many Shanghai districts had put their gazette online digitally?", "districts"),
        nr("en", "sh19", "发布政策解读共132件", 132, "件", "Shanghai General Office 2019 policy interpretations posted on the China Shanghai portal?", "policy interpretations"),
        nr("en", "sh19", "统一受理平台接入", 53, "个部门", "2019 Shanghai: how many departments were connected to the unified 一网通办 intake platform?", "departments connected"),
        nr("en", "sh19", "每季度对本市处于正常运行状态的", 70, "家", "How many Shanghai government websites were checked each quarter in 2019?", "websites checked"),
        nr("en", "sh19", "运用抖音号报道进博会", 41, "条", "During the 2nd CIIE in 2019, how many short videos did 'Shanghai Release' put on Douyin, per the Shanghai General Office report?", "short videos"),
    ]


def UNANSWERABLE():
    return [
        # ---------------- zh (19)
        un("zh", "淮安市政府2024年的信息公开申请里男的女的各多少", "sex breakdown not reported"),
        un("zh", "沭阳县2025年申请人里面60岁以上的有几个", "age breakdown not reported"),
        un("zh", "洪泽区2022年受理了多少件信息公开申请", "洪泽区 2022 report not in the corpus"),
        un("zh", "2025年春天我帮我妈给沭阳县政府写过申请，问宅基地的，想问下我妈那件在2025年报里最后算进哪一类了", "one person's own case"),
        un("zh", "南京市2024年政府信息公开申请数是多少", "南京市 not in the corpus"),
        un("zh", "淮安2024年的申请 每个月分别多少件", "monthly breakdown not reported"),
        un("zh", "沭阳县2026年预计会收到多少信息公开申请", "forecast"),
        un("zh", "上海市府办2025年信息公开工作做得好不好 你觉得能打几分", "opinion"),
        un("zh", "上海科委2023年收到多少件申请", "上海市科委 2023 report not in the corpus"),
        un("zh", "淮安市2024年信息公开申请里涉及征地拆迁的占多少", "topic breakdown not reported"),
        un("zh", "请提供沭阳县2025年提出信息公开申请的人的名单和电话", "personal data"),
        un("zh", "洪泽区2024年每件申请平均几天答复完", "response time not reported"),
        un("zh", "12345这边有个来电，问涧西区政府办2021年的年报里行政复议几件", "涧西 2021 report not in the corpus"),
        un("zh", "淮安市政府2024年负责信息公开的工作人员有几个人", "staff number not reported"),
        un("zh", "上海市政府办公厅2025年的申请里，浦东的申请人有多少", "district of residence breakdown not reported"),
        un("zh", "宿迁市政府2025年的依申请公开数据", "宿迁市 not in the corpus"),
        un("zh", "沭阳县2025年各乡镇分别收到多少申请", "township breakdown not reported"),
        un("zh", "上海市府办2019年那些被驳回的人后来有没有再去起诉别的部门", "not stated"),
        un("zh", "淮安2024年网上申请和信件申请各占多少", "channel breakdown not reported"),
        # ---------------- en (19)
        un("en", "How many of Huai'an's 2024 requests were submitted online vs by post?", "channel breakdown not reported"),
        un("en", "Shanghai General Office 2022 annual report: total requests received?", "上海市府办 2022 report not in the corpus"),
        un("en", "What was the average processing time per request for Shuyang County in 2025?", "response time not reported"),
        un("en", "Pudong New Area 2024 info disclosure requests number?", "浦东新区 not in the corpus"),
        un("en", "How much did Hongze District spend on its disclosure work (staff + IT) in 2024?", "costs not reported"),
        un("en", "Will Shanghai General Office receive more requests in 2026 than in 2025?", "forecast"),
        un("en", "Shuyang 2024 report — how many requests?", "沭阳 2024 report not in the corpus"),
        un("en", "I applied to Huai'an in March 2024 about my apartment's demolition compensation; was my request one of the granted ones?", "one person's own case"),
        un("en", "Break down STCSM's 2024 requests by the applicant's industry, please", "industry breakdown not reported"),
        un("en", "In your view, is Shuyang County's 2025 disclosure performance better than Huai'an's 2024? just opinion", "opinion"),
        un("en", "Which department of the Huai'an government received the most disclosure requests in 2024?", "department breakdown not reported"),
        un("en", "Give me the names of the people who sued the Shanghai General Office in 2025", "personal data"),
        un("en", "Qingjiangpu District 2024 requests received?", "清江浦区 not in the corpus"),
        un("en", "How many 2025 requests to the Shanghai General Office were about housing?", "topic breakdown not reported"),
        un("en", "Huai'an 2023 annual report: requests received?", "淮安 2023 report not in the corpus"),
        un("en", "Shuyang County 2025: how many requests came in during Q3?", "quarter breakdown not reported"),
        un("en", "why did Hongze get so many more requests in 2024 than 2023, what's the reason given", "cause not stated in the report"),
        un("en", "How many of Jianxi District's 2020 applicants were women?", "sex breakdown not reported"),
        un("en", "How many staff handle disclosure requests at the Shanghai science commission (2024)?", "staff number not reported"),
    ]


def TRAPS():
    return [
        tr("zh", "ha", "r.carried_forward.total", "淮安2024年 要结转到下一年继续办的 注意不是从上一年结转过来的 有几件", "结转下年 vs 上年结转", alt=(HA_REQ, 103)),
        tr("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年复议之后又去法院起诉的有几件？别算直接起诉的", "复议后起诉 vs 直接起诉"),
        tr("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止的规范性文件几件（不是新制发的，也不是现行有效的）", "废止 vs 制发/现行有效"),
        tr("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年因为没有现成信息、要另行制作才无法提供的有几件，别跟“不掌握”搞混", "另行制作 vs 不掌握"),
        tr("zh", "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不予公开的是几件？内部事务的不要", "过程性信息 vs 内部事务"),
        tr("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购，我要的是总金额不是项目数", "采购金额 vs 项目数", unit="万元"),
        tr("zh", "sh19", "c.regulations.total_published", "上海市府办2019年规章对外公开总数量，不是当年新制作的", "对外公开总数 vs 新制作"),
        tr("en", "ha", "a.review.other", "Huai'an 2024 reviews — the 'other outcome' column, not the corrected one", "其他结果 vs 纠正", alt=(HA_APP, 178)),
        tr("en", "sy", "r.partially_granted.total", "Shuyang 2025, partially disclosed only (部分公开) — not fully disclosed", "部分公开 vs 予以公开"),
        tr("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service agencies — not companies", "法律服务机构 vs 商业企业"),
        tr("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests carried in FROM the previous year (not those carried forward)", "上年结转 vs 结转下年", alt=(SH25_REQ, 189)),
        tr("en", "ha", "c.regulations.in_force", "Huai'an 2024 — municipal regulations still in force, not newly issued", "现行有效 vs 制发"),
        tr("en", "hz24", "appeals.litigation_direct.total", "Hongze District 2024: lawsuits filed directly, excluding those after review", "直接起诉 vs 复议后起诉 (text cells)"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + FOLLOWUPS() + NARRATIVES() + UNANSWERABLE() + TRAPS()
