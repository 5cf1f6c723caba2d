"""Question bank of blind120 (every wording newly written for this set).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers120 computes them from gold/*.json, from the printed
cells named in SPECS (the cells blind6 verified) or from sentences cut from the report text.
"""
import blindlib120 as L
from helpers120 import V, T, S, N, U, D, R, F, E, EN, EU, ED, C

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

WHY_PERSON = "one person's own request or case: not in an annual report"
WHY_BREAK = "breakdown not printed in the report"
WHY_FUT = "forecast / plan: the report holds no such figure"
WHY_NOBODY = "body or year not in the corpus"
WHY_OPIN = "opinion, not a fact of the report"
WHY_REASON = "reason / motive not stated in the report"
WHY_NOTSTATED = "quantity the report does not state"


def CONVERSATIONS():
    c = []
    a = c.append
    # ---------------------------------------------------------------- [plain] value
    P = "[plain] "
    a(V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少信息公开申请", P + "received total", alt=("全市共受理", 3119)))
    a(V("zh", "ha", "r.granted.total", "淮安24年直接给公开了的有几件", P + "granted"))
    a(V("zh", "ha", "r.partially_granted.total", "请问淮安市人民政府2024年度部分公开的申请数是多少？", P + "partially granted"))
    a(V("zh", "ha", "r.unable.not_held.total", "淮安2024 政府说自己手里没这个信息的 多少件", P + "not held"))
    a(V("zh", "ha", "r.withheld.admin_query.total", "我是记者，想核实一下：淮安市2024年因属于行政查询事项而不予公开的有多少件？", P + "admin query"))
    a(V("zh", "ha", "r.not_processed.petition.total", "二〇二四年淮安市政府把申请当信访举报投诉处理、没按信息公开办的是几件", P + "petition"))
    a(V("zh", "ha", "r.other.overdue_correction.total", "帮来电群众问一下，淮安市2024年申请人逾期不补正、被当作放弃的有几件？", P + "overdue correction"))
    a(V("zh", "ha", "a.review.total", "淮安2024年因为信息公开被申请复议的 总共几起", P + "review total", alt=("行政复议", 351)))
    a(V("zh", "ha", "a.litigation_direct.total", "淮安市政府2024年被人直接告上法院(没走复议)的信息公开官司有几件", P + "direct litigation"))
    a(V("zh", "ha", "c.licensing.decisions", "24年淮安行政许可处理决定数量", P + "licensing"))
    a(V("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件啊", P + "normative repealed"))
    a(V("zh", "ha", "r.carried_forward.total", "淮安2024年有多少申请没办完要拖到下一年继续办", P + "carried forward", alt=("顺延到下年度", 103)))
    a(V("zh", "ha", "r.received.legal_services", "律所这类法律服务机构2024年向淮安市政府申请了几件？", P + "legal services received"))
    a(V("zh", "hz23", "r.received.total", "洪泽区2023年收了多少份政府信息公开申请", P + "received", alt=("受理政府信息公开申请", 21)))
    a(V("zh", "hz23", "r.unable.not_held.total", "洪泽23年 本机关不掌握 几件", P + "not held"))
    a(V("zh", "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定做了多少个", P + "punishment"))
    a(V("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额是多少万元", P + "fees", unit="万元"))
    a(V("zh", "hz23", "r.unable.needs_creation.total", "我在写论文，需要洪泽区2023年“需另行制作”而无法提供的件数", P + "needs creation"))
    a(V("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请是多少，不算上一年结转过来的", P + "received new only"))
    a(V("zh", "sy", "r.granted.total", "沭阳25年予以公开多少", P + "granted"))
    a(V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年以内部事务信息为由不公开的有几件", P + "internal affairs"))
    a(V("zh", "sy", "r.other.other.total", "沭阳2025年办理结果里“其他”那一行总计多少", P + "other other"))
    a(V("zh", "sy", "a.review.total", "沭阳县政府2025年信息公开方面的行政复议一共多少件？", P + "review total"))
    a(V("zh", "sy", "c.coercion.decisions", "沭阳二〇二五年行政强制决定的数量", P + "coercion"))
    a(V("zh", "sy", "r.carried_over.total", "帮忙查下沭阳县2025年从上一年结转过来的申请多少件", P + "carried over"))
    a(V("zh", "sy", "r.not_processed.duplicate.total", "沭阳25年重复申请不予处理的有几件", P + "duplicate"))
    a(V("zh", "sh19", "r.received.total", "上海市政府办公厅2019年收到的信息公开申请有多少", P + "received", alt=("859", 859)))
    a(V("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市府办答复自然人“本机关不掌握”的有多少件", P + "not held NP"))
    a(V("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目数是多少", P + "procurement projects"))
    a(V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年市府办自然人的申请里按信访处理的有几件", P + "petition NP"))
    a(V("zh", "jx", "r.received.total", "涧西区政府办2020年收到几件信息公开申请？", P + "received", alt=("17件", 17)))
    a(V("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购金额多少万元", P + "procurement amount", unit="万元"))
    a(V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定多少件", P + "licensing text cell"))
    a(V("zh", "kw", "r.granted.total", "上海科委2024年予以公开的申请数", P + "granted text cell", alt=("同意公开答复", 9)))
    a(V("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年因本机关不掌握无法提供的有多少件", P + "not held text cell"))
    # en
    a(V("en", "ha", "r.received.natural_person", "how many info disclosure requests did individuals file with Huai'an city govt in 2024", P + "received NP"))
    a(V("en", "ha", "r.withheld.prohibited_by_law.total", "Huaian 2024: requests refused because laws forbid disclosure (法律行政法规禁止公开)?", P + "prohibited by law"))
    a(V("en", "ha", "r.unable.needs_creation.total", "In 2024 how many times did Huai'an say it couldn't help because the info would have to be newly made?", P + "needs creation"))
    a(V("en", "ha", "c.punishment.decisions", "number of administrative punishment decisions Huai'an 2024 pls", P + "punishment"))
    a(V("en", "ha", "c.fees.amount", "What did Huai'an take in from administrative fees in FY2024 (in 10k yuan)?", P + "fees", unit="万元"))
    a(V("en", "ha", "a.litigation_after_review.total", "Huai'an 2024 - lawsuits filed after an administrative review first, total?", P + "litigation after review"))
    a(V("en", "ha", "r.total_processed.total", "I'm checking a cell: Huai'an 2024, total requests handled (办理结果总计)?", P + "total processed", alt=("3050", 3050)))
    a(V("en", "ha", "r.received.commercial", "How many requests came from businesses (商业企业) to Huai'an in 2024?", P + "commercial"))
    a(V("en", "hz23", "c.licensing.decisions", "hongze district 2023 how many admin licensing decisions", P + "licensing"))
    a(V("en", "hz23", "r.partially_granted.total", "For Hongze District in 2023, how many requests got a partial release?", P + "partial"))
    a(V("en", "hz23", "c.normative_docs.in_force", "Hongze 2023, normative documents still in force at year end?", P + "normative in force"))
    a(V("en", "hz23", "c.coercion.decisions", "Hongze District government 2023 administrative coercion (行政强制) decisions count", P + "coercion"))
    a(V("en", "sy", "r.unable.not_held.total", "Shuyang County 2025 - how many requests did they answer with 'we don't hold this'?", P + "not held"))
    a(V("en", "sy", "r.partially_granted.total", "shuyang 2025 partly disclosed requests number?", P + "partial"))
    a(V("en", "sy", "c.licensing.decisions", "How many administrative licensing decisions did Shuyang County make in 2025?", P + "licensing"))
    a(V("en", "sy", "r.carried_forward.total", "Shuyang 2025: how many requests were still open and rolled into the next year?", P + "carried forward"))
    a(V("en", "sy", "c.normative_docs.issued", "Shuyang county, 2025, how many normative documents were newly issued?", P + "normative issued"))
    a(V("en", "sy", "r.withheld.admin_query.total", "In 2025 how many Shuyang requests were turned away as administrative inquiries?", P + "admin query"))
    a(V("en", "sy", "a.litigation_direct.total", "Shuyang County 2025 direct lawsuits about disclosure (no review first)?", P + "direct litigation"))
    a(V("en", "sh19", "r.total_processed.total", "Shanghai General Office 2019, total requests dealt with in the year?", P + "processed", alt=("805", 805)))
    a(V("en", "sh19", "c.regulations.total_published", "Shanghai gov general office 2019 - total number of rules published so far (累计)?", P + "regulations total published"))
    a(V("en", "sh19", "r.carried_forward.total", "How many 2019 requests did the Shanghai General Office carry into 2020?", P + "carried forward", alt=("72件申请", 72)))
    a(V("en", "jx", "r.granted.total", "Jianxi District 2020 how many requests fully granted", P + "granted"))
    a(V("en", "jx", "c.procurement.projects", "Jianxi district office 2020 number of govt procurement projects?", P + "procurement projects"))
    a(V("en", "hz24", "c.punishment.decisions", "Hongze 2024 admin penalty decisions how many", P + "punishment text cell"))
    a(V("en", "kw", "r.received.natural_person", "STCSM (Shanghai science commission) 2024 - requests from private citizens?", P + "received NP text cell"))
    a(V("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025, requests carried over from the previous year?", P + "carried over text cell", alt=("含上年结转", 189)))
    a(V("en", "sh25", "a.review.total", "how many admin reviews on disclosure did the Shanghai General Office face in 2025", P + "review text cell"))
    # ---------------------------------------------------------------- [combine]
    M = "[combine] "
    a(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开一共多少件", M + "sum 2"))
    a(S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Shuyang 2025: add up all three 'unable to provide' rows for me", M + "sum 3"))
    a(S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年复议、直接起诉、复议后起诉三样加起来多少", M + "sum 3"))
    a(S("en", "ha", ["c.licensing.decisions", "c.punishment.decisions"], "Huai'an 2024 licensing plus punishment decisions combined?", M + "sum 2"))
    a(D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少", M + "difference"))
    a(D("en", "sh19", "sh25", "r.received.total", "Shanghai General Office: change in new requests received from 2019 to 2025?", M + "difference"))
    a(D("zh", "sh19", "sh25", "a.review.total", "上海市府办2025年的行政复议比2019年多几件", M + "difference"))
    a(D("en", "hz23", "hz24", "c.punishment.decisions", "hongze penalty decisions 2023 -> 2024, how much did it drop", M + "difference"))
    # ---------------------------------------------------------------- [rank]
    K = "[rank] "
    a(R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安2024、沭阳2025、洪泽2023这三家，谁收到的申请最多", K + "desc"))
    a(R("en", ["ha", "sy", "jx"], "a.review.total", "asc", "Of Huai'an (2024), Shuyang (2025) and Jianxi (2020), which had the fewest admin reviews?", K + "asc"))
    # ---------------------------------------------------------------- [followup]
    W = "[followup] "
    a(F("zh", [("沭阳县2025年予以公开的申请多少件", E("sy", "r.granted.total")),
                ("那部分公开呢", E("sy", "r.partially_granted.total"))], W + "row switch"))
    a(F("en", [("Huai'an 2024 admin reviews on disclosure?", E("ha", "a.review.total")),
                ("and lawsuits filed directly?", E("ha", "a.litigation_direct.total"))], W + "group switch"))
    a(F("zh", [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
                ("换成2024年呢", E("hz24", "c.licensing.decisions"))], W + "year switch"))
    # ---------------------------------------------------------------- [textonly]
    X = "[textonly] "
    a(N("zh", "ha", "新闻发布会", 12, "场", "淮安市2024年开了几场新闻发布会", X + "press conferences"))
    a(N("en", "sy", "意见征集", 9, "期", "how many rounds of public consultation did Shuyang run in 2025", X + "consultations"))
    a(N("zh", "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理过期信息多少条？", X + "expired info"))
    a(N("en", "kw", "人大代表建议", 50, "件", "STCSM 2024: how many NPC deputies' suggestions did it lead or co-handle?", X + "suggestions"))
    # ---------------------------------------------------------------- [cannot]
    Q = "[cannot] "
    a(U("zh", "我上个月给沭阳县政府交的信息公开申请怎么还没回复", WHY_PERSON, Q + "own request"))
    a(U("en", "did my application to Huai'an city government in 2024 get approved?", WHY_PERSON, Q + "own request"))
    a(U("zh", "我告洪泽区政府的那个信息公开官司2024年判了吗", WHY_PERSON, Q + "own case"))
    a(U("en", "Huai'an 2024 requests broken down by month?", WHY_BREAK, Q + "month"))
    a(U("zh", "淮安市2024年申请人里男的女的各多少", WHY_BREAK, Q + "gender"))
    a(U("en", "what will Shuyang's number of requests be in 2026?", WHY_FUT, Q + "forecast"))
    a(U("zh", "南京市2024年收到多少信息公开申请", WHY_NOBODY, Q + "body not held"))
    a(U("en", "Shuyang had 713 new requests in 2025, is that good or bad?", WHY_OPIN, Q + "opinion"))
    a(U("zh", "为什么淮安2024年有那么多申请是本机关不掌握的", WHY_REASON, Q + "reason"))
    a(U("en", "how many staff work on disclosure at the Hongze district govt in 2023", WHY_NOTSTATED, Q + "staff"))
    # ---------------------------------------------------------------- [neighbour]
    B = "[neighbour] "
    a(T("zh", "sy", "r.carried_forward.total", "沭阳2025年结转到下一年继续办理的有几件（不是从上年转来的）", B + "carried forward vs over"))
    a(T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits brought after the review decision, not the direct ones", B + "after review vs direct"))
    # more [cannot]: looks answerable, is not
    cz = [
        ("我2025年3月给沭阳县政府申请公开我们村的征地补偿方案，到现在也没个说法，是被拒了吗", WHY_PERSON, "own request"),
        ("帮我妈问的 她24年给淮安市政府写过申请要低保名单 后来给没给", WHY_PERSON, "own request"),
        ("12345转来的：来电人说2024年向洪泽区政府申请过拆迁档案，想知道他那件算在“予以公开”还是“不予公开”里", WHY_PERSON, "own request"),
        ("我邻居2025年起诉沭阳县政府信息公开不作为，那个案子最后赢了没", WHY_PERSON, "own case"),
        ("上海市府办2019年被人告的那9起官司，原告都是谁", "personal data: names of litigants", "personal data"),
        ("淮安2024年申请最多的那个人一个人就交了多少份", WHY_NOTSTATED, "one applicant"),
        ("沭阳2025年那些被当成信访处理的申请，具体都是反映啥问题的", WHY_BREAK, "topics"),
        ("淮安市2024年的申请按县区分，清江浦区有多少件", WHY_BREAK, "district"),
        ("洪泽区2023年的21件申请都是哪几个月来的", WHY_BREAK, "month"),
        ("沭阳县2025年各乡镇分别收到多少申请", WHY_BREAK, "township"),
        ("淮安2024年申请人里六十岁以上的老人占多少", WHY_BREAK, "age"),
        ("上海市府办2025年的申请，网上提交的和寄信的各多少件", WHY_BREAK, "channel"),
        ("沭阳25年申请里涉及征地拆迁的有几件", WHY_BREAK, "topic"),
        ("淮安2024年住建局、自然资源局各自收到多少申请", WHY_BREAK, "department"),
        ("涧西区2020年的申请人是男的多还是女的多", WHY_BREAK, "gender"),
        ("上海科委2024年的34件申请按季度怎么分布", WHY_BREAK, "quarter"),
        ("淮安市政府2026年预计会收到多少信息公开申请", WHY_FUT, "forecast"),
        ("沭阳县政府计划2026年把复议数量压到多少", WHY_FUT, "plan"),
        ("按这个趋势，洪泽区2025年的行政许可决定会有多少", WHY_FUT, "forecast"),
        ("宿迁市2025年收到多少信息公开申请", WHY_NOBODY, "body"),
        ("浦东新区2024年的行政复议是多少件", WHY_NOBODY, "body"),
        ("淮安市2023年政府信息公开申请数是多少", WHY_NOBODY, "year"),
        ("沭阳2024年本年新收申请多少", WHY_NOBODY, "year"),
        ("上海市政府办公厅2022年的予以公开数", WHY_NOBODY, "year"),
        ("涧西区政府办2021年收了几件申请", WHY_NOBODY, "year"),
        ("苏州市2024年行政处罚决定有多少", WHY_NOBODY, "body"),
        ("淮安2024年3119件申请算多吗？是不是说明政府不够透明", WHY_OPIN, "opinion"),
        ("沭阳县政府2025年信息公开做得好不好 打几分", WHY_OPIN, "opinion"),
        ("你觉得上海市府办2025年复议55件是不是太多了", WHY_OPIN, "opinion"),
        ("为啥洪泽区2024年的申请比2023年多了那么多", WHY_REASON, "reason"),
        ("淮安市2024年为什么有103件申请拖到下一年才答复", WHY_REASON, "reason"),
        ("沭阳2025年复议被纠正的那些，当时政府到底哪里做错了", WHY_REASON, "reason"),
        ("洪泽区政府办2023年专门搞信息公开的有几个人", WHY_NOTSTATED, "staff"),
        ("淮安市2024年信息公开工作花了多少经费", WHY_NOTSTATED, "cost"),
        ("沭阳县2025年答复一件申请平均要多少个工作日", WHY_NOTSTATED, "response time"),
        ("上海市府办2019年答复出去的申请，邮寄送达的和网上送达的各有多少件", WHY_BREAK, "delivery channel"),
        ("涧西区2020年申请人对答复满意的比例是多少", WHY_NOTSTATED, "satisfaction"),
        ("淮安2024年申请人里外地人有多少", WHY_BREAK, "residence"),
    ]
    for q, why, tag in cz:
        a(U("zh", q, why, Q + tag))
    ce = [
        ("I filed a disclosure request with Shuyang County in Nov 2025 and still nothing. is it in the report as pending?", WHY_PERSON, "own request"),
        ("my dad sued Huai'an govt over a records request in 2024 - did the court rule for him?", WHY_PERSON, "own case"),
        ("Caller on the help line says he asked Hongze District for his land file in 2023. was his request one of the refused ones?", WHY_PERSON, "own request"),
        ("Can you tell me the name of the person who made the most requests to Shanghai General Office in 2019?", "personal data", "personal data"),
        ("what was the outcome of the request about the Huai'an metro project in 2024", "a particular named request: not in the report", "named request"),
        ("Huai'an 2024 disclosure requests by district (清江浦, 淮阴...)?", WHY_BREAK, "district"),
        ("shuyang 2025 requests per month pls", WHY_BREAK, "month"),
        ("How many of Hongze's 2023 applicants were women?", WHY_BREAK, "gender"),
        ("Shanghai General Office 2025 - how many requests came in online vs by post?", WHY_BREAK, "channel"),
        ("For Huai'an in 2024, how many requests were about housing and demolition?", WHY_BREAK, "topic"),
        ("which Shuyang departments got the most requests in 2025, with numbers?", WHY_BREAK, "department"),
        ("age breakdown of people who applied to Jianxi District in 2020?", WHY_BREAK, "age"),
        ("STCSM 2024 requests by industry of the company applying?", WHY_BREAK, "industry"),
        ("Shanghai General Office 2019 requests in Q1 only?", WHY_BREAK, "quarter"),
        ("how many requests will Huai'an receive in 2025 do u think", WHY_FUT, "forecast"),
        ("What's Shuyang County's target for disclosure requests in 2026?", WHY_FUT, "plan"),
        ("Will Shanghai General Office see more admin reviews in 2026 than in 2025?", WHY_FUT, "forecast"),
        ("Nanjing city government 2024 - requests received?", WHY_NOBODY, "body"),
        ("Suqian 2025 admin reviews on info disclosure, total?", WHY_NOBODY, "body"),
        ("Hongze District 2022 new requests?", WHY_NOBODY, "year"),
        ("Shanghai science commission (STCSM) 2023 requests received", WHY_NOBODY, "year"),
        ("Beijing municipal government general office 2019 requests received", WHY_NOBODY, "body"),
        ("Pudong New Area 2025 granted requests?", WHY_NOBODY, "body"),
        ("Is 61 admin reviews a lot for Shuyang County in 2025? compared to normal counties?", WHY_OPIN, "opinion"),
        ("honestly was Huai'an's government transparent enough in 2024", WHY_OPIN, "opinion"),
        ("Did Shanghai General Office do a good job on disclosure in 2019 yes or no", WHY_OPIN, "opinion"),
        ("why did so many people ask Huai'an for information in 2024?", WHY_REASON, "reason"),
        ("What made Shuyang refuse 13 requests as internal affairs in 2025 - which ones?", WHY_REASON, "reason"),
        ("Why did Hongze's licensing decisions jump between 2023 and 2024?", WHY_REASON, "reason"),
        ("how many civil servants handle disclosure at Huai'an city govt (2024)?", WHY_NOTSTATED, "staff"),
        ("Average days to answer a request at Shanghai General Office in 2025?", WHY_NOTSTATED, "response time"),
        ("budget spent on info disclosure by Shuyang in 2025, in yuan?", WHY_NOTSTATED, "cost"),
        ("How many different people were behind Huai'an's 2024 requests (distinct applicants, not requests)?", WHY_NOTSTATED, "distinct applicants"),
        ("percent of Jianxi 2020 applicants satisfied with replies?", WHY_NOTSTATED, "satisfaction"),
        ("Hongze 2024 - how many of the requests were from people living outside the district?", WHY_BREAK, "residence"),
        ("my company asked STCSM for a grant file in 2024, was ours among the 9 granted?", WHY_PERSON, "own request"),
        ("Hongze District 2023 - what did the 10 'not held' requests actually ask for?", WHY_BREAK, "content of requests"),
        ("which judge heard Huai'an's 26 direct lawsuits in 2024, and who were the plaintiffs?", "personal data / named case", "named case"),
    ]
    for q, why, tag in ce:
        a(U("en", q, why, Q + tag))

    # more [textonly]
    for lang, b, kw, v, u, q in [
        ("zh", "ha", "人民政府公报", 6, "期", "淮安市政府2024年出了几期政府公报"),
        ("en", "ha", "政策解读", 21, "个", "Huai'an 2024, number of policy explainers (政策解读) produced, per the narrative?"),
        ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安全市2024年在运维的政务新媒体账号一共多少个"),
        ("en", "hz24", "解读信息发布", 7, "条", "Hongze 2024, how many policy interpretation posts were released?"),
        ("zh", "sy", "门户网站主动公开政府信息", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条信息"),
        ("en", "sy", "信息公开页面发布信息", 3044, "条", "Shuyang 2025: items posted on the departments' disclosure pages?"),
        ("zh", "sy", "新闻稿件", 2606, "篇", "沭阳2025年新闻稿件一共多少篇啊"),
        ("en", "sy", "原创短视频", 1113, "个", "how many original short videos did Shuyang push out in 2025"),
        ("zh", "sy", "爆款内容", 52, "条", "听说沭阳县2025年政务新媒体出了不少爆款，具体几条？"),
        ("en", "sy", "专栏", 33, "个", "Shuyang County 2025 - how many special columns did they run on new media?"),
        ("zh", "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年政府网站主动公开信息多少条"),
        ("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: how many items did the website publish proactively?"),
        ("zh", "hz24", "政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        ("en", "kw", "当年发布政府信息", 393, "件", "STCSM website, 2024: government information items published that year?"),
        ("zh", "kw", "政协提案", 85, "件", "上海市科委2024年主办会办的政协提案有多少件"),
        ("en", "kw", "规划计划文件", 2, "件", "Shanghai science commission 2024 - planning documents released, how many?"),
        ("zh", "sh25", "新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会（上海市府办年报里写的）"),
        ("en", "sh25", "新闻通气会", 19, "场", "Shanghai General Office 2025 report: number of press briefings (新闻通气会)?"),
        ("zh", "sh25", "主动公开市政府规章", 22, "件", "上海市府办2025年主动公开的市政府规章多少件，年报文字部分说的"),
        ("en", "sh25", "语种", 10, "个", "How many languages does Shanghai's foreign-language service cover per the 2025 General Office report?"),
        ("zh", "sh25", "办事服务指引", 403, "项", "上海市府办2025年报里说发布办事服务指引多少项"),
        ("en", "sh19", "编发公报", 24, "期", "Shanghai General Office 2019 - gazette issues compiled?"),
        ("zh", "sh19", "权威发布共计", 38, "次", "2019年上海市府办对常务会议议题权威发布了几次"),
        ("en", "sh19", "70家政府网站", 70, "家", "In 2019 how many government websites did Shanghai check each quarter?"),
        ("zh", "jx", "601", 601, "项", "涧西区2020年试点的事项一共多少项"),
        ("en", "jx", "21个领域", 21, "个", "Jianxi 2020 report: how many areas (领域) do the 601 items cover?"),
        ("zh", "sh19", "统一受理平台接入", 53, "个", "上海2019年统一受理平台接入了多少个部门"),
    ]:
        a(N(lang, b, kw, v, u, q, X + "narrative number"))
    # more [combine]
    a(S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年不予公开的八种情形加一块总共多少件", M + "sum 8"))
    a(S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Huai'an 2024, all five 'not processed' rows summed?", M + "sum 5"))
    a(S("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年新收的加上年结转的，一共要办多少件", M + "sum 2"))
    a(S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "shuyang 2025 fully + partly released, together?", M + "sum 2"))
    a(S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定合计", M + "sum 3"))
    a(S("en", "sh19", ["r.received.total", "r.carried_over.total"], "Shanghai General Office 2019: new requests plus those carried in from 2018?", M + "sum 2"))
    a(S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区2020年复议和两类诉讼一共几件", M + "sum 3"))
    a(S("en", "hz24", ["a.review.total", "a.litigation_direct.total"], "Hongze 2024 reviews plus direct lawsuits, total?", M + "sum 2"))
    a(S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年不掌握加需另行制作，两行加起来多少", M + "sum 2"))
    a(S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024 - new requests and carried-over ones added together", M + "sum 2"))
    a(S("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025年“其他处理”下面三行合计是多少", M + "sum 3"))
    a(S("en", "ha", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Huai'an 2024 normative docs issued plus repealed?", M + "sum 2"))
    a(D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区的行政强制决定，2024年跟2023年比差多少", M + "difference"))
    a(D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative docs in force: 2024 minus 2023?", M + "difference"))
    a(D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请，2025年比2019年多了多少", M + "difference"))
    a(D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, new requests from individuals: 2019 vs 2025, difference?", M + "difference"))
    a(D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅本年新收申请从2019年到2025年涨了多少件", M + "difference"))
    a(D("en", "hz23", "hz24", "c.fees.amount", "Hongze fee income 2024 minus 2023, in 万元?", M + "difference", unit="万元"))
    # more [rank]
    for lang, bs, k, o, q in [
        ("zh", ["ha", "sy", "sh19"], "a.review.total", "desc", "淮安2024、沭阳2025、上海市府办2019，哪家行政复议最多"),
        ("en", ["hz23", "jx", "sy"], "r.received.total", "asc", "Which got the fewest new requests: Hongze 2023, Jianxi 2020 or Shuyang 2025?"),
        ("zh", ["ha", "sy", "hz23", "jx"], "r.total_processed.total", "desc", "淮安24年 沭阳25年 洪泽23年 涧西20年 办理总计谁最多"),
        ("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc", "Huai'an 2024, Shuyang 2025, Shanghai General Office 2019: who carried the fewest requests into the next year?"),
        ("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "行政许可决定数，淮安2024、沭阳2025、洪泽2023三家中最少的是哪家"),
        ("en", ["ha", "sy", "jx"], "a.litigation_direct.total", "desc", "Most direct lawsuits: Huai'an 2024, Shuyang 2025 or Jianxi 2020?"),
        ("zh", ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "desc", "个人申请数排第一的是谁：淮安2024年、沭阳2025年、上海市府办2019年、涧西2020年"),
        ("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "rank Huai'an 2024 / Shuyang 2025 / Hongze 2023 by punishment decisions - who's top?"),
        ("zh", ["sy", "sh19", "jx"], "r.carried_over.total", "desc", "上年结转过来的申请，沭阳2025、上海市府办2019、涧西2020哪个最多"),
        ("en", ["ha", "hz23", "sy"], "r.unable.needs_creation.total", "asc", "Fewest 'would need to create the info' refusals: Huai'an 2024, Hongze 2023, Shuyang 2025?"),
        ("zh", ["ha", "sy", "jx"], "a.litigation_after_review.total", "asc", "复议后起诉的，淮安2024、沭阳2025、涧西2020谁最少"),
    ]:
        a(R(lang, bs, k, o, q, K + o))
    # more [neighbour]
    for lang, b, k, q, n, *alt in [
        ("zh", "ha", "r.carried_over.total", "淮安2024年从上一年转过来的申请（不是转到下一年的）几件", "carried over vs forward", ("含上年度结转申请", 34)),
        ("en", "ha", "r.withheld.process_info.total", "Huai'an 2024 refusals as process information (过程性信息), not internal affairs", "process vs internal"),
        ("zh", "ha", "c.normative_docs.in_force", "淮安24年现行有效的规范性文件有多少件，不是新制发的", "in force vs issued"),
        ("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025 - 'needs to be newly created' cases only (not the 'not held' ones)", "needs creation vs not held"),
        ("zh", "sy", "a.litigation_after_review.total", "沭阳县2025年经复议后再起诉的行政诉讼总计", "after review vs direct"),
        ("en", "sh19", "c.procurement.amount", "Shanghai General Office 2019 procurement - the amount, not the number of projects", "amount vs projects"),
        ("zh", "sh19", "c.regulations.made", "上海市府办2019年本年新制作的规章几件（别给我累计的）", "made vs total"),
        ("en", "jx", "c.procurement.projects", "Jianxi 2020, how many procurement projects (count, not money)?", "projects vs amount"),
        ("zh", "sy", "r.partially_granted.total", "沭阳2025年部分公开的，别算全部公开的", "partial vs granted"),
        ("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service firms (not from businesses)", "legal vs commercial"),
        ("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年申请人逾期未按收费通知缴费的有几件（不是逾期补正）", "fee vs correction"),
    ]:
        kw = {"unit": "万元"} if k.endswith("amount") else {}
        if alt:
            kw["alt"] = alt[0]
        a(T(lang, b, k, q, B + n, **kw))
    # more [followup]
    FU = [
        ("zh", [("淮安市2024年予以公开多少件", "ha", "r.granted.total"), ("沭阳2025年同一项呢", "sy", "r.granted.total")]),
        ("en", [("Shuyang 2025 admin reviews?", "sy", "a.review.total"), ("and Huai'an 2024?", "ha", "a.review.total", ("行政复议", 351)), ("Jianxi 2020?", "jx", "a.review.total")]),
        ("zh", [("洪泽2023年行政处罚决定多少", "hz23", "c.punishment.decisions"), ("24年呢", "hz24", "c.punishment.decisions")]),
        ("en", [("STCSM 2024 new requests total?", "kw", "r.received.total", ("收到政府信息公开申请", 34)), ("how many of those from companies", "kw", "r.received.commercial")]),
        ("zh", [("上海市府办2025年本年新收多少件", "sh25", "r.received.total", ("1295", 1295)), ("其中自然人呢", "sh25", "r.received.natural_person"), ("商业企业呢", "sh25", "r.received.commercial")]),
        ("en", [("Huai'an 2024 requests refused as 'not held'?", "ha", "r.unable.not_held.total"), ("what about 'info unclear'?", "ha", "r.unable.unclear.total")]),
        ("zh", [("沭阳25年行政许可多少", "sy", "c.licensing.decisions"), ("处罚呢", "sy", "c.punishment.decisions"), ("强制呢", "sy", "c.coercion.decisions")]),
        ("en", [("Shanghai General Office 2019: carried forward to 2020?", "sh19", "r.carried_forward.total", ("72件申请", 72)), ("same thing for 2025", "sh25", "r.carried_forward.total")]),
        ("zh", [("涧西区2020年办理总计几件", "jx", "r.total_processed.total", ("办结", 15)), ("那结转下年的呢", "jx", "r.carried_forward.total", ("在办", 2))]),
        ("en", [("Hongze 2024 normative docs issued?", "hz24", "c.normative_docs.issued"), ("and in force?", "hz24", "c.normative_docs.in_force")]),
        ("zh", [("淮安2024年复议后又起诉的几件", "ha", "a.litigation_after_review.total"), ("沭阳县2025年呢", "sy", "a.litigation_after_review.total")]),
        ("en", [("Huai'an 2024 coercion decisions?", "ha", "c.coercion.decisions"), ("shuyang 2025?", "sy", "c.coercion.decisions")]),
        ("zh", [("上海市府办2019年本年新收申请几件", "sh19", "r.received.total", ("859", 859)), ("2025年呢", "sh25", "r.received.total", ("1295", 1295))]),
        ("en", [("Shuyang 2025 requests withheld for third-party rights?", "sy", "r.withheld.third_party.total"), ("and for security/stability?", "sy", "r.withheld.security_stability.total")]),
        ("zh", [("洪泽区2024年予以公开多少", "hz24", "r.granted.total"), ("本机关不掌握的呢", "hz24", "r.unable.not_held.total"), ("结转下年度的", "hz24", "r.carried_forward.total")]),
        ("en", [("Huai'an 2024 duplicate requests not processed?", "ha", "r.not_processed.duplicate.total"), ("Shuyang 2025 same row", "sy", "r.not_processed.duplicate.total")]),
        ("zh", [("上海市府办2025年直接起诉的行政诉讼几件", "sh25", "a.litigation_direct.total"), ("其中还没审结的", "sh25", "a.litigation_direct.pending")]),
        ("en", [("Jianxi District 2020 requests from individuals?", "jx", "r.received.natural_person"), ("and 'not held' answers?", "jx", "r.unable.not_held.total")]),
        ("zh", [("淮安2024行政事业性收费多少万元", "ha", "c.fees.amount"), ("沭阳2025呢", "sy", "c.fees.amount")]),
        ("en", [("Shanghai science commission 2024 licensing decisions?", "kw", "c.licensing.decisions"), ("normative docs still valid?", "kw", "c.normative_docs.in_force")]),
        ("zh", [("沭阳县2025年本机关不掌握多少件", "sy", "r.unable.not_held.total"), ("淮安市2024年呢", "ha", "r.unable.not_held.total"), ("洪泽区2023年呢", "hz23", "r.unable.not_held.total")]),
        ("en", [("Hongze 2023 partially granted?", "hz23", "r.partially_granted.total"), ("withheld as state secrets?", "hz23", "r.withheld.state_secret.total")]),
        ("zh", [("上海市府办2025年行政复议几件", "sh25", "a.review.total"), ("还在审理的呢", "sh25", "a.review.pending")]),
        ("en", [("Huai'an 2024 new requests from individuals?", "ha", "r.received.natural_person"), ("from businesses?", "ha", "r.received.commercial"), ("from other organisations?", "ha", "r.received.other_org")]),
        ("zh", [("涧西2020年予以公开几件", "jx", "r.granted.total"), ("洪泽2023年呢", "hz23", "r.granted.total")]),
        ("en", [("Shuyang 2025 normative docs repealed?", "sy", "c.normative_docs.repealed"), ("in force?", "sy", "c.normative_docs.in_force")]),
        ("zh", [("上海市府办2019年自然人申请本年新收多少", "sh19", "r.received.natural_person"), ("办理结果总计自然人那列呢", "sh19", "r.total_processed.natural_person")]),
        ("en", [("Hongze 2024 fee income (万元)?", "hz24", "c.fees.amount"), ("and 2023?", "hz23", "c.fees.amount")]),
        ("zh", [("淮安市2024年答复过程中因信访举报不予处理的", "ha", "r.not_processed.petition.total"), ("沭阳2025年的呢", "sy", "r.not_processed.petition.total")]),
        ("en", [("STCSM 2024 requests from individuals?", "kw", "r.received.natural_person"), ("how many carried over from 2023?", "kw", "r.carried_over.total", ("上年结转政府信息公开申请", 2))]),
    ]
    for lang, turns in FU:
        tt = []
        for q, b, k, *alt in turns:
            kw = {"unit": "万元"} if k.endswith("amount") else {}
            if alt:
                kw["alt"] = alt[0]
            tt.append((q, E(b, k, **kw)))
        a(F(lang, tt, W + "switch"))
    return c
