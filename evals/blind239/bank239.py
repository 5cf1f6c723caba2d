"""Question bank of blind evaluation set 239 (evals/blind239): everyday phone traffic.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Every question was newly written for this set. No number is typed here: table values are
computed by helpers239 from /work/shared/corpus/gold/*.json (derived keys per spec/README.md)
or, for the three reports without gold, parsed from their printed rows (SPECS below: the same
cells blind6's text_cells.json verified, nothing new); narrative numbers are cut from the
report text with their sentence (helpers239.EN checks that the sentence holds the number).
The only literals below are the keyword used to find a sentence and the number that sentence
must print, which EN / add_text_alternative verify against the text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib239 as L  # noqa: E402
from helpers239 import C, D, E, ED, F, N, R, S, T, U, V, cols  # noqa: E402,F401

# Cells of the reports without gold: the printed row (label) or the number line after an
# anchor, and the position of the number. Same specs as evals/blind6/text_cells.json.
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

WAN = "万元"
ORGS = ["commercial", "research", "public_interest", "legal_services", "other_org"]
W8 = ["state_secret", "prohibited_by_law", "security_stability", "third_party",
      "internal_affairs", "process_info", "enforcement_files", "admin_query"]

# text sentences that state the same number as a table cell (keyword, number)
HA_RECV = ("共受理政府信息公开申请 3119", 3119)
HA_DONE = ("答复 3050", 3050)
HA_OVER = ("上年度结转申请 34", 34)
HA_FWD = ("103 件顺延", 103)
HA_REG = ("新增公开市政府规章 1 件", 1)
SY_DONE = ("共办理 718", 718)
SY_FWD = ("结转下一年 31", 31)
SH19_RECV = ("受理政府信息公开申请859件", 859)
SH19_OVER = ("含上年度结转申请18件", 18)
SH19_FWD = ("另有72件申请", 72)
SH19_REG = ("主动公开规章13件", 13)
SH19_NORM = ("行政规范性文件60件", 60)
SH19_NOTHELD = ("无法提供265件", 265)
SH25_RECV = ("受理政府信息公开申请 1295", 1295)
SH25_DONE = ("办结 1191", 1191)
SH25_OVER = ("上年结转 189", 189)
KW_RECV = ("全年收到政府信息公开申请 34", 34)
KW_OVER = ("上年结转政府信息公开申请 2 件", 2)
KW_GRANT = ("同意公开答复 9", 9)
KW_NORM = ("行政规范性文件 13 件", 13)
JX_RECV = ("收到依申请公开17件", 17)
JX_DONE = ("办结15件", 15)
JX_FWD = ("在办2件", 2)
HZ23_RECV = ("全区受理政府信息公开申请 21", 21)


def HA_REVIEW(n):
    return {72: ("结果维持 72", 72), 64: ("结果纠正 64", 64), 178: ("其他结果 178", 178),
            37: ("审结 37", 37), 351: ("行政复议 351", 351)}[n]


def plain():
    P = "[plain] "
    out = []
    z = lambda b, k, q, note, **kw: out.append(V("zh", b, k, q, P + note, **kw))  # noqa: E731
    e = lambda b, k, q, note, **kw: out.append(V("en", b, k, q, P + note, **kw))  # noqa: E731
    # ---------------- zh (46)
    z("ha", "c.licensing.decisions", "淮安24年 行政许可 一共做了多少个处理决定啊",
      "淮安 2024 行政许可 decisions; 24年")
    z("ha", "r.unable.not_held.total", "那份24年淮安的报告里，因为“本机关不掌握”没法提供的申请 有几件？？",
      "淮安 2024 本机关不掌握 total; report named loosely")
    z("ha", "r.received.commercial", "我在公司做行政，老板让我查一下：淮安市2024年 商业企业 新交上去的公开申请有多少件，麻烦了",
      "淮安 2024 新收 commercial column; clerk story")
    z("ha", "c.punishment.decisions", "淮安 2024 行政处法 决定数量是多少  谢谢",
      "淮安 2024 行政处罚 decisions; homophone typo 处法")
    z("ha", "c.fees.amount", "24年淮安市政府 行政事业性收费 收了多少钱（万元）？？", "淮安 2024 fees in 万元", unit=WAN)
    z("ha", "r.withheld.state_secret.total", "淮安市2024年 以“属于国家秘密”为由 不公开的 有几件啊",
      "淮安 2024 不予公开 国家秘密 total")
    z("ha", "r.withheld.admin_query.total", "请问下 淮安2024年度 说是“行政查询事项”所以不给公开的，有几件。。",
      "淮安 2024 行政查询事项 total; doubled 。")
    z("ha", "r.received.total", "淮安市政府2024年 一共新收到多少政府信息公开申情 ，我写作业要用", "淮安 2024 新收 total; typo 申情",
      alt=HA_RECV)
    z("ha", "a.litigation_after_review.total", "淮安市 2024年 先复议 复议完再去法院起诉的行政诉讼 总共几件",
      "淮安 2024 复议后起诉 total")
    z("ha", "r.other.overdue_correction.total", "淮安2024 申请人逾期不补正、后来就不再处理的 有多少件呀",
      "淮安 2024 其他处理 逾期不补正 total")
    z("sy", "c.coercion.decisions", "沭阳25年 行政强制的处理决定有多少", "沭阳 2025 行政强制 decisions; 25年")
    z("sy", "c.normative_docs.in_force", "述阳县2025年 现行有效的行政规范性文件 还剩几件？",
      "沭阳 2025 规范性文件 现行有效; homophone typo 述阳")
    z("sy", "r.partially_granted.total", "沭阳县政府 2025 年 部分公开 的有多少件啊", "沭阳 2025 部分公开 total")
    z("sy", "r.not_processed.petition.total",
      "我是沭阳本地人，随便问问哈，2025年县政府因为是信访举报投诉类 就不予处理的申请 有几个",
      "沭阳 2025 信访举报投诉类 total; citizen story")
    z("sy", "r.received.legal_services", "25年沭阳 律所（法律服务机构）新收的申请 几件", "沭阳 2025 新收 legal services")
    z("sy", "c.punishment.decisions", "沭阳2025 行政处罚 决定数？？", "沭阳 2025 行政处罚 decisions")
    z("sy", "r.withheld.internal_affairs.total", "沭阳县2025年度报告 里面 “属于三类内部事务信息” 不予公开的 多少",
      "沭阳 2025 内部事务信息 total; report named loosely")
    z("sy", "a.review.total", "沭阳县 2025 年 因为信息公开被申请行政复义的 一共多少件",
      "沭阳 2025 行政复议 total; typo 复义")
    z("sy", "c.licensing.decisions", "沭阳 2025年 行政许可 处理决定 多少个啊啊", "沭阳 2025 行政许可 decisions")
    z("sy", "r.received.legal_person", "沭阳2025年 法人或其他组织 新收的申请 总共几件",
      "沭阳 2025 新收 legal_person (derived: five organisation columns); text 8 agrees",
      alt=("法人或其他组织申请 8", 8))
    z("sh19", "c.regulations.total_published", "上海市府办2019年 规章 对外公开总数量 是多少 在线等",
      "上海市府办 2019 规章 对外公开总数量")
    z("sh19", "c.procurement.projects", "市政府办公厅（上海）19年 政府集中采购 项目数几个",
      "上海市府办 2019 采购项目数; 19年")
    z("sh19", "r.not_processed.duplicate.natural_person", "上海市府办2019年 自然人申请中 因为“重复申请”不予处理的 有几件",
      "上海市府办 2019 重复申请 natural person")
    z("sh19", "r.withheld.internal_affairs.natural_person",
      "上海市府办2019年 自然人的申请 因为属于三类内部事务信息 没给公开的 几件", "上海市府办 2019 内部事务信息 natural person")
    z("sh19", "r.carried_over.total", "二〇一九年 上海市政府办公厅 从前一年转过来接着办的申请 多少件",
      "上海市府办 2019 上年结转 total; 二〇一九", alt=SH19_OVER)
    z("jx", "c.procurement.amount", "涧西区政府办2020年 政府集中采购 采购总金额 多少万", "涧西 2020 采购金额 万元",
      unit=WAN)
    z("jx", "r.unable.not_held.total", "涧西20年 本机关不掌握的 几件", "涧西 2020 不掌握 total; 20年")
    z("jx", "r.granted.total", "间西区2020年 予以公开了 多少件申请", "涧西 2020 予以公开 total; typo 间西")
    z("jx", "c.normative_docs.made", "涧西区2020 规范性文件 本年新制作 了几件", "涧西 2020 规范性文件 新制作")
    z("jx", "r.carried_over.total", "涧西区 2020年 有没有上年结转的申请？有的话几件", "涧西 2020 上年结转 total (0)")
    z("hz23", "c.punishment.decisions", "洪泽23年 行政处罚的 处理决定数", "洪泽 2023 行政处罚 decisions; 23年")
    z("hz23", "r.partially_granted.total", "洪泽区政府2023年 部分公开 几件", "洪泽 2023 部分公开 total")
    z("hz23", "r.unable.needs_creation.total", "帮家里老人查的：洪泽区2023年 因为没有现成信息、要另行制作 所以没提供的 有几件 谢谢啦",
      "洪泽 2023 另行制作 total")
    z("hz23", "c.licensing.decisions", "洪泽 2023 行政许可处理决定。。多少", "洪泽 2023 行政许可 decisions")
    z("hz23", "c.fees.amount", "洪泽区 2023年 行政事业性收费 收了多少万元", "洪泽 2023 fees in 万元", unit=WAN)
    z("hz24", "c.punishment.decisions", "洪泽区24年 行政处罚决定 有多少", "洪泽 2024 行政处罚 (text row)")
    z("hz24", "c.normative_docs.issued", "洪泽2024 行政规范性文件 制发了几件", "洪泽 2024 规范性文件 制发 (text row)")
    z("hz24", "r.unable.not_held.total", "24年洪泽区 本机关不掌握相关信息 所以无法提供的 多少件",
      "洪泽 2024 不掌握 total (text row)")
    z("hz24", "r.granted.total", "洪泽区政府2024年度 予以公开的申请 是多少", "洪泽 2024 予以公开 total (text row)")
    z("kw", "c.licensing.decisions", "上海科委2024年 行政许可 决定多少件", "上海科委 2024 行政许可 (text row)")
    z("kw", "r.carried_over.total", "市科委 24年 从上年结转过来的申请 几件", "上海科委 2024 上年结转 (text row; "
      "text agrees)", alt=KW_OVER)
    z("kw", "r.received.natural_person", "上海市科委2024年 自然人 新收申请 几件??", "上海科委 2024 新收 natural person "
      "(text row)")
    z("sh25", "r.received.commercial", "记者，在核数据：上海市府办2025年 新收申请里 商业企业的 有几件", "上海市府办 2025 新收 commercial "
      "(text row)")
    z("sh25", "r.not_processed.duplicate.total", "上海市政府办公厅 25年 因为重复申请 不予处理的 几件",
      "上海市府办 2025 重复申请 total (text row)")
    z("sh25", "r.carried_forward.total", "2025年上海市府办 结转到下一年继续办的 有多少", "上海市府办 2025 结转下年 "
      "(text row)")
    z("sh25", "a.review.pending", "上海市府办2025年 行政复议 还没审结的 有几件", "上海市府办 2025 复议 尚未审结 "
      "(text row)")
    # ---------------- en (45)
    e("ha", "r.received.legal_services",
      "Hi, quick one: how many applications did Huaian city get from legal service firms (法律服务机构) in 2024?",
      "Huai'an 2024 新收 legal services column")
    e("ha", "c.coercion.decisions", "Huai'an 2024 — how many admin coercion decisions (行政强制)? cheers",
      "Huai'an 2024 行政强制 decisions")
    e("ha", "r.withheld.security_stability.total",
      "in Huaian's 2024 report how many request was refused because it could endanger the "
      "'three securities one stability' thing (三安全一稳定)?", "Huai'an 2024 三安全一稳定 total")
    e("ha", "c.normative_docs.in_force",
      "my professor ask me to check: Huaian 2024, number of normative documents still valid at year end?",
      "Huai'an 2024 规范性文件 现行有效; student story")
    e("ha", "r.withheld.internal_affairs.total",
      "Huaian 2024: how many requests refused because its internal affairs info (三类内部事务信息)? thanks!",
      "Huai'an 2024 内部事务信息 total")
    e("ha", "r.total_processed.total", "How many info-disclosure requests did Huaian finish handling (办理总计) in 2024??",
      "Huai'an 2024 办理总计; text 答复 3050 agrees", alt=HA_DONE)
    e("ha", "a.review.corrected", "Huaian city 2024, admin reconsideration cases (行政复议) where result got corrected?",
      "Huai'an 2024 复议 纠正; text agrees", alt=HA_REVIEW(64))
    e("ha", "a.litigation_direct.other",
      "Huaian '24 - lawsuits people filed straight to court, how many ended with 'other result'?",
      "Huai'an 2024 直接起诉 其他结果")
    e("sy", "r.received.natural_person",
      "I'm master student doing thesis on open government. Shuyang County 2025, how many new requests natural "
      "persons send? new ones only, not the carry-over pls",
      "沭阳 2025 新收 natural person (705; text 741 includes carried over, excluded by the question)")
    e("sy", "c.fees.amount",
      "In Shuyang's 2025 disclosure report, what's the admin fee income (行政事业性收费, in 万元)?",
      "沭阳 2025 fees in 万元", unit=WAN)
    e("sy", "r.unable.not_held.total",
      "Shuyang 2025: requests where the county said it doesn't hold the info — how many in total? much appreciated",
      "沭阳 2025 不掌握 total")
    e("sy", "c.normative_docs.issued", "shuyang 2025 how many new normative documents they issued", "沭阳 2025 规范性文件 制发")
    e("sy", "r.withheld.admin_query.total",
      "Shuyang county gov 2025 — how many applications turned down as an 'administrative query' matter (行政查询事项)?",
      "沭阳 2025 行政查询事项 total")
    e("sy", "a.litigation_direct.total", "Hi,, Shuyang 2025, lawsuits filed directly w/o reconsideration — total number pls",
      "沭阳 2025 直接起诉 total")
    e("sy", "r.other.other.total",
      "For Shuyang in 2025, how many requests were closed under 其他处理 → '3.其他'?", "沭阳 2025 其他处理 3.其他 total")
    e("sy", "a.review.pending", "Shuyang 2025, reconsiderations still not decided when the year ended?", "沭阳 2025 复议 尚未审结")
    e("sh19", "r.withheld.state_secret.natural_person",
      "Shanghai General Office 2019: individuals' requests refused as state secret (国家秘密)?",
      "上海市府办 2019 国家秘密 natural person")
    e("sh19", "c.procurement.amount", "what was the procurement amount for Shanghai gov general office in 2019? in 10k yuan",
      "上海市府办 2019 采购金额 (251000元 = 25.1 万元)", unit=WAN)
    e("sh19", "r.received.commercial", "Shanghai General Office FY2019: new requests from companies (商业企业)?",
      "上海市府办 2019 新收 commercial; FY2019")
    e("sh19", "a.litigation_direct.pending", "2019 Shanghai municipal general office — direct lawsuits still pending?",
      "上海市府办 2019 直接起诉 尚未审结")
    e("sh19", "r.not_processed.petition.natural_person",
      "In 2019, how many petition-type requests (信访举报投诉类) from individuals did the Shanghai General Office not process?",
      "上海市府办 2019 信访举报投诉类 natural person")
    e("sh19", "r.carried_forward.total",
      "Shanghai gov office 2019, how many applications got pushed into the next year to finish?",
      "上海市府办 2019 结转下年; text agrees", alt=SH19_FWD)
    e("sh19", "r.unable.unclear.natural_person",
      "Shanghai General Office 2019 — individuals' requests that stayed unclear even after correction, how many?",
      "上海市府办 2019 补正后仍不明确 natural person")
    e("jx", "r.received.total", "Jianxi District 2020 — how many info requests came in? just a number is fine",
      "涧西 2020 新收 total; text agrees", alt=JX_RECV)
    e("jx", "a.review.total", "jianxi 2020 admin review cases total??", "涧西 2020 复议 total")
    e("jx", "r.granted.natural_person", "Jianxi district office, 2020: requests from private persons that were granted?",
      "涧西 2020 予以公开 natural person")
    e("jx", "r.carried_forward.total",
      "Jianxi 2020 — how many requests were still being handled at year end and rolled over?",
      "涧西 2020 结转下年; text 在办2件 agrees", alt=JX_FWD)
    e("hz23", "c.coercion.decisions", "Hongze 2023, coercion decisions (行政强制)?", "洪泽 2023 行政强制")
    e("hz23", "r.withheld.process_info.total",
      "in Hongze's 2023 disclosure report, how many requests were rejected because it was process information?",
      "洪泽 2023 过程性信息 total; report named loosely")
    e("hz23", "c.normative_docs.repealed", "Hongze District 2023: normative docs repealed?", "洪泽 2023 规范性文件 废止")
    e("hz23", "r.unable.not_held.total", "My uncle asked Hongze district for some land papers and they said they dont have it. In 2023 how many "
      "requests got that answer (本机关不掌握)?",
      "洪泽 2023 不掌握 total")
    e("hz23", "a.review.upheld", "Hongze district 2023, reconsideration cases where original decision upheld?",
      "洪泽 2023 复议 维持 (printed 10; the printed 总计 0 is not asked)")
    e("hz24", "c.licensing.decisions", "Hongze 2024 admin licensing decisions? thx", "洪泽 2024 行政许可 (text row)")
    e("hz24", "c.fees.amount", "what were Hongze District's admin fees in 2024 (万元)? no rush", "洪泽 2024 fees (text row)",
      unit=WAN)
    e("hz24", "c.coercion.decisions", "Hongze 2024 — how many coercive measure decisions (行政强制)?",
      "洪泽 2024 行政强制 (text row)")
    e("hz24", "a.review.total", "Hongze district gov 2024, how many reconsideration cases overall?",
      "洪泽 2024 复议 total (text row)")
    e("kw", "c.normative_docs.issued", "STCSM 2024 — how many normative documents issued? (规范性文件 制发)",
      "上海科委 2024 规范性文件 制发 (text row; text 13 agrees)", alt=KW_NORM)
    e("kw", "r.total_processed.total", "Shanghai science commission 2024: total requests handled (办理总计)?",
      "上海科委 2024 办理总计 (text row)")
    e("kw", "r.received.commercial", "Shanghai sci & tech commission (市科委) 2024 — how many requests came from businesses?",
      "上海科委 2024 新收 commercial (text row)")
    e("kw", "c.punishment.decisions", "STCSM 2024 admin penalty decisions? probably zero but want to confirm",
      "上海科委 2024 行政处罚 (text row, 0)")
    e("sh25", "r.received.natural_person", "Shanghai General Office 2025 — new requests received from individuals (自然人)?",
      "上海市府办 2025 新收 natural person (text row)")
    e("sh25", "r.carried_over.legal_services",
      "In the 2025 report of Shanghai General Office, carried-over requests from law firms — how many?",
      "上海市府办 2025 上年结转 legal services (text row)")
    e("sh25", "r.not_processed.petition.total",
      "Shanghai gen office 2025, petition-type requests not processed (信访举报投诉类)?",
      "上海市府办 2025 信访举报投诉类 total (text row)")
    e("sh25", "a.litigation_direct.total", "2025 Shanghai General Office — how many lawsuits filed directly?",
      "上海市府办 2025 直接起诉 total (text row)")
    e("sh25", "r.total_processed.total",
      "I'm a journalist checking numbers. Shanghai General Office, 2025: total requests completed (办理总计)?",
      "上海市府办 2025 办理总计 (text row; text 办结 1191 agrees); journalist story", alt=SH25_DONE)
    return out


def combine():
    P = "[combine] "
    out = []
    z = lambda b, k, q, note, **kw: out.append(S("zh", b, k, q, P + note, **kw))  # noqa: E731
    e = lambda b, k, q, note, **kw: out.append(S("en", b, k, q, P + note, **kw))  # noqa: E731
    z("ha", ["c.punishment.decisions", "c.coercion.decisions"], "淮安2024 行政处罚和行政强制 决定加起来多少",
      "sum of 2: 淮安 2024 处罚 + 强制")
    z("sy", ["r.granted.total", "r.partially_granted.total"], "沭阳25年 予以公开 加上 部分公开 一共几件",
      "sum of 2: 沭阳 2025 予以公开 + 部分公开")
    z("hz23", ["r.withheld.state_secret.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"],
      "洪泽那份23年的年报里，国家秘密、过程性信息、行政执法案卷 这三种不予公开的 加一起是多少", "sum of 3: 洪泽 2023 不予公开 items")
    z("sh19", ["r.received.natural_person", "r.received.commercial"], "上海市府办19年 自然人和商业企业的新收申请 合计几件",
      "sum of 2: 上海市府办 2019 新收 natural person + commercial")
    z("jx", ["a.review.total", "a.litigation_direct.total"], "涧西20年 复议总数 加上 直接起诉的诉讼总数 一共多少",
      "sum of 2: 涧西 2020 复议 + 直接起诉")
    z("sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
      "上海市府办2025 “不掌握”和“需另行制作” 两项加起来几件", "sum of 2: 上海市府办 2025 (text rows)")
    z("kw", ["r.received.total", "r.carried_over.total"], "上海科委2024 新收的加上上年结转的，一共要处理多少件申请",
      "sum of 2: 上海科委 2024 新收 + 上年结转 (text rows)")
    z("ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
      "淮安2024年 其他处理 下面三个小项（逾期不补正、逾期不交费、其他）加起来多少？",
      "sum of 3: 淮安 2024 其他处理 sub-items")
    e("ha", ["r.received.%s" % c for c in ORGS],
      "Huaian 2024, all five kinds of organisation applicants (companies, research, public-interest, legal services, "
      "other) — new requests added together?", "sum of 5: 淮安 2024 新收 organisation columns")
    e("sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
      "Shuyang 2025: reconsideration total plus both kinds of lawsuit totals, altogether?",
      "sum of 3: 沭阳 2025 appeals totals; text 74 agrees", alt=("共办理相关案件 74", 74))
    e("sh19", ["r.received.total", "r.carried_over.total"],
      "Shanghai General Office 2019 - new requests plus ones carried over from before, sum?",
      "sum of 2: 上海市府办 2019 新收 + 上年结转")
    e("hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
      "Hongze '24 — licensing + penalty + coercion decisions, total?", "sum of 3: 洪泽 2024 (text rows)")
    e("sy", ["r.withheld.%s.total" % w for w in W8],
      "Shuyang 2025 - add up all 8 'not disclosed' (不予公开) reasons for me pls",
      "sum of 8: 沭阳 2025 不予公开 sub-items")
    e("jx", ["r.granted.total", "r.unable.not_held.total"],
      "Jianxi 2020: number granted plus number 'not held by this office', together?", "sum of 2: 涧西 2020")
    z("sh19", cols("unable.not_held"),
      "2019年上海市府办 本机关不掌握相关信息的，把所有申请人类型都加起来 几件", "sum of 6: 上海市府办 2019 不掌握 over "
      "the six columns (printed 总计 blank); text 265 agrees", alt=SH19_NOTHELD)
    e("sh19", cols("withheld.admin_query"),
      "Shanghai General Office 2019: requests refused as admin query matters (行政查询事项), all applicant types added up?",
      "sum of 6: 上海市府办 2019 行政查询事项 over the columns (printed 总计 blank)")
    e("sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"],
      "Shanghai General Office 2025: review total + direct lawsuits + lawsuits after review = ?",
      "sum of 3: 上海市府办 2025 appeals totals (text row)")
    e("hz23", ["r.partially_granted.total", "r.unable.not_held.total", "r.unable.needs_creation.total"],
      "Hongze 2023 partly disclosed + not held + needs to be newly made, how much in total",
      "sum of 3: 洪泽 2023")
    # differences (later year minus earlier year)
    d = lambda lang, b1, b2, k, q, note, **kw: out.append(D(lang, b1, b2, k, q, P + note, **kw))  # noqa: E731
    d("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 24年比23年 多了多少",
      "difference: 洪泽 行政许可 2023→2024")
    d("zh", "hz23", "hz24", "c.fees.amount", "洪泽 行政事业性收费 2024年跟2023年比 差多少万元（24减23）",
      "difference: 洪泽 fees 2023→2024 in 万元", unit=WAN)
    d("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办 结转下年度的申请，2025年比2019年多了几件",
      "difference: 上海市府办 结转下年 2019→2025")
    d("zh", "sh19", "sh25", "a.review.total", "上海市政府办公厅 行政复议总数 19年到25年 变化多少",
      "difference: 上海市府办 复议 total 2019→2025 (2025 printed number, note not applied)")
    d("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 本机关不掌握的申请 2024年相比2023年 增加了几件？",
      "difference: 洪泽 不掌握 2023→2024")
    d("en", "hz23", "hz24", "c.punishment.decisions",
      "Hongze District penalty decisions: how much did it change from 2023 to 2024?",
      "difference: 洪泽 行政处罚 2023→2024 (negative)")
    d("en", "hz23", "hz24", "c.coercion.decisions", "hongze coercion decisions 2024 minus 2023 = ?",
      "difference: 洪泽 行政强制 2023→2024 (negative)")
    d("en", "sh19", "sh25", "r.received.total",
      "Shanghai General Office: new requests in 2025 vs 2019, what's the difference? my editor wants it today",
      "difference: 上海市府办 新收 2019→2025; 2025 text agrees", alt=SH25_RECV)
    d("en", "sh19", "sh25", "r.received.natural_person",
      "For the Shanghai General Office, by how many did requests from individuals grow between 2019 and 2025?",
      "difference: 上海市府办 新收 natural person 2019→2025")
    d("en", "sh19", "sh25", "a.litigation_direct.total",
      "Shanghai General Office direct lawsuits — 2025 number minus 2019 number?",
      "difference: 上海市府办 直接起诉 total 2019→2025")
    return out


def rank():
    P = "[rank] "
    out = []
    r = lambda lang, bs, k, o, q, note, **kw: out.append(C("ranking", lang, [(q, ER_(bs, k, o, **kw))], P + note))  # noqa: E731
    r("zh", ["ha", "sy", "sh19"], "r.received.total", "desc",
      "淮安2024、沭阳2025、上海市府办2019 这三家 谁新收的申请最多？？", "desc over 3: 新收 total")
    r("zh", ["jx", "hz23", "sy"], "r.received.total", "asc",
      "涧西区2020年、洪泽区2023年、沭阳县2025年，新收申请哪家最少？", "asc over 3: 新收 total")
    r("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
      "行政许可决定数 比一比：淮安24年 洪泽23年 沭阳25年 哪个最多", "desc over 3: 行政许可")
    r("zh", ["ha", "sy", "jx", "hz23"], "a.review.corrected", "desc",
      "复议结果被纠正的，淮安2024、沭阳2025、涧西2020、洪泽2023 四个里谁最多", "desc over 4: 复议 纠正")
    r("zh", ["ha", "sy", "sh19"], "r.carried_forward.total", "asc",
      "结转到下一年的申请：淮安市2024年、沭阳县2025年、上海市府办2019年，哪个最少？？", "asc over 3: 结转下年")
    r("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
      "行政事业性收费 淮安2024 洪泽2023 沭阳2025 谁收得最少", "asc over 3: fees 万元", unit=WAN)
    r("zh", ["jx", "hz23", "sy"], "r.granted.total", "desc",
      "予以公开的件数 涧西20年、洪泽23年、沭阳25年 谁最多", "desc over 3: 予以公开 total")
    r("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc",
      "quick compare pls — most admin penalty decisions: Huaian 2024, Hongze 2023 or Shuyang 2025?", "desc over 3: 行政处罚")
    r("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
      "Normative docs in force — which is lowest: Huai'an (2024), Hongze (2023), Shuyang (2025)?",
      "asc over 3: 规范性文件 现行有效")
    r("en", ["jx", "sy", "sh19", "hz23"], "a.litigation_direct.total", "desc",
      "Among Jianxi 2020, Shuyang 2025, Shanghai General Office 2019 and Hongze 2023, who had most direct lawsuits?",
      "desc over 4: 直接起诉 total")
    r("en", ["ha", "sy", "hz23"], "r.partially_granted.total", "desc",
      "partially granted requests: Huaian 2024 vs Shuyang 2025 vs Hongze 2023 — which one is top?",
      "desc over 3: 部分公开 total")
    r("en", ["sy", "sh19", "jx"], "r.received.legal_services", "desc",
      "New requests from legal service orgs (法律服务机构): Shuyang 2025, Shanghai General Office 2019, Jianxi 2020 — "
      "who got the most?", "desc over 3: 新收 legal services")
    r("en", ["ha", "sy", "sh19"], "r.carried_over.total", "desc",
      "Which body had the biggest carry-over from the year before: Huaian 2024, Shuyang 2025 or Shanghai General "
      "Office 2019?", "desc over 3: 上年结转 total (close call 36 vs 34)")
    return out


def ER_(bodies, keys, order, **kw):
    from helpers239 import ER
    return ER(bodies, keys, order, **kw)


def textonly():
    P = "[textonly] "
    out = []
    n = lambda lang, b, kw, v, u, q, note, frm=None: out.append(N(lang, b, kw, v, u, q, P + note, frm=frm))  # noqa: E731
    # zh (20)
    n("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府 2024年 开了几场新闻发布会啊", "淮安 2024 新闻发布会")
    n("zh", "ha", "公报》6 期", 6, "期", "24年淮安的市政府公报 出了几期啊", "淮安 2024 政府公报 期数")
    n("zh", "ha", "共计 95", 95, "个", "淮安全市在运维的政务新媒体 2024年报告里说有多少个", "淮安 2024 政务新媒体 accounts")
    n("zh", "ha", "处理费 3940", 3940, "元", "淮安市政府2024年收了多少信息处理费？（元）", "淮安 2024 信息处理费 元")
    n("zh", "ha", "组织 4 次", 4, "次", "淮安2024年 政府信息公开栏目全覆盖检查 搞了几次", "淮安 2024 全覆盖检查")
    n("zh", "sy", "催办提示 84", 84, "次", "沭阳25年那个倒计时报警器 发了多少次催办提示", "沭阳 2025 催办提示")
    n("zh", "sy", "过期信息697", 697, "条", "沭阳县2025年 清理了多少条过期信息？  谢了", "沭阳 2025 过期信息清理")
    n("zh", "sy", "失效链接43", 43, "处", "沭阳2025年网站整改的 失效链接 有几处", "沭阳 2025 失效链接")
    n("zh", "sy", "64家单位", 64, "家", "沭阳 2025 年报集中公开 一共多少家单位", "沭阳 2025 年报集中公开单位数")
    n("zh", "sy", "爆款内容52", 52, "条", "听说沭阳的政务号很火，2025年出了多少条爆款内容？", "沭阳 2025 爆款内容; story")
    n("zh", "sy", "主动沟通 49", 49, "次", "沭阳县2025年 办前主动沟通 做了几次", "沭阳 2025 办前主动沟通")
    n("zh", "hz24", "2428 条", 2428, "条", "洪泽区2024年 政府网站上主动发布了多少条信息", "洪泽 2024 主动发布信息条数")
    n("zh", "hz24", "常务会议 7", 7, "期", "洪泽2024 公开了几期政府常务会议", "洪泽 2024 常务会议期数")
    n("zh", "hz23", "1136 条", 1136, "条", "洪泽区23年 网站主动公开的政府信息 多少条", "洪泽 2023 主动公开信息条数")
    n("zh", "kw", "原创文章 294", 294, "篇", "上海科技 微信公众号 2024年原创文章 多少篇（市科委的报告）",
      "上海科委 2024 原创文章")
    n("zh", "kw", "直播 118", 118, "场", "市科委2024年 视频号直播 一共几场？我想去看回放", "上海科委 2024 直播场次")
    n("zh", "sh25", "新闻通气会 19", 19, "场", "上海市府办2025年 开了几场新闻通气会 。。", "上海市府办 2025 新闻通气会")
    n("zh", "sh25", "撤回 157", 157, "件", "2025年上海市政府办公厅 申请人自己主动撤回的申请 有几件",
      "上海市府办 2025 主动撤回")
    n("zh", "sh19", "政策解读共132件", 132, "件", "2019年上海市府办 通过门户网站发了多少件政策解读",
      "上海市府办 2019 政策解读")
    n("zh", "jx", "601项事项", 601, "项", "涧西区2020年 梳理出来的公开事项 一共多少项", "涧西 2020 事项数",
      frm="梳理细化")
    # en (19)
    n("en", "ha", "政策解读21 个", 21, "个", "Huaian 2024 - how many policy interpretation pieces (政策解读) they made? thanks in advance",
      "淮安 2024 政策解读")
    n("en", "sy", "短视频1113", 1113, "个", "my cousin works at Shuyang county media center lol. in 2025 how many original short videos they pushed out?",
      "沭阳 2025 原创短视频")
    n("en", "sy", "意见征集9期", 9, "期", "How many rounds of public opinion collection (意见征集) did Shuyang run in 2025?",
      "沭阳 2025 意见征集")
    n("en", "sy", "争议纠纷 33", 33, "件", "Shuyang 2025, how many disputes were resolved through talking before handling?",
      "沭阳 2025 化解争议纠纷")
    n("en", "sy", "共计380元", 380, "元", "Shuyang county 2025 info processing fees collected, in yuan?",
      "沭阳 2025 信息处理费 元")
    n("en", "kw", "1016823", 1016823, "人", "How many followers does the STCSM WeChat account have per its 2024 report?",
      "上海科委 2024 微信关注人数")
    n("en", "kw", "建议 50 件", 50, "件",
      "STCSM 2024 — how many NPC deputies' suggestions (人大代表建议) did they handle as lead or co-handler?",
      "上海科委 2024 人大代表建议")
    n("en", "kw", "54373", 54373, "人",
      "a friend follow the STCSM video channel (上海科技 视频号) — how many fans it had according to the 2024 report?",
      "上海科委 2024 视频号粉丝; story")
    n("en", "kw", "121 条", 121, "条", "Shanghai science commission 2024: how many policies pushed in batch for integrated release?",
      "上海科委 2024 集成式发布政策")
    n("en", "sh25", "新闻发布会 42", 42, "场", "Shanghai General Office 2025 - how many municipal press conference (新闻发布会) were held??",
      "上海市府办 2025 新闻发布会")
    n("en", "sh25", "公报》24 期", 24, "期", "how many issues of the Shanghai government gazette did the General Office edit in 2025?",
      "上海市府办 2025 公报期数")
    n("en", "sh25", "10 个语种", 10, "个", "per Shanghai General Office 2025 report, the international services portal now covers how many languages?",
      "上海市府办 2025 语种")
    n("en", "sh25", "属性审查 166", 166, "件",
      "Shanghai General Office 2025 — how many documents got the disclosure-attribute review (公开属性审查)?",
      "上海市府办 2025 公开属性审查")
    n("en", "sh19", "共计38次", 38, "次",
      "Shanghai General Office 2019: how many times were key topics of executive meetings officially released?",
      "上海市府办 2019 常务会议权威发布")
    n("en", "sh19", "70家政府网站", 70, "家", "In 2019 the Shanghai General Office checked how many government websites every quarter?",
      "上海市府办 2019 政府网站检查")
    n("en", "sh19", "90.2%", 90.2, "%", "what's the proactive disclosure rate of municipal documents the Shanghai General Office reported for 2019?",
      "上海市府办 2019 主动公开率 %")
    n("en", "jx", "办结率88.2%", 88.2, "%", "Jianxi 2020 completion rate for info requests, in percent?", "涧西 2020 办结率 %")
    n("en", "jx", "等26个试点领域", 26, "个",
      "Jianxi District 2020 — how many pilot areas (试点领域) for grassroots openness standardisation?",
      "涧西 2020 试点领域", frm="对照省、市")
    n("en", "hz24", "代表区政府受理", 17, "件",
      "In Hongze's 2024 report, the text says the district office accepted requests on behalf of the district govt "
      "— what number does the text give?", "洪泽 2024 区政府办代表区政府受理 (text only; the table's 新收 95 differs)")
    return out


def followups():
    P = "[followup] "
    out = []
    f = lambda lang, turns, note: out.append(F(lang, turns, P + note))  # noqa: E731
    # zh (20)
    f("zh", [("洪泽区2023年 行政许可处理决定 多少？", E("hz23", "c.licensing.decisions")),
             ("那洪泽24年的 是多少", E("hz24", "c.licensing.decisions"))], "year switch 洪泽 2023→2024")
    f("zh", [("上海市府办19年 新收申请 多少件", E("sh19", "r.received.total", alt=SH19_RECV)),
             ("25年的呢？？", E("sh25", "r.received.total", alt=SH25_RECV))], "year switch 上海市府办 2019→2025")
    f("zh", [("淮安2024 行政复议 总共多少件？？", E("ha", "a.review.total", alt=HA_REVIEW(351))),
             ("其中 结果纠正的呢", E("ha", "a.review.corrected", alt=HA_REVIEW(64))),
             ("还没审结的有几件", E("ha", "a.review.pending", alt=HA_REVIEW(37)))], "outcome switch 淮安 复议, 3 turns")
    f("zh", [("沭阳25年 予以公开 多少", E("sy", "r.granted.total")),
             ("只算自然人的呢", E("sy", "r.granted.natural_person"))], "column switch 沭阳 予以公开")
    f("zh", [("涧西2020 行政复议总计 几件", E("jx", "a.review.total")),
             ("那没经过复议直接起诉的 行政诉讼总计呢", E("jx", "a.litigation_direct.total"))], "group switch 涧西 appeals")
    f("zh", [("淮安2024年 新收申请里 自然人的有多少", E("ha", "r.received.natural_person")),
             ("沭阳县2025年 对应的数字呢", E("sy", "r.received.natural_person"))], "body switch 淮安→沭阳")
    f("zh", [("洪泽23年 行政处罚决定数", E("hz23", "c.punishment.decisions")),
             ("2024年 又是多少", E("hz24", "c.punishment.decisions"))], "year switch 洪泽 处罚")
    f("zh", [("上海市府办2025 结转下年度继续办理的 有多少", E("sh25", "r.carried_forward.total")),
             ("那2019年的时候呢", E("sh19", "r.carried_forward.total", alt=SH19_FWD))], "year switch 上海市府办 2025→2019")
    f("zh", [("沭阳2025年 本机关不掌握的 有几件", E("sy", "r.unable.not_held.total")),
             ("淮安24年 这个数是多少", E("ha", "r.unable.not_held.total"))], "body switch 沭阳→淮安")
    f("zh", [("上海科委2024年 行政处罚 决定多少", E("kw", "c.punishment.decisions")),
             ("行政许可呢", E("kw", "c.licensing.decisions"))], "row switch 上海科委 (text rows)")
    f("zh", [("淮安2024 行政规范性文件 制发几件", E("ha", "c.normative_docs.issued")),
             ("现行有效的呢", E("ha", "c.normative_docs.in_force")),
             ("那废止的。。", E("ha", "c.normative_docs.repealed"))], "column switch 淮安 规范性文件, 3 turns")
    f("zh", [("洪泽区2023年 部分公开 几件啊", E("hz23", "r.partially_granted.total")),
             ("沭阳25年呢", E("sy", "r.partially_granted.total"))], "body switch 洪泽→沭阳")
    f("zh", [("上海市府办2019年 规章 新制作了多少件", E("sh19", "c.regulations.made", alt=SH19_REG)),
             ("规范性文件呢", E("sh19", "c.normative_docs.made", alt=SH19_NORM))], "row switch 上海市府办 2019")
    f("zh", [("淮安24年 行政复议 结果维持的 多少", E("ha", "a.review.upheld", alt=HA_REVIEW(72))),
             ("复议后又起诉的那些里 结果维持的呢", E("ha", "a.litigation_after_review.upheld"))],
      "group switch 淮安 维持")
    f("zh", [("沭阳2025年 行政复议 结果纠正的 几件", E("sy", "a.review.corrected")),
             ("直接起诉的诉讼里 纠正的呢", E("sy", "a.litigation_direct.corrected"))], "group switch 沭阳 纠正")
    f("zh", [("洪泽24年 本机关不掌握 几件", E("hz24", "r.unable.not_held.total")),
             ("23年呢", E("hz23", "r.unable.not_held.total"))], "year switch 洪泽 2024→2023")
    f("zh", [("上海市府办2025年 行政复议 总计多少", E("sh25", "a.review.total")),
             ("直接起诉的呢", E("sh25", "a.litigation_direct.total")),
             ("复议后起诉的", E("sh25", "a.litigation_after_review.total"))], "group switch 上海市府办 2025, 3 turns")
    f("zh", [("涧西区2020年 新收申请 几件", E("jx", "r.received.total", alt=JX_RECV)),
             ("洪泽区2023年的呢", E("hz23", "r.received.total", alt=HZ23_RECV))], "body switch 涧西→洪泽")
    f("zh", [("淮安2024 重复申请 不予处理 几件", E("ha", "r.not_processed.duplicate.total")),
             ("沭阳2025年呢", E("sy", "r.not_processed.duplicate.total"))], "body switch 淮安→沭阳")
    f("zh", [("沭阳25年 行政强制决定 多少", E("sy", "c.coercion.decisions")),
             ("淮安24年的呢", E("ha", "c.coercion.decisions"))], "body switch 沭阳→淮安")
    # en (19)
    f("en", [("Huaian 2024, how many requests were fully granted (予以公开)?", E("ha", "r.granted.total")),
             ("and partially?", E("ha", "r.partially_granted.total"))], "row switch Huai'an")
    f("en", [("Hongze 2023 admin fees in 万元?", E("hz23", "c.fees.amount", unit=WAN)),
             ("ok and in 2024", E("hz24", "c.fees.amount", unit=WAN))], "year switch Hongze fees")
    f("en", [("Shanghai General Office 2019, new requests from natural persons?", E("sh19", "r.received.natural_person")),
             ("same thing for 2025", E("sh25", "r.received.natural_person"))], "year switch Shanghai GO")
    f("en", [("STCSM 2024: how many requests received?", E("kw", "r.received.total", alt=KW_RECV)),
             ("how many of them from private persons?", E("kw", "r.received.natural_person"))],
      "column switch STCSM (text rows)")
    f("en", [("Shuyang 2025: not processed because duplicate application?", E("sy", "r.not_processed.duplicate.total")),
             ("what about the petition/complaint kind?", E("sy", "r.not_processed.petition.total"))], "row switch Shuyang")
    f("en", [("Jianxi 2020: how many requests were handled in total?", E("jx", "r.total_processed.total", alt=JX_DONE)),
             ("how many of those were granted?", E("jx", "r.granted.total"))], "row switch Jianxi")
    f("en", [("Huaian 2024, lawsuits filed directly — total?", E("ha", "a.litigation_direct.total")),
             ("after reconsideration?", E("ha", "a.litigation_after_review.total"))], "group switch Huai'an lawsuits")
    f("en", [("Hongze district 2023 - normative docs currently in force?", E("hz23", "c.normative_docs.in_force")),
             ("2024 pls", E("hz24", "c.normative_docs.in_force"))], "year switch Hongze")
    f("en", [("Shanghai General Office 2025 - granted requests total?", E("sh25", "r.granted.total")),
             ("what's STCSM's number for 2024", E("kw", "r.granted.total", alt=KW_GRANT))], "body switch Shanghai GO→STCSM")
    f("en", [("Shuyang 2025: how many requests carried to next year?", E("sy", "r.carried_forward.total", alt=SY_FWD)),
             ("same but Huaian in 2024", E("ha", "r.carried_forward.total", alt=HA_FWD))], "body switch Shuyang→Huai'an")
    f("en", [("Huaian 2024 - refused to protect third-party rights?", E("ha", "r.withheld.third_party.total")),
             ("and because of state secrets?", E("ha", "r.withheld.state_secret.total"))], "row switch Huai'an withheld")
    f("en", [("Hongze 2024 granted requests?", E("hz24", "r.granted.total")),
             ("Hongze 2023?", E("hz23", "r.granted.total"))], "year switch Hongze 2024→2023")
    f("en", [("Shanghai General Office 2019 — centralized procurement projects?", E("sh19", "c.procurement.projects")),
             ("Jianxi 2020?", E("jx", "c.procurement.projects"))], "body switch Shanghai GO→Jianxi")
    f("en", [("Shuyang 2025: reconsideration upheld (维持)?", E("sy", "a.review.upheld")),
             ("corrected?", E("sy", "a.review.corrected")),
             ("other result?", E("sy", "a.review.other"))], "outcome switch Shuyang, 3 turns")
    f("en", [("STCSM 2024 requests handled in total?", E("kw", "r.total_processed.total")),
             ("Shanghai General Office 2025?", E("sh25", "r.total_processed.total", alt=SH25_DONE))],
      "body switch STCSM→Shanghai GO (text rows)")
    f("en", [("Huaian 2024: how many requests from legal service orgs were granted?", E("ha", "r.granted.legal_services")),
             ("and from companies?", E("ha", "r.granted.commercial"))], "column switch Huai'an")
    f("en", [("Hongze 2024 reconsideration total?", E("hz24", "a.review.total")),
             ("direct lawsuits?", E("hz24", "a.litigation_direct.total"))], "group switch Hongze 2024 (text row)")
    f("en", [("Shanghai General Office 2025 'not held' (本机关不掌握) total?", E("sh25", "r.unable.not_held.total")),
             ("2019, all applicants added?", E("sh19", cols("unable.not_held"), alt=SH19_NOTHELD))],
      "year switch Shanghai GO; 2019 summed over columns")
    f("en", [("Jianxi 2020 normative docs newly made?", E("jx", "c.normative_docs.made")),
             ("Shanghai General Office 2019?", E("sh19", "c.normative_docs.made", alt=SH19_NORM))],
      "body switch Jianxi→Shanghai GO")
    return out


def cannot():
    P = "[cannot] "
    out = []
    u = lambda lang, q, why, note: out.append(U(lang, q, why, P + note))  # noqa: E731
    # zh (20)
    u("zh", "老师布置的调研：淮安2024年 信息公开申请人里 男的女的 各多少", "no breakdown by sex", "sex")
    u("zh", "沭阳县2025年 每个月收到多少申请 有按月的吗", "no monthly breakdown", "month")
    u("zh", "洪泽区22年 新收申请 多少件？", "no 2022 report of 洪泽区 in the corpus", "year not held")
    u("zh", "苏州市 24年 信息公开申请 总数是多少呀", "苏州市 not in the corpus", "body not held")
    u("zh", "上海市府办2022年度 行政复议 几件", "no 2022 report of 上海市人民政府办公厅", "year not held")
    u("zh", "涧西区 2019年 收到多少信息公开申请，，", "no 2019 report of 涧西区 in the corpus", "year not held")
    u("zh", "淮安2024 搞政务公开的工作人员 一共有几个人", "the report gives no staff number", "staff")
    u("zh", "沭阳25年 依申请公开 平均几天能答复", "no response times stated", "response time")
    u("zh", "上海科委2024 申请人都是哪个区的 各区多少", "no district breakdown of applicants", "district")
    u("zh", "洪泽2024 申请主要是问啥的？各类话题多少件", "no topic breakdown of requests", "topic")
    u("zh", "淮安2026年 会收到多少申请 帮忙预测一下", "a forecast; no 2026 figures", "forecast")
    u("zh", "连云港市2025年 行政许可 多少件", "连云港市 not in the corpus", "body not held")
    u("zh", "上海市府办2025年 依申请公开工作 一共花了多少经费", "no cost of the disclosure work stated", "cost")
    u("zh", "涧西区2020年 申请人 年龄分布 是怎样的", "no age breakdown", "age")
    u("zh", "沭阳县2025年 哪个乡镇的人申请最多", "no township breakdown", "township")
    u("zh", "洪泽区2023年 你觉得他们信息公开做得好不好 给个评价", "an opinion, not a fact in the report", "opinion")
    u("zh", "淮安2024 行政诉讼里 被纠正的是哪几个部门", "no department breakdown of lawsuits", "department")
    u("zh", "上海市府办2019年 第三季度 收到多少申请", "no quarterly breakdown", "quarter")
    u("zh", "沭阳2025年 交了那笔信息处理费的申请人 叫什么名字 电话多少", "personal data, not in the report",
      "personal data")
    u("zh", "淮阴区2024年 政府信息公开年报 新收申请几件", "淮阴区 not in the corpus", "body not held")
    # en (19)
    u("en", "hello, Yancheng city 2024 — how many disclosure requests they got? thx", "盐城市 not in the corpus", "body not held")
    u("en", "Huaian 2023 new requests? need it for comparison", "no 2023 report of 淮安市 in the corpus", "year not held")
    u("en", "STCSM 2025 admin licensing decisions (行政许可) pls", "no 2025 report of 上海市科委", "year not held")
    u("en", "Shuyang '23 reconsideration cases?", "no 2023 report of 沭阳县", "year not held")
    u("en", "Hongze 2024 — how many requests came by post and how many online (网上申请)?", "no channel breakdown", "channel")
    u("en", "Huaian 2024, how many requests were from foreigners or people living outside the city?",
      "no residence/nationality breakdown", "residence")
    u("en", "Shanghai General Office 2025: average days to reply a request?", "no response times stated",
      "response time")
    u("en", "for a class project: Jianxi 2020, what industries did the business applicants come from?", "no industry breakdown", "industry")
    u("en", "Shuyang 2025 how much money the county spent on salaries for the disclosure staff", "no staff cost stated",
      "cost")
    u("en", "What will Hongze's number of requests be in 2026? rough guess ok", "a forecast; no 2026 figures",
      "forecast")
    u("en", "which department in Huaian got most disclosure requests in 2024?? just curious", "no department breakdown of requests",
      "department")
    u("en", "Xuhui District 2024 disclosure report – new requests?", "徐汇区 not in the corpus", "body not held")
    u("en", "Shanghai General Office 2021 — how many requests?", "no 2021 report of 上海市人民政府办公厅",
      "year not held")
    u("en", "shuyang 2025, how many requests was from women ?", "no breakdown by sex", "sex")
    u("en", "STCSM 2024: how many requests arrived in December, just before the year closed?", "no monthly breakdown", "month")
    u("en", "Huaian 2024 — why did the number of requests go up compared with 2023?",
      "the report gives no comparison with 2023 and no reason", "reason not stated")
    u("en", "Hongze 2023: who is the person that filed the state-secret request? name pls",
      "personal data, not in the report", "personal data")
    u("en", "Jianxi 2020: how many staff work in the disclosure office?", "no staff number stated", "staff")
    u("en", "I live in Pudong. Shanghai General Office 2019 — how many requests came from Pudong people like me?",
      "no district/residence breakdown", "residence")
    return out


def neighbour():
    P = "[neighbour] "
    out = []
    t = lambda lang, b, k, q, note, **kw: out.append(T(lang, b, k, q, P + note, **kw))  # noqa: E731
    t("zh", "ha", "r.carried_over.total", "淮安2024年 从上一年结转过来的申请 有多少（不是转到下年的那个）",
      "上年结转 34 vs 结转下年 103", alt=HA_OVER)
    t("zh", "sy", "a.litigation_after_review.total", "沭阳2025 先复议、复议完又去法院起诉的 总共几件",
      "复议后起诉 10 vs 直接起诉 3")
    t("zh", "ha", "c.normative_docs.repealed", "淮安市2024年 行政规范性文件 废止了几件", "废止 26 vs 制发 8 / 现行有效 66")
    t("zh", "sh19", "c.normative_docs.total_published", "上海市府办2019 规范性文件 对外公开总数量（不是本年新制作的那个）",
      "对外公开总数 368 vs 新制作 60")
    t("zh", "jx", "c.procurement.projects", "涧西2020 政府集中采购 采购了几个项目（问数量 不是金额）",
      "采购项目数 8 vs 金额 28.6232")
    t("zh", "sh25", "r.unable.needs_creation.total", "上海市府办2025 需要另行制作所以没法提供的 几件？别和不掌握的搞混",
      "另行制作 48 vs 不掌握 513 (text rows)")
    t("zh", "ha", "r.partially_granted.total", "淮安2024 部分公开（区分处理那个） 的件数", "部分公开 454 vs 予以公开 1362")
    t("en", "sy", "r.withheld.process_info.total",
      "Shuyang 2025 refused as process info (过程性信息) — not the internal affairs one",
      "过程性信息 2 vs 内部事务 13")
    t("en", "sh19", "r.received.legal_services",
      "Shanghai General Office 2019: new requests from legal services orgs (not from companies)",
      "法律服务机构 2 vs 商业企业 35")
    t("en", "sh25", "r.carried_over.total",
      "Shanghai General Office 2025 — requests carried over from the previous year into 2025, not the ones "
      "passed on to 2026", "上年结转 189 vs 结转下年 293 (text rows; text agrees)", alt=SH25_OVER)
    t("en", "ha", "a.review.other", "Huaian 2024 reconsideration — the 'other outcome' (其他结果) count, not the corrected one",
      "其他结果 178 vs 纠正 64; text agrees", alt=HA_REVIEW(178))
    t("en", "hz24", "a.litigation_after_review.total",
      "Hongze 2024, lawsuits brought after a reconsideration first (复议后起诉) — how many?",
      "复议后起诉 3 vs 直接起诉 1 (text row)")
    t("en", "kw", "c.normative_docs.in_force",
      "STCSM 2024 normative documents still valid (现行有效) — not the newly issued ones",
      "现行有效 55 vs 制发 13 (text row)")
    return out


def CONVERSATIONS():
    return plain() + combine() + rank() + textonly() + followups() + cannot() + neighbour()
