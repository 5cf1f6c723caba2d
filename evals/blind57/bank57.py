"""Question bank of the fifty-seventh blind set (evals/blind57). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Bodies: jx 涧西 2020, ha 淮安 2024, hz23 洪泽 2023, hz24 洪泽 2024 (text cells), sy 沭阳 2025,
kw 上海市科委 2024 (text cells), sh25 上海市府办 2025 (text cells), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib57 as L  # noqa: E402
from helpers57 import (C, D, E, EN, EU, F, N, R, S, T, U, V, ED, ER)  # noqa: E402,F401

# printed cells of the reports without gold: the same specs blind6 verified (text_cells.json)
L.TEXT_SPECS.update({
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
})

P_ = "[plain] "
PLAIN = [
    # (lang, body, keys, question)
    ("zh", "ha", "r.granted.total", "淮安市政府2024年直接给公开了的申请一共几件"),
    ("zh", "ha", "r.partially_granted.total", "想问下淮安2024年那种只公开一部分的有多少"),
    ("zh", "ha", "r.unable.not_held.total", "我2024年春天帮邻居给淮安市政府申请过信息，回复说他们手里没有。想问2024年像这样说本机关不掌握的一共有多少件？"),
    ("zh", "ha", "r.withheld.third_party.total", "淮安2024 因为涉及第三方权益没给公开的 几件"),
    ("zh", "ha", "r.not_processed.petition.total", "淮安市人民政府2024年报里，把信访举报投诉当申请递上来、最后不予处理的是多少？"),
    ("zh", "ha", "r.carried_forward.total", "淮安市政府2024年底还没办完、挪到下一年继续办的申请有几件"),
    ("zh", "jx", "active.procurement.projects", "记者求证：涧西区政府办2020年政府集中采购项目数量是多少个？"),
    ("zh", "ha", "a.litigation_direct.total", "淮安2024年因为信息公开被直接告上法院(没先复议)的一共多少件"),
    ("zh", "ha", "r.received.commercial", "淮安市2024年企业(商业企业)新递交的公开申请有几件"),
    ("zh", "ha", "active.licensing.decisions", "24年淮安市政府行政许可处理决定数量是多少？"),
    ("zh", "hz23", "r.granted.total", "洪泽区政府2023年予以公开的共多少件啊"),
    ("zh", "hz23", "active.punishment.decisions", "洪泽2023年行政处罚决定一共做了多少"),
    ("zh", "hz23", "r.unable.not_held.total", "您好我是12345坐席，来电人问洪泽区2023年答复“本机关不掌握相关政府信息”的有多少件，麻烦查下"),
    ("zh", "hz23", "active.licensing.decisions", "二〇二三年洪泽区行政许可决定数量"),
    ("zh", "hz23", "r.carried_forward.total", "洪泽区2023年结转到下一年度接着办的有几个"),
    ("zh", "sy", "r.received.total", "沭阳县政府2025年表里本年新收那一行合计是多少（不算上一年结转过来的）"),
    ("zh", "sy", "r.granted.total", "沭阳2025年予以公开多少件"),
    ("zh", "sy", "r.unable.not_held.total", "沭阳县2025 说自己不掌握信息的回复有几件"),
    ("zh", "sy", "active.licensing.decisions", "我是学生在写论文，沭阳县2025年报第二部分里“行政许可”那一栏的处理决定数是多少？"),
    ("zh", "sy", "active.punishment.decisions", "沭阳县政府2025年行政处罚决定数量"),
    ("zh", "sy", "r.total_processed.total", "沭阳2025年办理结果那块总计是多少件"),
    ("zh", "sy", "a.review.total", "2025年沭阳县信息公开方面被申请行政复议的总数"),
    ("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不予公开的有几件？"),
    ("zh", "sy", "r.carried_forward.total", "沭阳县政府2025年度结转下年度继续办理多少件"),
    ("zh", "jx", "r.granted.total", "涧西区政府办2020年予以公开的有几件"),
    ("zh", "jx", "r.carried_forward.total", "涧西区2020年还有多少件申请转到下年去办"),
    ("zh", "jx", "r.received.natural_person", "涧西区人民政府办公室2020年收到的自然人申请有几件"),
    ("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年收到老百姓个人(自然人)的新申请有多少"),
    ("zh", "sh19", "r.carried_forward.total", "上海市府办2019年结转下年度继续办理的是多少件"),
    ("zh", "sh19", "a.review.total", "请问2019年上海市人民政府办公厅信息公开行政复议总计几件"),
    ("zh", "sh19", "r.received.commercial", "上海市政府办公厅2019年商业企业提出的申请数"),
    ("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年答复本机关不掌握的一共多少件"),
    ("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅把信访举报投诉类申请不予处理的有多少"),
    ("zh", "sh25", "r.received.commercial", "上海市府办2025年商业企业新申请几件"),
    ("zh", "sh25", "a.litigation_direct.total", "上海市政府办公厅2025年直接起诉的行政诉讼总数"),
    ("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年因为没有现成信息、要另行制作所以没法提供的有几件"),
    ("zh", "kw", "active.normative_docs.issued", "上海科委2024年新制发的规范性文件几件"),
    ("zh", "kw", "r.received.natural_person", "市科委2024年自然人新收申请多少件"),
    ("zh", "kw", "active.licensing.decisions", "上海市科学技术委员会2024年行政许可处理决定数"),
    ("zh", "hz24", "active.punishment.decisions", "洪泽区2024年行政处罚决定数量是多少"),
    ("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年回复不掌握信息的有几件"),
    ("zh", "hz24", "active.fees.amount", "洪泽区2024年行政事业性收费金额是多少万元"),
    ("zh", "hz24", "r.granted.total", "洪泽2024年直接公开了多少件申请"),
    ("zh", "ha", "active.fees.amount", "淮安市政府2024年行政事业性收费金额多少（万元）"),
    ("zh", "sy", "r.received.legal_person", "沭阳县2025年法人或其他组织新收申请一共几件"),
    ("zh", "hz23", "r.received.natural_person", "洪泽区2023年个人新提交的公开申请数"),
    # English
    ("en", "ha", "r.granted.total", "How many requests did Huai'an city govt fully grant in 2024?"),
    ("en", "ha", "r.unable.needs_creation.total", "Huaian 2024: requests refused because the info would have to be newly made (需要另行制作) - how many?"),
    ("en", "ha", "r.withheld.process_info.total", "In 2024 how many Huai'an requests were turned down as process information (过程性信息)?"),
    ("en", "ha", "a.review.upheld", "For Huai'an in 2024, how many admin reviews ended with the decision upheld?"),
    ("en", "ha", "active.punishment.decisions", "number of administrative penalty decisions, Huai'an municipal government, FY2024"),
    ("en", "ha", "r.received.natural_person", "i want know Huaian 2024 how many new request come from private persons"),
    ("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024 - repeat applications that were not processed (重复申请), count?"),
    ("en", "sh19", "active.procurement.amount", "What was the government procurement amount (采购总金额) for the Shanghai General Office in 2019?"),
    ("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed after an administrative review had already been decided - total?"),
    ("en", "hz23", "r.received.total", "Hongze District 2023, new requests received in total?"),
    ("en", "hz23", "r.partially_granted.total", "How many requests did Hongze partly disclose in 2023?"),
    ("en", "hz23", "active.coercion.decisions", "Hongze District government 2023 - administrative coercion (行政强制) decisions?"),
    ("en", "hz23", "active.fees.amount", "What did Hongze take in from administrative fees in 2023 (10k yuan)?"),
    ("en", "hz23", "r.total_processed.total", "Total requests handled by Hongze District in 2023 (the 总计 row of results)?"),
    ("en", "sy", "r.partially_granted.total", "Shuyang County 2025 partially granted requests?"),
    ("en", "sy", "r.unable.unclear.total", "In 2025, how often did Shuyang say a request was too unclear to act on (申请内容不明确)?"),
    ("en", "sy", "active.normative_docs.in_force", "How many normative documents of Shuyang County were still in force at the end of 2025?"),
    ("en", "sy", "a.litigation_direct.total", "Shuyang 2025, info-disclosure lawsuits filed straight in court without review first?"),
    ("en", "sy", "r.received.natural_person", "As a reporter I need Shuyang's 2025 count of new requests from individuals (table row 本年新收, not counting carry-overs)."),
    ("en", "sy", "active.fees.amount", "Shuyang County 2025 administrative fees collected, amount?"),
    ("en", "sy", "r.not_processed.duplicate.total", "shuyang 2025 duplicate requests not processed how many"),
    ("en", "sy", "r.withheld.internal_affairs.total", "How many Shuyang requests in 2025 were withheld as internal affairs information (内部事务信息)?"),
    ("en", "jx", "r.received.total", "Jianxi District 2020 - requests newly received, total?"),
    ("en", "jx", "r.unable.not_held.total", "Jianxi District gov office in 2020: how many times did they answer they don't hold the info?"),
    ("en", "jx", "active.licensing.decisions", "Jianxi District 2020 administrative licensing decisions?"),
    ("en", "sh19", "active.regulations.made", "Shanghai General Office 2019: how many government regulations (规章) were made that year?"),
    ("en", "sh19", "r.received.total", "Shanghai municipal govt general office, 2019, newly received disclosure requests?"),
    ("en", "sh19", "a.review.upheld", "In 2019, how many disclosure reviews against the Shanghai General Office were upheld?"),
    ("en", "sh19", "a.litigation_direct.total", "Shanghai General Office 2019 lawsuits filed directly (行政诉讼 未经复议) total?"),
    ("en", "sh19", "active.procurement.projects", "shanghai general office 2019 how many procurement projects it did"),
    ("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025 new requests from natural persons?"),
    ("en", "sh25", "r.carried_forward.total", "How many requests did the Shanghai General Office push into the next year at the end of 2025?"),
    ("en", "sh25", "a.review.total", "Shanghai General Office, 2025: total administrative reviews on disclosure?"),
    ("en", "sh25", "r.granted.total", "Shanghai municipal general office 2025 - fully disclosed answers count"),
    ("en", "sh25", "r.not_processed.duplicate.total", "For 2025 the Shanghai General Office turned down how many duplicate requests?"),
    ("en", "kw", "r.carried_over.total", "STCSM 2024, requests carried over from the previous year?"),
    ("en", "kw", "active.normative_docs.in_force", "Shanghai science commission normative documents in force, 2024?"),
    ("en", "kw", "r.received.commercial", "How many new requests did companies file with the Shanghai Science and Technology Commission in 2024?"),
    ("en", "kw", "r.total_processed.total", "STCSM 2024 total handled requests (总计)?"),
    ("en", "hz24", "active.licensing.decisions", "Hongze District 2024 number of administrative licensing decisions?"),
    ("en", "hz24", "active.coercion.decisions", "What is the admin coercion decision count of Hongze in 2024?"),
    ("en", "hz24", "r.received.total", "Hongze District 2024: new requests received (table, 本年新收)?"),
    ("en", "hz24", "a.review.total", "Hongze District government 2024, total admin reviews about disclosure?"),
    ("en", "jx", "r.partially_granted.total", "Jianxi 2020 part-disclosed requests?"),
]

N_ = [  # (lang, body, keyword, value, unit, question)
    ("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年设置了多少个试点领域的基层政务公开专栏"),
    ("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020: in how many pilot areas were grassroots openness columns set up?"),
    ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安市2024年全市在运维的政务新媒体有多少个"),
    ("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts were being run across Huai'an in 2024?"),
    ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条信息"),
    ("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024, items proactively posted on the govt website platform?"),
    ("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽2024年公开了几期政府常务会议"),
    ("zh", "sy", "主动公开政府信息4511条", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条信息？"),
    ("en", "sy", "主动公开政府信息4511条", 4511, "条", "Shuyang 2025: how many items did the county portal publish proactively?"),
    ("zh", "sy", "开展意见征集9期", 9, "期", "沭阳2025年门户网站搞了几期意见征集"),
    ("zh", "sy", "督促县直部门", 3044, "条", "沭阳县2025年督促县直部门在信息公开页面发布了多少条信息"),
    ("en", "sy", "督促县直部门", 3044, "条", "In 2025, how many items did Shuyang's county departments post on their disclosure pages?"),
    ("zh", "sy", "专栏33个", 33, "个", "沭阳2025年政务新媒体开了多少个专栏？像项目进行时那种"),
    ("en", "sy", "专栏33个", 2606, "篇", "Shuyang County 2025 new-media: how many news pieces were written up?"),
    ("zh", "sy", "专栏33个", 1113, "个", "沭阳县2025年推送的原创短视频有多少个"),
    ("en", "sy", "专栏33个", 1775, "条", "Shuyang 2025 - number of picture-and-text posts pushed out by the new-media matrix?"),
    ("zh", "sy", "爆款内容", 52, "条", "沭阳县2025年爆款内容一共多少条"),
    ("en", "sy", "爆款内容", 49, "条", "Shuyang 2025: how many viral posts passed one million plays (破百万)?"),
    ("zh", "sy", "年度报告集中公开", 64, "家", "2025年沭阳全县多少家单位的信息公开年报是集中发布的"),
    ("en", "sy", "清理过期信息", 697, "条", "How many outdated items did Shuyang clean up in its 2025 content clean-up?"),
    ("zh", "sy", "清理过期信息", 697, "条", "沭阳县2025年清理过期信息累计多少条"),
    ("zh", "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年收了多少信息处理费（元）"),
    ("en", "sy", "收取信息处理费共计", 380, "元", "Shuyang 2025, information processing fees charged in yuan?"),
    ("en", "kw", "微信公众号共编发文章", 1640, "篇", "STCSM 2024: how many articles did the 上海科技 WeChat account publish?"),
    ("zh", "kw", "微信公众号共编发文章", 294, "篇", "上海科委2024年“上海科技”公众号原创文章多少篇"),
    ("en", "kw", "微信公众号共编发文章", 584, "条", "Shanghai science commission 2024: short videos released on the channel account?"),
    ("zh", "kw", "微信公众号共编发文章", 118, "场", "市科委2024年搞了多少场直播"),
    ("en", "kw", "微信公众号共编发文章", 54373, "", "Shanghai Science and Technology Commission 2024 - video channel followers (粉丝数)?"),
    ("zh", "sh19", "权威发布共计", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了几次"),
    ("en", "sh19", "权威发布共计", 38, "次", "How many authoritative releases on executive-meeting topics did the Shanghai General Office make in 2019?"),
    ("zh", "sh19", "发布政策解读共132件", 132, "件", "2019年上海市府办通过中国上海门户网站发布政策解读多少件"),
    ("en", "sh19", "全年共编发公报", 24, "期", "Shanghai General Office 2019, how many gazette issues came out?"),
    ("zh", "sh19", "全年共编发公报", 24, "期", "上海市政府公报2019年一共出了几期"),
    ("en", "sh19", "全年共编发公报", 83, "件", "In the 2019 Shanghai government gazette, how many policy interpretations were printed?"),
    ("zh", "sh19", "全年共编发公报", 45, "件", "2019年上海市政府公报刊登部门规范性文件多少件"),
    ("en", "sh19", "统一受理平台接入", 53, "个", "Shanghai 2019 General Office report: how many departments were connected to the unified acceptance platform?"),
    ("zh", "sh19", "统一受理平台接入", 2261, "项", "上海市府办2019年报说统一受理平台接入了多少项事项"),
    ("en", "sh19", "41条短视频", 41, "条", "Shanghai General Office 2019: how many short videos on Douyin covered the import expo?"),
    ("en", "ha", "在运维政务新媒体", 100, "%", "What pass rate did Huai'an's new-media accounts get in the provincial checks of 2024 (percent)?"),
]

U_ = [  # (lang, question, why)
    ("zh", "淮安市政府2024年的信息公开申请里男的女的各多少", "no breakdown by sex"),
    ("zh", "沭阳县2025年申请人里60岁以上的老人占多少", "no age breakdown"),
    ("zh", "洪泽区2023年每个月收到多少申请 能不能按月份列一下", "no monthly breakdown"),
    ("zh", "上海市府办2025年第三季度收了多少申请", "no quarterly breakdown"),
    ("zh", "淮安2024年通过邮寄和网上提交的申请分别多少件", "no channel breakdown"),
    ("zh", "沭阳县2025年各个乡镇分别收到多少公开申请", "no township breakdown"),
    ("zh", "南京市政府2024年收到多少政府信息公开申请", "body not in corpus"),
    ("zh", "宿迁市2025年信息公开年报里予以公开是多少", "body not in corpus"),
    ("zh", "洪泽区2022年新收申请多少件", "year not in corpus"),
    ("zh", "沭阳县政府2024年的予以公开数", "year not in corpus"),
    ("zh", "预测一下淮安市2026年会收到多少信息公开申请", "forecast"),
    ("zh", "你觉得上海市政府办公厅2019年的信息公开做得好不好", "opinion"),
    ("zh", "我2025年给沭阳县政府交了个申请问拆迁补偿，编号我忘了，我那件现在办到哪一步了", "one person's own case"),
    ("zh", "淮安市2024年申请公开的人里有个叫王建国的 他电话多少", "personal data"),
    ("zh", "上海科委2024年办理一件申请平均要多少天", "response time not stated"),
    ("zh", "涧西区2020年负责信息公开的工作人员有几个人", "staff not stated"),
    ("zh", "洪泽区2024年信息公开工作花了多少经费", "cost not stated"),
    ("zh", "上海市府办2025年申请最多的是哪个话题 拆迁还是社保", "topic breakdown not stated"),
    ("zh", "浦东新区2025年信息公开申请有多少", "body not in corpus"),
    ("zh", "上海市政府办公厅2022年的年报里行政复议多少件", "year not in corpus"),
    ("en", "Huai'an 2024, how many requesters were women?", "no breakdown by sex"),
    ("en", "what share of Shuyang's 2025 applicants live outside the county", "no residence breakdown"),
    ("en", "Hongze District 2023 requests broken down by industry of the company?", "no industry breakdown"),
    ("en", "How many requests did Nanjing city receive in 2024?", "body not in corpus"),
    ("en", "Qingjiangpu District 2024 disclosure requests granted?", "body not in corpus"),
    ("en", "Jianxi District 2021 new requests received?", "year not in corpus"),
    ("en", "STCSM 2023 granted requests count?", "year not in corpus"),
    ("en", "Will the Shanghai General Office get more requests in 2027 than in 2025?", "forecast"),
    ("en", "Is Shuyang County more transparent than Huai'an, judging by 2025 and 2024?", "opinion"),
    ("en", "My uncle sent a request to Hongze District in 2024 about his land. Was it granted?", "one person's own case"),
    ("en", "Give me the names and ID numbers of people who sued Huai'an in 2024 over disclosure", "personal data"),
    ("en", "Average processing days per request at Huai'an in 2024?", "response time not stated"),
    ("en", "How many staff does the Shanghai science commission have on disclosure work in 2024?", "staff not stated"),
    ("en", "Which municipal department in Huai'an got the most requests in 2024?", "department breakdown not stated"),
    ("en", "Shanghai General Office 2025 requests per district (Pudong, Xuhui...)?", "district breakdown not stated"),
    ("en", "Why did Hongze's requests change in 2024? what was the reason", "reason not stated"),
    ("en", "Shuyang 2025 requests filed in January?", "no monthly breakdown"),
    ("en", "Suqian city 2025 annual disclosure report - partially granted?", "body not in corpus"),
    ("zh", "涧西区2020年申请人里律师事务所的具体名字是哪些", "personal/organisation names not stated"),
]

TR = [  # (lang, body, keys, question, note)
    ("zh", "ha", "r.carried_over.total", "淮安市2024年从上一年结转过来的申请几件（不是结转到下一年的）", "结转上年 vs 下年"),
    ("en", "ha", "a.litigation_after_review.total", "Huai'an 2024 lawsuits that came after a review (not the direct ones)?", "复议后起诉 vs 直接起诉"),
    ("zh", "sy", "active.normative_docs.repealed", "沭阳县2025年废止的规范性文件几件 不是新制发的", "废止 vs 制发"),
    ("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: 'would need to be newly produced' refusals only (not 'info not held')?", "另行制作 vs 不掌握"),
    ("zh", "ha", "r.withheld.internal_affairs.total", "淮安2024年以内部事务信息不予公开的，注意不是过程性信息那行", "内部事务 vs 过程性信息"),
    ("en", "hz23", "active.normative_docs.in_force", "Hongze 2023 normative documents currently in force (现行有效), not the newly issued ones", "现行有效 vs 制发"),
    ("zh", "ha", "a.review.other", "淮安市政府2024年行政复议里结果既不是维持也不是纠正的“其他结果”有多少", "其他结果 vs 纠正"),
    ("en", "jx", "active.procurement.projects", "Jianxi District 2020 procurement: the number of projects, not the money", "采购项目数 vs 金额"),
    ("zh", "sh19", "active.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数是多少（不是本年新制作的数）", "对外公开总数 vs 新制作"),
    ("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from law firms (法律服务机构), not companies", "法律服务机构 vs 商业企业"),
    ("zh", "sy", "r.carried_over.total", "沭阳2025年上年结转过来的申请数，注意不是结转下年的", "结转上年 vs 下年"),
    ("en", "sh19", "r.carried_over.total", "Shanghai General Office 2019: requests carried in from 2018 (上年结转), not those pushed to 2020", "结转上年 vs 下年"),
    ("zh", "hz23", "active.normative_docs.repealed", "洪泽区2023年规范性文件废止了几件（不要现行有效数）", "废止 vs 现行有效"),
]

# text and table state the same number: ambiguous + acceptable_sentence (as blind6)
ALT = {
    ("ha", "requests.received.total"): ("全市共受理政府信息公开申请", 3119),
    ("ha", "requests.carried_forward.total"): ("全市共受理政府信息公开申请", 103),
    ("ha", "requests.carried_over.total"): ("全市共受理政府信息公开申请", 34),
    ("ha", "requests.total_processed.total"): ("全市共受理政府信息公开申请", 3050),
    ("ha", "appeals.review.upheld"): ("其中结果维持", 72),
    ("ha", "appeals.review.other"): ("其中结果维持", 178),
    ("hz23", "requests.received.total"): ("全区受理政府信息公开申请", 21),
    ("sh19", "active.normative_docs.made"): ("主动公开规章13件", 60),
    ("sh19", "active.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "requests.received.total"): ("代表市政府共受理", 859),
    ("sh19", "requests.total_processed.total"): ("代表市政府共受理", 805),
    ("sh19", "requests.carried_forward.total"): ("代表市政府共受理", 72),
    ("sh19", "requests.carried_over.total"): ("代表市政府共受理", 18),
    ("jx", "requests.received.total"): ("全年共收到依申请公开", 17),
    ("sy", "requests.received.legal_person"): ("法人或其他组织申请", 8),
    ("sy", "requests.total_processed.total"): ("法人或其他组织申请", 718),
    ("sy", "requests.carried_forward.total"): ("法人或其他组织申请", 31),
    ("kw", "requests.received.total"): ("全年收到政府信息公开申请", 34),
    ("kw", "requests.carried_over.total"): ("全年收到政府信息公开申请", 2),
    ("kw", "requests.granted.total"): ("同意公开答复", 9),
    ("sh25", "requests.received.total"): ("市政府共受理政府信息公开申请", 1295),
    ("sh25", "requests.carried_over.total"): ("市政府共受理政府信息公开申请", 189),
    ("sh25", "requests.total_processed.total"): ("市政府共受理政府信息公开申请", 1191),
    ("jx", "requests.carried_forward.total"): ("全年共收到依申请公开", 2),
}


MONEY = {"active.fees.amount", "active.procurement.amount"}


def EX(b, keys, **kw):
    from helpers57 import KS
    ks = KS(keys)
    if any(k in MONEY for k in ks):
        kw["unit"] = "万元"
    if len(ks) == 1 and (b, ks[0]) in ALT:
        kw["alt"] = ALT[(b, ks[0])]
    return E(b, keys, **kw)


SUMS = [  # (lang, body, keys, question)
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开，合起来多少件"),
    ("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025: fully plus partly disclosed, combined?"),
    ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年“无法提供”那三小项（不掌握、需另行制作、申请内容不明确）加一起是多少"),
    ("en", "ha", ["active.licensing.decisions", "active.punishment.decisions"], "Huai'an 2024: licensing decisions plus penalty decisions, add them up"),
    ("zh", "hz23", ["r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年部分公开、不掌握、需另行制作这三项一共几件"),
    ("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020 granted requests plus 'not held' replies - sum please"),
    ("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "记者算账：淮安2024年行政复议总数、直接起诉总数、复议后起诉总数三者相加是多少"),
    ("en", "sy", ["a.review.total", "a.litigation_direct.total"], "Shuyang County 2025 administrative reviews and direct lawsuits together?"),
    ("zh", "sy", ["r.received.natural_person", "r.carried_over.natural_person"], "沭阳2025年自然人的：新收的加上上年结转的，合计几件"),
    ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "Huai'an 2024: add the first five 不予公开 reasons (state secret, banned by law, security/stability, third party, internal affairs)"),
    ("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年不予处理里信访类和重复申请两项加起来"),
    ("en", "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Hongze 2023, licensing + penalty + coercion decisions in total"),
    ("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "淮安2024年逾期不补正和逾期不缴费这两种情况一共多少件"),
    ("en", "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Shuyang 2025 - sum all eight 不予公开 reason rows"),
    ("zh", "jx", ["r.received.total", "r.carried_over.total"], "涧西区2020年新收加上年结转，一共要处理多少件"),
    ("en", "ha", ["r.received.commercial", "r.received.research"], "Huai'an 2024 new requests from businesses and from research institutions combined?"),
]

DIFFS = [  # (lang, b1, b2, keys, question)
    ("zh", "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了（或少了）多少"),
    ("en", "hz23", "hz24", "active.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024?"),
    ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区2023到2024年，回复不掌握信息的件数变化了多少"),
    ("en", "hz23", "hz24", "active.coercion.decisions", "By how much did Hongze's coercion decisions move between 2023 and 2024?"),
    ("zh", "sh19", "sh25", "r.received.total", "上海市府办本年新收申请，2025年比2019年增加多少件"),
    ("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office new requests from individuals: 2025 minus 2019?"),
    ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度办理的件数 2019年到2025年差了多少"),
    ("en", "sh19", "sh25", "a.review.total", "How much did admin reviews at the Shanghai General Office grow from 2019 to 2025?"),
    ("zh", "hz23", "hz24", "r.granted.total", "洪泽区予以公开件数，24年相比23年变化多少"),
    ("en", "hz23", "hz24", "active.normative_docs.in_force", "Hongze normative docs in force: 2024 vs 2023, difference?"),
]

RANKS = [  # (lang, bodies, keys, order, question)
    ("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，本年新收申请哪家最多"),
    ("en", ["ha", "sy", "jx"], "a.review.total", "asc", "Among Huai'an 2024, Shuyang 2025 and Jianxi 2020, who had the fewest admin reviews?"),
    ("zh", ["sy", "hz23", "jx"], "r.unable.not_held.total", "asc", "沭阳2025、洪泽2023、涧西2020三家里，回复不掌握信息最少的是哪个"),
    ("en", ["ha", "sy", "hz23", "jx"], "active.licensing.decisions", "desc", "Rank Huai'an (2024), Shuyang (2025), Hongze (2023), Jianxi (2020) by licensing decisions - who's top?"),
    ("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转下年度最多的是谁：淮安2024、沭阳2025、上海市府办2019"),
    ("en", ["ha", "sy", "sh19"], "r.received.total", "asc", "Which received the fewest new requests: Huai'an in 2024, Shuyang in 2025 or the Shanghai General Office in 2019?"),
    ("zh", ["ha", "sy", "jx"], "r.partially_granted.total", "desc", "部分公开件数比一比：淮安市2024年、沭阳县2025年、涧西区2020年，谁最多"),
    ("en", ["ha", "sy", "hz23"], "active.punishment.decisions", "desc", "Penalty decisions - Huai'an 2024 vs Shuyang 2025 vs Hongze 2023, highest?"),
    ("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接提起行政诉讼最多的是哪家？淮安2024、沭阳2025、上海市府办2019、涧西2020"),
    ("en", ["sy", "hz23", "jx"], "r.received.total", "asc", "Fewest new requests among Shuyang 2025, Hongze 2023 and Jianxi 2020?"),
    ("zh", ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "desc", "需要另行制作没法提供的，淮安2024年、沭阳2025年、洪泽2023年哪个多"),
    ("en", ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "Most requests handled overall (总计): Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
    ("zh", ["ha", "sy", "jx"], "r.received.natural_person", "asc", "自然人新申请最少的：淮安市2024、沭阳县2025、涧西区2020"),
]

FOLLOW = [  # (lang, [(question, body, keys), ...], note)
    ("zh", [("淮安2024年予以公开多少", "ha", "r.granted.total"), ("那沭阳县2025年呢", "sy", "r.granted.total")], "switch body"),
    ("en", [("Hongze District 2023 licensing decisions?", "hz23", "active.licensing.decisions"), ("and 2024?", "hz24", "active.licensing.decisions")], "switch year"),
    ("zh", [("上海市府办2019年新收申请多少件", "sh19", "r.received.total"), ("2025年呢", "sh25", "r.received.total")], "switch year"),
    ("en", [("Shuyang 2025 - requests granted in full?", "sy", "r.granted.total"), ("and partly granted?", "sy", "r.partially_granted.total"), ("ok, and 'not held'?", "sy", "r.unable.not_held.total")], "switch row"),
    ("zh", [("淮安市2024年行政复议一共多少件", "ha", "a.review.total"), ("其中纠正的呢", "ha", "a.review.corrected")], "switch column"),
    ("en", [("Huai'an 2024: admin reviews upheld?", "ha", "a.review.upheld"), ("same for the direct lawsuits?", "ha", "a.litigation_direct.upheld")], "switch appeals group"),
    ("zh", [("洪泽区2023年行政处罚决定几个", "hz23", "active.punishment.decisions"), ("换成2024年呢", "hz24", "active.punishment.decisions")], "switch year"),
    ("en", [("Shanghai General Office 2025, requests carried forward to next year?", "sh25", "r.carried_forward.total"), ("and carried in from the year before?", "sh25", "r.carried_over.total")], "switch row"),
    ("zh", [("沭阳县2025年自然人新收几件", "sy", "r.received.natural_person"), ("商业企业呢", "sy", "r.received.commercial")], "switch column"),
    ("en", [("Jianxi District 2020 new requests?", "jx", "r.received.total"), ("Huai'an for 2024?", "ha", "r.received.total")], "switch body"),
    ("zh", [("上海科委2024年新收申请多少", "kw", "r.received.total"), ("上年结转的呢", "kw", "r.carried_over.total")], "switch row"),
    ("en", [("Huai'an 2024 - requests refused as admin inquiries (行政查询事项)?", "ha", "r.withheld.admin_query.total"), ("and as enforcement case files?", "ha", "r.withheld.enforcement_files.total")], "switch row"),
    ("zh", [("沭阳2025行政复议多少件", "sy", "a.review.total"), ("维持的多少", "sy", "a.review.upheld"), ("纠正的呢", "sy", "a.review.corrected")], "switch column"),
    ("en", [("Hongze 2023, 'not held' replies?", "hz23", "r.unable.not_held.total"), ("2024?", "hz24", "r.unable.not_held.total")], "switch year"),
    ("zh", [("淮安市2024年规范性文件现行有效多少件", "ha", "active.normative_docs.in_force"), ("沭阳县2025年同一项是多少", "sy", "active.normative_docs.in_force")], "switch body"),
    ("en", [("the science commission for 2024, licensing decisions?", "kw", "active.licensing.decisions"), ("penalties?", "kw", "active.punishment.decisions")], "switch row"),
    ("zh", [("上海市政府办公厅2025年行政复议总数", "sh25", "a.review.total"), ("尚未审结的呢", "sh25", "a.review.pending")], "switch column"),
    ("en", [("Shuyang 2025, normative documents issued (制发)?", "sy", "active.normative_docs.issued"), ("and in Huai'an 2024?", "ha", "active.normative_docs.issued")], "switch body"),
    ("zh", [("涧西区2020年不掌握信息的有几件", "jx", "r.unable.not_held.total"), ("结转下年的呢", "jx", "r.carried_forward.total")], "switch row"),
    ("en", [("Huai'an 2024 new requests from individuals?", "ha", "r.received.natural_person"), ("from law firms?", "ha", "r.received.legal_services"), ("and from public-interest groups?", "ha", "r.received.public_interest")], "switch column"),
    ("zh", [("洪泽区2023年新收申请多少", "hz23", "r.received.total"), ("2024年的呢", "hz24", "r.received.total")], "switch year"),
    ("en", [("Shanghai General Office 2019 admin reviews?", "sh19", "a.review.total"), ("what about 2025", "sh25", "a.review.total")], "switch year"),
    ("zh", [("沭阳县2025年行政许可决定数", "sy", "active.licensing.decisions"), ("行政强制呢", "sy", "active.coercion.decisions")], "switch row"),
    ("en", [("Huai'an 2024 lawsuits after review - how many upheld?", "ha", "a.litigation_after_review.upheld"), ("and still pending?", "ha", "a.litigation_after_review.pending")], "switch column"),
    ("zh", [("淮安2024年重复申请不予处理几件", "ha", "r.not_processed.duplicate.total"), ("那沭阳2025年", "sy", "r.not_processed.duplicate.total")], "switch body"),
    ("en", [("Jianxi 2020, admin reviews total?", "jx", "a.review.total"), ("lawsuits direct?", "jx", "a.litigation_direct.total")], "switch appeals group"),
    ("zh", [("上海市府办2025年予以公开多少件", "sh25", "r.granted.total"), ("上海科委2024年呢", "kw", "r.granted.total")], "switch body"),
    ("en", [("Shuyang 2025 carried over from the year before?", "sy", "r.carried_over.total"), ("Huai'an 2024?", "ha", "r.carried_over.total")], "switch body"),
    ("zh", [("洪泽区2023年行政许可多少", "hz23", "active.licensing.decisions"), ("淮安市2024年同一项", "ha", "active.licensing.decisions"), ("沭阳县2025年呢", "sy", "active.licensing.decisions")], "switch body"),
    ("en", [("Shanghai General Office 2025, direct lawsuits total?", "sh25", "a.litigation_direct.total"), ("after-review lawsuits?", "sh25", "a.litigation_after_review.total")], "switch appeals group"),
    ("zh", [("淮安2024年申请内容不明确无法提供的几件", "ha", "r.unable.unclear.total"), ("需要另行制作的呢", "ha", "r.unable.needs_creation.total")], "switch row"),
    ("en", [("Hongze District 2024, requests fully granted?", "hz24", "r.granted.total"), ("2023?", "hz23", "r.granted.total")], "switch year"),
    ("zh", [("沭阳2025年行政事业性收费金额多少万元", "sy", "active.fees.amount"), ("淮安2024年呢", "ha", "active.fees.amount")], "switch body"),
    ("en", [("Shuyang 2025 lawsuits after review total?", "sy", "a.litigation_after_review.total"), ("how many corrected?", "sy", "a.litigation_after_review.corrected")], "switch column"),
    ("zh", [("上海市府办2019年结转下年度多少件", "sh19", "r.carried_forward.total"), ("25年呢", "sh25", "r.carried_forward.total")], "switch year"),
    ("en", [("Huai'an 2024, regulations issued (规章 制发)?", "ha", "active.regulations.issued"), ("and still in force?", "ha", "active.regulations.in_force")], "switch column"),
    ("zh", [("洪泽区2023年行政强制决定几件", "hz23", "active.coercion.decisions"), ("换2024", "hz24", "active.coercion.decisions")], "switch year"),
    ("en", [("STCSM 2024 - new requests from individuals?", "kw", "r.received.natural_person"), ("and from companies?", "kw", "r.received.commercial")], "switch column"),
    ("zh", [("沭阳县2025年逾期未按收费通知要求缴纳费用的几件", "sy", "r.other.overdue_fee.total"), ("逾期不补正的呢", "sy", "r.other.overdue_correction.total")], "switch row"),
]


def CONVERSATIONS():
    out = []
    for lang, b, k, q in PLAIN:
        out.append(C("value", lang, [(q, EX(b, k))], P_ + "table value"))
    for lang, b, kw_, v, unit, q in N_:
        out.append(C("narrative", lang, [(q, EN(b, kw_, v, unit))],
                     "[textonly] number stated only in the report text"))
    for lang, q, why in U_:
        out.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why))
    for lang, b, k, q, note in TR:
        out.append(C("trap", lang, [(q, EX(b, k))], "[neighbour] " + note))
    for lang, b, k, q in SUMS:
        out.append(C("sum", lang, [(q, EX(b, k))], "[combine] sum of the listed cells"))
    for lang, b1, b2, k, q in DIFFS:
        out.append(C("difference", lang, [(q, ED(b1, b2, k))], "[combine] later year minus earlier year"))
    for lang, bs, k, order, q in RANKS:
        out.append(C("ranking", lang, [(q, ER(bs, k, order))], "[rank] ranking over gold bodies"))
    for lang, turns, note in FOLLOW:
        out.append(C("followup", lang, [(q, EX(b, k)) for q, b, k in turns], "[followup] " + note))
    return out
