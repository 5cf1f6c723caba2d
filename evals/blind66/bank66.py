"""Question bank of the blind66 evaluation set (evals/blind66).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while tuning.

All wordings were written from scratch for this set. Every number is computed by helpers66
(gold JSON, the printed text cells in SPECS, or a sentence cut from the report text); the bank
names only keys, bodies, keywords and the question wording.

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib66 as L  # noqa: E402
from helpers66 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

# printed cells of the three reports without gold: the same cells blind6 verified, nothing new
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

# text statements that agree with a table cell (keyword, number): used as acceptable alternatives
HA_REQ = "3119"                # 受理 3119 / 答复 3050 / 上年度结转 34 / 顺延 103
HA_REV = "行政复议 351"         # 复议 351 / 维持 72 / 纠正 64 / 其他 178 / 尚未审结 37
HA_LIT = "行政诉讼 46"          # 诉讼 46 (= direct 26 + after review 20)
SH19_REQ = "859件"             # 受理 859 / 答复 805 / 上年度结转 18 / 顺延 72
SH19_ACT = "主动公开规章13件"   # 规章 13 / 行政规范性文件 60
SH19_APP = "零败诉"             # 复议 7 / 诉讼 9
JX_REQ = "收到依申请公开17件"   # 17 / 办结 15 / 在办 2
HZ23_REQ = "受理政府信息公开申请 21"
KW_REQ = "全年收到政府信息公开申请 34"   # 34 / 上年结转 2
KW_OK = "同意公开答复 9"
SH25_REQ = "受理政府信息公开申请 1295"  # 1295 / 办结 1191 / 上年结转 189
SY_REQ = "749"                 # 法人或其他组织 8 / 共办理 718 / 结转下一年 31
SY_CASES = "全县共办理相关案件 74"


def plain():
    n = "[plain] "
    return [
        # ---------------- zh ----------------
        V("zh", "ha", "r.unable.not_held.total", "淮安市政府2024年有多少申请是政府回复说这个信息他们手上根本没有的", n + "不掌握 by what happened"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年 因为是机关内部的事 人事啊后勤啊 所以不给公开的 有几件", n + "三类内部事务信息 colloquial"),
        V("zh", "ha", "r.withheld.admin_query.total", "我帮我爸去淮安市政府申请查他的社保记录，人家说这个属于查询不属于信息公开。想问2024年全市像这样被当成行政查询事项挡回去的一共多少件？", n + "story; 行政查询事项"),
        V("zh", "sy", "r.other.overdue_fee.total", "沭阳24年…不对，沭阳县2025年，让交钱了结果申请人过期没交，政府就不管了的，多少件", n + "逾期未缴费 colloquial, self-correcting year"),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安2024年 叫申请人补材料 人家一直不补 最后不了了之的有几个", n + "逾期不补正 colloquial"),
        V("zh", "sy", "r.not_processed.petition.total", "问一下哈 2025年沭阳县政府收到那种其实是来投诉举报的、不算信息公开、就没处理的 有多少", n + "信访举报投诉类 by what happened"),
        V("zh", "ha", "r.not_processed.duplicate.total", "淮安市政府二〇二四年 同一个事情反复申请、被当成重复申请不处理的是多少件", n + "重复申请, 二〇二四"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023年有几件是政府说 手头没现成的 要重新做一份才有 所以提供不了的", n + "另行制作 colloquial"),
        V("zh", "ha", "r.withheld.security_stability.total", "淮安2024 说公开了会影响国家安全、社会稳定啥的不给的 几件啊", n + "三安全一稳定 colloquial"),
        V("zh", "sy", "r.withheld.third_party.total", "沭阳县2025年怕侵犯别人隐私商业秘密，就是保护第三方的，不予公开几件", n + "第三方合法权益"),
        V("zh", "ha", "r.withheld.process_info.total", "淮安市2024年申请的东西还在讨论研究阶段 属于过程中的材料 没给公开的有多少", n + "过程性信息 by what happened"),
        V("zh", "sy", "r.withheld.enforcement_files.total", "沭阳25年 要的是执法的案卷材料 被拒了的 多少件", n + "行政执法案卷, 25年"),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安2024年政府信息公开申请里 因为涉密（国家秘密）没公开的几件", n + "国家秘密"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安市2024年有法律法规明文不让公开、所以不给的，一共多少件", n + "其他法律行政法规禁止公开"),
        V("zh", "ha", "r.unable.unclear.total", "淮安2024 让人补正了 补完还是说不清要啥的 有几件", n + "补正后仍不明确 colloquial"),
        V("zh", "ha", "r.not_processed.reconfirm.total", "12345转来的：市民问淮安市政府2024年，有人拿着已经拿到的文件要政府再盖章确认一遍，这种不予处理的有多少件？", n + "operator relaying; 确认或重新出具"),
        V("zh", "ha", "r.not_processed.publication.total", "淮安2024年有没有人申请要公开出版物的 被不予处理了几件", n + "公开出版物, value 0"),
        V("zh", "ha", "r.received.legal_services", "淮安市2024年律所之类的法律服务机构交了多少份新申请", n + "法律服务机构 column"),
        V("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年律师事务所那类申请人，只给了一部分的有几件", n + "部分公开 x 法律服务机构"),
        V("zh", "ha", "r.granted.commercial", "淮安2024 公司企业来申请的 全部给公开了的 几件", n + "予以公开 x 商业企业"),
        V("zh", "ha", "r.received.research", "淮安市政府2024年 有没有科研院所高校这种科研机构来申请的，新收多少件", n + "科研机构 column, 0"),
        V("zh", "sy", "r.received.public_interest", "沭阳县2025年公益组织（社会公益组织）新提交了几件申请", n + "社会公益组织 column, 0"),
        V("zh", "ha", "r.received.other_org", "淮安市2024年本年新收申请里 法人或其他组织下面那个“其他”一栏是多少", n + "其他 applicant column, staff checking"),
        V("zh", "sy", "r.received.legal_person", "沭阳县2025年单位来申请的（法人或其他组织，不算个人）本年新收一共多少", n + "derived legal_person", alt=(SY_REQ, 8)),
        V("zh", "ha", "a.review.corrected", "淮安市政府2024年 被人申请复议以后 复议机关说政府做错了要改的 有几件", n + "复议 纠正", alt=(HA_REV, 64)),
        V("zh", "sy", "a.review.pending", "沭阳2025 行政复议还没出结果、没审完的 几个", n + "复议 尚未审结"),
        V("zh", "ha", "a.litigation_direct.corrected", "淮安市2024年 老百姓没走复议直接去法院告政府 结果政府输了被纠正的 多少件", n + "直接起诉 纠正"),
        V("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年先复议、不服再去起诉的官司里，法院维持政府做法的几件", n + "复议后起诉 维持"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安2024年复议完又打官司的 到年底还没判的有几件", n + "复议后起诉 尚未审结"),
        V("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年 老百姓个人申请的 回复说本机关不掌握的 几件", n + "2019 report, blank totals: natural-person column"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅收到个人的申请里，其实是信访投诉举报、被不予处理的有多少", n + "sh19 自然人 信访"),
        V("zh", "sh19", "c.regulations.total_published", "上海市府办2019年报 规章那一行 对外公开总数量是几", n + "2019 format active", ),
        V("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年 政府集中采购花了多少钱（万元）", n + "money 万元", unit="万元"),
        V("zh", "jx", "c.procurement.projects", "涧西区政府办2020年集中采购一共采了几个项目", n + "采购项目数"),
        V("zh", "jx", "r.granted.total", "涧西区2020年申请信息公开 最后全给公开了的有几件", n + "予以公开"),
        V("zh", "hz23", "r.withheld.process_info.total", "洪泽区政府2023年 因为属于四类过程性信息没公开的几件", n + "过程性信息 label"),
        V("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费收了多少万元", n + "money", unit="万元"),
        V("zh", "hz23", "a.review.upheld", "洪泽2023年 被申请复议的 复议结果是维持原来决定的有几件", n + "复议 维持 (totals printed 0, not asked)"),
        V("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废掉了几个规范性文件", n + "废止 colloquial"),
        V("zh", "sy", "c.coercion.decisions", "沭阳2025年行政强制（查封扣押那些）处理决定多少个", n + "行政强制"),
        V("zh", "hz24", "c.punishment.decisions", "洪泽区2024年罚款处罚这类行政处罚决定一共做了多少", n + "text cell, 行政处罚"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年 因为政府自己没有这个信息而给不了的 多少件", n + "text cell 不掌握"),
        V("zh", "kw", "c.normative_docs.in_force", "上海科委2024年现在还有效的规范性文件一共几件", n + "text cell 现行有效"),
        V("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年 同一个人同一件事又来申请一遍 被当重复申请没处理的是多少", n + "text cell 重复申请"),
        V("zh", "sh25", "r.unable.needs_creation.total", "市府办2025年（上海）说没有现成的、要另外加工制作才能给，所以没提供的有几件", n + "text cell 另行制作"),
        V("zh", "sh25", "a.review.pending", "上海市府办2025年的行政复议 还挂着没审结的 有几件", n + "text cell 复议 尚未审结"),
        # ---------------- en ----------------
        V("en", "ha", "r.granted.total", "How many info requests did Huai'an city government fully release in 2024?", n + "予以公开 plain English"),
        V("en", "sy", "r.unable.not_held.total", "Shuyang County 2025: how many times did they answer 'we simply don't have that information'?", n + "不掌握 by what happened"),
        V("en", "ha", "r.withheld.third_party.total", "In 2024, how many requests did Huaian refuse because releasing would hurt somebody else's rights (third party)?", n + "第三方 paraphrase"),
        V("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025, number of requests turned down because they were really just lookups of records (行政查询事项)?", n + "行政查询 with label in brackets"),
        V("en", "ha", "r.withheld.internal_affairs.total", "huaian 2024 how many withheld bc it was internal stuff of the office like staffing, logistics", n + "内部事务 typo-ish English"),
        V("en", "sy", "r.withheld.process_info.total", "For Shuyang County in 2025, how many requests asked for drafts and discussion papers still being worked on and got refused?", n + "过程性信息 paraphrase"),
        V("en", "ha", "r.withheld.enforcement_files.total", "Huai'an 2024 — refusals because the papers were part of a law-enforcement case file?", n + "执法案卷 paraphrase"),
        V("en", "hz23", "r.withheld.state_secret.total", "Hongze District 2023, requests not disclosed since it is classified as state secret, how much?", n + "国家秘密 non-native English"),
        V("en", "ha", "r.unable.needs_creation.total", "How many requests in Huai'an (2024) could not be met because the info would have to be newly compiled from scratch?", n + "另行制作 paraphrase"),
        V("en", "sy", "r.not_processed.duplicate.total", "Shuyang 2025: people sending the same request again that got ignored as repeats — how many?", n + "重复申请 by what happened"),
        V("en", "ha", "r.not_processed.petition.total", "Huaian gov 2024, how many requests were actually complaints or whistleblowing letters and so were not handled as disclosure requests?", n + "信访 paraphrase"),
        V("en", "sy", "r.not_processed.excessive.total", "Did Shuyang County in 2025 reject anyone for flooding them with lots of repeated requests for no good reason? how many", n + "大量反复申请, 0"),
        V("en", "sy", "r.not_processed.reconfirm.total", "Shuyang 2025 - requests asking the government to re-issue or certify info the person already had: count?", n + "确认或重新出具, 0"),
        V("en", "ha", "r.other.overdue_fee.total", "Huai'an 2024: how many requests were dropped because the applicant never paid the fee notice in time?", n + "逾期未缴费"),
        V("en", "sy", "r.other.overdue_correction.total", "In FY2025, Shuyang County — applications closed because the applicant didnt fix/complete them in time?", n + "逾期不补正 FY2025"),
        V("en", "ha", "r.other.other.total", "Huai'an 2024, the catch-all 'other' line under other handling (其他处理 3.其他) — number?", n + "其他处理/其他"),
        V("en", "sy", "r.unable.unclear.total", "shuyang county 2025 requests still too vague even after they were asked to clarify?", n + "补正后不明确, 0"),
        V("en", "ha", "r.received.commercial", "How many brand-new requests came from companies (commercial enterprises) to Huai'an in 2024?", n + "商业企业 column"),
        V("en", "sy", "r.received.legal_services", "Shuyang 2025: new requests filed by law firms and other legal service providers?", n + "法律服务机构"),
        V("en", "ha", "r.carried_forward.natural_person", "Huai'an 2024: requests from private individuals left unfinished and pushed into the next year?", n + "结转下年 x 自然人"),
        V("en", "sy", "r.granted.legal_services", "Shuyang County 2025, fully disclosed answers given to legal service institutions?", n + "予以公开 x 法律服务机构"),
        V("en", "ha", "r.partially_granted.commercial", "For Huai'an in 2024, how many business applicants got only part of what they asked for?", n + "部分公开 x 商业企业"),
        V("en", "sy", "r.received.research", "Shuyang 2025, new applications from research institutes (科研机构)?", n + "科研机构 0"),
        V("en", "ha", "r.unable.not_held.legal_services", "In Huai'an's 2024 report, how many 'we don't hold it' replies went to legal service institutions?", n + "不掌握 x 法律服务机构"),
        V("en", "ha", "a.review.pending", "Huai'an 2024: administrative reconsideration cases not yet decided at year end?", n + "复议 尚未审结", alt=(HA_REV, 37)),
        V("en", "ha", "a.review.other", "Huai'an 2024, reconsiderations that ended some other way, neither upheld nor corrected?", n + "复议 其他结果", alt=(HA_REV, 178)),
        V("en", "sy", "a.review.corrected", "Shuyang County 2025: how often did the reconsideration body tell the government it got it wrong?", n + "复议 纠正 paraphrase"),
        V("en", "ha", "a.litigation_direct.other", "Huai'an 2024, lawsuits filed straight in court (no reconsideration first) that ended with some other result?", n + "直接起诉 其他结果"),
        V("en", "sy", "a.litigation_direct.upheld", "shuyang 2025 people who sued right away without reconsideration - how many times did the court side with the government", n + "直接起诉 维持"),
        V("en", "ha", "a.litigation_after_review.corrected", "Huai'an 2024, suits brought after a reconsideration where the court corrected the government?", n + "复议后起诉 纠正"),
        V("en", "sy", "a.litigation_after_review.other", "Shuyang 2025: after-reconsideration lawsuits closed with an 'other' outcome?", n + "复议后起诉 其他结果"),
        V("en", "jx", "a.litigation_after_review.total", "Jianxi District 2020 — total lawsuits that came after a reconsideration?", n + "复议后起诉 总计"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals told the info would need to be specially produced, so not provided?", n + "sh19 另行制作 自然人"),
        V("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, normative documents published in total (对外公开总数量)?", n + "2019 format"),
        V("en", "sh19", "a.litigation_direct.pending", "In 2019, how many direct lawsuits against the Shanghai General Office were still pending?", n + "直接起诉 尚未审结"),
        V("en", "jx", "c.procurement.amount", "Jianxi District gov office 2020, total spend on centralized procurement in 10k yuan?", n + "money 万元", unit="万元"),
        V("en", "hz23", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District make in 2023?", n + "行政处罚"),
        V("en", "ha", "c.fees.amount", "Huai'an 2024: how much did they take in from administrative fees (in 10,000 yuan)?", n + "money", unit="万元"),
        V("en", "ha", "c.normative_docs.repealed", "How many normative documents did Huai'an scrap in 2024?", n + "废止 'scrap'"),
        V("en", "hz24", "c.licensing.decisions", "Hongze District 2024: number of permit/licensing decisions?", n + "text cell 行政许可"),
        V("en", "hz24", "a.litigation_after_review.total", "Hongze 2024, lawsuits filed after going through reconsideration first, total?", n + "text cell 复议后起诉"),
        V("en", "kw", "r.received.commercial", "STCSM 2024: new info requests sent in by companies?", n + "text cell 商业企业"),
        V("en", "kw", "c.licensing.decisions", "Shanghai science commission, 2024 — administrative licensing decisions made?", n + "text cell 行政许可"),
        V("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025: requests that were really petitions or complaints and so weren't processed?", n + "text cell 信访"),
        V("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025, requests from legal service firms carried in from the year before?", n + "text cell 上年结转 x 法律服务机构"),
        V("en", "sh25", "a.litigation_direct.pending", "In 2025, how many lawsuits filed directly against the Shanghai General Office were still open?", n + "text cell 直接起诉 尚未审结"),
    ]


def combine():
    n = "[combine] "
    return [
        # ---- sums (16) ----
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年信息公开方面被告上法庭的一共多少起？直接起诉的和复议后再起诉的加一块", n + "诉讼 total = 26 + 20; text states 46", alt=(HA_LIT, 46)),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年复议加上两种行政诉讼，总共多少个案子", n + "61 + 3 + 10; text states 74", alt=(SY_CASES, 74)),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"], "淮安2024 涉密的、法律法规禁止的、危害三安全一稳定的 这三种不公开加起来几件", n + "3 withheld sub-items"),
        S("zh", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "沭阳县2025年 申请人自己拖着不补正的 加上不交费的 合计", n + "2 其他处理 sub-items"),
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "我是记者，想算一下淮安市政府2024年全部公开和部分公开的一共多少件，麻烦给个数", n + "予以公开 + 部分公开"),
        S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳25年 所有“无法提供”那几类加起来（不掌握、要另做、说不清楚）是多少", n + "无法提供 3 sub-items"),
        S("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年 个人新交的申请 加上从上一年转过来的个人申请 一共", n + "sh19 自然人 新收 + 上年结转"),
        S("zh", "hz23", ["a.review.upheld", "a.review.corrected"], "洪泽区2023年行政复议维持的加上被纠正的，总共几件", n + "hz23 printed 复议总计 0, asked as sum of outcomes"),
        S("en", "ha", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: add up the refusals for internal affairs, process info, enforcement case files and admin lookups.", n + "4 withheld sub-items"),
        S("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang County 2025 — complaints-type requests plus repeat requests, both not processed: total?", n + "2 不予处理 sub-items"),
        S("en", "ha", ["c.regulations.in_force", "c.normative_docs.in_force"], "Huai'an 2024: how many rules and normative documents are valid right now, both together?", n + "现行有效 regulations + normative docs"),
        S("en", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Shuyang 2025, licensing + penalty + coercion decisions combined?", n + "3 active cells"),
        S("en", "ha", ["r.received.total", "r.carried_over.total"], "Total caseload for Huai'an in 2024: new requests plus those carried in from the year before?", n + "新收 + 上年结转"),
        S("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019, reconsideration cases plus lawsuits filed directly: how many altogether?", n + "7 + 9"),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020 — every appeal-type case (reconsideration and both kinds of lawsuit) summed up?", n + "1 + 1 + 1"),
        S("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"], "For Shuyang 2025 I need the sum of all eight non-disclosure (不予公开) reasons.", n + "8 withheld sub-items"),
        # ---- differences (10) ----
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少", note=n + "difference hz23->hz24"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽 本机关不掌握的申请 23年到24年变化了多少件（24减23）", note=n + "difference hz23->hz24"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市府办新收的信息公开申请，2025年跟2019年比增加了多少件", alt=(SH25_REQ, 1295), note=n + "difference sh19->sh25"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅转到下一年接着办的申请，2019年和2025年差多少（后者减前者）", note=n + "difference sh19->sh25"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定 拿2024年的减去2023年的 是多少（变少了就写负数）", note=n + "difference hz23->hz24"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District: change in penalty decisions from 2023 to 2024 (2024 minus 2023)?", note=n + "difference hz23->hz24"),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: reconsideration cases in 2025 vs 2019, what's the difference?", note=n + "difference sh19->sh25"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "How did the number of Hongze's normative documents still in force move between 2023 and 2024?", note=n + "difference hz23->hz24"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, new requests from individuals: by how much did 2025 exceed 2019?", note=n + "difference sh19->sh25"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze District fee income, 2024 compared with 2023 — difference in 10k yuan?", unit="万元", note=n + "difference hz23->hz24"),
    ]


def rank():
    n = "[rank] "
    five = ["ha", "sy", "sh19", "hz23", "jx"]
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019 这三家谁新收的申请最多", n + "received"),
        R("zh", ["sy", "sh19", "hz23", "jx"], "r.unable.not_held.natural_person", "desc", "沭阳县2025年、上海市府办2019年、洪泽区2023年、涧西区2020年，个人申请被回“不掌握”最多的是哪家", n + "not_held natural"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "r.not_processed.petition.natural_person", "asc", "比一比 淮安2024 沭阳2025 上海市府办2019 洪泽2023 个人申请里被当信访投诉不处理的 哪家最少", n + "petition natural asc"),
        R("zh", ["ha", "sy", "hz23"], "a.review.upheld", "asc", "淮安市政府2024年、沭阳县政府2025年、洪泽区政府2023年，复议维持件数最少的是谁", n + "review upheld asc"),
        R("zh", ["ha", "sh19", "jx"], "a.litigation_direct.upheld", "desc", "淮安2024年、上海市府办2019年、涧西区2020年 直接起诉法院维持政府的，哪个最多", n + "direct upheld"),
        R("zh", ["sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "个人申请说要另行制作所以给不了的：沭阳县2025年、上海市府办2019年、洪泽区2023年，谁最多", n + "needs_creation natural"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转到下一年继续办的申请，淮安2024、沭阳2025、上海市府办2019、涧西2020里最少的是哪个", n + "carried_forward asc"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Which had the most new requests from businesses: Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?", n + "commercial"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.withheld.internal_affairs.natural_person", "desc", "Among Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Hongze (2023), who refused the most individuals on internal-affairs grounds?", n + "internal affairs natural"),
        R("en", ["sy", "sh19", "jx"], "r.granted.natural_person", "asc", "Fewest full releases to private persons — Shuyang 2025, Shanghai General Office 2019, or Jianxi 2020?", n + "granted natural asc"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.total_processed.total", "desc", "rank by total requests handled: Huai'an 2024, Shuyang 2025, Shanghai Gen Office 2019, Hongze 2023 - who is top", n + "total processed"),
        R("en", ["sy", "hz23", "jx"], "r.received.natural_person", "asc", "Shuyang County 2025, Hongze District 2023, Jianxi District 2020: which one got the fewest new requests from individuals?", n + "received natural asc"),
        R("en", five[:3], "r.carried_over.natural_person", "desc", "Who carried over the most individual requests from the previous year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", n + "carried_over natural"),
    ]


def followups():
    n = "[followup] "
    return [
        # ---------------- zh (20) ----------------
        F("zh", [("淮安市2024年 政府回说“我们这没有这个信息”的申请多少件", E("ha", "r.unable.not_held.total")),
                 ("那沭阳县2025年呢", E("sy", "r.unable.not_held.total"))], n + "switch body+year; 不掌握 colloquial"),
        F("zh", [("沭阳县2025年 申请人交了申请又不补材料 被撂下的有几件", E("sy", "r.other.overdue_correction.total")),
                 ("不交费被撂下的呢", E("sy", "r.other.overdue_fee.total")),
                 ("剩下那个“其他”呢", E("sy", "r.other.other.total"))], n + "三个其他处理 sub-items, row switch"),
        F("zh", [("我之前帮我妈给沭阳县政府写过申请，后来又去复议了。想问下2025年沭阳县行政复议一共多少件？", E("sy", "a.review.total")),
                 ("其中维持的呢", E("sy", "a.review.upheld")),
                 ("那直接去法院告的一共几件", E("sy", "a.litigation_direct.total"))], n + "story; year 2025 stated; appeals group switch"),
        F("zh", [("淮安2024年 不予公开里面 涉及别人隐私商业秘密（第三方）的几件", E("ha", "r.withheld.third_party.total")),
                 ("属于内部事务的呢", E("ha", "r.withheld.internal_affairs.total"))], n + "withheld sub-item switch"),
        F("zh", [("洪泽区2023年 不掌握的几件", E("hz23", "r.unable.not_held.total")),
                 ("24年呢", E("hz24", "r.unable.not_held.total"))], n + "year switch to text cell"),
        F("zh", [("上海市政府办公厅2019年 个人申请里被当成重复申请不处理的几件", E("sh19", "r.not_processed.duplicate.natural_person")),
                 ("公司企业那一栏呢", E("sh19", "r.not_processed.duplicate.commercial"))], n + "column switch, sh19"),
        F("zh", [("淮安市2024年本年新收申请里 个人交的多少", E("ha", "r.received.natural_person")),
                 ("律师事务所那种法律服务机构呢", E("ha", "r.received.legal_services")),
                 ("公益组织呢", E("ha", "r.received.public_interest"))], n + "applicant column switches"),
        F("zh", [("沭阳2025 直接起诉的 法院维持的有几件", E("sy", "a.litigation_direct.upheld")),
                 ("复议以后再起诉的 维持的呢", E("sy", "a.litigation_after_review.upheld"))], n + "appeals group switch"),
        F("zh", [("淮安市政府2024年 行政规范性文件本年制发了几件", E("ha", "c.normative_docs.issued")),
                 ("废了几件", E("ha", "c.normative_docs.repealed")),
                 ("现在还管用的呢", E("ha", "c.normative_docs.in_force"))], n + "column switches 制发/废止/现行有效"),
        F("zh", [("涧西区政府办2020年新收的信息公开申请几件", E("jx", "r.received.total", alt=(JX_REQ, 17))),
                 ("转到下一年接着办的呢", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], n + "text and table agree"),
        F("zh", [("上海科委2024年 本年新收申请 个人交的几件", E("kw", "r.received.natural_person")),
                 ("一共多少", E("kw", "r.received.total", alt=(KW_REQ, 34)))], n + "text cells; total agrees with text"),
        F("zh", [("上海市府办2025年 复议一共几件", E("sh25", "a.review.total")),
                 ("2019年的呢", E("sh19", "a.review.total", alt=(SH19_APP, 7)))], n + "year switch to gold; text 复议7件"),
        F("zh", [("沭阳县2025年 因为危及三安全一稳定没公开的几件", E("sy", "r.withheld.security_stability.total")),
                 ("淮安市2024年同样这一项呢", E("ha", "r.withheld.security_stability.total"))], n + "body+year switch"),
        F("zh", [("洪泽2023年 因为是执法案卷没公开的", E("hz23", "r.withheld.enforcement_files.total")),
                 ("沭阳县2025年呢", E("sy", "r.withheld.enforcement_files.total"))], n + "body switch"),
        F("zh", [("淮安2024年复议后又起诉的一共几件", E("ha", "a.litigation_after_review.total")),
                 ("其中法院维持的", E("ha", "a.litigation_after_review.upheld")),
                 ("其他结果的", E("ha", "a.litigation_after_review.other"))], n + "outcome column switches"),
        F("zh", [("上海市政府办公厅2019年 规范性文件本年新制作数量是多少", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60))),
                 ("规章呢", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13)))], n + "row switch; text agrees"),
        F("zh", [("沭阳县2025年部分公开给个人的有几件", E("sy", "r.partially_granted.natural_person")),
                 ("全部公开给个人的呢", E("sy", "r.granted.natural_person"))], n + "row switch"),
        F("zh", [("洪泽区2024年行政规范性文件新发了几件", E("hz24", "c.normative_docs.issued")),
                 ("现行有效的呢", E("hz24", "c.normative_docs.in_force"))], n + "text cells column switch"),
        F("zh", [("淮安市2024年 要公开出版物的、大量反复申请的 这两种不予处理各几件？先说公开出版物", E("ha", "r.not_processed.publication.total")),
                 ("大量反复申请的", E("ha", "r.not_processed.excessive.total"))], n + "rare 不予处理 sub-items, zeros"),
        F("zh", [("上海市府办2025年 本年新收申请 公司企业交的多少", E("sh25", "r.received.commercial")),
                 ("个人的呢", E("sh25", "r.received.natural_person"))], n + "text cells column switch"),
        # ---------------- en (19) ----------------
        F("en", [("How many of Huai'an's 2024 requests were still open at year end and rolled into 2025?", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
                 ("and for Shuyang County in 2025?", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], n + "body switch; text agrees"),
        F("en", [("Shuyang 2025: requests refused as internal office matters?", E("sy", "r.withheld.internal_affairs.total")),
                 ("and ones refused as drafts / deliberation material?", E("sy", "r.withheld.process_info.total"))], n + "withheld sub-item switch"),
        F("en", [("Huai'an 2024, administrative reconsideration: how many were upheld?", E("ha", "a.review.upheld", alt=(HA_REV, 72))),
                 ("what about Shuyang 2025?", E("sy", "a.review.upheld"))], n + "body switch"),
        F("en", [("Hongze District 2023 — how many requests were refused because a law or regulation forbids disclosure?", E("hz23", "r.withheld.prohibited_by_law.total")),
                 ("and for state secrets?", E("hz23", "r.withheld.state_secret.total"))], n + "rare withheld sub-items, hz23 typo label"),
        F("en", [("Huai'an 2024: requests answered with 'you need to clarify' and still unclear afterwards?", E("ha", "r.unable.unclear.total")),
                 ("how about Shuyang 2025", E("sy", "r.unable.unclear.total"))], n + "unclear, body switch"),
        F("en", [("Shanghai General Office 2019: new requests from companies?", E("sh19", "r.received.commercial")),
                 ("and 2025?", E("sh25", "r.received.commercial"))], n + "year switch to text cell"),
        F("en", [("For Shuyang County 2025, lawsuits after reconsideration still waiting for judgment?", E("sy", "a.litigation_after_review.pending")),
                 ("and the reconsiderations themselves still pending?", E("sy", "a.review.pending")),
                 ("and in Huai'an 2024?", E("ha", "a.review.pending", alt=(HA_REV, 37)))], n + "group then body switch"),
        F("en", [("Jianxi 2020, how many reconsideration cases were upheld?", E("jx", "a.review.upheld")),
                 ("direct lawsuits upheld?", E("jx", "a.litigation_direct.upheld"))], n + "appeals group switch"),
        F("en", [("Huai'an 2024, new requests from 'other' organisations (the last 其他 column)?", E("ha", "r.received.other_org")),
                 ("and how many of those were fully granted?", E("ha", "r.granted.other_org"))], n + "rare column, row switch"),
        F("en", [("Shuyang 2025: how many requests got partial release?", E("sy", "r.partially_granted.total")),
                 ("and full release?", E("sy", "r.granted.total"))], n + "row switch"),
        F("en", [("Hongze District 2024: administrative reconsiderations total?", E("hz24", "a.review.total")),
                 ("direct lawsuits?", E("hz24", "a.litigation_direct.total"))], n + "text cells group switch"),
        F("en", [("Shanghai General Office 2025 — how many requests did they say they don't hold?", E("sh25", "r.unable.not_held.total")),
                 ("and how many needed to be newly made so weren't given?", E("sh25", "r.unable.needs_creation.total"))], n + "text cells row switch"),
        F("en", [("Huai'an 2024: how many licensing decisions?", E("ha", "c.licensing.decisions")),
                 ("Hongze 2023?", E("hz23", "c.licensing.decisions")),
                 ("and Shuyang 2025?", E("sy", "c.licensing.decisions"))], n + "body switches, years stated"),
        F("en", [("STCSM 2024: requests carried over from previous year?", E("kw", "r.carried_over.total", alt=(KW_REQ, 2))),
                 ("and how many were granted in full?", E("kw", "r.granted.total", alt=(KW_OK, 9)))], n + "text cells; text agrees"),
        F("en", [("Shuyang County 2025, requests from companies that were knocked back as duplicates?", E("sy", "r.not_processed.duplicate.commercial")),
                 ("from individuals?", E("sy", "r.not_processed.duplicate.natural_person"))], n + "column switch"),
        F("en", [("Huai'an 2024 penalty decisions (行政处罚)?", E("ha", "c.punishment.decisions")),
                 ("and coercive measures (行政强制)?", E("ha", "c.coercion.decisions"))], n + "row switch"),
        F("en", [("Shanghai General Office 2019, total requests handled (办理结果总计)?", E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
                 ("and carried to next year?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72)))], n + "text agrees"),
        F("en", [("Shuyang 2025, fee income in 10k yuan?", E("sy", "c.fees.amount", unit="万元")),
                 ("and Huai'an 2024?", E("ha", "c.fees.amount", unit="万元"))], n + "money, body switch"),
        F("en", [("Hongze 2023: how many people asked for things that were really petitions and were not processed?", E("hz23", "r.not_processed.petition.total")),
                 ("Huai'an 2024 same thing?", E("ha", "r.not_processed.petition.total"))], n + "body switch"),
    ]


def textonly():
    n = "[textonly] "
    return [
        # ---------------- zh (20) ----------------
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", n + "press conferences"),
        N("zh", "ha", "《淮安市人民政府公报》6 期", 6, "期", "淮安2024年市政府公报出了几期", n + "gazette issues"),
        N("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安市政府2024年收信息处理费收了多少钱（元）", n + "fee in 元"),
        N("zh", "ha", "政务新媒体共计 95", 95, "个", "淮安全市2024年在运维的政务新媒体号有多少个", n + "new-media accounts"),
        N("zh", "sy", "催办提示 84 次", 84, "次", "沭阳县2025年那个倒计时报警器 发了多少次催办提醒", n + "reminders"),
        N("zh", "sy", "办前主动沟通 49 次", 49, "次", "沭阳2025年办申请之前主动跟申请人沟通了几次", n + "consultations"),
        N("zh", "sy", "成功推动化解各类争议纠纷 33 件", 33, "件", "沭阳县2025年通过沟通化解掉的争议纠纷有几件", n + "disputes resolved"),
        N("zh", "sy", "过期信息697条", 697, "条", "沭阳县政府2025年清理过期信息清了多少条", n + "expired items"),
        N("zh", "sy", "失效链接43处", 43, "处", "沭阳2025年网站上改了多少处打不开的链接", n + "broken links"),
        N("zh", "sy", "64家单位", 64, "家", "沭阳县2025年一共几家单位的信息公开年报是集中统一发布的", n + "units"),
        N("zh", "sy", "年度涌现爆款内容52条", 52, "条", "沭阳2025年出了多少条爆款内容", n + "viral posts"),
        N("zh", "sy", "策采相关新闻稿件2606篇", 2606, "篇", "沭阳县2025年政务新媒体采写了多少篇新闻稿", n + "news pieces"),
        N("zh", "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "洪泽区2024年在政府网站上主动发了多少条信息", n + "portal items"),
        N("zh", "hz24", "区政府办代表区政府受理政府信息公开申请 17 件", 17, "件", "洪泽区2024年报正文里说区政府办代表区政府受理了多少件申请", n + "text number (table 95 differs; asked as text)"),
        N("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年网站平台主动公开了多少条政府信息", n + "portal items"),
        N("zh", "jx", "601项事项", 601, "项", "涧西区政府办2020年梳理了多少项政务公开事项", n + "items", frm="对照省、市"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市政府2025年开了多少场新闻通气会", n + "briefings"),
        N("zh", "sh25", "申请人主动撤回 157 件", 157, "件", "上海市府办2025年申请人自己撤回申请的有多少件", n + "withdrawn requests"),
        N("zh", "sh19", "政策解读共132件", 132, "件", "上海市政府办公厅2019年在门户网站上发了多少件政策解读", n + "interpretations"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号直播了多少场", n + "live streams"),
        # ---------------- en (19) ----------------
        N("en", "ha", "政策解读", 21, "个", "How many policy explainers did Huai'an produce in 2024?", n + "paraphrase of 政策解读"),
        N("en", "ha", "全年组织 4 次", 4, "次", "In 2024, how many times did Huai'an run a full sweep of the disclosure sections across all its departments?", n + "paraphrase of 栏目全覆盖检查"),
        N("en", "sy", "全年通过县政府门户网站主动公开政府信息4511条", 4511, "条", "Shuyang County 2025 — how many items did the county website put out on its own initiative?", n + "portal items"),
        N("en", "sy", "推送系列原创短视频1113个", 1113, "个", "How many self-made short clips did Shuyang push out in 2025?", n + "short videos paraphrase"),
        N("en", "sy", "收取信息处理费共计380元", 380, "元", "What did government bodies in Shuyang County charge people in total for processing their info requests in 2025 (yuan)?", n + "fee paraphrase"),
        N("en", "sy", "错误信息83处", 83, "处", "Shuyang 2025: how many mistakes of various kinds did the website checkers fix?", n + "errors fixed paraphrase"),
        N("en", "sy", "开展意见征集9期", 9, "期", "How many rounds of public comment-gathering did Shuyang's county portal hold in 2025?", n + "consultations paraphrase"),
        N("en", "jx", "26个试点领域标准指引", 26, "个", "Jianxi District office 2020: how many pilot sectors were covered by the grassroots openness standardisation push?", n + "pilot areas", frm="对照省、市"),
        N("en", "jx", "办结率88.2%", 88.2, "%", "What share of requests had Jianxi District's office finished by the end of 2020, per its report?", n + "completion rate, printed %"),
        N("en", "sh19", "回落12.3%", 12.3, "%", "By what percent did requests to the Shanghai General Office drop in 2019 versus the year before?", n + "percent decline; year before stated as relative to 2019"),
        N("en", "sh19", "主动公开率达90.2%", 90.2, "%", "Shanghai General Office 2019: what proportion of municipal government documents reviewed were made public proactively?", n + "proactive rate"),
        N("en", "sh19", "对市政府常务会议的重要议题进行权威发布共计38次", 38, "次", "How many times in 2019 did Shanghai put out official releases on key items of its executive meetings?", n + "releases paraphrase"),
        N("en", "sh19", "每季度对本市处于正常运行状态的70家政府网站开展全面检查", 70, "家", "How many live government websites did Shanghai check every quarter in 2019?", n + "websites checked"),
        N("en", "sh25", "目前已覆盖 10 个语种", 10, "个", "How many languages did Shanghai's international services portal support by 2025?", n + "languages"),
        N("en", "sh25", "召开市政府新闻发布会 42 场", 42, "场", "How many full press conferences (not the smaller briefings) did Shanghai's city government hold in 2025?", n + "press conferences"),
        N("en", "sh25", "《上海市人民政府公报》24 期", 24, "期", "Shanghai General Office 2025 - issues of the city's official gazette edited?", n + "gazette issues"),
        N("en", "kw", "微信公众号共编发文章 1640 篇", 1640, "篇", "How many posts did the Shanghai science commission's WeChat account put out in 2024?", n + "posts"),
        N("en", "kw", "集成式发布政策 121", 121, "条", "STCSM 2024: how many policies were pushed in batches to the integrated release platform?", n + "batch-pushed policies"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期", "Hongze District 2024: how many executive meetings of the district government were made public?", n + "meetings disclosed"),
    ]


def cannot():
    n = "[cannot] "
    return [
        # ---------------- zh (20) ----------------
        U("zh", "淮安市2024年申请信息公开的人里 男的女的各多少", "no sex breakdown", n + "sex"),
        U("zh", "沭阳县2025年信息公开申请 每个月各收了多少件", "no monthly breakdown", n + "month"),
        U("zh", "我叫王建国，2025年3月给沭阳县政府交过一个关于拆迁补偿的申请，现在办到哪一步了", "one person's own case", n + "own case"),
        U("zh", "洪泽区2022年收到多少信息公开申请", "洪泽区 2022 not in the corpus", n + "year not held"),
        U("zh", "南京市政府2024年信息公开申请收了多少件", "南京市 not in the corpus", n + "body not held"),
        U("zh", "淮安2024年 网上申请的和当面递交的申请各有多少", "no channel breakdown", n + "channel"),
        U("zh", "预测一下沭阳县2026年会收到多少信息公开申请", "forecast", n + "forecast"),
        U("zh", "你觉得上海市府办2025年信息公开工作做得好不好", "opinion", n + "opinion"),
        U("zh", "12345这边有个来电：问淮安市2024年哪个县区的信息公开申请最多？", "no district breakdown", n + "district, operator voice"),
        U("zh", "沭阳县2025年信息公开申请里 关于征地拆迁的有多少件", "no topic breakdown", n + "topic"),
        U("zh", "淮安市政府办负责信息公开的工作人员有几个人", "staff not stated", n + "staff"),
        U("zh", "上海科委2023年的信息公开年报里新收申请多少", "上海市科委 2023 not in the corpus", n + "year not held"),
        U("zh", "帮我查一下2024年给淮安市政府写申请的那个李某某的电话和住址", "personal data", n + "personal data"),
        U("zh", "涧西区2021年行政复议有几件", "涧西区 2021 not in the corpus", n + "year not held"),
        U("zh", "洪泽区2023年申请人平均年龄多大", "no age data", n + "age"),
        U("zh", "沭阳2025年的信息公开申请平均几天答复完", "response time not stated", n + "response time"),
        U("zh", "宿迁市2025年政府信息公开申请数是多少", "宿迁市 not in the corpus", n + "body not held"),
        U("zh", "淮安市2024年第三季度收到多少信息公开申请", "no quarter breakdown", n + "quarter"),
        U("zh", "上海市府办2025年被复议纠错的那几件 具体是什么案子 为啥被纠错", "case details not stated", n + "case details"),
        U("zh", "沭阳县2025年办信息公开一共花了多少经费", "cost not stated", n + "cost"),
        # ---------------- en (19) ----------------
        U("en", "How many of Huai'an's 2024 requesters were women?", "no sex breakdown", n + "sex"),
        U("en", "Shuyang 2025: how many disclosure requests came in by email versus by post?", "no channel breakdown", n + "channel"),
        U("en", "What will the Shanghai General Office's request count be in 2026?", "forecast", n + "forecast"),
        U("en", "Pudong New Area 2024 - number of information disclosure applications?", "浦东新区 not in the corpus", n + "body not held"),
        U("en", "Is Huai'an more transparent than Shuyang? Give me your opinion based on 2024 and 2025.", "opinion", n + "opinion"),
        U("en", "My neighbour applied to Hongze District in 2024 about his land contract — was his request granted?", "one person's own case", n + "own case"),
        U("en", "Shanghai General Office 2022 annual report: new requests received?", "上海市府办 2022 not in the corpus", n + "year not held"),
        U("en", "Which industries did the companies that applied to Huai'an in 2024 come from?", "no industry breakdown", n + "industry"),
        U("en", "How many people work on disclosure at the Jianxi District office in 2020?", "staff not stated", n + "staff"),
        U("en", "Shuyang County 2024 report — how many requests were received?", "沭阳 2024 not in the corpus", n + "year not held"),
        U("en", "STCSM 2024: how many of the requesters lived outside Shanghai?", "no residence breakdown", n + "residence"),
        U("en", "Huai'an 2024: give me the names and ID numbers of everyone who sued the city government.", "personal data", n + "personal data"),
        U("en", "Qingjiangpu District 2024, how many requests were granted?", "清江浦区 not in the corpus", n + "body not held"),
        U("en", "Shuyang 2025: which county department received the most disclosure requests?", "no department breakdown", n + "department"),
        U("en", "How long on average did the Shanghai General Office take to answer a request in 2025?", "response time not stated", n + "response time"),
        U("en", "Why did Hongze District's request numbers change between 2023 and 2024 — what caused it?", "reasons not stated", n + "cause"),
        U("en", "How many disclosure requests in Huai'an in 2024 were about housing and demolition?", "no topic breakdown", n + "topic"),
        U("en", "Will Shuyang County get more lawsuits over disclosure in 2026?", "forecast", n + "forecast"),
        U("en", "Shanghai science commission 2024: how old were the people who applied, on average?", "no age data", n + "age"),
    ]


def neighbour():
    n = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年 从2023年没办完、转过来接着办的申请有多少", n + "上年结转 34 vs 结转下年 103", alt=(HA_REQ, 34)),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先去复议 不服又去法院告的 一共几件", n + "复议后起诉 10 vs 直接起诉 3"),
        T("zh", "ha", "c.regulations.in_force", "淮安市2024年规章 现在还有效的有几部（不是2024年当年新发的）", n + "现行有效 11 vs 制发 1"),
        T("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年 不是政府没有 而是得另外加工整理才能给、所以没给的 多少件", n + "另行制作 2 vs 不掌握 111"),
        T("zh", "ha", "r.withheld.internal_affairs.total", "淮安2024年 属于机关内部管理的事（不是还在讨论的过程稿）不公开的 几件", n + "内部事务 8 vs 过程性 12"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购了几个项目（问的是项目数 不是钱）", n + "采购项目数 6 vs 金额 25.1"),
        T("zh", "sy", "r.partially_granted.total", "沭阳2025年 只公开了一部分的 总共多少", n + "部分公开 101 vs 予以公开 294"),
        T("en", "ha", "a.litigation_direct.pending", "Huai'an 2024: direct lawsuits (not the after-reconsideration ones) still pending?", n + "直接起诉 尚未审结 1 vs 复议后起诉 6"),
        T("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019 — how many regulations are publicly available in total, not just the new ones?", n + "对外公开总数 524 vs 新制作 13"),
        T("en", "ha", "r.granted.legal_services", "Huai'an 2024: law firms (not businesses) that got everything they asked for?", n + "法律服务机构 50 vs 商业企业 21"),
        T("en", "sy", "r.carried_over.total", "Shuyang 2025: requests inherited from 2024 (not the ones pushed on to 2026)?", n + "上年结转 36 vs 结转下年 31"),
        T("en", "sh19", "a.litigation_direct.total", "Shanghai General Office 2019, lawsuits filed directly, skipping reconsideration?", n + "直接起诉 9 vs 复议 7", alt=(SH19_APP, 9)),
        T("en", "hz23", "r.unable.not_held.total", "Hongze 2023: requests where the office just didn't have the info (not the 'would have to be made' ones)?", n + "不掌握 10 vs 另行制作 3"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + cannot() + neighbour()
