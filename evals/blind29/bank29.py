"""Question bank of the twenty-ninth blind evaluation set (evals/blind29).

WARNING: holds the text of every test question; as frozen as test.jsonl.

Written from scratch for this set. Every number comes from helpers29 (gold JSON, printed text
cells of the three reports without gold, sentences cut from the report text); the bank only names
bodies, keys, keywords and wordings. Wordings lean on rows and columns named by what happened
(e.g. "说是政府内部自己的事不给看的" for 属于三类内部事务信息), including the rarer sub-items of
tables 三 and 四.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib29 as L  # noqa: E402
from helpers29 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V)  # noqa: E402,F401

# printed cells of the reports without gold: the same 42 cells blind6 verified (row label or
# anchor line + column index); values are parsed from the printed line, never typed here.
SPECS = {
    'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)},
    'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)},
    'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)},
}
L.TEXT_SPECS.update(SPECS)

# sentences whose number the table also prints (text and table agree): (keyword, number)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "其中结果维持"
SH19_REQ = "代表市政府共受理政府信息公开申请"
SH25_REQ = "市政府共受理政府信息公开申请"
SY_REQ = "全县全年共受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
KW_REQ = "全年收到政府信息公开申请"
KW_OUT = "同意公开答复"
HZ23_REQ = "全区受理政府信息公开申请"

P = "[plain] "
M = "[combine] "
RK = "[rank] "
FU = "[followup] "
TX = "[textonly] "
CN = "[cannot] "
NB = "[neighbour] "


def values_zh():
    n = P + "colloquial zh value"
    return [
        V("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件信息公开申请", P + "received total; text agrees",
          alt=(HA_REQ, 3119)),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安24年有几件是因为涉及国家秘密没给公开的", n),
        V("zh", "ha", "r.withheld.security_stability.total", "问下淮安市2024年 说公开了会影响安全稳定所以不给的 有几件", n),
        V("zh", "ha", "r.withheld.third_party.total", "2024年淮安 怕侵犯别人（第三方）权益不给公开的申请多少个", n),
        V("zh", "ha", "r.withheld.enforcement_files.total", "淮安市政府二〇二四年年报里，因为是行政执法案卷没公开的有几件？", n),
        V("zh", "ha", "r.unable.unclear.total", "淮安2024 让申请人补正了还是说不清楚要啥的 那种有几件", n),
        V("zh", "ha", "r.not_processed.reconfirm.total", "我是做统计的，想核一下淮安市2024年表三里“要求行政机关确认或重新出具已获取信息”那一格是几", P + "staff checking a cell"),
        V("zh", "ha", "r.other.overdue_fee.total", "淮安24年有多少人收到缴费通知没按时交钱 结果申请就不处理了", n),
        V("zh", "ha", "r.other.overdue_correction.legal_services", "淮安市政府2024年律师事务所那类申请人，让补材料没补、最后不再处理的有几件", n),
        V("zh", "ha", "r.received.legal_services", "2024年淮安市 律所这种法律服务机构递了多少申请", n),
        V("zh", "ha", "r.received.other_org", "淮安2024年表里申请人是“其他”那一列的新收申请多少", P + "applicant column"),
        V("zh", "ha", "r.granted.commercial", "淮安市2024公司企业申请的 最后全部给公开了的有几件", n),
        V("zh", "ha", "a.review.corrected", "2024年淮安被申请复议 复议机关说政府做错了要纠正的 有多少件", n, alt=(HA_APP, 64)),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安24年先复议后又去法院告的案子里 到年底还没判下来的几件", n),
        V("zh", "ha", "a.litigation_direct.corrected", "淮安市政府2024年 老百姓没复议直接起诉、法院判政府要纠正的有几个", n),
        V("zh", "ha", "c.fees.amount", "淮安2024年行政事业性收费金额是多少万元", P + "money", unit="万元"),
        V("zh", "ha", "c.normative_docs.repealed", "淮安市二〇二四年废掉了几个规范性文件", n),
        V("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年有没有因为还在讨论研究、属于过程中的信息不给公开的？几件", n),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023 申请的东西政府手上没有现成的 得重新做才行 这类几件", n),
        V("zh", "hz23", "r.not_processed.petition.total", "洪泽区政府2023年把申请当成信访投诉不按公开申请处理的有几件", n),
        V("zh", "hz23", "a.review.corrected", "洪泽23年复议被纠错的有几起", n),
        V("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定数量是多少", P + "active table"),
        V("zh", "hz24", "r.unable.not_held.total", "洪泽区2024年答复说“本机关不掌握”的申请有多少", P + "text cell"),
        V("zh", "hz24", "c.licensing.decisions", "24年洪泽区发了多少行政许可", n),
        V("zh", "sy", "r.withheld.internal_affairs.total", "我前阵子帮我妈给沭阳县政府写过申请，回复说属于内部事务信息不能给。想问下2025年这种被拒的一共多少件", P + "story before asking"),
        V("zh", "sy", "r.other.other.total", "沭阳县2025年表三“其他处理”下面那个“其他”小项 总计是多少", P + "staff checking a cell"),
        V("zh", "sy", "r.not_processed.duplicate.commercial", "沭阳25年企业重复申请被不予处理的有几件", n),
        V("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年律所申请的 只公开了一部分的 几件", n),
        V("zh", "sy", "r.withheld.admin_query.total", "沭阳2025 有人想查个东西，政府说这是行政查询事项不是信息公开，这样的有几件", n),
        V("zh", "sy", "a.review.other", "沭阳县2025年行政复议结果既不是维持也不是纠正的“其他结果”有多少", n),
        V("zh", "sy", "a.litigation_after_review.other", "沭阳2025复议完了再起诉的 结果算其他的 几件", n),
        V("zh", "sy", "r.carried_over.natural_person", "沭阳县政府2025年 老百姓个人从上一年压过来还没办完的申请有多少", n),
        V("zh", "sy", "c.normative_docs.issued", "沭阳县25年新出了几个规范性文件", n),
        V("zh", "sy", "c.coercion.decisions", "2025年沭阳县行政强制决定多少个", P + "active table"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 个人把投诉举报当信息公开申请交上去、被不予处理的多少件", n),
        V("zh", "sh19", "r.unable.needs_creation.commercial", "2019年上海市政府办公厅 企业要的信息得另行制作所以没法提供的 几件", n),
        V("zh", "sh19", "r.withheld.admin_query.commercial", "上海市府办19年公司来查东西被说成行政查询不予公开的有几件", n),
        V("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额多少万元", P + "money", unit="万元"),
        V("zh", "sh19", "a.litigation_direct.pending", "上海市府办2019年直接打官司的 还没结案的几件", n),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年有多少申请其实是信访举报投诉 所以不予处理", P + "text cell"),
        V("zh", "sh25", "r.carried_over.legal_services", "2025年上海市政府办公厅 律师事务所这类申请人从上一年结转过来的有几件", n),
        V("zh", "kw", "r.received.commercial", "上海科委2024年公司企业新提交的申请几件", n),
        V("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少", P + "text cell"),
        V("zh", "jx", "r.unable.not_held.total", "涧西区政府办2020年 回复申请人说自己这里没有这个信息的 有几件", n),
        V("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个", P + "active table"),
        V("zh", "jx", "a.litigation_after_review.upheld", "涧西区政府办2020年复议后起诉、法院维持的几件", n),
    ]


def values_en():
    n = P + "everyday en value"
    return [
        V("en", "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: how many requests were refused because some other law or regulation bans releasing that info?", n),
        V("en", "ha", "r.withheld.internal_affairs.commercial", "how many company requests did huaian city government turn down in 2024 saying it was purely internal affairs", n),
        V("en", "ha", "r.withheld.process_info.total", "In 2024, how many times did Huai'an say no because the material was still a draft / discussion-stage document?", n),
        V("en", "ha", "r.unable.needs_creation.total", "huaian 2024 requests where the govt would have had to compile something new to answer - count?", n),
        V("en", "ha", "r.not_processed.duplicate.total", "Huai'an municipal government, 2024 report: requests ignored because the same person asked the same thing again?", n),
        V("en", "ha", "r.other.other.commercial", "For Huai'an in 2024, the 'other' line under 其他处理 (other handling), business applicants only - what number?", P + "English with the Chinese label"),
        V("en", "ha", "r.partially_granted.commercial", "Huaian 2024 - businesses that got only part of what they asked for: how many requests?", n),
        V("en", "ha", "r.unable.not_held.legal_services", "In FY2024, how many requests from law firms did Huai'an answer with 'we don't have this information'?", n),
        V("en", "ha", "r.received.research", "How many requests did research institutes file with Huai'an city government in 2024?", n),
        V("en", "ha", "a.review.pending", "Huai'an 2024 administrative reconsiderations about disclosure still undecided at year end?", n, alt=(HA_APP, 37)),
        V("en", "ha", "a.litigation_direct.other", "huai'an 2024 lawsuits filed straight in court (no reconsideration first) that ended some other way, not upheld nor corrected", n),
        V("en", "ha", "c.coercion.decisions", "Number of administrative enforcement (行政强制) decisions Huai'an published for 2024?", P + "English with the Chinese label"),
        V("en", "ha", "c.regulations.in_force", "how many municipal rules (规章) does huai'an count as still valid in its 2024 report", n),
        V("en", "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023 - requests refused since the info was part of a law-enforcement case file?", n),
        V("en", "hz23", "r.unable.not_held.natural_person", "Hongze 2023: private individuals told the district simply doesn't hold the info - how many?", n),
        V("en", "hz23", "a.review.upheld", "In 2023 how many of Hongze District's disclosure decisions were confirmed (upheld) on administrative review?", n),
        V("en", "hz23", "a.litigation_after_review.upheld", "Hongze 2023, court cases brought after a reconsideration, where the court backed the district - number?", n),
        V("en", "hz23", "c.fees.amount", "What did Hongze District take in from administrative fees in 2023 (in 10k yuan)?", P + "money", unit="万元"),
        V("en", "hz23", "c.coercion.decisions", "hongze district 2023 coercive measures decisions count", n),
        V("en", "hz24", "c.normative_docs.issued", "Hongze District 2024: how many new normative documents were put out?", P + "text cell"),
        V("en", "hz24", "appeals.litigation_direct.total", "hongze 2024 number of disclosure lawsuits filed directly without going through reconsideration", P + "text cell"),
        V("en", "sy", "r.withheld.third_party.total", "Shuyang County 2025: requests declined to protect a third party's lawful interests?", n),
        V("en", "sy", "r.withheld.security_stability.total", "How many times in 2025 did Shuyang refuse saying disclosure could endanger security or social stability?", n),
        V("en", "sy", "r.other.overdue_fee.total", "shuyang 2025 - applicants who never paid the processing fee in time, so the county stopped handling it. how many", n),
        V("en", "sy", "r.other.overdue_correction.total", "For Shuyang County in 2025, how many requests were dropped because the applicant never supplied the missing details by the deadline?", n),
        V("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: cases where answering would mean producing a brand-new document (没有现成信息需要另行制作)?", P + "English with the Chinese label"),
        V("en", "sy", "r.granted.legal_services", "Shuyang county 2025 law firms whose requests were fully granted - how many?", n),
        V("en", "sy", "a.review.corrected", "Shuyang County 2025: reconsideration cases where the county's answer got overturned or corrected?", n),
        V("en", "sy", "a.litigation_after_review.pending", "shuyang 2025 suits after reconsideration still pending in court", n),
        V("en", "sy", "a.litigation_direct.upheld", "In 2025 how many direct lawsuits against Shuyang on disclosure did the county win (decision upheld)?", n),
        V("en", "sy", "c.licensing.decisions", "How many administrative licences did Shuyang County grant in 2025?", n),
        V("en", "sy", "c.fees.amount", "Shuyang 2025 administrative fee revenue, 10,000-yuan units please", P + "money", unit="万元"),
        V("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019 - individuals refused on state-secret grounds?", n),
        V("en", "sh19", "r.unable.unclear.natural_person", "In 2019, how many individuals' requests could the Shanghai municipal general office not answer because even after clarification it was unclear what they wanted?", n),
        V("en", "sh19", "r.withheld.internal_affairs.natural_person", "shanghai govt general office 2019: citizens refused because it's internal housekeeping info, count?", n),
        V("en", "sh19", "r.not_processed.duplicate.commercial", "Shanghai General Office, 2019: repeat requests from companies that were not processed?", n),
        V("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019 - total number of regulations publicly available (对外公开总数量)?", P + "English with the Chinese label"),
        V("en", "sh19", "r.received.commercial", "How many requests did businesses send to the Shanghai General Office in 2019?", n),
        V("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests it couldn't meet because the info would have to be newly created?", P + "text cell"),
        V("en", "sh25", "appeals.review.pending", "Shanghai General Office 2025 — reconsideration cases not yet concluded?", P + "text cell"),
        V("en", "sh25", "r.not_processed.duplicate.total", "In 2025, how many duplicate requests did the Shanghai General Office decline to process?", P + "text cell"),
        V("en", "kw", "c.licensing.decisions", "STCSM 2024: number of administrative licensing decisions?", P + "text cell"),
        V("en", "kw", "r.received.natural_person", "how many new requests from individual people did the Shanghai science commission get in 2024", P + "text cell"),
        V("en", "jx", "r.granted.total", "Jianxi District office, 2020: how many requests were answered by simply releasing the info?", n),
        V("en", "jx", "c.procurement.amount", "Jianxi 2020 government centralised procurement, total amount in 10k yuan?", P + "money", unit="万元"),
    ]


def combine():
    s = M + "sum of the listed cells"
    d = M + "later year minus earlier year"
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加上部分公开 一共多少件", s),
        S("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"],
          "淮安市2024年 因为国家秘密、法律法规禁止、影响“三安全一稳定”这三种理由被拒的 加起来几件", s),
        S("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年 信访类的和重复申请的 两种不予处理合计多少", s),
        S("zh", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "沭阳2025年复议、直接起诉、复议后起诉三块里政府被维持的 加一起几件", s),
        S("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年手里没有的加上要另做的 这两类无法提供一共几件", s),
        S("zh", "sh19", ["r.received.total", "r.carried_over.total"], "上海市政府办公厅2019年新收的加上年结转过来的，总共要处理多少申请", s),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年不掌握和需另行制作两项合起来是多少", s),
        S("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区政府办2020年 公开了的加上回复说没有的 一共几件", s),
        S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
          "Huai'an 2024: add up everything under 'other handling' - no-show on corrections, unpaid fees and plain 'other'", s),
        S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Total disclosure lawsuits against Huai'an in 2024, direct ones plus those after reconsideration?", s + "; text states the same total", alt=(HA_APP, 46)),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025 - requests where at least something was released, full plus partial?", s),
        S("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total", "r.withheld.third_party.total"],
          "shuyang county 2025 sum of these refusals: internal affairs, process info, enforcement files, administrative queries, third-party interests", s),
        S("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
          "Hongze District 2023 - combined refusals for state secrets, process info and law-enforcement files?", s),
        S("en", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"],
          "Shanghai General Office 2019: 'we don't hold it' answers to individuals, companies and law firms combined?", s),
        S("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Hongze 2024: licensing + penalty + enforcement decisions, all three together", s),
        S("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total",
                       "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"],
          "Huai'an 2024, all eight refusal grounds of 不予公开 added together?", s),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少", d),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区2023年到2024年 行政处罚决定数变化了多少（后一年减前一年）", d),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽“本机关不掌握”的申请，2024年相比2023年增减多少", d),
        D("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办个人新提交的申请，2025年跟2019年比多了多少件", d),
        D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅被申请行政复议的数量 2019年到2025年涨了多少", d),
        D("en", "hz23", "hz24", "c.fees.amount", "Change in Hongze District's administrative fee income from 2023 to 2024 (万元)?", d, unit="万元"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "By how much did Hongze's coercive-measure decisions move between 2023 and 2024?", d),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "hongze district normative docs still in force: 2024 minus 2023?", d),
        D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests pushed into the following year, 2025 figure vs 2019 figure - difference?", d),
        D("en", "sh19", "sh25", "a.litigation_direct.total", "How did the number of direct lawsuits against the Shanghai General Office change from 2019 to 2025?", d),
    ]


def rankings():
    r = RK + "ranking over bodies with gold"
    return [
        R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "淮安2024、沭阳2025、洪泽2023 这三家谁批的行政许可最多", r),
        R("zh", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "比较一下淮安市2024年、沭阳县2025年和洪泽区2023年的行政事业性收费，哪家最少", r),
        R("zh", ["ha", "sy", "sh19", "jx"], "a.review.upheld", "desc", "复议维持的件数：淮安2024、沭阳2025、上海市府办2019、涧西2020，哪个最多", r),
        R("zh", ["ha", "sy", "hz23"], "r.withheld.process_info.total", "desc", "还在研究讨论阶段的材料不给公开的，淮安市2024年、沭阳县2025年、洪泽区2023年谁最多", r),
        R("zh", ["sy", "sh19", "jx"], "r.received.natural_person", "asc", "个人申请最少的是哪个：沭阳县2025、上海市府办2019、涧西区政府办2020", r),
        R("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "因内部事务不给公开的，淮安2024、沭阳2025、洪泽2023哪家最多？", r),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "asc", "上年结转过来的申请，淮安24年、沭阳25年、上海市府办19年里谁最少", r),
        R("en", ["ha", "sy", "hz23"], "c.normative_docs.repealed", "desc", "Which repealed the most normative documents: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", r),
        R("en", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "asc", "Who handled the fewest requests overall - Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?", r),
        R("en", ["ha", "sy", "hz23"], "r.not_processed.petition.total", "desc", "Huai'an in 2024, Shuyang in 2025, Hongze in 2023: which set aside the most complaint-type (信访) requests?", r),
        R("en", ["ha", "hz23", "sy", "sh19"], "r.unable.needs_creation.natural_person", "desc", "Individuals told 'we'd have to create it': rank Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 - who's top?", r),
        R("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "fewest direct disclosure lawsuits among huai'an 2024, shuyang 2025 and shanghai general office 2019?", r),
        R("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Lowest number of administrative penalty decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?", r),
    ]


def traps():
    t = NB + "the neighbouring cell is the naive answer: "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年 从2023年拖过来到2024年接着办的申请有几件", t + "结转上年 vs 结转下年", alt=(HA_REQ, 34)),
        T("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先走了复议、不服又去法院的 有几件", t + "复议后起诉 vs 直接起诉"),
        T("zh", "ha", "c.normative_docs.in_force", "淮安2024年 现在还管用的规范性文件有多少个（不是新发的）", t + "现行有效 vs 制发"),
        T("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年 不是没有 而是没现成的要重新弄的 那种几件", t + "另行制作 vs 不掌握"),
        T("zh", "hz23", "r.withheld.process_info.total", "洪泽2023年被说成是讨论中的过程性材料不给的几件？不是内部事务那个", t + "过程性信息 vs 内部事务"),
        T("zh", "ha", "r.partially_granted.total", "淮安24年只给了一部分的申请多少件 别算全给的", t + "部分公开 vs 予以公开"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年集中采购项目数，是个数不是金额", t + "采购项目数 vs 金额"),
        T("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations that ended neither upheld nor corrected - the 'other outcome' ones", t + "其他结果 vs 纠正", alt=(HA_APP, 178)),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 - the overall count of normative documents open to the public, not the ones newly made", t + "对外公开总数 vs 新制作"),
        T("en", "ha", "r.unable.not_held.legal_services", "Huai'an 2024, law firms (not companies) told the info isn't held?", t + "法律服务机构 vs 商业企业"),
        T("en", "sy", "r.carried_forward.total", "Shuyang 2025: requests rolled into the next year, not the ones carried in", t + "结转下年 vs 上年", alt=(SY_REQ, 31)),
        T("en", "ha", "c.normative_docs.repealed", "Huai'an 2024: normative documents scrapped that year (not the ones still valid)?", t + "废止 vs 现行有效"),
        T("en", "sy", "r.withheld.internal_affairs.natural_person", "Shuyang 2025: individuals turned down as internal-affairs info - not the draft / process-info line", t + "内部事务 vs 过程性信息"),
    ]


def followups():
    f = FU + "follow-up; each turn a full expect"
    return [
        F("zh", [("淮安2024年 说是政府内部自己的事不给看的 有几件", E("ha", "r.withheld.internal_affairs.total")),
                 ("那沭阳2025年呢", E("sy", "r.withheld.internal_affairs.total"))], f + " (body)"),
        F("zh", [("洪泽区2024年表格里“本年新收”的申请是多少", E("hz24", "r.received.total")),
                 ("2023年的呢", E("hz23", "r.received.total", alt=(HZ23_REQ, 21)))], f + " (year)"),
        F("zh", [("沭阳25年复议里政府被判维持的几件", E("sy", "a.review.upheld")),
                 ("被纠正的呢", E("sy", "a.review.corrected")),
                 ("还没审完的", E("sy", "a.review.pending"))], f + " (column)"),
        F("zh", [("上海市府办2025年新收申请多少件", E("sh25", "r.received.total", alt=(SH25_REQ, 1295))),
                 ("其中企业申请的有多少", E("sh25", "r.received.commercial")),
                 ("换成2019年 企业那列呢", E("sh19", "r.received.commercial"))], f + " (column, year)"),
        F("zh", [("您好 12345这边 来电市民问淮安市政府2024年行政复议一共多少件", E("ha", "a.review.total", alt=(HA_APP, 351))),
                 ("他又问直接去法院起诉的有多少", E("ha", "a.litigation_direct.total"))], f + " (appeals group)"),
        F("zh", [("淮安2024 申请人逾期不补正就不处理了的 几件", E("ha", "r.other.overdue_correction.total")),
                 ("沭阳县2025同样这项呢", E("sy", "r.other.overdue_correction.total"))], f + " (body)"),
        F("zh", [("沭阳2025年表三里申请内容不明确补正后还不明确的几件", E("sy", "r.unable.unclear.total")),
                 ("淮安市2024年的这一格呢", E("ha", "r.unable.unclear.total"))], f + " (body)"),
        F("zh", [("洪泽2023年有几件因为国家秘密不公开", E("hz23", "r.withheld.state_secret.total")),
                 ("行政执法案卷那条呢", E("hz23", "r.withheld.enforcement_files.total"))], f + " (row)"),
        F("zh", [("上海科委2024年收到几件新申请", E("kw", "r.received.total", alt=(KW_REQ, 34))),
                 ("其中个人提的多少", E("kw", "r.received.natural_person")),
                 ("上一年结转过来的有几件", E("kw", "r.carried_over.total", alt=(KW_REQ, 2)))], f + " (column, row)"),
        F("zh", [("淮安市2024年行政处罚多少", E("ha", "c.punishment.decisions")),
                 ("行政强制呢", E("ha", "c.coercion.decisions")),
                 ("洪泽区同年的行政强制", E("hz24", "c.coercion.decisions"))], f + " (row, body)"),
        F("zh", [("沭阳县2025年企业新提交的申请几件", E("sy", "r.received.commercial")),
                 ("律所呢", E("sy", "r.received.legal_services"))], f + " (column)"),
        F("zh", [("上海市政府办公厅2019年复议维持了几件", E("sh19", "a.review.upheld")),
                 ("直接起诉被维持的呢", E("sh19", "a.litigation_direct.upheld"))], f + " (appeals group)"),
        F("zh", [("洪泽区2023年规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")),
                 ("24年呢", E("hz24", "c.normative_docs.in_force"))], f + " (year)"),
        F("zh", [("淮安市政府2024年给公开了的（全公开）几件", E("ha", "r.granted.total")),
                 ("里面个人申请的占几件", E("ha", "r.granted.natural_person")),
                 ("律师事务所的呢", E("ha", "r.granted.legal_services"))], f + " (column)"),
        F("zh", [("沭阳2025年 要的是公开出版物被告知去买的 几件", E("sy", "r.not_processed.publication.total")),
                 ("无正当理由大量反复申请的呢", E("sy", "r.not_processed.excessive.total"))], f + " (row)"),
        F("zh", [("涧西区2020年收到申请多少件", E("jx", "r.received.total", alt=(JX_REQ, 17))),
                 ("年底还在办没办完转到下年的呢", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], f + " (row)"),
        F("zh", [("上海市府办2025 行政复议多少", E("sh25", "a.review.total")),
                 ("复议后起诉的呢", E("sh25", "a.litigation_after_review.total"))], f + " (appeals group)"),
        F("zh", [("沭阳县2025年行政许可多少件", E("sy", "c.licensing.decisions")),
                 ("淮安2024年呢", E("ha", "c.licensing.decisions")),
                 ("洪泽区2023年的", E("hz23", "c.licensing.decisions"))], f + " (body)"),
        F("zh", [("淮安2024年 明明是投诉举报却按信息公开申请交上来、被不予处理的几件", E("ha", "r.not_processed.petition.total")),
                 ("其中企业提的有几件", E("ha", "r.not_processed.petition.commercial"))], f + " (column)"),
        F("en", [("Huai'an 2024: requests refused as 'administrative query matters' rather than disclosure?", E("ha", "r.withheld.admin_query.total")),
                 ("and Shuyang for 2025?", E("sy", "r.withheld.admin_query.total"))], f + " (body)"),
        F("en", [("How many disclosure lawsuits did Shuyang County face in 2025 without a prior reconsideration?", E("sy", "a.litigation_direct.total")),
                 ("and after one?", E("sy", "a.litigation_after_review.total")),
                 ("how many of those after-review ones did the county win", E("sy", "a.litigation_after_review.upheld"))], f + " (appeals group, column)"),
        F("en", [("Shanghai General Office 2025 - requests it answered 'not held by this office'?", E("sh25", "r.unable.not_held.total")),
                 ("what about the ones needing a newly made document", E("sh25", "r.unable.needs_creation.total"))], f + " (row)"),
        F("en", [("Hongze District 2024 fee income in 万元?", E("hz24", "c.fees.amount", unit="万元")),
                 ("and 2023?", E("hz23", "c.fees.amount", unit="万元"))], f + " (year)"),
        F("en", [("Huai'an, FY2024: reconsideration decisions upholding the city?", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                 ("Same for lawsuits brought after reconsideration?", E("ha", "a.litigation_after_review.upheld")),
                 ("and the corrected ones in that group", E("ha", "a.litigation_after_review.corrected"))], f + " (appeals group, column)"),
        F("en", [("sh science commission 2024 total requests processed", E("kw", "r.total_processed.total")),
                 ("how many were fully granted", E("kw", "r.granted.total", alt=(KW_OUT, 9)))], f + " (row)"),
        F("en", [("Shuyang 2025: how many requests were carried over from the year before?", E("sy", "r.carried_over.total")),
                 ("Huai'an in 2024?", E("ha", "r.carried_over.total", alt=(HA_REQ, 34)))], f + " (body)"),
        F("en", [("Jianxi District 2020 - normative docs newly made?", E("jx", "c.normative_docs.made")),
                 ("Shanghai General Office 2019 same thing?", E("sh19", "c.normative_docs.made", alt=("主动公开规章13件", 60)))], f + " (body)"),
        F("en", [("Huai'an 2024: requests turned away as repeat applications?", E("ha", "r.not_processed.duplicate.total")),
                 ("what about people asking to re-confirm info they already had", E("ha", "r.not_processed.reconfirm.total")),
                 ("and requests for published material like books?", E("ha", "r.not_processed.publication.total"))], f + " (row)"),
        F("en", [("Shanghai General Office 2019, total requests handled?", E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
                 ("and in 2025?", E("sh25", "r.total_processed.total", alt=(SH25_REQ, 1191)))], f + " (year)"),
        F("en", [("Shuyang County 2025: individuals whose requests were partly granted?", E("sy", "r.partially_granted.natural_person")),
                 ("and law firms?", E("sy", "r.partially_granted.legal_services"))], f + " (column)"),
        F("en", [("Hongze 2023, reconsiderations where the district's decision was corrected?", E("hz23", "a.review.corrected")),
                 ("Huai'an 2024?", E("ha", "a.review.corrected", alt=(HA_APP, 64)))], f + " (body)"),
        F("en", [("Shanghai General Office 2025 requests rolled over into 2026?", E("sh25", "r.carried_forward.total")),
                 ("And how many came in from the prior year?", E("sh25", "r.carried_over.total", alt=(SH25_REQ, 189)))], f + " (row)"),
        F("en", [("huaian 2024 new requests from companies", E("ha", "r.received.commercial")),
                 ("from public-interest groups?", E("ha", "r.received.public_interest"))], f + " (column)"),
        F("en", [("Shuyang 2025: number of penalty decisions?", E("sy", "c.punishment.decisions")),
                 ("Hongze District 2024?", E("hz24", "c.punishment.decisions"))], f + " (body)"),
        F("en", [("Jianxi District 2020: lawsuits filed directly?", E("jx", "a.litigation_direct.total")),
                 ("reconsiderations?", E("jx", "a.review.total"))], f + " (appeals group)"),
        F("en", [("Huai'an 2024 requests dropped because nobody paid the fee on time?", E("ha", "r.other.overdue_fee.total")),
                 ("Shuyang 2025 same?", E("sy", "r.other.overdue_fee.total"))], f + " (body)"),
        F("en", [("Shanghai General Office 2019: requests from individuals that were partly granted?", E("sh19", "r.partially_granted.natural_person")),
                 ("and individuals refused because it was process information?", E("sh19", "r.withheld.process_info.natural_person"))], f + " (row)"),
        F("zh", [("沭阳县2025年自然人新收申请多少件（不含上一年结转）", E("sy", "r.received.natural_person")),
                 ("法人或其他组织呢", E("sy", "r.received.legal_person", alt=(SY_REQ, 8)))], f + " (column)"),
        F("en", [("Hongze District 2024: how many requests were fully granted?", E("hz24", "r.granted.total")),
                 ("and how many were carried into 2025?", E("hz24", "r.carried_forward.total"))], f + " (row)"),
    ]


def narratives():
    t = TX + "number stated only in the report text"
    return [
        N("zh", "ha", "政策解读", 21, "个", "淮安市2024年做了多少个政策解读", t),
        N("zh", "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会", t),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目搞了几次全覆盖检查", t),
        N("zh", "ha", "信息处理费", 3940, "元", "淮安市2024年收了多少信息处理费（元）", t),
        N("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", t),
        N("zh", "hz24", "2428", 7, "期", "洪泽2024年公开了几期政府常务会议", t, frm="公开政府常务会议"),
        N("zh", "hz24", "代表区政府受理", 17, "件", "报告正文里说洪泽区2024年区政府办代表区政府受理了多少件公开申请", t + " (asked with the text's own wording)"),
        N("zh", "sy", "4511", 9, "期", "沭阳县2025年开展了几期意见征集", t, frm="开展意见征集"),
        N("zh", "sy", "专栏", 33, "个", "沭阳25年政务新媒体开了多少个专栏", t),
        N("zh", "sy", "爆款", 52, "条", "沭阳县2025年出了多少条爆款内容", t),
        N("zh", "sy", "催办", 84, "次", "沭阳2025年发了多少次催办提示", t),
        N("zh", "sy", "清理过期", 697, "条", "2025年沭阳清理了多少条过期信息", t),
        N("zh", "sy", "64", 64, "家", "沭阳县2025年有多少家单位的年报是集中公开的", t),
        N("zh", "sh25", "新闻发布会", 19, "场", "上海市政府2025年开了几场新闻通气会", t, frm="新闻通气会"),
        N("zh", "sh25", "撤回", 157, "件", "上海市府办2025年有多少申请是申请人自己撤回的", t),
        N("zh", "sh25", "公报》24", 24, "期", "2025年《上海市人民政府公报》编了几期", t),
        N("zh", "sh19", "132", 132, "件", "上海市政府办公厅2019年在中国上海门户网站发了多少件政策解读", t),
        N("zh", "kw", "直播", 118, "场", "上海科委视频号2024年直播了多少场", t, frm="直播"),
        N("zh", "jx", "601", 601, "项", "涧西区政府办2020年一共梳理了多少项公开事项", t, frm="共21个领域"),
        N("en", "ha", "政务新媒体共计", 95, "个", "How many official social-media channels was Huai'an city still running, per its 2024 report?", t),
        N("en", "ha", "政策解读", 6, "期", "How many issues of the city gazette did Huai'an put out in 2024?", t, frm="制作《淮安市人民政府公报》"),
        N("en", "hz23", "信息处理费", 0, "元", "Did Hongze District charge anything for processing info requests in 2023 - how many yuan?", t),
        N("en", "hz24", "2428", 2428, "条", "How many items did Hongze District push out on its government website in 2024?", t),
        N("en", "sy", "爆款", 49, "条", "Shuyang 2025: how many posts passed a million plays?", t, frm="其中1条"),
        N("en", "sy", "主动沟通", 49, "次", "In 2025, how often did Shuyang staff reach out to applicants before giving an answer?", t),
        N("en", "sy", "主动沟通", 33, "件", "How many disputes did Shuyang manage to settle through that early outreach in 2025?", t, frm="成功推动化解"),
        N("en", "sy", "380", 380, "元", "What was the total information-handling charge Shuyang County's agencies collected in 2025, in yuan?", t),
        N("en", "sy", "专栏", 2606, "篇", "Shuyang 2025 - number of news pieces put together for its social-media columns?", t, frm="策采相关新闻稿件"),
        N("en", "sy", "解读类信息", 21, "条", "How many pieces explaining policies did Shuyang County publish in 2025?", t),
        N("en", "sh25", "语种", 10, "个", "How many languages does Shanghai's international services portal cover according to the 2025 report?", t),
        N("en", "sh25", "新闻发布会", 42, "场", "Shanghai municipal government 2025: how many press briefings were held?", t),
        N("en", "sh25", "语种", 403, "项", "How many service guides did Shanghai's international portal carry in 2025?", t, frm="发布各类办事服务指引"),
        N("en", "sh19", "53个部门", 2261, "项", "In 2019, how many services were hooked up to Shanghai's one-stop online platform?", t, frm="统一受理平台接入53个部门"),
        N("en", "sh19", "38次", 38, "次", "How often did the Shanghai government make authoritative releases on executive meeting topics in 2019?", t),
        N("en", "sh19", "70家", 70, "家", "How many government websites did Shanghai inspect each quarter in 2019?", t),
        N("en", "kw", "584", 584, "条", "How many short videos did the Shanghai science commission's video account release in 2024?", t, frm="“上海科技”视频号"),
        N("en", "kw", "1640", 294, "篇", "STCSM's WeChat in 2024: how many of the articles were its own original writing?", t, frm="其中原创文章"),
        N("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020: how many pilot areas were covered by its grassroots openness standardisation work?", t, frm="对照省、市各部门"),
    ]


def cannots():
    c = CN + "not in the corpus: "
    return [
        U("zh", "淮安市2024年的信息公开申请里男的女的各多少", "no sex breakdown", c + "sex"),
        U("zh", "沭阳县2025年申请人里60岁以上的老人有几个", "no age breakdown", c + "age"),
        U("zh", "洪泽区2023年3月份收了几件申请", "no monthly figures", c + "month"),
        U("zh", "上海市府办2025年第二季度新收申请多少", "no quarterly figures", c + "quarter"),
        U("zh", "淮安2024年通过网上申请的和写信申请的各有多少", "no channel breakdown", c + "channel"),
        U("zh", "沭阳2025年哪个乡镇的人申请最多", "no township breakdown", c + "township"),
        U("zh", "南京市2024年政府信息公开申请多少件", "南京市 not in the corpus", c + "body"),
        U("zh", "洪泽区2022年的年报里行政许可是多少", "洪泽区 2022 not in the corpus", c + "year"),
        U("zh", "沭阳县2024年收到的申请多少件", "沭阳县 2024 not in the corpus", c + "year"),
        U("zh", "上海市府办2026年会收到多少件申请？帮我预测一下", "forecast", c + "forecast"),
        U("zh", "你觉得淮安市2024年政府信息公开做得好不好", "opinion", c + "opinion"),
        U("zh", "我2025年3月给沭阳县政府递的那份关于拆迁补偿的申请，现在办到哪一步了", "one person's own case", c + "own case"),
        U("zh", "淮安2024年申请公开的人都叫什么名字、电话多少，能发我一份吗", "personal data", c + "personal data"),
        U("zh", "上海市科委2024年答复一件申请平均要几天", "no response times", c + "response time"),
        U("zh", "涧西区政府办2020年负责信息公开的工作人员有几个", "no staff number", c + "staff"),
        U("zh", "洪泽2024年被拒的申请主要是哪些方面的内容", "no topic breakdown", c + "topic"),
        U("zh", "宿迁市2025年行政复议有多少件", "宿迁市 not in the corpus", c + "body"),
        U("zh", "上海市政府办公厅2025年的申请里有多少是外地人提的", "no residence breakdown", c + "residence"),
        U("zh", "淮安市2024年为了信息公开一共花了多少经费", "no cost figure", c + "cost"),
        U("en", "How many of Huai'an's 2024 information requests came from women?", "no sex breakdown", c + "sex"),
        U("en", "Shuyang 2025 - which month had the most disclosure requests?", "no monthly figures", c + "month"),
        U("en", "How many requests did Pudong New Area receive in 2024?", "浦东新区 not in the corpus", c + "body"),
        U("en", "What was the Shanghai science commission's request count in 2023?", "上海市科委 2023 not in the corpus", c + "year"),
        U("en", "Jianxi District 2021 administrative reconsiderations?", "涧西 2021 not in the corpus", c + "year"),
        U("en", "Predict how many requests Huai'an will get in 2026.", "forecast", c + "forecast"),
        U("en", "Is Shuyang County's 2025 disclosure work better than Hongze's 2024 in your opinion?", "opinion", c + "opinion"),
        U("en", "I filed a request with the Shanghai General Office in June 2025 about my old apartment - was mine one of the ones refused?", "one person's own case", c + "own case"),
        U("en", "Give me the names and phone numbers of people who sued Huai'an over disclosure in 2024.", "personal data", c + "personal data"),
        U("en", "How many staff did the Shanghai General Office have working on disclosure in 2025?", "no staff number", c + "staff"),
        U("en", "Hongze 2023: how many requests came from people in the countryside vs in town?", "no residence breakdown", c + "residence"),
        U("en", "average number of days Huai'an took to answer a request in 2024?", "no response times", c + "response time"),
        U("en", "Which department of Shuyang County got the most requests in 2025?", "no department breakdown", c + "department"),
        U("en", "Huai'an 2024 requests broken down by industry of the companies asking?", "no industry breakdown", c + "industry"),
        U("en", "How many 2024 requests to the Shanghai science commission were about research funding?", "no topic breakdown", c + "topic"),
        U("en", "What was Qingjiangpu District's total of disclosure requests in 2024?", "清江浦区 not in the corpus", c + "body"),
        U("en", "Shanghai General Office 2022 - how many requests?", "上海市府办 2022 not in the corpus", c + "year"),
        U("en", "why did Hongze's request numbers jump so much in 2024? what caused it", "no cause stated", c + "reason"),
        U("zh", "淮安2024年那些复议案子里 哪个律师代理的最多", "personal data / not stated", c + "personal data"),
        U("en", "Out of Shuyang's 2025 requests, how many were sent by email versus in person?", "no channel breakdown", c + "channel"),
    ]


def CONVERSATIONS():
    return (values_zh() + values_en() + combine() + rankings() + traps() + followups()
            + narratives() + cannots())
