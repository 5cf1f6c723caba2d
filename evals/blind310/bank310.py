"""Question bank of blind evaluation set 310 (evals/blind310): everyday phone-typed traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every number in an `expect` is computed by helpers310 (gold JSON, printed text rows, sentences
cut from the report); this file only names bodies, keys, keywords and the wording. All wordings
were written new for this set.

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 / hz24 洪泽区政府 2023 / 2024,
sy 沭阳县政府 2025, kw 上海市科委 2024, sh19 / sh25 上海市政府办公厅 2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib310 as L  # noqa: E402
from helpers310 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V  # noqa: E402,F401

# printed cells of the three reports without gold: the same 42 specs blind6's text_cells.json
# verified (label or anchor line, index of the number after it); nothing new.
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

M = "万元"


# --------------------------------------------------------------------------- [plain]
def plain():
    out = []
    P = lambda lang, b, keys, q, note, **kw: out.append(V(lang, b, keys, q, "[plain] " + note, **kw))  # noqa: E731
    # ---- English
    P("en", "ha", "r.received.total",
      "hi, doing a uni assignment on Huaian. how many NEW info disclosure applications did the city govt get in 2024? only new ones pls",
      "Huaian 2024 new applications; student story; text says 受理 3119 too", alt=("全市共受理", 3119))
    P("en", "ha", "r.granted.total",
      "Huaian 2024 — how many applications got the full info released (予以公开)? thx in advance",
      "Huaian granted total")
    P("en", "ha", "r.partially_granted.total",
      "ok so for Huai'an city in '24, how many were only partly disclosed??",
      "Huaian partially granted; two-digit year with apostrophe")
    P("en", "ha", "r.unable.not_held.total",
      "Reporter here, on deadline. In the Huaian 2024 report, how many times did the city answer that it just doesn't have the info (本机关不掌握)?",
      "Huaian not held; reporter story")
    P("en", "ha", "r.withheld.admin_query.total",
      "how many huaian 2024 requests got refused cause they were really admin query matters (行政查询事项) not disclosure",
      "Huaian withheld admin_query; lower-case, no question mark")
    P("en", "ha", "r.not_processed.petition.total",
      "In 2024 Huaian, how many of the applications were actually complaints / petitions and so they didnt process them?",
      "Huaian not processed: petitions")
    P("en", "ha", "r.carried_forward.total",
      "My boss wants to know how many Huaian applications from 2024 are still open and pushed into the next year. the 2024 report should have it",
      "Huaian carried forward; office clerk story; text says 顺延 103", alt=("全市共受理", 103))
    P("en", "ha", "a.review.total",
      "Huaian city 2024, admin reconsideration cases (行政复议) about info disclosure — total number?",
      "Huaian review total; text agrees", alt=("行政复议 351", 351))
    P("en", "ha", "a.litigation_direct.total",
      "how many lawsuits did people file against Huaian in 2024 going straight to court, no reconsideration first?",
      "Huaian litigation direct total")
    P("en", "ha", "c.licensing.decisions",
      "Huaian's 2024 count of administrative licensing decisions (行政许可)? heard its a crazy big number lol",
      "Huaian licensing decisions")
    P("en", "ha", "c.fees.amount",
      "what did Huaian collect in administrative fees (行政事业性收费) during 2024? in 万元 is fine",
      "Huaian fees amount 万元", unit=M)
    P("en", "ha", "r.received.legal_person",
      "For Huaian 2024, new applications coming from companies and other organisations all together (法人或其他组织) — how many? not individuals",
      "Huaian received legal_person (derived: five organisation columns)")
    P("en", "ha", "r.other.overdue_correction.total",
      "Huaian 2024: how many applications were dropped because the applicant never sent the corrections (补正) in time?",
      "Huaian other: overdue correction")
    P("en", "ha", "r.withheld.prohibited_by_law.total",
      "quick one - Huai'an 2024, requests refused because other laws or regulations forbid disclosure, how many?? cheers",
      "Huaian withheld prohibited_by_law")
    P("en", "hz23", "r.received.total",
      "in Hongze's 2023 disclosure report, how many applications did the district get in total?",
      "Hongze 2023 received; text says 受理 21", alt=("全区受理", 21))
    P("en", "hz23", "r.partially_granted.total",
      "Hongze District 2023 - partial disclosures, how many? (部分公开)",
      "Hongze 2023 partially granted")
    P("en", "hz23", "r.unable.not_held.total",
      "My uncle asked Hongze district about some land papers in 2023 and they told him they dont hold them. How many 'we don't have it' answers did Hongze give in 2023 overall?",
      "Hongze 2023 not held; worried citizen story")
    P("en", "hz23", "c.punishment.decisions",
      "hongze 2023 administrative penalty decisions count? pls",
      "Hongze 2023 punishment decisions")
    P("en", "hz23", "c.fees.amount",
      "What was Hongze District's administrative fee income for 2023, in ten-thousand yuan?",
      "Hongze 2023 fees amount", unit=M)
    P("en", "hz23", "a.review.upheld",
      "Hongze 2023: in how many reconsideration cases was the original decision kept (维持)?",
      "Hongze 2023 review upheld (printed 10; the printed review total 0 is not asked)")
    P("en", "hz24", "r.granted.total",
      "Hongze 2024 how many applications fully disclosed? writing a short piece for the local paper",
      "Hongze 2024 granted (text cell)")
    P("en", "hz24", "c.licensing.decisions",
      "Hongze District, 2024: number of licensing decisions please. Thanks!!",
      "Hongze 2024 licensing (text cell)")
    P("en", "hz24", "a.litigation_after_review.total",
      "Hongze '24: how many court cases were brought after a reconsideration (复议后起诉)?",
      "Hongze 2024 litigation after review (text cell)")
    P("en", "hz24", "c.punishment.decisions",
      "penalty decisions (行政处罚) Hongze district 2024?",
      "Hongze 2024 punishment (text cell)")
    P("en", "sy", "r.received.total",
      "Shuyang County 2025 — brand new applications received only, not counting the ones carried in from the year before?",
      "Shuyang new applications 713 (text 受理 749 includes carried-over; the question excludes it)")
    P("en", "sy", "r.granted.total",
      "in shuyang 2025 how many requests were answered with full disclosure",
      "Shuyang granted")
    P("en", "sy", "r.withheld.internal_affairs.total",
      "Shuyang 2025 how many refused as internal affairs info (内部事务信息)? my teacher says its a common excuse",
      "Shuyang withheld internal affairs")
    P("en", "sy", "r.other.other.total",
      "In Shuyang's 2025 report, under other handling there's a line just called 'other' (3.其他) - what's the total there?",
      "Shuyang other.other")
    P("en", "sy", "a.review.total",
      "shuyang county, 2025, total administrative reconsideration cases?",
      "Shuyang review total")
    P("en", "sy", "a.review.corrected",
      "How many reconsideration cases did Shuyang lose in 2025 — I mean where the result was corrected?",
      "Shuyang review corrected")
    P("en", "sy", "c.punishment.decisions",
      "Student here, comparing counties. Shuyang 2025 number of administrative penalty decisions?",
      "Shuyang punishment decisions")
    P("en", "sy", "c.normative_docs.in_force",
      "how many normative documents does Shuyang have currently valid, according to its 2025 report?",
      "Shuyang normative docs in force")
    P("en", "sy", "r.not_processed.duplicate.total",
      "Shuyang 2025: repeat applications (重复申请) that were not processed — how many?",
      "Shuyang not processed duplicate")
    P("en", "sy", "r.received.legal_services",
      "Shuyang 2025, new requests sent by law firms / legal service orgs?",
      "Shuyang received legal_services")
    P("en", "sy", "c.fees.amount",
      "Shuyang county administrative fees collected in 2025, amount in 万元?",
      "Shuyang fees amount", unit=M)
    P("en", "sy", "a.litigation_after_review.total",
      "For Shuyang 2025 how many lawsuits came after reconsideration had already been done?",
      "Shuyang litigation after review total")
    P("en", "kw", "r.received.total",
      "STCSM 2024 — how many new disclosure applications did they receive?",
      "science commission received; text agrees", alt=("全年收到政府信息公开申请", 34))
    P("en", "kw", "c.licensing.decisions",
      "Shanghai science commission, 2024, licensing decisions made? I'm a company clerk, need it for a form",
      "science commission licensing (text cell); clerk story")
    P("en", "kw", "r.received.commercial",
      "how many of STCSM's new 2024 requests came from businesses (商业企业)?",
      "science commission received commercial (text cell)")
    P("en", "kw", "c.normative_docs.in_force",
      "Shanghai sci & tech commission (上海科委) 2024 — normative documents in force at the end, how many?",
      "science commission normative docs in force (text cell)")
    P("en", "kw", "r.total_processed.total",
      "In the STCSM 2024 report, how many applications were handled in total (总计 under results)?",
      "science commission total processed (text cell)")
    P("en", "sh25", "r.received.total",
      "Shanghai General Office 2025: new info-disclosure applications? need it for a slide, thank u",
      "General Office 2025 received; text agrees", alt=("市政府共受理", 1295))
    P("en", "sh25", "r.unable.not_held.total",
      "How often in 2025 did the Shanghai municipal general office reply that it doesn't hold the requested info?",
      "General Office 2025 not held (text cell)")
    P("en", "sh25", "a.review.total",
      "shanghai gov general office, admin reconsiderations in 2025, total?",
      "General Office 2025 review total (text cell; printed, note on carried-over not applied)")
    P("en", "sh25", "r.not_processed.petition.total",
      "Shanghai General Office 2025 - how many requests were really complaints/letters-and-visits stuff (信访举报投诉) and not processed?",
      "General Office 2025 petition (text cell)")
    P("en", "sh25", "r.carried_forward.total",
      "In the 2025 report of Shanghai's General Office, how many applications roll on to be finished next year?",
      "General Office 2025 carried forward (text cell)")
    P("en", "sh25", "r.unable.needs_creation.total",
      "shanghai general office 2025: requests they couldn't answer because the info would have to be newly made up / compiled?",
      "General Office 2025 needs creation (text cell)")
    P("en", "sh25", "a.litigation_after_review.total",
      "Shanghai General Office 2025, lawsuits brought after reconsideration — number?",
      "General Office 2025 litigation after review (text cell)")
    P("en", "sh19", "r.received.total",
      "Doing a thesis on Shanghai. How many new disclosure applications did the General Office receive in 2019?",
      "General Office 2019 received; text agrees", alt=("回落12.3%", 859))
    P("en", "sh19", "c.procurement.amount",
      "Shanghai general office 2019, centralized government procurement (政府集中采购) total amount? in 万元 pls",
      "General Office 2019 procurement amount (printed 251000元 = 25.1 万元)", unit=M)
    P("en", "sh19", "c.regulations.total_published",
      "Shanghai General Office 2019 report: total number of regulations (规章) made public overall, the cumulative figure?",
      "General Office 2019 regulations total published")
    P("en", "sh19", "r.carried_over.total",
      "shanghai general office — in 2019 how many applications were carried in from 2018?",
      "General Office 2019 carried over; text agrees", alt=("回落12.3%", 18))
    P("en", "sh19", "a.litigation_direct.upheld",
      "For the Shanghai General Office in 2019, direct lawsuits (no reconsideration first) where the govt's decision was upheld: how many?",
      "General Office 2019 litigation direct upheld")
    P("en", "sh19", "r.received.commercial",
      "how many companies (commercial enterprises) filed new disclosure requests with Shanghai's General Office in 2019?",
      "General Office 2019 received commercial")
    P("en", "jx", "r.received.total",
      "Jianxi district gov office, 2020: how many disclosure applications came in?",
      "Jianxi received; text agrees", alt=("全年共收到依申请公开", 17))
    P("en", "jx", "c.procurement.projects",
      "jianxi 2020 - number of centralized government procurement projects?",
      "Jianxi procurement projects")
    P("en", "jx", "c.procurement.amount",
      "Jianxi (涧西) 2020 total procurement amount in 万元? need the exact figure not rounded",
      "Jianxi procurement amount", unit=M)
    P("en", "jx", "r.granted.total",
      "Jianxi District 2020 — how many requests were answered by giving the info in full?",
      "Jianxi granted")
    P("en", "jx", "a.litigation_after_review.total",
      "did anyone sue the Jianxi district office after a reconsideration in 2020? how many cases?",
      "Jianxi litigation after review total")
    P("en", "ha", "r.withheld.enforcement_files.total",
      "Huaian 2024, requests refused because they asked for administrative enforcement case files (行政执法案卷) — count?",
      "Huaian withheld enforcement files")
    P("en", "hz24", "c.coercion.decisions",
      "sorry if this is a dumb q but how many administrative coercion decisions (行政强制) did Hongze make in 2024",
      "Hongze 2024 coercion (text cell)")
    P("en", "sy", "r.carried_forward.total",
      "Shuyang 2025 report: how many applications left unfinished and moved to the next year? text or table fine",
      "Shuyang carried forward; text says 结转下一年 31", alt=("全县全年共受理", 31))
    # ---- Chinese
    P("zh", "ha", "r.received.natural_person",
      "淮安24年 自然人新申清的有多少件",
      "Huaian received natural_person; short, stray space, typo 申清")
    P("zh", "ha", "r.withheld.process_info.total",
      "请问淮安市政府2024年因为属于过程性信息不予公开的有几件？？",
      "Huaian withheld process_info; doubled question mark")
    P("zh", "ha", "r.unable.needs_creation.total",
      "淮安 2024 没有现成信息、要另外制作所以没法提供的 多少件啊",
      "Huaian unable needs_creation")
    P("zh", "ha", "c.punishment.decisions",
      "那份24年淮安的报告里，行政处罚决定一共多少个",
      "Huaian punishment decisions; report named loosely")
    P("zh", "ha", "a.review.corrected",
      "淮安市2024年信息公开的行政复义，结果被纠正的有几件",
      "Huaian review corrected; homophone typo 复义; text agrees", alt=("行政复议 351", 64))
    P("zh", "ha", "r.total_processed.total",
      "我是做政务的小编，想确认下淮安2024年一共办理（答复）了多少件依申请公开，谢谢~",
      "Huaian total processed; text says 答复 3050", alt=("全市共受理", 3050))
    P("zh", "ha", "c.normative_docs.in_force",
      "淮安市 24年底现行有效的行政规范性文件还有几件",
      "Huaian normative docs in force")
    P("zh", "hz23", "r.withheld.state_secret.total",
      "洪泽区23年 因为国家秘密不公开的有没有？有几件",
      "Hongze 2023 withheld state secret")
    P("zh", "hz23", "c.licensing.decisions",
      "洪泽2023年行政许可处理决定数量是多少。。",
      "Hongze 2023 licensing; doubled full stop")
    P("zh", "hz23", "r.unable.needs_creation.total",
      "想问下洪泽区政府二〇二三年需要另行制作所以没提供的申请有几件",
      "Hongze 2023 needs creation; Chinese-numeral year")
    P("zh", "hz24", "r.unable.not_held.total",
      "洪泽24年 本机关不掌握的 有几个",
      "Hongze 2024 not held (text cell)")
    P("zh", "hz24", "c.fees.amount",
      "洪泽区2024年行政事业性收费收了多少万元",
      "Hongze 2024 fees (text cell)", unit=M)
    P("zh", "hz24", "a.review.total",
      "洪泽 2024年 一共被申请了几件行政复议？",
      "Hongze 2024 review total (text cell)")
    P("zh", "sy", "r.partially_granted.total",
      "沭阳县25年部分公开的申请多少件？",
      "Shuyang partially granted")
    P("zh", "sy", "r.unable.not_held.total",
      "沭阳2025年答复说本机关不掌握的一共多少",
      "Shuyang not held")
    P("zh", "sy", "r.carried_over.total",
      "沭阳县政府2025年 上年接转进来的申请有几件啊",
      "Shuyang carried over; homophone typo 接转")
    P("zh", "sy", "c.licensing.decisions",
      "术阳25年行政许可决定有多少个？（我打字慢见谅）",
      "Shuyang licensing; homophone typo 术阳, trailing remark")
    P("zh", "sy", "a.litigation_direct.total",
      "沭阳 2025 没经过复议直接去法院起诉的 几件",
      "Shuyang litigation direct total")
    P("zh", "sy", "r.withheld.admin_query.total",
      "沭阳县2025年因属于行政查询事项不予公开的件数？",
      "Shuyang withheld admin query")
    P("zh", "kw", "r.granted.total",
      "上海科委24年 予以公开的有几件",
      "science commission granted (text cell); text agrees", alt=("同意公开答复", 9))
    P("zh", "kw", "r.carried_over.total",
      "市科委2024年 上年结转的政府信息公开申请 是几件？",
      "science commission carried over (text cell); text agrees", alt=("全年收到政府信息公开申请", 2))
    P("zh", "kw", "c.normative_docs.issued",
      "上海市科委 2024年新制发了多少件规范性文件",
      "science commission normative docs issued (text cell)")
    P("zh", "sh25", "r.granted.total",
      "上海市府办2025年予以公开的申请一共多少件，不含部分公开",
      "General Office 2025 granted (text cell)")
    P("zh", "sh25", "r.received.natural_person",
      "上海市政府办公厅25年自然人提的新申请有多少？",
      "General Office 2025 received natural_person (text cell)")
    P("zh", "sh25", "r.not_processed.duplicate.total",
      "市府办（上海）2025年重复申请不予处理的几件",
      "General Office 2025 duplicate (text cell)")
    P("zh", "sh19", "r.carried_forward.total",
      "上海市府办2019年结转到下年度继续办理的有几件",
      "General Office 2019 carried forward; text agrees", alt=("回落12.3%", 72))
    P("zh", "sh19", "c.normative_docs.total_published",
      "上海市政府办公厅19年规范性文件对外公开总数量是多少",
      "General Office 2019 normative docs total published")
    P("zh", "sh19", "a.review.total",
      "2019年上海市府办信息公开类的行政复议一共几件",
      "General Office 2019 review total; text agrees", alt=("信息公开类行政复议", 7))
    P("zh", "jx", "r.unable.not_held.total",
      "涧西区政府办2020年 不掌握相关信息的申请 几件？",
      "Jianxi not held")
    P("zh", "jx", "c.normative_docs.made",
      "涧西20年本年新制作的规范性文件有几件",
      "Jianxi normative docs made")
    return out


# --------------------------------------------------------------------------- [neighbour]
def neighbour():
    out = []
    P = lambda lang, b, keys, q, note, **kw: out.append(T(lang, b, keys, q, "[neighbour] " + note, **kw))  # noqa: E731
    P("en", "ha", "r.carried_over.total",
      "Huaian 2024 — how many applications were left over from 2023 and got handled in 2024? (not the ones pushed to 2025)",
      "carried over 34, not carried forward 103; text agrees", alt=("全市共受理", 34))
    P("en", "sy", "a.litigation_after_review.total",
      "Shuyang 2025: people who first did reconsideration and THEN sued — how many lawsuits like that?",
      "after-review 10, not direct 3")
    P("en", "ha", "c.normative_docs.issued",
      "how many new normative docs did Huaian put out in 2024? not the repealed ones and not the total still valid",
      "issued 8, not repealed 26 / in force 66")
    P("en", "sh25", "r.unable.needs_creation.total",
      "Shanghai General Office 2025 — of the 'unable to provide' answers, how many were because the info would need to be specially produced (另行制作)? not the 'don't hold it' ones",
      "needs creation 48, not not-held 513 (text cell)")
    P("en", "sy", "r.withheld.process_info.total",
      "Shuyang 2025, refusals because the info was process / deliberation stuff (过程性信息) — how many? not internal affairs",
      "process info 2, not internal affairs 13")
    P("en", "hz24", "c.normative_docs.in_force",
      "Hongze district 2024 - how many normative documents are currently valid in total (现行有效)? not how many they issued",
      "in force 8, not issued 3 (text cell)")
    P("en", "ha", "a.review.other",
      "Huaian 2024 reconsiderations that ended with 'other result' (其他结果) — how many? the corrected ones are a different column i think",
      "other 178, not corrected 64; text agrees", alt=("行政复议 351", 178))
    P("en", "sh19", "c.procurement.projects",
      "shanghai general office 2019, centralized procurement — how many PROJECTS, not the money",
      "procurement projects 6, not amount 25.1")
    P("en", "sh19", "c.regulations.made",
      "Shanghai General Office 2019: how many regulations were newly made that year? (not the cumulative total published)",
      "regulations made 13, not total published 524")
    P("zh", "hz23", "r.partially_granted.total",
      "洪泽区2023年 部分公开的有几件？别和予以公开搞混了哈",
      "partially granted 4, not granted 0")
    P("zh", "sy", "r.received.commercial",
      "沭阳25年商业企业提的新申请几件，不是法律服务机构那列",
      "commercial 3, not legal services 5")
    P("zh", "sh25", "r.carried_over.total",
      "上海市府办2025年 由上年转入的申请是几件？不要结转到下一年的那个数",
      "carried over 189, not carried forward 293 (text cell); text agrees", alt=("市政府共受理", 189))
    P("zh", "ha", "a.litigation_after_review.total",
      "淮安24年行政诉讼里 复议以后再起诉的 一共几件",
      "after-review 20, not direct 26")
    return out


# --------------------------------------------------------------------------- [combine]
def combine():
    out = []
    SS = lambda lang, b, keys, q, note, **kw: out.append(S(lang, b, keys, q, "[combine] " + note, **kw))  # noqa: E731
    DD = lambda lang, b1, b2, keys, q, note, **kw: out.append(D(lang, b1, b2, keys, q, "[combine] " + note, **kw))  # noqa: E731
    W8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    # sums
    SS("en", "ha", ["r.granted.total", "r.partially_granted.total"],
       "Huaian 2024: full + partial disclosures added together, what do I get?",
       "granted + partially granted")
    SS("en", "sy", ["r.received.total", "r.carried_over.total"],
       "Shuyang 2025, new applications plus the ones carried over from 2024, combined total? (the workload basically)",
       "received + carried over; the text's 受理 749 is the same number", alt=("全县全年共受理", 749))
    SS("en", "ha", W8,
       "Huaian 2024 - add up every refusal reason under 不予公开 (state secret, other laws, 三安全一稳定, third party, internal affairs, process info, enforcement files, admin query). total?",
       "eight withheld sub-rows")
    SS("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
       "Shanghai General Office 2025: 'don't hold it' plus 'would have to create it' together?",
       "not held + needs creation (text cells)")
    SS("en", "hz24", ["c.punishment.decisions", "c.coercion.decisions"],
       "hongze 2024 penalties and coercion decisions summed up pls",
       "punishment + coercion (text cells)")
    SS("en", "kw", ["r.received.total", "r.carried_over.total"],
       "STCSM 2024: how many applications did they have on the desk in total, new ones plus carried over?",
       "received + carried over (text cells)")
    SS("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
       "Shuyang 2025: reconsiderations + direct lawsuits + lawsuits after reconsideration, all together how many cases?",
       "three appeals totals; the text's 74 件 is the same number", alt=("全县共办理相关案件", 74))
    SS("en", "sh19", ["a.review.total", "a.litigation_direct.total"],
       "Shanghai General Office 2019, reconsiderations plus lawsuits filed directly — sum?",
       "review + litigation direct")
    SS("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
       "Jianxi 2020 - counting reconsideration and both kinds of lawsuits, how many cases in all?",
       "three appeals totals")
    SS("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
       "For Huaian's 2024 report, total of all three 'unable to provide' (无法提供) sub-rows?",
       "three unable sub-rows")
    SS("en", "sy", ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED],
       "Shuyang 2025 how many requests were not processed at all (不予处理), adding all five reasons",
       "five not-processed sub-rows")
    SS("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
       "淮安2024年 其他处理 三小项加起来一共多少",
       "three other-handling sub-rows")
    SS("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total",
                      "r.withheld.enforcement_files.total"],
       "洪泽23年 国家秘密、过程性信息、行政执法案卷这三种不予公开的加一起是几件",
       "three withheld sub-rows")
    SS("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
       "上海市府办25年 信访举报投诉类 和 重复申请 两项合计？",
       "petition + duplicate (text cells)")
    SS("zh", "sy", ["r.granted.total", "r.partially_granted.total"],
       "沭阳县2025年予以公开加上部分公开 一共多少件呀",
       "granted + partially granted")
    SS("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
       "淮安24年 行政许可+行政处罚+行政强制 三个决定数量加总是多少",
       "licensing + punishment + coercion")
    # year-to-year differences of one body (later minus earlier)
    DD("en", "hz23", "hz24", "c.licensing.decisions",
       "Hongze licensing decisions: 2023 vs 2024, by how much did it go up or down?",
       "Hongze licensing 2024 - 2023 (text cell / gold)")
    DD("en", "hz23", "hz24", "c.fees.amount",
       "how did Hongze's admin fee income change from 2023 to 2024 (万元)? up or down and how much",
       "Hongze fees 2024 - 2023", unit=M)
    DD("en", "sh19", "sh25", "r.received.total",
       "Shanghai General Office: new applications in 2025 compared with 2019 — what's the difference?",
       "General Office received 2025 - 2019")
    DD("en", "sh19", "sh25", "a.review.total",
       "reconsideration cases at Shanghai's General Office, 2019 → 2025, change?",
       "General Office review total 2025 - 2019")
    DD("en", "hz23", "hz24", "r.unable.not_held.total",
       "Hongze: 'info not held' replies went from 2023 to 2024 by how many?",
       "Hongze not held 2024 - 2023")
    DD("en", "sh19", "sh25", "r.carried_forward.total",
       "For the Shanghai General Office, how much bigger (or smaller) was the pile carried forward at the end of 2025 than at the end of 2019?",
       "General Office carried forward 2025 - 2019")
    DD("zh", "hz23", "hz24", "c.punishment.decisions",
       "洪泽区行政处罚决定 24年比23年 多了还是少了，差多少",
       "Hongze punishment 2024 - 2023")
    DD("zh", "sh19", "sh25", "r.total_processed.total",
       "上海市府办办结的申请总数，2025年和2019年比变化了多少？",
       "General Office total processed 2025 - 2019; 2025 text says 办结 1191",
       alt=("市政府共受理", 1191))
    DD("zh", "hz23", "hz24", "c.normative_docs.in_force",
       "洪泽 现行有效的行政规范性文件 2023到2024 增加了几件",
       "Hongze normative docs in force 2024 - 2023")
    DD("zh", "sh19", "sh25", "r.received.natural_person",
       "上海市政府办公厅 自然人新申请 19年到25年 涨了多少？？",
       "General Office received natural_person 2025 - 2019")
    return out


# --------------------------------------------------------------------------- [rank]
def rank():
    out = []
    RR = lambda lang, bodies, keys, order, q, note: out.append(R(lang, bodies, keys, order, q, "[rank] " + note))  # noqa: E731
    RR("en", ["hz23", "sy", "sh19"], "r.received.total", "desc",
       "Which got the most new applications: Hongze in 2023, Shuyang in 2025, or the Shanghai General Office in 2019?",
       "received total, desc")
    RR("en", ["jx", "hz23", "sy"], "r.received.total", "asc",
       "Out of Jianxi (2020), Hongze (2023) and Shuyang (2025), who received the fewest new requests?",
       "received total, asc")
    RR("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
       "licensing decisions - Huaian 2024 vs Hongze 2023 vs Shuyang 2025, who's top?",
       "licensing decisions, desc")
    out.append(C("ranking", "en", [(
        "Between Huaian 2024, Hongze 2023 and Shuyang 2025, which one collected the most in administrative fees?",
        ER(["ha", "hz23", "sy"], ["active.fees.amount"], "desc", unit=M))], "[rank] fees amount, desc"))
    RR("en", ["jx", "sy", "sh19"], "a.review.total", "desc",
       "Most reconsideration cases: Jianxi in 2020, Shuyang in 2025 or Shanghai General Office in 2019?",
       "review total, desc")
    RR("en", ["jx", "ha", "sy", "sh19"], "r.carried_forward.total", "desc",
       "Comparing Jianxi 2020, Huaian 2024, Shuyang 2025 and Shanghai General Office 2019 — who carried the most applications forward into the following year?",
       "carried forward total, desc, four bodies")
    RR("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
       "Huaian (2024), Hongze (2023), Shuyang (2025): which has the smallest number of normative documents in force?",
       "normative docs in force, asc")
    RR("en", ["hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc",
       "For individuals' requests (自然人) answered with 'not held by this agency', who had the most: Hongze 2023, Shuyang 2025, Shanghai General Office 2019?",
       "not held natural_person, desc (Shanghai 2019 total printed blank, so the column is asked)")
    RR("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc",
       "who got sued directly the most — Huaian 2024, Shuyang 2025, or the Shanghai General Office 2019?",
       "litigation direct total, desc")
    RR("zh", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
       "淮安2024、沭阳2025、上海市府办2019 这三家，自然人信访举报投诉类申请不予处理最多的是谁",
       "petition natural_person, desc")
    RR("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc",
       "行政强制决定数量 淮安24年 洪泽23年 沭阳25年 哪个最少？",
       "coercion decisions, asc")
    RR("zh", ["ha", "sy", "sh19"], "r.received.commercial", "desc",
       "商业企业提的新申请，淮安市2024年、沭阳县2025年、上海市府办2019年 谁家最多",
       "received commercial, desc")
    RR("zh", ["jx", "ha", "hz23", "sy"], "a.review.upheld", "desc",
       "涧西2020、淮安2024、洪泽2023、沭阳2025 四个里面行政复议结果维持最多的是哪个？",
       "review upheld, desc, four bodies")
    return out


# --------------------------------------------------------------------------- [followup]
def followup():
    out = []
    FF = lambda lang, turns, note: out.append(F(lang, turns, "[followup] " + note))  # noqa: E731
    # ---- English
    FF("en", [("Huaian 2024, how many new disclosure applications total?", E("ha", "r.received.total")),
              ("and how many of those came from private individuals?", E("ha", "r.received.natural_person"))],
       "Huaian received total -> natural_person column")
    FF("en", [("Hongze district 2023, fully granted requests?", E("hz23", "r.granted.total")),
              ("hmm zero? ok and in 2024", E("hz24", "r.granted.total"))],
       "Hongze granted 2023 -> 2024 (text cell)")
    FF("en", [("Shanghai General Office 2019 — new applications received?", E("sh19", "r.received.total")),
              ("now the 2025 one pls", E("sh25", "r.received.total"))],
       "General Office received 2019 -> 2025")
    FF("en", [("Shuyang County 2025: how many admin reconsideration cases in total?", E("sy", "a.review.total")),
              ("how many of them are still not decided", E("sy", "a.review.pending")),
              ("and the lawsuits filed directly without reconsideration?", E("sy", "a.litigation_direct.total"))],
       "Shuyang review total -> pending -> litigation direct total")
    FF("en", [("STCSM (上海科委) 2024 number of new requests?", E("kw", "r.received.total")),
              ("same figure for Huaian city 2024?", E("ha", "r.received.total"))],
       "science commission -> Huaian, received total")
    FF("en", [("hongze 2023 licensing decisions (行政许可)?", E("hz23", "c.licensing.decisions")),
              ("wow and 2024??", E("hz24", "c.licensing.decisions"))],
       "Hongze licensing 2023 -> 2024")
    FF("en", [("How many reconsiderations did Shanghai's General Office face in 2019?", E("sh19", "a.review.total")),
              ("and by 2025?", E("sh25", "a.review.total"))],
       "General Office review total 2019 -> 2025")
    FF("en", [("Huaian 2024: normative documents issued?", E("ha", "c.normative_docs.issued")),
              ("repealed?", E("ha", "c.normative_docs.repealed")),
              ("ok last one, how many still in force", E("ha", "c.normative_docs.in_force"))],
       "Huaian normative docs issued -> repealed -> in force")
    FF("en", [("Shuyang 2025, requests where the county said it doesn't hold the info?", E("sy", "r.unable.not_held.total")),
              ("and the ones needing the info to be newly compiled", E("sy", "r.unable.needs_creation.total"))],
       "Shuyang not held -> needs creation")
    FF("en", [("Jianxi 2020 how many applications received", E("jx", "r.received.total")),
              ("how many of them were still being processed and moved into 2021?", E("jx", "r.carried_forward.total"))],
       "Jianxi received -> carried forward")
    FF("en", [("In Hongze's 2023 report, 'not held' answers?", E("hz23", "r.unable.not_held.total")),
              ("the 2024 report?", E("hz24", "r.unable.not_held.total"))],
       "Hongze not held 2023 -> 2024")
    FF("en", [("Shanghai General Office, carried over from the previous year into 2025 — how many?", E("sh25", "r.carried_over.total")),
              ("and into 2019?", E("sh19", "r.carried_over.total"))],
       "General Office carried over 2025 -> 2019")
    FF("en", [("Huaian 2024, lawsuits filed directly (未经复议直接起诉) - total?", E("ha", "a.litigation_direct.total")),
              ("in how many did the govt win, i.e. upheld", E("ha", "a.litigation_direct.upheld")),
              ("and the after-reconsideration lawsuits, total?", E("ha", "a.litigation_after_review.total"))],
       "Huaian litigation direct total -> upheld -> after-review total")
    FF("en", [("Shuyang 2025 penalty decisions", E("sy", "c.punishment.decisions")),
              ("coercion ones?", E("sy", "c.coercion.decisions"))],
       "Shuyang punishment -> coercion")
    FF("en", [("Hongze 2024 coercion decisions (行政强制)?", E("hz24", "c.coercion.decisions")),
              ("and back in 2023?", E("hz23", "c.coercion.decisions"))],
       "Hongze coercion 2024 -> 2023")
    FF("en", [("Shanghai science commission 2024: normative docs newly issued?", E("kw", "c.normative_docs.issued")),
              ("and how many are valid now in total", E("kw", "c.normative_docs.in_force"))],
       "science commission normative issued -> in force")
    FF("en", [("Shanghai General Office 2025, new applications from companies?", E("sh25", "r.received.commercial")),
              ("from individuals?", E("sh25", "r.received.natural_person"))],
       "General Office 2025 received commercial -> natural_person")
    FF("en", [("Huaian 2024, refused to protect a third party's rights (保护第三方合法权益)?", E("ha", "r.withheld.third_party.total")),
              ("Shuyang for 2025, same reason?", E("sy", "r.withheld.third_party.total"))],
       "third party withheld Huaian -> Shuyang")
    FF("en", [("Shuyang 2025, new applications this period (not incl carried over)?", E("sy", "r.received.total")),
              ("how many of the new ones from individuals", E("sy", "r.received.natural_person")),
              ("and from companies", E("sy", "r.received.commercial"))],
       "Shuyang received total -> natural_person -> commercial (table, not the text's 749/741)")
    FF("en", [("Hongze 2023 admin fees collected, 万元?", E("hz23", "c.fees.amount", unit=M)),
              ("2024 figure?", E("hz24", "c.fees.amount", unit=M))],
       "Hongze fees 2023 -> 2024")
    FF("en", [("Shanghai General Office 2019: normative documents newly made?", E("sh19", "c.normative_docs.made")),
              ("and regulations (规章)?", E("sh19", "c.regulations.made"))],
       "General Office 2019 normative made -> regulations made")
    FF("en", [("Huaian 2024 coercion decisions?", E("ha", "c.coercion.decisions")),
              ("Hongze, the 2023 one?", E("hz23", "c.coercion.decisions")),
              ("and Shuyang for 2025", E("sy", "c.coercion.decisions"))],
       "coercion decisions Huaian -> Hongze -> Shuyang")
    FF("en", [("jianxi district office 2020, reconsideration cases total?", E("jx", "a.review.total")),
              ("huaian 2024 for comparison?", E("ha", "a.review.total"))],
       "review total Jianxi -> Huaian")
    FF("en", [("Shanghai General Office 2025 direct lawsuits, total?", E("sh25", "a.litigation_direct.total")),
              ("and of those how many still pending", E("sh25", "a.litigation_direct.pending"))],
       "General Office 2025 litigation direct total -> pending")
    FF("en", [("Hongze 2024 — how many requests did they disclose in full?", E("hz24", "r.granted.total")),
              ("and how many 'we don't hold this' replies?", E("hz24", "r.unable.not_held.total"))],
       "Hongze 2024 granted -> not held (text cells)")
    FF("en", [("STCSM 2024 new requests by individuals?", E("kw", "r.received.natural_person")),
              ("by companies then", E("kw", "r.received.commercial"))],
       "science commission received natural_person -> commercial")
    # ---- Chinese
    FF("zh", [("淮安24年 予以公开多少件", E("ha", "r.granted.total")),
              ("部分公开的咧", E("ha", "r.partially_granted.total"))],
       "Huaian granted -> partially granted")
    FF("zh", [("沭阳2025年行政复议结果维持的几件", E("sy", "a.review.upheld")),
              ("被纠正的又是几件", E("sy", "a.review.corrected"))],
       "Shuyang review upheld -> corrected")
    FF("zh", [("洪泽区2023年新收的申请有多少？", E("hz23", "r.received.total")),
              ("换沭阳县25年的看看", E("sy", "r.received.total"))],
       "received total Hongze 2023 -> Shuyang 2025")
    FF("zh", [("上海市府办2019年结转下年度继续办理几件", E("sh19", "r.carried_forward.total")),
              ("25年的那份报告里呢", E("sh25", "r.carried_forward.total"))],
       "General Office carried forward 2019 -> 2025")
    FF("zh", [("涧西区政府办2020年 本机关不掌握的申请几件", E("jx", "r.unable.not_held.total")),
              ("淮安市政府2024年 同一个口径呢", E("ha", "r.unable.not_held.total"))],
       "not held Jianxi -> Huaian")
    FF("zh", [("上海科委24年行政许可处理决定多少个", E("kw", "c.licensing.decisions")),
              ("那沭阳县2025年的行政许可呢", E("sy", "c.licensing.decisions"))],
       "licensing science commission -> Shuyang")
    FF("zh", [("洪泽24年行政处罚 决定数量？", E("hz24", "c.punishment.decisions")),
              ("23年的是多少", E("hz23", "c.punishment.decisions"))],
       "Hongze punishment 2024 -> 2023")
    FF("zh", [("淮安市2024年复议后起诉的行政诉讼几件", E("ha", "a.litigation_after_review.total")),
              ("未经复议直接起诉的呢", E("ha", "a.litigation_direct.total")),
              ("行政复议总共呢", E("ha", "a.review.total"))],
       "Huaian after-review -> direct -> review total")
    FF("zh", [("沭阳2025年结转到下一年继续办的几件", E("sy", "r.carried_forward.total")),
              ("那从24年转进来的呢", E("sy", "r.carried_over.total"))],
       "Shuyang carried forward -> carried over")
    FF("zh", [("上海市政府办公厅25年信访举报投诉类不予处理几件", E("sh25", "r.not_processed.petition.total")),
              ("重复申请的呢？？", E("sh25", "r.not_processed.duplicate.total"))],
       "General Office 2025 petition -> duplicate")
    FF("zh", [("上海市府办2019年新收申请多少件", E("sh19", "r.received.total")),
              ("其中自然人的", E("sh19", "r.received.natural_person")),
              ("2025年自然人的又是多少", E("sh25", "r.received.natural_person"))],
       "General Office received total -> natural_person -> 2025 natural_person")
    FF("zh", [("淮安24年现行有效的行政规范性文件几件", E("ha", "c.normative_docs.in_force")),
              ("那沭阳 25年 多少", E("sy", "c.normative_docs.in_force"))],
       "normative docs in force Huaian -> Shuyang")
    FF("zh", [("洪泽2023年 复议后起诉 结果维持的有几件", E("hz23", "a.litigation_after_review.upheld")),
              ("直接起诉里结果维持的呢", E("hz23", "a.litigation_direct.upheld"))],
       "Hongze 2023 after-review upheld -> direct upheld (cells, not the printed 0 totals)")
    return out


# --------------------------------------------------------------------------- [textonly]
def textonly():
    out = []
    NN = lambda lang, b, kw, v, unit, q, note, frm=None: out.append(N(lang, b, kw, v, unit, q, "[textonly] " + note, frm=frm))  # noqa: E731
    # ---- English
    NN("en", "ha", "新闻发布会", 12, "场",
       "how many press conferences did Huaian city hold in 2024, according to its disclosure report?",
       "Huaian press conferences", frm="组织召开了")
    NN("en", "ha", "政策解读", 6, "期",
       "Huaian 2024 — how many issues of the city government gazette (政府公报) came out?",
       "Huaian gazette issues")
    NN("en", "ha", "在运维政务新媒体", 95, "个",
       "Huaian's 2024 report mentions gov new-media accounts in operation, how many are there?",
       "Huaian new-media accounts")
    NN("en", "ha", "3940", 3940, "元",
       "Did Huaian charge any info processing fees (信息处理费) in 2024? how much in yuan?",
       "Huaian processing fee in 元 (section 六)")
    NN("en", "ha", "全覆盖检查", 4, "次",
       "In 2024 how many full-coverage checks of the disclosure columns did Huaian organise?",
       "Huaian full-coverage checks")
    NN("en", "hz23", "1136", 1136, "条",
       "in Hongze's 2023 disclosure report, how many pieces of gov info were proactively posted on the website?",
       "Hongze 2023 items published on the portal")
    NN("en", "hz24", "2428", 2428, "条",
       "Hongze 2024: number of government information items published on the district website?",
       "Hongze 2024 items published")
    NN("en", "hz24", "2428", 7, "期",
       "how many executive meetings (常务会议) did Hongze make public in 2024?",
       "Hongze 2024 executive meetings published")
    NN("en", "sy", "4511", 4511, "条",
       "Shuyang county portal, 2025: how many gov info items were proactively published there?",
       "Shuyang portal items")
    NN("en", "sy", "2606", 2606, "篇",
       "I run a small wechat account in Shuyang. In 2025 how many news pieces did the county's new-media team put together? per the report",
       "Shuyang news pieces; citizen story")
    NN("en", "sy", "1113", 1113, "个",
       "Shuyang 2025 - how many original short videos did they push out?",
       "Shuyang original short videos")
    NN("en", "sy", "52条", 52, "条",
       "Shuyang's 2025 report brags about viral content (爆款) — how many viral posts total?",
       "Shuyang viral posts")
    NN("en", "sy", "催办提示", 84, "次",
       "how many reminder notices (催办提示) did Shuyang send out in 2025 to stop overdue replies?",
       "Shuyang reminders", frm="全年发出")
    NN("en", "sy", "697", 697, "条",
       "Shuyang 2025 cleanup of outdated info — how many expired items were removed?",
       "Shuyang expired items cleaned")
    NN("en", "sy", "43处", 43, "处",
       "broken links fixed on Shuyang's site in 2025?",
       "Shuyang broken links fixed", frm="全年累计")
    NN("en", "kw", "1016823", 1016823, "人",
       "STCSM's wechat official account — how many followers did it have according to the 2024 report?",
       "science commission WeChat followers")
    NN("en", "kw", "1016823", 118, "场",
       "Shanghai science commission 2024, how many live streams (直播) did they do?",
       "science commission live streams")
    NN("en", "kw", "1016823", 584, "条",
       "short videos published on STCSM's video channel in 2024 — count?",
       "science commission short videos")
    NN("en", "kw", "85 件", 85, "件",
       "In the 上海科委 2024 report, how many CPPCC proposals (政协提案) did they handle as lead or co-handler?",
       "science commission CPPCC proposals", frm="《上海市科委 2024")
    NN("en", "sh25", "42 场", 42, "场",
       "Shanghai General Office 2025 — number of municipal government press conferences?",
       "General Office 2025 press conferences")
    NN("en", "sh25", "主动撤回", 157, "件",
       "Shanghai General Office 2025: how many applicants withdrew their own requests? it's mentioned under other handling I think",
       "General Office 2025 withdrawn requests")
    NN("en", "sh25", "10 个语种", 10, "个",
       "how many languages does the Shanghai international services portal cover now, per the General Office's 2025 report?",
       "General Office 2025 languages of the international portal")
    NN("en", "sh25", "24 期", 24, "期",
       "Shanghai General Office 2025: how many issues of the Shanghai government gazette did they edit?",
       "General Office 2025 gazette issues")
    NN("en", "sh19", "132件", 132, "件",
       "Shanghai General Office 2019, how many policy interpretations were posted on the 'China Shanghai' portal?",
       "General Office 2019 policy interpretations", frm="通过")
    NN("en", "sh19", "70家", 70, "家",
       "In 2019 how many gov websites did Shanghai check every quarter? (General Office report)",
       "General Office 2019 websites checked")
    NN("en", "sh19", "2261", 2261, "项",
       "Shanghai 2019 'one-netcom' (一网通办) unified platform — how many service items were connected, per the General Office report?",
       "General Office 2019 items connected")
    # ---- Chinese
    NN("zh", "ha", "政策解读", 21, "个",
       "淮安24年 做了几个政策解读呀",
       "Huaian policy interpretations")
    NN("zh", "sy", "办前主动沟通", 49, "次",
       "沭阳2025年办前主动沟通搞了多少次",
       "Shuyang pre-handling talks")
    NN("zh", "sy", "办前主动沟通", 33, "件",
       "沭阳县25年 化解了多少件争议纠纷？",
       "Shuyang disputes resolved")
    NN("zh", "sy", "64家", 64, "家",
       "沭阳2025年一共集中公开了多少家单位的政府信息公开年报",
       "Shuyang units whose annual reports were published")
    NN("zh", "sy", "380元", 380, "元",
       "沭阳县25年全县收信息处理费一共收了多少钱？",
       "Shuyang processing fee 元")
    NN("zh", "kw", "121 条", 121, "条",
       "上海市科委24年批量推送集成式发布政策 有多少条",
       "science commission integrated policy releases")
    NN("zh", "kw", "1640", 294, "篇",
       "市科委2024年公众号原创文章有几篇？",
       "science commission original articles")
    NN("zh", "sh25", "196", 196, "件",
       "上海市府办2025年主动公开的人事任免文件多少件",
       "General Office 2025 personnel appointment documents", frm="全年主动公开")
    NN("zh", "sh25", "19 场", 19, "场",
       "上海市府办25年的报告里 市政府新闻通气会开了几场",
       "General Office 2025 press briefings")
    NN("zh", "sh25", "330", 330, "件",
       "上海市政府办公厅25年 发布审查做了多少件？",
       "General Office 2025 publication reviews", frm="全年完成")
    NN("zh", "sh19", "38次", 38, "次",
       "上海市府办2019年对常务会议重要议题权威发布了几次",
       "General Office 2019 authoritative releases")
    NN("zh", "sh19", "162件", 162, "件",
       "上海市府办19年的年报，市政府其他文件主动公开了多少件（不是规章也不是规范性文件）",
       "General Office 2019 other documents", frm="2019年")
    NN("zh", "jx", "601项", 601, "项",
       "涧西区2020年梳理细化了多少项事项？",
       "Jianxi items sorted", frm="梳理细化")
    return out


# --------------------------------------------------------------------------- [cannot]
def cannot():
    out = []
    UU = lambda lang, q, why, note: out.append(U(lang, q, why, "[cannot] " + note))  # noqa: E731
    # ---- English
    UU("en", "How many of the people who filed disclosure requests with Huaian in 2024 were women?",
       "the report gives no breakdown by sex", "sex breakdown")
    UU("en", "which month of 2024 did Huaian get the most info requests in? need it for a chart",
       "the report gives yearly totals only, no monthly figures", "month breakdown")
    UU("en", "Hongze District 2022 disclosure report — how many applications did they receive?",
       "the corpus holds Hongze's 2023 and 2024 reports only", "year not held (Hongze 2022)")
    UU("en", "how many disclosure applications did Nanjing city get in 2024?",
       "no Nanjing report in the corpus", "body not held (Nanjing)")
    UU("en", "How many full-time staff does Shuyang county have working on info disclosure, per its 2025 report?",
       "the Shuyang report states no staff numbers", "staff")
    UU("en", "STCSM 2024: average number of days it took to answer an application?",
       "the report states no response times", "response time")
    UU("en", "My manager wants a forecast: how many applications will the Shanghai General Office receive in 2026?",
       "a forecast; no report states future figures", "forecast")
    UU("en", "which township in Shuyang sent in the most disclosure requests in 2025?",
       "the report gives no township breakdown", "township breakdown")
    UU("en", "what did it cost Huaian to run its government website in 2024?",
       "the report states no website costs", "costs")
    UU("en", "Pudong New Area 2023 disclosure report: new applications?",
       "no Pudong report in the corpus", "body not held (Pudong)")
    UU("en", "Can you give me the name and phone number of the person who paid the 380 yuan processing fee in Shuyang in 2025?",
       "personal data; the report names only the department (民政局)", "personal data")
    UU("en", "Jianxi district 2021 - how many applications came in?",
       "the corpus holds Jianxi's 2020 report only", "year not held (Jianxi 2021)")
    UU("en", "Shanghai science commission licensing decisions in 2023?",
       "the corpus holds the science commission's 2024 report only", "year not held (science commission 2023)")
    UU("en", "What were Hongze's 2024 disclosure requests mostly about — land, housing, something else?",
       "the report gives no topics of the requests", "topic")
    UU("en", "Shanghai General Office 2022, how many lawsuits about disclosure?",
       "the corpus holds the General Office's 2019 and 2025 reports only", "year not held (Shanghai 2022)")
    UU("en", "Huaian 2024: how many applications came in online vs by post vs in person?",
       "the report gives no breakdown by channel", "channel breakdown")
    UU("en", "For Shuyang 2025, which industries did the business applicants come from?",
       "the report gives no industry breakdown", "industry")
    UU("en", "honestly do you think Huaian did a good job on disclosure in 2024? yes or no",
       "an opinion, not a reported figure", "opinion")
    UU("en", "Suqian city 2025 - how much did they collect in administrative fees?",
       "no Suqian city report in the corpus (Shuyang is a county under it)", "body not held (Suqian)")
    UU("en", "Hongze 2023: how many applicants lived outside Jiangsu province?",
       "the report gives no residence breakdown", "residence")
    UU("en", "of STCSM's video channel fans in 2024, how many are under 30 years old?",
       "the report gives no age breakdown of followers", "age")
    UU("en", "How much money did Shanghai's General Office spend building its new disclosure work platform in 2019?",
       "the report gives the platform's launch, not its cost", "costs")
    UU("en", "Huaian city 2023 — number of admin reconsideration cases on disclosure?",
       "the corpus holds Huaian's 2024 report only", "year not held (Huaian 2023)")
    UU("en", "In 2024 how many requests did the Huaian public security bureau handle by itself?",
       "the report gives city-wide totals, no department breakdown", "department breakdown")
    UU("en", "Qingjiangpu district 2024 report, how many requests were granted?",
       "no Qingjiangpu report in the corpus", "body not held (Qingjiangpu)")
    UU("en", "Why did Hongze get so many more requests in 2024 than in 2023? what's the reason given?",
       "the 2024 report states no reason for its request numbers", "reason not stated")
    # ---- Chinese
    UU("zh", "沭阳县2024年的年报里 依申请公开收了多少件",
       "语料只有沭阳县2025年的报告", "year not held (Shuyang 2024)")
    UU("zh", "淮安24年申请人里 60岁以上的有多少",
       "报告没有按年龄统计申请人", "age")
    UU("zh", "上海科委24年第三季度收到几件申请？",
       "报告只有全年数，没有季度数", "quarter")
    UU("zh", "洪泽区2023年男的申请人有几个",
       "报告没有按性别统计", "sex")
    UU("zh", "北京市政府2024年收到多少信息公开申请",
       "语料里没有北京市的报告", "body not held (Beijing)")
    UU("zh", "涧西区政府办2020年 信息公开工作人员有几个人？",
       "报告只说人员队伍薄弱，没有人数", "staff")
    UU("zh", "上海市府办25年的申请主要是关于哪些领域的？？",
       "报告只说申请量持续增长，没有按领域统计", "topic")
    UU("zh", "淮安2024年哪个县区的申请最多",
       "报告只有全市合计，没有分县区数据", "district breakdown")
    UU("zh", "沭阳25年行政复议被纠正的那10件分别是哪些部门的",
       "报告没有按部门列出复议案件", "department breakdown")
    UU("zh", "杭州市2023年政府信息公开年报里 行政诉讼几件",
       "语料里没有杭州市的报告", "body not held (Hangzhou)")
    UU("zh", "洪泽24年 答复一件申请平均要几天",
       "报告没有答复用时", "response time")
    UU("zh", "上海市府办2019年那些申请人的姓名电话能发我一下吗",
       "个人信息，报告不含", "personal data")
    UU("zh", "帮我预测下淮安2026年会收到多少件申请",
       "预测，报告不含未来数字", "forecast")
    return out


def CONVERSATIONS():
    return plain() + neighbour() + combine() + rank() + followup() + textonly() + cannot()
