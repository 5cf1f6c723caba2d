# -*- coding: utf-8 -*-
"""Question bank of the fourteenth blind set (evals/blind14), written from scratch.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here for table cells: helpers14 computes them from gold/*.json or from
the printed rows named in SPECS (the same 42 printed cells blind6 verified). Narrative numbers
are checked against the sentence cut from the report text.
"""
import blindlib14 as L
from helpers14 import (C, D, E, ED, EN, EU, F, N, R, S, T, U, V)

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

P_ = "[plain] "
M_ = "[combine] "
K_ = "[rank] "
FU = "[followup] "
TX = "[textonly] "
NO = "[cannot] "
NB = "[neighbour] "
W = "万元"


def plain():
    z, e = "zh", "en"
    out = [
        # 淮安 2024
        V(z, "ha", "r.granted.total", "淮安市政府2024年依申请公开里头，直接全部公开给申请人的有几件", P_ + "予以公开 总计"),
        V(e, "ha", "r.partially_granted.total", "Huai'an city 2024 — how many requests got only part of the info released (部分公开)?", P_ + "部分公开 总计"),
        V(z, "ha", "r.unable.not_held.total", "我2024年底给淮安市政府写信要一份文件，他们回复说本机关不掌握。想知道2024年全年像这样回“不掌握”的一共多少件？", P_ + "不掌握 总计, story"),
        V(e, "ha", "r.withheld.admin_query.total", "In 2024 how many Huaian applications were refused because they were really just administrative queries rather than info requests", P_ + "行政查询事项 总计"),
        V(z, "ha", "r.not_processed.petition.total", "24年淮安 信访举报投诉那种不予处理的 几件", P_ + "信访举报投诉类 总计, terse"),
        V(e, "ha", "r.received.legal_services", "huaian 2024 law firms requests new how many", P_ + "新收 法律服务机构, terse"),
        V(z, "ha", "active.normative_docs.repealed", "淮安市政府二〇二四年废止了多少件规范性文件？", P_ + "规范性文件 废止"),
        V(e, "ha", "active.coercion.decisions", "How many administrative coercion decisions (行政强制) did Huai'an report for 2024?", P_ + "行政强制 处理决定"),
        V(z, "ha", "active.fees.amount", "淮安2024年行政事业性收费收了多少钱", P_ + "收费金额", unit=W),
        V(e, "ha", "r.other.overdue_correction.total", "Huai'an 2024: applicant was asked to fix/complete the request and never came back — how many such cases?", P_ + "逾期不补正"),
        V(z, "ha", "r.withheld.third_party.total", "你好 我是热线坐席，来电群众问：淮安市政府2024年因为可能损害第三方合法权益而没公开的申请有几件？", P_ + "第三方 总计, operator"),
        V(e, "ha", "a.review.corrected", "For Huai'an in 2024, in how many admin reconsideration cases about disclosure was the government's decision corrected?", P_ + "复议 纠正", alt=("结果纠正", 64)),
        V(z, "ha", "r.received.commercial", "淮安市2024年企业（商业企业）新提交的公开申请有多少", P_ + "新收 商业企业"),
        V(e, "ha", "r.unable.needs_creation.total", "huai an 2024 how many times did they say the info would have to be newly made so cant provide", P_ + "另行制作"),
        V(z, "ha", "a.litigation_direct.total", "淮安市人民政府2024年度 没经过复议直接去法院告的 信息公开官司 多少件", P_ + "直接起诉 总计"),
        V(e, "ha", "r.withheld.state_secret.total", "huaian 2024 state secret refused how many", P_ + "国家秘密"),
        V(z, "ha", "active.licensing.decisions", "我是做营商环境调研的，想引用一下淮安市2024年行政许可的处理决定数量，是多少？", P_ + "行政许可"),
        V(e, "ha", "r.carried_forward.total", "Hi, for the city of Huaian (淮安市人民政府), 2024 report: how many applications were still open and rolled into the next year?", P_ + "结转下年", alt=("顺延到下年度", 103)),
        V(z, "ha", "a.litigation_after_review.total", "淮安24年先复议后起诉的案子 总数", P_ + "复议后起诉 总计"),
        V(e, "ha", "r.other.other.total", "In Huai'an's 2024 report, the catch-all 'other handling' row under 其他处理 — total?", P_ + "其他 总计"),
        # 洪泽 2023
        V(z, "hz23", "r.unable.not_held.total", "洪泽区政府2023年回复不掌握信息的申请有几件", P_ + "不掌握"),
        V(e, "hz23", "r.partially_granted.total", "I run a small citizens' group in Hongze and we keep getting documents with half the pages blacked out. For Hongze District's 2023 report, how many requests ended up only partly disclosed?", P_ + "部分公开"),
        V(z, "hz23", "active.punishment.decisions", "洪泽2023年行政处罚决定做了多少个", P_ + "行政处罚"),
        V(e, "hz23", "active.fees.amount", "How much did Hongze district take in from administrative fees in 2023 (行政事业性收费)?", P_ + "收费金额", unit=W),
        V(z, "hz23", "r.unable.needs_creation.total", "23年洪泽 需要另外制作所以给不了的 有几件", P_ + "另行制作"),
        V(e, "hz23", "active.licensing.decisions", "hongze 2023 licensing decisions number pls", P_ + "行政许可"),
        V(z, "hz23", "a.review.upheld", "洪泽区人民政府2023年信息公开行政复议里结果维持的有几件？", P_ + "复议 维持"),
        V(e, "hz23", "active.coercion.decisions", "Hongze District government, year 2023: number of administrative enforcement (coercion) decisions?", P_ + "行政强制"),
        # 洪泽 2024 (text rows)
        V(z, "hz24", "r.granted.total", "洪泽区2024年表格里予以公开的申请一共多少件", P_ + "予以公开 text row"),
        V(e, "hz24", "active.licensing.decisions", "Hongze 2024 how many licences decided (行政许可)?", P_ + "行政许可 text row"),
        V(z, "hz24", "active.normative_docs.in_force", "洪泽24年现在还有效的规范性文件几件", P_ + "规范性文件 现行有效 text row"),
        V(e, "hz24", "r.unable.not_held.total", "My neighbour asked Hongze District for some land papers in 2024 and was told they don't have them. Out of curiosity, how many requests in 2024 ended with 'not held by this office'?", P_ + "不掌握 text row, story"),
        V(z, "hz24", "active.punishment.decisions", "我在洪泽开小饭馆，2024年被罚过一次款，好奇全区一年下来行政处罚决定一共有多少件，洪泽区政府2024年的年报里怎么写的", P_ + "行政处罚 text row"),
        V(e, "hz24", "appeals.review.total", "Hongze district 2024: total administrative reconsiderations over disclosure?", P_ + "复议 总计 text row"),
        # 沭阳 2025
        V(z, "sy", "r.received.total", "沭阳县2025年表里本年新收的申请是多少（不算上一年结转过来的）", P_ + "新收 总计 (text 749 incl. carried)"),
        V(e, "sy", "r.granted.total", "Shuyang County 2025, fully released requests count?", P_ + "予以公开"),
        V(z, "sy", "r.withheld.internal_affairs.total", "前阵子帮我爸去沭阳县政府要一份会议纪要，人家说这是内部事务信息不能给。我就想看看2025年沭阳因为内部事务信息不公开的一共有多少件", P_ + "内部事务"),
        V(e, "sy", "r.unable.not_held.total", "shuyang 2025 not held by the govt how many", P_ + "不掌握, terse"),
        V(z, "sy", "r.other.other.total", "我是县里做信息公开的，想核对一下：沭阳县2025年报表格“（六）其他处理”下面“3.其他”那一格总计填的是多少？", P_ + "其他 总计, staff numbering"),
        V(e, "sy", "a.review.upheld", "Writing a piece on how often appeals actually succeed in Jiangsu counties. For Shuyang County's 2025 report, in how many disclosure reconsiderations was the original decision upheld?", P_ + "复议 维持"),
        V(z, "sy", "a.review.pending", "沭阳县政府2025年复议还没审结的几件", P_ + "复议 尚未审结"),
        V(e, "sy", "active.normative_docs.in_force", "How many normative documents does Shuyang County list as currently in force for 2025?", P_ + "规范性文件 现行有效"),
        V(z, "sy", "active.coercion.decisions", "2025年沭阳行政强制决定数", P_ + "行政强制"),
        V(e, "sy", "r.not_processed.duplicate.total", "Shuyang, 2025. Repeat applications that were not processed — number?", P_ + "重复申请"),
        V(z, "sy", "r.carried_over.total", "做年报汇总的同事问：沭阳县人民政府2025年报表格“二、上年结转政府信息公开申请数量”那一行的总计是多少件", P_ + "上年结转"),
        V(e, "sy", "r.other.overdue_fee.total", "In 2025 how many Shuyang applicants didnt pay the fee in time so the request was dropped", P_ + "逾期未缴费"),
        V(z, "sy", "r.received.legal_services", "沭阳25年律所提的新申请", P_ + "新收 法律服务机构, terse"),
        V(e, "sy", "a.litigation_after_review.total", "Shuyang County 2025 lawsuits filed after a reconsideration — total?", P_ + "复议后起诉"),
        V(z, "sy", "r.withheld.admin_query.total", "沭阳2025 属于行政查询事项不予公开的", P_ + "行政查询事项"),
        # 上海 2019
        V(z, "sh19", "r.received.commercial", "您好，这里是12345热线，有位企业主来电说想了解上海市政府办公厅2019年一共收到商业企业新提交的信息公开申请几件，麻烦查一下", P_ + "新收 商业企业"),
        V(e, "sh19", "r.carried_forward.total", "Shanghai General Office 2019: how many requests carried into the next year?", P_ + "结转下年"),
        V(z, "sh19", "active.regulations.total_published", "上海市府办2019年对外公开的规章总数是多少", P_ + "规章 对外公开总数"),
        V(e, "sh19", "active.procurement.projects", "How many government procurement projects did the Shanghai municipal government general office report for 2019?", P_ + "采购项目数"),
        V(z, "sh19", "r.unable.unclear.natural_person", "2019年上海市政府办公厅 个人申请里因为申请内容不明确给不了的 有几件", P_ + "内容不明确 自然人"),
        V(e, "sh19", "r.not_processed.petition.natural_person", "Shanghai gov general office, 2019, private individuals whose requests were really complaints/petitions and so not processed?", P_ + "信访 自然人"),
        V(z, "sh19", "active.normative_docs.total_published", "上海市政府办公厅2019年规范性文件对外公开总数", P_ + "规范性文件 对外公开总数"),
        V(e, "sh19", "r.withheld.state_secret.natural_person", "shanghai 2019 individuals refused for state secret", P_ + "国家秘密 自然人"),
        V(z, "sh19", "r.unable.needs_creation.natural_person", "我是记者，在写一篇关于“申请的信息政府说要另行制作”的稿子。上海市政府办公厅2019年个人申请中这种情况有多少件？", P_ + "另行制作 自然人, journalist"),
        V(e, "sh19", "r.withheld.admin_query.natural_person", "Shanghai General Office FY2019 — individuals told their request was an administrative inquiry, so not disclosed?", P_ + "行政查询事项 自然人"),
        # 涧西 2020
        V(z, "jx", "r.granted.total", "涧西区政府办2020年予以公开的申请有多少", P_ + "予以公开"),
        V(e, "jx", "active.procurement.amount", "Jianxi District office 2020 procurement total amount?", P_ + "采购金额", unit=W),
        V(z, "jx", "r.unable.not_held.total", "涧西区2020 不掌握的几件", P_ + "不掌握, terse"),
        V(e, "jx", "active.normative_docs.made", "Our law class is comparing district offices. The Jianxi district government office (涧西区政府办) — how many normative documents did it newly make in 2020?", P_ + "规范性文件 制作"),
        V(z, "jx", "a.review.total", "涧西区人民政府办公室2020年因为信息公开被申请行政复议几次", P_ + "复议 总计"),
        # 上海科委 2024 (text rows)
        V(e, "kw", "active.licensing.decisions", "STCSM (Shanghai science commission) 2024 — administrative licensing decisions?", P_ + "行政许可 text row"),
        V(z, "kw", "active.normative_docs.in_force", "市科委2024年现行有效规范性文件数量", P_ + "现行有效 text row"),
        V(e, "kw", "r.total_processed.total", "Shanghai Science and Technology Commission 2024: total requests handled (办理结果总计)?", P_ + "办理总计 text row"),
        V(z, "kw", "r.received.natural_person", "上海科委24年个人新提的公开申请多少件", P_ + "新收 自然人 text row"),
        # 上海 2025 (text rows)
        V(e, "sh25", "r.unable.not_held.total", "A caller on our help line says the Shanghai General Office told her in 2025 that it simply doesn't hold the record she wanted. She asks how common that is — how many requests in 2025 got that answer?", P_ + "不掌握 text row"),
        V(z, "sh25", "r.not_processed.petition.total", "上海市政府办公厅2025年信访举报投诉类不予处理的申请", P_ + "信访 text row"),
        V(e, "sh25", "r.carried_forward.total", "shanghai govt office 2025 carried to next year?", P_ + "结转下年 text row"),
        V(z, "sh25", "appeals.review.total", "上海市府办2025年信息公开行政复议总数（表里的数）", P_ + "复议 总计 text row"),
        V(e, "sh25", "r.unable.needs_creation.total", "In 2025, how many times did the Shanghai government general office say the info would need to be newly produced?", P_ + "另行制作 text row"),
        V(z, "sh25", "r.received.commercial", "二〇二五年上海市政府办公厅收到的企业新申请有几件", P_ + "新收 商业企业 text row"),
        V(e, "sh25", "appeals.litigation_direct.pending", "Shanghai General Office 2025, direct lawsuits still pending (尚未审结)?", P_ + "直接起诉 未审结 text row"),
        V(z, "sh25", "r.not_processed.duplicate.total", "上海市府办2025 重复申请的有几件", P_ + "重复申请 text row"),
        # more gold plain
        V(e, "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: requests refused because laws or regulations forbid disclosure?", P_ + "法律法规禁止"),
        V(z, "ha", "r.granted.natural_person", "淮安2024年老百姓个人申请里直接公开了的 多少", P_ + "予以公开 自然人"),
        V(e, "sy", "r.partially_granted.total", "shuyang county 2025 partial disclosure (部分公开) total", P_ + "部分公开"),
        V(z, "sy", "active.licensing.decisions", "沭阳县2025年行政许可处理决定多少个", P_ + "行政许可"),
        V(e, "hz23", "r.withheld.process_info.total", "Hongze 2023: refused as process information (过程性信息)?", P_ + "过程性信息"),
        V(z, "sh19", "active.procurement.amount", "上海市政府办公厅2019年政府集中采购金额是多少", P_ + "采购金额", unit=W),
        V(e, "ha", "a.review.pending", "Huaian 2024 reconsiderations not yet concluded?", P_ + "复议 未审结", alt=("尚未审结", 37)),
        V(z, "sy", "r.withheld.enforcement_files.total", "沭阳2025年 行政执法案卷 不予公开 几件", P_ + "行政执法案卷"),
        V(e, "sh19", "r.received.other_org", "Shanghai General Office 2019: new requests from 'other organisations'?", P_ + "新收 其他组织"),
        V(z, "ha", "active.regulations.in_force", "淮安市2024年现行有效的政府规章有几件", P_ + "规章 现行有效"),
        V(e, "sy", "active.fees.amount", "Shuyang 2025 administrative fees collected — how much?", P_ + "收费金额", unit=W),
        V(z, "hz24", "active.coercion.decisions", "洪泽区2024年行政强制有多少", P_ + "行政强制 text row"),
    ]
    return out


