"""Question bank of the blind108 evaluation set (evals/blind108). FROZEN with test.jsonl.

Every wording written from scratch for this set. Numbers are never typed here: the builders of
helpers108 compute them from gold JSON, from printed rows (SPECS, the cells blind6 verified), or
from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib108 as L  # noqa: E402
from helpers108 import (E, EN, EU, ED, C, V, T, S, N, U, D, R, F, cols)  # noqa: E402,F401

AFTER_HZ = "四、政府信息公开行政复议、行政诉讼情况"
AFTER_SH = "注：行政复议、行政诉讼数量含上年度结转数量。"
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", AFTER_HZ, 14),
        "appeals.litigation_direct.total": ("after", AFTER_HZ, 9),
        "appeals.review.total": ("after", AFTER_HZ, 4),
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
        "appeals.litigation_after_review.total": ("after", AFTER_SH, 14),
        "appeals.litigation_direct.pending": ("after", AFTER_SH, 8),
        "appeals.litigation_direct.total": ("after", AFTER_SH, 9),
        "appeals.review.pending": ("after", AFTER_SH, 3),
        "appeals.review.total": ("after", AFTER_SH, 4),
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

# text alternatives (keyword of the sentence, number) where text and table state the same value
HA_REQ = "全市共受理政府信息公开申请"
HA_APP = "政府信息公开行政复议 351件"
SH19_REQ = "市政府办公厅代表市政府共受理"
JX_REQ = "全年共收到依申请公开17件"
KW_REQ = "全年收到政府信息公开申请 34 件"
KW_OUT = "同意公开答复 9 件"
SH25_REQ = "市政府共受理政府信息公开申请 1295 件"
SY_REQ = "全县全年共受理政府信息公开申请 749 件"
M = {"unit": "万元"}


def plain():
    P = "[plain] "
    return [
        V("zh", "ha", "r.unable.not_held.total", "淮安市政府2024年有多少申请是政府说我们这没有这个信息的", P + "不掌握 in everyday words"),
        V("zh", "sy", "r.withheld.third_party.total", "沭阳24年…不对 2025年 因为怕影响别人合法权益没给公开的有几件", P + "第三方合法权益 paraphrased"),
        V("zh", "ha", "r.withheld.admin_query.total", "我问个事 淮安2024年 有些申请其实是来咨询政策的 被当成行政查询事项拒了 这种多少件", P + "行政查询事项 paraphrased"),
        V("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年通知交钱但人家过期不交的 算几件", P + "逾期未缴费 colloquial"),
        V("zh", "ha", "r.other.overdue_correction.total", "淮安2024 让申请人补材料 结果人家到期也没补 这类多少", P + "逾期不补正 colloquial"),
        V("zh", "sy", "r.not_processed.duplicate.total", "同一个事儿反复来申请的，沭阳县政府2025年不予处理了几件？", P + "重复申请 paraphrased"),
        V("zh", "ha", "r.not_processed.reconfirm.total", "淮安市2024年 申请人要求政府确认或重新出具已经拿到过的信息 那种有多少", P + "要求确认或重新出具"),
        V("zh", "hz23", "r.withheld.state_secret.total", "洪泽区23年 因为涉密被拒的申请几件啊", P + "国家秘密 short"),
        V("zh", "sy", "r.withheld.enforcement_files.total", "沭阳2025年 要执法案卷被拒的有几次", P + "行政执法案卷"),
        V("zh", "ha", "r.withheld.security_stability.total", "淮安2024年 说公开了会危害三安全一稳定所以不给的 几件", P + "三安全一稳定"),
        V("zh", "hz23", "r.withheld.process_info.total", "我是做课题的学生，想核对洪泽区人民政府2023年报里表三“属于过程性信息”这一格，是多少？", P + "student quoting the row"),
        V("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以内部事务信息为由不公开的 有多少", P + "内部事务信息"),
        V("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安市2024年因为法律行政法规禁止公开而被拒绝的申请数是", P + "法律行政法规禁止"),
        V("zh", "ha", "r.unable.needs_creation.total", "淮安2024 申请的东西政府手上没有现成的 要重新做才行 结果没提供 多少件", P + "需要另行制作 colloquial"),
        V("zh", "ha", "r.unable.unclear.total", "淮安二〇二四年 申请写得不明白 政府没法提供的 有没有 几件", P + "补正后申请内容仍不明确"),
        V("zh", "sy", "r.not_processed.petition.total", "沭阳2025年那些其实是投诉举报、信访的申请 没当信息公开处理的多少个", P + "信访举报投诉类"),
        V("zh", "sy", "r.other.other.total", "沭阳县政府2025年“其他”处理方式（不是逾期那两种）一共多少件", P + "其他处理 (3) 其他"),
        V("zh", "ha", "r.partially_granted.total", "淮安市二〇二四年 只给了一部分信息的申请有多少件", P + "部分公开 colloquial"),
        V("zh", "sy", "r.granted.total", "沭阳25年 申请了直接就给公开了的 多少件", P + "予以公开 colloquial"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽2023年有几个申请因为要另外加工制作信息才没能提供", P + "另行制作"),
        V("zh", "ha", "r.received.commercial", "淮安市政府2024年公司企业来申请公开的多少件", P + "商业企业 column"),
        V("zh", "ha", "r.received.legal_services", "律师事务所这类机构 2024年向淮安市政府申请了多少次", P + "法律服务机构 column"),
        V("zh", "sy", "r.received.legal_services", "沭阳县2025年律所申请信息公开多少件", P + "法律服务机构 column"),
        V("zh", "ha", "r.received.other_org", "淮安2024年 除了企业 科研 公益 律所以外的其他组织 申请了几件", P + "其他 column"),
        V("zh", "ha", "r.granted.legal_services", "淮安市政府2024年给律师机构的申请直接公开了几件", P + "予以公开 × 法律服务机构"),
        V("zh", "ha", "r.unable.not_held.commercial", "淮安2024 企业申请的 被说不掌握的 多少", P + "不掌握 × 商业企业"),
        V("zh", "ha", "a.review.corrected", "2024年淮安市政府因为信息公开被复议 结果被上级纠正的几件", P + "复议 纠正; text=table", alt=(HA_APP, 64)),
        V("zh", "sy", "a.review.other", "沭阳2025年复议案子里 既不是维持也不是纠正的 其他结果几件", P + "复议 其他结果"),
        V("zh", "sy", "a.review.pending", "沭阳县政府2025年信息公开复议还没结案的有多少", P + "复议 尚未审结"),
        V("zh", "ha", "a.litigation_direct.corrected", "淮安市政府24年被直接起诉（没先复议）的信息公开官司 输了被纠正的几个", P + "直接起诉 纠正"),
        V("zh", "ha", "a.litigation_direct.pending", "淮安2024年直接打官司还没判下来的有几件", P + "直接起诉 尚未审结"),
        V("zh", "sy", "a.litigation_after_review.other", "沭阳2025 先复议再起诉的 结果是其他情况的 几件", P + "复议后起诉 其他结果"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市2024年 复议完了又去法院告的 还在审的几件", P + "复议后起诉 尚未审结"),
        V("zh", "jx", "a.litigation_after_review.upheld", "涧西区政府办2020年 复议后又起诉 法院维持的有几件", P + "复议后起诉 维持"),
        V("zh", "hz23", "a.litigation_after_review.upheld", "洪泽区2023年经复议后起诉、最后判维持的案件数", P + "复议后起诉 维持"),
        V("zh", "sh19", "a.litigation_direct.pending", "上海市政府办公厅2019年直接起诉的信息公开案件里还没审结的有几件", P + "直接起诉 尚未审结"),
        V("zh", "ha", "c.regulations.in_force", "淮安2024年底还有效的市政府规章一共几件", P + "规章 现行有效"),
        V("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废掉了多少个规范性文件", P + "规范性文件 废止 colloquial"),
        V("zh", "sy", "c.coercion.decisions", "沭阳县2025年行政强制的决定一共做了多少", P + "行政强制"),
        V("zh", "hz23", "c.fees.amount", "洪泽区人民政府2023年收的行政事业性收费是多少钱", P + "收费金额", **M),
        V("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购搞了几个项目", P + "采购项目数"),
        V("zh", "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少（不是本年新制作的）", P + "对外公开总数"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽24年行政许可办了多少件", P + "text cell 行政许可"),
        V("zh", "kw", "r.received.commercial", "上海科委2024年有企业来申请公开信息吗 几家次", P + "text cell 商业企业"),
        V("zh", "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年把多少申请当信访举报投诉处理了 没按信息公开办", P + "text cell 信访"),
        V("zh", "sh25", "r.unable.needs_creation.total", "2025年上海市府办 有多少申请因为没现成的、得另做 结果没给", P + "text cell 另行制作"),
        V("en", "ha", "r.unable.not_held.total", "Huai'an city govt 2024: how many requests got the answer 'we don't have that info'?", P + "不掌握 paraphrased"),
        V("en", "sy", "r.withheld.third_party.total", "Shuyang County 2025 - requests refused because releasing would hurt somebody else's rights?", P + "第三方合法权益 paraphrased"),
        V("en", "ha", "r.withheld.admin_query.total", "In 2024, how many of Huaian's requests were really people asking for a consultation and got turned down for that reason", P + "行政查询事项 paraphrased"),
        V("en", "sy", "r.other.overdue_fee.total", "shuyang 2025 how many applicants were told to pay a fee and never paid in time", P + "逾期未缴费"),
        V("en", "ha", "r.other.overdue_correction.total", "For Huai'an in 2024, requests closed because the applicant never fixed their form by the deadline — count?", P + "逾期不补正"),
        V("en", "ha", "r.not_processed.duplicate.total", "Huaian 2024: same request sent again and again, how many did they refuse to handle?", P + "重复申请"),
        V("en", "sy", "r.withheld.internal_affairs.total", "How many Shuyang County requests in 2025 were refused because it was just the government's internal business?", P + "内部事务信息"),
        V("en", "ha", "r.withheld.enforcement_files.total", "Huai'an 2024 — refusals because the stuff asked for was law-enforcement case files?", P + "行政执法案卷"),
        V("en", "ha", "r.withheld.state_secret.total", "Huaian govt, year 2024: number of requests denied as state secrets (国家秘密)", P + "国家秘密 with label"),
        V("en", "hz23", "r.withheld.enforcement_files.total", "Hongze District 2023, refused because it was enforcement case files, how many", P + "行政执法案卷"),
        V("en", "sy", "r.withheld.security_stability.total", "Shuyang 2025: requests denied because publishing could endanger security or social stability?", P + "三安全一稳定"),
        V("en", "sy", "r.withheld.admin_query.total", "In 2025 how many requests to Shuyang county were treated as administrative queries (行政查询事项) and not disclosed?", P + "行政查询事项 with label"),
        V("en", "ha", "r.not_processed.petition.total", "Huai'an 2024 — how many requests were actually complaints/petitions and got handled outside the disclosure process?", P + "信访举报投诉类"),
        V("en", "ha", "r.other.other.total", "Huai'an 2024, the catch-all 'other' way of handling requests (not the two overdue ones) — how many?", P + "其他处理 其他"),
        V("en", "sy", "r.unable.not_held.total", "my friend asked Shuyang county gov for some doc in 2025 and they said they dont have it. how many such replies did they give that year?", P + "story + 不掌握"),
        V("en", "hz23", "r.not_processed.petition.total", "Hongze (district) 2023: requests that were really petition/complaint letters — number?", P + "信访举报投诉类"),
        V("en", "sy", "r.partially_granted.total", "Shuyang County 2025, how many requests got only partly released?", P + "部分公开"),
        V("en", "ha", "r.granted.commercial", "How many requests from businesses did Huai'an fully grant in 2024?", P + "予以公开 × 商业企业"),
        V("en", "sy", "r.received.commercial", "Shuyang 2025 — companies filing disclosure requests, how many?", P + "商业企业 column"),
        V("en", "ha", "r.received.research", "Huaian 2024: any requests from research institutes? how many", P + "科研机构 column (0)"),
        V("en", "sy", "r.received.public_interest", "shuyang county 2025 requests by public-interest groups / NGOs (社会公益组织)?", P + "社会公益组织 column (0)"),
        V("en", "ha", "r.partially_granted.commercial", "Huai'an in 2024 partially released how many requests coming from companies", P + "部分公开 × 商业企业"),
        V("en", "ha", "a.review.pending", "Huai'an 2024: admin review cases over disclosure still undecided at year end?", P + "复议 尚未审结; text=table", alt=(HA_APP, 37)),
        V("en", "sy", "a.review.corrected", "Shuyang 2025 - how many of the administrative reviews ended with the county being corrected", P + "复议 纠正"),
        V("en", "ha", "a.litigation_direct.other", "Huaian 2024, lawsuits filed straight to court (no review first), ended with some other outcome — count?", P + "直接起诉 其他结果"),
        V("en", "sy", "a.litigation_after_review.pending", "Shuyang County 2025: people who sued after an administrative review, cases still open?", P + "复议后起诉 尚未审结"),
        V("en", "ha", "a.litigation_after_review.corrected", "Huaian 2024: after review then court, how many times did the court correct the city", P + "复议后起诉 纠正"),
        V("en", "sh19", "a.review.pending", "Shanghai General Office 2019, reviews not yet concluded?", P + "复议 尚未审结"),
        V("en", "jx", "a.litigation_direct.upheld", "Jianxi District 2020: direct lawsuits where the court backed the office?", P + "直接起诉 维持"),
        V("en", "sy", "c.normative_docs.in_force", "how many normative documents does Shuyang County have still valid at end of 2025", P + "规范性文件 现行有效"),
        V("en", "ha", "c.normative_docs.issued", "Huai'an 2024 — new normative documents (规范性文件) drawn up that year?", P + "规范性文件 制发"),
        V("en", "sy", "c.licensing.decisions", "Shuyang County 2025 number of administrative licensing decisions", P + "行政许可"),
        V("en", "ha", "c.fees.amount", "What did Huai'an take in from administrative fees in 2024?", P + "收费金额", **M),
        V("en", "sh19", "c.procurement.amount", "Shanghai General Office 2019 — how much money went into government procurement?", P + "采购金额", **M),
        V("en", "jx", "c.normative_docs.made", "Jianxi District 2020 new normative docs made?", P + "规范性文件 本年新制作"),
        V("en", "hz24", "c.punishment.decisions", "Hongze District 2024: administrative penalties handed out?", P + "text cell 行政处罚"),
        V("en", "kw", "c.normative_docs.in_force", "STCSM 2024 — normative documents in force at year end?", P + "text cell 现行有效"),
        V("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025: repeat requests it declined to process?", P + "text cell 重复申请"),
        V("en", "sh25", "a.litigation_direct.pending", "In 2025, direct lawsuits against the Shanghai General Office still waiting for judgment?", P + "text cell 直接起诉 未审结"),
        V("en", "hz24", "r.unable.not_held.total", "Hongze District 2024 — how often did they reply they simply don't hold the info?", P + "text cell 不掌握"),
        V("en", "sy", "r.received.natural_person", "Shuyang County 2025: brand-new requests from private individuals (not the ones carried over from 2024)?", P + "自然人 新收 (text 741 includes carry-over)"),
        V("zh", "sy", "r.not_processed.publication.total", "沭阳2025年有没有人跑来要那种本来就已经出版在卖的书、刊物的 被不予处理的几件", P + "要求提供公开出版物 colloquial"),
        V("zh", "ha", "r.not_processed.excessive.total", "淮安市二〇二四年 有人没啥正当理由一个劲儿大批量申请 被不予处理的 几件", P + "无正当理由大量反复申请"),
        V("en", "ha", "r.not_processed.publication.total", "Huai'an 2024 — people asking the govt for stuff that is already a published book or journal, declined how many times?", P + "要求提供公开出版物"),
        V("en", "sy", "r.not_processed.excessive.total", "Shuyang 2025: someone flooding them with loads of requests for no good reason — how many such were not processed?", P + "无正当理由大量反复申请"),
        V("zh", "ha", "r.received.total", "淮安市2024年一共收到多少信息公开申请（本年新收的）", P + "受理 text=table", alt=(HA_REQ, 3119)),
        V("en", "hz23", "r.received.total", "Hongze District government, 2023, new disclosure requests received in total?", P + "text=table", alt=("全区受理政府信息公开申请", 21)),
        V("zh", "sh19", "r.carried_forward.total", "上海市府办2019年没办完、要拖到下一年接着办的申请有几件", P + "结转下年 text=table", alt=(SH19_REQ, 72)),
        V("en", "kw", "r.granted.total", "shanghai science commission 2024 requests fully answered with the info given out?", P + "text cell; text=table", alt=(KW_OUT, 9)),
        V("zh", "sy", "r.received.legal_person", "沭阳县2025年 不是个人、是单位（企业律所这些）申请的一共几件", P + "法人或其他组织 text=table", alt=(SY_REQ, 8)),
    ]


def combine():
    P = "[combine] "
    WH = ["r.withheld.%s.total" % s for s in L.WITHHELD]
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年 全给的加上给了一部分的 合起来多少件", P + "予以公开+部分公开"),
        S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "沭阳县2025年 各种原因没能提供信息的 加一起几件", P + "无法提供 3 sub-items"),
        S("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "淮安市政府2024年 因为申请人逾期（不补正、不交费）结掉的 一共多少", P + "2 overdue"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳2025年复议加上两种行政诉讼 案件一共多少件", P + "3 appeal totals; text 74 agrees", alt=(("全县共办理相关案件 74 件"), 74)),
        S("zh", "ha", WH, "淮安市2024年被拒绝公开的（八种不予公开理由全部加起来）多少件", P + "8 withheld sub-items"),
        S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 涉密、过程性信息、执法案卷 这三类不公开的加起来几件", P + "3 withheld"),
        S("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "上海市政府办公厅2025年 信访类和重复申请 合计几件不予处理", P + "text cells sum"),
        S("zh", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安2024年行政诉讼（直接诉+复议后诉）法院维持的总共几件", P + "litigation upheld sum; text 25", alt=(HA_APP, 25)),
        S("en", "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huai'an 2024: requests from individuals, new ones plus those carried in from 2023 — total?", P + "自然人 new + carried"),
        S("en", "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "Shuyang 2025: refusals for internal-affairs info plus refusals for process (draft-stage) info, together?", P + "2 withheld"),
        S("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "Huai'an 2024, everything they declined to process (all five 不予处理 reasons) — how many?", P + "5 not_processed"),
        S("en", "sy", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang County 2025 total court cases over disclosure, both kinds?", P + "2 litigation totals"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024 — new requests plus those carried over from 2023?", P + "text cells sum"),
        S("en", "ha", ["r.received.commercial", "r.received.legal_services"], "Huaian 2024: requests from companies and from law firms combined", P + "2 columns"),
        S("en", "sh25", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"], "Shanghai General Office 2025: reviews plus both types of lawsuits, all together?", P + "text cells 3 totals"),
        S("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2024 — licensing, penalty and coercion decisions summed up", P + "text cells 3"),
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了还是少了 差多少", P + "difference"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区的行政处罚数，从2023到2024变化了多少", P + "difference"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅 2025年新收申请比2019年增加多少件", P + "difference"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办转到下一年办理的申请 2019年到2025年差了多少", P + "difference"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽区现行有效的规范性文件数量 2024比2023变化多少", P + "difference"),
        D("en", "hz23", "hz24", "c.coercion.decisions", "Hongze District coercive measures: change from 2023 to 2024?", P + "difference"),
        D("en", "hz23", "hz24", "c.fees.amount", "How much did Hongze's fee income move between 2023 and 2024?", P + "difference", **M),
        D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai General Office: individual requests in 2025 versus 2019, what's the gap?", P + "difference"),
        D("en", "sh19", "sh25", "a.review.total", "Shanghai General Office admin reviews, 2019 vs 2025 — how many more?", P + "difference"),
        D("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze District 'we do not hold it' answers: 2024 minus 2023?", P + "difference"),
    ]


def rank():
    P = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023 三家谁收到的申请最多", P + "desc"),
        R("zh", ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "asc", "比一比：淮安2024年、沭阳2025年、洪泽2023年、涧西区2020年，回复“不掌握”最少的是哪家", P + "asc"),
        R("zh", ["ha", "sy", "jx"], "a.litigation_direct.total", "desc", "直接被告上法院最多的是哪个：淮安市(2024)、沭阳县(2025)、涧西区政府办(2020)", P + "desc"),
        R("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "行政强制决定最少的是谁 淮安24年 沭阳25年 洪泽23年", P + "asc"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年，谁拖到下一年办的申请最多？", P + "desc"),
        R("zh", ["ha", "sy", "hz23", "jx"], "r.received.total", "asc", "四家比申请量 最少的是哪个：淮安2024 沭阳2025 洪泽2023 涧西2020", P + "asc"),
        R("zh", ["ha", "sy", "sh19"], "a.review.total", "asc", "淮安市（2024年）、沭阳县（2025年）、上海市府办（2019年）三家信息公开复议数量，哪家最少", P + "asc"),
        R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Which issued the most licensing decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?", P + "desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.total_processed.total", "desc", "Among Huai'an (2024), Shuyang (2025), Shanghai General Office (2019) and Jianxi (2020), who answered the most requests?", P + "desc"),
        R("en", ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "asc", "Huaian 2024 vs Shuyang 2025 vs Hongze 2023 — fewest 'would need to create new info' refusals?", P + "asc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_over.total", "asc", "Requests carried in from the previous year: smallest among Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", P + "asc"),
        R("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "most administrative penalties — Huaian 2024, Shuyang 2025, Hongze 2023?", P + "desc"),
        R("en", ["ha", "sy"], "r.withheld.internal_affairs.total", "desc", "Huai'an 2024 or Shuyang 2025: which refused more requests as internal affairs info?", P + "desc"),
    ]


def followups():
    P = "[followup] "
    f = []
    def add(lang, turns, note):
        f.append(F(lang, [(q, E(b, k, **kw)) for q, b, k, kw in turns], P + note))
    add("zh", [("淮安市2024年说手里没有这信息的申请有几件", "ha", "r.unable.not_held.total", {}), ("那沭阳县2025年呢", "sy", "r.unable.not_held.total", {})], "body switch")
    add("zh", [("洪泽区23年 复议后维持的几件", "hz23", "a.review.upheld", {}), ("淮安2024年同一项呢", "ha", "a.review.upheld", {"alt": (HA_APP, 72)}), ("沭阳2025年的？", "sy", "a.review.upheld", {})], "body switch x2")
    add("zh", [("沭阳2025年 重复申请不处理的几件", "sy", "r.not_processed.duplicate.total", {}), ("信访投诉那种呢", "sy", "r.not_processed.petition.total", {})], "row switch")
    add("zh", [("淮安2024年个人申请的 全部公开了的有多少", "ha", "r.granted.natural_person", {}), ("律所那一栏呢", "ha", "r.granted.legal_services", {}), ("企业的呢", "ha", "r.granted.commercial", {})], "column switch x2")
    add("zh", [("淮安市2024年复议结果是其他的有几件", "ha", "a.review.other", {"alt": (HA_APP, 178)}), ("直接打官司那边 其他结果呢", "ha", "a.litigation_direct.other", {})], "group switch")
    add("zh", [("沭阳县2025年逾期不补正的多少", "sy", "r.other.overdue_correction.total", {}), ("淮安2024年呢", "ha", "r.other.overdue_correction.total", {})], "body switch")
    add("zh", [("上海市政府办公厅2025年新收申请多少件", "sh25", "r.received.total", {"alt": (SH25_REQ, 1295)}), ("其中个人申请的呢", "sh25", "r.received.natural_person", {}), ("企业呢", "sh25", "r.received.commercial", {})], "columns, text cells")
    add("zh", [("洪泽2024年行政处罚多少", "hz24", "c.punishment.decisions", {}), ("换成2023年呢", "hz23", "c.punishment.decisions", {})], "year switch")
    add("zh", [("淮安24年 因为是过程性信息没公开的", "ha", "r.withheld.process_info.total", {}), ("内部事务的呢", "ha", "r.withheld.internal_affairs.total", {}), ("执法案卷呢", "ha", "r.withheld.enforcement_files.total", {})], "withheld sub-items")
    add("zh", [("上海市府办2019年收到多少申请", "sh19", "r.received.total", {"alt": (SH19_REQ, 859)}), ("2025年呢", "sh25", "r.received.total", {"alt": (SH25_REQ, 1295)})], "year switch")
    add("zh", [("沭阳2025年复议后又起诉 法院维持了几件", "sy", "a.litigation_after_review.upheld", {}), ("直接起诉的维持几件", "sy", "a.litigation_direct.upheld", {})], "group switch")
    add("zh", [("涧西区政府办2020年收到几件申请", "jx", "r.received.total", {"alt": (JX_REQ, 17)}), ("结转到下年的呢", "jx", "r.carried_forward.total", {"alt": (JX_REQ, 2)})], "row switch")
    add("zh", [("淮安市2024年行政许可数量", "ha", "c.licensing.decisions", {}), ("沭阳县2025年的", "sy", "c.licensing.decisions", {}), ("洪泽区2024年的", "hz24", "c.licensing.decisions", {})], "body switch x2")
    add("zh", [("我是12345的 来电人问沭阳2025年申请内容不明确被退回的有没有", "sy", "r.unable.unclear.total", {}), ("那要另外制作的呢", "sy", "r.unable.needs_creation.total", {})], "operator, unable sub-items")
    add("zh", [("淮安2024年的政府信息公开行政复议 维持了几件", "ha", "a.review.upheld", {"alt": (HA_APP, 72)}), ("纠正的呢", "ha", "a.review.corrected", {"alt": (HA_APP, 64)}), ("还没审完的", "ha", "a.review.pending", {"alt": (HA_APP, 37)})], "outcome columns")
    add("zh", [("上海科委2024年新收申请多少", "kw", "r.received.total", {"alt": (KW_REQ, 34)}), ("上年结转过来的几件", "kw", "r.carried_over.total", {"alt": (KW_REQ, 2)})], "text cells")
    add("zh", [("沭阳2025年 规范性文件新发了几个", "sy", "c.normative_docs.issued", {}), ("废止的呢", "sy", "c.normative_docs.repealed", {})], "column switch")
    add("zh", [("洪泽区政府2023年 部分公开的几件", "hz23", "r.partially_granted.total", {}), ("不掌握的几件", "hz23", "r.unable.not_held.total", {})], "row switch")
    add("zh", [("淮安2024年要求重新出具已获得信息的申请几件", "ha", "r.not_processed.reconfirm.total", {}), ("重复申请的呢", "ha", "r.not_processed.duplicate.total", {}), ("信访类呢", "ha", "r.not_processed.petition.total", {})], "not_processed sub-items")
    add("zh", [("上海市府办2025年复议总共几件", "sh25", "a.review.total", {}), ("没审结的几件", "sh25", "a.review.pending", {})], "text cells appeals")
    add("en", [("Huai'an 2024, how many requests did they say they don't have the info for?", "ha", "r.unable.not_held.total", {}), ("and Hongze 2023?", "hz23", "r.unable.not_held.total", {})], "body switch")
    add("en", [("Shuyang 2025 requests denied as internal matters", "sy", "r.withheld.internal_affairs.total", {}), ("what about draft/process info?", "sy", "r.withheld.process_info.total", {}), ("and administrative queries?", "sy", "r.withheld.admin_query.total", {})], "withheld sub-items")
    add("en", [("How many admin reviews did Huaian face in 2024?", "ha", "a.review.total", {"alt": (HA_APP, 351)}), ("and how many direct lawsuits?", "ha", "a.litigation_direct.total", {})], "group switch")
    add("en", [("Shanghai General Office 2019 requests carried into the following year", "sh19", "r.carried_forward.total", {"alt": (SH19_REQ, 72)}), ("2025?", "sh25", "r.carried_forward.total", {})], "year switch")
    add("en", [("Hongze District administrative licensing, 2023", "hz23", "c.licensing.decisions", {}), ("what about 2024", "hz24", "c.licensing.decisions", {})], "year switch")
    add("en", [("Huai'an 2024: requests from law firms (法律服务机构)?", "ha", "r.received.legal_services", {}), ("from companies?", "ha", "r.received.commercial", {}), ("and from other organisations?", "ha", "r.received.other_org", {})], "columns")
    add("en", [("Shuyang County 2025 partly disclosed requests", "sy", "r.partially_granted.total", {}), ("same for Huaian 2024", "ha", "r.partially_granted.total", {})], "body switch")
    add("en", [("Huai'an 2024: requests closed because the applicant never paid the fee on time", "ha", "r.other.overdue_fee.total", {}), ("and Shuyang County 2025?", "sy", "r.other.overdue_fee.total", {})], "body switch")
    add("en", [("STCSM 2024 new normative docs issued", "kw", "c.normative_docs.issued", {"alt": ("行政规范性文件 13 件", 13)}), ("how many are still valid?", "kw", "c.normative_docs.in_force", {})], "text cells column switch")
    add("en", [("Shuyang 2025, court cases after review still pending?", "sy", "a.litigation_after_review.pending", {}), ("and for Huai'an 2024?", "ha", "a.litigation_after_review.pending", {})], "body switch")
    add("en", [("Jianxi District 2020 requests fully granted", "jx", "r.granted.total", {}), ("and the ones where they don't hold the info?", "jx", "r.unable.not_held.total", {})], "row switch")
    add("en", [("Huaian 2024, refusals over third-party rights", "ha", "r.withheld.third_party.total", {}), ("Shuyang 2025?", "sy", "r.withheld.third_party.total", {})], "body switch")
    add("en", [("Shanghai General Office 2019 procurement projects count", "sh19", "c.procurement.projects", {}), ("and Jianxi District 2020?", "jx", "c.procurement.projects", {})], "body switch")
    add("en", [("Hongze 2024 admin reviews total?", "hz24", "a.review.total", {}), ("lawsuits filed directly?", "hz24", "a.litigation_direct.total", {}), ("and lawsuits after review?", "hz24", "a.litigation_after_review.total", {})], "text cells groups")
    add("en", [("Huai'an 2024 requests handled in total (办理结果总计)", "ha", "r.total_processed.total", {"alt": (HA_REQ, 3050)}), ("Shuyang County 2025?", "sy", "r.total_processed.total", {"alt": (SY_REQ, 718)})], "body switch")
    add("en", [("Shuyang 2025 lawsuits straight to court, total", "sy", "a.litigation_direct.total", {}), ("how many of those did the county win?", "sy", "a.litigation_direct.upheld", {})], "column switch")
    add("en", [("Huai'an 2024 normative docs scrapped", "ha", "c.normative_docs.repealed", {}), ("and still in force?", "ha", "c.normative_docs.in_force", {})], "column switch")
    add("en", [("Shanghai General Office 2025 requests they don't hold", "sh25", "r.unable.not_held.total", {}), ("needing new info to be made?", "sh25", "r.unable.needs_creation.total", {})], "text cells row switch")
    add("en", [("Hongze District 2023 requests turned down as state secrets", "hz23", "r.withheld.state_secret.total", {}), ("and Huai'an 2024?", "ha", "r.withheld.state_secret.total", {})], "body switch")
    return f


def narratives():
    P = "[textonly] "
    return [
        N("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安市2024年收了多少信息公开处理费", P + "fee 元"),
        N("zh", "ha", "公报》6 期", 6, "期", "淮安2024年市政府公报出了几期", P + "gazette"),
        N("zh", "ha", "在运维政务新媒体共计", 95, "个", "淮安市到2024年还在运营的政务新媒体号有多少个", P + "new media"),
        N("zh", "ha", "全覆盖检查", 4, "次", "淮安2024年信息公开栏目全覆盖检查搞了几次", P + "checks"),
        N("zh", "hz23", "主动公开政府信息 1136 条", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息", P + "portal items"),
        N("zh", "hz24", "主动发布各类政府信息 2428 条", 2428, "条", "洪泽区2024年网站主动发了多少条政府信息", P + "portal items"),
        N("zh", "hz24", "公开政府常务会议 7期", 7, "期", "洪泽24年公开了几期政府常务会议", P + "meetings"),
        N("zh", "sy", "专栏33个", 33, "个", "沭阳县2025年新媒体开了多少个专栏", P + "columns"),
        N("zh", "sy", "全年发出催办提示 84 次", 84, "次", "沭阳2025年那个倒计时报警器 一共发了几次催办提醒", P + "reminders"),
        N("zh", "sy", "累计清理过期信息697条", 697, "条", "沭阳县2025年清理掉的过期信息有多少条", P + "cleanup"),
        N("zh", "sy", "失效链接43处", 43, "处", "沭阳2025年网站整改了多少处打不开的链接", P + "broken links"),
        N("zh", "sy", "成功推动化解各类争议纠纷 33 件", 33, "件", "沭阳县2025年通过事先沟通化解了几件争议", P + "disputes", frm=None),
        N("zh", "sy", "完成全县64家单位", 64, "家", "沭阳2025年集中公开年报的单位有多少家", P + "units"),
        N("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年视频号直播了多少场", P + "live streams"),
        N("zh", "kw", "原创文章 294篇", 294, "篇", "市科委2024年公众号原创文章几篇", P + "original posts"),
        N("zh", "sh25", "召开市政府新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场新闻发布会", P + "press conferences"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场", "2025年上海市府办新闻通气会几场", P + "briefings"),
        N("zh", "sh25", "已覆盖 10 个语种", 10, "个", "上海国际服务门户到2025年覆盖几种语言", P + "languages"),
        N("zh", "sh19", "权威发布共计38次", 38, "次", "上海市政府办公厅2019年对常务会议重要议题权威发布了多少次", P + "releases"),
        N("zh", "sh19", "70家政府网站", 70, "家", "上海市府办2019年报里说每季度都要全面检查的政府网站有多少家", P + "websites"),
        N("en", "ha", "制作政策解读21 个", 21, "个", "How many explainers of new policies did Huai'an put out in 2024?", P + "paraphrase of 政策解读"),
        N("en", "ha", "市政府及市政府办政策性文件 11 件", 11, "件", "Huai'an 2024: per the narrative part, how many policy papers did the city government and its office newly make public?", P + "政策性文件 (not table 制发)"),
        N("en", "sy", "推送系列原创短视频1113个", 1113, "个", "Shuyang County 2025 — number of home-made short clips pushed out on its social channels?", P + "short videos"),
        N("en", "sy", "开展意见征集9期", 9, "期", "How many rounds of asking the public for comments did Shuyang run on its portal in 2025?", P + "consultations"),
        N("en", "sy", "累计开展办前主动沟通 49 次", 49, "次", "Shuyang 2025: how often did staff reach out to applicants before handling their requests?", P + "pre-handling contact"),
        N("en", "sy", "年度涌现爆款内容52条", 52, "条", "Shuyang 2025, how many posts went viral?", P + "viral posts"),
        N("en", "sy", "各类错误信息83处", 83, "处", "Shuyang County 2025 — how many mistakes of various kinds were fixed on the website?", P + "errors fixed"),
        N("en", "kw", "粉丝数54373", 54373, "人", "STCSM 2024: how many people follow its video channel?", P + "followers"),
        N("en", "kw", "日常报送惠企政策 83 条", 83, "条", "Shanghai science commission 2024 — business-support policies submitted routinely, how many?", P + "policies for firms"),
        N("en", "kw", "回应公众关注热点信息 2 条", 2, "条", "STCSM website 2024: items answering hot public concerns?", P + "responses"),
        N("en", "kw", "5 个高频事项", 5, "个", "How many frequently used services of STCSM had their policy papers linked to the application page in 2024?", P + "阅办联动 paraphrase"),
        N("en", "sh25", "公文公开属性审查 166 件", 166, "件", "Shanghai General Office 2025: how many official papers had their open-or-not status vetted?", P + "公开属性审查 paraphrase"),
        N("en", "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "how many issues of the city gazette did Shanghai's general office edit in 2025", P + "gazette"),
        N("en", "sh25", "16 个区全部上线数字公报", 16, "个", "Per the Shanghai General Office's 2025 report, how many districts now put out their gazette digitally?", P + "districts"),
        N("en", "sh25", "在海内外 15 个平台", 15, "个", "On how many platforms at home and abroad is 'Shanghai Fabu' present per the 2025 report of the Shanghai General Office?", P + "platforms"),
        N("en", "sh19", "统一受理平台接入53个部门", 53, "个", "Shanghai General Office 2019: how many departments were hooked into the single intake platform?", P + "departments"),
        N("en", "sh19", "部门规范性文件45件", 45, "件", "In the 2019 Shanghai General Office report, how many departmental rule documents ran in the gazette?", P + "gazette contents"),
        N("en", "jx", "统筹推进26个试点领域", 26, "个", "Jianxi District 2020: in how many pilot areas was grassroots openness standardised?", P + "pilot areas"),
        N("en", "jx", "办结率88.2%", 88.2, "%", "Jianxi District office 2020 — what share of requests got closed out?", P + "completion rate"),
    ]


def cannot():
    P = "[cannot] "
    return [
        U("zh", "淮安市2024年申请信息公开的人里男的女的各多少", "no sex breakdown", P + "sex"),
        U("zh", "沭阳2025年哪个月申请最多", "no month breakdown", P + "month"),
        U("zh", "洪泽区2023年申请人都是多大年纪的", "no age breakdown", P + "age"),
        U("zh", "我2024年底帮我妈给沭阳县政府写过申请 问拆迁补偿的 想问下2025年这种拆迁类的申请有多少", "no topic breakdown", P + "story + topic"),
        U("zh", "淮安2024年网上申请和当面申请分别多少", "no channel breakdown", P + "channel"),
        U("zh", "南京市2024年信息公开申请多少件", "body not in corpus", P + "body"),
        U("zh", "宿迁市政府2025年的年报里不予公开多少", "body not in corpus", P + "body"),
        U("zh", "沭阳县2023年的申请数量是多少", "year not in corpus", P + "year"),
        U("zh", "上海科委2022年收到几个申请", "year not in corpus", P + "year"),
        U("zh", "淮安市2026年预计会收到多少申请", "forecast", P + "forecast"),
        U("zh", "你觉得洪泽区2024年信息公开做得好不好", "opinion", P + "opinion"),
        U("zh", "我叫王某某，2024年向淮安市政府申请过一次，我的那件结果是啥", "one person's case", P + "own case"),
        U("zh", "帮我查下上海市府办2025年那些申请人的电话号码", "personal data", P + "personal data"),
        U("zh", "淮安市政府办2024年专门搞信息公开的工作人员几个人", "staff not stated", P + "staff"),
        U("zh", "沭阳2025年每件申请平均多少天答复的", "response time not stated", P + "time"),
        U("zh", "洪泽区2024年各个乡镇分别收到多少申请", "no township breakdown", P + "township"),
        U("zh", "上海市政府办公厅2019年申请人里有多少是外地户口的", "no residence breakdown", P + "residence"),
        U("zh", "涧西区2021年政府信息公开申请数", "year not in corpus", P + "year"),
        U("zh", "浦东新区2025年行政复议多少件", "body not in corpus", P + "body"),
        U("zh", "淮安2024年信息公开工作花了多少经费", "cost not stated", P + "cost"),
        U("en", "Huai'an 2024: how many requesters were women?", "no sex breakdown", P + "sex"),
        U("en", "Shuyang County 2025, which quarter had the most requests", "no quarter breakdown", P + "quarter"),
        U("en", "Which department of Huai'an got the most disclosure requests in 2024?", "no department breakdown", P + "department"),
        U("en", "Hongze 2023 requests by industry of the companies asking?", "no industry breakdown", P + "industry"),
        U("en", "Nanjing city government 2024 disclosure requests total?", "body not in corpus", P + "body"),
        U("en", "Qingjiangpu District 2024 — fully granted requests?", "body not in corpus", P + "body"),
        U("en", "Hongze District 2022 requests received?", "year not in corpus", P + "year"),
        U("en", "Shanghai General Office 2022 administrative reviews count", "year not in corpus", P + "year"),
        U("en", "How many requests will Shuyang get in 2026, roughly?", "forecast", P + "forecast"),
        U("en", "Is STCSM's 2024 disclosure work better than Huai'an's 2024? your view", "opinion", P + "opinion"),
        U("en", "I filed a request with Hongze District in 2024 about my land — was mine one of the ones granted?", "one person's case", P + "own case"),
        U("en", "Give me the names of people who sued Huai'an over disclosure in 2024", "personal data", P + "personal data"),
        U("en", "Huai'an 2024: average days to answer a request?", "response time not stated", P + "time"),
        U("en", "How many staff handle disclosure at the Shanghai General Office in 2025?", "staff not stated", P + "staff"),
        U("en", "Shuyang 2025 requests split by township, please", "no township breakdown", P + "township"),
        U("en", "Why did Hongze District's 2024 requests change so much from 2023, according to the report?", "reason not stated", P + "reason"),
        U("en", "Shanghai General Office 2025 — which topics did requesters ask about most, with numbers?", "no topic figures", P + "topic"),
        U("en", "Jianxi District 2020: how old were the applicants?", "no age breakdown", P + "age"),
        U("en", "Suqian city 2025, requests refused?", "body not in corpus", P + "body"),
    ]


def traps():
    P = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_over.total", "淮安2024年 从上一年转过来接着办的申请几件（不是转到下一年的）", P + "结转上年 vs 下年", alt=(HA_REQ, 34)),
        T("zh", "sy", "a.litigation_direct.total", "沭阳2025年没走复议直接去法院起诉的有几件", P + "直接起诉 vs 复议后起诉"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年 规范性文件 作废了的（不是新发的也不是还有效的）几件", P + "废止 vs 制发"),
        T("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年 不是没有信息 而是得另外加工才有的 这种几件", P + "另行制作 vs 不掌握"),
        T("zh", "ha", "r.withheld.process_info.total", "淮安2024年 还在讨论研究阶段的信息没给的（不是内部管理的）几件", P + "过程性 vs 内部事务"),
        T("zh", "jx", "c.procurement.amount", "涧西区2020年政府采购花了多少钱（问金额不是项目数）", P + "金额 vs 项目数", **M),
        T("zh", "sy", "r.partially_granted.total", "沭阳县2025年 只公开一部分的（不要全部公开那个数）", P + "部分公开 vs 予以公开"),
        T("en", "sy", "r.carried_forward.total", "Shuyang 2025 — requests pushed on into 2026, not the ones inherited from 2024", P + "结转下年 vs 上年; text=table", alt=(SY_REQ, 31)),
        T("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: lawsuits brought only after an administrative review had finished?", P + "复议后起诉 vs 直接"),
        T("en", "sh19", "c.regulations.made", "Shanghai General Office 2019 — regulations newly made that year, not the cumulative published total", P + "新制作 vs 对外公开总数", alt=("主动公开规章13件", 13)),
        T("en", "ha", "a.review.other", "Huai'an 2024 reviews that ended neither upheld nor corrected", P + "其他结果 vs 纠正", alt=(HA_APP, 178)),
        T("en", "ha", "r.received.legal_services", "Huaian 2024 requests from legal-service firms (not commercial companies)", P + "法律服务机构 vs 商业企业"),
        T("en", "sy", "r.withheld.internal_affairs.total", "Shuyang 2025 refused as internal management matters (not draft/process info)", P + "内部事务 vs 过程性"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followups() + narratives() + cannot() + traps()
