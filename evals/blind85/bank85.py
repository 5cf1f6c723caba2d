"""Question bank of the blind85 set (every wording written for this set).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers85 computes them from gold/*.json, from the printed
cells of text_cells.json (the cells blind6 verified; specs re-read from that file) or from
sentences cut from the report text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib85 as L  # noqa: E402
from helpers85 import E, EN, EU, ED, ER, C, N, U, D, R, F  # noqa: E402

with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    _tc = json.load(_f)
SPECS = {b: {k: tuple(c["spec"]) for k, c in r["cells"].items()} for b, r in _tc.items()}
L.TEXT_SPECS.update(SPECS)

W = "万元"


def pv(lang, b, keys, q, note="", **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + (note or "table value"))


def tr(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def sm(lang, b, keys, q, note="sum of the listed cells", **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def df(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, note="[combine] " + note, **kw)


def rk(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, note="[rank] " + note)


def nv(lang, b, kw_, v, unit, q, note="number stated only in the text", frm=None):
    return N(lang, b, kw_, v, unit, q, note="[textonly] " + note, frm=frm)


def un(lang, q, why):
    return U(lang, q, why, note="[cannot] " + why)


def fu(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


HA_REV = ("其中结果维持 72", 72)


def VALUES():
    c = []
    a = c.append
    # ---------------- zh plain
    a(pv("zh", "ha", "r.unable.not_held.total", "淮安市政府2024年收到的申请里 政府说自己手上没这个信息的 一共几件"))
    a(pv("zh", "ha", "r.withheld.admin_query.total", "我是做媒体的，想核一下：淮安2024年有多少申请被认定成“其实是来咨询办事的”所以没给公开？"))
    a(pv("zh", "ha", "r.not_processed.petition.total", "淮安2024年 有人拿信息公开申请当信访投诉来用 这种最后没处理的有几件啊"))
    a(pv("zh", "ha", "r.not_processed.duplicate.total", "2024年淮安市政府那边 同一个人反复申请同样东西、被说是重复申请的，有多少？"))
    a(pv("zh", "ha", "r.not_processed.reconfirm.total", "淮安24年 让申请人补正说明后对方就没再回来确认的 那种不予处理的 数字多少"))
    a(pv("zh", "ha", "r.other.overdue_correction.total", "帮我查下淮安市政府2024年，叫申请人补材料结果人家过了期限也没补的，算几件"))
    a(pv("zh", "ha", "r.other.overdue_fee.total", "二〇二四年淮安市人民政府，申请人该交信息处理费却一直没交的有几件"))
    a(pv("zh", "ha", "r.withheld.third_party.total", "淮安2024年因为会损害别人（第三方）合法权益没公开的 有几个"))
    a(pv("zh", "ha", "r.withheld.security_stability.total", "淮安市2024年 怕公开了影响“三安全一稳定”所以没给的 几件"))
    a(pv("zh", "ha", "r.withheld.state_secret.total", "淮安24年涉密不给公开的申请有几件呀"))
    a(pv("zh", "ha", "r.withheld.enforcement_files.total", "2024年淮安市政府答复里面，因为是行政执法案卷所以不公开的多少件"))
    a(pv("zh", "ha", "r.unable.unclear.total", "淮安2024年 申请人写的要啥说不清楚、补正了还是不明确的 有多少件"))
    a(pv("zh", "ha", "a.litigation_direct.corrected", "淮安市政府2024年被人直接告到法院（没走复议）的信息公开官司里，法院判政府错了的有几起"))
    a(pv("zh", "ha", "a.litigation_after_review.pending", "我们律所想了解：淮安2024年先复议再起诉的那类案子，到年底还没判下来的有几件？"))
    a(pv("zh", "ha", "r.granted.legal_services", "淮安2024年律所这类申请人提的申请里面，最后全给公开了的有几件"))
    a(pv("zh", "ha", "r.received.commercial", "2024年淮安市政府 公司企业递的信息公开申请 新收了多少"))
    a(pv("zh", "ha", "c.regulations.in_force", "淮安市政府规章到2024年底还有效的总共几件"))
    a(pv("zh", "ha", "c.fees.amount", "淮安市2024年行政事业性收费收了多少钱", unit=W))
    a(pv("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年的申请，因为是机关内部管理的事所以没公开的多少个"))
    a(pv("zh", "sy", "r.other.other.total", "沭阳25年 申请处理结果是“其他”那种（不是逾期不补正也不是不交费）的 多少件"))
    a(pv("zh", "sy", "r.not_processed.duplicate.total", "我2024年帮我妈给沭阳县政府写过申请，被说是重复申请了。想问下2025年全县这样被当重复申请不处理的一共多少件"))
    a(pv("zh", "sy", "r.withheld.admin_query.total", "沭阳县2025年，申请其实是来问政策怎么办事的，政府按行政查询事项不公开的有几件"))
    a(pv("zh", "sy", "r.other.overdue_fee.total", "沭阳2025年申请人没在规定时间交费的 几个"))
    a(pv("zh", "sy", "r.carried_forward.total", "沭阳县政府2025年没办完、要拖到下一年接着办的申请有几件", alt=("结转下一年 31", 31)))
    a(pv("zh", "sy", "a.review.pending", "2025年沭阳被申请复议的信息公开案子，年底还没出结果的有多少"))
    a(pv("zh", "sy", "a.litigation_after_review.other", "沭阳县政府2025年复议完又被起诉的案子里 结果既不是维持也不是纠正的 几件"))
    a(pv("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制决定做了多少个"))
    a(pv("zh", "sy", "r.unable.needs_creation.total", "沭阳2025 要的东西政府得重新做/汇总才有的 所以给不了 有几件"))
    a(pv("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县政府2025年因为属于行政执法案卷而不予公开的数量"))
    a(pv("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年 政府回信说“这个我们没有”的申请几件"))
    a(pv("zh", "hz23", "a.review.upheld", "洪泽区政府2023年被复议的信息公开案件里，复议机关认定政府没做错的有几件"))
    a(pv("zh", "hz23", "r.withheld.process_info.total", "洪泽2023年因为还是过程中的讨论稿这类信息没公开的有几件"))
    a(pv("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年废掉了几件规范性文件"))
    a(pv("zh", "hz23", "r.partially_granted.total", "洪泽区人民政府2023年只公开了一部分的申请有多少"))
    a(pv("zh", "sh19", "r.not_processed.petition.natural_person", "上海市政府办公厅2019年，老百姓（个人）提的申请里被当成信访举报没处理的 有几件"))
    a(pv("zh", "sh19", "r.unable.needs_creation.natural_person", "19年上海市府办 个人申请的东西要另外制作才有、所以没法提供的 多少"))
    a(pv("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购金额是多少", unit=W))
    a(pv("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅的规章，对外公开的总数是多少件"))
    a(pv("zh", "sh19", "a.litigation_direct.pending", "上海市府办2019年 被直接起诉的信息公开官司 还没审完的几件"))
    a(pv("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个"))
    a(pv("zh", "jx", "r.granted.total", "涧西区2020 申请全部给公开的有多少"))
    a(pv("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年答复“本机关不掌握”的申请数多少"))
    a(pv("zh", "hz24", "c.punishment.decisions", "洪泽2024年行政处罚决定数"))
    a(pv("zh", "kw", "r.received.commercial", "市科委2024年收到企业的申请多少件"))
    a(pv("zh", "ha", "r.received.research", "淮安市2024年 大学、研究所这种科研机构来申请的 新收几件"))
    a(pv("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年 律师事务所那一栏的申请 只公开了一部分的几件"))
    a(pv("zh", "sh25", "r.unable.not_held.total", "上海市府办2025年 因为手里没有这个信息所以提供不了的 多少件"))
    a(pv("zh", "sh25", "a.litigation_direct.pending", "上海市政府办公厅2025年被直接起诉的信息公开案子 还没审结的有几件"))
    # ---------------- en plain
    a(pv("en", "ha", "r.withheld.internal_affairs.total", "Huai'an city government 2024: how many requests were refused because the info was only about the office's own internal housekeeping?"))
    a(pv("en", "ha", "r.withheld.process_info.total", "huaian 2024 how many requests got turned down bc the stuff was still draft / deliberation material"))
    a(pv("en", "ha", "r.withheld.prohibited_by_law.total", "In 2024, how many requests did Huai'an refuse because some law or regulation forbids releasing that information?"))
    a(pv("en", "ha", "r.unable.needs_creation.total", "For Huai'an 2024, number of requests they couldn't answer because it would mean producing a brand-new document or compiling data"))
    a(pv("en", "ha", "r.not_processed.publication.total", "Huaian 2024 - requests declined because the person was really asking for publications/compiled materials (要求提供公开出版物)? count please"))
    a(pv("en", "ha", "r.not_processed.excessive.total", "How many requests did Huai'an turn away in 2024 as too many / clearly unreasonable in number?"))
    a(pv("en", "ha", "a.review.corrected", "Huai'an 2024 administrative reconsiderations about disclosure: in how many did the reviewing body find the city at fault?", alt=("结果纠正 64", 64)))
    a(pv("en", "ha", "a.litigation_direct.upheld", "Court cases filed straight against Huai'an in 2024 (no reconsideration first) that the government won - how many?"))
    a(pv("en", "ha", "a.litigation_after_review.other", "Huai'an 2024: lawsuits brought after a reconsideration that ended some other way (not upheld, not overturned) - number?"))
    a(pv("en", "ha", "r.received.other_org", "huai'an 2024 new requests from 'other organisations' column?"))
    a(pv("en", "ha", "r.partially_granted.commercial", "How many requests from businesses did Huai'an only partly release in 2024?"))
    a(pv("en", "ha", "c.normative_docs.repealed", "how many normative documents did huaian scrap in 2024"))
    a(pv("en", "ha", "c.coercion.decisions", "Number of administrative coercion decisions by Huai'an in 2024?"))
    a(pv("en", "sy", "r.granted.total", "Shuyang County 2024? no sorry 2025 - how many requests were answered by simply handing over everything asked for?"))
    a(pv("en", "sy", "r.partially_granted.total", "Shuyang 2025, requests where only part of the info was given out: how many?"))
    a(pv("en", "sy", "r.withheld.security_stability.total", "In 2025 Shuyang County refused how many requests on grounds that disclosure could endanger security or social stability?"))
    a(pv("en", "sy", "r.withheld.third_party.total", "shuyang county 2025 refusals to protect a third party's rights - number"))
    a(pv("en", "sy", "r.unable.not_held.total", "How many times in 2025 did Shuyang reply 'we don't have this information'?"))
    a(pv("en", "sy", "r.not_processed.petition.total", "Shuyang 2025: requests that were really complaints/petitions and were not handled as disclosure requests. How many?"))
    a(pv("en", "sy", "r.other.overdue_correction.total", "Shuyang County government 2025 - applicants asked to fix their request who never did within the deadline: count?"))
    a(pv("en", "sy", "a.review.corrected", "Shuyang 2025 administrative review (复议) cases where the county's decision was corrected - how many?"))
    a(pv("en", "sy", "a.litigation_after_review.upheld", "Shuyang 2025: lawsuits after reconsideration where the court sided with the county?"))
    a(pv("en", "sy", "c.fees.amount", "How much did Shuyang County take in from administrative fees in 2025?", unit=W))
    a(pv("en", "sy", "c.normative_docs.in_force", "Shuyang County 2025: normative documents still valid at year end [现行有效件数]?"))
    a(pv("en", "hz23", "r.unable.needs_creation.total", "Hongze District 2023 - requests it couldn't fulfil because the data would have to be newly made?"))
    a(pv("en", "hz23", "a.review.corrected", "Hongze 2023 reconsideration cases that went against the district: how many?"))
    a(pv("en", "hz23", "a.litigation_after_review.upheld", "Hongze District gov 2023, court cases after reconsideration that the district won?"))
    a(pv("en", "hz23", "c.licensing.decisions", "how many administrative permits did Hongze District grant in 2023"))
    a(pv("en", "hz23", "r.withheld.state_secret.total", "Hongze 2023, requests refused because it's a state secret?"))
    a(pv("en", "sh19", "r.unable.unclear.natural_person", "Shanghai General Office 2019: individual applicants whose request description was too vague to act on - how many?"))
    a(pv("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai municipal general office, 2019: requests from private persons refused as state secrets?"))
    a(pv("en", "sh19", "r.withheld.admin_query.natural_person", "In 2019, how many requests from individuals did the Shanghai General Office treat as administrative inquiries and not disclose?"))
    a(pv("en", "sh19", "c.regulations.made", "How many government rules (规章) did Shanghai's general office produce in 2019?", alt=("主动公开规章13件", 13)))
    a(pv("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019 centralized procurement - number of projects?"))
    a(pv("en", "sh19", "a.review.pending", "Shanghai General Office 2019, disclosure reconsiderations still unresolved at year end?"))
    a(pv("en", "jx", "c.procurement.amount", "Jianxi District 2020 government procurement amount?", unit=W))
    a(pv("en", "jx", "a.litigation_after_review.upheld", "Jianxi District office 2020: suits after reconsideration that ended with the office upheld?"))
    a(pv("en", "hz24", "c.licensing.decisions", "Hongze District 2024 number of administrative licensing decisions"))
    a(pv("en", "hz24", "c.fees.amount", "What did Hongze collect in administrative fees in 2024?", unit=W))
    a(pv("en", "kw", "c.normative_docs.in_force", "STCSM (Shanghai science commission) 2024: normative documents currently in force?"))
    a(pv("en", "sy", "r.received.public_interest", "Shuyang 2025: new requests from charities / NGOs (社会公益组织)?"))
    a(pv("en", "sh19", "r.unable.not_held.commercial", "Shanghai General Office 2019 - business applicants who were told the office simply didn't have what they asked for: how many?"))
    a(pv("en", "sy", "r.received.legal_services", "How many fresh requests came to Shuyang County from lawyers' offices and other legal service providers in 2025?"))
    a(pv("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office 2025: requests set aside because they were actually complaints or petitions?"))
    a(pv("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office in 2025 - requests it could not meet because the info would need to be newly produced?"))
    a(pv("en", "sh25", "a.review.pending", "Shanghai General Office 2025, how many reconsideration cases were still open at the end of the year?"))
    return c


def COMBINE():
    c = []
    a = c.append
    a(sm("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"],
         "淮安市2024年不予处理里面 信访类、重复申请、不确认更改的 这三项加起来多少"))
    a(sm("zh", "ha", ["a.review.upheld", "a.review.corrected"], "淮安2024年复议 维持的和纠正的合计几件"))
    a(sm("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县政府2025年 全公开加部分公开一共多少件"))
    a(sm("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳2025 “没有这个信息”加上“需要另外制作”的 合起来几件"))
    a(sm("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
         "洪泽区2023年 国家秘密、过程性信息、行政执法案卷这三种不公开的加一起是多少"))
    a(sm("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"],
         "上海市政府办公厅2019年自然人申请里无法提供的三个小项（不掌握、需另行制作、补正后不明确）加总"))
    a(sm("zh", "jx", ["c.procurement.projects", "a.review.total"], "涧西区政府办2020年 采购项目数加上复议案件数 是多少（做作业用）"))
    a(sm("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total",
                      "r.unable.unclear.total", "r.not_processed.excessive.total"],
         "淮安2024年 逾期不补正、逾期不交费、其他、补正后仍不明确、申请总量明显超限 这5格加起来"))
    a(sm("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024 total disclosure lawsuits, direct ones plus those after reconsideration?"))
    a(sm("en", "sy", ["a.review.upheld", "a.review.corrected", "a.review.other"], "Shuyang 2025 reconsiderations that were decided (upheld + corrected + other outcome), total?"))
    a(sm("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023: requests they couldn't provide because they didn't hold it or would have to create it - combined?"))
    a(sm("en", "sh19", ["r.withheld.state_secret.natural_person", "r.withheld.internal_affairs.natural_person",
                        "r.withheld.process_info.natural_person", "r.withheld.admin_query.natural_person"],
         "Shanghai General Office 2019, individuals' requests refused for: state secret, internal affairs, process info, admin inquiry - add those four up"))
    a(sm("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Huai'an 2024 licensing + penalty + coercion decisions, all together?"))
    a(sm("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total",
                      "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total",
                      "r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total"],
         "Sum of all eight refusal reasons (不予公开 sub-rows) for Shuyang County in 2025?"))
    a(sm("en", "jx", ["a.litigation_direct.total", "a.litigation_after_review.total"], "jianxi district 2020 lawsuits total both types"))
    a(sm("en", "ha", ["r.received.commercial", "r.received.legal_services"], "Huai'an 2024: new requests from companies plus from law firms?"))
    # differences
    a(df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少"))
    a(df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区政府“本机关不掌握”的申请，2023到2024年变化了多少件"))
    a(df("zh", "sh19", "sh25", "r.received.natural_person", "上海市府办个人新提的申请 2025年跟2019年比 增加几件"))
    a(df("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转到下年继续办的，2019年到2025年差了多少"))
    a(df("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽2024年行政强制比2023年少了几个（用2024减2023）"))
    a(df("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024?"))
    a(df("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze normative documents in force, 2024 minus 2023?"))
    a(df("en", "sh19", "sh25", "a.review.total", "Shanghai General Office disclosure reconsiderations: how much did the count grow from 2019 to 2025?"))
    a(df("en", "hz23", "hz24", "r.granted.total", "Hongze District full disclosures, how many more in 2024 than in 2023?"))
    a(df("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits, 2025 vs 2019 difference"))
    return c


G5 = ["ha", "hz23", "sy", "sh19", "jx"]


def RANKS():
    c = []
    a = c.append
    a(rk("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安2024、沭阳2025、洪泽2023 这三家谁新收申请最多"))
    a(rk("zh", ["sy", "hz23", "jx"], "r.carried_forward.total", "asc", "沭阳县2025年、洪泽区2023年、涧西区2020年，哪家拖到下一年办的申请最少"))
    a(rk("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "desc", "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年、涧西区2020年比一比，复议案件谁最多"))
    a(rk("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "直接被起诉的信息公开案件 淮安2024 沭阳2025 上海市府办2019 谁最少"))
    a(rk("zh", ["sy", "hz23", "sh19"], "r.total_processed.total", "desc", "沭阳2025年、洪泽区2023年、上海市府办2019年 办结总数谁最多"))
    a(rk("zh", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "asc", "淮安2024、沭阳2025、洪泽2023 现行有效的规范性文件谁最少"))
    a(rk("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "行政处罚决定数 淮安市2024年 沭阳县2025年 洪泽区2023年 排第一的是谁"))
    a(rk("en", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "Which collected the most in fees: Huai'an 2024, Shuyang 2025 or Hongze 2023?"))
    a(rk("en", ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "asc", "Among Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Jianxi (2020), who got the fewest new requests from individuals?"))
    a(rk("en", ["ha", "sy", "hz23"], "a.review.upheld", "asc", "Reconsiderations upheld - lowest among Huai'an 2024, Shuyang 2025, Hongze 2023?"))
    a(rk("en", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "Shuyang 2025 vs Shanghai General Office 2019 vs Jianxi 2020: who pushed the most requests into the next year?"))
    a(rk("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "Fewest licensing decisions: Huai'an 2024, Shuyang County 2025, Hongze District 2023?"))
    a(rk("en", ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "desc", "Which body had most 'would need to create the info' refusals: Huai'an 2024, Shuyang 2025, Hongze 2023?"))
    return c


def TEXTONLY():
    c = []
    a = c.append
    a(nv("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年把政府常务会议公开了几期"))
    a(nv("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区政府2024年在网站上主动发了多少条信息"))
    a(nv("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽2023年政府网站主动公开了多少条政府信息"))
    a(nv("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年通过门户网站搞了几期意见征集"))
    a(nv("zh", "sy", "发布信息3044条", 3044, "条", "沭阳2025年县直部门在公开页面上发了多少条信息"))
    a(nv("zh", "sy", "累计清理过期信息697条", 697, "条", "沭阳县2025年清理过期信息清理了多少条"))
    a(nv("zh", "sy", "完成全县64家单位", 64, "家", "沭阳2025年 全县有多少家单位的年报是集中统一发布的"))
    a(nv("zh", "sy", "推送系列原创短视频1113个", 1113, "个", "沭阳县政务新媒体2025年发了多少个原创短视频"))
    a(nv("zh", "sy", "收取信息处理费共计380元", 380, "元", "沭阳2025年收申请人的信息处理费一共多少钱"))
    a(nv("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会"))
    a(nv("zh", "ha", "政务新媒体共计 95个", 95, "个", "淮安市现在在运维的政务新媒体有多少个（2024年报里说的）"))
    a(nv("zh", "ha", "全年组织 4 次", 4, "次", "淮安2024年组织了几次政府信息公开栏目全覆盖检查"))
    a(nv("zh", "sh25", "新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场新闻发布会"))
    a(nv("zh", "sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年报里 新闻通气会开了几场"))
    a(nv("zh", "sh25", "16 个区全部上线数字公报", 16, "个", "2025年上海有几个区上线了数字公报"))
    a(nv("zh", "sh19", "全年共编发公报24期", 24, "期", "上海市人民政府公报2019年一共出了几期"))
    a(nv("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海对市政府常务会议重要议题权威发布了多少次"))
    a(nv("zh", "kw", "原创文章 294", 294, "篇", "上海科委2024年微信公众号原创文章有多少篇"))
    a(nv("zh", "kw", "直播 118 场", 118, "场", "市科委2024年视频号直播了几场"))
    a(nv("zh", "jx", "设置26个试点领域", 26, "个", "涧西区2020年基层政务公开试点领域一共几个"))
    # en: paraphrase, not translation
    a(nv("en", "hz24", "解读信息发布 7 条", 7, "条", "How many explainer pieces helping people understand policies did Hongze District put out in 2024?"))
    a(nv("en", "sy", "策采相关新闻稿件2606篇", 2606, "篇", "Shuyang County 2025: how many news stories did its social-media team write up?"))
    a(nv("en", "sy", "开设《项目进行时》", 33, "个", "How many themed columns did Shuyang's government social accounts run in 2025?"))
    a(nv("en", "sy", "图文1775条", 1775, "条", "Shuyang 2025 - number of picture-and-text posts pushed on its new-media channels?"))
    a(nv("en", "sy", "主动公开政府信息4511条", 4511, "条", "How many items did Shuyang put up on the county website on its own initiative in 2025?"))
    a(nv("en", "sy", "3份清单", 3, "份", "How many standard catalogue lists did Shuyang County update in 2025?"))
    a(nv("en", "ha", "全年组织 4 次", 4, "次", "In 2024 how many times did Huai'an sweep all its disclosure web sections to check them?"))
    a(nv("en", "sh25", "重点领域 125 项", 125, "项", "Shanghai General Office 2025: how many disclosure tasks in key sectors such as schooling and elderly care did it push forward?"))
    a(nv("en", "sh25", "《上海市人民政府公报》24 期", 24, "期", "How many issues of the city's official gazette did Shanghai put out in 2025?"))
    a(nv("en", "sh25", "等 243 件", 243, "件", "Shanghai 2025: how many documents got printed in the municipal gazette?"))
    a(nv("en", "sh19", "发布政策解读共132件", 132, "件", "Shanghai General Office 2019 - how many policy explainers went up on the 'China Shanghai' portal?"))
    a(nv("en", "sh19", "70家政府网站", 70, "家", "In 2019, how many government websites in Shanghai got the quarterly full inspection?"))
    a(nv("en", "sh19", "接入53个部门", 53, "个", "How many departments were hooked into the unified one-stop intake platform per Shanghai's 2019 report?"))
    a(nv("en", "sh19", "人事任免文件141件", 141, "件", "Shanghai 2019: how many staff appointment and removal notices were published proactively?"))
    a(nv("en", "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the Shanghai science commission's WeChat account have in its 2024 report?"))
    a(nv("en", "kw", "短视频 584", 584, "条", "STCSM 2024 - number of short clips released on its video channel?"))
    a(nv("en", "kw", "政策 121 条", 121, "条", "How many policies did the Shanghai science commission push out in bundled releases during 2024?"))
    a(nv("en", "kw", "市科委 5 个高频事项", 5, "个", "Shanghai science commission 2024: how many frequently used services had the read-and-apply link set up?"))
    a(nv("en", "sh19", "市政府其他文件162件", 162, "件", "Besides rules and normative papers, how many other municipal government documents did Shanghai release proactively in 2019?"))
    return c


def CANNOT():
    c = []
    a = c.append
    z = lambda q, w: a(un("zh", q, w))  # noqa: E731
    e = lambda q, w: a(un("en", q, w))  # noqa: E731
    z("淮安市2024年申请信息公开的人里男的女的各多少", "sex breakdown not reported")
    z("沭阳县2025年的申请 哪个乡镇的人提得最多", "township breakdown not reported")
    z("洪泽区2022年新收了多少信息公开申请", "洪泽区 2022 report not in corpus")
    z("南京市2024年信息公开申请受理了多少", "南京市 not in corpus")
    z("我2025年3月给沭阳县政府交的那个关于拆迁补偿的申请 现在办到哪一步了", "one person's own case")
    z("上海市政府办公厅2025年平均多少天答复一个申请", "response time not reported")
    z("淮安2024年做信息公开工作的工作人员有几个", "staff number not stated")
    z("你觉得沭阳县政府2025年信息公开做得好不好", "opinion")
    z("预测一下淮安市2026年会收到多少申请", "forecast")
    z("宿迁市2025年行政复议多少件", "宿迁市 not in corpus")
    z("涧西区2021年的依申请公开数量是多少", "涧西 2021 not in corpus")
    z("上海科委2023年收到多少申请", "上海市科委 2023 not in corpus")
    z("帮我查一下淮安2024年申请过信息公开的张某某的电话和住址", "personal data")
    z("沭阳县2025年每个月各收到多少申请", "month breakdown not reported")
    z("洪泽区2023年的申请都是关于什么内容的 征地的占几件", "topic breakdown not reported")
    z("上海市府办2019年的申请里 通过网上提交的有多少 信函的有多少", "channel breakdown not reported")
    z("淮安市2024年信息公开工作花了多少经费", "cost not reported")
    z("浦东新区2024年主动公开了多少条信息", "浦东新区 not in corpus")
    z("沭阳2025年被纠正的那10件复议分别是哪个部门的", "department breakdown not reported")
    e("Huai'an 2024: how many requesters were over 60 years old?", "age breakdown not reported")
    e("Shuyang 2024 number of new disclosure requests?", "沭阳 2024 not in corpus")
    e("What share of Shanghai General Office 2025 requests came by post versus online?", "channel breakdown not reported")
    e("How many disclosure requests will Hongze District receive in 2026?", "forecast")
    e("Was the Shanghai science commission's 2024 disclosure work good enough in your view?", "opinion")
    e("Qingjiangpu District 2024 requests received?", "清江浦区 not in corpus")
    e("I filed a request to Huai'an in May 2024 about my land - was mine among the ones refused?", "one person's own case")
    e("Shanghai General Office 2022 how many reconsideration cases", "上海市府办 2022 not in corpus")
    e("Which industry did the companies that asked Huai'an for info in 2024 belong to, and how many per industry?", "industry breakdown not reported")
    e("Give me the names of people who sued Shuyang County in 2025 over disclosure", "personal data")
    e("How many people work on open-government tasks at Hongze District in 2024?", "staff number not stated")
    e("shuyang 2025 requests per quarter Q1 Q2 Q3 Q4?", "quarter breakdown not reported")
    e("How long on average did Jianxi District take in 2020 to answer a request?", "response time not reported")
    e("How many of Shanghai General Office's 2019 requesters live outside Shanghai?", "residence breakdown not reported")
    e("Nanjing 2025 open government report - how many requests granted?", "南京市 not in corpus")
    e("Why did the number of requests to Hongze District change in 2024? what caused it", "reason not stated")
    e("Suqian city 2024 disclosure lawsuits?", "宿迁市 not in corpus")
    e("Jianxi District 2021 procurement amount?", "涧西 2021 not in corpus")
    e("Huai'an 2024, which district of the city sent the most requests?", "district breakdown not reported")
    e("Hongze District 2022 fees collected?", "洪泽区 2022 not in corpus")
    return c


def TRAPS():
    c = []
    a = c.append
    a(tr("zh", "sy", "r.carried_over.total", "沭阳县2025年 从上一年接过来还没办完的申请 有几件", "上年结转 vs 结转下年"))
    a(tr("zh", "ha", "a.litigation_after_review.corrected", "淮安2024年 复议完了又去法院告、法院判政府输了的 几件", "复议后起诉 vs 直接起诉"))
    a(tr("zh", "ha", "c.normative_docs.repealed", "淮安市2024年规范性文件 作废了多少件（不是新发的）", "废止 vs 制发"))
    a(tr("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年 信息得另行制作才有的 那种没法提供的几件 不是说没掌握的那种", "另行制作 vs 不掌握"))
    a(tr("zh", "sh19", "r.withheld.internal_affairs.natural_person", "上海市府办2019年个人申请 因为是内部事务信息不公开的几件", "内部事务 vs 过程性信息"))
    a(tr("zh", "ha", "r.granted.commercial", "淮安2024 企业申请的 全部公开的（不是部分公开）有多少", "予以公开 vs 部分公开"))
    a(tr("zh", "ha", "r.received.legal_services", "淮安2024 律师事务所这些法律服务机构新提的申请多少 别给我算公司的", "法律服务机构 vs 商业企业"))
    a(tr("en", "sh19", "c.procurement.projects", "Shanghai General Office 2019, the number of procurement PROJECTS, not the money", "采购项目数 vs 金额"))
    a(tr("en", "sh19", "c.regulations.total_published", "Shanghai 2019 rules: total now public (对外公开总数), not the newly made ones", "对外公开总数 vs 新制作"))
    a(tr("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations closed with some other result, not the corrected ones", "其他结果 vs 纠正", alt=("其他结果 178", 178)))
    a(tr("en", "sy", "c.normative_docs.issued", "Shuyang 2025 normative documents newly issued that year - not the ones in force", "制发 vs 现行有效"))
    a(tr("en", "ha", "r.carried_forward.total", "Huai'an 2024: requests left over at year end to be finished the following year (not those inherited from before)", "结转下年 vs 上年结转",
         alt=("顺延", 103)))
    a(tr("en", "sy", "a.litigation_direct.upheld", "Shuyang 2025 court cases brought directly (no prior reconsideration) where the county won", "直接起诉 vs 复议后起诉"))
    return c


def FOLLOWUPS():
    c = []
    a = c.append
    a(fu("zh", [("淮安市政府2024年被申请复议的信息公开案子里 被纠正的几件", E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
                ("沭阳2025年呢", E("sy", "a.review.corrected"))], "body switch"))
    a(fu("zh", [("沭阳县2025年 说信息不存在答复的申请几件", E("sy", "r.unable.not_held.total")),
                ("那淮安2024年同一项呢", E("ha", "r.unable.not_held.total")),
                ("洪泽区2023年呢？", E("hz23", "r.unable.not_held.total"))], "body switch x2"))
    a(fu("zh", [("洪泽区2023年行政处罚决定多少", E("hz23", "c.punishment.decisions")),
                ("2024年呢", E("hz24", "c.punishment.decisions"))], "year switch"))
    a(fu("zh", [("淮安24年信访举报类不予处理的几件", E("ha", "r.not_processed.petition.total")),
                ("重复申请的呢", E("ha", "r.not_processed.duplicate.total"))], "row switch"))
    a(fu("zh", [("沭阳2025年复议维持的", E("sy", "a.review.upheld")),
                ("诉讼那边 直接起诉维持的呢", E("sy", "a.litigation_direct.upheld")),
                ("复议后起诉维持的", E("sy", "a.litigation_after_review.upheld"))], "appeals group switch"))
    a(fu("zh", [("上海市府办2019年自然人新收申请多少", E("sh19", "r.received.natural_person")),
                ("2025年的呢", E("sh25", "r.received.natural_person"))], "year switch"))
    a(fu("zh", [("淮安2024年 个人申请里面全部公开的", E("ha", "r.granted.natural_person")),
                ("公司的呢", E("ha", "r.granted.commercial")),
                ("律所那类呢", E("ha", "r.granted.legal_services"))], "column switch"))
    a(fu("zh", [("涧西区2020年 行政复议几件", E("jx", "a.review.total")),
                ("上海市政府办公厅2019年呢", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7)))], "body switch"))
    a(fu("zh", [("洪泽2023 规范性文件现行有效几件", E("hz23", "c.normative_docs.in_force")),
                ("24年呢？", E("hz24", "c.normative_docs.in_force"))], "year switch two-digit"))
    a(fu("zh", [("沭阳县2025年行政许可决定数", E("sy", "c.licensing.decisions")),
                ("行政强制呢", E("sy", "c.coercion.decisions"))], "row switch"))
    a(fu("zh", [("淮安2024年 因为涉及第三方权益不给公开的几件", E("ha", "r.withheld.third_party.total")),
                ("沭阳2025年这一项多少", E("sy", "r.withheld.third_party.total"))], "body switch"))
    a(fu("zh", [("2025年上海市政府办公厅 结转到下一年的申请几件", E("sh25", "r.carried_forward.total")),
                ("2019年呢", E("sh19", "r.carried_forward.total", alt=("另有72件申请", 72)))], "year switch back"))
    a(fu("zh", [("淮安市2024年被直接起诉的信息公开案件总数", E("ha", "a.litigation_direct.total")),
                ("尚未审结的有几件", E("ha", "a.litigation_direct.pending")),
                ("那复议后起诉的没审结的呢", E("ha", "a.litigation_after_review.pending"))], "column then group switch"))
    a(fu("zh", [("沭阳2025年部分公开多少件", E("sy", "r.partially_granted.total")),
                ("淮安2024年呢", E("ha", "r.partially_granted.total"))], "body switch"))
    a(fu("zh", [("上海科委2024年 个人（自然人）新提的申请几件", E("kw", "r.received.natural_person")),
                ("企业那边呢", E("kw", "r.received.commercial"))], "column switch (kw 自然人 / 商业企业)"))
    a(fu("zh", [("洪泽区2023年被复议后又被起诉的 维持几件", E("hz23", "a.litigation_after_review.upheld")),
                ("沭阳县2025年呢", E("sy", "a.litigation_after_review.upheld"))], "body switch"))
    a(fu("zh", [("淮安2024年补正后仍然说不清要什么的申请几件", E("ha", "r.unable.unclear.total")),
                ("上海市府办2019年个人申请里这一项呢", E("sh19", "r.unable.unclear.natural_person"))], "body switch"))
    a(fu("zh", [("沭阳2025年收行政事业性收费多少万元", E("sy", "c.fees.amount", unit=W)),
                ("淮安市2024年同一项是多少", E("ha", "c.fees.amount", unit=W))], "body switch money"))
    a(fu("zh", [("洪泽2024年 予以公开的申请多少", E("hz24", "r.granted.total")),
                ("2023年呢 那年全部公开的有几件", E("hz23", "r.granted.total"))], "year switch back"))
    a(fu("zh", [("上海市政府办公厅2025年行政复议总数", E("sh25", "a.review.total")),
                ("直接起诉的总数呢", E("sh25", "a.litigation_direct.total")),
                ("复议后起诉的总数", E("sh25", "a.litigation_after_review.total"))], "appeals group switch"))
    # en
    a(fu("en", [("Huai'an 2024 - requests refused because the material was still internal drafts?", E("ha", "r.withheld.process_info.total")),
                ("and Shuyang 2025?", E("sy", "r.withheld.process_info.total"))], "body switch"))
    a(fu("en", [("Hongze District 2023 fee income?", E("hz23", "c.fees.amount", unit=W)),
                ("what about 2024", E("hz24", "c.fees.amount", unit=W))], "year switch money"))
    a(fu("en", [("Shuyang 2025 requests from individuals that were partly released?", E("sy", "r.partially_granted.natural_person")),
                ("and fully released?", E("sy", "r.granted.natural_person")),
                ("and the ones where they said they didn't have it?", E("sy", "r.unable.not_held.natural_person"))], "row switch x2"))
    a(fu("en", [("Huai'an 2024 reconsiderations still pending at year end?", E("ha", "a.review.pending", alt=("尚未审结 37", 37))),
                ("same for Shuyang County, 2025?", E("sy", "a.review.pending"))], "body switch"))
    a(fu("en", [("Shanghai General Office 2019 new requests from individuals?", E("sh19", "r.received.natural_person")),
                ("and 2025?", E("sh25", "r.received.natural_person"))], "year switch"))
    a(fu("en", [("How many administrative licensing decisions did the Shanghai science commission make in 2024?", E("kw", "c.licensing.decisions")),
                ("penalties?", E("kw", "c.punishment.decisions"))], "row switch"))
    a(fu("en", [("Jianxi District 2020 requests where the office said it didn't hold the info?", E("jx", "r.unable.not_held.total")),
                ("Hongze District 2023?", E("hz23", "r.unable.not_held.total"))], "body switch"))
    a(fu("en", [("Huai'an 2024: lawsuits filed directly, how many did the government lose?", E("ha", "a.litigation_direct.corrected")),
                ("and ones with some other ending?", E("ha", "a.litigation_direct.other")),
                ("still waiting for a ruling?", E("ha", "a.litigation_direct.pending"))], "column switch"))
    a(fu("en", [("Shuyang County 2025 penalty decisions count", E("sy", "c.punishment.decisions")),
                ("Huai'an 2024 for the same?", E("ha", "c.punishment.decisions"))], "body switch"))
    a(fu("en", [("Shanghai General Office 2025 requests set aside as repeat requests?", E("sh25", "r.not_processed.duplicate.total")),
                ("Shuyang County 2025 same thing?", E("sy", "r.not_processed.duplicate.total"))], "body switch"))
    a(fu("en", [("Huai'an 2024, requests from organisations in the 'other' column that were fully released?", E("ha", "r.granted.other_org")),
                ("and new requests from that column?", E("ha", "r.received.other_org"))], "row switch rare column"))
    a(fu("en", [("Hongze 2023 reconsiderations where the district was upheld?", E("hz23", "a.review.upheld")),
                ("Huai'an 2024?", E("ha", "a.review.upheld", alt=HA_REV)),
                ("Shuyang 2025?", E("sy", "a.review.upheld"))], "body switch x2"))
    a(fu("en", [("Shanghai General Office 2019 procurement amount", E("sh19", "c.procurement.amount", unit=W)),
                ("Jianxi District 2020?", E("jx", "c.procurement.amount", unit=W))], "body switch money"))
    a(fu("en", [("Shuyang 2025 requests refused as internal affairs [内部事务信息]?", E("sy", "r.withheld.internal_affairs.total")),
                ("Huai'an city, 2024, same row?", E("ha", "r.withheld.internal_affairs.total"))], "body switch"))
    a(fu("en", [("Hongze District 2024 normative documents issued?", E("hz24", "c.normative_docs.issued")),
                ("the science commission for 2024?", E("kw", "c.normative_docs.issued", alt=("行政规范性文件 13 件", 13)))], "body switch"))
    a(fu("en", [("Shuyang 2025 how many requests ended as overdue-fee cases?", E("sy", "r.other.overdue_fee.total")),
                ("what was it for Huaian in 2024", E("ha", "r.other.overdue_fee.total"))], "body switch"))
    a(fu("en", [("Huai'an 2024 litigation after reconsideration, total?", E("ha", "a.litigation_after_review.total")),
                ("how many of those did the court uphold?", E("ha", "a.litigation_after_review.upheld"))], "column switch"))
    a(fu("en", [("Shanghai General Office 2025 requests the office said it did not hold?", E("sh25", "r.unable.not_held.total")),
                ("what about those needing new compilation?", E("sh25", "r.unable.needs_creation.total"))], "row switch"))
    a(fu("en", [("Hongze 2023, partial releases?", E("hz23", "r.partially_granted.total")),
                ("ok and shuyang in 2025", E("sy", "r.partially_granted.total"))], "body switch"))
    return c


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + TEXTONLY() + CANNOT() + TRAPS() + FOLLOWUPS()
