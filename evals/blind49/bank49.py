"""Question bank of the forty-ninth blind set (evals/blind49). FROZEN like test.jsonl.

Every wording here was written from scratch for this set. Numbers are never typed: the
helpers compute them from gold JSON, from printed table rows (SPECS, the cells blind6
verified) or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib49 as L  # noqa: E402
from helpers49 import E, EN, EU, ED, ER, C  # noqa: E402

AF = "四、政府信息公开行政复议、行政诉讼情况"
AN = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AF, 14),
        "appeals.litigation_direct.total": ("after", AF, 9),
        "appeals.review.total": ("after", AF, 4),
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
        "appeals.litigation_after_review.total": ("after", AN, 14),
        "appeals.litigation_direct.pending": ("after", AN, 8),
        "appeals.litigation_direct.total": ("after", AN, 9),
        "appeals.review.pending": ("after", AN, 3),
        "appeals.review.total": ("after", AN, 4),
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


def one(kind, tag, lang, q, e, note):
    return C(kind, lang, [(q, e)], tag + " " + note)


def pv(lang, b, keys, q, note="table value", **kw):
    return one("value", "[plain]", lang, q, E(b, keys, **kw), note)


def tr(lang, b, keys, q, note, **kw):
    return one("trap", "[neighbour]", lang, q, E(b, keys, **kw), note)


def sm(lang, b, keys, q, note="sum of listed cells", **kw):
    return one("sum", "[combine]", lang, q, E(b, keys, **kw), note)


def df(lang, b1, b2, keys, q, note="later minus earlier year", **kw):
    return one("difference", "[combine]", lang, q, ED(b1, b2, keys, **kw), note)


def rk(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return one("ranking", "[rank]", lang, q, ER(bodies, keys, order), note)


def nv(lang, b, kwd, v, unit, q, note="number only the narrative states"):
    return one("narrative", "[textonly]", lang, q, EN(b, kwd, v, unit), note)


def un(lang, q, why):
    return one("unanswerable", "[cannot]", lang, q, EU(why), "not in the corpus")


def fu(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


def PLAIN():
    return [
        # ---- zh
        pv("zh", "ha", "r.received.total", "淮安市政府2024年一共收到多少件政府信息公开申请", alt=("3119", 3119), note="text and table agree"),
        pv("zh", "ha", "r.granted.total", "24年淮安 申请了直接全给公开的有几件"),
        pv("zh", "ha", "r.unable.not_held.total", "我在12345这边，来电人问淮安市政府2024年有多少申请是因为政府说自己没有这个信息答复的？"),
        pv("zh", "ha", "r.withheld.admin_query.total", "淮安2024 被当成行政查询事项没给公开的 多少件"),
        pv("zh", "ha", "a.review.pending", "淮安市人民政府2024年信息公开相关的复议案子，到年底还没审完的有几个", alt=("尚未审结 37", 37), note="text and table agree"),
        pv("zh", "ha", "c.licensing.decisions", "淮安市2024年全年作出的行政许可决定数量是多少？"),
        pv("zh", "ha", "c.fees.amount", "请问二〇二四年淮安市行政事业性收费金额是多少", unit=W),
        pv("zh", "ha", "r.not_processed.petition.total", "淮安2024年有多少申请其实是信访投诉举报，被不予处理了"),
        pv("zh", "ha", "r.received.legal_services", "律所之类的法律服务机构2024年向淮安市政府申请公开了几次"),
        pv("zh", "ha", "r.other.overdue_correction.total", "淮安24年 申请人收到补正通知后逾期不补正的 有几件啊"),
        pv("zh", "ha", "a.litigation_direct.upheld", "记者问：2024年淮安市政府被直接起诉（没先走复议）的信息公开案件里，法院维持的有多少件？"),
        pv("zh", "ha", "c.regulations.in_force", "淮安市2024年底现行有效的政府规章有几部"),
        pv("zh", "hz23", "r.received.total", "洪泽区政府2023年收到的信息公开申请总共几件", alt=("受理政府信息公开申请 21", 21), note="text and table agree"),
        pv("zh", "hz23", "r.unable.not_held.total", "洪泽2023年回复“本机关不掌握”的申请有多少"),
        pv("zh", "hz23", "c.punishment.decisions", "我是学生做课题，想引用洪泽区2023年报表二里行政处罚的处理决定数量，是多少？"),
        pv("zh", "hz23", "a.review.upheld", "2023年洪泽区政府信息公开行政复议结果维持了几件"),
        pv("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费 金额多少万元", unit=W),
        pv("zh", "hz24", "c.licensing.decisions", "洪泽区人民政府2024年行政许可决定数"),
        pv("zh", "hz24", "r.granted.total", "2024年洪泽区政府的申请办理结果里“予以公开”总计是几"),
        pv("zh", "hz24", "a.review.total", "洪泽区2024年因为信息公开被申请行政复议的总数"),
        pv("zh", "sy", "r.received.total", "沭阳县2025年本年新收的申请数（表里那个，不含上年结转）是多少", note="text 749 includes carried-over; question says new only"),
        pv("zh", "sy", "r.granted.total", "我前阵子帮我妈给沭阳县政府写过申请，后来给公开了。想问下2025年沭阳县政府一共有多少件申请是予以公开的？"),
        pv("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025 因为属于内部事务信息不公开的 几件"),
        pv("zh", "sy", "r.other.other.total", "沭阳县政府2025年其他处理里面“其他”那一小项合计多少"),
        pv("zh", "sy", "c.coercion.decisions", "2025年沭阳县行政强制处理决定数量是多少件"),
        pv("zh", "sy", "a.review.corrected", "沭阳县2025年信息公开行政复议被纠正的有几件"),
        pv("zh", "sy", "r.carried_forward.total", "沭阳县2025年没办完、要放到下一年继续办的申请有几件", alt=("结转下一年 31", 31), note="text and table agree"),
        pv("zh", "sy", "c.normative_docs.repealed", "沭阳25年废止的规范性文件几件"),
        pv("zh", "sy", "r.received.legal_person", "沭阳县2025年法人和其他组织一共提了多少件申请", alt=("法人或其他组织申请 8", 8), note="derived legal_person; text agrees"),
        pv("zh", "sy", "a.litigation_after_review.pending", "沭阳2025年复议后又起诉的案件里尚未审结的有几件"),
        pv("zh", "sh19", "r.received.total", "上海市政府办公厅2019年受理的信息公开申请是多少件", alt=("859件", 859), note="text and table agree"),
        pv("zh", "sh19", "r.unable.needs_creation.natural_person", "2019年上海市府办，公民个人申请的信息因为要另外制作而没法提供的，有几件"),
        pv("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年规章对外公开总数量是多少"),
        pv("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年自然人的申请里 属于信访举报投诉不予处理的 多少"),
        pv("zh", "sh19", "a.litigation_direct.pending", "上海市政府办公厅2019年直接起诉的信息公开行政诉讼，尚未审结几件"),
        pv("zh", "jx", "r.received.total", "涧西区政府办2020年收到几件依申请公开", alt=("收到依申请公开17件", 17), note="text and table agree"),
        pv("zh", "jx", "c.procurement.amount", "涧西区2020年政府集中采购总金额是多少", unit=W),
        pv("zh", "jx", "r.granted.total", "涧西区2020年予以公开的申请有几件"),
        pv("zh", "kw", "r.received.total", "上海科委2024年新收的信息公开申请数", alt=("全年收到政府信息公开申请 34", 34), note="text and table agree"),
        pv("zh", "kw", "c.normative_docs.in_force", "市科委截至2024年底现行有效的规范性文件有多少件"),
        pv("zh", "kw", "r.received.natural_person", "2024年上海市科学技术委员会收到的申请里，个人（自然人）申请几件"),
        pv("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年“本机关不掌握相关政府信息”的总计是多少"),
        pv("zh", "sh25", "r.carried_forward.total", "上海市府办2025年结转到下一年度继续办理的申请数"),
        pv("zh", "sh25", "a.review.pending", "2025年上海市政府办公厅信息公开行政复议尚未审结的有几件"),
        pv("zh", "sh25", "r.received.commercial", "上海市府办25年 商业企业提的申请 几件"),
        pv("zh", "sh25", "r.total_processed.total", "上海市人民政府办公厅2025年办理结果总计是多少件", alt=("办结 1191", 1191), note="text and table agree"),
        # ---- en
        pv("en", "ha", "r.partially_granted.total", "Huai'an city gov 2024, how many requests were only partly disclosed?"),
        pv("en", "ha", "r.received.commercial", "How many disclosure requests did businesses file with the Huai'an municipal government in 2024?"),
        pv("en", "ha", "r.withheld.third_party.total", "In 2024 Huaian refused how many requests because it would hurt a third party's rights?"),
        pv("en", "ha", "r.unable.needs_creation.total", "huaian 2024 requests they couldnt answer bc the info would need to be newly made"),
        pv("en", "ha", "a.review.total", "Total administrative reconsiderations (行政复议) about disclosure for Huai'an City in 2024?", alt=("行政复议 351", 351), note="text and table agree"),
        pv("en", "ha", "c.normative_docs.in_force", "How many normative documents (规范性文件) were still in force in Huai'an at the end of 2024?"),
        pv("en", "ha", "c.punishment.decisions", "What is the number of administrative penalty decisions Huai'an reported for 2024?"),
        pv("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024: requests dropped as repeat applications?"),
        pv("en", "ha", "a.litigation_after_review.total", "For Huai'an in 2024, how many lawsuits were filed after an administrative reconsideration?"),
        pv("en", "ha", "r.carried_over.total", "I'm a journalist. Huai'an 2024 report: how many requests were brought forward from the year before?", alt=("上年度结转申请 34", 34), note="text and table agree"),
        pv("en", "ha", "r.other.overdue_fee.total", "Huai'an FY2024 - requests closed because the applicant did not pay the fee in time?"),
        pv("en", "ha", "c.coercion.decisions", "administrative coercion decisions huai an 2024 number pls"),
        pv("en", "hz23", "r.partially_granted.total", "Hongze District 2023, partial disclosures count?"),
        pv("en", "hz23", "c.licensing.decisions", "How many administrative licensing decisions did Hongze District make in 2023?"),
        pv("en", "hz23", "r.unable.needs_creation.total", "Hongze 2023: how many requests needed information to be produced anew so could not be provided?"),
        pv("en", "hz23", "c.normative_docs.repealed", "Number of normative documents Hongze District repealed in 2023?"),
        pv("en", "hz24", "c.punishment.decisions", "Hongze District government, 2024 - administrative punishment decisions?"),
        pv("en", "hz24", "r.unable.not_held.total", "In 2024 how many times did Hongze District answer that it does not hold the requested info?"),
        pv("en", "hz24", "a.litigation_direct.total", "Hongze District 2024: lawsuits filed directly (no reconsideration first) about disclosure?"),
        pv("en", "hz24", "c.fees.amount", "What administrative fees did Hongze District take in during 2024 (in 10k yuan)?", unit=W),
        pv("en", "sy", "r.received.natural_person", "Shuyang County 2025, newly received requests from private individuals only (table row, not counting carry-over)?", note="table 705; text 741 incl. carried-over"),
        pv("en", "sy", "r.partially_granted.total", "Shuyang County gov 2025 how many partial disclosure?"),
        pv("en", "sy", "r.unable.not_held.total", "Shuyang 2025: requests answered with 'we don't hold this information'?"),
        pv("en", "sy", "c.licensing.decisions", "How many licensing decisions (行政许可) did Shuyang County make in 2025?"),
        pv("en", "sy", "a.review.total", "Total reconsideration cases on disclosure for Shuyang County in 2025?"),
        pv("en", "sy", "r.total_processed.total", "Shuyang 2025, how many requests were handled in total?", alt=("共办理 718", 718), note="text and table agree"),
        pv("en", "sy", "r.withheld.admin_query.total", "For Shuyang in 2025, how many requests were turned away as administrative inquiries?"),
        pv("en", "sy", "c.fees.amount", "Shuyang County 2025 administrative fee amount?", unit=W),
        pv("en", "sy", "r.not_processed.duplicate.total", "Shuyang 2025 duplicate requests not processed, total?"),
        pv("en", "sh19", "r.carried_forward.total", "Shanghai General Office 2019: requests pushed into the following year?", alt=("另有72件", 72), note="text and table agree"),
        pv("en", "sh19", "c.normative_docs.made", "How many normative documents did the Shanghai municipal general office produce in 2019?", alt=("行政规范性文件60件", 60), note="text and table agree"),
        pv("en", "sh19", "r.received.commercial", "In 2019, how many requests to the Shanghai General Office came from commercial enterprises?"),
        pv("en", "sh19", "a.review.upheld", "Shanghai General Office 2019 reconsiderations upheld?"),
        pv("en", "sh19", "c.procurement.projects", "Number of government procurement projects, Shanghai General Office, 2019?"),
        pv("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai general office 2019 - requests by individuals refused as state secrets, how many"),
        pv("en", "jx", "r.unable.not_held.total", "Jianxi District office 2020, how many requests got a 'not held by this agency' reply?"),
        pv("en", "jx", "c.procurement.projects", "How many centralised procurement projects did Jianxi District report for 2020?"),
        pv("en", "jx", "a.litigation_direct.total", "Jianxi District 2020: disclosure lawsuits filed directly?"),
        pv("en", "kw", "c.licensing.decisions", "STCSM (Shanghai science commission) 2024 licensing decisions count?"),
        pv("en", "kw", "r.total_processed.total", "How many requests did the Shanghai Science and Technology Commission finish handling in 2024 (the table's grand total)?"),
        pv("en", "kw", "r.received.commercial", "Shanghai sci-tech commission 2024, requests from companies?"),
        pv("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025, new requests by natural persons?"),
        pv("en", "sh25", "a.litigation_after_review.total", "How many lawsuits after reconsideration did the Shanghai General Office face in 2025?"),
        pv("en", "sh25", "r.granted.total", "Shanghai municipal government general office, 2025: fully granted requests (予以公开)?"),
        pv("en", "sh25", "r.unable.needs_creation.total", "2025 Shanghai General Office - can't provide because it would need to be created, how many?"),
    ]


def COMBINE():
    return [
        sm("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年全部公开加部分公开一共多少件"),
        sm("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Add up all eight 'not disclosed' (不予公开) reasons for Huai'an 2024 - what's the total?"),
        sm("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年无法提供的三种情况加起来是多少"),
        sm("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Shuyang 2025: sum of the three 'other handling' sub-rows?"),
        sm("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政处罚和行政强制的决定数量合在一起是多少"),
        sm("en", "sh19", ["r.received.natural_person", "r.received.commercial"], "Shanghai General Office 2019: new requests from individuals plus those from businesses, combined?"),
        sm("zh", "jx", ["r.granted.total", "r.unable.not_held.total"], "涧西区2020年予以公开的和不掌握信息的，两项合计"),
        sm("en", "ha", ["a.review.corrected", "a.review.other"], "Huai'an 2024 reconsiderations that ended corrected or with some other result - how many together?"),
        sm("zh", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "沭阳县2025年复议维持、直接起诉维持、复议后起诉维持，三个加总"),
        sm("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "How many disclosure lawsuits in total did Huai'an have in 2024, direct ones plus after-reconsideration ones?", alt=("行政诉讼 46", 46), note="text states the same total"),
        sm("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市府办2025年 信访类+重复申请 不予处理的合计"),
        sm("en", "kw", ["c.licensing.decisions", "c.punishment.decisions"], "STCSM 2024, licensing decisions and penalty decisions added together?"),
        sm("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政许可、处罚、强制三类处理决定总数"),
        sm("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: requests from organisations (businesses, law firms, other orgs) summed?"),
        sm("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳2025 信访举报类和重复申请类不予处理的加一块几件"),
        sm("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office in 2019: reconsiderations plus direct lawsuits, total number of cases?"),
        df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少"),
        df("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze District's administrative penalty decisions from 2023 to 2024?"),
        df("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定 2023到2024变化了多少"),
        df("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative documents in force, 2024 minus 2023?"),
        df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区“本机关不掌握”的申请，2024年相比2023年增加几件"),
        df("en", "sh19", "sh25", "r.received.total", "By how much did new disclosure requests at the Shanghai General Office change between 2019 and 2025?"),
        df("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年度的申请，2025年比2019年多多少"),
        df("en", "sh19", "sh25", "a.review.total", "Shanghai General Office reconsideration cases: 2025 vs 2019, what's the difference?"),
        df("zh", "sh19", "sh25", "a.litigation_direct.total", "上海市府办直接提起行政诉讼的数量 2019年到2025年增加了几件"),
        df("en", "hz23", "hz24", "c.fees.amount", "Hongze's administrative fee revenue: how much did it change from 2023 to 2024?", unit=W),
    ]


def RANK():
    ha, hz, sy, sh, jx = "ha", "hz23", "sy", "sh19", "jx"
    return [
        rk("zh", [ha, sy, sh], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，三家谁的新收申请最多"),
        rk("en", [hz, sy, jx], "r.received.total", "asc", "Among Hongze 2023, Shuyang 2025 and Jianxi 2020, which got the fewest new requests?"),
        rk("zh", [ha, hz, sy], "c.licensing.decisions", "desc", "行政许可决定数：淮安市2024年、洪泽区2023年、沭阳县2025年，哪个最多？"),
        rk("en", [ha, hz, sy], "c.coercion.decisions", "asc", "Coercion decisions - Huai'an 2024, Hongze 2023, Shuyang 2025: which is lowest?"),
        rk("zh", [ha, hz, sy], "c.normative_docs.in_force", "desc", "比一下现行有效规范性文件：淮安2024、洪泽2023、沭阳2025，谁最多"),
        rk("en", [ha, sy, sh, jx], "r.carried_forward.total", "desc", "Which had the most requests carried into the next year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi 2020?"),
        rk("zh", [ha, sy, sh], "r.carried_over.total", "desc", "上年结转申请数，淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，谁最多"),
        rk("en", [ha, hz, sy, sh], "a.review.upheld", "asc", "Reconsiderations upheld: Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai General Office 2019 - who has the fewest?"),
        rk("zh", [ha, sy, sh], "r.unable.needs_creation.natural_person", "desc", "个人申请里需要另行制作无法提供的：淮安2024、沭阳2025、上海市府办2019 哪家最多"),
        rk("en", [ha, hz, sy, sh], "r.not_processed.petition.natural_person", "desc", "Individuals' requests treated as petitions/complaints: Huai'an 2024, Hongze 2023, Shuyang 2025, Shanghai GO 2019 - which is highest?"),
        rk("zh", [ha, sy, sh, jx], "a.litigation_direct.total", "asc", "直接起诉的信息公开诉讼：淮安市2024、沭阳县2025、上海市府办2019、涧西区2020，哪个最少"),
        rk("en", [ha, hz, sy], "c.fees.amount", "desc", "Which collected the most administrative fees: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        rk("zh", [ha, sy, sh, jx], "r.total_processed.total", "asc", "办结总数比一比：淮安2024、沭阳2025、上海市府办2019、涧西2020，最少的是谁"),
    ]


def TEXTONLY():
    return [
        nv("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了多少场新闻发布会"),
        nv("en", "ha", "6 期", 6, "期", "How many issues of the Huai'an municipal gazette were put out in 2024?"),
        nv("zh", "ha", "在运维政务新媒体共计 95", 95, "个", "淮安2024年报里说全市在运维的政务新媒体有几个"),
        nv("en", "ha", "4 次政府信息公开栏目全覆盖检查", 4, "次", "Huai'an 2024 - how many full-coverage checks of disclosure columns did they organise?"),
        nv("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安市2024年收了多少元信息处理费"),
        nv("en", "ha", "政策解读21 个", 21, "个", "Number of policy interpretations Huai'an produced in 2024 per the report text?"),
        nv("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        nv("en", "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "How many items of government information did Hongze District publish on its website platform in 2024?"),
        nv("zh", "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        nv("zh", "sy", "主动公开政府信息4511条", 4511, "条", "沭阳县政府门户网站2025年主动公开信息多少条"),
        nv("en", "sy", "开展意见征集9期", 9, "期", "Shuyang 2025: how many rounds of public comment collection on the county portal?"),
        nv("zh", "sy", "发布信息3044条", 3044, "条", "2025年沭阳县直部门在信息公开页面发了多少条信息"),
        nv("en", "sy", "专栏33个", 33, "个", "How many columns did Shuyang's new-media matrix set up in 2025?"),
        nv("zh", "sy", "策采相关新闻稿件2606篇", 2606, "篇", "沭阳2025年策采新闻稿件几篇"),
        nv("en", "sy", "推送系列原创短视频1113个", 1113, "个", "Shuyang County 2025 original short videos pushed - how many?"),
        nv("zh", "sy", "年度涌现爆款内容52条", 52, "条", "沭阳县2025年出了多少条爆款"),
        nv("en", "sy", "49条破百万", 49, "条", "Of Shuyang's 2025 viral posts, how many passed a million plays (but not ten million)?"),
        nv("zh", "sy", "完成全县64家单位", 64, "家", "沭阳2025年年报集中公开涉及全县多少家单位"),
        nv("en", "sy", "发出催办提示 84 次", 84, "次", "How many reminder prompts did Shuyang's countdown alarm send in 2025?"),
        nv("zh", "sy", "办前主动沟通 49 次", 49, "次", "沭阳县2025年办理申请前主动沟通了几次"),
        nv("en", "sy", "失效链接43处", 43, "处", "Broken links fixed on Shuyang's website in 2025?"),
        nv("zh", "sy", "累计清理过期信息697条", 697, "条", "沭阳2025年清理了多少条过期信息"),
        nv("en", "sy", "成功推动化解各类争议纠纷 33 件", 33, "件", "Shuyang 2025: how many disputes did the county manage to resolve through talking to applicants early?"),
        nv("zh", "kw", "公众号共编发文章 1640 篇", 1640, "篇", "“上海科技”微信公众号2024年编发了多少篇文章"),
        nv("en", "kw", "直播 118 场", 118, "场", "How many live streams did STCSM run in 2024?"),
        nv("zh", "kw", "粉丝数54373", 54373, "人", "上海科技视频号2024年粉丝数是多少"),
        nv("en", "kw", "推送集成式发布政策 121 条", 121, "条", "Shanghai science commission 2024: policies pushed in batch for integrated release?"),
        nv("zh", "kw", "主合办政协提案 85 件", 85, "件", "市科委2024年主办合办的政协提案有几件"),
        nv("en", "kw", "网站全年累计发布信息 2139 条", 2139, "条", "Items posted on the 'Shanghai Science' website across 2024?"),
        nv("zh", "sh25", "新闻发布会 42 场", 42, "场", "上海市政府办公厅2025年年报说市政府开了几场新闻发布会"),
        nv("en", "sh25", "新闻通气会 19 场", 19, "场", "Per the Shanghai General Office 2025 report, how many press briefings (新闻通气会) were held?"),
        nv("zh", "sh25", "人事任免文件 196 件", 196, "件", "上海市府办2025年主动公开人事任免文件多少件"),
        nv("en", "sh25", "覆盖 10 个语种", 10, "个", "How many languages did the Shanghai International Services Portal cover as of the 2025 report?"),
        nv("zh", "sh25", "申请人主动撤回 157 件", 157, "件", "2025年上海市府办的申请里，申请人自己撤回的有多少件"),
        nv("en", "sh25", "16 个区全部上线数字公报", 16, "个", "In the 2025 Shanghai General Office report, how many districts launched digital gazettes?"),
        nv("zh", "sh19", "权威发布共计38次", 38, "次", "上海市府办2019年年报里，市政府常务会议的重要议题权威发布了多少次"),
        nv("en", "sh19", "发布政策解读共132件", 132, "件", "Policy interpretations posted on the China Shanghai portal in 2019 (Shanghai General Office report)?"),
        nv("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年年报说每季度检查多少家政府网站"),
        nv("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020 - how many pilot areas got standard guidelines?"),
    ]


def CANNOT():
    return [
        un("zh", "淮安市2024年申请信息公开的人里男的多还是女的多", "no sex breakdown"),
        un("en", "What was the average age of people filing disclosure requests with Huai'an in 2024?", "no age data"),
        un("zh", "沭阳县2025年3月份收到几件申请", "no monthly breakdown"),
        un("en", "How many of Shuyang's 2025 requests came in by email versus in person?", "no channel breakdown"),
        un("zh", "洪泽区2023年哪个乡镇的人申请最多", "no township breakdown"),
        un("en", "Which topic (land, housing, pensions) drew the most requests to the Shanghai General Office in 2025?", "no topic breakdown"),
        un("zh", "南京市政府2024年收到多少信息公开申请", "body not in corpus"),
        un("en", "How many requests did Suqian city receive in 2024?", "body not in corpus"),
        un("zh", "洪泽区2022年的予以公开是多少", "year not in corpus"),
        un("en", "Shuyang County 2024 new requests?", "year not in corpus"),
        un("zh", "上海科委2023年行政许可多少件", "year not in corpus"),
        un("en", "Jianxi District 2021 disclosure requests total?", "year not in corpus"),
        un("zh", "上海市政府办公厅2022年受理了多少申请", "year not in corpus"),
        un("en", "Pudong New Area 2025 number of information disclosure requests?", "body not in corpus"),
        un("zh", "清江浦区2024年政府信息公开申请数", "body not in corpus"),
        un("zh", "你估计淮安市2026年会收到多少申请", "forecast"),
        un("en", "Predict Shanghai General Office's 2026 request volume from its 2025 report.", "forecast"),
        un("zh", "你觉得沭阳县政府2025年信息公开做得好不好", "opinion"),
        un("en", "Is Huai'an more transparent than Shanghai, in your view, going by 2024 and 2025?", "opinion"),
        un("zh", "我2025年3月给沭阳县政府交的申请（编号我忘了）现在办到哪一步了", "one person's own case"),
        un("en", "I filed a request with Hongze District in 2024 about my house demolition. Was mine one of the ones they disclosed?", "one person's own case"),
        un("zh", "淮安2024年申请信息公开的那些人的名字和电话能给我吗", "personal data"),
        un("en", "Give me the ID numbers of the people who sued Shanghai General Office in 2019.", "personal data"),
        un("zh", "淮安市政府2024年负责信息公开的工作人员有几个人", "staff not stated"),
        un("en", "How long on average did Huai'an take to answer a disclosure request in 2024?", "response time not stated"),
        un("zh", "上海市府办2025年办理信息公开花了多少钱经费", "cost not stated"),
        un("en", "How many of Jianxi District's 2020 requests were about land expropriation?", "no topic breakdown"),
        un("zh", "涧西区2020年申请人里住在外地的有多少", "no residence breakdown"),
        un("en", "Which Huai'an department received the most disclosure requests in 2024?", "no department breakdown"),
        un("zh", "沭阳县2025年申请公开的企业分别是哪个行业的", "no industry breakdown"),
        un("en", "Hongze 2024: why did the number of requests rise so much compared with 2023? What reason does the report give?", "reason not stated"),
        un("zh", "上海科委2024年第四季度收到几件申请", "no quarterly breakdown"),
        un("en", "For Shanghai General Office 2025, how many requests were about housing or relocation?", "no topic breakdown"),
        un("zh", "12345转来的：市民问宿迁市2025年行政复议多少件", "body not in corpus"),
        un("en", "What share of Shuyang's 2025 applicants were women?", "no sex breakdown"),
        un("zh", "洪泽区2024年信息公开申请人平均年龄多少", "no age data"),
        un("en", "Which district of Shanghai sent the General Office the most requests in 2019?", "no district breakdown"),
        un("zh", "淮安市2024年收的3940元信息处理费是哪几个部门收的，各收了多少", "fee breakdown by department not stated"),
        un("en", "Name the person who posted Shuyang's 2025 video with over 100 million plays.", "author not stated"),
    ]


def NEIGHBOUR():
    return [
        tr("zh", "ha", "r.carried_forward.total", "淮安市2024年有几件申请是拖到下一年才答复的（不是上一年转过来的那些）", "结转下年 vs 上年结转", alt=("另有 103 件顺延", 103)),
        tr("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits brought after a reconsideration decision - not the direct ones - how many?", "复议后起诉 vs 直接起诉"),
        tr("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件（问的是废止，不是新发的）", "废止 vs 制发"),
        tr("en", "sy", "r.unable.needs_creation.total", "Shuyang 2025 - requests it couldn't meet because the info would have to be compiled fresh (not the 'don't hold it' ones)?", "另行制作 vs 不掌握"),
        tr("zh", "ha", "r.withheld.process_info.total", "淮安2024年因为是过程性信息不公开的几件？别跟内部事务搞混", "过程性信息 vs 内部事务"),
        tr("en", "sy", "c.normative_docs.in_force", "Shuyang County 2025: normative documents currently in force (not the ones issued that year)?", "现行有效 vs 制发"),
        tr("zh", "ha", "a.review.other", "淮安市2024年行政复议结果是“其他结果”的有几件", "其他结果 vs 纠正", alt=("其他结果 178", 178)),
        tr("en", "sh19", "c.procurement.amount", "Shanghai General Office 2019 - the procurement total amount, not the number of projects?", "采购金额 vs 项目数", unit=W),
        tr("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个（要个数，不要金额）", "采购项目数 vs 金额"),
        tr("en", "sy", "r.partially_granted.total", "Shuyang 2025: requests granted only in part, not fully?", "部分公开 vs 予以公开"),
        tr("zh", "ha", "r.received.legal_services", "淮安2024年法律服务机构（不是商业企业）提交的申请几件", "法律服务机构 vs 商业企业"),
        tr("en", "sh25", "r.unable.needs_creation.total", "Shanghai GO 2025: not the 'not held' row, the one right below - info would need to be newly made. Count?", "另行制作 vs 不掌握"),
        tr("zh", "sh19", "r.carried_over.total", "上海市府办2019年从上一年结转过来的申请（不是结转到下年的）有几件", "上年结转 vs 结转下年", alt=("上年度结转申请18件", 18)),
    ]


def FOLLOWUP():
    f = []
    add = f.append
    add(fu("zh", [("淮安市2024年行政复议维持了几件", E("ha", "a.review.upheld", alt=("结果维持 72", 72))),
                  ("那纠正的呢", E("ha", "a.review.corrected", alt=("结果纠正 64", 64)))], "row switch"))
    add(fu("en", [("Hongze District 2023 - how many administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
                  ("and for 2024?", E("hz24", "c.coercion.decisions"))], "year switch"))
    add(fu("zh", [("上海市政府办公厅2019年新收申请多少", E("sh19", "r.received.total", alt=("859件", 859))),
                  ("换成2025年呢", E("sh25", "r.received.total", alt=("1295", 1295)))], "year switch"))
    add(fu("en", [("Shuyang 2025 coercion decisions?", E("sy", "c.coercion.decisions")),
                  ("What about Huai'an in 2024?", E("ha", "c.coercion.decisions"))], "body switch"))
    add(fu("zh", [("沭阳县2025年不予公开里“危及三安全一稳定”的有几件", E("sy", "r.withheld.security_stability.total")),
                  ("保护第三方合法权益的那项呢", E("sy", "r.withheld.third_party.total")),
                  ("执法案卷那项", E("sy", "r.withheld.enforcement_files.total"))], "row switches, 3 turns"))
    add(fu("en", [("How many licensing decisions did STCSM make in 2024?", E("kw", "c.licensing.decisions")),
                  ("And penalty decisions?", E("kw", "c.punishment.decisions"))], "row switch"))
    add(fu("zh", [("洪泽区2024年予以公开多少件", E("hz24", "r.granted.total")),
                  ("2023年的部分公开呢", E("hz23", "r.partially_granted.total"))], "year and row switch"))
    add(fu("en", [("Jianxi District 2020 - reconsideration cases?", E("jx", "a.review.total")),
                  ("lawsuits after reconsideration?", E("jx", "a.litigation_after_review.total"))], "appeals group switch"))
    add(fu("zh", [("淮安2024年直接起诉的行政诉讼总数", E("ha", "a.litigation_direct.total")),
                  ("复议后起诉的呢", E("ha", "a.litigation_after_review.total")),
                  ("复议后起诉里尚未审结的", E("ha", "a.litigation_after_review.pending"))], "appeals group, 3 turns"))
    add(fu("en", [("Shanghai General Office 2025, reconsideration total?", E("sh25", "a.review.total")),
                  ("and the 2019 number?", E("sh19", "a.review.total"))], "year switch"))
    add(fu("zh", [("淮安市2024年商业企业申请的里面予以公开了几件", E("ha", "r.granted.commercial")),
                  ("自然人那一列呢", E("ha", "r.granted.natural_person"))], "column switch"))
    add(fu("en", [("Huai'an 2024 normative documents issued?", E("ha", "c.normative_docs.issued")),
                  ("Same for Shuyang County in 2025?", E("sy", "c.normative_docs.issued"))], "body switch"))
    add(fu("zh", [("上海科委2024年上年结转的申请几件", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
                  ("那予以公开的呢", E("kw", "r.granted.total", alt=("同意公开答复 9", 9)))], "row switch"))
    add(fu("en", [("Shuyang 2025 reconsiderations upheld?", E("sy", "a.review.upheld")),
                  ("still pending?", E("sy", "a.review.pending"))], "column switch in appeals"))
    add(fu("zh", [("洪泽区2023年现行有效规范性文件几件", E("hz23", "c.normative_docs.in_force")),
                  ("24年呢", E("hz24", "c.normative_docs.in_force"))], "year switch, two-digit year"))
    add(fu("en", [("Shanghai General Office 2019 - individuals' new requests?", E("sh19", "r.received.natural_person")),
                  ("2025?", E("sh25", "r.received.natural_person"))], "year switch terse"))
    add(fu("zh", [("沭阳县2025年上年结转过来的申请有几件", E("sy", "r.carried_over.total")),
                  ("淮安市2024年同一项呢", E("ha", "r.carried_over.total", alt=("上年度结转申请 34", 34)))], "body switch"))
    add(fu("en", [("How many requests did Huai'an turn down because the law or regulations forbid disclosure, 2024?", E("ha", "r.withheld.prohibited_by_law.total")),
                  ("And state secrets?", E("ha", "r.withheld.state_secret.total"))], "row switch"))
    add(fu("zh", [("涧西区2020年结转下年度继续办理几件", E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
                  ("办结总数呢", E("jx", "r.total_processed.total", alt=("办结15件", 15)))], "row switch"))
    add(fu("en", [("Hongze District 2024 carried-forward requests?", E("hz24", "r.carried_forward.total")),
                  ("and Shanghai General Office for 2025?", E("sh25", "r.carried_forward.total"))], "body and year switch"))
    add(fu("zh", [("淮安市2024年现行有效的规范性文件", E("ha", "c.normative_docs.in_force")),
                  ("本年制发的呢", E("ha", "c.normative_docs.issued")),
                  ("洪泽区2023年现行有效的", E("hz23", "c.normative_docs.in_force"))], "column then body, 3 turns"))
    add(fu("en", [("Shuyang 2025 requests closed as 'other' under other handling?", E("sy", "r.other.other.total")),
                  ("what about Huai'an 2024?", E("ha", "r.other.other.total"))], "body switch"))
    add(fu("zh", [("上海市府办2025年上年结转申请里自然人几件", E("sh25", "r.carried_over.natural_person")),
                  ("法律服务机构呢", E("sh25", "r.carried_over.legal_services"))], "column switch"))
    add(fu("en", [("Huai'an 2024 fees collected (万元)?", E("ha", "c.fees.amount", unit=W)),
                  ("Hongze 2023?", E("hz23", "c.fees.amount", unit=W))], "body and year switch"))
    add(fu("zh", [("洪泽区2023年不予处理中信访举报投诉类几件", E("hz23", "r.not_processed.petition.total")),
                  ("沭阳县2025年的呢", E("sy", "r.not_processed.petition.total"))], "body switch"))
    add(fu("en", [("Shanghai General Office 2025, direct lawsuits total?", E("sh25", "a.litigation_direct.total")),
                  ("how many still pending?", E("sh25", "a.litigation_direct.pending"))], "column switch"))
    add(fu("zh", [("上海市政府办公厅2019年本年新制作的规章几件", E("sh19", "c.regulations.made")),
                  ("规范性文件对外公开总数量呢", E("sh19", "c.normative_docs.total_published"))], "row and column switch"))
    add(fu("en", [("Huai'an 2024, how many requests in total got 'cannot provide: info unclear'?", E("ha", "r.unable.unclear.total")),
                  ("and the ones asking them to confirm or re-issue info the applicant already got?", E("ha", "r.not_processed.reconfirm.total"))], "row switch"))
    add(fu("zh", [("沭阳2025年新收申请里商业企业几件", E("sy", "r.received.commercial")),
                  ("那律师事务所这类的呢", E("sy", "r.received.legal_services"))], "column switch"))
    add(fu("en", [("Hongze District 2024: lawsuits after reconsideration?", E("hz24", "a.litigation_after_review.total")),
                  ("and reconsiderations overall that year?", E("hz24", "a.review.total"))], "appeals group switch"))
    add(fu("zh", [("淮安市2024年办理结果总计多少", E("ha", "r.total_processed.total", alt=("答复 3050", 3050))),
                  ("沭阳县2025年呢", E("sy", "r.total_processed.total", alt=("共办理 718", 718)))], "body switch"))
    add(fu("en", [("Jianxi 2020 new requests from individuals?", E("jx", "r.received.natural_person")),
                  ("How many of them were granted?", E("jx", "r.granted.natural_person"))], "row switch"))
    add(fu("zh", [("上海科委2024年规范性文件本年制发几件", E("kw", "c.normative_docs.issued")),
                  ("上海市府办2019年新公开的规范性文件呢", E("sh19", "c.normative_docs.published", alt=("行政规范性文件60件", 60)))], "body switch across templates"))
    add(fu("en", [("Shuyang 2025: info not disclosed since it was process information?", E("sy", "r.withheld.process_info.total")),
                  ("Huai'an 2024 same row?", E("ha", "r.withheld.process_info.total"))], "body switch"))
    add(fu("zh", [("洪泽区2024年行政处罚决定数", E("hz24", "c.punishment.decisions")),
                  ("23年呢", E("hz23", "c.punishment.decisions"))], "year switch back"))
    add(fu("en", [("Shanghai General Office 2025 petition-type requests not processed?", E("sh25", "r.not_processed.petition.total")),
                  ("duplicates?", E("sh25", "r.not_processed.duplicate.total"))], "row switch"))
    add(fu("zh", [("淮安2024年部分公开里自然人多少", E("ha", "r.partially_granted.natural_person")),
                  ("商业企业呢", E("ha", "r.partially_granted.commercial"))], "column switch"))
    add(fu("en", [("STCSM 2024 normative documents currently valid?", E("kw", "c.normative_docs.in_force")),
                  ("Huai'an's for 2024?", E("ha", "c.normative_docs.in_force"))], "body switch"))
    add(fu("zh", [("沭阳县2025年复议后起诉维持的几件", E("sy", "a.litigation_after_review.upheld")),
                  ("淮安市2024年呢", E("ha", "a.litigation_after_review.upheld"))], "body switch"))
    add(fu("en", [("hi, checking a cell for Huai'an 2024: table 3, (三)不予公开 row 6 'law-enforcement case files' - what's the total?", E("ha", "r.withheld.enforcement_files.total")),
                  ("next one up, 过程性信息?", E("ha", "r.withheld.process_info.total")),
                  ("and row 5, internal affairs?", E("ha", "r.withheld.internal_affairs.total"))], "staff checking cells, 3 turns"))
    add(fu("zh", [("帮来电人查一下，沭阳县2025年逾期不补正的申请有几件", E("sy", "r.other.overdue_correction.total")),
                  ("逾期不缴费的呢", E("sy", "r.other.overdue_fee.total")),
                  ("淮安市2024年逾期不缴费的", E("ha", "r.other.overdue_fee.total"))], "help desk, row then body, 3 turns"))
    return f


def CONVERSATIONS():
    return PLAIN() + COMBINE() + RANK() + TEXTONLY() + CANNOT() + NEIGHBOUR() + FOLLOWUP()
