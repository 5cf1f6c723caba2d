"""Question bank of blind set 332 (evals/blind332): staff and journalist traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every expected number is computed by
helpers332 (gold/*.json, derived keys per spec/README.md; cells of the three reports without gold
parsed from their printed rows with SPECS below; narrative sentences cut from the report text).

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024, sy 沭阳县政府 2025,
kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib332 as L  # noqa: E402
from helpers332 import C, D, E, EU, F, N, R, S, T, U, V  # noqa: E402,F401

# Printed cells of the reports without gold: exactly the specs blind6's text_cells.json verified.
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

WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
NOT_IN_FULL = ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
               "r.not_processed.total", "r.other.total"]
APPEALS3 = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]


def cols(row):
    """The six applicant-column keys of a requests row (rows whose 总计 is printed blank in 009)."""
    return ["requests.%s.%s" % (row, c) for c in L.COLS[:-1]]


def tag(t, note):
    return "%s %s" % (t, note)


# ---------------------------------------------------------------- [cell]
def cell_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[cell]", s)  # noqa: E731
    # zh
    c.append(V(z, "ha", "r.withheld.security_stability.total",
               "淮安市政府2024年那份年报里，以“危及三安全一稳定”为由没给公开的申请，一共几件？",
               n("不予公开 3.危及三安全一稳定, 总计列")))
    c.append(V(z, "ha", "r.withheld.enforcement_files.total",
               "2024年淮安市政府的依申请公开中，因为申请的东西属于行政执法案卷而被拒的有多少件？",
               n("不予公开 7.行政执法案卷")))
    c.append(V(z, "ha", "r.withheld.admin_query.total",
               "淮安24年的年报，被认定是“行政查询事项”所以不予公开的，总共多少？",
               n("不予公开 8.行政查询事项")))
    c.append(V(z, "ha", "r.unable.unclear.total",
               "淮安市2024年，让申请人补正过以后内容还是说不清楚、最后没法提供的，有几件？",
               n("无法提供 3.补正后仍不明确")))
    c.append(V(z, "ha", "r.not_processed.reconfirm.total",
               "二〇二四年淮安市政府年报中，申请人要求机关确认或者重新出具已经拿到的信息、因此不予处理的是几件？",
               n("不予处理 5.要求确认或重新出具已获取信息")))
    c.append(V(z, "ha", "r.other.overdue_fee.total",
               "淮安市2024年有多少件申请，是因为申请人过了期限还没按收费通知交钱，机关就不再处理了？",
               n("其他处理 2.逾期未缴费")))
    c.append(V(z, "ha", "r.received.legal_services",
               "2024年淮安市政府新收到的公开申请里，律师事务所这类法律服务机构递交的有多少件？",
               n("applicant column 法律服务机构, 新收")))
    c.append(V(z, "ha", "a.litigation_after_review.pending",
               "淮安市2024年那些先走了复议、再去法院起诉的信息公开官司，到年底还没判下来的有几件？",
               n("appeals 复议后起诉 尚未审结")))
    c.append(V(z, "ha", "a.litigation_direct.other",
               "淮安24年没经过复议直接起诉的信息公开行政诉讼中，结果归在“其他结果”里的是几件？",
               n("appeals 直接起诉 其他结果")))
    c.append(V(z, "ha", "c.normative_docs.in_force",
               "截至2024年底，淮安市现行有效的行政规范性文件还有多少件？",
               n("table 二 行政规范性文件 现行有效件数")))
    c.append(V(z, "sy", "r.withheld.internal_affairs.total",
               "沭阳县2025年以“属于三类内部事务信息”为理由不公开的，有几件？",
               n("不予公开 5.三类内部事务信息")))
    c.append(V(z, "sy", "r.withheld.third_party.total",
               "沭阳2025年为了保护第三方的合法权益而没公开的申请有多少件？",
               n("不予公开 4.保护第三方合法权益")))
    c.append(V(z, "sy", "r.other.overdue_correction.total",
               "沭阳县政府2025年，申请人没正当理由、过期不补正，机关于是不再处理的申请有几件？",
               n("其他处理 1.逾期不补正")))
    c.append(V(z, "sy", "r.not_processed.duplicate.commercial",
               "2025年沭阳县被当成重复申请不予处理的里头，商业企业提的有几件？",
               n("不予处理 2.重复申请, column 商业企业")))
    c.append(V(z, "sy", "a.review.pending",
               "沭阳县2025年涉及政府信息公开的行政复议，截至年底尚未审结的有几件？",
               n("appeals 复议 尚未审结")))
    c.append(V(z, "sy", "a.litigation_after_review.other",
               "沭阳县2025年复议之后又被告上法庭的案子，结果算作“其他结果”的有几件？",
               n("appeals 复议后起诉 其他结果")))
    c.append(V(z, "sy", "c.coercion.decisions",
               "沭阳2025年全年行政强制的处理决定数量是多少？",
               n("table 二 行政强制 本年处理决定数量")))
    c.append(V(z, "sy", "r.partially_granted.legal_services",
               "沭阳县2025年部分公开的申请中，来自法律服务机构的是几件？",
               n("部分公开, column 法律服务机构")))
    c.append(V(z, "hz23", "r.withheld.state_secret.total",
               "洪泽区2023年有没有因为涉及国家秘密而不予公开的申请？有的话几件？",
               n("不予公开 1.国家秘密")))
    c.append(V(z, "hz23", "r.unable.needs_creation.total",
               "洪泽区政府2023年，手头没有现成信息、得另外制作才能给，因而无法提供的申请有几件？",
               n("无法提供 2.需要另行制作")))
    c.append(V(z, "hz23", "c.normative_docs.repealed",
               "洪泽区2023年一共废止了多少件行政规范性文件？",
               n("table 二 行政规范性文件 本年废止件数")))
    c.append(V(z, "hz23", "a.review.corrected",
               "2023年洪泽区政府信息公开行政复议里，复议结果是纠正的有几件？",
               n("appeals 复议 结果纠正")))
    c.append(V(z, "hz23", "c.fees.amount",
               "洪泽区2023年行政事业性收费的金额是多少万元？",
               n("table 二 收费金额 (万元)"), unit="万元"))
    c.append(V(z, "jx", "c.procurement.projects",
               "涧西区政府办2020年政府集中采购做了几个项目？",
               n("table 二 第（九）项 采购项目数量 (2019 format)")))
    c.append(V(z, "jx", "r.unable.not_held.natural_person",
               "涧西区2020年个人提的申请当中，被答复“本机关不掌握”的有几件？",
               n("无法提供 1.不掌握, column 自然人")))
    c.append(V(z, "jx", "a.litigation_after_review.upheld",
               "涧西区政府办2020年经复议后起诉的信息公开案件，法院维持的有几件？",
               n("appeals 复议后起诉 结果维持")))
    c.append(V(z, "sh19", "r.withheld.admin_query.commercial",
               "上海市府办2019年，商业企业提的申请里因为属于行政查询事项而没公开的有几件？",
               n("不予公开 8.行政查询事项, column 商业企业 (009: 总计 column blank, column cell asked)")))
    c.append(V(z, "sh19", "r.unable.unclear.natural_person",
               "2019年上海市政府办公厅收到的个人申请中，补正以后申请内容仍不明确的有多少件？",
               n("无法提供 3.补正后仍不明确, column 自然人")))
    c.append(V(z, "sh19", "c.regulations.total_published",
               "上海市府办2019年年报表二里，规章那一行的“对外公开总数量”是多少件？",
               n("table 二 规章 对外公开总数量 (2019 format)")))
    c.append(V(z, "sh19", "a.litigation_direct.upheld",
               "上海市政府办公厅2019年没经复议直接被起诉的信息公开案件，结果维持的是几件？",
               n("appeals 直接起诉 结果维持")))
    c.append(V(z, "sh19", "c.procurement.amount",
               "上海市府办2019年政府集中采购的总金额折合多少万元？",
               n("table 二 采购总金额, printed 251000元 = 25.1 万元"), unit="万元"))
    c.append(V(z, "sh25", "r.not_processed.petition.total",
               "上海市府办2025年，因为属于信访、举报、投诉类而不予处理的申请有多少件？",
               n("不予处理 1.信访举报投诉类 (text row of 008)")))
    c.append(V(z, "sh25", "r.carried_over.legal_services",
               "2025年上海市政府办公厅从上年结转过来的申请里，法律服务机构的有几件？",
               n("上年结转, column 法律服务机构 (text row of 008)")))
    c.append(V(z, "kw", "r.received.commercial",
               "上海科委2024年新收的信息公开申请中，企业递交的有几件？",
               n("新收, column 商业企业 (text row of 007)")))
    c.append(V(z, "hz24", "c.licensing.decisions",
               "洪泽区2024年行政许可的处理决定一共多少个？",
               n("table 二 行政许可 (text row of 005)")))
    c.append(V(z, "hz24", "r.unable.not_held.total",
               "洪泽2024年回复申请人“本机关不掌握相关政府信息”的，有多少件？",
               n("无法提供 1.不掌握 (text row of 005)")))
    # en
    c.append(V(e, "ha", "r.withheld.prohibited_by_law.total",
               "In Huai'an's 2024 report, how many requests were withheld because some other law or administrative regulation bars disclosure?",
               n("withheld 2.prohibited by other laws")))
    c.append(V(e, "ha", "r.withheld.third_party.total",
               "How many 2024 requests did the Huai'an city government turn down to protect a third party's lawful rights and interests?",
               n("withheld 4.third party")))
    c.append(V(e, "ha", "r.unable.needs_creation.total",
               "Huai'an, 2024: how many applications went unmet because nothing ready-made existed and the information would have had to be compiled specially?",
               n("unable 2.needs creation")))
    c.append(V(e, "ha", "r.not_processed.duplicate.total",
               "How many of the applications the Huai'an municipal government got in 2024 were set aside as repeat applications?",
               n("not processed 2.duplicate")))
    c.append(V(e, "ha", "r.other.overdue_correction.commercial",
               "Among business applicants to Huai'an in 2024, how many requests were dropped because the company never sent in the requested corrections on time?",
               n("other handling 1.overdue correction, column 商业企业")))
    c.append(V(e, "ha", "a.review.other",
               "For Huai'an in 2024, how many administrative reconsideration cases ended with an outcome filed under 'other' rather than upheld or corrected?",
               n("appeals review 其他结果")))
    c.append(V(e, "ha", "a.litigation_after_review.corrected",
               "How many of Huai'an's 2024 lawsuits that came after a reconsideration ended with the government's decision corrected?",
               n("appeals after review 结果纠正")))
    c.append(V(e, "ha", "c.coercion.decisions",
               "What number of administrative coercion decisions does Huai'an's 2024 disclosure report list?",
               n("table 二 行政强制")))
    c.append(V(e, "ha", "r.received.other_org",
               "Huai'an 2024: new requests from organisations that fall in the 'other' applicant column — how many?",
               n("new requests, column 其他 (organisations)")))
    c.append(V(e, "sy", "r.withheld.admin_query.total",
               "How many of Shuyang County's 2025 requests were refused on the grounds that they were administrative query matters?",
               n("withheld 8.admin query")))
    c.append(V(e, "sy", "r.withheld.enforcement_files.total",
               "In 2025, how many requests did Shuyang County decline because what was asked for sits in administrative enforcement case files?",
               n("withheld 7.enforcement files")))
    c.append(V(e, "sy", "r.unable.not_held.total",
               "Shuyang County 2025: how many requests were answered with 'this office does not hold that information'?",
               n("unable 1.not held")))
    c.append(V(e, "sy", "r.other.other.total",
               "How many Shuyang applications in 2025 ended up on the catch-all 'other' line under other handling?",
               n("other handling 3.其他")))
    c.append(V(e, "sy", "r.other.overdue_fee.total",
               "Shuyang County, 2025: applications closed because the applicant missed the deadline for paying the processing fee — how many?",
               n("other handling 2.overdue fee")))
    c.append(V(e, "sy", "a.review.corrected",
               "How many of Shuyang County's 2025 information-disclosure reconsiderations ended with the original decision being corrected?",
               n("appeals review 结果纠正")))
    c.append(V(e, "sy", "a.litigation_direct.upheld",
               "In 2025, how many suits filed straight in court against Shuyang County, with no reconsideration first, ended with the county's decision upheld?",
               n("appeals direct 结果维持")))
    c.append(V(e, "sy", "c.fees.amount",
               "How much did Shuyang County take in from administrative fees in 2025, in units of 10,000 yuan?",
               n("table 二 收费金额"), unit="万元"))
    c.append(V(e, "sy", "r.received.legal_services",
               "Shuyang 2025: how many of the year's new requests came from legal service providers like law firms?",
               n("new requests, column 法律服务机构")))
    c.append(V(e, "hz23", "r.withheld.process_info.total",
               "Hongze District 2023: how many requests were refused as process information (drafts, deliberations and the like)?",
               n("withheld 6.process info")))
    c.append(V(e, "hz23", "c.coercion.decisions",
               "How many administrative coercion decisions did Hongze District report for 2023?",
               n("table 二 行政强制")))
    c.append(V(e, "hz23", "a.litigation_after_review.upheld",
               "In Hongze District's 2023 report, how many lawsuits brought after reconsideration had the decision upheld?",
               n("appeals after review 结果维持 (the group's printed 总计 is 0; the outcome cell is printed 5)")))
    c.append(V(e, "hz23", "r.not_processed.petition.total",
               "How many Hongze District requests in 2023 were left unprocessed because they were really petitions, tip-offs or complaints?",
               n("not processed 1.petition")))
    c.append(V(e, "hz23", "r.partially_granted.total",
               "Hongze District in 2023 — how many applications ended in partial disclosure?",
               n("部分公开")))
    c.append(V(e, "jx", "c.normative_docs.total_published",
               "What is the running total of normative documents published externally according to Jianxi District's 2020 report?",
               n("table 二 规范性文件 对外公开总数量 (2019 format)")))
    c.append(V(e, "jx", "a.review.upheld",
               "In 2020, how many reconsideration cases involving the Jianxi District government office ended with its decision upheld?",
               n("appeals review 结果维持")))
    c.append(V(e, "jx", "c.procurement.amount",
               "What did centralized government procurement come to in Jianxi District's 2020 report, in 10,000 yuan?",
               n("table 二 采购总金额 (万元)"), unit="万元"))
    c.append(V(e, "sh19", "r.unable.needs_creation.natural_person",
               "Shanghai General Office 2019: how many requests from private individuals couldn't be met because the information would have to be newly produced?",
               n("unable 2.needs creation, column 自然人 (009 total blank)")))
    c.append(V(e, "sh19", "r.not_processed.petition.natural_person",
               "How many requests from individuals did the Shanghai General Office treat as petition-type complaints and not process in 2019?",
               n("not processed 1.petition, column 自然人")))
    c.append(V(e, "sh19", "r.withheld.state_secret.natural_person",
               "In 2019, how many requests by individuals to the Shanghai municipal government's General Office were refused on state-secret grounds?",
               n("withheld 1.state secret, column 自然人")))
    c.append(V(e, "sh19", "c.normative_docs.total_published",
               "Shanghai General Office, 2019 report: what is the cumulative count of normative documents disclosed to the public?",
               n("table 二 规范性文件 对外公开总数量")))
    c.append(V(e, "sh19", "a.review.pending",
               "How many of the Shanghai General Office's 2019 reconsideration cases were still undecided when the year closed?",
               n("appeals review 尚未审结")))
    c.append(V(e, "sh25", "r.unable.needs_creation.total",
               "For the Shanghai General Office in 2025, how many requests would have meant producing new information and so went unfulfilled?",
               n("unable 2.needs creation (text row of 008)")))
    c.append(V(e, "sh25", "a.litigation_after_review.total",
               "How many lawsuits filed after a reconsideration involved the Shanghai General Office in 2025?",
               n("appeals after review 总计 (text row of 008; printed incl. carried-over cases)")))
    c.append(V(e, "kw", "c.licensing.decisions",
               "STCSM's 2024 disclosure report: how many administrative licensing decisions were made?",
               n("table 二 行政许可 (text row of 007)")))
    c.append(V(e, "kw", "r.carried_over.total",
               "How many applications were still open from 2023 when the Shanghai science commission started its 2024 count?",
               n("上年结转 (text row of 007)")))
    c.append(V(e, "hz24", "c.punishment.decisions",
               "Hongze District 2024: number of administrative penalty decisions?",
               n("table 二 行政处罚 (text row of 005)")))
    return c


# ---------------------------------------------------------------- [check]
def check_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[check]", s)  # noqa: E731
    c.append(V(z, "ha", "r.total_processed.total",
               "我在核淮安市2024年年报：表三“（七）总计”那一行，总计列印的是多少？要和正文的答复数对一下。",
               n("single cell; the text states the same number"), alt=("答复 3050", 3050)))
    c.append(V(z, "sy", "r.other.total",
               "沭阳县2025年表三（六）其他处理下面那三小项，合起来是多少件？我核总计用。",
               n("derived key requests.other.total (2021 format: sum of 3 sub-items)")))
    c.append(V(z, "sy", "r.withheld.total",
               "帮忙核一下：沭阳2025年“不予公开”这一大项，八个小项加总应该是多少？",
               n("derived key requests.withheld.total")))
    c.append(V(z, "hz23", "a.review.upheld",
               "洪泽区2023年年报的行政复议总计印成了0，可“结果维持”那一格本身填的是几？",
               n("single cell; the report prints 复议总计 0 (known check failure)")))
    c.append(V(z, "jx", "r.carried_forward.total",
               "涧西区2020年正文里提到有几件申请年底还在办，表三“四、结转下年度继续办理”那行的总计是多少？",
               n("single cell; the text says 在办2件"), alt=("在办2件", 2)))
    c.append(V(z, "ha", "r.unable.total",
               "淮安市2024年“无法提供”三个小项加起来一共多少？我拿来核对（七）总计。",
               n("derived key requests.unable.total")))
    c.append(V(z, "sh19", "r.withheld.natural_person",
               "上海市府办2019年表三不予公开那块总计列是空的，只看自然人那一列，八个小项合计是多少？",
               n("derived key requests.withheld.natural_person (009 total column blank)")))
    c.append(V(z, "sh25", "r.total_processed.total",
               "上海市政府办公厅2025年表三（七）总计那行最右边的总计数是多少？和正文的办结数一致吗？",
               n("single cell (text row of 008); the text states the same number"), alt=("办结 1191", 1191)))
    c.append(V(z, "ha", "r.received.legal_person",
               "淮安2024年本年新收的申请里，法人或其他组织那五列加起来是多少件？",
               n("derived key requests.received.legal_person")))
    c.append(V(e, "sy", "r.total_processed.total",
               "Shuyang County's 2025 narrative gives a figure for applications handled; what does the table's (七) 总计 row show in its total column?",
               n("single cell; text agrees"), alt=("共办理 718", 718)))
    c.append(V(e, "ha", "r.not_processed.total",
               "Cross-checking Huai'an's 2024 table: what do the five 'not processed' sub-items add up to?",
               n("derived key requests.not_processed.total")))
    c.append(V(e, "ha", "r.other.total",
               "For Huai'an 2024, what's the combined figure for the three sub-rows under 'other handling'?",
               n("derived key requests.other.total (2021 format)")))
    c.append(V(e, "hz23", "r.other.total",
               "Hongze District's 2023 table prints 'other handling' as one single row rather than three sub-items. What's in its total column?",
               n("single cell; 004 mixes templates (（六） as one row)")))
    c.append(V(e, "kw", "r.total_processed.total",
               "The Shanghai science commission's 2024 narrative lists outcomes one by one; what does the grand-total row of handled requests in its table say?",
               n("single cell (text row of 007)")))
    c.append(V(e, "sh19", "r.carried_forward.total",
               "Shanghai General Office 2019: what does the table give for applications carried forward to be finished the following year? I want to check it against the text.",
               n("single cell; text states the same number"), alt=("另有72件", 72)))
    c.append(V(e, "sy", "r.received.legal_person",
               "Shuyang County 2025: adding across the five organisation columns, how many new requests came from legal persons or other organisations?",
               n("derived key requests.received.legal_person; text's 8 includes carried-over (0)"),
               alt=("法人或其他组织申请 8", 8)))
    c.append(V(e, "ha", "r.withheld.total",
               "Huai'an 2024 — as one number, what does the whole 'not disclosed' block come to once its eight grounds are totted up?",
               n("derived key requests.withheld.total")))
    c.append(V(e, "hz24", "r.total_processed.total",
               "Hongze District's 2024 text says 17 requests were accepted on the district government's behalf. What does the table's (七) 总计 row actually give?",
               n("single cell (text row of 005); the narrative 17 is a different count")))
    return c


# ---------------------------------------------------------------- [combine]
def combine_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[combine]", s)  # noqa: E731
    # sums, zh
    c.append(S(z, "ha", ["r.granted.total", "r.partially_granted.total"],
               "淮安市2024年的申请，最后多多少少拿到了信息的（全部公开加部分公开）一共多少件？",
               n("sum: 予以公开 + 部分公开")))
    c.append(S(z, "sy", WITHHELD8,
               "沭阳县2025年因为各种理由被拒绝公开的，八种理由全算上一共多少件？",
               n("sum of the 8 不予公开 sub-items")))
    c.append(S(z, "sh19", cols("granted") + cols("partially_granted"),
               "按表三各列自己加，上海市府办2019年予以公开和部分公开合计到底是多少件？正文那个数我不太信。",
               n("sum of 12 column cells (009 prints both 总计 cells blank; narrative 258 disagrees)"),
               printed_total=["r.granted.total", "r.partially_granted.total"]))
    c.append(S(z, "ha", APPEALS3,
               "淮安市2024年因为信息公开被申请复议的，加上被告上法院的，一共多少件？",
               n("sum: 复议 + 直接起诉 + 复议后起诉 totals")))
    c.append(S(z, "ha", ["a.review.corrected", "a.litigation_direct.corrected",
                         "a.litigation_after_review.corrected"],
               "2024年淮安市在复议和两类诉讼里被纠正的，合在一起有几件？",
               n("sum of 结果纠正 over the three groups")))
    c.append(S(z, "sy", ["a.review.pending", "a.litigation_direct.pending",
                         "a.litigation_after_review.pending"],
               "沭阳2025年的复议和行政诉讼，到年底还没出结果的总共几件？",
               n("sum of 尚未审结 over the three groups")))
    c.append(S(z, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
               "洪泽区2024年许可、处罚、强制三类处理决定加起来是多少？",
               n("sum of three table 二 decision counts (text rows of 005)")))
    c.append(S(z, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
               "上海市府办2025年，信访举报投诉类的加上重复申请，这两种不予处理的一共几件？",
               n("sum of two 不予处理 sub-items (text rows of 008)")))
    c.append(S(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
               "上海市政府办公厅2025年，不掌握的和需要另行制作的，这两种无法提供合计多少件？",
               n("sum of two 无法提供 sub-items (text rows of 008); the text's 564 also holds 补正后不明确")))
    c.append(S(z, "sh19", ["c.regulations.total_published", "c.normative_docs.total_published"],
               "上海市府办2019年规章和规范性文件的对外公开总数量，两项加在一块是多少？",
               n("sum of two 对外公开总数量 cells")))
    c.append(S(z, "ha", ["r.received.commercial", "r.received.legal_services"],
               "淮安2024年企业和律所之类的法律服务机构，新提的申请加一起有多少件？",
               n("sum of two applicant columns, 新收")))
    c.append(S(z, "sh19", ["requests.not_processed.%s" % c_ for c_ in L.COLS[:-1]],
               "上海市府办2019年不予处理的申请，按表格各列加总是多少件？",
               n("sum of 6 derived column keys (009 total blank); text states the same number"),
               printed_total=["r.not_processed.total"], alt=("不予处理158件", 158)))
    c.append(S(z, "sy", ["r.received.total", "r.carried_over.total"],
               "沭阳县2025年本年新收的加上上年结转的，一共有多少件申请要办？",
               n("sum 新收 + 上年结转; text's 受理 749 is this sum"), alt=("受理政府信息公开申请 749", 749)))
    c.append(S(z, "kw", ["r.received.total", "r.carried_over.total"],
               "上海科委2024年新收的再加上从上一年结转下来的，总共要处理多少件？",
               n("sum 新收 + 上年结转 (text rows of 007)")))
    # sums, en
    c.append(S(e, "ha", NOT_IN_FULL,
               "Huai'an 2024: how many of the requests it dealt with ended in anything short of full disclosure?",
               n("sum: 部分公开 + 不予公开 + 无法提供 + 不予处理 + 其他处理 (derived keys)")))
    c.append(S(e, "sy", NOT_IN_FULL,
               "For Shuyang County in 2025, count every handled request that was not granted in full.",
               n("sum: everything except 予以公开 (derived keys)")))
    c.append(S(e, "sh19", ["requests.withheld.%s" % c_ for c_ in L.COLS[:-1]],
               "Add up every ground for withholding in the Shanghai General Office's 2019 table, across all applicant columns — what's the total?",
               n("sum of 6 derived column keys (009 total blank); text states the same number"),
               printed_total=["r.withheld.total"], alt=("不予公开35件", 35)))
    c.append(S(e, "sh19", ["requests.unable.%s" % c_ for c_ in L.COLS[:-1]],
               "Going by the table columns rather than the narrative, how many requests to the Shanghai General Office in 2019 ended as 'unable to provide'?",
               n("sum of 6 derived column keys; narrative's 265 is 不掌握 only"),
               printed_total=["r.unable.total"]))
    c.append(S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
               "Huai'an 2024: lawsuits of both kinds — filed directly and filed after reconsideration — taken together?",
               n("sum of the two litigation totals; text states the same number"), alt=("行政诉讼 46", 46)))
    c.append(S(e, "sy", APPEALS3,
               "How many reconsideration and court cases, of every type, did Shuyang County have in 2025?",
               n("sum of three appeals totals; text states the same number"), alt=("相关案件 74", 74)))
    c.append(S(e, "jx", APPEALS3,
               "Jianxi District 2020: reconsiderations plus both kinds of lawsuit, combined?",
               n("sum of three appeals totals")))
    c.append(S(e, "ha", ["r.withheld.total", "r.unable.total", "r.not_processed.total"],
               "In Huai'an's 2024 figures, how many requests were refused, couldn't be supplied, or weren't handled at all — the three lumped together?",
               n("sum of three derived keys")))
    c.append(S(e, "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
               "Shuyang 2025: requests from individuals, the new ones plus those carried over?",
               n("sum; the text's 自然人申请 741 is this sum"), alt=("自然人申请 741", 741)))
    c.append(S(e, "ha", ["c.regulations.in_force", "c.normative_docs.in_force"],
               "How many rules and normative documents, counted together, were in force for Huai'an at the end of 2024?",
               n("sum of two 现行有效件数 cells")))
    c.append(S(e, "sh25", ["a.review.pending", "a.litigation_direct.pending"],
               "Shanghai General Office 2025: reconsiderations still pending plus direct lawsuits still pending — how many?",
               n("sum of two 尚未审结 cells (text row of 008)")))
    c.append(S(e, "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"],
               "Shuyang County 2025: requests withheld either as internal-affairs information or as process information — combined?",
               n("sum of two 不予公开 sub-items")))
    c.append(S(e, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
               "Hongze District 2023: all three 'unable to provide' situations together come to how many?",
               n("sum of the three 无法提供 sub-items")))
    c.append(S(e, "ha", ["c.punishment.decisions", "c.coercion.decisions"],
               "Huai'an 2024: penalty decisions and coercion decisions, added up?",
               n("sum of two table 二 decision counts")))
    # differences (later year minus earlier year, one body)
    c.append(D(z, "sh19", "sh25", "r.received.total",
               "上海市府办2025年新收的申请比2019年多了多少件？",
               n("difference 新收 总计 2019->2025 (gold vs text row)")))
    c.append(D(z, "sh19", "sh25", "r.carried_forward.total",
               "上海市政府办公厅结转到下一年继续办的申请，2025年和2019年相比差了多少件？",
               n("difference 结转下年 2019->2025")))
    c.append(D(z, "hz23", "hz24", "c.licensing.decisions",
               "洪泽区行政许可处理决定数，2024年比2023年增加了多少？",
               n("difference 行政许可 2023->2024")))
    c.append(D(z, "hz23", "hz24", "c.punishment.decisions",
               "洪泽区2024年的行政处罚决定数，跟2023年比变化了多少？",
               n("difference 行政处罚 2023->2024 (negative)")))
    c.append(D(z, "hz23", "hz24", "r.unable.not_held.total",
               "洪泽区答复“本机关不掌握”的申请，从2023年到2024年多了几件？",
               n("difference 不掌握 2023->2024")))
    c.append(D(z, "sh19", "sh25", "a.review.total",
               "上海市府办因信息公开被申请行政复议的数量，2019年到2025年增加了多少？",
               n("difference 复议总计 2019->2025 (2025 printed incl. carried-over cases)")))
    c.append(D(e, "sh19", "sh25", "r.received.natural_person",
               "By how much did new requests from individuals to the Shanghai General Office grow between 2019 and 2025?",
               n("difference 新收 自然人 2019->2025")))
    c.append(D(e, "sh19", "sh25", "a.litigation_after_review.total",
               "Between 2019 and 2025, how did the Shanghai General Office's count of lawsuits filed after reconsideration change?",
               n("difference 复议后起诉 总计 2019->2025")))
    c.append(D(e, "hz23", "hz24", "c.fees.amount",
               "By how much did Hongze District's administrative fee income change from 2023 to 2024, in 10,000 yuan?",
               n("difference 收费金额 2023->2024 (negative, 万元)"), unit="万元"))
    c.append(D(e, "hz23", "hz24", "c.coercion.decisions",
               "What was the change in Hongze District's administrative coercion decisions from 2023 to 2024?",
               n("difference 行政强制 2023->2024 (negative)")))
    c.append(D(e, "sh19", "sh25", "r.carried_over.total",
               "How many more applications did the Shanghai General Office carry over into 2025 than it had carried over into 2019?",
               n("difference 上年结转 2019->2025")))
    return c


# ---------------------------------------------------------------- [rank]
def rank_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[rank]", s)  # noqa: E731
    c.append(R(z, ["ha", "sy", "sh19", "jx"], "r.received.total", "desc",
               "淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年，这四家谁本年新收的申请最多？",
               n("新收 总计, desc")))
    c.append(R(z, ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc",
               "从上年结转过来的申请数，淮安2024、沭阳2025、上海市府办2019、涧西2020四家里哪家最多？",
               n("上年结转, desc (沭阳 36 vs 淮安 34)")))
    c.append(R(z, ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
               "以三类内部事务信息为由不予公开的件数，淮安市2024年、沭阳县2025年、洪泽区2023年哪个最多？",
               n("不予公开 5.内部事务, desc")))
    c.append(R(z, ["sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
               "未经复议直接起诉的信息公开官司：沭阳县2025年、上海市政府办公厅2019年、涧西区2020年，哪家最多？",
               n("直接起诉 总计, desc")))
    c.append(R(z, ["ha", "hz23", "sy"], "c.fees.amount", "asc",
               "行政事业性收费金额，淮安2024年、洪泽区2023年、沭阳县2025年，三家里哪家最少？",
               n("收费金额 (万元), asc")))
    c.append(R(z, ["ha", "sy", "hz23", "jx"], "r.not_processed.petition.total", "asc",
               "信访举报投诉类不予处理的申请，淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年比一比，谁最少？",
               n("不予处理 1.信访类, asc")))
    c.append(R(z, ["sy", "sh19", "jx"], "r.carried_forward.total", "desc",
               "年底结转到下一年继续办的申请，沭阳2025年、上海市府办2019年、涧西2020年哪家最多？",
               n("结转下年, desc")))
    c.append(R(z, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc",
               "现行有效的行政规范性文件数量，淮安市2024年、沭阳县2025年、洪泽区2023年，哪个最少？",
               n("行政规范性文件 现行有效, asc")))
    c.append(R(e, ["ha", "sy", "hz23"], "a.review.upheld", "desc",
               "Which had the most reconsideration cases ending with the decision upheld: Huai'an in 2024, Shuyang County in 2025 or Hongze District in 2023?",
               n("复议 结果维持, desc")))
    c.append(R(e, ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "desc",
               "Rank Huai'an (2024), Shuyang (2025) and Hongze District (2023) by requests they couldn't fill because the information would have to be created — who's on top?",
               n("无法提供 2.另行制作, desc")))
    c.append(R(e, ["ha", "sy", "sh19", "jx"], "r.received.legal_person", "asc",
               "Of Huai'an 2024, Shuyang County 2025, the Shanghai General Office 2019 and Jianxi District 2020, which got the fewest new requests from companies and other organisations?",
               n("新收 法人或其他组织 (derived), asc")))
    c.append(R(e, ["sy", "sh19", "jx", "hz23"], "r.granted.natural_person", "desc",
               "Among Shuyang County (2025), the Shanghai General Office (2019), Jianxi District (2020) and Hongze District (2023), who granted the most requests in full to individuals?",
               n("予以公开, column 自然人, desc (沭阳 290 vs 上海 258)")))
    c.append(R(e, ["sy", "sh19", "jx"], "a.review.pending", "desc",
               "Shuyang in 2025, the Shanghai General Office in 2019, Jianxi District in 2020: which had the most reconsiderations still unresolved at year end?",
               n("复议 尚未审结, desc")))
    c.append(R(e, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
               "Fewest administrative coercion decisions — Huai'an 2024, Shuyang 2025, or Hongze District 2023?",
               n("行政强制, asc")))
    c.append(R(e, ["ha", "sy", "hz23", "jx"], "r.partially_granted.total", "asc",
               "Which of these issued the fewest partial disclosures: Huai'an 2024, Shuyang 2025, Hongze District 2023, Jianxi District 2020?",
               n("部分公开, asc")))
    c.append(R(e, ["sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc",
               "Shuyang County 2025, Shanghai General Office 2019, Hongze District 2023: where did individuals most often hear 'we don't hold that information'?",
               n("无法提供 1.不掌握, column 自然人, desc")))
    return c


# ---------------------------------------------------------------- [followup]
def followup_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[followup]", s)  # noqa: E731
    c.append(F(z, [("洪泽区2023年行政强制的处理决定有多少个？", E("hz23", "c.coercion.decisions")),
                   ("2024年的呢？", E("hz24", "c.coercion.decisions"))],
               n("year switch 洪泽 2023 -> 2024 (text row of 005)")))
    c.append(F(z, [("上海市府办2019年从上年结转过来的申请是几件？", E("sh19", "r.carried_over.total")),
                   ("换到2025年那份报告看呢？", E("sh25", "r.carried_over.total"))],
               n("year switch 上海市府办 2019 -> 2025")))
    c.append(F(z, [("淮安市2024年复议后起诉、法院维持原决定的有几件？", E("ha", "a.litigation_after_review.upheld")),
                   ("沭阳县2025年同一格是多少？", E("sy", "a.litigation_after_review.upheld"))],
               n("body switch 淮安 -> 沭阳")))
    c.append(F(z, [("沭阳县2025年以属于国家秘密为由不予公开的有几件？", E("sy", "r.withheld.state_secret.total")),
                   ("那属于行政执法案卷的呢？", E("sy", "r.withheld.enforcement_files.total")),
                   ("行政查询事项那项呢？", E("sy", "r.withheld.admin_query.total"))],
               n("row switch within 不予公开")))
    c.append(F(z, [("淮安2024年答复“本机关不掌握”的申请里，自然人的有几件？", E("ha", "r.unable.not_held.natural_person")),
                   ("商业企业那一列呢？", E("ha", "r.unable.not_held.commercial")),
                   ("法律服务机构呢？", E("ha", "r.unable.not_held.legal_services"))],
               n("column switch within 无法提供 1.不掌握")))
    c.append(F(z, [("沭阳县2025年行政复议结果维持的有几件？", E("sy", "a.review.upheld")),
                   ("没经过复议直接起诉的那类，维持的呢？", E("sy", "a.litigation_direct.upheld"))],
               n("group switch 复议 -> 直接起诉")))
    c.append(F(z, [("淮安市2024年行政复议结果被纠正的有几件？", E("ha", "a.review.corrected")),
                   ("淮安2023年的这个数能查到吗？", EU("the corpus holds no 2023 report of 淮安市人民政府"))],
               n("second turn asks a year not held (unanswerable)")))
    c.append(F(z, [("上海市府办2019年规范性文件本年新制作了几件？", E("sh19", "c.normative_docs.made")),
                   ("那对外公开总数量呢？", E("sh19", "c.normative_docs.total_published"))],
               n("measure switch in table 二 (2019 format)")))
    c.append(F(z, [("涧西区2020年政府集中采购的总金额是多少万元？", E("jx", "c.procurement.amount", unit="万元")),
                   ("采购了几个项目？", E("jx", "c.procurement.projects"))],
               n("procurement amount -> project count")))
    c.append(F(z, [("上海市政府办公厅2025年结转下年度继续办理的有多少件？", E("sh25", "r.carried_forward.total")),
                   ("2019年的报告里这个数是多少？", E("sh19", "r.carried_forward.total"))],
               n("year switch 2025 -> 2019")))
    c.append(F(e, [("How many requests did Huai'an refuse in 2024 because they asked for process information?",
                    E("ha", "r.withheld.process_info.total")),
                   ("And because it was internal-affairs information?", E("ha", "r.withheld.internal_affairs.total"))],
               n("row switch within withheld")))
    c.append(F(e, [("How many new disclosure requests did Jianxi District receive in 2020?",
                    E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
                   ("And how many of those were fully granted?", E("jx", "r.granted.total"))],
               n("row switch 新收 -> 予以公开")))
    c.append(F(e, [("Shuyang County 2025 — administrative penalty decisions?", E("sy", "c.punishment.decisions")),
                   ("Same figure for Huai'an in 2024?", E("ha", "c.punishment.decisions")),
                   ("And Hongze District in 2023?", E("hz23", "c.punishment.decisions"))],
               n("body switches over table 二 行政处罚")))
    c.append(F(e, [("Hongze District 2023: how many requests got full disclosure?", E("hz23", "r.granted.total")),
                   ("What about 2024?", E("hz24", "r.granted.total"))],
               n("year switch 洪泽 2023 -> 2024 (text row of 005)")))
    c.append(F(e, [("Shanghai General Office 2019: total lawsuits filed directly, without reconsideration?",
                    E("sh19", "a.litigation_direct.total")),
                   ("And in 2025?", E("sh25", "a.litigation_direct.total"))],
               n("year switch 2019 -> 2025 (text row of 008)")))
    c.append(F(e, [("How many normative documents did Shuyang County issue in 2025?", E("sy", "c.normative_docs.issued")),
                   ("How many of those dealt with housing?", EU("the report gives no topic breakdown of its normative documents"))],
               n("second turn asks a topic breakdown not printed (unanswerable)")))
    c.append(F(e, [("Shanghai General Office 2025: new applications from private individuals?",
                    E("sh25", "r.received.natural_person")),
                   ("And from businesses?", E("sh25", "r.received.commercial"))],
               n("column switch (text row of 008)")))
    c.append(F(e, [("STCSM in 2024: how many new disclosure applications?",
                    E("kw", "r.received.total", alt=("收到政府信息公开申请 34", 34))),
                   ("How many were granted in full?", E("kw", "r.granted.total", alt=("同意公开答复 9", 9)))],
               n("row switch (text rows of 007; text agrees)")))
    c.append(F(e, [("Huai'an 2024: lawsuits after reconsideration that ended with an 'other' outcome?",
                    E("ha", "a.litigation_after_review.other")),
                   ("And lawsuits filed directly with an 'other' outcome?", E("ha", "a.litigation_direct.other"))],
               n("group switch after review -> direct")))
    c.append(F(e, [("How many requests did Hongze District carry forward at the end of 2024?",
                    E("hz24", "r.carried_forward.total")),
                   ("Which township did most of its 2024 applicants come from?",
                    EU("the report gives no breakdown of applicants by township"))],
               n("second turn asks a township breakdown (unanswerable)")))
    return c


# ---------------------------------------------------------------- [textonly]
def textonly_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[textonly]", s)  # noqa: E731
    c.append(N(z, "sy", "过期信息697", 697, "条", "沭阳县2025年一共清理掉多少条过期信息？",
               n("expired items cleared")))
    c.append(N(z, "sy", "64家单位", 64, "家", "沭阳县2025年集中公开了多少家单位的政府信息公开年度报告？",
               n("units whose annual reports were published together")))
    c.append(N(z, "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开的人事任免文件有多少件？",
               n("personnel appointment documents"), frm="全年主动公开"))
    c.append(N(z, "sh25", "发布审查 330", 330, "件", "2025年上海市政府办公厅一共做了多少件公文的发布审查？",
               n("publication reviews of documents"), frm="全年完成"))
    c.append(N(z, "sh19", "2261项事项", 2261, "项",
               "上海市府办2019年年报里讲，“一网通办”统一受理平台接入了多少项事项？",
               n("items on the one-stop platform")))
    c.append(N(z, "kw", "政协提案 85", 85, "件", "上海市科委2024年主办、会办的政协提案一共多少件？",
               n("CPPCC proposals handled")))
    c.append(N(z, "ha", "全年组织 4 次", 4, "次", "淮安市2024年组织了几次政府信息公开栏目的全覆盖检查？",
               n("full-coverage column inspections")))
    c.append(N(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议？",
               n("executive meetings published")))
    c.append(N(z, "jx", "601项事项", 601, "项", "涧西区2020年梳理细化出了多少项政务公开事项？",
               n("disclosure items catalogued"), frm="梳理细化权力运行"))
    c.append(N(e, "sy", "办前主动沟通 49", 49, "次",
               "How many times did Shuyang County contact applicants proactively before handling their requests in 2025?",
               n("pre-handling contacts")))
    c.append(N(e, "sy", "化解各类争议纠纷 33", 33, "件",
               "How many disputes does Shuyang County say it helped settle in 2025 by talking to applicants early?",
               n("disputes resolved")))
    c.append(N(e, "kw", "原创文章 294", 294, "篇",
               "How many original articles did the STCSM's WeChat account publish in 2024?",
               n("original WeChat articles")))
    c.append(N(e, "kw", "集成式发布政策 121", 121, "条",
               "How many policies did the Shanghai science commission push out through integrated release in 2024?",
               n("policies pushed via integrated release")))
    c.append(N(e, "sh19", "权威发布共计38次", 38, "次",
               "How many authoritative releases on executive-meeting topics did the Shanghai General Office put out in 2019?",
               n("releases on executive meeting topics")))
    c.append(N(e, "sh19", "70家政府网站", 70, "家",
               "According to the Shanghai General Office's 2019 report, how many government websites were checked every quarter?",
               n("websites inspected quarterly")))
    c.append(N(e, "sh25", "16 个区全部", 16, "个",
               "Per the Shanghai General Office's 2025 report, how many districts now run digital gazettes?",
               n("districts with digital gazettes")))
    c.append(N(e, "hz23", "1136", 1136, "条",
               "How many items of government information did Hongze District proactively publish on its website platform in 2023?",
               n("items proactively published")))
    c.append(N(e, "sh25", "新闻通气会 19", 19, "场",
               "The Shanghai General Office's 2025 report counts press briefings separately from press conferences. How many briefings were held?",
               n("press briefings (新闻通气会), not 发布会")))
    return c


# ---------------------------------------------------------------- [cannot]
def cannot_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[cannot]", s)  # noqa: E731
    items = [
        (z, "淮安市2024年的政府信息公开申请人里，女性占多少？", "no breakdown of applicants by sex", "sex breakdown"),
        (z, "沭阳县2025年新收的那些申请，按乡镇分各有多少件？", "no breakdown by township", "township breakdown"),
        (z, "洪泽区2022年收到多少件信息公开申请？", "no 2022 report of 洪泽区 in the corpus", "year not held"),
        (z, "南京市人民政府2024年涉及信息公开的行政复议有多少件？", "南京市 is not in the corpus", "body not held"),
        (z, "上海市府办2025年的申请量为什么比2019年多出那么多？报告里怎么解释的？",
         "neither report gives a reason for the change in requests", "reason not stated"),
        (z, "淮安市2024年平均每万名常住人口提了多少件公开申请？", "the report states no population figure", "per-capita rate"),
        (z, "涧西区2021年的年报里行政复议有几件？", "no 2021 report of 涧西区 in the corpus", "year not held"),
        (z, "上海市科委2024年那2件不予公开的申请，具体申请的是什么内容？",
         "the report does not describe what individual requests asked for", "content of requests"),
        (z, "沭阳县2025年专职做政务公开的工作人员有多少名？", "no staff number is stated", "staff"),
        (z, "淮安市2024年答复一件信息公开申请平均要几个工作日？", "no response times are stated", "response time"),
        (z, "洪泽区2024年被复议纠正的那件案子，复议机关是哪个单位？", "the report does not name the reconsideration body",
         "case detail"),
        (z, "宿迁市人民政府2025年依申请公开予以公开了多少件？", "宿迁市 is not in the corpus (only 沭阳县)", "body not held"),
        (z, "上海市府办2019年的申请里，通过网上提交的占几成？", "no breakdown by channel", "channel share"),
        (z, "淮安市2024年信息公开行政诉讼的败诉率，比江苏全省平均水平高还是低？",
         "no provincial average in the corpus", "comparison with a body not held"),
        (z, "沭阳县2025年群众对依申请公开的满意度是多少？", "no satisfaction figure is stated", "percentage not stated"),
        (z, "上海市人民政府办公厅2022年结转到下一年的申请有多少？", "no 2022 report of 上海市府办 in the corpus",
         "year not held"),
        (z, "洪泽区2023年的申请里，涉及征地拆迁的有几件？", "no topic breakdown", "topic breakdown"),
        (z, "涧西区2020年政务公开工作一共花了多少经费？", "no spending figure is stated", "cost"),
        (z, "淮安市2024年收到的信息公开申请比2023年增长了百分之几？",
         "no 2023 report of 淮安 and no growth rate stated", "percentage not stated / year not held"),
        (z, "上海市科委2023年收到多少件政府信息公开申请？", "no 2023 report of 上海市科委 in the corpus", "year not held"),
        (z, "沭阳县2025年哪个月份收到的公开申请最多？", "no monthly breakdown", "month breakdown"),
        (z, "北京市政府办公厅2019年受理的申请和上海市府办比，谁多？", "北京市政府办公厅 is not in the corpus",
         "comparison with a body not held"),
        (z, "淮安市2024年被复议纠正的那些案件，主要错在哪里？", "the report gives no reasons for corrections",
         "reason not stated"),
        (z, "洪泽区2024年的申请人中有多少是外地户籍？", "no breakdown by residence", "residence"),
        (z, "沭阳县2026年预计会收到多少件信息公开申请？", "forecasts are not in the reports", "forecast"),
        (z, "上海市府办2025年申请人主动撤回的那些申请，都是出于什么原因撤回的？",
         "the report does not give reasons for withdrawals", "reason not stated"),
        (e, "What share of Huai'an's 2024 disclosure applicants were companies registered outside Jiangsu?",
         "no breakdown by registration place", "residence of companies"),
        (e, "How many disclosure applications did Shuyang County receive in 2024?", "no 2024 report of 沭阳县 in the corpus",
         "year not held"),
        (e, "Which Hongze District department handled the most information requests in 2023?",
         "no breakdown by department", "department breakdown"),
        (e, "How many information requests did the Suzhou city government receive in 2024?", "苏州市 is not in the corpus",
         "body not held"),
        (e, "Why were two of Jianxi District's 2020 requests still open at year end?",
         "the report gives no reason for the pending requests", "reason not stated"),
        (e, "What was the Shanghai General Office's average response time to disclosure requests in 2019?",
         "no response times are stated", "response time"),
        (e, "For the Shanghai science commission in 2024, how many applicants were men and how many were women?",
         "no breakdown by sex", "sex breakdown"),
        (e, "Per 100,000 residents, how many disclosure requests did Shuyang County get in 2025?",
         "the report states no population figure", "per-capita rate"),
        (e, "How many government information requests did Hongze District receive in 2025?",
         "no 2025 report of 洪泽区 in the corpus", "year not held"),
        (e, "What did the Shanghai General Office spend running its government portal in 2025?",
         "no spending figure is stated", "cost"),
        (e, "What approval rating did residents give Huai'an's information disclosure work in 2024?",
         "no satisfaction or approval figure is stated", "percentage not stated"),
        (e, "How many disclosure requests did the Pudong New Area government handle in 2019?",
         "浦东新区 is not in the corpus (only named as a pilot district)", "body not held"),
        (e, "In 2020, what proportion of Jianxi District's requests were filed online?", "no breakdown by channel",
         "channel share"),
        (e, "How many staff at the Shanghai science commission worked on information disclosure in 2024?",
         "no staff number is stated", "staff"),
        (e, "Which topics drew the most disclosure requests to Shuyang County in 2025?", "no topic breakdown",
         "topic breakdown"),
        (e, "How many requests did Huai'an receive in December 2024?", "no monthly breakdown", "month breakdown"),
        (e, "By what percentage did Hongze District's administrative fee income change from 2022 to 2023?",
         "no 2022 report of 洪泽区 and no rate stated", "percentage not stated / year not held"),
        (e, "Which court heard most of the Shanghai General Office's information-disclosure lawsuits in 2025?",
         "courts are not named", "case detail"),
        (e, "How many new requests did the Shanghai General Office receive in 2021?",
         "no 2021 report of 上海市府办 in the corpus", "year not held"),
        (e, "How many of Nanjing's municipal disclosure requests were partially granted in 2024?",
         "南京市 is not in the corpus", "body not held"),
        (e, "What's the expected number of applications to Huai'an city government in 2026?",
         "forecasts are not in the reports", "forecast"),
        (e, "How old was the typical person applying to Hongze District for information in 2024?",
         "no breakdown by age", "age"),
        (e, "What applicant satisfaction rate did the Shanghai science commission record in 2024?",
         "no satisfaction figure is stated", "percentage not stated"),
        (e, "Which of Shuyang's townships sent in the most information requests in 2025?",
         "no breakdown by township", "township breakdown"),
        (e, "How much did the Huai'an city government pay in legal costs for its 2024 disclosure lawsuits?",
         "no legal costs are stated", "cost"),
        (e, "Was the 2020 reconsideration case against Jianxi District brought by a company or by an individual?",
         "the appeals table has no applicant breakdown", "applicant of an appeal"),
    ]
    for lang, q, why, what in items:
        c.append(U(lang, q, why, n(what)))
    return c


# ---------------------------------------------------------------- [neighbour]
def neighbour_conversations():
    c = []
    z, e = "zh", "en"
    n = lambda s: tag("[neighbour]", s)  # noqa: E731
    c.append(T(z, "ha", "a.litigation_after_review.upheld",
               "淮安市2024年走完复议才起诉、法院判维持的，有几件？",
               n("复议后起诉 维持 12; neighbour 直接起诉 维持 13")))
    c.append(T(z, "sy", "a.litigation_direct.total",
               "沭阳县2025年跳过复议、直接上法院起诉的一共几件？",
               n("直接起诉 总计 3; neighbour 复议后起诉 总计 10")))
    c.append(T(z, "ha", "c.normative_docs.repealed",
               "淮安市2024年废止掉了几件行政规范性文件？",
               n("废止 26; neighbours 制发 8 / 现行有效 66")))
    c.append(T(z, "sh19", "c.procurement.projects",
               "上海市府办2019年政府集中采购一共采了几个项目？",
               n("采购项目数 6; neighbour 采购金额 251000元")))
    c.append(T(z, "ha", "r.carried_over.total",
               "淮安2024年从上年接过来、还没办完的申请有几件？",
               n("上年结转 34; neighbour 结转下年 103")))
    c.append(T(z, "sy", "r.carried_forward.total",
               "沭阳县2025年年底没办完、转到下一年继续办的申请有多少？",
               n("结转下年 31; neighbour 上年结转 36")))
    c.append(T(z, "sy", "r.received.commercial",
               "沭阳2025年新收申请里，商业企业提的有几件？",
               n("商业企业 3; neighbour 法律服务机构 5")))
    c.append(T(z, "sy", "r.withheld.process_info.total",
               "沭阳县2025年以“四类过程性信息”为理由没公开的有几件？",
               n("过程性信息 2; neighbour 内部事务 13")))
    c.append(T(z, "sy", "r.unable.needs_creation.total",
               "沭阳县2025年因为需要另行制作、没法提供的申请几件？",
               n("另行制作 2; neighbour 不掌握 111")))
    c.append(T(z, "sy", "a.review.other",
               "沭阳县2025年的行政复议里，“其他结果”有几件？",
               n("复议 其他结果 9; neighbour 结果纠正 10")))
    c.append(T(z, "sh19", "c.regulations.made",
               "上海市府办2019年本年新制作的规章有几件？",
               n("规章 新制作 13; neighbour 对外公开总数量 524")))
    c.append(T(z, "ha", "r.partially_granted.total",
               "淮安市2024年只公开了一部分、没全给的申请有多少件？",
               n("部分公开 454; neighbour 予以公开 1362")))
    c.append(T(z, "sh25", "r.carried_over.total",
               "上海市政府办公厅2025年，上年结转过来的申请总数是多少？",
               n("上年结转 189; neighbour 结转下年 293 (text rows of 008)")))
    c.append(T(e, "ha", "a.review.pending",
               "Huai'an 2024: how many reconsideration cases were not yet concluded?",
               n("复议 尚未审结 37; neighbour 其他结果 178")))
    c.append(T(e, "ha", "c.regulations.in_force",
               "How many municipal government rules were still in force in Huai'an at the end of 2024?",
               n("规章 现行有效 11; neighbour 本年制发 1")))
    c.append(T(e, "sh19", "c.normative_docs.published",
               "Shanghai General Office 2019: how many normative documents were newly published that year?",
               n("规范性文件 本年新公开 60; neighbour 对外公开总数量 368")))
    c.append(T(e, "sy", "c.normative_docs.in_force",
               "How many administrative normative documents did Shuyang County have in force in 2025?",
               n("现行有效 32; neighbour 制发 6")))
    c.append(T(e, "ha", "r.received.commercial",
               "How many of the new 2024 requests to Huai'an came from commercial enterprises?",
               n("商业企业 53; neighbour 法律服务机构 61")))
    c.append(T(e, "sh25", "a.litigation_direct.pending",
               "Shanghai General Office 2025: direct lawsuits still waiting for a ruling?",
               n("直接起诉 尚未审结 6; neighbour 直接起诉 总计 12 (text row of 008)")))
    c.append(T(e, "sh25", "a.review.pending",
               "How many of the Shanghai General Office's 2025 reconsideration cases were still open?",
               n("复议 尚未审结 5; neighbours 复议总计 55 / 直接起诉 尚未审结 6")))
    c.append(T(e, "ha", "r.other.overdue_correction.total",
               "Huai'an 2024: requests dropped because applicants failed to supplement them in time, all applicant types?",
               n("其他处理 1.逾期不补正 71; neighbour 3.其他 110")))
    c.append(T(e, "sy", "r.not_processed.duplicate.total",
               "Shuyang 2025: duplicate applications in total, across all applicant types?",
               n("重复申请 总计 7; neighbour 自然人 6")))
    c.append(T(e, "ha", "a.litigation_direct.corrected",
               "How many lawsuits filed directly against Huai'an in 2024 ended with the decision corrected?",
               n("直接起诉 纠正 4; neighbours 复议后起诉 纠正 1 / 复议 纠正 64")))
    c.append(T(e, "sh19", "r.received.commercial",
               "Shanghai General Office 2019: new requests from commercial enterprises?",
               n("新收 商业企业 35; neighbours 自然人 821 / 总计 859")))
    c.append(T(e, "hz24", "c.normative_docs.in_force",
               "How many administrative normative documents were in force for Hongze District in 2024?",
               n("现行有效 8; neighbour 制发 3 (text row of 005)")))
    c.append(T(e, "sy", "a.litigation_after_review.pending",
               "Shuyang County 2025: lawsuits brought after reconsideration that were still pending?",
               n("复议后起诉 尚未审结 1; neighbour 复议 尚未审结 15")))
    return c


def CONVERSATIONS():
    out = []
    for f in (cell_conversations, check_conversations, combine_conversations, rank_conversations,
              followup_conversations, textonly_conversations, cannot_conversations,
              neighbour_conversations):
        out.extend(f())
    return out
