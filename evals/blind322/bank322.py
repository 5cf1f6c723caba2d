"""Question bank of blind evaluation set 322 (evals/blind322): everyday traffic typed on a phone.

WARNING: this file holds the text of EVERY test question. It is as frozen as test.jsonl: do not
read it while tuning the engine.

The bank only names bodies, keys, keywords and wordings; every number in an `expect` is computed
by helpers322.py from /work/shared/corpus/gold/*.json, from printed table rows of the three
reports without gold (SPECS: the same cells blind6's text_cells.json verified), or from a
sentence cut from the report text.

Bodies: jx 涧西区政府办 2020, ha 淮安市政府 2024, hz23 洪泽区 2023, hz24 洪泽区 2024 (no gold),
sy 沭阳县 2025, kw 上海市科委 2024 (no gold), sh25 上海市府办 2025 (no gold), sh19 上海市府办 2019.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib322 as L  # noqa: E402
from helpers322 import (C, D, E, ED, EU, F, N, R, S, T, U, V, cols)  # noqa: E402,F401

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

TON = "万元"


def plain():
    return [
        # ---------------- 淮安 2024 (gold)
        V("zh", "ha", "c.licensing.decisions",
          "淮安市政府24年的年报里 行政许可处理决定一共多少个？？"),
        V("en", "ha", "c.punishment.decisions",
          "Hi, I'm a journalism student doing a project on local governments. In Huaian's 2024 "
          "report, how many administrative penalty decisions (行政处罚) were made? thanks a lot!!"),
        V("en", "ha", "c.fees.amount",
          "huaian 2024 - how much money came in from administrative fees (行政事业性收费)? "
          "pls give the amount as printed", unit=TON),
        V("en", "ha", "r.withheld.admin_query.total",
          "In the Huai'an city government 2024 disclosure report, how many requests got refused "
          "because they were 行政查询事项, basically people asking to look up records?"),
        V("zh", "ha", "r.withheld.state_secret.total",
          "淮安2024年 有几件申请是因为属于国家秘密 所以没公开的"),
        V("en", "ha", "r.granted.legal_services",
          "My boss asked me to double check one figure: Huaian 2024, requests from legal service "
          "outfits (法律服务机构) that were disclosed in full. How many was it?"),
        V("en", "ha", "r.unable.not_held.total",
          "how many Huaian 2024 applications got the answer 'this office does not have that "
          "information' (本机关不掌握)?"),
        V("zh", "ha", "c.coercion.decisions",
          "请问淮安市2024年度 行政强制的决定数是多少呀 谢谢～～"),
        V("en", "ha", "a.review.corrected",
          "Huaian 2024 report: in how many administrative reconsideration cases (行政复议) was "
          "the result corrected?"),
        V("en", "ha", "c.normative_docs.in_force",
          "For Huai'an in 2024, how many normative documents were still valid at the end of the "
          "year? (现行有效)"),
        V("en", "ha", "r.not_processed.duplicate.total",
          "in huaian's 2024 report how many repeat applications (重复申请) did they decline to "
          "process"),
        V("zh", "ha", "r.partially_granted.natural_person",
          "淮安 2024 年 部分公开的有多少件？只要自然人那一栏就好"),
        V("en", "ha", "r.other.other.total",
          "Huaian 2024: under 其他处理, the plain '3、其他' line - not the two lines about overdue "
          "correction or fees - what number is that?"),
        V("en", "ha", "a.litigation_direct.pending",
          "Writing a piece on Huaian. For 2024, lawsuits that went straight to court without a "
          "reconsideration first - how many are still undecided?"),
        V("en", "ha", "r.withheld.process_info.total",
          "Huaian 2024, how many requests were held back as process information (过程性信息)? "
          "Sorry if this is a dumb question"),
        V("zh", "ha", "r.received.commercial",
          "淮安市2024年 商业企业新交上来的信息公开申请有几件"),
        V("en", "ha", "r.other.overdue_fee.total",
          "Huaian 2024 - applicants who never paid the fee notice on time, how many of their "
          "requests were dropped because of that?"),
        V("en", "ha", "r.received.total",
          "quick one: how many new disclosure requests did Huaian get in 2024 in total?",
          alt=("3119", 3119)),
        V("en", "ha", "r.not_processed.petition.total",
          "How many petition / complaint type applications (信访举报投诉类) did Huaian set aside "
          "without processing in 2024?"),
        V("zh", "ha", "a.litigation_after_review.pending",
          "淮安市人民政府2024年 复议后起诉的行政诉讼 还有几件没审结啊"),
        V("en", "ha", "r.unable.unclear.total",
          "huaian 2024 - request content still not clear even after applicant correct it, how "
          "many of such?"),
        # ---------------- 沭阳 2025 (gold)
        V("zh", "sy", "c.punishment.decisions",
          "沭阳县25年 行政处罚决定数两是多少"),
        V("en", "sy", "c.licensing.decisions",
          "Hello, I am company clerk and my manager want to know: Shuyang County 2025, how many "
          "administrative licensing decision they made? only number is ok, thank you"),
        V("en", "sy", "c.fees.amount",
          "for shuyang 2025, what was the administrative fee income, in 万元?", unit=TON),
        V("zh", "sy", "r.withheld.internal_affairs.total",
          "沭阳2025年 被认定属于三类内部事务信息 而不公开的 由几件啊"),
        V("en", "sy", "r.withheld.enforcement_files.total",
          "Shuyang 2025 - how many requests were withheld as 行政执法案卷 (law enforcement case "
          "files)?"),
        V("en", "sy", "r.granted.natural_person",
          "I sent a request to Shuyang County myself in 2025 as a private person lol. How many "
          "private individuals' requests were fully granted in 2025?"),
        V("zh", "sy", "r.partially_granted.legal_services",
          "沭阳县 2025 年度，法律服务机构提的申请 有部分公开的吗，几件"),
        V("en", "sy", "a.review.pending",
          "in the shuyang 2025 annual report, reconsideration cases not yet concluded (尚未审结) "
          "is how many?"),
        V("en", "sy", "r.received.commercial",
          "shuyang county 2025 how many new requests came from businesses (商业企业)"),
        V("en", "sy", "r.total_processed.total",
          "Shuyang 2025: how many requests did they finish handling over the year, the 办理结果 "
          "总计 figure?", alt=("共办理 718 件", 718)),
        V("zh", "sy", "r.withheld.security_stability.total",
          "沭阳 25年 因为危及三安全一稳定 不予公开的 多少件"),
        V("en", "sy", "r.carried_over.total",
          "Shuyang 2025: how many applications were brought over into 2025 from 2024 still "
          "open?"),
        V("en", "sy", "a.litigation_after_review.upheld",
          "Shuyang County, 2025 - lawsuits after reconsideration (复议后起诉): how many ended "
          "with the decision upheld?"),
        V("zh", "sy", "r.unable.unclear.total",
          "沭阳县政府2025年 补正后申请内容仍不明确的 有几个？"),
        V("en", "sy", "r.other.overdue_correction.total",
          "How many of Shuyang's 2025 requests were closed because the applicant didn't fix "
          "(补正) the application in time?"),
        V("en", "sy", "c.normative_docs.repealed",
          "Shuyang 2025 - how many normative documents were abolished (本年废止)?"),
        V("zh", "sy", "c.coercion.decisions",
          "沭阳县2025年 行政强制 决定 有多少个"),
        V("zh", "sy", "r.not_processed.duplicate.total",
          "沭阳 2025年 重复申请 不予处理的 是几件。。"),
        V("en", "sy", "r.withheld.admin_query.total",
          "Shuyang County 2025 - how many requests were turned down as 行政查询事项 (people "
          "basically asking to query records)?"),
        # ---------------- 上海市府办 2019 (gold; outcome-row totals printed blank: columns only)
        V("en", "sh19", "c.regulations.made",
          "Shanghai General Office, 2019: how many government regulations (规章) did it newly "
          "make?", alt=("规章13件", 13)),
        V("zh", "sh19", "c.procurement.projects",
          "上海市府办2019年 政府集中采购的项目数量 是多少，，"),
        V("en", "sh19", "c.procurement.amount",
          "shanghai govt general office 2019 - total centralized procurement spend? in 万元 "
          "please", unit=TON),
        V("en", "sh19", "c.regulations.total_published",
          "In 2019, how many regulations had the Shanghai General Office made public in total "
          "(对外公开总数量)?"),
        V("zh", "sh19", "r.received.natural_person",
          "上海市政府办公厅 二〇一九年 自然人新收的申请几件"),
        V("en", "sh19", "r.unable.not_held.natural_person",
          "Shanghai General Office 2019, requests from private individuals where the office said "
          "it doesn't hold the info - how many?"),
        V("en", "sh19", "r.not_processed.petition.natural_person",
          "2019 shanghai general office: how many requests by individuals were really "
          "petitions/complaints and so were not processed?"),
        V("en", "sh19", "r.carried_forward.total",
          "Shanghai General Office 2019 - how many requests were still open at year end and "
          "pushed into 2020?", alt=("另有72件", 72)),
        V("zh", "sh19", "a.litigation_direct.upheld",
          "上海 市府办 19年 直接起诉的那些行政诉讼 维持了几件"),
        V("en", "sh19", "r.granted.commercial",
          "Shanghai general office 2019: how many requests from companies (商业企业) were granted "
          "in full?"),
        V("en", "sh19", "r.unable.needs_creation.natural_person",
          "For 2019 Shanghai General Office, how many requests by individuals could not be met "
          "because the info would have had to be newly produced?"),
        V("en", "sh19", "r.withheld.state_secret.natural_person",
          "Shanghai General Office 2019 - how much requests from individual persons were refused "
          "because of state secret?"),
        # ---------------- 洪泽 2023 (gold; appeals totals printed 0: not asked)
        V("zh", "hz23", "c.punishment.decisions",
          "我是洪泽的大学生 在写论文，想问下洪泽区2023年行政处罚决定多少件？麻烦了"),
        V("en", "hz23", "c.fees.amount",
          "Hongze District 2023 - admin fees collected, how many 万元?", unit=TON),
        V("en", "hz23", "c.normative_docs.repealed",
          "in Hongze's 2023 disclosure report, how many normative docs were repealed in 2023?"),
        V("zh", "hz23", "r.partially_granted.total",
          "洪泽 23年 部分公开 几件"),
        V("en", "hz23", "r.unable.not_held.total",
          "My father applied to Hongze District and they told him they don't have the info. In "
          "2023 how many requests got this same reply?? just curious"),
        V("en", "hz23", "a.review.upheld",
          "Hongze District government, 2023. How many administrative reconsideration cases "
          "were upheld?"),
        V("zh", "hz23", "c.coercion.decisions",
          "洪泽区2023年度 行政强制 的处理决定是几个"),
        V("en", "hz23", "r.unable.needs_creation.total",
          "Hongze 2023: requests that would have needed brand new info made up (另行制作) - "
          "count?"),
        V("en", "hz23", "c.licensing.decisions",
          "Hongze 2023, how many licensing decisions (行政许可) in total?"),
        V("en", "hz23", "r.received.natural_person",
          "Hongze 2023 - how many new requests were filed by natural persons?"),
        # ---------------- 涧西 2020 (gold)
        V("zh", "jx", "c.procurement.amount",
          "涧西区政府办2020年 政府集中采购 总金额多少万元", unit=TON),
        V("en", "jx", "c.normative_docs.made",
          "Jianxi District office 2020: how many normative documents did they newly draw up?"),
        V("zh", "jx", "r.granted.total",
          "涧西2020年 予以公开 一共几件"),
        V("zh", "jx", "r.unable.not_held.total",
          "涧西 2020年 有多少申请 因为本机关不掌屋相关信息 没法提供"),
        V("en", "jx", "a.review.total",
          "Jianxi district 2020: any administrative reconsideration cases? how many in total"),
        V("en", "jx", "a.litigation_after_review.total",
          "Jianxi 2020: lawsuits filed after a reconsideration, how many altogether?"),
        V("en", "jx", "r.carried_forward.total",
          "Jianxi District 2020, how many requests were still being worked on at year end and "
          "carried into 2021?", alt=("在办2件", 2)),
        V("zh", "jx", "r.received.natural_person",
          "帮我查下 涧西区2020年 自然人新收的申请 多少件 谢啦"),
        # ---------------- 洪泽 2024 (no gold: printed rows)
        V("zh", "hz24", "c.licensing.decisions",
          "洪泽区2024年的 行政许可处理决定数 是多少  在线等 急"),
        V("zh", "hz24", "c.punishment.decisions",
          "洪泽 2024年 行政处罚 做了多少个决定"),
        V("en", "hz24", "c.normative_docs.issued",
          "Hongze district 2024, how many normative documents issued (本年制发)?"),
        V("zh", "hz24", "c.fees.amount",
          "洪泽24年 行政事业性收费 金额是多少（万元）", unit=TON),
        V("en", "hz24", "r.granted.total",
          "Worried citizen here, I'm still waiting on my own request to Hongze. In 2024 how many "
          "requests did they fully disclose (予以公开), per the table?"),
        V("en", "hz24", "a.review.total",
          "For Hongze District 2024, how many reconsideration applications were there in "
          "total?"),
        V("en", "hz24", "r.unable.not_held.total",
          "Hongze 2024 table: requests the district said it didn't hold the info for?"),
        # ---------------- 上海市科委 2024 (no gold: printed rows)
        V("en", "kw", "c.licensing.decisions",
          "STCSM in '24 - how many licensing decisions (行政许可)? cheers"),
        V("zh", "kw", "c.normative_docs.in_force",
          "上海科委那份2024年报 现行有效的规范性文件有多少件啊"),
        V("en", "kw", "r.received.natural_person",
          "Shanghai science & tech commission, 2024: how many new requests came from "
          "individuals?"),
        V("en", "kw", "r.received.commercial",
          "STCSM 2024 - requests from company side, how many they got? I work in a tech startup "
          "so asking"),
        V("en", "kw", "r.granted.total",
          "the science commission in Shanghai, 2024: how many requests did it grant fully?",
          alt=("同意公开答复 9 件", 9)),
        V("zh", "kw", "c.punishment.decisions",
          "市科委（上海）2024年 行政处法决定 几件"),
        # ---------------- 上海市府办 2025 (no gold: printed rows)
        V("en", "sh25", "r.received.natural_person",
          "Hi!! For the Shanghai General Office 2025, new requests coming from individuals - how "
          "many? thx"),
        V("zh", "sh25", "r.unable.not_held.total",
          "上海市府办2025年 本机关不掌握相关政府信息的 有几件"),
        V("en", "sh25", "r.carried_forward.total",
          "shanghai general office 2025: how many requests is carried into 2026, still not finish?"),
        V("en", "sh25", "r.not_processed.petition.total",
          "Shanghai General Office 2025 - how many petition-type requests (信访举报投诉类) were "
          "not processed?"),
        V("en", "sh25", "a.review.total",
          "Shanghai general office 2025 report: reconsideration cases total?"),
        V("zh", "sh25", "a.litigation_direct.pending",
          "上海市政府办公厅25年 直接起诉的行政诉讼 还没审结的有几个"),
        V("en", "sh25", "r.carried_over.legal_services",
          "2025 Shanghai General Office - of the requests carried over, how many came from legal "
          "service institutions (法律服务机构)?"),
        V("en", "sh25", "r.not_processed.duplicate.total",
          "Shanghai General Office 2025 - how many requests they refused to handle because it was "
          "duplicate (重复申请)? Thanks so much, really appreciate"),
    ]


WITHHELD8 = ["r.withheld.%s.total" % s for s in L.WITHHELD]


def combine():
    return [
        # ---------------- sums (>= 2 listed cells of one report)
        S("zh", "ha", WITHHELD8,
          "淮安24年 不予公开的 一共多少件？就是八种理由全部加起来的数"),
        S("en", "ha", ["r.granted.total", "r.partially_granted.total"],
          "Huaian 2024: requests disclosed fully plus the ones disclosed partly, combined?"),
        S("en", "sy", ["r.unable.%s.total" % s for s in L.UNABLE],
          "Shuyang County 2025 - how many requests ended as 'unable to provide' (无法提供), all "
          "three reasons together?"),
        S("zh", "sy", ["a.review.total", "a.litigation_direct.total",
                       "a.litigation_after_review.total"],
          "沭阳2025年 行政复议 加上 两类行政诉讼 总共多少个案子", alt=("74 件", 74)),
        S("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"],
          "Huai'an 2024, all the administrative lawsuits together - direct ones and the ones "
          "after reconsideration?", alt=("行政诉讼 46", 46)),
        S("en", "sh19", cols("granted"),
          "Shanghai General Office 2019 - requests granted in full across every type of "
          "applicant, individuals and organisations added up?",
          printed_total=["r.granted.total"]),
        S("en", "jx", ["a.review.total", "a.litigation_direct.total",
                       "a.litigation_after_review.total"],
          "Jianxi 2020 - reconsiderations and lawsuits of both kinds together, how many cases?"),
        S("zh", "hz23", ["a.review.upheld", "a.review.corrected"],
          "洪泽区2023年 行政复义 结果维持的和结果纠正的 加一起是多少"),
        S("en", "sy", ["r.received.natural_person", "r.carried_over.natural_person"],
          "Shuyang 2025: requests by natural persons, the new ones plus those brought over from "
          "2024?", alt=("自然人申请 741 件", 741)),
        S("zh", "kw", ["r.received.total", "r.carried_over.total"],
          "上海科委2024年 新收的 加上上年结转的 一共有多少件申请要处理"),
        S("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
          "Shanghai General Office 2025: petition-type requests plus duplicate requests, both "
          "not processed - total?"),
        S("zh", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
          "上海市府办 2025年 本机关不掌握的 和 需要另行制作的 合计多少"),
        S("en", "hz24", ["r.granted.total", "r.unable.not_held.total"],
          "Hongze 2024 - fully disclosed requests plus the 'info not held' ones, sum please"),
        S("en", "sy", ["c.punishment.decisions", "c.coercion.decisions"],
          "Shuyang 2025: penalty decision plus coercion decision, add together is how many?"),
        S("en", "ha", ["r.other.%s.total" % s for s in L.OTHER21],
          "Huaian 2024 - everything under 其他处理 (all three sub-lines), total?"),
        S("en", "sh19", ["r.received.commercial", "r.received.legal_services",
                         "r.received.other_org"],
          "2019, Shanghai General Office: new requests from organisations - companies, legal "
          "service bodies and 'other' together?"),
        # ---------------- year-to-year differences (later minus earlier)
        D("zh", "hz23", "hz24", "c.licensing.decisions",
          "洪泽区 行政许可决定 2024年比2023年 多了多少"),
        D("en", "hz23", "hz24", "c.punishment.decisions",
          "Hongze penalty decisions, 2023 to 2024 - up or down, and by how many?"),
        D("en", "hz23", "hz24", "c.coercion.decisions",
          "How did Hongze's administrative coercion decisions move between 2023 and 2024 - by "
          "how much?"),
        D("zh", "hz23", "hz24", "c.fees.amount",
          "洪泽 行政事业性收费 24年跟23年比 差多少万元", unit=TON),
        D("en", "hz23", "hz24", "c.normative_docs.in_force",
          "Hongze district, normative docs in force: 2023 vs 2024, what's the difference?"),
        D("en", "sh19", "sh25", "r.received.total",
          "Shanghai General Office: how many more new requests in 2025 than in 2019?"),
        D("zh", "sh19", "sh25", "r.carried_forward.total",
          "上海市府办 结转下年度继续办理的 2025年比2019年 增加了多少件"),
        D("en", "sh19", "sh25", "a.review.total",
          "Reconsideration cases at the Shanghai General Office, 2019 compared with 2025: how "
          "much higher in 2025?"),
        D("en", "sh19", "sh25", "a.litigation_direct.total",
          "Shanghai General Office direct lawsuits (未经复议直接起诉): change from 2019 to 2025?"),
        D("zh", "sh19", "sh25", "r.received.natural_person",
          "上海市政府办公厅 自然人新收申请 从2019年到2025年 涨了多少"),
    ]


def rank():
    return [
        R("en", ["ha", "sy", "sh19"], "r.received.total", "desc",
          "Who got the most new requests: Huaian in 2024, Shuyang in 2025 or the Shanghai "
          "General Office in 2019?"),
        R("zh", ["jx", "hz23", "sy"], "r.received.total", "asc",
          "涧西2020、洪泽2023、沭阳2025 这三家 谁新收的申请最少"),
        R("en", ["ha", "sy", "hz23", "jx"], "a.review.upheld", "desc",
          "Comparing reconsideration cases upheld: Huaian 2024, Shuyang 2025, Hongze 2023 and "
          "Jianxi 2020 - which one has the most?"),
        R("en", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc",
          "Which had the most requests carried forward: Shuyang (2025), Shanghai General Office "
          "(2019) or Jianxi (2020)?"),
        R("zh", ["ha", "sy", "hz23"], "c.punishment.decisions", "desc",
          "行政处罚决定数 淮安2024、沭阳2025、洪泽2023 哪个最多？？"),
        R("en", ["sh19", "sy", "hz23"], "r.unable.not_held.natural_person", "desc",
          "Among individuals' requests answered 'not held by this office': Shanghai General "
          "Office 2019, Shuyang 2025, Hongze 2023 - who's top?"),
        R("en", ["ha", "sh19", "sy"], "r.not_processed.petition.natural_person", "desc",
          "Petition-type requests from individuals that weren't processed - Huaian 2024 vs "
          "Shanghai General Office 2019 vs Shuyang 2025, which is highest?"),
        R("en", ["ha", "hz23", "sy", "jx"], "a.litigation_after_review.upheld", "asc",
          "Lawsuits after reconsideration that were upheld: Huaian 2024, Hongze 2023, Shuyang "
          "2025, Jianxi 2020. Which has the fewest?"),
        R("zh", ["ha", "sy", "sh19"], "r.withheld.admin_query.natural_person", "desc",
          "自然人申请里 因行政查询事项不公开的  淮安24年 沭阳25年 上海市府办19年 谁最多"),
        R("en", ["sh19", "sy", "ha"], "r.received.commercial", "desc",
          "Which body got the most requests from companies: Shanghai General Office 2019, "
          "Shuyang 2025 or Huai'an 2024?"),
        R("en", ["ha", "sy", "hz23"], "c.licensing.decisions", "desc",
          "Licensing decisions (行政许可) - Huaian 2024, Shuyang 2025, Hongze 2023: who made "
          "the most?"),
        R("zh", ["sh19", "hz23", "sy"], "r.partially_granted.natural_person", "asc",
          "部分公开（只看自然人）上海市府办2019年、洪泽2023年、沭阳2025年 哪家最少"),
        R("en", ["ha", "sh19", "hz23", "sy"], "r.unable.needs_creation.natural_person", "desc",
          "Individuals' requests that would have needed new info to be created: Huaian 2024, "
          "Shanghai General Office 2019, Hongze 2023, Shuyang 2025 - which is the biggest?"),
    ]


def neighbour():
    return [
        T("en", "ha", "r.carried_forward.total",
          "Huaian 2024: how many applications were rolled on into 2025? I mean the ones going "
          "out, not the ones that came in from 2023", "结转下年 vs 上年结转 (34)",
          alt=("103 件", 103)),
        T("zh", "ha", "a.litigation_after_review.total",
          "淮安2024年 先申请了复议 之后又去法院起诉的 有多少件", "复议后起诉 vs 直接起诉 (26)"),
        T("en", "ha", "c.normative_docs.repealed",
          "How many normative documents did Huaian abolish (废止) in 2024? not the newly issued "
          "ones", "废止 vs 制发 (8) / 现行有效 (66)"),
        T("en", "sy", "r.unable.needs_creation.total",
          "Shuyang 2025 - requests they couldn't meet because the info would need to be newly "
          "put together (没有现成信息), how many?", "另行制作 vs 不掌握 (111)"),
        T("zh", "sy", "r.withheld.process_info.total",
          "沭阳2025年 属于四类过程性信息 不公开的 几件（不是内部事务信息那行）",
          "过程性信息 vs 内部事务 (13)"),
        T("en", "sy", "c.normative_docs.in_force",
          "Shuyang 2025: how many normative documents are currently valid in total - the stock, "
          "not what was issued in 2025", "现行有效 vs 制发 (6)"),
        T("en", "ha", "a.review.other",
          "Huaian 2024 reconsiderations that ended with some 'other result' (其他结果) - how "
          "many?", "其他结果 vs 纠正 (64)"),
        T("en", "jx", "c.procurement.projects",
          "Jianxi 2020, centralized government procurement: how many projects? (number of "
          "projects, not money)", "采购项目数 vs 金额 (28.6232)"),
        T("zh", "sh19", "c.normative_docs.total_published",
          "上海市府办2019年 规范性文件 对外公开总数量 是多少 (不是本年新制作的)",
          "对外公开总数 vs 新制作 (60)"),
        T("en", "ha", "r.partially_granted.total",
          "Huaian 2024: how many requests were only PARTLY disclosed?",
          "部分公开 vs 予以公开 (1362)"),
        T("en", "ha", "r.received.legal_services",
          "Huaian 2024 new requests sent in by legal service institutions (法律服务机构) - not "
          "the commercial companies", "法律服务机构 vs 商业企业 (53)"),
        T("en", "sh25", "r.unable.needs_creation.total",
          "Shanghai General Office 2025 - requests it couldn't answer because the info would "
          "have to be compiled from scratch (not the 'we don't hold it' ones)",
          "另行制作 vs 不掌握 (513)"),
        T("zh", "sy", "r.other.overdue_fee.total",
          "沭阳25年 申请人逾期没交费 所以不再处理的 有几件", "逾期未缴费 vs 逾期不补正 (9)"),
    ]


def followups():
    return [
        F("zh", [("洪泽区2023年的行政许可决定有多少？", E("hz23", "c.licensing.decisions")),
                 ("那2024年 变成多少了", E("hz24", "c.licensing.decisions"))],
          "year switch 2023 -> 2024 (2024 from the printed row)"),
        F("en", [("Shanghai General Office - new requests received in 2019?",
                  E("sh19", "r.received.total", alt=("859件", 859))),
                 ("ok and for 2025 then?",
                  E("sh25", "r.received.total", alt=("1295 件", 1295)))],
          "year switch 2019 -> 2025"),
        F("en", [("Huaian 2024, how many administrative reconsideration cases altogether?",
                  E("ha", "a.review.total", alt=("行政复议 351", 351))),
                 ("how many of those were upheld", E("ha", "a.review.upheld",
                                                     alt=("结果维持 72", 72))),
                 ("and how many still pending?", E("ha", "a.review.pending"))],
          "column switch inside the appeals row"),
        F("zh", [("沭阳县2025年 予以公开的申请 总共几件", E("sy", "r.granted.total")),
                 ("其中自然人的有多少", E("sy", "r.granted.natural_person"))],
          "column switch total -> natural persons"),
        F("en", [("Shuyang 2025: requests where the county said it doesn't hold the info?",
                  E("sy", "r.unable.not_held.total")),
                 ("same thing for Huaian in 2024?", E("ha", "r.unable.not_held.total"))],
          "body switch 沭阳 2025 -> 淮安 2024"),
        F("en", [("STCSM 2024: how many new disclosure requests did they receive?",
                  E("kw", "r.received.total", alt=("收到政府信息公开申请 34 件", 34))),
                 ("how many of them from individuals",
                  E("kw", "r.received.natural_person")),
                 ("and from companies?", E("kw", "r.received.commercial"))],
          "column switch total -> natural persons -> companies (printed row)"),
        F("en", [("Hongze 2023 - number of administrative penalty decisions?",
                  E("hz23", "c.punishment.decisions")),
                 ("k and for '24?", E("hz24", "c.punishment.decisions"))],
          "year switch 2023 -> 2024"),
        F("zh", [("上海市府办2025年 行政复议总共多少件", E("sh25", "a.review.total")),
                 ("里面还没审结的呢", E("sh25", "a.review.pending"))],
          "column switch in the review group"),
        F("en", [("Jianxi District office, 2020: new requests received?",
                  E("jx", "r.received.total", alt=("收到依申请公开17件", 17))),
                 ("how many of them got granted?", E("jx", "r.granted.total")),
                 ("and how many ended with 'we don't have this info'?",
                  E("jx", "r.unable.not_held.total"))],
          "row switch received -> granted -> not held"),
        F("en", [("Huaian 2024 administrative coercion decisions, how many?",
                  E("ha", "c.coercion.decisions")),
                 ("Shuyang 2025 same item?", E("sy", "c.coercion.decisions"))],
          "body switch 淮安 2024 -> 沭阳 2025"),
        F("zh", [("淮安 2024 信访举报投诉类的申请 不予处理了几件", E("ha", "r.not_processed.petition.total")),
                 ("重复申请的呢？？", E("ha", "r.not_processed.duplicate.total"))],
          "row switch petition -> duplicate"),
        F("en", [("Shanghai General Office 2019: number of centralized procurement projects?",
                  E("sh19", "c.procurement.projects")),
                 ("and the amount spent?", E("sh19", "c.procurement.amount", unit=TON))],
          "column switch projects -> amount (万元)"),
        F("en", [("Shuyang 2025: lawsuits filed directly, without reconsideration - total?",
                  E("sy", "a.litigation_direct.total")),
                 ("and the ones after reconsideration?",
                  E("sy", "a.litigation_after_review.total"))],
          "appeals group switch"),
        F("en", [("Hongze 2024: normative documents issued during 2024?",
                  E("hz24", "c.normative_docs.issued")),
                 ("how many still in force?", E("hz24", "c.normative_docs.in_force")),
                 ("and in force back in 2023?", E("hz23", "c.normative_docs.in_force"))],
          "column switch, then year switch 2024 -> 2023"),
        F("zh", [("涧西2020年 政府集中采购 项目有几个", E("jx", "c.procurement.projects")),
                 ("总金额呢", E("jx", "c.procurement.amount", unit=TON))],
          "column switch projects -> amount"),
        F("en", [("Shanghai General Office 2025 - applications carried over from 2024?",
                  E("sh25", "r.carried_over.total", alt=("上年结转 189 件", 189))),
                 ("how many of those were from individuals",
                  E("sh25", "r.carried_over.natural_person"))],
          "column switch total -> natural persons (printed row)"),
        F("en", [("Huaian 2024: new requests filed by private individuals?",
                  E("ha", "r.received.natural_person")),
                 ("and by 'other' organisations (其他)?", E("ha", "r.received.other_org"))],
          "column switch natural persons -> other organisations"),
        F("zh", [("沭阳 2025 行政规范性文件 本年制发了几件", E("sy", "c.normative_docs.issued")),
                 ("现行有效的 一共多少", E("sy", "c.normative_docs.in_force"))],
          "column switch issued -> in force"),
        F("en", [("Hongze 2023: total new requests received?",
                  E("hz23", "r.received.total", alt=("21 件", 21))),
                 ("and Hongze 2024? just the figure in the table's 本年新收 row please",
                  E("hz24", "r.received.total"))],
          "year switch; the 2024 question names the table row (the text says 17)"),
        F("en", [("Huaian 2024: requests withheld to protect third parties (保护第三方合法权益)?",
                  E("ha", "r.withheld.third_party.total")),
                 ("And Shuyang in 2025?", E("sy", "r.withheld.third_party.total"))],
          "body switch"),
        F("en", [("Shanghai General Office 2019: lawsuits filed directly without reconsideration?",
                  E("sh19", "a.litigation_direct.total", alt=("诉讼9件", 9))),
                 ("same office in 2025?", E("sh25", "a.litigation_direct.total"))],
          "year switch 2019 -> 2025"),
        F("zh", [("上海科委2024年 行政许可的处理决定 多少", E("kw", "c.licensing.decisions")),
                 ("行政处罚呢", E("kw", "c.punishment.decisions"))],
          "row switch licensing -> penalties"),
        F("en", [("Shuyang County 2025 - new requests received according to the table?",
                  E("sy", "r.received.total")),
                 ("and how many were carried over from 2024", E("sy", "r.carried_over.total"))],
          "row switch received -> carried over"),
        F("en", [("Huaian 2024: how many normative documents were issued (制发)?",
                  E("ha", "c.normative_docs.issued")),
                 ("and regulations (规章) issued?",
                  E("ha", "c.regulations.issued", alt=("规章 1 件", 1)))],
          "row switch normative documents -> regulations"),
        F("en", [("Shanghai General Office 2019 - new requests from companies?",
                  E("sh19", "r.received.commercial")),
                 ("how about 2025?", E("sh25", "r.received.commercial"))],
          "year switch 2019 -> 2025"),
        F("zh", [("洪泽2024年 行政复议 总计几件", E("hz24", "a.review.total")),
                 ("直接起诉的行政诉讼呢", E("hz24", "a.litigation_direct.total")),
                 ("复议后起诉的 又是多少", E("hz24", "a.litigation_after_review.total"))],
          "appeals group switch (printed row)"),
        F("en", [("Jianxi 2020: normative documents newly made?", E("jx", "c.normative_docs.made")),
                 ("and the Shanghai General Office in 2019?",
                  E("sh19", "c.normative_docs.made", alt=("行政规范性文件60件", 60)))],
          "body and year switch"),
        F("en", [("Huaian 2024: total requests handled (the 总计 of the results)?",
                  E("ha", "r.total_processed.total", alt=("3050", 3050))),
                 ("and how many rolled over into 2025?", E("ha", "r.carried_forward.total")),
                 ("Shuyang's figure for 2025?",
                  E("sy", "r.carried_forward.total", alt=("结转下一年 31 件", 31)))],
          "row switch, then body switch"),
        F("zh", [("沭阳2025年 行政复议 结果维持的 几件", E("sy", "a.review.upheld")),
                 ("纠正的呢", E("sy", "a.review.corrected"))],
          "column switch upheld -> corrected"),
        F("en", [("Hongze 2023, how many requests were fully granted? I think zero?",
                  E("hz23", "r.granted.total")),
                 ("and in 2024", E("hz24", "r.granted.total"))],
          "year switch 2023 -> 2024"),
        F("en", [("Shanghai General Office 2025: how many requests were granted in full?",
                  E("sh25", "r.granted.total")),
                 ("How about 2019, only individuals' requests?",
                  E("sh19", "r.granted.natural_person"))],
          "year and column switch (2019 total printed blank: asked by column)"),
        F("zh", [("淮安2024年 直接起诉的行政诉讼 结果维持的几件", E("ha", "a.litigation_direct.upheld")),
                 ("复议后起诉那块 维持的呢", E("ha", "a.litigation_after_review.upheld"))],
          "appeals group switch"),
        F("en", [("STCSM 2024: total requests handled over the year (办理结果 总计)?",
                  E("kw", "r.total_processed.total")),
                 ("and carried over from 2023?",
                  E("kw", "r.carried_over.total", alt=("申请 2 件", 2)))],
          "row switch (printed row)"),
        F("en", [("Shuyang 2025: requests asking them to confirm or re-issue info the applicant "
                  "already had (要求确认或重新出具) - how many?",
                  E("sy", "r.not_processed.reconfirm.total")),
                 ("and Huaian 2024?", E("ha", "r.not_processed.reconfirm.total"))],
          "body switch"),
        F("zh", [("上海市政府办公厅2019年 自然人申请中 属于行政查询事项不公开的 几件",
                  E("sh19", "r.withheld.admin_query.natural_person")),
                 ("商业企业的呢", E("sh19", "r.withheld.admin_query.commercial"))],
          "column switch natural persons -> companies"),
        F("zh", [("洪泽区2024年 行政强制决定有多少", E("hz24", "c.coercion.decisions")),
                 ("收费金额呢 多少万元", E("hz24", "c.fees.amount", unit=TON))],
          "row switch (printed rows)"),
        F("en", [("Huaian 2024: requests withheld as administrative enforcement files?",
                  E("ha", "r.withheld.enforcement_files.total")),
                 ("and for Huaian in 2023?",
                  EU("no 2023 report of 淮安市人民政府 in the corpus"))],
          "second turn asks for a year not held"),
        F("zh", [("沭阳县2025年 行政事业性收费 收了多少万元", E("sy", "c.fees.amount", unit=TON)),
                 ("那2024年沭阳收了多少", EU("no 2024 report of 沭阳县人民政府 in the corpus"))],
          "second turn asks for a year not held"),
        F("en", [("Shanghai science commission 2024 - normative documents issued?",
                  E("kw", "c.normative_docs.issued")),
                 ("ok and 2023 for them?",
                  EU("no 2023 report of 上海市科学技术委员会 in the corpus"))],
          "second turn asks for a year not held"),
    ]


def textonly():
    return [
        # 淮安 2024
        N("en", "ha", "新闻发布会 12 场", 12, "场",
          "How many press conferences did the Huaian city government hold in 2024, according to "
          "its annual disclosure report?"),
        N("zh", "ha", "共计 95", 95, "个",
          "那份24年淮安的报告里 说全市在运维的政务新媒体有多少个？"),
        N("en", "ha", "公报》6 期", 6, "期",
          "Huaian 2024 - how many issues of the city government gazette (政府公报) came out?"),
        N("en", "ha", "政策解读21", 21, "个",
          "I'm a civil servant trainee. Huaian 2024: how many policy interpretations did they "
          "produce? thx in advance"),
        N("zh", "ha", "4 次政府信息公开栏目", 4, "次",
          "淮安市2024年 全年组织了几次政府信息公开栏目全覆盖检查"),
        N("en", "ha", "3940", 3940, "元",
          "Huai'an 2024: how much did they charge in information processing fees (信息处理费)? "
          "In yuan please"),
        N("en", "ha", "政策性文件 11", 11, "件",
          "Huaian 2024, the narrative part: how many policy documents (政策性文件) of the city "
          "government and its office were newly published?"),
        # 洪泽
        N("en", "hz23", "1136", 1136, "条",
          "in Hongze's 2023 disclosure report, how many pieces of government information did "
          "they put on the website on their own initiative?"),
        N("zh", "hz24", "2428", 2428, "条",
          "洪泽区2024年 政府网站平台主动发布了多少条政府信息"),
        N("en", "hz24", "常务会议 7", 7, "期",
          "Hongze 2024: how many executive meetings of the district government (政府常务会议) "
          "were made public?"),
        N("en", "hz24", "受理政府信息公开申请 17", 17, "件",
          "Hongze District 2024, in the narrative: how many requests did the district office "
          "accept on behalf of the district government?"),
        # 沭阳 2025
        N("en", "sy", "4511", 4511, "条",
          "Shuyang County 2025 - how many items did the county government portal publish "
          "proactively?"),
        N("zh", "sy", "意见征集9期", 9, "期",
          "沭阳2025年 县政府门户网站 开展了几期意见征集"),
        N("en", "sy", "3044", 3044, "条",
          "Shuyang 2025: county departments posted how many items on their disclosure pages?"),
        N("en", "sy", "专栏33个", 33, "个",
          "Shuyang 2025 - on new media, how many columns/features (专栏) did they set up?"),
        N("zh", "sy", "短视频1113个", 1113, "个",
          "沭阳县25年 推送了多少个原创短视频啊"),
        N("en", "sy", "爆款内容52条", 52, "条",
          "Shuyang 2025 report mentions viral content - how many viral pieces (爆款) in all?"),
        N("en", "sy", "64家单位", 64, "家",
          "Shuyang 2025: the annual reports of how many county units were released together?"),
        N("zh", "sy", "催办提示 84 次", 84, "次",
          "沭阳2025年 那个倒计时报警器 一共发了多少次催办提示"),
        N("en", "sy", "办前主动沟通 49 次", 49, "次",
          "Shuyang 2025 - how many times did they reach out to applicants before handling "
          "(办前主动沟通)?"),
        N("en", "sy", "化解各类争议纠纷 33 件", 33, "件",
          "I'm a law student. Shuyang County 2025 report: how many disputes did they manage to "
          "resolve through that pre-handling communication?"),
        N("zh", "sy", "失效链接43处", 43, "处",
          "沭阳2025年网站巡检 整改了多少处失效链接"),
        N("en", "sy", "697条", 697, "条",
          "Shuyang 2025: how many outdated items did they clean up from the website?"),
        N("en", "sy", "380元", 380, "元",
          "Shuyang County 2025 - total information processing fees collected, in yuan?"),
        # 上海市科委 2024
        N("en", "kw", "393 件", 393, "件",
          "STCSM 2024 - how many pieces of government information did the commission publish "
          "through its own website?"),
        N("zh", "kw", "1016823", 1016823, "人",
          "上海科委 2024年 那个上海科技微信公众号 关注人数是多少"),
        N("en", "kw", "直播 118", 118, "场",
          "Shanghai science & tech commission 2024: how many livestreams did the 上海科技 "
          "channels do?"),
        N("en", "kw", "政协提案 85", 85, "件",
          "STCSM 2024 - how many CPPCC proposals (政协提案) did it handle as lead or co-handler?"),
        N("en", "kw", "集成式发布政策 121", 121, "条",
          "For the Shanghai science commission in 2024, how many policies were pushed in bulk "
          "for integrated release (集成式发布)?"),
        # 上海市府办 2025
        N("zh", "sh25", "新闻发布会 42", 42, "场",
          "上海市府办2025年 开了几场市政府新闻发布会"),
        N("en", "sh25", "人事任免文件 196", 196, "件",
          "Shanghai General Office 2025: how many personnel appointment and removal documents "
          "(人事任免文件) were made public?"),
        N("en", "sh25", "主动撤回 157", 157, "件",
          "Shanghai General Office 2025 - how many applicants withdrew their requests "
          "themselves?"),
        N("zh", "sh25", "《上海市人民政府公报》24", 24, "期",
          "上海市政府办公厅2025年 编辑了多少期市政府公报"),
        N("zh", "sh25", "10 个语种", 10, "个",
          "2025年上海市府办的报告里 上海国际服务门户 现在覆盖几个语种"),
        N("en", "sh25", "发布审查 330", 330, "件",
          "Shanghai General Office 2025: how many documents went through release review "
          "(发布审查)?"),
        # 上海市府办 2019
        N("en", "sh19", "政策解读共132件", 132, "件",
          "Shanghai General Office 2019 - how many policy interpretations were posted on the "
          "China Shanghai portal?"),
        N("zh", "sh19", "70家政府网站", 70, "家",
          "上海市府办2019年 每个季度检查多少家政府网站"),
        N("en", "sh19", "90.2%", 90.2, "%",
          "Shanghai General Office 2019: what share of municipal government documents were "
          "proactively disclosed after review?"),
        # 涧西 2020
        N("zh", "jx", "601项事项", 601, "项",
          "涧西区政府办2020年 梳理出来的政务公开事项 一共多少项", frm="对照省"),
    ]


def cannot():
    return [
        U("en", "I'm a reporter doing a gender angle story. How many of the people who sent "
                "disclosure requests to Huaian in 2024 were women?", "the report gives no breakdown of applicants by sex"),
        U("zh", "沭阳县2024年一共收到多少信息公开申请",
          "no 2024 report of 沭阳县人民政府 in the corpus (only 2025)"),
        U("en", "Nanjing city 2024 - how many disclosure requests did they receive?",
          "no report of 南京市 in the corpus"),
        U("en", "Hongze District 2022: how many administrative penalty decisions?",
          "no 2022 report of 洪泽区 in the corpus (only 2023 and 2024)"),
        U("zh", "上海科委 2023年 行政许可决定多少个",
          "no 2023 report of 上海市科学技术委员会 in the corpus (only 2024)"),
        U("en", "What was the average number of days Huaian took to answer a request in "
                "2024?", "the report states no response times"),
        U("en", "How many staff work on information disclosure at the Shuyang county "
                "government (2025)?", "the report states no staff numbers"),
        U("zh", "涧西区2021年的年报里 新收申请是多少", "no 2021 report of 涧西区 in the corpus"),
        U("zh", "浦东新区2024年 依申请公开收到几件", "no report of 浦东新区 in the corpus"),
        U("en", "Shanghai General Office 2022 - how many requests came in?",
          "no 2022 report of 上海市人民政府办公厅 in the corpus (only 2019 and 2025)"),
        U("en", "Which township in Shuyang County sent the most requests in 2025?",
          "the report gives no breakdown by township"),
        U("zh", "淮安2024年 几月份收到的申请最多", "the report gives no monthly breakdown"),
        U("en", "Can you estimate how many requests Huaian will get in 2025 based on its 2024 "
                "report?", "a forecast; the report states nothing about 2025 volumes"),
        U("en", "In your opinion was Hongze's disclosure work in 2024 better than Huaian's in "
                "2024?", "an opinion, not a fact in the reports"),
        U("en", "Shanghai General Office 2019 - how many of the requests were about housing "
                "demolition?", "the report gives no breakdown by topic"),
        U("zh", "洪泽区2023年 申请人里面 六十岁以上的有几个", "the report gives no breakdown by age"),
        U("en", "How much did Huaian spend on running its disclosure work in 2024 (budget)?",
          "the report states no budget or cost of the disclosure work"),
        U("en", "Suqian city government 2025: how many disclosure requests were received?",
          "no report of 宿迁市 in the corpus"),
        U("en", "Can u give me the names of the people who sued the Huaian government over "
                "disclosure in 2024?", "personal data; the report names no one"),
        U("zh", "清江浦区 2024年 行政复议 有多少件", "no report of 清江浦区 in the corpus"),
        U("en", "STCSM 2024: how many requests arrived online versus by post?",
          "the report gives no breakdown by channel"),
        U("en", "Shuyang 2025 - which county department received the most disclosure "
                "requests?", "the report gives no breakdown by department"),
        U("zh", "上海市府办2025年的申请人 哪个区的最多",
          "the report gives no breakdown by the applicants' residence"),
        U("en", "Jianxi 2020: which companies won the centralized procurement contracts?",
          "the report names no suppliers"),
        U("en", "How many foreign nationals filed requests with Huaian in 2024?",
          "the report gives no breakdown by nationality"),
        U("en", "In which quarter of 2024 did Hongze get the most requests?",
          "the report gives no quarterly breakdown"),
        U("zh", "淮安2024年 平均处理一件申请要花多少钱", "the report states no cost per request"),
        U("en", "Shanghai General Office 2025 - how many requests arrived in Q3 (Jul-Sep)?",
          "the report gives no quarterly breakdown"),
        U("en", "Does the STCSM 2022 annual report say how many licensing decisions they made?",
          "no 2022 report of 上海市科学技术委员会 in the corpus"),
        U("zh", "洪泽区2025年的 政府信息公开年报 出来了吗 新收申请多少",
          "no 2025 report of 洪泽区 in the corpus"),
        U("zh", "北京市政府 2024年 收到多少信息公开申请", "no report of 北京市 in the corpus"),
        U("en", "Shuyang 2025: how many of the applicant companies were from outside Jiangsu?",
          "the report gives no breakdown by the applicants' residence"),
        U("en", "Huaian 2024 - what industries were the business applicants in?",
          "the report gives no breakdown by industry"),
        U("zh", "淮安市淮阴区2024年 不予公开多少件", "no report of 淮阴区 in the corpus"),
        U("en", "Jianxi 2020 - how many requests came in during the first quarter?",
          "the report gives no quarterly breakdown"),
        U("en", "How many working hours did the Shanghai General Office staff spend on "
                "disclosure requests in 2019?", "the report states no working hours"),
        U("en", "Hongze 2023: how many requests were about land acquisition or housing?",
          "the report gives no breakdown by topic"),
        U("zh", "沭阳2025年的申请人里 退休老人占多少", "the report gives no breakdown by age"),
        U("en", "What's your prediction for the number of requests to the Shanghai General "
                "Office in 2026?", "a forecast; no 2026 figures in the corpus"),
    ]


def CONVERSATIONS():
    convs = plain() + combine() + rank() + neighbour() + followups() + textonly() + cannot()
    return convs
