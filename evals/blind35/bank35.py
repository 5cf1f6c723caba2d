"""Question bank of the 35th blind set (evals/blind35). Every wording written for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here for table cells: helpers35 computes them from gold/*.json or from
the printed rows of reports without gold (specs in text_cells.json, the cells blind6 verified).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib35 as L  # noqa: E402
from helpers35 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols)  # noqa: E402

with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    for _b, _d in json.load(_f).items():
        L.TEXT_SPECS[_b] = {k: tuple(c["spec"]) for k, c in _d["cells"].items()}
SPECS = L.TEXT_SPECS

# text sentences that state the same number as a table cell (ambiguous + acceptable_sentence)
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "其中结果维持 72 件"
SH25_REQ = "市政府共受理政府信息公开申请"
KW_REQ = "全年收到政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
SH19_ACT = "主动公开规章13件"
KW_ACT = "当年发布政府信息 393"
SY_REQ = "全县全年共受理政府信息公开申请"
HA_ACT = "新增公开市政府规章"

PLAIN = [
 # (lang, body, keys, question, extra kwargs)
 ("zh", "ha", "r.granted.total", "淮安市政府2024年依申请公开里 申请了就全部给公开的 一共几件", {}),
 ("zh", "ha", "r.partially_granted.total", "淮安2024年 部分公开的申请有多少件啊", {}),
 ("zh", "ha", "r.unable.not_held.total", "我帮邻居问的 淮安市2024年因为政府说“本机关不掌握”没给的申请总共多少", {}),
 ("zh", "ha", "r.withheld.admin_query.total", "淮安二〇二四年度报告里，被当成行政查询事项不予公开的有几件？", {}),
 ("zh", "ha", "r.not_processed.petition.total", "淮安24年有多少申请被认定是信访举报投诉类 所以不予处理", {}),
 ("zh", "ha", "c.regulations.in_force", "请问淮安市政府2024年底现行有效的规章有几件", {}),
 ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件行政规范性文件？", {}),
 ("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额是多少万元", {}),
 ("zh", "ha", "r.received.legal_services", "做律师的想问：淮安2024年律所这类法律服务机构提了多少件公开申请", {}),
 ("zh", "ha", "a.litigation_direct.total", "淮安市人民政府2024年没走复议直接去法院告的信息公开案子有几起", {}),
 ("zh", "ha", "a.review.total", "淮安2024政府信息公开行政复议总数多少", {"alt": (HA_APP, 351)}),
 ("zh", "ha", "r.received.total", "12345转来电：市民问淮安市2024年本年新收的信息公开申请一共多少件", {"alt": (HA_REQ, 3119)}),
 ("zh", "ha", "r.other.overdue_correction.total", "淮安2024年申请人逾期不补正、被当作放弃申请的有几件", {}),
 ("zh", "ha", "c.licensing.decisions", "淮安市2024年行政许可处理决定数量", {}),
 ("en", "ha", "r.granted.total", "Huai'an city gov 2024 — how many info requests were fully granted (予以公开)?", {}),
 ("en", "ha", "r.unable.needs_creation.total", "In 2024, how many Huaian requests were refused because the info would have to be newly compiled or made?", {}),
 ("en", "ha", "r.withheld.third_party.total", "huaian 2024 requests turned down bc disclosure would hurt a third party's rights, how many", {}),
 ("en", "ha", "c.coercion.decisions", "How many administrative coercion decisions did Huai'an report for 2024?", {}),
 ("en", "ha", "c.normative_docs.in_force", "Number of normative documents (规范性文件) still valid at end of 2024, Huai'an municipal government?", {}),
 ("en", "ha", "a.litigation_after_review.total", "For Huai'an in 2024, how many lawsuits came after an administrative review had already been done?", {}),
 ("en", "ha", "r.received.commercial", "I'm a reporter. How many disclosure requests did businesses (商业企业) file with Huai'an in 2024?", {}),
 ("en", "ha", "r.withheld.state_secret.total", "huai an 2024 state secret refusals count??", {}),
 ("en", "ha", "a.review.corrected", "Huai'an 2024 admin reviews on disclosure: how many ended with the decision being corrected?", {"alt": (HA_APP, 64)}),
 ("en", "ha", "r.carried_forward.total", "How many Huai'an requests from 2024 were pushed to the following year to be answered?", {"alt": (HA_REQ, 103)}),
 ("zh", "sy", "r.received.total", "沭阳县政府2025年表里本年新收的申请多少件（不算上年结转）", {}),
 ("zh", "sy", "r.granted.total", "我2025年春天帮我妈给沭阳县政府写过申请，后来给公开了。想问下2025年全县像这样直接予以公开的一共有多少件", {}),
 ("zh", "sy", "r.unable.not_held.total", "沭阳2025 本机关不掌握相关政府信息 几件", {}),
 ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年因为属于内部事务信息不予公开的有多少", {}),
 ("zh", "sy", "r.other.other.total", "沭阳县2025年处理结果里“其他”那一栏总计多少件", {}),
 ("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年现行有效的行政规范性文件有几件", {}),
 ("zh", "sy", "c.punishment.decisions", "沭阳县二〇二五年行政处罚决定数是多少？", {}),
 ("zh", "sy", "a.review.pending", "沭阳县政府2025年信息公开复议还没审完的有几件", {}),
 ("zh", "sy", "r.carried_forward.total", "2025年沭阳县有多少件申请结转到下一年度继续办理？", {"alt": (SY_REQ, 31)}),
 ("zh", "sy", "r.other.overdue_fee.total", "沭阳25年 申请人逾期没交信息处理费的有几件", {}),
 ("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额（万元）", {}),
 ("zh", "sy", "a.litigation_after_review.upheld", "沭阳县2025年复议后又起诉的案子里，法院维持的有几件", {}),
 ("en", "sy", "r.partially_granted.total", "Shuyang County 2025: how many requests got partial disclosure?", {}),
 ("en", "sy", "r.received.natural_person", "How many new requests from individual citizens did Shuyang receive in 2025 (only the ones newly received, per the table)?", {}),
 ("en", "sy", "a.review.total", "shuyang county gov 2025 admin review cases about info disclosure total?", {}),
 ("en", "sy", "c.licensing.decisions", "What was Shuyang County's number of administrative licensing decisions in 2025?", {}),
 ("en", "sy", "r.not_processed.duplicate.total", "For Shuyang 2025, how many were rejected as repeat requests (重复申请)?", {}),
 ("en", "sy", "r.total_processed.total", "Shuyang County 2025 — total number of requests handled (办理结果总计)?", {"alt": (SY_REQ, 718)}),
 ("en", "sy", "c.normative_docs.issued", "how many normative docs did Shuyang county issue in 2025", {}),
 ("en", "sy", "a.review.corrected", "My client wants to know: in 2025, how many of Shuyang's disclosure-related admin reviews were overturned/corrected?", {}),
 ("en", "sy", "r.withheld.enforcement_files.total", "Shuyang 2025, requests refused because they were administrative enforcement case files?", {}),
 ("en", "sy", "r.received.legal_services", "Law firms and legal service orgs: how many requests did they file with Shuyang County in 2025?", {}),
 ("zh", "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定多少个", {}),
 ("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年 政府答复说本机关查无此信息的 有几件", {}),
 ("zh", "hz23", "c.fees.amount", "洪泽2023年行政事业性收费是多少万元？", {}),
 ("zh", "hz23", "r.partially_granted.total", "洪泽区2023年依申请公开里部分公开多少件", {}),
 ("zh", "hz23", "c.normative_docs.repealed", "洪泽区人民政府二〇二三年废止规范性文件数", {}),
 ("en", "hz23", "c.licensing.decisions", "Hongze District 2023: number of administrative licensing decisions?", {}),
 ("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023 — how many requests couldn't be met since the info had to be created anew?", {}),
 ("en", "hz23", "c.coercion.decisions", "hongze district 2023 administrative coercion number pls", {}),
 ("en", "hz23", "a.review.upheld", "In 2023, in how many admin reviews was Hongze District's disclosure decision upheld?", {}),
 ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定有多少", {}),
 ("zh", "hz24", "r.unable.not_held.total", "洪泽2024年 本机关不掌握的申请几件", {}),
 ("zh", "hz24", "c.normative_docs.issued", "洪泽区政府2024年新制发了几件规范性文件？", {}),
 ("en", "hz24", "c.punishment.decisions", "Hongze District, FY2024: how many administrative penalty decisions?", {}),
 ("en", "hz24", "r.granted.total", "how many requests did hongze fully disclose in 2024", {}),
 ("en", "hz24", "c.fees.amount", "Hongze 2024 administrative fees collected (行政事业性收费), in 10k yuan?", {}),
 ("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购金额多少万元", {}),
 ("zh", "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少件？", {}),
 ("zh", "sh19", "r.unable.not_held.natural_person", "2019年上海市府办收到的自然人申请里，因为不掌握而无法提供的有几件", {}),
 ("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年 自然人的信访举报投诉类申请不予处理的多少件", {}),
 ("zh", "sh19", "r.withheld.state_secret.natural_person", "上海市府办2019年 自然人申请中以国家秘密为由不予公开的有几件", {}),
 ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly released (对外公开总数)?", {}),
 ("en", "sh19", "r.received.commercial", "How many disclosure requests from commercial enterprises did the Shanghai municipal general office receive in 2019?", {}),
 ("en", "sh19", "c.procurement.projects", "Number of government procurement projects, Shanghai General Office, 2019?", {}),
 ("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office 2019, individuals' requests refused because info needed to be newly made — count?", {}),
 ("zh", "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购项目总金额（万元）", {}),
 ("zh", "jx", "c.normative_docs.made", "涧西区2020年本年新制作的规范性文件有几件", {}),
 ("en", "jx", "r.granted.total", "Jianxi District office 2020: requests granted in full?", {}),
 ("en", "jx", "c.procurement.projects", "jianxi district 2020 how many procurement projects", {}),
 ("zh", "jx", "r.unable.not_held.total", "涧西区人民政府办公室2020年本机关不掌握的申请有几件", {}),
 ("zh", "kw", "c.licensing.decisions", "上海市科委2024年行政许可决定数是多少", {}),
 ("zh", "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件几件？", {}),
 ("en", "kw", "c.normative_docs.issued", "STCSM (Shanghai science commission) 2024 — normative documents issued that year?", {"alt": (KW_ACT, 13)}),
 ("en", "kw", "r.received.natural_person", "Shanghai Science and Technology Commission in 2024: requests from natural persons?", {}),
 ("zh", "kw", "r.total_processed.total", "上海科委2024年办理结果总计多少件", {}),
 ("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年不掌握相关信息的申请有多少件", {}),
 ("zh", "sh25", "r.granted.total", "上海市政府办公厅2025年予以公开多少件", {}),
 ("zh", "sh25", "r.not_processed.petition.total", "2025年上海市府办 信访举报投诉类不予处理几件", {}),
 ("zh", "sh25", "a.review.total", "上海市政府办公厅2025年政府信息公开行政复议总计是多少", {}),
 ("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025 — requests carried over into the next year?", {}),
 ("en", "sh25", "r.unable.needs_creation.total", "Shanghai gen. office, 2025: how many requests needed creating new info (需要另行制作)?", {}),
 ("en", "sh25", "a.litigation_direct.total", "How many lawsuits were filed directly (without review first) against the Shanghai General Office in 2025?", {}),
 ("en", "sh25", "r.received.commercial", "Shanghai General Office 2025, requests from companies?", {}),
 ("en", "sh25", "r.not_processed.duplicate.total", "shanghai general office 2025 duplicate requests not processed how many", {}),
]

COMBINE = [
 ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年 全部公开加上部分公开一共多少件"),
 ("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up all three 'unable to provide' rows (not held, needs creation, unclear) — total?"),
 ("zh", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other"], "沭阳县2025年复议里已经审结的（维持+纠正+其他结果）合计多少"),
 ("en", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025 lawsuits: direct ones plus after-review ones, how many altogether?"),
 ("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年许可、处罚、强制三类决定加起来多少"),
 ("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019: newly made regulations plus newly made normative documents, combined?"),
 ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "学生写作业：淮安2024年表里“不予公开”下面8个小项加总是多少？"),
 ("en", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025: sum of petition, duplicate, overdue-correction, overdue-fee and 'other' rows?"),
 ("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "上海市府办2025年复议、直接诉讼、复议后诉讼 三个总计加一起"),
 ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze 2024 licensing decisions + penalty decisions = ?"),
 ("zh", "kw", ["r.received.total", "r.carried_over.total"], "市科委2024年 本年新收加上年结转 合计多少"),
 ("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020, granted plus not-held requests, total?"),
 ("zh", "sy", ["r.received.commercial", "r.received.legal_services"], "沭阳2025年 商业企业和法律服务机构两类申请人一共申请了几件", {"alt": (SY_REQ, 8)}),
 ("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Across reviews, direct suits and after-review suits, how many Huai'an 2024 cases ended 'upheld' (维持)?"),
 ("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年自然人 本年新收加上年结转 一共"),
 ("en", "sh25", ["r.granted.total", "r.unable.not_held.total"], "Shanghai General Office 2025: granted requests plus not-held ones, summed?"),
]

DIFFS = [
 ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少"),
 ("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's penalty decisions from 2023 to 2024 (2024 minus 2023)?"),
 ("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽 行政强制 2023到2024变化多少（后减前）"),
 ("en", "hz23", "hz24", "c.fees.amount", "How did Hongze's administrative fee income change between 2023 and 2024, in 万元?"),
 ("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件 2024年相比2023年增减多少件"),
 ("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: new requests from individuals, 2025 vs 2019 — difference?"),
 ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度继续办理的申请，2025年比2019年多多少件"),
 ("en", "sh19", "sh25", "a.review.total", "By how much did admin review cases for the Shanghai General Office change from 2019 to 2025?"),
 ("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的案件数，2019年到2025年增加了几件"),
]

RANKS = [
 ("zh", ["ha", "sy", "hz23"], "r.granted.total", "desc", "淮安2024、沭阳2025、洪泽2023这三家 谁予以公开的件数最多"),
 ("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "Of Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who got the fewest new requests?"),
 ("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "行政处罚决定数：淮安市2024、沭阳县2025、洪泽区2023，哪个最高"),
 ("en", ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Lowest administrative fee amount among Huai'an (2024), Shuyang (2025) and Hongze (2023)?"),
 ("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转下年度最多的是哪个：淮安2024年、沭阳2025年、上海市府办2019年"),
 ("en", ["ha", "sy", "hz23", "jx"], "r.total_processed.total", "desc", "Rank Huai'an 2024, Shuyang 2025, Hongze 2023, Jianxi 2020 by total requests processed — who's top?"),
 ("zh", ["ha", "sy", "hz23"], "r.unable.not_held.total", "asc", "不掌握相关信息这一项，淮安(2024)沭阳(2025)洪泽(2023)里哪家最少"),
 ("en", ["ha", "sy", "jx"], "a.review.total", "desc", "Which had the most disclosure admin reviews: Huai'an 2024, Shuyang 2025 or Jianxi 2020?"),
 ("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "行政许可数量排第一的是？淮安市2024年、沭阳县2025年、洪泽区2023年"),
 ("en", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Among Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019, which got the fewest business requests?"),
 ("zh", ["ha", "sy", "jx"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼，淮安2024年、沭阳2025年、涧西2020年哪家最少"),
 ("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "desc", "partial disclosures: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023, biggest?"),
 ("zh", ["ha", "sy"], "c.normative_docs.issued", "desc", "新制发规范性文件，淮安市政府2024年和沭阳县政府2025年哪个多"),
]

NARR = [
 ("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年设置了多少个试点领域搞基层政务公开标准化"),
 ("zh", "ha", "新闻发布会 12", 12, "场", "淮安市2024年一共开了几场新闻发布会"),
 ("en", "ha", "在运维政务新媒体", 95, "个", "How many government new-media accounts was Huai'an operating per its 2024 report?"),
 ("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年组织了几次信息公开栏目全覆盖检查"),
 ("en", "ha", "信息处理费 3940", 3940, "元", "How much in information processing fees (信息处理费) did Huai'an collect in 2024, in yuan?"),
 ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
 ("en", "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024: how many items of government info were posted on the website platform?"),
 ("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
 ("zh", "sy", "通过县政府门户网站主动公开政府信息", 4511, "条", "沭阳县2025年门户网站主动公开信息多少条"),
 ("en", "sy", "开展意见征集", 9, "期", "How many rounds of public consultation (意见征集) did Shuyang run through its portal in 2025?"),
 ("zh", "sy", "在信息公开页面发布信息", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条信息"),
 ("en", "sy", "专栏33个", 33, "个", "Shuyang 2025 report: how many special columns did the new-media matrix open?"),
 ("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳2025年策采的新闻稿件有多少篇"),
 ("en", "sy", "原创短视频1113", 1113, "个", "how many original short videos did shuyang push in 2025"),
 ("zh", "sy", "年度涌现爆款内容", 52, "条", "沭阳县2025年出了多少条爆款内容"),
 ("en", "sy", "49条破百万", 49, "条", "Of Shuyang's viral posts in 2025, how many passed a million views but not ten million?"),
 ("zh", "sy", "64家单位", 64, "家", "沭阳县2025年一共有多少家单位的年报是集中公开的"),
 ("en", "sy", "累计清理过期信息", 697, "条", "In its 2025 cleanup, how many outdated items did Shuyang remove?"),
 ("zh", "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年收取信息处理费总共多少元"),
 ("en", "kw", "批量推送集成式发布政策", 121, "条", "STCSM 2024: how many policies were pushed in batch integrated releases?"),
 ("zh", "kw", "日常报送惠企政策", 83, "条", "上海市科委2024年日常报送了多少条惠企政策"),
 ("en", "kw", "个高频事项", 5, "个", "How many high-frequency services got the 阅办联动 link at the Shanghai science commission in 2024?"),
 ("zh", "kw", "网站全年累计发布信息", 2139, "条", "上海科技网站2024年全年发布信息多少条（市科委年报）"),
 ("en", "kw", "解读类信息发布", 21, "条", "Shanghai science commission 2024: number of policy interpretation items on its website?"),
 ("zh", "kw", "微信公众号共编发文章", 1640, "篇", "上海科委2024年 公众号发了多少篇文章"),
 ("en", "kw", "原创文章 294", 294, "篇", "How many original WeChat articles did STCSM publish in 2024?"),
 ("zh", "kw", "视频号共制作并发布短视频", 584, "条", "市科委2024年视频号发布短视频几条"),
 ("en", "kw", "直播 118", 118, "场", "Shanghai science commission 2024 live streams — how many?"),
 ("zh", "kw", "关注人数达", 1016823, "人", "上海科技公众号关注人数（2024年报里写的）是多少"),
 ("en", "sh25", "新闻发布会 42", 42, "场", "How many press conferences did the Shanghai municipal government hold per the 2025 General Office report?"),
 ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年年报说开了几场新闻通气会"),
 ("en", "sh25", "信息公开任务", 125, "项", "Shanghai 2025 (General Office report): how many disclosure tasks in key areas?"),
 ("zh", "sh25", "公开属性审查", 166, "件", "上海市政府办公厅2025年完成公文公开属性审查多少件"),
 ("en", "sh25", "发布审查 330", 330, "件", "How many release reviews (发布审查) did the Shanghai General Office complete in 2025?"),
 ("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "2025年上海市政府公报编了几期"),
 ("en", "sh25", "刊登市政府规章", 243, "件", "How many documents did the Shanghai government gazette carry in 2025?"),
 ("zh", "sh25", "申请人主动撤回", 157, "件", "上海市府办2025年有多少件申请是申请人自己撤回的"),
 ("en", "sh25", "全部上线数字公报", 16, "个", "Per the Shanghai General Office 2025 report, how many districts have launched digital gazettes?"),
 ("en", "hz24", "解读信息发布", 7, "条", "Hongze District 2024 — how many policy interpretation items were released?"),
]

CANNOT = [
 ("zh", "淮安市2024年信息公开申请里男的女的各多少", "no sex breakdown"),
 ("zh", "沭阳县2025年申请人年龄分布能告诉我吗", "no age breakdown"),
 ("zh", "洪泽区2023年3月份收到几件申请", "no month breakdown"),
 ("zh", "淮安2024年第二季度申请量多少", "no quarter breakdown"),
 ("zh", "沭阳县2025年通过网上申请的和当面递交的各多少件", "no channel breakdown"),
 ("zh", "淮安市2024年清江浦区的依申请公开数量", "district breakdown not in the city report"),
 ("zh", "南京市政府2024年信息公开申请收了多少件", "body not in corpus"),
 ("zh", "洪泽区2022年的年报里受理申请多少件", "year not in corpus"),
 ("zh", "沭阳县2024年行政复议多少件", "year not in corpus"),
 ("zh", "2026年淮安市预计会收到多少件信息公开申请", "forecast"),
 ("zh", "你觉得上海市府办2025年的信息公开工作做得好不好", "opinion"),
 ("zh", "我2025年3月给沭阳县政府交的申请现在办到哪一步了", "one person's case"),
 ("zh", "淮安市2024年提申请的那些人叫什么名字 电话多少", "personal data"),
 ("zh", "上海市科委2023年收了几件申请", "year not in corpus"),
 ("zh", "沭阳县2025年负责信息公开的工作人员有几个", "staff not stated"),
 ("zh", "淮安2024年平均多少天答复一件申请", "response times not stated"),
 ("zh", "涧西区2021年依申请公开多少件", "year not in corpus"),
 ("zh", "上海市府办2025年申请最多的是关于什么主题", "topic breakdown not stated"),
 ("zh", "宿迁市政府2025年的行政复议数量", "body not in corpus"),
 ("en", "How many of Huai'an's 2024 requesters were women?", "no sex breakdown"),
 ("en", "Shuyang County 2025: how many requests came in each month?", "no month breakdown"),
 ("en", "What share of Shanghai General Office 2025 requests were about housing?", "no topic breakdown"),
 ("en", "How many requests did Pudong New Area get in 2024?", "body not in corpus"),
 ("en", "Hongze District 2022 annual report — requests received?", "year not in corpus"),
 ("en", "Predict Shuyang's 2026 request volume please", "forecast"),
 ("en", "Is Huai'an more transparent than Shanghai, judging by the 2024 and 2025 reports?", "opinion"),
 ("en", "I filed a request with Hongze District in 2024 about my land. Was mine one of the ones refused?", "one person's case"),
 ("en", "Give me the names of people who sued the Shanghai General Office in 2019", "personal data"),
 ("en", "How much did Huai'an spend on its disclosure staff in 2024?", "costs not stated"),
 ("en", "How many requests did Jianxi District get from people living outside the district in 2020?", "residence breakdown not stated"),
 ("en", "STCSM 2023 report: how many requests?", "year not in corpus"),
 ("en", "Shanghai General Office 2022, review cases count?", "year not in corpus"),
 ("en", "For Huai'an 2024, how many requests were filed by people in the manufacturing industry?", "industry breakdown not stated"),
 ("en", "Which department of Shuyang County received the most requests in 2025?", "department breakdown not stated"),
 ("en", "Why did Hongze's request numbers change in 2024?", "reasons not stated"),
 ("en", "How many requests did Nanjing city government get in 2025?", "body not in corpus"),
 ("zh", "淮安市2024年申请人里住在外地的有多少", "residence breakdown not stated"),
 ("en", "Suqian city 2024 disclosure requests total?", "body not in corpus"),
]

TRAPS = [
 ("zh", "ha", "r.carried_over.total", "淮安2024年从上一年结转过来的申请有多少件（不是结转到下一年的）", "结转上年 vs 下年", {"alt": (HA_REQ, 34)}),
 ("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits filed AFTER an admin review (not the direct ones) — total?", "复议后起诉 vs 直接起诉", {}),
 ("zh", "sy", "c.normative_docs.repealed", "沭阳县2025年废止的规范性文件几件（不是新制发的）", "废止 vs 制发", {}),
 ("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests needing new info to be made — not the 'not held' ones — how many?", "另行制作 vs 不掌握", {}),
 ("zh", "ha", "r.withheld.process_info.total", "淮安2024年因为属于过程性信息不予公开的（注意不是内部事务）有几件", "过程性信息 vs 内部事务", {}),
 ("en", "ha", "c.regulations.issued", "Huai'an 2024: regulations newly issued that year (not the ones in force)?", "制发 vs 现行有效", {"alt": (HA_ACT, 1)}),
 ("zh", "sy", "a.review.other", "沭阳2025年行政复议 其他结果 是几件（不是纠正那栏）", "其他结果 vs 纠正", {}),
 ("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement: the number of projects, not the amount?", "采购项目数 vs 金额", {}),
 ("zh", "sh19", "c.normative_docs.made", "上海市府办2019年规范性文件本年新制作数（不是对外公开总数）", "新制作 vs 对外公开总数", {"alt": (SH19_ACT, 60)}),
 ("en", "sy", "r.partially_granted.total", "Shuyang 2025 — partially granted only, not fully granted: count?", "部分公开 vs 予以公开", {}),
 ("zh", "ha", "r.received.legal_services", "淮安2024年法律服务机构的申请数（别跟商业企业搞混）", "法律服务机构 vs 商业企业", {}),
 ("en", "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests carried in from the previous year (not those carried forward)?", "结转上年 vs 下年", {"alt": (SH25_REQ, 189)}),
 ("zh", "hz24", "a.litigation_after_review.total", "洪泽区2024年复议后再起诉的有几件，不是直接起诉的", "复议后起诉 vs 直接起诉", {}),
]


def followups():
    out = []
    add = out.append
    add(F("zh", [("淮安市2024年予以公开多少件", E("ha", "r.granted.total")),
                 ("那部分公开呢", E("ha", "r.partially_granted.total"))], "[followup] switch row"))
    add(F("zh", [("沭阳县2025年不掌握的有几件", E("sy", "r.unable.not_held.total")),
                 ("淮安市2024年同一项呢", E("ha", "r.unable.not_held.total")),
                 ("洪泽2023年呢", E("hz23", "r.unable.not_held.total"))], "[followup] switch body and year"))
    add(F("en", [("Hongze District 2023 licensing decisions?", E("hz23", "c.licensing.decisions")),
                 ("and 2024?", E("hz24", "c.licensing.decisions"))], "[followup] switch year"))
    add(F("en", [("Shuyang 2025 admin reviews, how many upheld?", E("sy", "a.review.upheld")),
                 ("corrected?", E("sy", "a.review.corrected")),
                 ("and still pending?", E("sy", "a.review.pending"))], "[followup] switch column"))
    add(F("zh", [("上海市府办2019年自然人申请本年新收多少", E("sh19", "r.received.natural_person")),
                 ("2025年呢", E("sh25", "r.received.natural_person"))], "[followup] switch year"))
    add(F("en", [("How many penalty decisions did Hongze report for 2023?", E("hz23", "c.punishment.decisions")),
                 ("What about 2024", E("hz24", "c.punishment.decisions")),
                 ("and coercion that year?", E("hz24", "c.coercion.decisions"))], "[followup] year then row"))
    add(F("zh", [("淮安2024年行政复议结果维持几件", E("ha", "a.review.upheld", alt=(HA_APP, 72))),
                 ("直接起诉的维持呢", E("ha", "a.litigation_direct.upheld"))], "[followup] switch appeals group"))
    add(F("en", [("STCSM 2024 — licensing decisions?", E("kw", "c.licensing.decisions")),
                 ("and penalty decisions?", E("kw", "c.punishment.decisions"))], "[followup] switch row"))
    add(F("zh", [("沭阳县2025年行政许可多少", E("sy", "c.licensing.decisions")),
                 ("行政处罚呢", E("sy", "c.punishment.decisions")),
                 ("行政强制呢", E("sy", "c.coercion.decisions"))], "[followup] switch row"))
    add(F("en", [("Shanghai General Office 2025: not-held requests?", E("sh25", "r.unable.not_held.total")),
                 ("needs creation?", E("sh25", "r.unable.needs_creation.total"))], "[followup] switch row"))
    add(F("zh", [("洪泽区2024年复议多少件", E("hz24", "a.review.total")),
                 ("直接起诉的呢", E("hz24", "a.litigation_direct.total"))], "[followup] switch group"))
    add(F("en", [("Jianxi 2020: review cases total?", E("jx", "a.review.total")),
                 ("lawsuits filed directly?", E("jx", "a.litigation_direct.total")),
                 ("after review?", E("jx", "a.litigation_after_review.total"))], "[followup] switch group"))
    add(F("zh", [("淮安2024 行政强制决定多少", E("ha", "c.coercion.decisions")),
                 ("沭阳县2025年同一项", E("sy", "c.coercion.decisions")),
                 ("洪泽区2023年的", E("hz23", "c.coercion.decisions"))], "[followup] switch body"))
    add(F("en", [("Huai'an 2024, requests from other organisations (其他)?", E("ha", "r.received.other_org")),
                 ("from commercial firms?", E("ha", "r.received.commercial"))], "[followup] switch column"))
    add(F("zh", [("上海市府办2025年复议还没审结的几件", E("sh25", "a.review.pending")),
                 ("直接起诉还没审结的呢", E("sh25", "a.litigation_direct.pending"))], "[followup] switch group"))
    add(F("en", [("Shuyang County 2025 — fees collected (万元)?", E("sy", "c.fees.amount")),
                 ("Huai'an 2024 same thing?", E("ha", "c.fees.amount")),
                 ("Hongze 2023?", E("hz23", "c.fees.amount"))], "[followup] switch body"))
    add(F("zh", [("上海市科委2024年新制发规范性文件几件", E("kw", "c.normative_docs.issued", alt=(KW_ACT, 13))),
                 ("现行有效的呢", E("kw", "c.normative_docs.in_force"))], "[followup] switch column"))
    add(F("en", [("Hongze 2024 normative documents issued?", E("hz24", "c.normative_docs.issued")),
                 ("and in force at year end?", E("hz24", "c.normative_docs.in_force"))], "[followup] switch column"))
    add(F("zh", [("淮安市2024年废止规范性文件多少", E("ha", "c.normative_docs.repealed")),
                 ("沭阳2025年呢", E("sy", "c.normative_docs.repealed")),
                 ("洪泽2023的", E("hz23", "c.normative_docs.repealed"))], "[followup] switch body"))
    add(F("en", [("Shanghai General Office 2019 — regulations published during the year?", E("sh19", "c.regulations.published", alt=(SH19_ACT, 13))),
                 ("normative docs published?", E("sh19", "c.normative_docs.published", alt=(SH19_ACT, 60)))], "[followup] switch row"))
    add(F("zh", [("沭阳县2025年 信访类不予处理几件", E("sy", "r.not_processed.petition.total")),
                 ("淮安2024呢", E("ha", "r.not_processed.petition.total"))], "[followup] switch body"))
    add(F("en", [("Jianxi District 2020 procurement amount (万元)?", E("jx", "c.procurement.amount")),
                 ("and Shanghai General Office for 2019?", E("sh19", "c.procurement.amount"))], "[followup] switch body"))
    add(F("zh", [("淮安2024年第三方权益不公开几件", E("ha", "r.withheld.third_party.total")),
                 ("危及三安全一稳定的呢", E("ha", "r.withheld.security_stability.total")),
                 ("法律行政法规禁止的", E("ha", "r.withheld.prohibited_by_law.total"))], "[followup] switch row"))
    add(F("en", [("Shanghai General Office 2025 direct lawsuits total?", E("sh25", "a.litigation_direct.total")),
                 ("after-review lawsuits?", E("sh25", "a.litigation_after_review.total"))], "[followup] switch group"))
    add(F("zh", [("洪泽区2023年需要另行制作的几件", E("hz23", "r.unable.needs_creation.total")),
                 ("沭阳县2025年呢", E("sy", "r.unable.needs_creation.total")),
                 ("淮安24年呢", E("ha", "r.unable.needs_creation.total"))], "[followup] switch body"))
    add(F("en", [("Shuyang 2025, requests from individuals granted in full?", E("sy", "r.granted.natural_person")),
                 ("partially granted for individuals?", E("sy", "r.partially_granted.natural_person"))], "[followup] switch row"))
    add(F("zh", [("淮安2024年 复议后起诉 纠正了几件", E("ha", "a.litigation_after_review.corrected")),
                 ("尚未审结呢", E("ha", "a.litigation_after_review.pending"))], "[followup] switch column"))
    add(F("en", [("Hongze 2024 carried forward into next year?", E("hz24", "r.carried_forward.total")),
                 ("and Shuyang 2025?", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "[followup] switch body"))
    add(F("zh", [("上海市府办2025年商业企业申请多少", E("sh25", "r.received.commercial")),
                 ("2019年呢", E("sh19", "r.received.commercial"))], "[followup] switch year"))
    add(F("en", [("Huai'an 2024 requests answered late-fee overdue (逾期未缴费)?", E("ha", "r.other.overdue_fee.total")),
                 ("and 'other' handling?", E("ha", "r.other.other.total")),
                 ("Shuyang 2025 'other'?", E("sy", "r.other.other.total"))], "[followup] switch row and body"))
    add(F("zh", [("沭阳县2025年商业企业申请几件", E("sy", "r.received.commercial")),
                 ("法律服务机构呢", E("sy", "r.received.legal_services"))], "[followup] switch column"))
    add(F("en", [("Hongze 2023: partially disclosed requests?", E("hz23", "r.partially_granted.total")),
                 ("refused as state secrets?", E("hz23", "r.withheld.state_secret.total"))], "[followup] switch row"))
    add(F("zh", [("上海市府办2025年重复申请不予处理几件", E("sh25", "r.not_processed.duplicate.total")),
                 ("沭阳县25年的呢", E("sy", "r.not_processed.duplicate.total")),
                 ("淮安2024年", E("ha", "r.not_processed.duplicate.total"))], "[followup] switch body"))
    add(F("en", [("Shanghai General Office 2019: individuals' requests rejected because the content was unclear (申请内容不明确)?", E("sh19", "r.unable.unclear.natural_person")),
                 ("ok and individuals' duplicate requests not processed?", E("sh19", "r.not_processed.duplicate.natural_person"))], "[followup] switch row"))
    add(F("zh", [("涧西区2020年规范性文件对外公开总数", E("jx", "c.normative_docs.total_published")),
                 ("上海市府办2019年呢", E("sh19", "c.normative_docs.total_published"))], "[followup] switch body"))
    add(F("en", [("Huai'an 2024 regulations in force?", E("ha", "c.regulations.in_force")),
                 ("normative docs in force?", E("ha", "c.normative_docs.in_force")),
                 ("Shuyang 2025 normative docs in force?", E("sy", "c.normative_docs.in_force"))], "[followup] switch row and body"))
    add(F("zh", [("上海市府办2025年予以公开几件", E("sh25", "r.granted.total")),
                 ("上海市科委2024年呢", E("kw", "r.granted.total", alt=("同意公开答复", 9)))], "[followup] switch body"))
    add(F("en", [("Shuyang 2025 admin enforcement files withheld?", E("sy", "r.withheld.enforcement_files.total")),
                 ("Huai'an 2024 same?", E("ha", "r.withheld.enforcement_files.total"))], "[followup] switch body"))
    return out


def CONVERSATIONS():
    out = []
    for lang, b, k, q, kw in PLAIN:
        out.append(V(lang, b, k, q, "[plain] table value"
                     + (" (gold)" if L.BODIES[b][2] else " (printed row)"), **kw))
    for row in COMBINE:
        lang, b, ks, q = row[:4]
        kw = row[4] if len(row) > 4 else {}
        out.append(S(lang, b, ks, q, "[combine] sum of the listed cells", **kw))
    for lang, b1, b2, k, q in DIFFS:
        out.append(D(lang, b1, b2, k, q, "[combine] later year minus earlier year"))
    for lang, bs, k, order, q in RANKS:
        out.append(R(lang, bs, k, order, q, "[rank] ranking over bodies with gold"))
    out.extend(followups())
    for lang, b, kwd, v, unit, q in NARR:
        out.append(N(lang, b, kwd, v, unit, q, "[textonly] number stated only in the report text"))
    for lang, q, why in CANNOT:
        out.append(U(lang, q, why, "[cannot] " + why))
    for lang, b, k, q, what, kw in TRAPS:
        out.append(T(lang, b, k, q, "[neighbour] " + what, **kw))
    return out
