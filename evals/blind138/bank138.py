"""Question bank of blind evaluation set 138 (evals/blind138). Every wording written new for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Emphasis: about a third of the conversations look answerable but must get no number ([cannot]).
Table values come from gold/*.json via helpers138; for the three reports without gold only the
printed cells named in SPECS (parsed from the text line, stored in text_cells.json).
"""
import blindlib138 as L
from helpers138 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V)

SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
L.TEXT_SPECS.update(SPECS)

GOLD5 = ["jx", "ha", "hz23", "sy", "sh19"]


def plain():
    P = "[plain] "
    rows = [
        # (body, keys, zh, en, extra kw)
        ("ha", "c.regulations.in_force", "淮安市政府到2024年底还在生效的规章一共几部？",
         "How many Huai'an municipal regulations were still valid at the end of 2024?", {}),
        ("ha", "c.normative_docs.repealed", "淮安2024年清理掉、宣布作废的规范性文件有多少件？",
         "In 2024 how many normative documents did Huaian cancel outright?", {}),
        ("ha", "r.withheld.admin_query.total", "2024年淮安市政府把多少件申请当成行政查询事项、没给公开？",
         "For Huai'an in 2024, how many requests were refused because they were really administrative look-up matters?", {}),
        ("ha", "r.unable.needs_creation.total", "淮安市2024年有几件申请是因为得重新加工制作信息才没法提供的？",
         "Huai'an 2024: requests that could not be met because the data would have had to be newly compiled — how many?", {}),
        ("ha", "r.other.overdue_fee.total", "2024年淮安，申请人该交信息处理费却一直没交的有几件？",
         "How many Huai'an requests in 2024 lapsed because the applicant never paid the processing fee?", {}),
        ("ha", "r.received.legal_services", "律师事务所这类法律服务机构2024年向淮安市政府提了多少件公开申请？",
         "How many new requests did law firms and other legal-service bodies file with Huai'an city government in 2024?", {}),
        ("ha", "a.litigation_direct.corrected", "2024年淮安市信息公开官司里，没经过复议直接起诉、最后被法院纠正的有几件？",
         "Huai'an 2024: lawsuits filed straight to court (no review first) that ended with the government corrected — how many?", {}),
        ("ha", "a.review.pending", "截至2024年报告时，淮安市还没审结的信息公开行政复议有几件？",
         "How many Huai'an information-disclosure administrative reviews were still undecided at the end of 2024?", {}),
        ("ha", "c.coercion.decisions", "淮安2024年作出的行政强制决定数是多少？",
         "What number of administrative coercion decisions did Huai'an report for 2024?", {}),
        ("ha", "r.withheld.third_party.total", "二〇二四年淮安市因为会损害第三方合法权益而不公开的申请有几件？",
         "In FY2024, how many Huai'an requests were withheld to protect a third party's lawful rights?", {}),
        ("sy", "r.withheld.internal_affairs.total", "沭阳县2025年以属于内部事务信息为由拒绝公开的有多少件？",
         "Shuyang County 2025: how many requests were refused as purely internal-affairs information?", {}),
        ("sy", "r.unable.not_held.total", "25年沭阳县政府回复'我们这里没有这个信息'的申请有多少？",
         "How many 2025 requests did Shuyang answer with 'we do not hold that information'?", {}),
        ("sy", "c.normative_docs.in_force", "沭阳县截至2025年现行有效的规范性文件数是？",
         "How many normative documents of Shuyang were in force as of 2025?", {}),
        ("sy", "r.other.other.total", "2025年沭阳县依申请公开里归入'其他'处理的那一项是多少件？",
         "In Shuyang's 2025 report, how many requests ended up in the catch-all 'other handling' line?", {}),
        ("sy", "a.review.corrected", "2025年沭阳县信息公开复议案件中被纠正的有几件？",
         "How many of Shuyang County's 2025 disclosure reviews went against the government (corrected)?", {}),
        ("sy", "r.not_processed.petition.total", "沭阳2025年有多少申请被认定其实是信访投诉举报、不按公开申请处理？",
         "Shuyang 2025: how many requests were set aside because they were really complaints or petitions?", {}),
        ("sy", "r.carried_over.total", "沭阳县2025年从上一年接着办的申请有多少件？",
         "How many requests did Shuyang carry into 2025 from the year before?", {}),
        ("sy", "c.licensing.decisions", "2025年沭阳县一共作出多少件行政许可？",
         "Total administrative licensing decisions made by Shuyang County in 2025?", {}),
        ("hz23", "c.punishment.decisions", "洪泽区2023年行政处罚做了多少件？",
         "How many administrative penalty decisions did Hongze District issue in 2023?", {}),
        ("hz23", "r.unable.not_held.total", "2023年洪泽区因为手里没有相关信息而没法提供的申请有几件？",
         "Hongze 2023: requests the district could not answer because it did not hold the information?", {}),
        ("hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额是多少万元？",
         "What was Hongze District's administrative fee take in 2023, in 10k yuan?", {"unit": "万元"}),
        ("hz23", "r.partially_granted.total", "洪泽2023年有几件申请只公开了一部分？",
         "How many Hongze requests in 2023 were answered with partial disclosure?", {}),
        ("jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个？",
         "How many centralised procurement projects did Jianxi District report for 2020?", {}),
        ("jx", "r.granted.total", "涧西区政府办2020年直接同意公开的申请有几件？",
         "How many 2020 requests did the Jianxi District office grant in full?", {}),
        ("jx", "c.procurement.amount", "2020年涧西区政府集中采购总金额是多少万元？",
         "What was the total value of Jianxi District's centralised procurement in 2020 (10k yuan)?", {"unit": "万元"}),
        ("sh19", "c.regulations.total_published", "上海市政府办公厅2019年对外公开的规章总数是多少？",
         "In 2019, how many regulations in total had the Shanghai General Office published externally?", {}),
        ("sh19", "c.procurement.amount", "2019年上海市府办政府集中采购金额有多少万元？",
         "Shanghai General Office 2019: centralised procurement value in 10k yuan?", {"unit": "万元"}),
        ("sh19", "r.received.commercial", "2019年上海市府办收到企业提交的公开申请多少件？",
         "How many requests did companies send to the Shanghai General Office in 2019?", {}),
        ("sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年把多少件个人申请当作信访举报没有处理？",
         "How many individuals' requests did Shanghai's General Office treat as petitions and not process in 2019?", {}),
        ("sh19", "r.unable.unclear.natural_person", "2019年上海市府办因为个人申请内容说不清楚而没法提供的有几件？",
         "2019, Shanghai General Office: individual requests that could not be met because they were too vague?", {}),
        ("hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理了多少件？",
         "How many licensing decisions did Hongze District make in 2024?", {}),
        ("hz24", "r.unable.not_held.total", "2024年洪泽区政府答复本机关不掌握的申请是多少件？",
         "For 2024, how many Hongze requests got the answer that the district holds no such information?", {}),
        ("kw", "c.licensing.decisions", "上海市科委2024年作出的行政许可有几件？",
         "How many licensing decisions did STCSM make in 2024?", {}),
        ("kw", "c.normative_docs.issued", "2024年上海科委新制发了几件规范性文件？",
         "How many new normative documents did the Shanghai science commission issue in 2024?", {}),
        ("sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年因需要另行制作而没提供的申请多少件？",
         "Shanghai General Office 2025: requests not met because the information would have had to be created?", {}),
        ("sh25", "r.not_processed.duplicate.total", "2025年上海市府办认定为重复申请的有几件？",
         "How many 2025 requests did the Shanghai General Office set aside as repeat requests?", {}),
    ]
    out = []
    for b, k, zh, en, kw in rows:
        out.append(V("zh", b, k, zh, P + "table value", **kw))
        out.append(V("en", b, k, en, P + "table value", **kw))
    return out


