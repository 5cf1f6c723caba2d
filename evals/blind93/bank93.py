"""Question bank of the blind93 evaluation set (evals/blind93).

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl: do
not read it while tuning the engine.

Every wording was written from scratch for this set. Every number is computed by helpers93
(gold JSON, printed text cells, or a sentence cut from the report text); the bank only names
bodies, keys, keywords and the question wording.

Bodies: jx 涧西区政府办 2020 (gold), ha 淮安市 2024 (gold), hz23 洪泽区 2023 (gold),
hz24 洪泽区 2024 (text cells), sy 沭阳县 2025 (gold), kw 上海市科委 2024 (text cells),
sh25 上海市府办 2025 (text cells), sh19 上海市府办 2019 (gold).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib93 as L  # noqa: E402
from helpers93 import C, D, E, EN, EU, F, N, R, S, T, U, V  # noqa: E402

# printed cells of the three reports without gold: the same specs blind6 verified (nothing new)
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

# text-stated numbers that equal a table cell (keyword of the sentence, number)
HA_REQ = "全市共受理政府信息公开申请"
HA_REV = "政府信息公开行政复议"
SY_REQ = "全县全年共受理政府信息公开申请"
SH19_REQ = "市政府办公厅代表市政府共受理政府信息公开申请"
SH25_REQ = "市政府共受理政府信息公开申请"
HZ23_REQ = "全区受理政府信息公开申请"
JX_REQ = "全年共收到依申请公开"
KW_OUT = "同意公开答复"
KW_REQ = "全年收到政府信息公开申请"
SH19_ACT = "主动公开规章13件"


def pv(lang, b, keys, q, note="", **kw):
    return V(lang, b, keys, q, "[plain] " + (note or "table value"), **kw)


def tr(lang, b, keys, q, note, **kw):
    return T(lang, b, keys, q, "[neighbour] " + note, **kw)


def sm(lang, b, keys, q, note="", **kw):
    return S(lang, b, keys, q, "[combine] sum of the listed cells" + (": " + note if note else ""), **kw)


def df(lang, b1, b2, keys, q, **kw):
    return D(lang, b1, b2, keys, q, "[combine] later year minus earlier year", **kw)


def rk(lang, bodies, keys, order, q):
    return R(lang, bodies, keys, order, q, "[rank] ranking over gold bodies, each in its gold year")


def nv(lang, b, keyword, value, unit, q, note=""):
    return N(lang, b, keyword, value, unit, q,
             "[textonly] number stated only in the report text" + (": " + note if note else ""))


def un(lang, q, why):
    return U(lang, q, why, "[cannot] " + why)


def fu(lang, turns, note):
    return F(lang, turns, "[followup] " + note)


def PLAIN():
    M = "万元"
    return [
        # ---- 淮安市 2024 (gold) ----
        pv("zh", "ha", "r.withheld.state_secret.total", "淮安市2024年依申请那块 因为涉及国家秘密不给公开的有几件", "withheld: state secret"),
        pv("zh", "ha", "r.withheld.prohibited_by_law.total", "请问淮安2024年有多少份申请是被政府以“法律法规不让公开”给拒了的", "withheld: prohibited by law"),
        pv("zh", "ha", "r.withheld.security_stability.total", "24年淮安市政府 说一公开就会影响国家安全社会稳定所以不给的 有几个", "withheld: security/stability"),
        pv("zh", "ha", "r.withheld.admin_query.total", "我是淮安12345的话务员，来电人问：2024年淮安市有多少申请人其实是来查档案、查登记资料的，政府说这是行政查询事项不按信息公开给，这种一共多少件？", "withheld: administrative inquiry"),
        pv("zh", "ha", "r.unable.unclear.total", "淮安2024年 有没有那种申请写得稀里糊涂、叫补正了还是说不清要啥，最后没法提供的 几件", "unable: unclear"),
        pv("zh", "ha", "r.not_processed.reconfirm.total", "淮安市二〇二四年，要求政府对已经拿到的信息再确认一遍或者重新出一份的申请，没予处理的有几件？", "not processed: reconfirm"),
        pv("zh", "ha", "r.other.overdue_correction.total", "24年淮安 政府让申请人补材料 结果人家过了期限也没补 这样的多少件啊", "other: overdue correction"),
        pv("zh", "ha", "a.review.corrected", "淮安市政府2024年信息公开被人申请复议，最后复议机关给纠正了的有多少件", "review corrected; text states the same number", alt=(HA_REV, 64)),
        pv("zh", "ha", "a.litigation_direct.corrected", "淮安2024 老百姓没走复议直接去法院告 结果政府被判纠正的 几件", "direct litigation corrected"),
        pv("zh", "ha", "r.received.legal_services", "2024年淮安市政府收到律所这一类法律服务机构新递的申请有多少件", "received: legal services column"),
        pv("zh", "ha", "c.normative_docs.repealed", "淮安市2024年一共废掉了几个行政规范性文件", "normative docs repealed"),
        pv("zh", "ha", "r.partially_granted.total", "淮安市政府2024年 申请人只拿到一部分信息的（部分公开）有多少件", "partially granted"),
        pv("zh", "ha", "r.carried_forward.total", "淮安市2024年年底还没办完、挪到下一年再答复的申请有多少", "carried forward; text states the same number", alt=(HA_REQ, 103)),
        pv("zh", "ha", "r.withheld.third_party.commercial", "淮安2024 企业申请的里面 因为会损害第三方权益没公开的 有没有 几件", "withheld third party, commercial column (0)"),
        # en
        pv("en", "ha", "r.withheld.process_info.total", "Huai'an 2024: how many requests got refused because what was asked for was still internal drafts / discussion material?", "withheld: process information"),
        pv("en", "ha", "r.withheld.enforcement_files.total", "In 2024, how many times did Huai'an city government say no because the thing wanted was a law-enforcement case file?", "withheld: enforcement files"),
        pv("en", "ha", "r.withheld.internal_affairs.total", "huaian 2024 number of requests rejected since info is only about the goverment's own in-house management", "withheld: internal affairs"),
        pv("en", "ha", "r.unable.needs_creation.total", "For Huaian in 2024, how many applications couldn't be met because the government would have had to put together new information that did not exist yet?", "unable: needs creation"),
        pv("en", "ha", "r.not_processed.petition.total", "Huai'an 2024 - requests that were really complaints or petitions dressed up as disclosure requests, so they weren't handled: how many?", "not processed: petition"),
        pv("en", "ha", "r.not_processed.duplicate.total", "How many times in 2024 did Huai'an decline to handle a request because the same person had already asked for the same thing?", "not processed: duplicate"),
        pv("en", "ha", "r.other.other.total", "Huai'an FY2024, requests closed out some other way (the catch-all 'other' line under other handling) - count please", "other: other"),
        pv("en", "ha", "a.litigation_after_review.pending", "Huaian 2024: of the court cases brought after an administrative review, how many had no ruling yet at year end?", "litigation after review pending"),
        pv("en", "ha", "a.review.pending", "As at end of 2024, how many reconsideration cases about disclosure against Huai'an were not concluded?", "review pending; text states the same number", alt=(HA_REV, 37)),
        pv("en", "ha", "r.received.other_org", "Huai'an 2024 new applications from organisations of the 'other' type (not companies, not law firms) - how many?", "received: other org column"),
        pv("en", "ha", "c.fees.amount", "How much money did Huai'an take in from administrative fees (行政事业性收费) in 2024?", "fees amount", unit=M),
        pv("en", "ha", "r.withheld.prohibited_by_law.commercial", "In 2024 Huai'an, how many company applications were refused because a law or regulation forbids releasing it?", "withheld prohibited by law, commercial column"),
        pv("en", "ha", "c.coercion.decisions", "number of administrative coercion decisions, Huai'an, 2024", "coercion decisions"),
        pv("en", "ha", "r.received.commercial", "Number of new disclosure applications businesses filed with Huai'an in 2024?", "received: commercial column"),
        # ---- 洪泽区 2023 (gold) ----
        pv("zh", "hz23", "r.withheld.state_secret.total", "洪泽区2023年有没有因为涉密不给公开的申请 几件", "withheld: state secret"),
        pv("zh", "hz23", "r.unable.not_held.total", "洪泽23年 政府回人家“这个信息我们这边没有”的 有几件", "unable: not held"),
        pv("zh", "hz23", "a.review.upheld", "洪泽区政府2023年被申请行政复议，复议机关维持原决定的是几件", "review upheld"),
        pv("zh", "hz23", "c.fees.amount", "洪泽区2023年行政事业性收费收了多少钱", "fees amount", unit=M),
        pv("zh", "hz23", "r.received.total", "洪泽区政府2023年一共收到多少份信息公开申请", "received; text states the same number", alt=(HZ23_REQ, 21)),
        pv("en", "hz23", "r.unable.needs_creation.total", "Hongze District 2023: requests where they would have to make a brand-new document to answer - how many?", "unable: needs creation"),
        pv("en", "hz23", "a.litigation_after_review.upheld", "Hongze 2023, people who went to court after the reconsideration - in how many did the court back the government?", "litigation after review upheld"),
        pv("en", "hz23", "r.not_processed.petition.total", "Hongze District 2023, how many requests were set aside as complaint / letters-and-visits matters?", "not processed: petition"),
        pv("en", "hz23", "c.punishment.decisions", "In 2023 how many administrative penalty decisions did Hongze district make?", "punishment decisions"),
        pv("en", "hz23", "r.withheld.enforcement_files.total", "hongze 2023 any request turned down cuz it asked for law enforcement case files? how many", "withheld: enforcement files"),
        pv("en", "hz23", "r.partially_granted.total", "Hongze 2023: requests where only part of the information was handed over?", "partially granted"),
        # ---- 沭阳县 2025 (gold) ----
        pv("zh", "sy", "r.withheld.security_stability.total", "沭阳2025年 以会危及国家安全、公共安全、经济安全和社会稳定为由没公开的 几件", "withheld: security/stability"),
        pv("zh", "sy", "r.withheld.third_party.total", "沭阳县政府25年 说会侵犯第三方权益不给公开的申请有几件啊", "withheld: third party"),
        pv("zh", "sy", "r.other.overdue_fee.total", "沭阳县2025年 让人交信息处理费人家过期不交的 这种申请有几个", "other: overdue fee"),
        pv("zh", "sy", "r.not_processed.duplicate.total", "沭阳2025 同一个人重复来申请同一个东西 县里没处理的有多少", "not processed: duplicate"),
        pv("zh", "sy", "r.partially_granted.legal_services", "沭阳县2025年律师事务所那些法律服务机构的申请，只公开了一部分的有几件", "partially granted, legal services column"),
        pv("zh", "sy", "a.review.other", "沭阳县2025年行政复议 结果既不是维持也不是纠正、算“其他结果”的 有几件", "review other"),
        pv("zh", "sy", "a.litigation_after_review.other", "沭阳2025年 先复议完了又去起诉的那些案子里 结果属于其他情况的几件", "litigation after review other"),
        pv("zh", "sy", "r.received.natural_person", "我2025年帮我妈给沭阳县政府写过一份公开申请，想问下2025年全县个人（自然人）新递交的申请一共多少件，不算上一年结转过来的", "received natural person (new only; text's 741 includes carried over)"),
        pv("zh", "sy", "c.fees.amount", "沭阳县2025年行政事业性收费金额是多少", "fees amount", unit=M),
        pv("zh", "sy", "r.unable.not_held.total", "沭阳2025年 县里回复“本机关没有这个信息”的多少件", "unable: not held"),
        pv("zh", "sy", "r.withheld.enforcement_files.total", "沭阳县2025 拿“这是行政执法案卷”当理由不公开的 有几件", "withheld: enforcement files"),
        pv("en", "sy", "r.withheld.admin_query.total", "Shuyang County 2025: how many requests were declined because they were really administrative look-up matters (like checking records)?", "withheld: administrative inquiry"),
        pv("en", "sy", "r.other.overdue_correction.total", "Shuyang 2025 - applicant was asked to fix or complete the request and never did before deadline. how many?", "other: overdue correction"),
        pv("en", "sy", "a.review.corrected", "In 2025, how many Shuyang reconsideration decisions went against the county and set things right (corrected)?", "review corrected"),
        pv("en", "sy", "a.litigation_after_review.pending", "Shuyang County 2025, lawsuits brought after reconsideration still waiting for judgment at year end?", "litigation after review pending"),
        pv("en", "sy", "r.received.commercial", "how many new requests did businesses send to Shuyang county govt in 2025", "received: commercial column"),
        pv("en", "sy", "c.coercion.decisions", "Shuyang 2025 number of administrative enforcement (coercive measure) decisions", "coercion decisions"),
        pv("en", "sy", "r.withheld.internal_affairs.total", "Shuyang 2025: requests turned away as purely internal-affairs information - number?", "withheld: internal affairs"),
        pv("en", "sy", "r.carried_forward.total", "Shuyang 2025: requests still being worked on and pushed into the following year?", "carried forward; text states the same number", alt=(SY_REQ, 31)),
        pv("en", "sy", "r.withheld.process_info.total", "shuyang county 2025 number of refusals since the info was process-type (discussion notes, drafts)", "withheld: process information"),
        # ---- 涧西区 2020 (gold) ----
        pv("zh", "jx", "c.procurement.projects", "涧西区政府办2020年政府集中采购项目有几个", "procurement projects"),
        pv("zh", "jx", "a.litigation_direct.upheld", "涧西区2020年 有人没先复议直接打官司 法院维持政府的几件", "direct litigation upheld"),
        pv("zh", "jx", "r.unable.not_held.total", "涧西2020 回复申请人“本机关不掌握”的有几件", "unable: not held"),
        pv("en", "jx", "c.procurement.amount", "Jianxi District office, 2020: what was the total amount of government centralised procurement?", "procurement amount", unit=M),
        pv("en", "jx", "r.granted.total", "How many of Jianxi's 2020 requests were answered by simply handing over the info in full?", "granted"),
        pv("en", "jx", "c.normative_docs.made", "Jianxi 2020, how many normative documents were newly drafted (本年新制作数量)?", "normative docs made (2019 format)"),
        pv("en", "jx", "r.carried_forward.total", "Jianxi District 2020: requests still in progress at year end (carried to the next year)?", "carried forward; text states the same number", alt=(JX_REQ, 2)),
        # ---- 上海市府办 2019 (gold) ----
        pv("zh", "sh19", "r.unable.unclear.natural_person", "上海市政府办公厅2019年 个人申请里因为说不清要啥、没法提供的 有几件", "unable unclear, natural person column"),
        pv("zh", "sh19", "r.not_processed.petition.natural_person", "2019年上海市府办收到的个人申请中，其实是信访投诉举报、所以不予处理的是多少", "not processed petition, natural person column"),
        pv("zh", "sh19", "c.procurement.amount", "上海市府办2019年政府集中采购金额多少", "procurement amount", unit=M),
        pv("zh", "sh19", "r.withheld.state_secret.natural_person", "19年上海市政府办公厅 个人申请被以国家秘密为由拒绝的有几件", "withheld state secret, natural person column"),
        pv("zh", "sh19", "a.litigation_direct.pending", "上海市府办2019年直接起诉的行政诉讼里 还没判下来的几件", "direct litigation pending"),
        pv("zh", "sh19", "r.carried_forward.total", "上海市政府办公厅2019年顺延到下一年再答复的申请有几件", "carried forward; text states the same number", alt=(SH19_REQ, 72)),
        pv("zh", "sh19", "r.received.legal_services", "上海市府办2019年 律所递上来的新申请几件", "received: legal services column"),
        pv("en", "sh19", "r.unable.needs_creation.commercial", "Shanghai General Office 2019: requests from companies where the info would have had to be newly made - how many?", "unable needs creation, commercial column"),
        pv("en", "sh19", "r.withheld.admin_query.commercial", "For 2019, Shanghai General Office turned down how many business applications as administrative inquiries?", "withheld admin query, commercial column"),
        pv("en", "sh19", "c.regulations.total_published", "Shanghai government general office 2019 - total number of rules (规章) publicly available overall (对外公开总数量)?", "regulations total published"),
        pv("en", "sh19", "r.not_processed.duplicate.commercial", "2019 Shanghai General Office: repeat requests by companies which were not processed, how many?", "not processed duplicate, commercial column"),
        pv("en", "sh19", "a.review.pending", "How many 2019 reconsideration cases about disclosure against the Shanghai General Office were still open when the year closed?", "review pending"),
        # ---- text cells: 洪泽区 2024, 上海市科委 2024, 上海市府办 2025 ----
        pv("zh", "hz24", "c.licensing.decisions", "洪泽区2024年行政许可处理决定多少个", "licensing decisions"),
        pv("zh", "hz24", "r.unable.not_held.total", "洪泽2024年 申请的东西政府说自己手上压根没有 这样答复的多少件", "unable: not held"),
        pv("zh", "hz24", "a.litigation_direct.total", "洪泽区政府2024年被人直接告上法院的信息公开官司几起", "direct litigation total"),
        pv("zh", "sh25", "r.not_processed.petition.total", "上海市府办2025年 申请其实是来信访投诉的 不予处理的有多少", "not processed: petition"),
        pv("zh", "sh25", "r.unable.needs_creation.total", "上海市政府办公厅2025年 申请的信息没有现成的、得另外加工才有的 这种多少件", "unable: needs creation"),
        pv("zh", "sh25", "a.review.pending", "2025年上海市府办 信息公开行政复议还没结案的有几件", "review pending"),
        pv("zh", "kw", "r.received.commercial", "上海科委2024年有企业来申请公开信息吗 几件", "received: commercial column"),
        pv("zh", "sh25", "r.received.natural_person", "上海市府办2025年 老百姓个人新提交的信息公开申请数", "received: natural person column"),
        pv("en", "sh25", "r.not_processed.duplicate.total", "Shanghai General Office 2025: how many requests were dropped as repeats of an earlier request?", "not processed: duplicate"),
        pv("en", "sh25", "a.litigation_direct.pending", "Shanghai General Office in 2025 - lawsuits filed straight away (no reconsideration first) still undecided?", "direct litigation pending"),
        pv("en", "sh25", "r.carried_over.legal_services", "How many requests from law firms / legal service bodies did the Shanghai General Office bring into 2025 from the year before?", "carried over, legal services column"),
        pv("en", "kw", "c.normative_docs.in_force", "STCSM 2024, how many normative documents are still valid (现行有效)?", "normative docs in force"),
        pv("en", "hz24", "c.fees.amount", "Hongze District 2024 administrative fees collected, in 10k yuan?", "fees amount", unit=M),
        pv("en", "hz24", "c.coercion.decisions", "Hongze 2024 - number of administrative coercive measure decisions", "coercion decisions"),
        pv("en", "kw", "r.granted.total", "Shanghai science commission 2024, how many requests ended with the info being released in full?", "granted; text states the same number", alt=(KW_OUT, 9)),
    ]


def TRAPS():
    M = "万元"
    return [
        tr("zh", "ha", "a.litigation_after_review.total", "淮安2024年 是先复议、对复议不服再去起诉的有几件（不是直接起诉的那种）", "复议后起诉 vs 直接起诉"),
        tr("zh", "sy", "r.carried_over.total", "沭阳县2025年表里 从上一年接着办过来的申请是多少 别跟转到下一年的搞混了", "上年结转 vs 结转下年"),
        tr("zh", "ha", "c.normative_docs.in_force", "淮安2024年 行政规范性文件现在还管用的有多少件，我问的不是当年新发的", "现行有效 vs 制发"),
        tr("zh", "sy", "r.unable.needs_creation.total", "沭阳2025年 不是说没有这信息，而是得重新加工制作才能给的 多少", "另行制作 vs 不掌握"),
        tr("zh", "sh19", "r.withheld.process_info.natural_person", "上海市府办2019年个人申请里 属于过程性信息不公开的几件？不是内部事务那栏", "过程性信息 vs 内部事务"),
        tr("zh", "hz24", "a.litigation_after_review.total", "洪泽区2024年 复议以后又打官司的有几件 直接起诉的不要算", "复议后起诉 vs 直接起诉"),
        tr("zh", "ha", "a.review.other", "淮安2024年复议结果里那个“其他结果”是多少？不要纠正的", "其他结果 vs 纠正; text states the same number", alt=(HA_REV, 178)),
        tr("en", "ha", "r.partially_granted.total", "Huai'an 2024 - only the requests where they gave PART of the info, not the ones fully granted", "部分公开 vs 予以公开"),
        tr("en", "sh19", "c.normative_docs.total_published", "Shanghai General Office 2019: total normative documents publicly available overall, not the ones newly made that year", "对外公开总数 vs 新制作"),
        tr("en", "jx", "c.procurement.amount", "Jianxi 2020 centralised procurement - I need the money amount, not the number of projects", "采购金额 vs 项目数", unit=M),
        tr("en", "sy", "a.litigation_direct.upheld", "Shuyang 2025: lawsuits that went straight to court (not the ones after reconsideration) where the government won?", "直接起诉 vs 复议后起诉"),
        tr("en", "ha", "r.unable.not_held.legal_services", "Huai'an 2024 'we don't hold that info' replies given to legal service firms - not to companies", "法律服务机构 vs 商业企业"),
        tr("en", "sh25", "r.carried_forward.total", "Shanghai General Office 2025: requests rolled forward INTO the next year (not the ones brought in from the prior year)", "结转下年 vs 上年结转"),
    ]


def COMBINE():
    M = "万元"
    return [
        sm("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.security_stability.total"], "淮安2024年 涉密的加上危害安全稳定的 这两类不公开一共多少"),
        sm("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年行政复议加上两种行政诉讼 一共多少件案子", "text states the same total", alt=("全县共办理相关案件", 74)),
        sm("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "洪泽区2023年 “没有这信息”的加上“要另外制作”的 合起来几件"),
        sm("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"], "淮安2024 其他处理下面那三小项合计是多少"),
        sm("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市府办2019年个人新申请加上上年结转过来的个人申请 一共"),
        sm("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"], "帮我算下淮安市2024年不予公开里前五种理由（国家秘密、法律禁止、三安全一稳定、第三方权益、内部事务）加起来多少"),
        sm("zh", "sy", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total", "r.withheld.process_info.total", "r.withheld.enforcement_files.total", "r.withheld.admin_query.total"], "沭阳2025年 不予公开那八种理由 全部加一块是多少件"),
        sm("zh", "kw", ["r.received.total", "r.carried_over.total"], "上海科委2024年 新收的加上上年结转的 一共要处理多少申请", "text states both parts"),
        sm("en", "ha", ["a.review.corrected", "a.litigation_direct.corrected", "a.litigation_after_review.corrected"], "Huai'an 2024: add up every reconsideration and court case (both kinds of lawsuit) where the government was corrected"),
        sm("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025, requests that got at least some info out (full plus partial) - total?"),
        sm("en", "jx", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Jianxi 2020 how many disclosure disputes in all: reconsideration + direct suits + suits after reconsideration"),
        sm("en", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Shanghai General Office 2025 - petitions-type requests plus repeat requests, combined count?"),
        sm("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "Hongze District 2024: licences + penalties + coercive measures decisions, sum them up"),
        sm("en", "ha", ["r.received.commercial", "r.received.legal_services"], "For 2024 Huai'an, new requests from companies and from law firms together?"),
        sm("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"], "Shuyang 2025: requests that lapsed because the applicant missed a deadline (didn't fix the request in time or didn't pay in time), both together"),
        sm("en", "sh19", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office 2019 reconsiderations plus direct lawsuits, total?"),
        # differences
        df("zh", "hz23", "hz24", "c.licensing.decisions", "洪泽区行政许可决定 2024年比2023年多了多少"),
        df("zh", "hz23", "hz24", "c.coercion.decisions", "洪泽区的行政强制决定数，2023年到2024年变化了多少（后一年减前一年）"),
        df("zh", "sh19", "sh25", "r.received.total", "上海市府办本年新收的申请 2025年跟2019年比 差多少件"),
        df("zh", "sh19", "sh25", "r.carried_forward.total", "上海市政府办公厅结转到下一年的申请数 2019年到2025年增加了多少"),
        df("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽区 回复“本机关不掌握”的件数 2024年比2023年多几件"),
        df("en", "hz23", "hz24", "c.punishment.decisions", "Hongze District administrative penalty decisions: change from 2023 to 2024?"),
        df("en", "hz23", "hz24", "c.fees.amount", "By how much did Hongze's administrative fee income move between 2023 and 2024 (2024 minus 2023)?", unit=M),
        df("en", "sh19", "sh25", "a.review.total", "Shanghai General Office: disclosure reconsiderations in 2025 vs 2019, what's the difference?"),
        df("en", "sh19", "sh25", "a.litigation_direct.total", "How many more direct lawsuits did the Shanghai General Office face in 2025 than in 2019?"),
        df("en", "sh19", "sh25", "r.received.commercial", "Shanghai General Office, new requests from businesses: 2025 compared with 2019, difference?"),
    ]


def RANK():
    return [
        rk("zh", ["ha", "sy", "sh19"], "r.received.total", "desc", "淮安市2024年、沭阳县2025年、上海市府办2019年 哪家新收的申请最多"),
        rk("zh", ["hz23", "sy", "jx"], "r.received.total", "asc", "洪泽区2023年、沭阳2025年、涧西区2020年，谁收到的新申请最少？"),
        rk("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc", "淮安2024、洪泽2023、沭阳2025 三个里行政事业性收费金额最低的是哪个"),
        rk("zh", ["sy", "sh19", "jx", "hz23"], "r.carried_forward.total", "desc", "比较一下沭阳2025、上海市府办2019、涧西2020、洪泽2023：结转到下一年的申请谁最多"),
        rk("zh", ["ha", "sy", "sh19", "jx"], "a.litigation_direct.total", "asc", "淮安2024年、沭阳2025年、上海市府办2019年、涧西2020年 直接被起诉的案子哪家最少"),
        rk("zh", ["hz23", "sy", "sh19"], "r.unable.not_held.natural_person", "desc", "个人申请被回“本机关不掌握”最多的是哪个：洪泽区2023、沭阳县2025、上海市政府办公厅2019"),
        rk("zh", ["ha", "hz23", "sy"], "c.coercion.decisions", "asc", "行政强制决定 淮安市2024 洪泽区2023 沭阳县2025 哪个最少"),
        rk("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc", "Which made the most licensing decisions: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
        rk("en", ["sy", "sh19", "jx"], "r.total_processed.total", "desc", "Among Shuyang (2025), the Shanghai General Office (2019) and Jianxi (2020), who closed the most requests in total?"),
        rk("en", ["ha", "sy", "sh19"], "r.received.commercial", "asc", "Fewest new requests from businesses: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 - which one?"),
        rk("en", ["hz23", "sy", "sh19", "jx"], "a.review.upheld", "desc", "Hongze 2023 / Shuyang 2025 / Shanghai General Office 2019 / Jianxi 2020: which had the most reconsiderations where the original decision stood?"),
        rk("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc", "Huai'an 2024 vs Hongze 2023 vs Shuyang 2025 - lowest number of administrative penalty decisions?"),
        rk("en", ["ha", "sy", "sh19", "jx"], "r.carried_over.total", "desc", "Who brought the most requests over from the year before: Huai'an 2024, Shuyang 2025, Shanghai General Office 2019, Jianxi 2020?"),
    ]


def TEXTONLY():
    return [
        nv("zh", "jx", "统筹推进26个试点领域", 26, "个", "涧西区政府办2020年搞基层政务公开标准化规范化 试点领域一共多少个"),
        nv("zh", "jx", "共21个领域601项事项", 601, "项", "涧西2020年把权力运行和政务服务梳理细化以后 一共整理出多少项事项"),
        nv("zh", "ha", "制作《淮安市人民政府公报》", 6, "期", "淮安市政府2024年出了几期政府公报"),
        nv("zh", "ha", "等新闻发布会", 12, "场", "淮安2024年开了几场新闻发布会啊"),
        nv("zh", "ha", "全市在运维政务新媒体共计", 95, "个", "淮安全市在运营的政务新媒体账号有多少个（2024年年报里说的）"),
        nv("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市2024年收了多少信息处理费 多少块钱"),
        nv("zh", "hz23", "在政府网站平台主动公开政府信息", 1136, "条", "洪泽区2023年在政府网站上主动挂出来的政府信息有多少条"),
        nv("zh", "hz24", "公开政府常务会议", 7, "期", "洪泽2024年 政府常务会议公开了几期"),
        nv("zh", "sy", "开展意见征集", 9, "期", "沭阳县2025年在县政府网站上搞了几期意见征集"),
        nv("zh", "sy", "年度涌现爆款内容", 52, "条", "沭阳县政务新媒体2025年出了多少条爆款"),
        nv("zh", "sy", "全年发出催办提示", 84, "次", "沭阳那个依申请倒计时报警器 2025年一共提醒催办了多少次"),
        nv("zh", "sy", "累计开展办前主动沟通", 49, "次", "沭阳2025年办申请之前主动跟申请人沟通了几次"),
        nv("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清掉了多少条过期的政府信息"),
        nv("zh", "sy", "收取信息处理费共计", 380, "元", "沭阳县2025年全县行政机关一共收了多少钱信息处理费"),
        nv("zh", "kw", "微信公众号目前关注人数达", 1016823, "人", "上海科技那个微信公众号 2024年报里写关注的有多少人"),
        nv("zh", "kw", "主合办政协提案", 85, "件", "上海市科委2024年主办合办的政协提案有多少件"),
        nv("zh", "sh25", "新闻通气会", 19, "场", "上海市政府2025年开了几场新闻通气会"),
        nv("zh", "sh25", "含申请人主动撤回", 157, "件", "2025年上海市府办的申请里 申请人自己主动撤回的有多少件"),
        nv("zh", "sh25", "编辑《上海市人民政府公报》", 24, "期", "上海市政府办公厅2025年编了几期市政府公报"),
        nv("zh", "sh19", "通过“中国上海”门户网站发布政策解读共", 132, "件", "2019年上海市府办在中国上海网站上发了多少篇政策解读"),
        nv("en", "jx", "办结率", 88.2, "%", "What share of Jianxi District office's 2020 applications had been wrapped up (completion rate)?", "printed percentage"),
        nv("en", "ha", "通过文字、图片等形式制作政策解读", 21, "个", "How many explainer pieces on policies did Huai'an produce in 2024, in words and pictures?"),
        nv("en", "ha", "全年组织 4 次", 4, "次", "How many times in 2024 did Huai'an run a sweep that checked every single disclosure column?"),
        nv("en", "hz24", "主动发布各类政府信息", 2428, "条", "How many items did Hongze District push out on its government website in 2024 on its own initiative?"),
        nv("en", "sy", "策采相关新闻稿件", 2606, "篇", "Shuyang 2025: how many news stories did the county's government social-media team write?"),
        nv("en", "sy", "推送系列原创短视频", 1113, "个", "How many home-made short videos did Shuyang's official accounts post in 2025?"),
        nv("en", "sy", "完成全县64家单位", 64, "家", "In Shuyang's 2025 report, how many county bodies had their yearly disclosure reports released together in one batch?"),
        nv("en", "sy", "失效链接43处", 43, "处", "Shuyang 2025: how many dead links on the website got fixed?"),
        nv("en", "sy", "成功推动化解各类争议纠纷", 33, "件", "How many quarrels with applicants did Shuyang manage to settle before they escalated, in 2025?"),
        nv("en", "kw", "视频号共制作并发布短视频", 584, "条", "STCSM 2024 - how many short clips went out on the 'Shanghai Keji' video channel?"),
        nv("en", "kw", "直播 118 场", 118, "场", "How many livestreams did the Shanghai science commission hold in 2024?"),
        nv("en", "kw", "日常报送惠企政策", 83, "条", "Shanghai science commission 2024: how many business-support policies were sent in through routine reporting?"),
        nv("en", "kw", "主合办人大代表建议", 50, "件", "How many motions from People's Congress deputies did the science commission handle (lead or joint) in 2024?"),
        nv("en", "sh25", "召开市政府新闻发布会", 42, "场", "How many times did the Shanghai city government face the press at formal press events in 2025?"),
        nv("en", "sh25", "新增意大利语网站", 10, "个", "The Shanghai international services portal - how many languages did it offer by 2025?"),
        nv("en", "sh25", "公文公开属性审查", 330, "件", "Shanghai General Office 2025: how many documents were vetted before being put out?"),
        nv("en", "sh25", "个区全部上线数字公报", 16, "个", "In 2025 how many Shanghai districts had their gazette online in digital form?"),
        nv("en", "sh19", "进行权威发布共计", 38, "次", "Shanghai General Office 2019: how many official releases on key executive meeting topics?"),
        nv("en", "sh19", "人事任免文件141件", 141, "件", "How many staff appointment-and-removal papers did the Shanghai General Office make public in 2019?"),
    ]


def CANNOT():
    return [
        un("zh", "淮安市2024年的信息公开申请人里男的女的各多少", "sex breakdown not reported"),
        un("zh", "沭阳县2025年来申请信息公开的人平均年龄多大", "age not reported"),
        un("zh", "洪泽区2023年3月份收到了几件信息公开申请", "month breakdown not reported"),
        un("zh", "淮安2024年第二季度依申请公开有多少件", "quarter breakdown not reported"),
        un("zh", "上海市府办2025年通过寄信方式提交的申请有多少", "channel breakdown not reported"),
        un("zh", "沭阳县2025年各个乡镇分别收到多少申请", "township breakdown not reported"),
        un("zh", "淮安市2024年的申请里跟拆迁征收有关的有多少件", "topic breakdown not reported"),
        un("zh", "南京市2024年政府信息公开年报里受理了多少申请", "body not in the corpus (南京市)"),
        un("zh", "洪泽区2022年依申请公开一共多少件", "year not in the corpus (洪泽 2022)"),
        un("zh", "沭阳县2026年预计会收到多少信息公开申请", "forecast"),
        un("zh", "你觉得上海市政府办公厅2025年信息公开工作做得好不好", "opinion"),
        un("zh", "我2025年3月给沭阳县政府交的那份申请 现在办到哪一步了", "one person's own case"),
        un("zh", "能把淮安市2024年申请信息公开的人的名字和电话发我吗", "personal data"),
        un("zh", "涧西区2021年的年报里新收了多少申请", "year not in the corpus (涧西 2021)"),
        un("zh", "上海科委2024年负责信息公开的工作人员有几个", "staff number not reported"),
        un("zh", "沭阳2025年每件申请平均多少天答复完", "response times not reported"),
        un("zh", "宿迁市2025年信息公开行政复议多少件", "body not in the corpus (宿迁市)"),
        un("zh", "淮安2024年申请人里外地人和本地人各占多少", "residence breakdown not reported"),
        un("zh", "上海市府办2019年搞信息公开工作一共花了多少经费", "costs not reported"),
        un("zh", "洪泽区2024年下面各个部门分别收到几件申请", "department breakdown not reported"),
        un("en", "Huai'an 2024: how many of the disclosure requests came from women?", "sex breakdown not reported"),
        un("en", "Shuyang 2025 - which industries were the companies that filed requests in?", "industry breakdown not reported"),
        un("en", "How many disclosure requests did Pudong New Area receive in 2024?", "body not in the corpus (浦东新区)"),
        un("en", "Shanghai science commission 2023 - number of requests received?", "year not in the corpus (上海市科委 2023)"),
        un("en", "What will Huai'an's number of disclosure requests be in 2025?", "forecast"),
        un("en", "In your view, was Hongze District fair to applicants in 2024?", "opinion"),
        un("en", "I applied to Huai'an city in May 2024 about my house being demolished. Was mine one of the ones they granted?", "one person's own case"),
        un("en", "Give me the names of the people who took Shuyang County to court in 2025", "personal data"),
        un("en", "Shanghai General Office 2022 - how many requests came in?", "year not in the corpus (上海市府办 2022)"),
        un("en", "How many information requests did Qingjiangpu District get in 2024?", "body not in the corpus (清江浦区)"),
        un("en", "Jianxi District 2020: how many requests were filed online and how many in person?", "channel breakdown not reported"),
        un("en", "What was the average number of days the Shanghai General Office took to answer a request in 2025?", "response times not reported"),
        un("en", "Huai'an 2024 breakdown of requests by month please", "month breakdown not reported"),
        un("en", "How many of the people applying to the Shanghai General Office in 2019 were foreigners?", "nationality breakdown not reported"),
        un("en", "How much budget did Shuyang spend on disclosure work in 2025?", "costs not reported"),
        un("en", "Why did Hongze District's request numbers go up so much in 2024?", "reason not stated"),
        un("en", "Hongze 2023: how many requests were about land acquisition?", "topic breakdown not reported"),
        un("en", "Which Huai'an department got the most disclosure requests in 2024?", "department breakdown not reported"),
        un("en", "How many staff at Shuyang County handled disclosure requests in 2025?", "staff number not reported"),
    ]


def FOLLOWUP():
    M = "万元"
    return [
        fu("zh", [("淮安2024年 因为会伤到第三方利益而没公开的申请 几件", E("ha", "r.withheld.third_party.total")),
                  ("那洪泽区2023年同样的情况呢", E("hz23", "r.withheld.third_party.total"))], "switch body and year"),
        fu("zh", [("沭阳县2025年行政复议里 维持原决定的有几件", E("sy", "a.review.upheld")),
                  ("那没复议直接去告的 法院维持了几件", E("sy", "a.litigation_direct.upheld")),
                  ("复议完再起诉的呢", E("sy", "a.litigation_after_review.upheld"))], "switch appeals group"),
        fu("zh", [("洪泽区2023年行政许可决定一共多少个", E("hz23", "c.licensing.decisions")),
                  ("24年呢", E("hz24", "c.licensing.decisions"))], "switch year (2024 from text cells)"),
        fu("zh", [("淮安市2024年 有多少申请其实是信访举报投诉 所以没按信息公开处理", E("ha", "r.not_processed.petition.total")),
                  ("沭阳2025年这一项呢", E("sy", "r.not_processed.petition.total"))], "switch body and year"),
        fu("zh", [("上海市政府办公厅2019年本年新收了多少申请", E("sh19", "r.received.total", alt=(SH19_REQ, 859))),
                  ("换成2025年呢", E("sh25", "r.received.total", alt=(SH25_REQ, 1295)))], "switch year; text states both"),
        fu("zh", [("沭阳2025年 政府回复“我们没有这个信息”的多少件", E("sy", "r.unable.not_held.total")),
                  ("那要另外制作才能给的呢", E("sy", "r.unable.needs_creation.total")),
                  ("申请内容说不清楚的呢", E("sy", "r.unable.unclear.total"))], "switch row inside 无法提供"),
        fu("zh", [("涧西区政府办2020年一共收到几件依申请公开", E("jx", "r.received.total", alt=(JX_REQ, 17))),
                  ("到年底还没办完的几件", E("jx", "r.carried_forward.total", alt=(JX_REQ, 2)))], "switch row; text states both"),
        fu("zh", [("淮安市2024年信息公开行政复议总共多少件", E("ha", "a.review.total", alt=(HA_REV, 351))),
                  ("其中到年底还没审结的呢", E("ha", "a.review.pending", alt=(HA_REV, 37)))], "switch column; text states both"),
        fu("zh", [("沭阳县2025年全部公开给申请人的有多少件", E("sy", "r.granted.total")),
                  ("只公开一部分的呢", E("sy", "r.partially_granted.total"))], "switch row"),
        fu("zh", [("洪泽区2024年行政处罚决定有多少", E("hz24", "c.punishment.decisions")),
                  ("2023年的是多少", E("hz23", "c.punishment.decisions"))], "switch year"),
        fu("zh", [("上海市府办2025年 答复说本机关不掌握的多少件", E("sh25", "r.unable.not_held.total")),
                  ("2019年个人申请那一列是多少", E("sh19", "r.unable.not_held.natural_person"))], "switch year and column (2019 总计 printed blank)"),
        fu("zh", [("淮安2024年 叫人交信息处理费 人家过期没交的几件", E("ha", "r.other.overdue_fee.total")),
                  ("沭阳县2025年呢", E("sy", "r.other.overdue_fee.total"))], "switch body and year"),
        fu("zh", [("沭阳县2025年从上一年转过来接着办的申请有多少", E("sy", "r.carried_over.total")),
                  ("淮安市2024年的呢", E("ha", "r.carried_over.total", alt=(HA_REQ, 34)))], "switch body and year"),
        fu("zh", [("淮安2024年 因为属于行政查询事项而不予公开的有多少", E("ha", "r.withheld.admin_query.total")),
                  ("其中是企业申请的有几件", E("ha", "r.withheld.admin_query.commercial"))], "switch column"),
        fu("zh", [("洪泽区政府2023年行政复议被纠错的有几件", E("hz23", "a.review.corrected")),
                  ("复议后又去起诉 法院维持的几件", E("hz23", "a.litigation_after_review.upheld"))], "switch appeals group"),
        fu("zh", [("上海市科委2024年行政许可决定多少件", E("kw", "c.licensing.decisions")),
                  ("行政处罚呢", E("kw", "c.punishment.decisions"))], "switch row (text cells)"),
        fu("zh", [("沭阳县2025年新出台的行政规范性文件几件", E("sy", "c.normative_docs.issued")),
                  ("废止了几件", E("sy", "c.normative_docs.repealed")),
                  ("现在还有效的有多少", E("sy", "c.normative_docs.in_force"))], "switch column of 行政规范性文件"),
        fu("zh", [("上海市政府办公厅2019年一共答复了多少申请", E("sh19", "r.total_processed.total", alt=(SH19_REQ, 805))),
                  ("其中个人申请的有几件", E("sh19", "r.total_processed.natural_person"))], "switch column"),
        fu("zh", [("淮安市2024年法律服务机构新提交的申请几件", E("ha", "r.received.legal_services")),
                  ("这些里面全部公开的是几件", E("ha", "r.granted.legal_services"))], "switch row"),
        fu("zh", [("涧西区2020年政府信息公开行政复议 维持的几件", E("jx", "a.review.upheld")),
                  ("2020年政府集中采购总金额是多少", E("jx", "c.procurement.amount", unit=M))], "switch table"),
        # en
        fu("en", [("Huai'an 2024: how many requests weren't handled because they repeated an earlier one?", E("ha", "r.not_processed.duplicate.total")),
                  ("and Shuyang 2025?", E("sy", "r.not_processed.duplicate.total"))], "switch body and year"),
        fu("en", [("Shuyang County 2025 - new requests from legal service agencies?", E("sy", "r.received.legal_services")),
                  ("how many of those got everything they asked for?", E("sy", "r.granted.legal_services")),
                  ("and only part of it?", E("sy", "r.partially_granted.legal_services"))], "switch row, same column"),
        fu("en", [("Shanghai General Office 2019 - normative documents newly made that year?", E("sh19", "c.normative_docs.made", alt=(SH19_ACT, 60))),
                  ("and rules (规章)?", E("sh19", "c.regulations.made", alt=(SH19_ACT, 13)))], "switch row; text states both"),
        fu("en", [("Hongze District 2023: administrative coercion decisions?", E("hz23", "c.coercion.decisions")),
                  ("2024?", E("hz24", "c.coercion.decisions"))], "switch year"),
        fu("en", [("Huai'an 2024: people who went straight to court over a disclosure decision - how many cases?", E("ha", "a.litigation_direct.total")),
                  ("and the ones who sued after reconsideration?", E("ha", "a.litigation_after_review.total")),
                  ("how many of those were still pending?", E("ha", "a.litigation_after_review.pending"))], "switch appeals group and column"),
        fu("en", [("Shanghai General Office 2025: requests from individuals carried over from the prior year?", E("sh25", "r.carried_over.natural_person")),
                  ("what about 2019?", E("sh19", "r.carried_over.natural_person"))], "switch year"),
        fu("en", [("Shuyang County 2025, licensing decisions?", E("sy", "c.licensing.decisions")),
                  ("Huai'an 2024 same thing?", E("ha", "c.licensing.decisions"))], "switch body and year"),
        fu("en", [("Jianxi 2020: how many times did they answer 'we don't have that information'?", E("jx", "r.unable.not_held.total")),
                  ("Huai'an 2024 same row?", E("ha", "r.unable.not_held.total"))], "switch body and year"),
        fu("en", [("Huai'an 2024: requests so vague they couldn't be answered even after asking for clarification?", E("ha", "r.unable.unclear.total")),
                  ("and ones that would need new info compiled?", E("ha", "r.unable.needs_creation.total"))], "switch row inside 无法提供"),
        fu("en", [("STCSM 2024 - new requests from private individuals?", E("kw", "r.received.natural_person")),
                  ("and how many from businesses?", E("kw", "r.received.commercial"))], "switch column (text cells)"),
        fu("en", [("Shanghai General Office 2025 disclosure reconsiderations, total?", E("sh25", "a.review.total")),
                  ("and lawsuits after reconsideration?", E("sh25", "a.litigation_after_review.total"))], "switch appeals group (text cells)"),
        fu("en", [("Hongze 2024: requests answered with full disclosure?", E("hz24", "r.granted.total")),
                  ("and in 2023?", E("hz23", "r.granted.total"))], "switch year"),
        fu("en", [("Shuyang 2025: reconsideration cases not yet decided at year end?", E("sy", "a.review.pending")),
                  ("and reconsiderations overall?", E("sy", "a.review.total"))], "switch column"),
        fu("en", [("Shanghai General Office 2019: individuals' requests pushed to the next year?", E("sh19", "r.carried_forward.natural_person")),
                  ("Jianxi District 2020?", E("jx", "r.carried_forward.natural_person"))], "switch body and year"),
        fu("en", [("How many administrative normative documents did Huai'an issue in 2024?", E("ha", "c.normative_docs.issued")),
                  ("and how many were scrapped?", E("ha", "c.normative_docs.repealed"))], "switch column"),
        fu("en", [("Shuyang 2025 - requests closed some 'other' way (the catch-all under other handling)?", E("sy", "r.other.other.total")),
                  ("and for Huai'an 2024?", E("ha", "r.other.other.total"))], "switch body and year"),
        fu("en", [("Hongze 2023: refusals because the info was still in-process (drafts, discussions)?", E("hz23", "r.withheld.process_info.total")),
                  ("Shuyang 2025?", E("sy", "r.withheld.process_info.total"))], "switch body and year"),
        fu("en", [("Huai'an 2024: requests from individuals where only part of the info was released?", E("ha", "r.partially_granted.natural_person")),
                  ("and from companies?", E("ha", "r.partially_granted.commercial"))], "switch column"),
        fu("en", [("Shanghai General Office 2025: requests fully disclosed?", E("sh25", "r.granted.total")),
                  ("and how many were rolled into the next year?", E("sh25", "r.carried_forward.total"))], "switch row (text cells)"),
        fu("en", [("Jianxi 2020: normative documents publicly available in total (对外公开总数量)?", E("jx", "c.normative_docs.total_published")),
                  ("Shanghai General Office 2019?", E("sh19", "c.normative_docs.total_published"))], "switch body and year"),
    ]


def CONVERSATIONS():
    return PLAIN() + TRAPS() + COMBINE() + RANK() + TEXTONLY() + CANNOT() + FOLLOWUP()
