"""Question bank of the blind46 evaluation set (every wording written for this set).

WARNING: holds the text of every test question; as frozen as test.jsonl.
Numbers are never typed here: helpers46 computes them from gold/*.json, from printed text
rows (SPECS, the same cells blind6 verified) or from sentences cut from the report text.
"""
from helpers46 import C, E, EN, EU, V, T, S, N, U, D, R, F, L  # noqa: F401

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

# text statements that agree with the table cell (keyword, number): marked ambiguous
A = {
    ("ha", "r.received.total"): ("共受理政府信息公开申请 3119", 3119),
    ("ha", "r.total_processed.total"): ("答复 3050", 3050),
    ("ha", "r.carried_over.total"): ("含上年度结转申请 34", 34),
    ("ha", "r.carried_forward.total"): ("另有 103", 103),
    ("ha", "a.review.upheld"): ("结果维持 72", 72),
    ("ha", "a.review.corrected"): ("结果纠正 64", 64),
    ("ha", "a.review.other"): ("其他结果 178", 178),
    ("ha", "a.review.pending"): ("尚未审结 37", 37),
    ("ha", "a.review.total"): ("行政复议 351", 351),
    ("hz23", "r.received.total"): ("受理政府信息公开申请 21", 21),
    ("sh19", "r.received.total"): ("受理政府信息公开申请859", 859),
    ("sh19", "r.total_processed.total"): ("答复政府信息公开申请805", 805),
    ("sh19", "r.carried_forward.total"): ("另有72件", 72),
    ("sh19", "r.carried_over.total"): ("含上年度结转申请18", 18),
    ("sh19", "c.normative_docs.made"): ("行政规范性文件60件", 60),
    ("sh19", "c.regulations.made"): ("主动公开规章13件", 13),
    ("sh19", "a.review.total"): ("信息公开类行政复议7件", 7),
    ("jx", "r.received.total"): ("收到依申请公开17件", 17),
    ("jx", "r.total_processed.total"): ("办结15件", 15),
    ("jx", "r.carried_forward.total"): ("在办2件", 2),
    ("kw", "r.received.total"): ("全年收到政府信息公开申请 34", 34),
    ("kw", "r.granted.total"): ("同意公开答复 9", 9),
    ("kw", "r.carried_over.total"): ("上年结转政府信息公开申请 2 件", 2),
    ("kw", "c.normative_docs.issued"): ("行政规范性文件 13 件", 13),
    ("sh25", "r.received.total"): ("受理政府信息公开申请 1295", 1295),
    ("sh25", "r.total_processed.total"): ("办结 1191", 1191),
    ("sh25", "r.carried_over.total"): ("含上年结转 189", 189),
    ("sy", "r.received.legal_person"): ("法人或其他组织申请 8", 8),
    ("sy", "r.total_processed.total"): ("共办理 718", 718),
    ("sy", "r.carried_forward.total"): ("结转下一年 31", 31),
}
MONEY = {"c.fees.amount", "c.procurement.amount"}


def e(b, keys, **kw):
    """expect of a table value; adds the text alternative / money unit where they apply."""
    ks = [keys] if isinstance(keys, str) else keys
    if len(ks) == 1 and (b, ks[0]) in A and "alt" not in kw:
        kw["alt"] = A[(b, ks[0])]
    if any(k in MONEY for k in ks):
        kw["unit"] = "万元"
    return E(b, keys, **kw)


def v(lang, b, keys, q, note="table value"):
    return C("value", lang, [(q, e(b, keys))], note)


def t(lang, b, keys, q, note):
    return C("trap", lang, [(q, e(b, keys))], note)


def s(lang, b, keys, q, note="sum of the listed cells"):
    return C("sum", lang, [(q, e(b, keys))], note)


def d(lang, b1, b2, keys, q, note="later year minus earlier year"):
    kw = {"unit": "万元"} if keys in MONEY else {}
    return D(lang, b1, b2, keys, q, note, **kw)


def f(lang, turns, note):
    return F(lang, turns, note)


