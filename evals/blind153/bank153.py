"""Question bank of blind evaluation set 153 (evals/blind153): everyday traffic, new wordings.

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings written for this set. Numbers are never typed here: helpers153 computes them
from gold/*.json, from printed table rows (TEXT_SPECS, the cells verified in blind6's
text_cells.json) or from report sentences.
"""
import blindlib153 as L
from helpers153 import C, E, EN, EU, ED, V, T, S, N, U, D, R, F

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

W = "万元"
WD = {"unit": W}

PLAIN = [
    # ---------------- zh: phone-style, spacing/punctuation slips
    ("zh", "ha", "r.received.total", "淮安市政府24年一共收到多少件信息公开申请啊"),
    ("zh", "ha", "r.granted.total", "我之前给淮安市政府递过申请 后来给公开了。想问淮安 2024年 予以公开的一共几件"),
    ("zh", "ha", "r.partially_granted.total", "问下淮安市政府2024年部分公开了多少件？？"),
    ("zh", "ha", "r.unable.not_held.total", "帮同事查的：淮安2024年 因为本机关不掌握没法提供的申请多少件"),
    ("zh", "ha", "r.withheld.admin_query.total", "淮安市2024年 属于行政查询事项不予公开的 几件"),
    ("zh", "ha", "r.other.overdue_correction.total", "淮安24年 申请人逾期不补正、政府就不再处理的有多少"),
    ("zh", "ha", "a.review.corrected", "淮安市政府 2024年被复议后结果纠正的 有几件"),
    ("zh", "ha", "a.litigation_direct.total", "淮安2024年没经过复议直接被起诉的行政诉讼一共多少件"),
    ("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制决定数是多少，，"),
    ("zh", "ha", "c.normative_docs.in_force", "淮安2024 现行有效的规范性文件还有几件"),
    ("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额多少（万元）", WD),
    ("zh", "ha", "r.received.legal_services", "淮安2024年 律所这类法律服务机构提的申请有多少"),
    ("zh", "hz23", "r.unable.not_held.total", "洪泽区政府2023年 不掌握相关信息的申请有几件"),
    ("zh", "hz23", "a.review.upheld", "洪泽2023年行政复议结果维持了多少件"),
    ("zh", "hz23", "c.licensing.decisions", "洪泽区 2023年行政许可处理决定 数量？"),
    ("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023年需要另行制作所以没提供的有几个"),
    ("zh", "hz23", "c.punishment.decisions", "二〇二三年洪泽区行政处罚决定有多少"),
    ("zh", "hz24", "r.granted.total", "老家在洪泽，听说区里信息公开挺多的,洪泽区2024年予以公开的申请几件啊"),
    ("zh", "hz24", "c.licensing.decisions", "洪泽24年行政许可 多少件"),
    ("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年本机关不掌握的有多少件"),
    ("zh", "hz24", "a.review.total", "洪泽 2024年 被申请行政复议总共几件"),
    ("zh", "sy", "r.granted.total", "沭阳县政府2025年予以公开的有几件"),
    ("zh", "sy", "r.unable.not_held.total", "沭阳2025年 不掌握相关政府信息 的申请几件？"),
    ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳25年因为是内部事务信息不予公开的有几件"),
    ("zh", "sy", "r.other.other.total", "沭阳县2025年 其他处理 那一块里的“其他” 有多少件"),
    ("zh", "sy", "a.review.total", "单位让我整理复议数据，沭阳2025 行政复议一共多少件"),
    ("zh", "sy", "a.review.pending", "沭阳县政府2025年复议还没审结的有多少"),
    ("zh", "sy", "c.licensing.decisions", "我在写材料，沭阳2025年行政许可决定有多少件"),
    ("zh", "sy", "r.carried_forward.total", "沭阳县2025年结转到2026年继续办的有几件"),
    ("zh", "sy", "c.normative_docs.repealed", "沭阳2025年 废止的规范性文件几件"),
    ("zh", "sh19", "r.received.total", "上海市府办2019年收到申请多少件"),
    ("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购金额多少万", WD),
    ("zh", "sh19", "a.review.total", "市府办（上海）2019年行政复议几件"),
    ("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年自然人申请里 本机关不掌握的有多少"),
    ("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市政府办公厅 信访举报投诉类的申请（自然人）有多少"),
    ("zh", "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少"),
    ("zh", "sh25", "r.received.total", "上海市府办2025年新收申请 多少件"),
    ("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年 不掌握信息的 有几件"),
    ("zh", "sh25", "r.carried_forward.total", "市府办 2025年 结转下年度继续办理的多少"),
    ("zh", "sh25", "a.review.total", "看新闻说上海复议案子不少 上海市府办2025年 行政复议总计多少件"),
    ("zh", "kw", "r.received.total", "上海科委2024年收到多少信息公开申请"),
    ("zh", "kw", "c.licensing.decisions", "市科委2024年行政许可决定数"),
    ("zh", "kw", "r.granted.total", "上海市科委24年 予以公开几件"),
    ("zh", "jx", "r.received.total", "涧西区2020年收到的依申请公开多少件"),
    ("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目几个"),
    ("zh", "jx", "a.litigation_after_review.total", "在洛阳上班 顺便问下 涧西区2020年复议后又被起诉的有几起"),
    # ---------------- en: non-native, Chinese labels in brackets, short forms
    ("en", "ha", "r.received.natural_person", "hi, how many request from individual person (自然人) Huaian city gov receive in 2024?"),
    ("en", "ha", "r.withheld.state_secret.total", "Huai'an 2024, how many refused because state secret (国家秘密)?"),
    ("en", "ha", "r.unable.needs_creation.total", "my friend ask me... Huai'an govt 2024 - requests they couldnt answer because info need to be newly made (需要另行制作)?"),
    ("en", "ha", "r.not_processed.duplicate.total", "huaian 2024 duplicate applications (重复申请) not processed how many"),
    ("en", "ha", "a.review.pending", "For Huaian 2024, admin reviews still not concluded (尚未审结) = ?"),
    ("en", "ha", "c.licensing.decisions", "Huai'an city 2024 number of administrative licensing decisions pls"),
    ("en", "ha", "r.total_processed.commercial", "Huaian 2024, how many requests from companies (商业企业) were handled in total?"),
    ("en", "ha", "c.regulations.issued", "how many new gov regulations (规章) did Huai'an issue in 2024"),
    ("en", "ha", "r.other.overdue_fee.total", "Huaian 2024 - applicant didnt pay the fee in time, how many requests closed like that?"),
    ("en", "ha", "a.litigation_after_review.total", "In 2024 Huaian: lawsuits filed after admin review was finished, total?"),
    ("en", "hz23", "r.received.total", "Hongze district 2023 how many info disclosure application they get"),
    ("en", "hz23", "r.partially_granted.total", "Hongze 2023, partly disclosed (部分公开) requests?"),
    ("en", "hz23", "c.coercion.decisions", "my boss want a table for tomorrow meeting, Hongze District gov 2023 administrative coercion (行政强制) decisions count"),
    ("en", "hz23", "c.fees.amount", "Hongze 2023 admin fees collected, amount in 10k yuan?", WD),
    ("en", "hz23", "r.not_processed.petition.total", "Hongze 2023: petition/complaint kind applications (信访举报投诉类) not processed - how many?"),
    ("en", "hz24", "c.punishment.decisions", "Hongze district, FY2024, admin penalty decisions?"),
    ("en", "hz24", "c.normative_docs.issued", "How many normative docs Hongze issue in 2024?"),
    ("en", "hz24", "a.litigation_after_review.total", "Hongze 2024 lawsuits after review total pls"),
    ("en", "hz24", "r.carried_forward.total", "Hongze 2024 any requests pushed into 2025? how many"),
    ("en", "sy", "r.partially_granted.total", "Shuyang County 2025 partial disclosure count?"),
    ("en", "sy", "r.withheld.admin_query.total", "Shuyang 2025 - how many rejected as administrative query (行政查询事项)?"),
    ("en", "sy", "r.not_processed.duplicate.total", "Shuyang 2025, repeat applications not handled, number?"),
    ("en", "sy", "a.review.corrected", "Shuyang county gov 2025, admin reviews where the result got corrected?"),
    ("en", "sy", "a.litigation_direct.total", "I'm law student writing paper on gov transparency. Shuyang 2025 lawsuits filed directly (no review first)?"),
    ("en", "sy", "c.punishment.decisions", "Shuyang 2025 admin punishment decisions number"),
    ("en", "sy", "c.fees.amount", "In 2025 what was Shuyang's administrative fee amount (万元)?", WD),
    ("en", "sy", "r.received.legal_services", "Shuyang 2025 new apps from law firms / legal service orgs?"),
    ("en", "sy", "r.total_processed.total", "Shuyang 2025 total requests processed (办理总计)?"),
    ("en", "sh19", "r.received.commercial", "Shanghai General Office 2019, how many apps from companies?"),
    ("en", "sh19", "c.normative_docs.made", "SH gov general office 2019 normative documents made (制作数)?"),
    ("en", "sh19", "r.carried_forward.total", "Shanghai govt general office 2019 how many requests carried into 2020?"),
    ("en", "sh19", "c.procurement.projects", "Shanghai gen office 2019 centralized procurement, number of projects"),
    ("en", "sh19", "r.unable.needs_creation.commercial", "Shanghai General Office 2019 - companies whose request couldnt be met because the info needs to be created"),
    ("en", "sh25", "r.received.natural_person", "Working on a report for an NGO. Shanghai General Office 2025, applications by individuals?"),
    ("en", "sh25", "r.granted.total", "SH municipal gov general office 2025 fully disclosed (予以公开)?"),
    ("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025, petition-type requests not processed?"),
    ("en", "sh25", "a.litigation_direct.total", "Shanghai Gen Office 2025 direct lawsuits total"),
    ("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025 info need to be produced new so cant provide - count?"),
    ("en", "kw", "r.total_processed.total", "Hello, I am exchange student in Shanghai, teacher ask us to check: STCSM 2024 total handled requests?"),
    ("en", "kw", "c.normative_docs.in_force", "Shanghai science commission 2024 how many normative docs still valid"),
    ("en", "kw", "r.received.natural_person", "STCSM 2024 requests from individual citizens"),
    ("en", "kw", "r.carried_over.total", "STCSM (上海科委) 2024 requests carried over from 2023, count"),
    ("en", "jx", "r.granted.total", "Jianxi district office 2020 how many requests granted fully"),
    ("en", "jx", "c.procurement.amount", "Jianxi 2020 procurement amount 万元?", WD),
    ("en", "jx", "a.review.total", "Jianxi District 2020 admin review cases?"),
]