def combine():
    P = "[combine] "
    o = []
    o.append(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
               "淮安市2024年全部公开和部分公开的申请加起来多少件？", P + "sum of 2 cells"))
    o.append(S("en", "ha", ["r.granted.total", "r.partially_granted.total"],
               "Add Huai'an's fully and partly granted requests for 2024 — what is the total?", P + "sum of 2 cells"))
    o.append(S("zh", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"],
               "2024年淮安市复议纠正、直接起诉纠正、复议后起诉纠正，三项合计多少件？", P + "sum of 3 cells"))
    o.append(S("en", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
               "Huai'an 2024: sum of upheld outcomes across review, direct lawsuits and lawsuits after review?", P + "sum of 3 cells"))
    o.append(S("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                            "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
               "沭阳县2025年危及三安全一稳定、损害第三方权益、内部事务、过程性信息、行政执法案卷这五类不公开加起来多少？", P + "sum of 5 cells"))
    o.append(S("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
               "Shuyang 2025: 'not held' plus 'would need to be created' — combined count?", P + "sum of 2 cells"))
    o.append(S("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
               "2025年沭阳县行政许可、行政处罚、行政强制三类决定总共多少件？", P + "sum of 3 cells"))
    o.append(S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
               "Hongze District 2023: licensing, penalty and coercion decisions taken together?", P + "sum of 3 cells"))
    o.append(S("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"],
               "2019年上海市府办'本机关不掌握'这一行，自然人、商业企业、法律服务机构三栏合计是多少？", P + "sum of 3 cells"))
    o.append(S("en", "sh19", ["c.regulations.made", "c.normative_docs.made"],
               "Shanghai General Office 2019: regulations made plus normative documents made, together?", P + "sum of 2 cells"))
    o.append(S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total",
                              "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total",
                              "r.partially_granted.total", "r.granted.total"],
               "洪泽区2023年：国家秘密、过程性信息、执法案卷、不掌握、需另行制作、信访类、部分公开、予以公开这八项一共多少件？", P + "sum of 8 cells"))
    o.append(S("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
               "Jianxi District 2020: reviews, direct lawsuits and post-review lawsuits, all added up?", P + "sum of 3 cells"))
    o.append(S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
               "2025年上海市府办不掌握和需另行制作两项加起来是多少件？", P + "sum of 2 cells (text-row cells)"))
    o.append(D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可从2023年到2024年增加了多少件？",
               P + "difference 2023->2024"))
    o.append(D("en", "hz23", "hz24", "c.punishment.decisions", "By how much did Hongze's penalty decisions change from 2023 to 2024?",
               P + "difference 2023->2024"))
    o.append(D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效规范性文件2024年比2023年多了几件？",
               P + "difference 2023->2024"))
    o.append(D("en", "hz23", "hz24", "r.unable.not_held.total",
               "Hongze District: 'information not held' replies in 2024 versus 2023 — what is the change?", P + "difference 2023->2024"))
    o.append(D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度办理的申请，2025年比2019年多出多少？",
               P + "difference 2019->2025"))
    o.append(D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office disclosure reviews: 2025 count minus 2019 count?",
               P + "difference 2019->2025"))
    o.append(D("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市政府办公厅直接起诉的信息公开诉讼，从2019年到2025年变化了多少？",
               P + "difference 2019->2025"))
    o.append(D("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions, 2023 to 2024: up or down, and by how many?",
               P + "difference 2023->2024"))
    return o


