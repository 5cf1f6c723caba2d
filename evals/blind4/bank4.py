"""Question bank of the fourth blind set (evals/blind4): confident wrong numbers.

WARNING: holds the text of every test question; as frozen as test.jsonl.
Every number is computed by helpers4.py from gold/*.json or cut from the report text.
Notes open with a tag: [textonly] [combine] [cannot] [neighbour] [mix].
"""
from helpers4 import C, E, EN, EU, ER, V, T, S, N, U, R, F, D, cols  # noqa: F401
import blindlib4 as L

# cells of 005 洪泽区 2024 (no gold): parsed from the printed line, stored in text_cells.json
L.TEXT_SPECS["hz24"] = {
    "requests.received.total": ("row", "一、本年新收政府信息公开申请数量", 6),
    "requests.granted.total": ("row", "（一）予以公开", 6),
    "requests.carried_forward.total": ("row", "四、结转下年度继续办理", 6),
    "active.licensing.decisions": ("row", "行政许可", 0),
    "active.punishment.decisions": ("row", "行政处罚", 0),
    "active.coercion.decisions": ("row", "行政强制", 0),
}

HA, HZ, HZ24, SY, JX, SH19, SH25, KW = "ha", "hz23", "hz24", "sy", "jx", "sh19", "sh25", "kw"
FOUR = [HA, HZ, SY, JX]


