"""Question bank of the ninth blind set (evals/blind9). FROZEN like test.jsonl: do not read
while tuning. Written 2026-12-01 by a helper that never saw the engine. Wordings are composed
from voice templates (help-desk, table numbering, journalist, own-request, non-native English,
English with Chinese label, typos/traditional, very short) written for this set. Every number
is computed by helpers9 (gold JSON, verified text cells, sentences cut from the reports)."""
import blindlib9 as L
from helpers9 import C, E, EN, EU, ED, ER, F, V, T, S, N, U, D, R

L.TEXT_SPECS.update({'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}})

ZH = {"ha": ["淮安市政府", "淮安", "淮安市人民政府"], "hz23": ["洪泽区", "洪泽", "洪泽区政府"],
      "hz24": ["洪泽区", "洪泽", "洪泽区政府"], "sy": ["沭阳县", "沭阳", "沭阳县政府"],
      "jx": ["涧西区", "涧西区政府办", "涧西"], "sh19": ["上海市府办", "上海市政府办公厅", "上海市府办"],
      "sh25": ["上海市政府办公厅", "上海市府办", "上海市政府办公厅"], "kw": ["上海市科委", "市科委", "上海科委"]}
EN_ = {"ha": ["Huai'an", "Huaian city govt", "Huai'an municipal government"],
       "hz23": ["Hongze District", "Hongze", "Hongze district gov"], "hz24": ["Hongze District", "Hongze", "Hongze district gov"],
       "sy": ["Shuyang County", "Shuyang", "Shuyang county government"], "jx": ["Jianxi District", "Jianxi", "Jianxi district office"],
       "sh19": ["Shanghai General Office", "the Shanghai govt general office", "Shanghai General Office"],
       "sh25": ["Shanghai General Office", "Shanghai municipal general office", "the Shanghai govt general office"],
       "kw": ["STCSM", "Shanghai science commission", "the Shanghai Science and Technology Commission"]}
YZ = {2019: ["2019年", "19年", "二〇一九年"], 2020: ["2020年", "20年", "二〇二〇年"], 2023: ["2023年", "23年", "二〇二三年"],
      2024: ["2024年", "24年", "二〇二四年"], 2025: ["2025年", "25年", "二〇二五年"]}
YE = {y: ["%d" % y, "FY%d" % y, "in %d" % y] for y in (2019, 2020, 2023, 2024, 2025)}

# key -> (zh plain, zh table numbering, en plain, en with Chinese label)
KP = {
 "r.received.total": ("本年新收的公开申请（不算上年结转）", "表三 一、本年新收申请数量 总计", "new disclosure requests received (not counting carried-over ones)", "new requests (本年新收)"),
 "r.carried_over.total": ("从上一年结转过来的申请", "表三 二、上年结转 总计", "requests carried over from the year before", "carried-over requests (上年结转)"),
 "r.granted.total": ("全部公开答复的申请", "表三 三（一）予以公开 总计", "requests fully granted", "fully disclosed (予以公开)"),
 "r.partially_granted.total": ("只公开了一部分的申请", "表三 三（二）部分公开 总计", "requests granted only partly", "partial disclosure (部分公开)"),
 "r.unable.not_held.total": ("机关说自己没有这条信息的", "表三 三（四）1 本机关不掌握相关政府信息 总计", "requests where the agency said it does not hold the info", "not held (本机关不掌握)"),
 "r.unable.needs_creation.total": ("因为要另外制作信息而没提供的", "表三 三（四）2 没有现成信息需要另行制作 总计", "requests refused because the info would need to be made new", "needs creation (需要另行制作)"),
 "r.withheld.process_info.total": ("以过程性信息为由不公开的", "表三 三（三）6 属于过程性信息 总计", "requests withheld as process information", "process info (过程性信息)"),
 "r.withheld.internal_affairs.total": ("以内部事务信息为由不公开的", "表三 三（三）5 属于内部事务信息 总计", "requests withheld as internal affairs", "internal affairs (内部事务信息)"),
 "r.withheld.admin_query.total": ("被当成行政查询事项不公开的", "表三 三（三）8 属于行政查询事项 总计", "requests turned down as administrative query", "admin query (行政查询事项)"),
 "r.not_processed.petition.total": ("被当作信访举报投诉不予处理的", "表三 三（五）1 信访举报投诉类申请 总计", "requests not processed because they were petitions/complaints", "petition-type (信访举报投诉类)"),
 "r.not_processed.duplicate.total": ("重复申请不予处理的", "表三 三（五）2 重复申请 总计", "duplicate requests not processed", "duplicate (重复申请)"),
 "r.total_processed.total": ("一共办理完的申请", "表三 三（七）总计", "requests handled in total", "total handled (总计)"),
 "r.carried_forward.total": ("转到下一年继续办的申请", "表三 四、结转下年度继续办理 总计", "requests carried forward to next year", "carried forward (结转下年度)"),
 "r.other.other.total": ("其他处理里面的“其他”", "表三 三（六）3 其他 总计", "requests closed under 'other' in other handling", "other handling - other (其他)"),
 "r.other.overdue_correction.total": ("申请人逾期不补正被终止的", "表三 三（六）1 申请人无正当理由逾期不补正 总计", "requests dropped because applicant did not correct in time", "overdue correction (逾期不补正)"),
 "a.review.total": ("政府信息公开行政复议总数", "表四 行政复议 总计", "administrative reconsideration cases", "admin review (行政复议) total"),
 "a.review.upheld": ("行政复议结果维持的", "表四 行政复议 结果维持", "reconsideration cases upheld", "review upheld (维持)"),
 "a.review.corrected": ("行政复议被纠正的", "表四 行政复议 结果纠正", "reconsideration cases corrected", "review corrected (纠正)"),
 "a.review.pending": ("行政复议还没审结的", "表四 行政复议 尚未审结", "reconsideration cases still pending", "review pending (尚未审结)"),
 "a.litigation_direct.total": ("没经过复议直接起诉的", "表四 行政诉讼 未经复议直接起诉 总计", "lawsuits filed directly without review", "direct lawsuits (未经复议直接起诉)"),
 "a.litigation_after_review.total": ("复议以后又去起诉的", "表四 行政诉讼 复议后起诉 总计", "lawsuits after reconsideration", "suits after review (复议后起诉)"),
 "c.licensing.decisions": ("行政许可处理决定", "表二 第二十条第（五）项 行政许可 处理决定数量", "administrative licensing decisions", "licensing decisions (行政许可)"),
 "c.punishment.decisions": ("行政处罚决定", "表二 第二十条第（六）项 行政处罚 处理决定数量", "administrative penalty decisions", "penalty decisions (行政处罚)"),
 "c.coercion.decisions": ("行政强制决定", "表二 第二十条第（六）项 行政强制 处理决定数量", "administrative coercion decisions", "coercion decisions (行政强制)"),
 "c.normative_docs.in_force": ("现在还有效的规范性文件", "表二 第二十条第（一）项 行政规范性文件 现行有效件数", "normative documents still in force", "normative docs in force (现行有效件数)"),
 "c.normative_docs.issued": ("当年新发的规范性文件", "表二 第二十条第（一）项 行政规范性文件 本年制发件数", "normative documents issued that year", "normative docs issued (本年制发件数)"),
 "c.normative_docs.repealed": ("废止掉的规范性文件", "表二 第二十条第（一）项 行政规范性文件 本年废止件数", "normative documents repealed", "normative docs repealed (本年废止件数)"),
 "c.fees.amount": ("行政事业性收费金额（万元）", "表二 第二十条第（八）项 行政事业性收费 金额（万元）", "administrative fees collected, in 10k yuan", "admin fees (行政事业性收费), 万元"),
 "c.procurement.amount": ("政府集中采购金额（万元）", "表二 第二十条第（九）项 政府集中采购 总金额（万元）", "centralized procurement amount in 10k yuan", "procurement amount (采购总金额), 万元"),
 "c.procurement.projects": ("政府集中采购项目数", "表二 第二十条第（九）项 采购项目数量", "number of centralized procurement projects", "procurement projects (采购项目数量)"),
 "c.normative_docs.total_published": ("规范性文件对外公开总数", "表二 第二十条第（一）项 规范性文件 对外公开总数量", "normative documents published in total", "normative docs total published (对外公开总数量)"),
 "c.regulations.in_force": ("现行有效的规章", "表二 第二十条第（一）项 规章 现行有效件数", "regulations currently in force", "regulations in force (规章 现行有效)"),
 "c.regulations.total_published": ("规章对外公开总数", "表二 第二十条第（一）项 规章 对外公开总数量", "regulations published in total", "regulations total published (规章 对外公开总数量)"),
 "r.received.natural_person": ("个人（自然人）本年新提交的申请", "表三 一、本年新收 自然人", "new requests from individuals (excluding carry-over)", "new requests by natural persons (自然人)"),
 "r.received.commercial": ("企业新提交的申请", "表三 一、本年新收 商业企业", "new requests from companies", "new requests by businesses (商业企业)"),
 "r.carried_over.natural_person": ("个人的上年结转申请", "表三 二、上年结转 自然人", "carried-over requests from individuals", "carried over, natural persons (自然人)"),
 "r.carried_over.legal_services": ("律所等法律服务机构的上年结转申请", "表三 二、上年结转 法律服务机构", "carried-over requests from law firms", "carried over, legal services (法律服务机构)"),
 "a.litigation_direct.pending": ("直接起诉还没审结的", "表四 未经复议直接起诉 尚未审结", "direct lawsuits still pending", "direct suits pending (尚未审结)"),
}

ZV = ["来电群众问：{b}{y}{k}有多少件？", "{t}，{b}{y}填的是多少？", "{b}{y} {k}?", "我想問一下{b}{y}{k}一共幾件",
      "记者想对比一下：{b}{y}年报里{k}是多少", "帮我查下{b}{y}的{k}数量", "{b}{y}年报，{t}这一格是几？", "{b}{y}{k}有几个呀"]
EV = ["How many {k} did {b} have ({y})?", "{b} {y}: {c}?", "pls tell me {b} number of {k}, {y}", "In {y} report of {b}, what is {c}",
      "{b} {y} {k} how much", "Caller asks: {k} at {b}, {y}?"]

GOLD_KEYS = {
 "ha": ["r.received.total", "r.carried_over.total", "r.granted.total", "r.partially_granted.total", "r.unable.not_held.total",
        "r.unable.needs_creation.total", "r.withheld.process_info.total", "r.withheld.internal_affairs.total", "r.withheld.admin_query.total",
        "r.not_processed.duplicate.total", "r.total_processed.total", "r.carried_forward.total",
        "r.other.other.total", "a.review.total", "a.review.upheld", "a.review.corrected", "a.review.pending",
        "a.litigation_direct.total", "a.litigation_after_review.total", "c.licensing.decisions", "c.punishment.decisions",
        "c.coercion.decisions", "c.normative_docs.in_force", "c.normative_docs.issued", "c.normative_docs.repealed", "c.fees.amount",
        ],
 "sy": ["r.received.total", "r.carried_over.total", "r.granted.total", "r.partially_granted.total", "r.unable.not_held.total",
        "r.withheld.admin_query.total", "r.total_processed.total",
        "r.carried_forward.total", "r.other.other.total", "a.review.total", "a.review.pending",
        "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions",
        "c.normative_docs.in_force", "c.fees.amount", "r.received.natural_person"],
 "hz23": ["r.received.total", "r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total",
          "c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions", "c.fees.amount", "c.normative_docs.repealed"],
 "jx": ["r.received.total", "r.granted.total", "r.total_processed.total", "r.carried_forward.total", "c.procurement.amount",
        "c.procurement.projects", "c.normative_docs.total_published"],
 "sh19": ["r.received.total", "r.carried_over.total", "r.total_processed.total", "r.carried_forward.total", "a.review.total",
          "a.review.upheld", "a.litigation_direct.total", "c.regulations.total_published", "c.normative_docs.total_published",
          "c.procurement.amount", "c.procurement.projects"],
}
TEXT_KEYS = {b: ["r." + k[9:] if k.startswith("requests.") else ("a." + k[8:] if k.startswith("appeals.") else "c." + k[7:])
                 for k in sorted(L.TEXT_SPECS[b])] for b in L.TEXT_SPECS}
# 洪泽区 2024: the text says 区政府办 受理 17 while the table prints 95 - left out as plain values
TEXT_KEYS["hz24"] = [k for k in TEXT_KEYS["hz24"] if k not in ("r.received.total", "r.total_processed.total")]


MONEY = {"c.fees.amount", "c.procurement.amount"}




# text states the same number as the table cell: ambiguous, sentence acceptable (number from gold/text cell)
ALT = {("ha", k): "全市共受理政府信息公开申请" for k in ("r.received.total", "r.total_processed.total", "r.carried_over.total", "r.carried_forward.total")}
ALT.update({("ha", k): "结果纠正 64" for k in ("a.review.total", "a.review.upheld", "a.review.corrected", "a.review.other", "a.review.pending")})
ALT.update({("hz23", "r.received.total"): "全区受理政府信息公开申请"})
ALT.update({("sh19", k): "代表市政府共受理" for k in ("r.received.total", "r.total_processed.total", "r.carried_over.total", "r.carried_forward.total")})
ALT.update({("jx", k): "全年共收到依申请公开" for k in ("r.received.total", "r.total_processed.total", "r.carried_forward.total")})
ALT.update({("kw", k): "全年收到政府信息公开申请" for k in ("r.received.total", "r.carried_over.total")})
ALT.update({("kw", "r.granted.total"): "同意公开答复"})
ALT.update({("sh25", k): "市政府共受理政府信息公开申请" for k in ("r.received.total", "r.total_processed.total", "r.carried_over.total")})


def u(keys, b=None):
    keys = [keys] if isinstance(keys, str) else keys
    d = {"unit": "万元"} if any(k in MONEY for k in keys) else {}
    if b is not None and len(keys) == 1 and (b, keys[0]) in ALT:
        from helpers9 import val
        d["alt"] = (ALT[(b, keys[0])], val(b, keys[0]))
    return d


def zq(b, k, i):
    return ZV[i % len(ZV)].format(b=ZH[b][i % 3], y=YZ[L.BODIES[b][1]][i % 3], k=KP[k][0], t=KP[k][1])


def eq(b, k, i):
    return EV[i % len(EV)].format(b=EN_[b][i % 3], y=YE[L.BODIES[b][1]][i % 3], k=KP[k][2], c=KP[k][3])


def plain():
    out, i = [], 0
    items = [(b, k) for b in ("ha", "sy", "hz23", "jx", "sh19") for k in GOLD_KEYS[b]]
    items += [(b, k) for b in ("hz24", "kw", "sh25") for k in TEXT_KEYS[b]]
    for j, (b, k) in enumerate(items):
        if j % 2 == 0:
            out.append(V("zh", b, k, zq(b, k, j // 2), "[plain] table value, voice %d" % (j // 2 % len(ZV)), **u(k, b)))
        else:
            out.append(V("en", b, k, eq(b, k, j // 2), "[plain] table value, voice %d" % (j // 2 % len(EV)), **u(k, b)))
    return out


def combine():
    o = []
    o.append(S("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安24年 予以公开加部分公开 合计多少件？", "[combine] sum of 2 cells"))
    o.append(S("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024, fully plus partly disclosed together = ?", "[combine] sum of 2 cells"))
    o.append(S("zh", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "沭阳县2025年表三（四）1和（四）2加起来是多少", "[combine] sum of 2 cells"))
    o.append(S("en", "sy", ["a.review.corrected", "a.review.other"], "Shuyang 2025 reconsideration: corrected plus other results (纠正+其他), total?", "[combine] sum of 2 cells"))
    o.append(S("zh", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "记者问：淮安市2024年复议、直接起诉、复议后起诉三项一共多少件案子？", "[combine] sum of 3 cells"))
    o.append(S("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "How many appeals cases all together (review + both kinds of lawsuit) at Huaian in 2024?", "[combine] sum of 3 cells"))
    o.append(S("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳25年许可、处罚、强制三类决定加一起多少", "[combine] sum of 3 cells"))
    o.append(S("en", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze 2023 licensing + penalty + coercion decisions sum please", "[combine] sum of 3 cells"))
    o.append(S("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total", "r.not_processed.publication.total", "r.not_processed.excessive.total", "r.not_processed.reconfirm.total"], "淮安市2024年表三（五）不予处理的五个小项加总是多少？", "[combine] sum of 5 cells"))
    o.append(S("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total", "r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shuyang 2025: add up the three other-handling sub-items (其他处理) and petition + duplicate not-processed. Total?", "[combine] sum of 5 cells"))
    w = ["r.withheld.%s.total" % x for x in L.WITHHELD]
    o.append(S("zh", "ha", w, "淮安24年不予公开那八个理由（表三（三）1到8）逐项加起来是多少", "[combine] sum of 8 cells"))
    o.append(S("en", "sy", w, "Shuyang County 2025, sum of all 8 withheld reasons (不予公开 1-8)?", "[combine] sum of 8 cells"))
    o.append(S("zh", "sy", ["r.received.total", "r.carried_over.total"], "沭阳2025 新收加上年结转 一共要办多少件", "[combine] sum of 2 cells"))
    o.append(S("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020: granted (予以公开) plus not-held (不掌握), together?", "[combine] sum of 2 cells"))
    o.append(S("zh", "hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "洪泽区2023年 表三（三）1、6、7 三项加起来", "[combine] sum of 3 cells"))
    o.append(S("en", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "Huai'an 2024 other handling (其他处理) three sub-items summed?", "[combine] sum of 3 cells"))
    o.append(S("zh", "ha", ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "淮安24年 复议维持、直接起诉维持、复议后起诉维持 三个“维持”加总", "[combine] sum of 3 cells"))
    o.append(S("en", "sy", ["r.granted.total", "r.partially_granted.total", "r.unable.not_held.total"], "Shuyang 2025, granted + partly granted + not held, sum?", "[combine] sum of 3 cells"))
    o.append(S("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "記者問：沭陽縣2025年複議加兩類訴訟一共幾件？", "[combine] sum of 3 cells"))
    o.append(S("en", "ha", ["c.normative_docs.issued", "c.normative_docs.repealed"], "Huaian 2024 normative docs issued plus repealed = ?", "[combine] sum of 2 cells"))
    o.append(D("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定，2024年比2023年多了还是少了？差多少？", "[combine] difference 2023->2024"))
    o.append(D("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024 (2024 minus 2023)?", "[combine] difference 2023->2024"))
    o.append(D("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽 本机关不掌握 24年比23年增加多少件", "[combine] difference 2023->2024"))
    o.append(D("en", "hz23", "hz24", "c.coercion.decisions", "journalist q: Hongze coercion decisions (行政强制) 2024 vs 2023, by how many did it change?", "[combine] difference 2023->2024"))
    o.append(D("zh", "sh19", "sh25", "r.received.total", "上海市府办新收申请，2025年相比2019年多了多少件？", "[combine] difference 2019->2025"))
    o.append(D("en", "sh19", "sh25", "r.carried_forward.total", "Shanghai General Office: carried forward to next year, 2025 minus 2019?", "[combine] difference 2019->2025"))
    o.append(D("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅行政复议总数从2019年到2025年变化了多少", "[combine] difference 2019->2025"))
    o.append(D("en", "sh19", "sh25", "r.received.natural_person", "Shanghai general office new requests from individuals (自然人), how much more in 2025 than 2019?", "[combine] difference 2019->2025"))
    o.append(D("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费金额，2024年比2023年变了多少万元", "[combine] difference 2023->2024", unit="万元"))
    o.append(D("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits 2019 vs 2025, difference (later minus earlier)?", "[combine] difference 2019->2025"))
    return o


def rank():
    o = []
    R3 = ["ha", "sy", "jx"]
    o.append(R("zh", ["ha", "sy", "hz23"], "r.received.total", "desc", "淮安市2024、沭阳县2025、洪泽区2023，哪家新收申请最多？", "[rank] desc"))
    o.append(R("en", ["ha", "sy", "hz23"], "r.received.total", "asc", "Among Huai'an 2024, Shuyang 2025 and Hongze 2023, who got fewest new requests?", "[rank] asc"))
    o.append(R("zh", ["ha", "sy", "jx"], "r.carried_forward.total", "asc", "结转下年度最少的是谁：淮安24年、沭阳25年、涧西区2020年？", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "sh19"], "a.review.total", "desc", "Which has most admin reconsideration cases: Huaian 2024, Shuyang 2025, Shanghai General Office 2019?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "sh19", "jx"], "a.review.total", "asc", "行政复议最少的：淮安2024、沭阳2025、上海市府办2019、涧西区2020，排第一的是？", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "hz23"], "r.unable.not_held.total", "desc", "Huai'an 2024 / Shuyang 2025 / Hongze 2023 - who said 'not held' (本机关不掌握) the most?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "hz23"], "c.fees.amount", "desc", "行政事业性收费金额谁最高：淮安市2024年、沭阳县2025年、洪泽区2023年", "[rank] desc"))
    o[-1]["turns"][0]["expect"]["unit"] = "万元"
    o.append(R("en", ["ha", "sy", "hz23"], "c.coercion.decisions", "asc", "Smallest number of coercion decisions among Huai'an 2024, Shuyang 2025, Hongze 2023?", "[rank] asc"))
    o.append(R("zh", ["ha", "sy", "jx", "sh19"], "r.carried_over.total", "desc", "上年结转最多的一家：淮安24年、沭阳25年、涧西20年、上海市府办19年", "[rank] desc"))
    o.append(R("en", ["ha", "sy", "jx", "sh19"], "r.total_processed.total", "desc", "journalist compare: total handled (办理总计) Huaian 2024, Shuyang 2025, Jianxi 2020, Shanghai GO 2019 - top one?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "jx"], "r.granted.total", "asc", "予以公开最少的是哪个：淮安2024年、沭阳2025年、涧西区2020年", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc", "Most penalty decisions: Huai'an 2024, Shuyang 2025 or Hongze 2023?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "hz23"], "r.partially_granted.total", "asc", "部分公开最少：淮安24年、沭阳25年、洪泽23年 哪家？", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "hz23"], "c.normative_docs.in_force", "desc", "Which has most normative docs in force (现行有效): Huaian 2024, Shuyang 2025, Hongze 2023?", "[rank] desc"))
    o.append(R("zh", ["ha", "sy", "hz23"], "c.licensing.decisions", "asc", "行政许可决定最少的一家（淮安2024 / 沭阳2025 / 洪泽2023）", "[rank] asc"))
    o.append(R("en", ["ha", "sy", "sh19"], "r.carried_forward.total", "desc", "Carried forward most: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019?", "[rank] desc"))
    return o


def followup():
    o = []
    specs = [  # (lang, [(body,key,q), ...])
     ("zh", [("ha", "r.unable.not_held.total", "来电群众问：淮安市2024年说“不掌握”的有多少件？"), ("sy", "r.unable.not_held.total", "沭阳25年呢")]),
     ("en", [("ha", "a.review.upheld", "Huai'an 2024 review upheld (维持) number?"), ("ha", "a.review.corrected", "and corrected?")]),
     ("zh", [("sy", "r.granted.total", "沭阳县2025年表三（一）予以公开总计"), ("sy", "r.partially_granted.total", "（二）呢")]),
     ("en", [("sh19", "r.received.total", "Shanghai General Office new requests in 2019?"), ("sh25", "r.received.total", "and 2025?")]),
     ("zh", [("hz23", "c.punishment.decisions", "洪泽区2023年行政处罚决定多少"), ("hz24", "c.punishment.decisions", "24年呢？"), ("hz24", "c.licensing.decisions", "许可呢")]),
     ("en", [("ha", "c.licensing.decisions", "Huaian 2024 licensing decisions"), ("sy", "c.licensing.decisions", "same for Shuyang 2025")]),
     ("zh", [("ha", "a.litigation_direct.total", "淮安2024 直接起诉几件"), ("ha", "a.litigation_after_review.total", "复议后起诉的呢")]),
     ("en", [("sy", "a.review.total", "Shuyang County 2025, how many admin review cases?"), ("sy", "a.review.pending", "how many still pending?"), ("ha", "a.review.pending", "Huai'an 2024?")]),
     ("zh", [("jx", "r.received.total", "涧西区2020年收到多少申请"), ("jx", "r.carried_forward.total", "结转到下年的呢")]),
     ("en", [("kw", "r.received.total", "STCSM 2024 new requests received?"), ("kw", "r.carried_over.total", "carried over from previous (上年结转)?")]),
     ("zh", [("sh25", "r.unable.not_held.total", "上海市府办2025年 本机关不掌握 多少"), ("sh25", "r.unable.needs_creation.total", "另行制作那行呢")]),
     ("en", [("hz24", "r.granted.total", "Hongze 2024 fully granted (予以公开)?"), ("hz24", "r.unable.not_held.total", "and not held?")]),
     ("zh", [("ha", "r.received.total", "淮安市2024年本年新收申请总计"), ("ha", "r.received.natural_person", "自然人那列呢")]),
     ("en", [("sh25", "r.carried_over.total", "Shanghai GO 2025 carried-over requests total?"), ("sh25", "r.carried_over.natural_person", "only natural persons column?")]),
     ("zh", [("ha", "c.normative_docs.issued", "淮安24年行政规范性文件制发几件"), ("ha", "c.normative_docs.repealed", "废止的呢"), ("sy", "c.normative_docs.repealed", "沭阳2025年？")]),
     ("en", [("ha", "c.fees.amount", "Huai'an 2024 admin fees amount (万元)?"), ("hz23", "c.fees.amount", "Hongze 2023?")]),
     ("zh", [("sy", "r.carried_forward.total", "我在沭阳县申请没办完转到下一年了，2025年像我这样的有多少件？"), ("ha", "r.carried_forward.total", "淮安2024年呢")]),
     ("en", [("sy", "r.withheld.internal_affairs.total", "Shuyang 2025 withheld as internal affairs?"), ("sy", "r.withheld.admin_query.total", "admin query one?")]),
     ("zh", [("sh19", "a.review.total", "上海市府办2019年行政复议总计"), ("sh25", "a.review.total", "2025年同一项")]),
     ("en", [("kw", "c.normative_docs.issued", "science commission 2024 normative docs issued?"), ("kw", "c.normative_docs.in_force", "in force?")]),
     ("zh", [("hz24", "a.review.total", "洪泽区2024年复议几件"), ("hz24", "a.litigation_direct.total", "直接诉讼呢")]),
     ("en", [("ha", "r.not_processed.petition.total", "Huai'an 2024 petition-type not processed?"), ("sy", "r.not_processed.petition.total", "Shuyang 2025 same row?")]),
     ("zh", [("jx", "c.procurement.projects", "涧西区2020年政府集中采购项目几个"), ("jx", "c.procurement.amount", "金额多少万元")]),
     ("en", [("sh19", "c.procurement.projects", "Shanghai General Office 2019 procurement projects?"), ("jx", "c.procurement.projects", "Jianxi 2020?")]),
     ("zh", [("ha", "r.other.overdue_correction.total", "我申请后没按时补正被终止了，淮安2024年这种有多少人？"), ("sy", "r.other.overdue_correction.total", "沭阳县2025呢")]),
     ("en", [("hz23", "r.unable.needs_creation.total", "Hongze 2023 needs-creation (另行制作) count?"), ("hz23", "r.unable.not_held.total", "not held?")]),
    ]
    SW = [("ha", "sy", "r.granted.total"), ("sy", "ha", "r.unable.needs_creation.total"), ("ha", "hz23", "c.coercion.decisions"),
          ("hz23", "hz24", "c.coercion.decisions"), ("sh19", "sh25", "r.carried_forward.total"), ("jx", "ha", "r.total_processed.total"),
          ("sy", "hz23", "c.normative_docs.in_force"), ("ha", "sh19", "a.litigation_direct.total"), ("kw", "sh25", "r.granted.total"),
          ("hz24", "hz23", "c.normative_docs.in_force"), ("sy", "ha", "a.review.corrected"), ("ha", "sy", "r.withheld.admin_query.total"),
          ("sh25", "sh19", "r.received.natural_person"), ("ha", "jx", "r.carried_forward.total"), ("sy", "ha", "r.received.natural_person"),
          ("kw", "ha", "c.licensing.decisions"), ("hz23", "sy", "r.partially_granted.total"), ("sh19", "ha", "r.carried_over.total"),
          ("ha", "sy", "r.other.other.total"), ("sh25", "kw", "r.total_processed.total")]
    ZS = ["那{b}{y}呢", "{b}{y}？", "换成{b}{y}", "來電又問{b}{y}的", "同一格，{b}{y}"]
    ES = ["what about {b} {y}?", "{b} {y}?", "and for {b}, {y}", "same cell {b} {y}", "now {b} ({y})"]
    for i, (b1, b2, k) in enumerate(SW):
        if i % 2 == 0:
            t2 = ZS[i // 2 % 5].format(b=ZH[b2][i % 3], y=YZ[L.BODIES[b2][1]][(i + 1) % 3])
            specs.append(("zh", [(b1, k, "你好，" + zq(b1, k, i + 5)), (b2, k, t2)]))
        else:
            t2 = ES[i // 2 % 5].format(b=EN_[b2][i % 3], y=YE[L.BODIES[b2][1]][(i + 1) % 3])
            specs.append(("en", [(b1, k, "hello, " + eq(b1, k, i + 5)), (b2, k, t2)]))
    for lang, turns in specs:
        o.append(F(lang, [(q, E(b, k, **u(k, b))) for b, k, q in turns], "[followup] switch body/year/row/column in few words"))
    return o


NARR = [
 ("jx", "26个试点领域", 26, "个", "涧西区2020年设置了多少个试点领域？", "Jianxi 2020: number of pilot areas set up?"),
 ("jx", "601项事项", 601, "项", "涧西区20年梳理了多少项事项", "Jianxi District 2020, how many items (事项) sorted out?"),
 ("ha", "新闻发布会 12 场", 12, "场", "淮安市2024年开了几场新闻发布会", "Huai'an 2024 press conferences held?"),
 ("ha", "政务新媒体共计 95", 95, "个", "淮安24年在运维政务新媒体多少个", "How many gov new-media accounts Huaian run in 2024?"),
 ("ha", "全覆盖检查", 4, "次", "淮安2024年做了几次政府信息公开栏目全覆盖检查", "Huai'an 2024 full-coverage checks of disclosure columns, how many times?"),
 ("ha", "公报》6 期", 6, "期", "淮安市政府公报2024年出了几期", "Huaian 2024 government gazette issues?"),
 ("ha", "3940", 3940, "元", "淮安市2024年收了多少信息处理费（元）", "Huai'an 2024 info processing fee collected in yuan?"),
 ("hz23", "1136", 1136, "条", "洪泽区2023年网站主动公开政府信息多少条", "Hongze 2023 items proactively published on website?"),
 ("hz24", "2428", 2428, "条", "洪泽24年网站发布政府信息几条", "Hongze District 2024 info items released on portal?"),
 ("hz24", "常务会议 7期", 7, "期", "洪泽区2024年公开政府常务会议多少期", "Hongze 2024 executive meetings made public, how many issues?"),
 ("sy", "意见征集9期", 9, "期", "沭阳县2025年门户网站开展意见征集几期", "Shuyang 2025 rounds of public consultation on portal?"),
 ("sy", "爆款内容52条", 52, "条", "沭阳25年爆款内容有多少条", "Shuyang County 2025 viral posts count?"),
 ("sy", "催办提示 84 次", 84, "次", "沭阳县2025年发出催办提示几次", "Shuyang 2025 reminders sent (催办提示)?"),
 ("sy", "失效链接43处", 43, "处", "沭阳2025年整改失效链接多少处", "Shuyang 2025 broken links fixed?"),
 ("sy", "过期信息697条", 697, "条", "沭阳县2025年清理过期信息多少条", "Shuyang 2025 outdated info cleaned up, how many items?"),
 ("sy", "64家单位", 64, "家", "沭阳2025年多少家单位年报集中公开", "Shuyang 2025: annual reports of how many units published together?"),
 ("sy", "办前主动沟通 49 次", 49, "次", "沭阳县2025年办前主动沟通了几次", "Shuyang 2025 proactive pre-handling communications?"),
 ("sy", "专栏33个", 33, "个", "沭阳25年新媒体开了几个专栏", "Shuyang 2025 new-media columns opened?"),
 ("kw", "直播 118 场", 118, "场", "上海市科委2024年直播多少场", "STCSM 2024 live streams how many?"),
 ("kw", "原创文章 294", 294, "篇", "市科委24年微信原创文章几篇", "Shanghai science commission 2024 original WeChat articles?"),
 ("kw", "惠企政策 83", 83, "条", "上海科委2024年日常报送惠企政策多少条", "STCSM 2024 business-support policies reported?"),
 ("kw", "2139", 2139, "条", "“上海科技”网站2024年发布信息多少条（市科委）", "Shanghai science commission 2024: items released on the 上海科技 website?"),
 ("sh25", "新闻发布会 42 场", 42, "场", "上海市政府2025年开了多少场市政府新闻发布会（市府办年报）", "Shanghai General Office 2025 report: municipal press conferences held?"),
 ("sh25", "新闻通气会 19 场", 19, "场", "上海市府办2025年新闻通气会几场", "Shanghai GO 2025 press briefings (通气会)?"),
 ("sh25", "覆盖 10 个语种", 10, "个", "上海国际服务门户2025年覆盖几个语种", "Shanghai 2025 general office report: international portal covers how many languages?"),
 ("sh25", "主动撤回 157", 157, "件", "上海市府办2025年申请人主动撤回多少件", "Shanghai General Office 2025 requests withdrawn by applicants?"),
 ("sh25", "公报》24 期", 24, "期", "上海市政府公报2025年编了几期", "Shanghai GO 2025 gazette issues edited?"),
 ("sh19", "70家政府网站", 70, "家", "上海市府办2019年每季度检查多少家政府网站", "Shanghai General Office 2019: how many gov websites checked each quarter?"),
 ("sh19", "发布政策解读共132件", 132, "件", "上海市政府办公厅2019年门户网站发布政策解读多少件", "Shanghai GO 2019 policy interpretations published on portal?"),
 ("sh19", "权威发布共计38次", 38, "次", "上海市府办19年常务会议重要议题权威发布几次", "Shanghai General Office 2019, authoritative releases on executive meeting topics?"),
 ("sh19", "53个部门", 53, "个", "上海2019年（市府办）统一受理平台接入多少个部门", "Shanghai GO 2019 unified intake platform connected how many departments?"),
]


def textonly():
    o = []
    for b, kw, v, unit, zq_, eq_ in NARR:
        o.append(N("zh", b, kw, v, unit, zq_, "[textonly] number stated only in the narrative"))
        o.append(N("en", b, kw, v, unit, eq_, "[textonly] number stated only in the narrative"))
    return o[:46]


UZ = [("来电群众问：淮安市2024年申请人里男的女的各多少？", "sex breakdown"), ("沭阳2025年申请人平均年龄多大", "age"),
      ("洪泽区2023年3月份收了几件申请", "month"), ("上海市府办2025年第二季度新收申请多少", "quarter"),
      ("淮安24年网上申请和信函申请各多少件", "channel"), ("沭阳县2025年各乡镇分别收到多少申请", "township"),
      ("涧西区2020年申请最多的是哪个话题", "topic"), ("上海科委2024年申请人来自哪些行业", "industry"),
      ("洪泽区2022年新收申请多少件", "year not held"), ("沭阳县2024年本年新收申请多少", "year not held"),
      ("南京市2024年予以公开多少件", "body not held"), ("宿迁市2025年行政复议多少件", "body not held"),
      ("浦东新区2024年不予公开几件", "body not held"), ("淮安市办理一件申请平均要多少天", "response time"),
      ("洪泽区政府办2024年有几个人专门负责信息公开", "staff"), ("淮安2026年预计会收到多少申请", "forecast"),
      ("沭阳县2025年信息公开工作花了多少经费", "cost"), ("上海市府办2019年被驳回的那个申请人叫什么名字", "personal data"),
      ("涧西区2021年办结率多少", "year not held"), ("清江浦区2024年收到几件申请", "body not held"),
      ("淮安24年 不予公开的申请里 有几个人后来又去信访了", "not stated"), ("上海市科委2023年行政复议几件", "year not held"),
      ("沭阳县2025年行政复议纠正的案子都是哪个局的", "department breakdown"), ("洪泽区2024年申请人里有几个是外地人", "residence")]
UE = [("How many applicants were women at Huai'an in 2024?", "sex"), ("Shuyang 2025, average age of applicants?", "age"),
      ("Hongze 2023 requests received in July?", "month"), ("Shanghai General Office 2025 requests in Q3?", "quarter"),
      ("Huaian 2024: how many requests came by email vs post?", "channel"), ("Jianxi 2020 requests per street/township?", "district"),
      ("STCSM 2024 most asked topic of requests?", "topic"), ("Hongze District 2022 new requests?", "year not held"),
      ("Shuyang County 2024 number of fully granted requests?", "year not held"), ("Nanjing 2024 how many requests (收到申请)?", "body not held"),
      ("Pudong New Area 2025 admin review cases?", "body not held"), ("Average days to answer a request at Shanghai General Office 2019?", "response time"),
      ("How many staff work on disclosure in Shuyang county 2025?", "staff"), ("Expected number of requests for Huai'an in 2026?", "forecast"),
      ("Is the Hongze 2024 disclosure work good or bad in your opinion?", "opinion"), ("Shanghai General Office 2022 requests received?", "year not held"),
      ("Suqian 2024 requests handled total?", "body not held"), ("Huai'an 2024 budget spent on the disclosure website, yuan?", "cost"),
      ("Why did Shuyang 2025 get so many requests - what reason does it give, with numbers?", "reason not stated"),
      ("Names of the applicants who sued Huai'an in 2024?", "personal data"), ("Jianxi 2021 carried forward requests?", "year not held"),
      ("STCSM 2023 new requests received?", "year not held"), ("Hongze 2024 requests from applicants living outside the district?", "residence"),
      ("Shuyang 2025 penalty decisions per department (which 局 most)?", "department breakdown")]


def cannot():
    return ([U("zh", q, w, "[cannot] " + w) for q, w in UZ[:23]] + [U("en", q, w, "[cannot] " + w) for q, w in UE[:23]])


def neighbour():
    o = []
    tr = [("zh", "ha", "r.carried_forward.total", "淮安24年结转到下一年度继续办的（不是上年转来的）多少件", "carried_forward vs carried_over"),
          ("en", "ha", "r.carried_over.total", "Huai'an 2024 requests carried OVER from 2023 into 2024 (not the ones pushed to 2025)?", "carried_over vs carried_forward"),
          ("zh", "ha", "a.litigation_after_review.total", "淮安市2024年先复议再起诉的行政诉讼几件（不是直接起诉）", "after review vs direct"),
          ("en", "sy", "a.litigation_direct.total", "Shuyang 2025 lawsuits filed WITHOUT going to review first?", "direct vs after review"),
          ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年行政规范性文件废止了几件（不是制发也不是现行有效）", "repealed vs issued/in force"),
          ("en", "sy", "c.normative_docs.in_force", "Shuyang 2025 normative docs currently valid (现行有效), not the ones issued in 2025?", "in force vs issued"),
          ("zh", "ha", "r.unable.needs_creation.total", "淮安2024 需要另行制作的（不是不掌握）", "needs creation vs not held"),
          ("en", "ha", "r.withheld.process_info.total", "Huai'an 2024 withheld as process info (过程性信息) - not internal affairs?", "process info vs internal affairs"),
          ("zh", "ha", "a.review.other", "淮安市2024年复议“其他结果”几件，不是纠正的", "other vs corrected"),
          ("en", "jx", "c.procurement.projects", "Jianxi 2020 procurement: number of projects, not the money", "projects vs amount"),
          ("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019年规范性文件对外公开总数量（不是本年新公开）", "total published vs new"),
          ("en", "sy", "r.partially_granted.total", "Shuyang 2025 PARTLY disclosed (部分公开), not fully?", "partial vs granted"),
          ("zh", "sh25", "r.carried_over.legal_services", "上海市府办2025年上年结转里 法律服务机构 那列（不是商业企业）", "legal services vs commercial"),
          ("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office 2025, direct lawsuits still pending (尚未审结), not the total?", "pending vs total"),
          ("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年逾期不缴费的（不是逾期不补正）", "overdue fee vs correction"),
          ("en", "ha", "c.regulations.in_force", "Huaian 2024 regulations (规章) in force - not the ones issued?", "in force vs issued")]
    for lang, b, k, q, why in tr:
        o.append(T(lang, b, k, q, "[neighbour] " + why))
    return o


def CONVERSATIONS():
    return plain() + combine() + rank() + followup() + textonly() + cannot() + neighbour()
