"""Question bank of blind set 134 (evals/blind134). Written fresh for this set.

WARNING: holds the text of every test question; as frozen as test.jsonl.

Emphasis: about a third of the conversations look answerable but must get no number
([cannot]). Every number is computed by helpers134 from gold/*.json, from printed rows of the
three reports without gold (specs in text_cells.json, verified by the validator), or from a
sentence cut from the report text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib134 as L  # noqa: E402
import helpers134 as H  # noqa: E402
from helpers134 import C, E, EN, EU, ED  # noqa: E402

# printed cells of the reports without gold: the same row specs blind6 verified
with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as _f:
    for _b, _r in json.load(_f).items():
        L.TEXT_SPECS[_b] = {k: tuple(c["spec"]) for k, c in _r["cells"].items()}

ZH = {"ha": ["淮安市政府", "淮安"], "hz23": ["洪泽区政府", "洪泽"], "hz24": ["洪泽区", "洪泽区政府"],
      "sy": ["沭阳县政府", "沭阳"], "kw": ["上海市科委", "上海科委"],
      "sh25": ["上海市政府办公厅", "上海市府办"], "sh19": ["上海市府办", "上海市政府办公厅"],
      "jx": ["涧西区政府办", "涧西区"]}
EN_ = {"ha": ["Huai'an city government", "Huaian"], "hz23": ["Hongze District", "Hongze"],
       "hz24": ["Hongze", "Hongze District"], "sy": ["Shuyang County", "Shuyang"],
       "kw": ["the Shanghai science commission", "STCSM"],
       "sh25": ["the Shanghai General Office", "Shanghai's general office"],
       "sh19": ["Shanghai's general office", "the Shanghai General Office"],
       "jx": ["the Jianxi District office", "Jianxi District"]}
MONEY = {"active.fees.amount", "c.fees.amount", "active.procurement.amount", "c.procurement.amount"}


def kw_unit(keys):
    ks = [keys] if isinstance(keys, str) else keys
    return {"unit": "万元"} if any(k in MONEY for k in ks) else {}


# ------------------------------------------------------------------ [plain]
# (body, key, zh question with {b}/{y}, en question with {b}/{y})
PLAIN = [
    ("ha", "r.granted.total", "{y}年{b}对依申请公开，整份直接给了申请人的有多少件？",
     "How many requests did {b} hand over in full in {y}?"),
    ("ha", "r.partially_granted.total", "{b}{y}年那些只给了一部分信息的申请，一共几件？",
     "In {y}, how many requests got only part of the information from {b}?"),
    ("ha", "r.withheld.admin_query.total", "{y}年{b}因为对方其实是在做行政查询而没有公开的，有几件？",
     "{y}: how many requests did {b} decline because they were really administrative look-ups?"),
    ("ha", "r.unable.not_held.total", "{b}{y}年回复“我们这儿没有这份信息”的申请是多少？",
     "How many times in {y} did {b} answer that it simply does not hold the information?"),
    ("ha", "r.not_processed.petition.total", "{y}年{b}把多少件申请当成信访举报投诉类没有处理？",
     "How many {y} requests did {b} set aside as complaints or petitions in disguise?"),
    ("ha", "r.other.overdue_correction.total", "申请人被要求补正但过期不补的，{b}{y}年有几件？",
     "{b}, {y}: requests dropped because the applicant never fixed them in time — how many?"),
    ("ha", "c.normative_docs.repealed", "{b}{y}年作废了多少件规范性文件？",
     "How many normative documents did {b} scrap in {y}?"),
    ("ha", "c.coercion.decisions", "{y}年{b}作出的行政强制决定数量是多少？",
     "What was the count of administrative coercion decisions by {b} in {y}?"),
    ("ha", "r.withheld.third_party.total", "{b}{y}年因为会损害第三方合法权益而不公开的有几件？",
     "In {y}, how many requests did {b} refuse to protect a third party's interests?"),
    ("ha", "r.unable.needs_creation.total", "{y}年{b}答复需要另行制作、手头没有现成的，多少件？",
     "How many {y} requests did {b} turn down because the data would have to be compiled from scratch?"),
    ("hz23", "r.partially_granted.total", "{b}{y}年部分公开了几件申请？",
     "How many partial disclosures did {b} make in {y}?"),
    ("hz23", "r.unable.not_held.total", "{y}年{b}说本机关不掌握的申请有几件？",
     "{b} in {y}: number of requests answered with 'we do not hold this'?"),
    ("hz23", "c.punishment.decisions", "{b}{y}年公布的行政处罚决定有多少？",
     "How many administrative penalty decisions does {b} report for {y}?"),
    ("hz23", "c.licensing.decisions", "{y}年{b}办了多少个行政许可？",
     "How many licensing decisions did {b} issue in {y}?"),
    ("hz23", "c.fees.amount", "{b}{y}年行政事业性收费收了多少钱？",
     "How much did {b} take in from administrative fees in {y}?"),
    ("sy", "r.granted.total", "{y}年{b}全部公开的依申请件数？",
     "Requests that {b} granted outright in {y} — how many?"),
    ("sy", "r.withheld.internal_affairs.total", "{b}{y}年以内部事务信息为由拒绝公开的是几件？",
     "How many {y} requests did {b} reject as internal-affairs information?"),
    ("sy", "r.unable.not_held.total", "{y}年{b}因不掌握相关信息没法提供的申请有多少？",
     "How many {y} applicants did {b} tell that the information was not in its hands?"),
    ("sy", "r.other.other.total", "{b}{y}年“其他处理”里的“其他”那一项是多少件？",
     "In {y}, how many requests did {b} close out under the catch-all 'other' handling?"),
    ("sy", "c.licensing.decisions", "{b}{y}年行政许可决定一共多少个？",
     "Total licensing decisions for {b} in {y}?"),
    ("sy", "a.review.corrected", "{y}年{b}因信息公开被申请的行政复议里，被纠正的有几件？",
     "How many {y} administrative reviews over {b}'s disclosure ended with the decision corrected?"),
    ("sy", "c.normative_docs.in_force", "截至{y}年底，{b}现行有效的规范性文件还有多少件？",
     "How many normative documents of {b} were still in force at the end of {y}?"),
    ("jx", "c.procurement.projects", "{b}{y}年政府集中采购的项目数是多少？",
     "How many centralised procurement projects did {b} run in {y}?"),
    ("jx", "r.granted.total", "{y}年{b}予以公开的申请有几件？",
     "How many requests did {b} disclose in {y}?"),
    ("jx", "c.normative_docs.made", "{b}{y}年制作了几件规范性文件？",
     "How many normative documents did {b} draft in {y}?"),
    ("sh19", "c.procurement.amount", "{y}年{b}政府集中采购金额是多少？",
     "What was {b}'s centralised procurement spend in {y}?"),
    ("sh19", "c.regulations.total_published", "{b}{y}年对外公开的规章总数是多少？",
     "How many regulations had {b} made public in total as of {y}?"),
    ("sh19", "c.normative_docs.total_published", "{y}年{b}对外公开规范性文件的总数？",
     "Total normative documents {b} had published as of {y}?"),
    ("hz24", "c.licensing.decisions", "{b}{y}年的行政许可决定有多少个？",
     "How many licensing decisions did {b} record in {y}?"),
    ("hz24", "c.punishment.decisions", "{y}年{b}行政处罚决定数？",
     "{b}: administrative penalties decided in {y}?"),
    ("hz24", "r.unable.not_held.total", "{b}{y}年因为手上没有这条信息而无法提供的有几件？",
     "How many {y} requests could {b} not serve because it did not hold the information?"),
    ("kw", "c.licensing.decisions", "{b}{y}年作出的行政许可决定是多少？",
     "How many licensing decisions did {b} make in {y}?"),
    ("kw", "r.received.commercial", "{y}年{b}收到的公开申请里，企业提交的有几件？",
     "How many of {b}'s new {y} requests came from businesses?"),
    ("sh25", "r.unable.needs_creation.total", "{b}{y}年因为要另外加工制作才有、所以没提供的有多少件？",
     "{b} in {y}: requests refused because the information would need to be newly produced?"),
    ("sh25", "a.review.total", "{y}年{b}因为信息公开被申请行政复议的总数是多少？",
     "How many administrative reviews over disclosure did {b} face in {y}, all told?"),
    ("sh25", "r.not_processed.duplicate.total", "{b}{y}年属于重复申请而不予处理的是几件？",
     "How many repeat requests did {b} decline to process in {y}?"),
]

# ------------------------------------------------------------------ [neighbour]
TRAPS = [
    ("zh", "ha", "c.normative_docs.repealed", "淮安市政府2024年废止的规范性文件有多少件？不是现行有效的那个数。",
     "废止 vs 现行有效"),
    ("en", "sy", "a.litigation_after_review.total",
     "Shuyang County, 2025: lawsuits filed after an administrative review had already been decided — how many? Not the direct suits.",
     "复议后起诉 vs 直接起诉"),
    ("zh", "ha", "r.unable.needs_creation.total", "淮安2024年“没有现成信息需要另行制作”的件数是多少？",
     "另行制作 vs 不掌握"),
    ("en", "ha", "r.withheld.process_info.total",
     "Huai'an 2024: requests refused because the material was still process-stage information (not internal affairs)?",
     "过程性信息 vs 内部事务"),
    ("zh", "sy", "r.partially_granted.total", "沭阳县2025年部分公开的申请有多少件？只要部分公开的。",
     "部分公开 vs 予以公开"),
    ("en", "jx", "c.procurement.amount", "How much money, not how many projects, went through Jianxi District's centralised procurement in 2020?",
     "采购金额 vs 项目数"),
    ("zh", "sy", "c.normative_docs.issued", "沭阳县政府2025年新制发的规范性文件是几件？别给我现行有效数。",
     "制发 vs 现行有效"),
    ("en", "sh25", "r.unable.needs_creation.total",
     "Shanghai General Office 2025: not the 'we don't hold it' refusals but the 'would have to be newly made' ones — how many?",
     "另行制作 vs 不掌握"),
    ("zh", "ha", "r.other.other.total", "淮安市2024年其他处理中，既不是逾期不补正也不是逾期不缴费的那些，共几件？",
     "其他 vs 逾期不补正"),
    ("en", "hz23", "r.unable.needs_creation.total",
     "Hongze District 2023: how many requests needed the information to be created anew (not the ones it didn't hold)?",
     "另行制作 vs 不掌握"),
]

# ------------------------------------------------------------------ [combine]
SUMS = [
    ("zh", "ha", ["r.granted.total", "r.partially_granted.total"], "淮安市政府2024年全部公开加部分公开合计多少件？"),
    ("en", "ha", ["r.withheld.state_secret.total", "r.withheld.prohibited_by_law.total",
                  "r.withheld.security_stability.total"],
     "Huai'an 2024: add up refusals for state secrets, legal bans and security/stability reasons."),
    ("zh", "ha", ["c.licensing.decisions", "c.punishment.decisions", "c.coercion.decisions"],
     "淮安2024年行政许可、行政处罚、行政强制三类决定加起来一共多少？"),
    ("en", "sy", ["r.granted.total", "r.partially_granted.total"],
     "Shuyang County 2025: full plus partial disclosures, combined?"),
    ("zh", "sy", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
     "沭阳县2025年信访类和重复申请这两类不予处理的，一共几件？"),
    ("en", "sy", ["a.review.upheld", "a.review.corrected"],
     "Shuyang 2025 administrative reviews: upheld plus corrected, how many together?"),
    ("zh", "hz23", ["r.unable.not_held.total", "r.unable.needs_creation.total"],
     "洪泽区2023年不掌握和需要另行制作两种无法提供的情形合计几件？"),
    ("en", "jx", ["r.granted.total", "r.unable.not_held.total"],
     "Jianxi District 2020: requests disclosed plus those where the office did not hold the information — total?"),
    ("zh", "ha", ["r.other.overdue_correction.total", "r.other.overdue_fee.total", "r.other.other.total"],
     "淮安市2024年“其他处理”三小项（逾期不补正、逾期不缴费、其他）加总是多少？"),
    ("en", "sy", ["r.other.overdue_correction.total", "r.other.overdue_fee.total"],
     "Shuyang 2025: requests lapsed for missing corrections plus those lapsed for unpaid fees?"),
    ("zh", "sh25", ["r.not_processed.petition.total", "r.not_processed.duplicate.total"],
     "上海市政府办公厅2025年信访举报类加重复申请，两项合计？"),
    ("en", "kw", ["c.licensing.decisions", "c.punishment.decisions"],
     "STCSM 2024: licensing decisions plus penalty decisions, summed?"),
    ("zh", "ha", ["r.not_processed.petition.total", "r.not_processed.duplicate.total",
                  "r.not_processed.publication.total", "r.not_processed.excessive.total",
                  "r.not_processed.reconfirm.total"],
     "淮安2024年不予处理的五个小类全部加起来是多少件？"),
]
DIFFS = [
    ("zh", "c.licensing.decisions", "洪泽区2024年的行政许可决定比2023年多了（或少了）多少个？"),
    ("en", "c.punishment.decisions", "Hongze District: change in penalty decisions from 2023 to 2024 (2024 minus 2023)?"),
    ("zh", "c.coercion.decisions", "洪泽2023年到2024年，行政强制决定数变化了多少？用2024减2023。"),
    ("en", "c.fees.amount", "By how much did Hongze's administrative fee income move between 2023 and 2024?"),
    ("zh", "c.normative_docs.in_force", "洪泽区现行有效规范性文件，2024年比2023年增减多少件？"),
    ("en", "r.unable.not_held.total", "Hongze District 'not held' answers: 2024 figure minus 2023 figure?"),
    ("zh", "r.granted.total", "洪泽区予以公开的申请，从2023年到2024年增加了几件？"),
    ("en", "c.normative_docs.issued", "Hongze: normative documents issued in 2024 versus 2023 — what's the difference?"),
]

# ------------------------------------------------------------------ [rank]
RANKS = [
    ("zh", ["ha", "hz23", "sy"], "c.licensing.decisions", "desc",
     "淮安市2024年、洪泽区2023年、沭阳县2025年，哪家的行政许可决定最多？"),
    ("en", ["ha", "hz23", "sy"], "c.punishment.decisions", "asc",
     "Among Huai'an (2024), Hongze District (2023) and Shuyang County (2025), which reported the fewest penalty decisions?"),
    ("zh", ["ha", "hz23", "sy", "jx"], "r.granted.total", "asc",
     "淮安2024、洪泽2023、沭阳2025、涧西区2020，谁予以公开的申请最少？"),
    ("en", ["ha", "hz23", "sy"], "r.unable.not_held.total", "desc",
     "Which body had the most 'not held' answers: Huai'an in 2024, Hongze in 2023 or Shuyang in 2025?"),
    ("zh", ["ha", "hz23", "sy"], "c.normative_docs.in_force", "asc",
     "淮安市政府（2024年）、洪泽区政府（2023年）、沭阳县政府（2025年）现行有效规范性文件谁最少？"),
    ("en", ["ha", "hz23", "sy"], "c.coercion.decisions", "desc",
     "Coercion decisions — Huai'an 2024 vs Hongze 2023 vs Shuyang 2025: who is on top?"),
    ("zh", ["ha", "hz23", "sy"], "c.fees.amount", "asc",
     "行政事业性收费金额，淮安2024年、洪泽2023年、沭阳2025年哪个最低？"),
    ("en", ["ha", "hz23", "sy"], "r.partially_granted.total", "desc",
     "Partial disclosures: rank Huai'an 2024, Hongze 2023 and Shuyang 2025 — which is highest?"),
    ("zh", ["ha", "hz23", "sy"], "r.withheld.internal_affairs.total", "desc",
     "以内部事务信息为由不公开的件数，淮安2024年、洪泽2023年、沭阳2025年谁最多？"),
    ("en", ["ha", "hz23", "sy"], "r.not_processed.petition.total", "asc",
     "Petition-type requests not processed: which had the fewest — Huai'an 2024, Hongze 2023, Shuyang 2025?"),
]

# ------------------------------------------------------------------ [textonly]
# (lang, body, keyword, value, unit, question)
NARR = [
    ("zh", "ha", "新闻发布会 12 场", 12, "场", "淮安市政府2024年开了几场新闻发布会？"),
    ("en", "ha", "政策解读21 个", 21, "个", "How many policy explainers did Huai'an produce in 2024?"),
    ("zh", "ha", "政务新媒体共计 95个", 95, "个", "截至2024年报告，淮安全市在运维的政务新媒体有多少个？"),
    ("en", "ha", "全覆盖检查", 4, "次", "How many full-coverage checks of disclosure columns did Huai'an organise in 2024?"),
    ("zh", "ha", "信息处理费 3940 元", 3940, "元", "淮安市2024年收了多少信息处理费（元）？"),
    ("en", "hz23", "1136 条", 1136, "条", "How many items did Hongze District proactively post on its government website in 2023?"),
    ("zh", "hz24", "2428 条", 2428, "条", "洪泽区2024年在政府网站平台主动发布了多少条信息？"),
    ("en", "sy", "4511条", 4511, "条", "How many items did the Shuyang County portal proactively publish in 2025?"),
    ("zh", "sy", "开展意见征集9期", 9, "期", "沭阳县2025年通过门户网站开展了几期意见征集？"),
    ("en", "sy", "信息3044条", 3044, "条", "Shuyang 2025: how many items did county departments post on their disclosure pages?"),
    ("zh", "sy", "专栏33个", 33, "个", "沭阳2025年政务新媒体开了多少个专栏？"),
    ("en", "sy", "新闻稿件2606篇", 2606, "篇", "How many news pieces did Shuyang's new-media accounts put together in 2025?"),
    ("zh", "sy", "年度涌现爆款内容52条", 52, "条", "沭阳县2025年爆款内容有几条？"),
    ("en", "sy", "64家单位", 64, "家", "How many units in Shuyang County had their 2025 annual reports released together?"),
    ("zh", "sy", "催办提示 84 次", 84, "次", "沭阳2025年“倒计时报警器”一共发出多少次催办提示？"),
    ("en", "sy", "办前主动沟通 49 次", 49, "次", "How many times in 2025 did Shuyang reach out to applicants before handling their requests?"),
    ("zh", "sy", "失效链接43处", 43, "处", "沭阳县2025年整改了多少处失效链接？"),
    ("en", "sy", "清理过期信息697条", 697, "条", "How many outdated items did Shuyang clean off its sites in 2025?"),
    ("zh", "kw", "批量推送集成式发布政策 121 条", 121, "条", "上海市科委2024年批量推送集成式发布的政策有多少条？"),
    ("en", "kw", "日常报送惠企政策 83 条", 83, "条", "How many business-support policies did STCSM report routinely in 2024?"),
    ("zh", "kw", "直播 118 场", 118, "场", "上海科委2024年“上海科技”视频号做了几场直播？"),
    ("en", "kw", "原创文章 294篇", 294, "篇", "How many original articles did the 'Shanghai Keji' WeChat account run in 2024?"),
    ("zh", "sh25", "新闻发布会 42 场", 42, "场", "上海市政府2025年召开市政府新闻发布会多少场？"),
    ("en", "sh25", "新闻通气会 19 场", 19, "场", "How many press briefings (通气会) did Shanghai's general office hold in 2025?"),
    ("zh", "sh25", "公文公开属性审查 166 件", 166, "件", "上海市政府办公厅2025年完成了多少件公文公开属性审查？"),
    ("en", "sh25", "16 个区全部上线数字公报", 16, "个", "In 2025, how many Shanghai districts had their gazette online in digital form?"),
    ("zh", "sh19", "统一受理平台接入53个部门", 53, "个", "2019年上海“一网通办”统一受理平台接入了多少个部门？"),
    ("en", "sh19", "政策解读共132件", 132, "件", "How many policy interpretations did Shanghai's general office post on its portal in 2019?"),
    ("zh", "sh19", "权威发布共计38次", 38, "次", "2019年上海市府办对市政府常务会议重要议题做了几次权威发布？"),
    ("en", "jx", "601项事项", 601, "项", "How many items were itemised in Jianxi District's 2020 power-and-service review?"),
    ("zh", "jx", "统筹推进26个试点领域", 26, "个", "涧西区政府办2020年推进基层政务公开标准化，涉及多少个试点领域？"),
]

# ------------------------------------------------------------------ [followup]
# each: (lang, [(question, body, keys)...], note)
FOLLOW = [
    ("zh", [("洪泽区2023年行政许可决定多少个？", "hz23", "c.licensing.decisions"),
            ("那2024年呢？", "hz24", "c.licensing.decisions")], "year switch"),
    ("en", [("Hongze District penalty decisions in 2023?", "hz23", "c.punishment.decisions"),
            ("And for 2024?", "hz24", "c.punishment.decisions")], "year switch"),
    ("zh", [("洪泽2023年不掌握信息的申请几件？", "hz23", "r.unable.not_held.total"),
            ("换成24年看看", "hz24", "r.unable.not_held.total")], "year switch"),
    ("en", [("How much in fees did Hongze take in during 2023?", "hz23", "c.fees.amount"),
            ("2024 then?", "hz24", "c.fees.amount")], "year switch, money"),
    ("zh", [("洪泽区2023年新制发规范性文件几件？", "hz23", "c.normative_docs.issued"),
            ("2024年的数字是？", "hz24", "c.normative_docs.issued")], "year switch"),
    ("en", [("Hongze 2023 coercion decisions?", "hz23", "c.coercion.decisions"),
            ("Same thing, 2024.", "hz24", "c.coercion.decisions")], "year switch"),
    ("zh", [("淮安市政府2024年部分公开了几件？", "ha", "r.partially_granted.total"),
            ("沭阳县2025年同一项呢？", "sy", "r.partially_granted.total")], "body switch"),
    ("en", [("Huai'an 2024: requests refused as internal affairs?", "ha", "r.withheld.internal_affairs.total"),
            ("What about Shuyang County in 2025?", "sy", "r.withheld.internal_affairs.total")], "body switch"),
    ("zh", [("沭阳县2025年行政处罚决定多少？", "sy", "c.punishment.decisions"),
            ("行政强制呢？", "sy", "c.coercion.decisions")], "row switch"),
    ("en", [("Shuyang 2025 not-held answers?", "sy", "r.unable.not_held.total"),
            ("And the 'needs to be newly made' ones?", "sy", "r.unable.needs_creation.total")], "row switch"),
    ("zh", [("淮安2024年行政复议有多少件维持原决定？", "ha", "a.review.upheld"),
            ("沭阳2025年呢？", "sy", "a.review.upheld")], "body switch, appeals"),
    ("en", [("Shuyang County 2025: lawsuits filed directly, total?", "sy", "a.litigation_direct.total"),
            ("And after review?", "sy", "a.litigation_after_review.total")], "appeals group switch"),
    ("zh", [("上海市府办2025年本机关不掌握的申请多少件？", "sh25", "r.unable.not_held.total"),
            ("需要另行制作的呢？", "sh25", "r.unable.needs_creation.total")], "row switch, text rows"),
    ("en", [("Shanghai General Office 2025: direct lawsuits over disclosure?", "sh25", "a.litigation_direct.total"),
            ("How many of those were still pending?", "sh25", "a.litigation_direct.pending")], "column switch, text rows"),
    ("zh", [("上海科委2024年行政许可多少？", "kw", "c.licensing.decisions"),
            ("现行有效的规范性文件几件？", "kw", "c.normative_docs.in_force")], "row switch, text rows"),
    ("en", [("STCSM 2024: normative documents issued?", "kw", "c.normative_docs.issued"),
            ("And still in force?", "kw", "c.normative_docs.in_force")], "column switch, text rows"),
    ("zh", [("涧西区2020年政府集中采购项目几个？", "jx", "c.procurement.projects"),
            ("金额多少？", "jx", "c.procurement.amount")], "column switch, money"),
    ("en", [("Shanghai General Office procurement projects in 2019?", "sh19", "c.procurement.projects"),
            ("And the amount?", "sh19", "c.procurement.amount")], "column switch, money"),
    ("zh", [("淮安市2024年行政许可决定数？", "ha", "c.licensing.decisions"),
            ("沭阳县2025年呢？", "sy", "c.licensing.decisions"),
            ("洪泽区2023年呢？", "hz23", "c.licensing.decisions")], "body switch x2"),
    ("en", [("Huai'an 2024 penalty decisions?", "ha", "c.punishment.decisions"),
            ("Shuyang 2025?", "sy", "c.punishment.decisions"),
            ("Hongze 2023?", "hz23", "c.punishment.decisions")], "body switch x2"),
    ("zh", [("沭阳县2025年予以公开的申请几件？", "sy", "r.granted.total"),
            ("淮安市2024年呢？", "ha", "r.granted.total"),
            ("涧西区2020年呢？", "jx", "r.granted.total")], "body switch x2"),
    ("en", [("Hongze District 2023: partial disclosures?", "hz23", "r.partially_granted.total"),
            ("Huai'an 2024?", "ha", "r.partially_granted.total"),
            ("Shuyang County, 2025?", "sy", "r.partially_granted.total")], "body switch x2"),
    ("zh", [("洪泽区2024年行政处罚决定多少？", "hz24", "c.punishment.decisions"),
            ("行政许可呢？", "hz24", "c.licensing.decisions"),
            ("那行政强制决定的数量呢？", "hz24", "c.coercion.decisions")], "row switch x2, text rows"),
    ("en", [("Shuyang 2025 review cases still pending?", "sy", "a.review.pending"),
            ("And corrected?", "sy", "a.review.corrected"),
            ("And upheld?", "sy", "a.review.upheld")], "column switch x2"),
    ("zh", [("淮安2024年因危及三安全一稳定不予公开几件？", "ha", "r.withheld.security_stability.total"),
            ("因法律行政法规禁止公开的呢？", "ha", "r.withheld.prohibited_by_law.total"),
            ("属于国家秘密的呢？", "ha", "r.withheld.state_secret.total")], "row switch x2"),
    ("en", [("Shanghai General Office 2025: petition-type requests not processed?", "sh25", "r.not_processed.petition.total"),
            ("Repeat requests?", "sh25", "r.not_processed.duplicate.total"),
            ("How many reviews were pending?", "sh25", "a.review.pending")], "row switch x2, text rows"),
    ("zh", [("沭阳2025年申请人逾期不补正的有几件？", "sy", "r.other.overdue_correction.total"),
            ("逾期不缴费的呢？", "sy", "r.other.overdue_fee.total")], "row switch"),
    ("en", [("Huai'an 2024 normative documents still in force?", "ha", "c.normative_docs.in_force"),
            ("And newly issued?", "ha", "c.normative_docs.issued")], "column switch"),
    ("zh", [("洪泽区2023年行政处罚决定数？", "hz23", "c.punishment.decisions"),
            ("沭阳县2025年同一项是多少？", "sy", "c.punishment.decisions")], "body switch"),
    ("en", [("Jianxi District 2020: requests the office did not hold?", "jx", "r.unable.not_held.total"),
            ("Hongze District 2023?", "hz23", "r.unable.not_held.total")], "body switch"),
    ("zh", [("上海市府办2025年予以公开多少件？", "sh25", "r.granted.total"),
            ("因信访举报类不予处理的呢？", "sh25", "r.not_processed.petition.total")], "row switch, text rows"),
    ("en", [("Huai'an 2024: how many requests weren't handled because the applicant just wanted confirmation of published info?", "ha", "r.not_processed.reconfirm.total"),
            ("And duplicate requests?", "ha", "r.not_processed.duplicate.total")], "row switch"),
]

# ------------------------------------------------------------------ [cannot]
# (lang, question, why)
CANNOT = [
    # one person's own case, told as a story
    ("zh", "我2024年3月向淮安市政府申请公开我家拆迁补偿的文件，到现在没收到回复。我的申请现在办到哪一步了？", "individual case status is not in the report"),
    ("zh", "我爸2025年在沭阳申请查村里低保名单，被告知不掌握。他那件是算在111件“不掌握”里吗？具体怎么处理的？", "a single request is not identifiable in the aggregates"),
    ("en", "I filed a disclosure request with Hongze District in 2023 about a road project and got only part of it. Was mine one of their 4 partial disclosures, and why was the rest withheld?", "individual request not identifiable; reasons per request not reported"),
    ("en", "My neighbour appealed to administrative review against Huai'an in 2024 and won. Which of the 64 corrected cases was hers?", "individual appeals are not listed"),
    ("zh", "我2025年向上海市政府办公厅申请过一次信息公开，后来撤回了。撤回的157件里有没有我那件？", "individual requests are not listed"),
    ("en", "I'm a lawyer who sent Shanghai's general office a request in 2019 and haven't heard back. Is my request among the ones carried into 2020?", "individual request status not reported"),
    ("zh", "去涧西区政府办申请公开时我被要求补材料，2020年底才补上。我的申请结果是什么？", "individual case not reported"),
    ("en", "My company asked STCSM in 2024 for a grant evaluation file and was refused. Which exemption did they cite for us?", "per-request reasons not reported"),
    ("zh", "我是沭阳的一名村民，2025年因为宅基地纠纷申请信息公开，最后打了行政诉讼。我的官司判了没有？", "individual lawsuit outcomes not reported"),
    ("en", "I paid a processing fee to Shuyang in 2025. Was I the person behind the 380 yuan?", "fee payer identity not reported"),
    # named people / named requests / personal data
    ("zh", "淮安市2024年提交信息公开申请最多的那个人是谁？", "personal data not in the report"),
    ("en", "Can you give me the names of the people who sued Shuyang County over disclosure in 2025?", "personal data"),
    ("zh", "上海市科委2024年那件行政复议是谁申请的？电话多少？", "personal data"),
    ("en", "List the addresses of applicants Hongze District turned down in 2024.", "personal data"),
    ("zh", "洪泽区2023年负责依申请公开的工作人员叫什么名字？", "staff names not reported"),
    ("en", "Who signed off on Huai'an's 64 corrected review decisions in 2024?", "named officials not reported"),
    # breakdowns the reports do not print, several quoting a real printed number
    ("zh", "淮安市2024年那64件被纠正的行政复议，分别涉及哪些部门？", "department breakdown not printed"),
    ("en", "Of Huai'an's 769 'not held' answers in 2024, how many were about land and housing?", "topic breakdown not printed"),
    ("zh", "沭阳县2025年新收的713件申请，按月份分别是多少？", "monthly breakdown not printed"),
    ("en", "Break down Shuyang County's 2025 requests by quarter.", "quarterly breakdown not printed"),
    ("zh", "上海市府办2025年收到的1295件申请里，男性和女性申请人各有多少？", "sex breakdown not printed"),
    ("en", "What was the age profile of people requesting information from Shanghai's general office in 2025?", "age breakdown not printed"),
    ("zh", "洪泽区2024年的申请，网上提交和当面递交各多少？", "channel breakdown not printed"),
    ("en", "How many of Huai'an's 2024 requests arrived by post versus online?", "channel breakdown not printed"),
    ("zh", "淮安2024年的3985758个行政处罚决定，各县区分别是多少？", "district breakdown not printed"),
    ("en", "Which township in Shuyang County sent the most disclosure requests in 2025?", "township breakdown not printed"),
    ("zh", "沭阳2025年那294件予以公开的申请分别是哪个局办的？", "department breakdown not printed"),
    ("en", "For the 447228 licensing decisions Huai'an reported for 2024, how many were for catering businesses?", "industry breakdown not printed"),
    ("zh", "上海市科委2024年收到的34件申请中，有多少是外地人提交的？", "residence breakdown not printed"),
    ("en", "How many foreign nationals filed requests with Shanghai's general office in 2019?", "nationality breakdown not printed"),
    ("zh", "洪泽区2023年21件申请里，涉及征地拆迁的占多少？", "topic breakdown not printed"),
    ("en", "Of the 55 administrative reviews against Shanghai's general office in 2025, how many concerned housing?", "topic breakdown not printed"),
    ("zh", "涧西区2020年17件申请分别是哪几个月收到的？", "monthly breakdown not printed"),
    ("en", "In Huai'an 2024, which city department received the most requests?", "department breakdown not printed"),
    ("zh", "沭阳县2025年的行政许可决定里，企业和个人各占多少？", "applicant-type breakdown of licences not printed"),
    ("en", "Split Hongze District's 2024 penalty decisions by industry, please.", "industry breakdown not printed"),
    ("zh", "上海市府办2025年513件“不掌握”的，分别属于哪些区？", "district breakdown not printed"),
    ("en", "How many of the 111 Shuyang requests answered 'not held' in 2025 came from women?", "sex breakdown not printed"),
    ("zh", "淮安市2024年第三季度受理了多少件信息公开申请？", "quarterly figure not printed"),
    ("en", "How many of STCSM's 2024 requests were about research funding?", "topic breakdown not printed"),
    # quantities the reports do not state
    ("zh", "淮安市政府2024年答复一件信息公开申请平均用了几天？", "response time not reported"),
    ("en", "What was the average response time for Shuyang County's disclosure requests in 2025?", "response time not reported"),
    ("zh", "洪泽区2024年有几名专职人员负责政务公开？", "staff not reported"),
    ("en", "How many staff work on disclosure at Shanghai's general office (2025)?", "staff not reported"),
    ("zh", "上海市科委2024年政务公开工作花了多少经费？", "cost not reported"),
    ("en", "What was Huai'an's 2024 budget for its government information disclosure work?", "budget not reported"),
    ("zh", "沭阳县2025年群众对信息公开工作的满意度是多少？", "satisfaction not reported"),
    ("en", "How many phone calls did Hongze District's disclosure office take in 2023?", "phone calls not reported"),
    ("zh", "涧西区政府办2020年接到多少个咨询政府信息公开的电话？", "phone calls not reported"),
    ("en", "How long, in days, did Shanghai's general office take on average to reply in 2019?", "response time not reported"),
    ("zh", "上海市府办2025年办理一件依申请公开的平均成本是多少元？", "cost not reported"),
    ("en", "How many hours of training did Shuyang County staff get on disclosure in 2025?", "training hours not reported"),
    ("zh", "淮安市2024年政府网站的访问量是多少？", "website visits not reported"),
    ("en", "What share of Hongze's 2024 applicants were satisfied with the answer they got?", "satisfaction not reported"),
    # reasons / motives behind a count
    ("zh", "为什么淮安市2024年有769件申请都说不掌握？", "reasons not stated"),
    ("en", "Why did Hongze District grant none of its 2023 requests in full?", "reasons not stated"),
    ("zh", "沭阳县2025年为什么有143件归入“其他”处理？", "reasons not stated"),
    ("en", "What made Shanghai's general office get 55 administrative reviews in 2025 — what were people unhappy about?", "motives not stated"),
    ("zh", "洪泽区2024年申请人为什么愿意来申请公开？主要动机是什么？", "motives not stated"),
    ("en", "Why were 64 of Huai'an's 2024 review decisions corrected — what did the agencies get wrong?", "reasons not stated"),
    ("zh", "上海市科委2024年为什么没有收任何信息公开处理费？", "reasons not stated beyond the fact"),
    ("en", "Why did Jianxi District only have 2 normative documents in 2020?", "reasons not stated"),
    # forecasts and plans
    ("zh", "淮安市2025年预计会收到多少件信息公开申请？", "forecast"),
    ("en", "How many disclosure requests will Shuyang County receive in 2026?", "forecast"),
    ("zh", "上海市府办2026年计划召开多少场新闻发布会？", "plan figure not reported"),
    ("en", "What is Hongze District's target number of proactive posts for 2025?", "plan figure not reported"),
    ("zh", "照2023到2024年的趋势，洪泽区2026年的行政处罚会有多少？", "forecast"),
    ("en", "Based on its 2024 numbers, how many licensing decisions will STCSM make in 2025?", "forecast"),
    # opinions and judgements
    ("zh", "淮安市2024年有3985758个行政处罚决定，这个数算多吗？", "opinion"),
    ("en", "Shuyang County corrected 10 review cases in 2025 — did they do a good job?", "opinion"),
    ("zh", "上海市府办2025年的信息公开工作做得好不好？", "opinion"),
    ("en", "Is 34 requests a lot for a body like STCSM in 2024?", "opinion"),
    ("zh", "洪泽区2023年只部分公开了4件，这样合理吗？", "opinion"),
    ("en", "Which was the better-run disclosure office in 2024, Huai'an or Hongze?", "opinion"),
    ("zh", "涧西区2020年办结率88.2%，算优秀还是一般？", "opinion"),
    ("en", "Should I trust Shanghai's 2019 report that all its reviews were upheld?", "opinion"),
    # bodies / years not in the corpus
    ("zh", "南京市政府2024年收到多少件信息公开申请？", "body not in corpus"),
    ("en", "How many requests did Suqian city receive in 2024?", "body not in corpus"),
    ("zh", "洪泽区2021年行政许可决定有多少个？", "year not in corpus"),
    ("en", "How many partial disclosures did Shuyang County make in 2023?", "year not in corpus"),
    ("zh", "上海市科委2022年行政处罚决定几件？", "year not in corpus"),
    ("en", "Jianxi District 2022: how many requests were granted?", "year not in corpus"),
    ("zh", "浦东新区2025年政府信息公开申请有几件？", "body not in corpus"),
    ("en", "What were Huai'an's licensing decisions in 2020?", "year not in corpus"),
    ("zh", "我妈妈2024年在洪泽区申请查她的社保缴费记录，被当成行政查询事项拒了。她那件具体是哪天答复的？", "individual case not reported"),
    ("en", "Shuyang handled 74 review and litigation cases in 2025 — how many of them involved the county's education bureau?", "department breakdown not printed"),
    ("zh", "上海市府办2019年的政务服务“好差评”里，给差评的具体是哪些市民？", "personal data"),
    ("en", "Huai'an held 12 press conferences in 2024. How many journalists attended each one?", "attendance not reported"),
]


def _names(d, b, i):
    return d[b][i % len(d[b])]


def CONVERSATIONS():
    out = []
    for i, (b, k, qz, qe) in enumerate(PLAIN):
        y = H.year(b)
        ys = str(y) if i % 3 else ("%d" % y)
        out.append(C("value", "zh", [(qz.format(b=_names(ZH, b, i), y=ys), E(b, k, **kw_unit(k)))],
                     "[plain] everyday wording"))
        out.append(C("value", "en", [(qe.format(b=_names(EN_, b, i), y=y), E(b, k, **kw_unit(k)))],
                     "[plain] everyday wording"))
    for lang, b, k, q, why in TRAPS:
        out.append(C("trap", lang, [(q, E(b, k, **kw_unit(k)))], "[neighbour] " + why))
    for lang, b, ks, q in SUMS:
        out.append(C("sum", lang, [(q, E(b, ks, **kw_unit(ks)))], "[combine] sum of listed cells"))
    for lang, k, q in DIFFS:
        out.append(C("difference", lang, [(q, ED("hz23", "hz24", k, **kw_unit(k)))],
                     "[combine] 2024 minus 2023, 2024 from printed rows"))
    for lang, bs, k, order, q in RANKS:
        out.append(C("ranking", lang, [(q, H.ER(bs, k, order, **kw_unit(k)))],
                     "[rank] gold bodies, each in its gold year"))
    for lang, b, kwd, v, unit, q in NARR:
        out.append(C("narrative", lang, [(q, EN(b, kwd, v, unit))],
                     "[textonly] number stated only in the report text"))
    for lang, turns, why in FOLLOW:
        out.append(C("followup", lang, [(q, E(b, k, **kw_unit(k))) for q, b, k in turns],
                     "[followup] " + why))
    for lang, q, why in CANNOT:
        out.append(C("unanswerable", lang, [(q, EU(why))], "[cannot] " + why))
    return out
