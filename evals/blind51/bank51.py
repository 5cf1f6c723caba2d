"""Question bank of blind set 51 (evals/blind51). Holds every test question: as frozen as test.jsonl.

All wordings written from scratch for this set. Values come from helpers51 (gold JSON, or the
printed text cells named in SPECS, the same cells blind6 verified).
"""
import blindlib51 as L
from helpers51 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)

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

P, M, RK, FU, TX, CN, NB = ("[plain] ", "[combine] ", "[rank] ", "[followup] ", "[textonly] ",
                            "[cannot] ", "[neighbour] ")


def CONVERSATIONS():
    c = []
    a = c.append
    # ------------------------------------------------------------ [plain] value, zh
    a(V("zh", "ha", "r.withheld.third_party.total", "淮安市政府2024年因为会损害别人（第三方）合法权益没给公开的申请有几件", P + "third party, everyday"))
    a(V("zh", "ha", "r.withheld.security_stability.total", "问下淮安2024年那种说公开了会影响安全稳定所以不给的 有多少件啊", P + "security_stability colloquial"))
    a(V("zh", "ha", "r.withheld.state_secret.total", "淮安24年有没有以涉密为由拒了的申请？几件", P + "state secret colloquial"))
    a(V("zh", "ha", "r.withheld.prohibited_by_law.total", "我是记者。淮安市人民政府2024年报里，因为法律法规明令禁止公开而拒绝的，一共多少件？", P + "prohibited by law"))
    a(V("zh", "ha", "r.withheld.enforcement_files.total", "淮安市2024 查处案卷那类（行政执法案卷）没给公开的几个", P + "enforcement files, typo style"))
    a(V("zh", "ha", "r.withheld.admin_query.total", "淮安2024年有些人其实是来咨询办事的，被当成行政查询事项没按公开处理，这种多少件", P + "admin query by what happened"))
    a(V("zh", "ha", "r.unable.unclear.total", "淮安市政府二〇二四年因为申请人自己都没说清楚要啥信息、补正后还不明确的，几件", P + "unclear request"))
    a(V("zh", "ha", "r.not_processed.reconfirm.total", "淮安2024年 有人要政府确认或者重新出具已经拿到过的信息 这种不予处理的有几件", P + "reconfirm sub-item"))
    a(V("zh", "ha", "r.other.overdue_fee.total", "帮个忙查下淮安市2024：通知交信息处理费了申请人一直不交、超期了的那种，多少件", P + "overdue fee"))
    a(V("zh", "ha", "r.other.overdue_correction.total", "淮安2024年让申请人补材料结果人家过期没补的，算其他处理里的，几件？", P + "overdue correction"))
    a(V("zh", "ha", "r.received.legal_services", "淮安市人民政府2024年律师事务所这类法律服务机构递的新申请有多少", P + "legal services column"))
    a(V("zh", "ha", "r.received.commercial", "24年淮安公司企业（商业企业）新提交的信息公开申请数是？", P + "commercial column"))
    a(V("zh", "ha", "r.received.research", "淮安市2024年科研院所那一栏新收了几件申请", P + "research column (0)"))
    a(V("zh", "ha", "r.partially_granted.total", "淮安2024给了一部分、另一部分没给的 这种答复多少件", P + "partially granted"))
    a(V("zh", "ha", "a.litigation_direct.corrected", "淮安市政府2024年被直接起诉、法院判它错了要纠正的有几起", P + "direct suit corrected"))
    a(V("zh", "ha", "a.litigation_after_review.pending", "淮安2024年那些先复议完又去打官司的，到年底法院还没判完的有几件", P + "after-review pending"))
    a(V("zh", "ha", "c.normative_docs.repealed", "淮安市2024年一共废掉了多少件行政规范性文件", P + "repealed docs"))
    a(V("zh", "ha", "c.coercion.decisions", "2024年淮安市搞了多少次行政强制（处理决定数）", P + "coercion"))
    a(V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱 万元", P + "fees amount", unit="万元"))
    a(V("zh", "hz23", "r.withheld.process_info.total", "洪泽区政府2023年以“还在讨论研究、属于过程性信息”为由没公开的几件", P + "process info"))
    a(V("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023年有申请人要的东西得政府重新加工汇总才有，结果没提供，这种几件", P + "needs creation by what happened"))
    a(V("zh", "hz23", "r.not_processed.petition.total", "洪泽区23年有人把投诉举报当信息公开申请交上来了，被不予处理的有几件", P + "petition by what happened"))
    a(V("zh", "hz23", "a.review.corrected", "洪泽区人民政府2023年信息公开复议里被纠错的几件", P + "review corrected"))
    a(V("zh", "hz23", "c.licensing.decisions", "洪泽2023行政许可决定多少个", P + "licensing"))
    a(V("zh", "hz23", "c.normative_docs.in_force", "截至2023年底洪泽区还有效的行政规范性文件有几件", P + "in force"))
    a(V("zh", "sy", "r.withheld.internal_affairs.total", "我前阵子帮我妈给沭阳县政府写过申请，想查的是人家单位内部管理的事，被拒了。想问下2025年这类属于内部事务信息不予公开的一共几件？", P + "story, internal affairs"))
    a(V("zh", "sy", "r.withheld.admin_query.total", "沭阳2025年被认定为行政查询事项、没当公开申请办的 多少", P + "admin query"))
    a(V("zh", "sy", "r.other.other.total", "沭阳县2025年“其他处理”里头最后那一小项“其他”是多少件", P + "other.other"))
    a(V("zh", "sy", "r.not_processed.duplicate.total", "沭阳25年同一个人把同样的申请重复交的 不予处理了几件", P + "duplicate"))
    a(V("zh", "sy", "r.received.legal_services", "沭阳县2025年律所递过来的新申请 几件", P + "legal services col"))
    a(V("zh", "sy", "r.partially_granted.legal_services", "沭阳2025法律服务机构的申请里只公开了一部分的有几件", P + "cell partial x legal services"))
    a(V("zh", "sy", "a.review.other", "沭阳县人民政府2025年行政复议结果既不是维持也不是纠正、算“其他结果”的有几个", P + "review other"))
    a(V("zh", "sy", "a.litigation_after_review.other", "沭阳25年复议后又起诉的案子里 结果属于其他的 几件", P + "after review other"))
    a(V("zh", "sy", "c.normative_docs.issued", "沭阳县2025年新出台了几件行政规范性文件", P + "issued"))
    a(V("zh", "sy", "c.punishment.decisions", "沭阳2025年行政处罚决定一共多少", P + "punishment"))
    a(V("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个", P + "procurement projects"))
    a(V("zh", "jx", "r.granted.total", "涧西区2020年申请的信息直接全部给公开了的有几件", P + "granted"))
    a(V("zh", "jx", "r.unable.not_held.total", "涧西区人民政府办公室2020年 说自己手上没有这个信息的答复几件", P + "not held"))
    a(V("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市府办2019年老百姓个人申请的里面，因为需要另外制作才能有所以没提供的，几件", P + "needs creation natural person"))
    a(V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年个人把信访件当公开申请递过来 被不予处理的有多少", P + "petition natural person"))
    a(V("zh", "sh19", "c.procurement.amount", "2019年上海市府办政府集中采购金额多少万元", P + "procurement amount", unit="万元"))
    a(V("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年规章对外公开总数量是多少", P + "regulations total published"))
    a(V("zh", "sh19", "r.unable.unclear.natural_person", "上海市府办19年个人申请中 内容说不清楚没法提供的 几件", P + "unclear"))
    a(V("zh", "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚决定数量", P + "text cell punishment"))
    a(V("zh", "hz24", "r.unable.not_held.total", "洪泽区24年回复说“我们这没有这个信息”的有几件", P + "text cell not held"))
    a(V("zh", "kw", "c.normative_docs.in_force", "上海科委2024年现行有效规范性文件多少件", P + "text cell in force"))
    a(V("zh", "kw", "r.received.commercial", "市科委2024年企业交上来的新申请几件", P + "text cell commercial"))
    a(V("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年那些其实是信访举报投诉、被不予处理的申请几件", P + "text cell petition"))
    a(V("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025 要另行制作才能给、所以没提供的 几件", P + "text cell needs creation"))
    a(V("zh", "sh25", "a.litigation_direct.pending", "2025年上海市府办直接被告到法院、年底还没判的案子几件", P + "text cell direct pending"))
    a(V("zh", "sh25", "requests.received.commercial", "上海市府办2025年企业新提的公开申请是多少", P + "text cell commercial"))
    # ------------------------------------------------------------ [plain] value, en
    a(V("en", "ha", "r.withheld.third_party.total", "Huai'an city gov 2024: how many requests were refused because releasing would hurt some other person's or company's legit interests?", P + "third party paraphrase"))
    a(V("en", "ha", "r.withheld.internal_affairs.total", "In 2024 how many times did Huaian say no because the info was just about its own internal housekeeping?", P + "internal affairs paraphrase"))
    a(V("en", "ha", "r.withheld.process_info.total", "huaian 2024 requests turned down coz the stuff was still draft / under discussion - how many", P + "process info"))
    a(V("en", "ha", "r.unable.needs_creation.total", "For Huai'an in 2024, count of requests it couldn't meet because the data would have to be compiled from scratch?", P + "needs creation paraphrase"))
    a(V("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024 — people sending the very same request again, how many of those were not processed?", P + "duplicate"))
    a(V("en", "ha", "r.not_processed.petition.total", "How many 2024 applications to the Huai'an government were really complaints or tip-offs and so were not handled as disclosure requests?", P + "petition"))
    a(V("en", "ha", "r.other.other.total", "Huai'an 2024, the catch-all 'other' line under other handling (其他处理 → 其他): number?", P + "other.other, label in brackets"))
    a(V("en", "ha", "r.received.other_org", "Huai'an FY2024: new requests filed by organisations in the 'other' applicant column", P + "other_org col"))
    a(V("en", "ha", "r.granted.legal_services", "How many requests from law firms did Huai'an fully grant in 2024?", P + "granted x legal services"))
    a(V("en", "ha", "r.unable.not_held.commercial", "Huai'an 2024: businesses asked for info the city simply didn't have — how many such replies?", P + "not_held x commercial"))
    a(V("en", "ha", "a.review.pending", "huai an 2024 admin reconsideration cases still open at year end?", P + "review pending (text also 37)", alt=("尚未审结 37", 37)))
    a(V("en", "ha", "a.litigation_direct.upheld", "In 2024, lawsuits filed straight against Huai'an (no reconsideration first) where the court sided with the government: how many?", P + "direct upheld"))
    a(V("en", "ha", "a.litigation_direct.other", "Huai'an 2024, direct court cases that ended some other way (neither upheld nor corrected)?", P + "direct other"))
    a(V("en", "ha", "a.litigation_after_review.corrected", "How many times in 2024 did a court overturn Huai'an after the applicant had first gone through reconsideration?", P + "after review corrected"))
    a(V("en", "ha", "c.licensing.decisions", "Number of administrative licensing decisions (行政许可) Huai'an made in 2024?", P + "licensing"))
    a(V("en", "ha", "c.regulations.in_force", "How many Huai'an municipal rules were still valid at the end of 2024?", P + "regulations in force"))
    a(V("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023 - any requests denied on state-secret grounds? how many", P + "state secret"))
    a(V("en", "hz23", "r.withheld.enforcement_files.total", "Hongze 2023: refusals because the thing asked for was a law-enforcement case file?", P + "enforcement files"))
    a(V("en", "hz23", "r.unable.not_held.total", "In 2023 how many times did Hongze district govt answer 'we don't hold that'?", P + "not held"))
    a(V("en", "hz23", "a.litigation_after_review.upheld", "Hongze 2023: suits brought after reconsideration that the court upheld?", P + "after review upheld"))
    a(V("en", "hz23", "c.fees.amount", "How much did Hongze District take in from administrative fees in 2023 (in 10k yuan)?", P + "fees", unit="万元"))
    a(V("en", "hz23", "c.coercion.decisions", "hongze 2023 number of administrative enforcement/coercion decisions", P + "coercion"))
    a(V("en", "sy", "r.withheld.security_stability.total", "Shuyang County 2025: requests refused since disclosure might endanger public safety or stability?", P + "security"))
    a(V("en", "sy", "r.withheld.third_party.total", "Shuyang 2025, refusals to protect a third party's lawful rights — count?", P + "third party"))
    a(V("en", "sy", "r.withheld.enforcement_files.total", "How many Shuyang 2025 requests got refused as administrative enforcement case files?", P + "enforcement"))
    a(V("en", "sy", "r.unable.needs_creation.total", "Shuyang County gov 2025 couldn't provide because it would need to make a new document - how many", P + "needs creation"))
    a(V("en", "sy", "r.other.overdue_fee.total", "In 2025 Shuyang: applicants told to pay the processing fee who never paid in time — how many cases?", P + "overdue fee"))
    a(V("en", "sy", "r.other.overdue_correction.total", "Shuyang 2025: applicants who never fixed/completed their request after being asked to?", P + "overdue correction"))
    a(V("en", "sy", "r.received.commercial", "New requests from companies to Shuyang County in 2025?", P + "commercial"))
    a(V("en", "sy", "a.review.corrected", "Shuyang 2025: reconsiderations where the reviewing body told the county to fix its decision?", P + "review corrected"))
    a(V("en", "sy", "a.review.pending", "Shuyang County, 2025, reconsideration cases not concluded by year end", P + "review pending"))
    a(V("en", "sy", "a.litigation_direct.upheld", "How many of Shuyang's 2025 direct lawsuits ended with the county's decision kept?", P + "direct upheld"))
    a(V("en", "sy", "c.coercion.decisions", "Shuyang 2025 administrative coercion decisions?", P + "coercion"))
    a(V("en", "sy", "c.fees.amount", "What did Shuyang County collect in administrative and institutional fees in 2025 (万元)?", P + "fees", unit="万元"))
    a(V("en", "jx", "c.procurement.amount", "Jianxi District 2020 centralized government purchasing — total amount in 万元?", P + "procurement amount", unit="万元"))
    a(V("en", "jx", "a.litigation_after_review.upheld", "Jianxi District office 2020: lawsuits after a reconsideration, upheld — how many?", P + "after review upheld"))
    a(V("en", "sh19", "r.unable.not_held.natural_person", "Shanghai General Office 2019, individuals told the office doesn't have the info — number?", P + "not held x natural person"))
    a(V("en", "sh19", "r.withheld.admin_query.natural_person", "Shanghai general office 2019: private persons whose request was really an admin inquiry, so not disclosed. count?", P + "admin query x NP"))
    a(V("en", "sh19", "r.withheld.state_secret.natural_person", "How many individual requests did the Shanghai General Office refuse on secrecy grounds in 2019?", P + "state secret NP"))
    a(V("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents made public so far (对外公开总数量)?", P + "total published"))
    a(V("en", "sh19", "r.received.commercial", "Shanghai gov general office 2019 — new applications from businesses?", P + "commercial"))
    a(V("en", "sh19", "r.withheld.internal_affairs.natural_person", "Shanghai General Office 2019: private persons refused because what they wanted was about the office's own internal running?", P + "internal affairs x NP"))
    a(V("en", "hz24", "c.licensing.decisions", "Hongze District 2024 licensing decisions — how many?", P + "text cell licensing"))
    a(V("en", "hz24", "c.fees.amount", "Hongze 2024 administrative fee revenue in 万元?", P + "text cell fees", unit="万元"))
    a(V("en", "kw", "c.licensing.decisions", "STCSM (Shanghai science commission) 2024: administrative licences granted/decided?", P + "text cell licensing"))
    a(V("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests where it said the info isn't in its hands?", P + "text cell not held"))
    a(V("en", "sh25", "a.review.pending", "Shanghai General Office 2025 reconsiderations still pending at year end?", P + "text cell review pending"))
    a(V("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: requests from legal service firms carried in from the previous year?", P + "text cell carried over legal"))
    # ------------------------------------------------------------ [neighbour] trap
    a(T("zh", "ha", "r.carried_forward.total", "淮安2024年办不完、要挪到下一年接着办的申请是多少（不是从上一年带过来的那个数）", NB + "结转下年 vs 上年结转", alt=("顺延到下年度答复", 103)))
    a(T("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先走了复议、不服再去法院告的 一共几件（别跟直接起诉的搞混）", NB + "复议后起诉 vs 直接起诉"))
    a(T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年行政规范性文件是清理掉了多少件，注意我问的是废止的不是新发的", NB + "废止 vs 制发"))
    a(T("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年无法提供里面，不是“没有这个信息”，是“得另外做一份”的那种，几件", NB + "另行制作 vs 不掌握"))
    a(T("zh", "hz23", "r.withheld.process_info.total", "洪泽2023年不予公开里 属于过程性信息的（不是内部事务那行）是几件", NB + "过程性 vs 内部事务"))
    a(T("zh", "sh19", "c.procurement.projects", "上海市府办2019年集中采购的项目个数，不是金额", NB + "项目数 vs 金额"))
    a(T("zh", "ha", "r.partially_granted.commercial", "淮安2024年企业申请里只给了部分内容的 不是全部公开的 有几件", NB + "部分公开 vs 予以公开"))
    a(T("en", "ha", "a.review.corrected", "Huai'an 2024 reconsiderations: I want the ones where the decision was corrected — not the 'other outcome' ones.", NB + "纠正 vs 其他结果", alt=("结果纠正 64", 64)))
    a(T("en", "sy", "c.normative_docs.in_force", "Shuyang 2025 normative documents: how many are currently in effect (not how many were newly issued)?", NB + "现行有效 vs 制发"))
    a(T("en", "sh19", "c.regulations.made", "Shanghai General Office 2019: rules newly drafted that year — not the cumulative published total", NB + "新制作 vs 对外公开总数", alt=("规章13件", 13)))
    a(T("en", "ha", "a.litigation_direct.total", "Huai'an 2024: lawsuits taken straight to court, skipping reconsideration — total only, not the after-reconsideration ones", NB + "直接起诉 vs 复议后起诉"))
    a(T("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service agencies, not from business firms", NB + "法律服务机构 vs 商业企业"))
    a(T("en", "jx", "c.normative_docs.made", "Jianxi 2020: normative documents newly produced that year (not the total ever made public)?", NB + "新制作 vs 对外公开总数"))
    # ------------------------------------------------------------ [combine] sum
    a(S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "淮安2024年 因为涉密 加上 法律不让公开 这两种一共拒了多少", M + "sum 2"))
    a(S("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年多少申请至少拿到了一部分信息？全部公开加部分公开", M + "sum 2"))
    a(S("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年复议、直接起诉、复议后起诉三样加起来一共多少件", M + "sum 3"))
    a(S("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳2025年许可、处罚、强制三种决定合计多少个", M + "sum 3"))
    a(S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年没法提供的 不掌握加上要另外做的 合计", M + "sum 2"))
    a(S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安2024其他处理三小项加总是多少", M + "sum 3"))
    a(S("zh", "sh19", ["r.not_processed.petition.natural_person", "r.not_processed.duplicate.natural_person"], "上海市府办2019年个人申请里被不予处理的：信访类加重复申请 一共几件", M + "sum 2"))
    a(S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年不予公开的八个小项全部加起来多少", M + "sum 8"))
    a(S("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "Shuyang 2025: internal-matters refusals plus still-being-deliberated refusals, combined?", M + "sum 2"))
    a(S("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024 — add up new requests from businesses, law firms and 'other' organisations", M + "sum 3"))
    a(S("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "For Shuyang County in 2025, how many appeals in total (reconsideration and both kinds of lawsuit) ended with the government's decision upheld?", M + "sum 3"))
    a(S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze 2023 licensing plus penalty decisions, total", M + "sum 2"))
    a(S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District office 2020: all reconsiderations and lawsuits together?", M + "sum 3"))
    a(S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Huai'an 2024: add the five 'not processed' (不予处理) sub-rows together", M + "sum 5"))
    a(S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "Shanghai General Office 2019, individuals only: sum of the three 'unable to provide' reasons", M + "sum 3"))
    a(S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shuyang 2025: not-held and would-need-creating, both together", M + "sum 2"))
    # ------------------------------------------------------------ [combine] difference
    a(D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数2024年比2023年变了多少（24减23）", M + "diff"))
    a(D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽 行政许可 2023到2024 增加了多少个", M + "diff"))
    a(D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区回复“本机关不掌握”的件数，2024年比2023年多了几件", M + "diff"))
    a(D("zh", "sh19", "sh25", "r.received.commercial", "上海市府办企业新申请 2025年跟2019年比差多少", M + "diff"))
    a(D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接被起诉的案子 2025年比2019年多几件", M + "diff"))
    a(D("en", "hz23", "hz24", "c.coercion.decisions", "Change in Hongze's coercion decisions from 2023 to 2024 (2024 minus 2023)?", M + "diff"))
    a(D("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's admin fee income move between 2023 and 2024, in 万元?", M + "diff", unit="万元"))
    a(D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests rolled into the next year, 2025 vs 2019 — the difference?", M + "diff"))
    a(D("en", "sh19", "sh25", "r.received.natural_person", "How much did new requests from private individuals to the Shanghai General Office grow from 2019 to 2025?", M + "diff"))
    a(D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative docs in force at end-2024 minus end-2023?", M + "diff"))
    # ------------------------------------------------------------ [rank]
    a(R("zh", ["ha", "sy", "jx"], "a.review.total", "desc", "淮安2024、沭阳2025、涧西2020 三家里谁被申请行政复议最多", RK + "desc"))
    a(R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，结转到下年的申请谁最少", RK + "asc"))
    a(R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "行政许可决定数：淮安2024 沭阳2025 洪泽2023 哪个最多", RK + "desc"))
    a(R("zh", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "企业新申请最少的是哪家：淮安市2024年、沭阳县2025年、上海市府办2019年", RK + "asc"))
    a(R("zh", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "desc", "不掌握信息的答复，淮安24年、沭阳25年、洪泽23年、涧西20年谁最多", RK + "desc"))
    a(R("zh", ["sy", "hz23", "jx"], "a.litigation_after_review.upheld", "desc", "沭阳2025、洪泽2023、涧西2020 复议后起诉被维持的 谁最多", RK + "desc"))
    a(R("zh", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "行政事业性收费金额：淮安2024、沭阳2025、洪泽2023，哪个最少", RK + "asc"))
    a(R("en", ["ha", "sy", "sh19"], "r.not_processed.duplicate.natural_person", "desc", "Among Huai'an (2024), Shuyang (2025) and the Shanghai General Office (2019), who had the most repeat requests from individuals that were not processed?", RK + "desc"))
    a(R("en", ["ha", "sy", "hz23"], "r.withheld.admin_query.total", "desc", "Which body turned away the most admin-inquiry requests: Huai'an 2024, Shuyang 2025 or Hongze 2023?", RK + "desc"))
    a(R("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "Fewest new disclosure requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?", RK + "asc"))
    a(R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Who had the most normative documents in force — Huai'an at end-2024, Shuyang at end-2025, Hongze at end-2023?", RK + "desc"))
    a(R("en", ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "Which had the fewest direct lawsuits: Huai'an 2024, Shuyang 2025, Jianxi 2020?", RK + "asc"))
    a(R("en", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "Internal-affairs refusals — highest among Huai'an 2024, Shuyang 2025, Hongze 2023?", RK + "desc"))
    # ------------------------------------------------------------ [textonly] narrative
    a(N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", TX + "press conferences"))
    a(N("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安2024年信息处理费一共收了多少块钱", TX + "fee yuan"))
    a(N("zh", "ha", "政务新媒体共计 95", 95, "个", "淮安市2024年全市在运维的政务新媒体号有多少个", TX + "new media"))
    a(N("zh", "ha", "全覆盖检查", 4, "次", "淮安24年公开栏目全覆盖检查搞了几次", TX + "checks"))
    a(N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", TX + "portal items"))
    a(N("zh", "hz24", "政府常务会议 7期", 2428, "条", "洪泽区政府2024年网站主动发了多少条政府信息", TX + "portal items"))
    a(N("zh", "sy", "意见征集9期", 9, "期", "沭阳县2025年门户网站开展了几期意见征集", TX + "consultations"))
    a(N("zh", "sy", "催办提示 84", 84, "次", "沭阳那个倒计时报警器2025年一共发了多少次催办提醒", TX + "reminders"))
    a(N("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年网站巡检整改了多少处打不开的坏链接", TX + "broken links"))
    a(N("zh", "sy", "过期信息697", 697, "条", "沭阳2025年清理掉的过期信息有多少条", TX + "cleared items"))
    a(N("zh", "sy", "64家单位", 64, "家", "沭阳县2025年有多少家单位的年报是集中统一发布的", TX + "units"))
    a(N("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳25年办理申请前主动跟申请人沟通了几次", TX + "pre-contact"))
    a(N("zh", "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了多少场新闻通气会", TX + "briefings"))
    a(N("zh", "sh25", "10 个语种", 10, "个", "上海国际服务门户到2025年覆盖几种语言", TX + "languages"))
    a(N("zh", "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少件", TX + "withdrawn"))
    a(N("zh", "sh19", "权威发布共计38", 38, "次", "上海市政府2019年对常务会议重要议题做了几次权威发布", TX + "releases"))
    a(N("zh", "sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的政府网站有多少家", TX + "websites"))
    a(N("zh", "kw", "直播 118", 118, "场", "上海科委视频号2024年直播了几场", TX + "live streams"))
    a(N("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年基层政务公开标准化涉及多少个试点领域", TX + "pilot areas"))
    a(N("en", "ha", "政策解读21", 21, "个", "How many policy explainers (text or pictures) did Huai'an put out in 2024?", TX + "interpretations paraphrase"))
    a(N("en", "ha", "公报》6 期", 6, "期", "Huai'an 2024: how many editions of the city's official bulletin came out?", TX + "gazette paraphrase"))
    a(N("en", "hz24", "解读信息发布 7", 7, "条", "Hongze District in 2024 — how many items explaining policies did it post?", TX + "interpretation items"))
    a(N("en", "hz24", "区政府办代表区政府受理", 17, "件", "In its 2024 narrative, how many applications does Hongze say its district office handled on behalf of the district government?", TX + "text-only 17 (table 95)"))
    a(N("en", "sy", "专栏33", 33, "个", "How many themed columns did Shuyang's government social-media accounts run in 2025?", TX + "columns paraphrase"))
    a(N("en", "sy", "原创短视频1113", 1113, "个", "Number of self-made short clips Shuyang County pushed out in 2025?", TX + "videos paraphrase"))
    a(N("en", "sy", "爆款内容52", 52, "条", "Shuyang 2025: how many posts went viral?", TX + "viral paraphrase"))
    a(N("en", "sy", "信息处理费共计380", 380, "元", "How much money did Shuyang's agencies charge applicants for handling their 2025 requests, in yuan?", TX + "fee paraphrase"))
    a(N("en", "sy", "全县共办理相关案件 74", 74, "件", "How many appeal-type cases (reconsideration and court) did Shuyang County deal with in 2025 according to its narrative?", TX + "cases paraphrase (not a table cell: table 61+3+10)"))
    a(N("en", "sy", "成功推动化解各类争议纠纷 33", 33, "件", "Shuyang 2025: disputes settled through talking to applicants early — how many?", TX + "disputes paraphrase"))
    a(N("en", "sh25", "新闻发布会 42", 42, "场", "How many press events did the Shanghai municipal government hold in 2025 (the formal ones, not briefings)?", TX + "press conferences paraphrase"))
    a(N("en", "sh25", "公报》24 期", 24, "期", "Shanghai General Office 2025: how many editions of the municipal gazette were edited?", TX + "gazette"))
    a(N("en", "sh25", "16 个区全部上线", 16, "个", "How many Shanghai districts had gone live with a digital bulletin by 2025?", TX + "districts paraphrase"))
    a(N("en", "sh25", "公开属性审查 166", 166, "件", "Shanghai General Office 2025: official documents vetted for whether they could be made public — how many?", TX + "review paraphrase"))
    a(N("en", "sh19", "政策解读共132", 132, "件", "Shanghai 2019: how many policy explanations went up on the main portal?", TX + "interpretations paraphrase"))
    a(N("en", "sh19", "2261项事项", 2261, "项", "In 2019 how many services were hooked into Shanghai's unified 'one-stop online' intake platform?", TX + "services paraphrase"))
    a(N("en", "kw", "原创文章 294", 294, "篇", "STCSM 2024: how many original pieces did its WeChat account publish?", TX + "original articles"))
    a(N("en", "kw", "惠企政策 83", 83, "条", "Shanghai science commission 2024 — business-support policies reported day to day, how many?", TX + "policies paraphrase"))
    a(N("en", "jx", "办结率", 88.2, "%", "Jianxi District office 2020: what share of requests was wrapped up?", TX + "completion rate"))
    # ------------------------------------------------------------ [cannot] unanswerable
    a(U("zh", "淮安市2024年的信息公开申请里，女的申请人有多少", "no sex breakdown of applicants", CN + "sex"))
    a(U("zh", "沭阳县2025年申请信息公开的人里六十岁以上的占多少", "no age breakdown", CN + "age"))
    a(U("zh", "淮安2024年3月份收到几件公开申请", "no monthly breakdown", CN + "month"))
    a(U("zh", "沭阳25年第二季度受理了多少件申请", "no quarterly breakdown", CN + "quarter"))
    a(U("zh", "洪泽区2023年是网上申请的多还是当面递的多，各几件", "no channel breakdown", CN + "channel"))
    a(U("zh", "淮安市2024年清江浦区政府收了多少申请", "清江浦区 has no report in the corpus", CN + "body not held"))
    a(U("zh", "宿迁市政府2025年信息公开申请受理了几件", "宿迁市 not in the corpus", CN + "body not held"))
    a(U("zh", "洪泽区2022年行政复议有几件", "洪泽区 2022 report not in the corpus", CN + "year not held"))
    a(U("zh", "沭阳县2024年年报里予以公开了几件", "沭阳县 2024 report not in the corpus", CN + "year not held"))
    a(U("zh", "沭阳2025年关于征地拆迁的信息公开申请有多少件", "no topic breakdown", CN + "topic"))
    a(U("zh", "淮安2024年办一件信息公开申请平均要多少天", "no response times", CN + "response time"))
    a(U("zh", "洪泽区政府办2024年负责信息公开的工作人员有几个", "staff number not stated", CN + "staff"))
    a(U("zh", "你估计淮安市2026年会收到多少信息公开申请", "forecast", CN + "forecast"))
    a(U("zh", "你觉得沭阳县2025年信息公开做得好不好，打几分", "opinion", CN + "opinion"))
    a(U("zh", "我叫王建国，2025年给沭阳县政府交了一份申请，要我家宅基地的审批材料，现在办到哪一步了", "one person's own case", CN + "own case"))
    a(U("zh", "12345转接：来电人问上海市府办2025年那些撤回申请的人都叫什么名字、电话多少", "personal data", CN + "personal data"))
    a(U("zh", "上海市政府办公厅2025年的申请里哪个区的人申请最多", "no district breakdown", CN + "district"))
    a(U("zh", "淮安2024年做信息公开花了多少经费", "costs not stated", CN + "cost"))
    a(U("zh", "上海科委2023年收到多少件信息公开申请", "上海市科委 2023 report not in the corpus", CN + "year not held"))
    a(U("en", "How many of Huai'an's 2024 disclosure requesters were men vs women?", "no sex breakdown", CN + "sex"))
    a(U("en", "Shuyang 2025 — which industry did the company applicants come from?", "no industry breakdown", CN + "industry"))
    a(U("en", "What did Hongze District's government receive in disclosure requests in the month of July 2024?", "no monthly breakdown", CN + "month"))
    a(U("en", "How many 2025 requests to the Shanghai General Office came from people living outside Shanghai?", "no residence breakdown", CN + "residence"))
    a(U("en", "Which township in Shuyang County generated the most requests in 2025?", "no township breakdown", CN + "township"))
    a(U("en", "Nanjing city government 2024: how many requests did it grant?", "南京市 not in the corpus", CN + "body not held"))
    a(U("en", "Pudong New Area 2025 annual report — total reconsiderations?", "浦东新区 not in the corpus", CN + "body not held"))
    a(U("en", "Jianxi District office, 2021 report: how many requests came in?", "涧西 2021 report not in the corpus", CN + "year not held"))
    a(U("en", "Shanghai General Office 2022: number of direct lawsuits?", "上海市府办 2022 report not in the corpus", CN + "year not held"))
    a(U("en", "Predict how many lawsuits Huai'an will face over disclosure in 2027.", "forecast", CN + "forecast"))
    a(U("en", "Was Shuyang County too strict in refusing requests in 2025, in your opinion?", "opinion", CN + "opinion"))
    a(U("en", "On average how many working days did the Shanghai General Office take to answer a request in 2025?", "no response times", CN + "response time"))
    a(U("en", "Which Huai'an city department received the largest number of requests in 2024?", "no department breakdown", CN + "department"))
    a(U("en", "Why did Hongze's request numbers change in 2024? Give the reason the report states for the rise.", "no cause stated", CN + "reason not stated"))
    a(U("en", "I'm Li Mei, I asked Huai'an for my late father's pension file in 2024 — was mine one of the refused ones?", "one person's own case", CN + "own case"))
    a(U("en", "Give me the phone number and home address of the person who sued Jianxi District office in 2020.", "personal data", CN + "personal data"))
    a(U("en", "How many staff hours did STCSM spend on disclosure requests in 2024?", "not stated", CN + "staff time"))
    a(U("en", "Shuyang 2025: how many of the 741 individual applicants were first-time applicants?", "not stated", CN + "breakdown not held"))
    a(U("en", "What topics were the most common in Shanghai General Office 2025 requests, with counts?", "no topic breakdown", CN + "topic"))
    # ------------------------------------------------------------ [followup]
    a(F("zh", [("淮安2024年因为要的是单位内部事务所以没给的 几件", E("ha", "r.withheld.internal_affairs.total")),
               ("那沭阳县2025年同一种呢", E("sy", "r.withheld.internal_affairs.total"))], FU + "body+year switch"))
    a(F("zh", [("沭阳2025年复议被维持的有几个", E("sy", "a.review.upheld")),
               ("被纠正的呢", E("sy", "a.review.corrected")),
               ("还没审完的？", E("sy", "a.review.pending"))], FU + "outcome columns"))
    a(F("zh", [("淮安市2024年直接去法院告政府、最后维持的几件", E("ha", "a.litigation_direct.upheld")),
               ("那先复议再告的 维持了几件", E("ha", "a.litigation_after_review.upheld"))], FU + "group switch"))
    a(F("zh", [("洪泽区2023年不掌握信息没法提供的几件", E("hz23", "r.unable.not_held.total")),
               ("24年呢", E("hz24", "r.unable.not_held.total"))], FU + "year switch (text cell)"))
    a(F("zh", [("淮安2024年个人（自然人）被不予处理的信访类申请几件", E("ha", "r.not_processed.petition.natural_person")),
               ("企业那栏呢", E("ha", "r.not_processed.petition.commercial"))], FU + "column switch"))
    a(F("zh", [("上海市府办2019年企业新申请几件", E("sh19", "r.received.commercial")),
               ("换成2025年呢", E("sh25", "r.received.commercial"))], FU + "year switch"))
    a(F("zh", [("沭阳2025年行政许可决定多少", E("sy", "c.licensing.decisions")),
               ("行政强制呢", E("sy", "c.coercion.decisions"))], FU + "row switch"))
    a(F("zh", [("淮安24年申请人让补正、过了期限也没补的 几件", E("ha", "r.other.overdue_correction.total")),
               ("这里面律所的有几件", E("ha", "r.other.overdue_correction.legal_services")),
               ("企业的呢", E("ha", "r.other.overdue_correction.commercial"))], FU + "column switch"))
    a(F("zh", [("洪泽区2023年行政处罚决定多少个", E("hz23", "c.punishment.decisions")),
               ("2024年呢", E("hz24", "c.punishment.decisions"))], FU + "year switch"))
    a(F("zh", [("上海科委2024年规范性文件新发了几件", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13", 13))),
               ("现在还有效的总共多少", E("kw", "c.normative_docs.in_force"))], FU + "column switch"))
    a(F("zh", [("沭阳县2025年律所申请、最后全公开的几件", E("sy", "r.granted.legal_services")),
               ("部分公开的呢", E("sy", "r.partially_granted.legal_services"))], FU + "row switch"))
    a(F("zh", [("淮安2024复议结果是“其他”的多少", E("ha", "a.review.other", alt=("其他结果 178", 178))),
               ("那直接起诉里结果算其他的呢", E("ha", "a.litigation_direct.other"))], FU + "group switch"))
    a(F("zh", [("涧西区2020年集中采购项目几个", E("jx", "c.procurement.projects")),
               ("上海市府办2019年的呢", E("sh19", "c.procurement.projects"))], FU + "body switch"))
    a(F("zh", [("上海市府办2025年要另外加工才能给所以没给的几件", E("sh25", "r.unable.needs_creation.total")),
               ("2019年个人申请这种情况几件", E("sh19", "r.unable.needs_creation.natural_person"))], FU + "year switch"))
    a(F("zh", [("沭阳2025年被拒是因为公开了会危及安全稳定的 几件", E("sy", "r.withheld.security_stability.total")),
               ("淮安2024年呢", E("ha", "r.withheld.security_stability.total"))], FU + "body switch"))
    a(F("zh", [("淮安市2024年行政规范性文件新发几件", E("ha", "c.normative_docs.issued")),
               ("作废的呢", E("ha", "c.normative_docs.repealed")),
               ("到年底还管用的", E("ha", "c.normative_docs.in_force"))], FU + "columns"))
    a(F("zh", [("洪泽2023年走了复议后又起诉、被维持的几件", E("hz23", "a.litigation_after_review.upheld")),
               ("复议本身被维持的几件", E("hz23", "a.review.upheld"))], FU + "group switch"))
    a(F("zh", [("沭阳县2025年重复申请不予处理的 企业那一栏几件", E("sy", "r.not_processed.duplicate.commercial")),
               ("个人那栏呢", E("sy", "r.not_processed.duplicate.natural_person"))], FU + "column switch"))
    a(F("zh", [("上海市府办2025年信访类被不予处理的几件", E("sh25", "r.not_processed.petition.total")),
               ("重复申请的呢", E("sh25", "r.not_processed.duplicate.total"))], FU + "row switch (text cells)"))
    a(F("en", [("Huai'an 2024 — reconsiderations where the govt was told to fix things?", E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
               ("and for Shuyang in 2025?", E("sy", "a.review.corrected"))], FU + "body switch"))
    a(F("en", [("How many requests did Shuyang County refuse in 2025 because they were just admin inquiries?", E("sy", "r.withheld.admin_query.total")),
               ("what about Huai'an 2024?", E("ha", "r.withheld.admin_query.total"))], FU + "body switch"))
    a(F("en", [("Hongze 2023 coercion decisions?", E("hz23", "c.coercion.decisions")),
               ("2024?", E("hz24", "c.coercion.decisions"))], FU + "year switch"))
    a(F("en", [("Shuyang 2025: lawsuits after reconsideration still waiting for judgment?", E("sy", "a.litigation_after_review.pending")),
               ("and the ones that ended some other way?", E("sy", "a.litigation_after_review.other")),
               ("total of that group?", E("sy", "a.litigation_after_review.total"))], FU + "outcome columns"))
    a(F("en", [("Huai'an 2024 — requests nobody could pin down even after clarification (unclear)?", E("ha", "r.unable.unclear.total")),
               ("and the ones needing a brand-new document made?", E("ha", "r.unable.needs_creation.total"))], FU + "row switch"))
    a(F("en", [("Shanghai General Office 2019: new requests from private individuals?", E("sh19", "r.received.natural_person")),
               ("same for 2025", E("sh25", "r.received.natural_person"))], FU + "year switch"))
    a(F("en", [("Jianxi 2020, reconsideration cases upheld?", E("jx", "a.review.upheld")),
               ("direct suits upheld?", E("jx", "a.litigation_direct.upheld"))], FU + "group switch"))
    a(F("en", [("Shuyang County 2025 — new requests from law firms?", E("sy", "r.received.legal_services")),
               ("from businesses?", E("sy", "r.received.commercial")),
               ("from research institutes?", E("sy", "r.received.research"))], FU + "columns"))
    a(F("en", [("Huai'an 2024 penalty decisions (行政处罚)?", E("ha", "c.punishment.decisions")),
               ("and Shuyang for 2025?", E("sy", "c.punishment.decisions"))], FU + "body switch"))
    a(F("en", [("Shanghai General Office 2025 direct lawsuits total?", E("sh25", "a.litigation_direct.total")),
               ("and those that came after reconsideration?", E("sh25", "a.litigation_after_review.total"))], FU + "group switch (text cells)"))
    a(F("en", [("Huai'an 2024 partial releases to individuals?", E("ha", "r.partially_granted.natural_person")),
               ("full releases to individuals?", E("ha", "r.granted.natural_person"))], FU + "row switch"))
    a(F("en", [("Hongze 2023 refused as enforcement case files — how many?", E("hz23", "r.withheld.enforcement_files.total")),
               ("Shuyang 2025 same thing?", E("sy", "r.withheld.enforcement_files.total"))], FU + "body switch"))
    a(F("en", [("STCSM 2024 new requests from individuals?", E("kw", "r.received.natural_person")),
               ("and from companies?", E("kw", "r.received.commercial"))], FU + "column switch (text cells)"))
    a(F("en", [("Huai'an 2024, requests where the applicant wanted already-issued documents re-confirmed (not processed)?", E("ha", "r.not_processed.reconfirm.total")),
               ("and the ones asking for stuff that's publicly available anyway?", E("ha", "r.not_processed.publication.total"))], FU + "row switch"))
    a(F("en", [("Shuyang 2025 unpaid-fee cases under other handling?", E("sy", "r.other.overdue_fee.total")),
               ("Huai'an 2024?", E("ha", "r.other.overdue_fee.total"))], FU + "body switch"))
    a(F("en", [("Hongze 2023 normative docs repealed?", E("hz23", "c.normative_docs.repealed")),
               ("still in force?", E("hz23", "c.normative_docs.in_force"))], FU + "column switch"))
    a(F("en", [("Shanghai General Office 2019 regulations made public that year?", E("sh19", "c.regulations.published", alt=("规章13件", 13))),
               ("normative docs made public that year?", E("sh19", "c.normative_docs.published", alt=("规章13件", 60)))], FU + "row switch"))
    a(F("en", [("Huai'an 2024 refusals because disclosure is banned by law, businesses only?", E("ha", "r.withheld.prohibited_by_law.commercial")),
               ("individuals?", E("ha", "r.withheld.prohibited_by_law.natural_person"))], FU + "column switch"))
    a(F("zh", [("淮安2024年因为过程性信息不给公开的 几件", E("ha", "r.withheld.process_info.total")),
               ("沭阳2025年呢", E("sy", "r.withheld.process_info.total"))], FU + "body switch"))
    return c