def CONVERSATIONS():
    c = []
    a = c.append
    # ------------------------------------------------------------ [textonly]
    tx = "[textonly] number stated only in the report text; a table cell is the naive wrong answer"
    a(N("zh", SH25, "含申请人主动撤回", 157, "件", "上海市政府办公厅2025年有多少件信息公开申请是申请人自己主动撤回的？", tx))
    a(N("en", SH25, "含申请人主动撤回", 157, "件", "Shanghai general office 2025: how many disclosure requests did applicants withdraw themselves?", tx))
    a(N("zh", SY, "收取信息处理费共计380元", 380, "元", "沭阳县2025年办理依申请公开时一共收了多少信息处理费？", tx + " (table 行政事业性收费 is a different figure)"))
    a(N("en", SY, "收取信息处理费共计380元", 380, "元", "How much did Shuyang county actually charge applicants in information processing fees in 2025?", tx))
    a(N("zh", HZ, "全年收取政府信息公开信息处理费", 0, "元", "洪泽区2023年收取的政府信息公开信息处理费是多少元？", tx + " (not 行政事业性收费)"))
    a(N("en", HZ24, "全年收取政府信息公开信息处理费", 0, "元", "Did Hongze district collect any disclosure processing fees in 2024? How much?", tx))
    a(N("zh", SY, "年度报告集中公开", 64, "家", "沭阳县有多少家单位的政府信息公开年度报告是集中统一发布的？", tx))
    a(N("en", SY, "年度报告集中公开", 64, "家", "How many units' annual disclosure reports did Shuyang publish together in one batch in 2025?", tx))
    a(N("zh", SY, "全年通过县政府门户网站主动公开政府信息", 4511, "条", "沭阳县政府门户网站2025年主动公开了多少条政府信息？", tx))
    a(N("en", SY, "全年通过县政府门户网站主动公开政府信息", 4511, "条", "Number of items Shuyang proactively posted on the county government portal in 2025?", tx))
    a(N("zh", SY, "开展意见征集9期", 9, "期", "沭阳县政府网站全年搞了几期意见征集？", tx))
    a(N("zh", SY, "累计清理过期信息", 697, "条", "沭阳清理已公开的过期信息，一共清掉了多少条？", tx))
    a(N("zh", SY, "全年公开政策文件4件", 4, "件", "沭阳县2025年全年公开了几件政策文件？", tx + " (text 4; table 规范性文件制发 is another concept)"))
    a(N("zh", SH25, "召开市政府新闻发布会", 42, "场", "上海市政府2025年开了多少场新闻发布会？", tx))
    a(N("en", SH25, "召开市政府新闻发布会", 19, "场", "How many press briefings (新闻通气会, not full press conferences) did the Shanghai municipal government hold in 2025?", tx))
    a(N("zh", SH25, "编辑《上海市人民政府公报》", 24, "期", "2025年《上海市人民政府公报》出了几期？", tx))
    a(N("en", SH25, "编辑《上海市人民政府公报》", 243, "件", "How many documents were printed in the Shanghai Municipal Government Gazette in 2025?", tx))
    a(N("zh", SH25, "公文公开属性审查", 166, "件", "上海市政府办公厅2025年做了多少件公文公开属性审查？", tx))
    a(N("en", SH25, "公文公开属性审查", 330, "件", "Shanghai general office 2025: how many release reviews (发布审查) of documents were completed?", tx))
    a(N("zh", SH25, "无法提供 564 件", 47.36, "%", "上海市政府2025年因不掌握等原因无法提供的申请占办结量的百分之几？", tx + " (percentage only in text)"))
    a(N("en", SH25, "无法提供 564 件", 47.36, "%", "What share of Shanghai's 2025 closed requests ended as 'cannot be provided'? Give the percentage.", tx))
    a(N("zh", SH25, "含上年结转", 189, "件", "上海市政府2025年办结的申请里，含有多少件上年结转的？", tx))
    a(N("zh", SH25, "人事任免文件", 196, "件", "上海市政府2025年主动公开了多少件人事任免文件？", tx))
    a(N("zh", KW, "通过部门网站当年发布政府信息", 393, "件", "上海市科委2024年通过部门网站发布了多少件政府信息？", tx))
    a(N("zh", KW, "主合办人大代表建议", 50, "件", "市科委2024年主办合办了多少件人大代表建议？", tx, frm="《上海市科委 2024 年度代表建议"))
    a(N("en", KW, "主合办政协提案", 85, "件", "How many CPPCC proposals did the Shanghai S&T Commission handle as lead or co-handler in 2024?", tx, frm="《上海市科委 2024 年度代表建议"))
    a(N("zh", KW, "全年累计发布信息 2139", 2139, "条", "“上海科技”网站2024年全年发布信息多少条（含动态类）？", tx))
    a(N("zh", SH19, "予以公开及部分公开258件", 33.9, "%", "上海市政府2019年予以公开和部分公开的申请占比多少？", tx))
    a(N("en", SH19, "不予公开35件", 4.34, "%", "Shanghai 2019: what percentage of requests were refused disclosure?", tx))
    a(N("zh", SH19, "不予处理158件", 19.6, "%", "上海2019年不予处理的申请占百分之多少？", tx))
    a(N("zh", SH19, "进行权威发布共计", 38, "次", "2019年上海对市政府常务会议重要议题做了几次权威发布？", tx))
    a(N("en", SH19, "发布政策解读共", 132, "件", "How many policy interpretations did the 'China Shanghai' portal publish in 2019?", tx))
    a(N("zh", HA, "全市在运维政务新媒体共计", 95, "个", "淮安全市现在在运维的政务新媒体有多少个？", tx))
    a(N("en", HA, "全市在运维政务新媒体共计", 95, "个", "How many government new-media accounts does Huai'an city currently operate?", tx))
    a(N("zh", JX, "办结率", 88.2, "%", "涧西区政府办依申请公开的办结率是多少？", tx))
    a(N("en", JX, "共21个领域601项事项", 601, "项", "How many disclosure items did Jianxi district's standardisation work sort out?", tx, frm="结合权责清单"))
    a(N("zh", HZ24, "公开政府常务会议", 7, "期", "洪泽区2024年公开了几期政府常务会议？", tx))
    a(N("en", HZ24, "在政府网站平台主动发布各类政府信息", 2428, "条", "How many items did Hongze district proactively publish on its website platform in 2024?", tx))
    a(N("zh", HZ, "在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？", tx))
    # text and table both honestly answer -> ambiguous
    amb = "[textonly] text and table both answer; ambiguous with both readings"
    a(V("zh", SH19, "r.carried_forward.total", "上海市政府办公厅2019年有多少件申请顺延到下一年度答复？", amb, kind="narrative" if False else "value", alt=("另有72件申请", 72)))
    a(V("en", SH19, "r.received.total", "How many disclosure requests did the Shanghai general office accept in 2019?", amb, alt=("共受理政府信息公开申请859件", 859)))
    a(V("zh", HA, "a.review.total", "淮安市2024年涉及政府信息公开的行政复议有几件？", amb, alt=("政府信息公开行政复议", 351)))
    a(V("zh", JX, "r.total_processed.total", "涧西区政府办2020年办结了多少件依申请公开？", amb, alt=("办结15件", 15)))
    a(V("en", HZ, "r.received.total", "How many disclosure applications did Hongze district accept in 2023?", amb, alt=("全区受理政府信息公开申请", 21)))

    # ------------------------------------------------------------ [combine]
    cb = "[combine] sum of cells asked in a compact form"
    a(S("zh", HA, ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年直接起诉和复议后起诉的行政诉讼合起来几件？", cb))
    a(S("en", SY, ["a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025, lawsuits direct plus after review, together?", cb))
    a(S("zh", HA, ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开一共多少件？", cb))
    a(S("en", HA, ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024: fully plus partly granted requests, in total?", cb))
    a(S("zh", SY, ["r.granted.total", "r.partially_granted.total"], "沭阳25年予以公开和部分公开加起来是多少？", cb))
    a(S("en", JX, ["r.granted.total", "r.partially_granted.total"], "Jianxi district office 2020, granted in full or in part — how many altogether?", cb))
    a(S("zh", HA, ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024年信息公开复议和诉讼一共多少件？", cb))
    a(S("zh", SY, ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年复议加诉讼总共几件？", cb))
    a(S("en", JX, ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020: reviews and lawsuits combined?", cb))
    a(S("zh", HA, ["r.withheld.total", "r.unable.total"], "淮安2024年不予公开加无法提供共有多少件？", cb))
    a(S("en", SY, ["r.withheld.total", "r.unable.total"], "Shuyang 2025: withheld plus unable to provide, how many in all?", cb))
    a(S("zh", HZ, ["r.withheld.total", "r.unable.total"], "洪泽区2023年不予公开和无法提供的合计是多少件？", cb))
    a(S("zh", HA, ["r.received.total", "r.carried_over.total"], "淮安市2024年新收申请加上年结转的，总共要处理多少件？", cb))
    a(S("en", SY, ["r.received.total", "r.carried_over.total"], "Shuyang 2025 caseload: new requests plus the ones carried in from last year?", cb))
    a(S("zh", SY, ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "沭阳县2025年复议和诉讼中被维持的一共多少件？", cb))
    a(S("en", HA, ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Huai'an 2024: how many review and court outcomes in all corrected the government?", cb))
    a(S("zh", HA, ["a.review.pending", "a.litigation_direct.pending", "a.litigation_after_review.pending"], "淮安2024年复议诉讼里尚未审结的合计几件？", cb))
    a(S("en", HA, ["r.not_processed.total"], "Huai'an 2024: all the 'not processed' requests (petitions, duplicates and so on) together?", cb))
    a(S("zh", SY, ["r.not_processed.total"], "沭阳县2025年不予处理的申请加总是多少？", cb))
    a(S("zh", SY, ["r.withheld.total"], "沭阳县2025年各类不予公开的申请合计多少件？", cb))
    a(S("en", HA, ["r.unable.total"], "Huai'an 2024 — every 'unable to provide' reason added up?", cb))
    a(S("zh", HA, ["c.normative_docs.issued", "c.normative_docs.repealed"], "淮安市2024年规范性文件制发和废止的加起来多少件？", cb))
    a(S("zh", SH19, ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "上海市府办2019年信息公开复议、诉讼合计几件？", cb))
    a(S("en", HA, ["c.licensing.decisions", "c.punishment.decisions"], "Huai'an 2024: licensing plus penalty decisions, one number please.", cb))
    a(S("zh", SY, ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "沭阳县2025年“其他处理”那几行加起来多少？", cb))
    a(S("en", SY, ["c.normative_docs.issued", "c.normative_docs.repealed"], "Shuyang 2025: normative documents issued and repealed, combined?", cb))
    a(S("zh", HA, ["r.withheld.admin_query.total", "r.unable.not_held.total"], "淮安2024年“行政查询事项”和“本机关不掌握”两项合计？", cb))
    a(S("en", HA, ["r.received.natural_person", "r.received.legal_person"], "Huai'an 2024 new requests, individuals plus organisations, added by column?", cb))

    # ------------------------------------------------------------ [cannot]
    cn = "[cannot] the reports cannot answer this"
    a(U("zh", "淮安市2024年哪个月收到的信息公开申请最多？", "no monthly breakdown", cn))
    a(U("en", "Which quarter of 2025 did Shuyang receive the most disclosure requests in?", "no quarterly breakdown", cn))
    a(U("zh", "沭阳县2025年提出信息公开申请的人里男性和女性各占多少？", "no breakdown by sex", cn))
    a(U("en", "What was the age profile of people who filed disclosure requests in Huai'an in 2024?", "no breakdown by age", cn))
    a(U("zh", "淮安市2024年通过网上平台提交的申请有多少件，信函提交的又有多少件？", "no breakdown by channel", cn))
    a(U("en", "How many of Hongze district's 2023 requests came in by email versus in person?", "no breakdown by channel", cn))
    a(U("zh", "淮安市2024年各市直部门分别收到了多少件申请？", "no breakdown by department", cn))
    a(U("en", "Which Shuyang county department got the most disclosure requests in 2025?", "no breakdown by department", cn))
    a(U("zh", "淮安市2025年预计会收到多少件信息公开申请？", "forecast", cn))
    a(U("en", "Will Shuyang's disclosure requests rise next year? Give me your estimate.", "forecast", cn))
    a(U("zh", "你觉得洪泽区2023年信息公开工作做得好不好，打几分？", "opinion", cn))
    a(U("en", "In your opinion, is Huai'an more transparent than Shuyang?", "opinion", cn))
    a(U("zh", "淮安市2024年行政复议为什么这么多？", "cause not stated", cn))
    a(U("en", "Why did Shuyang have 143 'other' outcomes in 2025 — what caused them?", "cause not stated", cn))
    a(U("zh", "淮安市2022年收到多少件信息公开申请？", "year not held", cn))
    a(U("en", "How many disclosure requests did Shuyang county receive in 2023?", "year not held", cn))
    a(U("zh", "洪泽区2021年的行政复议有几件？", "year not held", cn))
    a(U("en", "How many requests did Jianxi district handle in 2022?", "year not held", cn))
    a(U("zh", "宿迁市2024年收到多少件政府信息公开申请？", "body not held", cn))
    a(U("en", "How many lawsuits did the Nanjing municipal government face over disclosure in 2024?", "body not held", cn))
    a(U("zh", "上海市浦东新区2025年依申请公开办结了多少件？", "body not held", cn))
    a(U("en", "Beijing municipal government 2024: number of disclosure requests?", "body not held", cn))
    a(U("zh", "淮安市2024年的信息公开申请平均多少天答复完？", "no response-time figure", cn))
    a(U("en", "What was the average reply time for Shanghai's 2025 disclosure requests in days?", "no response-time figure", cn))
    a(U("zh", "沭阳县2025年申请人里有多少是外地人？", "no breakdown by residence", cn))
    a(U("en", "How many of Huai'an's 2024 refusals were later overturned on second appeal to a higher court?", "not in tables", cn))
    a(U("zh", "淮安市2024年上半年收到多少件申请？", "no half-year breakdown", cn))
    a(U("en", "On which day of the week do most requests reach Hongze district?", "no such breakdown", cn))
    a(U("zh", "洪泽区2023年信息公开工作花了多少人员经费？", "not stated", cn))
    a(U("en", "How many staff work on information disclosure in Shuyang county?", "not stated", cn))
    a(U("zh", "沭阳县2025年被复议纠正的10件分别是哪个部门的？", "no breakdown by department", cn))
    a(U("en", "Which month of 2019 had the most lawsuits against the Shanghai general office?", "no monthly breakdown", cn))
    a(U("zh", "涧西区2020年申请人里企业占多大比例的是哪个行业？", "no breakdown by industry", cn))
    a(U("en", "How many disclosure requests will Huai'an receive in 2026?", "forecast", cn))

    # ------------------------------------------------------------ [neighbour]
    nb = "[neighbour] the neighbouring cell is the naive answer"
    a(T("zh", HA, "r.withheld.total", "淮安市2024年不予公开的申请有几件？（不是无法提供）", nb))
    a(T("en", HA, "r.unable.total", "Huai'an 2024: requests where the information couldn't be provided (not refusals)?", nb))
    a(T("zh", SY, "r.not_processed.total", "沭阳县2025年不予处理的有多少件？", nb))
    a(T("zh", HA, "r.carried_forward.total", "淮安2024年结转到下一年度继续办理的申请有几件？", nb))
    a(T("en", HA, "r.carried_over.total", "Huai'an 2024: how many requests were carried over INTO 2024 from the previous year?", nb))
    a(T("zh", SY, "r.carried_over.total", "沭阳县2025年从上年结转过来的申请有多少？", nb))
    a(T("en", SY, "r.carried_forward.total", "Shuyang 2025: requests left over to be finished next year?", nb))
    a(T("zh", HA, "a.litigation_after_review.total", "淮安2024年经复议后再起诉的行政诉讼有几件？", nb))
    a(T("en", HA, "a.litigation_direct.total", "Huai'an 2024: lawsuits filed directly without going through review first?", nb))
    a(T("zh", SY, "a.litigation_after_review.total", "沭阳县2025年复议后起诉的案件总计几件？", nb))
    a(T("zh", HA, "a.review.pending", "淮安2024年行政复议还没审结的有多少？", nb))
    a(T("en", SY, "a.review.corrected", "Shuyang 2025: administrative reviews in which the decision was corrected?", nb))
    a(T("zh", HA, "r.partially_granted.total", "淮安市2024年部分公开的申请有多少件？", nb))
    a(T("en", SY, "r.partially_granted.total", "Shuyang 2025: requests granted only in part?", nb))
    a(T("zh", HA, "c.normative_docs.repealed", "淮安市2024年废止了多少件规范性文件？", nb))
    a(T("en", HA, "c.normative_docs.in_force", "Huai'an 2024: normative documents currently in force?", nb))
    a(T("zh", SY, "c.normative_docs.in_force", "沭阳县现行有效的规范性文件有几件？（2025年报）", nb))
    a(T("en", HZ, "c.normative_docs.repealed", "Hongze 2023: how many normative documents were abolished?", nb))
    a(T("zh", HA, "r.received.legal_person", "淮安2024年法人或其他组织提出的新申请有多少件？", nb))
    a(T("en", SY, "r.received.natural_person", "Shuyang 2025: new requests from private individuals only?", nb))
    a(T("zh", HA, "r.total_processed.total", "淮安市2024年办理完的申请（不是新收）一共多少？", nb))
    a(T("en", SY, "r.received.total", "Shuyang 2025: newly received requests (not the number handled)?", nb))
    a(T("zh", HA, "a.litigation_direct.upheld", "淮安2024年直接起诉的案子里维持的有几件？", nb))
    a(T("zh", HZ, "r.unable.needs_creation.total", "洪泽区2023年因为需要另行制作而无法提供的申请有几件？", nb))
    a(R("zh", FOUR, "r.carried_forward.total", "desc", "淮安市2024、洪泽区2023、沭阳县2025、涧西区2020这四份年报里，结转下年度的申请哪家最多？", nb))
    a(R("en", FOUR, "r.partially_granted.total", "asc", "Among Huai'an 2024, Hongze 2023, Shuyang 2025 and Jianxi 2020, which had the fewest partly-granted requests?", nb))
    a(R("zh", [HA, SY, JX], "a.litigation_after_review.total", "desc", "淮安2024、沭阳2025、涧西2020三家，复议后起诉的案件谁最多？", nb))
    a(R("en", [HA, HZ, SY], "c.normative_docs.repealed", "desc", "Which repealed the most normative documents: Huai'an (2024), Hongze (2023) or Shuyang (2025)?", nb))

    # ------------------------------------------------------------ [mix]
    mx = "[mix] plain value or follow-up in new wording"
    a(V("zh", HZ, "c.licensing.decisions", "洪泽区2023年作出的行政许可决定数量是多少？", mx))
    a(V("en", SY, "c.punishment.decisions", "Shuyang 2025: number of administrative penalty decisions?", mx))
    a(V("zh", HA, "r.received.total", "淮安市政府2024年新收多少件信息公开申请？", mx))
    a(V("en", JX, "c.procurement.projects", "Jianxi district office 2020: how many government procurement projects?", mx))
    a(V("zh", SY, "r.unable.not_held.total", "沭阳2025年因为本机关不掌握而无法提供的有几件？", mx))
    a(V("zh", HA, "c.coercion.decisions", "淮安2024年行政强制决定有多少？", mx))
    a(F("zh", [("沭阳县2025年信息公开行政复议一共多少件？", E(SY, "a.review.total")),
               ("那维持的呢？", E(SY, "a.review.upheld"))], mx + " (switch column)"))
    a(F("en", [("How many newly received requests did Huai'an report for 2024?", E(HA, "r.received.total")),
               ("And Shuyang for 2025?", E(SY, "r.received.total"))], mx + " (switch body)"))
    a(F("zh", [("淮安市2024年规范性文件制发了几件？", E(HA, "c.normative_docs.issued")),
               ("现行有效的呢？", E(HA, "c.normative_docs.in_force")),
               ("沭阳2025年的现行有效数呢？", E(SY, "c.normative_docs.in_force"))], mx + " (switch column, then body)"))
    a(F("en", [("Shuyang 2025: how many requests were withheld as internal affairs information?", E(SY, "r.withheld.internal_affairs.total")),
               ("And as process information?", E(SY, "r.withheld.process_info.total"))], mx + " (switch row)"))
    a(F("zh", [("洪泽区2023年新收的申请有多少？", E(HZ, "r.received.total")),
               ("其中部分公开的呢？", E(HZ, "r.partially_granted.total"))], mx))
    a(F("en", [("Huai'an 2024: administrative reviews upheld?", E(HA, "a.review.upheld")),
               ("And corrected?", E(HA, "a.review.corrected")),
               ("Same column for lawsuits filed directly?", E(HA, "a.litigation_direct.corrected"))], mx))
    a(F("zh", [("淮安2024年行政处罚决定多少件？", E(HA, "c.punishment.decisions")),
               ("换成洪泽区2023年呢？", E(HZ, "c.punishment.decisions"))], mx + " (switch body)"))
    a(F("zh", [("沭阳2025年因重复申请不予处理的有几件？", E(SY, "r.not_processed.duplicate.total")),
               ("信访举报投诉类的呢？", E(SY, "r.not_processed.petition.total"))], mx))
    a(V("en", HZ, "r.withheld.state_secret.total", "Hongze 2023: requests refused as state secrets?", mx))
    a(V("zh", JX, "r.received.total", "涧西区政府办2020年收到多少件依申请公开？", mx))
    a(V("en", HA, "r.other.overdue_correction.total", "Huai'an 2024: requests dropped because the applicant didn't supplement in time?", mx))
    a(V("zh", SY, "c.coercion.decisions", "沭阳县2025年行政强制的决定数？", mx))
    # added: text-vs-table on 洪泽区 2024 (text: 区政府办代表区政府受理 17; table 本年新收 95)
    a(N("zh", HZ24, "区政府办代表区政府受理政府信息公开申请", 17, "件", "洪泽区政府办2024年代表区政府受理的信息公开申请是多少件？", tx + " (table 本年新收 is 95)"))
    a(N("en", HZ24, "区政府办代表区政府受理政府信息公开申请", 17, "件", "Hongze 2024: how many requests did the district office accept on behalf of the district government?", tx))
    a(V("zh", HZ24, "r.received.total", "洪泽区2024年一共收到多少件信息公开申请？", amb, alt=("区政府办代表区政府受理政府信息公开申请", 17)))
    # differences across years (洪泽区 2023 gold -> 2024 printed cells)
    df = "[combine] difference between two years of one body"
    a(D("zh", HZ, HZ24, "c.licensing.decisions", "洪泽区2024年行政许可决定比2023年多了多少？", df))
    a(D("en", HZ, HZ24, "c.punishment.decisions", "Hongze district: change in administrative penalty decisions from 2023 to 2024?", df))
    a(D("zh", HZ, HZ24, "c.coercion.decisions", "洪泽区行政强制决定数，24年比23年增减多少？", df))
    a(D("en", HZ, HZ24, "r.granted.total", "Hongze district: how many more requests were granted in full in 2024 than in 2023?", df))
    a(D("zh", HZ, HZ24, "r.received.total", "洪泽区2024年新收申请比2023年多多少？", df + "; text of 2024 states 17 accepted by the office: ambiguous",
        alt=("区政府办代表区政府受理政府信息公开申请", 17)))
    # more [mix]
    a(V("en", HZ24, "r.carried_forward.total", "Hongze 2024: requests carried forward into 2025?", mx))
    a(V("zh", HA, "r.withheld.prohibited_by_law.total", "淮安2024年因法律行政法规禁止公开而不予公开的有几件？", mx))
    a(V("en", SY, "r.other.overdue_fee.total", "Shuyang 2025: requests closed because the fee wasn't paid in time?", mx))
    a(V("zh", HZ, "c.coercion.decisions", "洪泽区2023年行政强制决定多少件？", mx))
    a(F("en", [("Jianxi district office 2020: requests received?", E(JX, "r.received.total")),
               ("How many of those were granted?", E(JX, "r.granted.total")),
               ("And carried into next year?", E(JX, "r.carried_forward.total"))], mx))
    a(F("zh", [("淮安市2024年行政许可决定多少件？", E(HA, "c.licensing.decisions")),
               ("沭阳县2025年呢？", E(SY, "c.licensing.decisions"))], mx + " (switch body)"))
    a(F("zh", [("沭阳县2025年行政复议纠正了几件？", E(SY, "a.review.corrected")),
               ("尚未审结的呢？", E(SY, "a.review.pending"))], mx + " (switch column)"))
    a(F("en", [("Hongze 2023: requests unable to be provided because the office doesn't hold the information?", E(HZ, "r.unable.not_held.total")),
               ("Same reason, Huai'an 2024?", E(HA, "r.unable.not_held.total"))], mx + " (switch body)"))
    a(V("zh", SY, "r.withheld.admin_query.total", "沭阳2025年属于行政查询事项不予公开的有几件？", mx))
    # added: more text-only numbers of 淮安 2024 and 沭阳 2025
    a(N("zh", HA, "信息处理费 3940", 3940, "元", "淮安市政府2024年收了多少政府信息公开信息处理费？", tx + " (table 行政事业性收费 is 万元 and another concept)"))
    a(N("en", HA, "信息处理费 3940", 3940, "元", "What did Huai'an charge in disclosure information-processing fees in 2024?", tx))
    a(N("zh", HA, "新闻发布会 12 场", 12, "场", "淮安市2024年开了几场新闻发布会？", tx))
    a(N("en", HA, "制作政策解读", 21, "个", "How many policy interpretations did Huai'an produce in 2024?", tx, frm="通过文字"))
    a(N("zh", HA, "制作《淮安市人民政府公报》", 6, "期", "《淮安市人民政府公报》2024年出了几期？", tx))
    a(N("zh", HA, "全年组织 4 次政府信息公开栏目全覆盖检查", 4, "次", "淮安2024年对信息公开栏目做了几次全覆盖检查？", tx))
    a(N("en", HA, "市政府及市政府办政策性文件", 11, "件", "How many policy documents of the city government and its office did Huai'an newly publish in 2024?", tx + " (table 规范性文件制发 8 is the naive answer)"))
    a(N("zh", SY, "全年发出催办提示", 84, "次", "沭阳县2025年发了多少次催办提示？", tx))
    a(N("en", SY, "累计开展办前主动沟通", 49, "次", "How many times did Shuyang reach out to applicants before answering, in 2025?", tx))
    a(N("zh", SY, "成功推动化解各类争议纠纷", 33, "件", "沭阳2025年通过办前沟通化解了多少件争议纠纷？", tx))
    a(N("en", SY, "完成政府常务会议同步配套解读", 7, "次", "How many times in 2025 did Shuyang publish interpretations alongside executive meetings?", tx))
    a(N("zh", SY, "全年累计发布解读类信息", 21, "条", "沭阳县2025年发布了多少条解读类信息？", tx))
    a(V("zh", SY, "r.received.total", "沭阳县2025年受理了多少件政府信息公开申请？", amb + " (text 749 includes carried-over)", alt=("全县全年共受理政府信息公开申请", 749)))
    a(V("en", SY, "r.received.legal_person", "Shuyang 2025: how many requests came from legal persons or other organisations?", amb, alt=("法人或其他组织申请", 8)))
    a(V("zh", SY, "r.received.natural_person", "沭阳县2025年自然人申请有多少件？", amb, alt=("其中自然人申请", 741)))
    a(U("zh", "淮安市2024年的信息处理费是按件收还是按页收的？各收了多少？", "no such breakdown", cn))
    a(U("en", "How many of the 64 Shuyang units published their annual report late?", "not stated", cn))
    a(U("zh", "上海市政府办公厅2025年撤回申请的人主要是出于什么原因撤回的？", "cause not stated", cn))
    a(U("en", "What was the busiest week for disclosure requests in Shanghai in 2019?", "no weekly breakdown", cn))
    a(S("en", HA, ["a.review.upheld", "a.litigation_direct.upheld", "a.litigation_after_review.upheld"], "Huai'an 2024: upheld outcomes across review and both kinds of lawsuit, combined?", cb))
    a(S("en", HZ, ["r.granted.total", "r.partially_granted.total"], "Hongze 2023 — fully or partly disclosed, total?", cb))
    a(S("en", JX, ["r.received.total", "r.carried_over.total"], "Jianxi 2020: new requests plus those carried over, total workload?", cb))
    return c
