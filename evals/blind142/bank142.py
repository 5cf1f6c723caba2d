"""Question bank of blind set 142 (follow-up heavy). Holds every test question: frozen like test.jsonl.

All wordings written for this set. Text-cell specs (SPECS) are the cells blind6 verified (taken
from blind6/text_cells.json); values are parsed from the printed rows by blindlib142.text_cell.
"""
SPECS = {'hz24': {'active.coercion.decisions': ('row', '行政强制', 0), 'active.fees.amount': ('row', '行政事业性收费', 0), 'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '行政规范性文件', 2), 'active.normative_docs.issued': ('row', '行政规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'appeals.litigation_after_review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 14), 'appeals.litigation_direct.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 9), 'appeals.review.total': ('after', '四、政府信息公开行政复议、行政诉讼情况', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.not_held.total': ('row', '（四）无法提供1.本机关不掌握相关政府信息', 6)}, 'kw': {'active.licensing.decisions': ('row', '行政许可', 0), 'active.normative_docs.in_force': ('row', '规范性文件', 2), 'active.normative_docs.issued': ('row', '规范性文件', 0), 'active.punishment.decisions': ('row', '行政处罚', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '三、（一）予以公开', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6)}, 'sh25': {'appeals.litigation_after_review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 14), 'appeals.litigation_direct.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 8), 'appeals.litigation_direct.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 9), 'appeals.review.pending': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 3), 'appeals.review.total': ('after', '注：行政复议、行政诉讼数量含上年度结转数量。', 4), 'requests.carried_forward.total': ('row', '四、结转下年度继续办理', 6), 'requests.carried_over.legal_services': ('row', '二、上年结转政府信息公开申请数量', 4), 'requests.carried_over.natural_person': ('row', '二、上年结转政府信息公开申请数量', 0), 'requests.carried_over.total': ('row', '二、上年结转政府信息公开申请数量', 6), 'requests.granted.total': ('row', '（一）予以公开', 6), 'requests.not_processed.duplicate.total': ('row', '2.重复申请', 6), 'requests.not_processed.petition.total': ('row', '1.信访举报投诉类申请', 6), 'requests.received.commercial': ('row', '一、本年新收政府信息公开申请数量', 1), 'requests.received.natural_person': ('row', '一、本年新收政府信息公开申请数量', 0), 'requests.received.total': ('row', '一、本年新收政府信息公开申请数量', 6), 'requests.total_processed.total': ('row', '（七）总计', 6), 'requests.unable.needs_creation.total': ('row', '2.没有现成信息需要另行制作', 6), 'requests.unable.not_held.total': ('row', '1.本机关不掌握相关政府信息', 6)}}
import random
import helpers142 as H
import blindlib142 as L
from helpers142 import E, EN, EU, ED, ER, C, F

L.TEXT_SPECS.update(SPECS)

ZHN = {"ha": ["淮安市政府", "淮安", "淮安市人民政府"], "hz23": ["洪泽区", "洪泽", "洪泽区政府"],
       "hz24": ["洪泽区", "洪泽", "洪泽区政府"], "sy": ["沭阳县", "沭阳", "沭阳县政府"],
       "sh19": ["上海市政府办公厅", "上海市府办"], "sh25": ["上海市政府办公厅", "上海市府办"],
       "kw": ["上海市科委", "上海科委"], "jx": ["涧西区政府办", "涧西区"]}
ENN = {"ha": ["the Huai'an city government", "Huai'an", "Huaian"], "hz23": ["Hongze District", "Hongze"],
       "hz24": ["Hongze District", "Hongze"], "sy": ["Shuyang County", "Shuyang"],
       "sh19": ["the Shanghai General Office", "Shanghai's government general office"],
       "sh25": ["the Shanghai General Office", "Shanghai's government general office"],
       "kw": ["STCSM", "the Shanghai science commission"], "jx": ["the Jianxi District office", "Jianxi District"]}

