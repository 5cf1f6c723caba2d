"""Question bank of the blind80 evaluation set (evals/blind80).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording written from scratch for this set. Numbers are never typed here: the helpers
(helpers80.py) compute them from gold/*.json, from the printed rows named in SPECS (the cells
blind6 verified, reports without gold), or cut them from a report sentence.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib80 as L  # noqa: E402
from helpers80 import C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V, cols  # noqa: E402,F401

# printed cells of the reports without gold: exactly the specs blind6 verified
A4 = "四、政府信息公开行政复议、行政诉讼情况"
NOTE25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", A4, 14),
        "appeals.litigation_direct.total": ("after", A4, 9),
        "appeals.review.total": ("after", A4, 4),
        "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
        "requests.granted.total": ("row", "（一）予以公开", 6),
        "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
        "requests.total_processed.total": ("row", "（七）总计", 6),
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
        "appeals.litigation_after_review.total": ("after", NOTE25, 14),
        "appeals.litigation_direct.pending": ("after", NOTE25, 8),
        "appeals.litigation_direct.total": ("after", NOTE25, 9),
        "appeals.review.pending": ("after", NOTE25, 3),
        "appeals.review.total": ("after", NOTE25, 4),
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
}
L.TEXT_SPECS.update(SPECS)

# text statements of numbers the table also prints (ambiguous + acceptable_sentence)
HA_REQ = "全市共受理"
HA_REV = "其中结果维持 72"
HZ23_REQ = "全区受理政府信息公开申请 21"
SH19_REQ = "市政府办公厅代表市政府共受理"
SH25_REQ = "市政府共受理政府信息公开申请 1295"
KW_REQ = "全年收到政府信息公开申请 34"
KW_OK = "同意公开答复 9"
JX_REQ = "全年共收到依申请公开17件"
SY_REQ = "结转下一年 31"


def PV(lang, b, keys, q, note="everyday wording", **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


def PT(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def PS(lang, b, keys, q, note="sum of the listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + note, **kw)


def PD(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def PR(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, "[rank] " + note)


def PN(lang, b, keyword, value, unit, q, note="number stated only in the report text", frm=None):
    return N(lang, b, keyword, value, unit, q, "[textonly] " + note, frm=frm)


def PU(lang, q, why, note="not in the corpus"):
    return U(lang, q, why, "[cannot] " + note)


def PF(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def M(b, keys, **kw):
    """expect of a money cell (万元)."""
    return E(b, keys, unit="万元", **kw)


def MV(lang, b, keys, q, note="money value in 万元"):
    return C("value", lang, [(q, M(b, keys))], "[plain] " + note)


def VALUES():
    z, e = "zh", "en"
    return [
        # ---- 淮安 2024 (gold)
        PV(z, "ha", "r.unable.not_held.total", "淮安市2024年有多少申请是政府回复说自己手里根本没这个信息的"),
        PV(z, "ha", "r.withheld.admin_query.total", "我在淮安问过一次不动产登记查询 结果被说是行政查询事项不给公开 想知道2024年淮安像这样被挡回去的一共几件"),
        PV(z, "ha", "r.not_processed.petition.total", "淮安24年那些其实是来信访投诉的、被当作信息公开申请不处理的有多少个"),
        PV(z, "ha", "r.other.overdue_fee.total", "淮安市政府2024年 让交费了但申请人到期没交钱的 最后算几件"),
        PV(z, "ha", "r.other.overdue_correction.total", "淮安2024叫人补材料结果人家过了期限都没补的，有几单？"),
        PV(z, "ha", "r.withheld.third_party.total", "2024年淮安市因为怕伤到别人（第三方）的合法权益所以没公开的申请 数量是"),
        PV(z, "ha", "r.unable.unclear.total", "淮安二〇二四年 补正以后还是说不清楚要啥 所以没法提供的 有几个"),
        PV(z, "ha", "r.not_processed.reconfirm.total", "请问淮安2024年 要求行政机关确认或者重新出具已经获取的信息 被不予处理的 几件"),
        PV(z, "ha", "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构新递交的申请有多少件"),
        PV(z, "ha", "r.partially_granted.commercial", "淮安24年 公司企业申请的 只给了一部分的 是几件啊"),
        PV(z, "ha", "a.litigation_after_review.pending", "淮安2024年先复议不服再去法院告的那些案子，到年底还没判下来的几件"),
        PV(z, "ha", "a.review.corrected", "淮安市政府2024年被复议机关纠正的信息公开复议案件数",
           alt=(HA_REV, 64)),
        PV(z, "ha", "c.punishment.decisions", "淮安市2024年全年作出的行政处罚决定数量是多少"),
        PV(e, "ha", "r.withheld.security_stability.total",
           "Huai'an 2024: how many requests were refused because releasing the info might endanger national security, public safety, economic security or social stability?"),
        PV(e, "ha", "r.unable.needs_creation.total",
           "In 2024 how many times did Huai'an city tell requesters the info doesnt exist in ready form and would have to be compiled from scratch?"),
        PV(e, "ha", "r.not_processed.duplicate.total",
           "huaian 2024 requests ignored bc same person asked the same thing again - how many"),
        PV(e, "ha", "r.withheld.internal_affairs.total",
           "For Huaian city government in 2024, the number of requests turned down because the material was about the government's own internal housekeeping (personnel, logistics, internal workflow)?"),
        PV(e, "ha", "r.withheld.enforcement_files.total",
           "How many 2024 applications to the Huai'an government were refused since they asked for administrative law-enforcement case files?"),
        PV(e, "ha", "a.litigation_direct.corrected",
           "Huai'an, 2024: lawsuits filed straight to court without a prior review where the court ended up correcting the government - count?"),
        PV(e, "ha", "r.carried_forward.total",
           "Number of Huai'an requests from 2024 that were still unfinished at year end and pushed into the next year (结转下年度继续办理)?",
           alt=(HA_REQ, 103)),
        PV(e, "ha", "c.regulations.in_force", "As of the 2024 report, how many Huai'an municipal rules (规章) were still valid?"),
        PV(e, "ha", "r.received.other_org", "Huaian 2024 - new requests from 'other organisations' column, how many?"),
        PV(e, "ha", "r.withheld.state_secret.total", "my professor asks: Huai'an 2024, refusals because the info was classified as a state secret?"),
        PV(e, "ha", "a.review.pending", "In 2024 Huai'an had admin reviews about disclosure that were not yet decided when the year closed. How many?",
           alt=(HA_REV, 37)),
        # ---- 洪泽区 2023 (gold)
        PV(z, "hz23", "r.unable.not_held.total", "洪泽区2023年 群众要的东西区里说本单位不掌握的 一共多少"),
        PV(z, "hz23", "r.unable.needs_creation.total", "洪泽2023年说没有现成的、要另外做才有的那种 有几件"),
        PV(z, "hz23", "a.review.corrected", "洪泽区政府2023年 复议被上面纠错的有几件"),
        PV(z, "hz23", "a.review.upheld", "洪泽区2023年 行政复议里头维持原来答复的 几个"),
        PV(z, "hz23", "c.licensing.decisions", "洪泽区2023年行政许可的处理决定一共作了多少"),
        PV(e, "hz23", "r.withheld.state_secret.total", "Hongze District 2023 - any request denied because it touched state secrets? how many"),
        PV(e, "hz23", "r.not_processed.petition.total",
           "Hongze 2023: requests that were really complaints/petitions and so were not handled as disclosure requests - number?"),
        PV(e, "hz23", "c.coercion.decisions", "How many administrative coercion decisions did Hongze District make in 2023?"),
        PV(e, "hz23", "a.litigation_after_review.upheld",
           "Hongze 2023, cases that went to court after a review first and the court sided with the government: how many?"),
        PV(e, "hz23", "r.received.total", "Hongze district government, 2023 — how many info requests came in?",
           alt=(HZ23_REQ, 21)),
        # ---- 沭阳 2025 (gold)
        PV(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年 说是机关内部的人事后勤那些事 不给公开的 几件"),
        PV(z, "sy", "r.other.other.total", "沭阳2025年 依申请表里那个“其他”——既不是逾期不补正也不是逾期不交费的——是多少"),
        PV(z, "sy", "r.withheld.enforcement_files.total", "我帮我妈给沭阳县政府写过申请要执法的卷宗 被拒了 想问下2025年沭阳像这样因为是执法案卷不公开的总共几件"),
        PV(z, "sy", "r.not_processed.duplicate.commercial", "沭阳县25年有公司重复申请被不予处理的吗 几件"),
        PV(z, "sy", "a.review.other", "沭阳2025年复议结果既不是维持也不是纠正的那种“其他结果”有多少"),
        PV(z, "sy", "a.litigation_after_review.other", "沭阳县2025年复议后起诉的案子里 结果算其他的 几件"),
        PV(z, "sy", "r.partially_granted.legal_services", "沭阳 2025 律所申请只给了部分公开的多少件"),
        PV(z, "sy", "r.received.total", "沭阳县2025年本年新收的申请，不算上一年结转过来的，是多少件"),
        PV(z, "sy", "c.coercion.decisions", "沭阳25年行政强制决定几个"),
        PV(z, "sy", "r.other.overdue_correction.total", "沭阳2025 通知补正了 人家一直没补 过期了的 有多少"),
        PV(e, "sy", "r.withheld.admin_query.total",
           "Shuyang County 2025: number of requests rejected as really being administrative look-up queries (行政查询事项)?"),
        PV(e, "sy", "r.unable.not_held.total", "Shuyang 2025 - how often did the county say 'we simply don't hold that information'?"),
        PV(e, "sy", "r.granted.commercial", "how many company requests got fully released by Shuyang County in 2025"),
        PV(e, "sy", "a.review.corrected", "In 2025, in how many administrative reviews was Shuyang County's disclosure decision overturned or corrected?"),
        PV(e, "sy", "r.carried_over.total", "Shuyang county, FY2025: requests inherited from the year before (上年结转) — count please"),
        PV(e, "sy", "r.other.overdue_fee.total", "Shuyang 2025 requests closed because the applicant never paid the fee in time?"),
        PV(e, "sy", "c.normative_docs.issued", "How many normative documents did Shuyang County issue in 2025?"),
        PV(e, "sy", "r.withheld.third_party.total", "Shuyang County 2025: refusals to protect some third party's lawful rights, how many?"),
        PV(e, "sy", "a.litigation_direct.upheld", "Shuyang 2025 lawsuits brought directly (no review first) that the court upheld — number?"),
        # ---- 上海市府办 2019 (gold)
        PV(z, "sh19", "r.unable.needs_creation.commercial", "上海市政府办公厅2019年 企业来要的东西需要重新加工制作、所以没法提供的 有几件"),
        PV(z, "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办 个人以信访举报投诉为由来申请、被不予处理的 多少"),
        PV(z, "sh19", "r.unable.unclear.natural_person", "上海市府办2019年 老百姓申请写得不明确 没法提供的有几件"),
        PV(z, "sh19", "r.total_processed.commercial", "上海市政府办公厅19年 企业递的申请最后办结了几件"),
        PV(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年报里 规范性文件对外公开总数量是多少"),
        PV(z, "sh19", "r.withheld.process_info.commercial", "2019年上海市府办，企业申请因为属于过程性信息被拒的 几件"),
        PV(e, "sh19", "r.withheld.admin_query.natural_person",
           "Shanghai General Office, 2019: individual requesters told their request was an administrative inquiry and so not released — how many?"),
        PV(e, "sh19", "r.not_processed.duplicate.commercial", "Shanghai municipal govt general office 2019, repeat requests from businesses that were not processed?"),
        PV(e, "sh19", "c.regulations.total_published", "Total number of Shanghai government rules (规章) publicly available per the General Office's 2019 report?"),
        PV(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019 — how many government procurement projects?"),
        PV(e, "sh19", "r.withheld.state_secret.natural_person", "2019 Shanghai general office: people (individuals) refused on state-secret grounds, number?"),
        PV(e, "sh19", "r.total_processed.total", "How many requests did the Shanghai General Office finish answering in 2019?",
           alt=(SH19_REQ, 805)),
        # ---- 涧西 2020 (gold)
        PV(z, "jx", "r.granted.total", "涧西区政府办2020年直接给公开了的申请有几件"),
        PV(z, "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个"),
        PV(z, "jx", "a.litigation_after_review.upheld", "涧西区政府办公室2020年 复议后又去起诉、法院维持的 几件"),
        PV(e, "jx", "r.unable.not_held.total", "Jianxi District office, 2020: how many requests got 'we don't have this info'?"),
        PV(e, "jx", "c.normative_docs.made", "Jianxi 2020, how many normative documents were drafted/made that year?"),
        PV(e, "jx", "r.carried_forward.total", "jianxi district 2020 requests still open at the end of the year?",
           alt=(JX_REQ, 2)),
        # ---- 洪泽区 2024 (text rows)
        PV(z, "hz24", "r.unable.not_held.total", "洪泽区2024年 区里说自己不掌握、给不了的申请 有多少件"),
        PV(z, "hz24", "c.licensing.decisions", "洪泽24年行政许可决定数是多少"),
        PV(z, "hz24", "a.review.total", "洪泽区政府2024年被人申请行政复议的一共几件"),
        PV(e, "hz24", "c.punishment.decisions", "Hongze District 2024 number of administrative penalty decisions?"),
        PV(e, "hz24", "r.granted.total", "For Hongze in 2024, how many requests were answered by handing over everything asked for?"),
        PV(e, "hz24", "a.litigation_direct.total", "Hongze (District) 2024: lawsuits filed directly, no review first — total?"),
        # ---- 上海市科委 2024 (text rows)
        PV(z, "kw", "r.received.commercial", "上海科委2024年 企业新来的申请几件"),
        PV(z, "kw", "c.normative_docs.in_force", "市科委2024年底还有效的规范性文件有几件"),
        PV(z, "kw", "r.total_processed.total", "上海市科委2024年办理结果总计是多少件"),
        PV(e, "kw", "c.licensing.decisions", "STCSM 2024 — how many licensing (行政许可) decisions?"),
        PV(e, "kw", "r.received.natural_person", "Shanghai science commission 2024, how many new requests came from private individuals?"),
        PV(e, "kw", "r.carried_over.total", "Science and Technology Commission of Shanghai, 2024: requests left over from the previous year that it still had to deal with?",
           alt=(KW_REQ, 2)),
        # ---- 上海市府办 2025 (text rows)
        PV(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 要的东西得另外做才能有 没法提供 这种几件"),
        PV(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年把信访投诉当成申请递上来、结果不予处理的是几件"),
        PV(z, "sh25", "a.review.pending", "上海市府办2025年行政复议还没结案的有几件"),
        PV(z, "sh25", "r.carried_over.legal_services", "上海市政府办公厅2025年 律所那一栏上年结转了几件"),
        PV(z, "sh25", "r.carried_forward.total", "上海市府办二〇二五年年底没办完、转到下一年继续办的申请几件"),
        PV(e, "sh25", "r.not_processed.duplicate.total", "Shanghai General Office in 2025: how many requests were dropped as duplicates?"),
        PV(e, "sh25", "a.litigation_direct.pending", "2025 Shanghai gov general office — direct lawsuits still pending, how many?"),
        PV(e, "sh25", "r.received.commercial", "Shanghai General Office FY2025, new requests filed by companies?"),
        PV(e, "sh25", "a.litigation_after_review.total", "Shanghai General Office 2025, total suits filed after an administrative review?"),
        PV(e, "sh25", "r.unable.not_held.total", "In 2025, how many requests did the Shanghai General Office answer with 'this office does not hold it'?"),
        MV(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱（万元）"),
        MV(e, "sy", "c.fees.amount", "Shuyang County 2025 — administrative fees collected, in 10k yuan?"),
        MV(z, "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额多少万元"),
    ]


def COMBINE():
    z, e = "zh", "en"
    return [
        PS(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加上部分公开，合起来多少件"),
        PS(z, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"],
           "淮安市2024年信访类、重复申请、要求确认已获取信息这三种不予处理的加一块是多少"),
        PS(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "沭阳县2025年 过期不补正的和过期不交钱的 两个加起来"),
        PS(z, "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
           "沭阳2025年复议维持的、直接起诉维持的、复议后起诉维持的，全加起来是多少"),
        PS(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
           "洪泽区2023年因为国家秘密、过程性信息、执法案卷这三条没公开的，合计几件"),
        PS(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"],
           "上海市府办2019年本机关不掌握那一行，自然人、企业、法律服务机构三栏加总"),
        PS(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年不掌握的加上需要另行制作的，一共多少"),
        PS(z, "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年新收的和上年结转的加在一起，总共要处理多少件"),
        PS(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
           "Huai'an 2024: add the direct lawsuits and the after-review lawsuits together — how many court cases in total?"),
        PS(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total",
                     "r.withheld.third_party.total", "r.withheld.internal_affairs.total"],
           "Huaian 2024, sum of the first five refusal grounds: state secret, banned by other laws, three-securities-one-stability, third-party rights, internal affairs"),
        PS(e, "sy", ["r.received.total", "r.carried_over.total"], "Shuyang 2025: new requests plus those carried over from the prior year, combined?"),
        PS(e, "sh19", ["r.received.natural_person", "r.received.commercial"], "Shanghai General Office 2019: new requests from individuals plus from companies?"),
        PS(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Jianxi 2020 — reviews + direct suits + after-review suits, all together?"),
        PS(e, "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
           "Hongze District 2024: licensing, penalty and coercion decisions added up"),
        PS(e, "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
           "Total disputes for the Shanghai General Office in 2025 (reviews plus both kinds of lawsuits)?"),
        PS(e, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"],
           "Huai'an 2024 'could not provide' cases — the three sub-reasons summed"),
        PD(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数 2024年比2023年多了多少"),
        PD(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2023年到2024年增加了几件"),
        PD(z, "sh19", "sh25", "r.received.total", "上海市府办本年新收的申请，2025年比2019年多出多少件",
           alt=(SH25_REQ, 1295)),
        PD(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议数，2019年到2025年变化了多少"),
        PD(z, "hz23", "hz24", "c.punishment.decisions", "洪泽行政处罚决定24年比23年少了多少（用2024减2023）"),
        PD(e, "hz23", "hz24", "c.coercion.decisions", "Change in Hongze District's coercion decisions from 2023 to 2024 (2024 minus 2023)?"),
        PD(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests rolled into the next year, 2025 figure minus 2019 figure?"),
        PD(e, "sh19", "sh25", "r.received.natural_person", "How much did individual requests to the Shanghai General Office grow between 2019 and 2025?"),
        PD(e, "hz23", "hz24", "c.fees.amount", "Hongze admin fee income: difference 2024 vs 2023, in 10k yuan", unit="万元"),
        PD(e, "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits: 2019 to 2025 change?"),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        PR(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，哪家新收申请最多"),
        PR(z, ["hz23", "sy", "jx"], "r.unable.not_held.total", "asc", "洪泽区2023年、沭阳县2025年、涧西区2020年里，“本机关不掌握”最少的是谁"),
        PR(z, ["ha", "sy", "hz23"], "a.review.corrected", "desc", "复议被纠正的次数：淮安2024、沭阳2025、洪泽2023，谁最多"),
        PR(z, ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "淮安(2024)、沭阳(2025)、上海市府办(2019)、涧西(2020)四个里结转下年最少的"),
        PR(z, ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数，淮安市2024、洪泽区2023、沭阳县2025排第一的是哪个"),
        PR(z, ["ha", "sy", "hz23"], "r.not_processed.petition.total", "desc", "信访投诉类不予处理的，淮安24年、沭阳25年、洪泽23年，哪个最多"),
        PR(z, ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "直接起诉的官司数量，淮安2024、沭阳2025、上海市府办2019，哪个最少"),
        PR(e, ["ha", "sy", "sh19"], "r.total_processed.total", "asc", "Of Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which closed the fewest requests?"),
        PR(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Biggest number of penalty decisions: Huaian 2024, Shuyang 2025 or Hongze 2023?"),
        PR(e, ["sy", "hz23", "jx"], "r.received.total", "desc", "Rank Shuyang (2025), Hongze (2023) and Jianxi (2020) by new requests — who's on top?"),
        PR(e, ["ha", "sy", "sh19"], "r.carried_over.total", "desc", "Which had the most carried-over requests: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
        PR(e, ["ha", "sy", "hz23", "jx"], "a.review.upheld", "asc", "Among Huai'an 2024, Shuyang 2025, Hongze 2023 and Jianxi 2020, who had the fewest reviews ending with the decision upheld?"),
        PR(e, ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "least partial releases — Huaian 2024 vs Shuyang 2025 vs Hongze 2023?"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        PT(z, "ha", "r.carried_over.total", "淮安2024年 从前一年留下来、这年接着办的申请有几件（不是转到下一年的那个）",
           "上年结转 vs 结转下年", alt=(HA_REQ, 34)),
        PT(z, "ha", "a.litigation_after_review.total", "淮安市2024年 复议完了不服又起诉的 几件（不是直接起诉）", "复议后起诉 vs 直接起诉"),
        PT(z, "ha", "c.normative_docs.repealed", "淮安2024年 废掉了多少件规范性文件", "废止 vs 制发/现行有效"),
        PT(z, "sy", "r.unable.needs_creation.total", "沭阳2025年 回复说“得重新做一份才有”的申请几件（别跟不掌握搞混）", "另行制作 vs 不掌握"),
        PT(z, "sy", "r.withheld.process_info.total", "沭阳县2025年 还在讨论研究阶段的材料所以不给的 几件", "过程性信息 vs 内部事务"),
        PT(z, "sh19", "c.regulations.total_published", "上海市府办2019年规章 对外公开总数 是多少（不是当年新制作的）", "对外公开总数 vs 新制作"),
        PT(z, "hz23", "r.partially_granted.total", "洪泽区2023年 只公开了一部分的申请有几件（不是全部公开的那种）", "部分公开 vs 予以公开"),
        PT(e, "ha", "a.review.other", "Huai'an 2024 reviews that ended some other way — neither upheld nor corrected?", "其他结果 vs 纠正",
           alt=(HA_REV, 178)),
        PT(e, "ha", "r.partially_granted.total", "Huaian 2024, requests where only part of the info was released (not the full releases)?", "部分公开 vs 予以公开"),
        PT(e, "sy", "r.granted.legal_services", "Shuyang 2025 — law firms (not businesses) whose requests were fully granted?", "法律服务机构 vs 商业企业"),
        PT(e, "jx", "c.procurement.projects", "Jianxi 2020: number of procurement projects (the count, not the money)?", "采购项目数 vs 金额"),
        PT(e, "sy", "a.litigation_after_review.total", "Shuyang 2025: suits filed after first going through a review — how many?", "复议后起诉 vs 直接起诉"),
        PT(e, "sh19", "r.carried_over.total", "Shanghai General Office 2019, requests brought in from the previous year (not the ones pushed to the following year)?",
           "上年结转 vs 结转下年", alt=(SH19_REQ, 18)),
    ]


def NARRATIVES():
    z, e = "zh", "en"
    return [
        PN(z, "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了几场新闻发布会"),
        PN(z, "ha", "信息处理费 3940", 3940, "元", "淮安2024年收信息处理费收了多少块钱"),
        PN(z, "ha", "政务新媒体共计 95", 95, "个", "淮安市2024年在运维的政务新媒体账号一共几个"),
        PN(z, "sy", "催办提示 84", 84, "次", "沭阳县2025年那个倒计时报警器发了多少次催办提醒"),
        PN(z, "sy", "过期信息697", 697, "条", "沭阳2025年清理了多少条过期的信息"),
        PN(z, "sy", "失效链接43", 43, "处", "沭阳县2025年整改的失效链接有几处"),
        PN(z, "sy", "64家单位", 64, "家", "2025年沭阳一共有多少家单位的年报是集中公开的"),
        PN(z, "sy", "办前主动沟通 49", 49, "次", "沭阳25年办申请之前主动跟申请人沟通了几次"),
        PN(z, "sy", "专栏33", 33, "个", "沭阳县2025年政务新媒体开了多少个专栏 像项目进行时那种"),
        PN(z, "hz24", "公开政府常务会议 7", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        PN(z, "hz24", "主动发布各类政府信息 2428", 2428, "条", "洪泽2024年政府网站一共发了多少条政府信息"),
        PN(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站平台上主动公开了多少条信息"),
        PN(z, "kw", "直播 118", 118, "场", "上海科委2024年搞了多少场直播"),
        PN(z, "kw", "原创文章 294", 294, "篇", "市科委“上海科技”公众号2024年原创文章有几篇"),
        PN(z, "kw", "主合办政协提案 85", 85, "件", "上海市科委2024年主办合办的政协提案是多少件"),
        PN(z, "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会"),
        PN(z, "sh25", "申请人主动撤回 157", 157, "件", "上海市府办2025年申请人自己撤回的申请有多少"),
        PN(z, "sh25", "覆盖 10 个语种", 10, "个", "上海国际服务门户2025年覆盖几种语言"),
        PN(z, "sh19", "政策解读共132", 132, "件", "上海市府办2019年在中国上海门户网站发了多少件政策解读"),
        PN(z, "sh19", "70家政府网站", 70, "家", "2019年上海每个季度检查的政府网站有几家"),
        PN(z, "jx", "21个领域601", 601, "项", "涧西区2020年梳理出来的政务公开事项一共多少项"),
        # English: paraphrased, not translated
        PN(e, "ha", "公报》6", 6, "期", "How many issues of the city's official gazette did Huai'an put out in 2024?"),
        PN(e, "ha", "全年组织 4", 4, "次", "In 2024, how many times did Huai'an run a full sweep of every disclosure column on its portals?"),
        PN(e, "sy", "1条播放量破亿", 1, "条", "Shuyang 2025: how many of its posts passed a hundred million plays?"),
        PN(e, "sy", "成功推动化解各类争议纠纷 33", 33, "件", "How many disputes did Shuyang County manage to settle through talking to requesters early, in 2025?"),
        PN(e, "sy", "案件 74", 74, "件", "Shuyang 2025 — total number of review and court cases the county handled in connection with disclosure, per its write-up?"),
        PN(e, "sy", "短视频1113", 1113, "个", "How many original short clips did Shuyang's social-media accounts push out in 2025?"),
        PN(e, "kw", "粉丝数54373", 54373, "人", "What was the follower count of the Shanghai science commission's video channel in 2024?"),
        PN(e, "kw", "日常报送惠企政策 83", 83, "条", "STCSM 2024: number of business-support policies it routinely submitted?"),
        PN(e, "kw", "5 个高频事项", 5, "个", "For 2024, how many frequently used services did the Shanghai science commission link to their policy files?"),
        PN(e, "sh25", "人事任免文件 196", 196, "件", "How many appointment-and-removal notices did Shanghai's municipal government make public in 2025?"),
        PN(e, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025: how many documents went through pre-release vetting?"),
        PN(e, "sh25", "16 个区全部上线数字公报", 16, "个", "By 2025, how many Shanghai districts had put their gazette online in digital form?"),
        PN(e, "sh25", "新闻发布会 42", 42, "场", "How many press events did the Shanghai city government host in 2025?"),
        PN(e, "sh19", "41条短视频", 41, "条", "At the 2019 import expo, how many clips on Douyin did the Shanghai Release account post?"),
        PN(e, "sh19", "权威发布共计38", 38, "次", "In 2019, how often were key items from executive meetings of Shanghai's government officially announced?"),
        PN(e, "sh19", "接入53", 53, "个", "How many departments were hooked up to Shanghai's one-stop service platform in 2019?"),
        PN(e, "jx", "统筹推进26", 26, "个", "Jianxi 2020 — how many pilot fields for grassroots openness standards did the district take on?"),
        PN(e, "hz24", "解读信息发布 7", 7, "条", "How many explainer pieces on policy did Hongze District release during 2024?"),
    ]


def CANNOT():
    z, e = "zh", "en"
    return [
        PU(z, "淮安市2024年申请信息公开的人里面男的女的各占多少", "no breakdown by sex"),
        PU(z, "沭阳县2025年的申请 哪个乡镇的人申请得最多", "no breakdown by township"),
        PU(z, "洪泽区2022年收到几件信息公开申请", "洪泽区 2022 not in the corpus", "year not held"),
        PU(z, "沭阳2024年的依申请公开数量是多少", "沭阳县 2024 not in the corpus", "year not held"),
        PU(z, "南京市2024年政府信息公开申请受理了多少件", "南京市 not in the corpus", "body not held"),
        PU(z, "宿迁市政府2025年行政复议有几件", "宿迁市 not in the corpus", "body not held"),
        PU(z, "上海市府办2026年预计会收到多少申请", "forecast, no figure", "forecast"),
        PU(z, "你觉得淮安市2024年的政府信息公开做得好不好", "opinion", "opinion"),
        PU(z, "我2025年3月给沭阳县政府交了一份申请 一直没回 我那件现在办到哪了", "one person's own case", "own case"),
        PU(z, "能不能告诉我淮安2024年那个申请人张某某的手机号和住址", "personal data", "personal data"),
        PU(z, "上海市科委2024年的申请里 几月份最多", "no breakdown by month"),
        PU(z, "洪泽区2023年每件申请平均多少天答复的", "response times not stated"),
        PU(z, "上海市政府办公厅2025年做信息公开的工作人员有几个人", "staff number not stated"),
        PU(z, "涧西区2021年年报里依申请公开多少件", "涧西区 2021 not in the corpus", "year not held"),
        PU(z, "浦东新区2024年信息公开申请数", "浦东新区 not in the corpus", "body not held"),
        PU(z, "淮安2024年的申请都是关于啥的 拆迁的有多少件", "no breakdown by topic"),
        PU(z, "沭阳2025年网上申请和当面申请各多少", "no breakdown by channel"),
        PU(z, "上海市府办2019年信息公开花了多少经费", "cost of the work not stated"),
        PU(z, "徐汇区2025年的政府信息公开年度报告里复议几件", "徐汇区 not in the corpus", "body not held"),
        PU(z, "洪泽区2024年为啥申请一下子多了那么多", "cause not stated", "reason not stated"),
        PU(e, "Huai'an 2024 — how many of the requesters were over 60 years old?", "no breakdown by age"),
        PU(e, "what share of Shuyang's 2025 requests came from people living outside the county", "no breakdown by residence"),
        PU(e, "Shanghai General Office 2022 request count?", "上海市府办 2022 not in the corpus", "year not held"),
        PU(e, "How many disclosure requests did the Shanghai science commission get in 2023?", "上海市科委 2023 not in the corpus", "year not held"),
        PU(e, "Number of requests received by Suzhou city government in 2024?", "苏州市 not in the corpus", "body not held"),
        PU(e, "Huai'an 2023 — how many administrative reviews?", "淮安市 2023 not in the corpus", "year not held"),
        PU(e, "Will Hongze District get more requests in 2025 than in 2024?", "forecast", "forecast"),
        PU(e, "Is Shuyang County's 2025 disclosure work better than Huai'an's 2024 work in your opinion?", "opinion", "opinion"),
        PU(e, "I sent Huai'an a request in May 2024 about my father's pension file — was mine one of the ones refused?", "one person's own case", "own case"),
        PU(e, "Give me the names of the people who sued the Shanghai General Office in 2025", "personal data", "personal data"),
        PU(e, "How many of Huai'an's 2024 requests were handled by the housing bureau specifically?", "no breakdown by department"),
        PU(e, "Shuyang 2025: which industry did the company requesters belong to?", "no breakdown by industry"),
        PU(e, "In Q3 2024, how many requests did the Shanghai science commission receive?", "no breakdown by quarter"),
        PU(e, "how many staff handle disclosure in Jianxi District office in 2020", "staff number not stated"),
        PU(e, "What was the average reply time for Shanghai General Office requests in 2019, in days?", "response times not stated"),
        PU(e, "Qingjiangpu District 2024 requests — how many came in?", "清江浦区 not in the corpus", "body not held"),
        PU(e, "Why did Huai'an's 2024 admin reviews end in correction 64 times — what were the reasons in each case?", "reasons per case not stated", "reason not stated"),
        PU(e, "Hongze 2023 — split of requests between men and women?", "no breakdown by sex"),
        PU(e, "How much did the Shanghai General Office spend on its website in 2025?", "cost not stated"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        PF(z, [("洪泽区2023年行政许可决定多少个", E("hz23", "c.licensing.decisions")),
               ("换成2024年呢", E("hz24", "c.licensing.decisions"))], "year switch 2023->2024"),
        PF(z, [("上海市政府办公厅2019年新收申请里个人申请的有多少", E("sh19", "r.received.natural_person")),
               ("2025年的呢", E("sh25", "r.received.natural_person")),
               ("那2025年企业的", E("sh25", "r.received.commercial"))], "year then column switch"),
        PF(z, [("淮安2024年 因为是过程性信息（还在研究讨论的）不给公开的 几件", E("ha", "r.withheld.process_info.total")),
               ("那沭阳县2025年同一项呢", E("sy", "r.withheld.process_info.total"))], "body switch, 过程性信息"),
        PF(z, [("沭阳县2025年复议维持的有几件", E("sy", "a.review.upheld")),
               ("被纠正的呢", E("sy", "a.review.corrected")),
               ("还没审完的", E("sy", "a.review.pending"))], "review outcome columns"),
        PF(z, [("淮安2024年直接去法院起诉的 法院判维持的几件", E("ha", "a.litigation_direct.upheld")),
               ("结果算“其他”的呢", E("ha", "a.litigation_direct.other")),
               ("没判完的", E("ha", "a.litigation_direct.pending"))], "direct-litigation outcome columns"),
        PF(z, [("洪泽区2023年说本机关不掌握的有几件", E("hz23", "r.unable.not_held.total")),
               ("洪泽24年呢", E("hz24", "r.unable.not_held.total"))], "year switch, 24年"),
        PF(z, [("沭阳2025年 说申请的东西属于法律法规禁止公开的有几件", E("sy", "r.withheld.prohibited_by_law.total")),
               ("那怕影响国家安全社会稳定的呢", E("sy", "r.withheld.security_stability.total"))], "withheld sub-items"),
        PF(z, [("淮安市政府2024年自然人新申请多少件", E("ha", "r.received.natural_person")),
               ("商业企业呢", E("ha", "r.received.commercial")),
               ("科研机构呢", E("ha", "r.received.research"))], "applicant columns incl. zero column"),
        PF(z, [("上海科委2024年新收申请多少", E("kw", "r.received.total", alt=(KW_REQ, 34))),
               ("上海市府办2025年呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "body switch, text and table agree"),
        PF(z, [("涧西区政府办2020年复议了几件", E("jx", "a.review.total")),
               ("那没经过复议直接告到法院的呢", E("jx", "a.litigation_direct.total"))], "appeals group switch"),
        PF(z, [("淮安2024年 申请人申请公开出版物的 被不予处理的 有吗 几件", E("ha", "r.not_processed.publication.total")),
               ("那无正当理由大量反复申请的呢", E("ha", "r.not_processed.excessive.total"))], "rare 不予处理 sub-items, zero"),
        PF(z, [("沭阳县2025年现行有效的规范性文件多少件", E("sy", "c.normative_docs.in_force")),
               ("当年废止了几件", E("sy", "c.normative_docs.repealed"))], "column switch in table 二"),
        PF(z, [("上海市府办2019年规章当年制作了几件", E("sh19", "c.regulations.made")),
               ("规范性文件呢", E("sh19", "c.normative_docs.made"))], "row switch, 2019 template"),
        PF(z, [("淮安市2024年 申请到期了还办不完只能转到下年的 几件", E("ha", "r.carried_forward.total", alt=(HA_REQ, 103))),
               ("沭阳2025年的呢", E("sy", "r.carried_forward.total", alt=(SY_REQ, 31)))], "body switch, text and table agree"),
        PF(z, [("洪泽区2024年复议后又起诉的有几件", E("hz24", "a.litigation_after_review.total")),
               ("直接起诉的呢", E("hz24", "a.litigation_direct.total")),
               ("复议本身呢", E("hz24", "a.review.total"))], "appeals groups, text rows"),
        PF(z, [("帮来电群众问一下：沭阳2025年 企业申请的 最后办结的有几件", E("sy", "r.total_processed.commercial")),
               ("律师事务所那类的呢", E("sy", "r.total_processed.legal_services"))], "applicant columns of 总计"),
        PF(z, [("上海市政府办公厅2025年 复议总数", E("sh25", "a.review.total")),
               ("2019年的是多少", E("sh19", "a.review.total", alt=("信息公开类行政复议7", 7)))], "year switch backwards"),
        PF(z, [("淮安2024年信访类的不予处理 几件", E("ha", "r.not_processed.petition.total")),
               ("其中企业提的呢", E("ha", "r.not_processed.petition.commercial"))], "row total then column"),
        PF(z, [("洪泽区2023年行政事业性收费多少万元", M("hz23", "c.fees.amount")),
               ("24年呢", M("hz24", "c.fees.amount"))], "money, year switch"),
        PF(z, [("沭阳县2025年复议以后再起诉的 维持了几件", E("sy", "a.litigation_after_review.upheld")),
               ("没审结的呢", E("sy", "a.litigation_after_review.pending"))], "after-review outcome columns"),
        PF(e, [("How many requests did the Shanghai General Office carry into the next year in 2019?", E("sh19", "r.carried_forward.total", alt=(SH19_REQ, 72))),
               ("and in 2025?", E("sh25", "r.carried_forward.total"))], "year switch"),
        PF(e, [("Huai'an 2024: reviews where the original decision stood?", E("ha", "a.review.upheld", alt=(HA_REV, 72))),
               ("what about Shuyang 2025", E("sy", "a.review.upheld"))], "body switch"),
        PF(e, [("Shuyang 2025, requests where the applicant asked the government to re-issue or confirm info they already had — turned away, how many?",
                E("sy", "r.not_processed.reconfirm.total")),
               ("and ones refused because the asker filed the same thing twice?", E("sy", "r.not_processed.duplicate.total"))],
         "rare 不予处理 sub-items"),
        PF(e, [("Huaian 2024 — requests refused because some other law or regulation forbids release?", E("ha", "r.withheld.prohibited_by_law.total")),
               ("how many of those came from businesses", E("ha", "r.withheld.prohibited_by_law.commercial"))], "withheld sub-item then column"),
        PF(e, [("Hongze District 2023 penalty decisions?", E("hz23", "c.punishment.decisions")),
               ("2024?", E("hz24", "c.punishment.decisions"))], "year switch, bare year"),
        PF(e, [("STCSM 2024: how many normative documents were issued?", E("kw", "c.normative_docs.issued")),
               ("and how many remained valid at year end?", E("kw", "c.normative_docs.in_force"))], "column switch, text rows"),
        PF(e, [("Jianxi District 2020: requests fully granted?", E("jx", "r.granted.total")),
               ("and the Huai'an city government for 2024?", E("ha", "r.granted.total"))], "body and year switch"),
        PF(e, [("Shanghai General Office 2019 — individuals turned down because what they wanted was the office's internal housekeeping stuff?",
                E("sh19", "r.withheld.internal_affairs.natural_person")),
               ("and because it was draft / still-under-discussion material?", E("sh19", "r.withheld.process_info.natural_person"))],
         "withheld sub-items, individual column (blank totals avoided)"),
        PF(e, [("Shuyang 2025 new requests from individuals (only the fresh intake, carry-overs excluded)?", E("sy", "r.received.natural_person")),
               ("from law firms?", E("sy", "r.received.legal_services")),
               ("from public-interest groups?", E("sy", "r.received.public_interest"))], "applicant columns incl. zero"),
        PF(e, [("Huai'an 2024: how many reviews overall?", E("ha", "a.review.total", alt=(HA_REV, 351))),
               ("and lawsuits after review, how many still undecided", E("ha", "a.litigation_after_review.pending")),
               ("the ones where the court corrected the government", E("ha", "a.litigation_after_review.corrected"))],
         "appeals group then outcome columns"),
        PF(e, [("Hongze 2023: requests blocked because they were law-enforcement case files?", E("hz23", "r.withheld.enforcement_files.total")),
               ("and because they were still-in-progress deliberation material?", E("hz23", "r.withheld.process_info.total"))], "withheld sub-items"),
        PF(e, [("Shanghai General Office 2025 requests where the office said it does not have the info?", E("sh25", "r.unable.not_held.total")),
               ("and the ones that would need creating from scratch?", E("sh25", "r.unable.needs_creation.total"))], "unable sub-items, text rows"),
        PF(e, [("How many procurement projects did the Shanghai General Office report for 2019?", E("sh19", "c.procurement.projects")),
               ("and the amount, in 10k yuan?", M("sh19", "c.procurement.amount"))], "count then money"),
        PF(e, [("Shuyang County 2025 — applicants told to fix their request but never came back in time?", E("sy", "r.other.overdue_correction.total")),
               ("and those that didn't pay the fee on time?", E("sy", "r.other.overdue_fee.total")),
               ("and everything else in that 'other' group?", E("sy", "r.other.other.total"))], "other-processing sub-items"),
        PF(e, [("Huai'an 2024, how many administrative licensing decisions?", E("ha", "c.licensing.decisions")),
               ("coercion decisions?", E("ha", "c.coercion.decisions"))], "row switch in table 二"),
        PF(e, [("Shanghai science commission, 2024: total requests answered?", E("kw", "r.total_processed.total")),
               ("and how many fully granted?", E("kw", "r.granted.total", alt=(KW_OK, 9)))], "row switch, text rows"),
        PF(e, [("Hongze District 2023: normative docs repealed?", E("hz23", "c.normative_docs.repealed")),
               ("what about Shuyang in 2025", E("sy", "c.normative_docs.repealed"))], "body switch"),
        PF(e, [("Shanghai General Office 2019 — individuals' requests where the office didn't hold the info?", E("sh19", "r.unable.not_held.natural_person")),
               ("and companies?", E("sh19", "r.unable.not_held.commercial"))], "column switch, blank total avoided"),
        PF(e, [("Huai'an 2024 requests from law firms that were answered in full?", E("ha", "r.granted.legal_services")),
               ("and partially?", E("ha", "r.partially_granted.legal_services"))], "row switch, legal services"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + NARRATIVES() + CANNOT() + FOLLOWUPS() + TRAPS()
