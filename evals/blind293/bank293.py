"""Question bank of blind evaluation set 293 (evals/blind293): staff and journalist traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank names bodies, keys, keywords and wordings only; every expected number is computed by
helpers293 from /work/shared/corpus/gold/*.json, from printed rows of the three reports without
gold (SPECS below: the same cells blind6's text_cells.json verified, nothing new), or cut from
the report text with its sentence.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib293 as L  # noqa: E402
from helpers293 import C, D, E, F, N, R, S, T, U, V, cols  # noqa: E402,F401

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

W = "万元"
WITHHELD = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UNABLE = ["r.unable.%s.total" % s for s in L.UNABLE]
NOTPROC = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OTHER3 = ["r.other.%s.total" % s for s in L.OTHER21]
NOT_FULL = ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
            "r.not_processed.total", "r.other.total"]
APPEAL_TOTALS = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
GOLD4 = ["ha", "sy", "hz23", "jx"]
GOLD21 = ["ha", "hz23", "sy"]


# ---------------------------------------------------------------- [cell]: one printed cell, precise but unusual wording
def cells_zh():
    n = "[cell] "
    return [
        V("zh", "ha", "a.review.corrected", "淮安市政府2024年被申请信息公开行政复议的案件里，复议机关决定纠正的一共几件？", n + "appeals: review corrected"),
        V("zh", "sy", "a.litigation_after_review.pending", "沭阳县2025年那种先走复议、复议完又告到法院的信息公开官司，到年底还没判下来的剩几件？", n + "appeals: after-review pending"),
        V("zh", "ha", "r.withheld.security_stability.total", "2024年淮安市以“公开后可能危及国家安全、公共安全、经济安全和社会稳定”为由拒绝公开的申请有多少件？", n + "withheld: security/stability"),
        V("zh", "sy", "r.not_processed.duplicate.commercial", "沭阳县2025年有没有企业重复来申请被不予处理的？表里企业那栏是几？", n + "not processed: duplicate, commercial column"),
        V("zh", "hz23", "r.unable.needs_creation.total", "洪泽区政府2023年有几件申请是因为手头没有现成的信息、得重新加工整理才能提供，最后没给的？", n + "unable: needs creation"),
        V("zh", "ha", "r.other.overdue_fee.total", "淮安市2024年申请人收到收费通知后过了期限没交钱、政府就不再处理的，共有多少件？", n + "other handling: overdue fee"),
        V("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年年报第二十条第（九）项，政府集中采购总金额折合多少万元？", n + "procurement amount (printed 251000元)", unit=W),
        V("zh", "jx", "c.procurement.projects", "涧西区政府办2020年走政府集中采购的项目有几个？", n + "procurement projects"),
        V("zh", "ha", "r.received.legal_services", "淮安市2024年律师事务所这类法律服务机构新递交的公开申请有多少件？", n + "applicant column: legal services"),
        V("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年法律服务机构提的申请里，区分处理、只公开了一部分的有几件？", n + "partially granted, legal services column"),
        V("zh", "ha", "a.litigation_after_review.pending", "淮安市2024年经过复议以后再起诉的信息公开诉讼，年底仍在审理中的有几件？", n + "appeals: after-review pending"),
        V("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办收到的个人申请里，被认定为信访、举报、投诉类而不予处理的有多少？", n + "not processed: petition, natural persons (row total printed blank)"),
        V("zh", "hz23", "a.review.upheld", "洪泽区2023年信息公开行政复议，复议机关维持原答复的有几件？", n + "appeals: review upheld (the row's 总计 is printed 0; the upheld cell is 10)"),
        V("zh", "sy", "c.coercion.decisions", "沭阳县2025年报表二里“行政强制”那一栏，本年处理决定数量填的多少？", n + "active: coercion decisions"),
        V("zh", "ha", "c.normative_docs.in_force", "截至2024年底，淮安市政府手里还有效的行政规范性文件有几件？", n + "active: normative docs in force"),
        V("zh", "hz24", "c.fees.amount", "洪泽区2024年行政事业性收费一共收了多少万元？", n + "active: fees amount (text row)", unit=W),
        V("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025年的依申请答复里，“没有现成信息需要另行制作”这一项总计多少件？", n + "unable: needs creation (text row)"),
        V("zh", "kw", "r.total_processed.total", "上海市科委2024年本年度办理结果的（七）总计，总计栏是多少？", n + "total processed (text row)"),
        V("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县2025年以“属于行政执法案卷”为由没公开的申请有几件？", n + "withheld: enforcement files"),
        V("zh", "ha", "r.unable.unclear.natural_person", "淮安市2024年个人申请补正之后内容还是不明确、最后无法提供的有几件？", n + "unable: unclear, natural persons"),
        V("zh", "sh19", "a.litigation_direct.upheld", "上海市政府办公厅2019年信息公开行政诉讼里，没经过复议直接起诉、法院判维持的有几件？", n + "appeals: direct upheld"),
        V("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年有没有以属于过程性信息为由不公开的？有的话几件？", n + "withheld: process info"),
        V("zh", "sy", "r.other.overdue_correction.total", "沭阳县2025年申请人没有正当理由、过了期限不补正，县里就不再处理的有几件？", n + "other handling: overdue correction"),
        V("zh", "ha", "r.not_processed.reconfirm.total", "淮安市2024年有人要求政府确认或者重新出具已经拿到过的信息，这类被不予处理的有多少件？", n + "not processed: reconfirm"),
        V("zh", "sh19", "c.regulations.made", "上海市人民政府办公厅2019年表二里，规章的“本年新制作数量”是多少件？", n + "active: regulations made (2019 format)"),
        V("zh", "jx", "a.litigation_after_review.upheld", "涧西区政府办2020年复议后起诉的行政诉讼，结果维持的有几件？", n + "appeals: after-review upheld"),
        V("zh", "sy", "r.granted.commercial", "沭阳2025年商业企业来申请的信息，予以公开的有几件？", n + "granted, commercial column"),
        V("zh", "ha", "r.partially_granted.commercial", "淮安2024年企业申请的事项中，最后部分公开的有几件？", n + "partially granted, commercial column"),
        V("zh", "hz24", "c.licensing.decisions", "洪泽区政府2024年报里行政许可的本年处理决定数量是多少？", n + "active: licensing decisions (text row)"),
        V("zh", "sh25", "r.carried_over.natural_person", "上海市政府办公厅2025年报表三里，由2024年转过来、申请人是自然人的有几件？", n + "carried over, natural persons (text row)"),
        V("zh", "ha", "r.withheld.third_party.total", "淮安市2024年为保护第三方合法权益而不予公开的申请是多少件？", n + "withheld: third party"),
        V("zh", "sy", "a.review.pending", "沭阳县2025年的信息公开行政复议，截至年底尚未审结的还有多少件？", n + "appeals: review pending"),
        V("zh", "kw", "c.normative_docs.in_force", "上海市科委2024年底现行有效的规范性文件一共多少件？", n + "active: normative docs in force (text row)"),
        V("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件的对外公开总数量是多少？", n + "active: normative docs total published"),
        V("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制的本年处理决定数量是多少？", n + "active: coercion decisions"),
        V("zh", "sy", "r.unable.not_held.total", "沭阳县2025年答复“本机关不掌握相关政府信息”的申请有多少件？", n + "unable: not held"),
        V("zh", "hz23", "c.normative_docs.repealed", "洪泽区2023年一共废止了几件行政规范性文件？", n + "active: normative docs repealed"),
        V("zh", "ha", "r.withheld.state_secret.total", "淮安市2024年以涉及国家秘密为由不予公开的申请有几件？", n + "withheld: state secret"),
        V("zh", "sh25", "r.not_processed.petition.total", "2025年上海市政府办公厅收到的申请中，按信访举报投诉类处理、不予处理的有多少件？", n + "not processed: petition (text row)"),
    ]


def cells_en():
    n = "[cell] "
    return [
        V("en", "ha", "a.review.other", "Huai'an City, 2024: how many disclosure-related administrative reconsiderations ended with an outcome that was neither 'upheld' nor 'corrected'?", n + "appeals: review other outcome"),
        V("en", "sy", "a.litigation_direct.upheld", "For Shuyang County in 2025, how many disclosure lawsuits filed straight in court, without going through reconsideration first, ended with the county's decision upheld?", n + "appeals: direct upheld"),
        V("en", "ha", "r.withheld.enforcement_files.total", "In Huai'an's 2024 report, how many requests were refused because the material sat in an administrative enforcement case file?", n + "withheld: enforcement files"),
        V("en", "sy", "r.withheld.admin_query.total", "Shuyang County 2025 - how many applications were withheld under the heading 'administrative query matters' (行政查询事项)?", n + "withheld: admin query"),
        V("en", "hz23", "r.partially_granted.natural_person", "Hongze District, 2023: how many requests lodged by private individuals got a partial release?", n + "partially granted, natural persons"),
        V("en", "jx", "c.procurement.amount", "What total value of centralized government procurement did the Jianxi District government office report for 2020? Give it in units of 10,000 yuan.", n + "procurement amount", unit=W),
        V("en", "sh19", "c.procurement.projects", "How many centralized procurement projects are listed in the Shanghai Municipal People's Government General Office's 2019 disclosure report?", n + "procurement projects"),
        V("en", "ha", "c.fees.amount", "What amount of administrative and institutional fees does Huai'an's 2024 table report as collected (in 10,000 yuan)?", n + "active: fees amount", unit=W),
        V("en", "sy", "c.fees.amount", "What figure does Shuyang County's 2025 report print under Article 20 item (8), fees charged?", n + "active: fees amount", unit=W),
        V("en", "hz23", "c.punishment.decisions", "How many administrative penalty decisions did Hongze District record for 2023?", n + "active: punishment decisions"),
        V("en", "ha", "r.carried_forward.natural_person", "Huai'an 2024: of the applications still open at the end of 2024 and rolled into 2025, how many were filed by individuals?", n + "carried forward, natural persons"),
        V("en", "sh25", "r.received.commercial", "During 2025, how many new disclosure requests did companies send to Shanghai's municipal general office?", n + "received, commercial column (text row)"),
        V("en", "kw", "r.carried_over.total", "STCSM's 2024 disclosure report: how many applications had been carried over into 2024 from 2023?", n + "carried over (text row)"),
        V("en", "sy", "r.other.other.total", "In Shuyang County's 2025 table, what is the total on the catch-all line 3 ('other') under other handling?", n + "other handling: other"),
        V("en", "ha", "r.not_processed.duplicate.total", "How many duplicate applications did Huai'an's municipal government decline to handle in 2024?", n + "not processed: duplicate"),
        V("en", "sh19", "r.unable.needs_creation.natural_person", "Shanghai General Office, 2019: how many individual applicants were told the information could only be supplied by compiling it from scratch?", n + "unable: needs creation, natural persons (row total printed blank)"),
        V("en", "sy", "a.litigation_after_review.upheld", "Shuyang County 2025: of the lawsuits brought after an administrative reconsideration, how many ended with the decision upheld?", n + "appeals: after-review upheld"),
        V("en", "hz24", "c.punishment.decisions", "Hongze District's 2024 annual report - what's the count of administrative penalty decisions?", n + "active: punishment decisions (text row)"),
        V("en", "ha", "r.received.commercial", "How many fresh requests came from commercial enterprises to the Huai'an municipal government in 2024?", n + "received, commercial column"),
        V("en", "sh25", "a.review.total", "Shanghai General Office 2025: what total does the appeals table give for administrative reconsiderations?", n + "appeals: review total (text row; the table notes it includes carried-over cases)"),
        V("en", "jx", "r.granted.total", "In 2020, how many applications did the Jianxi District government office answer by releasing everything asked for?", n + "granted total"),
        V("en", "sy", "r.withheld.third_party.total", "Shuyang County 2025: number of requests withheld to protect a third party's lawful rights and interests?", n + "withheld: third party"),
        V("en", "ha", "a.litigation_direct.pending", "Huai'an 2024: direct lawsuits (no reconsideration beforehand) still awaiting judgment at year end?", n + "appeals: direct pending"),
        V("en", "hz23", "r.not_processed.petition.total", "Hongze District 2023: how many requests were classed as petitions, reports or complaints and therefore not processed?", n + "not processed: petition"),
        V("en", "sh19", "r.withheld.admin_query.commercial", "For 2019, how many requests from businesses did the Shanghai General Office refuse as administrative query matters?", n + "withheld: admin query, commercial column"),
        V("en", "kw", "c.licensing.decisions", "How many administrative licensing decisions does the Shanghai Science and Technology Commission report for 2024?", n + "active: licensing decisions (text row)"),
        V("en", "ha", "r.other.overdue_correction.legal_services", "Huai'an 2024: how many requests from legal service institutions were dropped because the applicant missed the deadline to supplement them without good reason?", n + "other handling: overdue correction, legal services column"),
        V("en", "sy", "r.granted.legal_services", "Shuyang County, 2025: requests from legal service institutions that were granted in full - how many?", n + "granted, legal services column"),
        V("en", "ha", "c.regulations.issued", "How many municipal government rules (规章) did Huai'an issue in 2024 according to table 2?", n + "active: regulations issued; the narrative's 新增公开市政府规章 1 件 agrees", alt=("新增公开市政府规章", 1)),
        V("en", "sh25", "r.granted.total", "Shanghai General Office 2025: in the table, how many applications were answered with full disclosure (予以公开)?", n + "granted total (text row; the narrative's 208 is granted + partial)"),
        V("en", "hz24", "r.unable.not_held.total", "Hongze 2024: how many requests got the answer that the agency does not hold the information?", n + "unable: not held (text row)"),
        V("en", "sy", "a.review.corrected", "Shuyang County 2025: in how many reconsideration cases was the county's disclosure decision corrected?", n + "appeals: review corrected"),
        V("en", "sh19", "a.review.pending", "Shanghai Municipal Government General Office, 2019: reconsideration cases still undecided when the year closed?", n + "appeals: review pending"),
        V("en", "ha", "r.withheld.prohibited_by_law.commercial", "Huai'an 2024: how many company requests were refused because other laws or administrative regulations forbid disclosure?", n + "withheld: prohibited by law, commercial column"),
        V("en", "jx", "r.unable.not_held.total", "Jianxi District government office, 2020: on how many requests did it reply that it did not have the information?", n + "unable: not held"),
        V("en", "sy", "c.normative_docs.repealed", "How many normative documents did Shuyang County repeal in 2025?", n + "active: normative docs repealed"),
        V("en", "ha", "r.granted.other_org", "Huai'an 2024: fully granted requests from the 'other' organisation column (not companies, research bodies, NGOs or legal services)?", n + "granted, other_org column"),
        V("en", "sh25", "r.carried_forward.total", "Shanghai General Office: how many 2025 applications were still unresolved and handed over to 2026?", n + "carried forward (text row)"),
        V("en", "hz23", "c.fees.amount", "Hongze District 2023 - administrative fees collected, in 10,000 yuan?", n + "active: fees amount", unit=W),
    ]


# ---------------------------------------------------------------- [consistency]: narrative vs table, answer = one cell or derived key
def consistency():
    n = "[consistency] "
    return [
        V("zh", "ha", "r.total_processed.total", "淮安市政府2024年报正文说答复了3050件，我想核对一下：表三（七）总计那行的总计栏印的是多少？", n + "text 答复 3050 vs table total processed"),
        V("zh", "sy", "r.received.total", "沭阳县2025年报正文写“共受理749件”，我怀疑这里面含了上年结转。表三“本年新收”那一行的总计实际印的是几？", n + "text 749 includes carried over; table received 713"),
        V("zh", "hz24", "r.received.total", "洪泽区2024年报正文说区政府办受理了17件申请，可表三第一行“本年新收”的总计印的是多少？", n + "text 17 vs table received 95 (text row)"),
        V("zh", "sh19", "r.unable.natural_person", "上海市政府办公厅2019年报正文称“无法提供265件”，那表三（四）无法提供的三个小项，仅自然人一栏加起来是多少？", n + "derived key unable.natural_person (252+44+25); the text's 265 is 不掌握 only"),
        V("zh", "sh25", "r.carried_over.total", "上海市府办2025年报说办结1191件、其中含上年结转189件。表三“二、上年结转”那行的总计印的是多少？", n + "text 189 vs table carried over (text row)"),
        V("zh", "jx", "r.carried_forward.total", "涧西区政府办2020年报正文说“在办2件”，表三“结转下年度继续办理”的总计是几？", n + "text 在办 2 vs table carried forward"),
        V("zh", "kw", "r.received.natural_person", "市科委2024年报正文说全年收到申请34件，表三本年新收那行，自然人一栏是多少？", n + "text 34 vs table natural-person column (text row)"),
        V("zh", "ha", "a.litigation_direct.total", "淮安2024年报正文讲行政诉讼46件，表四里“未经复议直接起诉”那组的总计是多少？", n + "text 46 = direct 26 + after review 20"),
        V("zh", "sy", "a.review.total", "沭阳2025年报说全县共办理复议、诉讼相关案件74件，表四里光看行政复议的总计是多少？", n + "text 74 = review 61 + lawsuits 13"),
        V("en", "sh19", "r.withheld.natural_person", "The Shanghai General Office's 2019 report says 35 requests were refused. In the table, what do the withholding sub-items add up to in the natural-person column alone?", n + "derived key withheld.natural_person (14+5+3+10); 35 also counts 3 company requests"),
        V("en", "ha", "r.carried_over.total", "Huai'an's 2024 narrative says the replies included 34 applications carried over. What does row two of table 3 (carried over) show in its total column?", n + "text 34 vs table carried over"),
        V("en", "sh25", "r.received.natural_person", "Shanghai General Office 2025: the narrative says 1,295 requests were accepted. What's the natural-person figure on the table's 'newly received' row?", n + "text 1295 vs table natural-person column (text row)"),
        V("en", "kw", "r.granted.total", "STCSM writes that 9 requests received an 'agree to disclose' reply in 2024. What total does the table print for '(1) granted'?", n + "text 同意公开 9 vs table granted (text row)"),
        V("en", "sy", "r.carried_forward.total", "Shuyang County's 2025 narrative says 31 applications roll into the following year. Checking the table: what does the carried-forward total read?", n + "text 31 vs table carried forward"),
        V("en", "hz23", "r.total_processed.total", "Hongze District's 2023 report states 21 requests were accepted and all answered on time. What does table 3's '(7) total' handled row show in the total column?", n + "text 21 vs table total processed"),
        V("en", "ha", "r.carried_forward.total", "Huai'an 2024: the text says 103 applications were deferred for reply in the following year. What does the table's carried-forward row give as its total?", n + "text 103 vs table carried forward"),
        V("en", "sh19", "r.not_processed.natural_person", "Shanghai General Office 2019: the narrative says 158 requests were not processed. If you sum the 'not processed' sub-items for natural persons only, what do you get?", n + "derived key not_processed.natural_person (148+5); 158 adds 5 company requests"),
        V("en", "sh25", "r.unable.not_held.total", "The 2025 Shanghai General Office report says 564 requests could not be provided 'because the agency does not hold the information, among other reasons'. What does the table give for the does-not-hold sub-item alone?", n + "text 564 (all of 无法提供) vs table not held 513 (text row)"),
    ]


# ---------------------------------------------------------------- [combine]: sums worded indirectly, year-to-year differences
def sums():
    n = "[combine] sum: "
    return [
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市2024年办结的申请里，申请人多多少少拿到了信息的（全部公开和部分公开都算）一共多少件？", n + "granted + partially granted"),
        S("zh", "sy", WITHHELD, "沭阳县2025年把所有不予公开的理由都加在一起，一共拒了多少件申请？", n + "all eight withholding grounds"),
        S("zh", "ha", NOT_FULL, "淮安2024年办结的申请中，没能痛快全部公开的——也就是除了“予以公开”之外的所有结果——合计多少件？", n + "everything except granted in full (partial, withheld, unable, not processed, three other sub-items)"),
        S("zh", "sy", APPEAL_TOTALS, "沭阳县2025年信息公开方面，行政复议加上两类行政诉讼，表四合计是多少件？", n + "review + direct + after-review totals; the narrative's 74 agrees", alt=("74 件", 74)),
        S("zh", "sh19", cols("granted") + cols("partially_granted"), "上海市政府办公厅2019年，按表三各类申请人逐列加总，最终被全部或部分公开的一共多少件？", n + "granted + partially granted over the six columns (row totals printed blank; the text's 258 is one cell)", printed_total=["r.granted.total", "r.partially_granted.total"]),
        S("zh", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "淮安2024年信息公开的复议和诉讼里，结果是被纠正的加起来有几件？", n + "corrected in all three groups"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市府办2025年，“本机关不掌握”和“需要另行制作”这两类无法提供的加起来多少件？", n + "not held + needs creation (text rows)"),
        S("zh", "hz24", ["c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年行政处罚和行政强制的本年处理决定数合计多少？", n + "punishment + coercion (text rows)"),
        S("zh", "jx", APPEAL_TOTALS, "涧西区政府办2020年行政复议和行政诉讼（两种起诉方式都算上）总计加一起是几件？", n + "review + direct + after-review totals"),
        S("zh", "sy", NOTPROC, "沭阳2025年被“不予处理”的申请，五种情形加起来有多少件？", n + "five not-processed sub-items"),
        S("en", "ha", WITHHELD, "Add up every ground for refusal in Huai'an's 2024 table - how many requests were withheld altogether?", n + "all eight withholding grounds"),
        S("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang County 2025: how many applicants walked away with at least some of what they asked for, counting full and partial disclosure together?", n + "granted + partially granted"),
        S("en", "sy", NOT_FULL, "Shuyang 2025: lump together every outcome that wasn't a full release. How many requests is that?", n + "everything except granted in full"),
        S("en", "ha", ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"], "Huai'an 2024: across reconsideration and both kinds of lawsuit, how many disclosure cases were still unresolved at year end?", n + "pending in all three groups"),
        S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2023: licensing, penalty and coercion decisions - what's the combined count?", n + "three decision counts of table 2"),
        S("en", "sh19", ["c.regulations.total_published", "c.normative_docs.total_published"], "Shanghai General Office 2019: regulations plus normative documents in the cumulative 'total published' column, added together?", n + "total published: regulations + normative docs"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"], "STCSM 2024: new requests plus those carried in from 2023 - what was the full caseload?", n + "received + carried over (text rows); the narrative's 34 and 2 agree"),
        S("en", "sh25", APPEAL_TOTALS, "Shanghai General Office 2025: reconsiderations plus both categories of lawsuits, all told?", n + "review + direct + after-review totals (text row)"),
        S("en", "ha", OTHER3, "Huai'an 2024: the three sub-items of 'other handling' together come to how many?", n + "other handling, three sub-items"),
        S("en", "sy", UNABLE, "Shuyang 2025: every reason for being unable to provide information, combined - how many requests?", n + "unable, three sub-items"),
    ]


def differences():
    n = "[combine] difference: "
    return [
        D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区的行政许可决定数，2024年比2023年多出多少？", n + "licensing decisions 2023->2024"),
        D("zh", "sh19", "sh25", "r.received.total", "上海市政府办公厅新收的信息公开申请，2025年相比2019年增加了多少件？", n + "received 2019->2025"),
        D("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区从2023年到2024年，行政处罚决定数量变化了多少？", n + "punishment decisions 2023->2024 (negative)"),
        D("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办年底结转到下一年继续办的申请，2025年比2019年多了多少？", n + "carried forward 2019->2025"),
        D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区答复“本机关不掌握”的申请，2024年比2023年多了几件？", n + "not held 2023->2024"),
        D("zh", "sh19", "sh25", "a.review.total", "上海市府办因信息公开被申请行政复议的总数，从2019年到2025年涨了多少？", n + "review total 2019->2025"),
        D("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze District's administrative fee revenue change from 2023 to 2024 (in 10,000 yuan)?", n + "fees amount 2023->2024", unit=W),
        D("en", "sh19", "sh25", "a.litigation_direct.pending", "Direct lawsuits still pending against the Shanghai General Office: how many more were there in 2025 than in 2019?", n + "direct pending 2019->2025"),
        D("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze District's stock of normative documents in force: what was the net change between 2023 and 2024?", n + "normative docs in force 2023->2024"),
        D("en", "sh19", "sh25", "r.received.natural_person", "Requests from private individuals to the Shanghai General Office: how big was the rise from 2019 to 2025?", n + "received natural persons 2019->2025"),
        D("en", "hz23", "hz24", "r.granted.total", "Hongze District: full disclosures in 2024 versus 2023 - by how many did they go up?", n + "granted 2023->2024"),
    ]


# ---------------------------------------------------------------- [rank]: 3-4 gold bodies, each in its gold year, all named
def rankings():
    n = "[rank] "
    return [
        R("zh", ["ha", "sy", "hz23", "jx"], "r.received.total", "desc", "淮安市政府2024年、沭阳县政府2025年、洪泽区政府2023年、涧西区政府办2020年，这四家谁新收的信息公开申请最多？", n + "received, desc"),
        R("zh", GOLD21, "a.review.corrected", "desc", "拿淮安市2024年、洪泽区2023年、沭阳县2025年三份年报比一比，信息公开行政复议结果被纠正最多的是哪家？", n + "review corrected, desc"),
        R("zh", GOLD21, "c.normative_docs.in_force", "asc", "现行有效的行政规范性文件最少的是哪一家：淮安市（2024年）、洪泽区（2023年）还是沭阳县（2025年）？", n + "normative docs in force, asc"),
        R("zh", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc", "以“三类内部事务信息”为由不予公开的申请，淮安2024年、沭阳2025年、洪泽2023年三家谁最多？", n + "withheld internal affairs, desc"),
        R("zh", ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc", "上年结转过来的申请哪家最多：淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年、涧西区政府办2020年？", n + "carried over, desc"),
        R("zh", GOLD4, "a.litigation_after_review.upheld", "asc", "复议后起诉、结果维持的行政诉讼，淮安2024年、沭阳2025年、洪泽2023年、涧西2020年里谁最少？", n + "after-review upheld, asc"),
        R("zh", GOLD21, "c.fees.amount", "asc", "行政事业性收费金额最低的是哪个：淮安市政府2024年、洪泽区政府2023年、沭阳县政府2025年？", n + "fees amount, asc"),
        R("zh", GOLD4, "r.unable.needs_creation.total", "desc", "因“没有现成信息需要另行制作”而无法提供的申请，淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年哪家最多？", n + "unable needs creation, desc"),
        R("en", ["jx", "ha", "sy", "sh19"], "a.review.total", "desc", "Which body faced the most disclosure-related administrative reconsiderations: Jianxi District government office (2020), Huai'an City (2024), Shuyang County (2025) or the Shanghai General Office (2019)?", n + "review total, desc (洪泽 2023 left out: its 总计 is printed 0)"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.carried_forward.total", "asc", "Fewest applications carried forward unfinished: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 or Jianxi District 2020?", n + "carried forward, asc"),
        R("en", GOLD21, "c.licensing.decisions", "desc", "Among Huai'an (2024 report), Hongze District (2023 report) and Shuyang County (2025 report), which recorded the most administrative licensing decisions?", n + "licensing decisions, desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "Most disclosure lawsuits filed directly in court without reconsideration - Huai'an in 2024, Shuyang in 2025, the Shanghai General Office in 2019, or Jianxi District in 2020?", n + "direct lawsuits total, desc"),
        R("en", ["ha", "sy", "sh19"], "r.received.legal_services", "desc", "Which got the most new requests from legal service institutions: Huai'an 2024, Shuyang County 2025 or the Shanghai General Office 2019?", n + "received legal services, desc"),
        R("en", GOLD21, "r.not_processed.petition.total", "asc", "Petition-type requests not processed: which of Huai'an (2024), Hongze District (2023) and Shuyang County (2025) had the fewest?", n + "not processed petition, asc"),
        R("en", ["ha", "hz23", "sy", "sh19"], "a.review.upheld", "asc", "Reconsiderations that upheld the original decision - lowest count among Huai'an 2024, Hongze District 2023, Shuyang 2025 and the Shanghai General Office 2019?", n + "review upheld, asc"),
        R("en", GOLD21, "r.partially_granted.total", "asc", "Of Huai'an in 2024, Hongze District in 2023 and Shuyang County in 2025, which granted the fewest requests only in part?", n + "partially granted, asc"),
    ]


# ---------------------------------------------------------------- [followup]: 2-3 turns switching body, year, row, column or group
def followups():
    n = "[followup] "
    return [
        F("zh", [("淮安市2024年信息公开行政复议，维持原答复的有几件？", E("ha", "a.review.upheld")),
                 ("那复议完又起诉到法院、最后判维持的呢？", E("ha", "a.litigation_after_review.upheld"))],
          n + "group switch: review upheld -> after-review upheld"),
        F("zh", [("沭阳县2025年以“属于三类内部事务信息”不予公开的有几件？", E("sy", "r.withheld.internal_affairs.total")),
                 ("换成淮安市政府2024年的表看看呢？", E("ha", "r.withheld.internal_affairs.total"))],
          n + "body switch: 沭阳 2025 -> 淮安 2024"),
        F("zh", [("上海市政府办公厅2025年信息公开行政复议一共多少件？", E("sh25", "a.review.total")),
                 ("它2019年那份年报里，这个总数是多少？", E("sh19", "a.review.total"))],
          n + "year switch: 上海市府办 2025 -> 2019"),
        F("zh", [("洪泽区2023年行政强制的决定数量是多少？", E("hz23", "c.coercion.decisions")),
                 ("到了2024年的表里变成多少了？", E("hz24", "c.coercion.decisions"))],
          n + "year switch: 洪泽 2023 -> 2024"),
        F("zh", [("淮安市2024年答复“本机关不掌握相关政府信息”的申请中，自然人提的有多少？", E("ha", "r.unable.not_held.natural_person")),
                 ("法律服务机构那一列呢？", E("ha", "r.unable.not_held.legal_services")),
                 ("商业企业呢？", E("ha", "r.unable.not_held.commercial"))],
          n + "column switch: natural person -> legal services -> commercial"),
        F("zh", [("沭阳县2025年予以公开的总计是多少件？", E("sy", "r.granted.total")),
                 ("只公开了一部分的又是多少？", E("sy", "r.partially_granted.total"))],
          n + "row switch: granted -> partially granted"),
        F("zh", [("涧西区政府办2020年做了几个政府集中采购项目？", E("jx", "c.procurement.projects")),
                 ("这些项目的采购总金额是多少？", E("jx", "c.procurement.amount", unit=W))],
          n + "measure switch: procurement projects -> amount"),
        F("zh", [("淮安2024年信息公开行政复议到年底尚未审结的有几件？", E("ha", "a.review.pending")),
                 ("直接起诉的行政诉讼里，没审结的呢？", E("ha", "a.litigation_direct.pending")),
                 ("复议后起诉那组呢？", E("ha", "a.litigation_after_review.pending"))],
          n + "group switch: pending in review -> direct -> after review"),
        F("zh", [("上海市政府办公厅2025年，商业企业新提交的公开申请有多少件？", E("sh25", "r.received.commercial")),
                 ("淮安市政府2024年企业新提交的呢？", E("ha", "r.received.commercial"))],
          n + "body switch: 上海市府办 2025 -> 淮安 2024"),
        F("zh", [("沭阳县2025年其他处理里，申请人逾期不补正、不再处理的有几件？", E("sy", "r.other.overdue_correction.total")),
                 ("逾期不缴费的那一项呢？", E("sy", "r.other.overdue_fee.total")),
                 ("第三小项“其他”呢？", E("sy", "r.other.other.total"))],
          n + "row switch over the three other-handling sub-items"),
        F("zh", [("洪泽区2024年新制发的行政规范性文件有几件？", E("hz24", "c.normative_docs.issued")),
                 ("二〇二三年那份报告里是几件？", E("hz23", "c.normative_docs.issued"))],
          n + "year switch: 洪泽 2024 -> 2023"),
        F("zh", [("上海市科委2024年表三里予以公开的总计是多少？", E("kw", "r.granted.total")),
                 ("上海市政府办公厅2025年的表里这一格是多少？", E("sh25", "r.granted.total"))],
          n + "body switch: 市科委 2024 -> 上海市府办 2025"),
        F("zh", [("上海市政府办公厅2019年，商业企业的申请里被认定为重复申请的有几件？", E("sh19", "r.not_processed.duplicate.commercial")),
                 ("自然人那一列呢？", E("sh19", "r.not_processed.duplicate.natural_person"))],
          n + "column switch: commercial -> natural person"),
        F("en", [("Huai'an 2024: how many requests were refused as process (deliberative) information?", E("ha", "r.withheld.process_info.total")),
                 ("And how many as internal affairs information?", E("ha", "r.withheld.internal_affairs.total"))],
          n + "row switch: process info -> internal affairs"),
        F("en", [("Shuyang County, 2025: administrative penalty decisions?", E("sy", "c.punishment.decisions")),
                 ("What does Huai'an's 2024 report give for the same thing?", E("ha", "c.punishment.decisions"))],
          n + "body switch: 沭阳 2025 -> 淮安 2024"),
        F("en", [("Shanghai General Office 2019: how many applications had been carried over from 2018?", E("sh19", "r.carried_over.total")),
                 ("And in the office's 2025 report?", E("sh25", "r.carried_over.total"))],
          n + "year switch: 上海市府办 2019 -> 2025"),
        F("en", [("Hongze District 2023: administrative licensing decisions?", E("hz23", "c.licensing.decisions")),
                 ("How about the 2024 report from the same district?", E("hz24", "c.licensing.decisions"))],
          n + "year switch: 洪泽 2023 -> 2024"),
        F("en", [("Huai'an 2024: new requests from private individuals?", E("ha", "r.received.natural_person")),
                 ("And from law firms and other legal service providers?", E("ha", "r.received.legal_services"))],
          n + "column switch: natural person -> legal services"),
        F("en", [("Shuyang 2025: lawsuits filed directly in court, total?", E("sy", "a.litigation_direct.total")),
                 ("And suits filed after a reconsideration?", E("sy", "a.litigation_after_review.total")),
                 ("Of those post-reconsideration suits, how many are still pending?", E("sy", "a.litigation_after_review.pending"))],
          n + "group switch, then outcome column"),
        F("en", [("Jianxi District government office, 2020: how many reconsideration cases were upheld?", E("jx", "a.review.upheld")),
                 ("Were any corrected? How many?", E("jx", "a.review.corrected"))],
          n + "outcome switch: upheld -> corrected (0)"),
        F("en", [("Shanghai General Office 2025: applications set aside as petitions, reports or complaints?", E("sh25", "r.not_processed.petition.total")),
                 ("And ones set aside as repeat applications?", E("sh25", "r.not_processed.duplicate.total"))],
          n + "row switch: petition -> duplicate"),
        F("en", [("Huai'an 2024: normative documents repealed?", E("ha", "c.normative_docs.repealed")),
                 ("Shuyang County in its 2025 report?", E("sy", "c.normative_docs.repealed"))],
          n + "body switch: 淮安 2024 -> 沭阳 2025"),
        F("en", [("STCSM 2024: normative documents issued during 2024?", E("kw", "c.normative_docs.issued", alt=("规划计划文件", 13))),
                 ("And how many were in force at year end?", E("kw", "c.normative_docs.in_force"))],
          n + "measure switch: issued -> in force (text rows; the narrative's 行政规范性文件 13 件 agrees)"),
        F("en", [("Hongze District 2023: requests withheld as state secrets?", E("hz23", "r.withheld.state_secret.total")),
                 ("And as administrative enforcement case files?", E("hz23", "r.withheld.enforcement_files.total"))],
          n + "row switch: state secret -> enforcement files"),
        F("en", [("Shanghai General Office 2019: individuals told the office didn't hold the information?", E("sh19", "r.unable.not_held.natural_person")),
                 ("Companies?", E("sh19", "r.unable.not_held.commercial")),
                 ("Legal service institutions?", E("sh19", "r.unable.not_held.legal_services"))],
          n + "column switch over a row whose 总计 is printed blank"),
        F("en", [("Huai'an 2024: disclosure-related reconsideration cases in total?", E("ha", "a.review.total", alt=("行政复议 351", 351))),
                 ("And lawsuits filed directly, without reconsideration?", E("ha", "a.litigation_direct.total"))],
          n + "group switch: review total -> direct total (351 also in the narrative)"),
    ]


# ---------------------------------------------------------------- [textonly]: numbers only the narrative states
def narratives():
    n = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会", 12, "场", "淮安市政府2024年一共开了多少场新闻发布会？", n + "press conferences"),
        N("zh", "hz24", "常务会议", 7, "期", "洪泽区2024年在网站上公开了几期政府常务会议？", n + "executive meetings published"),
        N("zh", "sy", "催办提示", 84, "次", "沭阳县2025年那个“倒计时报警器”全年一共发了多少次催办提示？", n + "reminders sent"),
        N("zh", "sy", "697", 697, "条", "沭阳2025年清理过期信息，累计清掉了多少条？", n + "outdated items removed"),
        N("zh", "kw", "直播", 118, "场", "上海市科委2024年“上海科技”视频号做了多少场直播？", n + "live streams"),
        N("zh", "sh25", "主动撤回", 157, "件", "上海市政府办公厅2025年其他处理的申请里，申请人自己主动撤回的有多少件？", n + "withdrawn requests (inside 其他处理 319)", frm="其他处理"),
        N("zh", "sh19", "70家", 70, "家", "上海市政府办公厅2019年每季度全面检查的政府网站有多少家？", n + "websites checked each quarter"),
        N("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage inspections of government information disclosure columns did Huai'an organise in 2024?", n + "full-coverage inspections"),
        N("en", "hz23", "1136", 1136, "条", "How many items of government information did Hongze District proactively publish on its government website platform in 2023?", n + "items published"),
        N("en", "sy", "办前主动沟通", 33, "件", "Shuyang County 2025: how many disputes does the report say were resolved through talking to applicants before handling their requests?", n + "disputes resolved"),
        N("en", "kw", "人大代表建议", 50, "件", "For 2024, how many NPC deputies' suggestions (as lead or co-handler) did STCSM publish replies to?", n + "deputies' suggestions", frm="《上海市科委 2024"),
        N("en", "sh25", "发布审查", 330, "件", "How many documents went through pre-release review (发布审查) at the Shanghai General Office in 2025?", n + "release reviews"),
        N("en", "sh19", "132件", 132, "件", "How many policy interpretations did the Shanghai General Office publish on the 'China Shanghai' portal in 2019?", n + "policy interpretations", frm="通过"),
        N("en", "jx", "601项", 601, "项", "In 2020, how many disclosure items did the Jianxi District government office map out across its 21 fields?", n + "items across 21 fields", frm="结合权责清单"),
    ]


# ---------------------------------------------------------------- [cannot]: what a journalist asks that the reports do not hold
def cannots():
    n = "[cannot] "
    return [
        U("zh", "淮安市2024年的政府信息公开申请人里，男性和女性各占多少？", "the report gives no breakdown of applicants by sex", n + "sex breakdown"),
        U("zh", "沭阳县2025年每个月分别收到多少件信息公开申请？", "no monthly breakdown is printed", n + "month breakdown"),
        U("zh", "上海市政府办公厅2025年不予公开的那20件，具体都是些什么事项？", "the report names no subjects of the withheld requests", n + "topics of withheld requests"),
        U("zh", "淮安2024年行政复议被纠正的64件，都是因为什么原因被纠正的？", "reasons for the corrections are not stated", n + "reasons"),
        U("zh", "按常住人口算，洪泽区2023年每万人提出了多少件信息公开申请？", "the report states no population, so no per-capita rate", n + "per-capita rate"),
        U("zh", "南京市政府2024年收到了多少件政府信息公开申请？", "南京市 is not among the reports held", n + "body not held"),
        U("zh", "涧西区政府办2021年的年报里，本年新收的申请是多少？", "only the 涧西区 2020 report is held", n + "year not held"),
        U("zh", "上海市科委2023年受理了多少件政府信息公开申请？", "only the 上海市科委 2024 report is held (it gives the 2 carried over from 2023, not the 2023 intake)", n + "year not held"),
        U("zh", "沭阳县2024年的信息公开行政诉讼有几件？", "only the 沭阳县 2025 report is held", n + "year not held"),
        U("zh", "淮安市2024年报里公布的依申请公开“予以公开率”是多少？", "the 淮安 report states no such percentage", n + "percentage not stated"),
        U("zh", "淮安2024年办理一件信息公开申请平均要多少个工作日？", "no response times are reported", n + "response time"),
        U("zh", "洪泽区2024年专门负责政府信息公开的工作人员有几个？", "the report gives no staff numbers", n + "staff"),
        U("zh", "沭阳2025年不予公开的那些申请里，有多少件跟征地拆迁有关？", "no topic breakdown of the withheld requests", n + "topic breakdown"),
        U("zh", "淮安市2024年的申请人中有多少是外地户籍的？", "applicants' residence is not reported", n + "residence"),
        U("zh", "涧西区政府办2020年的申请有多少是通过网上提交的？", "no breakdown by submission channel", n + "channel"),
        U("zh", "淮安市2024年各个市级部门分别收到多少件申请？", "only city-wide totals are printed, no per-department figures", n + "department breakdown"),
        U("zh", "苏州市2024年的行政许可处理决定有多少？", "苏州市 is not among the reports held", n + "body not held"),
        U("zh", "上海市政府办公厅2022年结转到下一年的申请有多少件？", "the 上海市人民政府办公厅 reports held are 2019 and 2025", n + "year not held"),
        U("zh", "洪泽区2022年的行政处罚决定数量是多少？", "洪泽区 reports held are 2023 and 2024", n + "year not held"),
        U("zh", "淮安2024年收取的那3940元信息处理费，是向几位申请人收的？", "the report states only the total fee, not the number of payers", n + "fee payers"),
        U("zh", "预计淮安市2025年会收到多少件政府信息公开申请？", "forecasts are not in the reports", n + "forecast"),
        U("zh", "涧西区2020年那起信息公开行政复议，申请人叫什么名字？", "personal data; no names are printed", n + "personal data"),
        U("zh", "沭阳县2025年的61件行政复议分别涉及哪些乡镇？", "no township breakdown", n + "township breakdown"),
        U("zh", "上海市科委2024年的申请人来自上海哪些区？", "no district breakdown of applicants", n + "district breakdown"),
        U("zh", "洪泽区2024年行政处罚的罚没款总额是多少？", "only the number of penalty decisions is printed, not the amounts", n + "amount not printed"),
        U("zh", "盐城市2024年不予公开的申请比淮安市2024年多还是少？", "盐城市 is not among the reports held", n + "comparison with a body not held"),
        U("en", "What share of Shuyang County's 2025 requests came from women?", "no breakdown by sex", n + "sex breakdown"),
        U("en", "How many disclosure requests did the Huai'an municipal government receive in the fourth quarter of 2024?", "no quarterly breakdown", n + "quarter breakdown"),
        U("en", "Why did Hongze District refuse the state-secret request in 2023 - what was the document about?", "the report gives neither the subject nor the reasoning", n + "reasons/topic"),
        U("en", "Of the Shanghai General Office's disclosure lawsuits in 2025, how many were brought by companies rather than individuals?", "the appeals table has no applicant-type breakdown", n + "breakdown not printed"),
        U("en", "How many disclosure requests did the Beijing Municipal Government General Office receive in 2025?", "Beijing is not among the reports held", n + "body not held"),
        U("en", "Give me Huai'an municipal government's 2023 figure for new disclosure applications.", "only the 淮安 2024 report is held", n + "year not held"),
        U("en", "How many applications were carried forward by the Shanghai Science and Technology Commission at the end of 2022?", "only the 2024 report of the commission is held", n + "year not held"),
        U("en", "Per 100,000 residents, how many disclosure requests did Shuyang County receive in 2025?", "no population figure in the report", n + "per-capita rate"),
        U("en", "In 2024, what was the average cost to Huai'an of handling one disclosure request?", "costs are not reported", n + "cost"),
        U("en", "Which industries did the companies that applied to the Shanghai General Office in 2019 come from?", "no industry breakdown", n + "industry breakdown"),
        U("en", "How many staff members worked on information disclosure at the Jianxi District government office in 2020?", "the report names no staff numbers", n + "staff"),
        U("en", "Which law firms filed the 61 requests from legal service institutions to Huai'an in 2024?", "applicant identities are not printed", n + "personal/organisation data"),
        U("en", "What was Shuyang County's administrative-reconsideration correction rate in 2025, as published in its report?", "the report publishes no correction rate", n + "percentage not stated"),
        U("en", "How many disclosure requests did Pudong New Area receive in 2024?", "浦东新区 is not among the reports held", n + "body not held"),
        U("en", "How many requests did Hongze District receive in 2025?", "洪泽区 reports held are 2023 and 2024", n + "year not held"),
        U("en", "Exactly how many views did Shuyang County's most-watched short video get in 2025?", "the report only says one video passed 100 million plays, no exact figure", n + "exact figure not stated"),
        U("en", "How many of the Shanghai General Office's 2025 applicants were foreigners?", "no breakdown by nationality", n + "nationality breakdown"),
        U("en", "What did the 8 centralized procurement projects of the Jianxi District government office in 2020 buy?", "the projects are not itemised", n + "items not printed"),
        U("en", "How many of Huai'an's 447,228 licensing decisions in 2024 were refusals?", "only the number of decisions is printed", n + "breakdown not printed"),
        U("en", "Which of the 64 Shuyang County units that published reports for 2025 received the most disclosure requests?", "no per-unit figures", n + "department breakdown"),
        U("en", "How many copies of each issue of the Shanghai government gazette were printed in 2019?", "circulation is not reported", n + "figure not stated"),
        U("en", "How many visits did Huai'an's government website get in 2024?", "no website traffic figure in the report", n + "figure not stated"),
        U("en", "How many of Hongze District's 1,136 published items in 2023 were policy interpretations?", "no breakdown of the 1136 items", n + "breakdown not printed"),
        U("en", "Of the 95 government new-media accounts Huai'an ran in 2024, how many were WeChat accounts?", "no breakdown by platform", n + "breakdown not printed"),
        U("en", "How did Huai'an's 2024 request volume compare with Xuzhou's in 2024?", "徐州市 is not among the reports held", n + "comparison with a body not held"),
        U("en", "What percentage of STCSM's 2024 requests were granted, as stated in its report?", "the commission's report states no percentage", n + "percentage not stated"),
    ]


# ---------------------------------------------------------------- [neighbour]: the neighbouring cell is the naive answer
def neighbours():
    n = "[neighbour] "
    return [
        T("zh", "ha", "a.litigation_after_review.upheld", "淮安市2024年，先申请复议、对复议结果不服再起诉，最后法院维持的有几件？", n + "after-review upheld 12 vs direct upheld 13"),
        T("zh", "sy", "r.carried_forward.total", "沭阳县2025年没办完、要转到2026年接着办的申请有几件？", n + "carried forward 31 vs carried over 36"),
        T("zh", "ha", "c.normative_docs.repealed", "淮安市2024年当年废止的行政规范性文件是几件？", n + "repealed 26 vs issued 8 / in force 66"),
        T("zh", "sh19", "c.procurement.projects", "上海市政府办公厅2019年一共做了几个政府集中采购项目？", n + "projects 6 vs amount 251000元"),
        T("zh", "sy", "r.other.overdue_fee.total", "沭阳2025年因为过期没按收费通知交钱而不再处理的申请有几件？", n + "overdue fee 7 vs overdue correction 9"),
        T("zh", "ha", "r.withheld.admin_query.total", "淮安2024年属于行政查询事项、不予公开的有多少件？", n + "admin query 105 vs enforcement files 9"),
        T("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以“四类过程性信息”为由没有公开的有几件？", n + "process info 2 vs internal affairs 13"),
        T("zh", "sh25", "r.not_processed.duplicate.total", "上海市政府办公厅2025年因重复申请而不予处理的有几件？", n + "duplicate 16 vs petition 62"),
        T("zh", "sy", "a.review.other", "沭阳县2025年行政复议表里“其他结果”一栏是多少？", n + "review other 9 vs corrected 10"),
        T("zh", "hz24", "a.litigation_after_review.total", "洪泽区2024年复议后起诉的信息公开行政诉讼总计几件？", n + "after-review total 3 vs direct total 1 (text row)"),
        T("zh", "ha", "r.other.other.total", "淮安市2024年其他处理的第3小项“其他”有几件？", n + "other-other 110 vs overdue correction 71"),
        T("zh", "hz23", "r.partially_granted.total", "洪泽区2023年部分公开的申请有多少件？", n + "partially granted 4 vs granted 0"),
        T("zh", "sh25", "a.litigation_direct.pending", "上海市政府办公厅2025年未经复议直接起诉、到年底尚未审结的诉讼有几件？", n + "direct pending 6 vs direct total 12 / review pending 5 (text row)"),
        T("en", "jx", "c.procurement.amount", "How much money did the Jianxi District government office put through centralized government procurement in 2020?", n + "amount 28.6232 万元 vs projects 8", unit=W),
        T("en", "sh19", "c.regulations.total_published", "Shanghai General Office 2019: the cumulative number of regulations published to date (对外公开总数量)?", n + "total published 524 vs made/published 13"),
        T("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: requests that couldn't be met because the information would first have to be created?", n + "needs creation 11 vs not held 769"),
        T("en", "ha", "a.litigation_direct.other", "Huai'an 2024: lawsuits filed directly in court that ended with 'other results'?", n + "direct other 8 vs direct corrected 4"),
        T("en", "sy", "r.received.legal_services", "Shuyang County 2025: how many new requests came from legal service institutions?", n + "legal services 5 vs commercial 3"),
        T("en", "kw", "r.received.commercial", "STCSM 2024: new requests from commercial enterprises?", n + "commercial 2 vs natural persons 32 (text row)"),
        T("en", "ha", "r.withheld.internal_affairs.total", "Huai'an 2024: requests refused as one of the three types of internal affairs information?", n + "internal affairs 8 vs process info 12"),
        T("en", "sh19", "c.normative_docs.published", "Shanghai General Office 2019: normative documents newly published during 2019 (本年新公开数量)?", n + "newly published 60 vs total published 368"),
        T("en", "ha", "a.review.pending", "Huai'an 2024: reconsideration cases not yet concluded?", n + "review pending 37 vs review total 351"),
        T("en", "sy", "c.normative_docs.in_force", "Shuyang County 2025: normative documents currently in force?", n + "in force 32 vs issued 6"),
        T("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: requests carried over from 2024 that had come from legal service institutions?", n + "carried over legal services 4 vs commercial 15 (text row)"),
        T("en", "hz24", "c.coercion.decisions", "Hongze District 2024: administrative coercion decisions?", n + "coercion 84 vs punishment 2776 (text row)"),
        T("en", "sy", "r.unable.unclear.total", "Shuyang 2025: requests still unclear after the applicant supplemented them?", n + "unclear 0 vs needs creation 2"),
    ]


def CONVERSATIONS():
    out = (cells_zh() + cells_en() + consistency() + sums() + differences() + rankings()
           + followups() + narratives() + cannots() + neighbours())
    return out