P = {  # key -> (zh phrases, en phrases)
    "r.received.total": (["新收的信息公开申请", "本年新接到的依申请公开件"], ["new disclosure requests received", "freshly filed information requests"]),
    "r.received.natural_person": (["个人（自然人）新提出的申请", "老百姓以个人名义新递交的申请"], ["new requests filed by private individuals", "requests newly lodged by ordinary citizens"]),
    "r.carried_over.total": (["从上一年度结转过来接着办的申请"], ["requests carried in from the prior reporting period"]),
    "r.granted.total": (["答复全部公开的申请", "最后直接给了全部信息的申请"], ["requests granted in full", "applications where everything asked for was released"]),
    "r.unable.not_held.total": (["因机关手里没有这条信息而无法提供的", "回复“本机关不掌握”的申请"], ["requests answered with 'we do not hold this information'", "refusals because the office simply did not have the information"]),
    "r.unable.needs_creation.total": (["要另外制作才能提供、因此没给的申请"], ["requests declined because the data would have had to be newly compiled"]),
    "r.not_processed.duplicate.total": (["被认定为重复申请不予处理的"], ["requests set aside as repeat filings"]),
    "r.withheld.third_party.total": (["为保护第三方合法权益而不公开的"], ["requests withheld to protect a third party"]),
    "r.withheld.process_info.total": (["因属过程性信息不予公开的"], ["requests withheld as deliberative process information"]),
    "r.withheld.internal_affairs.total": (["因属内部事务信息不予公开的"], ["requests refused as internal-affairs information"]),
    "r.total_processed.total": (["全年办结答复的申请合计", "处理完毕的申请总数"], ["requests answered in total", "applications fully handled during the period"]),
    "r.carried_forward.total": (["没办完、转入下一年度继续办理的申请"], ["requests still open and pushed into the next reporting period"]),
    "a.review.total": (["信息公开行政复议案件", "被申请行政复议的案件"], ["administrative reconsideration cases on disclosure", "reconsideration appeals"]),
    "a.review.upheld": (["复议结果为维持的案件"], ["reconsiderations that upheld the original answer"]),
    "a.review.corrected": (["复议后被纠正的案件"], ["reconsiderations ending with the answer corrected"]),
    "a.litigation_direct.total": (["没经过复议直接起诉的行政诉讼"], ["lawsuits filed straight away without reconsideration"]),
    "a.litigation_after_review.total": (["复议之后又起诉的行政诉讼"], ["lawsuits brought after a reconsideration"]),
    "c.normative_docs.issued": (["新制发的行政规范性文件"], ["newly issued normative documents"]),
    "c.normative_docs.in_force": (["现行有效的行政规范性文件"], ["normative documents still in force"]),
    "c.licensing.decisions": (["行政许可决定"], ["administrative licensing decisions"]),
    "c.punishment.decisions": (["行政处罚决定"], ["administrative penalty decisions"]),
    "c.coercion.decisions": (["行政强制决定"], ["administrative coercion decisions"]),
    "c.fees.amount": (["行政事业性收费金额（万元）"], ["administrative fee revenue in 万元"]),
}
AVOID = {"sy": {"r.received.total", "r.received.natural_person"},
         "sh19": {"a.review.upheld", "a.litigation_direct.upheld", "r.granted.total",
                  "r.unable.not_held.total", "r.unable.needs_creation.total", "r.not_processed.duplicate.total",
                  "r.withheld.third_party.total", "r.withheld.process_info.total",
                  "r.withheld.internal_affairs.total", "a.review.corrected"},
         "hz23": {"a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"},
         "hz24": {"r.received.total", "r.total_processed.total"}}
BODIES = ["ha", "hz23", "hz24", "sy", "sh19", "sh25", "kw", "jx"]


def ok(b, k):
    if k in AVOID.get(b, ()):
        return False
    kk = H.K(k)
    if L.gold(b) is None:
        return kk in SPECS.get(b, {})
    if not L.applicable(b, kk):
        return False
    try:
        H.E(b, k)
    except Exception:
        return False
    return True


def unit(k):
    return {"unit": "万元"} if k == "c.fees.amount" else {}


def yz(b, rng):
    y = L.BODIES[b][1]
    return rng.choice(["%d年" % y, "%d年" % (y % 100)])


ZF = ["{n}{y}{p}有多少件？", "{y}{n}{p}是几件？", "想问下{n}{y}{p}一共多少", "{n}{y}年报里{p}是多少？", "查一下{n}{y}的{p}，多少？"]
EF = ["How many {p} did {n} report for {y}?", "{n}, {y}: number of {p}?", "What was the count of {p} at {n} in {y}?",
      "In its {y} annual report, how many {p} does {n} list?", "Quick one: {p} for {n} in {y}?"]
ZFM = ["{n}{y}{p}是多少？", "{y}{n}的{p}是多少？"]
EFM = ["How much was the {p} of {n} in {y}?", "{n} {y}: {p}?"]

SEEN = set()


def q1(lang, b, k, rng):
    for _ in range(50):
        if lang == "zh":
            fr = rng.choice(ZFM if k == "c.fees.amount" else ZF)
            q = fr.format(n=rng.choice(ZHN[b]), y=yz(b, rng), p=rng.choice(P[k][0]))
        else:
            fr = rng.choice(EFM if k == "c.fees.amount" else EF)
            q = fr.format(n=rng.choice(ENN[b]), y=L.BODIES[b][1], p=rng.choice(P[k][1]))
            q = q[0].upper() + q[1:]
        if q not in SEEN:
            SEEN.add(q)
            return q
    raise ValueError("no fresh wording")