SUMS = [
    ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"],
     "淮安2024年 国家秘密、法律禁止、危及三安全一稳定 这三类不予公开加起来多少"),
    ("zh", "ha", ["a.review.upheld", "a.review.corrected"], "淮安市2024年复议维持加纠正 一共几件"),
    ("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年予以公开和部分公开合起来多少"),
    ("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年无法提供里 不掌握和需要另行制作加一起"),
    ("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年 许可、处罚、强制三种决定加起来多少件"),
    ("zh", "sh19", ["r.received.natural_person", "r.received.commercial"], "上海市府办2019年 自然人和商业企业的新收申请加一块"),
    ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "市府办2025年信访类加重复申请不予处理的一共多少"),
    ("zh", "kw", ["r.received.natural_person", "r.received.commercial"], "上海科委2024年 自然人 加 商业企业 新收 合计"),
    ("en", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending"],
     "Huaian 2024 add up review upheld, corrected, other and pending pls"),
    ("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"],
     "Huai'an 2024 sum of petition, duplicate and reconfirm (要求确认或重新出具) requests not processed"),
    ("en", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other"],
     "Shuyang 2025 concluded admin reviews (upheld + corrected + other), total?"),
    ("en", "sy", ["r.withheld.%s.total" % w for w in L.WITHHELD],
     "Shuyang 2025 sum all 8 reasons of not disclosing (不予公开) together"),
    ("en", "hz24", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
     "Hongze 2024 reviews plus both kind of lawsuits, total?"),
    ("en", "sh25", ["r.carried_over.natural_person", "r.carried_over.legal_services"],
     "Shanghai General Office 2025 carried-over requests from individuals and law firms combined"),
    ("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020 granted plus not held, together?"),
    ("en", "sh19", ["c.regulations.made", "c.normative_docs.made"], "Shanghai General Office 2019 regulations made plus normative docs made"),
]

