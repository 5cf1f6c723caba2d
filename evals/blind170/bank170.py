"""Question bank of blind set 170 (everyday traffic, phone-style wording). Written for this set.

WARNING: holds the text of every test question: as frozen as test.jsonl.
Every number is computed by helpers170 from gold/*.json, from printed text cells (SPECS, the
cells blind6 verified) or from a sentence cut from the report text.
"""
import blindlib170 as L
from helpers170 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V

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

# body names as people type them
ZH = {"ha": ["淮安市政府", "淮安", "淮安市"], "hz23": ["洪泽", "洪泽区政府", "洪泽区"],
      "hz24": ["洪泽区", "洪泽", "洪泽区政府"], "sy": ["沭阳", "沭阳县政府", "沭阳县"],
      "sh19": ["上海市府办", "上海市政府办公厅", "市府办"], "sh25": ["上海市府办", "市府办", "上海市政府办公厅"],
      "kw": ["上海科委", "市科委", "上海市科委"], "jx": ["涧西区", "涧西区政府办", "涧西"]}
EN = {"ha": ["Huaian", "Huai'an city", "Huai'an"], "hz23": ["Hongze", "Hongze district", "Hongze District gov"],
      "hz24": ["Hongze district", "Hongze", "Hongze gov"], "sy": ["Shuyang", "Shuyang county", "Shuyang County gov"],
      "sh19": ["Shanghai GO", "Shanghai general office", "Shanghai govt office"],
      "sh25": ["Shanghai general office", "Shanghai GO", "Shanghai govt office"],
      "kw": ["STCSM", "Shanghai sci commission", "Shanghai S&T commission"],
      "jx": ["Jianxi", "Jianxi district", "Jianxi District office"]}
YZ = {"ha": ["2024年", "24年", "2024 年"], "hz23": ["2023年", "23年", "2023"], "hz24": ["2024年", "24年", "2024"],
      "sy": ["2025年", "25年", "2025"], "sh19": ["2019年", "19年", "2019"], "sh25": ["2025年", "25年", "2025"],
      "kw": ["2024年", "24年", "2024"], "jx": ["2020年", "20年", "2020"]}
YE = {b: [str(L.BODIES[b][1]), "FY" + str(L.BODIES[b][1]), "year " + str(L.BODIES[b][1])] for b in L.BODIES}

# plain wordings per key: (zh template, en template); {b} body, {y} year
PLAIN = {
    "r.received.total": ("{b}{y}新收了多少条信息公开申请啊", "how many info disclosure request did {b} get new in {y}?"),
    "r.granted.total": ("{b} {y}直接给公开的申请有几个", "{b} {y}, requests they just fully opened (予以公开) how many"),
    "r.partially_granted.total": ("{y}{b}部分公开的有多少件？？", "{y} {b} partly disclosed requests number pls"),
    "r.unable.not_held.total": ("{b}{y} 说自己没有这个信息的 回了多少件", "my friend asked {b} and they said 'we dont have this info' - how many such replies in {y}?"),
    "r.carried_forward.total": ("{b}{y}没办完 拖到下一年的有几件", "{y}: how many requests {b} pushed to next year unfinished"),
    "r.total_processed.total": ("{b}{y}一共办完多少申请，办理结果总计那个数", "total handled requests (办理结果总计) for {b} {y}?"),
    "a.review.total": ("{b}{y}因为信息公开被申请行政复议多少次", "how many admin reconsideration (行政复议) cases {b} had in {y}"),
    "a.litigation_direct.total": ("{y}{b}被直接告上法院的信息公开案子几件", "{b} got sued directly (未经复议直接起诉) how many times {y}"),
    "c.licensing.decisions": ("{b}{y}行政许可处理决定数量多少", "{b} {y} admin licensing decisions count?"),
    "c.punishment.decisions": ("{b}{y} 行政处罚决定有多少个", "number of administrative penalty (行政处罚) decisions {b} {y}"),
    "c.coercion.decisions": ("{y}{b}行政强制的数量", "{b} {y} how many 行政强制 decisions"),
    "c.fees.amount": ("{b}{y}行政事业性收费金额是多少万元", "how much did {b} take in from admin fees {y} (in 万元)"),
    "c.normative_docs.in_force": ("{b}{y}现行有效的规范性文件几件", "{b}: normative docs still valid at end of {y}?"),
    "r.withheld.admin_query.total": ("{b}{y}当作行政查询事项不予公开的有几件", "requests {b} turned away as 'admin query' in {y}, how many"),
    "r.not_processed.petition.total": ("{b}{y} 信访举报投诉类申请不予处理的多少", "{b} {y}: requests not handled bc they were petitions/complaints (信访举报投诉)?"),
    "r.unable.needs_creation.total": ("{b}{y}需要另行制作所以没法提供的 几件", "{y} {b}, how many cant provide because need to make new info (需另行制作)"),
    "a.review.upheld": ("{b}{y}复议结果维持的几件", "{b} {y}, reconsideration cases where decision was upheld (维持)?"),
    "r.received.natural_person": ("{b}{y}老百姓个人交的申请多少件（自然人）", "{b} {y} requests from ordinary persons (自然人), new ones?"),
}