def uq(q):
    assert q not in SEEN, q
    SEEN.add(q)
    return q


def pairs_ok():
    return [(b, k) for b in BODIES for k in P if ok(b, k)]


# ------------------------------------------------------------------ follow-up phrasing
ZPART = {"r.received.total": ("r.received.natural_person", ["其中个人申请的有多少？", "这里面自然人占几件？"]),
         "a.review.total": ("a.review.upheld", ["其中维持的有几件？", "那里面结果是维持的多少？"]),
         "r.unable.not_held.total": ("r.unable.not_held.natural_person", ["其中是个人申请的有多少？"]),
         "r.granted.total": ("r.granted.natural_person", ["这些里面自然人申请的几件？"]),
         "r.total_processed.total": ("r.total_processed.natural_person", ["其中自然人那一列是多少？"]),
         "r.carried_over.total": ("r.carried_over.natural_person", ["里面个人的有几件？"])}
EPART = {"r.received.total": ["Of those, how many came from individuals?", "And of those, how many were filed by natural persons?"],
         "a.review.total": ["Of those, how many ended upheld?", "How many of those were upheld?"],
         "r.unable.not_held.total": ["Of those, how many were from private individuals?"],
         "r.granted.total": ["Of those, how many were individuals' requests?"],
         "r.total_processed.total": ["How many of those were natural persons?"],
         "r.carried_over.total": ["Of those, how many were individuals?"]}


ZBACK = ["你刚才给的这个数，确认一下是{n}{y}的吗？再说一遍是多少", "等等，刚才那个数字是表格里直接印的吗？请再报一次",
         "这个数没算错吧？{n}{y}那一项到底多少", "刚才那个回答能再核对一遍吗", "你说的那个是多少来着？我没记住"]
EBACK = ["Sorry, can you repeat that figure for {n} in {y}?", "Are you sure about that number? Please double-check it.",
         "Is that the printed table value? Give it to me again.", "Wait, what was the number you just gave?",
         "Can you confirm that figure once more for {n} {y}?"]

# unanswerable (zh, en): written for this set; each checked against the corpus holdings
UZH = [
    ("淮安市2024年的信息公开申请里女性申请人有多少？", "no sex breakdown"),
    ("洪泽区2023年申请人平均年龄多大？", "no age breakdown"),
    ("沭阳县2025年3月份收到了多少件申请？", "no monthly breakdown"),
    ("上海市府办2019年第二季度的申请量是多少？", "no quarterly breakdown"),
    ("淮安2024年通过信函方式提交的申请有几件？", "no channel breakdown"),
    ("沭阳2025年各乡镇分别收到多少申请？", "no township breakdown"),
    ("2024年淮安关于征地拆迁的申请有多少件？", "no topic breakdown"),
    ("上海科委2024年办理一件申请平均要多少天？", "no response times"),
    ("涧西区2020年政务公开专职工作人员有几个人？", "no staff number"),
    ("洪泽区2022年新收了多少政府信息公开申请？", "洪泽 2022 not held"),
    ("沭阳县2024年的行政复议案件有多少？", "沭阳 2024 not held"),
    ("上海市科委2023年新收的申请多少件？", "上海市科委 2023 not held"),
    ("南京市2024年收到多少信息公开申请？", "南京市 not held"),
    ("宿迁市2025年行政诉讼案件有几件？", "宿迁市 not held"),
    ("浦东新区2024年主动公开了多少条信息？", "浦东新区 not held"),
    ("预计淮安市2026年会收到多少件申请？", "forecast"),
    ("你觉得沭阳2025年的信息公开工作做得好不好？", "opinion"),
    ("涧西区2021年的年报里新收申请多少？", "涧西 2021 not held"),
    ("上海市府办2022年的行政复议有多少件？", "上海市府办 2022 not held"),
    ("淮安2024年提出申请最多的那个人叫什么名字？", "personal data"),
]
UEN = [
    ("How many of Huai'an's 2024 requesters were women?", "no sex breakdown"),
    ("What share of Shuyang's 2025 applicants were over 60?", "no age breakdown"),
    ("How many requests did Hongze District receive in November 2024?", "no monthly breakdown"),
    ("How many requests reached the Shanghai General Office online versus by post in 2025?", "no channel breakdown"),
    ("Which industry filed the most requests with STCSM in 2024?", "no industry breakdown"),
    ("How much did the Huai'an city government spend on disclosure staff in 2024?", "no costs"),
    ("What was the average reply time at Jianxi District in 2020?", "no response times"),
    ("How many disclosure requests did Nanjing receive in 2024?", "南京市 not held"),
    ("How many lawsuits did Suqian city face over disclosure in 2025?", "宿迁市 not held"),
    ("How many requests did Qingjiangpu District handle in 2024?", "清江浦区 not held"),
    ("What will Shuyang County's request count be in 2026?", "forecast"),
    ("Did Hongze District do a better job in 2024 than Shuyang did in 2025, in your view?", "opinion"),
    ("How many requests did Hongze District receive in 2022?", "洪泽 2022 not held"),
    ("How many reconsideration cases did Shuyang County have in 2024?", "沭阳 2024 not held"),
    ("What were STCSM's new requests in 2023?", "上海市科委 2023 not held"),
    ("How many requests did the Shanghai General Office get in 2022?", "上海市府办 2022 not held"),
    ("Why did Jianxi District's requests change between 2020 and 2021?", "reasons/2021 not held"),
    ("What is the phone number of the person who filed the most requests with Huai'an in 2024?", "personal data"),
    ("How many requests did Huai'an's districts each receive in 2024, district by district?", "no district breakdown"),
]
# unanswerable turns used inside follow-ups (elliptical, year carried by the conversation)
UMIDZ = ["那这些申请人里男的女的各多少？", "按月份拆开是怎样的？", "这些是哪些部门收到的？", "那平均答复用了几天？",
         "其中涉及房屋征收的有几件？", "按乡镇分一下呢？", "那下一年会有多少？", "负责这项工作的有几个人？"]