DIFFS = [
    ("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少", {}),
    ("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽 行政处罚 2023年到2024年变化多少", {}),
    ("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请 2025年比2019年多多少", {}),
    ("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅 行政复议 2019年和2025年差多少（25年减19年）", {}),
    ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 不掌握信息的申请 2024 比 2023年 多几件", {}),
    ("en", "hz23", "hz24", "c.coercion.decisions", "Hongze coercion decisions, change from 2023 to 2024?", {}),
    ("en", "hz23", "hz24", "c.fees.amount", "Hongze admin fees 2024 vs 2023 difference in 万元", WD),
    ("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office requests carried forward (结转下年度继续办理): 2025 minus 2019?", {}),
    ("en", "sh19", "sh25", "r.received.natural_person", "SH general office, individuals' new requests 2019 -> 2025 how much up?", {}),
    ("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai Gen Office direct lawsuits, 2025 compared with 2019 difference", {}),
]

RANKS = [
    ("zh", ["ha", "hz23", "sy", "sh19"], "r.received.total", "desc", "淮安2024、洪泽2023、沭阳2025、上海市府办2019 这四个 哪个新收申请最多"),
    ("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "行政复议最少的是谁：淮安市2024年，沭阳县2025年，上海市府办2019年，涧西区2020年"),
    ("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "desc", "淮安2024 洪泽2023 沭阳2025 行政强制谁最多"),
    ("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数排第一的是哪家？淮安市政府2024年、洪泽区2023年、沭阳县2025年"),
    ("zh", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "desc", "结转下年度最多的是哪个：淮安24年、沭阳25年、上海市府办19年、涧西20年"),
    ("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "现行有效规范性文件最少的是哪家 淮安2024/洪泽2023/沭阳2025"),
    ("zh", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "商业企业申请哪家最多：淮安2024年、沭阳2025年、上海市政府办公厅2019年"),
    ("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "which one has most admin penalties: Huaian 2024, Hongze 2023, Shuyang 2025?"),
    ("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019 - who had biggest carried over (上年结转) number?"),
    ("en", ["ha", "sy", "sh19", "jx"], "r.unable.not_held.natural_person", "desc", "Among Huaian 2024, Shuyang 2025, Shanghai Gen Office 2019 and Jianxi 2020, most 'not held' answers to individuals?"),
    ("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "direct lawsuits, who is top? Huaian 2024 / Shuyang 2025 / SH General Office 2019 / Jianxi 2020"),
    ("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "Biggest admin fee amount: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
    ("en", ["ha", "sy", "jx"], "a.litigation_after_review.total", "asc", "lawsuits after review, who has fewest - Huaian 2024, Shuyang 2025, Jianxi 2020?"),
]

TRAPS = [
    ("zh", "ha", "r.carried_over.total", "淮安市2024年 上年结转（2023年转进2024年）的申请多少件，不是转到2025年的那个", "结转上年 vs 下年", {}),
    ("zh", "sy", "a.litigation_after_review.total", "沭阳2025年 先复议完了再去起诉的 行政诉讼 一共几件", "复议后起诉 vs 直接起诉", {}),
    ("zh", "ha", "c.normative_docs.repealed", "淮安2024年 废止的规范性文件 几件", "废止 vs 制发", {}),
    ("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年 因为是过程性信息不予公开的 几件 （不是内部事务那个）", "过程性信息 vs 内部事务", {}),
    ("zh", "ha", "c.regulations.in_force", "淮安2024年 现行有效的市政府规章 有几件", "现行有效 vs 制发", {}),
    ("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购 项目数是多少(不要金额)", "采购项目数 vs 金额", {}),
    ("zh", "sy", "a.review.other", "沭阳2025年复议 其他结果 几件", "其他结果 vs 纠正", {}),
    ("en", "ha", "a.litigation_direct.other", "Huai'an 2024 direct lawsuits that ended with 'other result' (其他结果)?", "其他结果 vs 纠正", {}),
    ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019 total normative docs publicly available (对外公开总数), not the new made ones", "对外公开总数 vs 新制作", {}),
    ("en", "ha", "r.granted.legal_services", "Huaian 2024 fully disclosed for legal service orgs (法律服务机构) - not companies", "法律服务机构 vs 商业企业", {}),
    ("en", "sy", "r.carried_over.total", "Shuyang 2025 requests carried over INTO 2025 from 2024 (上年结转), not the ones moved to 2026", "结转上年 vs 下年", {}),
    ("en", "hz24", "c.normative_docs.in_force", "Hongze 2024 normative docs currently valid (现行有效), not the issued ones", "现行有效 vs 制发", {}),
    ("en", "sh25", "a.review.pending", "Shanghai General Office 2025 admin reviews not yet concluded (尚未审结)?", "未审结 vs 总计", {}),
]


def _e(b, k, kw=None):
    return E(b, k, **(kw or {}))


FOLLOW = [
    ("zh", [("淮安2024年不掌握信息没法提供的几件", "ha", "r.unable.not_held.total"),
            ("那沭阳县2025年呢", "sy", "r.unable.not_held.total")], "body switch"),
    ("zh", [("洪泽区2023年行政许可多少件", "hz23", "c.licensing.decisions"),
            ("24年的呢？", "hz24", "c.licensing.decisions")], "year switch"),
    ("zh", [("上海市府办2019年新收申请多少", "sh19", "r.received.total"),
            ("那2025年的呢？", "sh25", "r.received.total")], "year switch"),
    ("zh", [("沭阳2025年予以公开几件", "sy", "r.granted.total"),
            ("部分公开呢", "sy", "r.partially_granted.total"),
            ("不予公开里 内部事务 那项呢", "sy", "r.withheld.internal_affairs.total")], "row switch"),
    ("zh", [("淮安市2024年商业企业提的申请几件", "ha", "r.received.commercial"),
            ("法律服务机构那栏呢", "ha", "r.received.legal_services")], "column switch"),
    ("zh", [("洪泽2023年 行政处罚决定多少", "hz23", "c.punishment.decisions"),
            ("换成2024年 同一项", "hz24", "c.punishment.decisions")], "year switch"),
    ("zh", [("沭阳县2025年行政复议一共多少", "sy", "a.review.total"),
            ("诉讼里直接起诉的呢", "sy", "a.litigation_direct.total")], "appeals group switch"),
    ("zh", [("淮安2024年 行政强制多少", "ha", "c.coercion.decisions"),
            ("沭阳县2025年的强制呢", "sy", "c.coercion.decisions")], "body switch"),
    ("zh", [("上海市府办2025年上年结转的申请多少件", "sh25", "r.carried_over.total"),
            ("自然人那一列呢", "sh25", "r.carried_over.natural_person")], "column switch"),
    ("zh", [("上海科委2024年新收申请几件", "kw", "r.received.total"),
            ("其中自然人几件", "kw", "r.received.natural_person"),
            ("商业企业呢？", "kw", "r.received.commercial")], "column switch"),
    ("zh", [("涧西区2020年收到依申请几件", "jx", "r.received.total"),
            ("予以公开多少", "jx", "r.granted.total"),
            ("不掌握的呢", "jx", "r.unable.not_held.total")], "row switch"),
    ("zh", [("洪泽区2023年复议维持几件", "hz23", "a.review.upheld"),
            ("纠正的呢", "hz23", "a.review.corrected")], "column switch"),
    ("zh", [("上海市政府办公厅2019年结转下年度的有多少", "sh19", "r.carried_forward.total"),
            ("2025年结转下年的是多少", "sh25", "r.carried_forward.total")], "year switch"),
    ("zh", [("淮安2024年行政事业性收费多少万元", "ha", "c.fees.amount", WD),
            ("沭阳2025年呢？", "sy", "c.fees.amount", WD)], "body switch"),
    ("zh", [("沭阳2025年 逾期不补正不再处理的几件", "sy", "r.other.overdue_correction.total"),
            ("逾期不缴费的呢", "sy", "r.other.overdue_fee.total")], "row switch"),
    ("zh", [("洪泽区2024年 本机关不掌握 几件", "hz24", "r.unable.not_held.total"),
            ("2023年洪泽同一行是多少", "hz23", "r.unable.not_held.total")], "year switch"),
    ("zh", [("淮安市2024年 办理总计多少件", "ha", "r.total_processed.total"),
            ("自然人那列 多少", "ha", "r.total_processed.natural_person")], "column switch"),
    ("zh", [("上海市府办2025年不掌握的几件", "sh25", "r.unable.not_held.total"),
            ("需要另行制作的呢", "sh25", "r.unable.needs_creation.total"),
            ("2019年市府办 自然人这一项是多少", "sh19", "r.unable.needs_creation.natural_person")], "row and year switch"),
    ("zh", [("沭阳2025年制发规范性文件几件", "sy", "c.normative_docs.issued"),
            ("现行有效的呢", "sy", "c.normative_docs.in_force")], "column switch"),
    ("zh", [("淮安2024年 复议后起诉的行政诉讼 总数", "ha", "a.litigation_after_review.total"),
            ("其中结果维持的几件", "ha", "a.litigation_after_review.upheld")], "column switch"),
    ("en", [("Huaian 2024 fully granted requests?", "ha", "r.granted.total"),
            ("and Shuyang 2025?", "sy", "r.granted.total")], "body switch"),
    ("en", [("Hongze 2024 administrative coercion decisions", "hz24", "c.coercion.decisions"),
            ("what about Hongze in 2023", "hz23", "c.coercion.decisions")], "year switch"),
    ("en", [("Shanghai General Office 2025 admin reviews total?", "sh25", "a.review.total"),
            ("and in 2019?", "sh19", "a.review.total")], "year switch"),
    ("en", [("Shuyang 2025 withheld because third party rights (第三方合法权益)?", "sy", "r.withheld.third_party.total"),
            ("and the security/stability one (三安全一稳定)?", "sy", "r.withheld.security_stability.total")], "row switch"),
    ("en", [("STCSM 2024 admin licensing decisions", "kw", "c.licensing.decisions"),
            ("and penalties (行政处罚)?", "kw", "c.punishment.decisions")], "row switch"),
    ("en", [("Huaian 2024 how many admin review cases", "ha", "a.review.total"),
            ("how many of those upheld", "ha", "a.review.upheld"),
            ("and corrected?", "ha", "a.review.corrected")], "column switch"),
    ("en", [("Jianxi district 2020 procurement projects number", "jx", "c.procurement.projects"),
            ("amount?", "jx", "c.procurement.amount", WD)], "column switch"),
    ("en", [("Shanghai General Office 2019 requests from individuals (自然人)?", "sh19", "r.received.natural_person"),
            ("companies?", "sh19", "r.received.commercial")], "column switch"),
    ("en", [("Hongze 2023 normative docs in force", "hz23", "c.normative_docs.in_force"),
            ("2024 same item?", "hz24", "c.normative_docs.in_force")], "year switch"),
    ("en", [("Shuyang 2025 lawsuits after admin review total", "sy", "a.litigation_after_review.total"),
            ("how many still pending", "sy", "a.litigation_after_review.pending")], "column switch"),
    ("en", [("Huai'an 2024 withheld as process info (过程性信息)?", "ha", "r.withheld.process_info.total"),
            ("internal affairs (内部事务)?", "ha", "r.withheld.internal_affairs.total")], "row switch"),
    ("en", [("Shanghai General Office 2025 fully disclosed requests", "sh25", "r.granted.total"),
            ("Shanghai science commission 2024 same thing?", "kw", "r.granted.total")], "body switch"),
    ("en", [("Huaian 2024 requests unclear, cant identify the info (申请内容不明确)?", "ha", "r.unable.unclear.total"),
            ("Shuyang 2025?", "sy", "r.unable.unclear.total")], "body switch"),
    ("en", [("SH General Office 2019 procurement amount (万元)?", "sh19", "c.procurement.amount", WD),
            ("and Jianxi district in 2020?", "jx", "c.procurement.amount", WD)], "body switch"),
    ("en", [("Hongze 2024 admin fees in 万元", "hz24", "c.fees.amount", WD),
            ("and Huai'an city 2024", "ha", "c.fees.amount", WD)], "body switch"),
    ("en", [("Shuyang 2025 new requests from companies", "sy", "r.received.commercial"),
            ("how about Huai'an 2024", "ha", "r.received.commercial")], "body switch"),
    ("en", [("Shanghai Gen Office 2025 direct lawsuits still pending", "sh25", "a.litigation_direct.pending"),
            ("and the direct lawsuits total", "sh25", "a.litigation_direct.total")], "column switch"),
    ("en", [("Huaian 2024 admin penalty decisions (行政处罚)", "ha", "c.punishment.decisions"),
            ("Hongze 2023?", "hz23", "c.punishment.decisions"),
            ("and Hongze 2024?", "hz24", "c.punishment.decisions")], "body and year switch"),
    ("en", [("Jianxi 2020 total requests handled (办理总计)", "jx", "r.total_processed.total"),
            ("and carried to 2021?", "jx", "r.carried_forward.total")], "row switch"),
]

NARR = [
    # zh
    ("zh", "jx", "试点领域", 26, "个", "涧西区2020年搞了多少个试点领域的专栏"),
    ("zh", "ha", "政策解读21", 21, "个", "淮安市政府2024年做了几个政策解读"),
    ("zh", "ha", "公报》6", 6, "期", "淮安2024年 市政府公报出了几期"),
    ("zh", "ha", "新闻发布会 12", 12, "场", "淮安24年开了多少场新闻发布会？"),
    ("zh", "ha", "政务新媒体共计", 95, "个", "淮安全市在运维的政务新媒体有几个（2024年报）"),
    ("zh", "ha", "信息处理费 3940", 3940, "元", "淮安市2024年收了多少信息处理费 多少元"),
    ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站主动公开了多少条信息"),
    ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽 2024年 网站上主动发布了多少条政府信息"),
    ("zh", "sy", "意见征集9", 9, "期", "沭阳县2025年网站开展了几期意见征集"),
    ("zh", "sy", "专栏33", 33, "个", "沭阳2025年新媒体开了多少个专栏"),
    ("zh", "sy", "爆款内容52", 52, "条", "刷抖音老刷到沭阳的视频，沭阳25年爆款内容有多少条"),
    ("zh", "sy", "催办提示 84", 84, "次", "沭阳县2025年一共发了多少次催办提示"),
    ("zh", "sy", "失效链接43", 43, "处", "沭阳2025年 整改失效链接多少处"),
    ("zh", "sy", "过期信息697", 697, "条", "沭阳县政府2025年清理了多少条过期信息"),
    ("zh", "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年开了几场新闻通气会"),
    ("zh", "sh25", "公报》24", 24, "期", "上海市政府办公厅2025年编了几期市政府公报"),
    ("zh", "sh25", "主动撤回 157", 157, "件", "上海市府办2025年 申请人自己撤回的申请有多少件"),
    ("zh", "sh19", "政策解读共132", 132, "件", "上海市府办2019年门户网站发了多少件政策解读"),
    ("zh", "kw", "直播 118", 118, "场", "上海科委2024年搞了多少场直播"),
    ("zh", "sh19", "政府网站开展全面检查", 70, "家", "2019年上海市政府办公厅每季度检查多少家政府网站"),
    # en
    ("en", "ha", "全年组织 4", 4, "次", "Huaian 2024, how many full-coverage checks of the disclosure columns (栏目全覆盖检查) they organised?"),
    ("en", "hz24", "政府常务会议 7", 7, "期", "Hongze district 2024 published how many issues of the executive meeting (常务会议)?"),
    ("en", "sy", "4511", 4511, "条", "Shuyang county 2025: how many items proactively published on the county portal?"),
    ("en", "sy", "新闻稿件2606", 2606, "篇", "Shuyang 2025 news articles (新闻稿件) produced for new media, how many?"),
    ("en", "sy", "原创短视频1113", 1113, "个", "Shuyang 2025 how many original short videos pushed?"),
    ("en", "sy", "64家单位", 64, "家", "Shuyang 2025 annual reports of how many units were published together?"),
    ("en", "sy", "主动沟通 49", 49, "次", "Shuyang 2025 proactive communications before handling (办前主动沟通), how many times?"),
    ("en", "sy", "相关案件 74", 74, "件", "Shuyang 2025 - the narrative says county handled how many review/lawsuit related cases in total?"),
    ("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai General Office 2025 press conferences held, count?"),
    ("en", "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025 release reviews (发布审查) of documents, how many?"),
    ("en", "sh25", "10 个语种", 10, "个", "Shanghai intl service portal covers how many languages, per General Office 2025 report?"),
    ("en", "sh25", "直接办事服务 19", 19, "项", "Shanghai General Office 2025: direct online service items (直接办事服务) on the international portal?"),
    ("en", "sh19", "53个部门", 53, "个", "Shanghai Gen Office 2019 - unified acceptance platform connected how many departments?"),
    ("en", "sh19", "41条短视频", 41, "条", "SH general office 2019, how many short videos on Douyin about the import expo (进博会)?"),
    ("en", "sh19", "部门规范性文件45", 45, "件", "Shanghai General Office 2019 gazette printed how many departmental normative docs?"),
    ("en", "kw", "惠企政策 83", 83, "条", "STCSM 2024 daily submitted business-support policies (惠企政策), number?"),
    ("en", "kw", "原创文章 294", 294, "篇", "Shanghai science commission 2024 wechat original articles count?"),
    ("en", "kw", "短视频 584", 584, "条", "STCSM 2024 video channel (视频号) short videos published?"),
    ("en", "kw", "5 个高频事项", 5, "个", "STCSM 2024 how many high-frequency service items have the 阅办联动 setup?"),
]

CANNOT = [
    ("zh", "淮安2024年申请信息公开的人里面男的女的各多少", "no sex breakdown"),
    ("zh", "我是洪泽的，想知道洪泽区2024年哪个月申请最多啊", "no monthly breakdown"),
    ("zh", "沭阳2025年 网上申请和当面申请各几件", "no channel breakdown"),
    ("zh", "上海市府办2025年的申请里面 涉及征收拆迁的有多少", "no topic breakdown"),
    ("zh", "南京市政府2024年收到多少信息公开申请", "body not in corpus"),
    ("zh", "洪泽区2022年行政许可多少件", "year not held"),
    ("zh", "沭阳县2024年予以公开多少件", "year not held"),
    ("zh", "上海科委2023年收了几件申请", "year not held"),
    ("zh", "涧西区2021年 依申请公开多少件", "year not held"),
    ("zh", "淮安2024年 政务公开办有几个工作人员", "staff not stated"),
    ("zh", "沭阳2025年 平均多少天答复一件申请", "response time not stated"),
    ("zh", "上海市府办2026年预计会收到多少申请", "forecast"),
    ("zh", "宿迁市2025年信息公开年报里 复议多少件", "body not in corpus"),
    ("zh", "淮安市2024年各县区分别受理多少件申请", "district breakdown not given"),
    ("zh", "洪泽2023年申请人里面 60岁以上的有几个", "age breakdown"),
    ("zh", "帮我查下 上海市府办2019年那些申请人的电话号码", "personal data"),
    ("zh", "上海科委2024年 信息公开工作花了多少钱经费", "cost not stated"),
    ("zh", "浦东新区2025年行政复议多少件", "body not in corpus"),
    ("zh", "沭阳2025年 第三季度收了多少申请", "quarter breakdown"),
    ("zh", "你觉得淮安2024年的政务公开做得好不好 打几分", "opinion"),
    ("en", "doing gender study for class... Huaian 2024 - how many requests came from women vs men?", "no sex breakdown"),
    ("en", "Hongze 2022 how many info requests?", "year not held"),
    ("en", "Shanghai General Office 2022 admin reviews?", "year not held"),
    ("en", "Qingjiangpu district 2024 disclosure requests number?", "body not in corpus"),
    ("en", "My uncle in Shuyang asked gov about his house. Shuyang 2025, how many of the requests were about land / housing?", "no topic breakdown"),
    ("en", "Jianxi 2020 how many requests came by email vs letters?", "no channel breakdown"),
    ("en", "STCSM 2024 how many staff work on info disclosure?", "staff not stated"),
    ("en", "Shanghai General Office 2025, average days to reply a request?", "response time not stated"),
    ("en", "how many requests will Huai'an get in 2026, any estimate?", "forecast"),
    ("en", "Nanjing city 2024 admin reviews on disclosure?", "body not in corpus"),
    ("en", "Shuyang 2025, which township sent the most requests?", "township breakdown"),
    ("en", "Hongze 2024 why did the number of requests change so much, what reason they give?", "reason not stated"),
    ("en", "Huaian 2024 requests from companies - which industry most?", "industry breakdown"),
    ("en", "Shanghai General Office 2019 requests in March only?", "monthly breakdown"),
    ("en", "pls give me the name and ID number of the applicants in Shuyang 2025", "personal data"),
    ("en", "Huai'an 2024 how many applicants live outside Jiangsu?", "residence breakdown"),
    ("en", "Jianxi 2021 requests received?", "year not held"),
    ("en", "which department of Shanghai General Office 2025 got most requests?", "department breakdown"),
    ("en", "Is Shuyang's 2025 disclosure work better than Huaian's 2024? your opinion", "opinion"),
]


# the report text states the same number as the table: cite either (marked ambiguous, both readings)
ALTS = {
    "淮安市政府24年一共收到多少件信息公开申请啊": ("全市共受理政府信息公开申请", 3119),
    "淮安市2024年 办理总计多少件": ("全市共受理政府信息公开申请", 3050),
    "淮安市2024年 上年结转（2023年转进2024年）的申请多少件，不是转到2025年的那个": ("全市共受理政府信息公开申请", 34),
    "Huaian 2024 how many admin review cases": ("政府信息公开行政复议", 351),
    "how many of those upheld": ("政府信息公开行政复议", 72),
    "上海市府办2019年收到申请多少件": ("代表市政府共受理", 859),
    "上海市府办2019年新收申请多少": ("代表市政府共受理", 859),
    "上海市政府办公厅2019年结转下年度的有多少": ("代表市政府共受理", 72),
    "Shanghai govt general office 2019 how many requests carried into 2020?": ("代表市政府共受理", 72),
    "市府办（上海）2019年行政复议几件": ("信息公开类行政复议", 7),
    "and in 2019?": ("信息公开类行政复议", 7),
    "上海市府办2025年新收申请 多少件": ("市政府共受理政府信息公开申请", 1295),
    "那2025年的呢？": ("市政府共受理政府信息公开申请", 1295),
    "上海市府办2025年上年结转的申请多少件": ("市政府共受理政府信息公开申请", 189),
    "上海科委2024年收到多少信息公开申请": ("全年收到政府信息公开申请", 34),
    "上海科委2024年新收申请几件": ("全年收到政府信息公开申请", 34),
    "STCSM (上海科委) 2024 requests carried over from 2023, count": ("全年收到政府信息公开申请", 2),
    "上海市科委24年 予以公开几件": ("同意公开答复", 9),
    "Shanghai science commission 2024 same thing?": ("同意公开答复", 9),
    "涧西区2020年收到的依申请公开多少件": ("全年共收到依申请公开", 17),
    "涧西区2020年收到依申请几件": ("全年共收到依申请公开", 17),
    "and carried to 2021?": ("全年共收到依申请公开", 2),
    "Hongze district 2023 how many info disclosure application they get": ("全区受理政府信息公开申请", 21),
    "Shuyang 2025 total requests processed (办理总计)?": ("全县全年共受理", 718),
    "沭阳县2025年结转到2026年继续办的有几件": ("全县全年共受理", 31),
}


def _alt(q, kw):
    kw = dict(kw)
    if q in ALTS:
        kw["alt"] = ALTS[q]
    return kw


def CONVERSATIONS():
    out = []
    for row in PLAIN:
        lang, b, k, q = row[:4]
        kw = row[4] if len(row) > 4 else {}
        out.append(V(lang, b, k, q, note="[plain] one table value, everyday wording", **_alt(q, kw)))
    for lang, b, ks, q in SUMS:
        out.append(S(lang, b, ks, q, note="[combine] sum of %d listed cells" % len(ks)))
    for lang, b1, b2, k, q, kw in DIFFS:
        out.append(D(lang, b1, b2, k, q, note="[combine] later year minus earlier year", **kw))
    for lang, bs, k, order, q in RANKS:
        out.append(R(lang, bs, k, order, q, note="[rank] ranking over gold bodies (%s)" % order))
    for lang, b, k, q, why, kw in TRAPS:
        out.append(T(lang, b, k, q, "[neighbour] trap: %s" % why, **_alt(q, kw)))
    for lang, turns, why in FOLLOW:
        ts = []
        for t in turns:
            q, b, k = t[:3]
            ts.append((q, E(b, k, **_alt(q, t[3] if len(t) > 3 else {}))))
        out.append(F(lang, ts, "[followup] %s" % why))
    for lang, b, kwd, v, unit, q in NARR:
        out.append(N(lang, b, kwd, v, unit, q, note="[textonly] number stated only in the report text"))
    for lang, q, why in CANNOT:
        out.append(U(lang, q, why, note="[cannot] %s" % why))
    used = [t["question"] for c in out for t in c["turns"]]
    missing = [q for q in ALTS if q not in used]
    if missing:
        raise ValueError("ALTS for unknown questions: %s" % missing)
    return out