def VALUES():
    return [
        # ---- zh
        v("zh", "ha", "r.received.total", "淮安市政府2024年一共新收了多少件信息公开申请"),
        v("zh", "ha", "r.received.legal_services", "我是律所的，想知道2024年淮安市政府那边律师事务所这类法律服务机构一共递了多少申请"),
        v("zh", "ha", "r.unable.not_held.total", "淮安24年 回复说本机关不掌握的 有几件"),
        v("zh", "ha", "r.withheld.admin_query.total", "帮同事查个数：淮安市2024年报，不予公开里面“属于行政查询事项”那一格是多少"),
        v("zh", "ha", "r.other.overdue_correction.total", "2024年淮安市政府，申请人收到补正通知之后过了期限也没补的，最后算几件"),
        v("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废掉了多少件规范性文件"),
        v("zh", "ha", "c.fees.amount", "二〇二四年淮安市行政事业性收费收了多少钱（万元）"),
        v("zh", "ha", "a.litigation_after_review.total", "淮安市2024，先复议、复议完不服再去法院告的那种，总共几件"),
        v("zh", "ha", "r.not_processed.petition.natural_person", "12345转过来的问题：来电人问2024年淮安市政府收到的申请里，个人提的、实际上是信访举报投诉性质所以没处理的有多少"),
        v("zh", "ha", "r.partially_granted.total", "淮安市人民政府2024年度报告 部分公开 总计"),
        v("zh", "ha", "r.withheld.third_party.total", "24年淮安 因为会损害第三方合法权益没给公开的有几件啊"),
        v("zh", "ha", "a.review.corrected", "做课题引用一下：淮安市政府2024年信息公开行政复议被纠正的案件数"),
        v("zh", "hz23", "r.unable.not_held.total", "洪泽区2023年有多少申请是政府说自己手里没有这个信息的"),
        v("zh", "hz23", "c.punishment.decisions", "洪泽2023年行政处罚决定做了多少个"),
        v("zh", "hz23", "r.partially_granted.total", "2023年洪泽区政府依申请公开 只公开了一部分的有几件"),
        v("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费金额是多少万元？"),
        v("zh", "hz23", "r.received.total", "我2023年也给洪泽区政府交过一份申请，想看看那年全区政府一共收了多少份新申请"),
        v("zh", "hz23", "c.normative_docs.in_force", "洪泽区政府2023年底现行有效的规范性文件还剩几件"),
        v("zh", "sy", "r.received.total", "沭阳县政府2025年年报里，表格上本年新收的申请总数（不含上年结转）是多少"),
        v("zh", "sy", "r.other.other.total", "沭阳2025 其他处理里面那个“其他”小项 总计多少"),
        v("zh", "sy", "r.withheld.internal_affairs.total", "沭阳县2025年以内部事务信息为由不公开的有几件"),
        v("zh", "sy", "c.licensing.decisions", "2025年沭阳县政府作出的行政许可决定数量"),
        v("zh", "sy", "a.review.pending", "沭阳县2025年信息公开的行政复议到年底还没审结的有多少件"),
        v("zh", "sy", "r.granted.natural_person", "我2025年春天帮我妈给沭阳县政府写过申请，最后是全部公开了。想问下2025年全县个人申请里像这样全部公开的一共多少件"),
        v("zh", "sy", "r.carried_forward.total", "沭阳25年有多少申请要拖到下一年接着办"),
        v("zh", "sy", "r.not_processed.duplicate.total", "沭阳县人民政府2025 重复申请不予处理 几件"),
        v("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费本年收费金额，单位万元"),
        v("zh", "sh19", "r.received.natural_person", "上海市政府办公厅2019年新收的申请里老百姓个人提的有多少"),
        v("zh", "sh19", "c.regulations.total_published", "2019年上海市府办 规章 对外公开总数量"),
        v("zh", "sh19", "c.procurement.amount", "上海市政府办公厅2019年政府集中采购总金额多少万"),
        v("zh", "sh19", "r.unable.needs_creation.natural_person", "19年上海市府办 自然人申请中需要另行制作所以没法提供的"),
        v("zh", "sh19", "r.carried_forward.total", "上海市府办2019年顺延到下一年去答复的申请有多少"),
        v("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目几个"),
        v("zh", "jx", "r.granted.total", "涧西区2020年依申请公开 予以公开的 一共多少件"),
        v("zh", "jx", "r.received.total", "我是河南科大的学生写论文，涧西区人民政府办公室2020年收到了多少件政府信息公开申请？"),
        v("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可决定多少"),
        v("zh", "hz24", "r.unable.not_held.total", "洪泽区政府2024年报表格里“本机关不掌握相关政府信息”总计是多少"),
        v("zh", "hz24", "c.fees.amount", "2024年洪泽区行政事业性收费收了多少万元"),
        v("zh", "kw", "c.normative_docs.in_force", "上海科委2024年现行有效的规范性文件有多少件"),
        v("zh", "kw", "r.received.natural_person", "市科委2024年收到的申请里个人申请多少件"),
        v("zh", "sh25", "r.unable.not_held.total", "上海市政府办公厅2025年有多少件申请因为本机关不掌握没法提供（表格里的数）"),
        v("zh", "sh25", "r.not_processed.petition.total", "2025年上海市府办，信访举报投诉类申请不予处理的有多少"),
        v("zh", "sh25", "a.review.total", "上海市人民政府办公厅2025年被申请行政复议总数"),
        v("zh", "sh25", "r.received.commercial", "2025年上海市政府办公厅收到企业（商业企业）提的申请多少件"),
        v("zh", "sh25", "r.carried_forward.total", "上海市府办2025年结转到下一年度继续办理的"),
        v("zh", "ha", "c.coercion.decisions", "淮安市2024年行政强制决定数"),
        # ---- en
        v("en", "ha", "r.total_processed.total", "How many information requests did Huai'an city government finish handling in 2024 (table total)?"),
        v("en", "ha", "r.received.commercial", "huaian 2024 requests from companies how many"),
        v("en", "ha", "r.withheld.process_info.total", "In 2024, how many requests did Huai'an refuse because the info was process information (过程性信息)?"),
        v("en", "ha", "c.licensing.decisions", "Number of administrative licensing decisions by Huai'an Municipal Government in 2024?"),
        v("en", "ha", "r.unable.needs_creation.total", "Huaian 2024: requests where they'd have to create new info, so they couldn't provide it — how many?"),
        v("en", "ha", "a.review.total", "For my article: total administrative reconsideration cases over info disclosure against Huai'an government in 2024?"),
        v("en", "ha", "r.other.overdue_fee.total", "huai'an 2024 - how many applicants didn't pay the processing fee in time"),
        v("en", "ha", "c.regulations.in_force", "How many municipal regulations (规章) of Huai'an were still in force in 2024?"),
        v("en", "ha", "a.litigation_direct.upheld", "Huai'an 2024, lawsuits filed straight to court without review first: how many ended with the government upheld?"),
        v("en", "ha", "r.withheld.state_secret.total", "state secret refusals Huaian FY2024?"),
        v("en", "ha", "r.granted.legal_services", "In 2024 how many requests from law firms / legal service institutions got fully disclosed by Huai'an?"),
        v("en", "ha", "r.not_processed.duplicate.total", "Huai'an 2024 - number of repeat applications that were not processed"),
        v("en", "hz23", "r.withheld.state_secret.total", "Did Hongze District refuse any request as a state secret in 2023? how many"),
        v("en", "hz23", "c.licensing.decisions", "Hongze District 2023 administrative licensing decisions?"),
        v("en", "hz23", "r.unable.needs_creation.total", "Hongze district government 2023: requests that would need new information to be produced (需要另行制作)"),
        v("en", "hz23", "c.coercion.decisions", "how many admin coercion decisions did Hongze make in 2023"),
        v("en", "hz23", "r.total_processed.total", "Hongze 2023, total requests processed according to the table"),
        v("en", "sy", "r.received.natural_person", "Shuyang County 2025: new requests from individuals, table figure only, not counting carry-over"),
        v("en", "sy", "c.punishment.decisions", "How many administrative penalty decisions did Shuyang County make in 2025?"),
        v("en", "sy", "r.partially_granted.total", "Shuyang 2025 partly disclosed requests total"),
        v("en", "sy", "r.unable.not_held.total", "I'm a reporter. For Shuyang County in 2025, how many applicants were told the government does not hold the information?"),
        v("en", "sy", "a.review.upheld", "Shuyang county gov 2025 admin reconsideration - how many upheld"),
        v("en", "sy", "r.withheld.admin_query.total", "In 2025 how many Shuyang requests were rejected as administrative inquiry matters (行政查询事项)?"),
        v("en", "sy", "r.carried_over.total", "Shuyang 2025: how many requests were left from the year before and carried into 2025?"),
        v("en", "sy", "c.normative_docs.in_force", "normative documents currently valid, Shuyang County, 2025"),
        v("en", "sy", "r.total_processed.total", "Shuyang 2025 how many requests did they close out in total"),
        v("en", "sh19", "r.received.total", "Shanghai General Office 2019 - total new disclosure requests received?"),
        v("en", "sh19", "c.normative_docs.total_published", "How many normative documents had the Shanghai municipal government general office published in total by 2019 (对外公开总数量)?"),
        v("en", "sh19", "r.not_processed.petition.natural_person", "2019 Shanghai General Office: individuals' requests treated as petitions/complaints and not processed?"),
        v("en", "sh19", "r.unable.not_held.natural_person", "Shanghai gen office 2019, natural persons told 'we don't have this info' - count?"),
        v("en", "sh19", "a.review.total", "Shanghai General Office 2019 number of administrative reconsiderations over disclosure"),
        v("en", "jx", "r.unable.not_held.total", "Jianxi District 2020: how many requests could not be answered because the office didn't hold the info?"),
        v("en", "jx", "c.procurement.amount", "Jianxi District office, 2020 centralized procurement total amount in 10k yuan"),
        v("en", "jx", "r.carried_forward.total", "Jianxi 2020 how many requests still being handled at year end, carried to next year"),
        v("en", "hz24", "c.punishment.decisions", "Hongze District 2024 administrative penalty decisions count?"),
        v("en", "hz24", "r.granted.total", "Per the table, how many requests did Hongze District grant in full in 2024?"),
        v("en", "hz24", "c.normative_docs.issued", "Hongze 2024 normative docs issued that year"),
        v("en", "kw", "c.licensing.decisions", "STCSM 2024 administrative licensing decisions?"),
        v("en", "kw", "r.total_processed.total", "Shanghai science commission 2024: total requests handled (table 总计)"),
        v("en", "sh25", "r.granted.total", "Shanghai General Office 2025, requests granted in full (予以公开), table figure"),
        v("en", "sh25", "r.unable.needs_creation.total", "In 2025 how many requests to the Shanghai General Office needed info to be newly made, so couldn't be provided?"),
        v("en", "sh25", "a.litigation_direct.total", "Shanghai General Office 2025: lawsuits brought directly (not after reconsideration), total?"),
        v("en", "sh25", "r.received.natural_person", "shanghai municipal govt general office 2025 new requests from private persons"),
        v("en", "sh25", "r.not_processed.duplicate.total", "Shanghai Gen Office 2025 duplicate requests not processed?"),
        v("en", "hz24", "a.review.total", "Hongze 2024 — reconsideration cases on disclosure, total?"),
    ]


