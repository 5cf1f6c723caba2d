"""Question bank of blind set blind96 (evals/blind96). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: E/EN/ED/ER in helpers96 compute them from gold JSON, from the
printed rows named in SPECS (reports without gold), or cut the sentence from the report text.
"""
import blindlib96 as L
from helpers96 import (C, D, E, F, N, R, S, T, U, V, cols)

# printed cells of reports without gold (the same cells blind6 verified; nothing new)
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

W = "万元"
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_CF = ("全市共受理政府信息公开申请", 103)
HA_CO = ("全市共受理政府信息公开申请", 34)
HA_UPHELD = ("政府信息公开行政复议 351件", 72)
HA_OTHER = ("政府信息公开行政复议 351件", 178)
JX_RECV = ("全年共收到依申请公开17件", 17)
JX_PEND = ("全年共收到依申请公开17件", 2)
HZ23_RECV = ("全区受理政府信息公开申请", 21)
SH19_RECV = ("代表市政府共受理政府信息公开申请859件", 859)
SH19_DONE = ("代表市政府共受理政府信息公开申请859件", 805)
SH19_CF = ("代表市政府共受理政府信息公开申请859件", 72)
KW_RECV = ("全年收到政府信息公开申请 34 件", 34)
KW_CO = ("全年收到政府信息公开申请 34 件", 2)
KW_GR = ("同意公开答复 9 件", 9)
SH25_RECV = ("市政府共受理政府信息公开申请 1295 件", 1295)
SH25_CO = ("市政府共受理政府信息公开申请 1295 件", 189)
HA_RT = ("政府信息公开行政复议 351件", 351)
HA_CORR = ("政府信息公开行政复议 351件", 64)
HA_PEND = ("政府信息公开行政复议 351件", 37)
JX_DONE = ("全年共收到依申请公开17件", 15)
SH19_RT = ("信息公开类行政复议7件", 7)
SH19_LD = ("信息公开类行政复议7件", 9)
SH25_DONE = ("市政府共受理政府信息公开申请 1295 件", 1191)
SY_ORG = ("全县全年共受理政府信息公开申请 749 件", 8)

P, CB, RK, FU, TX, NO, NB = ("[plain] ", "[combine] ", "[rank] ", "[followup] ", "[textonly] ",
                             "[cannot] ", "[neighbour] ")


