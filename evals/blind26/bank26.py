"""Question bank of the blind26 evaluation set (evals/blind26).

WARNING: holds the text of every test question; as frozen as test.jsonl. Do not read while
tuning the engine.

Every wording here was newly written for this set. No number is typed for a table cell: the
builders of helpers26 compute each value from corpus/gold/*.json, or, for the three reports
without gold, from the printed rows named in SPECS (the same cells blind6 verified). Narrative
numbers are checked against a sentence cut from the report text.
Body codes: jx 涧西区 2020, ha 淮安市 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib26 as L  # noqa: E402
from helpers26 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

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

# sentences where the narrative states the same number as a table cell -> ambiguous + acceptable_sentence
HA_REQ = "全市共受理政府信息公开申请"       # 3119 / 3050 / 34 / 103
HA_APP = "结果纠正 64"                    # 351 72 64 178 37 (review)
HA_REG = "新增公开市政府规章"              # regulations issued 1
HZ_REQ = "受理政府信息公开申请 21"          # 21
SH19_REQ = "受理政府信息公开申请859件"       # 859 / 805 / 18 / 72
SH19_APP = "行政复议7件"                   # review 7 / direct lawsuits 9
SH19_ACT = "人事任免文件141件"              # regulations 13 / normative docs 60 published
JX_REQ = "全年共收到依申请公开17件"          # 17 / 15 / 2
KW_REQ = "全年收到政府信息公开申请 34"       # 34 / 2
KW_OUT = "同意公开答复 9"                  # granted 9
SH25_REQ = "办结 1191"                     # 1295 / 1191 / 189
SY_REQ = "共受理政府信息公开申请 749"        # 718 processed / 31 carried forward / 8 legal persons


def PL(lang, b, keys, q, **kw):
    return V(lang, b, keys, q, "[plain] table value", **kw)


def A(word, n):
    return {"alt": (word, n)}


def VALUES():
    out = []
    add = out.append
    # ---------------- 淮安市 2024
    add(PL("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件政府信息公开申请", **A(HA_REQ, 3119)))
    add(PL("zh", "ha", "r.withheld.third_party.total", "淮安24年 有多少申请是因为怕伤到别人的合法权益才没给公开的", ))
    add(PL("zh", "ha", "r.withheld.security_stability.total", "我看淮安2024年报里有种情况是公开了会影响国家安全、社会稳定所以不给的 这种有几件"))
    add(PL("zh", "ha", "r.not_processed.reconfirm.total", "淮安市2024年 有人把已经拿到手的信息又让政府重新确认一遍、再出一份的，这种被不予处理的有几件？"))
    add(PL("zh", "ha", "r.other.overdue_fee.total", "淮安二〇二四年因为申请人收到缴费通知一直不交钱、政府就不再处理的申请有多少"))
    add(PL("zh", "ha", "r.withheld.admin_query.total", "淮安2024 申请人要的其实是查询类事项（比如查个档案那种）被拒了的 多少件啊"))
    add(PL("zh", "ha", "r.unable.unclear.total", "淮安市2024年 让申请人补正以后还是说不清楚到底要啥、最后没法提供的，有几件"))
    add(PL("zh", "ha", "r.received.legal_services", "帮律所同事问一下：2024年淮安市政府收到的公开申请里，律师事务所这类法律服务机构交的新申请有多少件？"))
    add(PL("zh", "ha", "a.litigation_direct.corrected", "淮安24年没先走复议、直接去法院告政府的信息公开官司里，法院判政府要改正的有几件"))
    add(PL("zh", "ha", "a.review.other", "淮安市政府2024年信息公开复议案子里 既不是维持也不是纠正、算“其他结果”的有多少", **A(HA_APP, 178)))
    add(PL("zh", "ha", "c.normative_docs.in_force", "淮安市2024年底还有效的行政规范性文件一共多少件"))
    add(PL("zh", "ha", "r.unable.not_held.total", "我就想知道淮安2024年政府回“我们这没有这个信息”的一共多少件"))
    add(PL("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: how many requests got refused because some other law or regulation forbids releasing the info?"))
    add(PL("en", "ha", "r.other.overdue_correction.total", "In 2024 how many Huaian applications were dropped because the applicant never sent the extra details they were asked for in time?"))
    add(PL("en", "ha", "r.withheld.enforcement_files.total", "huaian 2024 — requests denied since the stuff asked for was an administrative enforcement case file (行政执法案卷), count?"))
    add(PL("en", "ha", "r.not_processed.duplicate.total", "For Huai'an city government in 2024, how many requests were just the same request sent again and so were not handled?"))
    add(PL("en", "ha", "a.review.corrected", "Huai'an 2024 admin reconsiderations on disclosure: in how many did the reviewing body rule against the government and fix its decision?", **A(HA_APP, 64)))
    add(PL("en", "ha", "a.litigation_after_review.pending", "huai'an FY2024, lawsuits filed after a reconsideration that the courts had not finished by year end — how many"))
    add(PL("en", "ha", "r.partially_granted.natural_person", "How many requests from private individuals did Huai'an answer in 2024 by giving out only part of the information?"))
    add(PL("en", "ha", "c.punishment.decisions", "number of administrative penalty decisions Huai'an reported for 2024 (行政处罚)?"))
    add(PL("en", "ha", "r.carried_forward.total", "Huaian 2024: how many requests were still being worked on and rolled into the next year?", **A(HA_REQ, 103)))
    add(PL("en", "ha", "r.received.other_org", "i am student. in Huai'an 2024 report, the applicant column 'other' organisations (其他) — how many new requests they send?"))
    # ---------------- 沭阳县 2025
    add(PL("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年 因为是机关内部管理的事（人事、后勤那些）没给公开的申请有几件"))
    add(PL("zh", "sy", "r.other.overdue_fee.total", "沭阳25年有没有人因为没按时交信息处理费，申请就被放弃处理的？几件"))
    add(PL("zh", "sy", "r.withheld.process_info.total", "沭阳县政府2025年 申请的东西还在研究讨论阶段、属于过程性信息被拒的 多少"))
    add(PL("zh", "sy", "a.review.pending", "我是12345坐席，来电人问沭阳县2025年信息公开被申请复议的案子到年底还没审完的有多少件，麻烦查下"))
    add(PL("zh", "sy", "a.litigation_after_review.other", "沭阳2025年先复议、后来又去法院起诉的那些案子，判决结果既非维持也非纠正的有几件"))
    add(PL("zh", "sy", "r.not_processed.petition.total", "沭阳县2025 交上来的其实是信访举报投诉、所以不按信息公开处理的有多少件"))
    add(PL("zh", "sy", "r.received.natural_person", "沭阳县2025年本年新收的申请里 老百姓个人交的有几件（不算上年结转的）"))
    add(PL("zh", "sy", "r.received.legal_person", "沭阳2025年企业、律所这些单位（法人或其他组织）一共递了几件申请", **A(SY_REQ, 8)))
    add(PL("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费收了多少钱（万元）", unit="万元"))
    add(PL("zh", "sy", "r.withheld.security_stability.total", "沭阳县政府 2025 怕危及三安全一稳定不公开的申请数"))
    add(PL("en", "sy", "r.partially_granted.legal_services", "Shuyang County 2025, law firms: how many of their requests were only partly disclosed?"))
    add(PL("en", "sy", "a.review.corrected", "In Shuyang (沭阳) 2025, how many reconsideration cases ended with the county's disclosure decision being overturned or corrected?"))
    add(PL("en", "sy", "r.unable.needs_creation.total", "Shuyang county gov 2025 — requests where the info didn't exist in ready form and would have had to be compiled from scratch, so none given. How many?"))
    add(PL("en", "sy", "r.other.other.total", "how many Shuyang 2025 requests ended in the catch-all 'other' bucket under other handling (其他处理 — 其他)?"))
    add(PL("en", "sy", "r.carried_over.total", "Shuyang County, 2025: requests left over from the prior year that were carried in — how many?"))
    add(PL("en", "sy", "c.licensing.decisions", "Shuyang 2025, administrative licensing decisions made — total?"))
    add(PL("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025: requests turned down because they were really about looking something up through an administrative query channel — count"))
    add(PL("en", "sy", "a.litigation_direct.upheld", "shuyang county 2025 lawsuits brought straight to court w/o reconsideration: how many did the government win (decision upheld)?"))
    add(PL("en", "sy", "r.granted.total", "In 2025 how many requests did Shuyang County fully grant?"))
    # ---------------- 洪泽区 2023 / 2024
    add(PL("zh", "hz23", "r.withheld.state_secret.total", "洪泽区2023年有因为涉及国家秘密不给公开的吗 几件"))
    add(PL("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023 申请的东西政府手头没有现成的、要重新加工整理才有，所以没提供的 有几件"))
    add(PL("zh", "hz23", "a.review.upheld", "洪泽区政府2023年信息公开方面被人申请复议，复议机关维持原决定的有几件"))
    add(PL("zh", "hz23", "c.coercion.decisions", "洪泽区2023年行政强制的处理决定有多少"))
    add(PL("en", "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023: requests refused because what was asked for sat in an enforcement case file?"))
    add(PL("en", "hz23", "r.received.total", "How many disclosure applications did Hongze District government get in 2023?", **A(HZ_REQ, 21)))
    add(PL("en", "hz23", "a.litigation_after_review.upheld", "hongze 2023 — court cases filed after an admin reconsideration where the court sided with the government, number?"))
    add(PL("en", "hz23", "c.fees.amount", "Hongze District, 2023: administrative fees collected, in 10k yuan?", unit="万元"))
    add(PL("zh", "hz24", "r.unable.not_held.total", "洪泽区24年 区里回复说本机关不掌握这个信息的申请有多少件（看表格）"))
    add(PL("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定数是多少"))
    add(PL("en", "hz24", "a.litigation_after_review.total", "Hongze 2024: total number of lawsuits that came after an administrative reconsideration (复议后起诉)?"))
    add(PL("en", "hz24", "c.normative_docs.in_force", "how many normative documents were still valid in Hongze District at the end of 2024?"))
    # ---------------- 涧西区 2020
    add(PL("zh", "jx", "r.granted.total", "涧西区政府办2020年依申请直接予以公开的有多少件"))
    add(PL("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万", unit="万元"))
    add(PL("zh", "jx", "a.litigation_direct.upheld", "涧西区政府办2020 没经过复议就直接打官司、法院维持的有几件"))
    add(PL("en", "jx", "r.unable.not_held.total", "Jianxi District 2020 — how many requests did the office say it simply didn't have the info for?"))
    add(PL("en", "jx", "c.procurement.projects", "How many centralized procurement projects did Jianxi District list for 2020?"))
    add(PL("en", "jx", "r.carried_forward.total", "jianxi 2020, applications still unfinished at year end and moved to the following year?", **A(JX_REQ, 2)))
    # ---------------- 上海市府办 2019
    add(PL("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 个人申请补正以后内容仍然不明确的，有多少件"))
    add(PL("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年老百姓个人交的申请里其实是信访举报投诉的有多少"))
    add(PL("zh", "sh19", "r.withheld.state_secret.natural_person", "2019年上海市府办对自然人的申请因属于国家秘密不予公开的有几件"))
    add(PL("zh", "sh19", "a.litigation_direct.pending", "上海市政府办公厅2019年直接起诉的行政诉讼里还没审结的有几件"))
    add(PL("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量是多少"))
    add(PL("zh", "sh19", "r.received.total", "19年上海市政府办公厅收到的政府信息公开申请一共几件", **A(SH19_REQ, 859)))
    add(PL("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019: individuals whose request would have required making new info, so not provided — how many?"))
    add(PL("en", "sh19", "r.withheld.admin_query.commercial", "In 2019 how many requests from companies did the Shanghai municipal general office turn down as administrative inquiry matters?"))
    add(PL("en", "sh19", "r.not_processed.duplicate.commercial", "shanghai general office 2019 business applicants, repeat requests not processed, number pls"))
    add(PL("en", "sh19", "c.procurement.amount", "What was the total centralized procurement amount of the Shanghai General Office in 2019 (万元)?", unit="万元"))
    add(PL("en", "sh19", "r.total_processed.total", "How many requests in total did Shanghai's General Office finish handling in 2019?", **A(SH19_REQ, 805)))
    add(PL("en", "sh19", "r.received.commercial", "Shanghai General Office, 2019 — new requests filed by businesses (商业企业)?"))
    # ---------------- 上海市科委 2024 (text cells)
    add(PL("zh", "kw", "r.received.commercial", "上海科委2024年企业交的信息公开申请有几件"))
    add(PL("zh", "kw", "c.normative_docs.issued", "市科委2024年本年制发的规范性文件多少件", **A("规划计划文件", 13)))
    add(PL("en", "kw", "c.licensing.decisions", "STCSM 2024: how many administrative licensing decisions?"))
    add(PL("en", "kw", "r.total_processed.total", "Shanghai science commission, 2024 — total requests processed per the table's 总计 row?"))
    # ---------------- 上海市府办 2025 (text cells)
    add(PL("zh", "sh25", "r.not_processed.duplicate.total", "上海市府办2025年 同一件事重复来申请、被不予处理的有多少"))
    add(PL("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 因为要另外制作才能提供、最后没给的申请几件"))
    add(PL("zh", "sh25", "r.carried_over.legal_services", "上海市府办2025年上年结转过来的申请里，律师事务所那一栏是几件"))
    add(PL("zh", "sh25", "a.review.pending", "2025年上海市府办信息公开复议案件尚未审结的有几件"))
    add(PL("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025, requests that were really complaints or petitions and so weren't processed as disclosure requests?"))
    add(PL("en", "sh25", "r.received.natural_person", "How many new requests did individuals send to the Shanghai General Office in 2025?"))
    add(PL("en", "sh25", "a.litigation_direct.total", "2025 Shanghai General Office: total direct lawsuits (no reconsideration first)?"))
    add(PL("en", "sh25", "r.carried_forward.total", "shanghai general office FY2025 requests pushed into next year still open — how many?"))
    # ---------------- more colloquial / story voices
    add(PL("zh", "ha", "r.withheld.internal_affairs.total", "我是记者，在写淮安2024年的稿子：以“属于内部事务信息”为由拒绝公开的有多少件？"))
    add(PL("zh", "sy", "r.unable.not_held.total", "上个月帮我爸在沭阳县政府网站上申请过一个征地的文件，说他们不掌握。想问下2025年全县这种“不掌握”的回复一共多少件"))
    add(PL("zh", "ha", "r.other.other.total", "淮安2024表三那个（六）其他处理下面第3项“其他”是多少"))
    add(PL("en", "sy", "r.not_processed.duplicate.commercial", "Shuyang 2025: any duplicate requests from companies that were not processed? how many"))
    add(PL("en", "ha", "a.litigation_direct.other", "Huai'an 2024 direct lawsuits: how many ended with some 'other' result, neither upheld nor corrected?"))
    add(PL("zh", "sy", "a.litigation_after_review.pending", "沭阳县二〇二五年 复议后又起诉的官司到年底还悬着没判的有几件"))
    add(PL("en", "hz23", "r.not_processed.petition.total", "Hongze 2023: requests set aside because they were actually complaints or reports, how many?"))
    add(PL("zh", "jx", "r.received.total", "涧西区人民政府办公室2020年收了多少依申请公开", **A(JX_REQ, 17)))
    # rare sub-items and applicant columns whose cells are 0 in every gold report
    add(PL("zh", "ha", "r.not_processed.publication.total", "淮安2024年有人申请的其实是书店就能买到的公开出版物、政府就没按申请处理，这种几件"))
    add(PL("en", "sy", "r.not_processed.excessive.total", "Shuyang 2025: requests not handled because someone kept firing off loads of repeat requests for no good reason — how many?"))
    add(PL("en", "ha", "r.received.research", "huai'an 2024 did any universities or research institutes file disclosure requests? how many"))
    add(PL("en", "sy", "r.received.public_interest", "How many new requests came from charities / NGOs (社会公益组织) to Shuyang County in 2025?"))
    return out


WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN = ["r.unable.%s.total" % s for s in L.UNABLE]
NP = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OT = ["r.other.%s.total" % s for s in L.OTHER21]
APP3 = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]


def SM(lang, b, keys, q, **kw):
    return S(lang, b, keys, q, "[combine] sum of the listed cells", **kw)


def DF(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year", **kw)


def COMBINE():
    return [
        SM("zh", "ha", WH, "淮安市2024年所有不予公开的申请（八种理由加一起）一共多少件"),
        SM("zh", "sy", UN, "沭阳县2025年“无法提供”这一大类，三个小项合计是多少"),
        SM("zh", "ha", OT, "淮安24年其他处理三项加起来多少件"),
        SM("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年全部公开和部分公开的申请合起来有多少件"),
        SM("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年 不掌握的 加上 要另行制作的，两项一共几件"),
        SM("zh", "jx", APP3, "涧西区政府办2020年复议、直接起诉、复议后起诉三类案子总共多少件"),
        SM("zh", "hz23", ["r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 部分公开、不掌握、需另行制作 这三行的总计加一起是多少"),
        SM("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "上海市府办2019年自然人申请中无法提供的三种情形一共多少件"),
        SM("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "All disclosure lawsuits against Huai'an in 2024, direct ones plus the ones after reconsideration — how many altogether?", alt=(HA_APP, 46)),
        SM("en", "sy", APP3, "Shuyang 2025: reconsiderations plus both kinds of lawsuits, combined count?", alt=("相关案件 74", 74)),
        SM("en", "ha", NP, "Huai'an 2024: add up every sub-item of requests that were not processed (不予处理). Total?"),
        SM("en", "sy", WH, "Sum of all eight refusal grounds (不予公开) for Shuyang County in 2025?"),
        SM("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025: complaint-type requests plus repeat requests, both not processed — total?"),
        SM("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus those carried over from 2023, how many to handle in total?"),
        SM("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "huai'an 2024 new requests from companies, law firms and other orgs added together?"),
        SM("en", "hz24", APP3, "For Hongze District in 2024, reconsideration cases + direct suits + suits after reconsideration = ?"),
        SM("zh", "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person",
                          "r.withheld.process_info.natural_person", "r.withheld.process_info.commercial",
                          "r.withheld.admin_query.natural_person", "r.withheld.admin_query.commercial"],
           "2019年上海市政府办公厅表格里不予公开各小项（个人和企业两栏）全部加起来是多少", alt=("不予公开35件", 35)),
        DF("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定 2024年比2023年多了还是少了，差多少"),
        DF("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区2023到2024年行政许可处理决定数变化了多少"),
        DF("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请 2024年相比2023年增加了几件"),
        DF("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请 2025年比2019年多多少"),
        DF("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议总数，2025年与2019年相比相差多少件"),
        DF("en", "hz23", "hz24", "c.fees.amount", "How much did Hongze's administrative fee income change from 2023 to 2024 (万元)?", unit="万元"),
        DF("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze District: normative documents in force, 2024 vs 2023 — difference?"),
        DF("en", "sh19", "sh25", "r.received.total", "By how many did new disclosure requests to Shanghai's General Office grow between 2019 and 2025?", alt=(SH25_REQ, 1295)),
        DF("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: change in requests from individuals, 2019 to 2025?"),
        DF("en", "sh19", "sh25", "a.litigation_direct.total", "direct lawsuits against the Shanghai General Office, 2025 minus 2019?"),
    ]


def RK(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over bodies with gold, each in its gold year")


def RANK():
    return [
        RK("zh", ["ha", "sy", "hz23", "jx"], "r.received.total", "asc", "淮安2024、沭阳2025、洪泽2023、涧西2020 这四家里本年新收申请最少的是谁"),
        RK("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "淮安市2024年、沭阳县2025年、洪泽区2023年，哪家行政许可决定最多"),
        RK("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "比一比：淮安2024 沭阳2025 洪泽2023 谁因内部事务信息不予公开的最多"),
        RK("zh", ["ha", "sy", "hz23"], "r.not_processed.petition.total", "asc", "淮安市(2024)、沭阳县(2025)、洪泽区(2023)里，把信访投诉当信息公开申请交上来、被不予处理的，哪家最少"),
        RK("zh", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "沭阳2025、上海市府办2019、涧西2020三者中，结转到下一年的申请哪家最多"),
        RK("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "淮安24年 沭阳25年 洪泽23年 行政强制决定数最少的是"),
        RK("zh", ["ha", "sy", "hz23", "jx"], "r.granted.total", "asc", "四家比较（淮安2024/沭阳2025/洪泽2023/涧西2020），哪家予以公开的件数最少"),
        RK("en", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who faced the most reconsideration cases?"),
        RK("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Which collected the least in administrative fees: Huai'an (2024), Shuyang (2025) or Hongze (2023)?"),
        RK("en", ["ha", "sy", "hz23", "jx"], "r.partially_granted.total", "asc", "Of Huaian 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, which had the fewest partly-disclosed answers?"),
        RK("en", ["sh19", "sy", "jx"], "a.litigation_direct.total", "desc", "rank Shanghai General Office 2019, Shuyang 2025, Jianxi 2020 by lawsuits filed straight in court — who's on top?"),
        RK("en", ["sh19", "sy", "hz23"], "r.received.natural_person", "desc", "Which got the most requests from private persons: Shanghai General Office in 2019, Shuyang in 2025, or Hongze in 2023?"),
        RK("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "Huai'an 2024 vs Shuyang 2025 vs Hongze 2023 — smallest number of normative documents still in effect?"),
    ]


def NT(lang, b, keyword, value, unit, q, frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] number stated only in the report text", frm=frm)


def TEXTONLY():
    return [
        # zh
        NT("zh", "sy", "催办提示 84", 84, "次", "沭阳县2025年那个“倒计时报警器”一共发了多少次催办提醒"),
        NT("zh", "sy", "爆款内容52条", 52, "条", "沭阳25年政务新媒体出了多少条爆款"),
        NT("zh", "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处打不开的死链接"),
        NT("zh", "sy", "过期信息697条", 697, "条", "沭阳2025年清理掉的过期信息有多少条"),
        NT("zh", "sy", "64家单位", 64, "家", "沭阳县2025年有多少家单位的年报是集中统一发布的"),
        NT("zh", "sy", "办前主动沟通 49", 49, "次", "沭阳县2025年办申请之前主动跟申请人沟通了几次"),
        NT("zh", "sy", "意见征集9期", 9, "期", "2025年沭阳县政府门户网站开展了几期意见征集"),
        NT("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        NT("zh", "ha", "政务新媒体共计", 95, "个", "淮安2024年全市还在运营的政务新媒体账号有多少个"),
        NT("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少政府信息公开信息处理费（元）"),
        NT("zh", "hz24", "2428", 2428, "条", "洪泽区2024年在政府网站上主动发布了多少条政府信息"),
        NT("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站主动公开了多少条信息"),
        NT("zh", "kw", "关注人数达 1016823", 1016823, "人", "上海科技微信公众号2024年关注的人有多少"),
        NT("zh", "kw", "直播 118", 118, "场", "上海市科委2024年视频号做了多少场直播"),
        NT("zh", "sh25", "新闻通气会 19", 19, "场", "2025年上海市政府开了几场新闻通气会"),
        NT("zh", "sh25", "10 个语种", 10, "个", "上海国际服务门户到2025年覆盖了几个语种"),
        NT("zh", "sh25", "发布审查 330", 330, "件", "上海市府办2025年公文发布审查做了多少件"),
        NT("zh", "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对市政府常务会议议题权威发布了几次"),
        NT("zh", "sh19", "70家政府网站", 70, "家", "2019年上海市府办每季度检查的正常运行政府网站有多少家"),
        NT("zh", "jx", "26个试点领域", 26, "个", "涧西区政府办2020年报里说的基层政务公开试点领域有几个"),
        # en: paraphrase, not the report's own terms
        NT("en", "sy", "不规范描述22处", 22, "处", "Shuyang 2025 website clean-up: how many badly worded or non-standard phrasings got fixed?"),
        NT("en", "sy", "3044条", 3044, "条", "Shuyang 2025: how many items did county-level departments put up on their own disclosure pages?"),
        NT("en", "sy", "1113个", 1113, "个", "how many self-made short clips did Shuyang's social media push out in 2025"),
        NT("en", "sy", "化解各类争议纠纷 33", 33, "件", "In 2025, how many disputes did Shuyang manage to settle by talking to applicants before replying?"),
        NT("en", "sy", "380元", 380, "元", "What did Shuyang agencies charge in total, in yuan, for processing information requests in 2025?"),
        NT("en", "ha", "栏目全覆盖检查", 4, "次", "How many times in 2024 did Huai'an sweep through every disclosure column on its sites?"),
        NT("en", "ha", "制作《淮安市人民政府公报》", 6, "期", "How many issues of the city government's official gazette did Huai'an put out in 2024?"),
        NT("en", "ha", "政策解读21", 21, "个", "Huai'an 2024 — number of explainers it produced to help people understand new policies?"),
        NT("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the district government were made public?"),
        NT("en", "kw", "集成式发布政策 121", 121, "条", "In 2024, how many policies did STCSM push in batches for integrated release?"),
        NT("en", "kw", "5 个高频事项", 5, "个", "How many of the science commission's most-used services had 'read-and-apply' linking in 2024?"),
        NT("en", "kw", "原创文章 294", 294, "篇", "Shanghai science commission 2024: how many of its WeChat articles were written in-house?"),
        NT("en", "sh25", "新闻发布会 42", 42, "场", "How many press conferences did the Shanghai city government hold in 2025?"),
        NT("en", "sh25", "16 个区", 16, "个", "By 2025, in how many Shanghai districts had the gazette gone fully digital?"),
        NT("en", "sh25", "主动撤回 157", 157, "件", "Shanghai General Office 2025: how many applicants pulled their own requests back?"),
        NT("en", "sh25", "125 项信息公开任务", 125, "项", "How many disclosure tasks in priority sectors like schools, elderly care and health did Shanghai push forward in 2025?"),
        NT("en", "sh19", "53个部门", 53, "个", "In 2019 how many departments were hooked into Shanghai's single intake platform for 'One Netcom'?"),
        NT("en", "sh19", "政策解读共132件", 132, "件", "Shanghai General Office 2019: how many policy explainers went up on the China Shanghai portal?"),
        NT("en", "sh19", "41条短视频", 41, "条", "During the 2019 import expo, how many short videos about it did Shanghai's Douyin account post?"),
    ]


def TR(lang, b, keys, q, naive, **kw):
    return T(lang, b, keys, q, "[neighbour] the neighbouring cell (%s) is the naive answer" % naive, **kw)


def NEIGHBOUR():
    return [
        TR("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费金额是多少万元（不是信息处理费那个）", "信息处理费 3940 元", unit="万元"),
        TR("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先申请了复议、不服又去告的官司总共几件", "直接起诉 3"),
        TR("zh", "ha", "c.normative_docs.repealed", "淮安市2024年作废掉的规范性文件有几件（不是新发的）", "制发 8"),
        TR("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年 信息得重新做一份才能给的那种无法提供，几件？不是不掌握那种", "不掌握 111"),
        TR("zh", "ha", "r.withheld.process_info.total", "淮安市政府2024年因为还是讨论稿、过程中的材料不公开的有几件", "内部事务 8"),
        TR("zh", "sy", "a.review.other", "沭阳县2025年复议案件里“其他结果”是几件", "结果纠正 10"),
        TR("zh", "hz23", "a.litigation_after_review.upheld", "洪泽区2023年经过复议以后再起诉、结果维持的几件", "复议维持 10"),
        TR("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019: how many centralized procurement projects — the count, not the money?", "采购金额 25.1"),
        TR("en", "sh19", "c.regulations.total_published", "What is the total number of Shanghai municipal regulations publicly available as of 2019 (not just newly made)?", "新制作 13"),
        TR("en", "ha", "r.partially_granted.total", "Huai'an 2024: how many requests got a partial release only?", "予以公开 1362"),
        TR("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025 — requests closed because the applicant didn't pay the fee on time (not the ones that failed to supply corrections)?", "逾期不补正 9"),
        TR("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025: direct lawsuits still awaiting judgment at year end?", "直接起诉总计 12"),
        TR("en", "ha", "a.review.pending", "Huai'an 2024 reconsiderations still undecided when the year closed?", "其他结果 178", **A(HA_APP, 37)),
    ]


def FU(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


def FOLLOWUP():
    return [
        # ---- zh
        FU("zh", [("淮安2024年有多少申请是因为属于国家秘密不给公开的", E("ha", "r.withheld.state_secret.total")),
                  ("那保护第三方权益的呢", E("ha", "r.withheld.third_party.total")),
                  ("行政执法案卷那项呢", E("ha", "r.withheld.enforcement_files.total"))], "row switch within 不予公开"),
        FU("zh", [("沭阳县2025年不予处理里面 重复申请的有几件", E("sy", "r.not_processed.duplicate.total")),
                  ("里面公司交的占几件", E("sy", "r.not_processed.duplicate.commercial"))], "column switch"),
        FU("zh", [("洪泽区2023年受理了多少政府信息公开申请", E("hz23", "r.received.total", **A(HZ_REQ, 21))),
                  ("淮安市2024年呢", E("ha", "r.received.total", **A(HA_REQ, 3119)))], "body switch"),
        FU("zh", [("淮安市政府24年复议维持了多少件", E("ha", "a.review.upheld", **A(HA_APP, 72))),
                  ("直接起诉的官司里维持的呢", E("ha", "a.litigation_direct.upheld")),
                  ("复议后再起诉的呢", E("ha", "a.litigation_after_review.upheld"))], "appeals group switch"),
        FU("zh", [("沭阳2025年复议被纠正的几件", E("sy", "a.review.corrected")),
                  ("换成淮安2024年", E("ha", "a.review.corrected", **A(HA_APP, 64)))], "body and year switch"),
        FU("zh", [("洪泽区2023年行政处罚决定多少", E("hz23", "c.punishment.decisions")),
                  ("24年呢", E("hz24", "c.punishment.decisions"))], "year switch (2024 text cell)"),
        FU("zh", [("上海市府办2019年本年新收申请数", E("sh19", "r.received.total", **A(SH19_REQ, 859))),
                  ("2025年的呢", E("sh25", "r.received.total", **A(SH25_REQ, 1295)))], "year switch"),
        FU("zh", [("我帮单位查下，沭阳县2025年因为申请人逾期不补正、就不再处理的有多少件", E("sy", "r.other.overdue_correction.total")),
                  ("那淮安2024年同一项呢", E("ha", "r.other.overdue_correction.total"))], "body switch, rare sub-item"),
        FU("zh", [("涧西区2020年政府办 规范性文件新制作了几件", E("jx", "c.normative_docs.made")),
                  ("对外公开总数呢", E("jx", "c.normative_docs.total_published"))], "column switch"),
        FU("zh", [("淮安2024年 查询类事项被拒的 个人申请有多少", E("ha", "r.withheld.admin_query.natural_person")),
                  ("沭阳2025年的呢", E("sy", "r.withheld.admin_query.natural_person"))], "body switch"),
        FU("zh", [("上海市府办2025年，政府回复说手上没这个信息的有几件", E("sh25", "r.unable.not_held.total")),
                  ("那得另外加工制作才有的呢", E("sh25", "r.unable.needs_creation.total"))], "row switch colloquial"),
        FU("zh", [("沭阳县2025年 行政强制决定多少件", E("sy", "c.coercion.decisions")),
                  ("行政处罚呢", E("sy", "c.punishment.decisions")),
                  ("行政许可呢", E("sy", "c.licensing.decisions"))], "row switch in table 二"),
        FU("zh", [("淮安2024年 申请被复议机关维持以外 算其他结果的复议有几个", E("ha", "a.review.other", **A(HA_APP, 178))),
                  ("沭阳县2025年呢", E("sy", "a.review.other"))], "body switch"),
        FU("zh", [("上海市政府办公厅2019年 企业申请说“本机关不掌握”的 有几件", E("sh19", "r.unable.not_held.commercial")),
                  ("个人的呢", E("sh19", "r.unable.not_held.natural_person"))], "column switch"),
        FU("zh", [("沭阳2025年 个人申请部分公开的几件", E("sy", "r.partially_granted.natural_person")),
                  ("全部公开的个人申请呢", E("sy", "r.granted.natural_person"))], "row switch"),
        FU("zh", [("涧西区2020年收到多少依申请公开", E("jx", "r.received.total", **A(JX_REQ, 17))),
                  ("办完了多少", E("jx", "r.total_processed.total", **A(JX_REQ, 15))),
                  ("还剩几件转下一年", E("jx", "r.carried_forward.total", **A(JX_REQ, 2)))], "row switch along the flow"),
        FU("zh", [("洪泽区2024年 予以公开的有多少（看表）", E("hz24", "r.granted.total")),
                  ("那不掌握的呢", E("hz24", "r.unable.not_held.total"))], "row switch (text cells)"),
        FU("zh", [("淮安市2024年 被人拿来投诉举报、不予处理的信访类申请有几件", E("ha", "r.not_processed.petition.total")),
                  ("其中企业交的呢", E("ha", "r.not_processed.petition.commercial"))], "column switch"),
        FU("zh", [("上海科委2024年本年新收申请多少", E("kw", "r.received.total", **A(KW_REQ, 34))),
                  ("上年结转过来的呢", E("kw", "r.carried_over.total", **A(KW_REQ, 2)))], "row switch (text cells)"),
        FU("zh", [("沭阳县2025年复议后又起诉、结果维持的有几件", E("sy", "a.litigation_after_review.upheld")),
                  ("还没审完的呢", E("sy", "a.litigation_after_review.pending"))], "outcome switch"),
        # ---- en
        FU("en", [("Huai'an 2024: how many requests did it turn down as security or stability risks?", E("ha", "r.withheld.security_stability.total")),
                  ("and the ones blocked by other laws?", E("ha", "r.withheld.prohibited_by_law.total"))], "row switch"),
        FU("en", [("How many reconsideration cases did Shuyang face in 2025?", E("sy", "a.review.total")),
                  ("what about Huai'an in 2024", E("ha", "a.review.total", **A(HA_APP, 351))),
                  ("and Shanghai General Office 2019?", E("sh19", "a.review.total", **A(SH19_APP, 7)))], "body switch"),
        FU("en", [("Hongze District 2023 normative documents repealed?", E("hz23", "c.normative_docs.repealed")),
                  ("same for Shuyang 2025", E("sy", "c.normative_docs.repealed"))], "body switch"),
        FU("en", [("Shanghai General Office 2019, how many requests were rolled over into 2020?", E("sh19", "r.carried_forward.total", **A(SH19_REQ, 72))),
                  ("2025?", E("sh25", "r.carried_forward.total"))], "year switch"),
        FU("en", [("Huai'an 2024: requests where info would have to be newly created — how many?", E("ha", "r.unable.needs_creation.total")),
                  ("and where they just don't hold it?", E("ha", "r.unable.not_held.total")),
                  ("of those, from law firms?", E("ha", "r.unable.not_held.legal_services"))], "row then column switch"),
        FU("en", [("Shuyang 2025 direct lawsuits total?", E("sy", "a.litigation_direct.total")),
                  ("and lawsuits after reconsideration?", E("sy", "a.litigation_after_review.total"))], "appeals group switch"),
        FU("en", [("What were Huai'an's administrative fee receipts in 2024, in 万元?", E("ha", "c.fees.amount", unit="万元")),
                  ("and Shuyang's for 2025?", E("sy", "c.fees.amount", unit="万元")),
                  ("Hongze 2023?", E("hz23", "c.fees.amount", unit="万元"))], "body switch, money"),
        FU("en", [("STCSM 2024 — how many requests were fully granted?", E("kw", "r.granted.total", **A(KW_OUT, 9))),
                  ("and Shanghai General Office in 2025?", E("sh25", "r.granted.total"))], "body and year switch (text cells)"),
        FU("en", [("Shanghai General Office 2019: process-information refusals for individuals?", E("sh19", "r.withheld.process_info.natural_person")),
                  ("and for companies?", E("sh19", "r.withheld.process_info.commercial"))], "column switch"),
        FU("en", [("Huai'an 2024, new requests from businesses?", E("ha", "r.received.commercial")),
                  ("how many of companies' requests were granted in full?", E("ha", "r.granted.commercial")),
                  ("and partially?", E("ha", "r.partially_granted.commercial"))], "row switch in commercial column"),
        FU("en", [("Hongze 2024 reconsideration cases total?", E("hz24", "a.review.total")),
                  ("and direct lawsuits?", E("hz24", "a.litigation_direct.total"))], "appeals group switch (text cells)"),
        FU("en", [("Jianxi District 2020, centralized procurement total amount (万元)?", E("jx", "c.procurement.amount", unit="万元")),
                  ("and the Shanghai General Office for 2019?", E("sh19", "c.procurement.amount", unit="万元"))], "body and year switch, money"),
        FU("en", [("shuyang 2025 how many requests refused as internal affairs info", E("sy", "r.withheld.internal_affairs.total")),
                  ("enforcement case files?", E("sy", "r.withheld.enforcement_files.total")),
                  ("and third-party protection?", E("sy", "r.withheld.third_party.total"))], "row switch"),
        FU("en", [("Huai'an 2024 lawsuits filed after reconsideration where the court corrected the government?", E("ha", "a.litigation_after_review.corrected")),
                  ("and with some other outcome?", E("ha", "a.litigation_after_review.other"))], "outcome switch"),
        FU("en", [("Shanghai General Office 2025: how many requests did it finish in total?", E("sh25", "r.total_processed.total", **A(SH25_REQ, 1191))),
                  ("carried over from the previous year into it?", E("sh25", "r.carried_over.total", **A(SH25_REQ, 189)))], "row switch"),
        FU("en", [("Shuyang 2025: normative documents still valid?", E("sy", "c.normative_docs.in_force")),
                  ("newly issued that year?", E("sy", "c.normative_docs.issued"))], "column switch"),
        FU("en", [("Hongze District 2023, partially disclosed requests?", E("hz23", "r.partially_granted.total")),
                  ("and refused as process information?", E("hz23", "r.withheld.process_info.total"))], "row switch"),
        FU("en", [("Jianxi 2020 reconsiderations total?", E("jx", "a.review.total")),
                  ("lawsuits after reconsideration that were upheld?", E("jx", "a.litigation_after_review.upheld"))], "appeals group switch"),
        FU("en", [("Huai'an 2024, requests that were closed because applicants didn't pay the fee?", E("ha", "r.other.overdue_fee.total")),
                  ("what about Shuyang 2025, same thing", E("sy", "r.other.overdue_fee.total"))], "body switch, rare sub-item"),
    ]


def UA(lang, q, why):
    return U(lang, q, why, "[cannot] not in the corpus")


def CANNOT():
    return [
        UA("zh", "我2024年底帮我妈给沭阳县政府写过一份申请，问拆迁补偿标准的，一直没下文。想问下2025年我妈那件到底办到哪一步了", "one person's own case; the report holds only aggregate counts"),
        UA("zh", "淮安市2024年信息公开申请人里男的女的各多少", "sex breakdown of applicants is not reported"),
        UA("zh", "沭阳县2025年申请人都是多大年纪的 平均年龄多少", "age of applicants is not reported"),
        UA("zh", "洪泽区2023年几月份收到的申请最多", "monthly breakdown is not reported"),
        UA("zh", "南京市2024年政府信息公开申请受理了多少件", "南京市 is not in the corpus"),
        UA("zh", "宿迁市政府2025年年报里行政复议多少件", "宿迁市 is not in the corpus"),
        UA("zh", "淮安市2026年会收到多少信息公开申请？帮忙预测一下", "forecast; no report for 2026"),
        UA("zh", "洪泽区2022年收到了多少申请", "洪泽区 2022 report is not in the corpus"),
        UA("zh", "上海市府办2022年依申请公开了多少件", "上海市府办 2022 report is not in the corpus"),
        UA("zh", "沭阳2025年办信息公开的工作人员有几个人 工资多少", "staff numbers and pay are not reported"),
        UA("zh", "你觉得淮安2024年信息公开工作做得好不好，给打个分", "opinion; not a figure in the report"),
        UA("zh", "上海科委2024年那个申请信息公开的张先生叫什么，电话多少", "personal data; not in the report and must not be given"),
        UA("zh", "淮安市2024年通过邮寄、当面、网上各渠道收到的申请分别多少", "channel breakdown is not reported"),
        UA("zh", "沭阳县2025年各乡镇收到的信息公开申请分别有多少", "township breakdown is not reported"),
        UA("zh", "淮安2024年关于征地拆迁的申请占了多少件", "topic breakdown is not reported"),
        UA("zh", "上海市政府办公厅2025年平均几天答复一个申请", "response times are not reported"),
        UA("zh", "涧西区2021年依申请公开了多少", "涧西区 2021 report is not in the corpus"),
        UA("zh", "清江浦区2024年信息公开年报里不予公开的有多少", "清江浦区 is not in the corpus"),
        UA("zh", "洪泽区2024年申请数量为啥那么少，原因是什么，报告里给了数字吗", "no cause or figure for it is stated in the report"),
        UA("zh", "我是12345的，有个来电说他2025年向沭阳县申请公开的信息被拒了，想知道他本人那件为什么被拒", "one caller's own case; the report holds only aggregates"),
        UA("en", "How many of Huai'an's 2024 disclosure applicants lived outside Jiangsu province?", "residence of applicants is not reported"),
        UA("en", "Shuyang 2025 — what share of requests came from women?", "sex breakdown is not reported"),
        UA("en", "Pudong New Area 2024 disclosure report, number of requests received?", "浦东新区 is not in the corpus"),
        UA("en", "STCSM (Shanghai science commission) 2023: how many requests did it receive?", "上海市科委 2023 report is not in the corpus"),
        UA("en", "Which department of Huai'an city government got the most disclosure requests in 2024?", "department breakdown is not reported"),
        UA("en", "Predict the number of reconsideration cases Shuyang will face in 2027.", "forecast; not in any report"),
        UA("en", "In your view, was the Shanghai General Office more transparent in 2025 than in 2019?", "opinion, not a reported figure"),
        UA("en", "Hongze 2023: how many disclosure requests came in during the third quarter?", "quarterly breakdown is not reported"),
        UA("en", "Shuyang County 2024 annual disclosure report — how many requests were granted?", "沭阳县 2024 report is not in the corpus"),
        UA("en", "How much did it cost Huai'an in 2024 to run its disclosure office, in yuan?", "running costs are not reported"),
        UA("en", "Please give me the name and ID number of the person whose 2025 request to Shanghai General Office was refused.", "personal data; not in the report and must not be given"),
        UA("en", "Jianxi District 2020: how many applicants were from the manufacturing industry?", "industry breakdown is not reported"),
        UA("en", "I filed a request with Hongze District in 2024 about a road project. Was mine one of the ones granted?", "one person's own case; only aggregates are reported"),
        UA("en", "Shanghai General Office 2025: how many of the requests were about housing?", "topic breakdown is not reported; the report gives no topics"),
        UA("en", "how many staff in Jianxi District 2020 handled info disclosure requests", "staff numbers are not reported"),
        UA("en", "Huai'an 2024: average number of days to reply to a request?", "response times are not reported"),
        UA("en", "Nanjing city government 2025, partially granted requests?", "南京市 is not in the corpus"),
        UA("en", "shuyang 2025 — how many requests were sent by email vs on the website?", "channel breakdown is not reported"),
        UA("en", "Huai'an 2024: which district of the city sent in the most requests?", "district breakdown is not reported"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANK() + TEXTONLY() + FOLLOWUP() + CANNOT() + NEIGHBOUR()
