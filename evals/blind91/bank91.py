"""Question bank of blind set 91 (evals/blind91). FROZEN like test.jsonl: holds every test question.

All wordings written from scratch for this set. Numbers are never typed here: helpers91 computes
them from gold/*.json, from the printed cells in SPECS (the same cells blind6 verified), or cuts
the sentence from the report text.
"""
import blindlib91 as L
from helpers91 import E, EN, EU, ED, ER, C, F

# printed cells of the reports without gold (the 42 cells blind6 verified; specs copied from
# evals/blind6/text_cells.json)
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

# text sentences also stating a table value (marked ambiguous, both readings pass)
ALT = {
    ("ha", "r.received.total"): ("全市共受理政府信息公开申请", 3119),
    ("ha", "r.total_processed.total"): ("全市共受理政府信息公开申请", 3050),
    ("ha", "r.carried_over.total"): ("全市共受理政府信息公开申请", 34),
    ("ha", "r.carried_forward.total"): ("全市共受理政府信息公开申请", 103),
    ("ha", "a.review.total"): ("政府信息公开行政复议 351", 351),
    ("ha", "a.review.upheld"): ("政府信息公开行政复议 351", 72),
    ("ha", "a.review.corrected"): ("政府信息公开行政复议 351", 64),
    ("ha", "a.review.other"): ("政府信息公开行政复议 351", 178),
    ("ha", "a.review.pending"): ("政府信息公开行政复议 351", 37),
    ("hz23", "r.received.total"): ("全区受理政府信息公开申请", 21),
    ("jx", "r.received.total"): ("全年共收到依申请公开", 17),
    ("jx", "r.carried_forward.total"): ("全年共收到依申请公开", 2),
    ("jx", "r.total_processed.total"): ("全年共收到依申请公开", 15),
    ("sy", "r.total_processed.total"): ("全县全年共受理政府信息公开申请", 718),
    ("sy", "r.carried_forward.total"): ("全县全年共受理政府信息公开申请", 31),
    ("sh19", "r.received.total"): ("代表市政府共受理政府信息公开申请", 859),
    ("sh19", "r.total_processed.total"): ("代表市政府共受理政府信息公开申请", 805),
    ("sh19", "r.carried_over.total"): ("代表市政府共受理政府信息公开申请", 18),
    ("sh19", "r.carried_forward.total"): ("代表市政府共受理政府信息公开申请", 72),
    ("sh19", "a.review.total"): ("信息公开类行政复议", 7),
    ("sh19", "a.litigation_direct.total"): ("信息公开类行政复议", 9),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请 34", 34),
    ("kw", "r.carried_over.total"): ("全年收到政府信息公开申请 34", 2),
    ("kw", "r.granted.total"): ("同意公开答复", 9),
    ("sh25", "r.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "r.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("sh25", "r.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
}


def X(b, keys, **kw):
    """expect with the text alternative when the report's text states the same cell."""
    k = keys if isinstance(keys, str) else None
    if k and (b, k) in ALT and "alt" not in kw:
        kw["alt"] = ALT[(b, k)]
    e = E(b, keys, **kw)
    return e


def v(lang, b, keys, q, note="", **kw):
    return C("value", lang, [(q, X(b, keys, **kw))], "[plain] " + (note or "table value"))


def t(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, X(b, keys, **kw))], "[neighbour] " + note)


def s(lang, b, keys, q, note="sum of the listed cells"):
    return C("sum", lang, [(q, E(b, keys))], "[combine] " + note)