def rank():
    P = "[rank] "
    yrs = "涧西区政府办2020年、淮安市政府2024年、洪泽区2023年、沭阳县2025年"
    o = [
        R("zh", ["jx", "ha", "hz23", "sy"], "r.received.total", "desc", yrs + "，哪家新收申请最多？", P + "4 bodies desc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc",
          "Which carried the most requests into the next year: Huai'an (2024), Shuyang (2025) or the Shanghai General Office (2019)?", P + "3 bodies desc"),
        R("zh", ["jx", "hz23", "sy"], "r.received.natural_person", "asc",
          "涧西区2020年、洪泽区2023年、沭阳县2025年三家里，自然人新申请最少的是哪家？", P + "3 bodies asc"),
        R("en", ["ha", "sy", "jx", "sh19"], "a.litigation_direct.total", "asc",
          "Of Huai'an 2024, Shuyang 2025, Jianxi 2020 and Shanghai General Office 2019, who faced the fewest direct lawsuits?", P + "4 bodies asc"),
        R("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
          "淮安市2024年、洪泽区2023年、沭阳县2025年，谁的行政许可数量最大？", P + "3 bodies desc"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "Lowest administrative fee income among Huai'an 2024, Hongze 2023 and Shuyang 2025?", P + "3 bodies asc"),
        R("zh", ["ha", "sy", "sh19"], "a.review.total", "desc",
          "淮安2024年、沭阳2025年、上海市府办2019年，信息公开复议哪家最多？", P + "3 bodies desc"),
        R("en", ["jx", "ha", "sy"], "r.granted.total", "asc",
          "Fewest fully granted requests: Jianxi District 2020, Huai'an 2024 or Shuyang 2025?", P + "3 bodies asc"),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.total_processed.total", "asc",
          "淮安市2024年、洪泽区2023年、沭阳县2025年、涧西区2020年，办理总数最少的是谁？", P + "4 bodies asc"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc",
          "Where did businesses file the most new requests: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?", P + "3 bodies desc"),
    ]
    return o