UMIDE = ["Split that by sex?", "Which months were busiest?", "Which departments got those?", "How long did replies take on average?",
         "How many of those were about housing?", "Break that down by township?", "And what is the forecast for the next year?",
         "How many staff handled them?"]

# narrative numbers: (body, keyword, value, unit, question)
NARR = [
    ("jx", "26个试点领域", 26, "个", "zh", "涧西区2020年的年报说设置了多少个试点领域的公开专栏？"),
    ("jx", "601项事项", 601, "项", "en", "How many items did Jianxi District's 2020 report say it mapped across its power-operation fields?"),
    ("ha", "在运维政务新媒体共计", 95, "个", "zh", "淮安市2024年在运维的政务新媒体有多少个？"),
    ("ha", "全年组织 4 次", 4, "次", "en", "How many full-coverage checks of disclosure sections did Huai'an organise in 2024?"),
    ("ha", "信息处理费 3940 元", 3940, "元", "zh", "淮安2024年收了多少元信息处理费？"),
    ("ha", "制作政策解读", 21, "个", "en", "How many policy interpretations did Huai'an produce in 2024?"),
    ("hz23", "主动公开政府信息 1136 条", 1136, "条", "zh", "洪泽区2023年在政府网站上主动公开了多少条信息？"),
    ("hz24", "主动发布各类政府信息 2428 条", 2428, "条", "en", "How many items did Hongze District post on its government website in 2024?"),
    ("hz24", "公开政府常务会议", 7, "期", "zh", "洪泽2024年公开了几期政府常务会议？"),
    ("sy", "主动公开政府信息4511条", 4511, "条", "en", "How many items did Shuyang County's portal publish proactively in 2025?"),
    ("sy", "开展意见征集9期", 9, "期", "zh", "沭阳县2025年开展了几期意见征集？"),
    ("sy", "发布信息3044条", 3044, "条", "en", "How many items did Shuyang's county departments post on their disclosure pages in 2025?"),
    ("sy", "策采相关新闻稿件", 2606, "篇", "zh", "沭阳2025年政务新媒体专栏策采了多少篇新闻稿件？"),
    ("sy", "年度涌现爆款内容52条", 52, "条", "en", "How many viral posts did Shuyang County count in 2025?"),
    ("sy", "完成全县64家单位", 64, "家", "zh", "沭阳县2025年有多少家单位集中公开了年报？"),
    ("sy", "全年发出催办提示 84 次", 84, "次", "en", "How many reminder alerts did Shuyang send out on pending requests in 2025?"),
    ("sy", "累计开展办前主动沟通 49 次", 49, "次", "zh", "沭阳2025年办理申请前主动沟通了多少次？"),
    ("sy", "累计清理过期信息697条", 697, "条", "en", "How many outdated items did Shuyang County clean up in 2025?"),
    ("kw", "今年累计批量推送集成式发布政策 121 条", 121, "条", "zh", "上海市科委2024年批量推送集成式发布的政策有多少条？"),
    ("kw", "网站全年累计发布信息 2139 条", 2139, "条", "en", "How many items did the Shanghai science commission's website publish in 2024?"),
    ("kw", "其中原创文章 294篇", 294, "篇", "zh", "上海科委2024年公众号原创文章有多少篇？"),
    ("kw", "短视频 584 条", 584, "条", "en", "How many short videos did STCSM's video channel release in 2024?"),
    ("sh25", "召开市政府新闻发布会 42 场", 42, "场", "zh", "上海市府办2025年开了多少场市政府新闻发布会？"),
    ("sh25", "新闻通气会 19 场", 19, "场", "en", "How many press briefings (新闻通气会) did Shanghai hold in 2025 according to the General Office report?"),
    ("sh25", "编辑《上海市人民政府公报》24 期", 24, "期", "zh", "2025年上海市政府公报编了几期？"),
    ("sh25", "16 个区全部上线数字公报", 16, "个", "en", "How many districts had digital gazettes online per the Shanghai General Office 2025 report?"),
    ("sh25", "已覆盖 10 个语种", 10, "个", "zh", "上海市府办2025年报说国际服务门户覆盖了几个语种？"),
    ("sh19", "统一受理平台接入53个部门", 53, "个", "en", "How many departments were connected to Shanghai's unified intake platform in 2019?"),
    ("sh19", "权威发布共计38次", 38, "次", "zh", "上海市政府办公厅2019年对市政府常务会议议题权威发布了多少次？"),
    ("sh19", "每季度对本市处于正常运行状态的70家政府网站", 70, "家", "en", "How many government websites did Shanghai check each quarter in 2019?"),
]