def TRAPS():
    return [
        t("zh", "ha", "a.litigation_direct.total", "淮安市2024年直接向法院起诉（没经过复议）的信息公开行政诉讼几件", "direct lawsuits 26; naive: text 诉讼 46 (both kinds) or after-review 20"),
        t("en", "ha", "a.litigation_after_review.total", "Huai'an 2024: only the lawsuits filed after a reconsideration (复议后起诉), not the direct ones — total?", "after review 20; neighbour direct 26, text 46"),
        t("zh", "sy", "r.carried_over.total", "沭阳县2025年从上一年结转过来的申请有几件（不是结转到下一年的那个）", "carried over 36 vs carried forward 31"),
        t("en", "sy", "r.carried_forward.total", "Shuyang 2025, requests carried FORWARD into the next year — not the ones brought over from 2024", "carried forward 31 vs carried over 36"),
        t("zh", "ha", "r.withheld.total", "淮安2024年不予公开的一共多少件，所有不予公开的理由都算上", "group 不予公开 178 vs biggest sub-item 行政查询 105"),
        t("en", "ha", "r.unable.total", "Huai'an 2024: the whole 'unable to provide' (无法提供) group, all three reasons together", "group 781 vs sub-item not held 769"),
        t("zh", "sy", "r.received.natural_person", "沭阳2025 表格本年新收那一行的自然人那一列是多少（不要文字里说的那个）", "table 705 vs total 713 vs text 741 (incl. carry-over)"),
        t("en", "ha", "r.received.total", "Huai'an 2024 total new requests — all applicant types, not just private individuals", "total 3119 vs natural persons 3001"),
        t("zh", "ha", "r.received.natural_person", "淮安2024新收的申请里光自然人的，企业律所那些不算", "natural persons 3001 vs total 3119"),
        t("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: the 'would need to be newly made' row, NOT the 'not held' row", "needs creation 48 vs not held 513"),
        t("zh", "hz23", "r.withheld.process_info.total", "洪泽区2023年因为属于过程性信息不公开的（不是内部事务那一项）", "process info 1 vs internal affairs 0"),
        t("en", "sy", "a.litigation_after_review.total", "Shuyang County 2025: lawsuits after reconsideration only. Not direct suits, not the 74 cases in the text", "after review 10 vs direct 3 vs text 74"),
        t("zh", "ha", "r.total_processed.total", "淮安2024 办理完的总数，是办结不是受理", "processed 3050 vs received 3119"),
        t("en", "sh25", "r.total_processed.total", "Shanghai General Office 2025: how many did they actually finish (办结)? I don't mean received", "processed 1191 vs received 1295"),
        t("zh", "sh19", "r.received.commercial", "2019年上海市政府办公厅新收申请里只看商业企业那一列", "commercial 35 vs total 859"),
        t("en", "ha", "a.review.other", "Huai'an 2024 reconsideration cases that ended with 'other results' (其他结果) — not the overall total please", "other 178 vs total 351"),
    ]


