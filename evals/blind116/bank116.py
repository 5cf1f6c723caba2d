"""Question bank of the 116th blind evaluation set (evals/blind116).

WARNING: holds the text of every test question: as frozen as test.jsonl. Do not read while
tuning the engine.

Every wording here was written from scratch for this set. The bank only names keys, bodies,
keywords and wordings; every number is computed by helpers116 (gold JSON, printed text cells,
sentences cut from the report text).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib116 as L  # noqa: E402
from helpers116 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

# printed cells of the reports without gold (the cells blind6 verified; nothing new)
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

# text alternatives (keyword of the sentence, number) where text and table state the same number
HA_REC = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_NEXT = ("全市共受理政府信息公开申请", 103)
HA_PREV = ("全市共受理政府信息公开申请", 34)
HA_RV = ("其中结果维持 72 件", 72)
HA_RV_OTHER = ("其中结果维持 72 件", 178)
HA_RV_FIX = ("其中结果维持 72 件", 64)
HA_RV_PEND = ("其中结果维持 72 件", 37)
HA_RV_TOT = ("其中结果维持 72 件", 351)
SH19_REC = ("市政府办公厅代表市政府共受理", 859)
SH19_DONE = ("市政府办公厅代表市政府共受理", 805)
SH19_NEXT = ("市政府办公厅代表市政府共受理", 72)
SH19_PREV = ("市政府办公厅代表市政府共受理", 18)
JX_REC = ("全年共收到依申请公开17件", 17)
JX_DONE = ("全年共收到依申请公开17件", 15)
JX_PEND = ("全年共收到依申请公开17件", 2)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
SH25_DONE = ("市政府共受理政府信息公开申请", 1191)
SH25_PREV = ("市政府共受理政府信息公开申请", 189)
HZ23_REC = ("全区受理政府信息公开申请", 21)
KW_GRANT = ("同意公开答复 9 件", 9)
SY_DONE = ("全县全年共受理政府信息公开申请 749 件", 718)
SY_NEXT = ("全县全年共受理政府信息公开申请 749 件", 31)
SH19_REG = ("主动公开规章13件", 13)
SH19_NORM = ("主动公开规章13件", 60)
KW_REC = ("全年收到政府信息公开申请 34 件", 34)
KW_PREV = ("全年收到政府信息公开申请 34 件", 2)


def plain():
    P = "[plain] "
    out = [
        # ---- 淮安 2024
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少份信息公开申请", P + "received total; text states it too", alt=HA_REC),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安24年有几个申请是因为涉及国家秘密被拒的", P + "withheld: state secret"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "我想问下 淮安市2024年 因为法律法规不让公开而没给的 有多少件啊", P + "withheld: prohibited by law"),
        V("zh", "ha", "r.withheld.security_stability.total", "淮安2024 说公开了会危及三安全一稳定所以不给的 几件", P + "withheld: security/stability"),
        V("zh", "ha", "r.withheld.third_party.total", "2024年淮安市政府以侵犯别人合法权益为由没公开的申请有多少", P + "withheld: third-party rights, row named by what happened"),
        V("zh", "ha", "r.withheld.internal_affairs.total", "淮安市 2024年 回复说那是机关内部管理的事儿不公开 这种有几件呀", P + "withheld: internal affairs, colloquial"),
        V("en", "ha", "r.withheld.admin_query.total", "Huai'an city govt 2024: how many requests got refused because the info was from an administrative enforcement... no wait, because it was an administrative *query* type thing (行政查询事项)?", P + "withheld: admin query; self-correcting English"),
        V("en", "ha", "r.withheld.enforcement_files.total", "In 2024 how many Huaian requests were turned down since the stuff asked for was part of law-enforcement case files?", P + "withheld: enforcement files, paraphrased"),
        V("en", "ha", "r.withheld.process_info.total", "huaian 2024 - number of requests denied bc the docs were still drafts / discussion-stage material?", P + "withheld: process info, paraphrased"),
        V("en", "ha", "r.unable.needs_creation.total", "For Huai'an in 2024, count of applications where the government said it'd have to compile a brand-new document to answer, so it couldn't provide it.", P + "unable: needs creation"),
        V("zh", "ha", "r.unable.unclear.total", "淮安市政府2024年有没有因为申请人自己没写清楚要啥、补正了还是不明确的 有几件", P + "unable: unclear even after correction"),
        V("en", "ha", "r.not_processed.reconfirm.total", "Huaian 2024: how many applicants asked the govt to confirm or re-issue stuff that was already published, and got it left unhandled? (要求行政机关确认或重新出具已获取信息)", P + "not processed: reconfirm"),
        V("zh", "ha", "r.not_processed.publication.total", "淮安二〇二四年 要政府提供公开出版物的申请 不予处理了多少", P + "not processed: publications (zero)"),
        V("en", "ha", "r.other.overdue_fee.total", "Huai'an, 2024. Applicants who were told to pay the info-processing fee and never paid, so the request was dropped — how many?", P + "other: overdue fee"),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安市2024年让申请人补正材料结果人家过了期限也没补的，这种算几件", P + "other: overdue correction"),
        V("en", "ha", "r.received.legal_services", "how many info requests did law firms and similar legal service outfits file with Huai'an city in 2024", P + "received: legal services column"),
        V("zh", "ha", "r.received.commercial", "淮安2024年企业（商业企业）递交的政府信息公开申请是多少份", P + "received: commercial column"),
        V("zh", "ha", "r.received.other_org", "淮安市政府2024年那张表里 申请人是“其他”组织的那一栏新收了几件", P + "received: other org column"),
        V("en", "ha", "r.granted.legal_services", "Huai'an 2024 — of the requests lawyers' offices sent in, how many were fully released?", P + "granted: legal services column"),
        V("en", "ha", "a.review.corrected", "In 2024, how many of the admin reconsideration cases on Huai'an's disclosure decisions ended with the decision being corrected (结果纠正)?", P + "review corrected; text states it too", alt=HA_RV_FIX),
        V("zh", "ha", "a.review.pending", "淮安市2024年信息公开的行政复议 到年底还没出结果的还有几个", P + "review pending, everyday words; text states it too", alt=HA_RV_PEND),
        V("en", "ha", "a.litigation_direct.corrected", "Huaian city 2024: lawsuits filed straight to court (no reconsideration first) where the court ruled against the government — count?", P + "direct litigation corrected"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市政府2024年 先复议不服再去起诉的官司 还没判下来的多少个", P + "litigation after review pending"),
        V("zh", "ha", "c.normative_docs.repealed", "2024年淮安废掉了多少件规范性文件", P + "normative docs repealed"),
        V("en", "ha", "c.coercion.decisions", "What's the count of administrative coercion (行政强制) decisions Huai'an reported for 2024?", P + "coercion decisions"),
        V("en", "ha", "c.fees.amount", "How much did Huaian collect in administrative fees in 2024, per the disclosure report? (in 10k yuan)", P + "fees amount", unit="万元"),
        V("zh", "ha", "r.partially_granted.natural_person", "淮安2024年老百姓个人申请的 最后只给了一部分的 有多少", P + "partially granted, natural person"),
        V("zh", "ha", "r.carried_forward.total", "淮安市政府2024年没办完要挪到下一年继续办的申请数", P + "carried forward; text states it too", alt=HA_NEXT),
        # ---- 沭阳 2025
        V("zh", "sy", "r.received.natural_person", "我之前帮我妈给沭阳县政府写过申请，想问下2025年沭阳本年新收的申请里头个人提的有几件（不算上一年剩下的）", P + "received natural person 705 (table; text 741 includes carried-over)"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以内部事务信息为由不公开的 多少件", P + "withheld internal affairs"),
        V("zh", "sy", "r.withheld.security_stability.total", "沭阳25年 怕公开了影响稳定和安全就没给的 有几件", P + "withheld security, colloquial"),
        V("en", "sy", "r.withheld.third_party.total", "Shuyang County 2025: requests refused to protect somebody else's lawful interests — how many?", P + "withheld third party, paraphrase"),
        V("en", "sy", "r.withheld.admin_query.total", "shuyang 2025 how many refused as admin query matters", P + "withheld admin query, terse"),
        V("zh", "sy", "r.unable.needs_creation.total", "沭阳县政府2025年说没有现成的、要重新做一份才能给所以没法提供的 几件", P + "unable needs creation"),
        V("zh", "sy", "r.unable.not_held.total", "沭阳2025年回复“本机关不掌握”的一共多少", P + "unable not held"),
        V("en", "sy", "r.not_processed.duplicate.commercial", "Shuyang, 2025: how many repeat applications from companies were not processed?", P + "not processed duplicate, commercial column"),
        V("zh", "sy", "r.not_processed.petition.total", "沭阳县2025年有些人把信息公开申请当信访投诉来写，被不予处理的有几件", P + "not processed petition, story-like"),
        V("en", "sy", "r.other.other.total", "In Shuyang County's 2025 report, how many requests ended up under the catch-all 'other handling' line (其他), not the overdue ones?", P + "other: other"),
        V("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年 叫人交信息处理费人家到期没交的 有几件", P + "other: overdue fee"),
        V("en", "sy", "a.review.other", "Shuyang 2025 — reconsideration cases over disclosure that ended some other way (not upheld, not corrected)?", P + "review other"),
        V("zh", "sy", "a.review.upheld", "沭阳2025年信息公开方面的行政复议 维持原来决定的几件", P + "review upheld"),
        V("en", "sy", "a.litigation_after_review.upheld", "Shuyang County, 2025. People who went through reconsideration then sued anyway — in how many of those suits did the court back the government?", P + "litigation after review upheld"),
        V("zh", "sy", "a.litigation_after_review.other", "沭阳2025 复议后又告到法院的 结果既不是维持也不是纠正的那种 几件", P + "litigation after review other"),
        V("en", "sy", "c.licensing.decisions", "Shuyang 2025 administrative licensing decisions number?", P + "licensing"),
        V("zh", "sy", "c.normative_docs.in_force", "截至2025年底沭阳县现行有效的规范性文件有多少件", P + "normative docs in force"),
        V("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费 金额多少万", P + "fees", unit="万元"),
        V("en", "sy", "r.granted.natural_person", "How many of Shuyang's 2025 requests from ordinary individuals were granted in full?", P + "granted natural person"),
        V("zh", "sy", "r.total_processed.legal_services", "沭阳县2025年法律服务机构那一列 办理总计是多少", P + "total processed legal services column"),
        V("en", "sy", "r.partially_granted.legal_services", "Shuyang 2025: requests by legal service agencies that were only partly disclosed", P + "partially granted legal services"),
        # ---- 洪泽 2023
        V("zh", "hz23", "r.withheld.state_secret.total", "洪泽区2023年因为是国家秘密不予公开的有几件？", P + "withheld state secret"),
        V("en", "hz23", "r.unable.needs_creation.total", "Hongze District 2023 - how many times did they say they'd need to make a new doc, so couldn't provide?", P + "unable needs creation"),
        V("zh", "hz23", "r.unable.not_held.total", "洪泽23年 政府说手头没这个信息的 有多少件", P + "unable not held, colloquial"),
        V("en", "hz23", "a.review.corrected", "For Hongze in 2023, how many reconsideration cases overturned or corrected the disclosure decision?", P + "review corrected (row sums printed 0; cell printed)"),
        V("zh", "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚做了多少件", P + "punishment"),
        V("en", "hz23", "c.normative_docs.repealed", "hongze dist 2023 regulatory documents scrapped how many", P + "normative repealed, terse"),
        V("zh", "hz23", "r.partially_granted.total", "洪泽2023 部分公开的 几件", P + "partially granted"),
        # ---- 洪泽 2024 (text cells)
        V("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定多少件", P + "text cell licensing"),
        V("en", "hz24", "r.unable.not_held.total", "Hongze District 2024: in how many cases did the government answer that it didn't have the info at all?", P + "text cell not held, paraphrase"),
        V("zh", "hz24", "a.review.total", "洪泽2024年因为信息公开被人申请行政复议 总共几起", P + "text cell review total"),
        V("en", "hz24", "c.normative_docs.in_force", "How many normative documents did Hongze District list as currently valid in its 2024 report?", P + "text cell normative in force"),
        # ---- 上海科委 2024 (text cells)
        V("zh", "kw", "r.received.natural_person", "上海市科委2024年新收的申请里 自然人提交的多少", P + "text cell received natural person"),
        V("en", "kw", "r.received.commercial", "STCSM 2024: new disclosure requests filed by businesses?", P + "text cell received commercial"),
        V("zh", "kw", "c.normative_docs.issued", "市科委2024年新出了几件规范性文件", P + "text cell normative issued"),
        V("en", "kw", "c.punishment.decisions", "Did the Shanghai Science and Technology Commission make any administrative penalty decisions in 2024? how many", P + "text cell punishment (0)"),
        # ---- 上海市府办 2025 (text cells)
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 因为需要另外加工制作才能给、所以没提供的 有多少件", P + "text cell needs creation"),
        V("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025 — how many requests were set aside because the same person had already asked the same thing?", P + "text cell duplicate, paraphrase"),
        V("zh", "sh25", "r.carried_over.legal_services", "上海市府办2025年 从上一年转过来的申请里 律所那一类的几件", P + "text cell carried over legal services"),
        V("en", "sh25", "a.review.pending", "For 2025, Shanghai municipal gov't general office: reconsideration cases still undecided at year end?", P + "text cell review pending"),
        V("zh", "sh25", "a.litigation_direct.pending", "上海市政府办公厅2025年直接起诉的行政诉讼 尚未审结几件", P + "text cell direct litigation pending"),
        V("en", "sh25", "r.granted.total", "Shanghai General Office, 2025 report: requests where everything asked for was handed over", P + "text cell granted total"),
        # ---- 上海市府办 2019
        V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年 个人把信访举报投诉当成信息公开申请来提、被不予处理的 有几件", P + "petition natural person (2019 template)"),
        V("en", "sh19", "r.unable.unclear.natural_person", "Shanghai General Office 2019: individuals whose requests were too vague to identify what they wanted (申请内容不明确) — how many?", P + "unable unclear natural person"),
        V("zh", "sh19", "r.withheld.state_secret.natural_person", "2019年上海市府办 自然人申请里 属于国家秘密不公开的 几件", P + "withheld state secret natural person"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "in 2019, Shanghai general office: for applications from private individuals, how many were answered 'we'd have to produce new info' (需另行制作)?", P + "needs creation natural person"),
        V("zh", "sh19", "r.withheld.admin_query.natural_person", "上海市府办2019年个人申请中被认定为行政查询事项不予公开的数量", P + "admin query natural person"),
        V("en", "sh19", "c.procurement.projects", "How many government procurement projects does the Shanghai General Office's 2019 report list?", P + "procurement projects (2019 template)"),
        V("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年报告里 对外公开的规章总数是多少件", P + "regulations total published"),
        V("en", "sh19", "r.received.commercial", "Shanghai general office 2019 — requests from companies received that year", P + "received commercial"),
        V("zh", "sh19", "r.not_processed.duplicate.commercial", "2019年上海市府办 企业重复申请不予处理的 几件", P + "duplicate commercial"),
        V("en", "sh19", "a.review.pending", "Shanghai General Office 2019: how many reconsideration cases were still open when the year closed?", P + "review pending"),
        # ---- 涧西 2020
        V("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个", P + "procurement projects"),
        V("en", "jx", "c.procurement.amount", "Jianxi District 2020 — total procurement amount in 10k yuan?", P + "procurement amount", unit="万元"),
        V("zh", "jx", "r.unable.not_held.total", "涧西区2020年 说自己不掌握所以给不了的申请 几个", P + "unable not held"),
        V("en", "jx", "a.litigation_direct.upheld", "Jianxi District general office 2020, lawsuits brought directly over disclosure — how many did the government win (upheld)?", P + "direct litigation upheld"),
        V("zh", "jx", "r.received.total", "涧西区人民政府办公室2020年收到的政府信息公开申请数", P + "received total; text states it too", alt=JX_REC),
        V("en", "jx", "c.normative_docs.made", "Jianxi 2020: normative documents drafted/made that year?", P + "normative made (2019 template)"),
        # ---- extra English plain questions (rarer cells)
        V("en", "ha", "r.not_processed.excessive.total", "Huai'an 2024 — requests left unhandled because the applicant was filing way too many / unreasonably often?", P + "not processed excessive (zero)"),
        V("en", "ha", "r.received.research", "did any universities or research institutes file disclosure requests with Huaian in 2024? how many", P + "received research column (zero)"),
        V("en", "ha", "r.received.public_interest", "Huai'an 2024: number of requests from social-welfare / public-interest organisations", P + "received public-interest column (zero)"),
        V("en", "sh25", "r.received.commercial", "Shanghai General Office 2025, new requests sent in by companies?", P + "text cell received commercial"),
        V("en", "sy", "a.litigation_after_review.pending", "Shuyang County 2025 — cases taken to court after reconsideration that were still waiting for a judgment?", P + "litigation after review pending"),
        V("en", "hz23", "r.not_processed.petition.total", "Hongze 2023: how many applications were really complaints or petitions and thus not processed as disclosure requests?", P + "not processed petition"),
        V("en", "kw", "r.total_processed.total", "STCSM 2024 - total requests dealt with (办理总计)?", P + "text cell total processed"),
    ]
    return out


def combine():
    P = "[combine] "
    out = [
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"], "淮安市2024年 因为国家秘密 加上 危及安全稳定 两种理由不公开的 合起来几件", P + "sum of 2 withheld sub-items"),
        S("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Add up all three 'could not provide' reasons for Huai'an 2024 (not held + would need creating + request unclear). Total?", P + "sum of the three unable sub-items"),
        S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "淮安2024 过期不补正的 和 过期不交费的 加一起多少", P + "sum of 2 other sub-items"),
        S("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Huaian 2024: reconsiderations plus both kinds of lawsuits about disclosure, combined count?", P + "sum of 3 appeals totals"),
        S("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "淮安市2024年许可、处罚、强制这三类决定加总是多少", P + "sum of 3 active cells"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "shuyang 2025 fully + partly released requests together?", P + "granted + partially granted"),
        S("zh", "sy", ["r.withheld.admin_query.total", "r.withheld.enforcement_files.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.security_stability.total"], "沭阳县2025年 行政查询、执法案卷、内部事务、过程性信息、三安全一稳定 这五种不公开理由的件数加起来", P + "sum of 5 withheld sub-items"),
        S("en", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld", "a.litigation_after_review.upheld", "a.litigation_after_review.other", "a.litigation_after_review.pending"], "For Shuyang County 2025, sum these appeal cells: reconsideration upheld, corrected, other, pending; direct suits upheld; post-reconsideration suits upheld, other, pending.", P + "sum of 8 appeals cells"),
        S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025 信访类的加重复申请的 不予处理一共几件", P + "sum of 2 not-processed sub-items"),
        S("en", "sh19", ["r.granted.natural_person", "r.granted.commercial"], "Shanghai General Office 2019: fully granted requests from individuals plus those from companies?", P + "sum of 2 columns (row total printed blank)"),
        S("zh", "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市府办2019年新制作的规章和规范性文件 加在一起多少件", P + "sum of 2 active cells"),
        S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "Sum the 'we don't hold it' answers at Shanghai General Office in 2019 for individuals, companies and legal-service bodies.", P + "sum of 3 columns"),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区政府办2020年 公开了的 加上 不掌握的 一共几件", P + "sum of 2 rows"),
        S("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023: total refusals across state secret, process info and enforcement case files?", P + "sum of 3 withheld sub-items"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访举报类和重复申请类 不予处理合计", P + "sum of 2 text cells"),
        S("en", "kw", ["r.received.natural_person", "r.received.commercial"], "STCSM 2024 new requests: individuals plus businesses, what's the sum?", P + "sum of 2 text cells"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少件", P + "difference 2023->2024"),
        D("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's administrative penalty decisions from 2023 to 2024 (2024 minus 2023)?", P + "difference (negative)"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 政府说不掌握信息的申请 2024年跟2023年比 变化多少", P + "difference not held"),
        D("en", "hz23", "hz24", "c.fees.amount", "Hongze: by how much did administrative fee income change between 2023 and 2024, in 10k yuan?", P + "difference fees", unit="万元"),
        D("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽2023到2024 行政强制少了多少", P + "difference coercion"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: new requests from individuals went from ? in 2019 to ? in 2025 — what's the increase?", P + "difference received natural person"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅 信息公开行政复议 2025年比2019年多了几件", P + "difference review total"),
        D("en", "sh19", "sh25", "r.carried_forward.total", "How much bigger was the Shanghai General Office's backlog carried into the next year in 2025 compared with 2019?", P + "difference carried forward"),
        D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办直接起诉的案子 2019年和2025年差几件（后减前）", P + "difference direct litigation"),
        D("en", "sh19", "sh25", "r.received.commercial", "shanghai general office requests from businesses 2019 vs 2025 difference?", P + "difference received commercial"),
    ]
    return out


RB3 = ["ha", "sy", "sh19"]
RB4 = ["ha", "sy", "hz23", "jx"]


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23"], "r.unable.not_held.total", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年 这三家 谁回复“不掌握”的最多", P + "desc over 3"),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "Of Huai'an (2024), Shuyang (2025) and Hongze (2023), which had the fewest normative documents still in effect?", P + "asc over 3"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "淮安2024、沭阳2025、上海市府办2019、涧西2020，哪家拖到下一年办的申请最多", P + "desc over 4"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "Rank by new requests received: Huaian 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020. Who got the least?", P + "asc over 4"),
        R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "行政处罚决定数量 淮安市2024年 沭阳县2025年 洪泽区2023年 哪个最多", P + "desc over 3"),
        R("en", ["ha", "sy"], "a.review.total", "desc", "Between Huai'an's 2024 report and Shuyang's 2025 report, which body faced more disclosure reconsiderations?", P + "desc over 2"),
        R("zh", ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "asc", "需要另行制作所以无法提供的：淮安24年 沭阳25年 洪泽23年 谁最少", P + "asc over 3"),
        R("en", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "Which collected the most in administrative fees: Huai'an in 2024, Shuyang in 2025, or Hongze in 2023?", P + "desc over 3 fees"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "上一年转过来的申请 淮安市2024、沭阳县2025、上海市政府办公厅2019 谁最多", P + "desc over 3"),
        R("en", ["ha", "sy", "hz23"], "r.withheld.process_info.total", "asc", "Refusals for draft/process-stage info: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023 — lowest?", P + "asc over 3"),
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "行政许可 淮安2024年、沭阳2025年、洪泽2023年 哪个最少", P + "asc over 3"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "direct lawsuits over disclosure — Huaian 2024, Shuyang 2025, Shanghai GO 2019, Jianxi 2020: which had most?", P + "desc over 4"),
        R("zh", ["ha", "sy"], "r.not_processed.duplicate.total", "asc", "重复申请不予处理 淮安市2024和沭阳县2025 哪家少", P + "asc over 2"),
    ]


def followups():
    P = "[followup] "
    return [
        F("zh", [("淮安市2024年 政府说“这个我们没有”的申请有几件", E("ha", "r.unable.not_held.total")),
                 ("那沭阳县2025年呢", E("sy", "r.unable.not_held.total"))], P + "switch body, everyday row name"),
        F("en", [("Huai'an 2024: how many requests were brushed off because the person was really filing a complaint/petition?", E("ha", "r.not_processed.petition.total")),
                 ("and Shuyang for 2025?", E("sy", "r.not_processed.petition.total"))], P + "switch body, petition row paraphrased"),
        F("zh", [("沭阳2025年 复议后被纠正的 几件", E("sy", "a.review.corrected")),
                 ("还没审完的呢", E("sy", "a.review.pending")),
                 ("那复议一共多少", E("sy", "a.review.total"))], P + "switch column of review, 3 turns"),
        F("en", [("Shanghai General Office 2019, how many new requests came in?", E("sh19", "r.received.total", alt=SH19_REC)),
                 ("Same office, 2025?", E("sh25", "r.received.total", alt=SH25_REC))], P + "switch year; both texts state it"),
        F("zh", [("洪泽区2023年行政强制决定多少件", E("hz23", "c.coercion.decisions")),
                 ("2024年呢", E("hz24", "c.coercion.decisions"))], P + "switch year"),
        F("en", [("hongze 2023 admin fees collected? 万元", E("hz23", "c.fees.amount", unit="万元")),
                 ("2024?", E("hz24", "c.fees.amount", unit="万元"))], P + "switch year, money"),
        F("zh", [("淮安市2024年 个人申请人新收了多少", E("ha", "r.received.natural_person")),
                 ("企业呢", E("ha", "r.received.commercial")),
                 ("律师事务所那种呢", E("ha", "r.received.legal_services"))], P + "switch applicant column, 3 turns"),
        F("en", [("For Huai'an 2024, how many suits went to court after a reconsideration first?", E("ha", "a.litigation_after_review.total")),
                 ("and how many of those did the gov lose / get corrected?", E("ha", "a.litigation_after_review.corrected"))], P + "switch outcome column"),
        F("zh", [("沭阳县2025年 以过程性信息为由不公开的多少", E("sy", "r.withheld.process_info.total")),
                 ("属于执法案卷的呢", E("sy", "r.withheld.enforcement_files.total"))], P + "switch withheld sub-item"),
        F("en", [("Shuyang County 2025 — how many requests were still being worked on at year end and rolled over?", E("sy", "r.carried_forward.total", alt=SY_NEXT)),
                 ("what about Huai'an in 2024?", E("ha", "r.carried_forward.total", alt=HA_NEXT))], P + "switch body"),
        F("zh", [("上海市科委2024年新收申请多少件", E("kw", "r.received.total", alt=KW_REC)),
                 ("上年结转过来的几件", E("kw", "r.carried_over.total", alt=KW_PREV))], P + "switch row, text cells"),
        F("en", [("Shanghai General Office 2025: requests turned down as 'we don't hold this info'?", E("sh25", "r.unable.not_held.total")),
                 ("and the ones needing a new document made?", E("sh25", "r.unable.needs_creation.total"))], P + "switch unable sub-item, text cells"),
        F("zh", [("涧西区2020年行政复议几件", E("jx", "a.review.total")),
                 ("复议完了又去法院告的呢", E("jx", "a.litigation_after_review.total"))], P + "switch appeals group"),
        F("en", [("Jianxi 2020 — how many disclosure requests were closed out during the year?", E("jx", "r.total_processed.total", alt=JX_DONE)),
                 ("how many were left pending into 2021?", E("jx", "r.carried_forward.total", alt=JX_PEND))], P + "switch row; text states both"),
        F("zh", [("淮安2024年规范性文件新发了几件", E("ha", "c.normative_docs.issued")),
                 ("现在还有效的一共多少", E("ha", "c.normative_docs.in_force")),
                 ("废止的呢", E("ha", "c.normative_docs.repealed"))], P + "switch column of normative docs, 3 turns"),
        F("en", [("STCSM 2024 licensing decisions?", E("kw", "c.licensing.decisions")),
                 ("and Hongze District same year 2024?", E("hz24", "c.licensing.decisions"))], P + "switch body, text cells"),
        F("zh", [("上海市政府办公厅2025年 复议后又起诉的 几件", E("sh25", "a.litigation_after_review.total")),
                 ("直接起诉的呢", E("sh25", "a.litigation_direct.total"))], P + "switch appeals group, text cells"),
        F("en", [("In 2019 how many applications did Shanghai General Office roll over to the next year?", E("sh19", "r.carried_forward.total", alt=SH19_NEXT)),
                 ("and how many had it carried in from the year before?", E("sh19", "r.carried_over.total", alt=SH19_PREV))], P + "switch row; text states both"),
        F("zh", [("沭阳县2025年 信息处理费到期没交的有几件", E("sy", "r.other.overdue_fee.total")),
                 ("补正过期没补的呢", E("sy", "r.other.overdue_correction.total"))], P + "switch other sub-item"),
        F("en", [("Huai'an 2024 reconsideration cases where the original decision stood?", E("ha", "a.review.upheld", alt=HA_RV)),
                 ("and those with some other result?", E("ha", "a.review.other", alt=HA_RV_OTHER))], P + "switch outcome column; text states both"),
        F("zh", [("洪泽区2024年 新收申请表里写的是多少（表格里的本年新收）", E("hz24", "r.received.total")),
                 ("予以公开的呢", E("hz24", "r.granted.total"))], P + "text cells; received asked as the table row explicitly"),
        F("en", [("Shuyang 2025 — how many requests were released in full?", E("sy", "r.granted.total")),
                 ("and partially?", E("sy", "r.partially_granted.total")),
                 ("and how many overall were handled (办理总计)?", E("sy", "r.total_processed.total", alt=SY_DONE))], P + "switch row, 3 turns"),
        F("zh", [("上海市府办2019年 企业申请的 被认定为过程性信息没给的 几件", E("sh19", "r.withheld.process_info.commercial")),
                 ("个人的呢", E("sh19", "r.withheld.process_info.natural_person"))], P + "switch column"),
        F("en", [("hongze 2023: how many requests were only partly disclosed", E("hz23", "r.partially_granted.total")),
                 ("and how many refused as process-stage info?", E("hz23", "r.withheld.process_info.total"))], P + "switch row"),
        F("zh", [("淮安2024年 法律规定不让公开的 几件", E("ha", "r.withheld.prohibited_by_law.total")),
                 ("其中企业申请的占几件", E("ha", "r.withheld.prohibited_by_law.commercial"))], P + "switch column in withheld sub-item"),
        F("en", [("Shuyang County, year 2025: direct lawsuits on disclosure, total?", E("sy", "a.litigation_direct.total")),
                 ("how many upheld?", E("sy", "a.litigation_direct.upheld"))], P + "switch outcome column"),
        F("zh", [("沭阳2025年行政处罚多少", E("sy", "c.punishment.decisions")),
                 ("淮安市2024年呢", E("ha", "c.punishment.decisions"))], P + "switch body"),
        F("en", [("Shanghai GO 2019 — normative documents published that year?", E("sh19", "c.normative_docs.published", alt=SH19_NORM)),
                 ("and the cumulative number publicly available?", E("sh19", "c.normative_docs.total_published"))], P + "switch column (2019 template)"),
        F("zh", [("涧西区2020年采购金额多少万", E("jx", "c.procurement.amount", unit="万元")),
                 ("上海市府办2019年的呢", E("sh19", "c.procurement.amount", unit="万元"))], P + "switch body, money"),
        F("en", [("How many requests did Huai'an finish handling in 2024 (total processed)?", E("ha", "r.total_processed.total", alt=HA_DONE)),
                 ("and how many of the finished ones came from private persons?", E("ha", "r.total_processed.natural_person"))], P + "switch column; text states the total"),
        F("zh", [("上海市府办2025年 从上一年转进来的申请多少", E("sh25", "r.carried_over.total", alt=SH25_PREV)),
                 ("转到下一年的呢", E("sh25", "r.carried_forward.total"))], P + "switch row, text cells"),
        F("en", [("Huai'an 2024: duplicate requests not processed?", E("ha", "r.not_processed.duplicate.total")),
                 ("2025 Shuyang?", E("sy", "r.not_processed.duplicate.total"))], P + "switch body and year"),
        F("zh", [("洪泽区2023年 行政复议 维持的几件", E("hz23", "a.review.upheld")),
                 ("复议后起诉 维持的呢", E("hz23", "a.litigation_after_review.upheld"))], P + "switch appeals group"),
        F("en", [("shanghai science commission 2024 normative docs still in force?", E("kw", "c.normative_docs.in_force")),
                 ("and newly issued ones?", E("kw", "c.normative_docs.issued"))], P + "switch column, text cells"),
        F("zh", [("淮安市2024年 企业申请里 被说“没有这个信息”的有几件", E("ha", "r.unable.not_held.commercial")),
                 ("法律服务机构的呢", E("ha", "r.unable.not_held.legal_services")),
                 ("其他组织", E("ha", "r.unable.not_held.other_org"))], P + "switch applicant column, 3 turns"),
        F("en", [("Shuyang 2025: how many requests were counted as refused for being internal affairs?", E("sy", "r.withheld.internal_affairs.total")),
                 ("and in Huai'an 2024?", E("ha", "r.withheld.internal_affairs.total"))], P + "switch body"),
        F("zh", [("上海市政府办公厅2019年 自然人申请不予处理里 重复申请的几件", E("sh19", "r.not_processed.duplicate.natural_person")),
                 ("信访举报投诉类的 企业的有几件", E("sh19", "r.not_processed.petition.commercial"))], P + "switch row and column"),
        F("en", [("Hongze District 2024, normative documents newly issued?", E("hz24", "c.normative_docs.issued")),
                 ("And 2023?", E("hz23", "c.normative_docs.issued"))], P + "switch year"),
        F("en", [("Huai'an 2024: total reconsideration cases about disclosure?", E("ha", "a.review.total", alt=HA_RV_TOT)),
                 ("Shuyang, 2025?", E("sy", "a.review.total")),
                 ("and of Shuyang's, how many still undecided?", E("sy", "a.review.pending"))], P + "switch body then column, 3 turns"),
        F("en", [("Shanghai General Office 2019 — requests from individuals that were fully granted?", E("sh19", "r.granted.natural_person")),
                 ("from companies?", E("sh19", "r.granted.commercial")),
                 ("and from legal service firms?", E("sh19", "r.granted.legal_services"))], P + "switch applicant column, 3 turns"),
    ]


def textonly():
    P = "[textonly] "
    return [
        N("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年搞了多少个试点领域的基层政务公开专栏", P + "pilot areas"),
        N("en", "jx", "26个试点领域", 26, "个", "Jianxi 2020 — in how many trial sectors did they roll out standardised grassroots openness sections?", P + "pilot areas, paraphrase"),
        N("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会", P + "press conferences"),
        N("en", "ha", "新闻发布会 12 场", 12, "场", "How many times did Huai'an's city government face the press in formal briefings during 2024?", P + "press conferences, paraphrase"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安全市2024年报告里说还在运营的政务新媒体号有多少个", P + "new-media accounts"),
        N("en", "ha", "全年组织 4 次", 4, "次", "In 2024, how many sweeping audits of the disclosure columns did Huai'an carry out across all districts and departments?", P + "checks, paraphrase"),
        N("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安市2024年收了多少信息处理费（元）", P + "processing fees in yuan"),
        N("en", "ha", "信息处理费 3940 元", 3940, "元", "Huaian 2024: what did applicants pay in total for having their info requests processed? (yuan)", P + "processing fees, paraphrase"),
        N("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动发了多少条政府信息", P + "portal items"),
        N("en", "hz23", "主动公开政府信息 1136 条", 1136, "条", "Hongze 2023: count of items the district pushed out proactively on its government website?", P + "portal items, paraphrase"),
        N("zh", "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "洪泽2024年政府网站主动发布信息多少条", P + "portal items"),
        N("en", "hz24", "主动发布各类政府信息 2428 条", 7, "期", "Hongze District 2024 — how many executive meetings of the district government were made public?", P + "executive meetings, paraphrase"),
        N("zh", "sy", "主动公开政府信息4511条", 4511, "条", "沭阳县2025年县政府门户网站主动公开了几条信息", P + "portal items"),
        N("en", "sy", "开展意见征集9期", 9, "期", "Shuyang County in 2025 — how many rounds of asking the public for comments were run through the county portal?", P + "consultations, paraphrase"),
        N("zh", "sy", "发布信息3044条", 3044, "条", "沭阳2025年 县直部门在信息公开页面上发了多少条", P + "department items"),
        N("en", "sy", "专栏33个", 33, "个", "Shuyang 2025: how many themed sections did they open on their social-media accounts?", P + "columns on new media, paraphrase"),
        N("zh", "sy", "策采相关新闻稿件2606篇", 2606, "篇", "沭阳县2025年政务新媒体策划采写的新闻稿有多少篇", P + "news pieces"),
        N("en", "sy", "推送系列原创短视频1113个", 1113, "个", "How many original short clips did Shuyang's official accounts put out in 2025?", P + "short videos, paraphrase"),
        N("zh", "sy", "年度涌现爆款内容52条", 52, "条", "沭阳2025年政务号火出圈的内容一共几条", P + "viral posts, colloquial"),
        N("en", "sy", "完成全县64家单位", 64, "家", "Shuyang 2025 — how many county units had their annual disclosure reports released together in one batch?", P + "units, paraphrase"),
        N("zh", "sy", "累计清理过期信息697条", 697, "条", "沭阳县2025年清掉了多少条过时的公开信息", P + "cleaned-up items"),
        N("en", "sy", "其中民政局1件，收取380元", 380, "元", "Shuyang County 2025: total info-processing charges collected, in yuan?", P + "fees in yuan"),
        N("zh", "kw", "今年累计批量推送集成式发布政策 121 条", 121, "条", "上海市科委2024年集成式批量推送的政策有几条", P + "policies pushed"),
        N("en", "kw", "日常报送惠企政策 83 条", 83, "条", "STCSM 2024: how many business-support policies did it routinely submit for publication?", P + "business policies, paraphrase"),
        N("zh", "kw", "网站全年累计发布信息 2139 条", 2139, "条", "市科委2024年“上海科技”网站一年发了多少条信息", P + "website items"),
        N("en", "kw", "微信公众号共编发文章 1640 篇", 294, "篇", "Shanghai science commission, 2024: of the articles on its WeChat account, how many were its own original writing?", P + "original articles, paraphrase"),
        N("zh", "kw", "微信公众号共编发文章 1640 篇", 118, "场", "上海科委2024年 视频号做了几场直播", P + "live streams"),
        N("en", "kw", "微信公众号共编发文章 1640 篇", 584, "条", "How many short videos did the Shanghai Science & Technology Commission's video channel produce and post in 2024?", P + "short videos"),
        N("zh", "sh25", "召开市政府新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场新闻发布会（市府办年报）", P + "press conferences"),
        N("en", "sh25", "召开市政府新闻发布会 42 场", 19, "场", "Shanghai General Office 2025 report: how many informal press briefings (not full press conferences) were held?", P + "briefings, paraphrase"),
        N("zh", "sh25", "含申请人主动撤回 157 件", 157, "件", "上海市府办2025年 申请人自己撤回申请的有多少件", P + "withdrawn requests"),
        N("en", "sh25", "公文公开属性审查 166 件", 166, "件", "In 2025, how many official documents did Shanghai General Office vet for whether they should be public?", P + "disclosure-attribute reviews, paraphrase"),
        N("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "上海2025年有几个区的政府公报上线了数字版", P + "digital gazettes"),
        N("en", "sh25", "发布各类办事服务指引 403 项", 403, "项", "Shanghai General Office 2025: how many how-to service guides were put out?", P + "service guides, paraphrase"),
        N("zh", "sh19", "全年共编发公报24期", 24, "期", "上海市人民政府公报2019年一共出了几期", P + "gazette issues"),
        N("en", "sh19", "权威发布共计38次", 38, "次", "Shanghai General Office 2019 — how many authoritative releases on key items from the municipal executive meetings?", P + "authoritative releases"),
        N("zh", "sh19", "发布政策解读共132件", 132, "件", "2019年“中国上海”门户网站发了多少件政策解读", P + "policy interpretations"),
        N("en", "sh19", "正常运行状态的70家政府网站", 70, "家", "In 2019, how many working government websites did Shanghai check every quarter?", P + "websites checked, paraphrase"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("zh", "淮安市2024年的信息公开申请里 男的女的各多少", "no breakdown by sex", P + "sex breakdown"),
        U("en", "What share of Shuyang's 2025 applicants were over 60 years old?", "no age breakdown", P + "age"),
        U("zh", "沭阳县2025年3月份收了几件申请", "no monthly breakdown", P + "month"),
        U("en", "Huai'an 2024: how many requests arrived in Q3 alone?", "no quarterly breakdown", P + "quarter"),
        U("zh", "淮安2024年网上提交和信函寄过去的申请各有多少", "no channel breakdown", P + "channel"),
        U("en", "which township in Shuyang County sent the most info requests in 2025", "no township breakdown", P + "township"),
        U("zh", "洪泽区2023年的申请 主要是问拆迁的还是问低保的 各几件", "no topic breakdown", P + "topic"),
        U("en", "For Huai'an city in 2024, how many of the lawsuits were about land expropriation specifically?", "no topic breakdown of lawsuits", P + "topic of lawsuits"),
        U("zh", "上海市府办2025年 外省市的人申请了多少", "no residence breakdown", P + "residence"),
        U("en", "Shanghai General Office 2025 — how many requests were handled by each municipal bureau?", "no department breakdown", P + "department"),
        U("zh", "淮安市政府2024年 平均多少天答复一个申请", "response time not stated", P + "response time"),
        U("en", "How many staff work full-time on information disclosure at the Huai'an city government in 2024?", "staff number not stated", P + "staff"),
        U("zh", "沭阳县2025年搞政务公开一共花了多少经费", "cost not stated", P + "cost"),
        U("en", "how many disclosure requests will Shuyang get in 2026? give me a forecast", "forecast", P + "forecast"),
        U("zh", "你估计一下上海市府办2027年会收到多少申请", "forecast", P + "forecast"),
        U("en", "Was Huai'an's 2024 handling of disclosure requests good or bad in your opinion?", "opinion", P + "opinion"),
        U("zh", "你觉得洪泽区2024年的政务公开做得好不好", "opinion", P + "opinion"),
        U("zh", "我爸2025年3月给沭阳县政府申请了房屋征收的材料 他那件现在办到哪一步了", "one person's own case", P + "own case, story"),
        U("en", "I filed a request with Huai'an in May 2024, reference number HA-0517. Was mine one of the ones refused?", "one person's own case", P + "own case"),
        U("zh", "上海市政府办公厅2025年那些申请人的名字和电话能发我一份吗", "personal data", P + "personal data"),
        U("en", "Can you list the names of people who sued the Huai'an government over disclosure in 2024?", "personal data", P + "personal data"),
        U("zh", "洪泽区2022年受理了多少件信息公开申请", "year not in corpus", P + "year not held"),
        U("en", "Shuyang County 2024 — how many new requests?", "year not in corpus", P + "year not held"),
        U("zh", "上海市科委2023年行政许可多少件", "year not in corpus", P + "year not held"),
        U("en", "Jianxi District 2021: how many info requests received?", "year not in corpus", P + "year not held"),
        U("zh", "上海市政府办公厅2022年行政复议多少起", "year not in corpus", P + "year not held"),
        U("en", "How many disclosure requests did Nanjing city receive in 2024?", "body not in corpus", P + "body not held"),
        U("zh", "宿迁市政府2025年不予公开的有几件", "body not in corpus", P + "body not held"),
        U("en", "Pudong New Area 2025 — admin reconsiderations on disclosure?", "body not in corpus", P + "body not held"),
        U("zh", "清江浦区2024年政府信息公开申请 新收多少", "body not in corpus", P + "body not held"),
        U("en", "Why did so many Huai'an applicants in 2024 get 'information not held' replies? what were the reasons in each case", "reasons per case not stated", P + "reasons not stated"),
        U("zh", "沭阳县2025年被纠正的那10件复议 分别是哪些部门的", "department of corrected cases not stated", P + "department of corrected reviews"),
        U("en", "Shanghai science commission 2024: how many of the requests came from foreign nationals?", "no nationality breakdown", P + "nationality"),
        U("zh", "洪泽2024年的申请 工作日和周末各收了多少", "no weekday breakdown", P + "weekday"),
        U("en", "In 2019 how many of the Shanghai General Office's requests were about housing?", "no topic breakdown", P + "topic"),
        U("zh", "涧西区2020年依申请公开的那几个申请人 住在哪个街道", "personal data / residence", P + "residence"),
        U("en", "What industries were the companies that applied to Shuyang in 2025 from?", "no industry breakdown", P + "industry"),
        U("zh", "淮安市2024年行政复议 输掉的那几件赔了多少钱", "compensation not stated", P + "compensation"),
    ]


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年 从2023年拖过来接着办的申请几件（不是转到下一年的）", P + "carried over vs carried forward", alt=HA_PREV),
        T("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits where people went straight to court without reconsideration first — how many? (not the ones after reconsideration)", P + "direct vs after review"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年规范性文件 作废了的多少 不是新发的也不是还有效的", P + "repealed vs issued/in force"),
        T("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: not the 'we don't have it' replies, but the ones where they'd have to create the info from scratch — how many?", P + "needs creation vs not held"),
        T("zh", "ha", "r.withheld.process_info.total", "淮安市2024年 因为是讨论稿、过程中的材料不给的 几件（别给我内部事务那一行）", P + "process info vs internal affairs"),
        T("en", "sh19", "c.regulations.published", "Shanghai General Office 2019 — regulations disclosed during that year only, not the cumulative count of all published regulations?", P + "published vs total_published; text states it too", alt=SH19_REG),
        T("zh", "sy", "a.review.other", "沭阳县2025年复议结果是“其他”的几件 不要纠正的", P + "other vs corrected"),
        T("en", "jx", "c.procurement.projects", "Jianxi District 2020: the number of procurement projects — the count, not the money", P + "projects vs amount"),
        T("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年 规范性文件对外公开总数是多少 不是当年新制作的", P + "total published vs made"),
        T("en", "sy", "r.partially_granted.total", "Shuyang 2025: requests that got only part of what they asked for — not the fully released ones", P + "partially vs granted"),
        T("zh", "ha", "r.granted.legal_services", "淮安2024年 律师所这类法律服务机构申请的 予以公开几件 不是商业企业的", P + "legal services vs commercial"),
        T("en", "ha", "a.litigation_after_review.upheld", "Huai'an 2024 — suits filed after a reconsideration, result upheld (NOT the directly-filed suits)", P + "after review vs direct"),
        T("zh", "sy", "r.carried_forward.total", "沭阳县2025年 结转到下一年度的申请几件（不是上年结转过来的）", P + "carried forward vs carried over; text states it too", alt=SY_NEXT),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + textonly() + cannot() + neighbour()