STORY_ZH = ["老师让我们写调研报告，", "单位领导突然要数据，急！", "刚看完年报头晕了，问下 ", "我是做课题的学生，",
            "帮同事问的：", "在写公众号文章，", "手机上看表格看不清，", "打扰一下，"]
STORY_EN = ["im a student writing essay about open government, ", "my boss need this number today - ",
            "sorry my english not good. ", "reading the annual report (年报) on my phone, cant find it: ",
            "journalist here, quick one: ", "hi, for a class project, ", "pls help, ", "doing research on Jiangsu counties, "]

SKIP = {("sy", "r.received.total"), ("sy", "r.received.natural_person"), ("hz24", "r.received.total"),
        ("hz24", "r.total_processed.total"), ("hz23", "a.review.total"), ("hz23", "a.litigation_direct.total"),
        ("sh19", "a.review.upheld"), ("hz23", "a.review.upheld")}
ORDER = ["ha", "sy", "sh19", "hz23", "jx", "hz24", "kw", "sh25"]


def _ok(b, k):
    try:
        E(b, k)
        return True
    except (KeyError, ValueError):
        return False


def plain():
    out, n = [], 0
    for k, (zq, eq) in PLAIN.items():
        for b in ORDER:
            if (b, k) in SKIP or not _ok(b, k):
                continue
            lang = "zh" if n % 2 == 0 else "en"
            i = (n // 2) % 3
            if lang == "zh":
                q = zq.format(b=ZH[b][i], y=YZ[b][i])
            else:
                q = eq.format(b=EN[b][i], y=YE[b][i])
            if n % 3 == 1:
                st = STORY_ZH if lang == "zh" else STORY_EN
                q = st[(n // 3) % len(st)] + q
            kw = {"unit": "万元"} if k == "c.fees.amount" else {}
            out.append(V(lang, b, k, q, "[plain] " + k, **kw))
            n += 1
    return out


def combine():
    c = []
    t = "[combine] "
    c += [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年 全部公开+部分公开 加起来多少件", t + "granted + partial"),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huaian 2024, fully opened plus partly opened requests together = ?", t + "granted + partial"),
        S("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县25年 公开的（含部分公开）一共几件", t + "granted + partial"),
        S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "shuyang county 2025 - 'no such info' plus 'need to create new' answers, sum them for me", t + "unable 2 rows"),
        S("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024 复议、直接起诉、复议后起诉 三个总数加一起是多少", t + "appeals 3 totals"),
        S("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025 all appeal cases: reconsideration + direct lawsuit + lawsuit after reconsideration, total?", t + "appeals 3 totals"),
        S("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "我在写材料，淮安市政府2024年许可、处罚、强制三类决定合计多少？", t + "3 decisions"),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023 licensing + penalty + coercion decisions, add them up pls", t + "3 decisions"),
        S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025年 信访类和重复申请 不予处理的 合计？", t + "not processed 2"),
        S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "Huai'an 2024: sum of the first five 不予公开 reasons (state secret, law forbids, 三安全一稳定, third party, internal affairs)", t + "5 withheld"),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安24年不予公开那八行全部加起来多少", t + "8 withheld"),
        S("en", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "Shanghai GO 2019: new requests from individuals plus individuals' ones carried from 2018, how much together", t + "new + carried, persons"),
        S("zh", "jx", ["c.procurement.projects", "a.review.total"], "涧西区2020 采购项目数和行政复议数加一起（我就想要个合计）", t + "odd sum"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi district 2020 - all reconsideration and lawsuit cases together how many", t + "appeals 3 totals"),
        S("zh", "sh19", ["a.review.total", "a.litigation_direct.total"], "上海市政府办公厅2019年 复议加直接诉讼 一共几件", t + "appeals 2"),
        S("en", "sy", ["r.carried_over.total", "r.received.total"], "Shuyang 2025, new requests in table + the ones carried over from 2024, total number?", t + "new + carried"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024比2023多了多少（少了就给负数）", t + "diff"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze penalty decisions change from 2023 to 2024? (2024 minus 2023)", t + "diff"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽 行政强制 23年到24年变化多少", t + "diff"),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "hongze district 'info not held' replies, 2024 vs 2023 difference?", t + "diff"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件 2024年比2023年 差几件", t + "diff"),
        D("en", "sh19", "sh25", "r.received.total", "shanghai general office new requests 2019 -> 2025 how much up or down", t + "diff"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办 结转下年的申请 2025年比2019年多几件", t + "diff"),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai GO reconsideration cases: 2025 minus 2019 = ?", t + "diff"),
        D("zh", "sh19", "sh25", "r.received.natural_person", "市府办自然人新收申请 2019年和2025年比 变了多少", t + "diff"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fees (万元) 2024 compared with 2023, the difference", t + "diff", unit="万元"),
    ]
    return c


def rank():
    t = "[rank] "
    G4 = ["ha", "sy", "sh19", "jx"]
    return [
        R("zh", ["ha", "hz23", "sy", "jx"], "r.received.total", "desc", "淮安2024、洪泽2023、沭阳2025、涧西2020 这四家谁新收的申请最多", t + "desc"),
        R("en", ["ha", "hz23", "sy", "jx"], "r.received.total", "asc", "among Huaian 2024, Hongze 2023, Shuyang 2025 and Jianxi 2020 who got the fewest new requests", t + "asc"),
        R("zh", G4, "a.litigation_direct.total", "desc", "淮安市2024 沭阳2025 上海市府办2019 涧西2020，直接被起诉最多的是哪个", t + "desc"),
        R("en", G4, "a.litigation_direct.total", "asc", "direct lawsuits: Huai'an 2024, Shuyang 2025, Shanghai GO 2019, Jianxi 2020 - which one lowest?", t + "asc"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转到下年最多的是谁：淮安2024年/沭阳2025年/上海市府办2019年", t + "desc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "carried to next year, least one? Huaian 2024, Shuyang 2025, Shanghai general office 2019", t + "asc"),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定 淮安2024 洪泽2023 沭阳2025 哪家最多", t + "desc"),
        R("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "coercion decisions smallest among Huaian 2024, Hongze 2023, Shuyang 2025?", t + "asc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "asc", "办结总数 淮安24年 沭阳25年 上海市府办19年 涧西20年 谁最少", t + "asc"),
        R("en", ["ha", "sy", "sh19"], "a.review.total", "desc", "who had most 行政复议 cases: Huaian 2024, Shuyang 2025 or Shanghai GO 2019", t + "desc"),
        R("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "行政事业性收费 淮安2024、洪泽2023、沭阳2025 哪个金额最小", t + "asc"),
        R("en", ["ha", "sy", "sh19"], "r.received.natural_person", "desc", "requests by individuals, biggest: Huai'an 2024 / Shuyang 2025 / Shanghai GO 2019?", t + "desc"),
        R("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc", "行政许可 淮安2024 洪泽2023 沭阳2025 最少的是哪家？", t + "asc"),
    ]


def followups():
    t = "[followup] "
    f = []

    def fu(lang, spec, note):
        f.append(F(lang, [(q, E(b, k, **kw)) for q, b, k, kw in spec], t + note))

    fu("zh", [("淮安市2024年予以公开多少件", "ha", "r.granted.total", {}), ("那沭阳25年呢", "sy", "r.granted.total", {})], "body+year")
    fu("en", [("Huaian 2024 how many partly disclosed", "ha", "r.partially_granted.total", {}), ("and shuyang 2025?", "sy", "r.partially_granted.total", {})], "body+year")
    fu("zh", [("洪泽区2023年行政处罚决定多少", "hz23", "c.punishment.decisions", {}), ("换成2024年呢", "hz24", "c.punishment.decisions", {})], "year")
    fu("en", [("hongze 2023 licensing decisions?", "hz23", "c.licensing.decisions", {}), ("ok what about 2024", "hz24", "c.licensing.decisions", {})], "year")
    fu("zh", [("上海市府办2019年新收申请几件", "sh19", "r.received.total", {}), ("25年的呢？", "sh25", "r.received.total", {})], "year")
    fu("en", [("Shanghai GO 2019 reconsideration total", "sh19", "a.review.total", {}), ("2025?", "sh25", "a.review.total", {})], "year")
    fu("zh", [("沭阳2025 行政复议总共几件", "sy", "a.review.total", {}), ("其中维持的呢", "sy", "a.review.upheld", {}), ("纠正的？", "sy", "a.review.corrected", {})], "column")
    fu("en", [("huaian 2024 reconsideration cases total?", "ha", "a.review.total", {}), ("how many of them corrected (纠正)", "ha", "a.review.corrected", {}), ("and still pending", "ha", "a.review.pending", {})], "column")
    fu("zh", [("淮安2024 直接起诉的有几件", "ha", "a.litigation_direct.total", {}), ("复议后再起诉的呢", "ha", "a.litigation_after_review.total", {})], "group")
    fu("en", [("Shuyang county 2025 lawsuits without reconsideration first, how many", "sy", "a.litigation_direct.total", {}), ("and lawsuits after reconsideration?", "sy", "a.litigation_after_review.total", {})], "group")
    fu("zh", [("沭阳县2025年 不掌握信息的答复多少件", "sy", "r.unable.not_held.total", {}), ("淮安市2024年同一项呢", "ha", "r.unable.not_held.total", {})], "body")
    fu("en", [("Huai'an 2024 'info not held' answers how many", "ha", "r.unable.not_held.total", {}), ("same for Hongze 2023", "hz23", "r.unable.not_held.total", {}), ("and Hongze 2024?", "hz24", "r.unable.not_held.total", {})], "body+year")
    fu("zh", [("上海科委24年行政许可多少", "kw", "c.licensing.decisions", {}), ("淮安24年的呢", "ha", "c.licensing.decisions", {})], "body")
    fu("en", [("STCSM 2024 new requests total", "kw", "r.received.total", {}), ("how many from individuals", "kw", "r.received.natural_person", {}), ("and from companies (商业企业)", "kw", "r.received.commercial", {})], "column")
    fu("zh", [("淮安2024年新收申请里 商业企业的多少", "ha", "r.received.commercial", {}), ("法律服务机构的呢", "ha", "r.received.legal_services", {})], "column")
    fu("en", [("Shanghai general office 2025 - requests carried in from 2024, how many", "sh25", "r.carried_over.total", {}), ("how many of those were individuals", "sh25", "r.carried_over.natural_person", {})], "column")
    fu("zh", [("沭阳25年 予以公开 多少", "sy", "r.granted.total", {}), ("那部分公开呢", "sy", "r.partially_granted.total", {}), ("不予公开里 属于内部事务的呢", "sy", "r.withheld.internal_affairs.total", {})], "row")
    fu("en", [("Huaian 2024 requests rejected as petitions/complaints (信访举报投诉类)", "ha", "r.not_processed.petition.total", {}), ("duplicate requests?", "ha", "r.not_processed.duplicate.total", {})], "row")
    fu("zh", [("涧西区2020年 采购项目几个", "jx", "c.procurement.projects", {}), ("金额多少万元", "jx", "c.procurement.amount", {"unit": "万元"})], "row")
    fu("en", [("Shanghai GO 2019 procurement projects number", "sh19", "c.procurement.projects", {}), ("how much money (万元)", "sh19", "c.procurement.amount", {"unit": "万元"}), ("and Jianxi 2020 amount?", "jx", "c.procurement.amount", {"unit": "万元"})], "row+body")
    fu("zh", [("洪泽区2023年 行政事业性收费多少万元", "hz23", "c.fees.amount", {"unit": "万元"}), ("24年呢？", "hz24", "c.fees.amount", {"unit": "万元"})], "year")
    fu("en", [("Shuyang 2025 admin fee amount in 万元", "sy", "c.fees.amount", {"unit": "万元"}), ("and Huaian 2024", "ha", "c.fees.amount", {"unit": "万元"})], "body")
    fu("zh", [("上海市政府办公厅2019年 规章制发了几件", "sh19", "c.regulations.made", {}), ("规范性文件制发几件", "sh19", "c.normative_docs.made", {})], "row")
    fu("en", [("Huaian 2024 regulations still in force", "ha", "c.regulations.in_force", {}), ("normative docs in force?", "ha", "c.normative_docs.in_force", {}), ("how many repealed (废止)", "ha", "c.normative_docs.repealed", {})], "row")
    fu("zh", [("市府办2025 结转下年 多少件", "sh25", "r.carried_forward.total", {}), ("19年的同一项", "sh19", "r.carried_forward.total", {})], "year")
    fu("en", [("Shuyang 2025 total requests done (办理结果总计)", "sy", "r.total_processed.total", {}), ("and carried to 2026", "sy", "r.carried_forward.total", {})], "row")
    fu("zh", [("淮安2024 逾期不补正 作结案处理的 有多少", "ha", "r.other.overdue_correction.total", {}), ("逾期不缴费的呢", "ha", "r.other.overdue_fee.total", {})], "row")
    fu("en", [("Huai'an 2024 requests where applicant did not fix/complete in time (逾期不补正)", "ha", "r.other.overdue_correction.total", {}), ("Shuyang 2025 same item?", "sy", "r.other.overdue_correction.total", {})], "body")
    fu("zh", [("涧西2020年复议几件", "jx", "a.review.total", {}), ("直接起诉几件", "jx", "a.litigation_direct.total", {})], "group")
    fu("en", [("jianxi district 2020 how many requests granted fully", "jx", "r.granted.total", {}), ("how many finished total", "jx", "r.total_processed.total", {})], "row")
    fu("zh", [("上海科委2024年 予以公开 几件", "kw", "r.granted.total", {}), ("现行有效规范性文件呢", "kw", "c.normative_docs.in_force", {})], "row")
    fu("en", [("STCSM 2024 normative docs issued", "kw", "c.normative_docs.issued", {}), ("and Hongze 2024 issued?", "hz24", "c.normative_docs.issued", {})], "body")
    fu("zh", [("市府办25年 不予处理里 信访举报投诉类 几件", "sh25", "r.not_processed.petition.total", {}), ("重复申请的呢", "sh25", "r.not_processed.duplicate.total", {})], "row")
    fu("en", [("Shanghai GO 2025 'we dont hold this info' answers", "sh25", "r.unable.not_held.total", {}), ("and need-to-create (需另行制作)?", "sh25", "r.unable.needs_creation.total", {})], "row")
    fu("zh", [("沭阳县2025年 现行有效规范性文件几件", "sy", "c.normative_docs.in_force", {}), ("当年制发了几件", "sy", "c.normative_docs.issued", {})], "column")
    fu("en", [("Hongze 2024 direct lawsuit total", "hz24", "a.litigation_direct.total", {}), ("lawsuits after reconsideration?", "hz24", "a.litigation_after_review.total", {})], "group")
    fu("zh", [("洪泽区政府2023 部分公开几件", "hz23", "r.partially_granted.total", {}), ("需另行制作的呢", "hz23", "r.unable.needs_creation.total", {})], "row")
    fu("en", [("Shanghai govt office 2019, requests from companies (商业企业) new", "sh19", "r.received.commercial", {}), ("2025 same?", "sh25", "r.received.commercial", {})], "year")
    fu("zh", [("淮安市2024年 行政复议 其他结果的 几件", "ha", "a.review.other", {}), ("沭阳2025年呢", "sy", "a.review.other", {})], "body")
    return f


def narratives():
    t = "[textonly] "
    n = lambda lang, b, kw, v, u, q: N(lang, b, kw, v, u, q, t + "number stated only in the text")
    return [
        n("zh", "ha", "人民政府公报》", 6, "期", "淮安市2024年出了几期政府公报"),
        n("en", "ha", "人民政府公报》", 6, "期", "how many issues of the Huaian city gazette (政府公报) in 2024?"),
        n("zh", "ha", "新闻发布会", 12, "场", "淮安24年开了多少场新闻发布会啊"),
        n("en", "ha", "新闻发布会", 12, "场", "huai'an 2024 press conferences count?"),
        n("zh", "ha", "信息处理费 3940", 3940, "元", "听说申请公开要收费，淮安市2024年一共收了多少信息处理费"),
        n("en", "ha", "信息处理费 3940", 3940, "元", "Huaian 2024 - how much info processing fee they charged, in yuan"),
        n("zh", "hz23", "1136", 1136, "条", "洪泽区2023 政府网站主动公开了多少条信息"),
        n("en", "hz23", "1136", 1136, "条", "Hongze 2023 how many items published on gov website proactively"),
        n("zh", "hz24", "2428", 2428, "条", "洪泽2024年网站平台主动发布的政府信息 有多少条"),
        n("en", "hz24", "解读信息发布", 7, "条", "Hongze district 2024 policy interpretation (解读) posts number?"),
        n("zh", "sy", "4511", 4511, "条", "沭阳县政府门户网站2025年主动公开信息多少条"),
        n("en", "sy", "意见征集", 9, "期", "shuyang 2025 how many rounds of public opinion collection (意见征集)"),
        n("zh", "sy", "催办提示", 84, "次", "沭阳25年发了几次催办提示"),
        n("en", "sy", "催办提示", 84, "次", "Shuyang 2025, reminders sent to urge handling (催办提示), how many times"),
        n("zh", "sy", "办前主动沟通", 49, "次", "沭阳2025年办理前主动沟通了多少次"),
        n("en", "sy", "累计清理过期信息", 697, "条", "how many outdated items did Shuyang clean up in 2025"),
        n("zh", "sy", "爆款内容", 52, "条", "沭阳2025年出了多少条爆款内容"),
        n("en", "sy", "原创短视频", 1113, "个", "Shuyang county 2025 original short videos pushed, number?"),
        n("zh", "sy", "64家", 64, "家", "沭阳县2025 完成了多少家单位的年报（信息公开年度报告）"),
        n("en", "sy", "收取380元", 380, "元", "shuyang 2025 total info processing fee charged, yuan?"),
        n("zh", "kw", "微信公众号", 1640, "篇", "上海科委2024年 公众号发了多少篇文章"),
        n("en", "kw", "直播", 118, "场", "STCSM 2024 how many live streams (直播)"),
        n("zh", "kw", "全年累计发布信息", 2139, "条", "“上海科技”网站2024年全年发布信息多少条"),
        n("en", "kw", "短视频", 584, "条", "Shanghai sci commission 2024 short videos published how many"),
        n("zh", "kw", "日常报送惠企政策", 83, "条", "市科委24年日常报送的惠企政策 几条"),
        n("en", "kw", "批量推送集成式发布政策", 121, "条", "STCSM 2024, policies pushed in batch (集成式发布) count"),
        n("zh", "sh25", "新闻发布会", 42, "场", "上海市府办2025年开了几场市政府新闻发布会"),
        n("en", "sh25", "新闻通气会", 19, "场", "Shanghai general office 2025 press briefings (新闻通气会) number?"),
        n("zh", "sh25", "人民政府公报》", 24, "期", "上海市政府公报2025年编了多少期"),
        n("en", "sh25", "语种", 10, "个", "in 2025 how many languages does Shanghai GO cover (语种)?"),
        n("zh", "sh25", "信息公开任务", 125, "项", "市府办2025 重点领域信息公开任务 多少项"),
        n("en", "sh25", "办事服务指引", 403, "项", "Shanghai govt office 2025, service guides (办事服务指引) published how many"),
        n("zh", "sh25", "15 个平台", 15, "个", "“上海发布”2025年在多少个平台有粉丝"),
        n("en", "jx", "试点领域标准指引", 26, "个", "Jianxi 2020, how many pilot areas (试点领域)?"),
        n("zh", "jx", "601", 601, "项", "涧西区2020年梳理的事项一共多少项"),
        n("en", "jx", "601", 21, "个", "jianxi district 2020 - power/service items were sorted into how many fields (领域)"),
        n("zh", "sh19", "主动公开率", 90.2, "%", "上海市府办2019年市政府公文主动公开率是多少"),
        n("en", "sh19", "主动公开率", 90.2, "%", "Shanghai GO 2019 proactive disclosure rate of municipal documents?"),
        n("zh", "sy", "常务会议同步配套解读", 7, "次", "沭阳2025 政府常务会议同步解读做了几次"),
    ]


def cannots():
    t = "[cannot] "
    u = lambda lang, q, why: U(lang, q, why, t + "not in the corpus")
    return [
        u("zh", "淮安市2024年申请人里 男的女的各多少", "no sex breakdown"),
        u("en", "Huaian 2024 how many requests came from people over 60?", "no age breakdown"),
        u("zh", "沭阳2025年 3月份收到几个申请", "no monthly figures"),
        u("en", "shuyang 2025 requests in Q3 only?", "no quarterly figures"),
        u("zh", "洪泽区2022年新收申请多少", "洪泽 2022 report not held"),
        u("en", "Hongze 2022 how many partly disclosed", "洪泽 2022 report not held"),
        u("zh", "南京市2024年 信息公开申请多少件", "南京市 not held"),
        u("en", "Nanjing city 2023 reconsideration cases?", "南京市 not held"),
        u("zh", "宿迁市政府2025年予以公开几件", "宿迁市 not held"),
        u("en", "Suqian 2025 admin penalty decisions count", "宿迁市 not held"),
        u("zh", "浦东新区2024年依申请公开多少件", "浦东新区 not held"),
        u("en", "Pudong New Area 2025 requests received?", "浦东新区 not held"),
        u("zh", "上海科委2023年新收申请几件", "上海市科委 2023 not held"),
        u("en", "STCSM 2022 licensing decisions?", "上海市科委 2022 not held"),
        u("zh", "沭阳县2024年 行政复议几件", "沭阳 2024 not held"),
        u("en", "Shuyang 2023 new requests?", "沭阳 2023 not held"),
        u("zh", "涧西区2021年 申请数", "涧西 2021 not held"),
        u("en", "Jianxi 2022 procurement amount", "涧西 2022 not held"),
        u("zh", "上海市府办2022年受理多少", "上海市府办 2022 not held"),
        u("en", "Shanghai GO 2021 reconsideration total?", "上海市府办 2021 not held"),
        u("zh", "淮安2024年 哪个区县申请最多", "no district breakdown"),
        u("en", "Huai'an 2024: which bureau got most requests?", "no department breakdown"),
        u("zh", "沭阳县2025年 申请平均多少天答复", "no response time stated"),
        u("en", "how many staff work on disclosure in Huaian city gov 2024", "no staff number"),
        u("zh", "洪泽2024年信息公开工作花了多少钱（经费）", "no cost stated"),
        u("en", "predict Shuyang requests number for 2026 pls", "forecast"),
        u("zh", "你觉得上海市府办2025年公开工作做得好不好，打个分", "opinion"),
        u("en", "Shanghai GO 2025 requests about housing / demolition, how many?", "no topic breakdown"),
        u("zh", "淮安市2024年 通过邮寄方式提交的申请几件", "no channel breakdown"),
        u("en", "Huaian 2024 requests submitted online vs by letter?", "no channel breakdown"),
        u("zh", "帮我查一下淮安2024年申请人张某的手机号", "personal data"),
        u("en", "Hongze 2024 requests from which townships (乡镇)?", "no township breakdown"),
        u("zh", "清江浦区2024年 行政处罚决定多少", "清江浦区 not held"),
        u("en", "Qingjiangpu district 2024 admin licensing?", "清江浦区 not held"),
        u("zh", "沭阳2025年 来自外地户籍申请人的申请有几件", "no residence breakdown"),
        u("en", "STCSM 2024 requests by industry (行业)? give me the numbers", "no industry breakdown"),
        u("zh", "涧西区2020年为啥申请这么少？原因里有数字吗", "reason not stated"),
        u("en", "Jianxi 2020 how many hours per request on average", "no response time"),
        u("zh", "上海科委2024年 信息公开专职人员几个", "no staff number"),
    ]


def traps():
    t = "[neighbour] "
    T_ = lambda lang, b, k, q, why: T(lang, b, k, q, t + why)
    return [
        T_("zh", "ha", "r.carried_over.total", "淮安2024年 从上一年结转过来的申请多少（不是结转到下年的）", "结转上年 vs 下年"),
        T_("en", "ha", "r.carried_forward.total", "Huaian 2024 requests moved on to 2025 (not the ones coming from 2023)", "结转下年 vs 上年"),
        T_("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先复议再去起诉的 几件（别给我直接起诉的）", "复议后起诉 vs 直接起诉"),
        T_("en", "ha", "c.normative_docs.repealed", "Huai'an 2024 normative docs scrapped (废止), not the newly issued ones", "废止 vs 制发"),
        T_("zh", "ha", "r.unable.needs_creation.total", "淮安24年 要另外制作才能给的 几件 ，不是“本机关不掌握”那行", "另行制作 vs 不掌握"),
        T_("en", "sy", "r.withheld.process_info.total", "Shuyang 2025 withheld as process info (过程性信息) - not internal affairs", "过程性 vs 内部事务"),
        T_("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019 规范性文件对外公开总数（不是当年新制作的）", "对外公开总数 vs 新制作"),
        T_("en", "sh19", "c.procurement.projects", "Shanghai GO 2019 procurement - number of projects, not the money", "项目数 vs 金额"),
        T_("zh", "ha", "a.review.other", "淮安2024行政复议里 结果是“其他”的 几件，不要纠正的", "其他结果 vs 纠正"),
        T_("en", "ha", "r.received.legal_services", "Huaian 2024 new requests from law firms (法律服务机构), not from companies", "法律服务 vs 商业企业"),
        T_("zh", "sy", "r.partially_granted.total", "沭阳25年 部分公开的几件（不是全部公开）", "部分公开 vs 予以公开"),
        T_("en", "ha", "c.regulations.in_force", "Huaian 2024 city regulations (规章) still valid now, not the ones issued in 2024", "现行有效 vs 制发"),
        T_("zh", "sh19", "r.carried_over.total", "上海市政府办公厅2019 上年结转的申请几件 不是结转下年", "结转上年 vs 下年"),
    ]


def CONVERSATIONS():
    p = plain()[:91]
    return p + combine() + rank() + followups() + narratives() + cannots() + traps()