def COMBINE():
    return [
        s("zh", "ha", ["r.received.total", "r.carried_over.total"], "淮安2024新收的加上从上一年结转过来的，一共要处理多少件"),
        s("en", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Shuyang 2025: reconsiderations plus both kinds of lawsuits, add them all up"),
        s("zh", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "淮安市2024 直接起诉和复议后起诉 两种行政诉讼加起来几件"),
        s("en", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Huai'an 2024: 'not held' plus 'would need new info made' — combined?"),
        s("zh", "sh19", ["r.granted.natural_person", "r.granted.commercial", "r.granted.legal_services", "r.granted.other_org"], "上海市府办2019年予以公开的，表里总计那格是空的，把自然人、商业企业、法律服务机构、其他各列加起来是多少"),
        s("en", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "Hongze 2023, add up 'info not held' and 'needs to be created'"),
        s("zh", "sy", ["r.granted.total", "r.partially_granted.total"], "沭阳2025年全部公开加部分公开 合计多少件"),
        s("en", "ha", ["r.granted.total", "r.partially_granted.total"], "Huai'an 2024 — fully plus partly disclosed, sum please"),
        s("zh", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "涧西区政府办2020年复议、直接诉讼、复议后诉讼三项加一起"),
        s("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025: petition-type plus duplicate requests not processed, together"),
        s("zh", "kw", ["r.received.total", "r.carried_over.total"], "市科委2024年新收的和上年结转的加起来"),
        s("en", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Huai'an 2024 licensing + penalty + coercion decisions, total of the three"),
        s("zh", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2024年许可、处罚、强制三类决定合计"),
        s("en", "sy", ["r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total"], "Shuyang 2025: sum of the withheld rows for security/stability, third party, internal affairs, process info and law-enforcement files"),
        s("zh", "sh25", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "上海市府办2025年 行政复议和两类行政诉讼总计加起来"),
        s("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "Huai'an 2024: add the eight 'withheld' reasons one by one (state secret … administrative inquiry)"),
        d("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        d("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District penalty decisions: change from 2023 to 2024?"),
        d("zh", "hz23", "hz24", "c.fees.amount", "洪泽区行政事业性收费 2023年到2024年变化了多少万元"),
        d("en", "hz23", "hz24", "r.unable.not_held.total", "Hongze, 'not held' replies: 2024 minus 2023?"),
        d("zh", "hz23", "hz24", "c.normative_docs.in_force", "洪泽现行有效规范性文件，2024年跟2023年比增加几件"),
        d("en", "sh19", "sh25", "r.carried_over.total", "Shanghai General Office: requests carried over from the prior year, 2025 vs 2019 — difference?"),
        d("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办 结转下年度继续办理的 2025年比2019年多多少"),
        d("en", "sh19", "sh25", "a.review.total", "How much did reconsideration cases against Shanghai General Office grow from 2019 to 2025?"),
        d("zh", "sh19", "sh25", "r.received.commercial", "上海市政府办公厅 商业企业新收申请 2019年到2025年差多少"),
        d("en", "sh19", "sh25", "a.litigation_direct.total", "Shanghai General Office direct lawsuits, 2019 to 2025 change"),
    ]


def RANKS():
    return [
        R("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024、沭阳县2025、上海市府办2019，哪个新收申请最多"),
        R("en", ["jx", "hz23", "sy"], "r.received.total", "asc", "Jianxi 2020, Hongze 2023, Shuyang 2025: who got the fewest new requests?"),
        R("zh", ["sy", "sh19", "jx"], "r.carried_forward.total", "desc", "比一下结转下年度的：沭阳2025、上海市府办2019、涧西2020，谁最多"),
        R("en", ["sy", "sh19", "jx"], "a.review.total", "desc", "Most reconsideration cases: Shuyang (2025), Shanghai General Office (2019) or Jianxi (2020)?"),
        R("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定数 淮安2024 洪泽2023 沭阳2025 排第一的是谁"),
        R("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc", "Lowest number of licensing decisions among Huai'an 2024, Hongze 2023 and Shuyang 2025?"),
        R("zh", ["ha", "hz23", "sy", "jx"], "r.unable.not_held.total", "asc", "“本机关不掌握”这一项，淮安2024、洪泽2023、沭阳2025、涧西2020里哪个最少"),
        R("en", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "Which collected the most administrative fees: Huai'an 2024, Hongze 2023, Shuyang 2025?"),
        R("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "desc", "直接起诉的行政诉讼，淮安2024、沭阳2025、上海市府办2019、涧西2020 谁最多"),
        R("en", ["ha", "sy", "sh19"], "r.received.commercial", "desc", "Requests from businesses: Huai'an 2024 vs Shuyang 2025 vs Shanghai General Office 2019, which is highest?"),
        R("zh", ["ha", "sy", "sh19"], "r.carried_over.total", "asc", "上年结转过来的申请，淮安2024/沭阳2025/上海市府办2019哪家最少"),
        R("en", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc", "Fewest normative documents in force — Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        R("zh", ["hz23", "sy", "jx"], "r.total_processed.total", "desc", "办理总数 洪泽2023 沭阳2025 涧西2020 哪个最多"),
    ]


def n(lang, b, kw, val, unit, q, note="number stated only in the report text", frm=None):
    return N(lang, b, kw, val, unit, q, note, frm=frm)


def NARR():
    return [
        n("zh", "ha", "新闻发布会 12", 12, "场", "淮安市政府2024年开了几场新闻发布会"),
        n("en", "ha", "政策解读21", 21, "个", "How many policy interpretations did Huai'an produce in 2024?"),
        n("zh", "ha", "人民政府公报》6", 6, "期", "淮安2024年市政府公报出了几期"),
        n("en", "ha", "共计 95", 95, "个", "Huai'an 2024 — how many government new-media accounts in operation?"),
        n("zh", "ha", "全覆盖检查", 4, "次", "淮安市2024年组织了几次政府信息公开栏目全覆盖检查"),
        n("en", "ha", "处理费 3940", 3940, "元", "Huai'an 2024 info processing fees collected, in yuan"),
        n("zh", "hz23", "1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息"),
        n("en", "hz23", "信息处理费 0 元", 0, "元", "Did Hongze District charge any information processing fee in 2023? amount in yuan"),
        n("zh", "hz24", "2428", 2428, "条", "洪泽区2024年政府网站平台主动发布信息多少条"),
        n("en", "hz24", "常务会议 7", 7, "期", "Hongze 2024: how many issues of executive meetings were made public?"),
        n("zh", "hz24", "区政府办代表区政府受理", 17, "件", "洪泽区2024年报文字部分说区政府办代表区政府受理了多少件申请"),
        n("zh", "sy", "4511", 4511, "条", "沭阳县2025年县政府门户网站主动公开了多少条"),
        n("en", "sy", "意见征集9", 9, "期", "Shuyang 2025 how many rounds of public opinion solicitation on the portal"),
        n("zh", "sy", "3044", 3044, "条", "2025年沭阳督促县直部门发布了多少条信息"),
        n("en", "sy", "专栏33", 33, "个", "How many special columns did Shuyang's new-media matrix open in 2025?"),
        n("zh", "sy", "爆款内容52", 52, "条", "沭阳25年出了多少条爆款内容"),
        n("en", "sy", "64家单位", 64, "家", "Shuyang 2025: annual reports of how many units were published together?"),
        n("zh", "sy", "催办提示 84", 84, "次", "我听说沭阳搞了个倒计时报警器，2025年一共发了几次催办提示"),
        n("en", "sy", "主动沟通 49", 49, "次", "Shuyang County 2025, number of proactive communications before handling requests"),
        n("zh", "sy", "失效链接43", 43, "处", "沭阳县2025年整改了多少处失效链接"),
        n("en", "sy", "过期信息697", 697, "条", "how many outdated items did Shuyang clean up in 2025"),
        n("zh", "sy", "380元", 380, "元", "沭阳2025年全县收了多少信息处理费（元）"),
        n("en", "sy", "原创短视频1113", 1113, "个", "Shuyang 2025 original short videos pushed — how many?"),
        n("zh", "kw", "惠企政策 83", 83, "条", "上海科委2024年日常报送惠企政策多少条"),
        n("en", "kw", "直播 118", 118, "场", "STCSM 2024 — how many live streams on the video channel?"),
        n("zh", "kw", "原创文章 294", 294, "篇", "“上海科技”公众号2024年原创文章多少篇（市科委年报）"),
        n("en", "kw", "1016823", 1016823, "人", "How many followers did the Shanghai Science (上海科技) WeChat account have per the STCSM 2024 report?"),
        n("zh", "kw", "主合办政协提案", 85, "件", "市科委2024年主合办政协提案多少件"),
        n("en", "sh25", "新闻通气会 19", 19, "场", "Shanghai General Office 2025: number of press briefings (新闻通气会)?"),
        n("zh", "sh25", "人事任免文件 196", 196, "件", "上海市政府办公厅2025年主动公开人事任免文件多少件"),
        n("en", "sh25", "申请人主动撤回 157", 157, "件", "Shanghai General Office 2025, how many applicants withdrew their requests themselves?"),
        n("zh", "sh25", "10 个语种", 10, "个", "2025年上海国际服务门户覆盖几个语种"),
        n("en", "sh25", "发布审查 330", 330, "件", "Shanghai General Office 2025 — documents given a publication review?"),
        n("zh", "sh19", "人事任免文件141", 141, "件", "上海市府办2019年公开人事任免文件多少件"),
        n("en", "sh19", "2261项", 2261, "项", "How many items were connected to the unified acceptance platform per Shanghai General Office's 2019 report?"),
        n("zh", "sh19", "权威发布共计38", 38, "次", "2019年上海市政府常务会议重要议题权威发布了多少次"),
        n("en", "sh19", "70家政府网站", 70, "家", "Shanghai 2019 report: how many government websites checked each quarter?"),
        n("zh", "jx", "601项事项", 601, "项", "涧西区2020年梳理了多少项事项"),
        n("en", "jx", "26个试点领域", 26, "个", "Jianxi District 2020: number of pilot areas in the standard guidelines"),
    ]


def CANNOT():
    w = "the reports hold no such breakdown"
    return [
        U("zh", "淮安市政府2024年收到的信息公开申请按月份分别是多少", w),
        U("en", "Huai'an 2024 requests broken down by topic — how many were about land expropriation?", w),
        U("zh", "沭阳2025年申请人里男的女的各多少", w),
        U("en", "Shuyang County 2025: how many requests came from each township?", w),
        U("zh", "洪泽区2023年信息公开申请人平均年龄多大", w),
        U("en", "How many of Shanghai General Office's 2025 requests were submitted online vs by post?", w),
        U("zh", "我2025年3月给沭阳县政府交的那份拆迁补偿的申请 现在办到哪一步了", "one person's own case"),
        U("en", "I applied to Huai'an government in 2024 about my father's pension file, was mine one of the ones refused?", "one person's own case"),
        U("zh", "淮安市2025年信息公开年报里新收申请多少件", "year not in the corpus"),
        U("en", "Hongze District 2022 new requests received?", "year not in the corpus"),
        U("zh", "沭阳县2024年收到多少申请", "year not in the corpus"),
        U("en", "STCSM 2023 report: requests received", "year not in the corpus"),
        U("zh", "南京市政府2024年信息公开申请收了多少", "body not in the corpus"),
        U("en", "Suqian city 2025 information disclosure requests total?", "body not in the corpus"),
        U("zh", "浦东新区2024年依申请公开数量", "body not in the corpus"),
        U("en", "Qingjiangpu District 2024 administrative reconsiderations on disclosure?", "body not in the corpus"),
        U("zh", "你估计沭阳县2026年会收到多少件申请", "forecast"),
        U("en", "Predict Huai'an's 2025 request count based on its 2024 report", "forecast"),
        U("zh", "淮安2024年不予公开的105件行政查询事项具体都是什么内容", "contents of requests not stated"),
        U("en", "Why did Hongze District's not-held replies rise in 2024 compared with 2023?", "reasons not stated"),
        U("zh", "你觉得上海市府办2025年信息公开工作做得好不好", "opinion"),
        U("en", "Is Shuyang County 2025 doing better at disclosure than Huai'an 2024 in your opinion?", "opinion"),
        U("zh", "上海市府办2019年办理申请平均用了几天", "response times not stated"),
        U("en", "How many staff work on information disclosure at the Huai'an municipal government office in 2024?", "staff not stated"),
        U("zh", "淮安2024年那6件逾期未缴费的申请人叫什么名字", "personal data"),
        U("en", "Give me the phone numbers of the people whose Shuyang 2025 requests were rejected", "personal data"),
        U("zh", "沭阳2025年被纠正的那10件复议分别是哪些部门的", "department breakdown not stated"),
        U("en", "Huai'an 2024: how many of the 3119 requests were about housing?", w),
        U("zh", "洪泽区2024年各个镇街分别收到多少件申请", w),
        U("en", "Shanghai General Office 2025: what share of requests came from people living outside Shanghai?", w),
        U("zh", "上海科委2024年的申请人里有几个是外地人", w),
        U("en", "Jianxi District 2020: how many requests were filed in the fourth quarter?", w),
        U("zh", "涧西区2021年年报里依申请公开多少件", "year not in the corpus"),
        U("en", "Shanghai General Office 2022 new requests received", "year not in the corpus"),
        U("zh", "淮安市2024年依申请公开工作花了多少经费", "costs not stated"),
        U("en", "Which Shuyang county department got the most disclosure requests in 2025?", w),
        U("zh", "上海市府办2025年行政复议被纠正0件，是因为什么原因", "reasons not stated"),
        U("en", "Huai'an 2024 — what industries were the 53 companies that applied in?", w),
        U("zh", "洪泽区2023年那10件本机关不掌握的申请是谁申请的", "personal data"),
    ]


def FOLLOW():
    return [
        f("zh", [("沭阳县2025年新收申请里自然人多少（按表格）", e("sy", "r.received.natural_person")),
                 ("那企业的呢", e("sy", "r.received.commercial")),
                 ("律所那种呢", e("sy", "r.received.legal_services"))], "switch column"),
        f("en", [("Huai'an 2024 reconsideration cases upheld?", e("ha", "a.review.upheld")),
                 ("and the court ones? direct lawsuits upheld", e("ha", "a.litigation_direct.upheld"))], "review -> direct litigation"),
        f("zh", [("洪泽区2023年行政许可决定数", e("hz23", "c.licensing.decisions")),
                 ("同一项2024年", e("hz24", "c.licensing.decisions"))], "switch year"),
        f("en", [("Shanghai General Office 2019 new requests from individuals", e("sh19", "r.received.natural_person")),
                 ("2025?", e("sh25", "r.received.natural_person"))], "switch year"),
        f("zh", [("淮安市2024年本机关不掌握的有多少", e("ha", "r.unable.not_held.total")),
                 ("沭阳2025呢", e("sy", "r.unable.not_held.total")),
                 ("洪泽23年", e("hz23", "r.unable.not_held.total"))], "switch body and year"),
        f("en", [("Shuyang 2025 reconsideration total", e("sy", "a.review.total")),
                 ("and lawsuits after reconsideration?", e("sy", "a.litigation_after_review.total"))], "switch appeals group"),
        f("zh", [("淮安2024年予以公开总数", e("ha", "r.granted.total")),
                 ("部分公开呢", e("ha", "r.partially_granted.total"))], "switch row"),
        f("en", [("What about companies — Huai'an 2024 new requests from commercial enterprises?", e("ha", "r.received.commercial")),
                 ("and from individuals", e("ha", "r.received.natural_person"))], "switch column"),
        f("zh", [("上海市府办2025年行政复议总数", e("sh25", "a.review.total")),
                 ("还没审结的呢", e("sh25", "a.review.pending"))], "switch outcome"),
        f("en", [("Hongze 2023 penalty decisions", e("hz23", "c.punishment.decisions")),
                 ("coercion?", e("hz23", "c.coercion.decisions")),
                 ("same for 2024", e("hz24", "c.coercion.decisions"))], "row then year"),
        f("zh", [("涧西区2020年新收申请多少", e("jx", "r.received.total")),
                 ("办结的呢", e("jx", "r.total_processed.total"))], "received -> processed"),
        f("en", [("Shuyang 2025 requests carried over from 2024?", e("sy", "r.carried_over.total")),
                 ("and carried forward to 2026?", e("sy", "r.carried_forward.total"))], "carried over -> carried forward"),
        f("zh", [("沭阳2025 复议维持几件", e("sy", "a.review.upheld")),
                 ("纠正的呢", e("sy", "a.review.corrected")),
                 ("其他结果", e("sy", "a.review.other"))], "switch outcome"),
        f("en", [("Huai'an 2024 fees collected (万元)?", e("ha", "c.fees.amount")),
                 ("Shuyang 2025?", e("sy", "c.fees.amount"))], "switch body"),
        f("zh", [("上海市府办2019年新收总数", e("sh19", "r.received.total")),
                 ("2025年同一项", e("sh25", "r.received.total"))], "switch year"),
        f("en", [("STCSM 2024 new requests total", e("kw", "r.received.total")),
                 ("how many from individuals", e("kw", "r.received.natural_person")),
                 ("companies?", e("kw", "r.received.commercial"))], "switch column"),
        f("zh", [("淮安2024年直接起诉的行政诉讼总数", e("ha", "a.litigation_direct.total")),
                 ("复议后起诉的呢", e("ha", "a.litigation_after_review.total"))], "direct -> after review"),
        f("en", [("Hongze 2023 normative docs repealed", e("hz23", "c.normative_docs.repealed")),
                 ("Huai'an 2024 same thing", e("ha", "c.normative_docs.repealed"))], "switch body"),
        f("zh", [("沭阳2025年因为危及三安全一稳定不公开的有几件", e("sy", "r.withheld.security_stability.total")),
                 ("那行政执法案卷的呢", e("sy", "r.withheld.enforcement_files.total"))], "switch row"),
        f("en", [("Shanghai General Office 2025 requests not held (不掌握)?", e("sh25", "r.unable.not_held.total")),
                 ("and 2019, individuals only", e("sh19", "r.unable.not_held.natural_person"))], "switch year and column"),
        f("zh", [("淮安市2024行政处罚决定数量", e("ha", "c.punishment.decisions")),
                 ("行政强制的呢", e("ha", "c.coercion.decisions"))], "switch row"),
        f("en", [("Jianxi 2020 reconsiderations on disclosure?", e("jx", "a.review.total")),
                 ("direct lawsuits?", e("jx", "a.litigation_direct.total"))], "switch appeals group"),
        f("zh", [("上海科委2024年规范性文件制发了几件", e("kw", "c.normative_docs.issued")),
                 ("现行有效的呢", e("kw", "c.normative_docs.in_force"))], "switch column"),
        f("en", [("Shuyang 2025 duplicates not processed", e("sy", "r.not_processed.duplicate.total")),
                 ("petition-type ones?", e("sy", "r.not_processed.petition.total"))], "switch row"),
        f("zh", [("淮安2024 补正逾期的有多少", e("ha", "r.other.overdue_correction.total")),
                 ("逾期不缴费呢", e("ha", "r.other.overdue_fee.total"))], "switch row"),
        f("en", [("Hongze 2024 granted in full (table)?", e("hz24", "r.granted.total")),
                 ("what about Hongze 2023 partially granted", e("hz23", "r.partially_granted.total"))], "switch year and row"),
        f("zh", [("上海市府办2025年直接起诉的行政诉讼", e("sh25", "a.litigation_direct.total")),
                 ("其中没审结的", e("sh25", "a.litigation_direct.pending"))], "total -> pending"),
        f("en", [("Huai'an 2024 normative docs in force?", e("ha", "c.normative_docs.in_force")),
                 ("and regulations in force", e("ha", "c.regulations.in_force"))], "switch row"),
        f("zh", [("沭阳2025年新收总数", e("sy", "r.received.total")),
                 ("淮安2024呢", e("ha", "r.received.total")),
                 ("洪泽2023", e("hz23", "r.received.total"))], "switch body"),
        f("en", [("Shanghai General Office 2019 procurement projects", e("sh19", "c.procurement.projects")),
                 ("Jianxi 2020 same", e("jx", "c.procurement.projects"))], "switch body"),
        f("zh", [("淮安2024年说明了受理后另有多少件顺延到下年度答复", e("ha", "r.carried_forward.total")),
                 ("上年度结转的呢", e("ha", "r.carried_over.total"))], "forward -> over"),
        f("en", [("Shuyang 2025 normative docs issued?", e("sy", "c.normative_docs.issued")),
                 ("repealed?", e("sy", "c.normative_docs.repealed"))], "switch column"),
        f("zh", [("洪泽区2024年行政事业性收费多少万元", e("hz24", "c.fees.amount")),
                 ("2023年呢", e("hz23", "c.fees.amount"))], "switch year"),
        f("en", [("Shanghai General Office 2025 carried over from 2024 — individuals", e("sh25", "r.carried_over.natural_person")),
                 ("law firms?", e("sh25", "r.carried_over.legal_services"))], "switch column"),
        f("zh", [("淮安市2024年政府信息公开行政复议尚未审结的", e("ha", "a.review.pending")),
                 ("直接诉讼没审结的呢", e("ha", "a.litigation_direct.pending"))], "switch appeals group"),
        f("en", [("Hongze 2023 withheld as law-enforcement files?", e("hz23", "r.withheld.enforcement_files.total")),
                 ("petition-type requests not processed?", e("hz23", "r.not_processed.petition.total"))], "switch row"),
        f("zh", [("上海市府办2019年规范性文件本年新制作多少", e("sh19", "c.normative_docs.made")),
                 ("规章呢", e("sh19", "c.regulations.made"))], "switch row"),
        f("en", [("Shuyang 2025 lawsuits filed directly?", e("sy", "a.litigation_direct.total")),
                 ("How many did the county's text say it handled in all (复议和诉讼案件)?", EN("sy", "全县共办理相关案件 74", 74, "件"))], "table then text number"),
        f("zh", [("淮安2024年予以公开里面自然人多少", e("ha", "r.granted.natural_person")),
                 ("那个人的部分公开呢", e("ha", "r.partially_granted.natural_person")),
                 ("企业的部分公开", e("ha", "r.partially_granted.commercial"))], "switch row then column"),
    ]


def CONVERSATIONS():
    tags = {"value": "[plain]", "sum": "[combine]", "difference": "[combine]", "ranking": "[rank]",
            "followup": "[followup]", "narrative": "[textonly]", "unanswerable": "[cannot]",
            "trap": "[neighbour]"}
    out = VALUES() + TRAPS() + COMBINE() + RANKS() + NARR() + CANNOT() + FOLLOW()
    for c in out:
        c["note"] = tags[c["kind"]] + " " + c["note"]
    return out