def textonly():
    P = "[textonly] "
    rows = [
        ("ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？",
         "How many press conferences did Huai'an city hold in 2024?"),
        ("ha", "政务新媒体共计 95个", 95, "个", "淮安全市2024年在运维的政务新媒体有多少个？",
         "How many government new-media accounts was Huai'an running in 2024?"),
        ("ha", "全年组织 4 次", 4, "次", "2024年淮安组织了几次信息公开栏目全覆盖检查？",
         "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?"),
        ("ha", "3940 元", 3940, "元", "淮安市政府2024年收了多少元信息处理费？",
         "How much did Huai'an collect in information processing fees in 2024, in yuan?"),
        ("hz23", "1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？",
         "How many items did Hongze post proactively on its government website in 2023?"),
        ("hz24", "2428 条", 2428, "条", "2024年洪泽区网站平台主动发布的政府信息有多少条？",
         "Hongze District 2024: number of government information items proactively published on its web platform?"),
        ("sy", "4511条", 4511, "条", "沭阳县政府门户网站2025年主动公开信息多少条？",
         "How many items did Shuyang's county portal proactively publish in 2025?"),
        ("sy", "开展意见征集9期", 9, "期", "2025年沭阳在门户网站上开展了几期意见征集？",
         "How many rounds of public consultation did Shuyang run on its portal in 2025?"),
        ("sy", "清理过期信息697条", 697, "条", "沭阳县2025年一共清理了多少条过期信息？",
         "How many outdated items did Shuyang clean off in its 2025 clean-up?"),
        ("sy", "催办提示 84 次", 84, "次", "2025年沭阳的倒计时报警器发了多少次催办提示？",
         "How many reminder prompts did Shuyang's countdown alarm send in 2025?"),
        ("sy", "64家单位", 64, "家", "沭阳2025年集中公开年度报告的单位有多少家？",
         "How many units had their annual reports published together by Shuyang in 2025?"),
        ("sy", "推送系列原创短视频1113个", 1113, "个", "沭阳县2025年政务新媒体推了多少个原创短视频？",
         "How many original short videos did Shuyang's government accounts push in 2025?"),
        ("kw", "直播 118 场", 118, "场", "上海市科委2024年做了多少场直播？",
         "How many live streams did STCSM hold in 2024?"),
        ("kw", "网站全年累计发布信息 2139 条", 2139, "条", "2024年'上海科技'网站一年发布了多少条信息？",
         "How many items did the 'Shanghai Science' website publish across 2024?"),
        ("sh25", "新闻发布会 42 场", 42, "场", "上海市政府2025年召开了多少场新闻发布会？",
         "How many municipal press conferences did Shanghai hold in 2025?"),
        ("sh25", "主动撤回 157 件", 157, "件", "2025年向上海市府办申请后又自己撤回的有多少件？",
         "In 2025, how many applicants withdrew their own requests to the Shanghai General Office?"),
        ("sh25", "24 期", 24, "期", "上海市政府公报2025年编了几期？",
         "How many issues of the Shanghai government gazette were edited in 2025?"),
        ("sh19", "发布政策解读共132件", 132, "件", "2019年'中国上海'门户网站发布了多少件政策解读？",
         "How many policy explainers did the 'China Shanghai' portal put out in 2019?"),
        ("sh19", "70家政府网站", 70, "家", "上海2019年每季度全面检查的政府网站有多少家？",
         "How many government websites did Shanghai check every quarter in 2019?"),
        ("jx", "601项事项", 601, "项", "涧西区2020年梳理出了多少项事项？",
         "How many items did Jianxi District map out in 2020 when sorting power and service steps?"),
    ]
    o = []
    for i, (b, kwd, v, unit, zh, en) in enumerate(rows):
        if i < 12:
            o.append(N("zh", b, kwd, v, unit, zh, P + "number stated only in the text"))
        if i >= 5:
            o.append(N("en", b, kwd, v, unit, en, P + "number stated only in the text"))
    o.append(N("zh", "sy", "成功推动化解各类争议纠纷 33 件", 33, "件",
               "沭阳县2025年通过办前沟通化解了多少件争议纠纷？", P + "number stated only in the text"))
    o.append(N("zh", "sh19", "权威发布共计38次", 38, "次",
               "2019年上海对市政府常务会议重要议题做了多少次权威发布？", P + "number stated only in the text"))
    o.append(N("zh", "kw", "视频号共制作并发布短视频 584 条", 584, "条",
               "上海市科委视频号2024年发了多少条短视频？", P + "number stated only in the text"))
    return o


def neighbour():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total", "淮安2024年办不完、要拖到下一年度继续办的申请有多少？",
          P + "结转下年 (103), not 上年结转 (34)"),
        T("en", "ha", "r.carried_over.total", "How many requests did Huai'an inherit from the previous year into its 2024 workload?",
          P + "上年结转 (34), not 结转下年 (103)"),
        T("zh", "ha", "a.litigation_after_review.total", "2024年淮安先复议、不服再去法院起诉的案件一共几件？",
          P + "复议后起诉 (20), not 直接起诉 (26)"),
        T("en", "ha", "c.normative_docs.issued", "How many normative documents did Huai'an newly issue in 2024 (not the ones still in force)?",
          P + "制发 (8), not 现行有效 (66) or 废止 (26)"),
        T("zh", "ha", "r.withheld.process_info.total", "淮安2024年以过程性信息为由不公开的有几件？",
          P + "过程性信息 (12), not 内部事务 (8)"),
        T("en", "sy", "r.partially_granted.total", "Shuyang 2025: requests only partly disclosed — how many?",
          P + "部分公开 (101), not 予以公开 (294)"),
        T("zh", "sh19", "c.procurement.projects", "上海市府办2019年集中采购的项目数（不是金额）是多少？",
          P + "采购项目数 (6), not 金额"),
        T("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents published to the outside, not just new ones?",
          P + "对外公开总数 (368), not 制作 (60)"),
        T("zh", "ha", "a.review.other", "淮安2024年信息公开复议里既不是维持也不是纠正的'其他结果'有多少件？",
          P + "其他结果 (178), not 纠正 (64)", alt=("其他结果 178 件", 178)),
        T("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025: requests refused because the information would need to be newly made (not the ones it simply didn't hold)?",
          P + "另行制作 (2), not 不掌握 (111)"),
    ]


