"""Question bank of the blind50 evaluation set (evals/blind50).

WARNING: holds the text of every test question -- as frozen as test.jsonl; do not read while
tuning the engine. Every wording was newly written for this set. Numbers are never typed here:
helpers50 computes them from gold/*.json, from printed rows of reports without gold (SPECS,
the cells blind6 verified) or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib50 as L  # noqa: E402
from helpers50 import C, E, EN, EU, ED, ER, V, T, S, N, U, D, R, F, cols  # noqa: E402,F401

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

# text and table state the same number (keyword of the sentence, number)
A_HA = "全市共受理政府信息公开申请"
A_HA_RV = "政府信息公开行政复议"
A_SH19 = "代表市政府共受理政府信息公开申请"
A_SH25 = "市政府共受理政府信息公开申请"
A_KW = "全年收到政府信息公开申请"


def PV(lang, b, keys, q, note="table value", **kw):
    return V(lang, b, keys, q, "[plain] " + note, **kw)


def TR(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def SU(lang, b, keys, q, note="sum of the listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + note, **kw)


def DI(lang, b1, b2, keys, q, note="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + note, **kw)


def RK(lang, bodies, keys, order, q, note="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, "[rank] " + note)


def NT(lang, b, kw, v, unit, q, note="number only the narrative states"):
    return N(lang, b, kw, v, unit, q, "[textonly] " + note)


def UN(lang, q, why, note="looks answerable, is not"):
    return U(lang, q, why, "[cannot] " + note)


def FU(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def VALUES():
    out = [
        # ---- zh
        PV("zh", "sy", "r.received.total", "沭阳县2025年本年新收的信息公开申请有几件 不算上年结转过来的", "sy new requests only (text 749 includes carried-over)"),
        PV("zh", "sy", "r.unable.not_held.total", "我前阵子帮我妈给沭阳县政府写过申请，人家回复说他们不掌握这个信息。想问下2025年像这样回“本机关不掌握”的一共有多少件？", "story; not held"),
        PV("zh", "sy", "r.withheld.internal_affairs.total", "沭阳2025年因为属于内部事务信息不给公开的有几件", "internal affairs"),
        PV("zh", "sy", "r.other.other.total", "2025沭阳县 其他处理里面最后那个“其他”小项 多少", "other/other sub-item, not the group"),
        PV("zh", "sy", "a.review.corrected", "沭阳县政府2025年信息公开被复议后，复议机关给纠正了的有几起？", "review corrected"),
        PV("zh", "sy", "a.litigation_after_review.total", "沭阳2025年先复议、复议完又去法院告的案子总共几件", "after-review lawsuits total"),
        PV("zh", "sy", "c.licensing.decisions", "沭阳县2025年行政许可处理决定数是多少", "licensing"),
        PV("zh", "sy", "r.carried_forward.total", "沭阳县2025年办不完、要转到下一年接着办的申请有多少", "carried forward"),
        PV("zh", "sy", "r.partially_granted.total", "沭阳县25年部分公开的申请数", "partially granted"),
        PV("zh", "sy", "c.normative_docs.in_force", "请问沭阳县截至2025年底现行有效的行政规范性文件还有多少件？", "normative in force"),
        PV("zh", "ha", "r.received.total", "淮安市政府2024年一共收了多少信息公开申请", "text and table agree", alt=(A_HA, 3119)),
        PV("zh", "ha", "r.withheld.admin_query.total", "淮安2024年有多少申请被当成“行政查询事项”不予公开了？", "admin query"),
        PV("zh", "ha", "r.unable.not_held.commercial", "淮安市2024年 商业企业 申请的 回复本机关不掌握的 有几件", "one column"),
        PV("zh", "ha", "r.other.overdue_correction.total", "淮安市二〇二四年申请人逾期不补正、行政机关不再处理的申请数量是多少？", "overdue correction"),
        PV("zh", "ha", "c.normative_docs.repealed", "淮安2024年废止了几件行政规范性文件", "repealed"),
        PV("zh", "ha", "a.review.pending", "12345转述：来电人问淮安市政府2024年信息公开行政复议里还没审结的有多少件", "review pending; text agrees", alt=(A_HA_RV, 37)),
        PV("zh", "ha", "r.granted.legal_services", "淮安2024年律师事务所这类法律服务机构申请后被予以公开的有几件", "legal services granted"),
        PV("zh", "ha", "c.punishment.decisions", "核对一下：淮安市政府2024年报里行政处罚的本年处理决定数量那一格是多少", "punishment"),
        PV("zh", "ha", "r.withheld.prohibited_by_law.total", "淮安市2024年因其他法律行政法规禁止公开而不予公开的有几件", "prohibited by law"),
        PV("zh", "hz23", "r.unable.needs_creation.total", "洪泽区2023年有几件申请是因为没有现成信息、需要另行制作所以没提供的", "needs creation"),
        PV("zh", "hz23", "c.fees.amount", "洪泽23年行政事业性收费金额是多少万元", "fees", unit="万元"),
        PV("zh", "hz23", "c.coercion.decisions", "洪泽区政府2023年行政强制决定有多少个", "coercion"),
        PV("zh", "hz23", "r.partially_granted.total", "2023年洪泽区部分公开的有几件？", "partially granted"),
        PV("zh", "hz24", "active.punishment.decisions", "洪泽区2024年行政处罚处理决定的数量", "text row"),
        PV("zh", "hz24", "requests.unable.not_held.total", "洪泽2024年 不掌握相关信息 无法提供的申请 几件啊", "text row"),
        PV("zh", "hz24", "requests.granted.total", "洪泽区2024年依申请予以公开的有多少件", "text row"),
        PV("zh", "kw", "requests.received.commercial", "上海科委2024年新收的申请里，商业企业申请的有几件？", "text row, one column"),
        PV("zh", "kw", "active.normative_docs.in_force", "市科委2024年现行有效的规范性文件多少件", "text row in force"),
        PV("zh", "sh25", "requests.not_processed.petition.total", "上海市府办2025年把申请当信访举报投诉类、不予处理的有多少件", "text row petition"),
        PV("zh", "sh25", "requests.unable.needs_creation.total", "上海市政府办公厅2025年回复“没有现成信息需要另行制作”的有几件", "text row needs creation"),
        PV("zh", "sh25", "appeals.review.pending", "上海市府办2025年信息公开行政复议还有几件尚未审结", "text row review pending"),
        PV("zh", "sh19", "r.received.commercial", "2019年上海市政府办公厅收到的申请里 商业企业提的有多少", "commercial column"),
        PV("zh", "sh19", "r.unable.not_held.natural_person", "上海市府办2019年个人申请、回复不掌握信息的有几件", "natural person not held (total printed blank)"),
        PV("zh", "sh19", "c.regulations.total_published", "2019年上海市政府办公厅年报里规章“对外公开总数量”是多少件", "total published"),
        PV("zh", "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 自然人提的申请 按信访举报投诉不予处理的有多少", "petition natural person"),
        PV("zh", "sh19", "c.procurement.amount", "想查一下上海市政府办公厅2019年政府集中采购的总金额（万元）", "procurement amount", unit="万元"),
        PV("zh", "jx", "c.procurement.projects", "涧西区2020年政府集中采购项目有几个", "procurement projects"),
        PV("zh", "jx", "r.unable.not_held.total", "涧西区政府办2020年因为不掌握所以没法提供的申请有几件", "not held"),
        PV("zh", "jx", "c.normative_docs.total_published", "涧西区2020年规范性文件对外公开总数量", "total published"),
        PV("zh", "sy", "r.not_processed.duplicate.total", "我是做记者的，想核一个数：沭阳县2025年因重复申请不予处理的是多少件？", "duplicate"),
        PV("zh", "ha", "r.unable.unclear.total", "淮安2024年因为申请内容不明确没法提供的有多少件", "unclear"),
        PV("zh", "sy", "r.received.legal_services", "沭阳县2025年新收申请里法律服务机构申请的", "legal services received"),
        PV("zh", "ha", "a.litigation_after_review.corrected", "淮安市2024年复议后起诉的行政诉讼里 被纠正的 几件", "after review corrected"),
        PV("zh", "sh19", "r.carried_forward.total", "上海市政府办公厅2019年结转下年度继续办理的申请有多少件", "text and table agree", alt=(A_SH19, 72)),
        PV("zh", "jx", "r.received.total", "涧西区政府办公室2020年依申请公开一共收到几件", "text and table agree", alt=("全年共收到依申请公开", 17)),
        PV("zh", "kw", "requests.granted.total", "上海市科委2024年同意公开（予以公开）的申请是几件", "text and table agree", alt=("同意公开答复", 9)),
        # ---- en
        PV("en", "ha", "r.received.natural_person", "how many info disclosure requests did private individuals file with Huai'an city govt in 2024", "natural person received"),
        PV("en", "ha", "r.withheld.third_party.total", "Huaian 2024: requests refused because disclosure would harm a third party's rights (第三方合法权益)?", "third party"),
        PV("en", "ha", "r.not_processed.petition.total", "In 2024 how many requests did Huai'an set aside as really being complaints/petitions (信访举报投诉类)?", "petition"),
        PV("en", "ha", "c.fees.amount", "What did Huai'an collect in administrative fees (行政事业性收费) in 2024, in 10k yuan?", "fees", unit="万元"),
        PV("en", "ha", "r.partially_granted.commercial", "Huai'an 2024, partially disclosed answers that went to companies - how many", "one column"),
        PV("en", "ha", "a.litigation_direct.upheld", "For Huai'an in 2024, lawsuits filed straight at court (no review first) where the government's action was upheld: how many?", "direct upheld"),
        PV("en", "ha", "c.regulations.in_force", "how many municipal rules (规章) of Huai'an were still valid at end of 2024", "regulations in force"),
        PV("en", "ha", "r.other.overdue_fee.total", "Huaian FY2024 - number of requests closed because the applicant did not pay the fee in time?", "overdue fee"),
        PV("en", "ha", "r.carried_over.total", "Huai'an 2024, requests brought in from the year before (上年结转)?", "text and table agree", alt=(A_HA, 34)),
        PV("en", "sy", "r.received.natural_person", "Shuyang County 2025 - newly received requests from individuals only, not counting carry-over", "natural person new (text 741 includes carried-over)"),
        PV("en", "sy", "r.granted.total", "In 2025 how many requests did Shuyang fully disclose?", "granted"),
        PV("en", "sy", "r.withheld.admin_query.total", "Shuyang county gov 2025, how many refused as administrative inquiries", "admin query"),
        PV("en", "sy", "c.punishment.decisions", "Shuyang 2025 number of administrative penalty decisions (行政处罚)", "punishment"),
        PV("en", "sy", "a.review.upheld", "Shuyang County, 2025: admin reviews over disclosure where the original decision was kept (维持)?", "review upheld"),
        PV("en", "sy", "c.fees.amount", "My professor asked me for Shuyang's 2025 administrative fee income in the disclosure report, in 万元. What's the figure?", "fees", unit="万元"),
        PV("en", "sy", "r.other.overdue_fee.total", "Shuyang 2025: requests dropped because the applicant never paid the processing fee within the deadline", "overdue fee"),
        PV("en", "sy", "a.review.pending", "shuyang 2025 reviews not concluded yet", "review pending"),
        PV("en", "hz23", "r.unable.not_held.total", "Hongze District 2023, requests answered with 'we don't hold this information'?", "not held"),
        PV("en", "hz23", "c.licensing.decisions", "How many licensing decisions (行政许可) did Hongze make in 2023?", "licensing"),
        PV("en", "hz23", "r.received.total", "Total new disclosure requests Hongze District government got in 2023", "text and table agree", alt=("全区受理政府信息公开申请", 21)),
        PV("en", "hz23", "r.withheld.state_secret.total", "hongze 2023 any requests refused as state secrets? how many", "state secret"),
        PV("en", "hz24", "active.licensing.decisions", "Hongze District 2024 administrative licensing decisions count?", "text row"),
        PV("en", "hz24", "active.fees.amount", "Hongze 2024 administrative fees collected (行政事业性收费), 10k yuan", "text row", unit="万元"),
        PV("en", "hz24", "appeals.review.total", "In 2024 how many administrative reviews about disclosure did Hongze District face in total?", "text row"),
        PV("en", "kw", "active.licensing.decisions", "STCSM 2024 - admin licensing decisions made?", "text row"),
        PV("en", "kw", "requests.received.total", "Shanghai science commission: new disclosure applications in 2024?", "text and table agree", alt=(A_KW, 34)),
        PV("en", "kw", "requests.total_processed.total", "Total requests the Shanghai Science and Technology Commission closed out in 2024 (办理结果总计)", "text row total processed"),
        PV("en", "sh25", "requests.received.total", "Shanghai General Office 2025, applications newly received", "text and table agree", alt=(A_SH25, 1295)),
        PV("en", "sh25", "requests.unable.not_held.total", "For 2025, how many requests did the Shanghai municipal general office say it did not hold the info for (table figure)?", "text row not held (text 564 is a group)"),
        PV("en", "sh25", "requests.granted.total", "Shanghai General Office FY2025 fully disclosed requests (予以公开)", "text row granted"),
        PV("en", "sh25", "appeals.litigation_direct.total", "Shanghai govt general office 2025, lawsuits brought directly without review first, total", "text row direct lawsuits"),
        PV("en", "sh25", "requests.carried_over.natural_person", "2025 Shanghai General Office: of requests carried in from the prior year, how many were from natural persons?", "text row carried over natural person"),
        PV("en", "sh19", "r.received.natural_person", "Shanghai General Office 2019 new requests by individuals", "natural person"),
        PV("en", "sh19", "c.normative_docs.total_published", "Shanghai municipal govt general office 2019: total normative documents publicly available (对外公开总数量)", "total published"),
        PV("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office 2019: individuals refused on state-secret grounds, how many?", "state secret natural person (total printed blank)"),
        PV("en", "sh19", "r.unable.needs_creation.natural_person", "2019 Shanghai General Office, individuals told the info would have to be newly produced - count", "needs creation natural person"),
        PV("en", "sh19", "r.total_processed.total", "How many requests did the Shanghai General Office answer in 2019?", "text and table agree", alt=(A_SH19, 805)),
        PV("en", "jx", "c.procurement.amount", "Jianxi District 2020 government procurement total amount in 万元?", "procurement amount", unit="万元"),
        PV("en", "jx", "a.review.total", "jianxi district gov office 2020 how many admin reviews total", "review total"),
        PV("en", "jx", "r.granted.total", "In 2020 how many of Jianxi District's requests were answered by full disclosure?", "granted"),
        PV("en", "jx", "c.normative_docs.made", "Jianxi 2020: normative documents newly made that year", "made"),
        PV("en", "ha", "r.total_processed.legal_services", "Huai'an 2024 - requests from law firms / legal service orgs that were processed in total", "legal services processed"),
        PV("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年以过程性信息为由不公开的申请数", "process info"),
        PV("en", "sy", "r.received.commercial", "shuyang county 2025 new requests filed by businesses (商业企业) only", "one column"),
        PV("en", "sh25", "requests.carried_over.legal_services", "Shanghai General Office 2025: carried-over requests from legal service institutions, how many?", "text row, one column"),
        PV("en", "sy", "r.withheld.enforcement_files.total", "Shuyang 2025, requests refused because they concerned administrative enforcement case files?", "enforcement files"),
    ]
    return out


def COMBINE():
    return [
        SU("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年信息公开行政诉讼一共多少件（直接起诉加复议后起诉）", "text states the same total", alt=("政府信息公开行政诉讼", 46)),
        SU("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年予以公开和部分公开加起来多少件", "granted + partially"),
        SU("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "淮安2024年“无法提供”这一大类三个小项合计是多少", "unable group by its three sub-items"),
        SU("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳县2025年本年新收加上年结转，总共要处理多少件申请？", "new + carried over (text 749)", alt=("受理", 749)),
        SU("zh", "hz23", ["c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政处罚和行政强制的处理决定加在一块是多少", "punishment + coercion"),
        SU("zh", "sh19", ["c.regulations.made", "c.normative_docs.made"], "2019年上海市府办新制作的规章和规范性文件一共多少件", "made regs + docs"),
        SU("zh", "ha", ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending", "a.litigation_direct.upheld", "a.litigation_direct.corrected", "a.litigation_direct.other", "a.litigation_direct.pending"], "淮安市2024年复议四个结果栏加上直接起诉四个结果栏，八个数加起来是多少", "8 cells"),
        SU("zh", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳县2025年不予公开里面 危及安全稳定、第三方权益、内部事务、过程性信息、行政执法案卷 这五项合计", "5 cells"),
        SU("en", "ha", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Huai'an 2024: new requests from companies, legal service bodies and other organisations combined?", "org columns"),
        SU("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Add up Shuyang's 2025 admin reviews, direct lawsuits and lawsuits after review - total?", "3 group totals"),
        SU("en", "sh19", ["r.received.total", "r.carried_over.total"], "Shanghai General Office 2019, new requests plus the ones carried in from before - how many in all?", "new + carried over"),
        SU("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "jianxi 2020 reviews + direct suits + suits after review, sum pls", "3 totals"),
        SU("en", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Hongze 2023, withheld for state secrets, process info and enforcement files: combined count", "3 cells"),
        SU("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"], "For Huai'an in 2024, total requests not processed as petitions, duplicates or re-confirmation requests (信访/重复/要求确认)", "3 cells"),
        SU("en", "sy", ["c.licensing.decisions", "c.punishment.decisions"], "Shuyang County 2025 licensing decisions plus penalty decisions, together?", "licensing + punishment"),
        SU("en", "sh19", ["c.procurement.projects", "c.regulations.made"], "Weird one but: Shanghai General Office 2019 procurement project count plus regulations made - sum?", "odd sum of 2 cells"),
        DI("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定数2024年比2023年多了多少"),
        DI("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定，2024年跟2023年比变化多少（24减23）"),
        DI("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请从2019年到2025年增加了多少件", alt=(A_SH25, 1295)),
        DI("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转下年的申请，2025年比2019年多几件"),
        DI("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区回复不掌握信息的申请数 2023年到2024年差了多少"),
        DI("en", "hz23", "hz24", "c.punishment.decisions", "Change in Hongze's penalty decisions from 2023 to 2024 (2024 minus 2023)?"),
        DI("en", "hz23", "hz24", "c.fees.amount", "hongze admin fees 2024 vs 2023, difference in 万元", unit="万元"),
        DI("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: how many more disclosure reviews in 2025 than in 2019?"),
        DI("en", "sh19", "sh25", "r.received.natural_person", "By how much did individuals' new requests to the Shanghai General Office grow between 2019 and 2025?"),
        DI("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits: 2025 figure minus 2019 figure?"),
    ]


def RANKS():
    G4 = ["ha", "sy", "sh19", "jx"]
    return [
        RK("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，谁新收的申请最多"),
        RK("zh", ["jx", "hz23", "sy"], "r.received.total", "asc", "涧西区2020年、洪泽区2023年、沭阳县2025年三家比，新收申请最少的是哪家"),
        RK("zh", G4, "a.review.total", "desc", "信息公开复议数：淮安2024、沭阳2025、上海市政府办公厅2019、涧西2020，哪个最多"),
        RK("zh", ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "asc", "个人申请被回“不掌握”的件数，淮安2024/沭阳2025/上海市府办2019/洪泽2023 谁最少"),
        RK("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "结转下年度继续办理的，淮安市2024年、沭阳县2025年、上海市府办2019年哪个最多？"),
        RK("zh", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "直接起诉的行政诉讼，淮安2024、沭阳2025、上海市府办2019里谁最少"),
        RK("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "行政许可决定数量 淮安2024 洪泽2023 沭阳2025 排第一的是哪个"),
        RK("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Which got the most company requests: Huai'an 2024, Shuyang 2025 or Shanghai General Office 2019?"),
        RK("en", ["jx", "sy", "sh19"], "r.total_processed.total", "asc", "Among Jianxi 2020, Shuyang 2025 and the Shanghai General Office 2019, who processed the fewest requests?"),
        RK("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "Lowest administrative fee income: Huai'an 2024, Hongze 2023, or Shuyang 2025?"),
        RK("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Rank by direct lawsuits: Huai'an (2024), Shuyang (2025), Shanghai General Office (2019), Jianxi (2020) - which is top?"),
        RK("en", ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "desc", "who had the most 'would need to create new info' answers - Huaian 2024, Shuyang 2025, Hongze 2023?"),
        RK("en", ["ha", "sy", "sh19"], "r.carried_over.total", "asc", "Smallest carry-in from the previous year: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
    ]


def TRAPS():
    return [
        TR("zh", "ha", "r.carried_forward.total", "淮安市2024年顺延到下一年答复的申请有几件（不是上年结转进来的那个数）", "carried forward vs carried over; text agrees", alt=(A_HA, 103)),
        TR("zh", "sy", "a.litigation_direct.total", "沭阳2025年没经过复议、直接去法院起诉的有几件", "direct 3 vs after review 10"),
        TR("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年因为是过程性信息不公开的有几件（别算内部事务那一项）", "process info vs internal affairs"),
        TR("zh", "ha", "r.other.other.total", "淮安2024年“其他处理”下面第3小项“其他”是多少件 不是整个其他处理", "sub-item vs group"),
        TR("zh", "sh25", "requests.carried_over.total", "上海市府办2025年从上一年结转过来的申请有多少（不是结转到下年度的）", "carried over 189 vs carried forward 293", alt=(A_SH25, 189)),
        TR("zh", "sy", "r.received.commercial", "沭阳县2025年新收申请里商业企业那一列（不是法人或其他组织合计）", "one column vs legal person"),
        TR("zh", "hz24", "appeals.litigation_after_review.total", "洪泽区2024年复议后又起诉的行政诉讼合计", "after review 3 vs direct 1"),
        TR("en", "ha", "a.litigation_after_review.total", "Huai'an 2024 - only the lawsuits filed AFTER an administrative review, total? (not direct suits)", "after review 20 vs direct 26 vs text 46"),
        TR("en", "ha", "r.received.legal_services", "Huai'an 2024 new requests from legal service agencies (法律服务机构) - not commercial firms", "legal services 61 vs commercial 53"),
        TR("en", "sy", "r.received.total", "Shuyang 2025: requests newly RECEIVED - I don't mean how many were handled", "received 713 vs processed 718"),
        TR("en", "sh19", "r.carried_over.total", "Shanghai General Office 2019 - requests carried OVER into 2019 from the year before, not those pushed into 2020", "carried over 18 vs forward 72", alt=(A_SH19, 18)),
        TR("en", "ha", "c.normative_docs.issued", "Huai'an 2024 normative documents issued during the year (制发) - not repealed, not in force", "issued 8 vs repealed 26 vs in force 66"),
        TR("en", "sh19", "c.regulations.made", "Shanghai General Office 2019: regulations newly made that year, not the total publicly available figure", "made 13 vs total published 524"),
    ]


def NARR():
    return [
        NT("zh", "jx", "26个试点领域", 26, "个", "涧西区2020年基层政务公开标准化规范化一共涉及几个试点领域"),
        NT("zh", "jx", "601项", 601, "项", "涧西区2020年年报说梳理细化了多少项事项（21个领域那句）"),
        NT("zh", "ha", "新闻发布会", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        NT("zh", "ha", "在运维政务新媒体", 95, "个", "截至2024年淮安全市在运维的政务新媒体有多少个"),
        NT("zh", "ha", "全年收取", 3940, "元", "淮安市2024年收了多少钱的信息处理费（元）"),
        NT("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站主动发了多少条信息"),
        NT("zh", "hz24", "区政府办代表区政府受理", 17, "件", "洪泽区政府办2024年代表区政府受理的信息公开申请，年报文字里写的是几件"),
        NT("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集"),
        NT("zh", "sy", "督促县直部门", 3044, "条", "沭阳2025年督促县直部门在信息公开页面发了多少条信息"),
        NT("zh", "sy", "推送系列原创短视频", 1113, "个", "沭阳县政务新媒体2025年推了多少个原创短视频", "short videos"),
        NT("zh", "sy", "年度涌现爆款内容", 52, "条", "沭阳2025年出了多少条爆款内容"),
        NT("zh", "sy", "完成全县", 64, "家", "2025年沭阳县年度报告集中公开的单位有几家"),
        NT("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理了多少条过期信息"),
        NT("zh", "kw", "主合办政协提案", 85, "件", "上海科委2024年主合办的政协提案多少件"),
        NT("zh", "kw", "视频号共制作并发布短视频", 118, "场", "市科委“上海科技”视频号2024年直播了几场", "live streams"),
        NT("zh", "kw", "批量推送集成式发布政策", 121, "条", "2024年上海市科委批量推送集成式发布的政策有几条"),
        NT("zh", "sh25", "新闻通气会", 19, "场", "上海市府办2025年开了几场新闻通气会（不是发布会）"),
        NT("zh", "sh25", "主动撤回", 157, "件", "2025年上海市政府办公厅收到的申请里申请人自己主动撤回的有多少件"),
        NT("zh", "sh25", "已覆盖", 10, "个", "上海国际服务门户截至2025年覆盖了几个语种"),
        NT("zh", "sh25", "公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查"),
        NT("zh", "sh19", "全年共编发公报", 24, "期", "上海市政府办公厅2019年全年编发了几期公报"),
        NT("en", "sh19", "统一受理平台接入", 2261, "项", "Shanghai 2019 General Office report: how many service items were hooked into the unified 一网通办 acceptance platform?"),
        NT("en", "sh19", "发布政策解读共", 132, "件", "How many policy interpretations did the Shanghai portal publish in 2019?"),
        NT("en", "sh19", "权威发布共计", 38, "次", "2019, Shanghai General Office - authoritative releases on key issues of executive meetings, how many times?"),
        NT("en", "sh19", "每季度对本市处于正常运行状态", 70, "家", "How many government websites did Shanghai check every quarter in 2019?"),
        NT("en", "sh25", "新闻发布会", 42, "场", "Shanghai municipal government press conferences held in 2025 per the General Office report"),
        NT("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?"),
        NT("en", "sh25", "16 个区", 16, "个", "By 2025 how many Shanghai districts had launched a digital gazette?"),
        NT("en", "sh25", "人事任免文件", 196, "件", "Shanghai General Office 2025 - personnel appointment/removal documents proactively published?"),
        NT("en", "kw", "原创文章", 294, "篇", "STCSM 2024, original articles on the 上海科技 WeChat account?"),
        NT("en", "kw", "主合办人大代表建议", 50, "件", "Shanghai science commission 2024: NPC deputies' suggestions it handled as lead or co-handler?"),
        NT("en", "kw", "全年累计发布信息", 2139, "条", "How many items did the Shanghai Science website publish across 2024?"),
        NT("en", "ha", "《淮安市人民政府公报》", 6, "期", "Huai'an government gazette, number of issues in 2024?"),
        NT("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?"),
        NT("en", "hz23", "府网站平台主动公开", 1136, "条", "Hongze 2023 - items proactively published on the government website platform?"),
        NT("en", "hz24", "公开政府常务会议", 7, "期", "Hongze District 2024: how many executive meetings of the district government were made public?", "7 期 meetings (the same sentence has 7 条 interpretations)"),
        NT("en", "sy", "开设", 33, "个", "Shuyang 2025: how many themed columns were opened on the new-media accounts?"),
        NT("en", "sy", "策采相关新闻稿件", 2606, "篇", "number of news pieces Shuyang's new-media matrix produced in 2025"),
        NT("en", "jx", "办结率", 88.2, "%", "Jianxi District 2020 completion rate of disclosure requests, in percent?"),
    ]


def CANNOT():
    return [
        UN("zh", "沭阳县2025年的信息公开申请按月份分一下，哪个月最多？", "no monthly breakdown"),
        UN("zh", "淮安市2024年申请人里男的女的各多少", "no sex breakdown"),
        UN("zh", "我2025年3月给沭阳县政府交了一份申请，到现在没回，能查到我那件是什么结果吗", "one person's own case"),
        UN("zh", "淮安市2023年收到了多少件政府信息公开申请", "year not in corpus"),
        UN("zh", "南京市政府2024年信息公开申请有多少", "body not in corpus"),
        UN("zh", "洪泽区2024年那95件申请都是关于什么内容的 拆迁的占几件", "no topic breakdown"),
        UN("zh", "上海市府办2025年为什么不掌握信息的那么多？具体原因是啥", "reasons not stated"),
        UN("zh", "预测一下沭阳县2026年会收到多少件申请", "forecast"),
        UN("zh", "淮安2024年各个区县分别收了多少申请，清江浦区多少", "no district breakdown"),
        UN("zh", "沭阳县2024年年报里行政复议多少件", "year not in corpus"),
        UN("zh", "上海市科委2024年申请人平均年龄多大", "no age data"),
        UN("zh", "能把淮安市2024年申请行政复议那些人的名字和电话发我吗", "personal data"),
        UN("zh", "你觉得洪泽区2023年信息公开工作做得好不好", "opinion"),
        UN("zh", "宿迁市2025年信息公开工作年度报告里予以公开是多少", "body not in corpus"),
        UN("zh", "上海市府办2019年平均多少天答复一件申请", "response time not stated"),
        UN("zh", "12345转接：市民问涧西区2021年依申请公开收了几件", "year not in corpus"),
        UN("zh", "淮安市2024年通过网上申请和信函申请的各有多少件？", "no channel breakdown"),
        UN("zh", "沭阳县2025年负责信息公开的工作人员有几个人", "staff not stated"),
        UN("zh", "淮安2024年那26件直接起诉的案子，法院是哪几家？", "court names not stated"),
        UN("zh", "上海市府办2025年第三季度新收申请多少件", "no quarterly breakdown"),
        UN("en", "How many of Huai'an's 2024 disclosure requests came in during December?", "no monthly breakdown"),
        UN("en", "Shuyang 2025 - how many requests came from residents of 沭城街道 specifically?", "no township breakdown"),
        UN("en", "I filed a request with the Shanghai General Office in 2025 about my housing case, was mine among the ones disclosed?", "own case"),
        UN("en", "What will Huai'an's request count be in 2025? give me an estimate", "forecast"),
        UN("en", "Hongze District 2022 number of disclosure requests?", "year not in corpus"),
        UN("en", "Pudong New Area 2024 government information disclosure: requests received?", "body not in corpus"),
        UN("en", "Of Shuyang's 2025 admin reviews, how many were filed by companies vs individuals?", "no applicant breakdown of appeals"),
        UN("en", "Why did Huai'an lose 64 admin reviews in 2024? what were the reasons", "reasons not stated"),
        UN("en", "Shanghai science commission 2023 - how many requests did it get?", "year not in corpus"),
        UN("en", "How much did the Shanghai General Office spend on its disclosure staff in 2025?", "cost not stated"),
        UN("en", "Which industry did the 53 company requests to Huai'an in 2024 come from? manufacturing share?", "no industry breakdown"),
        UN("en", "Jianxi 2020: names of the 2 applicants whose requests were still pending?", "personal data"),
        UN("en", "Shanghai General Office 2022 - total requests processed?", "year not in corpus"),
        UN("en", "Is Shuyang County more transparent than Huai'an city? your opinion based on 2025 and 2024", "opinion"),
        UN("en", "Hongze 2024: how many requests were about land acquisition and demolition (征地拆迁)?", "no topic breakdown"),
        UN("en", "How many of the Shanghai General Office's 2019 applicants were over 60?", "no age data"),
        UN("en", "Nanjing city 2025, requests refused as state secrets?", "body not in corpus"),
        UN("en", "Huai'an 2024: average number of days to answer a disclosure request?", "response time not stated"),
        UN("en", "Shuyang 2025 disclosure requests by gender please (male/female)", "no sex breakdown"),
    ]


def FOLLOWUPS():
    return [
        FU("zh", [("沭阳县2025年新收申请里自然人提的有多少件", E("sy", "r.received.natural_person")),
                  ("那法人的呢", E("sy", ["r.received.commercial", "r.received.legal_services"]))],
           "switch applicant column: person -> legal persons (sum of org columns)"),
        FU("zh", [("淮安市2024年复议后又起诉的行政诉讼有几件", E("ha", "a.litigation_after_review.total")),
                  ("直接起诉的呢", E("ha", "a.litigation_direct.total"))],
           "after review -> direct"),
        FU("zh", [("上海市政府办公厅2019年新收申请多少件", E("sh19", "r.received.total", alt=(A_SH19, 859))),
                  ("2025年呢", E("sh25", "requests.received.total", alt=(A_SH25, 1295)))],
           "switch year"),
        FU("zh", [("洪泽区2023年行政许可决定多少", E("hz23", "c.licensing.decisions")),
                  ("同一项2024年", E("hz24", "active.licensing.decisions")),
                  ("行政处罚那行呢，还是2024年", E("hz24", "active.punishment.decisions"))],
           "year then row"),
        FU("zh", [("淮安2024年行政复议结果维持的有几件", E("ha", "a.review.upheld", alt=(A_HA_RV, 72))),
                  ("纠正的呢", E("ha", "a.review.corrected", alt=(A_HA_RV, 64))),
                  ("换成沭阳县2025年的纠正", E("sy", "a.review.corrected"))],
           "outcome then body"),
        FU("zh", [("沭阳县2025年予以公开多少件", E("sy", "r.granted.total")),
                  ("部分公开呢", E("sy", "r.partially_granted.total"))],
           "row switch"),
        FU("zh", [("上海市府办2025年回复本机关不掌握的有多少件", E("sh25", "requests.unable.not_held.total")),
                  ("要另行制作的那种呢", E("sh25", "requests.unable.needs_creation.total"))],
           "sub-item switch"),
        FU("zh", [("淮安市2024年结转下年度继续办理的是多少", E("ha", "r.carried_forward.total", alt=(A_HA, 103))),
                  ("上年结转过来的呢", E("ha", "r.carried_over.total", alt=(A_HA, 34)))],
           "carried forward -> carried over"),
        FU("zh", [("涧西区2020年行政复议几件", E("jx", "a.review.total")),
                  ("那诉讼里直接起诉的", E("jx", "a.litigation_direct.total"))],
           "review -> direct lawsuits"),
        FU("zh", [("洪泽区2024年行政规范性文件本年制发几件", E("hz24", "active.normative_docs.issued")),
                  ("现行有效的呢", E("hz24", "active.normative_docs.in_force")),
                  ("2023年洪泽现行有效的", E("hz23", "c.normative_docs.in_force"))],
           "column then year"),
        FU("zh", [("沭阳县2025年因重复申请不予处理的", E("sy", "r.not_processed.duplicate.total")),
                  ("其中商业企业提的几件", E("sy", "r.not_processed.duplicate.commercial"))],
           "total -> one column"),
        FU("zh", [("上海市科委2024年行政许可决定多少件", E("kw", "active.licensing.decisions")),
                  ("行政处罚呢", E("kw", "active.punishment.decisions"))],
           "row switch; zero value"),
        FU("zh", [("淮安2024年不予公开里属于国家秘密的几件", E("ha", "r.withheld.state_secret.total")),
                  ("危及“三安全一稳定”的呢", E("ha", "r.withheld.security_stability.total")),
                  ("内部事务信息呢", E("ha", "r.withheld.internal_affairs.total"))],
           "three sub-items"),
        FU("zh", [("上海市府办2025年复议一共几件", E("sh25", "appeals.review.total")),
                  ("诉讼那边 复议后起诉的合计", E("sh25", "appeals.litigation_after_review.total"))],
           "review -> after-review lawsuits"),
        FU("zh", [("沭阳县2025年本年办理结果总计是多少件", E("sy", "r.total_processed.total")),
                  ("个人申请的办理总计呢", E("sy", "r.total_processed.natural_person"))],
           "total -> natural person column"),
        FU("zh", [("涧西区2020年予以公开几件", E("jx", "r.granted.total")),
                  ("上海市府办2019年的自然人予以公开呢", E("sh19", "r.granted.natural_person"))],
           "body and column switch"),
        FU("zh", [("淮安市2024年规章现行有效几件", E("ha", "c.regulations.in_force")),
                  ("本年制发的呢", E("ha", "c.regulations.issued"))],
           "in force -> issued"),
        FU("zh", [("沭阳2025年行政强制决定几个", E("sy", "c.coercion.decisions")),
                  ("淮安2024年呢", E("ha", "c.coercion.decisions"))],
           "body+year switch"),
        FU("zh", [("上海市府办2025年结转到下一年继续办的申请", E("sh25", "requests.carried_forward.total")),
                  ("同一个单位2019年的", E("sh19", "r.carried_forward.total", alt=(A_SH19, 72)))],
           "year switch back"),
        FU("zh", [("洪泽区2023年因信访举报投诉不予处理的申请几件", E("hz23", "r.not_processed.petition.total")),
                  ("淮安市2024年同一项", E("ha", "r.not_processed.petition.total")),
                  ("其中商业企业的", E("ha", "r.not_processed.petition.commercial"))],
           "body then column"),
        FU("en", [("Huai'an 2024, requests where the city said it didn't have the information?", E("ha", "r.unable.not_held.total")),
                  ("and from individuals only?", E("ha", "r.unable.not_held.natural_person"))],
           "total -> natural person"),
        FU("en", [("How many admin reviews did Shuyang face in 2025?", E("sy", "a.review.total")),
                  ("and the court ones? just the direct lawsuits", E("sy", "a.litigation_direct.total")),
                  ("after review?", E("sy", "a.litigation_after_review.total"))],
           "review -> direct -> after review"),
        FU("en", [("Shanghai General Office 2025 new requests from individuals", E("sh25", "requests.received.natural_person")),
                  ("what about companies", E("sh25", "requests.received.commercial"))],
           "column switch"),
        FU("en", [("Hongze 2023 penalty decisions", E("hz23", "c.punishment.decisions")),
                  ("2024?", E("hz24", "active.punishment.decisions"))],
           "year switch"),
        FU("en", [("STCSM 2024 normative documents issued", E("kw", "active.normative_docs.issued")),
                  ("still in force?", E("kw", "active.normative_docs.in_force"))],
           "column switch"),
        FU("en", [("Huai'an 2024 requests granted in full", E("ha", "r.granted.total")),
                  ("partially?", E("ha", "r.partially_granted.total")),
                  ("same for Shuyang 2025", E("sy", "r.partially_granted.total"))],
           "row then body"),
        FU("en", [("Jianxi District 2020 total requests handled", E("jx", "r.total_processed.total")),
                  ("how many carried to next year", E("jx", "r.carried_forward.total", alt=("办结率", 2)))],
           "processed -> carried forward (text 在办2件)"),
        FU("en", [("Shanghai General Office 2019: regulations newly made", E("sh19", "c.regulations.made")),
                  ("normative documents?", E("sh19", "c.normative_docs.made"))],
           "row switch"),
        FU("en", [("Huai'an 2024, direct lawsuits with the government's decision corrected?", E("ha", "a.litigation_direct.corrected")),
                  ("still pending?", E("ha", "a.litigation_direct.pending"))],
           "outcome switch"),
        FU("en", [("Shuyang 2025 requests carried over from the previous year", E("sy", "r.carried_over.total")),
                  ("and Huai'an 2024?", E("ha", "r.carried_over.total", alt=(A_HA, 34)))],
           "body switch"),
        FU("en", [("Hongze District 2024 requests carried forward to next year", E("hz24", "requests.carried_forward.total")),
                  ("fully disclosed that year?", E("hz24", "requests.granted.total"))],
           "row switch; zero value"),
        FU("en", [("Shanghai General Office 2025 requests not processed as duplicates", E("sh25", "requests.not_processed.duplicate.total")),
                  ("as petitions/complaints?", E("sh25", "requests.not_processed.petition.total"))],
           "sub-item switch"),
        FU("en", [("Shuyang 2025 normative docs repealed", E("sy", "c.normative_docs.repealed")),
                  ("Huai'an 2024 the same", E("ha", "c.normative_docs.repealed"))],
           "body switch"),
        FU("en", [("Huai'an 2024 new requests from companies", E("ha", "r.received.commercial")),
                  ("how many of those companies' requests got 'not held'?", E("ha", "r.unable.not_held.commercial"))],
           "row switch within column"),
        FU("en", [("Shanghai science commission 2024 requests carried over from 2023", E("kw", "requests.carried_over.total", alt=(A_KW, 2))),
                  ("new ones from individuals in 2024?", E("kw", "requests.received.natural_person"))],
           "row + column switch"),
        FU("en", [("Shuyang 2025 - refused because they'd harm third parties", E("sy", "r.withheld.third_party.total")),
                  ("and because of security/stability", E("sy", "r.withheld.security_stability.total"))],
           "sub-item switch"),
        FU("en", [("Huai'an 2024 review cases closed with 'other' outcome", E("ha", "a.review.other", alt=(A_HA_RV, 178))),
                  ("same outcome, lawsuits after review", E("ha", "a.litigation_after_review.other"))],
           "group switch same outcome"),
        FU("en", [("Shanghai General Office 2019 direct lawsuits total", E("sh19", "a.litigation_direct.total")),
                  ("2025?", E("sh25", "appeals.litigation_direct.total")),
                  ("how many of the 2025 ones pending", E("sh25", "appeals.litigation_direct.pending"))],
           "year then outcome"),
        FU("en", [("Hongze 2023 requests answered with 'needs to be newly created'", E("hz23", "r.unable.needs_creation.total")),
                  ("Shuyang 2025?", E("sy", "r.unable.needs_creation.total"))],
           "body switch"),
    ]


def CONVERSATIONS():
    return VALUES() + COMBINE() + RANKS() + TRAPS() + NARR() + CANNOT() + FOLLOWUPS()