SUMS = [
    ("zh", "ha", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "淮安市2024年“不掌握”加上“需要另行制作”这两类没法提供的申请，合起来多少件？"),
    ("en", "ha", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "Add up Huai'an's 2024 reconsideration cases, direct lawsuits and lawsuits after reconsideration: what is the total?"),
    ("zh", "sy", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "沭阳县2025年行政许可、行政处罚、行政强制三类决定加起来一共多少？"),
    ("en", "hz23", ["r.granted.total", "r.unable.not_held.total"], "For Hongze District in 2023, full grants plus 'not held' answers together make how many?"),
    ("zh", "jx", ["r.received.total", "r.carried_over.total"], "涧西区2020年新收的申请加上上年结转的，一共是多少件？"),
    ("en", "sh25", ["a.review.total", "a.litigation_direct.total"], "Shanghai General Office, 2025: reconsideration cases plus direct lawsuits, combined?"),
    ("zh", "kw", ["r.received.total", "r.carried_over.total"], "上海市科委2024年新收申请和上年结转申请合在一起是多少？"),
    ("en", "hz24", ["c.licensing.decisions", "c.punishment.decisions"], "Hongze District 2024: licensing decisions and penalty decisions added together?"),
    ("zh", "sh19", ["r.received.total", "r.carried_over.total"], "上海市府办2019年新收申请数与上年结转数之和是多少？"),
    ("en", "sy", ["r.withheld.third_party.total", "r.withheld.process_info.total", "r.withheld.internal_affairs.total"], "Shuyang County 2025: requests withheld for third-party rights, as process information and as internal affairs, summed?"),
    ("zh", "ha", ["r.not_processed.duplicate.total", "r.withheld.third_party.total", "r.withheld.process_info.total", "r.withheld.internal_affairs.total", "r.unable.needs_creation.total"], "淮安2024年重复申请、保护第三方、过程性信息、内部事务、需另行制作这五项加总是多少？"),
    ("en", "sh25", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "For the Shanghai General Office in 2025, how many requests fell under 'not held' plus 'would need to be newly compiled'?"),
]
DIFFS = [
    ("zh", "hz23", "hz24", ["c.licensing.decisions"], "洪泽区行政许可决定从2023年到2024年变化了多少（2024减2023）？"),
    ("en", "hz23", "hz24", ["c.punishment.decisions"], "By how much did Hongze District's penalty decisions change from 2023 to 2024 (2024 minus 2023)?"),
    ("zh", "hz23", "hz24", ["c.normative_docs.in_force"], "洪泽现行有效的行政规范性文件，2024年比2023年多了还是少了几件？"),
    ("en", "sh19", "sh25", ["r.received.total"], "How much higher were the Shanghai General Office's new requests in 2025 than in 2019?"),
    ("zh", "sh19", "sh25", ["r.carried_forward.total"], "上海市府办结转下年度的申请，2025年比2019年多多少？"),
    ("en", "sh19", "sh25", ["a.review.total"], "Shanghai General Office reconsideration cases: change from 2019 to 2025?"),
]
RANKS = [
    ("zh", ["ha", "hz23", "sy", "jx"], ["r.unable.not_held.total"], "desc", "淮安2024、洪泽2023、沭阳2025、涧西2020这四家里，“本机关不掌握”答复最多的是哪家？"),
    ("en", ["ha", "sy", "sh19"], ["r.carried_forward.total"], "desc", "Among Huai'an 2024, Shuyang 2025 and the Shanghai General Office 2019, which carried the most requests into the next period?"),
    ("zh", ["hz23", "sh19", "jx"], ["r.total_processed.total"], "asc", "洪泽区2023年、上海市府办2019年、涧西区2020年，哪家办结的申请总数最少？"),
    ("en", ["ha", "hz23", "sy"], ["c.normative_docs.in_force"], "asc", "Which has the fewest normative documents in force: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
    ("zh", ["ha", "hz23", "sy"], ["c.coercion.decisions"], "desc", "淮安市2024年、洪泽区2023年、沭阳县2025年，行政强制决定谁最多？"),
    ("en", ["ha", "sy", "sh19", "jx"], ["a.litigation_direct.total"], "desc", "Rank Huai'an 2024, Shuyang 2025, Shanghai General Office 2019 and Jianxi 2020 by direct lawsuits: who is top?"),
    ("zh", ["ha", "sy", "jx"], ["a.review.corrected"], "asc", "淮安2024、沭阳2025、涧西2020三家复议被纠正的案件，哪家最少？"),
    ("en", ["ha", "hz23", "sy"], ["c.fees.amount"], "desc", "Which collected the most in administrative fees: Huai'an 2024, Hongze 2023 or Shuyang 2025?"),
    ("zh", ["ha", "hz23", "sy", "jx"], ["r.granted.total"], "asc", "淮安2024年、洪泽2023年、沭阳2025年、涧西2020年，予以公开的申请哪家最少？"),
    ("en", ["ha", "sy", "jx"], ["r.not_processed.duplicate.total"], "desc", "Huai'an 2024, Shuyang 2025 or Jianxi 2020: which dropped the most duplicate requests?"),
]
TRAPS = [
    ("zh", "ha", "r.carried_over.total", "淮安市2024年是从上一年度结转过来的申请有多少（不是结转到下一年的）？", "结转上年 vs 下年"),
    ("en", "sy", "r.carried_forward.total", "How many of Shuyang County's 2025 requests were still unfinished and moved on to the next period (not the ones carried in)?", "结转下年 vs 上年"),
    ("zh", "ha", "a.litigation_after_review.total", "淮安2024年先复议、复议后才起诉的案件有几件？", "复议后起诉 vs 直接起诉"),
    ("en", "sy", "a.litigation_direct.total", "Shuyang 2025: lawsuits that skipped reconsideration and went straight to court?", "直接起诉 vs 复议后起诉"),
    ("zh", "sy", "c.normative_docs.in_force", "沭阳县2025年现在还有效的行政规范性文件是多少件（不是当年新发的）？", "现行有效 vs 制发"),
    ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: requests it could not meet because the information would have to be created anew, not because it lacked the information?", "另行制作 vs 不掌握"),
    ("zh", "sy", "r.withheld.process_info.total", "沭阳2025年因为是过程性信息而不公开的（不是内部事务）有几件？", "过程性信息 vs 内部事务"),
    ("en", "ha", "a.review.corrected", "In Huai'an's 2024 report, how many reconsiderations ended with the decision corrected (not 'other outcome')?", "纠正 vs 其他结果"),
    ("zh", "hz24", "c.normative_docs.issued", "洪泽区2024年当年新制发的行政规范性文件几件？现行有效的不算", "制发 vs 现行有效"),
    ("en", "sh25", "r.unable.needs_creation.total", "Shanghai General Office 2025: requests that would have needed new compilation (not the 'not held' ones)?", "另行制作 vs 不掌握"),
]


def fresh(cands, rng):
    cands = list(dict.fromkeys(cands))
    rng.shuffle(cands)
    for c in cands:
        if c not in SEEN:
            SEEN.add(c)
            return c
    raise ValueError("no fresh wording")


def Y(b):
    return L.BODIES[b][1]


def n_(lang, b, rng):
    return rng.choice(ZHN[b] if lang == "zh" else ENN[b])


def ph(lang, k, rng):
    return rng.choice(P[k][0] if lang == "zh" else P[k][1])


def t_value(lang, b, k, rng):
    return (q1(lang, b, k, rng), E(b, k, **unit(k)))


def t_year(lang, b2, k, rng):
    y = Y(b2)
    if lang == "zh":
        c = ["换成%d年呢？" % y, "那%d年的呢？" % y, "%d年呢？" % (y % 100), "同一项%d年是多少？" % y,
             "%d年这一项呢？" % y, "那%d年%s呢？" % (y, ph(lang, k, rng)), "%d年的%s是多少？" % (y, ph(lang, k, rng))]
    else:
        c = ["What about %d?" % y, "And in %d?" % y, "%d?" % y, "Same figure for %d, please." % y,
             "And the %d report?" % y, "Same thing in %d?" % y, "How about %d for %s?" % (y, ph(lang, k, rng))]
    return (fresh(c, rng), E(b2, k, **unit(k)))


def t_body(lang, b2, k, rng, short=False):
    y = Y(b2)
    out = []
    for n in (ZHN[b2] if lang == "zh" else ENN[b2]):
        if lang == "zh":
            out += (["那%s呢？" % n, "%s呢？" % n, "换%s看看" % n] if short else
                    ["那%s%d年呢？" % (n, y), "换成%s，%d年同一项" % (n, y), "%s%d年的这个数呢？" % (n, y)])
        else:
            out += (["And %s?" % n, "What about %s?" % n, "%s, then?" % n] if short else
                    ["And %s for %d?" % (n, y), "Same for %s, %d?" % (n, y), "What about %s in %d?" % (n, y)])
    return (fresh(out, rng), E(b2, k, **unit(k)))


def t_row(lang, b, k2, rng):
    c = []
    for p in (P[k2][0] if lang == "zh" else P[k2][1]):
        if lang == "zh":
            c += ["那%s呢？" % p, "再看%s是多少" % p] + ([] if k2 == "c.fees.amount" else ["同一份报告里%s有几件？" % p])
        else:
            c += ["And %s?" % p, "What about %s in the same report?" % p, "Now %s, please." % p]
    return (fresh(c, rng), E(b, k2, **unit(k2)))


def t_back(lang, b, k, rng):
    y, c = Y(b), []
    for n in (ZHN[b] if lang == "zh" else ENN[b]):
        c += [s.format(n=n, y=y) for s in (ZBACK if lang == "zh" else EBACK)]
    return (fresh(c, rng), E(b, k, **unit(k)))


def t_unans(lang, rng):
    return (fresh(UMIDZ if lang == "zh" else UMIDE, rng), EU("breakdown or figure not stated in the report"))


def keys_of(b):
    return [k for k in P if ok(b, k)]


MISSING = {2024: [("南京市", "Nanjing"), ("清江浦区", "Qingjiangpu District"), ("浦东新区", "Pudong New Area")],
           2025: [("宿迁市", "Suqian"), ("盐城市", "Yancheng")], 2023: [("淮阴区", "Huaiyin District")]}


def followups(rng):
    out = []
    plan = [("A", 14), ("B", 14), ("C", 14), ("D", 12), ("E", 10), ("F", 10), ("G", 8), ("H", 9)]
    for typ, n in plan:
        made, tries = 0, 0
        while made < n:
            tries += 1
            assert tries < 2000, typ
            lang = "zh" if made % 2 == 0 else "en"
            try:
                c = one_followup(typ, lang, rng)
            except (ValueError, KeyError, IndexError):
                continue
            if c:
                out.append(c)
                made += 1
    return out


def one_followup(typ, lang, rng):
    if typ == "A":
        b1, b2 = rng.choice([("hz23", "hz24"), ("hz24", "hz23"), ("sh19", "sh25"), ("sh25", "sh19")])
        k = rng.choice([k for k in keys_of(b1) if ok(b2, k)])
        turns = [t_value(lang, b1, k, rng), t_year(lang, b2, k, rng)]
        if rng.random() < 0.35:
            turns.append(t_year(lang, b1, k, rng))
        return F(lang, turns, "[followup] switch year (explicit years)")
    if typ == "B":
        b1 = rng.choice(BODIES)
        k = rng.choice(keys_of(b1))
        others = [b for b in BODIES if b != b1 and ok(b, k) and ZHN[b] != ZHN[b1]]
        b2 = rng.choice(others)
        turns = [t_value(lang, b1, k, rng), t_body(lang, b2, k, rng)]
        rest = [b for b in others if b != b2 and ZHN[b] != ZHN[b2]]
        if rest and rng.random() < 0.4:
            turns.append(t_body(lang, rng.choice(rest), k, rng))
        return F(lang, turns, "[followup] switch body (explicit year)")
    if typ == "C":
        b = rng.choice(BODIES)
        ks = keys_of(b)
        rng.shuffle(ks)
        nt = rng.choice([2, 2, 3, 4])
        turns = [t_value(lang, b, ks[0], rng)] + [t_row(lang, b, k, rng) for k in ks[1:nt]]
        return F(lang, turns, "[followup] switch row or column within one report")
    if typ == "D":
        k = rng.choice(list(ZPART))
        b = rng.choice([b for b in BODIES if ok(b, k) and (L.gold(b) is not None or H.K(ZPART[k][0]) in SPECS.get(b, {}))])
        sub = ZPART[k][0]
        opts = ZPART[k][1] if lang == "zh" else EPART[k]
        c = opts + [o.rstrip("？?") + ("（%s%d年）" % (n, Y(b)) if lang == "zh" else " (%s, %d)?" % (n, Y(b)))
                    for o in opts for n in (ZHN[b] if lang == "zh" else ENN[b])]
        turns = [t_value(lang, b, k, rng), (fresh(c, rng), E(b, sub))]
        return F(lang, turns, "[followup] part of the previous number (of those, how many)")
    if typ == "E":
        b = rng.choice(BODIES)
        k = rng.choice(keys_of(b))
        turns = [t_value(lang, b, k, rng), t_back(lang, b, k, rng)]
        return F(lang, turns, "[followup] asks back about the previous answer (same value)")
    if typ == "F":
        b = rng.choice(BODIES)
        ks = keys_of(b)
        rng.shuffle(ks)
        turns = [t_value(lang, b, ks[0], rng), t_unans(lang, rng), t_row(lang, b, ks[1], rng)]
        return F(lang, turns, "[followup] unanswerable turn in the middle of an answerable conversation")
    if typ == "G":
        y = rng.choice(sorted(MISSING))
        zn, en = rng.choice(MISSING[y])
        b = rng.choice([b for b in BODIES if Y(b) == y])
        k = rng.choice(keys_of(b))
        p = ph(lang, k, rng)
        q = ("%s%d年%s有多少？" % (zn, y, p)) if lang == "zh" else ("How many %s did %s have in %d?" % (p, en, y))
        q = fresh([q], rng)
        turns = [(q, EU("%s not in the corpus" % zn)), t_body(lang, b, k, rng, short=True)]
        return F(lang, turns, "[followup] unanswerable first turn (body not held), then an answerable one")
    if typ == "H":
        b1, b2 = rng.choice([("ha", "hz24"), ("hz24", "ha"), ("hz24", "kw"), ("kw", "ha"), ("sy", "sh25"), ("sh25", "sy"), ("ha", "kw")])
        k = rng.choice([k for k in keys_of(b1) if ok(b2, k)])
        turns = [t_value(lang, b1, k, rng), t_body(lang, b2, k, rng, short=True)]
        return F(lang, turns, "[followup] short elliptical turn switching body (same year)")


def CONVERSATIONS():
    SEEN.clear()
    rng = random.Random(142142)
    out = []
    # plain values
    pool = pairs_ok()
    rng.shuffle(pool)
    i = 0
    for b, k in pool[:63]:
        lang = "zh" if i % 2 == 0 else "en"
        i += 1
        out.append(C("value", lang, [t_value(lang, b, k, rng)], "[plain] one table value, everyday wording"))
    for lang, b, ks, q in SUMS:
        out.append(C("sum", lang, [(uq(q), E(b, ks, **unit(ks[0])))], "[combine] sum of the listed cells of one report"))
    for lang, b1, b2, ks, q in DIFFS:
        out.append(C("difference", lang, [(uq(q), ED(b1, b2, ks))], "[combine] later year minus earlier year, one body"))
    for lang, bs, ks, o, q in RANKS:
        kw = {"unit": "万元"} if ks == ["c.fees.amount"] else {}
        out.append(C("ranking", lang, [(uq(q), ER(bs, ks, o, **kw))], "[rank] ranking over gold bodies, each in its gold year"))
    for lang, b, k, q, why in TRAPS:
        out.append(C("trap", lang, [(uq(q), E(b, k))], "[neighbour] neighbouring cell is the naive answer: " + why))
    for b, kw_, v, u, lang, q in NARR:
        out.append(C("narrative", lang, [(uq(q), EN(b, kw_, v, u))], "[textonly] number stated only in the report text"))
    for q, why in UZH:
        out.append(C("unanswerable", "zh", [(uq(q), EU(why))], "[cannot] " + why))
    for q, why in UEN:
        out.append(C("unanswerable", "en", [(uq(q), EU(why))], "[cannot] " + why))
    out += followups(rng)
    return out
