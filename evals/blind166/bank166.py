"""Question bank of blind evaluation set 166 (evals/blind166): follow-up heavy.

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings written for this set. Values are never typed here: helpers166 computes them from
gold/*.json, from printed text cells (SPECS, the cells verified for blind5/blind6), or from a
sentence cut from the report text (EN).
"""
import blindlib166 as L
from helpers166 import C, E, EN, EU, ED, ER

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

ZH = {"ha": ["淮安市政府", "淮安", "淮安市人民政府"], "hz23": ["洪泽区", "洪泽", "洪泽区政府"],
      "hz24": ["洪泽区", "洪泽", "洪泽区政府"], "sy": ["沭阳县", "沭阳", "沭阳县政府"],
      "sh19": ["上海市府办", "上海市政府办公厅"], "sh25": ["上海市府办", "上海市政府办公厅"],
      "kw": ["上海市科委", "上海科委"], "jx": ["涧西区政府办", "涧西区"]}
EN_ = {"ha": ["Huai'an", "Huaian city government", "the Huai'an government"],
       "hz23": ["Hongze District", "Hongze"], "hz24": ["Hongze District", "Hongze"],
       "sy": ["Shuyang County", "Shuyang"], "sh19": ["the Shanghai General Office"],
       "sh25": ["the Shanghai General Office"], "kw": ["STCSM", "the Shanghai science commission"],
       "jx": ["Jianxi District", "the Jianxi district office"]}
YZH = {2019: ["2019年", "19年"], 2020: ["2020年", "二〇二〇年"], 2023: ["2023年", "23年"],
       2024: ["2024年", "24年", "二〇二四年"], 2025: ["2025年", "25年"]}
YEN = {2019: ["2019"], 2020: ["2020"], 2023: ["2023", "FY2023"],
       2024: ["2024", "FY2024"], 2025: ["2025", "FY2025"]}


def nm(lang, b, i=0):
    d = ZH if lang == "zh" else EN_
    return d[b][i % len(d[b])]


def yr(lang, b, i=0):
    y = L.BODIES[b][1]
    d = YZH if lang == "zh" else YEN
    return d[y][i % len(d[y])]


M = {"unit": "万元"}
# cell catalogue: name -> (key, zh phrase, en phrase, extra)
CELLS = {
    "granted": ("r.granted.total", "直接同意公开的申请", "requests fully granted", {}),
    "partial": ("r.partially_granted.total", "只公开了一部分的申请", "requests only partly disclosed", {}),
    "nothold": ("r.unable.not_held.total", "因为本机关没有这份信息而答不了的申请", "requests where the office said it did not hold the information", {}),
    "create": ("r.unable.needs_creation.total", "要另外制作才能提供、所以没提供的申请", "requests refused because the information would have to be newly produced", {}),
    "petition": ("r.not_processed.petition.total", "当作信访举报投诉、不作处理的申请", "requests set aside as petitions or complaints", {}),
    "dup": ("r.not_processed.duplicate.total", "重复申请而不予处理的", "requests dropped as repeats", {}),
    "query": ("r.withheld.admin_query.total", "被认定为行政查询事项而不公开的申请", "requests withheld as administrative look-ups", {}),
    "process": ("r.withheld.process_info.total", "因属于过程性信息不公开的申请", "requests withheld as process information", {}),
    "internal": ("r.withheld.internal_affairs.total", "以内部事务信息为由不公开的申请", "requests withheld as internal-affairs information", {}),
    "corr": ("r.other.overdue_correction.total", "申请人逾期不补正、被当作其他处理的", "requests closed because the applicant never supplied the missing details", {}),
    "otherother": ("r.other.other.total", "其他处理里“其他”那一栏", "requests closed as 'other' under other handling", {}),
    "lic": ("c.licensing.decisions", "行政许可的处理决定数", "licensing decisions", {}),
    "pun": ("c.punishment.decisions", "行政处罚决定的数量", "administrative penalty decisions", {}),
    "coe": ("c.coercion.decisions", "行政强制决定", "administrative coercion decisions", {}),
    "fee": ("c.fees.amount", "行政事业性收费金额（万元）", "administrative fees collected, in 10k yuan", M),
    "nd_force": ("c.normative_docs.in_force", "现行有效的行政规范性文件", "normative documents still in force", {}),
    "nd_rep": ("c.normative_docs.repealed", "废止的规范性文件", "normative documents repealed", {}),
    "nd_iss": ("c.normative_docs.issued", "本年新制发的规范性文件", "normative documents newly issued", {}),
    "rv_tot": ("a.review.total", "信息公开方面的行政复议总数", "administrative reconsideration cases on disclosure in total", {}),
    "rv_up": ("a.review.upheld", "复议结果维持的", "reconsideration cases where the decision was upheld", {}),
    "rv_cor": ("a.review.corrected", "复议结果被纠正的", "reconsideration cases that ended with the decision corrected", {}),
    "rv_pen": ("a.review.pending", "尚未审结的复议", "reconsideration cases still open", {}),
    "rv_oth": ("a.review.other", "复议“其他结果”", "reconsideration cases with an 'other' outcome", {}),
    "ld_tot": ("a.litigation_direct.total", "没经过复议直接起诉的行政诉讼", "lawsuits filed directly without reconsideration", {}),
    "ld_pen": ("a.litigation_direct.pending", "直接起诉里还没审结的", "direct lawsuits still undecided", {}),
    "lr_tot": ("a.litigation_after_review.total", "复议后又起诉的案件", "lawsuits filed after a reconsideration", {}),
    "lr_up": ("a.litigation_after_review.upheld", "复议后起诉中结果维持的", "after-reconsideration lawsuits where the decision was upheld", {}),
    "np_person": ("r.received.natural_person", "自然人新提出的申请", "new requests from private individuals", {}),
    "np_notheld": ("r.unable.not_held.natural_person", "自然人申请中因信息不存在而无法提供的", "individuals' requests answered 'information not held'", {}),
    "np_petition": ("r.not_processed.petition.natural_person", "自然人申请里按信访处理、不予处理的", "individuals' requests set aside as petitions", {}),
    "np_create": ("r.unable.needs_creation.natural_person", "自然人申请中需要另行制作的", "individuals' requests needing new information to be produced", {}),
    "np_granted": ("r.granted.natural_person", "自然人申请中予以公开的", "individuals' requests fully granted", {}),
    "reg_tot": ("c.regulations.total_published", "对外公开的规章总数", "regulations publicly available in total", {}),
    "reg_made": ("c.regulations.made", "新制作的规章", "regulations made during the year", {}),
    "nd_made": ("c.normative_docs.made", "新制作的规范性文件", "normative documents made during the year", {}),
    "nd_totpub": ("c.normative_docs.total_published", "对外公开的规范性文件总数", "normative documents publicly available in total", {}),
    "proc_n": ("c.procurement.projects", "政府集中采购项目数", "centralised procurement projects", {}),
    "proc_amt": ("c.procurement.amount", "政府集中采购总金额（万元）", "centralised procurement amount, in 10k yuan", M),
    "reg_force": ("c.regulations.in_force", "现行有效的规章", "regulations in force", {}),
    "cf_total": ("r.carried_forward.total", "结转到下一年度继续办理的", "requests carried forward into the next year", {}),
    "rcv_com": ("r.received.commercial", "商业企业新提的申请", "new requests from businesses", {}),
}


