"""Question bank of the 122nd blind evaluation set (evals/blind122).

WARNING: holds the text of every test question. As frozen as test.jsonl: do not read while
tuning the engine.

Every number is computed by helpers122 (gold JSON, printed text cells, or sentences cut from the
report text); this file only names bodies, keys, keywords and wordings. Wordings written from
scratch for this set.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib122 as L  # noqa: E402
from helpers122 import (C, E, ED, EN, ER, EU, V, N, U, D, R, F, T, S)  # noqa: E402,F401

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

Z, EN_ = "zh", "en"


def pv(lang, b, keys, q, what="", **kw):
    return V(lang, b, keys, q, "[plain] " + (what or "table value"), **kw)


def tv(lang, b, keys, q, what, **kw):
    return T(lang, b, keys, q, "[neighbour] " + what, **kw)


def sv(lang, b, keys, q, what="sum of the listed cells", **kw):
    return S(lang, b, keys, q, "[combine] " + what, **kw)


def dv(lang, b1, b2, keys, q, what="later year minus earlier year", **kw):
    return D(lang, b1, b2, keys, q, "[combine] " + what, **kw)


def rv(lang, bodies, keys, order, q, what="ranking over gold bodies"):
    return R(lang, bodies, keys, order, q, "[rank] " + what)


def nv(lang, b, kwd, value, unit, q, what="number stated only in the text"):
    return N(lang, b, kwd, value, unit, q, "[textonly] " + what)


def uv(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def fv(lang, turns, what):
    return F(lang, turns, "[followup] " + what)


M = {"unit": "万元"}


def VALUES():
    return [
        # --- 淮安 2024 (gold), rare sub-items named by what happened
        pv(Z, "ha", "r.withheld.state_secret.total", "淮安市2024年 因为涉及国家秘密没给公开的申请有几件", "withheld state secret"),
        pv(EN_, "ha", "r.withheld.prohibited_by_law.total", "Huai'an 2024: how many requests were refused because some law or regulation forbids releasing that info?", "withheld prohibited by law"),
        pv(Z, "ha", "r.withheld.security_stability.total", "淮安24年 怕公开了危及安全稳定所以拒了的 几个", "withheld security/stability"),
        pv(EN_, "ha", "r.withheld.third_party.total", "In 2024 Huaian city govt said no to some requests because releasing would hurt somebody else's rights (third party). number?", "withheld third party"),
        pv(Z, "ha", "r.withheld.internal_affairs.total", "我在写论文，想确认淮安市人民政府2024年报表三里，因为是机关内部人事财务之类的事情而不公开的件数", "withheld internal affairs"),
        pv(EN_, "ha", "r.withheld.process_info.total", "huaian 2024 requests turned down cos the info was only drafts / discussion notes still in process — how many", "withheld process info"),
        pv(Z, "ha", "r.withheld.enforcement_files.total", "淮安市2024 要执法案卷（就是处罚那些卷宗）被拒的有多少", "withheld enforcement files"),
        pv(EN_, "ha", "r.withheld.admin_query.total", "Huai'an 2024 — requests the city treated as asking for records/archive lookups (administrative query type) and so did not disclose. count please", "withheld admin query"),
        pv(Z, "ha", "r.unable.needs_creation.total", "淮安2024年 人家要的东西政府手上没现成的 得重新做才有 这种无法提供的多少件", "unable needs creation"),
        pv(EN_, "ha", "r.unable.unclear.total", "For Huaian in 2024, how many applications could not be answered because the applicant never made clear what they actually wanted, even after being asked?", "unable unclear"),
        pv(Z, "ha", "r.not_processed.petition.total", "12345这边有来电问：淮安市政府2024年 有多少申请其实是来投诉举报信访的 所以没按公开处理", "not processed petition"),
        pv(EN_, "ha", "r.not_processed.duplicate.total", "Huai'an FY2024 (不予处理 - 重复申请): same request sent again, how many ignored?", "not processed duplicate"),
        pv(Z, "ha", "r.not_processed.reconfirm.total", "淮安市人民政府二〇二四年 要求行政机关确认或重新出具已获取信息的 不予处理 是多少件", "not processed reconfirm"),
        pv(EN_, "ha", "r.not_processed.publication.total", "Huaian 2024: requests not handled because the applicant really wanted publications the govt sells/issues publicly (公开出版物). how many?", "not processed publication (0)"),
        pv(Z, "ha", "r.not_processed.excessive.total", "淮安2024 有没有人申请太多太频繁 被认定不合理不予处理的 数字是多少 0也告诉我", "not processed excessive (0)"),
        pv(EN_, "ha", "r.other.overdue_correction.total", "huaian 2024 how many times did the applicant just not fix their form in time after being told to, so it was dropped", "other: overdue correction"),
        pv(Z, "ha", "r.other.overdue_fee.total", "淮安市2024年 叫申请人交信息处理费 结果过期不交的 几件", "other: overdue fee"),
        pv(EN_, "ha", "r.other.other.total", "Huai'an 2024, the catch-all 'other handling' line under 其他处理 (not the correction or fee ones) — total?", "other: other"),
        pv(Z, "ha", "r.received.legal_services", "淮安市 2024年 律师事务所那一类(法律服务机构)新递的申请多少个", "received legal services column"),
        pv(EN_, "ha", "r.received.commercial", "How many new requests came from companies / businesses to Huai'an city govt in 2024?", "received commercial column"),
        pv(Z, "ha", "r.received.other_org", "淮安2024年 既不是企业也不是律所科研的 其他组织 新申请有多少", "received other_org column"),
        pv(EN_, "ha", "r.received.research", "Huai'an in 2024: new applications sent in by research institutes or universities?", "received research column (0)"),
        pv(Z, "ha", "r.received.public_interest", "想问淮安市2024 公益组织(社会公益组织)提出来的新申请数", "received public interest column (0)"),
        pv(EN_, "ha", "a.review.corrected", "Huai'an 2024 admin reconsideration cases where the decision got overturned or fixed — how many?", "review corrected", alt=("结果纠正 64", 64)),
        pv(Z, "ha", "a.review.pending", "淮安市2024年行政复议 到年底还没出结果的 有几个", "review pending", alt=("尚未审结 37", 37)),
        pv(EN_, "ha", "a.litigation_direct.corrected", "Huai'an 2024: people sued straight away without going to reconsideration first, and the court ruled against the govt (corrected) - number?", "direct suit corrected"),
        pv(Z, "ha", "a.litigation_direct.pending", "淮安2024 没复议直接去法院告的 还在审没判的 几件", "direct suit pending"),
        pv(EN_, "ha", "a.litigation_after_review.upheld", "Huaian 2024 — cases where people first did reconsideration, then still went to court, and the court backed the government. how many", "after review upheld"),
        pv(Z, "ha", "a.litigation_after_review.pending", "淮安市政府2024年 复议完了又起诉的案子里 尚未审结的有多少", "after review pending"),
        pv(EN_, "ha", "a.litigation_after_review.other", "Huai'an 2024, lawsuits after reconsideration ending some other way (not upheld, not corrected)?", "after review other"),
        pv(Z, "ha", "r.granted.total", "淮安市2024年全部给公开了的申请一共多少件", "granted total"),
        pv(EN_, "ha", "r.partially_granted.total", "How many Huai'an 2024 requests got only part of what they asked for?", "partially granted"),
        pv(Z, "ha", "r.carried_forward.total", "淮安2024年底没办完 挪到下一年接着办的有多少", "carried forward", alt=("103 件", 103)),
        pv(EN_, "ha", "active.coercion.decisions", "Huai'an 2024: number of administrative coercion / enforcement measures decisions (行政强制)?", "coercion"),
        pv(Z, "ha", "active.normative_docs.repealed", "淮安市2024年 作废掉的规范性文件 多少份", "normative docs repealed"),
        pv(EN_, "ha", "active.fees.amount", "what did Huai'an collect in administrative fees in 2024 (in 10k yuan)?", "fees amount", **M),
        pv(Z, "ha", "active.licensing.decisions", "淮安24年行政许可决定几个啊 急", "licensing"),
        # --- 沭阳 2025 (gold)
        pv(Z, "sy", "r.withheld.internal_affairs.total", "我2024年底帮我妈给沭阳县政府写过申请，被回说是内部事务不公开。想问下2025年全县因为内部事务信息拒掉的一共几件", "withheld internal affairs"),
        pv(EN_, "sy", "r.withheld.security_stability.total", "Shuyang County 2025 - requests refused since disclosure could endanger security or social stability?", "withheld security"),
        pv(Z, "sy", "r.withheld.third_party.total", "沭阳2025 公开了会损害别人合法权益 所以不给 这类多少", "withheld third party"),
        pv(EN_, "sy", "r.withheld.enforcement_files.total", "Shuyang (沭阳县) 2025: how many requests for law-enforcement case files were refused?", "withheld enforcement files"),
        pv(Z, "sy", "r.withheld.admin_query.total", "沭阳县2025年 申请的其实是查询档案之类(行政查询事项)的 不予公开了几件", "withheld admin query"),
        pv(EN_, "sy", "r.withheld.process_info.total", "In 2025, Shuyang refused how many requests because the material was still internal deliberation stuff?", "withheld process info"),
        pv(Z, "sy", "r.unable.not_held.total", "沭阳 2025年 政府说这信息我们这没有 的 一共回了多少个", "unable not held"),
        pv(EN_, "sy", "r.unable.needs_creation.total", "Shuyang 2025: info would have had to be newly compiled, so not provided — count?", "unable needs creation"),
        pv(Z, "sy", "r.not_processed.duplicate.total", "沭阳2025年同一个事反复申请被不予处理的有多少件啊", "not processed duplicate"),
        pv(EN_, "sy", "r.not_processed.duplicate.commercial", "Shuyang 2025, repeat requests from businesses that were not processed — how many?", "duplicate commercial column"),
        pv(Z, "sy", "r.not_processed.petition.total", "沭阳县2025 其实是来告状投诉的申请 没当信息公开办的 几个", "not processed petition"),
        pv(EN_, "sy", "r.other.overdue_fee.total", "Shuyang County in 2025: applicants who were asked to pay the processing fee but never paid on time?", "other overdue fee"),
        pv(Z, "sy", "r.other.overdue_correction.total", "沭阳25年 让补正材料 结果人家过了期限也没补的 多少", "other overdue correction"),
        pv(EN_, "sy", "r.other.other.total", "Shuyang 2025 — requests closed out in some 'other' way (其他 under 其他处理)?", "other other"),
        pv(Z, "sy", "r.received.legal_services", "12345转一个来电：一位律师问沭阳县2025年律所这一类申请人新递的申请有几件", "received legal services"),
        pv(EN_, "sy", "r.received.commercial", "Shuyang 2025: new requests from enterprises (商业企业)?", "received commercial"),
        pv(Z, "sy", "r.partially_granted.legal_services", "沭阳2025 法律服务机构申请的 只公开了一部分的 几件", "partially granted legal services"),
        pv(EN_, "sy", "r.received.natural_person", "How many fresh requests did ordinary individuals file with Shuyang county in 2025 (only the ones newly received in 2025, not those carried over from 2024)?", "received natural person (table)"),
        pv(Z, "sy", "a.review.other", "沭阳县政府2025年的行政复议 结果既不是维持也不是纠正的 其他结果 多少件", "review other"),
        pv(EN_, "sy", "a.review.pending", "Shuyang 2025, reconsideration cases that were not yet decided when the year closed?", "review pending"),
        pv(Z, "sy", "a.litigation_after_review.other", "沭阳2025 复议后起诉的 其他结果那一格是几", "after review other"),
        pv(EN_, "sy", "a.litigation_direct.upheld", "Shuyang County 2025: lawsuits filed directly (no reconsideration first) where the court sided with the government?", "direct upheld"),
        pv(Z, "sy", "a.review.corrected", "沭阳县2025年复议 政府被上级纠错了的有几件", "review corrected"),
        pv(EN_, "sy", "active.normative_docs.in_force", "Shuyang 2025 — normative documents still valid at the end of the year?", "normative in force"),
        pv(Z, "sy", "active.fees.amount", "沭阳2025年 行政事业性收费 收了多少万", "fees", **M),
        pv(EN_, "sy", "active.punishment.decisions", "Hi, I am reporter from a local paper. For Shuyang County year 2025, the number of administrative penalty decision is how much?", "punishment"),
        pv(Z, "sy", "r.carried_over.total", "沭阳县2025年 从上一年接过来还没办完的申请 几件", "carried over"),
        # --- 洪泽 2023 (gold)
        pv(Z, "hz23", "r.withheld.state_secret.total", "我是区里做统计的，核一下：洪泽区2023年报表三 不予公开 属于国家秘密 那格是几", "withheld state secret"),
        pv(EN_, "hz23", "r.unable.needs_creation.total", "Hongze District 2023: requests that needed new documents made up, so not provided?", "needs creation"),
        pv(Z, "hz23", "r.not_processed.petition.total", "洪泽2023 信访投诉性质的申请 没处理的多少", "petition"),
        pv(EN_, "hz23", "r.partially_granted.total", "My friend asked Hongze District for some documents in 2023 and only got half of them back lol. How common was that — how many requests that year got partial disclosure?", "partially granted"),
        pv(Z, "hz23", "a.review.upheld", "洪泽区2023年 复议里 维持原来决定的 几件", "review upheld"),
        pv(EN_, "hz23", "a.litigation_after_review.upheld", "Hongze District in 2023 — suits after reconsideration where the court kept the govt's decision?", "after review upheld"),
        pv(Z, "hz23", "active.licensing.decisions", "洪泽区2023年行政许可 多少个决定 我看表二没看明白", "licensing"),
        pv(EN_, "hz23", "active.normative_docs.repealed", "How many normative documents did Hongze scrap in 2023?", "normative repealed"),
        pv(Z, "hz23", "r.unable.not_held.total", "洪泽2023 政府回复说自己手里没有这信息的 有几个", "not held"),
        # --- 涧西 2020 / 上海市府办 2019 (gold)
        pv(Z, "jx", "active.procurement.projects", "涧西区政府办2020年政府采购 项目数多少", "procurement projects"),
        pv(EN_, "jx", "active.procurement.amount", "Jianxi District office 2020 — how much money was spent on government procurement (总金额)?", "procurement amount", **M),
        pv(Z, "jx", "r.unable.not_held.total", "涧西2020 人家申请了 结果政府那边莫得这个信息 几件嘛", "not held"),
        pv(EN_, "jx", "a.litigation_after_review.total", "Jianxi District 2020 — lawsuits brought after a reconsideration, total?", "after review total"),
        pv(Z, "sh19", "r.not_processed.petition.natural_person", "上海市府办2019年 老百姓个人递的其实是信访举报的申请 不予处理多少", "petition natural person"),
        pv(EN_, "sh19", "r.unable.needs_creation.commercial", "Shanghai General Office 2019: companies asked for stuff that would need to be newly produced — how many such cases?", "needs creation commercial"),
        pv(Z, "sh19", "r.withheld.state_secret.natural_person", "上海市政府办公厅2019 个人申请因为是国家秘密不公开的 几件", "state secret natural person"),
        pv(EN_, "sh19", "r.unable.unclear.natural_person", "Shanghai govt general office, 2019: individuals whose requests were too vague to pin down, even after being asked to clarify?", "unclear natural person"),
        pv(Z, "sh19", "r.not_processed.duplicate.commercial", "上海市府办2019年 企业同一件事又申请一遍 被不予处理的 几件", "duplicate commercial"),
        pv(EN_, "sh19", "active.procurement.projects", "Shanghai General Office 2019 — number of government procurement projects?", "procurement projects"),
        pv(Z, "sh19", "r.withheld.admin_query.commercial", "上海市政府办公厅2019年 企业申请的 按行政查询事项不公开的有几件", "admin query commercial"),
        # --- reports without gold: only verified printed cells
        pv(Z, "sh25", "r.unable.needs_creation.total", "上海市府办2025年 没有现成的、要另外做才有的 无法提供了多少件", "text cell needs creation"),
        pv(EN_, "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025: repeat applications it declined to process?", "text cell duplicate"),
        pv(Z, "sh25", "a.review.pending", "上海市政府办公厅2025 复议还没审完的几件", "text cell review pending"),
        pv(EN_, "sh25", "r.carried_over.legal_services", "Shanghai General Office 2025, requests carried in from the prior year that came from law firms?", "text cell carried over legal services"),
        pv(Z, "kw", "active.normative_docs.issued", "上海科委2024年 新出的规范性文件 几个 谢谢", "text cell normative issued"),
        pv(EN_, "kw", "r.received.commercial", "STCSM 2024 - how many new requests from businesses?", "text cell received commercial"),
        pv(Z, "hz24", "active.coercion.decisions", "洪泽区2024 行政强制決定数", "text cell coercion"),
        pv(EN_, "hz24", "r.unable.not_held.total", "Hongze District 2024: number of replies saying 'we don't have that info'?", "text cell not held"),
    ]


def TRAPS():
    return [
        tv(Z, "ha", "r.carried_over.total", "淮安市2024年 是从2023年留下来、2024年接着办的申请多少件（不是转到2025年的那个）", "carried over vs carried forward", alt=("34 件", 34)),
        tv(EN_, "sy", "r.carried_forward.total", "Shuyang 2025 — requests pushed to the next year to finish, not the ones inherited from before?", "carried forward vs carried over", alt=("结转下一年 31", 31)),
        tv(Z, "ha", "a.litigation_after_review.total", "淮安2024年 先复议了不服再去法院告的 总共几件（不是直接起诉那个）", "after review vs direct"),
        tv(EN_, "sy", "a.litigation_direct.total", "Shuyang County 2025: lawsuits that skipped reconsideration and went straight to court, total count?", "direct vs after review"),
        tv(Z, "ha", "r.unable.needs_creation.total", "淮安市2024 得另外制作才有的 无法提供 几件？别给我不掌握那一格", "needs creation vs not held"),
        tv(EN_, "sy", "r.withheld.process_info.total", "Shuyang 2025: refused as process-stage info (过程性信息) — not the internal-affairs line", "process info vs internal affairs"),
        tv(Z, "ha", "active.normative_docs.repealed", "淮安2024规范性文件 废止了多少 不要现行有效的数", "repealed vs in force"),
        tv(EN_, "ha", "active.regulations.in_force", "Huai'an 2024 municipal rules (规章) currently valid — the in-force count, not the ones issued that year", "in force vs issued"),
        tv(Z, "sy", "r.partially_granted.total", "沭阳2025年只公开了一部分的 多少 注意不是全部公开的", "partial vs granted"),
        tv(EN_, "ha", "a.review.other", "Huaian 2024 reconsiderations with some other outcome — not the corrected ones", "other vs corrected", alt=("其他结果 178", 178)),
        tv(Z, "sh19", "active.procurement.amount", "上海市府办2019年政府采购的总金额（金额 不是项目个数）", "amount vs projects", **M),
        tv(EN_, "sh19", "active.normative_docs.total_published", "Shanghai General Office 2019: total normative docs publicly available overall (对外公开总数), not the newly made ones", "total published vs made"),
        tv(Z, "ha", "r.granted.legal_services", "淮安2024 律所那一列 予以公开的多少 别看成企业那一列", "legal services vs commercial"),
        tv(EN_, "ha", "r.withheld.third_party.natural_person", "huaian 2024 individuals refused because of a third party's rights, not the security one", "third party vs security"),
    ]


def COMBINE():
    return [
        sv(Z, "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"], "淮安市2024年 国家秘密和危及三安全一稳定这两种不公开加起来几件"),
        sv(EN_, "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total", "r.unable.unclear.total"], "Add up Huai'an 2024's three 'could not provide' reasons (don't have it + would need creating + unclear request)."),
        sv(Z, "sy", ["a.review.upheld", "a.review.corrected"], "沭阳2025年复议 维持的加上纠正的 合计"),
        sv(EN_, "sy", ["r.received.commercial", "r.received.legal_services"], "Shuyang 2025: new requests from companies plus law firms, combined?"),
        sv(Z, "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安2024 直接起诉的和复议后起诉的 诉讼一共多少件（表里两块加起来）"),
        sv(EN_, "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023: 'we don't hold it' plus 'would need to make it', together?"),
        sv(Z, "sh19", ["r.received.commercial", "r.received.legal_services", "r.received.other_org"], "上海市府办2019 企业、律所、其他组织三类新申请加一块多少"),
        sv(EN_, "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huaian 2024 total of the three 'other handling' lines (didn't fix in time, didn't pay, other)"),
        sv(Z, "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "沭阳县2025年 三安全一稳定、第三方权益、内部事务、过程性、执法案卷 这五项不公开加总"),
        sv(EN_, "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi District 2020, reconsiderations + direct lawsuits + post-reconsideration lawsuits, all together?"),
        sv(Z, "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "淮安2024年 信访类和重复申请 不予处理的 合起来"),
        sv(EN_, "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Shuyang 2025: didn't correct in time plus didn't pay the fee, sum?"),
        sv(Z, "ha", ["r.received.total", "r.carried_over.total"], "淮安市2024年 新收的加上上年结转的 一共要处理多少申请"),
        sv(EN_, "hz23", ["active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"], "Hongze 2023 — licences + penalties + coercive measures decisions, total?"),
        sv(Z, "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "淮安2024年 不予公开那八小项全部加起来"),
        sv(EN_, "sy", ["a.litigation_after_review.upheld", "a.litigation_after_review.other", "a.litigation_after_review.pending"], "Shuyang 2025 lawsuits after reconsideration: upheld + other + still pending, sum them"),
        dv(Z, "hz23", "hz24", "active.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        dv(EN_, "hz23", "hz24", "active.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024?"),
        dv(Z, "hz23", "hz24", "active.coercion.decisions", "洪泽 行政强制 2023到2024 变化多少"),
        dv(EN_, "hz23", "hz24", "active.normative_docs.in_force", "How did Hongze's count of normative docs still in force move between 2023 and 2024?"),
        dv(Z, "sh19", "sh25", "r.received.total", "上海市府办新收申请 2025年和2019年比 差多少件", alt=("1295 件", 1295)),
        dv(EN_, "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: requests rolled into next year, 2019 vs 2025 — difference?"),
        dv(Z, "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数 2019年到2025年增加了几件"),
        dv(EN_, "sh19", "sh25", "r.received.natural_person", "Shanghai General Office, new requests from individuals: how much higher in 2025 than in 2019?"),
        dv(Z, "sh19", "sh25", "a.litigation_direct.total", "上海市府办 直接起诉的案子 2025年比2019年多几件"),
        dv(EN_, "sh19", "sh25", "r.carried_over.total", "Shanghai General Office — carried in from prior year: 2025 minus 2019?", alt=("含上年结转 189", 189)),
    ]


def RANKS():
    return [
        rv(Z, ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023 三家 谁新收的申请最多"),
        rv(EN_, ["ha", "sy", "sh19"], "a.review.total", "asc", "Among Huai'an 2024, Shuyang 2025 and Shanghai General Office 2019, which had the fewest reconsideration cases?"),
        rv(Z, ["ha", "sy", "hz23", "jx"], "r.unable.not_held.total", "asc", "淮安2024 沭阳2025 洪泽2023 涧西2020 这四个里 回复\"本机关不掌握\"最少的是哪个"),
        rv(EN_, ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "Huai'an 2024 vs Shuyang 2025 vs Shanghai Gen Office 2019 — who pushed the most requests into next year?"),
        rv(Z, ["ha", "sy", "hz23"], "active.punishment.decisions", "desc", "行政处罚决定数 淮安市2024年、沭阳县2025年、洪泽区2023年 哪个最多"),
        rv(EN_, ["ha", "sy", "hz23"], "active.licensing.decisions", "asc", "Smallest number of licensing decisions: Huaian 2024, Shuyang 2025 or Hongze 2023?"),
        rv(Z, ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接起诉的行政诉讼 淮安2024、沭阳2025、上海市府办2019、涧西2020 哪家最多"),
        rv(EN_, ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "Which gave partial disclosure least often: Huai'an (2024), Shuyang (2025), Hongze (2023)?"),
        rv(Z, ["ha", "sy", "hz23"], "active.fees.amount", "desc", "淮安2024、沭阳2025、洪泽2023 行政事业性收费金额谁最高"),
        rv(EN_, ["ha", "sy", "hz23"], "r.not_processed.duplicate.total", "desc", "Repeat applications declined: Huai'an 2024, Shuyang 2025, Hongze 2023 — who had the most?"),
        rv(Z, ["ha", "sy", "jx"], "r.total_processed.total", "asc", "淮安市2024 沭阳县2025 涧西区2020 办理总数最少的是谁"),
        rv(EN_, ["ha", "sy", "hz23"], "a.review.upheld", "desc", "Most reconsideration cases upheld — Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        rv(Z, ["ha", "sy", "hz23", "sh19"], "r.received.commercial", "desc", "企业新申请 淮安2024 沭阳2025 洪泽2023 上海市府办2019 哪个最多"),
    ]


def NARR():
    return [
        nv(Z, "ha", "新闻发布会 12", 12, "场", "淮安市2024年开了几场新闻发布会"),
        nv(EN_, "ha", "人民政府公报》6", 6, "期", "How many editions of its official bulletin did Huai'an put out during 2024?"),
        nv(Z, "ha", "政策解读21", 21, "个", "淮安2024年做了多少个政策解读"),
        nv(EN_, "ha", "95个", 95, "个", "Huaian 2024: how many government social-media / app accounts were being run?"),
        nv(Z, "ha", "4 次", 4, "次", "淮安市2024年 对各县区各部门的信息公开栏目搞了几轮全覆盖检查"),
        nv(EN_, "ha", "3940", 3940, "元", "In 2024, what did Huai'an charge people in total for handling their disclosure requests (yuan)?"),
        nv(Z, "hz23", "1136", 1136, "条", "洪泽区2023年在网站上主动放出来多少条政府信息"),
        nv(EN_, "hz24", "2428", 2428, "条", "Hongze District 2024 — how many items of government info did it post on its website on its own initiative?"),
        nv(Z, "hz24", "常务会议 7期", 7, "期", "洪泽2024年公开了几期政府常务会议"),
        nv(EN_, "hz24", "代表区政府受理", 17, "件", "Per the narrative, how many disclosure requests did the Hongze district office take in on behalf of the district government in 2024?"),
        nv(Z, "sy", "意见征集9", 9, "期", "沭阳县2025年在门户网站上搞了几期征求意见"),
        nv(EN_, "sy", "2606", 2606, "篇", "Shuyang 2025: how many news pieces did its media team gather and write?"),
        nv(Z, "sy", "短视频1113", 1113, "个", "沭阳2025年推了多少个原创短视频"),
        nv(EN_, "sy", "爆款内容52", 52, "条", "How many of Shuyang's 2025 posts went viral?"),
        nv(Z, "sy", "64家", 64, "家", "沭阳2025年 完成了多少家单位的年报公开"),
        nv(EN_, "sy", "催办提示 84", 84, "次", "Shuyang 2025 — how many nudges/reminders to speed up handling were sent out?"),
        nv(Z, "sy", "主动沟通 49", 49, "次", "沭阳县2025 办件之前主动跟申请人沟通了多少次"),
        nv(EN_, "sy", "过期信息697", 697, "条", "In 2025, how many out-of-date items did Shuyang remove from its sites?"),
        nv(Z, "sy", "相关案件 74", 74, "件", "沭阳2025年复议诉讼应诉一共办了多少案件（报告正文里说的）"),
        nv(EN_, "sy", "配套解读 7", 7, "次", "Shuyang 2025: executive meetings that came with simultaneous explainers — how many times?"),
        nv(Z, "kw", "直播 118", 118, "场", "上海科委2024年视频号直播了多少场"),
        nv(EN_, "kw", "原创文章 294", 294, "篇", "STCSM 2024: how many self-written articles on its WeChat account?"),
        nv(Z, "kw", "提案 85", 85, "件", "市科委2024年主办合办的政协提案有多少件"),
        nv(EN_, "kw", "人大代表建议 50", 50, "件", "Shanghai science commission 2024 — number of people's congress deputies' suggestions it handled as lead or co-handler?"),
        nv(Z, "kw", "短视频 584", 584, "条", "上海市科委2024 视频号发了多少条短视频"),
        nv(EN_, "kw", "惠企政策 83", 83, "条", "STCSM 2024: policies for businesses it routinely reported/pushed — how many?"),
        nv(Z, "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年开了几场新闻通气会"),
        nv(EN_, "sh25", "10 个语种", 10, "个", "Per the Shanghai General Office 2025 report, the city's international services portal now comes in how many languages?"),
        nv(Z, "sh25", "人民政府公报》24", 24, "期", "上海市政府办公厅2025年编了几期市政府公报"),
        nv(EN_, "sh25", "主动撤回 157", 157, "件", "Shanghai General Office 2025: how many applicants pulled their own requests back?"),
        nv(Z, "sh25", "13528", 13528, "条", "上海市府办2025 外文网站一共发了多少条信息"),
        nv(EN_, "sh25", "发布审查 330", 330, "件", "In 2025 how many release reviews (发布审查) did the Shanghai General Office carry out?"),
        nv(Z, "sh19", "38次", 38, "次", "上海市府办2019年对常务会议重要议题权威发布了多少次"),
        nv(EN_, "sh19", "政策解读共132", 132, "件", "Shanghai General Office 2019 — how many policy explainers went up on the portal?"),
        nv(Z, "sh19", "70家", 70, "家", "2019年上海市府办每季度检查的正常运行政府网站有几家"),
        nv(EN_, "sh19", "90.2%", 90.2, "%", "What share of municipal documents reviewed were made public proactively by Shanghai in 2019?"),
        nv(Z, "jx", "601项", 601, "项", "涧西区2020年梳理出多少项事项"),
        nv(EN_, "jx", "办结率88.2%", 88.2, "%", "Jianxi District 2020: what proportion of requests were closed by year end?"),
        nv(Z, "sh19", "53个部门", 53, "个", "上海2019年统一受理平台接进来了多少个部门"),
    ]


def CANNOT():
    return [
        uv(Z, "淮安市2024年申请信息公开的人里 男的女的各多少", "sex breakdown not reported"),
        uv(EN_, "Huai'an 2024 — what was the average age of people filing disclosure requests?", "age not reported"),
        uv(Z, "沭阳县2025年 哪个月申请最多", "month breakdown not reported"),
        uv(EN_, "how many Shuyang 2025 requests came in by email vs by post?", "channel breakdown not reported"),
        uv(Z, "洪泽区2022年收到多少信息公开申请", "year not in corpus"),
        uv(EN_, "Nanjing city 2024 disclosure requests received?", "body not in corpus"),
        uv(Z, "宿迁市政府2025年行政复议多少件", "body not in corpus"),
        uv(EN_, "Forecast: how many requests will Huaian get in 2026?", "forecast"),
        uv(Z, "你觉得沭阳县2025年信息公开工作做得好不好", "opinion"),
        uv(EN_, "I applied to Shuyang County in 2025 about my house demolition file — was my request granted?", "one person's own case"),
        uv(Z, "帮我查下2024年给淮安市政府申请公开的张某某的电话和住址", "personal data"),
        uv(EN_, "Huai'an 2024: how many requests were about land acquisition specifically?", "topic breakdown not reported"),
        uv(Z, "淮安2024年 清江浦区收了多少申请", "district breakdown not reported / body not held"),
        uv(EN_, "Pudong New Area 2024 annual disclosure report — requests received?", "body not in corpus"),
        uv(Z, "上海科委2023年新收申请几件", "year not in corpus"),
        uv(EN_, "How many staff work on information disclosure at Huai'an city govt in 2024?", "staff not reported"),
        uv(Z, "沭阳2025年办一件申请平均要几天", "response time not reported"),
        uv(EN_, "Shanghai General Office 2025: how much did its disclosure work cost in total?", "cost not reported"),
        uv(Z, "涧西区2021年的依申请公开数是多少", "year not in corpus"),
        uv(EN_, "Which department inside Shuyang County received the most requests in 2025?", "department breakdown not reported"),
        uv(Z, "我表哥2024年在淮安告政府信息公开的那个官司赢了没", "one person's own case"),
        uv(EN_, "Hongze 2023 requests by applicant's hometown / residence?", "residence breakdown not reported"),
        uv(Z, "上海市府办2022年受理了多少申请", "year not in corpus"),
        uv(EN_, "Huaian 2024 — how many requests came in during Q3?", "quarter breakdown not reported"),
        uv(Z, "沭阳县2025年企业申请里 是哪些行业的", "industry breakdown not reported"),
        uv(EN_, "Will Shuyang charge more processing fees in 2026 than in 2025?", "forecast"),
        uv(Z, "洪泽区2023年信息公开工作人员工资多少", "staff pay not reported"),
        uv(EN_, "In your view is Shanghai's 2025 disclosure report better than its 2019 one?", "opinion"),
        uv(Z, "淮安2024年被拒的那些申请人叫什么名字", "personal data"),
        uv(EN_, "Jianxi District 2020: how many requests were filed by people over 60?", "age not reported"),
        uv(Z, "上海科委2024年的申请里 有几个是外国人提的", "nationality breakdown not reported"),
        uv(EN_, "How many requests did Huai'an get by phone in 2024?", "channel breakdown not reported"),
        uv(Z, "2024年南京市政府信息公开申请数", "body not in corpus"),
        uv(EN_, "Shuyang County 2024 total disclosure requests?", "year not in corpus"),
        uv(Z, "洪泽区2024年那95件申请 为啥比2023年多这么多 原因是啥", "reason not stated"),
        uv(EN_, "Shanghai General Office 2025: requests per township or subdistrict?", "township breakdown not reported"),
        uv(Z, "淮安2024年 女性申请人占比多少", "sex breakdown not reported"),
        uv(EN_, "Huai'an 2027 expected number of reconsideration cases?", "forecast / year not in corpus"),
        uv(Z, "我2025年3月给沭阳县民政局交的那380块钱能退不", "one person's own case"),
    ]


def FOLLOW():
    k = "r.withheld."
    return [
        fv(Z, [("淮安市2024年因为是内部事务信息没给公开的几件", E("ha", k + "internal_affairs.total")),
               ("那沭阳2025年呢", E("sy", k + "internal_affairs.total"))], "switch body"),
        fv(EN_, [("Shuyang 2025 – reconsideration cases where the govt's decision stood?", E("sy", "a.review.upheld")),
                 ("and the ones that got corrected?", E("sy", "a.review.corrected")),
                 ("still pending?", E("sy", "a.review.pending"))], "switch column of review"),
        fv(Z, [("洪泽区2023年 政府说手上没有这个信息的 有几件", E("hz23", "r.unable.not_held.total")),
               ("24年呢", E("hz24", "r.unable.not_held.total"))], "switch year"),
        fv(EN_, [("Huai'an 2024: people who sued directly and lost (govt upheld)?", E("ha", "a.litigation_direct.upheld")),
                 ("and for those who sued only after reconsideration?", E("ha", "a.litigation_after_review.upheld"))], "switch appeals group"),
        fv(Z, [("沭阳县2025年 自然人新收申请多少（表里本年新收那行）", E("sy", "r.received.natural_person")),
               ("律师事务所那一列呢", E("sy", "r.received.legal_services"))], "switch applicant column"),
        fv(EN_, [("Shanghai General Office 2019: new requests received in total?", E("sh19", "r.received.total", alt=("859件", 859))),
                 ("what about 2025?", E("sh25", "r.received.total", alt=("1295 件", 1295)))], "switch year"),
        fv(Z, [("淮安2024 因为申请人要的是执法案卷 不公开的多少", E("ha", k + "enforcement_files.total")),
               ("过程性信息那一项呢", E("ha", k + "process_info.total")),
               ("第三方权益的呢", E("ha", k + "third_party.total"))], "switch withheld sub-item"),
        fv(EN_, [("Hongze 2023 normative documents scrapped?", E("hz23", "active.normative_docs.repealed")),
                 ("and how many still valid?", E("hz23", "active.normative_docs.in_force"))], "switch column"),
        fv(Z, [("上海市府办2025年 复议一共多少件", E("sh25", "a.review.total")),
               ("直接起诉的呢", E("sh25", "a.litigation_direct.total")),
               ("复议后再起诉的呢", E("sh25", "a.litigation_after_review.total"))], "switch appeals group"),
        fv(EN_, [("Shuyang County 2025 – requests dropped because the applicant never fixed the paperwork in time?", E("sy", "r.other.overdue_correction.total")),
                 ("Huai'an 2024 same thing?", E("ha", "r.other.overdue_correction.total"))], "switch body"),
        fv(Z, [("淮安市2024年 新收申请里企业的有多少", E("ha", "r.received.commercial")),
               ("其中企业被全部公开的呢", E("ha", "r.granted.commercial")),
               ("部分公开的呢", E("ha", "r.partially_granted.commercial"))], "switch row within column"),
        fv(EN_, [("Jianxi District 2020: requests carried forward to next year?", E("jx", "r.carried_forward.total")),
                 ("Shanghai General Office 2019 for the same line?", E("sh19", "r.carried_forward.total", alt=("72件申请", 72)))], "switch body"),
        fv(Z, [("沭阳2025年 信访投诉类被不予处理的多少件", E("sy", "r.not_processed.petition.total")),
               ("重复申请的呢", E("sy", "r.not_processed.duplicate.total"))], "switch not-processed sub-item"),
        fv(EN_, [("STCSM 2024 licensing decisions?", E("kw", "active.licensing.decisions")),
                 ("penalties?", E("kw", "active.punishment.decisions"))], "switch row (text cells)"),
        fv(Z, [("淮安2024年 行政复议总数", E("ha", "a.review.total", alt=("行政复议 351", 351))),
               ("其中维持的", E("ha", "a.review.upheld", alt=("结果维持 72", 72)))], "switch column"),
        fv(EN_, [("Huai'an 2024: requests where the applicant wouldn't pay the fee in time?", E("ha", "r.other.overdue_fee.total")),
                 ("and Shuyang 2025?", E("sy", "r.other.overdue_fee.total"))], "switch body"),
        fv(Z, [("洪泽区2024年 行政处罚决定多少", E("hz24", "active.punishment.decisions")),
               ("2023年呢", E("hz23", "active.punishment.decisions"))], "switch year"),
        fv(EN_, [("Shanghai General Office 2025 — 'we don't hold this info' replies?", E("sh25", "r.unable.not_held.total")),
                 ("and the 'would have to create it' replies?", E("sh25", "r.unable.needs_creation.total"))], "switch unable sub-item"),
        fv(Z, [("淮安市2024 复议后又起诉的案子里 法院纠正政府的几件", E("ha", "a.litigation_after_review.corrected")),
               ("直接起诉的纠正了几件", E("ha", "a.litigation_direct.corrected"))], "switch appeals group"),
        fv(EN_, [("Huai'an 2024 administrative penalty decisions?", E("ha", "active.punishment.decisions")),
                 ("Shuyang 2025?", E("sy", "active.punishment.decisions")),
                 ("Hongze 2023?", E("hz23", "active.punishment.decisions"))], "switch body"),
        fv(Z, [("上海科委2024年新收申请一共多少", E("kw", "r.received.total")),
               ("自然人的呢", E("kw", "r.received.natural_person"))], "switch column (text cells)"),
        fv(EN_, [("Shuyang 2025: how many requests were refused as admin query matters (行政查询事项)?", E("sy", k + "admin_query.total")),
                 ("Huai'an 2024 for that?", E("ha", k + "admin_query.total"))], "switch body"),
        fv(Z, [("淮安2024年 法律服务机构 本年新收几件", E("ha", "r.received.legal_services")),
               ("律所那一列办结总数呢", E("ha", "r.total_processed.legal_services"))], "switch row"),
        fv(EN_, [("Hongze District 2023, administrative fees collected (万元)?", E("hz23", "active.fees.amount", **M)),
                 ("2024?", E("hz24", "active.fees.amount", **M))], "switch year"),
        fv(Z, [("上海市政府办公厅2019年 个人申请的 公开出来的有几件（予以公开 自然人那格）", E("sh19", "r.granted.commercial")),
               ("那企业那一格呢", E("sh19", "r.granted.commercial"))], "DROP"),
        fv(EN_, [("Shuyang 2025 — admin coercion decisions?", E("sy", "active.coercion.decisions")),
                 ("licensing decisions?", E("sy", "active.licensing.decisions"))], "switch row"),
        fv(Z, [("沭阳县2025 复议后起诉的 还没判的", E("sy", "a.litigation_after_review.pending")),
               ("淮安2024年的这一格呢", E("ha", "a.litigation_after_review.pending"))], "switch body"),
        fv(EN_, [("Huaian 2024: requests refused as state secrets?", E("ha", k + "state_secret.total")),
                 ("and Hongze 2023?", E("hz23", k + "state_secret.total"))], "switch body"),
        fv(Z, [("涧西区2020年 复议几件", E("jx", "a.review.total")),
               ("没经过复议直接去法院的呢", E("jx", "a.litigation_direct.total"))], "switch appeals group"),
        fv(EN_, [("Shanghai General Office 2019: reconsiderations in total?", E("sh19", "a.review.total", alt=("信息公开类行政复议7件", 7))),
                 ("and lawsuits filed straight in court?", E("sh19", "a.litigation_direct.total", alt=("信息公开类行政复议7件", 9)))], "switch appeals group"),
        fv(Z, [("洪泽2024 规范性文件新制发几件", E("hz24", "active.normative_docs.issued")),
               ("现行有效的呢", E("hz24", "active.normative_docs.in_force"))], "switch column (text cells)"),
        fv(EN_, [("Huai'an 2024 — requests partly released to individuals?", E("ha", "r.partially_granted.natural_person")),
                 ("fully released to individuals?", E("ha", "r.granted.natural_person"))], "switch row"),
        fv(Z, [("沭阳2025年 法律服务机构申请里 全部公开的几件", E("sy", "r.granted.legal_services")),
               ("那只公开一部分的呢", E("sy", "r.partially_granted.legal_services"))], "switch row"),
        fv(EN_, [("Hongze 2023 — requests refused because they were process-stage material?", E("hz23", k + "process_info.total")),
                 ("and for law-enforcement case files?", E("hz23", k + "enforcement_files.total"))], "switch withheld sub-item"),
        fv(Z, [("淮安市2024年 申请内容不明确 没法提供的几件", E("ha", "r.unable.unclear.total")),
               ("上海市府办2019年自然人这一格呢", E("sh19", "r.unable.unclear.natural_person"))], "switch body"),
        fv(EN_, [("STCSM 2024, requests carried over from the previous year?", E("kw", "r.carried_over.total")),
                 ("and Shanghai General Office 2025?", E("sh25", "r.carried_over.total", alt=("含上年结转 189", 189)))], "switch body"),
        fv(Z, [("沭阳县2025年 规范性文件废止几件", E("sy", "active.normative_docs.repealed")),
               ("新制发的呢", E("sy", "active.normative_docs.issued"))], "switch column"),
        fv(EN_, [("Huai'an 2024 disclosure requests newly filed by ordinary individuals?", E("ha", "r.received.natural_person")),
                 ("and from companies?", E("ha", "r.received.commercial"))], "switch column"),
        fv(Z, [("上海市府办2025年 结转到下年的多少", E("sh25", "r.carried_forward.total")),
               ("2019年呢", E("sh19", "r.carried_forward.total", alt=("72件申请", 72)))], "switch year"),
        fv(EN_, [("Shuyang 2025 — reconsideration cases in total?", E("sy", "a.review.total")),
                 ("Huai'an 2024?", E("ha", "a.review.total", alt=("行政复议 351", 351)))], "switch body"),
    ]


def CONVERSATIONS():
    out = VALUES() + TRAPS() + COMBINE() + RANKS() + NARR() + CANNOT() + FOLLOW()
    return [c for c in out if "DROP" not in c["note"]]
