"""Question bank of blind evaluation set 152 (evals/blind152).

WARNING: holds the text of every test question; as frozen as test.jsonl.
All wordings were written for this set. Numbers are never typed here: builders in
helpers152.py compute them from gold/*.json, from printed rows of the three reports without
gold (SPECS, the cells blind6 verified), or from sentences cut from the report text.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib152 as L  # noqa: E402
from helpers152 import (C, E, EN, EU, ED, ER, F, N, R, S, T, U, V, D)  # noqa: E402,F401

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

# ---------------------------------------------------------------- names
ZH = {"ha": ["淮安市政府", "淮安", "淮安市人民政府"], "hz23": ["洪泽区", "洪泽", "洪泽区政府"],
      "hz24": ["洪泽区", "洪泽区政府", "洪泽"], "sy": ["沭阳县", "沭阳", "沭阳县政府"],
      "jx": ["涧西区政府办", "涧西区", "涧西"], "sh19": ["上海市政府办公厅", "上海市府办"],
      "sh25": ["上海市府办", "上海市政府办公厅"], "kw": ["上海市科委", "市科委", "上海科委"]}
EN_ = {"ha": ["Huai'an", "the Huaian city government", "Huai'an municipal government"],
       "hz23": ["Hongze District", "Hongze"], "hz24": ["Hongze", "Hongze District"],
       "sy": ["Shuyang County", "Shuyang"], "jx": ["Jianxi District", "the Jianxi district office"],
       "sh19": ["the Shanghai General Office", "Shanghai's municipal general office"],
       "sh25": ["Shanghai's municipal general office", "the Shanghai General Office"],
       "kw": ["STCSM", "the Shanghai science commission"]}
CN_NUM = dict(zip("0123456789", "〇一二三四五六七八九"))


def zy(b, i):
    y = L.BODIES[b][1]
    return ["%d年" % y, "%02d年" % (y % 100), "".join(CN_NUM[c] for c in str(y)) + "年"][i % 3]


def ey(b, i):
    y = L.BODIES[b][1]
    return ["%d" % y, "FY%d" % y, "%d" % y][i % 3]


# key -> (zh templates, en templates, unit); {B} body, {Y} year
PLAIN = {
    "r.received.total": (["{B}{Y}一共新收了多少件信息公开申请？", "{Y}{B}本年新收的依申请公开有几件"],
                         ["How many new information requests did {B} receive in {Y}?",
                          "{B}, {Y}: number of fresh disclosure applications that came in?"]),
    "r.granted.total": (["{B}{Y}直接同意公开的申请有多少件？", "{Y}{B}答复“予以公开”的一共几件"],
                        ["How many requests did {B} grant in full in {Y}?",
                         "In {Y}, how many applications got a plain yes from {B}?"]),
    "r.partially_granted.total": (["{B}{Y}只放出一部分内容的申请有几件？"],
                                  ["How many requests were only partly released by {B} in {Y}?"]),
    "r.unable.not_held.total": (["{Y}{B}回复“我们没有这条信息”的申请有多少件？"],
                                ["In {Y}, how many times did {B} reply that it simply did not hold the information?"]),
    "r.carried_forward.total": (["{B}{Y}年底还没办完、挪到下一年办的申请有几件？"],
                                ["How many requests did {B} push into the following year at the end of {Y}?"]),
    "r.total_processed.total": (["{B}{Y}一共办结了多少件申请？"],
                                ["What was the total number of requests {B} closed out in {Y}?"]),
    "r.not_processed.petition.total": (["{Y}{B}有多少件申请因为其实是信访投诉而没按申请处理？"],
                                       ["In {Y}, how many applications did {B} set aside as really being complaints or petitions?"]),
    "r.withheld.admin_query.total": (["{B}{Y}以“属于行政查询事项”为由没公开的有几件？"],
                                     ["How many requests did {B} turn away in {Y} because they were administrative look-ups rather than disclosure?"]),
    "r.received.natural_person": (["{Y}{B}收到的申请里，老百姓个人提的有多少件？"],
                                  ["How many of {B}'s new requests in {Y} came from private individuals?"]),
    "a.review.total": (["{B}{Y}因为信息公开被人申请行政复议，一共几起？"],
                       ["How many disclosure-related administrative reconsiderations did {B} face in {Y}?"]),
    "a.litigation_direct.total": (["{Y}{B}没经过复议就被直接告上法院的信息公开案子有几起？"],
                                  ["How many disclosure suits were filed straight in court against {B} in {Y}, skipping review?"]),
    "c.licensing.decisions": (["{B}{Y}一共作出多少个行政许可决定？"],
                              ["How many administrative licensing decisions did {B} hand down in {Y}?"]),
    "c.punishment.decisions": (["{Y}{B}的行政处罚决定有多少个？"],
                               ["Number of administrative penalty decisions recorded by {B} in {Y}?"]),
    "c.normative_docs.in_force": (["{B}{Y}现行有效的行政规范性文件有几件？"],
                                  ["How many of {B}'s normative documents were in force in {Y}?"]),
    "c.fees.amount": (["{B}{Y}行政事业性收费收了多少万元？"],
                      ["How much did {B} collect in administrative fees in {Y} (in 10k yuan)?"]),
}
# cells left out: text and table disagree / printed blank totals (see README)
EXCLUDE = {("sy", "r.received.total"), ("sy", "r.received.natural_person"),
           ("hz24", "r.received.total"), ("hz24", "r.total_processed.total"),
           ("hz23", "a.review.total"), ("sh19", "r.total_processed.total")}
ORDER = ["ha", "sy", "hz23", "sh19", "jx", "hz24", "sh25", "kw"]


def plain():
    out = []
    i = 0
    for k, (zt, et) in PLAIN.items():
        for b in ORDER:
            if (b, k) in EXCLUDE:
                continue
            try:
                e = E(b, k, **({"unit": "万元"} if k == "c.fees.amount" else {}))
            except (KeyError, ValueError):
                continue
            lang = "zh" if i % 2 == 0 else "en"
            if lang == "zh":
                q = zt[i % len(zt)].format(B=ZH[b][i % len(ZH[b])], Y=zy(b, i))
            else:
                q = et[i % len(et)].format(B=EN_[b][i % len(EN_[b])], Y=ey(b, i))
            out.append(C("value", lang, [(q, e)], "[plain] table value"))
            i += 1
    n = len(out)  # keep PLAIN_N spread evenly over keys and bodies
    return [out[(j * n) // PLAIN_N] for j in range(PLAIN_N)]


PLAIN_N = 64


def traps():
    t = [
        ("zh", "ha", "r.carried_over.total", "淮安2024年从上一年结转过来的申请有几件？（不是转到下一年的）", "结转上年 vs 结转下年"),
        ("en", "sy", "a.litigation_after_review.total", "Shuyang 2025: lawsuits filed after an administrative review first — how many?", "复议后起诉 vs 直接起诉"),
        ("zh", "ha", "c.normative_docs.repealed", "淮安市2024年废止了多少件行政规范性文件？", "废止 vs 制发/现行有效"),
        ("en", "ha", "r.unable.needs_creation.total", "Huai'an 2024: how many requests failed because the data would have had to be compiled anew?", "另行制作 vs 不掌握"),
        ("zh", "sy", "r.withheld.process_info.total", "沭阳县2025年以过程性信息为由不公开的申请有多少件？", "过程性信息 vs 内部事务"),
        ("en", "sh19", "c.procurement.projects", "How many central procurement projects did the Shanghai General Office list for 2019 (the count, not the money)?", "采购项目数 vs 金额"),
        ("zh", "sy", "r.partially_granted.total", "沭阳2025年“部分公开”的有几件？别和全部公开的搞混", "部分公开 vs 予以公开"),
        ("en", "ha", "a.review.other", "For Huai'an in 2024, how many reviews ended with an 'other' result rather than being corrected?", "其他结果 vs 纠正"),
    ]
    return [T(l, b, k, q, "[neighbour] " + n) for l, b, k, q, n in t]


def sums():
    s = [
        ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安2024年全部公开加部分公开，合计多少件？"),
        ("en", "sy", ["r.granted.total", "r.partially_granted.total"], "Shuyang 2025: full plus partial grants, combined?"),
        ("zh", "sy", ["a.review.total", "a.litigation_direct.total", "a.litigation_after_review.total"], "沭阳县2025年信息公开的复议、直接起诉、复议后起诉三类案子加起来多少起？"),
        ("en", "ha", ["a.litigation_direct.total", "a.litigation_after_review.total"], "Huai'an 2024 — all disclosure lawsuits, direct and after review, added up?"),
        ("zh", "hz23", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"], "洪泽区2023年行政许可、行政处罚、行政强制三项决定数加总是多少？"),
        ("en", "jx", ["r.granted.total", "r.unable.not_held.total"], "Jianxi District 2020: granted in full plus 'information not held', how many together?"),
        ("zh", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total", "r.withheld.security_stability.total", "r.withheld.third_party.total", "r.withheld.internal_affairs.total"],
         "淮安市2024年因国家秘密、法律禁止、三安全一稳定、第三方权益、内部事务这五个理由不公开的，合计几件？"),
        ("en", "sy", ["r.unable.not_held.total", "r.unable.needs_creation.total"], "For Shuyang in 2025, add 'not held' and 'would need to be created' refusals — total?"),
        ("zh", "sh19", ["r.received.natural_person", "r.carried_over.natural_person"], "上海市政府办公厅2019年自然人新收加上自然人上年结转，一共多少件？"),
        ("en", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"], "Huai'an 2024: petitions-type plus duplicate applications that were not processed, summed?"),
        ("zh", "sy", ["c.licensing.decisions", "c.coercion.decisions"], "沭阳2025年行政许可和行政强制的决定数量加起来是多少？"),
    ]
    return [S(l, b, k, q, "[combine] sum of the listed cells") for l, b, k, q in s]


def diffs():
    d = [
        ("zh", "hz23", "hz24", "r.granted.total", "洪泽区2024年予以公开的申请比2023年多了多少件？"),
        ("en", "hz23", "hz24", "c.licensing.decisions", "By how much did Hongze's licensing decisions change from 2023 to 2024?"),
        ("zh", "hz23", "hz24", "r.unable.not_held.total", "洪泽2023年到2024年，“本机关不掌握”的件数变化了多少？"),
        ("en", "sh19", "sh25", "r.received.total", "Shanghai General Office: new requests in 2025 minus new requests in 2019?"),
        ("zh", "sh19", "sh25", "r.carried_forward.total", "上海市府办结转下年度的申请，2025年比2019年增加了多少件？"),
        ("en", "sh19", "sh25", "a.review.total", "How did the Shanghai General Office's review cases change between 2019 and 2025 (2025 minus 2019)?"),
        ("zh", "hz23", "hz24", "c.punishment.decisions", "洪泽区行政处罚决定，2024年和2023年相比差多少（24年减23年）？"),
    ]
    out = []
    for l, b1, b2, k, q in d:
        kw = {"unit": "万元"} if k == "c.fees.amount" else {}
        out.append(D(l, b1, b2, k, q, "[combine] later year minus earlier year", **kw))
    return out


def ranks():
    r = [
        ("zh", ["ha", "sy", "jx"], "a.review.total", "desc", "淮安2024、沭阳2025、涧西2020这三家，谁的信息公开行政复议最多？"),
        ("en", ["ha", "hz23", "sy"], "c.licensing.decisions", "asc", "Among Huai'an 2024, Hongze 2023 and Shuyang 2025, which made the fewest licensing decisions?"),
        ("zh", ["ha", "hz23", "jx", "sh19"], "r.received.total", "asc", "淮安2024、洪泽2023、涧西2020、上海市府办2019，新收申请最少的是哪家？"),
        ("en", ["ha", "sy", "jx", "sh19"], "r.carried_forward.total", "desc", "Who pushed the most requests into the next year: Huai'an (2024), Shuyang (2025), Jianxi (2020) or the Shanghai General Office (2019)?"),
        ("zh", ["ha", "hz23", "sy"], "c.punishment.decisions", "desc", "行政处罚决定数：淮安2024年、洪泽2023年、沭阳2025年，哪个最多？"),
        ("en", ["ha", "sy", "hz23"], "r.unable.not_held.total", "asc", "Fewest 'we don't hold it' replies: Huai'an 2024, Shuyang 2025 or Hongze 2023?"),
        ("zh", ["ha", "hz23", "sy"], "c.fees.amount", "desc", "淮安2024、洪泽2023、沭阳2025三地行政事业性收费金额，哪个最高？"),
        ("en", ["ha", "sy", "sh19"], "a.litigation_direct.total", "asc", "Which had the fewest direct disclosure lawsuits: Huai'an in 2024, Shuyang in 2025, or the Shanghai General Office in 2019?"),
        ("zh", ["ha", "sy", "jx", "hz23"], "r.granted.total", "desc", "予以公开件数排第一的是谁？淮安2024、沭阳2025、涧西2020、洪泽2023"),
        ("en", ["hz23", "sy", "ha"], "c.coercion.decisions", "asc", "Administrative coercion decisions — lowest among Hongze 2023, Shuyang 2025 and Huai'an 2024?"),
    ]
    return [R(l, bs, k, o, q, "[rank] ranking over gold bodies") for l, bs, k, o, q in r]


def narratives():
    n = [
        ("zh", "ha", "全年收取政府信息公开信息处理费", 3940, "元", "淮安市政府2024年收了多少信息处理费？"),
        ("en", "ha", "制作《淮安市人民政府公报》", 6, "期", "How many issues of the Huai'an government gazette were produced in 2024?"),
        ("zh", "ha", "在运维政务新媒体", 95, "个", "淮安2024年在运维的政务新媒体账号有多少个？"),
        ("en", "ha", "栏目全覆盖检查", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an run in 2024?"),
        ("zh", "hz23", "主动公开政府信息 1136", 1136, "条", "洪泽区2023年在政府网站上主动公开了多少条信息？"),
        ("en", "hz24", "主动发布各类政府信息", 2428, "条", "How many items did Hongze District publish proactively on its website in 2024?"),
        ("zh", "hz24", "主动发布各类政府信息", 7, "期", "洪泽2024年公开了几期政府常务会议？"),
        ("en", "sy", "开展意见征集", 9, "期", "How many public consultation rounds did Shuyang's portal run in 2025?"),
        ("zh", "sy", "在信息公开页面发布信息", 3044, "条", "沭阳2025年县直部门在信息公开页面发了多少条信息？"),
        ("en", "sy", "年度涌现爆款内容", 52, "条", "How many pieces of Shuyang's 2025 content went viral?"),
        ("zh", "sy", "集中公开、统一发布", 64, "家", "沭阳县2025年集中公开年报的单位有多少家？"),
        ("en", "sy", "催办提示", 84, "次", "How many reminder prompts did Shuyang's countdown alarm send in 2025?"),
        ("zh", "sy", "办前主动沟通", 49, "次", "沭阳2025年办理前主动和申请人沟通了多少次？"),
        ("en", "sy", "失效链接43处", 43, "处", "How many broken links did Shuyang fix on its website in 2025?"),
        ("zh", "sy", "累计清理过期信息", 697, "条", "沭阳县2025年清理了多少条过期信息？"),
        ("en", "sy", "全县共办理相关案件", 74, "件", "Per the narrative, how many review and litigation cases did Shuyang handle in 2025?"),
        ("zh", "kw", "其中原创文章", 294, "篇", "上海科委2024年微信公众号的原创文章有多少篇？"),
        ("en", "kw", "日常报送惠企政策", 83, "条", "How many business-support policies did STCSM submit routinely in 2024?"),
        ("zh", "kw", "微信公众号目前关注人数", 1016823, "人", "市科委2024年微信公众号关注人数是多少？"),
        ("en", "kw", "共制作并发布短视频", 584, "条", "How many short videos did the Shanghai science commission's video account publish in 2024?"),
        ("zh", "sh25", "召开市政府新闻发布会", 42, "场", "上海市政府办公厅2025年开了几场市政府新闻发布会？"),
        ("en", "sh25", "召开市政府新闻发布会", 19, "场", "How many press briefings (通气会) did the Shanghai city government hold in 2025?"),
        ("zh", "sh25", "公文公开属性审查", 166, "件", "上海市府办2025年做了多少件公文公开属性审查？"),
        ("en", "sh25", "已覆盖", 10, "个", "How many languages did the Shanghai international services portal cover in 2025?"),
        ("zh", "sh19", "统一受理平台接入", 2261, "项", "上海市府办2019年统一受理平台接入了多少项事项？"),
        ("en", "sh19", "对市政府常务会议的重要议题进行权威发布", 38, "次", "How many authoritative releases on executive-meeting topics did the Shanghai General Office make in 2019?"),
        ("zh", "sh19", "本市处于正常运行状态的70家", 70, "家", "2019年上海每季度全面检查的政府网站有几家？"),
        ("en", "jx", "601项事项", 601, "项", "How many items of power and service did Jianxi District map in 2020?"),
    ]
    return [N(l, b, k, v, u, q, "[textonly] number stated only in the report text") for l, b, k, v, u, q in n]


def cannots():
    u = [
        ("zh", "淮安市2024年的信息公开申请里，女性申请人占多少？", "no sex breakdown"),
        ("en", "What was the average age of people filing disclosure requests with Huai'an in 2024?", "no age data"),
        ("zh", "沭阳县2025年哪个月收到的信息公开申请最多？", "no monthly breakdown"),
        ("en", "How many of Shuyang's 2025 requests came in through the online portal versus by post?", "no channel breakdown"),
        ("zh", "洪泽区2023年各乡镇分别收到多少信息公开申请？", "no township breakdown"),
        ("en", "Which topic — land, housing or pensions — drew the most requests to Hongze District in 2023?", "no topic breakdown"),
        ("zh", "上海市府办2025年第三季度受理了多少件申请？", "no quarterly breakdown"),
        ("en", "How many staff worked on information disclosure at the Shanghai General Office in 2019?", "no staff number"),
        ("zh", "淮安市2024年办理信息公开申请平均要用几天？", "no response time"),
        ("en", "What did the Jianxi district office spend on its disclosure work in 2020?", "no cost figure"),
        ("zh", "洪泽区2022年收到多少件信息公开申请？", "洪泽 2022 not held"),
        ("en", "How many requests did Shuyang County receive in 2024?", "沭阳 2024 not held"),
        ("zh", "上海市科委2023年的行政复议有几起？", "上海科委 2023 not held"),
        ("en", "Jianxi District's administrative reviews in 2021 — how many?", "涧西 2021 not held"),
        ("zh", "上海市府办2022年新收了多少件申请？", "上海市府办 2022 not held"),
        ("en", "How many disclosure requests did Nanjing receive in 2024?", "南京市 not held"),
        ("zh", "宿迁市政府2025年的信息公开申请量是多少？", "宿迁市 not held"),
        ("en", "Pudong New Area: administrative licensing decisions in 2024?", "浦东新区 not held"),
        ("zh", "清江浦区2024年予以公开了多少件？", "清江浦区 not held"),
        ("en", "How many requests will Huai'an receive in 2026?", "forecast"),
        ("zh", "沭阳县2026年预计会收到多少件申请？", "forecast"),
        ("en", "Was Shuyang's disclosure work in 2025 better than Huai'an's in 2024, in your opinion?", "opinion"),
        ("zh", "你觉得上海市科委2024年的信息公开做得好不好？", "opinion"),
        ("en", "Give me the names and phone numbers of the people who filed requests with Hongze in 2024.", "personal data"),
        ("zh", "淮安2024年申请信息公开的人里，住在外省的有多少？", "no residence breakdown"),
        ("en", "Which industries did the companies filing with Huai'an in 2024 belong to?", "no industry breakdown"),
        ("zh", "上海市府办2025年各委办局分别收到多少申请？", "no department breakdown"),
        ("en", "Why did Hongze District's request numbers rise in 2024?", "reason not stated"),
        ("zh", "沭阳2025年那31件结转到下一年的申请，具体都是什么内容？", "content not stated"),
        ("en", "How many of Huai'an's 2024 reviews were filed by lawyers?", "no applicant breakdown of reviews"),
        ("zh", "涧西区2020年依申请公开的申请人里，男性有几个？", "no sex breakdown"),
        ("en", "How long on average did STCSM take to answer a request in 2024?", "no response time"),
        ("zh", "上海市政府办公厅2019年信息公开工作花了多少经费？", "no cost figure"),
        ("en", "In which district of Shanghai did most 2025 applicants to the General Office live?", "no district breakdown"),
        ("zh", "洪泽区2023年负责政务公开的工作人员有几名？", "no staff number"),
        ("en", "How many of Shuyang's 2025 applicants were over 60?", "no age data"),
        ("zh", "南京市2023年的行政复议数量是多少？", "南京市 not held"),
        ("en", "Which month of 2024 saw the most reviews against Huai'an?", "no monthly breakdown"),
    ]
    return [U(l, q, w, "[cannot] " + w) for l, q, w in u]


# ---------------------------------------------------------------- follow-ups
def _e(t):
    if t[0] == "U":
        return EU(t[1])
    if t[0] == "N":
        return EN(t[1], t[2], t[3], t[4])
    b, k = t[0], t[1]
    return E(b, k, **({"unit": "万元"} if "fees.amount" in str(k) else {}))


FU = [
    # --- switch year (same body, explicit years)
    ("zh", "switch year", [("洪泽区2023年予以公开的申请有几件？", ("hz23", "r.granted.total")),
                           ("那2024年呢？", ("hz24", "r.granted.total"))]),
    ("en", "switch year", [("Hongze District licensing decisions in 2023?", ("hz23", "c.licensing.decisions")),
                           ("And for 2024?", ("hz24", "c.licensing.decisions"))]),
    ("zh", "switch year", [("上海市府办2019年新收的申请多少件？", ("sh19", "r.received.total")),
                           ("换到2025年看看", ("sh25", "r.received.total"))]),
    ("en", "switch year", [("Shanghai General Office, 2025: requests carried into the next year?", ("sh25", "r.carried_forward.total")),
                           ("Same figure for 2019?", ("sh19", "r.carried_forward.total"))]),
    ("zh", "switch year", [("洪泽2024年行政处罚决定有多少个？", ("hz24", "c.punishment.decisions")),
                           ("23年的呢", ("hz23", "c.punishment.decisions")),
                           ("行政强制呢，也是2023年", ("hz23", "c.coercion.decisions"))]),
    ("en", "switch year", [("How many reviews did the Shanghai General Office face in 2019?", ("sh19", "a.review.total")),
                           ("What about 2025?", ("sh25", "a.review.total"))]),
    ("zh", "switch year", [("洪泽区二〇二三年因为本机关不掌握而无法提供的申请有几件？", ("hz23", "r.unable.not_held.total")),
                           ("二〇二四年这个数是多少？", ("hz24", "r.unable.not_held.total"))]),
    ("en", "switch year", [("Hongze's administrative fee income in 2024, in 10k yuan?", ("hz24", "c.fees.amount")),
                           ("and the year before that report, 2023?", ("hz23", "c.fees.amount"))]),
    ("zh", "switch year", [("上海市政府办公厅2025年直接起诉的行政诉讼有几件？", ("sh25", "a.litigation_direct.total")),
                           ("2019年那份报告里是多少？", ("sh19", "a.litigation_direct.total"))]),
    ("en", "switch year", [("Hongze 2023: normative documents in force?", ("hz23", "c.normative_docs.in_force")),
                           ("2024?", ("hz24", "c.normative_docs.in_force")),
                           ("And how many new ones were issued in 2024?", ("hz24", "c.normative_docs.issued"))]),
    ("zh", "switch year", [("洪泽2023年直接向法院起诉的信息公开案件有几件？", ("hz23", "a.litigation_direct.total")),
                           ("24年呢？", ("hz24", "a.litigation_direct.total"))]),
    ("en", "switch year", [("Shanghai General Office 2019: requests carried over from the previous year?", ("sh19", "r.carried_over.total")),
                           ("And in the 2025 report?", ("sh25", "r.carried_over.total"))]),
    ("zh", "switch year", [("上海市府办2025年上年结转的申请里自然人有多少？", ("sh25", "r.carried_over.natural_person")),
                           ("2019年的自然人结转呢", ("sh19", "r.carried_over.natural_person"))]),
    ("en", "switch year", [("How many coercion decisions did Hongze record in 2024?", ("hz24", "c.coercion.decisions")),
                           ("and in 2023?", ("hz23", "c.coercion.decisions"))]),
    # --- switch body
    ("zh", "switch body", [("淮安市2024年行政许可决定有多少？", ("ha", "c.licensing.decisions")),
                           ("那洪泽呢，同样2024年", ("hz24", "c.licensing.decisions"))]),
    ("en", "switch body", [("Huai'an's 2024 penalty decisions?", ("ha", "c.punishment.decisions")),
                           ("And Hongze District for 2024?", ("hz24", "c.punishment.decisions"))]),
    ("zh", "switch body", [("沭阳2025年行政复议有几件？", ("sy", "a.review.total")),
                           ("上海市府办2025年呢", ("sh25", "a.review.total"))]),
    ("en", "switch body", [("How many requests were granted in full by the Shanghai science commission in 2024?", ("kw", "r.granted.total")),
                           ("And by Hongze in 2024?", ("hz24", "r.granted.total")),
                           ("Huai'an, 2024?", ("ha", "r.granted.total"))]),
    ("zh", "switch body", [("淮安2024年结转到下年度继续办理的有几件？", ("ha", "r.carried_forward.total")),
                           ("那洪泽2024年呢", ("hz24", "r.carried_forward.total"))]),
    ("en", "switch body", [("STCSM 2024: normative documents issued?", ("kw", "c.normative_docs.issued")),
                           ("What about Huai'an in 2024?", ("ha", "c.normative_docs.issued"))]),
    ("zh", "switch body", [("涧西区2020年新收申请多少件？", ("jx", "r.received.total")),
                           ("洪泽区2023年呢？", ("hz23", "r.received.total"))]),
    ("en", "switch body", [("Shuyang 2025 — requests it couldn't answer because it didn't hold the info?", ("sy", "r.unable.not_held.total")),
                           ("Now the Shanghai General Office, 2025.", ("sh25", "r.unable.not_held.total"))]),
    ("zh", "switch body", [("上海科委2024年行政许可决定几个？", ("kw", "c.licensing.decisions")),
                           ("洪泽2024年的呢？", ("hz24", "c.licensing.decisions"))]),
    ("en", "switch body", [("Jianxi District 2020: requests carried forward?", ("jx", "r.carried_forward.total")),
                           ("Shanghai General Office in 2019?", ("sh19", "r.carried_forward.total"))]),
    ("zh", "switch body", [("淮安市政府2024年因重复申请没处理的有几件？", ("ha", "r.not_processed.duplicate.total")),
                           ("那上海市府办2025年呢？", ("sh25", "r.not_processed.duplicate.total"))]),
    ("en", "switch body", [("Huai'an 2024 administrative fees, in 10k yuan?", ("ha", "c.fees.amount")),
                           ("And Shuyang's for 2025?", ("sy", "c.fees.amount"))]),
    ("zh", "switch body", [("沭阳县2025年现行有效的行政规范性文件有多少？", ("sy", "c.normative_docs.in_force")),
                           ("上海科委2024年呢", ("kw", "c.normative_docs.in_force")),
                           ("洪泽2024年的这个数呢？", ("hz24", "c.normative_docs.in_force"))]),
    ("en", "switch body", [("Shanghai General Office 2025: requests closed out?", ("sh25", "r.total_processed.total")),
                           ("And STCSM in 2024?", ("kw", "r.total_processed.total"))]),
    ("zh", "switch body", [("洪泽2024年复议后又起诉的案件几件？", ("hz24", "a.litigation_after_review.total")),
                           ("上海市府办2025年这个数呢？", ("sh25", "a.litigation_after_review.total"))]),
    ("en", "switch body", [("How many requests did Huai'an get from companies in 2024?", ("ha", "r.received.commercial")),
                           ("And the Shanghai General Office in 2025?", ("sh25", "r.received.commercial")),
                           ("STCSM, 2024?", ("kw", "r.received.commercial"))]),
    # --- switch row / column
    ("zh", "switch row", [("淮安2024年予以公开的申请一共几件？", ("ha", "r.granted.total")),
                          ("部分公开的呢？", ("ha", "r.partially_granted.total")),
                          ("那不予公开里因为第三方权益的呢", ("ha", "r.withheld.third_party.total"))]),
    ("en", "switch row", [("Shuyang 2025: requests not processed because they were really petitions?", ("sy", "r.not_processed.petition.total")),
                          ("And the duplicate ones?", ("sy", "r.not_processed.duplicate.total"))]),
    ("zh", "switch column", [("淮安市2024年行政复议结果维持的有几件？", ("ha", "a.review.upheld")),
                             ("结果纠正的呢？", ("ha", "a.review.corrected")),
                             ("尚未审结的呢", ("ha", "a.review.pending")),
                             ("那“其他结果”一栏是多少？", ("ha", "a.review.other"))]),
    ("en", "switch column", [("Huai'an 2024: new requests from law firms and legal service bodies?", ("ha", "r.received.legal_services")),
                             ("and from commercial companies?", ("ha", "r.received.commercial"))]),
    ("zh", "switch row", [("沭阳县2025年行政许可决定多少个？", ("sy", "c.licensing.decisions")),
                          ("行政处罚呢", ("sy", "c.punishment.decisions")),
                          ("行政强制呢", ("sy", "c.coercion.decisions"))]),
    ("en", "switch group", [("Jianxi District 2020 administrative reviews, total?", ("jx", "a.review.total")),
                            ("And lawsuits filed directly?", ("jx", "a.litigation_direct.total"))]),
    ("zh", "switch group", [("沭阳2025年行政复议结果纠正的有几件？", ("sy", "a.review.corrected")),
                            ("复议后起诉的里面维持了几件？", ("sy", "a.litigation_after_review.upheld"))]),
    ("en", "switch row", [("Hongze 2023: requests only partially disclosed?", ("hz23", "r.partially_granted.total")),
                          ("What about 'would need to be created anew'?", ("hz23", "r.unable.needs_creation.total"))]),
    ("zh", "switch row", [("上海市府办2025年予以公开多少件？", ("sh25", "r.granted.total")),
                          ("需要另行制作所以无法提供的呢？", ("sh25", "r.unable.needs_creation.total")),
                          ("信访举报投诉类不予处理的呢", ("sh25", "r.not_processed.petition.total"))]),
    ("en", "switch column", [("Shanghai General Office 2019: new requests from individuals?", ("sh19", "r.received.natural_person")),
                             ("and from legal service organisations?", ("sh19", "r.received.legal_services"))]),
    ("zh", "switch row", [("淮安2024年规章现行有效多少件？", ("ha", "c.regulations.in_force")),
                          ("当年制发了几件？", ("ha", "c.regulations.issued"))]),
    ("en", "switch row", [("STCSM 2024: requests carried over from before?", ("kw", "r.carried_over.total")),
                          ("And new ones from individuals that year?", ("kw", "r.received.natural_person"))]),
    ("zh", "switch column", [("涧西区2020年行政复议维持了几件？", ("jx", "a.review.upheld")),
                             ("直接起诉的行政诉讼里维持的呢？", ("jx", "a.litigation_direct.upheld"))]),
    ("en", "switch row", [("Huai'an 2024: requests withheld as internal affairs?", ("ha", "r.withheld.internal_affairs.total")),
                          ("And as process information?", ("ha", "r.withheld.process_info.total")),
                          ("And as law-enforcement files?", ("ha", "r.withheld.enforcement_files.total")),
                          ("Last one: state secrets?", ("ha", "r.withheld.state_secret.total"))]),
    # --- part of the previous number
    ("zh", "part of previous", [("淮安市2024年本机关不掌握相关信息的一共几件？", ("ha", "r.unable.not_held.total")),
                                ("其中自然人提的有多少？", ("ha", "r.unable.not_held.natural_person"))]),
    ("en", "part of previous", [("Huai'an 2024, total reviews?", ("ha", "a.review.total")),
                                ("Of those, how many are still pending?", ("ha", "a.review.pending"))]),
    ("zh", "part of previous", [("沭阳县2025年予以公开的申请总共几件？", ("sy", "r.granted.total")),
                                ("这里面企业（商业企业）申请的占几件？", ("sy", "r.granted.commercial"))]),
    ("en", "part of previous", [("Shuyang 2025 — lawsuits after review, total?", ("sy", "a.litigation_after_review.total")),
                                ("Of those, how many were upheld?", ("sy", "a.litigation_after_review.upheld"))]),
    ("zh", "part of previous", [("上海市府办2025年上年结转过来的申请有多少件？", ("sh25", "r.carried_over.total")),
                                ("其中法律服务机构的有几件？", ("sh25", "r.carried_over.legal_services"))]),
    ("en", "part of previous", [("How many requests did the Shanghai General Office receive in 2019?", ("sh19", "r.received.total")),
                                ("Of these, how many came from organisations rather than individuals?", ("sh19", "r.received.legal_person"))]),
    ("zh", "part of previous", [("洪泽区2023年行政复议结果维持了几件？", ("hz23", "a.review.upheld")),
                                ("复议后起诉的维持了几件？", ("hz23", "a.litigation_after_review.upheld"))]),
    ("en", "part of previous", [("Huai'an 2024: lawsuits filed directly, in total?", ("ha", "a.litigation_direct.total")),
                                ("How many of them ended with the government upheld?", ("ha", "a.litigation_direct.upheld")),
                                ("And how many were corrected?", ("ha", "a.litigation_direct.corrected"))]),
    ("zh", "part of previous", [("上海科委2024年新收申请几件？", ("kw", "r.received.total")),
                                ("里面自然人的是多少？", ("kw", "r.received.natural_person")),
                                ("商业企业的呢？", ("kw", "r.received.commercial"))]),
    ("en", "part of previous", [("Shuyang 2025: requests refused on 'administrative query' grounds?", ("sy", "r.withheld.admin_query.total")),
                                ("How many of those were from individuals?", ("sy", "r.withheld.admin_query.natural_person"))]),
    ("zh", "part of previous", [("上海市府办2025年行政复议一共几件？", ("sh25", "a.review.total")),
                                ("其中还没审结的有几件？", ("sh25", "a.review.pending"))]),
    ("en", "part of previous", [("Huai'an 2024: requests closed with an 'other' outcome overall (all three sub-items)?", ("ha", "r.other.total")),
                                ("Of those, how many were overdue corrections not supplied?", ("ha", "r.other.overdue_correction.total"))]),
    # --- asking back about the previous answer
    ("zh", "ask back", [("洪泽区2023年新收的信息公开申请几件？", ("hz23", "r.received.total")),
                        ("你确定吗？这个数是不是只算本年新收、不含上年结转？再报一下", ("hz23", "r.received.total"))]),
    ("en", "ask back", [("Huai'an's 2024 requests carried forward into 2025?", ("ha", "r.carried_forward.total")),
                        ("Wait — is that the number pushed into the next year, not the one brought in? Please confirm the figure.", ("ha", "r.carried_forward.total"))]),
    ("zh", "ask back", [("沭阳2025年行政处罚决定数是多少？", ("sy", "c.punishment.decisions")),
                        ("这个数字是处罚决定的件数，不是金额吧？再确认一下数值", ("sy", "c.punishment.decisions"))]),
    ("en", "ask back", [("Jianxi District 2020: how many requests were granted?", ("jx", "r.granted.total")),
                        ("Is that only full grants? Repeat the number for full grants only.", ("jx", "r.granted.total"))]),
    ("zh", "ask back", [("上海市府办2025年无法提供里“本机关不掌握”的有几件？", ("sh25", "r.unable.not_held.total")),
                        ("刚才那个是表里的数还是正文里的？把表里的数再说一下", ("sh25", "r.unable.not_held.total"))]),
    ("en", "ask back", [("Hongze 2024, reviews?", ("hz24", "a.review.total")),
                        ("Is that administrative reconsideration only, not lawsuits? Give the number again.", ("hz24", "a.review.total")),
                        ("Then the lawsuits after review for 2024?", ("hz24", "a.litigation_after_review.total"))]),
    ("zh", "ask back", [("淮安市2024年行政事业性收费金额是多少万元？", ("ha", "c.fees.amount")),
                        ("单位是万元对吧？数字再核对一下", ("ha", "c.fees.amount"))]),
    ("en", "ask back", [("STCSM's penalty decisions in 2024?", ("kw", "c.punishment.decisions")),
                        ("Really that number? Please double-check the 2024 penalty decisions.", ("kw", "c.punishment.decisions"))]),
    # --- unanswerable turn in the middle / first
    ("zh", "unanswerable middle", [("淮安2024年新收申请多少件？", ("ha", "r.received.total")),
                                   ("其中女性申请人多少？", ("U", "no sex breakdown")),
                                   ("那自然人一共多少？", ("ha", "r.received.natural_person"))]),
    ("en", "unanswerable middle", [("Shuyang 2025 reviews in total?", ("sy", "a.review.total")),
                                   ("Which township did most of them come from?", ("U", "no township breakdown")),
                                   ("OK — how many were upheld?", ("sy", "a.review.upheld"))]),
    ("zh", "unanswerable middle", [("洪泽区2024年予以公开几件？", ("hz24", "r.granted.total")),
                                   ("平均用了几天答复？", ("U", "no response time")),
                                   ("本机关不掌握的呢？", ("hz24", "r.unable.not_held.total"))]),
    ("en", "unanswerable middle", [("Shanghai General Office 2025: new requests?", ("sh25", "r.received.total")),
                                   ("How many of them came in during December?", ("U", "no monthly breakdown")),
                                   ("And carried into the next year?", ("sh25", "r.carried_forward.total"))]),
    ("zh", "unanswerable middle", [("沭阳县2025年予以公开多少件？", ("sy", "r.granted.total")),
                                   ("那沭阳2024年呢？", ("U", "沭阳 2024 not held")),
                                   ("回到2025年，部分公开几件？", ("sy", "r.partially_granted.total"))]),
    ("en", "unanswerable middle", [("STCSM 2024 — licensing decisions?", ("kw", "c.licensing.decisions")),
                                   ("And in 2023?", ("U", "上海科委 2023 not held")),
                                   ("Fine, then 2024 normative documents in force?", ("kw", "c.normative_docs.in_force"))]),
    ("zh", "unanswerable middle", [("涧西区2020年办结了多少件申请？", ("jx", "r.total_processed.total")),
                                   ("2021年涧西办结多少？", ("U", "涧西 2021 not held"))]),
    ("en", "unanswerable middle", [("Hongze 2023: penalty decisions?", ("hz23", "c.punishment.decisions")),
                                   ("How much money did those penalties bring in?", ("U", "penalty amounts not reported")),
                                   ("And licensing decisions in 2023?", ("hz23", "c.licensing.decisions"))]),
    ("zh", "unanswerable middle", [("上海市府办2019年行政复议几件？", ("sh19", "a.review.total")),
                                   ("申请复议的人都是哪个区的？", ("U", "no district breakdown")),
                                   ("直接起诉的有几件？", ("sh19", "a.litigation_direct.total")),
                                   ("2025年直接起诉的呢？", ("sh25", "a.litigation_direct.total"))]),
    ("en", "unanswerable middle", [("Huai'an 2024: normative documents in force?", ("ha", "c.normative_docs.in_force")),
                                   ("What about Nanjing for 2024?", ("U", "南京市 not held")),
                                   ("Back to Huai'an 2024: how many were repealed?", ("ha", "c.normative_docs.repealed"))]),
    ("zh", "unanswerable first", [("宿迁市2025年予以公开多少件？", ("U", "宿迁市 not held")),
                                  ("那沭阳县2025年呢？", ("sy", "r.granted.total"))]),
    ("en", "unanswerable first", [("How many requests did Hongze receive in 2022?", ("U", "洪泽 2022 not held")),
                                  ("Then 2023?", ("hz23", "r.received.total")),
                                  ("How many of those 2023 requests were partly disclosed?", ("hz23", "r.partially_granted.total")),
                                  ("And which villages were they about?", ("U", "no village/topic breakdown"))]),
    ("zh", "unanswerable first", [("上海市府办2022年行政复议几件？", ("U", "上海市府办 2022 not held")),
                                  ("2025年呢？", ("sh25", "a.review.total"))]),
    ("en", "unanswerable first", [("Pudong New Area's 2024 disclosure requests?", ("U", "浦东新区 not held")),
                                  ("Then the Shanghai science commission, 2024 — new requests?", ("kw", "r.received.total"))]),
    ("zh", "answerable then cannot", [("淮安市2024年因为行政查询事项没公开的有多少？", ("ha", "r.withheld.admin_query.total")),
                                      ("这些申请人的年龄分布呢？", ("U", "no age data"))]),
    ("en", "answerable then cannot", [("Shuyang 2025: new requests from law firms?", ("sy", "r.received.legal_services")),
                                      ("Which law firms were they?", ("U", "names not reported"))]),
    # --- elliptical, with narrative turns
    ("zh", "elliptical", [("淮安2024年政务新媒体有几个在运维？", ("N", "ha", "在运维政务新媒体", 95, "个")),
                          ("那公报出了几期？", ("N", "ha", "制作《淮安市人民政府公报》", 6, "期"))]),
    ("en", "elliptical", [("How many items did Shuyang's portal publish proactively in 2025?", ("N", "sy", "全年通过县政府门户网站主动公开政府信息", 4511, "条")),
                          ("And the columns on its new-media matrix?", ("N", "sy", "专栏33个", 33, "个"))]),
    ("zh", "elliptical", [("上海市府办2025年《上海市人民政府公报》编了几期？", ("N", "sh25", "编辑《上海市人民政府公报》", 24, "期")),
                          ("2019年呢？", ("N", "sh19", "全年共编发公报", 24, "期"))]),
    ("en", "elliptical", [("How many disclosure information-processing fees did Huai'an collect in 2024, in yuan?", ("N", "ha", "全年收取政府信息公开信息处理费", 3940, "元")),
                          ("and Shuyang in 2025?", ("N", "sy", "收取信息处理费共计380元", 380, "元"))]),
    ("zh", "elliptical", [("上海科委2024年“上海科技”网站发布了多少条信息？", ("N", "kw", "网站全年累计发布信息", 2139, "条")),
                          ("政务信息呢？", ("N", "kw", "网站全年累计发布信息", 393, "条"))]),
    ("en", "elliptical", [("Jianxi 2020: in how many pilot areas did it set up standard columns?", ("N", "jx", "26个试点领域", 26, "个")),
                          ("And Jianxi's 2020 new requests in the table?", ("jx", "r.received.total"))]),
    ("zh", "elliptical", [("沭阳2025年解读类信息发布了多少条？", ("N", "sy", "全年累计发布解读类信息", 21, "条")),
                          ("淮安2024年的政策解读呢？", ("N", "ha", "制作《淮安市人民政府公报》", 21, "个"))]),
    ("en", "elliptical", [("Shanghai 2025: how many districts launched digital gazettes?", ("N", "sh25", "全部上线数字公报", 16, "个")),
                          ("And the gazette issues that year?", ("N", "sh25", "编辑《上海市人民政府公报》", 24, "期"))]),
]


def followups():
    out = []
    for lang, sub, turns in FU:
        out.append(F(lang, [(q, _e(t)) for q, t in turns], "[followup] " + sub))
    return out


def CONVERSATIONS():
    return plain() + traps() + sums() + diffs() + ranks() + narratives() + cannots() + followups()