def combine():
    z, e = "zh", "en"
    return [
        S(z, "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加上部分公开，一共多少件", M_ + "sum 2"),
        S(e, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Huai'an 2024: add up the 'can't provide' cases — not held, would need to be created, and request unclear.", M_ + "sum 3"),
        S(z, "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳2025年复议、直接起诉、复议后起诉加在一起总共多少件", M_ + "sum 3 appeals"),
        S(e, "sy", ["r.granted.total", "r.partially_granted.total"], "shuyang 2025 full + partial disclosure together?", M_ + "sum 2"),
        S(z, "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年个人新申请和上年结转的个人申请加起来多少", M_ + "sum 2"),
        S(e, "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019, reconsiderations plus direct lawsuits combined?", M_ + "sum 2"),
        S(z, "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年因为国家秘密、过程性信息、执法案卷不公开的，合计几件", M_ + "sum 3"),
        S(e, "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Hongze 2023 — licensing, penalty and coercion decisions added together?", M_ + "sum 3"),
        S(z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "淮安2024年 国家秘密、法律禁止、危及三安全一稳定、第三方权益、内部事务 这五种不公开加一块多少", M_ + "sum 5"),
        S(e, "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi 2020: released requests plus 'not held' ones, total?", M_ + "sum 2"),
        S(z, "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "上海市政府办公厅2025年 不掌握 和 需要另行制作 两项加起来", M_ + "sum 2 text rows"),
        S(e, "sh25", ["appeals.review.total", "appeals.litigation_direct.total", "appeals.litigation_after_review.total"], "Shanghai General Office 2025: reconsiderations + direct suits + suits after reconsideration, all together (table figures)?", M_ + "sum 3 text rows"),
        S(z, "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安市2024年复议、直接诉讼、复议后诉讼里面 结果维持的 一共几件", M_ + "sum 3 upheld"),
        S(e, "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Shuyang 2025 — add up all eight 'not disclosed' reasons (不予公开 1-8).", M_ + "sum 8"),
        S(z, "kw", ["requests.received.total", "requests.carried_over.total"], "市科委2024年新收的和上年结转的申请加一起多少件", M_ + "sum 2 text rows", alt=None),
        S(e, "hz24", ["active.licensing.decisions", "active.punishment.decisions"], "Hongze 2024 licences plus penalties, how many decisions in total?", M_ + "sum 2 text rows"),
        D(z, "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了多少？", M_ + "difference"),
        D(e, "hz23", "hz24", "active.punishment.decisions", "Hongze penalty decisions: change from 2023 to 2024?", M_ + "difference (negative)"),
        D(z, "hz23", "hz24", "r.unable.not_held.total", "洪泽 不掌握信息的申请 23年到24年 增加了几件", M_ + "difference"),
        D(e, "hz23", "hz24", "active.coercion.decisions", "By how much did Hongze's coercion decisions change between 2023 and 2024?", M_ + "difference"),
        D(z, "hz23", "hz24", "active.fees.amount", "洪泽区行政事业性收费2024年和2023年比差多少", M_ + "difference money", unit=W),
        D(e, "sh19", "sh25", "requests.received.total", "Shanghai General Office new requests, 2019 vs 2025 — how much higher in 2025?", M_ + "difference"),
        D(z, "sh19", "sh25", "requests.carried_forward.total", "上海市府办结转下年度的申请，2025年比2019年多多少", M_ + "difference"),
        D(e, "sh19", "sh25", "requests.received.natural_person", "shanghai general office individuals new requests 2019->2025 increase?", M_ + "difference"),
        D(z, "sh19", "sh25", "appeals.review.total", "上海市政府办公厅信息公开行政复议总数，2019年到2025年增加了多少（按表里数字）", M_ + "difference"),
        D(e, "sh19", "sh25", "requests.received.commercial", "Shanghai General Office, new requests from businesses: 2025 minus 2019?", M_ + "difference"),
    ]


G5 = ["ha", "hz23", "sy", "sh19", "jx"]


def rank():
    z, e = "zh", "en"
    return [
        R(z, ["ha", "sy", "jx"], "r.received.total", "desc", "淮安市2024、沭阳县2025、涧西区2020，哪家新收申请最多？", K_ + "desc"),
        R(e, ["hz23", "sy", "sh19"], "r.carried_forward.total", "asc", "Of Hongze 2023, Shuyang 2025 and Shanghai General Office 2019, which carried the fewest requests into the next year?", K_ + "asc"),
        R(z, ["ha", "sy", "sh19", "hz23"], "r.unable.not_held.natural_person", "desc", "个人申请被回“不掌握”的：淮安2024、沭阳2025、上海市府办2019、洪泽2023，谁最多", K_ + "desc"),
        R(e, ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "direct lawsuits: huaian 2024 / shuyang 2025 / shanghai general office 2019 — lowest?", K_ + "asc"),
        R(z, ["sy", "sh19", "jx"], "r.total_processed.total", "asc", "沭阳县2025年、上海市政府办公厅2019年、涧西区2020年，办理总数最少的是哪个", K_ + "asc"),
        R(e, ["ha", "hz23", "sy"], "r.partially_granted.natural_person", "desc", "Which had the most partial disclosures to individuals: Huai'an 2024, Hongze 2023 or Shuyang 2025?", K_ + "desc"),
        R(z, ["ha", "sy", "sh19", "jx"], "r.received.natural_person", "asc", "自然人新收申请 淮安24年 沭阳25年 上海市府办19年 涧西20年 哪个最少", K_ + "asc"),
        R(e, ["hz23", "sy", "jx"], "r.received.total", "desc", "Rank Hongze 2023, Shuyang 2025 and Jianxi 2020 by new requests — who's on top?", K_ + "desc"),
        R(z, ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "淮安市2024 沭阳县2025 上海市府办2019 结转下年最多的是", K_ + "desc"),
        R(e, ["ha", "sy", "hz23"], "r.unable.needs_creation.total", "asc", "Needs-to-be-created refusals: Huai'an 2024, Shuyang 2025, Hongze 2023 — which is smallest?", K_ + "asc"),
        R(z, ["ha", "sy", "sh19"], "r.received.commercial", "desc", "企业新提交申请：淮安市政府2024年、沭阳县政府2025年、上海市政府办公厅2019年，哪家最多？", K_ + "desc"),
        R(e, ["ha", "hz23", "sy", "sh19"], "r.total_processed.total", "desc", "biggest total handled among huaian 2024, hongze 2023, shuyang 2025, shanghai GO 2019?", K_ + "desc"),
        R(z, ["hz23", "sy", "jx"], "r.unable.not_held.total", "asc", "洪泽2023年、沭阳2025年、涧西2020年 不掌握信息 哪个最少", K_ + "asc"),
    ]


def followup():
    z, e = "zh", "en"
    out = [
        F(z, [("淮安市2024年新收申请里自然人的有多少", E("ha", "r.received.natural_person")),
              ("那沭阳县2025年呢", E("sy", "r.received.natural_person"))], FU + "switch body+year"),
        F(e, [("Hongze 2023 licensing decisions?", E("hz23", "active.licensing.decisions")),
              ("and 2024?", E("hz24", "active.licensing.decisions"))], FU + "switch year"),
        F(z, [("上海市政府办公厅2019年结转下年多少件", E("sh19", "r.carried_forward.total")),
              ("25年的呢", E("sh25", "requests.carried_forward.total"))], FU + "switch year"),
        F(e, [("Shuyang 2025 reconsiderations in total?", E("sy", "a.review.total")),
              ("how many of those were upheld", E("sy", "a.review.upheld")),
              ("and corrected?", E("sy", "a.review.corrected"))], FU + "switch outcome"),
        F(z, [("淮安2024年行政复议一共多少件", E("ha", "a.review.total", alt=("政府信息公开行政复议", 351))),
              ("其中维持的？", E("ha", "a.review.upheld", alt=("结果维持", 72))),
              ("直接起诉的总数呢", E("ha", "a.litigation_direct.total"))], FU + "outcome then group"),
        F(e, [("How many requests did Shuyang County grant in full in 2025?", E("sy", "r.granted.total")),
              ("how many of those came from individuals", E("sy", "r.granted.natural_person")),
              ("ok and the total again but for partial", E("sy", "r.partially_granted.total"))], FU + "column then back to total"),
        F(z, [("洪泽区2023年规范性文件现行有效几件", E("hz23", "active.normative_docs.in_force")),
              ("2024年呢", E("hz24", "active.normative_docs.in_force"))], FU + "switch year"),
        F(e, [("Jianxi 2020 how many requests received", E("jx", "r.received.total", alt=("全年共收到依申请公开", 17))),
              ("how many carried forward?", E("jx", "r.carried_forward.total", alt=("在办", 2)))], FU + "switch row"),
        F(z, [("上海市府办2019年新收申请总数", E("sh19", "r.received.total", alt=("共受理政府信息公开申请", 859))),
              ("其中企业的", E("sh19", "r.received.commercial")),
              ("换成2025年企业的呢", E("sh25", "requests.received.commercial"))], FU + "column then year"),
        F(e, [("Huai'an 2024 'not held' total?", E("ha", "r.unable.not_held.total")),
              ("and Shuyang 2025, same row", E("sy", "r.unable.not_held.total"))], FU + "switch body"),
        F(z, [("沭阳县2025年行政处罚决定多少", E("sy", "active.punishment.decisions")),
              ("行政强制呢", E("sy", "active.coercion.decisions"))], FU + "switch row"),
        F(e, [("Shanghai science commission 2024 normative docs issued?", E("kw", "active.normative_docs.issued")),
              ("still in force?", E("kw", "active.normative_docs.in_force"))], FU + "switch column"),
        F(z, [("涧西区2020年复议几件", E("jx", "a.review.total")),
              ("直接起诉呢", E("jx", "a.litigation_direct.total")),
              ("复议后再起诉的", E("jx", "a.litigation_after_review.total"))], FU + "switch group"),
        F(e, [("Hongze District 2024, not-held requests?", E("hz24", "requests.unable.not_held.total")),
              ("and for 2023", E("hz23", "r.unable.not_held.total"))], FU + "switch year back"),
        F(z, [("淮安市2024年商业企业新收几件", E("ha", "r.received.commercial")),
              ("法律服务机构呢", E("ha", "r.received.legal_services")),
              ("那全部加起来的总计是多少", E("ha", "r.received.total", alt=("全市共受理政府信息公开申请", 3119)))], FU + "columns then total"),
        F(e, [("shanghai general office 2025 petition-type not processed?", E("sh25", "requests.not_processed.petition.total")),
              ("duplicates?", E("sh25", "requests.not_processed.duplicate.total"))], FU + "switch row"),
        F(z, [("沭阳2025年上年结转多少件", E("sy", "r.carried_over.total")),
              ("结转到下年的呢", E("sy", "r.carried_forward.total", alt=("结转下一年", 31)))], FU + "switch row"),
        F(e, [("Huai'an 2024 procedural info (过程性信息) refusals?", E("ha", "r.withheld.process_info.total")),
              ("what about Shuyang 2025", E("sy", "r.withheld.process_info.total"))], FU + "switch body"),
        F(z, [("上海市政府办公厅2019年规章制发几件", E("sh19", "active.regulations.made")),
              ("规范性文件呢", E("sh19", "active.normative_docs.made"))], FU + "switch row"),
        F(e, [("Hongze 2023 — administrative fees amount?", E("hz23", "active.fees.amount", unit=W)),
              ("2024 please", E("hz24", "active.fees.amount", unit=W))], FU + "switch year"),
        F(z, [("淮安24年先复议后起诉几件", E("ha", "a.litigation_after_review.total")),
              ("还没审结的有几件", E("ha", "a.litigation_after_review.pending"))], FU + "switch outcome"),
        F(e, [("Shuyang County 2025 handled total (办理结果总计)?", E("sy", "r.total_processed.total", alt=("共办理", 718))),
              ("and Huai'an 2024?", E("ha", "r.total_processed.total", alt=("答复 3050", 3050)))], FU + "switch body"),
        F(z, [("上海科委2024年行政许可多少", E("kw", "active.licensing.decisions")),
              ("行政处罚呢", E("kw", "active.punishment.decisions"))], FU + "switch row"),
        F(e, [("shanghai general office 2025 reconsideration total?", E("sh25", "appeals.review.total")),
              ("how many pending", E("sh25", "appeals.review.pending")),
              ("direct lawsuits total", E("sh25", "appeals.litigation_direct.total"))], FU + "outcome then group"),
        F(z, [("洪泽区2023年自然人新收申请几件", E("hz23", "r.received.natural_person", alt=("全区受理政府信息公开申请", 21))),
              ("沭阳县2025年同一项", E("sy", "r.received.natural_person"))], FU + "switch body"),
        F(e, [("Huai'an 2024 normative documents issued?", E("ha", "active.normative_docs.issued")),
              ("repealed?", E("ha", "active.normative_docs.repealed")),
              ("and in force", E("ha", "active.normative_docs.in_force"))], FU + "switch column x2"),
        F(z, [("沭阳2025 第三方权益不公开几件", E("sy", "r.withheld.third_party.total")),
              ("危及三安全一稳定的呢", E("sy", "r.withheld.security_stability.total"))], FU + "switch row"),
        F(e, [("Shanghai GO 2019 not processed as duplicate, individuals?", E("sh19", "r.not_processed.duplicate.natural_person")),
              ("businesses?", E("sh19", "r.not_processed.duplicate.commercial"))], FU + "switch column"),
        F(z, [("涧西区2020年采购项目几个", E("jx", "active.procurement.projects")),
              ("上海市府办2019年呢", E("sh19", "active.procurement.projects"))], FU + "switch body+year"),
        F(e, [("Huai'an 2024 — how many requests from individuals were handled in total?", E("ha", "r.total_processed.natural_person")),
              ("and from businesses", E("ha", "r.total_processed.commercial"))], FU + "switch column"),
        F(z, [("洪泽区2024年复议几件", E("hz24", "appeals.review.total")),
              ("那直接去法院起诉的呢", E("hz24", "appeals.litigation_direct.total")),
              ("复议后起诉", E("hz24", "appeals.litigation_after_review.total"))], FU + "switch group text rows"),
        F(e, [("STCSM 2024 new requests from companies?", E("kw", "requests.received.commercial")),
              ("from individuals?", E("kw", "requests.received.natural_person"))], FU + "switch column"),
        F(z, [("上海市府办2025年予以公开多少件", E("sh25", "requests.granted.total")),
              ("2019年个人申请予以公开的呢", E("sh19", "r.granted.natural_person"))], FU + "switch year+column"),
        F(e, [("Shuyang 2025, the 'overdue, not corrected' row?", E("sy", "r.other.overdue_correction.total")),
              ("Huai'an 2024 same", E("ha", "r.other.overdue_correction.total"))], FU + "switch body"),
        F(z, [("淮安2024年行政处罚决定数", E("ha", "active.punishment.decisions")),
              ("洪泽区2023年呢", E("hz23", "active.punishment.decisions"))], FU + "switch body"),
        F(e, [("Shanghai General Office 2019 not held — individuals?", E("sh19", "r.unable.not_held.natural_person")),
              ("and for companies", E("sh19", "r.unable.not_held.commercial"))], FU + "switch column"),
        F(z, [("沭阳县2025年规范性文件制发几件", E("sy", "active.normative_docs.issued")),
              ("废止的呢", E("sy", "active.normative_docs.repealed"))], FU + "switch column"),
        F(e, [("Huai'an 2024 direct lawsuits corrected?", E("ha", "a.litigation_direct.corrected")),
              ("and the total of direct lawsuits", E("ha", "a.litigation_direct.total"))], FU + "outcome then back to total"),
    ]
    return out


def textonly():
    z, e = "zh", "en"
    return [
        N(z, "jx", "共21个领域601项事项", 601, "项", "涧西区政府办2020年梳理细化出来的政务公开事项一共多少项", TX + "601 事项"),
        N(e, "jx", "26个试点领域标准指引", 21, "个", "Jianxi 2020: into how many areas (领域) were the standardised disclosure items finally grouped?", TX + "21 领域", frm=None),
        N(z, "ha", "全年组织 4 次", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查", TX + "4 checks"),
        N(e, "ha", "在运维政务新媒体共计", 95, "个", "How many government new-media accounts was Huai'an running in its 2024 report?", TX + "95 new-media"),
        N(z, "ha", "信息处理费 3940", 3940, "元", "淮安2024年收了多少信息处理费（元）", TX + "3940 元"),
        N(e, "ha", "淮安市人民政府公报》6", 6, "期", "How many issues of the Huai'an government gazette came out in 2024?", TX + "6 gazette issues"),
        N(z, "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年政府网站主动公开了多少条信息", TX + "1136 条"),
        N(e, "hz24", "主动发布各类政府信息 2428", 2428, "条", "hongze district 2024 how many items posted on the govt website", TX + "2428 条"),
        N(z, "hz24", "公开政府常务会议 7期", 7, "期", "洪泽区2024年公开了几期政府常务会议", TX + "7 期"),
        N(e, "hz24", "区政府办代表区政府受理", 17, "件", "In its 2024 report Hongze says the district office handled requests on behalf of the district government — how many, per that sentence?", TX + "17 (text, differs from table 95)"),
        N(z, "sy", "全年通过县政府门户网站主动公开政府信息4511", 4511, "条", "沭阳县2025年门户网站主动公开了多少条", TX + "4511"),
        N(e, "sy", "开展意见征集9期", 9, "期", "How many rounds of public consultation did Shuyang run on its portal in 2025?", TX + "9 consultations"),
        N(z, "sy", "催办提示", 84, "次", "沭阳2025年那个倒计时报警器 一年发了多少次催办提示", TX + "84 reminders"),
        N(e, "sy", "失效链接43处", 43, "处", "shuyang 2025 how many broken links were fixed", TX + "43 links"),
        N(z, "sy", "累计清理过期信息697", 697, "条", "沭阳县2025年清理掉多少条过期信息", TX + "697"),
        N(e, "sy", "策采相关新闻稿件2606", 2606, "篇", "How many news pieces did Shuyang's new-media columns put together in 2025?", TX + "2606"),
        N(z, "sy", "年度涌现爆款内容52", 52, "条", "沭阳县2025年爆款内容有多少条", TX + "52 viral"),
        N(e, "sy", "完成全县64家单位", 64, "家", "Shuyang 2025 — annual reports of how many county units were published together?", TX + "64 units"),
        N(z, "sy", "办前主动沟通 49", 49, "次", "我是做县里信访工作的，听说沭阳2025年办理依申请之前会主动跟申请人沟通，一共沟通了几次？", TX + "49 communications"),
        N(e, "sy", "收取信息处理费共计380", 380, "元", "Shuyang County 2025: total information processing fees charged, in yuan?", TX + "380 元"),
        N(z, "kw", "原创文章 294", 294, "篇", "上海科委2024年微信公众号原创文章多少篇", TX + "294"),
        N(e, "kw", "直播 118", 118, "场", "how many livestreams did Shanghai Science & Technology (STCSM) do in 2024", TX + "118 live"),
        N(z, "kw", "日常报送惠企政策 83", 83, "条", "市科委2024年日常报送了多少条惠企政策", TX + "83"),
        N(e, "kw", "短视频 584", 584, "条", "STCSM 2024 short videos published on its video channel?", TX + "584 videos"),
        N(z, "kw", "动态类信息发布 1744", 1744, "条", "上海科技网站2024年动态类信息发了多少条（市科委）", TX + "1744"),
        N(e, "kw", "关注人数达 1016823", 1016823, "人", "How many followers did the Shanghai science commission's WeChat account have in the 2024 report?", TX + "followers"),
        N(z, "sh25", "新闻通气会 19", 19, "场", "上海市政府2025年开了几场新闻通气会（市府办年报）", TX + "19 briefings"),
        N(e, "sh25", "召开市政府新闻发布会 42", 42, "场", "Shanghai General Office 2025: number of municipal press conferences held?", TX + "42 press conf"),
        N(z, "sh25", "人事任免文件 196", 196, "件", "上海市府办2025年主动公开人事任免文件多少件", TX + "196"),
        N(e, "sh25", "目前已覆盖 10 个语种", 10, "个", "In 2025, how many languages did the Shanghai international services portal cover?", TX + "10 languages"),
        N(z, "sh25", "发布审查 330", 330, "件", "上海市政府办公厅2025年完成发布审查多少件", TX + "330"),
        N(e, "sh25", "16 个区全部上线数字公报", 16, "个", "shanghai 2025 how many districts launched digital gazettes", TX + "16 districts"),
        N(z, "sh25", "重点领域 125", 125, "项", "上海市府办2025年推进了多少项重点领域信息公开任务", TX + "125 tasks"),
        N(e, "sh19", "权威发布共计38", 38, "次", "How many times did the Shanghai General Office put out authoritative releases on executive-meeting topics in 2019?", TX + "38 releases"),
        N(z, "sh19", "正常运行状态的70家", 70, "家", "上海市府办2019年每季度检查多少家政府网站", TX + "70 sites"),
        N(e, "sh19", "部门规范性文件45", 45, "件", "Shanghai government gazette 2019: how many departmental normative documents did it carry?", TX + "45"),
        N(z, "sh19", "统一受理平台接入53", 53, "个", "2019年上海一网通办统一受理平台接入了多少个部门", TX + "53 departments"),
        N(e, "sh19", "政策解读83", 83, "件", "shanghai GO 2019 gazette policy interpretations count?", TX + "83 interpretations"),
        N(z, "sy", "政府常务会议同步配套解读 7", 7, "次", "沭阳县2025年政府常务会议同步配套解读做了几次", TX + "7 readings"),
    ]


def cannot():
    z, e = "zh", "en"
    W_ = "the report holds no such breakdown"
    return [
        U(z, "淮安市2024年的信息公开申请，男的女的各占多少？", W_, NO + "sex"),
        U(e, "Huai'an 2024 — how many requests came in during March?", W_, NO + "month"),
        U(z, "沭阳县2025年通过网上提交的申请有多少件，信函的有多少", W_, NO + "channel"),
        U(e, "Shuyang 2025 how many requests were about land expropriation", W_, NO + "topic"),
        U(z, "上海市府办2025年申请里涉及住房的有多少", W_, NO + "topic"),
        U(e, "Which Shanghai department got the most disclosure requests in 2025?", W_, NO + "department"),
        U(z, "洪泽区2023年申请人都是哪个乡镇的，分别多少", W_, NO + "township"),
        U(e, "How many disclosure requests did Nanjing city receive in 2024?", "Nanjing not in the corpus", NO + "body not held"),
        U(z, "宿迁市2025年政府信息公开申请多少件", "宿迁市 not in the corpus", NO + "body not held"),
        U(e, "My cousin said she sent Jianxi District a disclosure request back in 2022. How many new requests did Jianxi get in 2022?", "涧西 2022 not in the corpus", NO + "year not held"),
        U(z, "沭阳县2023年收到多少申请", "沭阳 2023 not in the corpus", NO + "year not held"),
        U(e, "Shanghai science commission 2022 — requests received?", "上海市科委 2022 not held", NO + "year not held"),
        U(z, "淮安市2021年行政复议几件", "淮安 2021 not held", NO + "year not held"),
        U(e, "Will Huai'an get more requests in 2026 than in 2024?", "forecast", NO + "forecast"),
        U(z, "你觉得上海市政府办公厅2025年信息公开做得好不好", "opinion", NO + "opinion"),
        U(e, "Is Shuyang's 2025 disclosure work better than Hongze's 2024? just your opinion", "opinion", NO + "opinion"),
        U(z, "我2024年3月给淮安市政府申请公开拆迁补偿的文件，到现在还没回，我的申请是在那103件顺延的里面吗？", "one person's own case", NO + "own case quoting a count"),
        U(e, "I filed a request with Shanghai General Office in 2025 and was told the info isn't held. Am I one of those cases, and can I still appeal?", "own case", NO + "own case"),
        U(z, "我打算去洪泽区政府应聘，想问问洪泽区2024年信息公开工作配了几个专职人员", "staff not stated", NO + "staff"),
        U(e, "What was the average response time for Shuyang County requests in 2025, in days?", "response times not stated", NO + "response time"),
        U(z, "淮安市2024年自然人申请人里60岁以上的多少人", W_, NO + "age"),
        U(e, "Hongze 2023: how many requesters lived outside the district?", W_, NO + "residence"),
        U(z, "上海市府办2019年第二季度收到多少申请", W_, NO + "quarter"),
        U(e, "Shuyang County 2025 — how much did the disclosure office spend on staff and equipment?", "costs not stated", NO + "cost"),
        U(z, "浦东新区2024年政府信息公开申请多少件", "浦东 not in the corpus", NO + "body not held"),
        U(e, "Qingjiangpu district 2024 information requests total?", "清江浦区 not in corpus", NO + "body not held"),
        U(z, "上海市政府办公厅2022年依申请公开数量", "上海市府办 2022 not held", NO + "year not held"),
        U(e, "How many requests did Hongze District receive in 2022?", "洪泽 2022 not held", NO + "year not held"),
        U(z, "涧西区2020年申请里跟教育有关的几件", W_, NO + "topic"),
        U(e, "For Huai'an 2024, how many of the reconsideration cases were brought by companies in the construction industry?", W_, NO + "industry"),
        U(z, "沭阳县2025年那1条播放破亿的视频是谁拍的，讲的啥", "not stated", NO + "viral video author"),
        U(e, "why did Shanghai General Office get so many requests in 2025? what's the reason", "reason not stated", NO + "reason"),
        U(z, "上海科委2024年收到的申请里有多少是外地企业提的", W_, NO + "residence"),
        U(e, "Huai'an 2024: how many requests were submitted in person at the service window?", W_, NO + "channel"),
        U(z, "我叫王某，2025年向沭阳县政府申请了低保名单，是不是表里以内部事务信息为由不公开的那13件之一", "own case", NO + "own case quoting a count"),
        U(e, "Expected number of requests for Shanghai General Office in 2027?", "forecast", NO + "forecast"),
        U(z, "洪泽2024年依申请公开 按月份分别多少件", W_, NO + "month"),
        U(e, "Jianxi 2020 requests per department, please", W_, NO + "department"),
        U(z, "南京市江宁区2023年信息公开年报里复议几件", "江宁区 not in corpus", NO + "body not held"),
    ]


def neighbour():
    z, e = "zh", "en"
    return [
        T(z, "ha", "r.carried_over.total", "淮安2024年从上一年转过来继续办的申请有多少（不是转到下一年的）", NB + "上年结转 vs 结转下年", alt=("含上年度结转申请", 34)),
        T(e, "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits brought AFTER a reconsideration — not the direct ones — total?", NB + "复议后起诉 vs 直接起诉"),
        T(z, "ha", "active.normative_docs.repealed", "淮安市2024年规范性文件里被废止掉的是多少件，不是新制发的", NB + "废止 vs 制发"),
        T(e, "sh19", "r.unable.needs_creation.commercial", "Shanghai General Office 2019, businesses: refused because the info would have to be newly made (not because it isn't held)?", NB + "另行制作 vs 不掌握"),
        T(z, "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不公开的（注意不是内部事务）", NB + "过程性 vs 内部事务"),
        T(e, "kw", "active.normative_docs.in_force", "STCSM 2024 normative documents in force now — not the ones issued during 2024", NB + "现行有效 vs 制发"),
        T(z, "ha", "a.review.other", "淮安市2024年复议结果是“其他结果”的有几件，不是纠正的", NB + "其他结果 vs 纠正", alt=("其他结果", 178)),
        T(e, "jx", "active.procurement.projects", "Jianxi 2020 — number of procurement projects, not the money", NB + "采购项目数 vs 金额"),
        T(z, "sh19", "active.normative_docs.total_published", "上海市府办2019年规范性文件 对外公开总数（不是本年新制作的）", NB + "对外公开总数 vs 新制作"),
        T(e, "ha", "r.partially_granted.total", "huaian 2024 PARTLY released, not fully released, how many", NB + "部分公开 vs 予以公开"),
        T(z, "ha", "r.received.legal_services", "淮安市2024年法律服务机构新提交的申请（不是商业企业）", NB + "法律服务机构 vs 商业企业"),
        T(e, "sy", "r.carried_forward.total", "Shuyang 2025: requests pushed on into the following year (not the ones carried in from the year before)?", NB + "结转下年 vs 上年结转", alt=("结转下一年", 31)),
        T(z, "sh25", "requests.carried_over.natural_person", "上海市政府办公厅2025年 上年结转过来的 个人申请（不是结转下年的）", NB + "上年结转 自然人 text row"),
    ]


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
