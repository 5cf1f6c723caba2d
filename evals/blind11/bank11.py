"""Question bank of the eleventh blind set (evals/blind11).

WARNING: holds the text of every test question: as frozen as test.jsonl.
Every wording was written by hand on 2026-12-01 by a helper session that never saw the engine.
Every number is computed by helpers11 (gold JSON, verified printed rows, cut sentences); the
bank only names reports, keys, keywords and the wording.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib11 as L  # noqa: E402
from helpers11 import E, EU, V, T, S, N, U, D, R, F  # noqa: E402

# Printed cells of the three reports without gold: the same specs blind6 verified, read from
# the copied text_cells.json; build_blind11 re-parses every value from the report text.
with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    SPECS = {b: {k: tuple(c["spec"]) for k, c in d["cells"].items()}
             for b, d in json.load(_f).items()}
L.TEXT_SPECS.update(SPECS)

P, CB, RK, FU, TX, CN, NB = ("[plain] ", "[combine] ", "[rank] ", "[followup] ", "[textonly] ",
                             "[cannot] ", "[neighbour] ")
M = {"unit": "万元"}

# text sentences that state the same number as a table cell (question marked ambiguous)
HA_REC = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_OVER = ("含上年度结转申请", 34)
HA_FWD = ("另有", 103)
HA_UPH = ("其中结果维持", 72)
HA_COR = ("其中结果维持", 64)
HA_OTH = ("其中结果维持", 178)
HA_PEND = ("其中结果维持", 37)
SY_DONE = ("共办理", 718)
SY_FWD = ("结转下一年", 31)
SY_ORG = ("法人或其他组织申请", 8)
HZ_REC = ("全区受理政府信息公开申请", 21)
SH_REC = ("代表市政府共受理政府信息公开申请", 859)
SH_DONE = ("答复政府信息公开申请", 805)
SH_FWD = ("另有72件", 72)
SH_OVER = ("含上年度结转申请", 18)
SH_REV = ("信息公开类行政复议", 7)
SH_LIT = ("信息公开类行政复议", 9)
JX_REC = ("全年共收到依申请公开", 17)
JX_DONE = ("办结15件", 15)
JX_FWD = ("在办2件", 2)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_GR = ("同意公开答复", 9)
S5_REC = ("市政府共受理政府信息公开申请", 1295)
S5_DONE = ("市政府共受理政府信息公开申请", 1191)
S5_OVER = ("上年结转", 189)


def plain():
    z, e = "zh", "en"
    return [
        # 淮安市人民政府 2024
        V(z, "ha", "r.received.total", "淮安市政府24年收到几个信息公开申请？", P + "received", alt=HA_REC),
        V(z, "ha", "r.granted.total", "我2024年在淮安申请的材料被全部公开了，想问下那年像我这样全给公开的一共多少件", P + "granted (own request; year stated)"),
        V(z, "ha", "r.unable.not_held.total", "淮安2024年回复“本机关不掌握”的申请有多少", P + "not held"),
        V(z, "ha", "r.withheld.admin_query.total", "接线员转述：来电人问淮安市2024年有多少申请被认定为行政查询事项没给公开", P + "admin query"),
        V(z, "ha", "r.not_processed.petition.total", "淮安市2024年有多少申请其实是信访举报投诉，所以没处理？", P + "petition"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024年申请人让补正材料、结果过了期限也没补的，有几件", P + "overdue correction"),
        V(z, "ha", "c.fees.amount", "淮安市2024年行政事业性收费金额是多少万元？", P + "fees", **M),
        V(z, "ha", "c.coercion.decisions", "淮安市政府二〇二四年行政强制决定多少件", P + "coercion"),
        V(z, "ha", "a.litigation_after_review.total", "淮安2024年先复议、复议完了又去法院起诉的，一共多少件", P + "litigation after review"),
        V(z, "ha", "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构提了多少申请？", P + "legal services col"),
        V(z, "ha", "r.withheld.process_info.total", "淮安2024年因为是过程性信息不公开的有几件", P + "process info"),
        V(z, "ha", "c.normative_docs.in_force", "淮安市政府2024年末现行有效规范性文件几件", P + "in force"),
        V(e, "ha", "r.granted.total", "Huai'an city gov 2024 — how many requests were disclosed in full?", P + "granted"),
        V(e, "ha", "r.unable.not_held.total", "In 2024 how many times did Huaian government answer that it simply doesn't hold the info?", P + "not held"),
        V(e, "ha", "c.punishment.decisions", "Huai'an 2024 number of administrative penalty decisions (行政处罚)?", P + "punishment"),
        V(e, "ha", "r.withheld.state_secret.total", "how many huaian requests were refused in 2024 because of state secrets", P + "state secret"),
        V(e, "ha", "r.total_processed.total", "Huai'an, 2024: total requests they finished handling (办理结果总计)?", P + "processed", alt=HA_DONE),
        V(e, "ha", "r.not_processed.duplicate.total", "My question for Huaian 2024: how many requests were thrown out as repeat requests?", P + "duplicate"),
        V(e, "ha", "a.review.corrected", "Huai'an in 2024: administrative reviews where the decision got corrected — count?", P + "review corrected", alt=HA_COR),
        V(e, "ha", "r.other.overdue_fee.total", "Huaian 2024, requests closed because the applicant didn't pay the fee on time?", P + "overdue fee"),
        V(e, "ha", "c.licensing.decisions", "How many licensing decisions did Huai'an make in 2024?", P + "licensing"),
        V(e, "ha", "r.received.commercial", "Huai'an 2024 — requests filed by businesses (商业企业)?", P + "commercial col"),
        V(e, "ha", "a.review.pending", "huaian 2024 admin reviews not finished yet by year end how many", P + "review pending", alt=HA_PEND),
        # 沭阳县人民政府 2025
        V(z, "sy", "r.received.total", "沭阳县政府2025年本年新收的申请多少件（不算上一年结转过来的）", P + "received new (table)"),
        V(z, "sy", "r.partially_granted.total", "沭阳25年部分公开的有多少", P + "partial"),
        V(z, "sy", "r.unable.not_held.total", "我在沭阳申请的东西政府说他们没有，2025年这种情况一共多少件？", P + "not held (own request)"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以内部事务信息为由不公开的有几件", P + "internal affairs"),
        V(z, "sy", "r.other.other.total", "沭阳2025年“其他”处理那一栏一共多少件", P + "other other"),
        V(z, "sy", "c.licensing.decisions", "沭阳县2025年行政许可数量是多少", P + "licensing"),
        V(z, "sy", "a.review.upheld", "沭阳2025年行政复议结果维持的有几件？", P + "review upheld"),
        V(z, "sy", "r.total_processed.total", "沭阳县2025年一共办理了多少件申请", P + "processed", alt=SY_DONE),
        V(z, "sy", "c.fees.amount", "沭阳2025年行政事业性收费多少万元", P + "fees", **M),
        V(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请数", P + "carried over"),
        V(z, "sy", "a.litigation_after_review.total", "沭阳县政府2025年复议后起诉的案子有多少", P + "lit after review"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025, requests granted in full?", P + "granted"),
        V(e, "sy", "r.carried_forward.total", "Shuyang 2025: how many requests were left over to be handled the next year?", P + "carried forward", alt=SY_FWD),
        V(e, "sy", "r.received.legal_person", "In 2025 how many requests did Shuyang get from legal persons and other organisations, all together?", P + "legal person", alt=SY_ORG),
        V(e, "sy", "c.coercion.decisions", "Shuyang County 2025 — administrative coercion decisions?", P + "coercion"),
        V(e, "sy", "a.review.total", "How many administrative reconsiderations (行政复议) about disclosure did Shuyang have in 2025?", P + "review total"),
        V(e, "sy", "r.withheld.enforcement_files.total", "shuyang 2025 refused bc its administrative enforcement case files - number?", P + "enforcement files"),
        V(e, "sy", "r.not_processed.petition.total", "Shuyang 2025: requests not processed because they were really complaints or petitions?", P + "petition"),
        V(e, "sy", "c.normative_docs.repealed", "How many normative documents did Shuyang abolish in 2025?", P + "repealed"),
        V(e, "sy", "r.received.natural_person", "Shuyang 2025, new requests from ordinary citizens (natural persons) in the table?", P + "natural person new (table)"),
        # 洪泽区 2023 (gold)
        V(z, "hz23", "r.received.total", "洪泽区政府2023年收到多少申请", P + "received", alt=HZ_REC),
        V(z, "hz23", "r.unable.not_held.total", "洪泽2023年说不掌握相关信息的有几件？", P + "not held"),
        V(z, "hz23", "c.punishment.decisions", "洪泽区2023年行政处罚多少件", P + "punishment"),
        V(z, "hz23", "c.fees.amount", "洪泽区23年行政事业性收费金额（万元）", P + "fees", **M),
        V(e, "hz23", "r.unable.needs_creation.total", "Hongze District 2023: requests that couldn't be met because the info would have to be newly made?", P + "needs creation"),
        V(e, "hz23", "c.licensing.decisions", "hongze 2023 licensing decisions?", P + "licensing"),
        V(e, "hz23", "r.partially_granted.total", "Hongze 2023 — how many requests partially disclosed?", P + "partial"),
        V(e, "hz23", "c.normative_docs.repealed", "How many normative docs did Hongze District repeal in 2023?", P + "repealed"),
        # 洪泽区 2024 (text cells)
        V(z, "hz24", "r.received.total", "洪泽区2024年年报表格里“本年新收”那一行的申请数是多少？", P + "received (table row)"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽24年答复本机关不掌握的多少件", P + "not held"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区政府2024年行政许可数", P + "licensing"),
        V(e, "hz24", "r.granted.total", "Hongze District 2024, how many requests were granted in full?", P + "granted"),
        V(e, "hz24", "c.punishment.decisions", "Hongze in 2024 — administrative penalties count?", P + "punishment"),
        V(e, "hz24", "a.litigation_direct.total", "Hongze District 2024: lawsuits filed directly without prior review?", P + "direct lit"),
        # 上海市府办 2019 (gold)
        V(z, "sh19", "r.received.total", "上海市政府办公厅2019年受理的信息公开申请多少件？", P + "received", alt=SH_REC),
        V(z, "sh19", "r.carried_forward.total", "上海市府办2019年办不完留到下一年的有多少", P + "carried forward", alt=SH_FWD),
        V(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购项目几个", P + "procurement projects"),
        V(z, "sh19", "r.unable.not_held.natural_person", "上海市府办2019年，自然人申请里答复不掌握的有多少件", P + "not held natural person"),
        V(e, "sh19", "r.total_processed.total", "Shanghai General Office 2019 — how many requests answered in total?", P + "processed", alt=SH_DONE),
        V(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office, 2019: total normative documents publicly available (对外公开总数)?", P + "total published"),
        V(e, "sh19", "r.not_processed.petition.natural_person", "In 2019, how many individuals' requests at the Shanghai General Office were treated as petitions and not processed?", P + "petition natural person"),
        V(e, "sh19", "c.regulations.total_published", "Shanghai gov general office 2019: total number of rules (规章) published overall?", P + "regs total published"),
        V(e, "sh19", "r.received.natural_person", "Shanghai General Office 2019, new requests from natural persons?", P + "natural person"),
        # 上海市府办 2025 (text cells)
        V(z, "sh25", "r.received.total", "上海市政府办公厅2025年新收了多少申请", P + "received", alt=S5_REC),
        V(z, "sh25", "r.unable.not_held.total", "上海市府办25年答复本机关不掌握的多少件？", P + "not held"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年当信访处理、不作为信息公开申请处理的有几件", P + "petition"),
        V(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests still being handled at year end and carried into the next year?", P + "carried forward"),
        V(e, "sh25", "r.granted.total", "Shanghai General Office 2025 — fully disclosed requests?", P + "granted"),
        V(e, "sh25", "a.review.total", "For 2025, how many administrative reviews did the Shanghai municipal government's General Office face over disclosure?", P + "review total"),
        V(e, "sh25", "r.unable.needs_creation.total", "shanghai general office 2025 how many requests needed the info to be newly produced so they couldnt provide", P + "needs creation"),
        # 上海市科委 2024 (text cells)
        V(z, "kw", "r.received.total", "上海市科委2024年新收到几件信息公开申请", P + "received", alt=KW_REC),
        V(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件有多少件", P + "in force"),
        V(e, "kw", "r.total_processed.total", "STCSM 2024: total requests handled per the outcome table?", P + "processed"),
        V(e, "kw", "c.licensing.decisions", "Shanghai science commission 2024 — licensing decisions?", P + "licensing"),
        V(e, "kw", "r.received.natural_person", "How many of the 2024 requests to the Shanghai Science and Technology Commission came from individuals?", P + "natural person"),
        # 涧西区 2020 (gold)
        V(z, "jx", "r.received.total", "涧西区政府办2020年收到依申请公开多少件", P + "received", alt=JX_REC),
        V(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万元", P + "procurement amount", **M),
        V(z, "jx", "r.granted.total", "涧西区2020年予以公开的申请有几件", P + "granted"),
        V(e, "jx", "r.total_processed.total", "Jianxi District 2020 — how many requests were closed?", P + "processed", alt=JX_DONE),
        V(e, "jx", "c.procurement.projects", "Jianxi district office 2020, number of government procurement projects?", P + "procurement projects"),
        V(e, "jx", "r.unable.not_held.total", "In 2020 how many Jianxi requests got the answer 'we don't have this information'?", P + "not held"),
        V(e, "jx", "c.normative_docs.made", "How many normative documents did the Jianxi District office draw up in 2020?", P + "made"),
        # extra plain, varied voices
        V(z, "ha", "r.received.natural_person", "淮安2024年老百姓个人提的申请有多少件", P + "natural person"),
        V(z, "sy", "r.withheld.admin_query.total", "帮来电群众问一下：沭阳2025年被当作行政查询事项的申请是几件", P + "admin query"),
        V(e, "ha", "r.withheld.third_party.total", "Huaian 2024 how many requests refused to protect a third party's rights?", P + "third party"),
        V(e, "sy", "r.unable.needs_creation.total", "Shuyang 2025: couldn't provide because it would need to be created — how many?", P + "needs creation"),
        V(z, "ha", "r.withheld.enforcement_files.total", "淮安市2024年属于行政执法案卷不公开的有多少件？", P + "enforcement files"),
        V(e, "hz24", "c.coercion.decisions", "Hongze District 2024 administrative coercion (行政强制) count?", P + "coercion"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安2024年上年结转过来的申请有几件？别跟结转到下年的搞混了", NB + "carried over vs forward", alt=HA_OVER),
        T(z, "ha", "a.litigation_after_review.total", "淮安市2024年经过复议以后再起诉的行政诉讼有几件（不是直接起诉的）", NB + "after review vs direct"),
        T(z, "ha", "c.normative_docs.repealed", "淮安市2024年废止的规范性文件是多少件？不要制发的数", NB + "repealed vs issued"),
        T(z, "sy", "r.unable.needs_creation.total", "沭阳2025年需要另行制作所以没法提供的有几件，不是不掌握的那个", NB + "needs creation vs not held"),
        T(z, "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购的金额，不是项目数，多少万元？", NB + "procurement amount vs projects", **M),
        T(z, "hz24", "c.normative_docs.in_force", "洪泽区2024年现行有效的行政规范性文件件数（不是当年制发的）", NB + "in force vs issued"),
        T(z, "ha", "a.review.other", "淮安2024年行政复议里“其他结果”的有多少，不是纠正的", NB + "other vs corrected", alt=HA_OTH),
        T(e, "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: refusals for internal affairs info — not the 'process information' row — how many?", NB + "internal vs process"),
        T(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, normative docs: the cumulative publicly-available total, not the ones made that year?", NB + "total published vs made"),
        T(e, "ha", "r.partially_granted.total", "Huai'an 2024 — partly disclosed only (部分公开), not the fully disclosed ones?", NB + "partial vs granted"),
        T(e, "ha", "r.received.legal_services", "Huaian 2024 requests from law firms/legal service agencies — careful, not the commercial companies column", NB + "legal services vs commercial"),
        T(e, "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed directly in court, NOT the ones that went through review first?", NB + "direct vs after review"),
        T(e, "kw", "c.normative_docs.issued", "STCSM 2024 normative documents newly issued that year (not the number currently in force)?", NB + "issued vs in force"),
    ]


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "ha", "淮安市人民政府公报", 6, "期", "淮安市政府2024年政府公报一共出了几期", TX + "gazette"),
        N(z, "ha", "新闻发布会", 12, "场", "淮安2024年开了多少场新闻发布会？", TX + "press conferences"),
        N(e, "ha", "政策性文件", 11, "件", "According to the narrative, how many policy documents (政策性文件) did the Huai'an government office publish in 2024?", TX + "policy docs per text"),
        N(z, "sy", "门户网站主动公开政府信息", 4511, "条", "沭阳县2025年通过门户网站主动公开了多少条信息", TX + "portal items"),
        N(z, "sy", "意见征集", 9, "期", "沭阳25年搞了几期意见征集啊", TX + "consultations"),
        N(z, "sy", "清理过期信息", 697, "条", "沭阳2025年一共清理掉多少条过期信息", TX + "expired info"),
        N(z, "sy", "专栏", 33, "个", "沭阳县2025年开设了多少个专栏（项目进行时那些）", TX + "columns"),
        N(e, "sy", "爆款内容", 52, "条", "how many viral posts did Shuyang County have in 2025?", TX + "viral"),
        N(e, "sy", "原创短视频", 1113, "个", "Shuyang 2025: number of original short videos pushed?", TX + "short videos"),
        N(e, "sy", "新闻稿件", 2606, "篇", "How many news articles did Shuyang write up in 2025 according to its report?", TX + "news articles"),
        N(e, "sy", "发出催办提示", 84, "次", "Shuyang 2025 — how many reminders (催办提示) were sent?", TX + "reminders"),
        N(z, "sy", "办前主动沟通", 49, "次", "沭阳2025年办理申请前主动跟申请人沟通了多少次", TX + "pre-contact"),
        N(z, "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年收了多少信息处理费？", TX + "fee 元"),
        N(e, "sy", "解读类信息", 21, "条", "Shuyang County 2025 how many policy interpretation items were released?", TX + "interpretations"),
        N(z, "sy", "常务会议同步配套解读", 7, "次", "沭阳2025年政府常务会议同步解读做了几次", TX + "meeting interpretations"),
        N(e, "sy", "督促县直部门", 3044, "条", "Shuyang 2025: items county departments posted on their disclosure pages after being urged?", TX + "department items"),
        N(z, "hz23", "主动公开政府信息", 1136, "条", "洪泽区2023年政府网站主动公开了多少条信息", TX + "portal items"),
        N(e, "hz24", "主动发布各类政府信息", 2428, "条", "Hongze District 2024 — how many items did the government website platform publish?", TX + "portal items"),
        N(z, "hz24", "解读信息发布", 7, "条", "洪泽区2024年发布了几条解读信息", TX + "interpretations"),
        N(z, "sh25", "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了几场新闻发布会？", TX + "press conferences"),
        N(e, "sh25", "新闻通气会", 19, "场", "Shanghai General Office 2025: how many press briefings (新闻通气会)?", TX + "briefings"),
        N(e, "sh25", "主动撤回", 157, "件", "How many applicants withdrew their requests themselves at the Shanghai General Office in 2025?", TX + "withdrawn"),
        N(z, "sh25", "上海市人民政府公报", 24, "期", "上海市府办2025年编了几期市政府公报", TX + "gazette"),
        N(e, "sh25", "人事任免文件", 196, "件", "Shanghai 2025: number of personnel appointment/removal documents proactively disclosed?", TX + "appointments"),
        N(z, "sh25", "发布各类办事服务指引", 403, "项", "上海市府办2025年报里说上海国际服务门户发布了多少项办事服务指引？", TX + "service guides"),
        N(e, "sh25", "共发布各类信息", 13528, "条", "Shanghai General Office report 2025: how many items did the international services portal (上海国际服务门户) put out?", TX + "items"),
        N(z, "sh19", "人事任免文件", 141, "件", "上海市府办2019年主动公开人事任免文件多少件", TX + "appointments"),
        N(e, "sh19", "政策解读共", 132, "件", "Shanghai General Office 2019 — policy interpretations released on the China Shanghai portal?", TX + "interpretations"),
        N(z, "sh19", "权威发布共计", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次", TX + "releases"),
        N(e, "sh19", "统一受理平台接入", 53, "个", "In 2019, how many departments were connected to Shanghai's unified request platform?", TX + "departments"),
        N(z, "jx", "试点领域", 26, "个", "涧西区2020年基层政务公开标准化试点领域有多少个", TX + "pilot areas"),
        N(e, "jx", "办结率", 88.2, "%", "What completion rate did Jianxi District report for 2020 requests?", TX + "completion rate"),
        N(z, "kw", "当年发布政府信息", 393, "件", "上海市科委2024年通过部门网站发布了多少件政府信息", TX + "website items"),
        N(e, "kw", "人大代表建议", 50, "件", "STCSM 2024: how many NPC deputies' suggestions did it handle (as lead or co-handler)?", TX + "suggestions"),
        N(z, "kw", "政协提案", 85, "件", "市科委2024年办了多少件政协提案", TX + "proposals"),
        N(e, "kw", "关注人数", 1016823, "人", "How many followers did the Shanghai science commission's WeChat account have in 2024?", TX + "followers"),
        N(z, "kw", "直播", 118, "场", "上海科委2024年搞了多少场直播", TX + "live streams"),
        N(e, "kw", "编发文章", 1640, "篇", "STCSM WeChat account 2024 — number of articles published?", TX + "articles"),
        N(z, "kw", "短视频", 584, "条", "上海市科委2024年视频号发了多少条短视频", TX + "short videos"),
    ]


def cannot():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年信息公开申请人男的女的各占多少", "no sex breakdown", CN + "sex"),
        U(z, "沭阳县2024年收到几件信息公开申请", "沭阳 2024 report not held", CN + "year not held"),
        U(z, "南京市政府2024年依申请公开办了多少件？", "南京市 not held", CN + "body not held"),
        U(z, "淮安2024年的申请里哪个区县来的最多", "no district breakdown", CN + "district"),
        U(z, "洪泽区2022年行政复议多少件", "洪泽 2022 not held", CN + "year not held"),
        U(z, "沭阳2025年信息公开申请平均多少天答复？", "response time not stated", CN + "response time"),
        U(z, "上海市府办2025年申请人里60岁以上的有多少人", "no age breakdown", CN + "age"),
        U(z, "宿迁市2025年信息公开年报里行政许可多少", "宿迁市 not held", CN + "body not held"),
        U(z, "涧西区2021年依申请公开多少件？", "涧西 2021 not held", CN + "year not held"),
        U(z, "淮安市2024年关于拆迁征收的申请占多少", "no topic figures", CN + "topic"),
        U(z, "洪泽区2024年信息公开工作花了多少钱经费", "cost not stated", CN + "cost"),
        U(z, "我叫张某，2024年向淮安申请的那件办到哪一步了，能查下吗", "personal case data not held", CN + "personal"),
        U(z, "上海市科委2023年收到多少信息公开申请？", "上海科委 2023 not held", CN + "year not held"),
        U(z, "沭阳2025年网上申请和信函申请各多少件", "no channel breakdown", CN + "channel"),
        U(z, "浦东新区2024年政府信息公开申请多少件", "浦东新区 not held", CN + "body not held"),
        U(z, "你觉得淮安2024年的信息公开工作做得好不好", "opinion", CN + "opinion"),
        U(z, "上海市府办2025年第三季度收到多少申请", "no quarter breakdown", CN + "quarter"),
        U(z, "洪泽区2026年预计会收到多少件申请", "forecast", CN + "forecast"),
        U(z, "沭阳2025年哪个乡镇的申请最多", "no township breakdown", CN + "township"),
        U(z, "淮安市2024年信息公开工作人员有几个专职的", "staff not stated", CN + "staff"),
        U(e, "How many staff does Huai'an have working on information disclosure in 2024?", "staff not stated", CN + "staff"),
        U(e, "Shanghai General Office 2025: which month got the most requests?", "no month breakdown", CN + "month"),
        U(e, "Will Hongze District get more requests in 2027?", "forecast", CN + "forecast"),
        U(e, "Shanghai General Office 2022 — how many requests received?", "上海市府办 2022 not held", CN + "year not held"),
        U(e, "Qingjiangpu District 2024 info disclosure requests received?", "清江浦区 not held", CN + "body not held"),
        U(e, "Huai'an 2024: how many requests came from women?", "no sex breakdown", CN + "sex"),
        U(e, "Shuyang County 2025 — how many requests were about land acquisition?", "no topic figures", CN + "topic"),
        U(e, "what's the average processing time in days for Hongze 2023 requests", "response time not stated", CN + "response time"),
        U(e, "Of STCSM's 2024 requests, how many came from people living outside Shanghai?", "no residence breakdown", CN + "residence"),
        U(e, "Which industry filed the most requests to Huai'an in 2024?", "no industry breakdown", CN + "industry"),
        U(e, "Huai'an 2024: why did requests go up so much compared with 2023? give the figure of the rise", "cause/figure not stated", CN + "reason"),
        U(e, "Jianxi District 2020, how many requests were sent by email vs in person?", "no channel breakdown", CN + "channel"),
        U(e, "Nanjing municipal government 2024 — number of admin reviews over disclosure?", "南京市 not held", CN + "body not held"),
        U(e, "Shuyang 2024 normative documents in force?", "沭阳 2024 not held", CN + "year not held"),
        U(e, "Which department of the Shanghai General Office handled the most requests in 2019?", "no department breakdown", CN + "department"),
        U(e, "How much did Huai'an spend on its disclosure portal in 2024?", "cost not stated", CN + "cost"),
        U(e, "Can you give me the phone number of the applicant who sued Hongze District in 2024?", "personal data", CN + "personal"),
        U(e, "Is Shuyang's 2025 disclosure work better than Huai'an's in 2024 in your opinion?", "opinion", CN + "opinion"),
        U(e, "Hongze District 2024, requests by age group of applicants?", "no age breakdown", CN + "age"),
    ]


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加上部分公开，合起来多少件", CB + "sum 2"),
        S(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安市2024年无法提供的三种情况（不掌握、需另行制作、内容不明确）加起来多少件？", CB + "sum 3"),
        S(z, "sy", ["a.review.upheld", "a.review.corrected"], "沭阳县2025年行政复议维持的和纠正的一共几件", CB + "sum 2"),
        S(z, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三项加起来多少件", CB + "sum 3"),
        S(z, "sh19", ["r.received.total", "r.carried_over.total"], "上海市府办2019年新收的加上上年结转的，总共要处理多少件", CB + "sum 2"),
        S(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025年信访类和重复申请这两种不予处理的，加一起几件", CB + "sum 2"),
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "淮安2024年不予公开里前五类（国家秘密、法律禁止、三安全一稳定、第三方权益、内部事务）合计是多少？", CB + "sum 5"),
        S(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "沭阳2025年逾期不补正和逾期不缴费的一共几件", CB + "sum 2"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024: all disclosure lawsuits, direct plus after review, how many?", CB + "sum 2"),
        S(e, "sy", ["r.withheld.internal_affairs.total", "r.withheld.third_party.total", "r.withheld.security_stability.total"], "Shuyang 2025: add up refusals for internal affairs, third-party rights and security/stability.", CB + "sum 3"),
        S(e, "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huaian 2024, total requests from companies, legal service bodies and other organisations?", CB + "sum 3"),
        S(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020 — reviews plus both kinds of lawsuits, total?", CB + "sum 3"),
        S(e, "hz24", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Hongze District 2024: number of disclosure lawsuits in all (direct + after review)?", CB + "sum 2"),
        S(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: total of all eight 'not disclosed' reasons added up?", CB + "sum 8"),
        S(e, "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025 — petitions plus duplicate requests not processed, together?", CB + "sum 2"),
        S(e, "sy", ["c.licensing.decisions", "c.punishment.decisions"], "Shuyang 2025 licensing decisions plus penalty decisions, combined?", CB + "sum 2"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可数量，2024年比2023年多了多少？", CB + "difference"),
        D(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚2023到2024年变化了多少件（24年减23年）", CB + "difference"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制2024年和2023年比差多少", CB + "difference"),
        D(z, "sh19", "sh25", "r.received.total", "上海市政府办公厅新收申请，2025年比2019年多几件？", CB + "difference"),
        D(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请，2019年到2025年增加了多少", CB + "difference"),
        D(e, "hz23", "hz24", "c.fees.amount", "Hongze administrative fees: change from 2023 to 2024 in 万元?", CB + "difference", **M),
        D(e, "hz23", "hz24", "r.unable.not_held.total", "Hongze District 'not held' answers: 2024 minus 2023?", CB + "difference"),
        D(e, "sh19", "sh25", "a.review.total", "Shanghai General Office admin reviews: how many more in 2025 than in 2019?", CB + "difference"),
        D(e, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, requests from individuals: 2025 vs 2019, what's the difference?", CB + "difference"),
        D(e, "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative docs in force, 2023 to 2024 — change?", CB + "difference"),
    ]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安2024、沭阳2025、洪泽2023这三家，谁新收的申请最多？", RK + "desc"),
        R(z, ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "淮安市2024年、沭阳县2025年、洪泽区2023年，行政许可最少的是哪个", RK + "asc"),
        R(z, ["ha", "sy", "jx", "sh19"], "a.litigation_direct.total", "desc", "淮安2024、沭阳2025、涧西2020、上海市府办2019，直接起诉最多的是谁？", RK + "desc"),
        R(z, ["ha", "sy", "hz23"], "c.fees.amount", "desc", "行政事业性收费：淮安2024、沭阳2025、洪泽区2023哪家最高", RK + "desc"),
        R(z, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "结转下年度最少的是哪家：淮安市2024年、沭阳县2025年、上海市府办2019年、涧西区2020年", RK + "asc"),
        R(z, ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "现行有效规范性文件最少的是：淮安2024、沭阳2025还是洪泽2023？", RK + "asc"),
        R(z, ["sh19", "jx", "ha"], "r.received.natural_person", "desc", "自然人申请数，上海市府办2019、涧西区2020、淮安2024里谁最多", RK + "desc"),
        R(e, ["ha", "sy", "jx"], "r.received.total", "asc", "Among Huai'an 2024, Shuyang 2025 and Jianxi District 2020, which got the fewest new requests?", RK + "asc"),
        R(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Penalty decisions: Huai'an 2024, Shuyang 2025, Hongze 2023 — who had the most?", RK + "desc"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "desc", "Which handled the most requests: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) or Jianxi (2020)?", RK + "desc"),
        R(e, ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Lowest number of coercion decisions among Huai'an 2024, Shuyang 2025 and Hongze 2023?", RK + "asc"),
        R(e, ["ha", "sy", "jx"], "a.review.total", "desc", "Most admin reviews over disclosure: Huaian 2024, Shuyang 2025 or Jianxi 2020?", RK + "desc"),
        R(e, ["ha", "sy", "hz23"], "r.unable.not_held.total", "asc", "Fewest 'information not held' answers: Huai'an 2024, Shuyang 2025, Hongze 2023?", RK + "asc"),
    ]


def followup():
    z, e = "zh", "en"
    return [
        F(z, [("洪泽区2023年行政许可多少件", E("hz23", "c.licensing.decisions")),
              ("24年呢？", E("hz24", "c.licensing.decisions"))], FU + "year"),
        F(z, [("沭阳2025年予以公开多少件", E("sy", "r.granted.total")),
              ("那部分公开的呢", E("sy", "r.partially_granted.total"))], FU + "row"),
        F(z, [("淮安市2024年行政许可多少件", E("ha", "c.licensing.decisions")),
              ("行政处罚呢", E("ha", "c.punishment.decisions")),
              ("沭阳2025年的处罚呢", E("sy", "c.punishment.decisions"))], FU + "row then body"),
        F(z, [("上海市府办2019年新收申请多少", E("sh19", "r.received.total", alt=SH_REC)),
              ("换成2025年呢", E("sh25", "r.received.total", alt=S5_REC))], FU + "year"),
        F(z, [("淮安2024年复议维持了几件", E("ha", "a.review.upheld", alt=HA_UPH)),
              ("纠正的呢", E("ha", "a.review.corrected", alt=HA_COR)),
              ("还没审结的", E("ha", "a.review.pending", alt=HA_PEND))], FU + "column"),
        F(z, [("沭阳县2025年行政复议维持几件", E("sy", "a.review.upheld")),
              ("那复议后起诉的维持几件", E("sy", "a.litigation_after_review.upheld"))], FU + "appeals group"),
        F(z, [("淮安2024年自然人新收申请多少", E("ha", "r.received.natural_person")),
              ("商业企业呢", E("ha", "r.received.commercial"))], FU + "column"),
        F(z, [("洪泽2024年本机关不掌握的多少件", E("hz24", "r.unable.not_held.total")),
              ("23年呢", E("hz23", "r.unable.not_held.total"))], FU + "year"),
        F(z, [("上海市科委2024年规范性文件制发了几件", E("kw", "c.normative_docs.issued")),
              ("现行有效的呢", E("kw", "c.normative_docs.in_force"))], FU + "column"),
        F(z, [("涧西区2020年予以公开几件", E("jx", "r.granted.total")),
              ("本机关不掌握的呢", E("jx", "r.unable.not_held.total"))], FU + "row"),
        F(z, [("淮安市2024年行政事业性收费多少万元", E("ha", "c.fees.amount", **M)),
              ("沭阳县2025年呢", E("sy", "c.fees.amount", **M))], FU + "body"),
        F(z, [("沭阳2025年因为是信访举报没处理的几件", E("sy", "r.not_processed.petition.total")),
              ("淮安2024年同一项是多少", E("ha", "r.not_processed.petition.total"))], FU + "body"),
        F(z, [("上海市府办2025年结转下年度多少件", E("sh25", "r.carried_forward.total")),
              ("上年结转过来的呢", E("sh25", "r.carried_over.total", alt=S5_OVER))], FU + "row"),
        F(z, [("洪泽区2024年复议几件", E("hz24", "a.review.total")),
              ("直接起诉的呢", E("hz24", "a.litigation_direct.total")),
              ("复议后起诉的", E("hz24", "a.litigation_after_review.total"))], FU + "appeals group"),
        F(z, [("沭阳县2025年现行有效规范性文件几件", E("sy", "c.normative_docs.in_force")),
              ("淮安2024年呢", E("ha", "c.normative_docs.in_force"))], FU + "body"),
        F(z, [("上海市府办2019年政府集中采购项目多少个", E("sh19", "c.procurement.projects")),
              ("涧西区2020年呢", E("jx", "c.procurement.projects"))], FU + "body"),
        F(z, [("淮安2024年行政查询事项不公开几件", E("ha", "r.withheld.admin_query.total")),
              ("沭阳25年呢", E("sy", "r.withheld.admin_query.total"))], FU + "body"),
        F(z, [("沭阳2025年本机关不掌握多少", E("sy", "r.unable.not_held.total")),
              ("需要另行制作的呢", E("sy", "r.unable.needs_creation.total"))], FU + "row"),
        F(z, [("上海市科委2024年行政许可多少", E("kw", "c.licensing.decisions")),
              ("那行政处罚有几件", E("kw", "c.punishment.decisions"))], FU + "row"),
        F(z, [("淮安市2024年直接起诉的行政诉讼几件", E("ha", "a.litigation_direct.total")),
              ("其中维持的", E("ha", "a.litigation_direct.upheld"))], FU + "column"),
        F(e, [("Hongze 2023 penalty decisions?", E("hz23", "c.punishment.decisions")),
              ("and 2024?", E("hz24", "c.punishment.decisions"))], FU + "year"),
        F(e, [("Huai'an 2024 requests from individuals (自然人)?", E("ha", "r.received.natural_person")),
              ("and from companies?", E("ha", "r.received.commercial"))], FU + "column"),
        F(e, [("How many admin reviews did Huaian face in 2024?", E("ha", "a.review.total")),
              ("how many of those were upheld?", E("ha", "a.review.upheld", alt=HA_UPH))], FU + "column"),
        F(e, [("Shuyang 2025 normative docs issued?", E("sy", "c.normative_docs.issued")),
              ("and Huai'an in 2024?", E("ha", "c.normative_docs.issued"))], FU + "body"),
        F(e, [("Shanghai General Office 2019 — requests carried forward to the next year?", E("sh19", "r.carried_forward.total", alt=SH_FWD)),
              ("what about 2025", E("sh25", "r.carried_forward.total"))], FU + "year"),
        F(e, [("STCSM 2024 requests received?", E("kw", "r.received.total", alt=KW_REC)),
              ("how many were granted in full?", E("kw", "r.granted.total", alt=KW_GR))], FU + "row"),
        F(e, [("Shuyang 2025: refusals for process information?", E("sy", "r.withheld.process_info.total")),
              ("and for enforcement case files?", E("sy", "r.withheld.enforcement_files.total"))], FU + "row"),
        F(e, [("Huai'an 2024, licensing decisions?", E("ha", "c.licensing.decisions")),
              ("Hongze 2023 same thing?", E("hz23", "c.licensing.decisions")),
              ("2024?", E("hz24", "c.licensing.decisions"))], FU + "body then year"),
        F(e, [("Jianxi 2020 admin reviews?", E("jx", "a.review.total")),
              ("and direct lawsuits", E("jx", "a.litigation_direct.total"))], FU + "appeals group"),
        F(e, [("Shanghai General Office 2025, not-held answers?", E("sh25", "r.unable.not_held.total")),
              ("and requests needing new info to be produced?", E("sh25", "r.unable.needs_creation.total"))], FU + "row"),
        F(e, [("Hongze District 2024 fees in 万元?", E("hz24", "c.fees.amount", **M)),
              ("2023?", E("hz23", "c.fees.amount", **M))], FU + "year"),
        F(e, [("Shuyang 2025 admin reviews - how many were corrected?", E("sy", "a.review.corrected")),
              ("and still pending?", E("sy", "a.review.pending"))], FU + "column"),
        F(e, [("Huai'an 2024 duplicate requests not processed?", E("ha", "r.not_processed.duplicate.total")),
              ("same for Shuyang 2025", E("sy", "r.not_processed.duplicate.total"))], FU + "body"),
        F(e, [("Shanghai General Office 2019 — admin reviews on disclosure?", E("sh19", "a.review.total", alt=SH_REV)),
              ("and in 2025?", E("sh25", "a.review.total"))], FU + "year"),
        F(e, [("Huaian 2024 coercion decisions", E("ha", "c.coercion.decisions")),
              ("fees (万元)?", E("ha", "c.fees.amount", **M))], FU + "row"),
        F(e, [("Shuyang 2025: requests closed as 'other' (其他)?", E("sy", "r.other.other.total")),
              ("Huai'an 2024?", E("ha", "r.other.other.total"))], FU + "body"),
        F(e, [("Hongze 2024 granted in full?", E("hz24", "r.granted.total")),
              ("and how many did they finish in total?", E("hz24", "r.total_processed.total"))], FU + "row"),
        F(e, [("Shanghai General Office 2025, direct lawsuits?", E("sh25", "a.litigation_direct.total")),
              ("how many of them still pending?", E("sh25", "a.litigation_direct.pending"))], FU + "column"),
        F(e, [("Huai'an 2024 lawsuits after review — upheld?", E("ha", "a.litigation_after_review.upheld")),
              ("pending?", E("ha", "a.litigation_after_review.pending"))], FU + "column"),
    ]


def CONVERSATIONS():
    return plain() + neighbour() + textonly() + cannot() + combine() + rank() + followup()