def followups():
    P = "[followup] "
    o = []
    o.append(F("zh", [("淮安市政府2024年行政许可多少件？", E("ha", "c.licensing.decisions")),
                      ("沭阳县2025年同一项呢？", E("sy", "c.licensing.decisions")),
                      ("洪泽区2023年的呢？", E("hz23", "c.licensing.decisions"))], P + "switch body"))
    o.append(F("en", [("Shuyang 2025, administrative penalties?", E("sy", "c.punishment.decisions")),
                      ("And Huai'an for 2024?", E("ha", "c.punishment.decisions"))], P + "switch body"))
    o.append(F("zh", [("洪泽区2023年行政强制多少件？", E("hz23", "c.coercion.decisions")),
                      ("换成2024年呢？", E("hz24", "c.coercion.decisions"))], P + "switch year"))
    o.append(F("en", [("Hongze District fee income in 2023, 10k yuan?", E("hz23", "c.fees.amount", unit="万元")),
                      ("What about 2024?", E("hz24", "c.fees.amount", unit="万元"))], P + "switch year"))
    o.append(F("zh", [("2019年上海市府办新收申请里自然人提的有多少？", E("sh19", "r.received.natural_person")),
                      ("那2025年呢？", E("sh25", "r.received.natural_person")),
                      ("2025年企业提的呢？", E("sh25", "r.received.commercial"))], P + "switch year, then column"))
    o.append(F("en", [("How many of Huai'an's 2024 requests were granted in full?", E("ha", "r.granted.total")),
                      ("And how many of those came from individuals?", E("ha", "r.granted.natural_person")),
                      ("From legal-service bodies?", E("ha", "r.granted.legal_services"))], P + "switch column"))
    o.append(F("zh", [("淮安2024年信息公开复议维持了几件？", E("ha", "a.review.upheld")),
                      ("纠正的呢？", E("ha", "a.review.corrected")),
                      ("还没审完的呢？", E("ha", "a.review.pending"))], P + "switch column"))
    o.append(F("en", [("Shuyang 2025: reviews upheld?", E("sy", "a.review.upheld")),
                      ("And for lawsuits after review, upheld?", E("sy", "a.litigation_after_review.upheld"))], P + "switch appeals group"))
    o.append(F("zh", [("沭阳县2025年予以公开的申请多少件？", E("sy", "r.granted.total")),
                      ("部分公开的呢？", E("sy", "r.partially_granted.total"))], P + "switch row"))
    o.append(F("en", [("Huai'an 2024: refusals because disclosure is barred by law?", E("ha", "r.withheld.prohibited_by_law.total")),
                      ("And for endangering security and stability?", E("ha", "r.withheld.security_stability.total")),
                      ("State secrets?", E("ha", "r.withheld.state_secret.total"))], P + "switch row"))
    o.append(F("zh", [("涧西区2020年收到的依申请公开有多少件？", E("jx", "r.received.total")),
                      ("其中本机关不掌握的有几件？", E("jx", "r.unable.not_held.total"))], P + "switch row"))
    o.append(F("en", [("Jianxi 2020: administrative reviews, total?", E("jx", "a.review.total")),
                      ("Huai'an, 2024, same figure?", E("ha", "a.review.total"))], P + "switch body and year"))
    o.append(F("zh", [("上海市科委2024年现行有效的规范性文件多少件？", E("kw", "c.normative_docs.in_force")),
                      ("洪泽区2024年呢？", E("hz24", "c.normative_docs.in_force"))], P + "switch body"))
    o.append(F("en", [("STCSM 2024: penalty decisions?", E("kw", "c.punishment.decisions")),
                      ("And Hongze for 2024?", E("hz24", "c.punishment.decisions"))], P + "switch body"))
    o.append(F("zh", [("上海市府办2025年不掌握相关信息的申请多少件？", E("sh25", "r.unable.not_held.total")),
                      ("信访举报类不予处理的呢？", E("sh25", "r.not_processed.petition.total"))], P + "switch row"))
    o.append(F("en", [("Shanghai General Office 2025: reviews still pending?", E("sh25", "a.review.pending")),
                      ("And direct lawsuits still pending?", E("sh25", "a.litigation_direct.pending"))], P + "switch appeals group"))
    o.append(F("zh", [("沭阳2025年结转到下一年的申请有几件？", E("sy", "r.carried_forward.total")),
                      ("淮安市2024年同一项是多少？", E("ha", "r.carried_forward.total"))], P + "switch body"))
    o.append(F("en", [("Hongze 2023 normative documents repealed?", E("hz23", "c.normative_docs.repealed")),
                      ("Shuyang 2025?", E("sy", "c.normative_docs.repealed")),
                      ("Huai'an 2024?", E("ha", "c.normative_docs.repealed"))], P + "switch body"))
    o.append(F("zh", [("淮安2024年重复申请有几件？", E("ha", "r.not_processed.duplicate.total")),
                      ("沭阳25年的呢？", E("sy", "r.not_processed.duplicate.total"))], P + "switch body"))
    o.append(F("en", [("Shanghai General Office 2019: regulations published?", E("sh19", "c.regulations.published")),
                      ("And normative documents published?", E("sh19", "c.normative_docs.published"))], P + "switch row"))
    o.append(F("zh", [("2024年洪泽区行政复议一共几件？", E("hz24", "appeals.review.total")),
                      ("直接起诉的呢？", E("hz24", "appeals.litigation_direct.total")),
                      ("复议后再起诉的呢？", E("hz24", "appeals.litigation_after_review.total"))], P + "switch appeals group"))
    o.append(F("en", [("Huai'an 2024 lawsuits after review still pending?", E("ha", "a.litigation_after_review.pending")),
                      ("And the direct lawsuits still pending?", E("ha", "a.litigation_direct.pending"))], P + "switch appeals group"))
    o.append(F("zh", [("沭阳县2025年逾期未按要求补正的有几件？", E("sy", "r.other.overdue_correction.total")),
                      ("逾期不缴费的呢？", E("sy", "r.other.overdue_fee.total"))], P + "switch row"))
    o.append(F("en", [("Shanghai science commission 2024: requests carried over from before?", E("kw", "r.carried_over.total")),
                      ("And the Shanghai General Office in 2025?", E("sh25", "r.carried_over.total"))], P + "switch body"))
    o.append(F("zh", [("2019年上海市政府办公厅因为涉及国家秘密没给个人公开的有几件？", E("sh19", "r.withheld.state_secret.natural_person")),
                      ("属于行政查询事项的呢？", E("sh19", "r.withheld.admin_query.natural_person"))], P + "switch row (individuals column; 009 prints no row totals)"))
    o.append(F("en", [("Jianxi District 2020: requests carried forward?", E("jx", "r.carried_forward.total")),
                      ("And requests processed in total?", E("jx", "r.total_processed.total"))], P + "switch row"))
    o.append(F("zh", [("淮安2024年商业企业新申请多少件？", E("ha", "r.received.commercial")),
                      ("其他组织呢？", E("ha", "r.received.other_org"))], P + "switch column"))
    o.append(F("en", [("Shuyang 2025: new requests from legal-service bodies?", E("sy", "r.received.legal_services")),
                      ("And from businesses?", E("sy", "r.received.commercial"))], P + "switch column"))
    o.append(F("zh", [("上海市府办2025年予以公开多少件？", E("sh25", "r.granted.total")),
                      ("上海市科委2024年呢？", E("kw", "r.granted.total"))], P + "switch body and year"))
    o.append(F("en", [("Hongze 2024: requests granted in full?", E("hz24", "r.granted.total")),
                      ("And carried forward to the next year?", E("hz24", "r.carried_forward.total"))], P + "switch row"))
    o.append(F("zh", [("洪泽区2023年规范性文件现行有效多少件？", E("hz23", "c.normative_docs.in_force")),
                      ("淮安市2024年呢？", E("ha", "c.normative_docs.in_force")),
                      ("沭阳县2025年呢？", E("sy", "c.normative_docs.in_force"))], P + "switch body"))
    o.append(F("en", [("Huai'an 2024: requests set aside for asking the same thing again?", E("ha", "r.not_processed.duplicate.total")),
                      ("And needing reconfirmation?", E("ha", "r.not_processed.reconfirm.total"))], P + "switch row"))
    o.append(F("zh", [("上海市府办2019年结转到下一年的申请多少件？", E("sh19", "r.carried_forward.total")),
                      ("2025年呢？", E("sh25", "r.carried_forward.total")),
                      ("上海市科委2024年的办理总计是多少？", E("kw", "r.total_processed.total"))], P + "switch year, then body"))
    o.append(F("en", [("Huai'an 2024: requests not processed because they were petitions?", E("ha", "r.not_processed.petition.total")),
                      ("Shuyang 2025, same line?", E("sy", "r.not_processed.petition.total")),
                      ("And Hongze in 2023?", E("hz23", "r.not_processed.petition.total"))], P + "switch body"))
    return o