def cell(b, name):
    key, _zh, _en, extra = CELLS[name]
    return E(b, key, **extra)


def ph(lang, name):
    return CELLS[name][1] if lang == "zh" else CELLS[name][2]


# ------------------------------------------------------------------ [plain]
PLAIN = [("ha", "granted"), ("ha", "partial"), ("ha", "nothold"), ("ha", "query"), ("ha", "corr"),
         ("ha", "petition"), ("ha", "rv_cor"), ("ha", "rv_pen"), ("ha", "ld_tot"), ("ha", "lic"),
         ("ha", "coe"), ("ha", "fee"), ("ha", "nd_force"), ("ha", "reg_force"), ("ha", "np_person"),
         ("hz23", "partial"), ("hz23", "nothold"), ("hz23", "create"), ("hz23", "lic"), ("hz23", "pun"),
         ("hz23", "fee"), ("sy", "granted"), ("sy", "partial"), ("sy", "nothold"), ("sy", "internal"),
         ("sy", "otherother"), ("sy", "rv_tot"), ("sy", "rv_up"), ("sy", "lr_tot"), ("sy", "pun"),
         ("sy", "fee"), ("sy", "nd_force"), ("sh19", "np_person"), ("sh19", "np_notheld"),
         ("sh19", "np_petition"), ("sh19", "reg_tot"), ("sh19", "proc_amt"), ("sh19", "rv_pen"),
         ("jx", "granted"), ("jx", "proc_n"), ("jx", "proc_amt"), ("jx", "nd_made"),
         ("hz24", "nothold"), ("hz24", "lic"), ("hz24", "fee"), ("hz24", "granted"),
         ("kw", "lic"), ("kw", "nd_force"), ("kw", "rcv_com"), ("sh25", "granted"),
         ("sh25", "nothold"), ("sh25", "create"), ("sh25", "petition"), ("sh25", "rv_tot"),
         ("sh25", "lr_tot"), ("sh25", "cf_total"), ("sh25", "dup"), ("ha", "lr_tot"),
         ("sy", "petition"), ("hz23", "coe"), ("sh19", "np_create"), ("ha", "pun")]
PZH = ["{n}{y}{p}有多少？", "请问{y}{n}{p}是几件？", "想查一下{n}{y}年报里{p}的数字。",
       "{y}的{n}，{p}一共多少", "麻烦告诉我{n}在{y}{p}有多少个", "{n}那份{y}的报告，{p}是多少？"]
PEN = ["How many {p} did {n} report for {y}?", "{n}, {y}: what was the figure for {p}?",
       "Quick one: {p} at {n} {y}?", "In the {y} annual report of {n}, how many {p} were there?",
       "Can you tell me the number of {p} for {n} ({y})?", "What did {n} put down for {p} in {y}?"]


