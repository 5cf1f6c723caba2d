"""Question bank of blind evaluation set 253 (evals/blind253): staff and journalist traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

All wordings were written for this set. The bank names only bodies, keys, keywords and the
question text; every expected number is computed by helpers253 (gold/*.json, derived keys per
spec/README.md), by blindlib253.text_cell from printed rows of the three reports without gold
(SPECS below: the same cells blind6's text_cells.json verified, nothing new), or cut from the
report text (narrative sentences).

Bodies: jx 涧西区人民政府办公室 2020, ha 淮安市人民政府 2024, hz23 / hz24 淮安市洪泽区人民政府
2023 / 2024, sy 沭阳县人民政府 2025, kw 上海市科学技术委员会 2024, sh19 / sh25 上海市人民政府办公厅
2019 / 2025.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib253 as L  # noqa: E402
from helpers253 import E, EU, C, V, T, S, N, U, D, R, F  # noqa: E402,F401

# printed cells of the reports without gold: (kind, label or anchor, index) as in blind6's
# text_cells.json; the build writes them with their evidence lines to text_cells.json
SPECS = {
    "hz24": {
        "active.coercion.decisions": ("row", "行政强制", 0),
        "active.fees.amount": ("row", "行政事业性收费", 0),
        "active.licensing.decisions": ("row", "行政许可", 0),
        "active.normative_docs.in_force": ("row", "行政规范性文件", 2),
        "active.normative_docs.issued": ("row", "行政规范性文件", 0),
        "active.punishment.decisions": ("row", "行政处罚", 0),
        "appeals.litigation_after_review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 14),
        "appeals.litigation_direct.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 9),
        "appeals.review.total": ("after", "四、政府信息公开行政复议、行政诉讼情况", 4),
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
        "appeals.litigation_after_review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 14),
        "appeals.litigation_direct.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 8),
        "appeals.litigation_direct.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 9),
        "appeals.review.pending": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 3),
        "appeals.review.total": ("after", "注：行政复议、行政诉讼数量含上年度结转数量。", 4),
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


# ----------------------------------------------------------------------------- [plain]
def plain():
    p = "[plain] "
    out = [
        # zh
        V("zh", "ha", "r.withheld.admin_query.total",
          "淮安市政府2024年的年报里，以“属于行政查询事项”为由没给公开的申请一共几件？",
          p + "不予公开 8. 行政查询事项, total"),
        V("zh", "ha", "a.review.other",
          "我在核淮安市2024年表四，信息公开类行政复议结果栏里“其他结果”填的是多少？",
          p + "appeals review: other outcome (the narrative states the same 178)",
          alt=("其他结果 178", 178)),
        V("zh", "ha", "r.other.overdue_fee.total",
          "淮安2024年，申请人收到收费通知后过了期限没缴费、机关就不再处理的，有多少件？",
          p + "其他处理 2. overdue fee, total"),
        V("zh", "ha", "r.unable.unclear.total",
          "淮安市人民政府2024年有没有那种让申请人补正了、内容还是说不清楚，最后没法提供的？几件？",
          p + "无法提供 3. still unclear after correction, total"),
        V("zh", "ha", "r.received.legal_services",
          "2024年淮安市政府新收的申请当中，律所之类的法律服务机构递交的有多少份？",
          p + "received, column 法律服务机构"),
        V("zh", "ha", "a.litigation_direct.corrected",
          "淮安市2024年那些没走复议、直接告到法院的信息公开官司，判下来要求纠正的是几起？",
          p + "appeals direct litigation: corrected"),
        V("zh", "ha", "c.normative_docs.repealed",
          "淮安市政府在2024年一共废止掉多少件行政规范性文件？",
          p + "active table: normative docs repealed"),
        V("zh", "ha", "c.coercion.decisions",
          "二〇二四年淮安全市行政强制的处理决定数，年报表二里写的是多少？",
          p + "active table: coercion decisions (2021 format)"),
        V("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳县2025年依申请公开里面，拿“三类内部事务信息”当理由拒绝公开的有多少件？",
          p + "不予公开 5. internal affairs, total"),
        V("zh", "sy", "r.other.other.natural_person",
          "沭阳县政府2025年年报，（六）其他处理下面第3小项“其他”，自然人那一栏是几件？",
          p + "其他处理 3. other, column 自然人 (row printed under a wrong header)"),
        V("zh", "sy", "a.review.pending",
          "2025年沭阳县涉及政府信息公开的行政复议，截至年底还挂着没审结的有几件？",
          p + "appeals review: pending"),
        V("zh", "sy", "a.litigation_after_review.other",
          "沭阳2025年先复议后起诉的那些案子里，结果既不算维持也不算纠正、归到“其他结果”的有几件？",
          p + "appeals litigation after review: other outcome"),
        V("zh", "sy", "r.partially_granted.legal_services",
          "沭阳县2025年法律服务机构提的申请里，区分处理、只公开了一部分的有几件？",
          p + "partially granted, column 法律服务机构"),
        V("zh", "sy", "c.fees.amount",
          "沭阳县2025年行政事业性收费一年收了多少万元？",
          p + "active table: fees amount in 万元", unit=W),
        V("zh", "sy", "r.withheld.enforcement_files.total",
          "25年沭阳县政府以“属于行政执法案卷”为由不予公开的申请有几件？",
          p + "不予公开 7. enforcement files, total; two-digit year"),
        V("zh", "hz23", "r.unable.needs_creation.total",
          "洪泽区2023年有几件申请是因为手头没有现成的、要另外加工制作才行，所以答复无法提供的？",
          p + "无法提供 2. needs creation, total"),
        V("zh", "hz23", "a.review.upheld",
          "洪泽区政府2023年信息公开方面被申请行政复议，复议机关维持原行为的有多少件？",
          p + "appeals review: upheld (printed total 0 is not asked)"),
        V("zh", "hz23", "r.withheld.state_secret.total",
          "2023年洪泽区有没有以涉及国家秘密为由不公开的申请？有的话是几件？",
          p + "不予公开 1. state secret, total"),
        V("zh", "hz23", "c.licensing.decisions",
          "洪泽区2023年行政许可的处理决定一共做了多少个？",
          p + "active table: licensing decisions"),
        V("zh", "jx", "a.litigation_direct.upheld",
          "涧西区政府办2020年被直接告上法院的信息公开案子，判决维持的有几件？",
          p + "appeals direct litigation: upheld"),
        V("zh", "jx", "r.unable.not_held.total",
          "涧西区人民政府办公室2020年答复申请人“本机关不掌握相关信息”的，有几件？",
          p + "无法提供 1. not held, total"),
        V("zh", "jx", "a.litigation_after_review.upheld",
          "涧西区2020年经过行政复议之后申请人又去起诉的，法院维持的有几件？",
          p + "appeals litigation after review: upheld"),
        V("zh", "jx", "c.normative_docs.total_published",
          "涧西区政府办2020年规范性文件的对外公开总数量是多少件？",
          p + "active table (2019 format): normative docs total published"),
        V("zh", "sh19", "c.procurement.projects",
          "上海市政府办公厅2019年的政府集中采购，一共是几个项目？",
          p + "active table (2019 format): procurement projects (count, not money)"),
        V("zh", "sh19", "r.unable.needs_creation.natural_person",
          "2019年上海市府办收到的个人申请里，因为要另行制作所以无法提供的有多少件？",
          p + "无法提供 2. needs creation, column 自然人 (the 总计 column is blank)"),
        V("zh", "sh19", "r.withheld.admin_query.commercial",
          "上海市人民政府办公厅2019年商业企业提交的申请中，以属于行政查询事项为由不公开的有几件？",
          p + "不予公开 8. admin query, column 商业企业"),
        V("zh", "sh19", "a.litigation_direct.pending",
          "根据表四，2019年上海市府办未经复议直接被起诉的信息公开诉讼，尚未审结的是几件？",
          p + "appeals direct litigation: pending (the text says all upheld; asked per table 四)"),
        V("zh", "sh19", "r.unable.not_held.commercial",
          "上海市府办2019年商业企业递交的申请中，被答复“本机关不掌握”的有几件？",
          p + "无法提供 1. not held, column 商业企业"),
        V("zh", "sh19", "r.not_processed.petition.natural_person",
          "上海市府办2019年自然人申请里，被认定为信访举报投诉类、因而不予处理的有多少？",
          p + "不予处理 1. petition, column 自然人"),
        V("zh", "hz24", "c.fees.amount",
          "淮安市洪泽区2024年行政事业性收费金额，表上填的是多少万元？",
          p + "active table: fees amount in 万元 (text row)", unit=W),
        V("zh", "hz24", "c.coercion.decisions",
          "洪泽区2024年全年行政强制方面作出了多少个处理决定？",
          p + "active table: coercion decisions (text row)"),
        V("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年行政许可本年处理决定数量是多少？",
          p + "active table: licensing decisions (text row)"),
        V("zh", "kw", "r.received.commercial",
          "上海市科学技术委员会2024年新收的信息公开申请中，企业（商业企业）提的有几件？",
          p + "received, column 商业企业 (text row)"),
        V("zh", "sh25", "r.not_processed.duplicate.total",
          "上海市府办2025年有多少件申请被认定为重复申请、不予处理？",
          p + "不予处理 2. duplicate, total (text row)"),
        V("zh", "sh25", "r.unable.needs_creation.total",
          "2025年上海市政府办公厅因为“没有现成信息需要另行制作”而无法提供的申请是多少件？",
          p + "无法提供 2. needs creation, total (text row)"),
        V("zh", "sh25", "a.litigation_direct.pending",
          "上海市人民政府办公厅2025年被直接提起的信息公开行政诉讼里，还没审结的有几件？",
          p + "appeals direct litigation: pending (text row)"),
        # en
        V("en", "ha", "r.withheld.process_info.total",
          "How many of the Huai'an municipal government's 2024 requests were refused because the "
          "material counted as process (deliberative) information?",
          p + "withheld 6. process info, total"),
        V("en", "ha", "r.not_processed.petition.commercial",
          "In Huai'an's 2024 report, how many applications filed by companies were set aside as "
          "petitions, tip-offs or complaints rather than disclosure requests?",
          p + "not processed 1. petition, column commercial"),
        V("en", "ha", "r.other.overdue_correction.total",
          "Huai'an city government, 2024: how many applications were closed because the applicant "
          "never sent the supplementary details asked for, without good reason?",
          p + "other handling 1. overdue correction, total"),
        V("en", "ha", "a.litigation_after_review.corrected",
          "For Huai'an in 2024, in how many disclosure lawsuits filed after a reconsideration "
          "decision did the court put the agency's act right (corrected)?",
          p + "appeals litigation after review: corrected"),
        V("en", "ha", "r.partially_granted.commercial",
          "How many requests from commercial enterprises got only part of what they asked for "
          "from Huai'an municipal government in 2024?",
          p + "partially granted, column commercial"),
        V("en", "ha", "c.fees.amount",
          "What administrative fee total does Huai'an's 2024 disclosure report print in its "
          "proactive-disclosure table? Units of 10,000 yuan are fine.",
          p + "active table: fees amount in 万元", unit=W),
        V("en", "ha", "r.withheld.third_party.total",
          "Huai'an 2024 - number of disclosure requests refused to protect the lawful rights and "
          "interests of a third party?",
          p + "withheld 4. third party, total"),
        V("en", "ha", "r.received.other_org",
          "In 2024, how many new requests did Huai'an log under the 'other' organisation column "
          "(not businesses, research bodies, NGOs or law firms)?",
          p + "received, column other_org"),
        V("en", "sy", "r.not_processed.duplicate.commercial",
          "Shuyang County 2025: how many repeat applications submitted by commercial firms were "
          "declined without being processed?",
          p + "not processed 2. duplicate, column commercial"),
        V("en", "sy", "a.review.upheld",
          "How many information-disclosure reconsideration cases against Shuyang County "
          "government in 2025 ended with the original act left standing (upheld)?",
          p + "appeals review: upheld"),
        V("en", "sy", "r.withheld.admin_query.total",
          "For Shuyang in 2025, how many requests were refused on the basis that they were "
          "administrative query matters?",
          p + "withheld 8. admin query, total"),
        V("en", "sy", "r.unable.needs_creation.total",
          "Shuyang County government's 2025 report: how many requesters were told the "
          "information doesn't exist in ready form and would have to be compiled from scratch?",
          p + "unable 2. needs creation, total"),
        V("en", "sy", "r.not_processed.petition.total",
          "How many Shuyang applications in 2025 were really letters-and-visits matters and so "
          "were not handled as disclosure requests?",
          p + "not processed 1. petition, total"),
        V("en", "sy", "c.coercion.decisions",
          "How many administrative coercion decisions does Shuyang County's report for 2025 "
          "record?",
          p + "active table: coercion decisions"),
        V("en", "sy", "a.litigation_direct.upheld",
          "Shuyang 2025: among lawsuits taken straight to court with no reconsideration first, in "
          "how many was the government's act upheld?",
          p + "appeals direct litigation: upheld"),
        V("en", "sy", "r.carried_forward.natural_person",
          "How many applications from individual citizens did Shuyang County still have open and "
          "roll over into 2026 when it closed its books on 2025?",
          p + "carried forward, column natural_person"),
        V("en", "hz23", "r.withheld.process_info.total",
          "Hongze District 2023: how many requests were withheld as internal deliberation / "
          "process information?",
          p + "withheld 6. process info, total"),
        V("en", "hz23", "r.partially_granted.total",
          "How many of Hongze District government's 2023 applications ended in partial "
          "disclosure?",
          p + "partially granted, total"),
        V("en", "hz23", "c.fees.amount",
          "What did the Hongze District government collect in administrative fees in 2023, "
          "expressed in units of 10,000 yuan?",
          p + "active table: fees amount in 万元", unit=W),
        V("en", "hz23", "a.litigation_after_review.upheld",
          "In Hongze District's 2023 report, in how many lawsuits that followed a reconsideration "
          "was the agency's act upheld?",
          p + "appeals litigation after review: upheld (printed total 0 is not asked)"),
        V("en", "hz23", "c.normative_docs.repealed",
          "How many administrative normative documents did Hongze District repeal during 2023?",
          p + "active table: normative docs repealed"),
        V("en", "jx", "r.received.natural_person",
          "Jianxi District Government Office, 2020 report: how many new requests came from "
          "private individuals?",
          p + "received, column natural_person"),
        V("en", "jx", "r.granted.natural_person",
          "How many individuals' requests did the Jianxi District Government Office grant in full "
          "in 2020?",
          p + "granted, column natural_person"),
        V("en", "jx", "a.review.upheld",
          "In 2020, how many reconsideration cases over Jianxi District Government Office's "
          "disclosure decisions ended with the decision upheld?",
          p + "appeals review: upheld"),
        V("en", "sh19", "c.regulations.made",
          "According to table 2 of the Shanghai Municipal General Office's 2019 report, how many "
          "regulations were newly made in 2019?",
          p + "active table (2019 format): regulations made"),
        V("en", "sh19", "c.normative_docs.published",
          "In table 2 of its 2019 report, how many normative documents did the Shanghai General "
          "Office list as newly published?",
          p + "active table (2019 format): normative docs published (the narrative's 60 agrees)",
          alt=("行政规范性文件60件", 60)),
        V("en", "sh19", "r.withheld.state_secret.natural_person",
          "In 2019, how many requests from private individuals did the General Office of the "
          "Shanghai Municipal People's Government turn down as state secrets?",
          p + "withheld 1. state secret, column natural_person (总计 blank)"),
        V("en", "sh19", "r.received.legal_services",
          "How many new applications from legal service providers reached the Shanghai General "
          "Office in 2019?",
          p + "received, column legal_services"),
        V("en", "sh19", "r.unable.unclear.natural_person",
          "Shanghai General Office 2019: individuals' requests that remained unclear even after "
          "the applicant amended them - how many?",
          p + "unable 3. unclear, column natural_person"),
        V("en", "sh19", "r.total_processed.commercial",
          "Shanghai General Office 2019: how many applications from commercial enterprises were "
          "dealt with altogether (row (7), total handled)?",
          p + "total processed, column commercial"),
        V("en", "hz24", "r.unable.not_held.total",
          "Hongze District 2024: how many requests got the reply that the district government "
          "does not hold the information?",
          p + "unable 1. not held, total (text row)"),
        V("en", "hz24", "c.licensing.decisions",
          "How many administrative licensing decisions did Hongze District report for 2024?",
          p + "active table: licensing decisions (text row)"),
        V("en", "kw", "c.normative_docs.in_force",
          "How many normative documents were currently valid at the Shanghai Science and "
          "Technology Commission according to its 2024 report?",
          p + "active table: normative docs in force (text row; label 规范性文件)"),
        V("en", "kw", "r.total_processed.total",
          "STCSM's 2024 disclosure report: what is the grand total of applications handled, "
          "i.e. the (7) total line of table 3?",
          p + "total processed, total (text row)"),
        V("en", "sh25", "r.not_processed.petition.total",
          "How many 2025 applications to the Shanghai General Office were not processed because "
          "they were really letters-and-visits petitions, reports or complaints?",
          p + "not processed 1. petition, total (text row)"),
        V("en", "sh25", "r.carried_over.legal_services",
          "Shanghai Municipal General Office, 2025: how many applications from legal service "
          "institutions were carried over from 2024?",
          p + "carried over, column legal_services (text row)"),
    ]
    return out


# ----------------------------------------------------------------------------- [check]
def check():
    p = "[check] "
    return [
        V("zh", "ha", "r.withheld.total",
          "淮安市2024年表三“不予公开”下面列了八个小项，合起来应该是多少件？",
          p + "derived requests.withheld.total (8 sub-items)"),
        V("zh", "sy", "r.unable.total",
          "帮我按勾稽关系核一下：沭阳县2025年“无法提供”那三个细项加总是多少？",
          p + "derived requests.unable.total"),
        V("zh", "ha", "r.total_processed.total",
          "核对淮安市政府2024年表三：从予以公开到其他处理各项相加应该等于（七）总计，这个总计印的是多少？",
          p + "printed total processed (the narrative's 答复 3050 agrees)",
          alt=("答复 3050", 3050)),
        V("zh", "sy", "r.received.legal_person",
          "沭阳县2025年本年新收申请中，法人或其他组织那五列加起来是多少？",
          p + "derived received.legal_person (the narrative's 法人或其他组织申请 8 agrees)",
          alt=("法人或其他组织申请 8", 8)),
        V("zh", "hz23", "r.total_processed.total",
          "洪泽区2023年办理结果的合计，也就是第（七）项总计，是多少件？按勾稽关系，它加上结转下年度应等于新收加上年结转。",
          p + "printed total processed"),
        V("zh", "sh19", "r.withheld.natural_person",
          "上海市府办2019年表三的不予公开一共八项，只看自然人那一列，加总是多少？",
          p + "derived withheld.natural_person (the 总计 column is blank)"),
        V("zh", "jx", "r.carried_forward.total",
          "涧西区2020年写的是收到17件、办结15件，那表里“结转下年度继续办理”填的是几件？对得上吗？",
          p + "printed carried forward (17 + 0 = 15 + 2)"),
        V("zh", "ha", "a.litigation_direct.total",
          "淮安2024年直接起诉那一组，维持、纠正、其他、未审结四项加起来应等于总计栏，总计栏是多少？",
          p + "printed appeals direct litigation total"),
        V("zh", "sy", "r.other.total",
          "沭阳县2025年（六）其他处理分了三个小项，三项合起来一共是多少件？",
          p + "derived requests.other.total (2021 format, 3 sub-items)"),
        V("zh", "sh19", "r.granted.legal_person",
          "上海市政府办公厅2019年“予以公开”那一行总计是空着的，法人或其他组织的五列加起来是多少？",
          p + "derived granted.legal_person (row total printed blank)"),
        V("zh", "ha", "r.not_processed.total",
          "淮安市2024年“不予处理”五个小项的合计是多少？",
          p + "derived requests.not_processed.total"),
        V("en", "sy", "r.withheld.total",
          "Checking Shuyang County's 2025 table 3: if you add up all eight grounds for "
          "withholding, what do you get?",
          p + "derived requests.withheld.total"),
        V("en", "ha", "r.unable.legal_person",
          "Huai'an 2024: across the five legal-person / organisation columns, how many requests "
          "ended as 'unable to provide', all three sub-reasons together?",
          p + "derived requests.unable.legal_person"),
        V("en", "hz23", "r.unable.total",
          "For Hongze District's 2023 table, what do the three 'unable to provide' sub-rows add "
          "up to?",
          p + "derived requests.unable.total"),
        V("en", "sh19", "r.total_processed.total",
          "The Shanghai General Office's 2019 table leaves most outcome totals blank, but row (7) "
          "is printed - what is the total handled there?",
          p + "printed total processed (the narrative's 答复 805 agrees)",
          alt=("答复政府信息公开申请805", 805)),
        V("en", "ha", "r.other.total",
          "Huai'an's 2024 report splits 'other handling' into three sub-items. What is their "
          "combined total?",
          p + "derived requests.other.total (2021 format, 3 sub-items)"),
        V("en", "jx", "r.total_processed.total",
          "Jianxi District Government Office 2020: table 3's row (7) total should balance new "
          "plus carried-over minus carried-forward. What number is printed there?",
          p + "printed total processed (the narrative's 办结15件 agrees)",
          alt=("办结15件", 15)),
        V("en", "sy", "r.total_processed.legal_person",
          "Shuyang 2025: how many applications from legal persons and other organisations were "
          "handled in total - row (7), the five organisation columns added up?",
          p + "derived total_processed.legal_person"),
        V("en", "sh25", "r.total_processed.total",
          "For the Shanghai General Office's 2025 report, what's the grand total of handled "
          "applications in row (7)?",
          p + "printed total processed (text row; the narrative's 办结 1191 agrees)",
          alt=("办结 1191", 1191)),
        V("en", "ha", "r.granted.legal_person",
          "Huai'an 2024: full disclosures to organisations, all five legal-person columns "
          "combined?",
          p + "derived granted.legal_person"),
        V("en", "hz23", "r.withheld.total",
          "Hongze District 2023 - how many requests were withheld in total, across every ground "
          "listed in table 3?",
          p + "derived requests.withheld.total"),
    ]


# ----------------------------------------------------------------------------- [combine]
def combine():
    p = "[combine] "
    return [
        # sums, zh
        S("zh", "ha", ["r.granted.total", "r.partially_granted.total"],
          "淮安市2024年至少拿到一部分信息的申请（全部公开加上部分公开）一共是多少件？",
          p + "sum: granted + partially granted"),
        S("zh", "sy", ["r.granted.natural_person", "r.partially_granted.natural_person"],
          "沭阳县2025年个人申请者里，最后多少拿到了信息，不管是全给还是给了一部分？",
          p + "sum: granted + partially granted, column natural_person"),
        S("zh", "sy", ["r.received.total", "r.carried_over.total"],
          "沭阳县2025年手上要办的申请，新收的加上从2024年转过来的，合计多少件？",
          p + "sum: received + carried over (the narrative's 受理 749 is this sum)",
          alt=("共受理政府信息公开申请 749", 749)),
        S("zh", "ha", ["r.partially_granted.total", "r.withheld.total", "r.unable.total",
                       "r.not_processed.total", "r.other.total"],
          "淮安市2024年，凡是没有被全部公开的申请（部分公开、不予公开、无法提供、不予处理、其他处理都算），一共多少件？",
          p + "sum of 5 (derived) rows: everything not granted in full"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "沭阳县2025年因为信息公开引发的行政复议和行政诉讼，全部加起来有多少件？",
          p + "sum: review + both litigation totals (the narrative's 74 件 is this sum)",
          alt=("共办理相关案件 74", 74)),
        S("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "淮安2024年政府信息公开行政诉讼，直接起诉和复议后起诉合在一起多少件？",
          p + "sum: both litigation totals (the narrative's 行政诉讼 46 件 agrees)",
          alt=("政府信息公开行政诉讼 46", 46)),
        S("zh", "sh19", ["r.withheld.natural_person", "r.withheld.legal_person"],
          "上海市府办2019年所有不予公开的理由加在一起、不分个人还是单位，一共有多少件？",
          p + "sum by columns (the 总计 column is blank): withheld natural + legal persons; the "
          "narrative's 不予公开35件 agrees", alt=("不予公开35件", 35)),
        S("zh", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "淮安市2024年的复议和两类诉讼里，原行政行为被维持的一共有多少件？",
          p + "sum: upheld in all three appeals groups"),
        S("zh", "hz23", ["r.withheld.total", "r.unable.total"],
          "洪泽区2023年被拒绝公开或者没法提供信息的（不予公开加无法提供），一共多少件？",
          p + "sum: withheld + unable (derived)"),
        S("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
          "涧西区政府办2020年信息公开的复议、直接诉讼、复议后诉讼，三样加一起几件？",
          p + "sum: review + both litigation totals"),
        S("zh", "sy", ["r.not_processed.total", "r.other.total"],
          "沭阳县2025年没有进入实体答复的——不予处理加上其他处理——一共多少件？",
          p + "sum: not processed + other handling (derived)"),
        S("zh", "sh25", ["r.received.total", "r.carried_over.total"],
          "上海市府办2025年新收的申请加上从2024年结转过来的，总数是多少？",
          p + "sum: received + carried over (text rows)"),
        # sums, en
        S("en", "ha", ["r.withheld.total", "r.unable.total", "r.not_processed.total"],
          "Huai'an 2024: how many applications were turned down one way or another - withheld, "
          "impossible to provide, or not processed at all?",
          p + "sum of 3 derived rows"),
        S("en", "sy", ["a.review.corrected", "a.review.other"],
          "Shuyang 2025: in how many reconsideration cases did the government's decision not "
          "simply stand - corrected plus 'other' outcomes?",
          p + "sum: review corrected + other"),
        S("en", "ha", ["r.granted.natural_person", "r.partially_granted.natural_person"],
          "For Huai'an in 2024, how many requests from individuals were granted either fully or "
          "in part?",
          p + "sum: granted + partially granted, column natural_person"),
        S("en", "sh19", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "Going by table 4 of the Shanghai General Office's 2019 report, in how many "
          "reconsiderations and lawsuits combined was the office's act upheld?",
          p + "sum: upheld in all three groups, per the table (the text says all 16 upheld; the "
          "table has 2 + 1 pending)"),
        S("en", "hz24", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Hongze District 2024: lawsuits of both kinds (straight to court and after "
          "reconsideration) put together?",
          p + "sum: both litigation totals (text row)"),
        S("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "Shanghai General Office 2025: requests it couldn't meet because it didn't hold the "
          "information or would have had to create it - combined figure?",
          p + "sum: not held + needs creation (text rows)"),
        S("en", "jx", ["c.regulations.made", "c.normative_docs.made"],
          "How many regulations and normative documents combined did the Jianxi District "
          "Government Office newly produce in 2020?",
          p + "sum: regulations made + normative docs made (2019 format)"),
        S("en", "sy", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "Across reconsiderations and both kinds of lawsuit, how many Shuyang County cases in "
          "2025 went the government's way (act upheld)?",
          p + "sum: upheld in all three groups"),
        S("en", "sh19", ["r.received.total", "r.carried_over.total"],
          "In 2019, what was the Shanghai General Office's whole caseload of disclosure "
          "applications - new ones plus those brought forward from 2018?",
          p + "sum: received + carried over"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: fresh applications plus the ones left over from 2023 - total?",
          p + "sum: received + carried over (text rows)"),
        S("en", "ha", ["r.not_processed.duplicate.total", "r.not_processed.reconfirm.total"],
          "Huai'an 2024: how many requests were not processed either because they duplicated an "
          "earlier one or because they asked the agency to re-confirm or re-issue information "
          "already obtained?",
          p + "sum: not processed 2 + 5"),
        # differences
        D("zh", "hz23", "hz24", "r.unable.not_held.total",
          "洪泽区答复“本机关不掌握”的申请，2024年比2023年多出多少件？",
          p + "difference 2024 - 2023: not held (2024 from the text row)"),
        D("zh", "sh19", "sh25", "r.received.natural_person",
          "上海市府办个人新递交的申请，2025年跟2019年相比增加了多少件？",
          p + "difference 2025 - 2019: received natural_person (2025 from the text row)"),
        D("zh", "hz23", "hz24", "c.punishment.decisions",
          "洪泽区行政处罚决定的数量从2023年到2024年变动了多少？",
          p + "difference 2024 - 2023: punishment decisions (negative)"),
        D("zh", "sh19", "sh25", "a.review.total",
          "上海市政府办公厅信息公开类的行政复议，2025年相对2019年多了几件？",
          p + "difference 2025 - 2019: review total (2025 printed incl. carried-over cases)"),
        D("en", "hz23", "hz24", "c.licensing.decisions",
          "By how much did Hongze District's administrative licensing decisions change between "
          "2023 and 2024?",
          p + "difference 2024 - 2023: licensing decisions"),
        D("en", "sh19", "sh25", "r.carried_forward.total",
          "Shanghai General Office: applications pushed into the following year - how does the "
          "2025 figure compare with 2019's? Give me the difference.",
          p + "difference 2025 - 2019: carried forward"),
        D("en", "hz23", "hz24", "c.fees.amount",
          "Hongze District's administrative fee income, 2024 against 2023 - what's the change, "
          "in 10,000 yuan?",
          p + "difference 2024 - 2023: fees amount (negative, 万元)", unit=W),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "How many more disclosure lawsuits filed directly in court did the Shanghai General "
          "Office face in 2025 than in 2019?",
          p + "difference 2025 - 2019: direct litigation total"),
    ]


# ----------------------------------------------------------------------------- [rank]
def rank():
    p = "[rank] "
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年，三家里哪家本年新收的信息公开申请最多？",
          p + "received total, desc"),
        R("zh", ["jx", "ha", "sy", "hz23"], "r.carried_forward.total", "asc",
          "涧西区政府办2020年、淮安市2024年、沭阳县2025年、洪泽区2023年，哪一家结转到下一年继续办的申请最少？",
          p + "carried forward total, asc"),
        R("zh", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "desc",
          "比一比信息公开行政复议被维持的件数：淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年，谁最多？",
          p + "review upheld, desc"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "r.unable.needs_creation.natural_person", "desc",
          "自然人申请因需要另行制作而无法提供的：淮安市2024年、沭阳县2025年、上海市府办2019年、洪泽区2023年，哪家最多？",
          p + "needs creation, column natural_person, desc"),
        R("zh", ["ha", "sy", "hz23"], "a.review.corrected", "asc",
          "信息公开行政复议被纠正的件数，淮安市2024年、沭阳县2025年和洪泽区2023年里哪家最少？",
          p + "review corrected, asc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.repealed", "asc",
          "淮安市政府2024年、洪泽区政府2023年、沭阳县政府2025年，哪家废止的行政规范性文件最少？",
          p + "normative docs repealed, asc"),
        R("zh", ["sh19", "sy", "jx"], "r.unable.not_held.natural_person", "desc",
          "个人申请被答复“本机关不掌握”的，上海市府办2019年、沭阳县2025年、涧西区政府办2020年哪家最多？",
          p + "not held, column natural_person, desc"),
        R("zh", ["ha", "sy", "sh19", "hz23"], "r.partially_granted.natural_person", "asc",
          "自然人申请部分公开的件数，淮安2024年、沭阳2025年、上海市政府办公厅2019年、洪泽区2023年四家中谁最少？",
          p + "partially granted, column natural_person, asc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_over.natural_person", "desc",
          "Which had the most individuals' applications carried over from the year before: "
          "Huai'an (2024 report), Shuyang County (2025 report) or the Shanghai General Office "
          "(2019 report)?",
          p + "carried over, column natural_person, desc"),
        R("en", ["jx", "hz23", "sy"], "r.received.total", "asc",
          "Of Jianxi District Government Office in 2020, Hongze District in 2023 and Shuyang "
          "County in 2025, which received the fewest new disclosure requests?",
          p + "received total, asc"),
        R("en", ["ha", "sy", "sh19"], "r.not_processed.petition.natural_person", "desc",
          "Individuals' applications rejected as petitions or complaints: who had the most - "
          "Huai'an 2024, Shuyang 2025 or the Shanghai General Office 2019?",
          p + "not processed petition, column natural_person, desc"),
        R("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
          "Which reported the largest number of administrative licensing decisions: Huai'an for "
          "2024, Hongze District for 2023, or Shuyang County for 2025?",
          p + "licensing decisions, desc"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
          "Lowest administrative fee income among Huai'an (2024), Hongze District (2023) and "
          "Shuyang County (2025) - which one?",
          p + "fees amount, asc"),
        R("en", ["ha", "sy", "sh19", "hz23"], "r.withheld.internal_affairs.natural_person", "desc",
          "Requests from individuals refused as internal-affairs information: which body had the "
          "most - Huai'an 2024, Shuyang 2025, the Shanghai General Office 2019 or Hongze "
          "District 2023?",
          p + "withheld internal affairs, column natural_person, desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc",
          "Directly-filed disclosure lawsuits: rank Huai'an 2024, Shuyang County 2025, Shanghai "
          "General Office 2019 and Jianxi District Office 2020 - who tops the list?",
          p + "direct litigation total, desc"),
        R("en", ["jx", "sy", "sh19"], "r.granted.natural_person", "desc",
          "Full disclosures to private individuals: which is highest - Jianxi District Office "
          "2020, Shuyang County 2025 or Shanghai General Office 2019?",
          p + "granted, column natural_person, desc"),
    ]


# ----------------------------------------------------------------------------- [followup]
def followup():
    p = "[followup] "
    return [
        F("zh", [("淮安市政府2024年因为属于国家秘密而不予公开的有几件？", E("ha", "r.withheld.state_secret.total")),
                 ("那三类内部事务信息呢？", E("ha", "r.withheld.internal_affairs.total")),
                 ("行政执法案卷那一项又是多少？", E("ha", "r.withheld.enforcement_files.total"))],
          p + "row switch within 不予公开"),
        F("zh", [("沭阳县2025年信息公开行政复议里结果被纠正的有几件？", E("sy", "a.review.corrected")),
                 ("复议后起诉那一组里被纠正的呢？", E("sy", "a.litigation_after_review.corrected")),
                 ("没经过复议直接起诉的一共几件？", E("sy", "a.litigation_direct.total"))],
          p + "appeals group and outcome switch"),
        F("zh", [("洪泽区2023年予以公开的申请有几件？", E("hz23", "r.granted.total")),
                 ("那到了2024年变成多少了？", E("hz24", "r.granted.total"))],
          p + "year switch 2023 -> 2024 (text row)"),
        F("zh", [("上海市府办2019年自然人的上年结转申请有多少件？", E("sh19", "r.carried_over.natural_person")),
                 ("放到2025年的年报里，这个数是多少？", E("sh25", "r.carried_over.natural_person"))],
          p + "year switch 2019 -> 2025 (text row)"),
        F("zh", [("淮安市2024年答复“本机关不掌握相关政府信息”的有几件？", E("ha", "r.unable.not_held.total")),
                 ("沭阳县2025年这一栏是几？", E("sy", "r.unable.not_held.total")),
                 ("洪泽区2023年的呢？", E("hz23", "r.unable.not_held.total"))],
          p + "body switch"),
        F("zh", [("上海市政府办公厅2019年本年新收的申请里，商业企业提的有多少？", E("sh19", "r.received.commercial")),
                 ("其中自然人的呢？", E("sh19", "r.received.natural_person")),
                 ("“其他”组织那一列是几？", E("sh19", "r.received.other_org"))],
          p + "column switch"),
        F("zh", [("淮安市2024年行政许可的处理决定数量是多少？", E("ha", "c.licensing.decisions")),
                 ("行政处罚那行呢？", E("ha", "c.punishment.decisions"))],
          p + "row switch in table 二"),
        F("zh", [("沭阳县2025年因申请人无正当理由逾期不补正、机关不再处理的有几件？", E("sy", "r.other.overdue_correction.total")),
                 ("那逾期不缴费被终止的呢？", E("sy", "r.other.overdue_fee.total"))],
          p + "row switch within 其他处理"),
        F("zh", [("涧西区政府办2020年本年新收的依申请公开是多少件？", E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
                 ("最后直接予以公开的是几件？", E("jx", "r.granted.total")),
                 ("部分公开的有没有？几件？", E("jx", "r.partially_granted.total"))],
          p + "row switch; first turn agrees with the narrative"),
        F("zh", [("上海市科委2024年本年新收申请中自然人提的有几件？", E("kw", "r.received.natural_person")),
                 ("那新收一共是多少件？", E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34)))],
          p + "column switch to the total (text rows); second turn agrees with the narrative"),
        F("zh", [("上海市府办2025年因本机关不掌握而无法提供的有多少件？", E("sh25", "r.unable.not_held.total")),
                 ("2019年的年报里这一项自然人那一栏是多少？", E("sh19", "r.unable.not_held.natural_person"))],
          p + "year and column switch (2025 from the text row; 2019 总计 is blank)"),
        F("zh", [("洪泽区2023年行政规范性文件现行有效的有几件？", E("hz23", "c.normative_docs.in_force")),
                 ("2024年年报里现行有效的是多少？", E("hz24", "c.normative_docs.in_force"))],
          p + "year switch 2023 -> 2024 (text row)"),
        F("zh", [("淮安市2024年信息公开行政复议尚未审结的有几件？", E("ha", "a.review.pending")),
                 ("直接起诉的案子里还没审结的呢？", E("ha", "a.litigation_direct.pending")),
                 ("复议后再起诉的呢？", E("ha", "a.litigation_after_review.pending"))],
          p + "appeals group switch"),
        F("en", [("How many of Huai'an's 2024 new requests came from commercial enterprises?", E("ha", "r.received.commercial")),
                 ("How many of the businesses' requests were granted in full?", E("ha", "r.granted.commercial")),
                 ("And how many of theirs hit 'information not held'?", E("ha", "r.unable.not_held.commercial"))],
          p + "row switch in column commercial"),
        F("en", [("Shuyang County 2025 - how many requests were refused because disclosure would endanger "
                  "national security, public safety, economic security or social stability?",
                  E("sy", "r.withheld.security_stability.total")),
                 ("And to protect third parties' rights?", E("sy", "r.withheld.third_party.total"))],
          p + "row switch within withheld"),
        F("en", [("Hongze District: how many administrative penalty decisions were reported for 2023?", E("hz23", "c.punishment.decisions")),
                 ("Same figure for 2024, please.", E("hz24", "c.punishment.decisions"))],
          p + "year switch 2023 -> 2024 (text row)"),
        F("en", [("Shanghai General Office, 2019: how many applications were carried forward into the next year?",
                  E("sh19", "r.carried_forward.total", alt=("另有72件", 72))),
                 ("And how many at the end of 2025?", E("sh25", "r.carried_forward.total"))],
          p + "year switch 2019 -> 2025; first turn agrees with the narrative (顺延 72)"),
        F("en", [("How many reconsideration cases over information disclosure did Shuyang County government face in 2025?",
                  E("sy", "a.review.total")),
                 ("Huai'an in 2024?", E("ha", "a.review.total", alt=("行政复议 351", 351))),
                 ("Jianxi District Office in 2020?", E("jx", "a.review.total"))],
          p + "body switch"),
        F("en", [("Shanghai General Office 2019: how many individuals' requests were partially disclosed?",
                  E("sh19", "r.partially_granted.natural_person")),
                 ("And how many individuals' requests were refused as internal affairs information?",
                  E("sh19", "r.withheld.internal_affairs.natural_person"))],
          p + "row switch, column natural_person (总计 blank)"),
        F("en", [("How many administrative normative documents did Shuyang County issue in 2025?", E("sy", "c.normative_docs.issued")),
                 ("How many did it repeal?", E("sy", "c.normative_docs.repealed")),
                 ("And how many remain in force?", E("sy", "c.normative_docs.in_force"))],
          p + "measure switch in table 二"),
        F("en", [("In 2025, how many of Shuyang County's disclosure lawsuits filed after reconsideration ended "
                  "with the government upheld?", E("sy", "a.litigation_after_review.upheld")),
                 ("And how many were still pending at year end?", E("sy", "a.litigation_after_review.pending")),
                 ("For the lawsuits filed directly, how many were corrected?", E("sy", "a.litigation_direct.corrected"))],
          p + "outcome and group switch"),
        F("en", [("Jianxi District Government Office 2020: how many normative documents were newly published?",
                  E("jx", "c.normative_docs.published")),
                 ("And regulations?", E("jx", "c.regulations.published"))],
          p + "row switch in table 二 (2019 format)"),
        F("en", [("Shanghai Science and Technology Commission 2024: how many applications were granted in full?",
                  E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
                 ("How many had been carried over from 2023?", E("kw", "r.carried_over.total"))],
          p + "row switch (text rows); first turn agrees with the narrative"),
        F("en", [("Shanghai General Office 2025: reconsiderations still pending?", E("sh25", "a.review.pending")),
                 ("And how many directly-filed lawsuits in total?", E("sh25", "a.litigation_direct.total")),
                 ("Lawsuits after reconsideration, total?", E("sh25", "a.litigation_after_review.total"))],
          p + "outcome and group switch (text rows)"),
        F("en", [("Huai'an 2024, 'other handling - other' (sub-item 3): how many?", E("ha", "r.other.other.total")),
                 ("And Shuyang County for 2025?", E("sy", "r.other.other.total"))],
          p + "body switch"),
        F("en", [("Hongze District 2023: requests refused as administrative enforcement files?",
                  E("hz23", "r.withheld.enforcement_files.total")),
                 ("And requests set aside as petitions or complaints?",
                  E("hz23", "r.not_processed.petition.total"))],
          p + "row switch"),
    ]


# ----------------------------------------------------------------------------- [textonly]
def textonly():
    p = "[textonly] "
    return [
        N("zh", "sy", "催办提示 84", 84, "次",
          "沭阳县2025年那个“倒计时报警器”全年一共发出了多少次催办提示？", p + "reminders sent"),
        N("zh", "ha", "新闻发布会 12", 12, "场",
          "淮安市政府2024年年报里说全年组织召开了几场新闻发布会？", p + "press conferences"),
        N("zh", "sh25", "主动撤回 157", 157, "件",
          "上海市府办2025年的依申请公开里，申请人自己主动撤回的有多少件？", p + "withdrawn by applicants"),
        N("zh", "kw", "直播 118", 118, "场",
          "上海市科委2024年“上海科技”视频号一共搞了多少场直播？", p + "live streams"),
        N("zh", "hz24", "2428", 2428, "条",
          "洪泽区2024年在政府网站平台上主动发布了多少条政府信息？", p + "items published on the portal"),
        N("zh", "sh19", "发布政策解读共132", 132, "件",
          "上海市政府办公厅2019年通过“中国上海”门户网站发布的政策解读一共多少件？", p + "policy explainers on the portal"),
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区政府办2020年梳理细化出来的政务公开事项一共有多少项？", p + "itemised disclosure matters"),
        N("zh", "sy", "过期信息697", 697, "条",
          "沭阳县2025年做信息清理，一共清掉了多少条过期信息？", p + "outdated items removed"),
        N("en", "ha", "共计 95", 95, "个",
          "How many government new-media accounts was Huai'an running, according to its 2024 "
          "disclosure report?", p + "new-media accounts in operation"),
        N("en", "sy", "主动沟通 49", 49, "次",
          "How many times did Shuyang County reach out to applicants before handling their "
          "requests in 2025?", p + "pre-handling contacts"),
        N("en", "sh25", "新闻发布会 42", 42, "场",
          "How many municipal government press conferences did Shanghai hold in 2025, per the "
          "General Office's disclosure report?", p + "press conferences"),
        N("en", "kw", "原创文章 294", 294, "篇",
          "How many original articles did the 'Shanghai Science and Technology' WeChat account "
          "put out in 2024, per STCSM's report?", p + "original WeChat articles"),
        N("en", "sh19", "70家政府网站", 70, "家",
          "How many government websites did Shanghai check every quarter in 2019, according to "
          "the General Office's report?", p + "websites inspected quarterly"),
        N("en", "hz23", "1136", 1136, "条",
          "How many pieces of government information did Hongze District proactively publish on "
          "its website platform in 2023?", p + "items published on the portal"),
        N("en", "sh25", "公开属性审查 166", 166, "件",
          "In 2025, how many official documents did the Shanghai General Office review to decide "
          "whether they should be made public?", p + "disclosure-attribute reviews"),
        N("en", "sy", "失效链接43", 43, "处",
          "How many dead links did Shuyang County fix on its government website during 2025?",
          p + "broken links fixed"),
    ]


# ----------------------------------------------------------------------------- [cannot]
def cannot():
    p = "[cannot] "
    zh = [
        ("淮安市2024年的信息公开申请里，跟征地拆迁有关的有多少件？",
         "申请按内容/领域的分布表里没有，报告也没写", "topic breakdown not printed"),
        ("沭阳县2025年被纠正的那10件复议，具体是哪些部门的案子？",
         "报告只给复议结果的件数，不分部门", "department breakdown of appeals not printed"),
        ("南京市政府2024年一共收到多少件政府信息公开申请？",
         "语料里没有南京市的年报", "body not held"),
        ("淮安市政府2023年度年报里本年新收申请是多少？",
         "只有淮安市2024年的年报，没有2023年的", "year not held (淮安 2023)"),
        ("洪泽区2022年予以公开的申请有几件？",
         "洪泽区只有2023和2024年的年报", "year not held (洪泽 2022)"),
        ("上海市府办2022年的信息公开行政复议有多少件？",
         "上海市政府办公厅只有2019年和2025年的年报", "year not held (上海市府办 2022)"),
        ("淮安市2024年平均每万名常住人口提了多少件信息公开申请？",
         "报告没有人口数，也没有人均或每万人的比率", "per-capita rate not stated"),
        ("沭阳县2025年收到的申请主要集中在哪些领域？各领域多少件？",
         "报告没有按领域统计申请", "topic breakdown not printed"),
        ("上海市科委2024年的申请人里有多少是外省市的？",
         "报告不统计申请人的户籍或居住地", "residence breakdown not printed"),
        ("涧西区政府办2020年那2件在办的申请，是几月份提交的？",
         "报告没有申请的提交时间", "month not printed"),
        ("淮安2024年顺延到下年度的那103件，后来都答复了吗？结果怎么样？",
         "这些申请的办理结果要看2025年的年报，语料里没有", "outcome in a later report not held"),
        ("洪泽区2024年在政务公开工作上投入了多少经费？",
         "报告没有写经费投入", "cost not stated"),
        ("上海市政府办公厅2025年依申请公开平均多少天答复一件？",
         "报告只说均在法定期限内答复，没有平均答复天数", "response time not stated"),
        ("沭阳县2025年新收的自然人申请中，男性和女性各有多少？",
         "申请人情况只按自然人/法人分类，不分性别", "sex breakdown not printed"),
        ("淮安市2024年行政复议被纠正的64件，分别是因为什么理由被纠正的？",
         "报告只列件数，没有纠正理由", "reasons not stated"),
        ("宿迁市政府2025年的年报里不予公开的有多少件？",
         "语料里只有宿迁下辖的沭阳县，没有宿迁市本级的年报", "body not held (宿迁市)"),
        ("上海市府办2019年的申请量在全国省级政府里排第几？",
         "语料里没有其他省级政府的年报，报告也没给排名", "comparison with bodies not held"),
        ("洪泽区2024年予以公开占全部办理结果的比例，报告里写的是百分之多少？",
         "洪泽区2024年报告没有写任何百分比", "percentage not stated"),
        ("淮安市政府门户网站2024年全年访问量是多少？",
         "报告没有网站访问量", "figure not stated"),
        ("涧西区2021年的信息公开年报里结转下年度的有几件？",
         "涧西区只有2020年的年报", "year not held (涧西 2021)"),
        ("沭阳县2025年各个乡镇分别收到多少件信息公开申请？",
         "报告是全县合计，没有分乡镇的数字", "township breakdown not printed"),
        ("上海市科委2024年办一件信息公开申请平均要花多少成本？",
         "报告没有办理成本", "cost not stated"),
        ("淮安市2024年的信息公开申请量比江苏全省平均水平高还是低？",
         "语料里没有江苏省的汇总数字，报告也没做比较", "comparison with bodies not held"),
        ("上海市府办2025年那55件行政复议里，有多少是企业申请的？",
         "复议诉讼表不分申请人类型", "applicant-type breakdown of appeals not printed"),
        ("洪泽区2023年因国家秘密不予公开的那一件，申请人要的是什么信息？",
         "报告不披露具体申请内容", "request content not stated"),
        ("按沭阳县的人口算，2025年平均每十万人有几件政府信息公开申请？",
         "报告没有人口数据，也没给出人均比率", "per-capita rate not stated"),
    ]
    en = [
        ("How many of the Shanghai General Office's 2025 applications came in by post and how "
         "many online?", "the report does not break requests down by channel", "channel breakdown not printed"),
        ("What share of Huai'an's 2024 disclosure requests were about housing or land?",
         "no breakdown by subject in the report", "topic breakdown not printed"),
        ("How many disclosure requests did Suzhou municipal government receive in 2024?",
         "no Suzhou report in the corpus", "body not held"),
        ("What figure did Shuyang County report for new applications in 2024?",
         "only Shuyang's 2025 report is held", "year not held (沭阳 2024)"),
        ("How many applications did the Shanghai Science and Technology Commission receive in 2023?",
         "only the commission's 2024 report is held", "year not held (上海科委 2023)"),
        ("What is Huai'an's rate of disclosure requests per 100,000 residents for 2024?",
         "the report gives no population and no per-capita rate", "per-capita rate not stated"),
        ("Why did so many 2025 requests to the Shanghai General Office end with 'information not "
         "held'? What reasons does the report give for those 513 cases?",
         "the report gives counts only, no reasons", "reasons not stated"),
        ("How many of Jianxi District's 2020 disclosure requests were filed by people over 60?",
         "applicants are not broken down by age", "age breakdown not printed"),
        ("In Hongze District's 2024 report, what percentage of requests were granted in full? I "
         "need the figure the report itself gives.",
         "the 2024 Hongze report states no percentages", "percentage not stated"),
        ("How does Hongze District's 2023 request volume compare with neighbouring Qingjiangpu "
         "District's?", "no Qingjiangpu report in the corpus", "comparison with body not held"),
        ("How long, on average, did Huai'an take to answer a disclosure request in 2024?",
         "the report only says all were answered within the statutory time", "response time not stated"),
        ("What did the Shanghai General Office spend on its disclosure work in 2019?",
         "no spending figure for disclosure work in the report", "cost not stated"),
        ("Which month of 2025 brought Shuyang County the most disclosure requests?",
         "no monthly breakdown in the report", "month breakdown not printed"),
        ("How many disclosure requests did the Beijing municipal government's General Office "
         "handle in 2019?", "no Beijing report in the corpus", "body not held"),
        ("How many of Huai'an's 2024 withheld requests came from journalists?",
         "applicants are only split into natural persons and five organisation types",
         "applicant occupation not printed"),
        ("How many administrative licensing decisions did Hongze District report for 2022?",
         "Hongze reports are held for 2023 and 2024 only", "year not held (洪泽 2022)"),
        ("Of the 74 reconsideration and litigation cases Shuyang County handled in 2025, how many "
         "were brought by companies?", "table 4 has no applicant-type breakdown",
         "applicant-type breakdown of appeals not printed"),
        ("How many staff at the Shanghai Science and Technology Commission worked on disclosure "
         "requests in 2024?", "the report names no staff numbers", "staff not stated"),
        ("Does the Jianxi District Office's 2020 report say how many requests came in by phone?",
         "no channel breakdown in the report", "channel breakdown not printed"),
        ("How many disclosure requests will Huai'an get in 2025?",
         "a forecast; the report gives none", "forecast"),
        ("How does the Shanghai General Office's 2025 request volume rank against Beijing and "
         "Guangzhou?", "no Beijing or Guangzhou reports in the corpus", "comparison with bodies not held"),
        ("Does Huai'an's 2024 report give a win rate for the government in disclosure lawsuits? "
         "What percentage?", "the report lists counts only and states no win rate",
         "percentage not stated"),
        ("How many of Hongze District's 2024 requests concerned demolition compensation?",
         "no breakdown by subject in the report", "topic breakdown not printed"),
        ("How much did Shuyang County spend on running its government new-media accounts in 2025?",
         "the report gives no spending figure", "cost not stated"),
        ("What did the Shanghai General Office report for requests carried forward in 2023?",
         "only its 2019 and 2025 reports are held", "year not held (上海市府办 2023)"),
        ("Who were the applicants behind Jianxi District's 2020 reconsideration case?",
         "personal data; the report names no applicants", "personal data"),
    ]
    out = [U("zh", q, why, p + note) for q, why, note in zh]
    out += [U("en", q, why, p + note) for q, why, note in en]
    return out


# ----------------------------------------------------------------------------- [neighbour]
def neighbour():
    p = "[neighbour] "
    return [
        T("zh", "ha", "a.litigation_after_review.total",
          "淮安市2024年先申请复议、对复议结果不服再去起诉的信息公开案件有多少件？",
          p + "复议后起诉 total, neighbour 直接起诉 total"),
        T("zh", "ha", "c.normative_docs.in_force",
          "淮安市政府到2024年底还在有效期内的行政规范性文件有多少件？",
          p + "现行有效, neighbours 制发 / 废止"),
        T("zh", "sy", "r.carried_over.total",
          "沭阳县2025年从2024年接过来、接着办理的申请有多少件？",
          p + "上年结转, neighbour 结转下年度"),
        T("zh", "sy", "r.partially_granted.total",
          "沭阳县2025年区分处理、只公开了其中一部分内容的申请有多少件？",
          p + "部分公开, neighbour 予以公开"),
        T("zh", "sh19", "c.procurement.amount",
          "上海市府办2019年政府集中采购花了多少钱？按万元说。",
          p + "采购金额 (251000元 = 25.1 万元), neighbour 采购项目数", unit=W),
        T("zh", "jx", "c.procurement.projects",
          "涧西区政府办2020年集中采购一共涉及几个项目？",
          p + "采购项目数, neighbour 采购金额"),
        T("zh", "sh19", "c.normative_docs.total_published",
          "上海市政府办公厅2019年规范性文件累计对外公开的总数是多少件？",
          p + "对外公开总数量, neighbour 本年新制作/新公开"),
        T("zh", "ha", "r.unable.needs_creation.total",
          "淮安2024年因为没有现成信息、得另外制作才能提供，所以答复无法提供的有几件？",
          p + "另行制作, neighbour 不掌握"),
        T("zh", "sy", "a.review.other",
          "沭阳县2025年行政复议里，除了维持和纠正以外的“其他结果”有几件？",
          p + "复议 其他结果, neighbour 结果纠正"),
        T("zh", "ha", "r.granted.legal_services",
          "淮安市2024年法律服务机构提的申请里，予以公开的有几件？",
          p + "column 法律服务机构, neighbour 商业企业"),
        T("zh", "hz23", "a.review.corrected",
          "洪泽区2023年信息公开行政复议里，被纠正的有几件？",
          p + "复议 结果纠正, neighbour 结果维持"),
        T("zh", "sh25", "r.carried_over.total",
          "上海市府办2025年年初从2024年转过来的申请有多少件？",
          p + "上年结转 (text row), neighbour 结转下年度; the narrative's 上年结转 189 agrees",
          alt=("上年结转 189", 189)),
        T("zh", "sh19", "r.not_processed.duplicate.commercial",
          "上海市政府办公厅2019年商业企业的申请里，被当成重复申请不予处理的有几件？",
          p + "重复申请 commercial, neighbour 信访举报投诉 commercial"),
        T("en", "sy", "a.litigation_after_review.total",
          "Shuyang County 2025: how many disclosure lawsuits came after a reconsideration had "
          "already been decided?",
          p + "after-review litigation total, neighbour direct litigation total"),
        T("en", "ha", "r.carried_over.total",
          "How many requests did Huai'an inherit from 2023 into its 2024 workload?",
          p + "carried over, neighbour carried forward; the narrative's 上年度结转申请 34 agrees",
          alt=("结转申请 34", 34)),
        T("en", "sh19", "c.regulations.total_published",
          "What is the cumulative number of regulations the Shanghai General Office had published "
          "externally, per its 2019 report?",
          p + "regulations total published, neighbour made/published"),
        T("en", "jx", "c.procurement.amount",
          "How much money, in 10,000 yuan, did the Jianxi District Government Office spend "
          "through centralized procurement in 2020?",
          p + "procurement amount, neighbour project count", unit=W),
        T("en", "ha", "a.review.corrected",
          "How many of Huai'an's 2024 disclosure reconsideration cases ended with the original "
          "decision corrected?",
          p + "review corrected, neighbour other outcome; the narrative's 结果纠正 64 agrees",
          alt=("结果纠正 64", 64)),
        T("en", "sy", "r.withheld.process_info.total",
          "For Shuyang in 2025, how many requests were refused as deliberative (process) "
          "information?",
          p + "process info, neighbour internal affairs"),
        T("en", "ha", "r.partially_granted.total",
          "How many Huai'an requests in 2024 got a partial release after the exempt parts were "
          "separated out?",
          p + "partially granted, neighbour granted"),
        T("en", "sh25", "a.review.total",
          "How many administrative reconsiderations about disclosure did the Shanghai General "
          "Office face in 2025?",
          p + "review total (text row), neighbour litigation totals"),
        T("en", "kw", "c.normative_docs.issued",
          "How many normative documents did STCSM put out in 2024?",
          p + "issued (text row), neighbour in force; the narrative's 行政规范性文件 13 件 agrees",
          alt=("行政规范性文件 13", 13)),
        T("en", "hz24", "a.review.total",
          "Hongze District 2024: how many reconsideration applications over disclosure were "
          "there?",
          p + "review total (text row), neighbours litigation totals"),
        T("en", "sh19", "r.carried_over.total",
          "How many requests did the Shanghai General Office bring into 2019 from 2018?",
          p + "carried over, neighbour carried forward; the narrative's 上年度结转申请18件 agrees",
          alt=("含上年度结转申请18件", 18)),
        T("en", "sy", "r.received.commercial",
          "Shuyang 2025: new requests from businesses (commercial enterprises)?",
          p + "column commercial, neighbour legal services"),
        T("en", "ha", "c.regulations.issued",
          "How many municipal regulations did Huai'an issue in 2024?",
          p + "regulations issued, neighbour in force; the narrative's 规章 1 件 agrees",
          alt=("市政府规章 1", 1)),
    ]


def CONVERSATIONS():
    return plain() + check() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