def cannot():
    P = "[cannot] "
    zh = [
        ("我2024年3月给淮安市政府寄了一份申请，想要我们小区拆迁的补偿方案，到现在也没回音。我的那份申请现在办到哪一步了？", "one person's own request; reports give no per-request status", "own case story"),
        ("我姐姐2025年秋天向沭阳县申请查她家宅基地的审批材料，被答复不掌握。她那件是哪个部门经办的？", "a single case; the report names no handler per request", "own case story"),
        ("洪泽区2023年21件申请里，有一件是我邻居王建国提的，他那件最后公开了没有？", "named person's request; no per-applicant data", "named person"),
        ("淮安2024年复议被纠正的那64件，分别是哪些市级部门的案子？", "no department breakdown of corrected reviews", "quotes a printed number"),
        ("沭阳县2025年那111件'本机关不掌握'，具体都是问的什么内容？", "no topic breakdown of not-held replies", "quotes a printed number"),
        ("上海市府办2025年1295件新申请里，有多少是男性提的、多少是女性？", "no breakdown by sex", "sex breakdown"),
        ("淮安市政府2024年收到的申请按月份分，哪个月最多？", "no monthly breakdown", "month breakdown"),
        ("2025年沭阳县第三季度收到多少件信息公开申请？", "no quarterly breakdown", "quarter breakdown"),
        ("洪泽区2024年的申请里，通过网上平台提交的有多少，信函的有多少？", "no channel breakdown", "channel breakdown"),
        ("涧西区2020年的17件申请分别来自哪几个街道？", "no township/street breakdown", "street breakdown"),
        ("上海市政府办公厅2019年的申请人里60岁以上的老人占多少？", "no age breakdown", "age breakdown"),
        ("淮安2024年申请公开的人里，外地户籍的有多少？", "no residence breakdown", "residence breakdown"),
        ("上海市科委2024年的34件申请中，外国人提的有几件？", "no nationality breakdown", "nationality breakdown"),
        ("沭阳县2025年申请里关于征地拆迁的有多少件？", "no topic breakdown", "topic breakdown"),
        ("2024年淮安市各县区分别收到多少信息公开申请？", "city report gives no county/district split", "district breakdown"),
        ("上海市府办2025年的商业企业申请，是哪些行业的企业提的？", "no industry breakdown", "industry breakdown"),
        ("淮安市政府2024年答复一件申请平均用了几天？", "response days not stated", "response days"),
        ("沭阳县2025年专门做信息公开工作的人员有几个？", "staff number not stated", "staff"),
        ("洪泽区2023年信息公开工作花了多少经费？", "cost not stated", "cost"),
        ("上海市府办2025年政务公开的预算是多少万元？", "budget not stated", "budget"),
        ("2024年群众对淮安市政府信息公开工作的满意度是多少？", "satisfaction not stated", "satisfaction"),
        ("上海市科委2024年接了多少个咨询电话？", "phone calls not stated", "phone calls"),
        ("为什么上海市府办2025年'不掌握'的有513件这么多？", "reasons behind a count not stated", "reason behind a printed number"),
        ("淮安2024年有3001件申请是个人提的，为什么老百姓这么爱申请？", "motives not stated", "motive"),
        ("沭阳县2026年预计会收到多少件申请？", "forecast; not in any report", "forecast"),
        ("淮安市政府计划2025年要召开多少场新闻发布会？", "plan figure not stated", "plan"),
        ("洪泽区2024年只有3件规范性文件制发，这算少吗？", "opinion", "opinion on a printed number"),
        ("你觉得沭阳县2025年信息公开工作做得好不好？打几分？", "judgement", "opinion"),
        ("南京市2024年收到多少件政府信息公开申请？", "body not in corpus", "body not held"),
        ("宿迁市政府2025年的行政复议有几件？", "body not in corpus", "body not held"),
        ("洪泽区2022年主动公开了多少条信息？", "year not in corpus", "year not held"),
        ("上海市科委2023年的行政许可数量是多少？", "year not in corpus", "year not held"),
        ("涧西区2021年收到多少申请？", "year not in corpus", "year not held"),
        ("上海市政府办公厅2022年新收了多少件申请？", "year not in corpus", "year not held"),
        ("请告诉我沭阳县2025年那个收了380元信息处理费的申请人叫什么、电话多少。", "personal data", "personal data, quotes a printed number"),
        ("淮安2024年起诉市政府信息公开的那些原告姓名能列一下吗？", "personal data", "personal data"),
        ("我叫李红，2023年向洪泽区申请过一次公开，被说是过程性信息。那1件过程性信息是不是我的？", "one person's case", "own case, quotes a printed number"),
        ("我们公司2019年找上海市府办申请过采购合同，被当成重复申请了。当年我们那件算在哪一栏里？", "own case; no per-request classification", "own case story"),
        ("淮安2024年那26件规范性文件是因为什么被废止的？", "reasons not stated", "reason, quotes a printed number"),
        ("上海市府办2025年那55件复议，每件平均审了多少天？", "duration not stated", "quotes a printed number"),
        ("沭阳2025年开的9期意见征集，每期有多少人参与？", "participant numbers not stated", "quotes a printed number"),
        ("清江浦区2024年的依申请公开答复了多少件？", "body not in corpus", "body not held"),
        ("上海科委2024年那1016823个公众号关注者里，上海本地人占多少？", "no residence breakdown of followers", "quotes a printed number"),
    ]
    en = [
        ("In spring 2024 I asked Huai'an city hall for the flood-control plan of my village and got nothing back. What happened to my request?", "one person's own request", "own case story"),
        ("My father filed a request with Shuyang County in 2025 about his pension records and was told it was an administrative query. Which clerk handled his case?", "single case and named staff not reported", "own case story"),
        ("Hongze District 2023: did Ms Zhang Li's request about the school catchment get answered?", "named person's request", "named person"),
        ("Of the 64 reviews where Huai'an was corrected in 2024, which city departments were they against?", "no department breakdown", "quotes a printed number"),
        ("The Shanghai General Office had 293 requests carried into the next year after 2025 — which topics were they about?", "no topic breakdown", "quotes a printed number"),
        ("How many of Huai'an's 2024 applicants were women?", "no sex breakdown", "sex breakdown"),
        ("Which month of 2025 brought Shuyang the most information requests?", "no monthly breakdown", "month breakdown"),
        ("How many requests did the Shanghai General Office receive in the first quarter of 2019?", "no quarterly breakdown", "quarter breakdown"),
        ("In 2024, how many Huai'an requests came in by post versus online?", "no channel breakdown", "channel breakdown"),
        ("Which townships of Shuyang did the 2025 requests come from, and how many from each?", "no township breakdown", "township breakdown"),
        ("What share of Jianxi District's 2020 applicants were under 30?", "no age breakdown", "age breakdown"),
        ("How many of the Shanghai General Office's 2025 applicants live outside Shanghai?", "no residence breakdown", "residence breakdown"),
        ("Did any foreign nationals file requests with Hongze District in 2024, and how many?", "no nationality breakdown", "nationality breakdown"),
        ("How many of STCSM's 2024 requests were about research funding?", "no topic breakdown", "topic breakdown"),
        ("Break down Huai'an's 2024 licensing decisions by department, please.", "no department breakdown", "department breakdown"),
        ("Which industries were the businesses behind the 53 company requests filed with Huai'an in 2024 from?", "no industry breakdown", "industry breakdown, quotes a printed number"),
        ("On average, how many working days did the Shanghai General Office take to answer a request in 2025?", "response time not stated", "response days"),
        ("How many staff worked on information disclosure at Hongze District in 2024?", "staff not stated", "staff"),
        ("What did Shuyang County spend on its disclosure work in 2025?", "cost not stated", "cost"),
        ("What was Huai'an's 2024 budget for open-government work, in yuan?", "budget not stated", "budget"),
        ("What satisfaction rate did the public give Shanghai science commission's disclosure work in 2024?", "satisfaction not stated", "satisfaction"),
        ("How many hotline calls about disclosure did Jianxi District take in 2020?", "phone calls not stated", "phone calls"),
        ("Why did Shuyang get 142 'other handling' outcomes from individuals in 2025 — what was behind that?", "reasons not stated", "reason, quotes a printed number"),
        ("Why did Hongze's licensing decisions jump between 2023 and 2024?", "reasons not stated", "reason behind a change"),
        ("How many requests will Huai'an receive in 2025, based on the 2024 report?", "forecast", "forecast"),
        ("What target has the Shanghai General Office set for press conferences in 2026?", "plan not stated", "plan"),
        ("Huai'an had 351 disclosure reviews in 2024. Is that a lot for a city its size?", "opinion", "opinion, quotes a printed number"),
        ("Did the Shanghai General Office do a good job on disclosure in 2019?", "judgement", "opinion"),
        ("How many disclosure requests did Nanjing receive in 2024?", "body not in corpus", "body not held"),
        ("Pudong New Area 2025: how many administrative reviews on disclosure?", "body not in corpus", "body not held"),
        ("How many requests did Shuyang County receive in 2024?", "year not in corpus", "year not held"),
        ("Hongze District 2022: penalty decisions?", "year not in corpus", "year not held"),
        ("Shanghai science commission 2023 licensing decisions?", "year not in corpus", "year not held"),
        ("Give me the Huai'an 2021 number of requests received.", "year not in corpus", "year not held"),
        ("Can you give me the names and ID numbers of the people who sued Shuyang County in 2025?", "personal data", "personal data"),
        ("Who was the applicant whose request to the Shanghai General Office in 2019 was the only 'other organisation' one?", "personal data", "personal data, refers to a printed count"),
        ("I'm Chen Wei. In 2024 I asked Huai'an for my late mother's land records and was refused as third-party information. Was I one of the 6?", "one person's case", "own case, quotes a printed number"),
        ("Our NGO sent Jianxi District a request in 2020 about park maintenance. Was ours among the 2 still being handled?", "one person's case", "own case, quotes a printed number"),
        ("What were the 12 press conferences Huai'an held in 2024 about, one by one, and how many journalists came?", "attendance and list not given", "looks answerable, quotes a printed number"),
        ("How many of Shuyang's 2025 disclosure lawsuits were brought by the same applicant more than once?", "repeat-litigant data not stated", "looks answerable"),
        ("How long did Hongze District's 2 administrative reviews in 2024 take to decide?", "duration not stated", "quotes a printed number"),
        ("Xuzhou city government 2024 — how many requests were granted?", "body not in corpus", "body not held"),
        ("Which journalist's request to the Shanghai General Office in 2025 was withdrawn?", "personal data", "named person"),
    ]
    o = [U("zh", q, why, P + note) for q, why, note in zh]
    o += [U("en", q, why, P + note) for q, why, note in en]
    return o


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + neighbour() + followups() + cannot()
