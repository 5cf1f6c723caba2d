"""Question bank of blind set 156 (evals/blind156). All wordings written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Emphasis: about a third of the conversations are questions that look answerable but must get
no number ([cannot]). Values are computed by helpers156 (gold JSON / printed text cells /
sentences cut from the report text); this file only names keys, bodies, keywords and wordings.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib156 as L  # noqa: E402
from helpers156 import E, EN, EU, ED, ER, C  # noqa: E402

# printed cells of the three reports without gold (the cells blind6 verified; see text_cells.json)
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

M = "万元"


def plain(lang, b, keys, q, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] table value in everyday wording")


def trap(lang, b, keys, q, why):
    return C("trap", lang, [(q, E(b, keys))], "[neighbour] naive answer is %s" % why)


def total(lang, b, keys, q, **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum of the listed cells")


def diff(lang, b1, b2, keys, q, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))],
             "[combine] later year minus earlier year")


def rank(lang, bodies, keys, order, q):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] ranking over gold bodies")


def text(lang, b, keyword, value, unit, q, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))],
             "[textonly] number stated only in the report text")


def follow(lang, turns, what):
    return C("followup", lang, [(q, E(b, k, **kw)) for q, b, k, kw in turns], "[followup] " + what)


def cannot(lang, q, why, cat):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] %s" % cat)


def PLAIN():
    z, e = "zh", "en"
    return [
        plain(z, "ha", "r.granted.total", "淮安市政府2024年收到的申请里，最后把信息全部给了申请人的有多少件？"),
        plain(e, "ha", "r.granted.total", "For Huai'an city in 2024, how many applications ended with the information handed over in full?"),
        plain(z, "ha", "r.unable.not_held.total", "24年淮安回复“我们这里没有这份信息”的申请一共几件"),
        plain(e, "ha", "r.unable.not_held.total", "Huaian 2024: number of requests answered with 'we don't have that information'?"),
        plain(z, "ha", "r.withheld.admin_query.total", "淮安市2024年有多少申请被当成行政查询事项、没按信息公开给？"),
        plain(e, "ha", "r.withheld.admin_query.total", "How many Huai'an 2024 applications were knocked back as really being requests to look up records (administrative queries)?"),
        plain(z, "ha", "r.not_processed.petition.total", "二〇二四年淮安市因为其实是信访、举报、投诉而没受理处理的申请有几件"),
        plain(e, "ha", "r.not_processed.petition.total", "In 2024, how many requests did Huai'an set aside because they were really complaints or petitions?"),
        plain(z, "ha", "a.review.corrected", "淮安市2024年信息公开类复议案件里，被复议机关纠错的有多少件？"),
        plain(e, "ha", "a.review.corrected", "Huai'an 2024: in how many disclosure reviews did the reviewing body overturn or correct the decision?"),
        plain(z, "ha", "a.litigation_direct.total", "2024年淮安市政府因为信息公开被人直接起诉（没先走复议）的案子有几起？"),
        plain(e, "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap in 2024?"),
        plain(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费的金额是多少万元？", unit=M),
        plain(e, "ha", "c.licensing.decisions", "Count of administrative licensing decisions made across Huai'an in 2024?"),
        plain(z, "ha", "r.received.legal_services", "淮安市2024年律所这类法律服务机构新递交的公开申请有多少"),
        plain(e, "ha", "r.other.overdue_correction.total", "Huai'an 2024: how many applications lapsed because the applicant never supplied the requested corrections in time?"),
        plain(e, "ha", "a.review.pending", "How many of Huai'an's 2024 disclosure reviews were still undecided when the year closed?"),
        plain(z, "ha", "r.withheld.process_info.total", "淮安2024年因为是过程性信息所以不公开的申请有多少件"),
        plain(e, "ha", "c.coercion.decisions", "Huai'an, FY2024 — how many administrative coercion decisions?"),
        plain(z, "ha", "r.not_processed.duplicate.total", "淮安市政府2024年有几件申请因为是重复申请被拒绝处理"),
        plain(z, "sy", "r.granted.total", "沭阳县政府2025年依申请直接予以公开的有几件"),
        plain(e, "sy", "r.granted.total", "Shuyang County 2025: how many requests got the information released in full?"),
        plain(z, "sy", "r.unable.not_held.total", "2025年沭阳县回答“本机关不掌握”的申请有多少？"),
        plain(e, "sy", "r.unable.not_held.total", "In 2025, how often did Shuyang reply that it did not hold the information asked for?"),
        plain(z, "sy", "a.review.total", "沭阳县2025年涉及政府信息公开的行政复议一共多少件？"),
        plain(e, "sy", "a.review.total", "How many disclosure-related administrative reviews did Shuyang County face in 2025?"),
        plain(z, "sy", "a.review.pending", "沭阳2025年信息公开复议到年底还没审结的有几件"),
        plain(e, "sy", "c.normative_docs.in_force", "Shuyang County 2025: how many normative documents are currently valid?"),
        plain(z, "sy", "c.punishment.decisions", "沭阳县2025年作出的行政处罚决定数量是多少"),
        plain(e, "sy", "r.withheld.internal_affairs.total", "Shuyang 2025: requests refused because the material was purely internal administrative affairs — how many?"),
        plain(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年转过来接着办的申请有几件"),
        plain(e, "sy", "r.not_processed.duplicate.total", "How many Shuyang applications in 2025 were turned away as repeat requests?"),
        plain(z, "sy", "c.fees.amount", "二〇二五年沭阳县行政事业性收费金额（万元）是多少", unit=M),
        plain(e, "sy", "a.litigation_direct.upheld", "In 2025, in how many direct disclosure lawsuits against Shuyang did the court side with the government?"),
        plain(z, "hz23", "r.unable.not_held.total", "洪泽区政府2023年答复不掌握相关信息的申请有几件？"),
        plain(e, "hz23", "r.unable.needs_creation.total", "Hongze District 2023: how many requests could not be met because the data would have had to be compiled from scratch?"),
        plain(z, "hz23", "c.punishment.decisions", "23年洪泽区行政处罚决定一共多少个"),
        plain(e, "hz23", "c.licensing.decisions", "How many licensing decisions did Hongze issue in 2023?"),
        plain(z, "hz23", "r.withheld.total", "洪泽区2023年不予公开的申请总共几件"),
        plain(e, "hz23", "c.normative_docs.repealed", "Hongze District government, 2023: normative documents repealed?"),
        plain(z, "jx", "r.granted.total", "涧西区政府办2020年依申请全部公开的件数是多少"),
        plain(e, "jx", "c.procurement.amount", "What did the Jianxi District government office spend on government procurement in 2020 (10k yuan)?", unit=M),
        plain(z, "jx", "a.litigation_after_review.total", "涧西区2020年先复议后又起诉的信息公开官司有几件？"),
        plain(e, "jx", "r.unable.not_held.total", "Jianxi 2020: requests where the office said it held no such information?"),
        plain(z, "jx", "c.normative_docs.made", "2020年涧西区政府办新制作的规范性文件有几件"),
        plain(z, "sh19", "r.received.natural_person", "上海市政府办公厅2019年收到的申请里，个人（自然人）提的有多少件？"),
        plain(e, "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total number of government rules publicly available at year end?"),
        plain(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额多少万元", unit=M),
        plain(e, "sh19", "c.regulations.made", "How many government rules did the Shanghai General Office newly make in 2019?"),
        plain(z, "sh19", "r.carried_over.total", "2019年上海市政府办公厅从上年结转过来的申请是几件"),
        plain(e, "sh19", "r.received.legal_person", "Shanghai General Office in 2019 — requests filed by companies and other organisations (not individuals)?"),
        plain(z, "kw", "r.received.commercial", "上海科委2024年企业（商业企业）新提交的申请有几件？"),
        plain(e, "kw", "c.licensing.decisions", "STCSM 2024: number of administrative licences granted?"),
        plain(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件"),
        plain(e, "kw", "r.total_processed.total", "How many applications in total did the Shanghai science commission deal with in 2024?"),
        plain(z, "sh25", "r.unable.not_held.total", "上海市府办2025年以本机关不掌握为由答复的申请多少件"),
        plain(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests declined because answering would mean producing new information?"),
        plain(z, "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅收到的申请中，被认定为信访举报投诉类而不处理的有几件"),
        plain(e, "sh25", "a.review.total", "How many disclosure reviews did the Shanghai General Office have in 2025?"),
        plain(z, "sh25", "a.litigation_direct.total", "上海市府办2025年直接被提起行政诉讼的信息公开案件数"),
        plain(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025: how many requests were rolled into the next year unfinished?"),
        plain(z, "sh25", "r.received.commercial", "2025年上海市政府办公厅收到企业新提的申请几件？"),
        plain(e, "sh25", "r.granted.total", "In 2025, how many requests did Shanghai's General Office grant in full?"),
        plain(z, "hz24", "r.granted.total", "洪泽区2024年依申请予以公开的有多少件（表格数）"),
        plain(e, "hz24", "r.unable.not_held.total", "Hongze 2024 table: requests where the district said it held no such information?"),
        plain(z, "hz24", "c.licensing.decisions", "洪泽区政府2024年行政许可决定有多少"),
        plain(e, "hz24", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District hand down in 2024?"),
        plain(z, "hz24", "c.coercion.decisions", "2024年洪泽区行政强制决定几个"),
        plain(e, "hz24", "a.review.total", "Hongze District 2024: disclosure-related administrative reviews, total?"),
        plain(z, "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费收了多少万元？", unit=M),
        plain(e, "hz24", "c.normative_docs.issued", "How many normative documents did Hongze District issue in 2024?"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        trap(z, "ha", "r.carried_forward.total", "淮安市2024年没办完、要留到下一年度继续办理的申请有几件？", "上年结转 34"),
        trap(e, "ha", "c.normative_docs.repealed", "Huai'an 2024: how many normative documents were abolished (not the number still in force)?", "现行有效 66"),
        trap(z, "sy", "a.litigation_after_review.total", "沭阳县2025年经过复议之后再打官司的信息公开案件有多少件？", "直接起诉 3"),
        trap(e, "ha", "r.unable.needs_creation.total", "Huai'an 2024: requests that failed because the info had to be newly produced — not the 'not held' ones?", "不掌握 769"),
        trap(z, "ha", "r.withheld.internal_affairs.total", "淮安2024年因属于内部事务信息（不是过程性信息）而不公开的有几件", "过程性信息 12"),
        trap(e, "ha", "a.review.other", "Huai'an 2024 disclosure reviews closed with an 'other' outcome — neither upheld nor corrected?", "纠正 64"),
        trap(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年对外公开的规范性文件总数（不是当年新制作的）有多少件", "新制作 60"),
        trap(e, "jx", "c.procurement.projects", "Jianxi District office 2020: how many procurement projects were there — the count of projects, not the amount?", "采购金额 28.6232"),
        trap(e, "sy", "c.normative_docs.issued", "Shuyang County 2025: how many normative documents were newly issued during the year (not those in force)?", "现行有效 32"),
        trap(z, "sh25", "r.carried_over.total", "上海市府办2025年从上一年度结转进来的申请有多少件（不是转入下一年的）", "结转下年 293"),
    ]


def SUMS():
    z, e = "zh", "en"
    return [
        total(z, "ha", ["r.withheld.process_info.total", "r.withheld.internal_affairs.total"], "淮安市2024年因过程性信息和内部事务信息不公开的加起来有几件？"),
        total(e, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Add up Huai'an's 2024 'not held', 'would need creating' and 'request unclear' answers: what is the total?"),
        total(z, "ha", ["a.review.upheld", "a.review.corrected"], "淮安2024年信息公开复议中，维持的和纠正的合计多少件"),
        total(e, "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: direct lawsuits plus lawsuits after review, combined?"),
        total(z, "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "沭阳县2025年规范性文件新制发的和废止的一共几件"),
        total(e, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023: licensing, penalty and coercion decisions added together?"),
        total(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市政府办公厅2019年新制作的规章和规范性文件合起来多少件"),
        total(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025: petition-type requests plus repeat requests, how many in all?"),
        total(z, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政许可、行政处罚、行政强制三类决定加总是多少"),
        total(e, "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Adding reviews, direct lawsuits and post-review lawsuits, how many disclosure disputes did the Shanghai General Office have in 2025?"),
        total(z, "ha", ["r.received.commercial", "r.received.research", "r.received.public_interest", "r.received.legal_services", "r.received.other_org"], "淮安2024年企业、科研机构、社会公益组织、法律服务机构和其他组织五类新申请加在一起有多少"),
        total(e, "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Shuyang 2025: sum the eight refusal grounds (state secret, barred by law, security, third party, internal affairs, process info, enforcement files, administrative query) — total?"),
    ]


def DIFFS():
    z, e = "zh", "en"
    return [
        diff(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区答复“不掌握”的申请，2024年比2023年多了几件？"),
        diff(e, "hz23", "hz24", "r.granted.total", "Hongze District: change in requests granted in full from 2023 to 2024?"),
        diff(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数从2023年到2024年变化了多少"),
        diff(e, "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze's administrative penalty decisions change between 2023 and 2024?"),
        diff(z, "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件2024年相比2023年增减多少件"),
        diff(e, "sh19", "sh25", "a.review.total", "Shanghai General Office disclosure reviews: 2025 figure minus 2019 figure?"),
        diff(z, "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接被起诉的信息公开案件，2025年比2019年多几件"),
        diff(e, "sh19", "sh25", "r.carried_forward.total", "How did the Shanghai General Office's requests rolled into the following year change from 2019 to 2025?"),
        diff(z, "sh19", "sh25", "r.received.natural_person", "上海市府办自然人新收申请从2019年到2025年增加了多少件"),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        rank(z, ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪一家办理的申请总数最多？"),
        rank(e, ["jx", "hz23", "sy"], "r.total_processed.total", "asc", "Among Jianxi District office (2020), Hongze District (2023) and Shuyang County (2025), which handled the fewest requests in total?"),
        rank(z, ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "淮安2024、沭阳2025、涧西区2020三者比，直接被起诉的信息公开案件哪个最少"),
        rank(e, ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Direct disclosure lawsuits: Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — which had the most?"),
        rank(z, ["sy", "hz23", "ha"], "c.licensing.decisions", "desc", "沭阳县2025年、洪泽区2023年、淮安市2024年的行政许可决定数，谁最多？"),
        rank(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Which made the most penalty decisions: Huai'an in 2024, Shuyang in 2025 or Hongze in 2023?"),
        rank(z, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转到下年度的申请，淮安2024、沭阳2025、上海市府办2019、涧西2020里哪家最少？"),
        rank(e, ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Requests carried into the next year: Shuyang (2025), Shanghai General Office (2019), Jianxi (2020) — who had the most?"),
        rank(z, ["hz23", "sy", "jx"], "r.unable.not_held.total", "desc", "洪泽区2023、沭阳县2025、涧西区2020，答复本机关不掌握最多的是哪家"),
        rank(e, ["ha", "sy", "hz23"], "r.unable.not_held.total", "asc", "Fewest 'information not held' replies: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        rank(z, ["ha", "sy", "sh19"], "a.review.total", "desc", "信息公开行政复议数量，淮安2024年、沭阳2025年、上海市府办2019年哪家最多？"),
    ]


def TEXTS():
    z, e = "zh", "en"
    return [
        text(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年一共开了几场新闻发布会？"),
        text(e, "ha", "新闻发布会 12 场", 12, "场", "How many press conferences did the Huai'an city government hold in 2024?"),
        text(z, "ha", "公报》6 期", 6, "期", "2024年淮安市人民政府公报出了几期"),
        text(e, "ha", "政务新媒体共计", 95, "个", "How many government new-media accounts does Huai'an run, per its 2024 report?"),
        text(e, "ha", "全覆盖检查", 4, "次", "Huai'an 2024: how many full-coverage inspections of disclosure columns were organised?"),
        text(z, "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少元信息公开信息处理费？"),
        text(e, "ha", "政策解读21", 21, "个", "How many policy explainers did Huai'an produce in 2024?"),
        text(z, "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        text(e, "hz23", "1136", 1136, "条", "Hongze District 2023: items proactively published on the government website?"),
        text(z, "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站主动发布了多少条政府信息"),
        text(e, "hz24", "常务会议 7期", 7, "期", "How many issues of executive-meeting records did Hongze publish in 2024?"),
        text(z, "sy", "开展意见征集9期", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
        text(e, "sy", "4511", 4511, "条", "Shuyang County 2025: how many items did the county portal publish proactively?"),
        text(z, "sy", "3044", 3044, "条", "沭阳2025年督促县直部门在信息公开页面发了多少条信息"),
        text(e, "sy", "专栏33个", 33, "个", "How many themed columns did Shuyang's government new media open in 2025?"),
        text(z, "sy", "短视频1113个", 1113, "个", "沭阳县2025年推送的原创短视频有多少个"),
        text(e, "sy", "爆款内容52条", 52, "条", "Shuyang 2025: how many pieces of content went viral?"),
        text(z, "sy", "64家单位", 64, "家", "2025年沭阳县集中公开年报的单位有几家？"),
        text(e, "sy", "催办提示 84 次", 84, "次", "How many reminder alerts did Shuyang's countdown system send out in 2025?"),
        text(z, "sy", "办前主动沟通 49 次", 49, "次", "沭阳县2025年办理申请前主动沟通了多少次"),
        text(e, "sy", "失效链接43处", 43, "处", "Shuyang 2025 website checks: how many broken links were fixed?"),
        text(z, "sy", "过期信息697条", 697, "条", "沭阳县2025年清理了多少条过期信息"),
        text(e, "sy", "全县共办理相关案件 74 件", 74, "件", "According to Shuyang's 2025 narrative, how many review and lawsuit cases did the county handle altogether?"),
        text(z, "kw", "惠企政策 83 条", 83, "条", "上海市科委2024年日常报送了多少条惠企政策？"),
        text(e, "kw", "集成式发布政策 121 条", 121, "条", "STCSM 2024: how many policies were pushed in batches through integrated release?"),
        text(z, "kw", "原创文章 294", 294, "篇", "“上海科技”公众号2024年原创文章有几篇（市科委年报）"),
        text(e, "kw", "视频号共制作并发布短视频 584 条", 584, "条", "How many short videos did the science commission's video channel post in 2024?"),
        text(z, "sh25", "新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场新闻发布会（市府办年报）"),
        text(e, "sh25", "新闻通气会 19 场", 19, "场", "Shanghai General Office 2025 report: how many press briefings (通气会) were held?"),
        text(z, "sh25", "公报》24 期", 24, "期", "2025年《上海市人民政府公报》编了几期？"),
        text(e, "sh25", "主动撤回 157 件", 157, "件", "Shanghai General Office 2025: how many applicants withdrew their requests themselves?"),
        text(z, "sh25", "16 个区", 16, "个", "上海市府办2025年年报说有几个区全部上线了数字公报？"),
        text(e, "sh19", "政策解读共132件", 132, "件", "How many policy interpretations did the Shanghai portal publish in 2019?"),
        text(z, "sh19", "权威发布共计38次", 38, "次", "上海市府办2019年对市政府常务会议重要议题权威发布了几次"),
        text(e, "sh19", "接入53个部门", 53, "个", "Shanghai 2019: how many departments were connected to the unified 'One Netcom' intake platform?"),
        text(z, "jx", "26个试点领域", 26, "个", "涧西区2020年推进基层政务公开标准化的试点领域有几个"),
    ]


def FOLLOWS():
    z, e = "zh", "en"
    return [
        follow(z, [("洪泽区2023年行政许可决定有多少？", "hz23", "c.licensing.decisions", {}),
                   ("那2024年呢", "hz24", "c.licensing.decisions", {})], "switch year"),
        follow(e, [("Hongze District 2024: administrative coercion decisions?", "hz24", "c.coercion.decisions", {}),
                   ("And for 2023?", "hz23", "c.coercion.decisions", {})], "switch year"),
        follow(z, [("上海市府办2019年收到的新申请有多少件？", "sh19", "r.received.total", {}),
                   ("换成2025年是多少", "sh25", "r.received.total", {}),
                   ("其中自然人提的呢？", "sh25", "r.received.natural_person", {})], "switch year then column"),
        follow(e, [("How many disclosure reviews did the Shanghai General Office have in 2019?", "sh19", "a.review.total", {}),
                   ("Same thing, 2025?", "sh25", "a.review.total", {}),
                   ("How many of those were still pending?", "sh25", "a.review.pending", {})], "switch year then column"),
        follow(z, [("淮安市2024年行政复议里结果维持的有几件？", "ha", "a.review.upheld", {}),
                   ("被纠正的呢", "ha", "a.review.corrected", {})], "switch column"),
        follow(e, [("Huai'an 2024: direct disclosure lawsuits where the court upheld the government?", "ha", "a.litigation_direct.upheld", {}),
                   ("And where the decision was corrected?", "ha", "a.litigation_direct.corrected", {})], "switch column"),
        follow(z, [("沭阳县2025年行政复议维持的有多少？", "sy", "a.review.upheld", {}),
                   ("淮安市2024年同一项呢", "ha", "a.review.upheld", {})], "switch body"),
        follow(e, [("Shuyang 2025: how many normative documents were repealed?", "sy", "c.normative_docs.repealed", {}),
                   ("What about Huai'an in 2024?", "ha", "c.normative_docs.repealed", {})], "switch body"),
        follow(z, [("淮安市2024年不予公开的申请总数？", "ha", "r.withheld.total", {}),
                   ("其中因为涉及第三方权益的几件", "ha", "r.withheld.third_party.total", {})], "switch row"),
        follow(e, [("Shuyang 2025: requests refused disclosure, all grounds?", "sy", "r.withheld.total", {}),
                   ("How many of them on the administrative-query ground?", "sy", "r.withheld.admin_query.total", {})], "switch row"),
        follow(z, [("上海科委2024年新收的申请有几件？", "kw", "r.received.total", {}),
                   ("个人提交的占多少件", "kw", "r.received.natural_person", {})], "switch column"),
        follow(e, [("Shanghai science commission 2024: requests granted in full?", "kw", "r.granted.total", {}),
                   ("And how many carried-over requests (brought into 2024 from earlier) did it have?", "kw", "r.carried_over.total", {})], "switch row"),
        follow(z, [("涧西区政府办2020年收到几件信息公开申请？", "jx", "r.received.total", {}),
                   ("办理完的总计多少件", "jx", "r.total_processed.total", {}),
                   ("转到下一年的呢", "jx", "r.carried_forward.total", {})], "switch row twice"),
        follow(e, [("Jianxi District office 2020: administrative reviews over disclosure?", "jx", "a.review.total", {}),
                   ("Lawsuits filed directly?", "jx", "a.litigation_direct.total", {})], "switch appeals group"),
        follow(z, [("沭阳县2025年直接提起诉讼的信息公开案件几件？", "sy", "a.litigation_direct.total", {}),
                   ("复议后再起诉的呢", "sy", "a.litigation_after_review.total", {})], "switch appeals group"),
        follow(e, [("How many requests did Huai'an process in total in 2024?", "ha", "r.total_processed.total", {}),
                   ("And how many of those were granted in full?", "ha", "r.granted.total", {}),
                   ("Partly granted?", "ha", "r.partially_granted.total", {})], "switch row twice"),
        follow(z, [("上海市府办2025年本年度办理总计多少件？", "sh25", "r.total_processed.total", {}),
                   ("同一单位2019年呢", "sh19", "r.total_processed.total", {})], "switch year"),
        follow(e, [("Shanghai General Office 2025: requests carried forward to the following year?", "sh25", "r.carried_forward.total", {}),
                   ("2019?", "sh19", "r.carried_forward.total", {})], "switch year"),
        follow(z, [("洪泽2024年依申请予以公开多少件？", "hz24", "r.granted.total", {}),
                   ("23年呢？", "hz23", "r.granted.total", {})], "switch year"),
        follow(e, [("Hongze 2023: normative documents in force?", "hz23", "c.normative_docs.in_force", {}),
                   ("And in 2024?", "hz24", "c.normative_docs.in_force", {}),
                   ("How many were newly issued in 2024?", "hz24", "c.normative_docs.issued", {})], "switch year then column"),
        follow(z, [("淮安市2024年行政处罚决定多少？", "ha", "c.punishment.decisions", {}),
                   ("沭阳县2025年的呢", "sy", "c.punishment.decisions", {}),
                   ("洪泽区2023年呢", "hz23", "c.punishment.decisions", {})], "switch body twice"),
        follow(e, [("Huai'an 2024: regulations currently in force?", "ha", "c.regulations.in_force", {}),
                   ("How many regulations were issued in 2024?", "ha", "c.regulations.issued", {})], "switch column"),
        follow(z, [("上海市府办2019年行政许可决定数量？", "sh19", "c.licensing.decisions", {}),
                   ("上海科委2024年同一项呢？", "kw", "c.licensing.decisions", {})], "switch body"),
        follow(e, [("Shanghai General Office 2019: procurement projects?", "sh19", "c.procurement.projects", {}),
                   ("And Jianxi District office in 2020?", "jx", "c.procurement.projects", {})], "switch body"),
        follow(z, [("淮安2024年从上一年结转过来的申请几件？", "ha", "r.carried_over.total", {}),
                   ("沭阳2025年呢", "sy", "r.carried_over.total", {})], "switch body"),
        follow(e, [("Huai'an 2024: new requests from individuals?", "ha", "r.received.natural_person", {}),
                   ("From commercial companies?", "ha", "r.received.commercial", {}),
                   ("From research institutions?", "ha", "r.received.research", {})], "switch column twice"),
        follow(z, [("上海市府办2025年不掌握相关信息的答复几件", "sh25", "r.unable.not_held.total", {}),
                   ("那需要另行制作的呢", "sh25", "r.unable.needs_creation.total", {})], "switch row"),
        follow(e, [("Shanghai General Office 2025: lawsuits after an administrative review?", "sh25", "a.litigation_after_review.total", {}),
                   ("And direct lawsuits still pending?", "sh25", "a.litigation_direct.pending", {})], "switch appeals group"),
        follow(z, [("沭阳县2025年规范性文件新制发几件？", "sy", "c.normative_docs.issued", {}),
                   ("淮安市2024年呢？", "ha", "c.normative_docs.issued", {})], "switch body"),
        follow(e, [("Hongze 2023: requests dismissed as complaint/petition matters?", "hz23", "r.not_processed.petition.total", {}),
                   ("And requests refused because they were process information?", "hz23", "r.withheld.process_info.total", {})], "switch row"),
        follow(z, [("洪泽区2024年行政诉讼直接起诉几件？", "hz24", "a.litigation_direct.total", {}),
                   ("复议后起诉的呢", "hz24", "a.litigation_after_review.total", {})], "switch appeals group"),
        follow(e, [("Shuyang County 2025: licensing decisions?", "sy", "c.licensing.decisions", {}),
                   ("And coercion decisions?", "sy", "c.coercion.decisions", {})], "switch row"),
    ]


def CANNOTS():
    z, e = "zh", "en"
    S, N, P, B, Q, W, F, O, X = ("own case (story)", "named person/request", "personal data",
                                 "breakdown not printed", "quantity not stated", "reason/motive",
                                 "forecast/plan", "opinion/judgement", "body/year not in corpus")
    c = cannot
    return [
        # one person's own request or case, told as a story first
        c(z, "我2024年3月向淮安市政府申请公开我家拆迁补偿的文件，到现在也没收到答复。我那件申请现在办到哪一步了？", "one applicant's own request is not in the reports", S),
        c(e, "In the spring of 2025 I filed a disclosure request with Shuyang County about my mother's pension records. Was mine one of the ones they granted?", "one applicant's own request is not in the reports", S),
        c(z, "我邻居2023年给洪泽区政府递了一份申请，被告知不掌握。那份申请是哪个部门答复的？", "single request not reported", S),
        c(e, "I sued the Shanghai General Office in 2025 after my request was refused. Is my lawsuit one of the 6 still pending, and when will it be decided?", "one case's status not in the report", S),
        c(z, "我2024年在淮安申请过一次政府信息，交了信息处理费。我交了多少钱？", "one applicant's fee not reported", S),
        c(e, "My company asked the Shanghai science commission for a grant evaluation file in 2024 and got 'partly disclosed'. Why was part of mine held back?", "single decision not reported", S),
        c(z, "我2025年对沭阳县的信息公开答复不服申请了复议，结果是维持还是纠正？", "one case's outcome not in the report", S),
        c(e, "I live in Hongze and applied in 2024 for the land-use plan of my village. Which of the 50 granted requests was mine?", "single request not reported", S),
        c(z, "去复议之前我想知道：2019年我向上海市政府办公厅申请的那件，是不是被算进结转到下一年的72件里了？", "single request not reported", S),
        c(e, "Back in 2020 I asked the Jianxi District office about a school enrolment notice. Did they count my request among the 17?", "single request not reported", S),
        c(z, "我是律师，2024年代理客户向淮安市政府申请了三件。这三件各自的答复结果是什么？", "individual requests not reported", S),
        c(e, "My father filed a request with Huai'an in 2024 and never heard back; was his among the 103 pushed into 2025?", "individual requests not reported", S),
        c(z, "我2025年在上海市政府办公厅申请后自己撤回了，我那件的申请编号和受理日期是什么？", "individual requests not reported", S),
        # named people or named requests
        c(e, "Did Zhang Wei's disclosure request to Huai'an in 2024 get answered within the legal deadline?", "named applicant not in the reports", N),
        c(z, "李华2025年起诉沭阳县政府信息公开的那个案子判了没有？", "named case not reported", N),
        c(e, "Which official at the Shanghai science commission signed the refusal letters in 2024?", "named staff not reported", N),
        c(z, "淮安市2024年那64件被纠错的复议案件，申请人分别是谁？", "applicants not named", N),
        c(e, "Who were the applicants behind the 26 direct lawsuits Huai'an faced in 2024?", "applicants not named", N),
        c(z, "王某某2023年向洪泽区申请的那件被说不掌握的，具体要的是什么信息？", "named request not reported", N),
        c(e, "The 2 requests Jianxi District still had open at the end of 2020 — what were they about and who filed them?", "requests not described", N),
        c(z, "上海市府办2025年那12件直接起诉的案子，原告是哪些人？", "plaintiffs not named", N),
        # personal data
        c(e, "Can you give me the phone numbers of the people who filed requests with Shuyang in 2025?", "personal data not in the reports", P),
        c(z, "淮安市2024年那3001件自然人申请，申请人里有没有姓陈的？名单能发我吗", "personal data not in the reports", P),
        c(e, "What are the home addresses of the applicants the Hongze District government answered in 2024?", "personal data not in the reports", P),
        c(z, "上海市政府办公厅2019年那821件个人申请，申请人的身份证号码能查到吗？", "personal data not in the reports", P),
        c(e, "List the email addresses of the people behind the 32 individual requests made to the Shanghai science commission in 2024.", "personal data not in the reports", P),
        c(z, "沭阳县2025年被处罚的人的名字有哪些？", "personal data not in the reports", P),
        # breakdowns the reports do not print
        c(z, "淮安市2024年3119件申请按月份怎么分布？哪个月最多？", "no monthly breakdown", B),
        c(e, "Break down Shuyang's 2025 disclosure requests by quarter, please.", "no quarterly breakdown", B),
        c(z, "沭阳县2025年自然人申请里男性和女性各多少？", "no breakdown by sex", B),
        c(e, "How many of the 821 individuals who applied to the Shanghai General Office in 2019 were over 60?", "no breakdown by age", B),
        c(z, "淮安2024年的申请有多少是网上提交的，多少是当面或者信函递交的？", "no breakdown by channel", B),
        c(e, "How many of Hongze's 2024 requests came in by post versus online?", "no breakdown by channel", B),
        c(z, "上海市府办2025年收到的申请里，涉及房屋征收的有多少件？", "no breakdown by topic", B),
        c(e, "Of the 769 'information not held' replies in Huai'an in 2024, how many concerned land acquisition?", "no breakdown by topic", B),
        c(z, "沭阳县2025年各个乡镇的申请数量分别是多少？", "no breakdown by township", B),
        c(e, "Which district of Huai'an sent the most disclosure requests in 2024?", "no breakdown by district", B),
        c(z, "淮安市2024年那64件被纠正的复议，分别是哪些部门的？", "no breakdown by department", B),
        c(e, "The 351 disclosure reviews in Huai'an in 2024 — how many involved the housing bureau?", "no breakdown by department", B),
        c(z, "上海科委2024年收到的2件企业申请分别来自什么行业？", "no breakdown by industry", B),
        c(e, "How many of Shuyang's 2025 applicants live outside the county?", "no breakdown by residence", B),
        c(z, "上海市政府办公厅2025年有多少申请是外国人提出的？", "no breakdown by nationality", B),
        c(e, "Shanghai General Office 2019: how many requests were filed by women?", "no breakdown by sex", B),
        c(z, "涧西区2020年17件申请里，哪个月收到的最多？", "no monthly breakdown", B),
        c(e, "How were Huai'an's 2024 administrative penalty decisions split between the city departments?", "no department breakdown", B),
        c(z, "洪泽区2023年的21件申请按年龄段分是什么情况？", "no breakdown by age", B),
        c(e, "Shuyang 2025: how many requests concerned demolition compensation versus social security?", "no breakdown by topic", B),
        c(z, "上海市府办2025年1295件申请第四季度有多少件？", "no quarterly breakdown", B),
        c(e, "How many of the 513 'not held' answers by the Shanghai General Office in 2025 were for requests from Pudong residents?", "no breakdown by residence", B),
        # quantities the reports do not state
        c(z, "淮安市政府2024年答复一件申请平均要多少个工作日？", "response time not stated", Q),
        c(e, "What was the average response time for Shuyang County's disclosure requests in 2025, in days?", "response time not stated", Q),
        c(z, "洪泽区2024年专门负责政务公开的工作人员有几个人？", "staff not stated", Q),
        c(e, "How many staff worked on disclosure at the Shanghai General Office in 2025?", "staff not stated", Q),
        c(z, "上海科委2024年政务公开工作花了多少经费？", "cost not stated", Q),
        c(e, "What was the Jianxi District office's 2020 budget for information disclosure work?", "budget not stated", Q),
        c(z, "沭阳县2025年群众对依申请公开的满意度是多少？", "satisfaction not stated", Q),
        c(e, "How many phone calls about disclosure did the Huai'an government office answer in 2024?", "phone calls not stated", Q),
        c(z, "淮安2024年信息公开咨询电话接了多少个？", "phone calls not stated", Q),
        c(e, "How much did Hongze District spend on its government website in 2023?", "cost not stated", Q),
        c(z, "上海市府办2019年处理一件申请最长用了多少天？", "response time not stated", Q),
        c(e, "How many overtime hours did Shuyang's staff log to clear its 718 requests in 2025?", "quantity not stated", Q),
        c(z, "上海科委2024年信息公开申请平均几天办结？", "response time not stated", Q),
        c(e, "What share of Huai'an residents were satisfied with government transparency in 2024?", "satisfaction not stated", Q),
        # reasons / motives
        c(z, "为什么淮安市2024年有769件申请被答复不掌握？是档案丢了吗？", "reason not stated", W),
        c(e, "Why did Hongze's request count jump to 95 in 2024? What drove it?", "reason not stated", W),
        c(z, "沭阳县2025年有61件复议，大家为什么要申请复议？", "motive not stated", W),
        c(e, "Why did so many people sue the Shanghai General Office in 2025 — what were they unhappy about?", "motive not stated", W),
        c(z, "上海市府办2019年为什么有72件申请没办完要转到下一年？", "reason not stated", W),
        c(e, "Why were 105 Huai'an requests in 2024 treated as administrative queries instead of being disclosed?", "reason not stated", W),
        c(z, "洪泽区2023年为什么依申请予以公开是0件？", "reason not stated", W),
        c(e, "What motivated the companies behind the 36 corporate requests to the Shanghai General Office in 2025?", "motive not stated", W),
        # forecasts and plans
        c(z, "淮安市2026年预计会收到多少件信息公开申请？", "forecast not in the reports", F),
        c(e, "How many disclosure requests will Shuyang County receive in 2026?", "forecast not in the reports", F),
        c(z, "洪泽区2025年计划主动公开多少条信息？", "plan figure not stated", F),
        c(e, "What target has the Shanghai General Office set for the number of press conferences in 2026?", "plan figure not stated", F),
        c(z, "上海科委2025年打算把申请办理时限缩短到几天？", "plan figure not stated", F),
        c(e, "How many lawsuits over disclosure should Huai'an expect in 2025?", "forecast not in the reports", F),
        # opinions and judgements
        c(z, "淮安市2024年有351件复议，这个数算多吗？", "opinion, no number to give", O),
        c(e, "Shuyang granted 294 requests in full in 2025 — did they do a good job?", "judgement, not a figure", O),
        c(z, "洪泽区2024年政务公开工作做得怎么样，打几分？", "judgement, not a figure", O),
        c(e, "Is the Shanghai General Office's 2025 performance on disclosure better than average in China?", "judgement, not in the reports", O),
        c(z, "上海市府办2019年被诉9件，你觉得政府做得好不好？", "opinion, no number to give", O),
        c(e, "The Shanghai science commission received 34 new requests in 2024 — is that too few for a body its size?", "opinion, no number to give", O),
        c(z, "涧西区2020年办结率88.2%，这在河南算高还是低？", "judgement, no comparison in the corpus", O),
        # bodies / years not in the corpus
        c(e, "How many disclosure requests did Nanjing city receive in 2024?", "body not in the corpus", X),
        c(z, "苏州市2024年行政复议有多少件？", "body not in the corpus", X),
        c(e, "Huai'an city government 2023: requests received?", "year not in the corpus", X),
        c(z, "沭阳县2024年新收申请多少件？", "year not in the corpus", X),
        c(e, "Hongze District 2022: how many licensing decisions?", "year not in the corpus", X),
        c(z, "上海市科委2023年收到多少申请？", "year not in the corpus", X),
        c(e, "Jianxi District office in 2021: requests received?", "year not in the corpus", X),
        c(z, "上海市府办2022年的行政诉讼有几件？", "year not in the corpus", X),
        c(e, "Pudong New Area 2025: how many disclosure reviews?", "body not in the corpus", X),
        c(z, "清江浦区2024年依申请公开了多少件？", "body not in the corpus", X),
        c(e, "Luoyang city 2020: administrative penalty decisions?", "body not in the corpus", X),
    ]


def CONVERSATIONS():
    return PLAIN() + TRAPS() + SUMS() + DIFFS() + RANKS() + TEXTS() + FOLLOWS() + CANNOTS()