def plain():
    z, e = "zh", "en"
    out = [
        # ---- zh
        V(z, "sy", "r.unable.not_held.total", "我之前帮我妈给沭阳县政府写过申请，人家回说他们手上没这个信息。想问下2025年像这样回“我们没有”的一共多少件", P + "not_held, story"),
        V(z, "ha", "r.withheld.admin_query.total", "淮安2024年 有多少申请是被当成咨询给挡回去、说不算公开申请不给的", P + "admin_query colloquial"),
        V(z, "sy", "r.withheld.third_party.total", "沭阳25年因为会伤到别人商业秘密或者隐私所以没给的 几件", P + "third_party colloquial"),
        V(z, "ha", "r.withheld.security_stability.total", "淮安市政府2024年怕公开了影响社会稳定、危及安全所以拒绝的申请有几件啊", P + "security_stability"),
        V(z, "sy", "r.not_processed.duplicate.total", "同一个事儿反复来申请的，沭阳县2025年碰到几回", P + "duplicate"),
        V(z, "ha", "r.not_processed.reconfirm.total", "淮安2024 要人家再确认一下申请内容结果申请人不理的 不予处理那种 有几个", P + "reconfirm"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安24年让申请人补正材料 结果人家过了期限也没补的 多少件", P + "overdue_correction"),
        V(z, "sy", "r.other.overdue_fee.total", "沭阳县2025年 叫交处理费、申请人拖着没交的有几件", P + "overdue_fee"),
        V(z, "ha", "r.unable.unclear.total", "淮安市2024年因为申请写得太含糊说不清要啥、没法提供的，多少", P + "unclear"),
        V(z, "sy", "r.withheld.internal_affairs.total", "问一下沭阳2025年以“这是我们内部管理的事”为由没公开的是几件", P + "internal_affairs"),
        V(z, "ha", "r.withheld.enforcement_files.total", "淮安2024年 行政执法案卷那类不给公开的有几件", P + "enforcement_files"),
        V(z, "ha", "r.withheld.state_secret.total", "记者问：淮安市政府2024年以涉密为理由拒绝公开的申请是多少件？", P + "state_secret"),
        V(z, "sy", "a.review.corrected", "沭阳县2025年老百姓告到复议那里、复议机关说县里做错了给纠正的有几件", P + "review corrected"),
        V(z, "ha", "a.litigation_direct.corrected", "淮安市2024年直接去法院告、判政府输了被纠正的 几件", P + "litigation_direct corrected"),
        V(z, "sy", "a.review.pending", "沭阳25年复议到年底还没出结果的还有多少", P + "review pending"),
        V(z, "ha", "a.litigation_after_review.pending", "淮安2024年先复议再上法院的，到年底还没判下来的几件", P + "after_review pending"),
        V(z, "sy", "a.litigation_after_review.other", "沭阳2025 复议完不服又起诉的案子里 已经有结果、但既不是维持也不是纠正的那种 几件", P + "after_review other"),
        V(z, "ha", "r.received.legal_services", "律师事务所这类机构2024年向淮安市政府提了多少申请", P + "legal_services column"),
        V(z, "sy", "r.received.commercial", "沭阳县2025年 公司企业来申请政府信息的有几家次", P + "commercial column"),
        V(z, "ha", "r.received.other_org", "淮安2024年 除了企业律所以外那些“其他”组织申请了几件", P + "other_org column"),
        V(z, "sy", "r.partially_granted.total", "沭阳县政府2025年只给了一部分、另一部分没给的申请有多少", P + "partially_granted"),
        V(z, "ha", "r.granted.total", "12345转接：来电人问淮安市政府2024年全部同意公开的申请共有几件", P + "granted, operator"),
        V(z, "sy", "r.carried_forward.total", "沭阳2025年没办完要拖到下一年接着办的申请多少件", P + "carried_forward", alt=("全县全年共受理政府信息公开申请 749 件", 31)),
        V(z, "hz23", "r.received.total", "洪泽区2023年一共收到多少信息公开申请", P + "received, ambiguous text", alt=HZ23_RECV),
        V(z, "hz23", "r.unable.needs_creation.total", "洪泽区政府二〇二三年 因为得重新做一份材料才能给、所以没提供的有几件", P + "needs_creation"),
        V(z, "hz23", "a.review.upheld", "洪泽2023复议维持原决定的几件", P + "review upheld"),
        V(z, "hz23", "active.punishment.decisions", "洪泽区2023年做出的行政处罚决定有多少个", P + "punishment"),
        V(z, "jx", "r.granted.total", "涧西区2020年申请的人里头 最后拿到全部公开答复的有几件", P + "granted jx"),
        V(z, "jx", "active.procurement.projects", "涧西区政府办2020年政府集中采购的项目数是多少", P + "procurement projects"),
        V(z, "jx", "r.received.total", "涧西区政府办2020年收了多少件依申请公开", P + "received jx, ambiguous", alt=JX_RECV),
        V(z, "sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年 老百姓个人申请、结果因为要另外制作所以没给的有几件", P + "needs_creation natural person"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅收到的个人申请里，被认定是信访投诉举报不按公开处理的几件", P + "petition natural person"),
        V(z, "sh19", "active.regulations.total_published", "上海市府办2019年底对外公开的规章总数量是多少", P + "regulations total_published"),
        V(z, "sh19", "r.withheld.internal_affairs.natural_person", "上海2019年 市府办 个人来申请、结果说是机关内部的事务信息所以不给的 几件", P + "internal_affairs np sh19"),
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年新收到的公开申请有多少", P + "received sh19, ambiguous", alt=SH19_RECV),
        V(z, "hz24", "r.unable.not_held.total", "洪泽区2024年 回复“本机关不掌握”的有几件", P + "not_held hz24 text row"),
        V(z, "hz24", "active.licensing.decisions", "洪泽区政府2024年的行政许可处理决定数量", P + "licensing hz24"),
        V(z, "kw", "r.received.natural_person", "上海科委2024年 个人（不是单位）交的公开申请有多少件", P + "natural person kw"),
        V(z, "kw", "active.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件", P + "normative in force kw"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年 把信访举报投诉类的申请不予处理的 共多少", P + "petition sh25"),
        V(z, "sh25", "r.unable.needs_creation.total", "2025年上海市政府办公厅 因为要另行制作、没有现成信息的无法提供多少件", P + "needs_creation sh25"),
        V(z, "sh25", "r.carried_over.natural_person", "上海市府办2025年从上一年转过来的个人申请多少", P + "carried_over natural_person sh25"),
        V(z, "sy", "active.fees.amount", "沭阳县2025年行政事业性收费金额多少万元", P + "fees sy", unit=W),
        V(z, "ha", "active.normative_docs.repealed", "淮安市2024年废掉的行政规范性文件有几件", P + "repealed"),
        V(z, "sy", "r.withheld.admin_query.total", "沭阳2025 来问的其实是行政查询事项、所以没给公开的 多少件", P + "admin_query sy"),
        V(z, "ha", "r.not_processed.publication.total", "淮安2024年有没有人要的东西其实是公开出版物、让人自己去买去查的？这种不予处理的几件", P + "publication (rare sub-item)"),
        V(z, "sy", "r.received.public_interest", "沭阳县2025年 像公益组织、志愿协会这种社会团体来申请的有几件", P + "public_interest column"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市2024年申请里其实是来投诉举报信访的，不予处理了几件", P + "petition ha"),
        # ---- en
        V(e, "ha", "r.unable.not_held.total", "Huai'an city govt 2024: how many times did they answer 'we simply don't have that info'?", P + "not_held en"),
        V(e, "sy", "r.withheld.process_info.total", "Shuyang County 2025 - how many requests were refused because the stuff was still internal drafts / in-progress deliberation?", P + "process_info en"),
        V(e, "ha", "r.withheld.prohibited_by_law.total", "In 2024, how many requests did Huaian turn down because some law or regulation forbids releasing it?", P + "prohibited_by_law en"),
        V(e, "sy", "r.withheld.security_stability.total", "shuyang 2025 number of requests denied since disclosure might endanger security or social stability", P + "security_stability en"),
        V(e, "ha", "r.withheld.third_party.total", "How many Huai'an 2024 requests were refused to protect somebody else's trade secrets or privacy?", P + "third_party en"),
        V(e, "sy", "r.withheld.enforcement_files.total", "For Shuyang (County) in 2025, how many were refused as law-enforcement case files?", P + "enforcement_files en"),
        V(e, "ha", "r.not_processed.duplicate.total", "Huai'an, 2024: people asking the very same thing again - how many of those did they decline to handle?", P + "duplicate en"),
        V(e, "sy", "r.not_processed.petition.total", "Shuyang 2025 — requests that were really complaints or petitions and so not processed as disclosure: count?", P + "petition en"),
        V(e, "ha", "r.other.overdue_fee.total", "Huaian 2024, number of applicants who never paid the processing fee on time (other handling)", P + "overdue_fee en"),
        V(e, "sy", "r.other.overdue_correction.total", "shuyang county 2025 how many applicants didnt fix/complete their application after being asked to", P + "overdue_correction en"),
        V(e, "ha", "r.other.other.total", "Huai'an 2024 requests closed out in some 'other' way (not the overdue ones) - how many?", P + "other.other en"),
        V(e, "sy", "r.other.other.total", "I'm a student. In Shuyang's 2025 report, table 3, 'other handling' sub-item 3 (其他) — what number?", P + "other.other sy student"),
        V(e, "ha", "r.unable.needs_creation.total", "Huaian 2024: how many requests could not be met because the info would have to be newly compiled?", P + "needs_creation en"),
        V(e, "sy", "r.unable.needs_creation.total", "Shuyang County gov 2025, requests where they'd have to create a brand new document to answer — how many?", P + "needs_creation sy en"),
        V(e, "ha", "a.review.corrected", "How many administrative reviews (行政复议) against Huai'an in 2024 ended with the government being told to fix its decision?", P + "review corrected en", alt=HA_CORR),
        V(e, "sy", "a.review.upheld", "Shuyang 2025: admin reconsiderations where the original reply was kept as it was?", P + "review upheld en"),
        V(e, "ha", "a.litigation_direct.pending", "Huaian 2024 lawsuits filed straight at court (no review first) still undecided at year end?", P + "litigation_direct pending en"),
        V(e, "ha", "a.litigation_after_review.corrected", "Huai'an, FY2024: court cases brought after a review where the court corrected the govt — number?", P + "after_review corrected en"),
        V(e, "ha", "a.litigation_direct.other", "Huai'an 2024 direct lawsuits that ended in some other result, neither upheld nor corrected?", P + "litigation_direct other en"),
        V(e, "sy", "a.litigation_direct.upheld", "shuyang 2025 lawsuits the county won outright (judgement upheld) without prior review, how many", P + "litigation_direct upheld en"),
        V(e, "ha", "r.received.commercial", "How many disclosure requests came from companies/businesses to Huai'an city in 2024?", P + "commercial en"),
        V(e, "sy", "r.received.legal_services", "Shuyang County 2025: requests sent by law firms or other legal-service outfits?", P + "legal_services en"),
        V(e, "ha", "r.granted.legal_services", "Huaian 2024 - among requests from lawyers' offices, how many got full disclosure?", P + "granted legal_services en"),
        V(e, "sy", "r.partially_granted.legal_services", "shuyang 2025, law-firm requests that were only partly released?", P + "partially legal_services en"),
        V(e, "ha", "r.partially_granted.commercial", "Huai'an 2024, businesses who got only part of what they asked for: how many?", P + "partially commercial en"),
        V(e, "ha", "r.received.total", "Total new info-disclosure applications received by Huai'an Municipal Government in 2024 (本年新收)?", P + "received ha, ambiguous", alt=HA_RECV),
        V(e, "ha", "r.carried_over.total", "Huaian 2024 - requests left over from the year before that they still had to handle?", P + "carried_over ha, ambiguous", alt=HA_CO),
        V(e, "ha", "a.review.upheld", "Huai'an 2024 reviews where the original decision stood (维持)?", P + "review upheld ha, ambiguous", alt=HA_UPHELD),
        V(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023 — any requests blocked as state secrets? how many", P + "state_secret hz23 en"),
        V(e, "hz23", "r.partially_granted.total", "Hongze (District) gov, 2023: how many requests got a partial release?", P + "partially hz23 en"),
        V(e, "hz23", "active.fees.amount", "Hongze district 2023 administrative fees taken in (万元)?", P + "fees hz23 en", unit=W),
        V(e, "hz23", "a.litigation_after_review.upheld", "In 2023, Hongze court cases after reconsideration where the court backed the government?", P + "after_review upheld hz23 en"),
        V(e, "jx", "active.procurement.amount", "Jianxi District 2020 centralised government purchasing amount, in 10k yuan?", P + "procurement amount en", unit=W),
        V(e, "jx", "r.unable.not_held.total", "jianxi district 2020 - how many times office said it doesnt hold the requested info", P + "not_held jx en"),
        V(e, "jx", "r.carried_forward.total", "Jianxi District govt office 2020: requests still being worked on and rolled into the next year?", P + "carried_forward jx, ambiguous", alt=JX_PEND),
        V(e, "sh19", "active.procurement.projects", "Shanghai General Office 2019, number of centrally procured projects?", P + "procurement projects sh19 en"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai gov general office 2019 - individuals' requests denied as state secrets?", P + "state_secret np sh19 en"),
        V(e, "sh19", "r.withheld.admin_query.commercial", "Shanghai General Office 2019: how many company requests got turned away as administrative inquiries?", P + "admin_query commercial sh19 en"),
        V(e, "sh19", "r.total_processed.total", "how many requests did Shanghai General Office actually finish answering in 2019 (办理结果总计)?", P + "total_processed sh19, ambiguous", alt=SH19_DONE),
        V(e, "hz24", "r.granted.total", "Hongze 2024 — requests answered with full disclosure, how many?", P + "granted hz24 en"),
        V(e, "hz24", "active.coercion.decisions", "Hongze District, 2024: administrative coercion decisions (行政强制)?", P + "coercion hz24 en"),
        V(e, "kw", "r.received.commercial", "STCSM 2024: requests from business enterprises?", P + "commercial kw en"),
        V(e, "kw", "r.granted.total", "Shanghai science commission in 2024 said yes fully to how many requests?", P + "granted kw, ambiguous", alt=KW_GR),
        V(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025 — replies of 'we don't hold this information' (the 本机关不掌握 row itself, not every can't-provide case), how many?", P + "not_held sh25 en"),
        V(e, "sh25", "a.litigation_direct.pending", "Shanghai gov general office 2025 direct lawsuits not concluded yet?", P + "litigation_direct pending sh25 en"),
        V(e, "sy", "r.not_processed.excessive.total", "Shuyang 2025: requests so huge / so many that they were beyond reason and not handled — how many?", P + "excessive (rare sub-item)"),
        V(e, "ha", "r.received.research", "Did any universities or research institutes file requests with Huai'an in 2024? how many", P + "research column"),
        V(e, "sh25", "r.carried_over.legal_services", "Shanghai General Office, 2025: how many carried-in requests had come from legal service agencies?", P + "carried_over legal_services sh25 en"),
    ]
    return out


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"], "淮安2024年因为涉密加上怕影响安全稳定没公开的，两项加起来多少", CB + "sum 2"),
        S(z, "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年 全给的和给一部分的 合计几件", CB + "sum 2"),
        S(z, "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年 复议、直接诉讼、复议后诉讼 三类案件加一块总共多少", CB + "sum 3 appeals"),
        S(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025 其他处理那三小项加总是多少", CB + "sum 3 other"),
        S(z, "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "洪泽区2023年 许可、处罚、强制三种决定一共多少个", CB + "sum 3 active"),
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年不予公开的八个理由全部加起来多少件", CB + "sum 8 withheld"),
        S(z, "sy", ["r.received.commercial", "r.received.research", "r.received.public_interest", "r.received.legal_services", "r.received.other_org"], "沭阳县2025年所有单位类（企业、科研、公益、律所、其他）申请人新收申请一共多少", CB + "sum 5 org cols, text agrees", alt=SY_ORG),
        S(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年 公开了的加上说不掌握的 一共几件", CB + "sum 2 jx"),
        S(e, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'could not provide' sub-items", CB + "sum 3 unable en"),
        S(e, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025 - complaints-type plus repeat requests that they didn't process, combined?", CB + "sum 2 en"),
        S(e, "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "In 2024 how many review and court cases in total did Huaian win (upheld) — reviews, direct suits and after-review suits together?", CB + "sum 3 upheld en"),
        S(e, "sh19", ["active.regulations.made", "active.normative_docs.made"], "Shanghai General Office 2019: newly made regulations plus normative docs, total?", CB + "sum 2 sh19 en"),
        S(e, "ha", ["active.licensing.decisions", "active.punishment.decisions"], "Huai'an 2024 licensing decisions plus penalty decisions added together?", CB + "sum 2 active en"),
        S(e, "sy", ["a.review.pending", "a.litigation_after_review.pending"], "Shuyang (County) 2025: reviews not yet closed plus after-review lawsuits not yet closed?", CB + "sum 2 pending en"),
        S(e, "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "For Huaian in 2024, new requests by private individuals plus individuals' ones carried in from before - total?", CB + "sum 2 en"),
        S(e, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze District 2023: 'not held' plus 'would need to be newly made' — sum?", CB + "sum 2 hz23 en"),
        D(z, "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少", CB + "difference"),
        D(z, "hz23", "hz24", "active.punishment.decisions", "洪泽行政处罚决定 23年到24年变化了多少（24减23）", CB + "difference"),
        D(z, "sh19", "sh25", "r.received.total", "上海市府办新收申请，2025年跟2019年比差多少", CB + "difference"),
        D(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数 2019年到2025年增加了几件", CB + "difference"),
        D(z, "hz23", "hz24", "active.fees.amount", "洪泽区行政事业性收费2024年较2023年增减多少万元", CB + "difference money", unit=W),
        D(e, "hz23", "hz24", "active.coercion.decisions", "Hongze District coercion decisions: change from 2023 to 2024?", CB + "difference en"),
        D(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office requests pushed into the following year: 2025 figure minus 2019 figure?", CB + "difference en"),
        D(e, "sh19", "sh25", "r.received.natural_person", "How much did individuals' new requests to the Shanghai General Office grow between 2019 and 2025?", CB + "difference en"),
        D(e, "hz23", "hz24", "active.normative_docs.in_force", "Hongze normative docs still in force: 2024 vs 2023, difference?", CB + "difference en"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office, direct lawsuits 2019 → 2025, by how many did it change?", CB + "difference en"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安2024、沭阳2025、上海市府办2019 三家谁新收申请最多", RK + "desc"),
        R(z, ["ha", "sy", "hz23"], "a.review.corrected", "asc", "淮安市2024年、沭阳县2025年、洪泽区2023年，哪家行政复议被纠正的最少", RK + "asc"),
        R(z, ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "desc", "淮安(2024)、沭阳(2025)、涧西(2020)、上海市府办(2019)里 拖到下年办的最多是谁", RK + "desc 4"),
        R(z, ["ha", "sy", "hz23"], "active.coercion.decisions", "asc", "行政强制决定数最少的是哪个：淮安2024 沭阳2025 洪泽2023", RK + "asc"),
        R(z, ["ha", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "个人申请因需另行制作而没给的，淮安2024年、沭阳2025年、上海市府办2019年谁最多", RK + "desc"),
        R(z, ["jx", "hz23", "sy"], "r.received.total", "asc", "涧西区2020、洪泽区2023、沭阳县2025，哪家收到的申请最少", RK + "asc"),
        R(z, ["ha", "sy", "hz23", "sh19"], "a.review.upheld", "desc", "复议维持数：淮安2024、沭阳2025、洪泽2023、上海市府办2019，最高的是？", RK + "desc 4"),
        R(e, ["ha", "sy", "hz23"], "active.punishment.decisions", "desc", "Which issued the most penalty decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?", RK + "desc en"),
        R(e, ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "asc", "Among Huaian (2024), Shuyang (2025) and the Shanghai General Office (2019), who had the fewest individuals' complaint-type requests left unprocessed?", RK + "asc en"),
        R(e, ["ha", "sy", "jx"], "a.litigation_direct.total", "desc", "most direct lawsuits — Huai'an in 2024, Shuyang in 2025, Jianxi in 2020?", RK + "desc en"),
        R(e, ["ha", "sy", "hz23"], "active.normative_docs.repealed", "desc", "Which body scrapped the most normative documents: Huaian 2024, Shuyang 2025 or Hongze 2023?", RK + "desc en"),
        R(e, ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Fewest requests from businesses: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", RK + "asc en"),
        R(e, ["ha", "sy", "hz23"], "r.unable.not_held.total", "asc", "Of Huaian 2024, Shuyang 2025 and Hongze 2023, which said 'not held' least often?", RK + "asc en"),
    ]


def followup():
    z, e = "zh", "en"
    return [
        F(z, [("淮安2024年告到复议的一共几件", E("ha", "a.review.total", alt=HA_RT)),
              ("那里面最后被纠正的呢", E("ha", "a.review.corrected", alt=HA_CORR)),
              ("还没审完的几件", E("ha", "a.review.pending", alt=HA_PEND))], FU + "column switch"),
        F(z, [("沭阳县2025年 因为是内部事务没给的 有几件", E("sy", "r.withheld.internal_affairs.total")),
              ("过程性的那种呢", E("sy", "r.withheld.process_info.total"))], FU + "row switch"),
        F(z, [("上海市府办2019年 个人申请里 因为说不清要啥没给的几件", E("sh19", "r.unable.unclear.natural_person")),
              ("淮安2024年同一项（全部申请人）呢", E("ha", "r.unable.unclear.total"))], FU + "body switch"),
        F(z, [("洪泽区2023年行政许可多少", E("hz23", "active.licensing.decisions")),
              ("换成2024年呢", E("hz24", "active.licensing.decisions"))], FU + "year switch"),
        F(z, [("淮安市2024年企业来申请的有几件", E("ha", "r.received.commercial")),
              ("其中全部公开了的几件", E("ha", "r.granted.commercial")),
              ("说没有这信息的呢", E("ha", "r.unable.not_held.commercial"))], FU + "row switch commercial"),
        F(z, [("沭阳2025年行政规范性文件新发了几件", E("sy", "active.normative_docs.issued")),
              ("废止几件", E("sy", "active.normative_docs.repealed")),
              ("现在还有效的呢", E("sy", "active.normative_docs.in_force"))], FU + "column switch active"),
        F(z, [("上海市政府办公厅2019年复议多少件", E("sh19", "a.review.total", alt=SH19_RT)),
              ("2025年呢", E("sh25", "a.review.total"))], FU + "year switch"),
        F(z, [("涧西2020年 复议后又去打官司 法院维持的 几件", E("jx", "a.litigation_after_review.upheld")),
              ("淮安2024年这个数呢", E("ha", "a.litigation_after_review.upheld"))], FU + "body switch"),
        F(z, [("淮安24年超期不交钱的有几件", E("ha", "r.other.overdue_fee.total")),
              ("沭阳25年呢", E("sy", "r.other.overdue_fee.total"))], FU + "body switch"),
        F(z, [("沭阳县2025年直接起诉的一共几件", E("sy", "a.litigation_direct.total")),
              ("复议完了再起诉的呢", E("sy", "a.litigation_after_review.total"))], FU + "group switch"),
        F(z, [("上海市府办2025年 从上一年结转过来的申请多少", E("sh25", "r.carried_over.total", alt=SH25_CO)),
              ("那转到下一年的呢", E("sh25", "r.carried_forward.total"))], FU + "row switch, first ambiguous"),
        F(z, [("洪泽区2023年 过程性信息不公开的几件", E("hz23", "r.withheld.process_info.total")),
              ("执法案卷的呢", E("hz23", "r.withheld.enforcement_files.total"))], FU + "row switch"),
        F(z, [("淮安2024年法人那边（所有单位加一起）新收申请几件", E("ha", "r.received.legal_person")),
              ("个人的呢", E("ha", "r.received.natural_person"))], FU + "column switch"),
        F(z, [("上海科委2024年新收申请多少", E("kw", "r.received.total", alt=KW_RECV)),
              ("上年结转的呢", E("kw", "r.carried_over.total", alt=KW_CO))], FU + "row switch kw ambiguous"),
        F(z, [("沭阳2025年复议里维持原答复的几件", E("sy", "a.review.upheld")),
              ("其他结果的呢", E("sy", "a.review.other"))], FU + "column switch"),
        F(z, [("淮安2024年 重复申请不处理的几件", E("ha", "r.not_processed.duplicate.total")),
              ("上海市府办2019年个人的重复申请呢", E("sh19", "r.not_processed.duplicate.natural_person"))], FU + "body switch"),
        F(z, [("洪泽2024年年报表格里 本年新收申请那一行总计几件", E("hz24", "r.received.total")),
              ("那办完的总计呢", E("hz24", "r.total_processed.total"))], FU + "row switch hz24"),
        F(z, [("淮安市政府2024年 行政处罚决定多少", E("ha", "active.punishment.decisions")),
              ("行政强制呢", E("ha", "active.coercion.decisions"))], FU + "row switch active"),
        F(z, [("涧西区2020年新制作的规范性文件几件", E("jx", "active.normative_docs.made")),
              ("上海市府办2019年呢", E("sh19", "active.normative_docs.made"))], FU + "body switch 2019 format"),
        F(z, [("沭阳县2025年 个人申请部分公开的几件", E("sy", "r.partially_granted.natural_person")),
              ("律所的呢", E("sy", "r.partially_granted.legal_services"))], FU + "column switch"),
        F(e, [("Huai'an 2024 - direct lawsuits total?", E("ha", "a.litigation_direct.total")),
              ("and how many of those did the govt win?", E("ha", "a.litigation_direct.upheld")),
              ("still pending?", E("ha", "a.litigation_direct.pending"))], FU + "column switch en"),
        F(e, [("Shuyang 2025, requests refused as 'internal drafts/deliberations'?", E("sy", "r.withheld.process_info.total")),
              ("and as 'just administrative inquiries'?", E("sy", "r.withheld.admin_query.total"))], FU + "row switch en"),
        F(e, [("Hongze District 2023 penalty decisions?", E("hz23", "active.punishment.decisions")),
              ("what about 2024", E("hz24", "active.punishment.decisions"))], FU + "year switch en"),
        F(e, [("Shanghai General Office 2019, new requests?", E("sh19", "r.received.total", alt=SH19_RECV)),
              ("2025?", E("sh25", "r.received.total", alt=SH25_RECV))], FU + "year switch en ambiguous"),
        F(e, [("How many Huai'an 2024 requests got refused under some law that bans disclosure?", E("ha", "r.withheld.prohibited_by_law.total")),
              ("from companies only?", E("ha", "r.withheld.prohibited_by_law.commercial"))], FU + "column switch en"),
        F(e, [("Shuyang County 2025: how many reconsideration cases in total?", E("sy", "a.review.total")),
              ("the govt got corrected in how many?", E("sy", "a.review.corrected"))], FU + "column switch en"),
        F(e, [("Jianxi 2020: requests where everything was released?", E("jx", "r.granted.total")),
              ("Hongze District 2023, same thing?", E("hz23", "r.granted.total"))], FU + "body switch en"),
        F(e, [("STCSM 2024 licensing decisions?", E("kw", "active.licensing.decisions")),
              ("penalties?", E("kw", "active.punishment.decisions"))], FU + "row switch kw en"),
        F(e, [("Huaian 2024: applications asked to be clarified where applicant never replied (无正当理由逾期不补正)?", E("ha", "r.other.overdue_correction.total")),
              ("and Shuyang 2025?", E("sy", "r.other.overdue_correction.total"))], FU + "body switch en"),
        F(e, [("Shanghai General Office 2025 total requests finished?", E("sh25", "r.total_processed.total", alt=SH25_DONE)),
              ("of which fully released?", E("sh25", "r.granted.total"))], FU + "row switch sh25 en"),
        F(e, [("Huai'an 2024, how many normative docs were newly issued?", E("ha", "active.normative_docs.issued")),
              ("and the regulations (规章) still in force?", E("ha", "active.regulations.in_force"))], FU + "row switch en"),
        F(e, [("sh general office 2019 lawsuits directly, total?", E("sh19", "a.litigation_direct.total", alt=SH19_LD)),
              ("Jianxi in 2020?", E("jx", "a.litigation_direct.total"))], FU + "body switch en"),
        F(e, [("Shuyang 2025 — requests rolled over from the previous year?", E("sy", "r.carried_over.total")),
              ("from individuals only?", E("sy", "r.carried_over.natural_person"))], FU + "column switch en"),
        F(e, [("Hongze 2024, how many lawsuits after review?", E("hz24", "appeals.litigation_after_review.total")),
              ("and reviews?", E("hz24", "appeals.review.total"))], FU + "group switch hz24 en"),
        F(e, [("Huai'an 2024, requests rejected for endangering a third party's rights?", E("ha", "r.withheld.third_party.total")),
              ("Shuyang in 2025?", E("sy", "r.withheld.third_party.total"))], FU + "body switch en"),
        F(e, [("How many requests did the Shanghai General Office hand over to next year in 2019?", E("sh19", "r.carried_forward.total", alt=SH19_CF)),
              ("2025 then?", E("sh25", "r.carried_forward.total"))], FU + "year switch en"),
        F(e, [("Huaian 2024 reviews ending some other way (not upheld/corrected)?", E("ha", "a.review.other", alt=HA_OTHER)),
              ("and after-review lawsuits with such other outcome?", E("ha", "a.litigation_after_review.other"))], FU + "group switch en"),
        F(e, [("Jianxi District 2020: how many requests did they finish processing?", E("jx", "r.total_processed.total", alt=JX_DONE)),
              ("and Huai'an 2024?", E("ha", "r.total_processed.total", alt=HA_DONE))], FU + "body switch en"),
        F(e, [("Shuyang 2025 coercive measures decisions?", E("sy", "active.coercion.decisions")),
              ("licensing?", E("sy", "active.licensing.decisions"))], FU + "row switch en"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "jx", "26个试点领域", 26, "个", "涧西区2020年设了多少个试点领域的专栏", TX),
        N(z, "ha", "政务新媒体共计", 95, "个", "淮安市2024年还在运维的政务新媒体有几个", TX),
        N(z, "ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次公开栏目全覆盖检查", TX),
        N(z, "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）", TX),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在网站上主动公开了多少条信息", TX),
        N(z, "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽区2024年网站主动发布政府信息多少条", TX),
        N(z, "hz24", "主动发布各类政府信息 2428", 7, "期", "洪泽2024年公开了几期政府常务会议", TX),
        N(z, "sy", "开展意见征集9期", 9, "期", "沭阳县2025年在门户网站搞了几期意见征集", TX),
        N(z, "sy", "发布信息3044条", 3044, "条", "沭阳2025年县直部门在公开页面发了多少条", TX),
        N(z, "sy", "年度涌现爆款内容52条", 52, "条", "沭阳县2025年出了多少条爆款", TX),
        N(z, "sy", "催办提示", 84, "次", "沭阳2025年那个倒计时报警器一共发了多少次催办提示", TX),
        N(z, "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办理前主动跟申请人沟通了几次", TX),
        N(z, "sy", "累计清理过期信息697条", 697, "条", "沭阳2025年清理掉的过期信息有多少条", TX),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有几家", TX),
        N(z, "sh25", "召开市政府新闻发布会 42", 42, "场", "上海市政府2025年开了几场新闻发布会", TX),
        N(z, "sh25", "编辑《上海市人民政府公报》24", 24, "期", "上海市府办2025年编了几期市政府公报", TX),
        N(z, "sh25", "16 个区全部上线数字公报", 16, "个", "2025年上海有几个区上线了数字公报", TX),
        N(z, "sh19", "权威发布共计38次", 38, "次", "上海市府办2019年对常务会议议题权威发布了几次", TX),
        N(z, "sh19", "每季度对本市处于正常运行状态的70家政府网站", 70, "家", "2019年上海每季度检查的正常运行政府网站有多少家", TX),
        N(z, "kw", "原创文章 294", 294, "篇", "上海科委2024年公众号原创文章多少篇", TX),
        N(e, "jx", "办结率88.2%", 88.2, "%", "Jianxi District 2020 - what share of applications got wrapped up (percent)?", TX),
        N(e, "ha", "合格率均为 100%", 100, "%", "Huai'an 2024: pass rate of its government social media accounts in the provincial spot checks?", TX),
        N(e, "hz23", "信息处理费 0", 0, "元", "Did Hongze District charge anything for handling info requests in 2023? amount in yuan", TX),
        N(e, "sy", "专栏33个", 33, "个", "Shuyang County 2025: how many themed columns did its social-media channels run?", TX),
        N(e, "sy", "策采相关新闻稿件2606", 2606, "篇", "How many news pieces did Shuyang's new-media team put together in 2025?", TX),
        N(e, "sy", "其中图文及视频类产品共 17", 17, "篇", "Shuyang 2025 explainers: how many of them came as picture-and-text or video pieces?", TX),
        N(e, "sy", "成功推动化解各类争议纠纷 33", 33, "件", "In 2025 how many disputes did Shuyang manage to settle by talking to applicants early?", TX),
        N(e, "sy", "信息处理费共计380", 380, "元", "Total processing fees charged by Shuyang's agencies in 2025, yuan?", TX),
        N(e, "sy", "主动公开政府信息4511", 4511, "条", "Shuyang county website 2025 - items it put out proactively?", TX),
        N(e, "kw", "微信公众号目前关注人数达 1016823", 1016823, "人", "How many people follow the Shanghai science commission's WeChat account (2024 report)?", TX),
        N(e, "kw", "日常报送惠企政策 83", 83, "条", "STCSM 2024: pro-business policies it routinely submitted, count?", TX),
        N(e, "kw", "“上海科技”网站全年累计发布信息 2139", 2139, "条", "Shanghai science commission 2024: total posts on its website over the year?", TX),
        N(e, "kw", "短视频 584", 584, "条", "STCSM 2024 - number of short clips it produced for its video channel", TX),
        N(e, "sh25", "新闻通气会 19", 19, "场", "Shanghai 2025: how many background press briefings (not full press conferences) did the city hold?", TX),
        N(e, "sh25", "已覆盖 10 个语种", 10, "个", "The Shanghai international services portal, per the 2025 General Office report, now runs in how many languages?", TX),
        N(e, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025: number of pre-release reviews of documents?", TX),
        N(e, "sh19", "共编发公报24期", 24, "期", "Shanghai General Office 2019 - issues of the municipal gazette printed?", TX),
        N(e, "sh19", "统一受理平台接入53个部门", 2261, "项", "Shanghai 2019: how many service items were plugged into the one-stop intake platform?", TX),
        N(e, "sh19", "市政府公文主动公开率达90.2%", 90.2, "%", "What proportion of Shanghai government documents reviewed in 2019 were made public on the office's own initiative?", TX),
    ]


def cannot():
    z, e = "zh", "en"
    Q = [
        (z, "沭阳县2025年申请信息公开的人里男的女的各多少", "no sex breakdown"),
        (z, "淮安2024年哪个月申请最多", "no month breakdown"),
        (z, "洪泽区2022年收到几件公开申请", "洪泽 2022 not in corpus"),
        (z, "南京市2024年信息公开申请多少件", "南京市 not in corpus"),
        (z, "我2025年给沭阳县政府申请过拆迁补偿的材料，我那件现在办到哪一步了", "one person's own case"),
        (z, "沭阳2025年的申请平均几天答复完", "no response times"),
        (z, "淮安市政府办公室干信息公开的有几个工作人员（2024年）", "no staff number"),
        (z, "预计上海市府办2026年会收到多少申请", "forecast"),
        (z, "你觉得淮安2024年的政务公开做得好不好", "opinion"),
        (z, "涧西区2020年申请人里60岁以上的有几个", "no age breakdown"),
        (z, "上海科委2023年的年报里新收申请多少", "kw 2023 not in corpus"),
        (z, "淮安2024年各县区分别收到多少申请", "no district breakdown"),
        (z, "沭阳县2025年申请里关于征地拆迁的占多少", "no topic breakdown"),
        (z, "洪泽区2024年 网上申请和当面申请各几件", "no channel breakdown"),
        (z, "能把淮安2024年申请人的名字和电话发我吗", "personal data"),
        (z, "宿迁市2025年受理多少信息公开申请", "宿迁市 not in corpus"),
        (z, "上海市府办2025年复议被纠正的那几件是哪个部门的", "no department breakdown"),
        (z, "沭阳2025年信息公开工作花了多少经费", "no cost"),
        (z, "浦东新区2025年的主动公开条数", "浦东 not in corpus"),
        (z, "涧西区2021年的依申请公开多少件", "涧西 2021 not in corpus"),
        (e, "Huai'an 2024: how many requests came from people living outside the city?", "no residence breakdown"),
        (e, "Shuyang County 2025 - split of requests by quarter?", "no quarter breakdown"),
        (e, "Shanghai General Office 2022 new requests?", "sh 2022 not in corpus"),
        (e, "How many requests did Qingjiangpu District receive in 2024?", "清江浦区 not in corpus"),
        (e, "My neighbour applied to Hongze District in 2024 about his land — was his request approved?", "one person's own case"),
        (e, "What will Huai'an's 2025 request volume probably be?", "forecast"),
        (e, "Is Shuyang's 2025 disclosure work better than Huai'an's in 2024, in your opinion?", "opinion"),
        (e, "Jianxi 2020: how many requesters were women?", "no sex breakdown"),
        (e, "Which industries did company applicants to Huaian in 2024 come from?", "no industry breakdown"),
        (e, "How long on average did the Shanghai General Office take to answer a request in 2025?", "no response times"),
        (e, "STCSM 2024 - how many staff work on information disclosure?", "no staff number"),
        (e, "Hongze District 2024: why did the number of requests change compared with 2023?", "reason not stated"),
        (e, "Shuyang 2024 annual report: total new requests?", "沭阳 2024 not in corpus"),
        (e, "Can you give me the ID numbers of people who sued Huai'an in 2024?", "personal data"),
        (e, "Shanghai General Office 2019 - requests broken down by township?", "no township breakdown"),
        (e, "Nanjing 2024 administrative reviews about disclosure — how many?", "南京市 not in corpus"),
        (e, "How much did Huai'an spend on running its disclosure portal in 2024?", "no cost"),
        (e, "Shanghai science commission 2024: how many requests were about research grants?", "no topic breakdown"),
        (e, "Expected number of lawsuits against Shuyang County in 2026?", "forecast"),
    ]
    return [U(l, q, w, NO + w) for l, q, w in Q]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安2024年 从前一年留下来、2024年接着办的申请几件（不是转到下年的）", NB + "carried_over vs carried_forward", alt=HA_CO),
        T(z, "sy", "a.litigation_after_review.total", "沭阳2025年先走了复议、不服再去起诉的官司几件", NB + "after_review vs direct"),
        T(z, "ha", "active.normative_docs.repealed", "淮安市2024年作废掉的规范性文件，不是新发的，多少", NB + "repealed vs issued"),
        T(z, "sy", "r.unable.needs_creation.total", "沭阳县2025年 信息得重新整理制作才有、所以给不了的 几件（不是压根没有的）", NB + "needs_creation vs not_held"),
        T(z, "ha", "r.withheld.process_info.total", "淮安24年 还在讨论研究阶段的过程性信息没给的（别跟内部事务搞混）", NB + "process_info vs internal_affairs"),
        T(z, "jx", "active.procurement.projects", "涧西区2020年政府集中采购 是问项目个数 不是金额", NB + "projects vs amount"),
        T(z, "sh19", "active.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新制作的）", NB + "total_published vs made"),
        T(e, "ha", "a.review.other", "Huai'an 2024 reviews with 'other results' — not the corrected ones", NB + "other vs corrected", alt=HA_OTHER),
        T(e, "sy", "r.partially_granted.total", "Shuyang 2025, partly disclosed (not the fully disclosed ones) — how many?", NB + "partially vs granted"),
        T(e, "ha", "r.received.legal_services", "Huaian 2024, requests from law firms — not from businesses", NB + "legal_services vs commercial"),
        T(e, "ha", "r.other.overdue_fee.total", "Huai'an 2024: applicants who missed the fee deadline (not those who missed the correction deadline)", NB + "overdue_fee vs overdue_correction"),
        T(e, "sy", "r.not_processed.duplicate.total", "Shuyang 2025, declined because it was a repeat of an earlier request, not because it was a complaint", NB + "duplicate vs petition"),
        T(e, "sh19", "active.procurement.amount", "Shanghai General Office 2019 central procurement — the money amount please, not the project count", NB + "amount vs projects", unit=W),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
