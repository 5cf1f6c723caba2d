"""Question bank of blind set 137 (evals/blind137): staff and journalist traffic.

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings written new for this set. Numbers are never typed here: the builders of
helpers137 compute them from gold/*.json, from printed text cells (SPECS, the cells blind6
verified) or from a sentence cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib137 as L  # noqa: E402
from helpers137 import C, D, E, F, N, R, S, T, U, V  # noqa: E402

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

HA_REVIEW = "政府信息公开行政复议"  # keyword of the Huai'an appeals sentence
HA_REQ = "全市共受理政府信息公开申请"


def plain():
    P = "[plain] "
    out = []
    rows = [
        # (lang, body, keys, question, note, extra)
        ("zh", "ha", "a.review.corrected", "淮安市政府2024年被申请行政复议的信息公开案件里，最后被复议机关纠正的有几件？", "review corrected", {"alt": ("结果纠正", 64)}),
        ("en", "ha", "a.review.other", "For Huai'an's 2024 disclosure appeals to reconsideration, how many ended with an outcome that was neither upheld nor corrected?", "review other", {"alt": ("其他结果 178", 178)}),
        ("zh", "ha", "a.review.pending", "截至年底，淮安2024年还没审结的信息公开行政复议有多少件？", "review pending", {"alt": ("尚未审结 37", 37)}),
        ("en", "ha", "a.litigation_direct.corrected", "In 2024, how many disclosure lawsuits filed straight in court (no reconsideration first) against Huai'an city government went against the government, i.e. the result was corrected?", "direct litigation corrected", {}),
        ("zh", "ha", "a.litigation_after_review.pending", "淮安市政府2024年，先复议后又打官司的信息公开案件中，到年底还悬而未决的有几件？", "after-review litigation pending", {}),
        ("en", "ha", "a.litigation_after_review.upheld", "Huai'an, FY2024: of the suits brought after a reconsideration decision, how many did the court uphold?", "after-review upheld", {}),
        ("zh", "sy", "a.review.other", "沭阳县2025年信息公开行政复议，结果既不是维持也不是纠正的，一共几件？", "review other", {}),
        ("en", "sy", "a.review.corrected", "Shuyang County 2025: number of disclosure reconsiderations where the decision was corrected.", "review corrected", {}),
        ("zh", "sy", "a.litigation_after_review.other", "沭阳县政府二〇二五年复议后起诉的信息公开案件，判决结果归为“其他”的有多少？", "after-review other", {}),
        ("en", "sy", "a.review.pending", "How many of Shuyang's 2025 information-disclosure reconsideration cases were still undecided when the year closed?", "review pending", {}),
        ("zh", "jx", "a.litigation_after_review.upheld", "涧西区政府办2020年经复议后提起诉讼的案件，法院维持的有几件？", "after-review upheld", {}),
        ("en", "jx", "a.review.upheld", "Jianxi District office, 2020: reconsiderations where the original response stood?", "review upheld", {}),
        # withheld / unable / not processed / other sub-items
        ("zh", "ha", "r.withheld.admin_query.total", "淮安市政府2024年以“属于行政查询事项”为由不予公开的申请有几件？", "withheld admin query", {}),
        ("en", "ha", "r.withheld.security_stability.total", "Huai'an 2024: refusals on the ground that release would endanger the 'three securities and one stability'?", "withheld security", {}),
        ("zh", "ha", "r.withheld.enforcement_files.total", "24年淮安市政府因为属于行政执法案卷而没给公开的，数量是多少？", "withheld enforcement files", {}),
        ("en", "ha", "r.withheld.prohibited_by_law.total", "How many Huai'an 2024 requests were turned down because another law or regulation bars disclosure?", "withheld by law", {}),
        ("zh", "ha", "r.unable.unclear.total", "淮安市政府2024年，申请内容写得不明确、最终无法提供的有几件？", "unable unclear", {}),
        ("en", "ha", "r.not_processed.reconfirm.total", "Huai'an city, 2024: requests not handled because the applicant asked the government to confirm or re-issue information already obtained?", "not processed reconfirm", {}),
        ("zh", "ha", "r.other.overdue_fee.total", "淮安2024年申请人逾期不缴信息处理费、于是被当作其他处理的有多少件？", "other overdue fee", {}),
        ("en", "ha", "r.other.overdue_correction.total", "Huai'an 2024 — requests closed because the applicant never supplied the requested corrections in time: how many?", "other overdue correction", {}),
        ("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县政府2025年因为属于内部事务信息而不予公开的申请，共几件？", "withheld internal", {}),
        ("en", "sy", "r.withheld.third_party.total", "Shuyang 2025: how many requests were refused because disclosure could harm a third party's lawful rights?", "withheld third party", {}),
        ("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年因申请人逾期未按收费通知交费而终止办理的申请有多少？", "other overdue fee", {}),
        ("en", "sy", "r.not_processed.duplicate.total", "In 2025, how many requests to Shuyang County were set aside as repeat applications?", "not processed duplicate", {}),
        ("zh", "sy", "r.unable.needs_creation.total", "沭阳县2025年需要另外加工制作才能提供、因而没提供的申请有几件？", "unable needs creation", {}),
        ("en", "sy", "r.withheld.admin_query.total", "Shuyang County FY2025: requests refused as being administrative look-up matters rather than disclosure requests?", "withheld admin query", {}),
        ("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年，个人提交的申请因为内容描述不清而无法提供的有多少件？", "unable unclear, natural person (total printed blank)", {}),
        ("en", "sh19", "r.withheld.state_secret.natural_person", "Shanghai General Office, 2019: individuals' requests refused because the information is a state secret?", "state secret natural person (total blank)", {}),
        ("zh", "hz23", "r.withheld.enforcement_files.total", "洪泽区政府2023年以行政执法案卷为理由不公开的申请有几件？", "withheld enforcement", {}),
        ("en", "hz23", "r.unable.needs_creation.total", "Hongze District government 2023: how many requests could not be met because the information would have had to be newly compiled?", "unable needs creation", {}),
        # applicant-type columns
        ("zh", "ha", "r.received.legal_services", "2024年律师事务所这类法律服务机构向淮安市政府提了多少件信息公开申请？", "received legal services", {}),
        ("en", "ha", "r.granted.commercial", "How many of the requests that businesses sent to Huai'an city government in 2024 were granted in full?", "granted commercial", {}),
        ("zh", "ha", "r.unable.not_held.legal_services", "淮安2024年法律服务机构的申请中，政府答复本机关不掌握的有几件？", "not held legal services", {}),
        ("en", "ha", "r.received.other_org", "Huai'an 2024: new requests from organisations in the 'other' column (not firms, research, public-interest or legal-service bodies)?", "received other org", {}),
        ("zh", "ha", "r.partially_granted.commercial", "淮安市政府2024年对企业申请作出部分公开答复的有多少件？", "partial commercial", {}),
        ("en", "sy", "r.received.legal_services", "Shuyang 2025 — how many fresh disclosure applications came from legal service providers?", "received legal services", {}),
        ("zh", "sy", "r.partially_granted.legal_services", "沭阳县政府2025年对法律服务机构的申请部分公开了几件？", "partial legal services", {}),
        ("en", "sh19", "r.received.commercial", "Shanghai municipal government general office, 2019: new applications lodged by commercial enterprises?", "received commercial", {}),
        ("zh", "sh19", "r.unable.needs_creation.commercial", "上海市府办2019年企业申请里，因需另行制作而无法提供的有几件？", "needs creation commercial", {}),
        ("en", "sh19", "r.withheld.admin_query.commercial", "In 2019, how many company requests did the Shanghai General Office refuse as administrative inquiries?", "admin query commercial", {}),
        ("zh", "kw", "r.received.commercial", "上海科委2024年新收的申请中，来自商业企业的有几件？", "text cell", {}),
        ("en", "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025: requests from legal service bodies carried in from the previous year's backlog?", "text cell", {}),
        ("zh", "sh25", "r.received.commercial", "上海市政府办公厅2025年本年新收的企业申请是多少件？", "text cell", {}),
        ("en", "ha", "r.received.legal_person", "Counting all five kinds of legal persons and other organisations together, how many new requests did Huai'an receive in 2024?", "derived legal_person", {}),
        ("zh", "sy", "r.received.legal_person", "沭阳县2025年本年新收申请中，法人或其他组织（五类合计）提了多少件？", "derived legal_person", {}),
        # table 二 measures
        ("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废止了多少件行政规范性文件？", "normative repealed", {}),
        ("en", "ha", "c.coercion.decisions", "Number of administrative coercion decisions Huai'an reported for 2024?", "coercion", {}),
        ("zh", "ha", "c.regulations.in_force", "截至2024年底，淮安市现行有效的政府规章有几部？", "regulations in force", {}),
        ("en", "ha", "c.fees.amount", "What did administrative fees collected by Huai'an come to in 2024 (in 10k yuan)?", "fees", {"unit": "万元"}),
        ("zh", "sy", "c.coercion.decisions", "沭阳县二〇二五年行政强制的决定数量是多少？", "coercion", {}),
        ("en", "sy", "c.normative_docs.repealed", "How many normative documents did Shuyang County scrap in 2025?", "repealed", {}),
        ("zh", "sy", "c.fees.amount", "沭阳县政府2025年行政事业性收费金额是多少万元？", "fees", {"unit": "万元"}),
        ("en", "sy", "c.licensing.decisions", "Shuyang, 2025: count of administrative licensing decisions in the disclosure table?", "licensing", {}),
        ("zh", "hz23", "c.normative_docs.in_force", "洪泽区2023年年末仍然有效的行政规范性文件有几件？", "in force", {}),
        ("en", "hz23", "c.punishment.decisions", "Hongze District 2023: administrative penalty decisions made that year?", "punishment", {}),
        ("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费收了多少万元？", "fees", {"unit": "万元"}),
        ("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: cumulative number of normative documents publicly released (total published)?", "total published", {}),
        ("zh", "sh19", "c.regulations.total_published", "上海市政府办公厅2019年报里，规章对外公开总数量是多少？", "regs total published", {}),
        ("en", "sh19", "c.procurement.projects", "How many government central procurement projects did the Shanghai General Office list for 2019?", "procurement projects", {}),
        ("zh", "jx", "c.procurement.amount", "涧西区政府办2020年政府集中采购总金额是多少万元？", "procurement amount", {"unit": "万元"}),
        ("en", "jx", "c.normative_docs.made", "Jianxi District office, 2020: normative documents newly drafted that year?", "made", {}),
        ("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定有多少件？", "text cell", {}),
        ("en", "hz24", "c.punishment.decisions", "Hongze District 2024 — administrative penalty decisions?", "text cell", {}),
        ("zh", "kw", "c.normative_docs.in_force", "上海科委2024年底现行有效的规范性文件有多少件？", "text cell", {}),
        ("en", "kw", "c.licensing.decisions", "STCSM 2024: administrative licensing decisions?", "text cell", {}),
        ("zh", "hz24", "c.coercion.decisions", "洪泽2024年行政强制决定数是多少？", "text cell", {}),
        # other request rows
        ("zh", "ha", "r.carried_forward.total", "淮安市政府2024年没办完、要留到2025年继续办的申请有几件？", "carried forward", {"alt": ("顺延到下年度", 103)}),
        ("en", "sy", "r.carried_over.total", "Shuyang County 2025: applications inherited from 2024 that were still open?", "carried over", {}),
        ("zh", "sy", "r.granted.total", "沭阳县2025年全部公开（不是部分公开）的申请有多少件？", "granted", {}),
        ("en", "hz23", "r.partially_granted.total", "Hongze District 2023: requests answered with partial disclosure?", "partial", {}),
        ("zh", "sh19", "r.carried_forward.total", "上海市府办2019年结转到下一年继续办理的申请有几件？", "carried forward", {"alt": ("顺延到下年度答复", 72)}),
        ("en", "sh25", "r.unable.not_held.total", "Shanghai General Office 2025: requests where the office said it did not hold the information?", "text cell", {}),
        ("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年因为需要另行制作而没法提供的申请几件？", "text cell", {}),
        ("en", "kw", "r.total_processed.total", "Shanghai science commission, 2024: total requests handled (processed total)?", "text cell", {}),
        ("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年回复“本机关不掌握”的申请有多少？", "text cell", {}),
        ("en", "hz24", "r.granted.total", "Hongze 2024: requests granted in full?", "text cell", {}),
        ("zh", "jx", "r.unable.not_held.total", "涧西区政府办2020年答复不掌握相关信息的申请有几件？", "not held", {}),
        ("en", "sh19", "r.total_processed.commercial", "Shanghai General Office 2019: business applicants' requests that were closed?", "processed commercial", {}),
        ("zh", "ha", "r.not_processed.duplicate.total", "淮安2024年被认定为重复申请、不予处理的有多少？", "duplicate", {}),
        ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: requests unanswerable without producing new material?", "needs creation", {}),
        ("zh", "sy", "r.not_processed.petition.total", "沭阳县2025年因属于信访举报投诉类而不予处理的申请几件？", "petition", {}),
        ("en", "sh25", "r.not_processed.petition.total", "Shanghai General Office, 2025: how many applications were really complaints or petitions and so not processed?", "text cell", {}),
    ]
    for lang, b, keys, q, note, extra in rows:
        kw = dict(extra)
        out.append(V(lang, b, keys, q, P + note, **kw))
    return out


def combine():
    P = "[combine] "
    sums = [
        ("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市政府2024年因信息公开被告上法院的案子，直接起诉和复议后起诉加在一起有多少件？", {"alt": ("政府信息公开行政诉讼", 46)}),
        ("en", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Add up every Huai'an 2024 disclosure case (reconsideration, direct suit, suit after reconsideration) whose result was corrected: what total do you get?", {}),
        ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total"], "淮安2024年因国家秘密、法律法规禁止、危及“三安全一稳定”这三条理由不予公开的，合计几件？", {}),
        ("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Huai'an 2024: requests dropped because the applicant let a deadline lapse, whether to correct the application or to pay the fee — combined count?", {}),
        ("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳县2025年全部或部分给了信息的申请，加起来一共多少件？", {}),
        ("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Taking reconsiderations and both kinds of lawsuits together, how many disclosure disputes did Shuyang's table record for 2025?", {}),
        ("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "沭阳县2025年信访类和重复申请两类不予处理的，总共几件？", {}),
        ("en", "sy", ["r.received.commercial", "r.received.legal_services"], "Shuyang 2025: new requests from companies plus those from legal service bodies?", {}),
        ("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年因“不掌握”和“需另行制作”没能提供的申请一共有多少？", {}),
        ("en", "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "Shanghai General Office 2019: all new requests from organisations, i.e. firms plus legal services plus other bodies, in total?", {}),
        ("zh", "sh19", ["r.unable.not_held.natural_person", "r.unable.not_held.commercial", "r.unable.not_held.legal_services"], "上海市府办2019年答复“本机关不掌握”的申请，把自然人、企业和法律服务机构三栏加起来是多少？", {}),
        ("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District office 2020: reconsiderations and lawsuits of every kind, summed?", {}),
        ("zh", "ha", ["c.normative_docs.issued", "c.regulations.issued"], "淮安市2024年新制发的规章和行政规范性文件合起来几件？", {}),
        ("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025: petition-type requests plus duplicate requests, combined?", {}),
    ]
    out = [S(l, b, k, q, P + "sum of the listed cells", **kw) for l, b, k, q, kw in sums]
    diffs = [
        ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区答复“不掌握”的申请，2024年比2023年多出几件？"),
        ("en", "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze District's licensing decisions change from 2023 to 2024?"),
        ("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区行政强制决定数，2024年相对2023年增减了多少？"),
        ("en", "hz23", "hz24", "c.normative_docs.in_force", "Hongze: normative documents in force at end-2024 versus end-2023, what is the change?"),
        ("zh", "sh19", "sh25", "r.received.natural_person", "上海市政府办公厅个人新提的申请，2025年和2019年比多了多少件？"),
        ("en", "sh19", "sh25", "a.review.total", "How much did the Shanghai General Office's disclosure reconsideration count move between 2019 and 2025?"),
        ("zh", "sh19", "sh25", "r.carried_over.total", "上海市府办从上一年接手的积压申请，2025年比2019年多了几件？"),
        ("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office, direct disclosure lawsuits: 2025 figure minus 2019 figure?"),
        ("zh", "sh19", "sh25", "r.total_processed.total", "上海市政府办公厅办结的申请总量，2025年较2019年增加了多少？"),
        ("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District administrative penalty decisions: change from 2023 to 2024?"),
    ]
    out += [D(l, b1, b2, k, q, P + "later year minus earlier year") for l, b1, b2, k, q in diffs]
    return out


GOLD4 = ["ha", "hz23", "sy"]
GOLD5 = ["ha", "hz23", "sy", "sh19", "jx"]


def rank():
    P = "[rank] "
    rows = [
        ("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "淮安市2024年、沭阳县2025年、洪泽区2023年这三家，谁的行政强制决定最少？"),
        ("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc", "Among Huai'an (2024), Shuyang (2025) and Hongze (2023), which issued the most licensing decisions?"),
        ("zh", ["ha", "sy", "hz23"], "c.normative_docs.repealed", "desc", "废止行政规范性文件最多的是哪家：淮安2024、沭阳2025还是洪泽2023？"),
        ("en", ["ha", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "Which of these received the most 'we don't hold it' answers to individuals: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?"),
        ("zh", ["ha", "sy", "sh19", "jx"], "r.received.total", "asc", "淮安2024年、沭阳2025年、上海市府办2019年、涧西区2020年，哪家新收申请最少？"),
        ("en", ["ha", "sy", "jx"], "a.review.total", "desc", "Rank Huai'an 2024, Shuyang 2025 and Jianxi 2020 by disclosure reconsiderations: who comes first?"),
        ("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "淮安市2024年、沭阳县2025年、上海市政府办公厅2019年，结转下年度继续办理的申请谁最多？"),
        ("en", ["ha", "sy", "hz23"], "r.withheld.process_info.total", "asc", "Which withheld the fewest requests as process information: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        ("zh", ["ha", "sy", "jx"], "a.litigation_direct.upheld", "desc", "直接起诉后法院维持的案件，淮安2024、沭阳2025、涧西2020哪家最多？"),
        ("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "asc", "Fewest administrative penalty decisions among Huai'an 2024, Shuyang 2025 and Hongze 2023?"),
        ("zh", ["ha", "sy", "hz23"], "r.not_processed.petition.total", "asc", "信访举报投诉类不予处理的申请，淮安2024年、沭阳2025年、洪泽2023年谁最少？"),
    ]
    return [R(l, bs, k, o, q, P + "ranking over gold bodies") for l, bs, k, o, q in rows]


def followup():
    P = "[followup] "
    fs = [
        ("zh", [("淮安市政府2024年行政复议里维持原答复的有几件？", "ha", "a.review.upheld", {"alt": ("结果维持 72", 72)}),
                ("那直接起诉的案子里维持的呢？", "ha", "a.litigation_direct.upheld", {})], "appeals group switch"),
        ("en", [("Shuyang County 2025: reconsiderations upheld?", "sy", "a.review.upheld", {}),
                ("And the ones corrected?", "sy", "a.review.corrected", {}),
                ("Still pending at year end?", "sy", "a.review.pending", {})], "outcome column switch"),
        ("zh", [("沭阳县2025年不予公开里属于过程性信息的有几件？", "sy", "r.withheld.process_info.total", {}),
                ("行政执法案卷那一项呢？", "sy", "r.withheld.enforcement_files.total", {})], "withheld sub-item switch"),
        ("en", [("Huai'an 2024: requests withheld as internal affairs?", "ha", "r.withheld.internal_affairs.total", {}),
                ("Same item for Shuyang County in 2025?", "sy", "r.withheld.internal_affairs.total", {})], "body switch"),
        ("zh", [("洪泽区2023年现行有效的行政规范性文件几件？", "hz23", "c.normative_docs.in_force", {}),
                ("24年呢？", "hz24", "c.normative_docs.in_force", {})], "year switch to text cell"),
        ("en", [("Shanghai General Office 2019: new requests in total?", "sh19", "r.received.total", {"alt": ("共受理政府信息公开申请859件", 859)}),
                ("What about 2025?", "sh25", "r.received.total", {"alt": ("市政府共受理政府信息公开申请", 1295)})], "year switch"),
        ("zh", [("淮安市政府2024年企业申请有几件被答复不掌握？", "ha", "r.unable.not_held.commercial", {}),
                ("自然人那一栏呢？", "ha", "r.unable.not_held.natural_person", {})], "column switch"),
        ("en", [("Huai'an 2024, requests ending up as 'other handling – other': how many?", "ha", "r.other.other.total", {}),
                ("And Shuyang for 2025?", "sy", "r.other.other.total", {})], "body switch"),
        ("zh", [("沭阳县2025年复议后起诉的信息公开案件总共几件？", "sy", "a.litigation_after_review.total", {}),
                ("其中法院维持的有几件？", "sy", "a.litigation_after_review.upheld", {}),
                ("年底还没判下来的呢？", "sy", "a.litigation_after_review.pending", {})], "outcome switch"),
        ("en", [("Jianxi District office 2020: requests granted?", "jx", "r.granted.total", {}),
                ("And the ones carried into 2021?", "jx", "r.carried_forward.total", {"alt": ("在办2件", 2)})], "row switch"),
        ("zh", [("上海市府办2019年自然人申请里属于信访举报类不予处理的有多少？", "sh19", "r.not_processed.petition.natural_person", {}),
                ("企业那一栏呢？", "sh19", "r.not_processed.petition.commercial", {})], "column switch (total blank)"),
        ("en", [("Huai'an 2024: administrative licensing decisions?", "ha", "c.licensing.decisions", {}),
                ("And penalty decisions?", "ha", "c.punishment.decisions", {})], "measure switch"),
        ("zh", [("淮安市2024年本年制发的行政规范性文件几件？", "ha", "c.normative_docs.issued", {}),
                ("现行有效的有多少件？", "ha", "c.normative_docs.in_force", {}),
                ("那沭阳县2025年现行有效的呢？", "sy", "c.normative_docs.in_force", {})], "measure then body switch"),
        ("en", [("Shanghai science commission 2024: requests carried over from 2023?", "kw", "r.carried_over.total", {"alt": ("上年结转政府信息公开申请 2 件", 2)}),
                ("And how many new ones came from individuals?", "kw", "r.received.natural_person", {})], "row switch text cells"),
        ("zh", [("洪泽区2024年行政规范性文件制发了几件？", "hz24", "c.normative_docs.issued", {}),
                ("那2024年的行政事业性收费是多少万元？", "hz24", "c.fees.amount", {"unit": "万元"})], "measure switch text cells"),
        ("en", [("Shanghai General Office 2025: reconsiderations on disclosure, total?", "sh25", "a.review.total", {}),
                ("How many still pending?", "sh25", "a.review.pending", {})], "outcome switch text cells"),
        ("zh", [("沭阳县2025年结转到下一年度继续办理的申请几件？", "sy", "r.carried_forward.total", {"alt": ("结转下一年", 31)}),
                ("淮安市2024年同一项呢？", "ha", "r.carried_forward.total", {"alt": ("顺延到下年度", 103)})], "body switch"),
        ("en", [("Hongze District 2023: requests refused as state secrets?", "hz23", "r.withheld.state_secret.total", {}),
                ("And as process information?", "hz23", "r.withheld.process_info.total", {}),
                ("And because they were law-enforcement case files?", "hz23", "r.withheld.enforcement_files.total", {})], "sub-item switch"),
        ("zh", [("淮安市政府2024年法律服务机构的申请里全部公开的有几件？", "ha", "r.granted.legal_services", {}),
                ("其他组织那一栏呢？", "ha", "r.granted.other_org", {})], "column switch"),
        ("en", [("Shuyang 2025: requests withheld because releasing them would endanger security or stability?", "sy", "r.withheld.security_stability.total", {}),
                ("Huai'an 2024, same reason?", "ha", "r.withheld.security_stability.total", {})], "body switch"),
        ("zh", [("上海市政府办公厅2019年行政规范性文件本年新公开了多少件？", "sh19", "c.normative_docs.published", {}),
                ("规章新公开的呢？", "sh19", "c.regulations.published", {})], "row switch"),
        ("en", [("Huai'an 2024: direct lawsuits with results in the 'other' column?", "ha", "a.litigation_direct.other", {}),
                ("And after-review suits in that column?", "ha", "a.litigation_after_review.other", {})], "group switch"),
        ("zh", [("沭阳县2025年逾期未补正、作其他处理的申请几件？", "sy", "r.other.overdue_correction.total", {}),
                ("淮安2024年这一项是多少？", "ha", "r.other.overdue_correction.total", {})], "body switch"),
        ("en", [("Shanghai General Office 2019: procurement amount (10k yuan)?", "sh19", "c.procurement.amount", {"unit": "万元"}),
                ("And Jianxi District office in 2020?", "jx", "c.procurement.amount", {"unit": "万元"})], "body switch money"),
        ("zh", [("淮安市2024年政府规章本年制发几件？", "ha", "c.regulations.issued", {}),
                ("行政规范性文件本年废止了几件？", "ha", "c.normative_docs.repealed", {})], "row+column switch"),
        ("en", [("Shuyang 2025: requests from individuals that were partly disclosed?", "sy", "r.partially_granted.natural_person", {}),
                ("And fully disclosed to individuals?", "sy", "r.granted.natural_person", {})], "row switch"),
        ("zh", [("洪泽区2023年答复本机关不掌握的申请有几件？", "hz23", "r.unable.not_held.total", {}),
                ("2024年呢？", "hz24", "r.unable.not_held.total", {})], "year switch"),
        ("en", [("Shanghai General Office 2025: not held answers?", "sh25", "r.unable.not_held.total", {}),
                ("2019? Individuals only, since the total is blank there.", "sh19", "r.unable.not_held.natural_person", {})], "year switch column"),
        ("zh", [("淮安市政府2024年复议后起诉、结果被纠正的有几件？", "ha", "a.litigation_after_review.corrected", {}),
                ("直接起诉被纠正的呢？", "ha", "a.litigation_direct.corrected", {})], "group switch"),
        ("en", [("Huai'an 2024: requests set aside where the applicant only wanted officials to re-confirm information already in hand?", "ha", "r.not_processed.reconfirm.total", {}),
                ("Petition-type ones?", "ha", "r.not_processed.petition.total", {})], "sub-item switch"),
        ("zh", [("上海科委2024年规范性文件制发几件？", "kw", "c.normative_docs.issued", {}),
                ("行政处罚决定呢？", "kw", "c.punishment.decisions", {})], "measure switch text"),
        ("en", [("Hongze District 2024: direct lawsuits over disclosure, total?", "hz24", "a.litigation_direct.total", {}),
                ("And suits filed after reconsideration?", "hz24", "a.litigation_after_review.total", {})], "group switch text cells"),
        ("zh", [("沭阳县2025年行政许可决定多少件？", "sy", "c.licensing.decisions", {}),
                ("行政处罚决定多少件？", "sy", "c.punishment.decisions", {}),
                ("淮安市2024年行政许可呢？", "ha", "c.licensing.decisions", {})], "measure then body"),
        ("en", [("Jianxi District office 2020: direct lawsuits upheld?", "jx", "a.litigation_direct.upheld", {}),
                ("Shuyang County 2025, same cell?", "sy", "a.litigation_direct.upheld", {})], "body switch"),
    ]
    out = []
    for lang, turns, note in fs:
        out.append(F(lang, [(q, E(b, k, **kw)) for q, b, k, kw in turns], P + note))
    return out


def textonly():
    P = "[textonly] "
    rows = [
        ("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年一共开了几场新闻发布会？"),
        ("en", "ha", "政务新媒体共计", 95, "个", "How many government new-media accounts did Huai'an have in operation per its 2024 report?"),
        ("zh", "ha", "栏目全覆盖检查", 4, "次", "淮安2024年对政府信息公开栏目做了几次全覆盖检查？"),
        ("en", "ha", "收取政府信息公开信息处理费", 3940, "元", "What did Huai'an city take in as information-processing fees for disclosure in 2024, in yuan?"),
        ("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安市2024年出了几期市政府公报？"),
        ("en", "hz23", "主动公开政府信息 1136", 1136, "条", "How many items did Hongze District proactively publish on its government website platform in 2023?"),
        ("zh", "hz24", "主动发布各类政府信息", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条政府信息？"),
        ("en", "hz24", "公开政府常务会议", 7, "期", "Hongze 2024: how many executive meetings of the district government were made public?"),
        ("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
        ("en", "sy", "督促县直部门在信息公开页面发布信息", 3044, "条", "Shuyang 2025: items county departments posted on their disclosure pages after being urged by the county?"),
        ("zh", "sy", "策采相关新闻稿件", 2606, "篇", "沭阳县2025年政务新媒体策采了多少篇新闻稿件？"),
        ("en", "sy", "推送系列原创短视频", 1113, "个", "How many original short videos did Shuyang's new-media matrix push out in 2025?"),
        ("zh", "sy", "完成全县", 64, "家", "沭阳县2025年集中公开年度报告的单位有多少家？"),
        ("en", "sy", "全县共办理相关案件", 74, "件", "How many reconsideration and litigation cases related to disclosure did Shuyang County say it handled in 2025, per its narrative?"),
        ("zh", "sy", "发出催办提示", 84, "次", "沭阳县2025年那个倒计时报警器一共发出了几次催办提示？"),
        ("en", "sy", "办前主动沟通", 49, "次", "Shuyang 2025: times officials reached out to applicants before handling a request?"),
        ("zh", "sy", "失效链接", 43, "处", "沭阳县2025年整改了多少处失效链接？"),
        ("en", "sy", "累计清理过期信息", 697, "条", "How many outdated items did Shuyang clean off its platforms in 2025?"),
        ("zh", "kw", "批量推送集成式发布政策", 121, "条", "上海科委2024年批量推送集成式发布的政策有多少条？"),
        ("en", "kw", "视频号共制作并发布短视频", 584, "条", "STCSM 2024: short videos published on its WeChat Channels account?"),
        ("zh", "kw", "直播 118", 118, "场", "上海市科委2024年做了多少场直播？"),
        ("en", "kw", "微信公众号共编发文章", 1640, "篇", "How many articles did the Shanghai science commission's WeChat account put out in 2024?"),
        ("zh", "kw", "网站全年累计发布信息", 2139, "条", "“上海科技”网站2024年全年累计发布了多少条信息？"),
        ("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai municipal government, 2025: number of press conferences held?"),
        ("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会？"),
        ("en", "sh25", "含申请人主动撤回", 157, "件", "Shanghai General Office 2025: requests the applicants themselves withdrew?"),
        ("zh", "sh25", "公文公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查？"),
        ("en", "sh25", "编辑《上海市人民政府公报》", 24, "期", "How many issues of the Shanghai government gazette were edited in 2025?"),
        ("zh", "sh25", "覆盖 10 个语种", 10, "个", "2025年“上海国际服务门户”覆盖了几个语种？"),
        ("en", "sh19", "发布政策解读共", 132, "件", "Shanghai General Office 2019: policy interpretations posted on the China Shanghai portal?"),
        ("zh", "sh19", "进行权威发布共计", 38, "次", "上海市政府办公厅2019年对常务会议重要议题做了几次权威发布？"),
        ("en", "sh19", "统一受理平台接入", 53, "个", "How many departments were plugged into Shanghai's unified intake platform according to the 2019 report?"),
        ("zh", "sh19", "正常运行状态的70家", 70, "家", "上海2019年年报里，每季度全面检查的政府网站有多少家？"),
        ("en", "jx", "个试点领域", 26, "个", "Jianxi District 2020: how many pilot areas got standardised disclosure columns?"),
    ]
    return [N(l, b, kw, v, u, q, P + "number stated only in the report text") for l, b, kw, v, u, q in rows]


def cannot():
    P = "[cannot] "
    rows = [
        ("zh", "淮安市政府2024年的3119件申请里，涉及征地拆迁的占多少？", "topic breakdown not reported"),
        ("en", "What share of Huai'an's 2024 disclosure requests were about housing demolition compensation?", "topic breakdown not reported"),
        ("zh", "淮安2024年行政复议被纠正的64件，具体是因为什么被纠正的？", "reasons for corrections not given"),
        ("en", "Why did Shuyang's 2025 'other handling – other' row get so many cases? What were they?", "reasons not stated"),
        ("zh", "按常住人口算，沭阳县2025年每万人提了多少件信息公开申请？", "per-capita: population not in the reports"),
        ("en", "Per 10,000 residents, how many disclosure requests did Huai'an receive in 2024?", "per-capita: population not in the reports"),
        ("zh", "南京市政府2024年收到多少件信息公开申请？和淮安比谁多？", "body not held"),
        ("en", "How does Suzhou's 2024 count of disclosure lawsuits compare with Huai'an's?", "body not held"),
        ("zh", "宿迁市2025年信息公开行政复议有几件被纠正？", "body not held"),
        ("en", "Beijing municipal government general office 2025: how many disclosure requests did it get, versus Shanghai's?", "body not held"),
        ("zh", "浦东新区2024年不予公开的申请有多少？", "body not held"),
        ("en", "Qingjiangpu District 2024: how many requests were answered 'not held'?", "body not held"),
        ("zh", "你觉得洪泽区2024年的政务公开工作做得怎么样？", "opinion"),
        ("en", "In your view, is Shanghai General Office's 2025 disclosure performance better than in 2019?", "opinion"),
        ("zh", "淮安市政府2024年的依申请公开满意度是多少？", "satisfaction not reported"),
        ("en", "What was the average number of days Shuyang took to answer a disclosure request in 2025?", "response time not reported"),
        ("zh", "上海市府办2025年办理信息公开申请的工作人员有多少名？", "staff not reported"),
        ("en", "How much did Huai'an spend on running its disclosure work in 2024, staff costs included?", "costs not reported"),
        ("zh", "淮安2024年的申请里，男性申请人和女性申请人各有多少？", "sex breakdown"),
        ("en", "What was the age profile of people who filed disclosure requests with Shuyang County in 2025?", "age breakdown"),
        ("zh", "沭阳县2025年各乡镇分别收到多少件信息公开申请？", "township breakdown"),
        ("en", "Break down Huai'an's 2024 requests by month, please.", "month breakdown"),
        ("zh", "上海市政府办公厅2025年第三季度收到多少件申请？", "quarter breakdown"),
        ("en", "How many of Shanghai General Office's 2025 requests came in online versus by post?", "channel breakdown"),
        ("zh", "淮安市政府2024年被起诉的案件里，哪个部门被告得最多？", "department breakdown"),
        ("en", "Which industries did the companies requesting information from Huai'an in 2024 belong to?", "industry breakdown"),
        ("zh", "洪泽区2022年收到了多少件信息公开申请？", "year not held"),
        ("en", "Shuyang County 2024: how many disclosure requests were received?", "year not held"),
        ("zh", "上海科委2023年行政许可决定有多少件？", "year not held"),
        ("en", "Jianxi District office 2021: how many requests were granted?", "year not held"),
        ("zh", "上海市政府办公厅2022年行政复议有几件？", "year not held"),
        ("en", "Forecast: how many requests will Huai'an receive in 2026?", "forecast"),
        ("zh", "照这个趋势，洪泽区2025年信息公开申请会有多少件？", "forecast"),
        ("en", "Which named applicant filed the most requests with the Shanghai General Office in 2025?", "personal data"),
        ("zh", "沭阳县2025年那位交了380元信息处理费的申请人是谁？", "personal data"),
        ("zh", "淮安市政府2024年败诉的行政诉讼，法院判赔了多少钱？", "damages not reported"),
        ("en", "How many of Huai'an's 2024 requests were from applicants living outside the city?", "residence breakdown"),
        ("zh", "淮安2024年的不予公开率和江苏全省平均水平比怎么样？", "province average not held"),
        ("en", "Is Shuyang's 2025 rate of full disclosure above the national average?", "national average not held"),
        ("zh", "上海市科委2024年被复议的那1件，申请人要的是什么信息？", "content not reported"),
        ("en", "What topics did the Shanghai General Office's 2025 'not held' answers concern?", "topics not reported"),
        ("zh", "洪泽区2024年依申请公开的量比2023年多，报告给出的原因是什么？", "reasons not stated"),
        ("en", "How many of Hongze District's 2024 requests came from journalists?", "applicant occupation not reported"),
        ("zh", "涧西区2020年办结的申请平均用了几个工作日？", "response time not reported"),
        ("en", "Huai'an 2024: how many requests were answered by email rather than in writing?", "channel breakdown"),
        ("zh", "沭阳县2025年行政复议纠正率在宿迁各县里排第几？", "comparison with bodies not held"),
        ("en", "How many disclosure officers does Shanghai's science commission employ (2024)?", "staff not reported"),
        ("zh", "上海市政府办公厅2019年信息公开经费预算是多少万元？", "budget not reported"),
        ("en", "Was Huai'an right to refuse 105 requests as administrative inquiries in 2024? Give me your opinion.", "opinion"),
        ("zh", "淮安市2024年每个县区各自受理了多少件申请？", "district breakdown"),
        ("en", "How many of Shuyang's 2025 requests were about rural land contracts?", "topic breakdown"),
        ("zh", "上海市府办2025年被纠正的复议案件，分别涉及哪些委办局？", "department breakdown"),
    ]
    return [U(l, q, why, P + why) for l, q, why in rows]


def neighbour():
    P = "[neighbour] "
    rows = [
        ("zh", "ha", "r.carried_over.total", "淮安市政府2024年从2023年结转过来、在2024年接着办的申请有几件？", "结转上年 vs 结转下年", {"alt": ("含上年度结转申请", 34)}),
        ("en", "sy", "r.carried_forward.total", "Shuyang 2025: requests left open and pushed into 2026 (not the ones inherited from 2024)?", "结转下年 vs 上年结转", {"alt": ("结转下一年", 31)}),
        ("zh", "ha", "a.litigation_after_review.total", "淮安市政府2024年先复议、不服再起诉的信息公开案件几件？不是直接起诉的。", "复议后起诉 vs 直接起诉", {}),
        ("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits filed directly, without going through reconsideration first?", "直接起诉 vs 复议后起诉", {}),
        ("zh", "ha", "c.normative_docs.in_force", "淮安市2024年底现行有效的行政规范性文件几件？别给我当年新制发的数。", "现行有效 vs 制发", {}),
        ("en", "sy", "c.normative_docs.repealed", "Shuyang 2025: normative documents abolished (not issued, not in force)?", "废止 vs 制发", {}),
        ("zh", "ha", "r.unable.needs_creation.total", "淮安2024年“没有现成信息需要另行制作”的有几件？注意不是“不掌握”那一行。", "另行制作 vs 不掌握", {}),
        ("en", "sy", "r.withheld.process_info.total", "Shuyang County 2025: refusals because the information was still in the deliberation stage (process information), not internal affairs?", "过程性信息 vs 内部事务", {}),
        ("zh", "ha", "r.withheld.internal_affairs.total", "淮安市政府2024年以内部事务信息为由不公开的几件？过程性信息那行不算。", "内部事务 vs 过程性信息", {}),
        ("en", "ha", "a.review.other", "Huai'an 2024 reconsiderations whose result fell in the 'other' column, not the corrected one?", "其他结果 vs 纠正", {"alt": ("其他结果 178", 178)}),
        ("zh", "sh19", "c.procurement.projects", "上海市府办2019年政府集中采购项目有几个？问的是项目数，不是金额。", "采购项目数 vs 金额", {}),
        ("en", "sh19", "c.normative_docs.made", "Shanghai General Office 2019: normative documents newly made that year, not the cumulative total released?", "新制作 vs 对外公开总数", {}),
        ("zh", "sy", "r.partially_granted.total", "沭阳县2025年部分公开的申请有几件？不是全部公开那一行。", "部分公开 vs 予以公开", {}),
        ("en", "ha", "r.received.legal_services", "Huai'an 2024: new requests from legal service organisations, not from businesses?", "法律服务机构 vs 商业企业", {}),
        ("zh", "ha", "a.review.pending", "淮安2024年信息公开行政复议尚未审结的几件？别和诉讼的未审结混了。", "复议未审结 vs 诉讼未审结", {"alt": ("尚未审结 37", 37)}),
        ("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024: duplicate applications declined, not the petition-type ones?", "重复申请 vs 信访类", {}),
        ("zh", "sy", "r.other.other.total", "沭阳县2025年“其他处理”里第三小项“其他”是多少？不含逾期未补正和逾期未缴费。", "其他 vs 其他处理合计", {}),
        ("en", "sy", "c.punishment.decisions", "Shuyang 2025: administrative penalty decisions, not licensing decisions?", "处罚 vs 许可", {}),
        ("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年只算自然人新提交的申请，是多少件？", "自然人 vs 总计", {}),
        ("en", "ha", "r.granted.total", "Huai'an 2024: requests granted in full — leave out the partially disclosed ones.", "予以公开 vs 部分公开", {}),
        ("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年不掌握相关信息的申请几件？不要加上需另行制作的。", "不掌握 vs 另行制作", {}),
        ("en", "sy", "a.litigation_after_review.pending", "Shuyang 2025: suits after reconsideration still pending — not the reconsiderations pending?", "诉讼未审结 vs 复议未审结", {}),
        ("zh", "ha", "c.regulations.issued", "淮安市政府2024年本年制发的规章几件？不是现行有效的规章数。", "制发 vs 现行有效", {}),
        ("en", "sh19", "r.carried_over.total", "Shanghai General Office 2019: requests brought in from 2018 rather than those pushed on to 2020?", "上年结转 vs 结转下年", {"alt": ("含上年度结转申请18件", 18)}),
        ("zh", "jx", "a.litigation_direct.total", "涧西区政府办2020年直接起诉的信息公开诉讼有几件？复议后起诉的不算。", "直接起诉 vs 复议后起诉", {}),
        ("en", "ha", "r.withheld.third_party.total", "Huai'an 2024: refusals to protect third parties' rights — not state secrets?", "第三方 vs 国家秘密", {}),
    ]
    return [T(l, b, k, q, P + "trap: " + n, **kw) for l, b, k, q, n, kw in rows]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
