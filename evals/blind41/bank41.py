"""Question bank of blind41 (every wording new). Frozen with test.jsonl: do not read while tuning."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib41 as L  # noqa: E402
from helpers41 import E, EN, EU, ED, ER, C, cols  # noqa: E402

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

M = {"unit": "万元"}


def pv(lang, b, keys, q, note="", **kw):
    return C("value", lang, [(q, E(b, keys, **kw))], "[plain] " + (note or "table value"))


def tr(lang, b, keys, q, note, **kw):
    return C("trap", lang, [(q, E(b, keys, **kw))], "[neighbour] " + note)


def sm(lang, b, keys, q, note="sum of the listed cells", **kw):
    return C("sum", lang, [(q, E(b, keys, **kw))], "[combine] " + note)


def df(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return C("difference", lang, [(q, ED(b1, b2, keys, **kw))], "[combine] " + note)


def rk(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return C("ranking", lang, [(q, ER(bodies, keys, order))], "[rank] " + note)


def nv(lang, b, kw_, value, unit, q, note="number stated only in the text", frm=None):
    return C("narrative", lang, [(q, EN(b, kw_, value, unit, frm))], "[textonly] " + note)


def un(lang, q, why, note="not in the corpus"):
    return C("unanswerable", lang, [(q, EU(why))], "[cannot] " + note)


def fu(lang, turns, note):
    return C("followup", lang, turns, "[followup] " + note)


# text-and-table agreements (ambiguous + acceptable_sentence)
HA_REC = ("全市共受理政府信息公开申请", 3119)
HA_DONE = ("全市共受理政府信息公开申请", 3050)
HA_NEXT = ("全市共受理政府信息公开申请", 103)
HA_PREV = ("全市共受理政府信息公开申请", 34)
HA_RV_UP = ("其中结果维持", 72)
HA_RV_CO = ("其中结果维持", 64)
HA_RV_OT = ("其中结果维持", 178)
HA_RV_PE = ("其中结果维持", 37)
HA_RV = ("其中结果维持", 351)
HZ_REC = ("全区受理政府信息公开申请", 21)
SH19_REC = ("代表市政府共受理", 859)
SH19_DONE = ("代表市政府共受理", 805)
SH19_NEXT = ("代表市政府共受理", 72)
SH19_PREV = ("代表市政府共受理", 18)
JX_REC = ("全年共收到依申请公开", 17)
JX_DONE = ("全年共收到依申请公开", 15)
JX_PEND = ("全年共收到依申请公开", 2)
KW_OK = ("同意公开答复", 9)
KW_REC = ("全年收到政府信息公开申请", 34)
KW_PREV = ("全年收到政府信息公开申请", 2)
SH25_REC = ("市政府共受理政府信息公开申请", 1295)
SH25_DONE = ("市政府共受理政府信息公开申请", 1191)
SH25_PREV = ("市政府共受理政府信息公开申请", 189)
SY_LEGAL = ("全县全年共受理政府信息公开申请", 8)
SY_DONE = ("全县全年共受理政府信息公开申请", 718)
SY_NEXT = ("全县全年共受理政府信息公开申请", 31)


def values():
    z, e = "zh", "en"
    return [
        # --- zh, colloquial / phone ---
        pv(z, "ha", "r.granted.total", "淮安市政府2024年 人家申请了直接痛快给公开的有几件"),
        pv(z, "ha", "r.partially_granted.total", "24年淮安 申请信息只给了一部分 剩下的没给 这种有多少"),
        pv(z, "ha", "r.withheld.state_secret.total", "淮安2024年因为涉密不给公开的申请几件啊", "colloquial: 属于国家秘密"),
        pv(z, "ha", "r.withheld.prohibited_by_law.total", "想问下淮安市政府2024年，法律法规明文不让公开所以拒了的，一共多少件？"),
        pv(z, "ha", "r.withheld.security_stability.total", "2024年淮安市 说公开了会影响稳定、危及安全就没给的 有几个"),
        pv(z, "ha", "r.withheld.third_party.total", "淮安24年 怕损害别人(第三方)合法权益而不公开的 多少件", "colloquial: 危及第三方合法权益"),
        pv(z, "ha", "r.withheld.internal_affairs.total", "淮安市二〇二四年，政府说那是自己内部管理的事、不给公开的申请有几件"),
        pv(z, "ha", "r.withheld.enforcement_files.total", "我在写论文，想知道淮安市政府2024年因为属于行政执法案卷而拒绝公开的数量"),
        pv(z, "ha", "r.withheld.admin_query.total", "淮安2024 那种其实是来咨询办事的、被当成行政查询事项没按公开处理的 多少"),
        pv(z, "ha", "r.unable.unclear.natural_person", "淮安市2024年老百姓个人申请的 因为写得不清楚、补正了还是说不明白所以没法提供的 有几件"),
        pv(z, "ha", "r.not_processed.reconfirm.total", "淮安24年要求政府对已经公开过的东西再确认一遍的申请 不予处理了几件"),
        pv(z, "ha", "r.other.overdue_fee.total", "2024年淮安 通知交信息处理费结果申请人逾期没交的 几件"),
        pv(z, "ha", "r.other.overdue_correction.total", "你好 我是12345的 来电人问淮安市政府2024年 申请人被要求补材料但过了期限也没补的 有多少件"),
        pv(z, "ha", "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构新提的公开申请多少"),
        pv(z, "ha", "r.received.other_org", "淮安2024年 不是企业也不是科研机构、公益组织和律所的那种其他单位 新申请了几件"),
        pv(z, "ha", "a.litigation_direct.corrected", "淮安市2024年 有人没走复议直接去法院告政府信息公开，结果法院判政府错了要改的 几件"),
        pv(z, "ha", "a.litigation_after_review.pending", "淮安2024年先复议后不服又起诉的案子，到年底法院还没判完的有几件"),
        pv(z, "ha", "a.review.corrected", "淮安市政府2024年信息公开行政复议里面被纠正的多少件", alt=HA_RV_CO),
        pv(z, "ha", "a.review.pending", "淮安2024年复议 还没审结的 几个", alt=HA_RV_PE),
        pv(z, "ha", "c.normative_docs.repealed", "淮安市2024年废掉了多少件规范性文件"),
        pv(z, "ha", "c.coercion.decisions", "淮安市2024年行政强制做了多少次决定，就是查封扣押那些"),
        pv(z, "ha", "r.received.total", "淮安市2024年一共收到多少政府信息公开申请", alt=HA_REC),
        pv(z, "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年 以内部事务信息为由拒绝公开几件"),
        pv(z, "sy", "r.withheld.admin_query.total", "沭阳25年 问的其实是查询类事项 政府没当申请给公开的 有多少"),
        pv(z, "sy", "r.other.other.total", "我2025年帮我妈给沭阳县政府写过申请，最后被归到'其他'处理了。想问下2025年沭阳这种其他处理的一共多少件"),
        pv(z, "sy", "r.other.overdue_fee.total", "沭阳县2025年要交费但申请人到期没交的 多少件"),
        pv(z, "sy", "r.not_processed.duplicate.total", "沭阳2025 同一件事反复申请被认定重复申请的几件"),
        pv(z, "sy", "r.not_processed.petition.total", "沭阳县2025年 其实是来信访投诉举报的，被挡回去不予处理的 多少件"),
        pv(z, "sy", "r.unable.needs_creation.total", "沭阳25年 要的东西政府手头没有现成的、得重新做才有 几件"),
        pv(z, "sy", "r.withheld.third_party.total", "沭阳县2025年涉及别人利益(第三方)没公开的几件"),
        pv(z, "sy", "a.review.other", "2025年沭阳信息公开复议 既不是维持也不是纠正的其他结果 有几件"),
        pv(z, "sy", "a.litigation_after_review.other", "沭阳县2025年复议完了又去打官司的，结果算其他的有几件"),
        pv(z, "sy", "r.received.legal_services", "沭阳25年律所提的新申请多少"),
        pv(z, "sy", "r.received.total", "沭阳县2025年本年新收的申请有多少件，不算上一年结转过来的", note="table 新收 713; text 受理 749 includes 上年结转, question excludes it"),
        pv(z, "sy", "c.fees.amount", "沭阳2025年行政事业性收费收了多少钱", **M),
        pv(z, "sy", "c.normative_docs.in_force", "沭阳县2025年底还管用的规范性文件有多少件"),
        pv(z, "sy", "r.carried_over.total", "沭阳县2025年从上一年接过来继续办的申请几件"),
        pv(z, "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 个人申请内容说不清楚没法提供的有几件"),
        pv(z, "sh19", "r.withheld.state_secret.natural_person", "2019年上海市府办 老百姓要的是国家秘密所以没给 几件"),
        pv(z, "sh19", "r.not_processed.petition.natural_person", "上海市府办19年 自然人那边 把信访投诉当信息公开申请来提的、没处理的 多少"),
        pv(z, "sh19", "r.received.commercial", "上海市政府办公厅2019年企业来申请公开的多少件"),
        pv(z, "sh19", "c.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少", note="对外公开总数, not 本年制作"),
        pv(z, "sh19", "c.procurement.projects", "上海市政府办公厅2019年政府集中采购的项目有几个"),
        pv(z, "sh19", "r.received.total", "上海市政府办公厅2019年共受理了多少件公开申请", alt=SH19_REC),
        pv(z, "hz23", "r.withheld.state_secret.total", "洪泽区政府2023年因为是国家秘密不公开的有没有 几件"),
        pv(z, "hz23", "r.unable.needs_creation.total", "洪泽2023年 要的材料得另外新做才有、所以没提供的 多少"),
        pv(z, "hz23", "r.not_processed.petition.total", "洪泽区2023 信访性质的申请不处理的几件"),
        pv(z, "hz23", "c.fees.amount", "洪泽2023年行政事业性收费金额", **M),
        pv(z, "hz23", "r.received.total", "洪泽区二〇二三年受理的信息公开申请几件", alt=HZ_REC),
        pv(z, "jx", "c.procurement.amount", "涧西区政府办2020年政府采购合同金额多少", **M),
        pv(z, "jx", "r.carried_forward.total", "涧西区2020年年底还没办完要转到下一年的申请几件", alt=JX_PEND),
        pv(z, "hz24", "c.punishment.decisions", "洪泽区2024年行政处罚做了多少件"),
        pv(z, "hz24", "r.unable.not_held.total", "洪泽24年 政府回复说自己根本没有这个信息的 几件"),
        pv(z, "kw", "r.received.commercial", "上海科委2024年企业新申请几件"),
        pv(z, "kw", "c.normative_docs.in_force", "市科委2024年现行有效的规范性文件多少件"),
        pv(z, "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年要另行制作才有、所以没给的申请多少"),
        pv(z, "sh25", "r.not_processed.petition.total", "上海市府办2025年 申请里其实是信访举报投诉的、不予处理 几件"),
        pv(z, "sh25", "a.review.pending", "上海市政府办公厅2025年信息公开复议到年底还没结的有几件"),
        pv(z, "sh25", "r.carried_over.legal_services", "上海市府办2025年上年结转的申请里 律所那一栏是几"),
        # --- en ---
        pv(e, "ha", "r.withheld.process_info.total", "Huai'an city gov 2024: how many requests were turned down because the info was still internal drafts / deliberation stuff?", "paraphrase: 过程性信息"),
        pv(e, "ha", "r.withheld.third_party.natural_person", "In 2024, how many requests from private individuals did Huaian refuse because releasing would hurt some third party?"),
        pv(e, "ha", "r.not_processed.duplicate.total", "huaian 2024 how many requests were dropped bc the same person asked same thing again"),
        pv(e, "ha", "r.other.other.total", "For Huai'an in 2024, how many requests ended up in the catch-all 'other handling' bucket (not the late-correction or unpaid-fee ones)?"),
        pv(e, "ha", "r.unable.needs_creation.total", "Huai'an 2024 - requests where the government would have had to compile something new that didn't exist yet, so nothing was given. Number?"),
        pv(e, "ha", "a.litigation_direct.other", "Huaian 2024: lawsuits filed straight in court (no review first) that ended some other way — e.g. withdrawn, dismissed. How many?"),
        pv(e, "ha", "a.litigation_direct.pending", "How many Huai'an 2024 direct lawsuits over disclosure were still undecided at year end?"),
        pv(e, "ha", "a.litigation_after_review.corrected", "Huai'an 2024: of the suits brought after an administrative review, how many did the court rule against the government on?"),
        pv(e, "ha", "a.review.other", "Huai'an 2024 admin reconsideration cases closed with 'other results' (not upheld, not corrected)?", alt=HA_RV_OT),
        pv(e, "ha", "r.received.commercial", "how many new requests did companies send Huaian gov in 2024"),
        pv(e, "ha", "r.total_processed.total", "Huai'an municipal government, FY2024 — total requests it finished answering (办理结果总计)?", alt=HA_DONE),
        pv(e, "ha", "c.licensing.decisions", "Number of administrative licensing decisions Huai'an made in 2024?"),
        pv(e, "ha", "c.fees.amount", "How much did Huai'an take in from administrative fees in 2024 (行政事业性收费)?", **M),
        pv(e, "sy", "r.withheld.security_stability.total", "Shuyang County 2025 — requests refused because disclosure could endanger public safety or social stability"),
        pv(e, "sy", "r.withheld.enforcement_files.total", "Shuyang county 2025, requests denied since the info sits in law-enforcement case files?"),
        pv(e, "sy", "r.withheld.process_info.total", "Shuyang 2025: refusals on the ground that the document was only process information (drafts, discussion records)?"),
        pv(e, "sy", "r.other.overdue_correction.total", "In Shuyang County's 2025 report, how many requests were closed because the applicant never fixed their application in time?"),
        pv(e, "sy", "r.partially_granted.legal_services", "Shuyang 2025: requests from law firms that got a partial release?"),
        pv(e, "sy", "a.review.corrected", "Shuyang County 2025 — administrative reviews where the decision was reversed or ordered fixed?"),
        pv(e, "sy", "a.review.pending", "shuyang 2025 how many reconsideration cases still open at end of year"),
        pv(e, "sy", "a.litigation_after_review.pending", "Shuyang 2025: court cases after reconsideration not yet judged?"),
        pv(e, "sy", "r.granted.commercial", "Shuyang county government in 2025 fully granted how many requests coming from businesses?"),
        pv(e, "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang County issue in 2025?"),
        pv(e, "sy", "r.received.legal_person", "Shuyang 2025 new requests from legal persons and other organisations (法人或其他组织), table figure?", alt=SY_LEGAL),
        pv(e, "sh19", "r.withheld.admin_query.commercial", "Shanghai General Office 2019: requests from companies treated as admin inquiries and so not disclosed?"),
        pv(e, "sh19", "r.unable.needs_creation.commercial", "Shanghai municipal general office, 2019, business applicants whose info would need to be newly made — how many?"),
        pv(e, "sh19", "r.not_processed.duplicate.commercial", "In 2019 how many repeat requests from enterprises did the Shanghai General Office decline to process?"),
        pv(e, "sh19", "a.litigation_direct.pending", "Shanghai General Office 2019: direct lawsuits still pending?"),
        pv(e, "sh19", "c.procurement.amount", "What was the Shanghai General Office's government procurement total in 2019 (amount)?", **M),
        pv(e, "sh19", "r.carried_forward.total", "Shanghai General Office 2019 — requests pushed over into the next year for a reply?", alt=SH19_NEXT),
        pv(e, "hz23", "r.withheld.process_info.total", "Hongze District 2023: how many refusals citing process information?"),
        pv(e, "hz23", "r.withheld.enforcement_files.total", "Hongze district government 2023, requests refused because they were enforcement case files"),
        pv(e, "hz23", "c.normative_docs.repealed", "how many normative documents did Hongze scrap in 2023"),
        pv(e, "hz23", "c.coercion.decisions", "Hongze 2023 administrative compulsion decisions (行政强制)?"),
        pv(e, "jx", "r.granted.total", "Jianxi District 2020: how many requests were answered by disclosing everything?"),
        pv(e, "jx", "c.procurement.projects", "Jianxi District gov office 2020, number of procurement projects?"),
        pv(e, "hz24", "c.fees.amount", "Hongze District 2024 fee revenue (行政事业性收费) please", **M),
        pv(e, "hz24", "r.granted.total", "Hongze 2024 — requests where the district just handed over the whole thing?"),
        pv(e, "kw", "c.licensing.decisions", "STCSM 2024: number of administrative licences granted/decided?"),
        pv(e, "kw", "r.carried_over.total", "Shanghai science commission 2024: requests left over from the year before?", alt=KW_PREV),
        pv(e, "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests where the office said it simply doesn't hold the info?"),
        pv(e, "sh25", "r.not_processed.duplicate.total", "Shanghai govt general office 2025: repeat applications not processed, how many?"),
        pv(e, "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025, direct-to-court disclosure suits still undecided?"),
        pv(e, "sh25", "r.carried_over.total", "how many 2025 requests at Shanghai General Office were carried in from the previous year", alt=SH25_PREV),
    ]


def traps():
    z, e = "zh", "en"
    return [
        tr(z, "ha", "a.litigation_after_review.total", "淮安2024年 先复议、复议完不服再去法院告的 一共几件", "复议后起诉 vs 直接起诉"),
        tr(z, "sy", "r.carried_forward.total", "沭阳县2025年没办完、推到下一年继续办的申请有几件", "结转下年 vs 上年结转", alt=SY_NEXT),
        tr(z, "ha", "c.normative_docs.in_force", "淮安市政府2024年到年底仍然有效的规范性文件数（不是当年新发的）", "现行有效 vs 制发"),
        tr(z, "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件 对外公开总数 不是本年新制作的那个", "对外公开总数 vs 新制作"),
        tr(z, "ha", "r.withheld.internal_affairs.commercial", "淮安2024 企业申请里以内部事务为由不给的 几件 别跟过程性信息搞混", "内部事务 vs 过程性信息"),
        tr(z, "sy", "a.litigation_direct.upheld", "沭阳县2025年没经过复议直接起诉、法院维持政府做法的几件", "直接起诉 vs 复议后起诉"),
        tr(z, "ha", "r.received.legal_services", "淮安2024年 律师事务所那种(法律服务机构)新申请几件 不是商业企业", "法律服务机构 vs 商业企业"),
        tr(e, "ha", "a.review.other", "Huai'an 2024 reconsiderations: not the corrected ones, the 'other outcome' column — how many?", "其他结果 vs 纠正", alt=HA_RV_OT),
        tr(e, "sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement: the number of projects, not the money", "采购项目数 vs 金额"),
        tr(e, "ha", "r.unable.needs_creation.total", "Huaian 2024, info that would have to be newly produced (not the 'we don't have it' row) — count?", "另行制作 vs 不掌握"),
        tr(e, "sy", "r.partially_granted.total", "Shuyang 2025: only-partly-released requests, not the fully released ones", "部分公开 vs 予以公开"),
        tr(e, "ha", "c.normative_docs.repealed", "Huai'an 2024: normative docs abolished that year — not the ones issued or still valid", "废止 vs 制发/现行有效"),
        tr(e, "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests rolled over INTO the next year (not the ones brought in from the year before)", "结转下年 vs 上年结转"),
        tr(e, "jx", "a.litigation_after_review.upheld", "Jianxi District 2020: suits after reconsideration where the court backed the office — not the direct suits", "复议后起诉 vs 直接起诉"),
    ]


def combos():
    z, e = "zh", "en"
    return [
        sm(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年 全部公开加上部分公开 合起来多少件"),
        sm(z, "sy", ["r.withheld.internal_affairs.total", "r.withheld.process_info.total"], "沭阳2025年 内部事务和过程性信息这两条理由不公开的 加一起几件"),
        sm(z, "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024年信息公开方面 复议、直接起诉、复议后起诉 三项总数合计"),
        sm(z, "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年 信访类加重复申请 被不予处理的一共多少"),
        sm(z, "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "上海市政府办公厅2019年 本机关不掌握这一行 自然人、商业企业、法律服务机构三栏加起来"),
        sm(z, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 没有这信息的和得另外做的 合计多少件"),
        sm(z, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安24年 其他处理三个小项（逾期不补正、逾期不交费、其他）加总"),
        sm(z, "sy", ["c.licensing.decisions", "c.punishment.decisions"], "沭阳县2025年行政许可和行政处罚的决定数加起来"),
        sm(e, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: add up all eight reasons for refusing disclosure — what's the total?"),
        sm(e, "sy", ["a.review.upheld", "a.review.corrected"], "Shuyang 2025 reconsiderations: upheld plus corrected, together?"),
        sm(e, "ha", ["r.received.natural_person", "r.carried_over.natural_person"], "Huaian 2024, individuals only: new requests plus the ones carried over from before"),
        sm(e, "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"], "Shanghai General Office 2019: fully granted requests, summing the individual, company, law-firm and other-org columns"),
        sm(e, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020: reconsiderations + direct lawsuits + lawsuits after review, total"),
        sm(e, "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Shuyang 2025 — 'we don't have it' plus 'would need to be created', combined?"),
        sm(e, "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Huai'an 2024 lawsuits the government won (upheld), direct and after-review together", alt=("其中结果维持", 25)),
        sm(e, "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023: licensing + penalty + compulsion decisions summed"),
        df(z, "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可 2024年比2023年多了多少"),
        df(z, "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定数，2023年到2024年变化了多少（24减23）"),
        df(z, "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请 2025年跟2019年比差多少"),
        df(z, "sh19", "sh25", "r.received.commercial", "上海市政府办公厅企业新申请数 2019年和2025年相差几件"),
        df(z, "hz23", "hz24", "c.coercion.decisions", "洪泽行政强制 2024年比2023年少了多少"),
        df(e, "hz23", "hz24", "c.fees.amount", "Change in Hongze District's administrative fee income from 2023 to 2024?", unit="万元"),
        df(e, "sh19", "sh25", "a.review.total", "Shanghai General Office: disclosure reconsiderations in 2025 vs 2019 — by how many did they go up?"),
        df(e, "sh19", "sh25", "r.received.natural_person", "How much did new requests from private individuals at the Shanghai General Office rise between 2019 and 2025?"),
        df(e, "hz23", "hz24", "r.unable.not_held.total", "Hongze: 'info not held' answers, 2024 minus 2023?"),
        df(e, "sh19", "sh25", "r.carried_over.total", "Shanghai General Office requests carried in from the prior year: difference between 2019 and 2025?"),
    ]


def ranks():
    z, e = "zh", "en"
    G = ["ha", "sy", "sh19", "jx"]
    return [
        rk(z, ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市政府2024年、沭阳县政府2025年、上海市府办2019年，哪个收到的新申请最多"),
        rk(z, ["ha", "sy", "jx"], "a.review.total", "asc", "复议最少的是哪家：淮安2024、沭阳2025、涧西区2020"),
        rk(z, ["ha", "sy", "sh19", "hz23"], "r.carried_forward.total", "desc", "淮安(2024)、沭阳(2025)、上海市府办(2019)、洪泽(2023) 哪个结转到下一年的最多"),
        rk(z, ["sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc", "沭阳2025、上海市政府办公厅2019、洪泽区2023 三家里 个人申请要另行制作的谁最多"),
        rk(z, ["ha", "sy", "hz23"], "c.fees.amount", "asc", "淮安2024、沭阳2025、洪泽2023 行政事业性收费哪个最少"),
        rk(z, ["ha", "sy", "sh19", "jx"], "r.received.commercial", "desc", "企业申请最多的是谁 淮安市2024 沭阳县2025 上海市府办2019 涧西区2020"),
        rk(z, G, "r.total_processed.total", "asc", "淮安2024年、沭阳2025年、上海市政府办公厅2019年、涧西区2020年，办结总数最少的是哪个"),
        rk(e, ["ha", "sy", "sh19"], "a.litigation_direct.total", "desc", "Which had the most direct disclosure lawsuits: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        rk(e, ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Fewest administrative penalty decisions — Huai'an 2024, Shuyang 2025, Hongze 2023?"),
        rk(e, ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc", "Who carried the most requests in from the year before: Huaian 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?"),
        rk(e, ["sy", "sh19", "hz23"], "r.received.natural_person", "asc", "Among Shuyang 2025, Shanghai General Office 2019 and Hongze 2023, which got the fewest requests from ordinary people?"),
        rk(e, ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "Individuals told 'we don't hold that': most at Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        rk(e, ["ha", "sy", "jx"], "a.review.upheld", "desc", "Which body had the most reconsiderations upheld — Huai'an (2024), Shuyang (2025), Jianxi (2020)?"),
    ]


def followups():
    z, e = "zh", "en"
    return [
        fu(z, [("淮安市2024年因为属于国家秘密不给公开的有几件", E("ha", "r.withheld.state_secret.total")),
               ("那沭阳县2025年同一项呢", E("sy", "r.withheld.state_secret.total"))], "switch body"),
        fu(z, [("沭阳县2025年信息公开复议一共多少件", E("sy", "a.review.total")),
               ("其中维持的呢", E("sy", "a.review.upheld")),
               ("被纠正的", E("sy", "a.review.corrected"))], "switch column"),
        fu(z, [("洪泽区2023年行政许可多少", E("hz23", "c.licensing.decisions")),
               ("换成2024年呢", E("hz24", "c.licensing.decisions"))], "switch year"),
        fu(z, [("上海市府办2019年结转到下一年的申请几件", E("sh19", "r.carried_forward.total", alt=SH19_NEXT)),
               ("25年呢", E("sh25", "r.carried_forward.total"))], "switch year"),
        fu(z, [("淮安2024年 直接去法院告政府的官司几件", E("ha", "a.litigation_direct.total")),
               ("法院站政府那边的（维持）有几件", E("ha", "a.litigation_direct.upheld")),
               ("判政府错的呢", E("ha", "a.litigation_direct.corrected"))], "switch column"),
        fu(z, [("沭阳2025年 申请人被要求补正但过期没补的几件", E("sy", "r.other.overdue_correction.total")),
               ("过期没交钱的呢", E("sy", "r.other.overdue_fee.total"))], "switch row"),
        fu(z, [("淮安市政府2024年 因为申请的东西本机关不掌握 没法提供的多少", E("ha", "r.unable.not_held.total")),
               ("其中企业申请的", E("ha", "r.unable.not_held.commercial")),
               ("律所的呢", E("ha", "r.unable.not_held.legal_services"))], "switch column"),
        fu(z, [("涧西区政府办2020年新收了几件申请", E("jx", "r.received.total", alt=JX_REC)),
               ("办结的呢", E("jx", "r.total_processed.total", alt=JX_DONE))], "switch row"),
        fu(z, [("上海科委2024年 申请全给公开了的几件", E("kw", "r.granted.total", alt=KW_OK)),
               ("同一年一共办了多少件", E("kw", "r.total_processed.total"))], "switch row"),
        fu(z, [("沭阳县2025年因为涉及行政执法案卷不公开的几件", E("sy", "r.withheld.enforcement_files.total")),
               ("淮安市2024年呢", E("ha", "r.withheld.enforcement_files.total"))], "switch body"),
        fu(z, [("上海市政府办公厅2025年行政复议多少件（按表）", E("sh25", "a.review.total")),
               ("那直接起诉的呢", E("sh25", "a.litigation_direct.total")),
               ("复议后再起诉的", E("sh25", "a.litigation_after_review.total"))], "switch appeals group"),
        fu(z, [("洪泽区2023年部分公开的申请几件", E("hz23", "r.partially_granted.total")),
               ("沭阳2025年部分公开几件", E("sy", "r.partially_granted.total"))], "switch body"),
        fu(z, [("沭阳2025年 自然人申请被当成行政查询事项的几件", E("sy", "r.withheld.admin_query.natural_person")),
               ("淮安2024年一样的那个数", E("ha", "r.withheld.admin_query.natural_person"))], "switch body"),
        fu(z, [("淮安2024 复议后又起诉 法院维持的几件", E("ha", "a.litigation_after_review.upheld")),
               ("沭阳2025呢", E("sy", "a.litigation_after_review.upheld"))], "switch body"),
        fu(z, [("上海市府办2019年本年新收申请里 自然人几件", E("sh19", "r.received.natural_person")),
               ("2025年的自然人呢", E("sh25", "r.received.natural_person"))], "switch year"),
        fu(z, [("洪泽区2024年规范性文件 新制发几件", E("hz24", "c.normative_docs.issued")),
               ("现行有效的呢", E("hz24", "c.normative_docs.in_force"))], "switch column"),
        fu(z, [("淮安市2024年 重复申请不予处理几件", E("ha", "r.not_processed.duplicate.total")),
               ("信访举报投诉那种呢", E("ha", "r.not_processed.petition.total")),
               ("要求确认已公开信息的那种", E("ha", "r.not_processed.reconfirm.total"))], "switch row"),
        fu(z, [("沭阳县2025年上年结转的申请几件", E("sy", "r.carried_over.total")),
               ("淮安市2024年上年结转几件", E("ha", "r.carried_over.total", alt=HA_PREV))], "switch body"),
        fu(z, [("上海市府办2019 要求另行制作所以没提供的 自然人几件", E("sh19", "r.unable.needs_creation.natural_person")),
               ("商业企业那一栏呢", E("sh19", "r.unable.needs_creation.commercial"))], "switch column"),
        fu(z, [("淮安2024年行政处罚决定多少", E("ha", "c.punishment.decisions")),
               ("行政强制呢", E("ha", "c.coercion.decisions"))], "switch row"),
        fu(e, [("Shuyang 2025: requests refused for third-party reasons?", E("sy", "r.withheld.third_party.total")),
               ("and Huai'an for 2024?", E("ha", "r.withheld.third_party.total"))], "switch body"),
        fu(e, [("Huai'an 2024 — reconsiderations upheld?", E("ha", "a.review.upheld", alt=HA_RV_UP)),
               ("still pending?", E("ha", "a.review.pending", alt=HA_RV_PE))], "switch column"),
        fu(e, [("Hongze 2023 penalty decisions?", E("hz23", "c.punishment.decisions")),
               ("what about 2024", E("hz24", "c.punishment.decisions"))], "switch year"),
        fu(e, [("How many new requests did the Shanghai science commission get in 2024?", E("kw", "r.received.total", alt=KW_REC)),
               ("how many of those were from individuals", E("kw", "r.received.natural_person")),
               ("and from companies?", E("kw", "r.received.commercial"))], "switch column"),
        fu(e, [("Shanghai General Office 2019, direct lawsuits total?", E("sh19", "a.litigation_direct.total")),
               ("2025?", E("sh25", "a.litigation_direct.total"))], "switch year"),
        fu(e, [("Shuyang 2025: requests where the county said it doesn't hold the info", E("sy", "r.unable.not_held.total")),
               ("and ones needing new compilation?", E("sy", "r.unable.needs_creation.total"))], "switch row"),
        fu(e, [("Huai'an 2024 fully disclosed, from individuals?", E("ha", "r.granted.natural_person")),
               ("from businesses?", E("ha", "r.granted.commercial")),
               ("from law firms?", E("ha", "r.granted.legal_services"))], "switch column"),
        fu(e, [("Jianxi 2020: direct lawsuits?", E("jx", "a.litigation_direct.total")),
               ("and reconsiderations?", E("jx", "a.review.total"))], "switch appeals group"),
        fu(e, [("Shanghai General Office 2025 — requests refused as petitions/complaints?", E("sh25", "r.not_processed.petition.total")),
               ("what about Huai'an 2024", E("ha", "r.not_processed.petition.total"))], "switch body"),
        fu(e, [("Huai'an 2024 procurement? no — normative documents issued that year?", E("ha", "c.normative_docs.issued")),
               ("and still valid at year end?", E("ha", "c.normative_docs.in_force"))], "switch column"),
        fu(e, [("Shuyang 2025 admin licensing decisions", E("sy", "c.licensing.decisions")),
               ("Huaian 2024 same thing", E("ha", "c.licensing.decisions"))], "switch body"),
        fu(e, [("Hongze 2024 — reconsideration cases in the table?", E("hz24", "a.review.total")),
               ("direct lawsuits?", E("hz24", "a.litigation_direct.total")),
               ("suits after reconsideration?", E("hz24", "a.litigation_after_review.total"))], "switch appeals group"),
        fu(e, [("Shanghai General Office 2019 — requests refused as state secrets, from individuals?", E("sh19", "r.withheld.state_secret.natural_person")),
               ("internal affairs, individuals?", E("sh19", "r.withheld.internal_affairs.natural_person"))], "switch row"),
        fu(e, [("Shuyang County 2025 partly released for individuals?", E("sy", "r.partially_granted.natural_person")),
               ("for law firms?", E("sy", "r.partially_granted.legal_services"))], "switch column"),
        fu(e, [("Huai'an 2024 refusals for safety/stability reasons?", E("ha", "r.withheld.security_stability.total")),
               ("Shuyang 2025?", E("sy", "r.withheld.security_stability.total"))], "switch body"),
        fu(e, [("Hongze 2023 normative documents still in force?", E("hz23", "c.normative_docs.in_force")),
               ("2024?", E("hz24", "c.normative_docs.in_force"))], "switch year"),
        fu(e, [("Shanghai General Office 2025: 'don't hold the info' requests?", E("sh25", "r.unable.not_held.total")),
               ("and 'would need to be newly made'?", E("sh25", "r.unable.needs_creation.total"))], "switch row"),
        fu(e, [("Huaian 2024 requests closed with applicants failing to pay the fee on time?", E("ha", "r.other.overdue_fee.total")),
               ("for Shuyang County in 2025?", E("sy", "r.other.overdue_fee.total"))], "switch body"),
        fu(e, [("Shuyang 2025 direct suits total?", E("sy", "a.litigation_direct.total")),
               ("and after reconsideration?", E("sy", "a.litigation_after_review.total")),
               ("of those, still pending?", E("sy", "a.litigation_after_review.pending"))], "switch appeals group / column"),
    ]


def narratives():
    z, e = "zh", "en"
    return [
        nv(z, "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        nv(z, "ha", "全覆盖检查", 4, "次", "淮安2024年对信息公开栏目搞了几次全覆盖检查"),
        nv(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站上主动发了多少条政府信息"),
        nv(z, "hz24", "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议"),
        nv(z, "sy", "开展意见征集9期", 9, "期", "沭阳县2025年通过门户网站搞了几期意见征集"),
        nv(z, "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "沭阳2025年 县直部门在信息公开页面上发了多少条"),
        nv(z, "sy", "开设《项目进行时》", 33, "个", "沭阳县2025年政务新媒体开了多少个专栏"),
        nv(z, "sy", "全年发出催办提示", 84, "次", "沭阳2025年那个倒计时报警器一共发了几次催办提醒"),
        nv(z, "sy", "失效链接43处", 43, "处", "沭阳县政府网站2025年整改了多少处打不开的链接"),
        nv(z, "sy", "累计清理过期信息", 697, "条", "沭阳2025年清理掉多少条过期信息"),
        nv(z, "sy", "完成全县64家单位", 64, "家", "沭阳县2025年集中公开年报的单位有多少家"),
        nv(z, "sy", "全县共办理相关案件", 74, "件", "沭阳2025年全县办理的复议诉讼相关案件一共多少件（按报告文字说的）"),
        nv(z, "kw", "日常报送惠企政策", 83, "条", "上海科委2024年日常报送的惠企政策几条"),
        nv(z, "kw", "直播 118", 118, "场", "市科委2024年视频号直播了多少场"),
        nv(z, "kw", "市科委 5 个高频事项", 5, "个", "上海市科委2024年设置阅办联动的高频事项有几个"),
        nv(z, "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会"),
        nv(z, "sh25", "含申请人主动撤回", 157, "件", "上海市府办2025年 申请人自己撤回的申请有几件"),
        nv(z, "sh25", "16 个区全部上线数字公报", 16, "个", "上海2025年有几个区上线了数字公报（市府办年报里说的）"),
        nv(z, "sh19", "通过“中国上海”门户网站发布政策解读共", 132, "件", "上海市政府办公厅2019年在中国上海门户网站发了多少件政策解读"),
        nv(z, "sh19", "对市政府常务会议的重要议题进行权威发布共计", 38, "次", "上海市府办2019年对常务会议重要议题权威发布了几次"),
        nv(e, "ha", "政务新媒体共计 95", 95, "个", "How many official social-media accounts was Huai'an running according to its 2024 report?"),
        nv(e, "hz24", "主动发布各类政府信息", 2428, "条", "How many items did Hongze District push out on its government website in 2024?"),
        nv(e, "hz24", "解读信息发布", 7, "条", "Hongze 2024: how many policy explainer pieces went up?"),
        nv(e, "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条", "Shuyang County 2025 — how many pieces of information did the county's main website put out on its own initiative?"),
        nv(e, "sy", "推送系列原创短视频", 1113, "个", "How many self-made short videos did Shuyang's official accounts post in 2025?"),
        nv(e, "sy", "策采相关新闻稿件", 2606, "篇", "Shuyang 2025: number of news articles the county's social-media team wrote up?"),
        nv(e, "sy", "不规范描述22处", 22, "处", "In 2025, how many sloppy or non-standard wordings did Shuyang fix on its website?"),
        nv(e, "sy", "累计发布解读类信息", 21, "条", "Shuyang County 2025: how many policy-explaining posts were published over the year?"),
        nv(e, "sy", "收取信息处理费共计380元", 380, "元", "Total information-processing charges collected by Shuyang County agencies in 2025, in yuan?"),
        nv(e, "sy", "3份清单", 3, "份", "Shuyang 2025: how many disclosure catalogues/lists were revised?"),
        nv(e, "kw", "今年累计批量推送集成式发布政策", 121, "条", "Shanghai science commission 2024 — how many policies were pushed out in bundled releases?"),
        nv(e, "kw", "其中原创文章 294", 294, "篇", "STCSM 2024: how many WeChat articles were written in-house (original)?"),
        nv(e, "kw", "粉丝数54373", 54373, "人", "How many followers did the Shanghai science commission's video channel have per its 2024 report?"),
        nv(e, "sh25", "召开市政府新闻发布会 42", 42, "场", "Shanghai municipal government 2025: number of press conferences held (per the General Office report)?"),
        nv(e, "sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "How many issues of the Shanghai government gazette came out in 2025?"),
        nv(e, "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025: how many documents went through a pre-release check?"),
        nv(e, "sh19", "统一受理平台接入53个部门", 2261, "项", "Shanghai 2019: how many services were hooked into the one-stop intake platform?"),
        nv(e, "sh19", "每季度对本市处于正常运行状态的70家政府网站", 70, "家", "How many live government websites did Shanghai inspect each quarter in 2019?"),
        nv(e, "jx", "设置26个试点领域", 26, "个", "Jianxi District 2020: in how many pilot areas were standardised disclosure columns set up?"),
    ]


def cannots():
    z, e = "zh", "en"
    return [
        un(z, "淮安市2024年申请信息公开的人里男的女的各多少", "sex breakdown not reported"),
        un(z, "沭阳县2025年哪个乡镇的申请最多", "township breakdown not reported"),
        un(z, "我2025年3月给沭阳县自然资源局交了个申请到现在没回，能帮我查下进度吗", "one person's own case"),
        un(z, "淮安市2024年信息公开申请平均多少天答复", "response time not reported"),
        un(z, "洪泽区2022年依申请公开多少件", "year not in the corpus"),
        un(z, "南京市2024年政府信息公开申请收了多少", "body not in the corpus"),
        un(z, "沭阳县2026年预计会收到多少申请", "forecast"),
        un(z, "上海市府办2025年申请里关于征地拆迁的有多少件", "topic breakdown not reported"),
        un(z, "你觉得淮安市政府2024年信息公开做得好不好", "opinion"),
        un(z, "涧西区2021年受理多少件申请", "year not in the corpus"),
        un(z, "宿迁市2025年行政复议多少件", "body not in the corpus"),
        un(z, "上海市科委2024年信息公开工作有几个专职人员", "staff not reported"),
        un(z, "帮我查下淮安2024年申请信息公开的那个张某某的电话", "personal data"),
        un(z, "沭阳县2025年每个季度各收到多少申请", "quarter breakdown not reported"),
        un(z, "洪泽区2024年信息公开申请里 网上申请和当面申请各多少", "channel breakdown not reported"),
        un(z, "淮安市2024年办信息公开花了多少经费", "costs not reported"),
        un(z, "上海市政府办公厅2025年申请人里外地人占多少", "residence not reported"),
        un(z, "浦东新区2024年信息公开申请量", "body not in the corpus"),
        un(z, "淮安2024年复议被纠正的那64件具体是哪些部门的", "department breakdown not reported"),
        un(e, "What share of Huai'an's 2024 information requests came from people over 60?", "age breakdown not reported"),
        un(e, "Which month of 2025 did Shuyang County receive the most requests in?", "month breakdown not reported"),
        un(e, "How many disclosure requests did Shanghai's Pudong New Area get in 2025?", "body not in the corpus"),
        un(e, "Shanghai science commission 2023 — new requests?", "year not in the corpus"),
        un(e, "Can you predict how many reconsiderations Huai'an will face in 2025?", "forecast"),
        un(e, "Is Shuyang County's 2025 disclosure work better than Huai'an's 2024? your honest opinion", "opinion"),
        un(e, "Shanghai General Office 2022 — how many requests were received?", "year not in the corpus"),
        un(e, "Which industries did the companies that applied to Shanghai General Office in 2025 belong to?", "industry breakdown not reported"),
        un(e, "I filed a request with Hongze District in 2024 about my land compensation — was mine one of the refused ones?", "one person's own case"),
        un(e, "How long on average did Shuyang take to answer a request in 2025?", "response time not reported"),
        un(e, "Give me the names and ID numbers of the people who sued Huai'an over disclosure in 2024", "personal data"),
        un(e, "Qingjiangpu district 2024 disclosure requests — number?", "body not in the corpus"),
        un(e, "How many of Huai'an's 2024 requests were about housing demolition?", "topic breakdown not reported"),
        un(e, "Number of staff handling disclosure at the Huai'an government office in 2024?", "staff not reported"),
        un(e, "Why did the Shanghai General Office's requests rise in 2025 — what were the main reasons given with numbers?", "reasons/figures not stated"),
        un(e, "Hongze 2024: how many requests came in by post versus online?", "channel breakdown not reported"),
        un(e, "Jianxi 2020: how many requests came from each street/sub-district?", "district breakdown not reported"),
        un(e, "Shuyang 2025 — how many requesters were women?", "sex breakdown not reported"),
        un(e, "What did the Shanghai science commission spend on its disclosure work in 2024?", "costs not reported"),
        un(z, "淮安市政府2027年信息公开年报什么时候出，申请量会涨吗", "forecast"),
    ]


def CONVERSATIONS():
    return values() + traps() + combos() + ranks() + followups() + narratives() + cannots()
