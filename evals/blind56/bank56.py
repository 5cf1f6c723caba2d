"""Question bank of the fifty-sixth blind set (evals/blind56). Every wording written new for this set.

WARNING: holds every test question; as frozen as test.jsonl. Numbers are never typed here:
helpers56 computes them from gold/*.json, from printed rows (SPECS, the cells blind6 verified)
or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib56 as L  # noqa: E402
from helpers56 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

SPECS = {
    'hz24': {
        'active.coercion.decisions': ('row', '行政强制', 0), # 行政强制 84 = 84
        'active.fees.amount': ('row', '行政事业性收费', 0), # 行政事业性收费 7545 = 7545
        'active.licensing.decisions': ('row', '行政许可', 0), # 行政许可 9487 = 9487
        'active.normative_docs.in_force': ('row', '行政规范性文件', 2), # 行政规范性文件 3 0 8 = 8
        'active.normative_docs.issued': ('row', '行政规范性文件', 0), # 行政规范性文件 3 0 8 = 3
        'active.punishment.decisions': ('row', '行政处罚', 0), # 行政处罚 2776 = 2776
        'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), # 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3 = 3
        'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), # 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3 = 1
        'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), # 1 1 0 0 2 1 0 0 0 1 2 0 1 0 3 = 2
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), # 四、结转下年度继续办理 0 0 0 0 0 0 0 = 0
        'requests.granted.total': ('row', '（一）予以公开', 6), # （一）予以公开 50 0 0 0 0 0 50 = 50
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), # 一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95 = 95
        'requests.total_processed.total': ('row', '（七）总计', 6), # （七）总计 95 0 0 0 0 0 95 = 95
        'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6), # （四）无法提供 1.本机关不掌握相关政府信息 31 0 0 0 0 0 31 = 31
    },
    'kw': {
        'active.licensing.decisions': ('row', '行政许可', 0), # 行政许可 97 = 97
        'active.normative_docs.in_force': ('row', '规范性文件', 2), # 规范性文件   13   0   55 = 55
        'active.normative_docs.issued': ('row', '规范性文件', 0), # 规范性文件   13   0   55 = 13
        'active.punishment.decisions': ('row', '行政处罚', 0), # 行政处罚 0 = 0
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), # 二、上年结转政府信息公开申请数量   2   0   0   0   0   0   2 = 2
        'requests.granted.total': ('row', '三、（一）予以公开', 6), # 三、   （一）予以公开   9   0   0   0   0   0   9 = 9
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), # 一、本年新收政府信息公开申请数量   32   2   0   0   0   0   34 = 2
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), # 一、本年新收政府信息公开申请数量   32   2   0   0   0   0   34 = 32
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), # 一、本年新收政府信息公开申请数量   32   2   0   0   0   0   34 = 34
        'requests.total_processed.total': ('row', '（七）总计', 6), # （七）总计   33   2   0   0   0   0   35 = 35
    },
    'sh25': {
        'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), # 40   0   10   5   55   2   0   4   6   12   6   0   9   7   22 = 22
        'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), # 40   0   10   5   55   2   0   4   6   12   6   0   9   7   22 = 6
        'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), # 40   0   10   5   55   2   0   4   6   12   6   0   9   7   22 = 12
        'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), # 40   0   10   5   55   2   0   4   6   12   6   0   9   7   22 = 5
        'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), # 40   0   10   5   55   2   0   4   6   12   6   0   9   7   22 = 55
        'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), # 四、结转下年度继续办理   290   3   0   0   0   0   293 = 293
        'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), # 二、上年结转政府信息公开申请数量   170   15   0   0   4   0   189 = 4
        'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), # 二、上年结转政府信息公开申请数量   170   15   0   0   4   0   189 = 170
        'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), # 二、上年结转政府信息公开申请数量   170   15   0   0   4   0   189 = 189
        'requests.granted.total': ('row', '（一）予以公开', 6), # （一）予以公开   201   5   0   0   0   0   206 = 206
        'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), # 2.重复申请   16   0   0   0   0   0   16 = 16
        'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), # 1.信访举报投诉类申请   61   1   0   0   0   0   62 = 62
        'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), # 一、本年新收政府信息公开申请数量   1259   36   0   0   0   0   1295 = 36
        'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), # 一、本年新收政府信息公开申请数量   1259   36   0   0   0   0   1295 = 1259
        'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), # 一、本年新收政府信息公开申请数量   1259   36   0   0   0   0   1295 = 1295
        'requests.total_processed.total': ('row', '（七）总计', 6), # （七）总计   1139   48   0   0   4   0   1191 = 1191
        'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), # 2.没有现成信息需要另行制作   47   1   0   0   0   0   48 = 48
        'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6), # 1.本机关不掌握相关政府信息   484   28   0   0   1   0   513 = 513
    },
}

L.TEXT_SPECS.update(SPECS)

P_ = "[plain] "
A_HA = ("全市共受理政府信息公开申请", 3119)


def plain():
    n = P_ + "table value in everyday wording"
    nr = P_ + "row/column named by what happened, not by its label"
    return [
        # ---- zh
        V("zh", "ha", "r.received.total", "淮安市2024年一共收到多少份信息公开申请", n, alt=A_HA),
        V("zh", "sy", "r.received.total", "沭阳 就问2025年本年新收的依申请数 表里那一行 不算上一年结转过来的", n),
        V("zh", "ha", "r.withheld.admin_query.total", "淮安2024年有多少申请被说成是行政查询事项所以没给公开", nr),
        V("zh", "ha", "r.withheld.security_stability.total", "2024年淮安市政府以公开了会危及社会稳定为由拒掉的申请有几件？", nr),
        V("zh", "ha", "r.withheld.third_party.total", "淮安市2024 因为会伤到第三方合法权益不给公开的 多少件", nr),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安2024年因为涉密不给看的申请有几个啊", nr),
        V("zh", "ha", "r.withheld.enforcement_files.total", "俺想问哈淮安市2024年，说是行政执法案卷不能公开的有几件", nr),
        V("zh", "ha", "r.unable.unclear.total", "淮安市政府2024年因为申请人写得不清楚、补正了还说不明白，没法提供的有几件", nr),
        V("zh", "ha", "r.not_processed.reconfirm.total", "2024年淮安有没有那种要求政府确认或者重新出具已经拿到手的信息、被不予处理的？几件", nr),
        V("zh", "ha", "r.other.overdue_fee.total", "淮安市2024年申请人该交费没按时交、就当放弃处理的有多少件", nr),
        V("zh", "ha", "r.other.overdue_correction.total", "我是12345热线的，来电人问淮安市2024年让申请人补正材料结果过期了没补的有几件", nr),
        V("zh", "ha", "r.received.legal_services", "淮安2024年律师事务所这类法律服务机构交来的新申请有多少", nr),
        V("zh", "ha", "r.granted.commercial", "淮安市二〇二四年企业申请后直接给全部公开了的有几件", nr),
        V("zh", "ha", "a.litigation_direct.corrected", "淮安2024年老百姓没经过复议直接去法院告、最后判政府要纠正的，有几起", nr),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安2024年先复议完了又去起诉、到年底法院还没判下来的几件", nr),
        V("zh", "ha", "a.review.corrected", "2024年淮安信息公开复议里被复议机关纠正的有多少", n, alt=("结果纠正 64", 64)),
        V("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废掉了多少件规范性文件", n),
        V("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制决定一共多少个", n),
        V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱（万元）", n, unit="万元"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年有人要的东西政府手上没现成的、得重新做才有，这种没提供的几件", nr),
        V("zh", "hz23", "r.withheld.process_info.total", "洪泽2023年以还在讨论研究、属于过程中的信息为由不公开的有几件", nr),
        V("zh", "hz23", "r.withheld.enforcement_files.total", "洪泽区政府2023年 执法案卷类的不予公开 几件", nr),
        V("zh", "hz23", "r.partially_granted.total", "2023年洪泽区的申请只给了一部分的，有多少", nr),
        V("zh", "hz23", "a.review.upheld", "洪泽区2023年政府信息公开被申请复议、复议机关维持原决定的有几件", n),
        V("zh", "hz23", "c.punishment.decisions", "想查下洪泽2023年作出的行政处罚决定数", n),
        V("zh", "hz23", "r.not_processed.petition.total", "洪泽区2023年那种其实是投诉举报、被当成信访不予处理的申请几件", nr),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年说是机关内部管理的事儿所以不公开的，有多少个", nr),
        V("zh", "sy", "r.withheld.admin_query.total", "沭阳2025 属于行政查询事项不予公开 件数", nr),
        V("zh", "sy", "r.unable.not_held.total", "我2024年帮我妈给沭阳县政府写过申请，回复说他们那不掌握这个信息。想问下2025年全县这样回复的一共多少件", nr),
        V("zh", "sy", "r.other.other.total", "沭阳县2025年 其他处理 里最后那个 其他 那格是多少", n),
        V("zh", "sy", "r.other.overdue_fee.total", "沭阳25年叫交信息处理费、人家没交的最后怎么处理的有几件", nr),
        V("zh", "sy", "r.not_processed.duplicate.total", "2025年沭阳县有人同一件事反复申请被不予处理的有几件？", nr),
        V("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年律所申请的、只公开了一部分的几件", nr),
        V("zh", "sy", "a.review.pending", "沭阳县2025年信息公开复议到年底还没审完的有几件", nr),
        V("zh", "sy", "a.litigation_after_review.other", "沭阳2025年复议后起诉的案子里 结果既不是维持也不是纠正的那种 几件", nr),
        V("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可决定数量是多少", n),
        V("zh", "sy", "c.normative_docs.in_force", "截至2025年底沭阳县现行有效的规范性文件多少件", n),
        V("zh", "sh19", "r.unable.unclear.natural_person", "上海市府办2019年个人申请人写的内容不明确所以没法提供的几件", nr),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年老百姓把信访投诉当信息公开申请来递、被不予处理的（自然人）多少", nr),
        V("zh", "sh19", "r.unable.not_held.commercial", "2019年上海市府办 公司来要信息、结果办公厅说自己手里没有的 几件", nr),
        V("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目数量", n),
        V("zh", "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少", n),
        V("zh", "jx", "r.unable.not_held.total", "涧西区政府办2020年有几件申请回复说本机关不掌握", nr),
        V("zh", "jx", "c.procurement.projects", "涧西区2020年采购项目有几个", n),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可做了多少件决定", n),
        V("zh", "hz24", "r.unable.not_held.total", "2024年洪泽区政府回答申请人说自己手上没这个信息的 一共几件", nr),
        V("zh", "kw", "r.received.commercial", "上海科委2024年有几个公司来申请信息公开", nr),
        # ---- en
        V("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: how many requests were refused because some law or regulation bans releasing that info?", nr),
        V("en", "ha", "r.withheld.process_info.total", "In 2024 how many times did Huaian say no because the stuff was still internal deliberation / drafts (过程性信息)?", nr),
        V("en", "ha", "r.withheld.internal_affairs.total", "huaian 2024 requests refused as purely internal housekeeping matters of the agency — number?", nr),
        V("en", "ha", "r.unable.needs_creation.total", "For Huai'an in 2024, how many asks couldn't be met because the city would have had to compile a brand-new document?", nr),
        V("en", "ha", "r.not_processed.petition.total", "Huai'an 2024 - requests that were really complaints or petitions and so got no processing. How many?", nr),
        V("en", "ha", "r.not_processed.duplicate.total", "how many repeat requests (same person asking same thing again) did Huai'an refuse to handle in 2024", nr),
        V("en", "ha", "r.received.other_org", "Huaian 2024 new requests filed by 'other organisations' (其他) — count please", nr),
        V("en", "ha", "r.carried_forward.total", "Number of Huai'an requests from 2024 that were pushed into the following year to finish?", n,
          alt=("全市共受理政府信息公开申请", 103)),
        V("en", "ha", "a.review.pending", "Huai'an 2024 administrative reconsiderations on disclosure that were still undecided at year end?", nr,
          alt=("尚未审结 37", 37)),
        V("en", "ha", "a.litigation_direct.other", "Huai'an 2024, lawsuits filed straight in court: how many ended some other way (not upheld, not corrected)?", nr),
        V("en", "ha", "a.litigation_after_review.corrected", "In Huai'an 2024, cases that went to review first and then court where the court made the govt fix it: how many?", nr),
        V("en", "ha", "c.licensing.decisions", "How many administrative licensing decisions (行政许可) did Huai'an make in 2024?", n),
        V("en", "ha", "c.regulations.issued", "Huaian city 2024 number of new government rules (规章) issued", n),
        V("en", "ha", "r.received.commercial", "I'm a reporter. How many disclosure requests did businesses file with Huai'an city in 2024?", nr),
        V("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023, requests turned down on state-secret grounds?", nr),
        V("en", "hz23", "r.unable.not_held.total", "Hongze 2023 - how often did the district answer 'we simply don't have that information'?", nr),
        V("en", "hz23", "a.review.corrected", "Hongze District in 2023: reconsideration cases where the earlier decision got corrected?", nr),
        V("en", "hz23", "a.litigation_after_review.upheld", "hongze 2023 suits brought after a reconsideration, govt side upheld - how many", nr),
        V("en", "hz23", "c.fees.amount", "What did Hongze District collect in administrative fees in 2023 (in 10k yuan)?", n, unit="万元"),
        V("en", "hz23", "c.coercion.decisions", "Hongze 2023 number of administrative compulsion decisions", n),
        V("en", "sy", "r.withheld.security_stability.total", "Shuyang County 2025: refusals because releasing it could endanger public safety or stability?", nr),
        V("en", "sy", "r.withheld.third_party.total", "Shuyang 2025 - how many refused since it would hurt a third party's lawful interests", nr),
        V("en", "sy", "r.withheld.enforcement_files.total", "Shuyang County in 2025, law-enforcement case files withheld: count?", nr),
        V("en", "sy", "r.unable.needs_creation.total", "how many Shuyang 2025 requests failed because no ready-made info existed and it would need producing from scratch", nr),
        V("en", "sy", "r.other.overdue_correction.total", "Shuyang 2025: applicants told to clarify, never came back in time - how many?", nr),
        V("en", "sy", "r.granted.legal_services", "Shuyang County 2025 - law firms' requests that were fully granted?", nr),
        V("en", "sy", "r.received.commercial", "In 2025, how many requests did companies send to Shuyang County government?", nr),
        V("en", "sy", "a.review.corrected", "Shuyang 2025 reconsideration cases corrected (纠正)?", n),
        V("en", "sy", "a.litigation_direct.upheld", "Shuyang County 2025, people sued directly and the court sided with the government - number?", nr),
        V("en", "sy", "c.punishment.decisions", "Shuyang County 2025 administrative penalty decisions total", n),
        V("en", "sy", "c.fees.amount", "What was Shuyang's administrative fee take in 2025, 万元?", n, unit="万元"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals told the info would have to be newly made, so not provided — how many?", nr),
        V("en", "sh19", "r.withheld.admin_query.commercial", "shanghai general office 2019 companies refused because the request was an administrative inquiry, not disclosure?", nr),
        V("en", "sh19", "r.received.natural_person", "How many private citizens filed disclosure requests with the Shanghai General Office in 2019?", nr),
        V("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019, individuals refused because the info was classified — how many?", nr),
        V("en", "sh19", "c.procurement.amount", "Shanghai General Office FY2019 government procurement amount (万元)", n, unit="万元"),
        V("en", "jx", "r.granted.total", "Jianxi District 2020, requests where everything asked for was released?", nr),
        V("en", "jx", "c.procurement.amount", "Jianxi District 2020 procurement spending in 10k yuan?", n, unit="万元"),
        V("en", "hz24", "c.punishment.decisions", "Hongze District 2024 penalty decisions (行政处罚)?", n),
        V("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025, duplicate requests it declined to process?", nr),
        V("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025 requests from law firms carried in from the prior year?", nr),
        V("en", "kw", "active.normative_docs.issued", "STCSM 2024: normative documents newly issued that year?", n),
        V("en", "sh25", "a.review.pending", "Shanghai General Office 2025, reconsideration cases still open at the end?", nr),
        V("zh", "ha", "r.not_processed.publication.total", "淮安市2024年有人申请的其实是书店能买到的公开出版物，被不予处理的有几件", nr),
        V("zh", "sy", "r.received.public_interest", "沭阳县2025年 公益组织（社会公益那一列）提交的新申请 多少", nr),
        V("en", "ha", "r.not_processed.excessive.total", "Huai'an 2024: how many got no processing because one person fired off a huge pile of requests with no good reason?", nr),
        V("en", "ha", "r.received.research", "How many new requests came from universities or research institutes to Huai'an city in 2024?", nr),
    ]


def combine():
    c = "[combine] "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年申请里全给了的加上给了一部分的，一共多少件", c + "sum: granted + partially granted"),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total", "r.withheld.third_party.total"], "淮安2024 涉密、危及三安全一稳定、损害第三方权益 这三种不公开加一起几件", c + "sum of three withheld sub-items"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开方面被复议的、直接告的、复议完再告的，全部加起来多少件", c + "sum of the three appeal totals"),
        S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳2025年 无法提供 里不掌握的和要另外制作的 合计", c + "sum of two unable sub-items"),
        S("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定加总是多少", c + "sum of three decisions"),
        S("zh", "sh19", ["r.received.natural_person", "r.received.commercial"], "2019年上海市府办收到的申请里，个人的加上企业的一共多少", c + "sum of two applicant columns"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类和重复申请两种不予处理的 加在一起", c + "sum of two text cells"),
        S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total"], "给我算一下淮安2024年 其他处理三小项 加上 信访类、重复申请两种不予处理 一共五格的总和", c + "sum of five cells"),
        S("en", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld", "a.litigation_direct.corrected", "a.litigation_direct.other", "a.litigation_direct.pending"], "Add up for Huai'an 2024: the four reconsideration outcome columns (upheld, corrected, other, pending) plus the same four for direct lawsuits. Total?", c + "sum of eight appeals cells"),
        S("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024, individuals only: new requests plus ones carried in from the year before, combined?", c + "sum: new + carried over, natural persons"),
        S("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.admin_query.total"], "Shuyang 2025 — refusals for internal affairs, for deliberative drafts, and for admin-inquiry requests, summed up?", c + "sum of three withheld sub-items"),
        S("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze District 2023: total of the secret, in-process and case-file refusals?", c + "sum of three withheld cells"),
        S("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020: requests answered with the full info plus ones where the office said it didn't hold the info - add them", c + "sum of two outcome cells"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019 — reconsiderations plus direct lawsuits on disclosure, combined count?", c + "sum of two appeal totals"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM in 2024: fresh requests plus the ones left over from 2023, together?", c + "sum of two text cells"),
        S("en", "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang County 2025: normative docs issued plus those repealed, added?", c + "sum of two active cells"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定2024年比2023年多了多少", c + "difference 2023->2024"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区的行政强制决定，2024年跟2023年比差多少（24减23）", c + "difference 2023->2024"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区回复“本机关不掌握”的件数 2023到2024年变化了多少", c + "difference 2023->2024"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请，2025年和2019年相比增加了多少件", c + "difference 2019->2025"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅转到下一年办的申请 2019年到2025年变化多少", c + "difference 2019->2025"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's administrative penalty decisions from 2023 to 2024?", c + "difference 2023->2024"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fee revenue: 2024 minus 2023, in 万元?", c + "difference 2023->2024", unit="万元"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "How did the number of Hongze's normative documents still valid change between 2023 and 2024?", c + "difference 2023->2024"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: requests from individuals, 2025 vs 2019 — what's the difference?", c + "difference 2019->2025"),
        D("en", "sh19", "sh25", "a.review.total", "For the Shanghai General Office, by how much did reconsideration cases change from 2019 to 2025?", c + "difference 2019->2025"),
    ]


def rank():
    r = "[rank] ranking over gold bodies in their gold years"
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，谁收到的信息公开申请最多", r),
        R("zh", ["sy", "hz23", "jx"], "r.received.total", "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年这三个 哪个新收申请最少", r),
        R("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "比一下淮安2024年、沭阳2025年、上海市府办2019年 结转到下一年的申请谁多", r),
        R("zh", ["ha", "sy", "jx"], "a.review.total", "desc", "淮安（2024）沭阳（2025）涧西（2020）三家被申请行政复议最多的是谁", r),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "行政处罚决定最少的是哪家：淮安市2024年、洪泽区2023年、沭阳县2025年", r),
        R("zh", ["ha", "sy", "hz23", "sh19"], "r.received.commercial", "desc", "企业来申请的最多的是哪个：淮安2024 沭阳2025 洪泽2023 上海市府办2019", r),
        R("zh", ["ha", "sy", "jx"], "r.unable.not_held.total", "asc", "回复“不掌握”最少的：淮安2024年 沭阳2025年 涧西2020年", r),
        R("en", ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "Which handled the most requests overall: Huai'an 2024, Shuyang 2025, or Shanghai General Office 2019?", r),
        R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Most licensing decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", r),
        R("en", ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "Rank by direct lawsuits, who had the fewest - Huai'an 2024, Shuyang 2025, Jianxi 2020?", r),
        R("en", ["hz23", "sy", "ha"], "r.partially_granted.total", "desc", "Among Hongze 2023, Shuyang 2025 and Huai'an 2024, who released only part of the info most often?", r),
        R("en", ["jx", "sh19"], "c.procurement.projects", "asc", "between Jianxi District 2020 and Shanghai General Office 2019, which one ran fewer procurement projects?", r),
        R("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "smallest admin fee revenue: Huaian 2024 / Shuyang 2025 / Hongze 2023?", r),
    ]


def followup():
    f = "[followup] "
    return [
        F("zh", [("淮安市2024年不予公开里因为涉密的几件", E("ha", "r.withheld.state_secret.total")),
                 ("那沭阳县2025年是因为会影响社会稳定的呢", E("sy", "r.withheld.security_stability.total"))], f + "switch body and sub-item"),
        F("zh", [("洪泽区2023年新收申请多少", E("hz23", "r.received.total", alt=("全区受理政府信息公开申请", 21))),
                 ("24年呢？表里那个本年新收", E("hz24", "r.received.total"))], f + "switch year (text cell)"),
        F("zh", [("沭阳2025复议被维持的有几件", E("sy", "a.review.upheld")),
                 ("被纠正的呢", E("sy", "a.review.corrected")),
                 ("还没审完的", E("sy", "a.review.pending"))], f + "walk the review outcome columns"),
        F("zh", [("淮安2024年直接去法院告政府的信息公开官司一共几件", E("ha", "a.litigation_direct.total")),
                 ("那先走复议再去告的呢", E("ha", "a.litigation_after_review.total"))], f + "switch appeals group"),
        F("zh", [("上海市府办2019年企业申请人新提的申请几件", E("sh19", "r.received.commercial")),
                 ("换成2025年呢", E("sh25", "r.received.commercial"))], f + "switch year"),
        F("zh", [("淮安市2024年回复说要另外制作才能给、所以没提供的几件", E("ha", "r.unable.needs_creation.total")),
                 ("沭阳县2025年同一项多少", E("sy", "r.unable.needs_creation.total")),
                 ("洪泽区2023年呢", E("hz23", "r.unable.needs_creation.total"))], f + "switch body twice"),
        F("zh", [("涧西区2020年新收申请多少件", E("jx", "r.received.total", alt=("全年共收到依申请公开", 17))),
                 ("其中全部公开的几件", E("jx", "r.granted.total"))], f + "switch row"),
        F("zh", [("沭阳县2025年个人交来的申请最后给了一部分的有几件", E("sy", "r.partially_granted.natural_person")),
                 ("律所那一列呢", E("sy", "r.partially_granted.legal_services"))], f + "switch column"),
        F("zh", [("上海市政府办公厅2025年申请人要的信息他们不掌握的几件", E("sh25", "r.unable.not_held.total")),
                 ("要另行制作的那种呢", E("sh25", "r.unable.needs_creation.total"))], f + "switch unable sub-item (text cells)"),
        F("zh", [("淮安2024年现行有效的规章几件", E("ha", "c.regulations.in_force")),
                 ("规范性文件现行有效的呢", E("ha", "c.normative_docs.in_force")),
                 ("那一年废止了多少规范性文件", E("ha", "c.normative_docs.repealed"))], f + "walk active rows"),
        F("zh", [("洪泽2023年行政事业性收费多少万元", E("hz23", "c.fees.amount", unit="万元")),
                 ("2024年呢", E("hz24", "c.fees.amount", unit="万元"))], f + "switch year (text cell)"),
        F("zh", [("上海市科委2024年一共处理完多少件申请（办理总计）", E("kw", "r.total_processed.total")),
                 ("其中予以公开的几件", E("kw", "r.granted.total", alt=("同意公开答复", 9)))], f + "switch row (text cells)"),
        F("zh", [("沭阳县2025年申请人逾期没补正的有几件", E("sy", "r.other.overdue_correction.total")),
                 ("淮安市2024年呢", E("ha", "r.other.overdue_correction.total"))], f + "switch body"),
        F("zh", [("淮安市2024年复议以后又起诉、法院维持的几件", E("ha", "a.litigation_after_review.upheld")),
                 ("判了纠正的呢", E("ha", "a.litigation_after_review.corrected")),
                 ("结果是其他的那格", E("ha", "a.litigation_after_review.other"))], f + "walk after-review outcome columns"),
        F("zh", [("上海市府办2019年结转下年度继续办理几件", E("sh19", "r.carried_forward.total", alt=("另有72件申请", 72))),
                 ("2025年的呢", E("sh25", "r.carried_forward.total"))], f + "switch year"),
        F("zh", [("洪泽区2024年直接起诉的几件", E("hz24", "a.litigation_direct.total")),
                 ("复议后起诉的", E("hz24", "a.litigation_after_review.total"))], f + "switch appeals group (text cells)"),
        F("zh", [("沭阳2025年企业申请的被全部公开了几件", E("sy", "r.granted.commercial")),
                 ("个人的呢", E("sy", "r.granted.natural_person"))], f + "switch column"),
        F("zh", [("淮安2024年行政处罚决定数", E("ha", "c.punishment.decisions")),
                 ("沭阳2025年呢", E("sy", "c.punishment.decisions"))], f + "switch body"),
        F("zh", [("上海市政府办公厅2019年自然人申请被认为是行政查询事项不予公开的几件", E("sh19", "r.withheld.admin_query.natural_person")),
                 ("企业那列呢", E("sh19", "r.withheld.admin_query.commercial"))], f + "switch column"),
        F("en", [("Huai'an 2024: how many requests did law firms file?", E("ha", "r.received.legal_services")),
                 ("and how many of theirs were fully granted?", E("ha", "r.granted.legal_services"))], f + "switch row"),
        F("en", [("Shuyang County 2025, reconsiderations total?", E("sy", "a.review.total")),
                 ("what about Huai'an in 2024", E("ha", "a.review.total", alt=("政府信息公开行政复议 351", 351)))], f + "switch body"),
        F("en", [("Hongze District 2024 administrative compulsion decisions?", E("hz24", "c.coercion.decisions")),
                 ("2023?", E("hz23", "c.coercion.decisions"))], f + "switch year"),
        F("en", [("How many requests did the Shanghai General Office receive in 2025?", E("sh25", "r.received.total", alt=("市政府共受理政府信息公开申请", 1295))),
                 ("how many of those came from individuals?", E("sh25", "r.received.natural_person")),
                 ("and from companies?", E("sh25", "r.received.commercial"))], f + "walk columns (text cells)"),
        F("en", [("Huai'an 2024 — requests refused because they were just admin inquiries?", E("ha", "r.withheld.admin_query.total")),
                 ("same thing for Shuyang in 2025", E("sy", "r.withheld.admin_query.total"))], f + "switch body"),
        F("en", [("STCSM 2024, requests brought over from 2023?", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请", 2))),
                 ("and brand new ones that year?", E("kw", "r.received.total", alt=("全年收到政府信息公开申请", 34)))], f + "switch row (text cells)"),
        F("en", [("Jianxi District 2020: how many requests were still open going into the next year?", E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
                 ("how many did they finish in total?", E("jx", "r.total_processed.total", alt=("办结15件", 15)))], f + "switch row"),
        F("en", [("Shuyang 2025, lawsuits after reconsideration, total?", E("sy", "a.litigation_after_review.total")),
                 ("how many of those were still pending?", E("sy", "a.litigation_after_review.pending"))], f + "switch column"),
        F("en", [("Shanghai General Office 2019 rules (规章) made that year?", E("sh19", "c.regulations.made", alt=("主动公开规章13件", 13))),
                 ("and normative documents made?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60)))], f + "switch row"),
        F("en", [("Huai'an 2024, info fees: how many applicants never paid so the request lapsed?", E("ha", "r.other.overdue_fee.total")),
                 ("Shuyang 2025?", E("sy", "r.other.overdue_fee.total"))], f + "switch body"),
        F("en", [("hongze 2023 requests refused as petitions/complaints", E("hz23", "r.not_processed.petition.total")),
                 ("Huai'an 2024 same category", E("ha", "r.not_processed.petition.total")),
                 ("and Shuyang in 2025", E("sy", "r.not_processed.petition.total"))], f + "switch body twice"),
        F("en", [("Huai'an 2024 direct lawsuits the government won outright?", E("ha", "a.litigation_direct.upheld")),
                 ("and ones still pending?", E("ha", "a.litigation_direct.pending"))], f + "switch column"),
        F("en", [("Shanghai General Office 2025 reconsideration cases total?", E("sh25", "a.review.total")),
                 ("and 2019?", E("sh19", "a.review.total"))], f + "switch year"),
        F("en", [("Shuyang County 2025 normative documents repealed?", E("sy", "c.normative_docs.repealed")),
                 ("Hongze 2023?", E("hz23", "c.normative_docs.repealed"))], f + "switch body"),
        F("en", [("Huai'an 2024 how many were handled in all (办理总计)?", E("ha", "r.total_processed.total", alt=("全市共受理政府信息公开申请", 3050))),
                 ("of those, how many from businesses?", E("ha", "r.total_processed.commercial"))], f + "switch column"),
        F("en", [("STCSM 2024 licensing decisions?", E("kw", "c.licensing.decisions")),
                 ("and penalties?", E("kw", "c.punishment.decisions"))], f + "switch row (text cells)"),
        F("en", [("Shanghai General Office 2019: individuals' requests that were partly released?", E("sh19", "r.partially_granted.natural_person")),
                 ("refused as internal affairs, individuals?", E("sh19", "r.withheld.internal_affairs.natural_person"))], f + "switch row"),
        F("en", [("Shuyang 2025 carried over from the year before?", E("sy", "r.carried_over.total")),
                 ("and Huai'an for 2024?", E("ha", "r.carried_over.total", alt=("全市共受理政府信息公开申请", 34)))], f + "switch body"),
        F("en", [("Hongze District 2024: requests fully granted?", E("hz24", "r.granted.total")),
                 ("and the table's grand total of handled requests (办理结果总计) that year?", E("hz24", "r.total_processed.total"))], f + "switch row (text cells)"),
        F("en", [("Huai'an 2024 refusals because disclosure is prohibited by law — individuals only?", E("ha", "r.withheld.prohibited_by_law.natural_person")),
                 ("and the corporate column?", E("ha", "r.withheld.prohibited_by_law.commercial"))], f + "switch column"),
    ]


def narrative():
    t = "[textonly] number stated only in the report text"
    return [
        N("zh", "jx", "试点领域", 26, "个", "涧西区2020年年报里说设了多少个基层政务公开试点领域", t),
        N("zh", "ha", "在运维政务新媒体", 95, "个", "淮安市2024年还在运营的政务新媒体号有多少个", t),
        N("zh", "ha", "栏目全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目做了几次全覆盖检查", t),
        N("zh", "ha", "收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少信息处理费（元）", t),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", t),
        N("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议", t),
        N("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年在门户网站上搞了几期意见征集", t),
        N("zh", "sy", "在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条", t),
        N("zh", "sy", "爆款内容", 52, "条", "沭阳县2025年出了多少条爆款内容", t),
        N("zh", "sy", "家单位政府信息公开年度报告", 64, "家", "2025年沭阳集中发布年报的单位有几家", t),
        N("zh", "sy", "发出催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一共发了几次催办提醒", t),
        N("zh", "sy", "清理过期信息", 697, "条", "沭阳2025年清理掉多少条过期信息", t),
        N("zh", "sy", "办前主动沟通", 49, "次", "沭阳县2025年办申请之前先主动跟申请人沟通了多少次", t),
        N("zh", "kw", "日常报送惠企政策", 83, "条", "上海市科委2024年日常报送惠企政策几条", t),
        N("zh", "kw", "原创文章", 294, "篇", "上海科技公众号2024年原创文章有多少篇", t),
        N("zh", "sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会", t),
        N("zh", "sh25", "个区全部上线数字公报", 16, "个", "2025年上海有几个区上线了数字公报", t),
        N("zh", "sh25", "覆盖 10 个语种", 10, "个", "上海国际服务门户2025年覆盖几个语种", t),
        N("zh", "sh19", "权威发布共计", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次", t),
        N("zh", "sh19", "家政府网站开展全面检查", 70, "家", "2019年上海每季度检查的政府网站有多少家", t),
        N("en", "ha", "政策解读21", 21, "个", "Huai'an 2024: how many explainers of policies (text + pictures) did the city put together?", t),
        N("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024 — how many pieces explaining policies were put out?", t),
        N("en", "sy", "专栏33", 33, "个", "Shuyang County 2025: how many themed columns did its social-media accounts open?", t),
        N("en", "sy", "策采相关新闻稿件", 2606, "篇", "How many news stories did Shuyang's new-media team gather and write in 2025?", t),
        N("en", "sy", "同步配套解读", 7, "次", "Shuyang 2025: how many times were executive meetings accompanied by a same-day explanation?", t),
        N("en", "sy", "3份清单", 3, "份", "how many standard disclosure catalogues did Shuyang County refresh in 2025?", t),
        N("en", "sy", "收取380元", 380, "元", "Shuyang 2025, the one department that charged a processing fee — how many yuan?", t),
        N("en", "kw", "批量推送集成式发布政策", 121, "条", "STCSM 2024: how many policies were pushed out in bundled batches?", t),
        N("en", "kw", "公众号共编发文章", 1640, "篇", "How many posts did the Shanghai science commission's WeChat account publish in 2024?", t),
        N("en", "kw", "视频号共制作并发布短视频", 584, "条", "STCSM 2024 — number of short clips posted on its video channel?", t),
        N("en", "kw", "回应公众关注热点信息", 2, "条", "On its website in 2024, how many items did the science commission post answering hot public concerns?", t),
        N("en", "sh25", "新闻通气会", 19, "场", "Shanghai 2025: how many background briefings for the press (not full press conferences) were held?", t),
        N("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai municipal gazette came out in 2025?", t),
        N("en", "sh25", "人事任免文件", 196, "件", "Shanghai General Office 2025: how many personnel appointment/removal papers were proactively published?", t),
        N("en", "sh19", "接入53个部门", 53, "个", "In 2019, how many departments had been plugged into Shanghai's unified one-stop intake platform?", t),
        N("en", "sh19", "全年共编发公报", 24, "期", "Shanghai 2019: how many gazette editions were put out over the year?", t),
        N("en", "sh19", "部门规范性文件45件", 45, "件", "The 2019 Shanghai gazette: how many rulebooks from individual city departments (not the city government itself) did it carry?", t),
        N("en", "ha", "市政府网站主动公开各类政府信息", 11, "件", "Per Huai'an's 2024 narrative (not the table), how many policy papers did the city government and its office put out?", t),
        N("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: how many items did the district put up on its website without anyone asking?", t),
    ]


def cannot():
    c = "[cannot] "
    return [
        U("zh", "淮安市2024年信息公开申请里男的女的各占多少", "no sex breakdown in the report", c + "sex breakdown"),
        U("zh", "沭阳县2025年哪个月收到的申请最多", "no monthly breakdown", c + "month breakdown"),
        U("zh", "洪泽区2023年申请人大多是多大年纪的", "no age breakdown", c + "age breakdown"),
        U("zh", "南京市2024年政府信息公开申请收了多少件", "南京市 is not in the corpus", c + "body not held"),
        U("zh", "沭阳县2024年的年报里依申请公开有多少件", "沭阳 2024 report not in the corpus", c + "year not held"),
        U("zh", "我2025年3月给沭阳县自然资源局递了一份拆迁补偿的申请，到现在没回，我的申请处理到哪一步了", "one person's own case", c + "own case"),
        U("zh", "淮安2024年那些信息公开申请人的电话号码能给我一份吗", "personal data", c + "personal data"),
        U("zh", "预测一下淮安市2026年会收到多少信息公开申请", "forecast", c + "forecast"),
        U("zh", "你觉得上海市府办2025年的信息公开工作做得好不好", "opinion", c + "opinion"),
        U("zh", "洪泽区2024年各个乡镇分别收到多少申请", "no township breakdown", c + "township breakdown"),
        U("zh", "上海市科委2024年处理一件信息公开申请平均要花几天", "no response time stated", c + "response time"),
        U("zh", "淮安市2024年专门搞信息公开的工作人员有几个", "no staff number stated", c + "staff"),
        U("zh", "沭阳2025年申请是通过网上提的多还是信函多 各多少", "no channel breakdown", c + "channel breakdown"),
        U("zh", "上海市政府办公厅2022年受理了多少申请", "上海市府办 2022 not in corpus", c + "year not held"),
        U("zh", "宿迁市2025年行政复议一共多少件", "宿迁市 not in the corpus", c + "body not held"),
        U("zh", "涧西区2021年依申请公开收到几件", "涧西 2021 not in corpus", c + "year not held"),
        U("zh", "洪泽区2023年申请的内容主要是关于征地拆迁的有几件", "no topic breakdown", c + "topic breakdown"),
        U("zh", "淮安2024年被纠正的那64件复议分别是哪些部门的", "no department breakdown of appeals", c + "department breakdown"),
        U("zh", "我邻居张某2024年向淮安市政府申请过信息公开吗", "personal data / one person", c + "personal data"),
        U("zh", "沭阳县2025年信息公开工作一共花了多少经费", "no cost stated", c + "cost"),
        U("en", "Huai'an 2024 — what share of requesters lived outside the city?", "no residence breakdown", c + "residence breakdown"),
        U("en", "Shuyang 2025: which quarter saw the most disclosure requests?", "no quarter breakdown", c + "quarter breakdown"),
        U("en", "How many disclosure requests did Pudong New Area get in 2024?", "浦东新区 not in corpus", c + "body not held"),
        U("en", "Hongze District 2022 annual report - requests received?", "洪泽 2022 not in corpus", c + "year not held"),
        U("en", "STCSM 2023, number of requests received?", "上海科委 2023 not in corpus", c + "year not held"),
        U("en", "Will Shanghai General Office get more requests in 2027 than in 2025? give a number", "forecast", c + "forecast"),
        U("en", "Is Huai'an's 2024 disclosure performance better than other cities in Jiangsu, in your view?", "opinion", c + "opinion"),
        U("en", "I filed a request with Hongze District in 2024 about my land lease. Was mine one of the ones refused?", "own case", c + "own case"),
        U("en", "List the names of people who sued Huai'an city government over disclosure in 2024", "personal data", c + "personal data"),
        U("en", "Huai'an 2024 requests from companies broken down by industry sector?", "no industry breakdown", c + "industry breakdown"),
        U("en", "How long on average did Shuyang County take to answer a request in 2025?", "no response time", c + "response time"),
        U("en", "Shanghai General Office 2019: how many staff work on disclosure requests?", "no staff number", c + "staff"),
        U("en", "Why did Hongze District's request count jump in 2024? What reason does the report give, with figures?", "no cause stated", c + "reason not stated"),
        U("en", "Qingjiangpu District 2024 number of disclosure requests?", "清江浦区 not in corpus", c + "body not held"),
        U("en", "Jianxi District 2020: how many requesters were women?", "no sex breakdown", c + "sex breakdown"),
        U("en", "Shanghai General Office 2025 — what topics were the 1295 requests mostly about, with counts per topic?", "no topic figures", c + "topic breakdown"),
        U("en", "Shuyang 2025, which township's residents filed the most requests?", "no township breakdown", c + "township breakdown"),
        U("en", "STCSM 2024 - what did handling disclosure requests cost in staff time (yuan)?", "no cost stated", c + "cost"),
        U("en", "Which of Huai'an's 2024 requesters got the 6 requests that were dropped for unpaid fees? names please", "personal data", c + "personal data"),
    ]


def trap():
    t = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安2024年没办完、留到2025年接着办的有几件（不是从2023年带过来的那些）", t + "结转下年 vs 上年结转", alt=("全市共受理政府信息公开申请", 103)),
        T("zh", "ha", "a.litigation_after_review.total", "淮安市2024年先复议、不服再起诉的行政诉讼总数，别把直接起诉的算进去", t + "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安2024年宣布作废的规范性文件几件（不是新发的也不是还有效的）", t + "废止 vs 制发/现行有效"),
        T("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年 政府说东西得另外做出来才能给的那种 几件（不是说自己没有的那种）", t + "另行制作 vs 不掌握"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为还在研究讨论过程中不给公开的，注意不是内部事务那一项", t + "过程性信息 vs 内部事务"),
        T("zh", "sy", "a.review.other", "沭阳2025年复议结果是其他情况的（不是纠正）有几件", t + "其他结果 vs 纠正"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购做了几个项目，问的是个数不是金额", t + "采购项目数 vs 金额"),
        T("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total rules (规章) publicly available — the overall total, not just the new ones made that year", t + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.partially_granted.total", "Huai'an 2024: requests where they only handed over part of it (not the fully granted ones)?", t + "部分公开 vs 予以公开"),
        T("en", "ha", "r.granted.legal_services", "Huai'an 2024 fully-granted requests from legal service providers (law firms, not businesses)", t + "法律服务机构 vs 商业企业"),
        T("en", "ha", "c.regulations.in_force", "Huai'an 2024: government rules currently valid (现行有效) - not the number newly made", t + "现行有效 vs 制发"),
        T("en", "sy", "a.litigation_direct.total", "Shuyang County 2025 lawsuits filed directly, without going through reconsideration first?", t + "直接起诉 vs 复议后起诉"),
        T("en", "kw", "r.carried_over.total", "STCSM 2024: requests inherited from 2023 (not those passed on to 2025)?", t + "上年结转 vs 结转下年", alt=("上年结转政府信息公开申请", 2)),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + narrative() + cannot() + trap()
