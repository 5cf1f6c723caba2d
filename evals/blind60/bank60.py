"""Question bank of the blind60 evaluation set (evals/blind60).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every wording here was written from scratch for this set. Numbers are never typed: the
builders of helpers60.py compute them from gold/*.json, from printed table rows (SPECS, the
same cells blind6 verified) or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib60 as L  # noqa: E402
from helpers60 import E, EN, EU, ED, ER, C, cols  # noqa: E402,F401

# printed cells of the reports without gold (the cells blind6 verified, same specs)
A4 = "四、政府信息公开行政复议、行政诉讼情况"
A25 = "注：行政复议、行政诉讼数量含上年度结转数量。"
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
        "appeals.litigation_after_review.total": ("after", A25, 14),
        "appeals.litigation_direct.pending": ("after", A25, 8),
        "appeals.litigation_direct.total": ("after", A25, 9),
        "appeals.review.pending": ("after", A25, 3),
        "appeals.review.total": ("after", A25, 4),
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

W = "万元"
# text-and-table agreements (keyword of the sentence, number it states)
HA_RECV = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_CF = ("全市共受理政府信息公开申请", 103)
HA_CO = ("全市共受理政府信息公开申请", 34)
HA_RV = "政府信息公开行政复议 351件"
SH19_S = "共受理政府信息公开申请859件"
JX_S = "全年共收到依申请公开17件"
KW_S = "全年收到政府信息公开申请 34 件"
SH25_S = "市政府共受理政府信息公开申请 1295 件"
SY_S = "全县全年共受理政府信息公开申请"
HZ23_S = "全区受理政府信息公开申请 21 件"


def V(lang, b, keys, q, note, **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + note)


def T(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def S(lang, b, keys, q, note, **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def D(lang, b1, b2, keys, q, note, **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def R(lang, bodies, keys, order, q, note):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def N(lang, b, kw, v, unit, q, note, frm=None):
    return C("narrative", lang, [(q, EN(b, kw, v, unit, frm))], "[textonly] " + note)


def U(lang, q, why):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why)


def F(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def CONVERSATIONS():
    out = []
    out += VALUES()
    out += COMBINE()
    out += RANKS()
    out += FOLLOWUPS()
    out += TEXTONLY()
    out += CANNOT()
    out += TRAPS()
    return out


def VALUES():
    z, e = "zh", "en"
    return [
        # ---------------- zh
        V(z, "ha", "r.received.total", "淮安市政府2024年一共收了多少份信息公开申请", "received total; text says the same",
          alt=HA_RECV),
        V(z, "ha", "r.withheld.state_secret.total", "淮安24年有几个申请是因为涉及国家秘密被拒的", "withheld: state secret, everyday wording"),
        V(z, "ha", "r.withheld.prohibited_by_law.total", "我想知道2024年淮安市政府以法律法规不让公开为理由回绝了多少件申请？", "withheld: prohibited by law"),
        V(z, "ha", "r.withheld.security_stability.total", "淮安2024 说公开了会危及三安全一稳定所以不给的 有几件", "withheld: three securities one stability"),
        V(z, "ha", "r.withheld.third_party.total", "2024年淮安市人民政府因为会伤到别人（第三方）合法权益而没公开的申请数量是多少", "withheld: third-party rights"),
        V(z, "ha", "r.withheld.enforcement_files.total", "淮安市2024年，申请的东西属于行政执法案卷、所以没给公开的，几件？", "withheld: enforcement files"),
        V(z, "ha", "r.withheld.admin_query.total", "你好 帮我查下淮安2024年那种其实是来咨询问事儿的、按行政查询事项不予公开的有多少", "withheld: administrative inquiry, described"),
        V(z, "ha", "r.unable.needs_creation.total", "淮安市政府2024年，人家要的材料没有现成的、得重新整理制作才有，这种最后没提供的一共几件", "unable: needs creation, described"),
        V(z, "ha", "r.unable.unclear.total", "2024年淮安 申请写得不清不楚没法提供的是几件啊", "unable: unclear request"),
        V(z, "ha", "r.not_processed.reconfirm.total", "淮安市2024年有没有要求政府确认或者重新出具已获取信息、结果被不予处理的？有的话几件", "not processed: reconfirm"),
        V(z, "ha", "r.other.overdue_correction.total", "淮安2024年 政府让申请人补正材料 结果人家过了期限也没补 这种有多少件", "other: overdue correction, described"),
        V(z, "ha", "r.other.overdue_fee.total", "请问淮安市人民政府2024年度，申请人逾期不交信息处理费的情况共几件？", "other: overdue fee"),
        V(z, "ha", "r.received.legal_services", "淮安2024律师事务所这类法律服务机构提的申请多少个", "received: legal services column"),
        V(z, "ha", "r.received.research", "淮安市2024年有科研单位来申请政府信息公开吗，几件", "received: research column (0)"),
        V(z, "ha", "a.review.corrected", "2024年淮安市政府信息公开方面的行政复议，被复议机关纠错的有几起", "review corrected; text states it too",
          alt=(HA_RV, 64)),
        V(z, "ha", "a.litigation_direct.pending", "淮安24年老百姓直接去法院告信息公开的，到年底还没判完的有几个", "direct litigation pending, described"),
        V(z, "ha", "a.litigation_after_review.corrected", "淮安市2024年 先复议了又去起诉的案子里 法院判政府要改正的几件", "litigation after review corrected"),
        V(z, "ha", "c.normative_docs.repealed", "二〇二四年淮安市政府废掉了多少件规范性文件", "normative docs repealed, 二〇二四"),
        V(z, "ha", "c.coercion.decisions", "淮安市2024年行政强制决定做了多少个", "coercion decisions"),
        V(z, "ha", "c.fees.amount", "淮安2024年行政事业性收费收了多少钱", "fees amount in 万元", unit=W),
        V(z, "hz23", "r.withheld.process_info.total", "洪泽区2023年 说是内部讨论过程中的信息 没公开 几件", "withheld: process info"),
        V(z, "hz23", "r.unable.not_held.total", "我爸2023年找洪泽区政府要过一份征地的材料，回复说他们没有这份信息。想知道2023年洪泽区这样回复“不掌握”的一共有多少件", "unable: not held, story"),
        V(z, "hz23", "r.withheld.state_secret.total", "洪泽2023年因为涉密不给公开的几件", "withheld: state secret"),
        V(z, "hz23", "c.punishment.decisions", "洪泽区政府2023年行政处罚决定数量", "punishment decisions"),
        V(z, "hz23", "r.not_processed.petition.total", "23年洪泽区 有人把投诉信访的事当信息公开申请交上去、被不予处理的 几件", "not processed: petition, described"),
        V(z, "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以属于单位内部事务为由不予公开的申请件数", "withheld: internal affairs"),
        V(z, "sy", "r.withheld.security_stability.total", "沭阳2025 怕影响安全稳定没给公开的有几件呀", "withheld: security stability, colloquial"),
        V(z, "sy", "r.not_processed.duplicate.total", "沭阳县25年有人同一个事情反复申请，政府不予处理的，一共几件", "not processed: duplicate, described"),
        V(z, "sy", "r.other.other.total", "您好，这里是12345热线，来电人问沭阳县2025年信息公开申请里“其他处理”下面那个“其他”一项是多少件", "other: other, operator"),
        V(z, "sy", "r.partially_granted.legal_services", "沭阳县2025年法律服务机构提的申请里部分公开的有几件", "partially granted: legal services"),
        V(z, "sy", "r.received.legal_person", "沭阳县2025年公司单位这些法人或其他组织新提的申请一共几件", "received legal persons; text 8 the same",
          alt=(SY_S, 8)),
        V(z, "sy", "a.review.other", "2025年沭阳县的政府信息公开行政复议，结果既不是维持也不是纠正的 其他结果 有多少", "review other"),
        V(z, "sy", "a.litigation_after_review.pending", "沭阳县2025年复议后又打官司、还没审完的是几件", "litigation after review pending"),
        V(z, "sy", "c.licensing.decisions", "沭阳县政府2025年行政许可决定了多少件", "licensing decisions"),
        V(z, "sy", "r.other.overdue_fee.total", "沭阳2025年 叫人交钱不交的 逾期未交费那个数", "other: overdue fee, phone"),
        V(z, "sh19", "r.unable.needs_creation.natural_person", "上海市政府办公厅2019年个人申请中，需要另行制作所以无法提供的有几件", "unable needs creation, natural person"),
        V(z, "sh19", "r.not_processed.petition.natural_person", "19年上海市府办 老百姓拿信访投诉当信息公开申请交的、不予处理了多少", "petition natural person"),
        V(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目有几个", "procurement projects"),
        V(z, "sh19", "a.litigation_direct.pending", "2019年上海市府办信息公开直接起诉的案件还没结的几件", "direct litigation pending"),
        V(z, "jx", "c.procurement.amount", "涧西区政府办2020年集中采购花了多少钱", "procurement amount", unit=W),
        V(z, "jx", "r.unable.not_held.total", "涧西区2020年政府说自己没有那个信息的申请几件", "not held, described"),
        V(z, "hz24", "c.licensing.decisions", "洪泽区2024年行政许可作出了多少", "text cell licensing"),
        V(z, "hz24", "r.unable.not_held.total", "洪泽24年 申请的信息政府手里没有的 几件", "text cell not held, colloquial"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年把信访举报投诉类的申请不予处理的有几件", "text cell petition"),
        V(z, "kw", "r.received.commercial", "上海市科委2024年有企业来申请公开吗？几家（件）", "text cell commercial received"),
        # ---------------- en
        V(e, "ha", "r.total_processed.total", "How many disclosure requests did Huai'an city government actually finish handling in 2024?", "total processed; text the same",
          alt=HA_DONE),
        V(e, "ha", "r.withheld.internal_affairs.total", "Huaian 2024: requests refused because the info was only the government's internal business, how many?", "withheld: internal affairs"),
        V(e, "ha", "r.withheld.process_info.total", "In 2024, how many times did Huai'an say no because the stuff asked for was still draft / under discussion (过程性信息)?", "withheld: process info, paraphrase"),
        V(e, "ha", "r.unable.not_held.total", "huaian 2024 how many requests where the govt basically said 'we dont have that document'", "unable: not held, described"),
        V(e, "ha", "r.not_processed.petition.total", "For Huai'an in 2024, how many applications were really complaints or petitions and so were not processed as disclosure requests?", "not processed: petition"),
        V(e, "ha", "r.not_processed.duplicate.total", "Huai'an, year 2024 - people asking the same thing again and again: how many such requests got no handling?", "not processed: duplicate, described"),
        V(e, "ha", "r.other.other.total", "Please tell me the figure for 'other' under other handling (其他处理 - 其他) for Huai'an city in 2024.", "other: other"),
        V(e, "ha", "r.received.commercial", "How many requests came from businesses / companies to Huai'an government in 2024?", "received commercial"),
        V(e, "ha", "r.received.other_org", "Huai'an 2024 - requests filed by organisations in the 'other' column (not companies, not lawyers, not research), how many?", "received other org"),
        V(e, "ha", "r.granted.legal_services", "In Huai'an 2024, how many requests from law firms ended with the information fully given?", "granted legal services"),
        V(e, "ha", "r.partially_granted.total", "How many requests did Huai'an city government answer in 2024 by giving only part of the info?", "partially granted"),
        V(e, "ha", "a.review.other", "Huai'an 2024 administrative reconsideration on disclosure: how many cases ended with some 'other' result, neither upheld nor corrected?", "review other; text the same",
          alt=(HA_RV, 178)),
        V(e, "ha", "a.review.pending", "How many disclosure reconsideration cases of Huai'an were still not decided at end of 2024?", "review pending; text the same",
          alt=(HA_RV, 37)),
        V(e, "ha", "a.litigation_direct.upheld", "Huaian 2024, lawsuits brought straight to court (no reconsideration first) where the court sided with the government - number?", "direct litigation upheld"),
        V(e, "ha", "a.litigation_after_review.total", "Total number of 2024 court cases against Huai'an that came after a reconsideration had already been decided?", "litigation after review total"),
        V(e, "ha", "c.regulations.in_force", "How many municipal rules (规章) of Huai'an were currently valid as of the 2024 report?", "regulations in force"),
        V(e, "ha", "c.punishment.decisions", "Number of administrative penalty decisions Huai'an made in FY2024?", "punishment decisions"),
        V(e, "ha", "r.carried_over.total", "huai'an 2024 requests left over from the year before that they still had to deal with - how many", "carried over; text the same",
          alt=HA_CO),
        V(e, "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023: how many requests were refused because they asked for law-enforcement case files?", "withheld enforcement files"),
        V(e, "hz23", "r.unable.needs_creation.total", "In 2023, Hongze district could not provide how many requests since the info would need to be newly made?", "needs creation"),
        V(e, "hz23", "r.partially_granted.total", "Hongze 2023, partly disclosed requests count pls", "partially granted, terse"),
        V(e, "hz23", "a.review.corrected", "For Hongze District in 2023, how many reconsideration decisions on disclosure went against the government (corrected)?", "review corrected"),
        V(e, "hz23", "c.fees.amount", "What amount of administrative fees did Hongze District collect in 2023 (行政事业性收费)?", "fees amount", unit=W),
        V(e, "sy", "r.withheld.third_party.total", "Shuyang County 2025: requests denied to protect a third party's lawful rights - how many?", "withheld third party"),
        V(e, "sy", "r.withheld.enforcement_files.total", "Shuyang 2025 how much requests was refused because they are law enforcement case file", "withheld enforcement files, non-native"),
        V(e, "sy", "r.withheld.admin_query.total", "Shuyang County in 2025 - requests that were really just administrative inquiries and therefore not disclosed?", "withheld admin query"),
        V(e, "sy", "r.unable.not_held.total", "How many times in 2025 did Shuyang County government reply that it doesn't hold the requested info?", "not held"),
        V(e, "sy", "r.other.overdue_correction.total", "Shuyang County 2025: applicants were asked to fix their application but let the deadline pass. Count?", "overdue correction, described"),
        V(e, "sy", "r.granted.total", "In 2025, how many requests did Shuyang fully grant?", "granted"),
        V(e, "sy", "a.review.corrected", "Shuyang County 2025 information-disclosure reconsiderations where the decision was corrected: how many?", "review corrected"),
        V(e, "sy", "a.litigation_direct.upheld", "Shuyang 2025, direct suits in court - how many did the government win (upheld)?", "direct litigation upheld"),
        V(e, "sy", "c.normative_docs.in_force", "How many normative documents of Shuyang County were still in effect in 2025?", "normative in force"),
        V(e, "sy", "r.received.natural_person", "Shuyang County 2025, new requests from private individuals, table number please (not counting carry-over)", "received natural person (table 705, text 741 incl. carry-over)"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019: individuals' requests turned down as state secrets - how many?", "state secret natural person"),
        V(e, "sh19", "r.unable.unclear.natural_person", "Shanghai government general office, 2019 - requests from individuals too vague to identify the information: count?", "unclear natural person"),
        V(e, "sh19", "r.not_processed.duplicate.commercial", "In 2019, how many repeat applications from companies did the Shanghai General Office decline to process?", "duplicate commercial"),
        V(e, "sh19", "r.received.total", "How many disclosure requests did the Shanghai municipal government general office receive in 2019?", "received; text the same",
          alt=(SH19_S, 859)),
        V(e, "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019, total number of normative documents publicly available overall (对外公开总数量)?", "normative total published"),
        V(e, "jx", "r.granted.total", "Jianxi District 2020: how many requests were answered by disclosing the information?", "granted"),
        V(e, "jx", "c.procurement.projects", "How many centralized procurement projects did Jianxi District list in 2020?", "procurement projects"),
        V(e, "kw", "requests.total_processed.total", "STCSM 2024: total of requests processed in the table?", "text cell total processed"),
        V(e, "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025 - requests where no ready-made info existed and it would have had to be compiled; how many?", "text cell needs creation"),
        V(e, "hz24", "c.punishment.decisions", "Hongze District 2024, number of administrative penalty decisions?", "text cell punishment"),
        V(e, "ha", "r.unable.not_held.commercial", "Huai'an 2024 - companies that asked for something and were told the government simply doesn't have it: how many?", "not held, commercial column, described"),
        V(e, "sy", "a.review.pending", "shuyang county 2025 reconsideration cases on disclosure that nobody had ruled on yet when the year closed?", "review pending, described"),
    ]


def COMBINE():
    z, e = "zh", "en"
    WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加上部分公开，加起来一共多少件", "granted + partially"),
        S(z, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安2024年因为各种原因没法提供信息的（不掌握、要另做、说不清楚）合起来几件", "three unable sub-items"),
        S(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开的复议加上直接起诉再加复议后起诉，总共多少个案子", "appeals three groups; text states 74 too", alt=("全县共办理相关案件", 74)),
        S(z, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳2025年 其他处理三项（不补正、不交费、其他）加一块是多少", "other three sub-items"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年涉密、过程性信息、执法案卷这三类不公开的加起来几件", "three withheld sub-items"),
        S(z, "sh19", ["c.regulations.made", "c.normative_docs.made"], "上海市政府办公厅2019年新制作的规章和规范性文件一共几件", "regulations made + normative made"),
        S(z, "ha", WH, "我是学生写论文 想算淮安市2024年表三里“不予公开”下面8个小项的合计 能帮我加一下吗", "eight withheld sub-items"),
        S(z, "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年公开了的跟说没有这信息的加在一起几件", "granted + not held"),
        S(e, "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024: individuals' new requests plus individuals' requests carried in from the prior year, total?", "natural person new + carried over"),
        S(e, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "All disclosure lawsuits against Huai'an in 2024 - direct ones plus ones after reconsideration - add them up please", "two litigation totals; text states 46 too", alt=(HA_RV, 46)),
        S(e, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025: complaint-type requests plus repeat requests that weren't processed, combined?", "petition + duplicate"),
        S(e, "sy", ["r.received.commercial", "r.received.legal_services"], "For Shuyang County 2025, how many new requests came from companies and law firms together?", "commercial + legal services"),
        S(e, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023 total of licensing, penalty and coercion decisions combined?", "three decision counts"),
        S(e, "sh19", ["r.unable.not_held.natural_person", "r.unable.needs_creation.natural_person", "r.unable.unclear.natural_person"], "Shanghai General Office 2019: individuals' requests it could not provide for any reason (not held, would need creating, unclear) - sum?", "unable natural person three"),
        S(e, "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld"], "Huaian 2024 sum these five: reconsideration upheld, corrected, other, pending, and direct lawsuits upheld", "five appeals cells"),
        S(e, "sy", ["r.granted.total", "r.partially_granted.total", "r.withheld.internal_affairs.total", "r.withheld.admin_query.total", "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.petition.total", "r.other.other.total"],
          "Shuyang 2025: add up granted, partly granted, internal-affairs refusals, admin-inquiry refusals, not-held, needs-creation, petition-type and 'other' handling", "eight cells"),
        D(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数，2024年比2023年多了多少", "licensing 2023->2024"),
        D(z, "hz23", "hz24", "c.coercion.decisions", "洪泽2023年到2024年行政强制决定变化了多少（后减前）", "coercion 2023->2024"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽区说“本机关不掌握”的申请，2024年比2023年增加几件", "not held 2023->2024"),
        D(z, "sh19", "sh25", "r.received.total", "上海市府办新收信息公开申请 2025年跟2019年比差了多少件", "received 2019->2025"),
        D(z, "sh19", "sh25", "a.review.total", "上海市政府办公厅信息公开行政复议数量，2019年到2025年增加了多少", "review total 2019->2025"),
        D(e, "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's penalty decisions from 2023 to 2024 (2024 minus 2023)?", "punishment 2023->2024"),
        D(e, "hz23", "hz24", "c.normative_docs.in_force", "By how much did Hongze's count of valid normative documents change between 2023 and 2024?", "normative in force 2023->2024"),
        D(e, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests pushed into the next year, 2025 vs 2019 - what's the difference?", "carried forward 2019->2025"),
        D(e, "sh19", "sh25", "r.received.natural_person", "How much did individuals' new requests to the Shanghai General Office grow from 2019 to 2025?", "received natural person 2019->2025"),
        D(e, "sh19", "sh25", "a.litigation_direct.total", "Shanghai govt general office direct disclosure lawsuits: 2025 count minus 2019 count?", "direct litigation 2019->2025"),
    ]


def RANKS():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪家新收申请最多", "received desc"),
        R(z, ["sy", "hz23", "jx"], "r.received.total", "asc", "沭阳2025年、洪泽2023年、涧西2020年 谁收到的信息公开申请最少", "received asc"),
        R(z, ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc", "个人申请里说“没有这信息”的：淮安2024、沭阳2025、上海市府办2019、洪泽2023，谁最多", "not held natural desc"),
        R(z, ["ha", "sy", "sh19"], "a.review.total", "asc", "信息公开行政复议案件数：淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，哪个最少", "review total asc"),
        R(z, ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "行政处罚决定数量 淮安2024 沭阳2025 洪泽2023 谁最少", "punishment asc"),
        R(z, ["ha", "sy", "jx"], "r.carried_forward.total", "desc", "结转到下一年的申请：淮安市2024年、沭阳县2025年、涧西区2020年，哪家最多？", "carried forward desc"),
        R(z, ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "直接起诉的信息公开官司，淮安2024、沭阳2025、上海市府办2019，哪个最多", "direct litigation desc"),
        R(e, ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "asc", "Among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020, who got the fewest requests from individuals?", "natural person received asc"),
        R(e, ["ha", "sy", "hz23"], "r.partially_granted.total", "desc", "Partly-disclosed answers: Huai'an 2024 vs Shuyang 2025 vs Hongze 2023 - who has the most?", "partially granted desc"),
        R(e, ["ha", "sy", "hz23"], "c.coercion.decisions", "desc", "Which issued the most administrative coercion decisions: Huai'an (2024), Shuyang (2025) or Hongze (2023)?", "coercion desc"),
        R(e, ["ha", "sy", "hz23"], "c.fees.amount", "asc", "Lowest administrative fee income among Huaian 2024, Shuyang 2025 and Hongze 2023?", "fees asc"),
        R(e, ["ha", "sy", "sh19"], "r.total_processed.total", "desc", "Rank Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019 by requests handled in total - who's on top?", "total processed desc"),
        R(e, ["ha", "sy", "hz23", "sh19"], "a.review.upheld", "asc", "Reconsiderations upheld: Huai'an 2024, Shuyang 2025, Hongze 2023, Shanghai General Office 2019. Which one is smallest?", "review upheld asc"),
    ]


def FOLLOWUPS():
    z, e = "zh", "en"
    return [
        F(z, [("淮安市2024年申请人要了东西 政府说没有这信息的 几件", E("ha", "r.unable.not_held.total")),
              ("沭阳2025年呢", E("sy", "r.unable.not_held.total"))], "body switch, not held"),
        F(z, [("洪泽区2023年信息公开申请，部分公开的有多少", E("hz23", "r.partially_granted.total")),
              ("那淮安市2024年同样这一项呢？", E("ha", "r.partially_granted.total")),
              ("沭阳县2025年的再说一下", E("sy", "r.partially_granted.total"))], "three bodies, partially granted"),
        F(z, [("沭阳县2025年信息公开行政复议，维持原决定的几件", E("sy", "a.review.upheld")),
              ("被纠正的呢", E("sy", "a.review.corrected")),
              ("还没审结的", E("sy", "a.review.pending"))], "appeals outcome columns"),
        F(z, [("淮安2024 直接去法院起诉的信息公开案子 判政府赢的几件", E("ha", "a.litigation_direct.upheld")),
              ("判政府输了要纠正的呢", E("ha", "a.litigation_direct.corrected")),
              ("其他结果的", E("ha", "a.litigation_direct.other"))], "direct litigation columns, colloquial"),
        F(z, [("帮我看下淮安市2024年表三，因为是国家秘密不公开的几件", E("ha", "r.withheld.state_secret.total")),
              ("会危及“三安全一稳定”的呢", E("ha", "r.withheld.security_stability.total"))], "withheld sub-items"),
        F(z, [("我是记者，想核对一下沭阳县2025年属于信访举报投诉类、不予处理的申请数量", E("sy", "r.not_processed.petition.total")),
              ("重复申请那一项呢", E("sy", "r.not_processed.duplicate.total"))], "not processed sub-items"),
        F(z, [("淮安市2024年商业企业提交的申请是多少件", E("ha", "r.received.commercial")),
              ("那社会公益组织的呢", E("ha", "r.received.public_interest")),
              ("律所那种法律服务机构的", E("ha", "r.received.legal_services"))], "applicant columns"),
        F(z, [("上海市政府办公厅2019年新收的申请里自然人多少", E("sh19", "r.received.natural_person")),
              ("企业呢", E("sh19", "r.received.commercial"))], "applicant columns sh19"),
        F(z, [("涧西区政府办2020年新收了几件信息公开申请", E("jx", "r.received.total", alt=(JX_S, 17))),
              ("结转到下一年还在办的几件", E("jx", "r.carried_forward.total", alt=(JX_S, 2)))], "jx received and carried forward; text the same"),
        F(z, [("洪泽区2023年行政许可决定数量", E("hz23", "c.licensing.decisions")),
              ("24年呢", E("hz24", "c.licensing.decisions"))], "year switch, text cell"),
        F(z, [("上海市府办2019年信息公开行政复议一共几件", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
              ("2025年的呢", E("sh25", "a.review.total"))], "year switch sh19 -> sh25"),
        F(z, [("沭阳2025年那个要钱不交、按逾期未缴费处理的几件", E("sy", "r.other.overdue_fee.total")),
              ("淮安市2024年同一项", E("ha", "r.other.overdue_fee.total"))], "overdue fee body switch"),
        F(z, [("淮安市2024年行政规范性文件新制发了几件", E("ha", "c.normative_docs.issued")),
              ("废止了几件", E("ha", "c.normative_docs.repealed")),
              ("现在还有效的呢", E("ha", "c.normative_docs.in_force"))], "active table columns"),
        F(z, [("沭阳县2025年复议以后又到法院起诉的，一共多少件", E("sy", "a.litigation_after_review.total")),
              ("其中维持的", E("sy", "a.litigation_after_review.upheld"))], "litigation after review"),
        F(z, [("淮安市2024年因为申请人不按时补正材料而结束的申请几件", E("ha", "r.other.overdue_correction.total")),
              ("沭阳县2025年呢？", E("sy", "r.other.overdue_correction.total"))], "overdue correction body switch"),
        F(z, [("你好我帮我妈给沭阳县政府写过申请，想知道2025年全县自然人申请最后被部分公开的有多少", E("sy", "r.partially_granted.natural_person")),
              ("那全部公开的自然人有几件", E("sy", "r.granted.natural_person"))], "story, natural person column"),
        F(z, [("上海市科委2024年新收申请几件", E("kw", "r.received.total", alt=(KW_S, 34))),
              ("其中个人的", E("kw", "r.received.natural_person"))], "kw text cells; text the same for total"),
        F(z, [("洪泽区2024年行政处罚决定多少个", E("hz24", "c.punishment.decisions")),
              ("行政强制的呢", E("hz24", "c.coercion.decisions"))], "hz24 row switch"),
        F(z, [("上海市政府办公厅2025年上年结转过来的申请几件", E("sh25", "r.carried_over.total", alt=(SH25_S, 189))),
              ("其中律师事务所等法律服务机构的", E("sh25", "r.carried_over.legal_services"))], "sh25 carried over; text the same"),
        F(z, [("沭阳2025年申请的内容是执法案卷、不给公开的几件", E("sy", "r.withheld.enforcement_files.total")),
              ("是别人的隐私、怕损害第三方权益不给的呢", E("sy", "r.withheld.third_party.total")),
              ("淮安2024年这个第三方的是多少", E("ha", "r.withheld.third_party.total"))], "withheld rows and body switch"),
        # en
        F(e, [("Huai'an 2024: how many requests were refused as 'prohibited by laws and regulations'?", E("ha", "r.withheld.prohibited_by_law.total")),
              ("and the ones that would harm the 'three securities and one stability'?", E("ha", "r.withheld.security_stability.total"))], "withheld rows"),
        F(e, [("Shuyang County 2025 - how many disclosure reconsiderations in total?", E("sy", "a.review.total")),
              ("what about Huai'an in 2024?", E("ha", "a.review.total", alt=(HA_RV, 351)))], "body switch review total"),
        F(e, [("For Huai'an 2024, how many requests got sent back because the applicant never came back with the extra details asked for?", E("ha", "r.other.overdue_correction.total")),
              ("ok and the 'other' line under other handling?", E("ha", "r.other.other.total"))], "other sub-items, described"),
        F(e, [("How many law firms' requests did Shuyang receive in 2025?", E("sy", "r.received.legal_services")),
              ("and from businesses?", E("sy", "r.received.commercial")),
              ("research institutes?", E("sy", "r.received.research"))], "applicant columns"),
        F(e, [("Hongze District 2023 - number of administrative penalties?", E("hz23", "c.punishment.decisions")),
              ("what about 2024?", E("hz24", "c.punishment.decisions"))], "year switch"),
        F(e, [("Shanghai General Office, 2019: lawsuits filed directly, total?", E("sh19", "a.litigation_direct.total", alt=("信息公开类行政复议7件", 9))),
              ("2025?", E("sh25", "a.litigation_direct.total"))], "year switch sh"),
        F(e, [("Huai'an 2024 court cases after reconsideration: how many did the government win?", E("ha", "a.litigation_after_review.upheld")),
              ("still waiting for a verdict?", E("ha", "a.litigation_after_review.pending"))], "after-review outcome columns"),
        F(e, [("STCSM 2024 - normative documents issued that year?", E("kw", "c.normative_docs.issued")),
              ("and how many are currently in force?", E("kw", "c.normative_docs.in_force"))], "kw text cells"),
        F(e, [("Shuyang 2025: requests carried over from the previous year (table)?", E("sy", "r.carried_over.total")),
              ("and pushed on to the next year?", E("sy", "r.carried_forward.total", alt=(SY_S, 31)))], "carried over/forward"),
        F(e, [("Jianxi District 2020: how many disclosure lawsuits went straight to court without a reconsideration first (行政诉讼 直接起诉)?", E("jx", "a.litigation_direct.total")),
              ("and reconsideration cases?", E("jx", "a.review.total"))], "jx appeals"),
        F(e, [("I'm checking a cell: Huaian 2024, the row for applications that just ask the government to confirm information they already got (要求行政机关确认或重新出具已获取信息) - total?", E("ha", "r.not_processed.reconfirm.total")),
              ("Same row for Shuyang 2025?", E("sy", "r.not_processed.reconfirm.total"))], "reconfirm row, zero in sy"),
        F(e, [("Hongze 2023 - requests refused because it was process information (过程性信息)?", E("hz23", "r.withheld.process_info.total")),
              ("Shuyang 2025 same thing?", E("sy", "r.withheld.process_info.total"))], "process info body switch"),
        F(e, [("Shanghai General Office 2025: requests where they said they didn't hold the info?", E("sh25", "r.unable.not_held.total")),
              ("and where it would have needed to be produced from scratch?", E("sh25", "r.unable.needs_creation.total"))], "sh25 unable rows"),
        F(e, [("Huai'an 2024, how many requests came from individuals?", E("ha", "r.received.natural_person")),
              ("and from all organisations together (法人或其他组织)?", E("ha", "r.received.legal_person"))], "natural person vs legal persons"),
        F(e, [("Shuyang 2025: how many requests were treated as 'excessive' (申请量过大) and not processed?", E("sy", "r.not_processed.excessive.total")),
              ("and ones asking for stuff you can already buy in public publications?", E("sy", "r.not_processed.publication.total"))], "rare not processed rows (zero)"),
        F(e, [("Hongze 2024 reconsideration cases total?", E("hz24", "a.review.total")),
              ("direct lawsuits?", E("hz24", "a.litigation_direct.total")),
              ("lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total"))], "hz24 appeals groups"),
        F(e, [("Shuyang County 2025 - how many requests did individuals file that ended as 'other handling - other'?", E("sy", "r.other.other.natural_person")),
              ("and companies?", E("sy", "r.other.other.commercial"))], "other other columns"),
        F(e, [("Shanghai General Office 2019 — individuals' requests refused as internal affairs?", E("sh19", "r.withheld.internal_affairs.natural_person")),
              ("and as process info, individuals only?", E("sh19", "r.withheld.process_info.natural_person"))], "sh19 withheld columns"),
        F(e, [("Huai'an 2024 total disclosure reconsiderations upheld?", E("ha", "a.review.upheld", alt=(HA_RV, 72))),
              ("Shuyang 2025?", E("sy", "a.review.upheld"))], "review upheld, text the same for ha"),
    ]


def TEXTONLY():
    z, e = "zh", "en"
    return [
        N(z, "ha", "政务新媒体共计", 95, "个", "淮安2024年在运维的政务新媒体号有多少个", "new-media accounts"),
        N(z, "ha", "全年组织 4 次", 4, "次", "淮安市2024年做了几次政府信息公开栏目全覆盖检查", "checks"),
        N(z, "ha", "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费（元）", "processing fee in 元"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", "portal items"),
        N(z, "hz24", "公开政府常务会议", 7, "期", "洪泽2024年公开了几期政府常务会议", "executive meetings", frm="公开政府常务会议"),
        N(z, "hz24", "区政府办代表区政府受理", 17, "件", "洪泽区2024年报告正文里说区政府办代表区政府受理了多少件申请", "text-only wording (table 95)"),
        N(z, "sy", "开展意见征集", 9, "期", "沭阳县2025年在县政府网站上搞了几期意见征集", "consultations"),
        N(z, "sy", "在信息公开页面发布信息", 3044, "条", "沭阳2025县直部门在信息公开页面发了多少条信息", "department pages"),
        N(z, "sy", "爆款内容52条", 49, "条", "沭阳县2025年播放量破百万的爆款有几条", "viral posts over a million", frm="其中"),
        N(z, "sy", "全年发出催办提示", 84, "次", "沭阳2025那个倒计时报警器一年发了多少次催办提醒", "reminders"),
        N(z, "sy", "累计开展办前主动沟通", 33, "件", "沭阳县2025年通过办前沟通化解了多少件争议纠纷", "disputes resolved"),
        N(z, "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处失效链接", "broken links"),
        N(z, "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理掉的过期信息有多少条", "outdated items"),
        N(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位一共多少家", "units publishing annual reports"),
        N(z, "kw", "直播 118 场", 118, "场", "上海科委2024年视频号直播了几场", "live streams"),
        N(z, "sh25", "召开市政府新闻发布会", 19, "场", "上海市政府2025年开了多少场新闻通气会", "briefings", frm="新闻通气会"),
        N(z, "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "2025年上海市政府公报出了几期", "gazette issues"),
        N(z, "sh19", "统一受理平台接入", 53, "个", "上海市府办2019年一网通办统一受理平台接入了多少个部门", "departments on one-stop platform"),
        N(z, "jx", "设置26个试点领域", 26, "个", "涧西区2020年设了多少个试点领域做基层政务公开标准化", "pilot areas"),
        N(e, "ha", "《淮安市人民政府公报》6", 6, "期", "How many editions of its official bulletin did Huai'an city put out in 2024?", "gazette issues", frm="制作《淮安"),
        N(e, "ha", "政策解读21", 21, "个", "In 2024, how many policy explainers did Huai'an produce, in words and pictures?", "policy interpretations", frm="通过文字"),
        N(e, "hz24", "主动发布各类政府信息 2428", 2428, "条", "How many pieces of information did Hongze District push out on its government website in 2024?", "portal items"),
        N(e, "hz24", "解读信息发布 7", 7, "条", "Hongze District 2024 - number of explanatory posts released to help people understand policies?", "interpretations", frm="解读信息发布"),
        N(e, "sy", "推送系列原创短视频", 1113, "个", "Shuyang County 2025: how many home-made short clips did the county's social media channels post?", "short videos", frm="推送系列原创短视频"),
        N(e, "sy", "开设《项目进行时》", 33, "个", "How many themed columns did Shuyang's government social media run in 2025?", "columns"),
        N(e, "sy", "完成政府常务会议同步配套解读", 7, "次", "Shuyang 2025: how many times were executive meetings of the county explained to the public at the same time they were held?", "meeting interpretations", frm="完成政府常务会议"),
        N(e, "kw", "回应公众关注热点信息", 2, "条", "STCSM's own website in 2024: how many posts answered hot topics the public was worried about?", "responses to public concerns", frm="回应公众关注热点信息"),
        N(e, "sy", "失效链接43处", 83, "处", "How many wrong pieces of content of various kinds did Shuyang fix on its website in 2025?", "errors fixed", frm="各类错误信息"),
        N(e, "sy", "收取信息处理费共计380元", 380, "元", "In 2025, how much (in yuan) did Shuyang's agencies charge applicants for handling information?", "processing fee 元"),
        N(e, "kw", "累计批量推送集成式发布政策", 121, "条", "STCSM 2024 - how many policies were pushed out in bundled releases?", "bundled policies"),
        N(e, "kw", "原创文章 294", 294, "篇", "How many self-written articles did the Shanghai science commission's WeChat account put out in 2024?", "original articles", frm="其中"),
        N(e, "kw", "粉丝数54373", 54373, "人", "Shanghai science commission 2024: how many fans does its video channel have?", "video followers", frm="“上海科技”视频号"),
        N(e, "sh25", "申请人主动撤回", 157, "件", "Shanghai General Office 2025: how many applicants pulled back their own requests?", "withdrawn requests", frm="其他处理"),
        N(e, "sh25", "目前已覆盖 10 个语种", 10, "个", "How many languages did the Shanghai international services portal offer as of the 2025 report?", "languages", frm="“上海国际服务门户”"),
        N(e, "sh25", "16 个区全部上线数字公报", 16, "个", "Shanghai 2025: in how many districts did the digital district gazettes go live?", "districts digital gazette"),
        N(e, "sh25", "召开市政府新闻发布会", 42, "场", "How many press conferences did the Shanghai municipal government hold in 2025?", "press conferences", frm="召开"),
        N(e, "sh19", "权威发布共计38", 38, "次", "Shanghai General Office 2019: how many authoritative releases were made on key topics of the city executive meetings?", "meeting releases"),
        N(e, "sh19", "41条短视频", 41, "条", "Shanghai 2019 CIIE coverage - how many short clips went on Douyin?", "douyin clips", frm="运用抖音号"),
        N(e, "sh19", "对本市处于正常运行状态的70家", 70, "家", "How many government websites did Shanghai inspect every quarter in 2019?", "websites checked"),
    ]


def CANNOT():
    z, e = "zh", "en"
    return [
        U(z, "淮安市2024年的信息公开申请里男的女的各有多少", "sex breakdown of applicants is not reported"),
        U(z, "沭阳县2025年申请人平均年龄多大", "applicant age is not reported"),
        U(z, "淮安2024年每个月收到多少申请 想看3月份的", "monthly breakdown is not reported"),
        U(z, "洪泽区2023年第二季度收到几件信息公开申请", "quarterly breakdown is not reported"),
        U(z, "上海市府办2025年申请里有多少是网上提交、多少是寄信的", "submission channel breakdown is not reported"),
        U(z, "沭阳县2025年各个乡镇分别收了多少件信息公开申请", "township breakdown is not reported"),
        U(z, "淮安市2024年的申请里关于征地拆迁的占几成", "topic breakdown is not reported"),
        U(z, "我上个月给淮安市政府递的申请，编号HA2024-0317，现在办到哪一步了", "one person's own case is not in the reports"),
        U(z, "沭阳县2024年收到多少信息公开申请", "沭阳县 2024 report is not in the corpus"),
        U(z, "南京市政府2024年信息公开申请受理了多少件", "南京市 is not in the corpus"),
        U(z, "宿迁市2025年政府信息公开行政复议几件", "宿迁市 is not in the corpus"),
        U(z, "洪泽区2022年年报里依申请公开一共几件", "洪泽区 2022 report is not in the corpus"),
        U(z, "你觉得上海市政府办公厅2025年的信息公开工作做得好不好", "opinion, not a fact in the reports"),
        U(z, "预测一下淮安市2026年会收到多少件申请", "forecast; no report holds it"),
        U(z, "洪泽区政府办2024年负责信息公开的工作人员有几个人", "staff numbers are not reported"),
        U(z, "帮我查下沭阳县2025年那个申请人叫什么名字、电话多少，就是被收了380元那个", "personal data of an applicant"),
        U(z, "涧西区2021年信息公开申请数量是多少", "涧西区 2021 report is not in the corpus"),
        U(z, "上海科委2023年主动公开了多少条信息", "上海市科委 2023 report is not in the corpus"),
        U(z, "淮安市2024年答复一件申请平均花了几天", "response times are not reported"),
        U(e, "How many of Huai'an's 2024 disclosure requests came from people living outside the city?", "applicant residence is not reported"),
        U(e, "Shuyang 2025: which county department got the most disclosure requests, and how many?", "department breakdown of requests is not reported"),
        U(e, "How much did Huai'an spend on staff salaries for disclosure work in 2024?", "costs of disclosure work are not reported"),
        U(e, "In 2019, how many of the Shanghai General Office's requests came from applicants in the finance industry?", "industry breakdown is not reported"),
        U(e, "Shanghai General Office 2022 - how many requests received?", "上海市府办 2022 report is not in the corpus"),
        U(e, "Pudong New Area 2024 disclosure requests received, please", "浦东新区 is not in the corpus"),
        U(e, "Qingjiangpu district 2023: number of requests it handled?", "清江浦区 is not in the corpus"),
        U(e, "Huai'an city 2023 annual report - how many disclosure requests were there?", "淮安市 2023 report is not in the corpus"),
        U(e, "What share of Hongze District's 2023 applicants were women?", "sex breakdown is not reported"),
        U(e, "Will the Shanghai science commission get more requests in 2025 than in 2024? Give me your estimate.", "forecast"),
        U(e, "Is Shuyang County's 2025 disclosure performance better than average for Jiangsu counties in 2025?", "opinion / comparison not in the corpus"),
        U(e, "Jianxi District 2020: how many requests arrived in December?", "month breakdown is not reported"),
        U(e, "My neighbour filed a request with Hongze District in 2024 about the new road; was it granted?", "one person's own case"),
        U(e, "Huai'an 2024: list the home addresses of people who sued the city over disclosure", "personal data"),
        U(e, "How many requests did Shuyang receive in Q3 2025?", "quarterly breakdown is not reported"),
        U(e, "Shanghai General Office 2025, how many of the 1295 requests were sent by post vs online?", "channel breakdown is not reported"),
        U(e, "How many full-time staff handled disclosure at the Shanghai science commission in 2024?", "staff numbers are not reported"),
        U(e, "Why did Hongze District's disclosure requests change in 2024 - what caused it?", "cause not stated in the report"),
        U(e, "Suzhou city government 2024 info disclosure requests total?", "苏州市 is not in the corpus"),
    ]


def TRAPS():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_forward.total", "淮安市2024年没办完、拖到下一年再答复的申请有几件（不是从上一年转来的那个）", "carried forward vs carried over; text the same",
          alt=HA_CF),
        T(z, "ha", "a.litigation_after_review.total", "淮安2024年 先复议、复议完不服再去法院告的 一共几件（不是直接起诉的）", "after review vs direct"),
        T(z, "ha", "r.withheld.process_info.total", "淮安市2024年因为是过程性信息不公开的几件，注意不是内部事务那一项", "process info vs internal affairs"),
        T(z, "ha", "r.unable.needs_creation.total", "淮安2024 需要另外做一份才有的 那种没提供的几件 别给我政府手里没有的那个数", "needs creation vs not held"),
        T(z, "sy", "c.normative_docs.repealed", "沭阳县2025年废止的规范性文件几件（不是新发的也不是现在有效的）", "repealed vs issued / in force"),
        T(z, "sy", "r.partially_granted.total", "沭阳2025年只公开了一部分的申请几件，全部公开的不要算", "partially vs granted"),
        T(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数是多少，不是当年新制作的数", "total published vs made"),
        T(e, "ha", "r.received.public_interest", "Huai'an 2024: requests from charities / public-interest groups - not the law firms column", "public interest vs legal services"),
        T(e, "ha", "a.review.other", "Huaian 2024 reconsideration: the 'other result' count, not the corrected count", "other vs corrected; text the same",
          alt=(HA_RV, 178)),
        T(e, "jx", "c.procurement.projects", "Jianxi 2020 procurement: number of projects, not the money amount", "projects vs amount"),
        T(e, "sy", "r.withheld.internal_affairs.total", "Shuyang 2025 - refusals because the info is purely internal matters of the office (not the draft/process-information row)", "internal affairs vs process info"),
        T(e, "sh25", "r.carried_over.total", "Shanghai General Office 2025: requests brought in from the previous year - not the ones passed on to the next year", "carried over vs forward; text the same",
          alt=(SH25_S, 189)),
        T(e, "hz23", "r.unable.not_held.total", "Hongze 2023: requests it couldn't meet simply because it didn't have the info - not the ones that would need new compiling", "not held vs needs creation"),
    ]