def d(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def r(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def n(lang, b, kwd, val, unit, q, note="number stated only in the report text", frm=None):
    return C("narrative", lang, [(q, EN(b, kwd, val, unit, frm))], "[textonly] " + note)


def u(lang, q, why, note="not in the corpus"):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def f(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def VALUES():
    z, e = "zh", "en"
    return [
        # ---- 淮安 2024
        v(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少份信息公开申请 新收的那种"),
        v(e, "ha", "r.received.legal_services", "Huai'an 2024 — how many of the new requests came in from law firms / lawyers' offices?", "legal_services column by what it is"),
        v(z, "ha", "r.withheld.state_secret.total", "淮安24年有几件是因为涉密没给公开的？", "state_secret by colloquial 涉密"),
        v(e, "ha", "r.withheld.security_stability.total", "In 2024, Huaian city gov refused some requests because releasing it could endanger security or social stability. how many times was that", "security_stability paraphrased"),
        v(z, "ha", "r.withheld.third_party.total", "我是做记者的，想核实一下：淮安市政府2024年因为怕损害第三方利益而不公开的申请有几件？", "third_party as story"),
        v(e, "ha", "r.withheld.internal_affairs.total", "Huai'an FY2024: requests declined since the info was purely the gov's own internal housekeeping (三类内部事务) — count?", "internal_affairs with label in brackets"),
        v(z, "ha", "r.withheld.enforcement_files.total", "淮安2024 申请看执法案卷被拒的 多少件", "enforcement_files colloquial"),
        v(e, "ha", "r.withheld.admin_query.total", "How many Huai'an 2024 applications got told 'this is an administrative lookup, go query it through the proper channel' instead of a disclosure?", "admin_query paraphrased"),
        v(z, "ha", "r.unable.needs_creation.total", "淮安市2024年 有多少申请是要的东西政府手上没有现成的 得重新做才行的", "needs_creation by what happened"),
        v(e, "ha", "r.unable.unclear.total", "huaian 2024 how many requests were still too vague even after the applicant was asked to fix them", "unclear paraphrased"),
        v(z, "ha", "r.not_processed.petition.total", "淮安市政府2024年把多少件申请当成信访投诉处理没按信息公开办？", "petition by what happened"),
        v(e, "ha", "r.not_processed.duplicate.total", "Huai'an, 2024: the same person asking the same thing again — how many such repeat requests were set aside?", "duplicate paraphrased"),
        v(z, "ha", "r.not_processed.reconfirm.total", "淮安2024年 有人拿着已经拿到的信息又要政府确认或者重新出一份 这种不予处理的几件", "reconfirm sub-item"),
        v(e, "ha", "r.other.overdue_correction.total", "Huai'an city 2024: applicants who were asked to supplement their request and just never came back in time — how many were closed that way?", "overdue_correction by what happened"),
        v(z, "ha", "r.other.overdue_fee.total", "淮安市2024年因为申请人收到缴费通知后过期没交钱而终止的 有几件啊", "overdue_fee by what happened"),
        v(e, "ha", "r.other.other.total", "Huai'an 2024 \"other handling\" → the catch-all 其他 line under it (not the overdue ones). number?", "other.other sub-item"),
        v(z, "ha", "r.granted.commercial", "淮安2024年 公司企业来申请的 全部给公开了的有多少件", "granted x commercial colloquial"),
        v(e, "ha", "r.partially_granted.total", "For 2024, how many requests did Huai'an answer with only part of the information released?", "partially_granted paraphrased"),
        v(z, "ha", "r.unable.not_held.legal_services", "淮安市政府2024年律所申请的里面 有几件政府回复说自己不掌握", "not_held x legal_services"),
        v(e, "ha", "a.litigation_direct.corrected", "Huai'an 2024: people who went straight to court over disclosure (no admin review first) and the court ruled against the government — how many?", "direct lawsuit corrected, by what happened"),
        v(z, "ha", "a.litigation_after_review.pending", "淮安2024 先复议完了又去法院告的 到年底还没判下来的几件", "after-review pending colloquial"),
        v(e, "ha", "a.review.corrected", "In Huai'an's 2024 report, how many administrative reconsideration cases ended with the original decision being corrected?", "review corrected"),
        v(z, "ha", "active.normative_docs.repealed", "淮安市2024年废掉了多少件规范性文件", "repealed colloquial"),
        v(e, "ha", "active.coercion.decisions", "Huaian 2024 — how many administrative coercion (行政强制) decisions were made?"),
        v(z, "ha", "active.fees.amount", "淮安市政府24年行政事业性收费收了多少钱（万元）", unit="万元"),
        v(e, "ha", "a.litigation_direct.total", "how many disclosure lawsuits filed directly in court, huai'an 2024, in total?"),
        v(z, "ha", "r.carried_forward.total", "二〇二四年淮安市有多少件申请没办完 拖到下一年接着办的"),
        v(e, "ha", "r.withheld.prohibited_by_law.commercial", "Huai'an 2024: of the businesses' requests, how many were denied because a law or regulation forbids release?", "prohibited_by_law x commercial"),
        v(z, "ha", "r.other.overdue_correction.legal_services", "淮安2024年律师事务所那一栏 叫补正了不补 过期的 几件", "overdue_correction x legal_services typo-ish"),
        v(e, "ha", "r.received.other_org", "Huai'an 2024, requests from 'other organisations' (the last applicant column before total)?", "other_org column"),
        # ---- 沭阳 2025
        v(z, "sy", "r.received.total", "沭阳县2025年本年新收的申请 不算上一年结转过来的 一共多少", "new only, not text 749"),
        v(e, "sy", "r.withheld.internal_affairs.total", "Shuyang County 2025, how many requests refused because they were about the government's internal matters?", "internal_affairs paraphrased"),
        v(z, "sy", "r.withheld.admin_query.total", "沭阳25年 有人想查档案之类的被说是行政查询事项 不予公开 这样的几件", "admin_query colloquial"),
        v(e, "sy", "r.withheld.enforcement_files.total", "In 2025 Shuyang turned down requests for case files from law-enforcement matters. how many?", "enforcement_files paraphrased"),
        v(z, "sy", "r.withheld.security_stability.total", "沭阳县政府2025年说怕影响安全稳定所以不公开的有多少件", "security_stability colloquial"),
        v(z, "sy", "r.unable.not_held.total", "沭阳2025 政府回复说自己手里压根没这信息的 几件", "not_held colloquial"),
        v(e, "sy", "r.other.other.total", "Shuyang County (沭阳) 2025: the plain 'other' outcome under 其他处理, not the overdue sub-rows — count please", "other.other"),
        v(z, "sy", "r.not_processed.duplicate.commercial", "沭阳县2025年企业重复申请被不予处理的 有没有 几件", "duplicate x commercial"),
        v(e, "sy", "a.review.pending", "Shuyang 2025 — admin review cases on disclosure still undecided at year end?", "review pending"),
        v(z, "sy", "a.litigation_after_review.other", "沭阳县2025年复议后再起诉的案子里 结果既不是维持也不是纠正的 是几件", "after-review other by exclusion"),
        v(e, "sy", "active.licensing.decisions", "how many admin licensing decisions did Shuyang County make in 2025"),
        v(z, "sy", "active.normative_docs.in_force", "沭阳县截止2025年底现行有效的规范性文件还有多少件"),
        v(e, "sy", "r.granted.legal_services", "Shuyang 2025: requests from legal service firms that were fully granted?", "granted x legal_services"),
        v(z, "sy", "r.partially_granted.total", "沭阳县2025年只公开了一部分的申请有多少", "partially_granted colloquial"),
        v(e, "sy", "r.other.overdue_fee.total", "Shuyang County 2025 — requests dropped because the applicant didn't pay the processing fee in time?", "overdue_fee paraphrased"),
        v(z, "sy", "a.review.corrected", "我在12345值班，有市民问沭阳县2025年信息公开复议被纠错了几件", "review corrected, help-desk"),
        v(e, "sy", "r.received.legal_person", "Shuyang 2025 new requests from companies and organisations (法人或其他组织) combined?", "legal_person derived", alt=("全县全年共受理政府信息公开申请", 8)),
        # ---- 洪泽 2023
        v(z, "hz23", "r.unable.not_held.total", "洪泽区政府2023年说不掌握信息的申请有几件"),
        v(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023: any requests refused as state secrets? how many", "state_secret"),
        v(z, "hz23", "r.unable.needs_creation.total", "洪泽2023年 要的材料得另外加工整理才有的 这种几件", "needs_creation colloquial"),
        v(e, "hz23", "active.punishment.decisions", "Hongze District gov, 2023, number of administrative penalty decisions?"),
        v(z, "hz23", "active.fees.amount", "洪泽区2023年行政事业性收费金额是多少万元", unit="万元"),
        v(e, "hz23", "r.withheld.process_info.total", "Hongze 2023 — requests knocked back because the papers were still drafts / in-progress deliberations?", "process_info paraphrased"),
        v(z, "hz23", "r.received.total", "洪泽区二〇二三年收到几个信息公开申请"),
        v(e, "hz23", "active.coercion.decisions", "What's the count of administrative enforcement (coercion) decisions for Hongze in 2023?"),
        v(z, "hz23", "r.not_processed.petition.total", "洪泽23年有没有把申请当信访件处理的 几个", "petition colloquial"),
        # ---- 涧西 2020
        v(z, "jx", "r.granted.total", "涧西区政府办2020年全部同意公开的申请有几件"),
        v(e, "jx", "active.procurement.amount", "Jianxi District 2020 government procurement — total contract value in 万元?", unit="万元"),
        v(z, "jx", "a.litigation_after_review.upheld", "涧西区2020年 复议以后又打官司 法院维持的几件", "after-review upheld"),
        v(e, "jx", "r.unable.not_held.total", "Jianxi 2020: requests where the office said it didn't have the info?", "not_held"),
        v(z, "jx", "active.procurement.projects", "涧西区2020年政府集中采购项目数是多少个"),
        # ---- 上海市府办 2019 (gold; outcome totals printed blank -> columns)
        v(e, "sh19", "r.received.commercial", "Shanghai General Office 2019: new requests from businesses?", "commercial column"),
        v(z, "sh19", "r.unable.not_held.natural_person", "上海市政府办公厅2019年老百姓个人申请的 回复不掌握的几件", "not_held x natural_person"),
        v(e, "sh19", "r.not_processed.petition.natural_person", "For 2019, how many requests by private individuals did the Shanghai General Office treat as complaints/petitions rather than disclosure requests?", "petition x natural_person"),
        v(z, "sh19", "r.unable.unclear.natural_person", "上海市府办2019年个人申请里 说了半天也没说清楚要啥的 几件", "unclear x natural_person colloquial"),
        v(e, "sh19", "active.regulations.total_published", "Shanghai General Office FY2019, total government rules currently published (规章 对外公开总数量)?"),
        v(z, "sh19", "active.procurement.amount", "上海市政府办公厅2019年政府采购总金额多少万元", unit="万元"),
        v(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai Gen Office 2019 individuals' requests refused as state secret — how many", "state_secret x natural_person"),
        v(z, "sh19", "r.unable.needs_creation.commercial", "上海市府办2019年企业申请的 需要另行制作的 几件", "needs_creation x commercial"),
        v(e, "sh19", "a.litigation_direct.pending", "shanghai general office 2019, lawsuits filed directly that were not yet concluded?", "direct pending"),
        v(z, "sh19", "r.not_processed.duplicate.commercial", "上海市政府办公厅2019年 公司重复来要同一个东西 被不予处理的几件", "duplicate x commercial"),
        # ---- 洪泽 2024 (text cells)
        v(e, "hz24", "r.granted.total", "Hongze District 2024: how many requests were answered with full disclosure?", "text cell"),
        v(z, "hz24", "active.licensing.decisions", "洪泽区2024年行政许可处理决定数量"),
        v(e, "hz24", "r.unable.not_held.total", "Hongze 2024 — how often did the district say 'we don't have that information'?", "not_held, text cell"),
        v(z, "hz24", "appeals.litigation_direct.total", "洪泽区2024年 没复议直接去法院告的 一共几件", "direct lawsuits by what happened"),
        v(e, "hz24", "active.punishment.decisions", "Hongze District 2024 admin penalty decisions, number?"),
        v(z, "hz24", "active.fees.amount", "洪泽2024年行政事业性收费多少万元", unit="万元"),
        # ---- 上海科委 2024
        v(z, "kw", "r.received.natural_person", "上海市科委2024年个人（自然人）新提交的申请多少件"),
        v(e, "kw", "active.normative_docs.in_force", "STCSM 2024 — normative documents still in force at year end?"),
        v(z, "kw", "r.total_processed.total", "市科委2024年办理的申请总计多少件"),
        v(e, "kw", "r.received.commercial", "Shanghai science commission 2024: requests from companies?", "commercial"),
        v(z, "kw", "active.licensing.decisions", "上海科委24年行政许可决定有多少"),
        # ---- 上海市府办 2025
        v(e, "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025, requests it handled as petitions/complaints instead — how many?", "petition"),
        v(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 没有现成的要重新做 所以没法提供的 几件", "needs_creation colloquial"),
        v(e, "sh25", "a.review.pending", "Shanghai General Office 2025: reconsideration cases still open at year end?", "review pending"),
        v(z, "sh25", "r.carried_over.legal_services", "上海市府办2025年 从前一年带过来的申请里 律所的有几件", "carried_over x legal_services"),
        v(e, "sh25", "r.received.natural_person", "shanghai gen office 2025 new requests filed by private individuals?"),
        v(z, "sh25", "r.unable.not_held.total", "上海市府办25年回复本机关不掌握的多少件"),
        v(z, "ha", "r.not_processed.publication.total", "淮安2024年 有人找政府要公开出版的书刊资料 被不予处理的 几件", "publication sub-item (0)"),
        v(e, "sy", "r.not_processed.excessive.total", "Shuyang 2025 — how many were set aside because someone kept filing loads of requests over and over without good reason?", "excessive sub-item (0)"),
        v(e, "ha", "r.received.research", "Did any universities or research institutes send Huai'an a disclosure request in 2024? how many", "research column (0)"),
        v(z, "sy", "r.received.public_interest", "沭阳县2025年 公益组织（社会公益组织）来申请的有几家次", "public_interest column (0)"),
        v(z, "ha", "a.litigation_after_review.corrected", "淮安市2024年复议完了不服又起诉 结果法院判政府要改的 几件", "after-review corrected by what happened"),
        v(e, "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025: suits brought after an administrative review had been decided — total?", "after-review total"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        t(z, "ha", "r.carried_over.total", "淮安市2024年 从2023年拖过来接着办的申请 几件（注意不是拖到2025的）", "上年结转 vs 结转下年"),
        t(e, "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits where the person first tried admin review and only then sued — total? not the direct ones", "复议后起诉 vs 直接起诉"),
        t(z, "sy", "active.normative_docs.repealed", "沭阳县2025年规范性文件 作废的有几件？不是新发的也不是还有效的", "废止 vs 制发/现行有效"),
        t(e, "ha", "r.unable.needs_creation.total", "Huai'an 2024 — requests refused because the data would have to be newly compiled (not the 'we don't hold it' ones)", "另行制作 vs 不掌握"),
        t(z, "sy", "r.withheld.process_info.total", "沭阳县2025年 因为是讨论中的过程性材料没公开的 几件 别算成内部事务那个", "过程性信息 vs 内部事务"),
        t(e, "sh19", "active.regulations.published", "Shanghai General Office 2019: rules made public during the year (本年发布), not the cumulative total published", "本年发布 vs 对外公开总数"),
        t(z, "ha", "a.review.other", "淮安市2024年复议结果 既没维持也没纠正的 那一类 多少件", "其他结果 vs 纠正"),
        t(e, "jx", "active.procurement.projects", "Jianxi District 2020 procurement: the number of projects, not the money", "采购项目数 vs 金额"),
        t(z, "sh19", "active.normative_docs.made", "上海市府办2019年规范性文件本年新制作的数量（不要对外公开总数）", "新制作 vs 对外公开总数"),
        t(e, "sy", "r.partially_granted.legal_services", "Shuyang 2025: law-firm requests that got only part of what they asked for — not the full releases", "部分公开 vs 予以公开 (legal services)"),
        t(z, "ha", "r.received.legal_services", "淮安2024 律所法律服务机构那栏新收几件 别看成商业企业", "法律服务机构 vs 商业企业"),
        t(e, "sy", "a.litigation_direct.upheld", "Shuyang County 2025 — court cases filed directly (no review first) that the court upheld; not the after-review ones", "直接起诉 vs 复议后起诉"),
        t(z, "ha", "a.litigation_direct.other", "淮安市2024年直接起诉的官司 判决结果算'其他'的几件 不是纠正", "其他结果 vs 纠正 (direct lawsuits)"),
    ]


def COMBINE():
    z, e = "zh", "en"
    return [
        s(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"], "淮安2024 涉密的 法律禁止的 还有危及安全稳定的 这三种不公开 加一起几件"),
        s(e, "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Huai'an 2024, add up every case where a review or court corrected the gov (review + direct suits + after-review suits)"),
        s(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县2025年其他处理三小项 逾期不补正 逾期不缴费 其他 合计多少"),
        s(e, "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025: requests that got at least some information out (full + partial), total?"),
        s(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安市二〇二四年无法提供的三种情况加起来"),
        s(e, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023: state-secret + draft/process info + enforcement-file refusals, sum please"),
        s(z, "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市政府办公厅2019年自然人新收加上年结转一共多少"),
        s(e, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "huaian 2024 — complaints-as-petitions + repeat asks + re-confirm requests, total set aside"),
        s(z, "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "沭阳2025 复议维持的、直接起诉维持的、复议后起诉维持的 加总"),
        s(e, "ha", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Huai'an 2024: licensing + penalty + coercion decisions added together?"),
        s(z, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年信息公开 复议 直接诉讼 复议后诉讼 总共几件"),
        s(e, "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person", "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person", "r.withheld.process_info.commercial"], "Shanghai General Office 2019 — individuals' refusals for state secret, internal affairs, process info and admin query, plus the one business refused for process info: sum"),
        s(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "我在写论文 淮安市2024年表三里不予公开八个小项全部加起来是多少"),
        s(e, "sy", ["r.received.commercial", "r.received.legal_services"], "Shuyang 2025 new requests from firms plus law offices?"),
        s(z, "hz23", ["active.licensing.decisions", "active.coercion.decisions"], "洪泽区2023年行政许可和行政强制决定加在一起多少"),
        s(e, "ha", ["r.carried_over.total", "r.received.total"], "Huaian 2024: new requests plus those carried in from 2023 — what's the workload total?"),
        d(z, "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        d(e, "hz23", "hz24", "active.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024 (2024 minus 2023)?"),
        d(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区 政府说不掌握信息的申请 2023年到2024年增加了几件"),
        d(e, "hz23", "hz24", "active.fees.amount", "By how much did Hongze's administrative fee income change between 2023 and 2024 (万元)?", unit="万元"),
        d(z, "hz23", "hz24", "active.coercion.decisions", "洪泽行政强制决定数 2024年相对2023年变化多少"),
        d(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests pushed into the following year, 2025 versus 2019 — difference?"),
        d(z, "sh19", "sh25", "a.review.total", "上海市府办 信息公开行政复议 2025年比2019年多几件"),
        d(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office individuals' new requests: how much higher in 2025 than in 2019?"),
        d(z, "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的案件 2019年到2025年增加了多少"),
        d(e, "hz23", "hz24", "active.normative_docs.in_force", "Hongze normative documents in force: 2024 count minus 2023 count?"),
    ]


def RANKS():
    z, e = "zh", "en"
    G3 = ["ha", "hz23", "sy"]
    return [
        r(z, ["jx", "ha", "sy", "sh19"], "r.received.total", "desc", "涧西区2020、淮安市2024、沭阳县2025、上海市府办2019 这四家谁新收申请最多"),
        r(e, ["jx", "hz23", "sy"], "r.received.total", "asc", "Among Jianxi 2020, Hongze 2023 and Shuyang 2025, which got the fewest new requests?"),
        r(z, G3, "active.licensing.decisions", "desc", "淮安市2024 洪泽区2023 沭阳县2025 行政许可决定哪个最多"),
        r(e, G3, "active.coercion.decisions", "asc", "Lowest number of coercion decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        r(z, ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转到下一年办的申请 涧西2020 淮安2024 沭阳2025 上海市府办2019 谁最多"),
        r(e, ["ha", "sy", "jx"], "a.review.total", "desc", "Which body faced the most disclosure reviews: Huai'an (2024), Shuyang (2025) or Jianxi (2020)?"),
        r(z, G3, "active.normative_docs.in_force", "asc", "现行有效规范性文件最少的是哪家：淮安市2024年、洪泽区2023年、沭阳县2025年"),
        r(e, G3, "active.fees.amount", "desc", "Fee income (行政事业性收费) — highest among Huai'an 2024, Hongze 2023, Shuyang 2025?"),
        r(z, ["ha", "sy", "sh19"], "r.received.commercial", "desc", "企业来申请的最多的是哪家 淮安2024 沭阳2025 上海市政府办公厅2019"),
        r(e, ["jx", "ha", "hz23", "sy"], "r.total_processed.total", "asc", "Of Jianxi 2020, Huai'an 2024, Hongze 2023 and Shuyang 2025, who processed the fewest requests overall?"),
        r(z, G3, "active.punishment.decisions", "desc", "行政处罚决定 淮安市2024 洪泽区2023 沭阳县2025 排第一的是谁"),
        r(e, ["ha", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "Individuals' requests that needed info newly compiled: most at Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        r(z, ["ha", "sy"], "a.litigation_after_review.total", "asc", "复议后起诉的案子 淮安2024和沭阳2025哪个少"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        f(z, [("淮安市2024年 因为涉及第三方权益没公开的几件", X("ha", "r.withheld.third_party.total")),
              ("那沭阳县2025年呢", X("sy", "r.withheld.third_party.total"))], "switch body"),
        f(e, [("Huai'an 2024: how many requests did they refuse as internal affairs?", X("ha", "r.withheld.internal_affairs.total")),
              ("and the ones refused as drafts still being discussed?", X("ha", "r.withheld.process_info.total"))], "switch row"),
        f(z, [("沭阳2025年复议的 维持了几件", X("sy", "a.review.upheld")),
              ("纠正的呢", X("sy", "a.review.corrected")),
              ("还没审完的?", X("sy", "a.review.pending"))], "switch appeals column"),
        f(e, [("Shanghai General Office 2019 — new requests total?", X("sh19", "r.received.total")),
              ("ok and for 2025?", X("sh25", "r.received.total"))], "switch year"),
        f(z, [("洪泽区2023年行政处罚决定多少", X("hz23", "active.punishment.decisions")),
              ("24年呢", X("hz24", "active.punishment.decisions"))], "switch year"),
        f(e, [("How many lawyers' firms applied to Huai'an in 2024?", X("ha", "r.received.legal_services")),
              ("and how many of those got everything released?", X("ha", "r.granted.legal_services"))], "switch row in column"),
        f(z, [("淮安2024年 直接去法院起诉的 法院维持的几个", X("ha", "a.litigation_direct.upheld")),
              ("那先复议后起诉的里面维持的呢", X("ha", "a.litigation_after_review.upheld"))], "switch appeals group"),
        f(e, [("Shuyang County 2025: new requests from individuals only?", X("sy", "r.received.natural_person")),
              ("what about from businesses", X("sy", "r.received.commercial")),
              ("and law firms?", X("sy", "r.received.legal_services"))], "switch column"),
        f(z, [("市科委2024年新收申请多少", X("kw", "r.received.total")),
              ("其中予以公开的几件", X("kw", "r.granted.total"))], "switch row"),
        f(e, [("Hongze District 2024: how many disclosure reviews?", X("hz24", "appeals.review.total")),
              ("and lawsuits after review in 2024?", X("hz24", "appeals.litigation_after_review.total"))], "switch appeals group"),
        f(z, [("上海市政府办公厅2025年不掌握信息的回复有几件", X("sh25", "r.unable.not_held.total")),
              ("要另行制作的呢", X("sh25", "r.unable.needs_creation.total"))], "switch sub-item"),
        f(e, [("Jianxi District 2020: requests handled in total?", X("jx", "r.total_processed.total")),
              ("how many were still left over into the next year?", X("jx", "r.carried_forward.total"))], "switch row"),
        f(z, [("淮安市2024年 补正通知发了申请人不理 逾期的几件", X("ha", "r.other.overdue_correction.total")),
              ("收费通知不交钱的呢", X("ha", "r.other.overdue_fee.total"))], "switch sub-item, everyday words"),
        f(e, [("Shuyang 2025 normative documents issued during the year?", X("sy", "active.normative_docs.issued")),
              ("and repealed?", X("sy", "active.normative_docs.repealed")),
              ("and how many still valid at the end of 2025?", X("sy", "active.normative_docs.in_force"))], "switch column"),
        f(z, [("上海市府办2019年政府采购项目几个", X("sh19", "active.procurement.projects")),
              ("涧西区2020年呢", X("jx", "active.procurement.projects"))], "switch body and year"),
        f(e, [("Huai'an 2024 — reviews where the result was upheld?", X("ha", "a.review.upheld")),
              ("still pending at year end?", X("ha", "a.review.pending"))], "switch appeals column"),
        f(z, [("沭阳县2025年 信访举报投诉类的申请不予处理几件", X("sy", "r.not_processed.petition.total")),
              ("淮安市2024年同一项呢", X("ha", "r.not_processed.petition.total"))], "switch body"),
        f(e, [("STCSM 2024 normative documents issued?", X("kw", "active.normative_docs.issued")),
              ("and Hongze District for 2024?", X("hz24", "active.normative_docs.issued"))], "switch body"),
        f(z, [("涧西2020年复议几件", X("jx", "a.review.total")),
              ("直接起诉呢", X("jx", "a.litigation_direct.total"))], "switch appeals group"),
        f(e, [("Huai'an 2024: requests from businesses that were partly released?", X("ha", "r.partially_granted.commercial")),
              ("and businesses told 'we don't hold that'?", X("ha", "r.unable.not_held.commercial")),
              ("and businesses whose request was treated as a petition?", X("ha", "r.not_processed.petition.commercial"))], "switch row, commercial column"),
        f(z, [("洪泽区2023年办理结果总计多少", X("hz23", "r.total_processed.total")),
              ("部分公开的呢", X("hz23", "r.partially_granted.total"))], "switch row"),
        f(e, [("Shanghai General Office 2025: lawsuits filed directly, total?", X("sh25", "appeals.litigation_direct.total")),
              ("how many of them still undecided?", X("sh25", "appeals.litigation_direct.pending"))], "switch column"),
        f(z, [("上海市府办2019年行政复议几件", X("sh19", "a.review.total")),
              ("那没经过复议直接告到法院的呢", X("sh19", "a.litigation_direct.total"))], "switch appeals group"),
        f(e, [("Shuyang 2025 admin penalty decisions?", X("sy", "active.punishment.decisions")),
              ("and for Huai'an 2024?", X("ha", "active.punishment.decisions"))], "switch body"),
        f(z, [("淮安2024年 没法提供因为申请内容说不清的 几件", X("ha", "r.unable.unclear.total")),
              ("沭阳2025年这个是多少", X("sy", "r.unable.unclear.total"))], "switch body"),
        f(e, [("Hongze 2024 requests carried into 2025?", X("hz24", "r.carried_forward.total")),
              ("and new ones received in 2024?", X("hz24", "r.received.total"))], "switch row"),
        f(z, [("上海市政府办公厅2025年 上年结转过来的 个人申请几件", X("sh25", "r.carried_over.natural_person")),
              ("总共结转过来多少", X("sh25", "r.carried_over.total"))], "switch column"),
        f(e, [("Huai'an 2024: regulations (规章) still in force?", X("ha", "active.regulations.in_force")),
              ("and newly issued ones?", X("ha", "active.regulations.issued"))], "switch column"),
        f(z, [("沭阳县2025年行政事业性收费多少万元", X("sy", "active.fees.amount", unit="万元")),
              ("洪泽区2023年的呢", X("hz23", "active.fees.amount", unit="万元"))], "switch body"),
        f(e, [("In 2019 how many requests did Shanghai General Office carry forward into 2020?", X("sh19", "r.carried_forward.total")),
              ("and how many had it carried in from the year before?", X("sh19", "r.carried_over.total"))], "switch row"),
        f(z, [("淮安市2024年行政许可决定有多少", X("ha", "active.licensing.decisions")),
              ("沭阳县2025年呢", X("sy", "active.licensing.decisions")),
              ("洪泽23年?", X("hz23", "active.licensing.decisions"))], "switch body"),
        f(e, [("Shuyang 2025 — how many lawsuits came after an admin review, in total?", X("sy", "a.litigation_after_review.total")),
              ("still pending among those?", X("sy", "a.litigation_after_review.pending"))], "switch column"),
        f(z, [("上海科委2024年行政处罚决定几件", X("kw", "active.punishment.decisions")),
              ("行政许可呢", X("kw", "active.licensing.decisions"))], "switch row"),
        f(e, [("Huai'an 2024: refusals because a law prohibits disclosure?", X("ha", "r.withheld.prohibited_by_law.total")),
              ("and refusals for law-enforcement case files?", X("ha", "r.withheld.enforcement_files.total"))], "switch sub-item"),
        f(z, [("上海市府办2025年 重复申请不予处理几件", X("sh25", "r.not_processed.duplicate.total")),
              ("信访类的呢", X("sh25", "r.not_processed.petition.total"))], "switch sub-item"),
        f(e, [("Jianxi 2020 new requests?", X("jx", "r.received.total")),
              ("and Hongze 2023?", X("hz23", "r.received.total"))], "switch body and year"),
        f(z, [("淮安2024 其他组织申请的 总共办了几件", X("ha", "r.total_processed.other_org")),
              ("其中全部公开的几件", X("ha", "r.granted.other_org"))], "other_org column"),
        f(e, [("Shanghai General Office 2019 rules made in the year?", X("sh19", "active.regulations.made")),
              ("and normative documents total published (对外公开总数量)?", X("sh19", "active.normative_docs.total_published"))], "switch row"),
        f(z, [("沭阳县2025年行政强制决定多少", X("sy", "active.coercion.decisions")),
              ("洪泽区2024年呢", X("hz24", "active.coercion.decisions"))], "switch body and year"),
    ]


def NARRATIVES():
    z, e = "zh", "en"
    return [
        n(z, "jx", "26个试点领域", 26, "个", "涧西区2020年搞基层政务公开标准化 弄了多少个试点领域"),
        n(e, "ha", "等新闻发布会", 12, "场", "How many times did Huai'an city hold press events to brief reporters in 2024?"),
        n(z, "ha", "在运维政务新媒体共计", 95, "个", "淮安市2024年在运维的政务新媒体账号一共多少个"),
        n(e, "ha", "栏目全覆盖检查", 4, "次", "In 2024, how many rounds of full sweeps of the disclosure web sections did Huai'an organise?"),
        n(z, "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安2024年信息处理费收了多少块钱"),
        n(e, "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "Hongze District 2023: how many items did it post proactively on the government website?"),
        n(z, "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站上主动发了多少条信息"),
        n(e, "hz24", "公开政府常务会议", 7, "期", "Hongze 2024 — how many sessions of the district executive meeting were made public?"),
        n(z, "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年县政府门户网站主动公开了多少条政府信息"),
        n(e, "sy", "开展意见征集", 9, "期", "Shuyang County 2025: how many rounds of public comment-gathering were run on the county portal?"),
        n(z, "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条"),
        n(e, "sy", "策采相关新闻稿件", 2606, "篇", "How many news pieces did Shuyang's government social-media accounts put together in 2025?"),
        n(z, "sy", "推送系列原创短视频", 1113, "个", "沭阳县2025年政务新媒体推了多少个原创短视频"),
        n(e, "sy", "完成全县64家单位", 64, "家", "For 2025, how many Shuyang units had their yearly disclosure reports released together in one batch?"),
        n(z, "sy", "完成政府常务会议同步配套解读", 7, "次", "沭阳县2025年县政府常务会议同步做了几次配套解读"),
        n(e, "sy", "占比超八成", 17, "篇", "Shuyang 2025: of the pieces explaining policies, how many were picture-and-text or video ones?"),
        n(z, "sy", "全年发出催办提示", 84, "次", "沭阳2025年那个倒计时报警器一共发了多少次催办提醒"),
        n(e, "sy", "累计开展办前主动沟通", 49, "次", "Shuyang County 2025 — how many times did staff reach out to applicants before handling their request?"),
        n(z, "sy", "成功推动化解各类争议纠纷", 33, "件", "沭阳县2025年通过事先沟通化解了几件纠纷"),
        n(e, "sy", "累计清理过期信息", 697, "条", "How many outdated posts did Shuyang take down in its 2025 clean-up of published information?"),
        n(z, "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年办申请收了多少信息处理费（元）"),
        n(e, "kw", "通过部门网站当年发布政府信息", 393, "件", "Shanghai science commission (STCSM), 2024: government information items put out on its own website during the year?"),
        n(z, "kw", "主合办政协提案", 85, "件", "上海市科委2024年主办合办的政协提案有多少件"),
        n(e, "kw", "今年累计批量推送集成式发布政策", 121, "条", "STCSM 2024 — how many policies were pushed out in bundled batches?"),
        n(z, "kw", "微信公众号共编发文章", 1640, "篇", "上海科技公众号2024年一共发了多少篇文章"),
        n(e, "kw", "微信公众号目前关注人数达", 1016823, "人", "How many people follow the 'Shanghai Keji' WeChat account, per the science commission's 2024 report?"),
        n(z, "kw", "直播 118 场", 118, "场", "上海市科委2024年视频号直播了多少场", frm=None),
        n(e, "kw", "粉丝数", 54373, "人", "STCSM's 2024 report: how many fans does its video channel have?"),
        n(z, "sh25", "人事任免文件", 196, "件", "上海市政府2025年主动公开的人事任免文件多少件"),
        n(e, "sh25", "召开市政府新闻发布会", 42, "场", "Shanghai General Office 2025: how many municipal press conferences were held?"),
        n(z, "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会"),
        n(e, "sh25", "含申请人主动撤回", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their own requests?"),
        n(z, "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报出了几期"),
        n(e, "sh25", "16 个区全部上线数字公报", 16, "个", "By 2025, how many Shanghai districts had their government gazettes online in digital form?"),
        n(z, "sh19", "统一受理平台接入", 2261, "项", "上海2019年一网通办统一受理平台接进来多少项事项"),
        n(e, "sh19", "发布政策解读共", 132, "件", "In 2019 how many policy explainers went up on the China Shanghai portal?"),
        n(z, "sh19", "权威发布共计", 38, "次", "上海市府办2019年对市政府常务会议重要议题权威发布了几次"),
        n(e, "sh19", "每季度对本市处于正常运行状态", 70, "家", "Shanghai 2019: how many government websites were checked every quarter?"),
        n(z, "sh19", "部门规范性文件", 45, "件", "2019年上海市政府公报登了多少件部门规范性文件"),
    ]


def CANNOT():
    z, e = "zh", "en"
    return [
        u(z, "淮安市2024年信息公开申请人里男的女的各多少", "no breakdown by sex"),
        u(e, "What was the average age of people who filed disclosure requests with Shuyang County in 2025?", "no age data"),
        u(z, "沭阳县2025年每个月收到多少申请 哪个月最多", "no monthly breakdown"),
        u(e, "Huai'an 2024 requests by quarter — Q3 figure?", "no quarterly breakdown"),
        u(z, "淮安2024年网上申请和当面申请各有多少件", "no channel breakdown"),
        u(e, "How many of Huai'an's 2024 requests concerned land expropriation and demolition?", "no topic breakdown"),
        u(z, "洪泽区2023年申请人里住在高良涧街道的有几个", "no residence breakdown"),
        u(e, "Shanghai General Office 2025: how many requests were about housing?", "text says requests grew, no topics"),
        u(z, "我2025年帮我妈给沭阳县政府写过申请 问拆迁补偿的 想问下她那件最后是公开了还是没公开", "one person's own case"),
        u(e, "can you give me the name and phone of whoever filed the most requests with Huai'an in 2024", "personal data"),
        u(z, "南京市2024年政府信息公开申请收了多少件", "body not in corpus"),
        u(e, "Suqian city 2025 — new disclosure requests total?", "body not in corpus"),
        u(z, "浦东新区2024年行政复议多少件", "body not in corpus"),
        u(e, "Qingjiangpu District 2024 admin penalty decisions?", "body not in corpus"),
        u(z, "洪泽区2022年新收申请多少", "year not in corpus"),
        u(e, "Shuyang County 2024 new requests received?", "year not in corpus"),
        u(z, "上海市科委2023年收到多少信息公开申请", "year not in corpus"),
        u(e, "Jianxi District 2021 — how many requests did it receive?", "year not in corpus"),
        u(z, "上海市政府办公厅2022年复议几件", "year not in corpus"),
        u(e, "How many disclosure requests will Huai'an get in 2026? give a forecast", "forecast"),
        u(z, "预测一下沭阳县2026年行政诉讼会有多少件", "forecast"),
        u(e, "Is Shuyang's 2025 disclosure work better than Huai'an's in 2024, in your opinion?", "opinion"),
        u(z, "你觉得上海市府办2025年的信息公开做得好不好", "opinion"),
        u(e, "On average how many days did Huai'an take to reply to a request in 2024?", "no response times"),
        u(z, "淮安市2024年信息公开岗位有几个工作人员", "no staff number"),
        u(e, "Jianxi District 2020: how many staff worked on disclosure?", "no staff number"),
        u(z, "沭阳县2025年信息公开工作花了多少经费", "no cost figure"),
        u(e, "Hongze 2024 — why did the number of requests jump compared with 2023? what reasons does the report give", "no reason stated"),
        u(z, "淮安2024年申请里 哪个县区的人申请最多", "no district breakdown"),
        u(e, "Which industries did the companies applying to Shuyang County in 2025 come from?", "no industry breakdown"),
        u(z, "上海科委2024年申请人是哪些大学的", "no breakdown of research applicants by institution"),
        u(e, "Huai'an 2024 — how many requests went to the housing bureau vs the natural resources bureau?", "no department breakdown"),
        u(z, "洪泽区2024年申请人中外地人占多少", "no residence breakdown"),
        u(e, "ID number of the applicant in Shanghai General Office's oldest 2019 pending lawsuit?", "personal data"),
        u(z, "12345转来的：市民张先生问他2024年向淮安市政府申请的那件为什么被说不掌握", "one person's own case"),
        u(e, "how many disclosure requests did Shanghai General Office receive in Jan 2025 alone", "no monthly breakdown"),
        u(z, "沭阳2025年 申请人是通过信函寄来的有几件", "no channel breakdown"),
        u(e, "What share of Huai'an's 2024 requesters were over 60?", "no age data"),
        u(z, "宿迁市政府2025年主动公开了多少条信息", "body not in corpus"),
    ]


def CONVERSATIONS():
    return VALUES() + TRAPS() + COMBINE() + RANKS() + FOLLOWUPS() + NARRATIVES() + CANNOT()
