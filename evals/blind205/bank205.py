"""Question bank of blind evaluation set 205 (evals/blind205): staff and journalist traffic.

WARNING: this file holds the text of EVERY TEST QUESTION. It is as frozen as test.jsonl:
do not read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is
computed by helpers205 (gold/*.json, derived keys per spec/README.md; printed rows of the
three reports without gold via SPECS, the same cells blind6's text_cells.json verified;
narrative sentences cut from the report text).

Mix tags (note prefix): [plain] unusual wordings of one printed cell, [check] consistency
questions answered by one cell or one derived key, [combine] sums / year-to-year differences,
[rank] rankings over gold bodies, [followup] multi-turn, [textonly] numbers only the narrative
states, [cannot] unanswerable, [neighbour] neighbouring-cell traps.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib205 as L  # noqa: E402
from helpers205 import (C, D, E, ED, EN, ER, EU, F, N, R, S, T, U, V,  # noqa: E402,F401
                        cols)

# printed cells of the three reports without gold: the same specs blind6 verified
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
WH8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]
UN3 = ["r.unable.%s.total" % s for s in L.UNABLE]
NP5 = ["r.not_processed.%s.total" % s for s in L.NOT_PROCESSED]
OT3 = ["r.other.%s.total" % s for s in L.OTHER21]
APPEAL_TOTALS = ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"]
REVIEW4 = ["a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending"]


def plain():
    p = "[plain] "
    return [
        # ---------------- zh
        V("zh", "ha", "a.review.upheld",
          "淮安市政府2024年被申请信息公开行政复议的案子，复议机关维持原处理的有几件？",
          p + "appeals outcome column 结果维持 (text agrees)", alt=("结果维持 72", 72)),
        V("zh", "ha", "r.withheld.admin_query.total",
          "2024年淮安市政府以“属于行政查询事项”为由没给公开的申请，一共几件？",
          p + "不予公开 sub-item 8 行政查询事项"),
        V("zh", "ha", "r.other.overdue_fee.total",
          "淮安2024年有多少件申请是因为申请人过了期限还没交信息处理费，政府就不再处理了？",
          p + "其他处理 sub-item 2 逾期未缴费"),
        V("zh", "ha", "r.received.legal_services",
          "2024年律所这类法律服务机构向淮安市人民政府新提的公开申请有多少件？",
          p + "applicant column 法律服务机构, row 新收"),
        V("zh", "ha", "a.litigation_direct.corrected",
          "淮安市政府2024年没走复议、直接被告到法院的信息公开官司，判下来纠正的几件？",
          p + "appeals 未经复议直接起诉 结果纠正"),
        V("zh", "ha", "c.normative_docs.repealed",
          "二〇二四年淮安市政府一共废止了几件行政规范性文件？",
          p + "table 二 本年废止件数"),
        V("zh", "ha", "a.litigation_after_review.pending",
          "淮安2024年先复议、再起诉的那类信息公开行政诉讼，年底仍未审结的是几件？",
          p + "appeals 复议后起诉 尚未审结"),
        V("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳县政府2025年拿“三类内部事务信息”当理由拒绝公开的有多少件？",
          p + "不予公开 sub-item 5 内部事务"),
        V("zh", "sy", "a.review.pending",
          "沭阳县2025年涉及信息公开的行政复议，截至报告统计时还没审结的有几件？",
          p + "appeals 行政复议 尚未审结"),
        V("zh", "sy", "r.other.other.total",
          "沭阳县人民政府2025年度报表，（六）其他处理底下第3小项“其他”填的是多少？",
          p + "其他处理 sub-item 3 其他 (printed under a wrong header)"),
        V("zh", "sy", "r.partially_granted.legal_services",
          "2025年沭阳县，法律服务机构提的申请里有几件只公开了一部分？",
          p + "applicant column 法律服务机构, row 部分公开"),
        V("zh", "sy", "c.coercion.decisions",
          "沭阳25年行政强制的本年处理决定数量是多少？",
          p + "table 二 行政强制 处理决定数量"),
        V("zh", "sy", "r.not_processed.duplicate.commercial",
          "沭阳县政府2025年那张申请情况表中，商业企业因重复申请被不予处理的有几件？",
          p + "不予处理 sub-item 2, column 商业企业"),
        V("zh", "sy", "a.litigation_after_review.other",
          "2025年沭阳县复议后又打到法院的信息公开案子，以“其他结果”结案的有几件？",
          p + "appeals 复议后起诉 其他结果"),
        V("zh", "hz23", "r.withheld.enforcement_files.total",
          "洪泽区政府2023年因申请的是行政执法案卷而不予公开的有几件？",
          p + "不予公开 sub-item 7 行政执法案卷"),
        V("zh", "hz23", "c.punishment.decisions",
          "洪泽区2023年报表二里，行政处罚那一行的本年处理决定数量填的多少？",
          p + "table 二 行政处罚"),
        V("zh", "hz23", "r.unable.not_held.total",
          "2023年洪泽区政府以“本机关不掌握相关政府信息”答复的申请有多少件？",
          p + "无法提供 sub-item 1 不掌握"),
        V("zh", "hz23", "a.review.corrected",
          "洪泽区人民政府2023年的信息公开行政复议，被复议机关纠正的有几件？",
          p + "appeals 行政复议 结果纠正"),
        V("zh", "jx", "c.procurement.projects",
          "涧西区政府办2020年政府集中采购一共几个项目？我只问项目个数。",
          p + "table 二 第（九）项 采购项目数量"),
        V("zh", "jx", "r.unable.not_held.natural_person",
          "涧西区人民政府办公室2020年，个人申请里被答复“本机关不掌握”的有几件？",
          p + "无法提供 sub-item 1, column 自然人"),
        V("zh", "jx", "a.litigation_after_review.upheld",
          "2020年涧西区政府办经过复议后又被起诉的信息公开案子，法院维持的几件？",
          p + "appeals 复议后起诉 结果维持"),
        V("zh", "sh19", "r.unable.unclear.natural_person",
          "上海市政府办公厅2019年，自然人的申请补正之后内容还是不明确、最终无法提供的有多少件？",
          p + "无法提供 sub-item 3, column 自然人 (总计 printed blank)"),
        V("zh", "sh19", "r.withheld.process_info.commercial",
          "2019年上海市府办对商业企业提的申请，按四类过程性信息不予公开了几件？",
          p + "不予公开 sub-item 6, column 商业企业"),
        V("zh", "sh19", "c.regulations.total_published",
          "上海市政府办公厅2019年报表二中，规章的对外公开总数量是多少？",
          p + "table 二 2019 format 对外公开总数量"),
        V("zh", "sh19", "r.not_processed.petition.natural_person",
          "上海市人民政府办公厅2019年把个人的申请认定为信访举报投诉类而不予处理的，共多少件？",
          p + "不予处理 sub-item 1, column 自然人"),
        V("zh", "sh19", "a.litigation_direct.pending",
          "上海市政府办公厅2019年被直接起诉（没先复议）的信息公开诉讼里，还有几件没审结？",
          p + "appeals 直接起诉 尚未审结"),
        V("zh", "sh25", "r.unable.needs_creation.total",
          "上海市府办2025年，要的东西得另行制作、所以没法提供的申请有几件？",
          p + "无法提供 sub-item 2 (text row)"),
        V("zh", "sh25", "r.carried_over.legal_services",
          "2025年上海市人民政府办公厅上年结转过来的申请中，法律服务机构名下有几件？",
          p + "applicant column 法律服务机构, row 上年结转 (text row)"),
        V("zh", "sh25", "a.review.pending",
          "上海市政府办公厅2025年度信息公开行政复议还挂着没审结的是几件？",
          p + "appeals 行政复议 尚未审结 (text row)"),
        V("zh", "kw", "c.licensing.decisions",
          "上海市科委2024年行政许可本年处理决定数量报了多少？",
          p + "table 二 行政许可 (text row)"),
        V("zh", "kw", "r.received.commercial",
          "2024年上海科委新收的申请里，企业（商业企业）递交的有几件？",
          p + "applicant column 商业企业, row 新收 (text row)"),
        V("zh", "hz24", "c.coercion.decisions",
          "洪泽区政府2024年作出的行政强制决定有多少个？",
          p + "table 二 行政强制 (text row)"),
        V("zh", "hz24", "a.litigation_after_review.total",
          "洪泽区2024年经复议后起诉的信息公开行政诉讼，总计几件？",
          p + "appeals 复议后起诉 总计 (text row)"),
        # ---------------- en
        V("en", "ha", "r.withheld.security_stability.total",
          "In Huai'an's 2024 report, how many requests were refused because releasing the "
          "information could endanger national, public or economic security or social stability?",
          p + "不予公开 sub-item 3 三安全一稳定"),
        V("en", "ha", "r.unable.unclear.total",
          "Huai'an municipal government, 2024: how many applications were still too vague to act "
          "on even after the applicant had been asked to amend them?",
          p + "无法提供 sub-item 3"),
        V("en", "ha", "r.received.other_org",
          "How many new 2024 applications to the Huai'an city government fall in the 'other' "
          "organisation column - not companies, research bodies, NGOs or law firms?",
          p + "applicant column 其他, row 新收"),
        V("en", "ha", "a.review.pending",
          "For Huai'an in 2024, how many information-disclosure reconsideration cases had not "
          "been concluded by year end?",
          p + "appeals 行政复议 尚未审结 (text agrees)", alt=("尚未审结 37", 37)),
        V("en", "ha", "c.licensing.decisions",
          "What figure does the Huai'an government print for administrative licensing decisions "
          "in its 2024 disclosure report?",
          p + "table 二 行政许可"),
        V("en", "ha", "r.other.overdue_correction.natural_person",
          "Huai'an 2024: individuals who never sent in the corrections they were asked for, so "
          "their applications were dropped - how many?",
          p + "其他处理 sub-item 1, column 自然人"),
        V("en", "ha", "r.not_processed.reconfirm.total",
          "In 2024, how many requests did Huai'an decline to handle because the applicant only "
          "wanted information they already had to be confirmed or issued again?",
          p + "不予处理 sub-item 5"),
        V("en", "sy", "r.unable.not_held.total",
          "Shuyang County 2025: how many requests were answered with 'this agency does not hold "
          "that information'?",
          p + "无法提供 sub-item 1"),
        V("en", "sy", "c.fees.amount",
          "How much did Shuyang County collect in administrative and institutional fees in 2025, "
          "going by table 2 of its disclosure report?",
          p + "table 二 收费金额 万元", unit=W),
        V("en", "sy", "a.review.corrected",
          "How many of Shuyang County's 2025 reconsideration cases about information disclosure "
          "ended with the original decision being corrected?",
          p + "appeals 行政复议 结果纠正"),
        V("en", "sy", "r.granted.commercial",
          "In Shuyang's 2025 report, how many applications from business enterprises were "
          "granted in full?",
          p + "applicant column 商业企业, row 予以公开"),
        V("en", "sy", "r.withheld.admin_query.total",
          "Shuyang County government, 2025: refusals on the ground that what was asked for was "
          "really an administrative look-up matter (行政查询事项) - count?",
          p + "不予公开 sub-item 8"),
        V("en", "sy", "c.normative_docs.in_force",
          "How many administrative normative documents did Shuyang County count as valid and "
          "current at the end of 2025?",
          p + "table 二 现行有效件数"),
        V("en", "hz23", "r.partially_granted.total",
          "Hongze District, 2023: how many requests ended in partial disclosure?",
          p + "row 部分公开"),
        V("en", "hz23", "c.licensing.decisions",
          "Hongze District's administrative licensing decisions for 2023 - what number is in "
          "the table?",
          p + "table 二 行政许可"),
        V("en", "hz23", "r.withheld.state_secret.total",
          "How many Hongze District requests in 2023 were refused as state secrets?",
          p + "不予公开 sub-item 1 国家秘密"),
        V("en", "hz23", "r.unable.needs_creation.natural_person",
          "How many 2023 requests from private individuals did Hongze District say it could only "
          "meet by compiling new information?",
          p + "无法提供 sub-item 2, column 自然人"),
        V("en", "jx", "c.procurement.amount",
          "What was the total value of centralised government procurement reported by the "
          "Jianxi District government office for 2020?",
          p + "table 二 第（九）项 采购总金额 万元", unit=W),
        V("en", "jx", "r.granted.total",
          "Jianxi District government office, 2020: number of applications granted in full?",
          p + "row 予以公开"),
        V("en", "jx", "a.review.upheld",
          "In 2020, how many administrative reconsiderations of Jianxi's disclosure decisions "
          "ended with the decision upheld?",
          p + "appeals 行政复议 结果维持"),
        V("en", "sh19", "r.received.legal_services",
          "General Office of the Shanghai Municipal Government, 2019: how many new requests came "
          "from legal service providers?",
          p + "applicant column 法律服务机构, row 新收"),
        V("en", "sh19", "c.normative_docs.total_published",
          "As of its 2019 annual report, how many normative documents had the Shanghai "
          "municipal government's general office made public in total?",
          p + "table 二 2019 format 对外公开总数量"),
        V("en", "sh19", "r.not_processed.duplicate.commercial",
          "In 2019, how many duplicate applications from commercial enterprises did the "
          "Shanghai government's general office decline to process?",
          p + "不予处理 sub-item 2, column 商业企业"),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "Shanghai government general office 2019: requests from individuals it could not meet "
          "because the information would have had to be produced from scratch?",
          p + "无法提供 sub-item 2, column 自然人"),
        V("en", "sh19", "a.review.pending",
          "For the Shanghai general office in 2019, how many information-disclosure "
          "reconsiderations were still awaiting a decision?",
          p + "appeals 行政复议 尚未审结"),
        V("en", "sh25", "r.not_processed.duplicate.total",
          "How many repeat applications did the Shanghai municipal general office set aside "
          "unprocessed in 2025?",
          p + "不予处理 sub-item 2 (text row)"),
        V("en", "sh25", "a.litigation_direct.pending",
          "Shanghai general office 2025: lawsuits filed straight in court (no reconsideration "
          "first) that were still awaiting judgment - how many?",
          p + "appeals 直接起诉 尚未审结 (text row)"),
        V("en", "sh25", "r.carried_forward.total",
          "How many 2025 requests did Shanghai's general office roll over into 2026 to keep "
          "working on?",
          p + "row 结转下年度 (text row)"),
        V("en", "kw", "r.carried_over.total",
          "STCSM in 2024: how many still-open applications did it inherit from 2023?",
          p + "row 上年结转 (text row; text agrees)", alt=("上年结转政府信息公开申请 2", 2)),
        V("en", "kw", "c.normative_docs.in_force",
          "How many normative documents did the Shanghai Science and Technology Commission "
          "list as currently valid in its 2024 report?",
          p + "table 二 现行有效件数 (text row)"),
        V("en", "hz24", "c.licensing.decisions",
          "Hongze District 2024 - administrative licensing decisions made?",
          p + "table 二 行政许可 (text row)"),
        V("en", "hz24", "r.unable.not_held.total",
          "In 2024, how many applicants did Hongze District tell that it held no such "
          "information?",
          p + "无法提供 sub-item 1 (text row)"),
    ]


def check():
    k = "[check] "
    return [
        V("zh", "ha", "r.withheld.total",
          "淮安市政府2024年的表三，（三）不予公开下面八个小项没有合计行，合起来应是多少件？",
          k + "derived key requests.withheld.total"),
        V("zh", "sy", "r.unable.total",
          "核对一下沭阳县2025年报表：（四）无法提供三个小项的合计数该是多少？",
          k + "derived key requests.unable.total"),
        V("zh", "ha", "r.carried_forward.total",
          "按“第一项加第二项等于第三项加第四项”核淮安2024年的总计列，第四项结转下年度继续办理印的是多少？",
          k + "single cell in the balance rule (text agrees: 顺延 103)", alt=("3119", 103)),
        V("zh", "sy", "a.review.total",
          "沭阳县2025年行政复议那一栏，维持、纠正、其他、未审结后面的“总计”格子印的是多少？",
          k + "appeals 行政复议 总计 cell"),
        V("zh", "hz23", "r.total_processed.total",
          "洪泽区2023年表三（七）总计这一行，总计列填的数字是多少？",
          k + "row （七）总计"),
        V("zh", "sh19", "r.total_processed.natural_person",
          "上海市府办2019年表三（七）总计一行，自然人那一列印的是多少？",
          k + "row （七）总计, column 自然人"),
        V("zh", "jx", "r.not_processed.total",
          "涧西区政府办2020年报里“不予处理”五个小项加在一起是多少？",
          k + "derived key requests.not_processed.total"),
        V("zh", "ha", "r.received.legal_person",
          "淮安市2024年本年新收申请，法人或其他组织名下五列合计多少件？",
          k + "derived key requests.received.legal_person"),
        V("zh", "sh25", "r.total_processed.total",
          "上海市政府办公厅2025年报，办理结果“（七）总计”这一行的总计数是多少？",
          k + "row （七）总计 (text row; text agrees 办结 1191)", alt=("办结 1191", 1191)),
        V("en", "sy", "r.other.total",
          "Shuyang's 2025 table lists three sub-rows under 'other handling' but prints no "
          "subtotal for the block. What does the block come to?",
          k + "derived key requests.other.total (2021 format)"),
        V("en", "ha", "r.not_processed.total",
          "Huai'an 2024: what does the whole 'not processed' block, all five sub-items, add up to?",
          k + "derived key requests.not_processed.total"),
        V("en", "sh19", "r.withheld.natural_person",
          "Shanghai's general office left its 2019 withholding rows without totals. In the "
          "natural-person column alone, how many requests were withheld across all eight grounds?",
          k + "derived key requests.withheld.natural_person"),
        V("en", "ha", "a.litigation_direct.total",
          "In the Huai'an 2024 appeals table, what is printed in the total cell for lawsuits "
          "filed directly without a prior reconsideration?",
          k + "appeals 直接起诉 总计 cell"),
        V("en", "sy", "r.received.total",
          "I'm checking Shuyang's 2025 balance rule (row 1 + row 2 = row 3 + row 4). What does "
          "row 1, new applications received in 2025, show in the total column?",
          k + "row 1 新收 total; the text's 749 includes carried-over"),
        V("en", "hz23", "r.carried_over.total",
          "Hongze 2023 table 3, row 2 (applications carried over into 2023): total column?",
          k + "row 上年结转 total"),
        V("en", "jx", "r.total_processed.total",
          "In the Jianxi 2020 request table, what does row (7), the overall total of handled "
          "requests, show?",
          k + "row （七）总计 (text agrees 办结15件)", alt=("办结15件", 15)),
        V("en", "sh19", "r.unable.legal_person",
          "Shanghai general office 2019: requests from organisations (the five organisation "
          "columns) that ended as 'unable to provide', whatever the reason - how many?",
          k + "derived key requests.unable.legal_person"),
        V("en", "kw", "r.total_processed.total",
          "In STCSM's 2024 request table, what is in the total column of row (7), the grand "
          "total of handled requests?",
          k + "row （七）总计 (text row)"),
    ]


def combine():
    c = "[combine] "
    GP = ["r.granted.total", "r.partially_granted.total"]
    NOT_FULL = ["r.partially_granted.total"] + WH8 + UN3 + NP5 + OT3
    return [
        # sums zh
        S("zh", "ha", GP,
          "淮安市政府2024年的申请人里，多少拿到了信息的（全部公开加上部分公开）一共几件？",
          c + "sum 予以公开 + 部分公开"),
        S("zh", "sy", NOT_FULL,
          "沭阳县2025年办理的申请中，没有被全部公开的一共多少件？",
          c + "sum of every outcome except 予以公开 (20 cells)"),
        S("zh", "sh19", cols("granted"),
          "上海市政府办公厅2019年表里“予以公开”的总计格空着，六类申请人加起来实际是多少？",
          c + "sum of the six columns; printed total blank",
          printed_total="r.granted.total"),
        S("zh", "hz23", REVIEW4,
          "洪泽区2023年行政复议的总计印成了0，把维持、纠正、其他结果、尚未审结四格加起来是多少？",
          c + "sum of the four outcome cells; printed total 0", printed_total="a.review.total"),
        S("zh", "sy", APPEAL_TOTALS,
          "沭阳县2025年行政复议加上两类行政诉讼（直接起诉、复议后起诉），一共多少件？",
          c + "sum of the three appeals totals (text agrees: 74)", alt=("74 件", 74)),
        S("zh", "ha", OT3,
          "淮安2024年“其他处理”里的三种情形合计多少件？",
          c + "sum of the three 其他处理 sub-items"),
        S("zh", "ha", ["r.received.commercial", "r.received.legal_services"],
          "淮安市2024年新收申请中，企业和律所（法律服务机构）两类合计多少件？",
          c + "sum of two applicant columns"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "2025年上海市府办因不掌握或者得另行制作而没能提供的，一共几件？",
          c + "sum of two 无法提供 sub-items (text rows)"),
        S("zh", "jx", ["c.regulations.made", "c.normative_docs.made"],
          "涧西区政府办2020年规章和规范性文件本年新制作数量合计是多少？",
          c + "sum of two table 二 cells"),
        S("zh", "sy", GP,
          "沭阳县2025年申请人最终拿到了信息的——不论全部还是部分公开——有多少件？",
          c + "sum 予以公开 + 部分公开"),
        S("zh", "ha", ["c.regulations.in_force", "c.normative_docs.in_force"],
          "淮安市政府2024年底现行有效的规章和行政规范性文件一共多少件？",
          c + "sum of two 现行有效 cells"),
        S("zh", "sh19", ["r.withheld.admin_query.natural_person", "r.withheld.admin_query.commercial"],
          "上海市府办2019年以行政查询事项为由不予公开的，自然人和商业企业两列相加是几件？",
          c + "sum of two columns; printed total blank",
          printed_total="r.withheld.admin_query.total"),
        # sums en
        S("en", "sy", WH8,
          "Add up every ground for withholding in Shuyang County's 2025 report: how many "
          "applications were refused disclosure in all?",
          c + "sum of the eight 不予公开 sub-items"),
        S("en", "ha", ["a.litigation_direct.upheld", "a.litigation_after_review.upheld"],
          "Across both kinds of information-disclosure lawsuits, how many cases ended with the "
          "Huai'an government's decision upheld in 2024?",
          c + "sum of the two litigation 结果维持 cells (text agrees: 25)",
          alt=("行政诉讼 46", 25)),
        S("en", "sh19", cols("unable.not_held"),
          "The 2019 report of Shanghai's general office leaves the total blank for 'information "
          "not held by this agency'. Summing the applicant columns, what is it?",
          c + "sum of six columns; printed total blank (text agrees: 265)",
          printed_total="r.unable.not_held.total", alt=("无法提供265件", 265)),
        S("en", "jx", APPEAL_TOTALS,
          "How many review and court cases altogether did Jianxi's government office face in "
          "2020, counting reconsiderations and both kinds of lawsuit?",
          c + "sum of the three appeals totals"),
        S("en", "ha", UN3,
          "Huai'an 2024: all the 'unable to provide' outcomes taken together?",
          c + "sum of the three 无法提供 sub-items"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai general office 2025: petition-type requests plus repeat requests, both "
          "left unprocessed - combined figure?",
          c + "sum of two 不予处理 sub-items (text rows)"),
        S("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
          "Shuyang 2025: applications by individuals, counting both the new ones and those "
          "carried over from 2024?",
          c + "sum 自然人 新收 + 上年结转 (text agrees: 741)", alt=("自然人申请 741", 741)),
        S("en", "hz24", ["r.granted.total", "r.unable.not_held.total"],
          "For Hongze's 2024 table: requests either granted in full or answered with 'not held "
          "by us' - how many together?",
          c + "sum of two rows (text rows)"),
        S("en", "sh19", ["r.received.total", "r.carried_over.total"],
          "Shanghai general office 2019 - total request caseload, i.e. new ones plus those "
          "carried over into 2019?",
          c + "sum 新收 + 上年结转"),
        S("en", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
          "Shuyang 2025: licensing, penalty and coercion decisions added together?",
          c + "sum of three table 二 decision cells"),
        S("en", "kw", ["r.received.total", "r.carried_over.total"],
          "STCSM 2024: new requests plus the ones carried in from 2023 - what was the total "
          "workload?",
          c + "sum 新收 + 上年结转 (text rows)"),
        S("en", "hz23", WH8,
          "For Hongze's 2023 report, what do all eight withholding grounds add up to?",
          c + "sum of the eight 不予公开 sub-items"),
        # differences
        D("zh", "hz23", "hz24", "c.licensing.decisions",
          "洪泽区行政许可处理决定数，2024年比2023年增加了多少？",
          c + "difference 2024 - 2023 (2024 from a text row)"),
        D("zh", "hz23", "hz24", "c.normative_docs.in_force",
          "洪泽区现行有效的行政规范性文件，从2023年报到2024年报变化了几件？",
          c + "difference 2024 - 2023 (2024 from a text row)"),
        D("zh", "sh19", "sh25", "r.carried_forward.total",
          "上海市政府办公厅结转下年度继续办理的申请，2025年比2019年多出多少件？",
          c + "difference 2025 - 2019 (2025 from a text row)"),
        D("zh", "sh19", "sh25", "r.received.commercial",
          "上海市府办收到商业企业的新申请，2019年和2025年相比变化了多少件？",
          c + "difference 2025 - 2019 (2025 from a text row)"),
        D("zh", "hz23", "hz24", "c.coercion.decisions",
          "洪泽区行政强制决定数，2024年与2023年相差多少（后一年减前一年）？",
          c + "difference 2024 - 2023, negative (2024 from a text row)"),
        D("en", "hz23", "hz24", "c.fees.amount",
          "How did Hongze District's administrative fee income move between 2023 and 2024 "
          "(2024 minus 2023)?",
          c + "difference 2024 - 2023 in 万元, negative", unit=W),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "Hongze's administrative penalty decisions: 2024 figure minus the 2023 figure?",
          c + "difference 2024 - 2023, negative"),
        D("en", "sh19", "sh25", "a.review.total",
          "Information-disclosure reconsiderations against Shanghai's general office: how many "
          "more in 2025 than in 2019?",
          c + "difference 2025 - 2019 (2025 printed figure includes carried-over cases)"),
        D("en", "sh19", "sh25", "a.litigation_direct.pending",
          "Direct lawsuits still pending against the Shanghai general office: change from the "
          "2019 report to the 2025 report?",
          c + "difference 2025 - 2019"),
        D("en", "sh19", "sh25", "r.carried_over.natural_person",
          "Requests from individuals carried over from the prior year at Shanghai's general "
          "office: what's the gap between 2019 and 2025?",
          c + "difference 2025 - 2019"),
    ]


def rank():
    r = "[rank] "
    return [
        C("ranking", "zh", [(
            "淮安市政府2024年、洪泽区政府2023年、沭阳县政府2025年，三家里谁的行政事业性收费金额最高？",
            ER(["ha", "hz23", "sy"], "c.fees.amount", "desc", unit=W))],
          r + "fees 万元, desc"),
        R("en", ["ha", "sy", "sh19", "jx"], "r.received.total", "asc",
          "Of Huai'an (2024), Shuyang County (2025), the Shanghai general office (2019) and the "
          "Jianxi district office (2020), which received the fewest new requests?",
          r + "received total, asc"),
        R("zh", ["sy", "ha", "sh19"], "a.review.pending", "desc",
          "沭阳县2025年、淮安市2024年、上海市政府办公厅2019年，哪家信息公开行政复议未审结的最多？",
          r + "review pending, desc"),
        R("en", ["hz23", "sy", "jx"], "r.unable.not_held.total", "desc",
          "Hongze District (2023), Shuyang County (2025) and Jianxi's district office (2020): "
          "which one told the most applicants it did not hold the information?",
          r + "unable.not_held total, desc"),
        R("zh", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc",
          "比较淮安市2024年、沭阳县2025年、洪泽区2023年的行政强制处理决定数，哪个最少？",
          r + "coercion decisions, asc"),
        R("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc",
          "Which saw the fewest lawsuits filed straight in court: Huai'an in 2024, Shuyang in "
          "2025, or the Shanghai general office in 2019?",
          r + "litigation_direct total, asc"),
        R("zh", ["jx", "sh19", "ha", "sy"], "r.carried_over.total", "desc",
          "涧西区政府办2020年、上海市府办2019年、淮安市2024年、沭阳县2025年，上年结转过来的申请谁最多？",
          r + "carried_over total, desc (34 vs 36)"),
        R("en", ["ha", "sy", "hz23"], "r.withheld.internal_affairs.total", "desc",
          "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, which withheld the most requests "
          "as internal-affairs information?",
          r + "withheld.internal_affairs total, desc"),
        R("zh", ["sh19", "ha", "sy"], "r.received.commercial", "desc",
          "上海市政府办公厅2019年、淮安市政府2024年、沭阳县政府2025年，哪家收到商业企业的新申请最多？",
          r + "received commercial, desc"),
        R("en", ["jx", "hz23", "sy", "ha"], "a.review.upheld", "asc",
          "Rank Jianxi (2020), Hongze (2023), Shuyang (2025) and Huai'an (2024) by "
          "reconsiderations that upheld the decision: which has the fewest?",
          r + "review upheld, asc"),
        R("zh", ["ha", "hz23", "sy"], "c.normative_docs.issued", "desc",
          "淮安2024年、洪泽2023年、沭阳2025年三家政府，谁本年制发的行政规范性文件最多？",
          r + "normative_docs issued, desc"),
        R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
          "Huai'an 2024, Shuyang 2025, Shanghai general office 2019: which pushed the fewest "
          "requests into the following year?",
          r + "carried_forward total, asc"),
        R("zh", ["ha", "sy", "hz23", "jx"], "a.litigation_after_review.pending", "desc",
          "淮安市2024年、沭阳县2025年、洪泽区2023年、涧西区2020年，复议后起诉还没审结的案子哪家最多？",
          r + "litigation_after_review pending, desc"),
    ]


def followup():
    f = "[followup] "
    return [
        F("zh", [
            ("淮安市政府2024年信息公开行政复议里结果被纠正的有多少件？",
             E("ha", "a.review.corrected", alt=("结果纠正 64", 64))),
            ("那复议之后又起诉的诉讼案件里，被纠正的呢？", E("ha", "a.litigation_after_review.corrected")),
            ("没经复议直接起诉的那一栏又是几件？", E("ha", "a.litigation_direct.corrected")),
        ], f + "switch appeals group (纠正)"),
        F("en", [
            ("How many of Shuyang County's 2025 requests were refused as process information "
             "(the four kinds of 过程性信息)?", E("sy", "r.withheld.process_info.total")),
            ("And on the ground that they were law-enforcement case files?",
             E("sy", "r.withheld.enforcement_files.total")),
            ("Huai'an, 2024, that same ground?", E("ha", "r.withheld.enforcement_files.total")),
        ], f + "switch row, then body"),
        F("zh", [
            ("洪泽区2023年行政事业性收费收了多少万元？", E("hz23", "c.fees.amount", unit=W)),
            ("到2024年洪泽区那张表上是多少？", E("hz24", "c.fees.amount", unit=W)),
        ], f + "switch year (2024 from a text row)"),
        F("en", [
            ("How much did the Shanghai municipal government's general office spend on "
             "centralised procurement in 2019?", E("sh19", "c.procurement.amount", unit=W)),
            ("How many procurement projects did that cover?", E("sh19", "c.procurement.projects")),
            ("Jianxi district office, 2020 - number of projects?", E("jx", "c.procurement.projects")),
        ], f + "switch measure (amount vs projects), then body"),
        F("zh", [
            ("沭阳县2025年法律服务机构新提交的信息公开申请有几件？", E("sy", "r.received.legal_services")),
            ("结转下年度继续办理那一行，法律服务机构有几件？", E("sy", "r.carried_forward.legal_services")),
        ], f + "switch row, same column"),
        F("en", [
            ("Huai'an 2024: requests refused to protect a third party's lawful rights?",
             E("ha", "r.withheld.third_party.total")),
            ("And Shuyang for 2025?", E("sy", "r.withheld.third_party.total")),
            ("Hongze District, 2023?", E("hz23", "r.withheld.third_party.total")),
        ], f + "switch body twice"),
        F("zh", [
            ("上海市府办2025年自然人新提交的申请有多少件？", E("sh25", "r.received.natural_person")),
            ("放到它2019年的报告里看呢？", E("sh19", "r.received.natural_person")),
        ], f + "switch year (2025 from a text row)"),
        F("en", [
            ("Jianxi district government office 2020: direct lawsuits where the court upheld "
             "the office?", E("jx", "a.litigation_direct.upheld")),
            ("Same thing for the Shanghai general office in 2019?", E("sh19", "a.litigation_direct.upheld")),
            ("And how many of Shanghai's were still pending?", E("sh19", "a.litigation_direct.pending")),
        ], f + "switch body, then outcome column"),
        F("zh", [
            ("淮安市2024年商业企业提的申请里，被当作信访举报投诉类不予处理的有几件？",
             E("ha", "r.not_processed.petition.commercial")),
            ("自然人那一列呢？", E("ha", "r.not_processed.petition.natural_person")),
            ("这一小项总计多少？", E("ha", "r.not_processed.petition.total")),
        ], f + "switch column twice"),
        F("en", [
            ("In 2024 how many STCSM applications were granted in full?",
             E("kw", "r.granted.total", alt=("同意公开答复 9", 9))),
            ("Same cell for the Shanghai municipal general office, 2025?", E("sh25", "r.granted.total")),
            ("Hongze District in 2024?", E("hz24", "r.granted.total")),
        ], f + "switch body twice (text rows)"),
        F("zh", [
            ("沭阳县2025年行政处罚决定数量是多少？", E("sy", "c.punishment.decisions")),
            ("淮安市2024年报的这个数呢？", E("ha", "c.punishment.decisions")),
            ("淮安2023年的呢？", EU("淮安市人民政府 2023 report is not in the corpus")),
        ], f + "switch body, then a year not held"),
        F("en", [
            ("In 2023, how many reconsiderations over Hongze District's disclosure decisions "
             "upheld the district?", E("hz23", "a.review.upheld")),
            ("How many reconsideration cases did Hongze have in total in 2024?",
             E("hz24", "a.review.total")),
        ], f + "switch year and column (2024 from a text row)"),
        F("zh", [
            ("上海市政府办公厅2019年以国家秘密为由驳回的个人申请有几件？",
             E("sh19", "r.withheld.state_secret.natural_person")),
            ("以行政查询事项为由的，自然人几件？", E("sh19", "r.withheld.admin_query.natural_person")),
            ("商业企业那列呢？", E("sh19", "r.withheld.admin_query.commercial")),
        ], f + "switch sub-item, then column"),
        F("en", [
            ("Huai'an 2024: applications dropped because the applicant failed to supply "
             "corrections in time, all applicant types?", E("ha", "r.other.overdue_correction.total")),
            ("Shuyang 2025?", E("sy", "r.other.overdue_correction.total")),
            ("And Shuyang's fee-not-paid sub-item?", E("sy", "r.other.overdue_fee.total")),
        ], f + "switch body, then sub-item"),
        F("zh", [
            ("涧西区政府办2020年规范性文件对外公开总数量是多少？", E("jx", "c.normative_docs.total_published")),
            ("上海市府办2019年的呢？", E("sh19", "c.normative_docs.total_published")),
            ("它2019年本年新制作的规章有几件？", E("sh19", "c.regulations.made")),
        ], f + "switch body, then row and column"),
        F("en", [
            ("Shuyang County 2025: number of partially granted requests?", E("sy", "r.partially_granted.total")),
            ("Huai'an for 2024?", E("ha", "r.partially_granted.total")),
            ("Of Huai'an's, how many came from commercial enterprises?",
             E("ha", "r.partially_granted.commercial")),
        ], f + "switch body, then column"),
        F("zh", [
            ("淮安市政府2024年复议后起诉的信息公开诉讼总共几件？", E("ha", "a.litigation_after_review.total")),
            ("沭阳县2025年的呢？", E("sy", "a.litigation_after_review.total")),
            ("洪泽区2024年呢？", E("hz24", "a.litigation_after_review.total")),
        ], f + "switch body twice"),
        F("en", [
            ("Shanghai general office 2025: lawsuits brought after a reconsideration, total?",
             E("sh25", "a.litigation_after_review.total")),
            ("And lawsuits filed directly?", E("sh25", "a.litigation_direct.total")),
        ], f + "switch appeals group (text rows)"),
        F("zh", [
            ("洪泽区2023年被认定为信访举报投诉类、不予处理的申请有几件？", E("hz23", "r.not_processed.petition.total")),
            ("沭阳县2025年是多少？", E("sy", "r.not_processed.petition.total")),
            ("淮安市2024年呢？", E("ha", "r.not_processed.petition.total")),
        ], f + "switch body twice"),
        F("en", [
            ("How many municipal regulations did Huai'an issue in 2024?",
             E("ha", "c.regulations.issued", alt=("新增公开市政府规章 1", 1))),
            ("How many of its regulations were in force?", E("ha", "c.regulations.in_force")),
            ("And repealed during 2024?", E("ha", "c.regulations.repealed")),
        ], f + "switch column twice"),
        F("zh", [
            ("沭阳县2025年没有现成信息、需要另行制作的申请有几件？", E("sy", "r.unable.needs_creation.total")),
            ("上海市府办2025年呢？", E("sh25", "r.unable.needs_creation.total")),
            ("上海市府办2020年的呢？", EU("上海市人民政府办公厅 2020 report is not in the corpus")),
        ], f + "switch body, then a year not held"),
        F("en", [
            ("How many new disclosure requests did STCSM receive in 2024?",
             E("kw", "r.received.total", alt=("全年收到政府信息公开申请 34", 34))),
            ("And the Shanghai general office in 2025?",
             E("sh25", "r.received.total", alt=("受理政府信息公开申请 1295", 1295))),
        ], f + "switch body (text rows)"),
        F("zh", [
            ("淮安市2024年上年结转过来的申请有几件？", E("ha", "r.carried_over.total", alt=("3119", 34))),
            ("沭阳县2025年呢？", E("sy", "r.carried_over.total")),
            ("上海市科委2024年呢？", E("kw", "r.carried_over.total", alt=("上年结转政府信息公开申请 2", 2))),
        ], f + "switch body twice"),
        F("en", [
            ("Shuyang 2025: direct lawsuits in which the county's decision was upheld?",
             E("sy", "a.litigation_direct.upheld")),
            ("Huai'an 2024?", E("ha", "a.litigation_direct.upheld")),
            ("Jianxi 2020?", E("jx", "a.litigation_direct.upheld")),
        ], f + "switch body twice"),
        F("zh", [
            ("上海市政府办公厅2019年商业企业的申请予以公开了几件？", E("sh19", "r.granted.commercial")),
            ("部分公开的商业企业申请呢？", E("sh19", "r.partially_granted.commercial")),
        ], f + "switch row; the second cell is printed blank (= 0)"),
        F("en", [
            ("How many disclosure applications did the Jianxi district government office take in "
             "during 2020?", E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
            ("And how many were still being handled, carried forward to 2021?",
             E("jx", "r.carried_forward.total", alt=("在办2件", 2))),
        ], f + "switch row"),
    ]


def textonly():
    n = "[textonly] "
    return [
        N("zh", "ha", "新闻发布会 12 场", 12, "场",
          "淮安市政府2024年一共开了几场新闻发布会？", n + "press conferences"),
        N("en", "ha", "公报》6 期", 6, "期",
          "How many issues of the Huai'an municipal government gazette were put out in 2024?",
          n + "gazette issues"),
        N("zh", "ha", "共计 95", 95, "个",
          "淮安2024年报说全市在运维的政务新媒体有几个？", n + "new-media accounts in operation"),
        N("en", "ha", "组织 4 次", 4, "次",
          "How many full-coverage inspections of disclosure sections did Huai'an organise in 2024?",
          n + "checks of disclosure sections"),
        N("zh", "sy", "催办提示 84 次", 84, "次",
          "沭阳县2025年那个“倒计时报警器”一共发了多少次催办提示？", n + "reminders"),
        N("en", "sy", "过期信息697条", 697, "条",
          "How many outdated items did Shuyang County clear out of its published information in 2025?",
          n + "outdated items removed"),
        N("zh", "sy", "失效链接43处", 43, "处",
          "沭阳2025年整改了多少处失效链接？", n + "broken links fixed"),
        N("en", "sy", "办前主动沟通 49 次", 49, "次",
          "In 2025, how many times did Shuyang proactively contact applicants before handling "
          "their requests?", n + "pre-handling contacts"),
        N("zh", "sy", "64家单位", 64, "家",
          "2025年沭阳县集中发布了多少家单位的信息公开年报？", n + "units' annual reports"),
        N("en", "kw", "直播 118 场", 118, "场",
          "How many livestreams did the STCSM 'Shanghai Science' video channel run in 2024?",
          n + "live streams"),
        N("zh", "kw", "主合办人大代表建议 50 件", 50, "件",
          "上海市科委2024年主办、合办的人大代表建议有多少件？", n + "deputies' suggestions",
          frm="重大行政决策事项"),
        N("en", "kw", "原创文章 294", 294, "篇",
          "How many original articles did the science commission's (STCSM) 'Shanghai Science' WeChat "
          "account publish in 2024?",
          n + "original articles"),
        N("zh", "sh25", "新闻通气会 19 场", 19, "场",
          "上海市政府办公厅2025年报里，新闻通气会开了几场？", n + "press briefings"),
        N("en", "sh25", "主动撤回 157 件", 157, "件",
          "Of the requests the Shanghai general office handled in 2025, how many did the "
          "applicants themselves withdraw?", n + "withdrawn requests"),
        N("zh", "sh25", "公开属性审查 166 件", 166, "件",
          "2025年上海市府办做了多少件公文公开属性审查？", n + "disclosure-attribute reviews"),
        N("en", "sh25", "10 个语种", 10, "个",
          "According to the Shanghai general office's 2025 report, how many languages does the "
          "Shanghai International Services Portal now cover?", n + "languages"),
        N("zh", "sh19", "70家政府网站", 70, "家",
          "上海市府办2019年报里，每季度全面检查的政府网站有多少家？", n + "websites checked"),
        N("en", "sh19", "共计38次", 38, "次",
          "In 2019, how many authoritative releases on executive-meeting topics did the Shanghai "
          "general office put out?", n + "releases on executive meetings"),
        N("zh", "sh19", "99.58%", 99.58, "%",
          "上海市政府办公厅2019年报提到的政务服务“好差评”里，好评占比是多少？",
          n + "printed percentage"),
        N("en", "sh19", "接入53个部门", 53, "个",
          "How many departments were connected to Shanghai's unified 'One Network' acceptance "
          "platform, per the general office's 2019 report?", n + "departments connected"),
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区政府办2020年梳理出的政务公开事项一共多少项？", n + "catalogue items",
          frm="对照省、市各部门"),
        N("en", "jx", "共21个领域", 21, "个",
          "In Jianxi's 2020 report, those catalogue items were grouped into how many domains?",
          n + "domains", frm="对照省、市各部门"),
        N("zh", "hz24", "主动发布各类政府信息 2428", 2428, "条",
          "洪泽区2024年在政府网站平台主动发布了多少条政府信息？", n + "items published (no gold)"),
        N("en", "hz24", "公开政府常务会议 7", 7, "期",
          "How many sessions of the district government's executive meeting did Hongze make "
          "public in 2024?", n + "executive meetings published (no gold)"),
        N("zh", "hz23", "主动公开政府信息 1136", 1136, "条",
          "洪泽区政府2023年在网站平台主动公开了多少条政府信息？", n + "items published"),
        N("en", "sy", "爆款内容52条", 52, "条",
          "How many viral hits did Shuyang's government new-media accounts produce in 2025?",
          n + "viral posts"),
    ]


def neighbour():
    t = "[neighbour] "
    return [
        T("zh", "ha", "r.carried_forward.total",
          "淮安市政府2024年有多少申请要留到下一年继续办？",
          t + "结转下年度 vs 上年结转 (34)"),
        T("en", "ha", "a.litigation_after_review.upheld",
          "Huai'an 2024: among lawsuits brought only after an administrative reconsideration, "
          "how many went the government's way (upheld)?",
          t + "复议后起诉 维持 vs 直接起诉 维持 (13)"),
        T("zh", "sy", "c.normative_docs.repealed",
          "沭阳县2025年废止的行政规范性文件有几件？",
          t + "本年废止 vs 本年制发 (6)"),
        T("en", "sh19", "c.procurement.amount",
          "What did the Shanghai general office spend on centralised government procurement in "
          "2019?", t + "采购总金额 vs 采购项目数量 (6); 251000元 = 25.1 万元", unit=W),
        T("zh", "jx", "c.procurement.amount",
          "涧西区政府办2020年政府集中采购花了多少钱？",
          t + "采购总金额 vs 采购项目数量 (8)", unit=W),
        T("en", "ha", "r.unable.needs_creation.total",
          "How many Huai'an 2024 requests failed because no ready-made information existed and "
          "it would have had to be produced?",
          t + "另行制作 vs 不掌握 (769)"),
        T("zh", "ha", "r.withheld.process_info.total",
          "淮安2024年以“四类过程性信息”为由不予公开的是几件？",
          t + "过程性信息 vs 内部事务 (8)"),
        T("en", "sy", "a.review.other",
          "Shuyang 2025 reconsiderations that ended in some other result - neither upheld nor "
          "corrected?", t + "其他结果 vs 结果纠正 (10)"),
        T("zh", "sy", "r.partially_granted.total",
          "沭阳县2025年部分公开的申请有多少件？",
          t + "部分公开 vs 予以公开 (294)"),
        T("en", "ha", "r.granted.legal_services",
          "Huai'an 2024: how many applications from legal service institutions were granted in full?",
          t + "法律服务机构 vs 商业企业 (21)"),
        T("zh", "sh25", "r.carried_over.total",
          "上海市府办2025年从上一年接手过来的申请有多少件？",
          t + "上年结转 vs 结转下年度 (293) (text row)"),
        T("en", "hz24", "c.normative_docs.in_force",
          "How many normative documents were still in force for Hongze District at the end of 2024?",
          t + "现行有效 vs 制发 (3) (text row)"),
        T("zh", "kw", "c.normative_docs.issued",
          "上海市科委2024年本年制发了多少件规范性文件？",
          t + "制发 vs 现行有效 (55) (text row)"),
        T("en", "sh19", "c.normative_docs.made",
          "How many normative documents did Shanghai's general office newly draw up in 2019?",
          t + "新制作 vs 对外公开总数量 (368)"),
        T("zh", "sh19", "r.unable.needs_creation.commercial",
          "2019年上海市府办对商业企业的申请，因需要另行制作而无法提供的有几件？",
          t + "另行制作 vs 不掌握 (12), column 商业企业"),
        T("en", "hz23", "a.litigation_after_review.upheld",
          "Hongze 2023: in suits that followed a reconsideration, how many outcomes upheld the district?",
          t + "复议后起诉 维持 vs 行政复议 维持 (10)"),
        T("zh", "hz23", "r.withheld.process_info.total",
          "洪泽区2023年以过程性信息为由不予公开的有几件？",
          t + "过程性信息 vs 内部事务 (0)"),
        T("en", "sy", "a.litigation_after_review.total",
          "Shuyang 2025: lawsuits that came after a reconsideration - total?",
          t + "复议后起诉 vs 直接起诉 (3)"),
        T("zh", "ha", "a.review.other",
          "淮安2024年复议案件中结果既非维持也非纠正、算“其他结果”的有几件？",
          t + "其他结果 vs 纠正 (64) (text agrees)", alt=("其他结果 178", 178)),
        T("en", "kw", "r.received.natural_person",
          "How many of STCSM's new 2024 requests came from individual citizens?",
          t + "自然人 vs 总计 (34) (text row)"),
        T("zh", "sy", "r.received.natural_person",
          "沭阳县政府2025年表三里，个人在2025年新递交的申请是多少件？",
          t + "新收 自然人 vs the text's 741 (includes carried over)"),
        T("en", "sy", "r.carried_forward.total",
          "How many of Shuyang's 2025 applications are being carried into 2026?",
          t + "结转下年度 vs 上年结转 (36)"),
        T("zh", "sh19", "a.litigation_after_review.total",
          "上海市府办2019年复议后起诉的信息公开诉讼总计几件？",
          t + "复议后起诉 (0) vs 直接起诉 (9, the text's 诉讼9件)"),
        T("en", "ha", "c.normative_docs.in_force",
          "How many normative documents does Huai'an list as in force in its 2024 report?",
          t + "现行有效 vs 废止 (26) / 制发 (8)"),
        T("zh", "hz24", "a.review.total",
          "洪泽区2024年信息公开行政复议总计几件？",
          t + "行政复议 总计 vs 直接起诉 总计 (1) (text row)"),
        T("en", "sy", "r.not_processed.duplicate.total",
          "Shuyang 2025: repeat applications it declined to process?",
          t + "重复申请 vs 信访举报投诉 (12)"),
    ]


def cannot():
    u = "[cannot] "
    NH = "the report does not print this breakdown"
    return [
        # ---------------- zh
        U("zh", "淮安市2024年的3119件申请里，男性和女性申请人各占多少？", NH + " (sex)", u + "sex breakdown"),
        U("zh", "沭阳县2025年信息公开申请按月份是怎么分布的，哪个月最多？", NH + " (month)", u + "month breakdown"),
        U("zh", "洪泽区2024年申请量比2023年涨了好几倍，报告里有没有说是什么原因？",
          "005 (洪泽区 2024) states no cause for its request numbers", u + "reason not stated"),
        U("zh", "淮安市政府2024年行政复议被纠正的那64件，分别是哪些部门经办的？", NH + " (department)",
          u + "department breakdown"),
        U("zh", "按常住人口算，沭阳县2025年每万人提了多少件信息公开申请？",
          "population is not in the report; no per-capita rate is stated", u + "per-capita rate"),
        U("zh", "南京市政府2024年政府信息公开申请收了多少件？", "南京市 is not in the corpus", u + "body not held"),
        U("zh", "宿迁市人民政府2025年年报里行政复议有多少件？", "宿迁市 is not in the corpus", u + "body not held"),
        U("zh", "淮安市政府2023年的依申请公开收了多少件？", "淮安市人民政府 2023 report is not in the corpus",
          u + "year not held"),
        U("zh", "洪泽区2022年行政许可处理决定有多少？", "洪泽区 2022 report is not in the corpus", u + "year not held"),
        U("zh", "涧西区政府办2021年新收了几件申请？", "涧西区 2021 report is not in the corpus", u + "year not held"),
        U("zh", "上海市科委2024年答复一件信息公开申请平均要几天？", "response times are not stated",
          u + "response time"),
        U("zh", "淮安2024年政府信息公开工作花了多少经费？", "costs are not stated", u + "cost"),
        U("zh", "沭阳县2025年专门负责信息公开的工作人员有几个？", "staff numbers are not stated", u + "staff"),
        U("zh", "上海市府办2025年市政府公文主动公开率是多少？",
          "the 2025 report states no disclosure rate of documents (only the 2019 report does)",
          u + "percentage not stated in that year"),
        U("zh", "洪泽区2023年政府网站一年的访问量是多少？", "website visits are not stated", u + "figure not stated"),
        U("zh", "淮安市2024年的信息公开申请里，涉及征地拆迁的有多少件？", NH + " (topic)", u + "topic breakdown"),
        U("zh", "沭阳县2025年哪个乡镇收到的信息公开申请最多？", NH + " (township)", u + "township breakdown"),
        U("zh", "上海市科委2024年的申请是网上、信函还是当面提交的，各有多少？", NH + " (channel)",
          u + "channel breakdown"),
        U("zh", "清江浦区2024年政府信息公开年报里予以公开多少件？", "清江浦区 is not in the corpus",
          u + "body not held"),
        U("zh", "上海市浦东新区2019年依申请公开收到多少件？", "浦东新区 is not in the corpus", u + "body not held"),
        U("zh", "涧西区2020年那两件结转下年度的申请，后来是怎么处理的？",
          "the outcome belongs to the 2021 report, which is not in the corpus", u + "later outcome"),
        U("zh", "上海市府办2022年的依申请公开结转下年度是多少？",
          "上海市人民政府办公厅 2022 report is not in the corpus", u + "year not held"),
        U("zh", "淮安市2024年申请人里60岁以上的老人有多少？", NH + " (age)", u + "age breakdown"),
        U("zh", "洪泽区2024年关停了几个政务新媒体账号？",
          "005 mentions closing accounts but gives no number", u + "figure not stated"),
        U("zh", "沭阳县2025年交了380元信息处理费的那位申请人是谁，要的是什么信息？",
          "personal data; the report names only the department (民政局)", u + "personal data"),
        U("zh", "上海市科委2024年那件行政复议是谁申请的、针对哪条信息？",
          "the applicant and the information are not stated", u + "personal data / not stated"),
        # ---------------- en
        U("en", "What share of Huai'an's 2024 disclosure applicants were women?", NH + " (sex)",
          u + "sex breakdown"),
        U("en", "How long, on average, did Shuyang County take to answer a disclosure request in 2025?",
          "response times are not stated", u + "response time"),
        U("en", "Why did requests to Hongze District rise so sharply between 2023 and 2024?",
          "the reports give no cause", u + "reason not stated"),
        U("en", "How many disclosure requests per 10,000 residents did Huai'an receive in 2024?",
          "population is not in the report; no per-capita rate is stated", u + "per-capita rate"),
        U("en", "What did the Suzhou municipal government report for new disclosure requests in 2024?",
          "苏州市 is not in the corpus", u + "body not held"),
        U("en", "How many disclosure requests did the Jiangsu provincial government's general office "
          "get in 2024?", "江苏省人民政府办公厅 is not in the corpus", u + "body not held"),
        U("en", "Can you give me Shuyang County's request numbers for 2024?",
          "沭阳县 2024 report is not in the corpus", u + "year not held"),
        U("en", "How many new requests did STCSM receive in 2023?",
          "上海市科学技术委员会 2023 report is not in the corpus", u + "year not held"),
        U("en", "What did the Shanghai general office report for reconsideration cases in 2022?",
          "上海市人民政府办公厅 2022 report is not in the corpus", u + "year not held"),
        U("en", "How many staff work on information disclosure in the Huai'an municipal government "
          "office, per its 2024 report?", "staff numbers are not stated", u + "staff"),
        U("en", "In 2025, which Shanghai district sent the most disclosure requests to the "
          "municipal general office?", NH + " (district)", u + "district breakdown"),
        U("en", "What percentage of Hongze's 2024 requests were answered within 10 working days?",
          "no such percentage is stated or printed", u + "percentage not stated"),
        U("en", "Of the requests Huai'an withheld in 2024, how many did applicants later take to court?",
          "the tables do not link outcomes to appeals", u + "cross-table breakdown not printed"),
        U("en", "How much did running its new-media accounts cost Shuyang County in 2025?",
          "costs are not stated", u + "cost"),
        U("en", "What satisfaction rate did applicants give the Jianxi District government office in 2020?",
          "no satisfaction rate is stated", u + "percentage not stated"),
        U("en", "Which topics - housing, land, environment - dominated the requests the Shanghai "
          "general office received in 2019?", NH + " (topic)", u + "topic breakdown"),
        U("en", "How many requests did the Pudong New Area government receive in 2025?",
          "浦东新区 is not in the corpus", u + "body not held"),
        U("en", "What was the Luoyang municipal government's centralised procurement amount in 2020?",
          "洛阳市 is not in the corpus (only 涧西区政府办)", u + "body not held"),
        U("en", "How many disclosure requests will Huai'an get in 2025?", "forecasts are not in the corpus",
          u + "forecast"),
        U("en", "How many of STCSM's 34 new requests in 2024 arrived by email?", NH + " (channel)",
          u + "channel breakdown"),
        U("en", "In 2023, how many of Hongze District's 21 requests concerned land expropriation?",
          NH + " (topic)", u + "topic breakdown"),
        U("en", "What share of the Shanghai general office's 2025 requests were filed online?",
          NH + " (channel)", u + "percentage not stated"),
        U("en", "How many of Shuyang's 2025 reconsideration cases were brought by companies?",
          "the appeals table has no applicant breakdown", u + "applicant breakdown of appeals"),
        U("en", "Who were the people behind the lawsuits against the Jianxi district office in 2020?",
          "personal data; not stated", u + "personal data"),
        U("en", "What share of Hongze District's 2024 licensing decisions were approvals rather than "
          "refusals?", NH + " (decision outcome)", u + "breakdown not printed"),
        U("en", "How did Huai'an's 2024 disclosure figures compare with Xuzhou's?",
          "徐州市 is not in the corpus", u + "comparison with a body not held"),
    ]


def CONVERSATIONS():
    return plain() + check() + combine() + rank() + followup() + textonly() + neighbour() + cannot()
