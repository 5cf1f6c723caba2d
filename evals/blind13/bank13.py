"""Question bank of the thirteenth blind evaluation set (evals/blind13), written from scratch.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every number is computed by helpers13 (gold JSON, printed text rows, sentences cut from the
reports); this file only names bodies, keys, keywords and the wording.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib13 as L  # noqa: E402
from helpers13 import C, E, EN, EU, ED, ER, F  # noqa: E402

# printed cells of the three reports without gold (the cells blind6 verified; re-checked)
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


def P(lang, b, keys, q, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] table value")


def SUM(lang, b, keys, q, **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] sum of the listed cells")


def DIF(lang, b1, b2, keys, q, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] later year minus earlier year")


def RK(lang, bodies, keys, order, q):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] ranking over gold bodies")


def TX(lang, b, keyword, value, unit, q, frm=None):
    return C("narrative", lang, [(q, EN(b, keyword, value, unit, frm))],
             "[textonly] number stated only in the report text")


def NO(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def TR(lang, b, keys, q, why, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + why)


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


# text statements of numbers that equal a table cell (ambiguous, sentence acceptable)
HA_REQ = "全市共受理政府信息公开申请"
SH19_REQ = "代表市政府共受理政府信息公开申请"
SH25_REQ = "市政府共受理政府信息公开申请"
SY_REQ = "全县全年共受理政府信息公开申请"
KW_REQ = "全年收到政府信息公开申请"
JX_REQ = "全年共收到依申请公开"


def CONVERSATIONS():
    out = []
    a = out.append
    # ------------------------------------------------------------------ [plain] zh
    a(P("zh", "ha", "r.received.total", "淮安市政府2024年一共收了多少件信息公开申请", alt=(HA_REQ, 3119)))
    a(P("zh", "ha", "r.unable.not_held.total", "我2024年年底给淮安市政府递了个申请想要一份拆迁补偿的批复，结果人家回我说本机关不掌握这条信息。想问下2024年淮安市政府像我这样被回复“手里没有”的一共有多少件？"))
    a(P("zh", "ha", "r.withheld.admin_query.total", "我帮我爸去淮安市政府申请查他的社保缴费记录，人家说这属于行政查询事项，让我们去社保部门查，不按信息公开办。我想知道24年淮安 被当成行政查询事项没给公开的有几件"))
    a(P("zh", "ha", "r.partially_granted.total", "我在核对淮安市人民政府2024年度报告，表三第三项“本年度办理结果”里面（二）部分公开，总计那一列是多少件？"))
    a(P("zh", "ha", "r.other.overdue_correction.total", "上次我申请的时候政府让我补正材料，我拖了一个多月才交，结果被告知视为放弃申请了。淮安2024年像这样申请人补正材料超时了、被当成放弃的有多少件啊"))
    a(P("zh", "ha", "a.review.corrected", "我是跑政务口的记者，在写一篇关于信息公开复议的稿子。淮安市政府2024年的年报里，被复议机关纠正的政府信息公开复议案件有多少件？只要结果纠正那一格。", alt=("结果纠正 64", 64)))
    a(P("zh", "ha", "a.litigation_direct.total", "淮安市政府2024年被人直接告到法院（没先走复议）的信息公开官司总共几件"))
    a(P("zh", "ha", "c.normative_docs.repealed", "2024年淮安市政府废止了多少件行政规范性文件"))
    a(P("zh", "ha", "r.received.commercial", "我们是一家做工程的公司，法务想向淮安市政府申请公开一些招标文件，领导让我先看看企业申请的多不多。淮安24年 商业企业来申请公开的有多少"))
    a(P("zh", "ha", "r.not_processed.duplicate.total", "同一件事反复申请、被按重复申请不予处理的，淮安市政府2024年有几件"))
    a(P("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制决定数量是多少"))
    a(P("zh", "ha", "r.withheld.third_party.total", "我在12345热线帮一位来电群众查：他说他申请的东西涉及别人的商业秘密，政府以损害第三方合法权益为由不公开。他想知道淮安市政府二〇二四年这种情况一共几件。"))
    a(P("zh", "sy", "r.granted.total", "我2025年在沭阳县政府网上申请公开一个道路改造的批复，没几天就全给我了，挺顺利的。想问问沭阳县2025年像这样直接给公开了的申请有多少"))
    a(P("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年年报表三，（三）不予公开下面第5条“属于三类内部事务信息”，总计是几件？"))
    a(P("zh", "sy", "r.received.total", "沭阳县政府2025年本年新收的信息公开申请是多少件？就是表里本年新收那一行，不算上一年结转过来的。"))
    a(P("zh", "sy", "r.not_processed.petition.total", "窗口的同事说很多人把投诉当信息公开申请来提，最后都按信访处理了。25年沭阳 信访举报投诉类的申请不予处理几件"))
    a(P("zh", "sy", "a.review.pending", "沭阳县人民政府2025年 表四行政复议那块 尚未审结 几件"))
    a(P("zh", "sy", "c.fees.amount", "我们单位做财政研究的，想核对一下：沭阳县人民政府2025年信息公开年报第二部分里，行政事业性收费的金额（万元）是多少？"))
    a(P("zh", "sy", "r.carried_over.total", "我是沭阳县政府办新来的，交接的时候师傅说有一批申请是2024年没办完转到2025年接着办的。沭阳县2025年从上一年转过来继续办的申请有几件"))
    a(P("zh", "sy", "c.normative_docs.in_force", "截止2025年底术阳县现行有效的规范性文件多少件"))
    a(P("zh", "sy", "r.other.overdue_fee.total", "我申请的材料页数太多，政府说要收信息处理费，我一直没去交。沭阳2025年 申请人逾期没交信息处理费的 几件"))
    a(P("zh", "sy", "a.litigation_after_review.total", "沭阳县政府2025年先复议、复议完又去起诉的信息公开诉讼一共多少件？"))
    a(P("zh", "hz23", "r.withheld.state_secret.total", "做一个关于保密审查的小课题，需要洪泽区的数据：洪泽区2023年因为属于国家秘密不予公开的有几件"))
    a(P("zh", "hz23", "r.unable.needs_creation.total", "我在洪泽区政府申请过一份全区农村道路的汇总表，回复说没有现成的信息需要另行制作，所以给不了。想知道洪泽区政府2023年这种“要重新做才有”的情况一共几件？"))
    a(P("zh", "hz23", "c.fees.amount", "人大代表让我们整理一下收费的情况，我翻到洪泽区政府的年报，第二部分有一栏行政事业性收费。洪泽区2023年行政事业性收费金额多少万元"))
    a(P("zh", "hz23", "c.punishment.decisions", "洪泽区人民政府2023年作出的行政处罚决定有多少"))
    a(P("zh", "hz24", "c.licensing.decisions", "洪泽区政府2024年行政许可的处里决定数量是多少"))
    a(P("zh", "hz24", "r.granted.total", "有个居民说他在洪泽区申请的东西都给公开了，让我看看整体是不是都这么好办。24年洪泽区 予以公开多少件"))
    a(P("zh", "hz24", "a.review.total", "洪泽区2024年信息公开方面的行政复议总共几件？"))
    a(P("zh", "sh19", "r.received.natural_person", "我是上海本地人，2019年给市政府办公厅写过申请要一个老公房改造的文件。想知道上海市府办2019年收到的申请里，老百姓个人（自然人）提的有多少件"))
    a(P("zh", "sh19", "r.unable.needs_creation.natural_person", "上海市政府办公厅2019年年报表格里，自然人那一列“没有现成信息需要另行制作”是几件？"))
    a(P("zh", "sh19", "c.regulations.total_published", "我在法学院写毕业论文，要统计上海市政府规章的公开情况，年报第二部分有“对外公开总数量”一栏。2019年上海市府办对外公开的规章总数是多少件"))
    a(P("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年 自然人申请里被认定是信访举报投诉类、不予处理的有多少"))
    a(P("zh", "sh19", "c.procurement.amount", "我在做政府采购方面的课题，翻到上海市人民政府办公厅2019年的信息公开年报，第二部分最后有一项政府集中采购，想问采购总金额是多少万元？"))
    a(P("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年的表里，“本机关不掌握相关政府信息”那一行总计是多少件（只要这一行，不含另行制作、不明确的）"))
    a(P("zh", "sh25", "r.carried_forward.total", "媒体报道说上海市政府的申请量越来越大，很多年底前办不完。上海市府办2025年结转到下一年继续办理的申请有多少"))
    a(P("zh", "sh25", "a.review.total", "帮同事问一下，上海市人民政府办公厅2025年的报告里，政府信息公开行政复议的总计是多少件？"))
    a(P("zh", "kw", "c.normative_docs.in_force", "我们是一家科技型中小企业，想把科委的政策文件都梳理一遍，先看个总数：上海科委2024年现行有效的规范性文件有几件"))
    a(P("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定多少个 表二第二十条第（五）项那个"))
    a(P("zh", "jx", "r.granted.total", "洛阳的朋友跟我说涧西区政府办公室回复申请挺痛快的。我查一下：涧西区政府办2020年予以公开的申请是多少件"))
    a(P("zh", "jx", "c.procurement.projects", "涧西区人民政府办公室2020年政府集中采购项目有几个"))
    a(P("zh", "jx", "r.unable.not_held.total", "我2020年找涧西区政府办要一份老厂区改造的会议纪要，他们说不是他们做的，手里没有。2020年涧西区 政府回复说自己不掌握这个信息的有几件"))
    a(P("zh", "jx", "a.litigation_after_review.upheld", "我是区里新来的，在核对涧西区人民政府办公室2020年年报第四部分：复议后起诉那一栏里结果维持的是几件？"))
    a(P("zh", "ha", "c.licensing.decisions", "我们在做营商环境评估，需要每个地方的审批量。淮安市2024年行政许可处理决定数量"))
    a(P("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县政府2025年，因属于行政执法案卷不予公开的有多少件"))
    # ------------------------------------------------------------------ [plain] en
    a(P("en", "ha", "r.granted.total", "My neighbour got everything she asked for from Huai'an city last spring and now she says it's easy there. Is that normal? How many info requests did Huai'an city government fully release in 2024?"))
    a(P("en", "ha", "r.withheld.process_info.total", "huaian 2024 requests refused because the info was still in process (过程性信息)?"))
    a(P("en", "ha", "a.review.pending", "I'm writing a piece on administrative reviews in Jiangsu. For the Huai'an municipal government in 2024, how many information-disclosure reviews were still undecided at the end of the year?", alt=("尚未审结 37", 37)))
    a(P("en", "ha", "r.unable.unclear.total", "We get a lot of vague requests at our office too, so I'm curious about other places. Huaian 2024: how many requests couldn't be answered because the requester never made clear what they wanted?"))
    a(P("en", "ha", "c.normative_docs.in_force", "how many normative documets are in force for Huai'an in 2024"))
    a(P("en", "ha", "r.other.other.total", "In Huai'an's 2024 report, how many requests were closed out as 'other handling' (其他), not counting the overdue correction or fee ones?"))
    a(P("en", "ha", "c.fees.amount", "I'm preparing a short briefing on local government revenue for a think tank, and the disclosure report has a line on fees. Huai'an 2024 administrative fees collected, in 10k yuan?"))
    a(P("en", "ha", "r.withheld.prohibited_by_law.total", "I filed a request with Huai'an city in 2024 and they told me disclosure is forbidden by law. Out of curiosity, how many requests got turned down on that ground in 2024?"))
    a(P("en", "ha", "a.litigation_after_review.pending", "Huai'an 2024 - lawsuits filed after a reveiw, still pending: how many?"))
    a(P("en", "sy", "r.partially_granted.total", "When I asked Shuyang for a land file, half of the pages came back blacked out. They call that partial disclosure I think. Shuyang county 2025, number of requests partly disclosed?"))
    a(P("en", "sy", "r.unable.not_held.total", "A caller on our help desk says Shuyang County told him they simply don't hold the document he asked for. He wants to know how common that was: in 2025, how many requests did Shuyang County government answer with 'we don't have it'?"))
    a(P("en", "sy", "a.review.corrected", "my uncle appealed a refusal from the county and the reviewing office told the county to fix its answer. shuyang 2025 how many disclosure reviews ended with the decision corrected"))
    a(P("en", "sy", "c.licensing.decisions", "Our team is mapping how busy permit offices are in northern Jiangsu; the disclosure report has a table for this. How many administrative licensing decisions did Shuyang County make in 2025?"))
    a(P("en", "sy", "r.carried_forward.total", "How many of Shuyang County's 2025 requests were rolled over into the next year?", alt=("共办理 718", 31)))
    a(P("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025: requests turned away as administrative inquiries (行政查询事项)?"))
    a(P("en", "sy", "c.coercion.decisions", "Shuyang County government FY2025 - administrative coercion decisions count pls"))
    a(P("en", "sy", "a.review.total", "Total number of info-disclosure administrative reviews against Shuyang County in 2025?"))
    a(P("en", "hz23", "r.partially_granted.total", "For my master's thesis on district-level transparency I need one number from the Hongze tables: Hongze District 2023 how many requests partially granted"))
    a(P("en", "hz23", "c.normative_docs.repealed", "I'm a law student comparing district governments. In 2023, how many normative documents did Hongze District government repeal (废止)?"))
    a(P("en", "hz23", "c.licensing.decisions", "Hongze distict, 2023, licencing decisions made?"))
    a(P("en", "hz23", "r.withheld.process_info.total", "Hongze 2023 - how many requests refused as process information?"))
    a(P("en", "hz24", "c.punishment.decisions", "A local paper says fines in Hongze went down after the lake fishing ban. I'd like the official figure: Hongze District 2024: number of administrative penalty decisions?"))
    a(P("en", "hz24", "r.unable.not_held.total", "How many times in 2024 did Hongze District say it doesn't hold the requested information?"))
    a(P("en", "hz24", "c.normative_docs.issued", "How many new normative documents did Hongze District government issue in 2024"))
    a(P("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019, how many requests carried forward to the following year?", alt=(SH19_REQ, 72)))
    a(P("en", "sh19", "r.unable.not_held.natural_person", "In the 2019 report of the Shanghai municipal government general office, how many requests from private individuals were answered with 'information not held'?"))
    a(P("en", "sh19", "c.procurement.projects", "I'm looking at small government purchasing and saw the 2019-format report has a procurement line. Shanghai General Office 2019 centralized procurement - how many projects?"))
    a(P("en", "sh19", "r.withheld.admin_query.natural_person", "shanghai gen office 2019 - individuals' requests turned away as administrative inquiries (行政查询事项)?"))
    a(P("en", "sh19", "r.received.commercial", "I work for a consultancy and we sometimes file disclosure requests in Shanghai as a company. How many requests did businesses (commercial enterprises) file with the Shanghai General Office in 2019?"))
    a(P("en", "sh25", "r.received.commercial", "Our company filed one request with the city in 2025 and got an answer pretty fast, so I wonder how many firms do this. Shanghai General Office in 2025: new requests from commercial enterprises?"))
    a(P("en", "sh25", "r.unable.needs_creation.total", "Shanghai general office 2025 how many requests needed the info to be newly compiled so they couldn't provide it"))
    a(P("en", "sh25", "a.litigation_direct.total", "How many disclosure lawsuits went straight to court (no review first) against the Shanghai General Office in 2025?"))
    a(P("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025 - duplicate requests not processed? table 3, item (五) 2."))
    a(P("en", "kw", "r.received.natural_person", "I applied to the Shanghai science commission for the list of funded projects as a private person. STCSM 2024 how many new requests came from individuals"))
    a(P("en", "kw", "c.normative_docs.issued", "How many normative documents did the Shanghai science commission issue in 2024?", alt=("行政规范性文件 13", 13)))
    a(P("en", "kw", "r.total_processed.total", "My boss wants the workload of the science commission's disclosure office, including cases carried over. Shanghai Science and Technology Commission 2024, total requests handled (总计)?"))
    a(P("en", "jx", "r.received.total", "Jianxi District 2020 how many disclosure requests received", alt=(JX_REQ, 17)))
    a(P("en", "jx", "c.procurement.amount", "I'm auditing district spending. For Jianxi District government office in 2020, what was the total amount of centralized government procurement, in 10,000 yuan?"))
    a(P("en", "jx", "a.review.total", "someone told me only one person ever challenged Jianxi District in a review, is that true? jianxi district 2020 - how many admin reviews about disclosure"))
    a(P("en", "ha", "r.carried_over.total", "Huai'an city government 2024, requests carried over from the previous year?", alt=(HA_REQ, 34)))
    a(P("en", "sy", "r.other.other.total", "shuyang contry 2025 requests put under 'other' handling (其他)"))
    a(P("en", "ha", "r.withheld.enforcement_files.total", "A lawyer I work with asked Huai'an for an old inspection file and was told it is part of an enforcement case file (行政执法案卷), so no. In 2024, how many requests did Huai'an refuse for that reason?"))
    a(P("en", "sy", "r.not_processed.duplicate.total", "A man keeps sending the same request to Shuyang County every month and the county stopped answering him as a duplicate. In 2025, how many requests did Shuyang County treat as repeat requests and not process?"))
    a(P("en", "hz24", "c.fees.amount", "Our finance bureau is checking figures for a provincial survey. The 2024 annual disclosure report of Hongze District has a row for administrative fees - what amount does it give, in 10k yuan?"))
    a(P("en", "sh25", "r.granted.total", "I asked the Shanghai General Office for a notice in 2025 and it was released to me in full within two weeks. How many requests did the General Office fully release that year (2025)?"))
    a(P("en", "kw", "c.punishment.decisions", "As a startup founder I worry about fines from regulators. According to its 2024 report, how many administrative penalty decisions did the Shanghai Science and Technology Commission make?"))
    a(P("zh", "sh25", "r.received.natural_person", "我是上海市民，2025年给市政府办公厅提过两次申请。想知道2025年上海市府办本年新收的申请里，自然人提的一共有多少件？"))
    # ------------------------------------------------------------------ [combine] sums
    a(SUM("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年 全部公开加上部分公开 一共多少件"))
    a(SUM("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "我们科室在做沭阳县2025年的分析，想把“无法提供”下面三种情况（不掌握、需另行制作、内容不明确）加起来，总数是多少？"))
    a(SUM("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld"], "淮安24年复议的维持、纠正、其他结果、尚未审结四格，再加上直接起诉里结果维持的，合计多少"))
    a(SUM("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因国家秘密、过程性信息、行政执法案卷这三个理由不公开的加起来几件？"))
    a(SUM("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial"], "上海市府办2019年，自然人和商业企业两列里“本机关不掌握”的加起来是多少"))
    a(SUM("zh", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年的信息公开行政诉讼，直接起诉的和复议后起诉的加一起多少件？"))
    a(SUM("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区政府办2020年复议、直接起诉、复议后起诉三个总计加起来是几"))
    a(SUM("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类加重复申请 被不予处理的 一共"))
    a(SUM("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Add up every refusal reason under 'not disclosed' (all eight rows) for Huai'an in 2024 - what's the total?"))
    a(SUM("en", "sy", ["r.granted.total", "r.partially_granted.total"], "I want one number for 'people got at least something' in Shuyang. Shuyang 2025: fully released plus partially released, combined?"))
    a(SUM("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "For the Shanghai General Office in 2025, add the 'not held' requests and the 'would need to be newly created' ones. Total?"))
    a(SUM("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "A resident complained that Hongze never has the documents people ask for, either they don't hold them or would have to create them. Hongze 2023 not-held plus needs-creation requests together?"))
    a(SUM("en", "sh19", ["r.received.natural_person", "r.received.commercial"], "I only care about individuals and companies: Shanghai General Office 2019 new requests from natural persons plus commercial enterprises, summed?"))
    a(SUM("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024 new requests plus the ones carried over from the year before - total workload?"))
    a(SUM("en", "ha", ["a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Huai'an 2024 court cases where the government lost (corrected), direct suits plus suits after review?", alt=("结果纠正 5", 5)))
    a(SUM("en", "sy", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang County 2025: normative docs issued plus repealed, add them"))
    # ------------------------------------------------------------------ [combine] differences
    a(DIF("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少？"))
    a(DIF("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府回复“不掌握”的申请，从2023年到2024年增加了几件"))
    a(DIF("zh", "sh19", "sh25", "r.received.total", "上海市府办本年新收的申请，2025年比2019年多了多少件", alt=(SH25_REQ, 1295)))
    a(DIF("zh", "sh19", "sh25", "a.review.total", "我在写一篇回顾文章，对比上海市人民政府办公厅2019年和2025年：信息公开行政复议总数2025年比2019年增加多少件？"))
    a(DIF("zh", "hz23", "hz24", "c.coercion.decisions", "区司法局让我们核一下执法数据的变化，行政强制那一项要两年的差。洪泽23年到24年行政强制决定变化多少（24减23）"))
    a(DIF("en", "hz23", "hz24", "c.punishment.decisions", "A councillor claims enforcement in Hongze became softer. To check, I need the change in administrative penalty decisions for Hongze District: 2024 minus 2023?"))
    a(DIF("en", "sh19", "sh25", "r.carried_forward.total", "By how much did the Shanghai General Office's carry-forward to the next year grow between 2019 and 2025?"))
    a(DIF("en", "sh19", "sh25", "r.received.natural_person", "writing an op-ed on how citizens use the disclosure law more now. shanghai general office new requests from individuals 2025 vs 2019, difference?"))
    a(DIF("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze District normative documents in force: change from 2023 to 2024?"))
    a(DIF("en", "sh19", "sh25", "a.litigation_direct.total", "A colleague says direct lawsuits against the Shanghai General Office went up a lot. Compare 2019 and 2025: 2025 minus 2019?"))
    # ------------------------------------------------------------------ [rank]
    a(RK("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "我们做“放管服”改革的评估，要看三个地方审批量的排名。淮安市2024、沭阳县2025、洪泽区2023，这三个谁的行政许可决定最多"))
    a(RK("zh", ["jx", "hz23", "sh19"], "r.received.total", "asc", "涧西区2020年、洪泽区2023年、上海市府办2019年，哪家收到的申请最少？"))
    a(RK("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "淮安2024、沭阳2025、上海市政府办公厅2019、涧西区2020四家，结转到下年的申请谁最多"))
    a(RK("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "行政事业性收费金额：淮安市2024年、洪泽区2023年、沭阳县2025年 谁最少"))
    a(RK("zh", ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "自然人申请里被答复不掌握的，淮安市政府2024年、沭阳县政府2025年、上海市府办2019年哪个最多？"))
    a(RK("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "desc", "现行有效规范性文件，淮安24年、洪泽23年、沭阳25年 排第一的是谁"))
    a(RK("zh", ["jx", "sy", "sh19"], "r.total_processed.total", "asc", "我在做对比表：涧西区政府办2020年、沭阳县政府2025年、上海市政府办公厅2019年，三家办理总计谁最少？"))
    a(RK("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Of Huai'an (2024), Shuyang (2025) and Hongze District (2023), which made the fewest penalty decisions?"))
    a(RK("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "desc", "Which received the most disclosure requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi District 2020?"))
    a(RK("en", ["sy", "sh19", "jx"], "a.review.total", "desc", "doing a quick slide on appeals, three bodies only. admin reviews - who had most: Shuyang 2025, Shanghai gen office 2019, Jianxi 2020"))
    a(RK("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "desc", "Rank Huai'an 2024, Shuyang County 2025 and Hongze District 2023 by administrative coercion decisions - who's on top?"))
    a(RK("en", ["jx", "sh19"], "c.procurement.projects", "desc", "Jianxi District 2020 vs Shanghai General Office 2019: which had more centralized procurement projects?"))
    a(RK("en", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Fewest requests from companies: Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?"))
    # ------------------------------------------------------------------ [neighbour]
    a(TR("zh", "ha", "r.carried_forward.total", "淮安市政府2024年结转到下一年度继续办理的申请多少件（不是从上年结转来的）", "结转下年 vs 上年结转", alt=(HA_REQ, 103)))
    a(TR("zh", "sy", "a.litigation_direct.total", "沭阳2025年没经过复议、直接去法院起诉的信息公开案子几件", "直接起诉 vs 复议后起诉"))
    a(TR("zh", "ha", "c.normative_docs.issued", "淮安市2024年新制发的规范性文件几件？不是废止的，也不是现行有效的", "制发 vs 废止/现行有效"))
    a(TR("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年，因为需要另行制作才给不了的（不是不掌握的）几件", "另行制作 vs 不掌握"))
    a(TR("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不公开的，注意不是内部事务信息，是几件", "过程性信息 vs 内部事务"))
    a(TR("zh", "ha", "a.review.other", "我看淮安2024年的复议那栏有维持、纠正、其他结果。我要的是“其他结果”那格，不是纠正，多少？", "其他结果 vs 纠正", alt=(HA_REQ[:0] + "其他结果 178", 178)))
    a(TR("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购的项目数（不是金额）", "采购项目数 vs 金额"))
    a(TR("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019: total number of regulations publicly available (对外公开总数), not just the ones newly made that year", "对外公开总数 vs 新制作"))
    a(TR("en", "ha", "r.partially_granted.total", "Huai'an 2024 - only the PARTIALLY released requests, not the fully released ones", "部分公开 vs 予以公开"))
    a(TR("en", "sy", "a.litigation_after_review.total", "Shuyang 2025 lawsuits filed after an administrative review (not the direct ones)", "复议后起诉 vs 直接起诉"))
    a(TR("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests carried over INTO 2025 from the prior year (not the ones pushed on to 2026)", "上年结转 vs 结转下年", alt=(SH25_REQ, 189)))
    a(TR("en", "kw", "c.normative_docs.in_force", "STCSM 2024 normative documents currently in force - not the number issued during the year", "现行有效 vs 制发"))
    a(TR("en", "hz24", "c.normative_docs.issued", "Hongze District 2024 normative docs newly issued that year (not those still in force)?", "制发 vs 现行有效"))
    # ------------------------------------------------------------------ [textonly]
    a(TX("zh", "jx", "601项", 601, "项", "涧西区政府办2020年年报里说梳理细化出来多少项事项？"))
    a(TX("zh", "jx", "设置26个试点领域", 26, "个", "涧西区2020年设了多少个试点领域的公开专栏"))
    a(TX("zh", "ha", "新闻发布会 12 场", 12, "场", "我在淮安本地报社跑政务口，2024年市政府开发布会我们几乎每场都去，但我自己没数清楚。淮安市政府2024年开了几场新闻发布会"))
    a(TX("zh", "ha", "在运维政务新媒体共计", 95, "个", "我是做新媒体运营的，看到淮安市2024年的年报提到政务新媒体。截至报告时全市还在运维的政务新媒体账号一共多少个？"))
    a(TX("zh", "ha", "全年组织 4 次", 4, "次", "我们县区每次都被市里抽查公开栏目，压力很大。淮安2024年组织了几次信息公开栏目全覆盖检查"))
    a(TX("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费？单位元"))
    a(TX("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "我经常上洪泽区政府网站看通知，感觉更新挺勤的。洪泽区2023年在政府网站上主动公开了多少条信息"))
    a(TX("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区政府2024年公开了几期政府常务会议"))
    a(TX("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年在新媒体上开了多少个专栏（像《项目进行时》那种）"))
    a(TX("zh", "sy", "全年发出催办提示", 84, "次", "听说沭阳县搞了个“倒计时报警器”，2025年一共发了多少次催办提示？"))
    a(TX("zh", "sy", "失效链接43处", 43, "处", "之前在沭阳县政府网站上点开好几个链接都打不开，后来好像修好了。沭阳25年网站巡检整改了多少处失效链接"))
    a(TX("zh", "sy", "累计清理过期信息", 697, "条", "我发现沭阳县政府网站上一些老政策不见了，问了才知道是清理了过期信息。沭阳县2025年清理掉的过期信息有多少条"))
    a(TX("zh", "sy", "完成全县64家单位", 64, "家", "我在县里一个局做信息公开，领导问2025年沭阳县全县一共有多少家单位的年度报告是集中公开、统一发布的，年报里写的是几家？"))
    a(TX("zh", "sy", "开展办前主动沟通", 49, "次", "沭阳2025年办前主动沟通搞了几次"))
    a(TX("zh", "kw", "直播 118 场", 118, "场", "我关注了“上海科技”视频号，经常刷到他们的直播，想知道一年到底播了多少场。上海科委2024年视频号直播了多少场"))
    a(TX("zh", "kw", "日常报送惠企政策", 83, "条", "市科委2024年日常报送的惠企政策有多少条"))
    a(TX("zh", "kw", "主合办政协提案", 85, "件", "上海市科委2024年主办合办的政协提案办理复文公开了多少件"))
    a(TX("zh", "sh25", "新闻通气会", 19, "场", "我是一名实习记者，老师让我统计上海市政府和媒体沟通的频次，发布会我已经有了。上海市政府2025年开了多少场新闻通气会（不是发布会）"))
    a(TX("zh", "sh25", "发布审查 330", 330, "件", "上海市府办2025年完成的公文发布审查是多少件"))
    a(TX("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "我在区里档案馆工作，以前都是纸质公报，现在听说全部数字化了。上海2025年有多少个区上线了数字公报"))
    a(TX("zh", "sh19", "统一受理平台接入53个部门", 2261, "项", "上海市府办2019年年报说“一网通办”统一受理平台接入了多少项事项？"))
    a(TX("zh", "sh19", "70家政府网站", 70, "家", "上海2019年每季度检查的正常运行的政府网站有多少家"))
    # en
    a(TX("en", "ha", "政策解读21", 21, "个", "I run a small English newsletter about Jiangsu cities and want to mention how much effort goes into explaining new policies. How many policy explainers did Huai'an city produce in 2024 (text and images)?"))
    a(TX("en", "ha", "人民政府公报》6", 6, "期", "how many issues of the Huai'an government gazette came out in 2024"))
    a(TX("en", "hz24", "解读信息发布", 7, "条", "We are comparing how districts explain their policies to residents; Hongze seems to do very few. Hongze District 2024 - how many policy interpretation posts were published?"))
    a(TX("en", "hz24", "主动发布各类政府信息 2428", 2428, "条", "How many items of government information did Hongze District put on its website in 2024?"))
    a(TX("en", "sy", "推送系列原创短视频", 1113, "个", "I saw a Shuyang County government video online and got curious. In 2025, how many original short videos did the county's social media accounts push out according to their annual report?"))
    a(TX("en", "sy", "开展意见征集9期", 9, "期", "Shuyang 2025, how many rounds of public consultation on the county portal?"))
    a(TX("en", "sy", "49条破百万", 2, "条", "Shuyang 2025: how many viral posts passed ten million views?", frm="其中"))
    a(TX("en", "sy", "各类错误信息83处", 83, "处", "how many error items did Shuyang fix on its website in 2025"))
    a(TX("en", "kw", "原创文章 294", 294, "篇", "I follow the Shanghai science commission on WeChat and most posts seem to be reposts. STCSM's WeChat account in 2024 - how many original articles?"))
    a(TX("en", "kw", "粉丝数54373", 54373, "人", "How many followers did the Shanghai science commission's video channel have in its 2024 report?"))
    a(TX("en", "kw", "5 个高频事项", 5, "个", "Shanghai science commission 2024: how many high-frequency services had read-and-apply links set up?"))
    a(TX("en", "sh25", "新闻发布会 42 场", 42, "场", "I'm a foreign correspondent and I attended a few of the city briefings in 2025; my editor wants the full count. How many press conferences did the Shanghai municipal government hold in 2025?"))
    a(TX("en", "sh25", "覆盖 10 个语种", 10, "个", "A friend abroad uses Shanghai's international services portal. How many languages did it cover by the time of the 2025 report (after adding Italian)?"))
    a(TX("en", "sh25", "人事任免文件 196", 196, "件", "Shanghai General Office 2025 personnel appointment documents published proactively?"))
    a(TX("en", "sh19", "政策解读共132", 132, "件", "For a study on how Chinese cities explain regulations, I need the Shanghai number. How many policy explainers did the Shanghai portal publish in 2019?"))
    a(TX("en", "sh19", "主动公开率达90.2", 90.2, "%", "Shanghai 2019: what share of municipal documents were proactively published after review (percent)?"))
    a(TX("en", "jx", "办结率88.2", 88.2, "%", "The Jianxi report mentions how many requests were finished versus still open, and gives a rate. Jianxi District 2020 completion rate for disclosure requests, in %?"))
    # more [textonly]
    a(TX("zh", "sy", "县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年通过县政府门户网站主动公开了多少条信息"))
    a(TX("zh", "kw", "“上海科技”网站全年累计发布信息", 2139, "条", "“上海科技”网站2024年一共发了多少条信息"))
    a(TX("en", "sh19", "41条短视频", 41, "条", "During the 2019 import expo, how many short videos did Shanghai's official account post on Douyin?"))
    a(TX("en", "sh25", "编辑《上海市人民政府公报》24", 24, "期", "Shanghai government gazette 2025 - how many issues were edited?"))
    # ------------------------------------------------------------------ [cannot]
    a(NO("zh", "淮安市政府2024年的信息公开申请里，男的女的各有多少？", "sex breakdown not in the tables"))
    a(NO("zh", "我2024年3月给淮安市政府交了个申请，到现在都没消息，我那件是被算进结转下一年的103件里了吗？", "one person's own case"))
    a(NO("zh", "我们科要做一个申请量的月度走势图，领导让我把沭阳县的数据扒出来。沭阳县2025年每个月收到的申请分别是多少", "month breakdown not in the tables"))
    a(NO("zh", "我在南京读研，老师让我们把南京和淮安做个对比，淮安的我已经有了。南京市政府2024年收到多少信息公开申请", "body not in the corpus"))
    a(NO("zh", "沭阳县2024年的行政复议多少件", "year not held (沭阳 2024)"))
    a(NO("zh", "洪泽区2022年受理的申请有多少件", "year not held (洪泽 2022)"))
    a(NO("zh", "你觉得上海市政府办公厅2025年的信息公开工作做得好不好？打个分", "opinion"))
    a(NO("zh", "淮安市2025年信息公开申请会有多少？帮我预测一下", "forecast"))
    a(NO("zh", "我是科委的实习生，想知道我们单位哪个部门被申请得最多，好提前准备。上海科委2024年的申请里，哪个处室收到的最多", "department breakdown not in the tables"))
    a(NO("zh", "沭阳县2025年申请人里年龄在60岁以上的有多少", "age breakdown not in the tables"))
    a(NO("zh", "我在写调研报告，想知道淮安市政府2024年办理信息公开申请平均用了几个工作日，年报里有没有这个数？", "response time not stated"))
    a(NO("zh", "涧西区2021年的年报里依申请公开数量是多少", "year not held (涧西 2021)"))
    a(NO("zh", "宿迁市政府2025年的行政诉讼有多少", "body not in the corpus"))
    a(NO("zh", "我们村2023年征地，好多人都去区里申请公开补偿标准，我想知道是不是很多人都这么干。洪泽区2024年信息公开申请里涉及征地拆迁的有多少件", "topic breakdown not in the tables"))
    a(NO("zh", "上海市府办2019年通过网上提交的申请和信函提交的各有多少", "channel breakdown not in the tables"))
    a(NO("zh", "上海市科委2023年的行政许可决定多少", "year not held (上海科委 2023)"))
    a(NO("zh", "淮安市政府2024年政务公开工作一共有多少专职工作人员", "staff number not stated"))
    a(NO("zh", "沭阳县2025年收到的申请里各个乡镇分别多少件？", "township breakdown not in the tables"))
    a(NO("zh", "我住在浦东，想看看我们区政府被申请得多不多，市里的报告我已经看过了。浦东新区2024年政府信息公开申请数量", "body not in the corpus"))
    a(NO("zh", "我弟弟2025年向沭阳县住建局申请公开他们小区的规划许可，被拒了，他能不能打赢复议？", "personal case / opinion"))
    a(NO("en", "How many of Huai'an's 2024 disclosure requests came from people living outside Jiangsu?", "residence breakdown not in the tables"))
    a(NO("en", "What did the Shanghai General Office spend on running its disclosure work in 2025?", "costs not stated"))
    a(NO("en", "I'm comparing provincial capitals with smaller cities; I have Huai'an already. Nanjing city government 2024 number of info requests?", "body not in the corpus"))
    a(NO("en", "Shuyang County 2024 - how many requests?", "year not held (沭阳 2024)"))
    a(NO("en", "Hongze District government 2022 report: how many requests were granted?", "year not held (洪泽 2022)"))
    a(NO("en", "Do you think Huai'an was more transparent than Shuyang in 2024 and 2025? Just your honest view.", "opinion"))
    a(NO("en", "Will the Shanghai General Office get more than 1500 requests in 2026?", "forecast"))
    a(NO("en", "How many of the requests received by the Shanghai science commission in 2024 were about research funding?", "topic breakdown not in the tables"))
    a(NO("en", "I sent my request to Hongze District in June 2024 and they said they don't have the file. Was my request one of the 31 'not held' ones, and can you tell me who handled it?", "one person's own case"))
    a(NO("en", "I need to show seasonality in a presentation tomorrow, the county people said everything is in the annual report. Shuyang 2025 requests by quarter please (Q1-Q4)", "quarter breakdown not in the tables"))
    a(NO("en", "Our chamber of commerce wants to know whether construction firms or tech firms use disclosure more. Which industries did the companies that filed requests with Huai'an in 2024 come from?", "industry breakdown not in the tables"))
    a(NO("en", "Qingjiangpu District government 2024 disclosure report - how many lawsuits?", "body not in the corpus"))
    a(NO("en", "Jianxi District 2021: number of requests received?", "year not held (涧西 2021)"))
    a(NO("en", "Shanghai General Office 2022 - how many requests did it receive?", "year not held (上海市府办 2022)"))
    a(NO("en", "How long on average did Shuyang County take to answer a disclosure request in 2025, in days?", "response time not stated"))
    a(NO("en", "For Hongze District in 2024, why did the number of requests jump compared with 2023? What caused it?", "reason not stated"))
    a(NO("en", "How many women filed disclosure requests with the Shanghai General Office in 2019?", "sex breakdown not in the tables"))
    a(NO("en", "Suqian city 2025 number of administrative reviews on disclosure?", "body not in the corpus"))
    a(NO("en", "How many staff at the Shanghai science commission worked on information disclosure in 2024?", "staff number not stated"))
    # ------------------------------------------------------------------ [followup] zh
    a(FU("zh", [("我申请的一个化工园区的应急预案被淮安市政府拒了，理由是公开后可能危及安全稳定。淮安市政府2024年不予公开里面因为危及“三安全一稳定”的有几件", E("ha", "r.withheld.security_stability.total")),
                ("沭阳县2025年呢", E("sy", "r.withheld.security_stability.total"))], "body+year switch"))
    a(FU("zh", [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
                ("24年呢", E("hz24", "c.licensing.decisions"))], "year switch"))
    a(FU("zh", [("我想了解一下上海市人民政府办公厅2019年本年新收的申请里，商业企业提的有多少？", E("sh19", "r.received.commercial")),
                ("那换成2025年，同一项是多少", E("sh25", "r.received.commercial"))], "year switch"))
    a(FU("zh", [("我对沭阳县的答复不服去申请了行政复议，结果复议机关维持了县里的决定。沭阳县2025年复议维持的几件", E("sy", "a.review.upheld")),
                ("纠正的呢", E("sy", "a.review.corrected")),
                ("那淮安市2024年纠正的呢", E("ha", "a.review.corrected", alt=("结果纠正 64", 64)))], "column then body switch"))
    a(FU("zh", [("淮安24年 予以公开 自然人那列多少", E("ha", "r.granted.natural_person")),
                ("商业企业那列", E("ha", "r.granted.commercial"))], "column switch"))
    a(FU("zh", [("我在做一份关于基层执法的调研报告，需要几个数，先从处罚开始。洪泽区2023年行政处罚决定数", E("hz23", "c.punishment.decisions")),
                ("行政强制呢", E("hz23", "c.coercion.decisions")),
                ("2024年的行政强制", E("hz24", "c.coercion.decisions"))], "row then year switch"))
    a(FU("zh", [("我们办公室在整理上海市府办的材料，先问2019年：结转下年度继续办理的是多少件？", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
                ("2025年的", E("sh25", "r.carried_forward.total"))], "year switch"))
    a(FU("zh", [("沭阳县政府2025年逾期未补正视为放弃的有多少", E("sy", "r.other.overdue_correction.total")),
                ("逾期不交费的呢", E("sy", "r.other.overdue_fee.total"))], "row switch"))
    a(FU("zh", [("涧西区2020年行政复议维持了几件", E("jx", "a.review.upheld")),
                ("直接起诉的维持呢", E("jx", "a.litigation_direct.upheld"))], "appeals group switch"))
    a(FU("zh", [("淮安市2024年行政处罚决定多少个", E("ha", "c.punishment.decisions")),
                ("沭阳县2025年同一项", E("sy", "c.punishment.decisions")),
                ("洪泽区2023年呢", E("hz23", "c.punishment.decisions"))], "body+year switches"))
    a(FU("zh", [("上海市府办2025年信访举报投诉类不予处理的多少件", E("sh25", "r.not_processed.petition.total")),
                ("重复申请呢", E("sh25", "r.not_processed.duplicate.total"))], "row switch"))
    a(FU("zh", [("沭阳县2025年复议后又起诉的，结果维持几件", E("sy", "a.litigation_after_review.upheld")),
                ("没审结的呢", E("sy", "a.litigation_after_review.pending"))], "column switch"))
    a(FU("zh", [("有位群众打电话来问，洪泽区政府2024年答复“本机关不掌握”的有多少件，我先帮他查一下。", E("hz24", "r.unable.not_held.total")),
                ("他又问2023年是多少", E("hz23", "r.unable.not_held.total"))], "year switch"))
    a(FU("zh", [("市科委窗口的同事让我帮忙看一下申请人的构成，先看个人的。上海科委2024年本年新收申请里自然人提的多少", E("kw", "r.received.natural_person")),
                ("商业企业的呢", E("kw", "r.received.commercial"))], "column switch"))
    a(FU("zh", [("淮安市政府2024年现行有效的规章几件", E("ha", "c.regulations.in_force")),
                ("规范性文件现行有效的呢", E("ha", "c.normative_docs.in_force"))], "row switch"))
    a(FU("zh", [("上海市府办2019年不予公开里面，因为属于国家秘密、自然人提的申请有几件", E("sh19", "r.withheld.state_secret.natural_person")),
                ("内部事务信息的呢", E("sh19", "r.withheld.internal_affairs.natural_person"))], "row switch"))
    a(FU("zh", [("沭阳县2025年因为没有现成信息需要另行制作 无法提供几件", E("sy", "r.unable.needs_creation.total")),
                ("淮安24年", E("ha", "r.unable.needs_creation.total"))], "body+year switch"))
    a(FU("zh", [("洪泽区2023年行政事业性收费多少万元", E("hz23", "c.fees.amount")),
                ("2024年的", E("hz24", "c.fees.amount"))], "year switch"))
    a(FU("zh", [("淮安市政府2024年 行政诉讼复议后起诉的 结果维持几件", E("ha", "a.litigation_after_review.upheld")),
                ("直接起诉那边维持的呢", E("ha", "a.litigation_direct.upheld")),
                ("直接起诉其他结果的", E("ha", "a.litigation_direct.other"))], "group then column switch"))
    a(FU("zh", [("上海市府办2025年予以公开的申请多少件", E("sh25", "r.granted.total")),
                ("2025年“不掌握”的呢", E("sh25", "r.unable.not_held.total"))], "row switch"))
    # ------------------------------------------------------------------ [followup] en
    a(FU("en", [("Huai'an 2024, how many requests were withheld because they touch state secrets?", E("ha", "r.withheld.state_secret.total")),
                ("and for Shuyang in 2025?", E("sy", "r.withheld.state_secret.total"))], "body+year switch"))
    a(FU("en", [("Hongze District 2023 administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
                ("what about 2024", E("hz24", "c.coercion.decisions"))], "year switch"))
    a(FU("en", [("I'm comparing the Shanghai General Office across years. In 2019, how many new requests did individuals file?", E("sh19", "r.received.natural_person")),
                ("2025?", E("sh25", "r.received.natural_person"))], "year switch"))
    a(FU("en", [("I lost my own review against the county, so I'm curious how many others tried. Shuyang County 2025 total disclosure reviews?", E("sy", "a.review.total")),
                ("and lawsuits straight to court?", E("sy", "a.litigation_direct.total"))], "appeals group switch"))
    a(FU("en", [("Huai'an 2024 requests granted in full - individuals column?", E("ha", "r.granted.natural_person")),
                ("partly granted, same column", E("ha", "r.partially_granted.natural_person"))], "row switch"))
    a(FU("en", [("I'm helping a Dutch researcher who studies local enforcement in China; she asked me to pull numbers from the reports. How many penalty decisions did Huai'an make in 2024?", E("ha", "c.punishment.decisions")),
                ("licensing decisions then?", E("ha", "c.licensing.decisions")),
                ("Shuyang 2025, licensing?", E("sy", "c.licensing.decisions"))], "row then body switch"))
    a(FU("en", [("Shanghai General Office 2019 - reviews total?", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
                ("the 2025 figure?", E("sh25", "a.review.total"))], "year switch"))
    a(FU("en", [("STCSM 2024: requests granted in full?", E("kw", "r.granted.total", alt=(KW_REQ[:0] + "同意公开答复 9", 9))),
                ("and the grand total processed (总计)?", E("kw", "r.total_processed.total"))], "row switch"))
    a(FU("en", [("Hongze 2023, requests rejected as petitions/complaints (信访举报投诉类)?", E("hz23", "r.not_processed.petition.total")),
                ("Huai'an 2024 same row?", E("ha", "r.not_processed.petition.total"))], "body+year switch"))
    a(FU("en", [("Shuyang 2025 normative documents newly issued", E("sy", "c.normative_docs.issued")),
                ("repealed?", E("sy", "c.normative_docs.repealed")),
                ("in force?", E("sy", "c.normative_docs.in_force"))], "column switches"))
    a(FU("en", [("A reporter on the phone: Jianxi District 2020, how many requests were still being handled at year end (carried forward)?", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2))),
                ("she also wants the number handled in total (办理总计) for 2020", E("jx", "r.total_processed.total", alt=(JX_REQ, 15)))], "row switch"))
    a(FU("en", [("Huai'an 2024 lawsuits after review - corrected?", E("ha", "a.litigation_after_review.corrected")),
                ("other outcome?", E("ha", "a.litigation_after_review.other"))], "column switch"))
    a(FU("en", [("Hongze District government 2024 - how many requests were granted?", E("hz24", "r.granted.total")),
                ("and in 2023?", E("hz23", "r.granted.total"))], "year switch"))
    a(FU("en", [("Shanghai General Office 2025: requests from individuals carried over from the previous year?", E("sh25", "r.carried_over.natural_person")),
                ("legal service agencies column?", E("sh25", "r.carried_over.legal_services"))], "column switch"))
    a(FU("en", [("they refused me because the document mentions a private company's info, they said third party rights (第三方合法权益). shuyang 2025 requests refused as harming third parties", E("sy", "r.withheld.third_party.total")),
                ("as law enforcement files?", E("sy", "r.withheld.enforcement_files.total"))], "row switch"))
    a(FU("en", [("Huai'an 2024 administrative fees (万元)?", E("ha", "c.fees.amount")),
                ("Shuyang County 2025?", E("sy", "c.fees.amount")),
                ("Hongze 2023?", E("hz23", "c.fees.amount"))], "body+year switches"))
    a(FU("en", [("Shanghai General Office 2019 normative documents made that year?", E("sh19", "c.normative_docs.made", alt=("行政规范性文件60", 60))),
                ("total publicly available?", E("sh19", "c.normative_docs.total_published"))], "column switch"))
    a(FU("en", [("Huai'an 2024: requests not processed because the requester asked to re-confirm already-published info?", E("ha", "r.not_processed.reconfirm.total")),
                ("duplicates?", E("ha", "r.not_processed.duplicate.total"))], "row switch"))
    a(FU("en", [("Someone in our WeChat group says people have started suing Hongze over disclosure. Hongze District 2024 direct lawsuits total?", E("hz24", "a.litigation_direct.total")),
                ("after review?", E("hz24", "a.litigation_after_review.total"))], "appeals group switch"))
    money = {"active.fees.amount", "active.procurement.amount"}
    for c in out:
        for t in c["turns"]:
            if any(k in money for k in t["expect"].get("keys", [])):
                t["expect"]["unit"] = "万元"
    return out