def plain():
    out = []
    for i, (b, c) in enumerate(PLAIN):
        lang = "zh" if i % 2 == 0 else "en"
        tpl = (PZH if lang == "zh" else PEN)[i % 6]
        q = tpl.format(n=nm(lang, b, i // 2), y=yr(lang, b, i // 3), p=ph(lang, c))
        out.append(C("value", lang, [(q, cell(b, c))], "[plain] table value"))
    return out


# ------------------------------------------------------------------ [combine]
def combine():
    S = lambda lang, b, keys, q, **kw: C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum of the listed cells")
    D = lambda lang, b1, b2, keys, q, **kw: C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] later year minus earlier year")
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开和部分公开的申请加起来多少件？"),
        S("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Add up Huai'an's 2024 licensing, penalty and coercion decisions: what is the total?"),
        S("zh", "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年复议里维持的和纠正的合计是多少？"),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "For Shuyang County in 2025, 'not held' plus 'would need to be produced' requests together?"),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.partially_granted.total"], "洪泽区2023年不掌握、需另行制作、部分公开这三项一共几件？"),
        S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person"], "Shanghai General Office 2019: individuals' requests that were 'not held' plus 'needs creating', combined?"),
        S("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年两类行政诉讼（直接起诉、复议后起诉）里判维持的一共几件？"),
        S("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"], "Shuyang 2025: internal-affairs, process-information and administrative-query refusals, summed?"),
        S("zh", "jx", ["c.procurement.projects", "c.normative_docs.made"], "涧西区2020年新制作规范性文件数加上集中采购项目数是多少？"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Huai'an 2024: requests not processed as petitions plus those not processed as repeats?"),
        S("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "上海市政府办公厅2025年复议、直接诉讼、复议后诉讼三类加总是多少？"),
        S("en", "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang County 2025: normative documents issued plus repealed, together?"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？"),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze District: how did the 'information not held' count change from 2023 to 2024?"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚决定从2023年到2024年变化了多少？"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: change in new requests from individuals, 2019 vs 2025?"),
        D("zh", "sh19", "sh25", "a.review.pending", "上海市府办未审结的复议案件，2025年比2019年增加几件？"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative documents in force, 2024 minus 2023?"),
    ]


# ------------------------------------------------------------------ [rank]
def rank():
    R = lambda lang, bodies, key, order, q: C("ranking", lang, [(q, ER(bodies, key, order))], "[rank] ranking over gold bodies")
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.natural_person", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年，哪家自然人新收申请最多？"),
        R("en", ["hz23", "sy", "jx"], "r.received.natural_person", "asc", "Among Hongze 2023, Shuyang 2025 and Jianxi 2020, which had the fewest new requests from individuals?"),
        R("zh", ["ha", "hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "asc", "自然人申请因信息不存在答复无法提供：淮安2024、洪泽2023、沭阳2025、上海市府办2019，谁最少？"),
        R("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc", "Individuals' requests treated as petitions: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019 — which is highest?"),
        R("zh", ["ha", "sy", "jx"], "r.granted.natural_person", "asc", "淮安2024年、沭阳2025年、涧西区2020年三家，自然人申请予以公开最少的是谁？"),
        R("en", ["ha", "hz23", "sh19"], "r.unable.needs_creation.natural_person", "desc", "Which had the most individuals' requests needing new information produced: Huai'an 2024, Hongze 2023, or Shanghai General Office 2019?"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "行政许可决定数排名：淮安市2024年、沭阳县2025年、洪泽区2023年，第一是谁？"),
        R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Fewest coercion decisions among Huai'an 2024, Shuyang 2025 and Hongze 2023?"),
        R("zh", ["sh19", "jx"], "c.procurement.projects", "desc", "集中采购项目数，上海市府办2019年和涧西区2020年哪个多？"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.total_processed.natural_person", "desc", "Individuals' requests answered: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Hongze 2023 — who answered the most?"),
    ]


# ------------------------------------------------------------------ [textonly]
NARR = [  # (body, keyword, value, unit, zh question, en question)
    ("ha", "收取政府信息公开信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）？", "How much did Huai'an collect in information processing fees in 2024, in yuan?"),
    ("ha", "公报》6", 6, "期", "淮安市人民政府公报2024年出了几期？", "How many issues of the Huai'an government gazette came out in 2024?"),
    ("ha", "新闻发布会 12", 12, "场", "淮安2024年开了几场新闻发布会？", "How many press conferences did Huai'an hold in 2024?"),
    ("ha", "制作政策解读21", 21, "个", "淮安市政府2024年做了多少个政策解读？", "How many policy explainers did Huai'an produce in 2024?"),
    ("hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息？", "How many items did Hongze District proactively post on its government website in 2023?"),
    ("hz24", "主动发布各类政府信息 2428", 2428, "条", "24年洪泽区网站主动发布的政府信息有多少条？", "Hongze District 2024: how many government information items went up on its website?"),
    ("hz24", "解读信息发布 7", 7, "条", "洪泽区2024年发布了几条解读信息？", "How many policy interpretation items did Hongze publish in 2024?"),
    ("sy", "主动公开政府信息4511", 4511, "条", "沭阳县2025年县政府门户网站主动公开多少条？", "Shuyang County 2025: items proactively published on the county portal?"),
    ("sy", "意见征集9", 9, "期", "沭阳2025年开展了几期意见征集？", "How many public consultation rounds did Shuyang run in 2025?"),
    ("sy", "爆款内容52", 52, "条", "沭阳县2025年出了多少条爆款内容？", "How many viral posts did Shuyang County have in 2025?"),
    ("sy", "催办提示 84", 84, "次", "沭阳2025年发出多少次催办提示？", "How many reminder notices did Shuyang send out in 2025?"),
    ("sy", "清理过期信息697", 697, "条", "沭阳县2025年清理了多少条过期信息？", "How many outdated items did Shuyang County clean up in 2025?"),
    ("sy", "全县共办理相关案件 74", 74, "件", "沭阳县2025年报告里说全县办理的复议诉讼相关案件一共几件？", "Per Shuyang County's 2025 narrative, how many related reconsideration and litigation cases did the county handle?"),
    ("sy", "完成全县64", 64, "家", "沭阳2025年完成了多少家单位的信息公开年报审核？", "How many units' annual disclosure reports did Shuyang check in 2025?"),
    ("sh19", "主动公开率达90.2", 90.2, "%", "上海市府办2019年经审核的市政府公文主动公开率是多少？", "What was the proactive disclosure rate of reviewed city government documents, Shanghai General Office 2019?"),
    ("sh25", "新闻发布会 42", 42, "场", "上海市政府2025年召开了几场市政府新闻发布会？", "How many city government press conferences did the Shanghai General Office report for 2025?"),
    ("sh25", "公报》24", 24, "期", "2025年上海市人民政府公报编了几期？", "How many gazette issues did the Shanghai General Office edit in 2025?"),
    ("sh25", "已覆盖 10", 10, "个", "上海市府办2025年报告说覆盖了多少个语种？", "How many languages did the Shanghai General Office say it covered in 2025?"),
    ("sh25", "公开属性审查 166", 166, "件", "上海市府办2025年完成公文公开属性审查多少件？", "Shanghai General Office 2025: how many documents got a disclosure-attribute review?"),
    ("sh25", "市政府规章 22", 22, "件", "上海市府办2025年主动公开了多少件市政府规章？", "How many municipal regulations did the Shanghai General Office proactively publish in 2025?"),
    ("kw", "微信公众号共编发文章 1640", 1640, "篇", "上海市科委2024年微信公众号发了多少篇文章？", "How many WeChat articles did STCSM publish in 2024?"),
    ("kw", "短视频 584", 584, "条", "上海科委2024年发布了多少条短视频？", "How many short videos did the Shanghai science commission release in 2024?"),
    ("kw", "全年累计发布信息 2139", 2139, "条", "2024年“上海科技”网站全年发布了多少条信息？", "In 2024, how many items did the 'Shanghai Science' website publish in total?"),
    ("kw", "日常报送惠企政策 83", 83, "条", "市科委2024年日常报送了多少条惠企政策？", "STCSM 2024: how many business-support policies were reported routinely?"),
    ("jx", "共21个领域601", 601, "项", "涧西区2020年梳理了多少项事项？", "How many items did Jianxi District list when mapping its power and service processes in 2020?"),
    ("jx", "26个试点领域", 26, "个", "涧西区政府办2020年对照了多少个试点领域的标准指引？", "How many pilot areas' standards did Jianxi refer to in 2020?"),
    ("jx", "办结率88.2", 88.2, "%", "涧西区2020年依申请公开的办结率是多少？", "What completion rate did Jianxi District give for information requests in 2020?"),
    ("sy", "原创短视频1113", 1113, "个", "沭阳县2025年推送了多少个原创短视频？", "How many original short videos did Shuyang push out in 2025?"),
    ("sy", "办前主动沟通 49", 49, "次", "沭阳2025年办前主动沟通开展了几次？", "How many times did Shuyang reach out to applicants before handling requests in 2025?"),
]


def narr(i, lang):
    b, kw, v, unit, qz, qe = NARR[i]
    return (qz if lang == "zh" else qe), EN(b, kw, v, unit)


def textonly():
    out = []
    for i in range(len(NARR)):
        lang = "zh" if i % 2 == 0 else "en"
        q, e = narr(i, lang)
        out.append(C("narrative", lang, [(q, e)], "[textonly] number stated only in the report text"))
    return out


# ------------------------------------------------------------------ [cannot]
CANNOT_ZH = [
    ("淮安市政府2024年的信息公开申请里女性申请人占多少？", "no sex breakdown"),
    ("沭阳县2025年哪个乡镇的申请最多？", "no township breakdown"),
    ("洪泽区2022年予以公开了多少件？", "洪泽 2022 not held"),
    ("南京市2024年收到多少信息公开申请？", "南京市 not in corpus"),
    ("上海市科委2023年新收申请多少件？", "上海市科委 2023 not held"),
    ("淮安2024年每个月收到多少申请？", "no monthly breakdown"),
    ("上海市府办2025年平均多少天答复一件申请？", "response time not stated"),
    ("涧西区2021年的行政复议有几件？", "涧西 2021 not held"),
    ("沭阳县2026年预计会收到多少申请？", "forecast"),
    ("洪泽区2023年负责信息公开的工作人员有几个？", "staff not stated"),
    ("宿迁市2025年予以公开多少件？", "宿迁市 not in corpus"),
    ("浦东新区2024年的行政处罚决定有多少？", "浦东新区 not in corpus"),
    ("淮安市2024年申请人里年龄在60岁以上的有多少？", "no age breakdown"),
    ("上海市府办2019年通过信函提交的申请有多少件？", "no channel breakdown"),
    ("沭阳2025年信息公开工作总共花了多少经费？", "cost not stated"),
    ("你觉得淮安市2024年的信息公开工作做得好不好？", "opinion"),
    ("清江浦区2024年不予公开了几件？", "清江浦区 not in corpus"),
    ("上海市府办2022年的新收申请是多少？", "上海市府办 2022 not held"),
    ("能告诉我淮安2024年申请人张某的联系电话吗？", "personal data"),
    ("上海科委2024年收到的申请里涉及人工智能主题的有几件？", "no topic breakdown"),
]
CANNOT_EN = [
    ("How many of Huai'an's 2024 requests came from men?", "no sex breakdown"),
    ("Which township in Shuyang County filed the most requests in 2025?", "no township breakdown"),
    ("What did Hongze District report for fully granted requests in 2022?", "Hongze 2022 not held"),
    ("How many requests did Nanjing receive in 2024?", "Nanjing not in corpus"),
    ("STCSM 2023: how many new requests came in?", "STCSM 2023 not held"),
    ("How many requests did the Shanghai General Office receive in the second quarter of 2025?", "no quarterly breakdown"),
    ("On average, how many working days did Huai'an take to answer a request in 2024?", "response time not stated"),
    ("Jianxi District 2021: number of reconsideration cases?", "Jianxi 2021 not held"),
    ("How many requests will Hongze District get in 2026?", "forecast"),
    ("How many staff handled disclosure work at Shuyang County in 2025?", "staff not stated"),
    ("What was Suqian's number of granted requests in 2025?", "Suqian not in corpus"),
    ("How many requests did Pudong New Area get in 2024?", "Pudong not in corpus"),
    ("What share of the Shanghai General Office's 2019 applicants were under 30?", "no age breakdown"),
    ("How many of Huai'an's 2024 requests were submitted online versus by post?", "no channel breakdown"),
    ("Which industry sent the most requests to STCSM in 2024?", "no industry breakdown"),
    ("Was Hongze District's 2024 disclosure work better than its neighbours'? Your view?", "opinion"),
    ("How many requests did the Shanghai General Office get in 2022?", "Shanghai General Office 2022 not held"),
    ("How many of Jianxi's 2020 applicants lived outside the district?", "no residence breakdown"),
    ("Which department of the Huai'an government received the most requests in 2024?", "no department breakdown"),
]


def cannot():
    out = [C("unanswerable", "zh", [(q, EU(w))], "[cannot] not in the corpus") for q, w in CANNOT_ZH]
    out += [C("unanswerable", "en", [(q, EU(w))], "[cannot] not in the corpus") for q, w in CANNOT_EN]
    return out


# ------------------------------------------------------------------ [neighbour]
def neighbour():
    T = lambda lang, b, c, q, why: C("trap", lang, [(q, cell(b, c))], "[neighbour] " + why)
    return [
        T("zh", "ha", "nd_rep", "淮安市2024年被废止的规范性文件有几件（不是现行有效的）？", "废止 vs 现行有效"),
        T("en", "ha", "lr_tot", "Huai'an 2024: lawsuits brought only after a reconsideration, how many?", "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "create", "淮安2024年需要另行制作才能提供的申请几件？不是本机关不掌握的那个。", "另行制作 vs 不掌握"),
        T("en", "ha", "process", "Huai'an 2024, requests refused as process information (not internal affairs)?", "过程性信息 vs 内部事务"),
        T("zh", "sy", "partial", "沭阳县2025年部分公开的有多少件？别跟全部公开弄混。", "部分公开 vs 予以公开"),
        T("en", "sy", "rv_oth", "Shuyang County 2025 reconsiderations: how many ended with an 'other' result rather than corrected?", "其他结果 vs 纠正"),
        T("zh", "sh19", "reg_tot", "上海市府办2019年对外公开的规章总数是多少（不是新制作的）？", "对外公开总数 vs 新制作"),
        T("en", "sh19", "proc_n", "Shanghai General Office 2019: number of centralised procurement projects, not the amount?", "采购项目数 vs 金额"),
        T("zh", "sy", "nd_iss", "沭阳县2025年新制发的规范性文件几件？不要现行有效数。", "制发 vs 现行有效"),
        T("en", "sh25", "cf_total", "Shanghai General Office 2025: requests carried forward into the following year (not those carried in)?", "结转下年 vs 上年"),
        T("zh", "ha", "lr_up", "淮安2024年复议后起诉的案件里维持的有几件？", "复议后起诉 vs 直接起诉 维持"),
    ]


# ------------------------------------------------------------------ [followup]
_USED = set()


def uq(*alts):
    """First wording not used yet (no duplicate question text in the set)."""
    for q in alts:
        if q not in _USED:
            _USED.add(q)
            return q
    raise ValueError("all wordings used: %r" % (alts,))


def F(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def short(lang, c):
    return ph(lang, c)


def fu_body_2024():
    out = []
    rows = [("nothold", False), ("lic", True), ("fee", False), ("granted", False), ("pun", True),
            ("coe", False), ("nd_force", True), ("rv_tot", False), ("ld_tot", False), ("lr_tot", False)]
    ez = [["那洪泽呢？", "洪泽区呢", "换成洪泽区政府呢？", "那洪泽区这项呢", "洪泽的呢？"],
          ["上海科委呢？", "那市科委呢", "上海市科委这边呢？"]]
    ee = [["And Hongze?", "What about Hongze District?", "Same for Hongze?", "Hongze?", "How about Hongze District then?"],
          ["And STCSM?", "What about the science commission?", "The Shanghai science commission?"]]
    for i, (c, kw3) in enumerate(rows):
        lang = "zh" if i % 2 == 0 else "en"
        first = ("淮安市2024年{p}是多少？" if lang == "zh" else "Huai'an 2024: how many {p}?").format(p=ph(lang, c))
        alts = ez if lang == "zh" else ee
        turns = [(uq(first), cell("ha", c)), (uq(*(alts[0][i // 2:] + alts[0][:i // 2])), cell("hz24", c))]
        if kw3:
            turns.append((uq(*(alts[1][i // 2 % 3:] + alts[1][:i // 2 % 3])), cell("kw", c)))
        out.append(F(lang, turns, "elliptical body switch within 2024 (淮安 -> 洪泽 [-> 上海科委])"))
    return out


def fu_body_2025():
    out = []
    rows = ["granted", "nothold", "create", "petition", "dup", "rv_tot", "lr_tot", "ld_tot", "rv_pen", "partial"]
    ez = ["上海市府办呢？", "那上海市政府办公厅呢", "换成上海市府办", "上海市政府办公厅同一项呢？", "上海那边呢（市府办）？"]
    ee = ["And the Shanghai General Office?", "Shanghai General Office?", "Same figure for the Shanghai General Office?",
          "Now the Shanghai General Office, please.", "How about Shanghai's General Office?"]
    for i, c in enumerate(rows):
        lang = "zh" if i % 2 == 0 else "en"
        if c == "partial":  # 008's partial row is not among the verified cells: ask another body
            first = ("沭阳县2025年{p}有多少？" if lang == "zh" else "Shuyang County 2025, {p}?").format(p=ph(lang, "partial"))
            out.append(F(lang, [(uq(first), cell("sy", "partial")),
                                (uq("And the fully granted ones?"), cell("sy", "granted")),
                                (uq("What about the Shanghai General Office for that?"), cell("sh25", "granted"))],
                         "row switch then body switch within 2025"))
            continue
        first = ("沭阳县2025年{p}有多少？" if lang == "zh" else "Shuyang County 2025, {p}?").format(p=ph(lang, c))
        alts = ez if lang == "zh" else ee
        out.append(F(lang, [(uq(first), cell("sy", c)), (uq(*(alts[i // 2:] + alts[:i // 2])), cell("sh25", c))],
                     "elliptical body switch within 2025 (沭阳 -> 上海市府办)"))
    return out


def fu_year():
    out = []
    rows = [("hz23", "hz24", "nothold"), ("hz23", "hz24", "lic"), ("hz23", "hz24", "pun"), ("hz23", "hz24", "coe"),
            ("hz23", "hz24", "fee"), ("hz23", "hz24", "nd_force"), ("sh19", "sh25", "np_person"),
            ("sh19", "sh25", "rv_pen"), ("sh19", "sh25", "ld_pen"), ("hz23", "hz24", "nd_iss")]
    for i, (b1, b2, c) in enumerate(rows):
        lang = "zh" if i % 2 == 0 else "en"
        y1, y2 = L.BODIES[b1][1], L.BODIES[b2][1]
        if lang == "zh":
            first = "{n}{y}年{p}多少？".format(n=nm("zh", b1, i), y=y1, p=ph("zh", c))
            second = uq("换成%d年呢？" % y2, "那%d年的呢" % y2, "%d年呢？" % y2, "看一下%d年" % y2, "%d年的同一个数呢" % y2)
        else:
            first = "{n}, {y}: {p}?".format(n=nm("en", b1, i), y=y1, p=ph("en", c))
            second = uq("What about %d?" % y2, "%d?" % y2, "And the %d report?" % y2, "Same thing for %d." % y2, "Now %d, please." % y2)
        if c == "nd_iss":  # 2023 report prints no issued count? check via gold: use in_force difference instead
            pass
        turns = [(uq(first), cell(b1, c)), (second, cell(b2, c))]
        if i in (0, 1, 6, 7):
            key = CELLS[c][0]
            third = uq("两年差多少？", "两年相差几件？") if lang == "zh" else uq("Difference between the two years?", "By how much did it change?")
            turns.append((third, ED(b1, b2, key)))
        out.append(F(lang, turns, "year switch (%d -> %d)%s" % (y1, y2, ", then the difference" if len(turns) == 3 else "")))
    return out


def fu_part():
    out = []
    rows = [("ha", "rv_tot", ["rv_up", "rv_cor", "rv_pen"]), ("ha", "granted", ["np_granted"]),
            ("ha", "nothold", ["np_notheld"]), ("ha", "partial", ["r.partially_granted.natural_person"]),
            ("sy", "rv_tot", ["rv_up", "rv_pen"]), ("sy", "lr_tot", ["lr_up"]), ("sy", "granted", ["np_granted"]),
            ("sy", "otherother", ["r.other.other.natural_person"]), ("ha", "ld_tot", ["a.litigation_direct.upheld"]),
            ("ha", "petition", ["np_petition"]), ("sh25", "rv_tot", ["rv_pen"]), ("sh25", "ld_tot", ["ld_pen"]),
            ("ha", "query", ["r.withheld.admin_query.natural_person"]), ("sy", "internal", ["r.withheld.internal_affairs.natural_person"])]
    subz = {"rv_up": "其中维持的有几件？", "rv_cor": "被纠正的呢？", "np_granted": "这些里面自然人申请的占几件？",
            "np_notheld": "其中自然人提出的多少？", "r.partially_granted.natural_person": "里面个人申请的有多少？",
            "rv_pen": "其中还没审结的有几件？", "lr_up": "这里面维持的几件？", "r.other.other.natural_person": "其中自然人的有多少？",
            "a.litigation_direct.upheld": "其中判维持的？", "np_petition": "其中自然人申请的几件？",
            "ld_pen": "其中没审结的呢？", "r.withheld.admin_query.natural_person": "这些当中自然人申请的多少？",
            "r.withheld.internal_affairs.natural_person": "其中来自自然人的有几件？"}
    sube = {"rv_up": "Of those, how many were upheld?", "rv_cor": "And how many were corrected?",
            "np_granted": "How many of those came from individuals?", "np_notheld": "Of those, individuals?",
            "r.partially_granted.natural_person": "And of them, how many were filed by private persons?",
            "rv_pen": "How many of those are still pending?", "lr_up": "Of those lawsuits, how many upheld the decision?",
            "r.other.other.natural_person": "Of those, how many from natural persons?",
            "a.litigation_direct.upheld": "How many of them ended with the decision upheld?",
            "np_petition": "How many of those were individuals' requests?", "ld_pen": "And how many of those remain undecided?",
            "r.withheld.admin_query.natural_person": "Of these, the individuals' share in numbers?",
            "r.withheld.internal_affairs.natural_person": "How many of them came from individuals?"}
    for i, (b, c, subs) in enumerate(rows):
        lang = "zh" if i % 2 == 0 else "en"
        if lang == "zh":
            first = "{n}{y}{p}一共有多少？".format(n=nm("zh", b, i), y=yr("zh", b, i), p=ph("zh", c))
        else:
            first = "Total {p} for {n} in {y}?".format(n=nm("en", b, i), y=L.BODIES[b][1], p=ph("en", c))
        turns = [(uq(first), cell(b, c))]
        for s in subs:
            q = (subz if lang == "zh" else sube)[s]
            e = cell(b, s) if s in CELLS else E(b, s)
            turns.append((uq(q, q[:-1] + "（同一份报告）" + q[-1], q + " (same report)"), e))
        out.append(F(lang, turns, "part of the previous number"))
    return out


def fu_back():
    out = []
    rows = [("ha", "nothold", "np_notheld"), ("sy", "partial", "r.partially_granted.natural_person"),
            ("ha", "granted", "r.granted.legal_person"), ("sy", "rv_tot", "rv_cor"),
            ("ha", "rv_tot", "rv_pen"), ("sy", "nothold", "np_notheld"), ("ha", "lr_tot", "a.litigation_after_review.pending"),
            ("sy", "petition", "np_petition")]
    bz = {"np_notheld": "你刚才那个数是所有申请人的吧？只算自然人是多少？",
          "r.partially_granted.natural_person": "刚才这个数字包括法人吗？单看自然人呢？",
          "r.granted.legal_person": "你说的这个数里，法人或其他组织申请的是多少？",
          "rv_cor": "刚才说的复议数，里面结果纠正的有几件？",
          "rv_pen": "你刚说的那个总数里有没有还没审完的？有的话几件？",
          "a.litigation_after_review.pending": "刚才那些案件里还在审理中的有几件？",
          "np_petition": "回到你刚才的答案：其中自然人的是多少？"}
    be = {"np_notheld": "Was that figure for all applicants? What is it for individuals only?",
          "r.partially_granted.natural_person": "Did the number you gave include organisations? Individuals only, please.",
          "r.granted.legal_person": "In the number you just gave, how many were from legal persons or other organisations?",
          "rv_cor": "In the reconsideration total you just quoted, how many were corrected?",
          "rv_pen": "Does the total you mentioned include open cases? How many are open?",
          "a.litigation_after_review.pending": "Of the cases you just mentioned, how many were still pending?",
          "np_petition": "Going back to your answer: how many of those were from individuals?"}
    for i, (b, c, s) in enumerate(rows):
        lang = "zh" if i % 2 == 0 else "en"
        if lang == "zh":
            first = "请问{n}{y}{p}是几件？".format(n=nm("zh", b, i + 1), y=yr("zh", b, i + 1), p=ph("zh", c))
        else:
            first = "What was the count of {p} for {n} in {y}?".format(n=nm("en", b, i + 1), y=L.BODIES[b][1], p=ph("en", c))
        q2 = (bz if lang == "zh" else be).get(s) or (bz if lang == "en" else be)[s]
        e = cell(b, s) if s in CELLS else E(b, s)
        out.append(F(lang, [(uq(first), cell(b, c)), (uq(q2, q2 + "（再确认）", q2 + " (checking)"), e)], "asking back about the previous answer"))
    return out


def fu_gap():
    """Unanswerable turn in the middle of an answerable conversation (and vice versa)."""
    out = []
    rows = [  # (lang, [(question, expect-builder)])
        ("zh", [("淮安市2024年予以公开的申请多少件？", lambda: cell("ha", "granted")),
                ("这些按月份分布是怎样的？", lambda: EU("no monthly breakdown")),
                ("那部分公开的呢？", lambda: cell("ha", "partial")),
                ("不予公开的各类情形加起来一共多少？", lambda: E("ha", "r.withheld.total"))]),
        ("en", [("Shuyang County 2025: how many requests were fully granted?", lambda: cell("sy", "granted")),
                ("How many of those applicants were women?", lambda: EU("no sex breakdown")),
                ("And how many were partly disclosed?", lambda: cell("sy", "partial"))]),
        ("zh", [("洪泽区2023年不掌握信息的申请有几件？", lambda: cell("hz23", "nothold")),
                ("是哪些部门不掌握的？", lambda: EU("no department breakdown")),
                ("需另行制作的有几件？", lambda: cell("hz23", "create"))]),
        ("en", [("Huai'an 2024, reconsideration cases in total?", lambda: cell("ha", "rv_tot")),
                ("How long did they take on average?", lambda: EU("durations not stated")),
                ("How many were still pending?", lambda: cell("ha", "rv_pen"))]),
        ("zh", [("上海市府办2025年复议总共几件？", lambda: cell("sh25", "rv_tot")),
                ("复议申请人都是哪个区的？", lambda: EU("no district breakdown")),
                ("直接起诉的行政诉讼呢？", lambda: cell("sh25", "ld_tot"))]),
        ("en", [("Hongze District 2024: licensing decisions?", lambda: cell("hz24", "lic")),
                ("Which sectors were those licences in?", lambda: EU("no sector breakdown")),
                ("And penalty decisions?", lambda: cell("hz24", "pun"))]),
        ("zh", [("沭阳县2024年予以公开了多少件？", lambda: EU("沭阳 2024 not held")),
                ("那2025年呢？", lambda: cell("sy", "granted"))]),
        ("en", [("Hongze District 2022: requests answered 'not held'?", lambda: EU("Hongze 2022 not held")),
                ("OK, then 2023?", lambda: cell("hz23", "nothold"))]),
        ("zh", [("上海市科委2023年的行政许可有多少？", lambda: EU("上海市科委 2023 not held")),
                ("2024年的有吗？", lambda: cell("kw", "lic"))]),
        ("en", [("What did Nanjing report for licensing decisions in 2024?", lambda: EU("Nanjing not in corpus")),
                ("Then Huai'an, same year?", lambda: cell("ha", "lic"))]),
        ("zh", [("涧西区2020年予以公开几件？", lambda: cell("jx", "granted")),
                ("那涧西区2021年呢？", lambda: EU("涧西 2021 not held")),
                ("2020年的集中采购项目有几个？", lambda: cell("jx", "proc_n"))]),
        ("en", [("Shanghai General Office 2019, new requests from individuals?", lambda: cell("sh19", "np_person")),
                ("And in 2022?", lambda: EU("上海市府办 2022 not held")),
                ("Fine, and for 2025 then?", lambda: cell("sh25", "np_person"))]),
        ("zh", [("淮安2024年行政处罚决定数是多少？", lambda: cell("ha", "pun")),
                ("2025年淮安的行政处罚会比这个多吗？", lambda: EU("forecast")),
                ("行政强制呢？", lambda: cell("ha", "coe"))]),
        ("en", [("Shuyang 2025: normative documents in force?", lambda: cell("sy", "nd_force")),
                ("Which of them matter most for farmers?", lambda: EU("opinion / not stated")),
                ("And how many were repealed?", lambda: cell("sy", "nd_rep"))]),
        ("zh", [("宿迁市2025年的复议有几件？", lambda: EU("宿迁市 not in corpus")),
                ("那沭阳2025年呢？", lambda: cell("sy", "rv_tot"))]),
        ("en", [("How many requests did Qingjiangpu District refuse in 2024?", lambda: EU("清江浦区 not in corpus")),
                ("Fine — Hongze District 2024, requests fully granted?", lambda: cell("hz24", "granted"))]),
        ("zh", [("上海市府办2019年新制作的规章几件？", lambda: cell("sh19", "reg_made")),
                ("这些规章的起草人是谁？", lambda: EU("drafters not stated")),
                ("对外公开的规范性文件总数呢？", lambda: cell("sh19", "nd_totpub"))]),
        ("en", [("Jianxi District 2020: centralised procurement amount in 10k yuan?", lambda: cell("jx", "proc_amt")),
                ("Which company won the biggest contract?", lambda: EU("suppliers not stated"))]),
        ("zh", [("上海科委2024年商业企业新提的申请几件？", lambda: cell("kw", "rcv_com")),
                ("都是哪个行业的企业？", lambda: EU("no industry breakdown"))]),
        ("en", [("Huai'an 2024: how many requests did individuals file?", lambda: cell("ha", "np_person")),
                ("What's the age split of those people?", lambda: EU("no age breakdown")),
                ("And how many were handled as petitions?", lambda: cell("ha", "petition"))]),
    ]
    for lang, turns in rows:
        out.append(F(lang, [(uq(q), f()) for q, f in turns], "unanswerable turn inside an answerable conversation (or the reverse)"))
    return out


def fu_row():
    out = []
    rows = [("ha", ["granted", "partial", "nothold", "create"]), ("sy", ["create", "dup"]), ("hz23", ["lic", "pun", "coe"]),
            ("ha", ["rv_up", "rv_cor", "rv_oth"]), ("sy", ["ld_tot", "lr_tot"]), ("sh25", ["petition", "dup"]),
            ("ha", ["np_person", "r.received.legal_person"]), ("sh19", ["np_notheld", "np_create"]),
            ("hz24", ["nd_iss", "nd_force"]), ("ha", ["nd_force", "nd_rep"])]
    nz = ["{p}呢？", "那{p}有几件", "换成{p}", "再看{p}"]
    ne = ["And {p}?", "What about {p}?", "Switch to {p}.", "Now {p}?"]
    for i, (b, cs) in enumerate(rows):
        lang = "zh" if i % 2 == 0 else "en"
        def p_(c):
            if c in CELLS:
                return ph(lang, c)
            return "法人或其他组织新提的申请" if lang == "zh" else "new requests from legal persons and other organisations"
        def e_(c):
            return cell(b, c) if c in CELLS else E(b, c)
        if lang == "zh":
            first = "{n}{y}{p}是多少".format(n=nm("zh", b, i + 2), y=yr("zh", b, i), p=p_(cs[0]))
        else:
            first = "{n} {y}: {p}, please.".format(n=nm("en", b, i + 2), y=L.BODIES[b][1], p=p_(cs[0]))
        turns = [(uq(first), e_(cs[0]))]
        for j, c in enumerate(cs[1:]):
            tpls = nz if lang == "zh" else ne
            turns.append((uq(*[t.format(p=p_(c)) for t in tpls[(i + j) % 4:] + tpls[:(i + j) % 4]]), e_(c)))
        out.append(F(lang, turns, "row or column switch within one report"))
    return out


def fu_narr():
    def n(b, kw, v, unit):
        return EN(b, kw, v, unit)
    rows = [
        ("zh", [("洪泽区2023年政府网站主动公开了多少条信息？", lambda: n("hz23", "主动公开政府信息 1136", 1136, "条")),
                ("那它2024年网站发布了多少条？", lambda: n("hz24", "主动发布各类政府信息 2428", 2428, "条"))]),
        ("en", [("How many gazette issues did Huai'an put out in 2024?", lambda: n("ha", "公报》6", 6, "期")),
                ("And the Shanghai General Office in 2025?", lambda: n("sh25", "公报》24", 24, "期"))]),
        ("zh", [("淮安市政府2024年开过几场新闻发布会？", lambda: n("ha", "新闻发布会 12", 12, "场")),
                ("上海市府办2025年呢？", lambda: n("sh25", "新闻发布会 42", 42, "场")),
                ("它的新闻通气会呢？", lambda: n("sh25", "新闻通气会 19", 19, "场"))]),
        ("en", [("Shuyang County 2025: how many original short videos?", lambda: n("sy", "原创短视频1113", 1113, "个")),
                ("And STCSM in 2024?", lambda: n("kw", "短视频 584", 584, "条"))]),
        ("zh", [("洪泽区2024年发布解读信息几条？", lambda: n("hz24", "解读信息发布 7", 7, "条")),
                ("上海科委2024年的解读类信息呢？", lambda: n("kw", "解读类信息发布 21", 21, "条")),
                ("那沭阳2025年累计发布的解读类信息呢？", lambda: n("sy", "发布解读类信息 21", 21, "条"))]),
        ("en", [("Huai'an 2024: information processing fees collected, in yuan?", lambda: n("ha", "收取政府信息公开信息处理费 3940", 3940, "元")),
                ("And Shuyang County in 2025?", lambda: n("sy", "收取信息处理费共计380", 380, "元"))]),
        ("zh", [("沭阳2025年开展办前主动沟通几次？", lambda: n("sy", "办前主动沟通 49", 49, "次")),
                ("推动化解的争议纠纷有几件？", lambda: n("sy", "成功推动化解各类争议纠纷 33", 33, "件")),
                ("那这些人的姓名能告诉我吗？", lambda: EU("personal data"))]),
        ("en", [("How many items did the Shanghai General Office proactively publish as municipal regulations in 2025?", lambda: n("sh25", "市政府规章 22", 22, "件")),
                ("And how many personnel appointment documents?", lambda: n("sh25", "人事任免文件 196", 196, "件"))]),
        ("zh", [("上海市科委2024年网站当年发布政府信息多少件？", lambda: n("kw", "当年发布政府信息 393", 393, "件")),
                ("主办或合办的政协提案有几件？", lambda: n("kw", "政协提案 85", 85, "件"))]),
    ]
    return [F(lang, [(uq(q), f()) for q, f in turns], "follow-up on numbers stated only in the text") for lang, turns in rows]


def followups():
    return (fu_body_2024() + fu_body_2025() + fu_year() + fu_part() + fu_back() + fu_gap() + fu_row()
            + fu_narr())


def CONVERSATIONS():
    _USED.clear()
    convs = plain() + combine() + rank() + textonly() + cannot() + neighbour()
    for c in convs:
        for t in c["turns"]:
            _USED.add(t["question"])
    return convs + followups()
