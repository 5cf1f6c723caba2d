"""Numbers only a report's text states, asked in paraphrase or colloquially (narrative session 9):
the bilingual terms and rules of rag.narrative / vocab.narrative_terms, over the real corpus
reports and their real sentences.

- English paraphrase families: themed/special sections and series (专栏), self-made clips (原创短视频),
  an online presence (政务新媒体), bulletins and editions (公报, 期), "good/bad review" ratings
  (好差评, 好评, 差评), people's-congress deputies' proposals (人大代表建议), handled as lead (主合办),
  documents vetted for whether they may be public (公开属性审查), items put up without anyone asking
  (主动), the answering of hot concerns (回应…热点), districts gone live with digital bulletins;
- the asker's own words are not the quantity's: colloquial fillers (之前, 后来好像, 那边, 年报里),
  a story told before the asking sentence, examples after what is asked ("公众号抖音那些"), the
  measure word asked (多少处, 几种), an aside naming what is not asked said after the question
  ("不是发布会哦"); a word outside a quote is read apart from the quoted name (“好差评”…差评);
- a whole and its part: "how many viral posts passed ten million views" (the mark passed is the
  part), a later item of a 其中 list, "how many *direct* service guides" (the narrower number);
- where a thing was done ("on its sites") weighs less than what was counted; a part after a
  semicolon that opens with its verb has the sentence's subject;
- never a number for a question the text does not answer: how long something took is no count,
  "how many items" is never a count of fields, "people" is a unit only when people are counted.
"""
from __future__ import annotations

import pytest

from rag import narrative
from tests.conftest import quoted_text


@pytest.fixture(scope="module")
def svc(corpus, corpus_service):
    return corpus_service


_quoted = quoted_text


@pytest.mark.parametrize("question, value, words", [
    # English paraphrase families
    ("How many themed sections did Shuyang's 2025 online presence run?", 33, "专栏33个"),
    ("How many special columns did Shuyang County open in 2025?", 33, "专栏33个"),
    ("Shuyang 2025 — how many self-made short clips did it push?", 1113, "原创短视频1113个"),
    ("How many news stories did Shuyang's new-media team gather and write in 2025?", 2606, "新闻稿件2606篇"),
    ("Huaian's official bulletin in 2024 — how many editions came out?", 6, "公报》6期"),
    ("How many Shanghai districts had gone live with a digital bulletin by 2025?", 16, "16个区全部上线数字公报"),
    ("Shanghai 2019: what percentage of 'good/bad review' evaluations were positive?", 99.58, "好评数占评价总数99.58%"),
    ("Shanghai 2019 good/bad review system: what share of ratings were negative?", 0.34, "差评数占评价量总数的0.34%"),
    ("STCSM 2024 — how many people's-congress deputies' proposals did it lead on and publish replies for?", 50,
     "主合办人大代表建议50件"),
    ("Shanghai General Office 2025: official documents vetted for whether they could be made public — how many?",
     166, "公开属性审查166件"),
    ("Shanghai General Office 2025 — number of pre-release vetting checks?", 330, "发布审查330件"),
    ("Hongze District 2024: how many items did the district put up on its website without anyone asking?", 2428,
     "主动发布各类政府信息2428条"),
    ("On its website in 2024, how many items did the science commission post answering hot public concerns?", 2,
     "回应公众关注热点信息2条"),
    ("STCSM 2024: how many policies were pushed out in bundled batches?", 121, "集成式发布政策121条"),
    ("In its 2025 cleanup, how many outdated items did Shuyang remove?", 697, "清理过期信息697条"),
    ("How many disclosure tasks in priority sectors like schools, elderly care and health did Shanghai push forward "
     "in 2025?", 125, "重点领域125项信息公开任务"),
    ("2019 Shanghai: 'other municipal government documents' made public — count?", 162, "市政府其他文件162件"),
    ("In 2025, how often did Shuyang staff reach out to applicants before giving an answer?", 49, "办前主动沟通49次"),
    # where it was done weighs less than what was counted
    ("How many times in 2024 did Huai'an sweep through every disclosure column on its sites?", 4,
     "4次政府信息公开栏目全覆盖检查"),
    # a part after a semicolon, opening with its verb, has the sentence's subject (the international portal)
    ("How many service guides did Shanghai's international portal carry in 2025?", 403, "办事服务指引403项"),
    # a whole and its part
    ("Shuyang 2025: how many viral posts passed ten million views?", 2, "2条破千万"),
    ("Shanghai international services portal 2025, how many direct service guides?", 19, "直接办事服务19项"),
    ("Of Shuyang's 2025 policy explainers, how many were picture-or-video pieces?", 17, "图文及视频类产品共17篇"),
    # Chinese: colloquial fillers, a story before the question, examples, the measure word, asides
    ("之前在沭阳县政府网站上点开好几个链接都打不开，后来好像修好了。沭阳25年网站巡检整改了多少处失效链接", 43, "失效链接43处"),
    ("沭阳县2025年网站上整改了多少处点进去打不开的死链接", 43, "失效链接43处"),
    ("沭阳县2025年新媒体那边写了多少篇新闻稿", 2606, "新闻稿件2606篇"),
    ("沭阳县2025年通过门户网站搞了几期征求意见", 9, "意见征集9期"),
    ("淮安2024年全市还在运营的政务号 公众号抖音那些 一共多少个", 95, "政务新媒体共计95个"),
    ("上海市政府2025年开了多少场新闻通气会？不是发布会哦", 19, "新闻通气会19场"),
    ("上海市府办2025年报告说国际服务门户现在支持几种语言", 10, "10个语种"),
    ("上海市府办2019年申请量比上一年回落了百分之多少", 12.3, "回落12.3%"),
    ("淮安2024年信息处理费一共收了多少块钱", 3940, "信息处理费3940元"),
    ("沭阳2025年集中发布年报的单位有多少家", 64, "64家单位"),
    ("淮安市2024年把信息公开栏目从头到尾全查一遍，搞了几回", 4, "4次政府信息公开栏目全覆盖检查"),
    ("上海科技公众号关注人数（2024年报里写的）是多少", 1016823, "关注人数达1016823人"),
    ("沭阳县2025年政务新媒体播放量破百万的有几条（只算破百万那档）", 49, "49条破百万"),
])
def test_text_number_in_paraphrase_s9(svc, question, value, words):
    rec = svc.ask(question).record
    assert rec["found"] and rec["value"] == value, rec["answer"]
    assert words in _quoted(rec)


@pytest.mark.parametrize("question, wrong", [
    # how long a thing took is no count of requests
    ("How long on average did Huai'an take in 2024 to answer a disclosure request?", 3119),
    # the items across the domains are not the 26 pilot fields
    ("Jianxi 2020 — how many items did its standard catalogues cover in total across the domains?", 26),
    ("Jianxi 2020: into how many areas (领域) were the standardised disclosure items finally grouped?", 26),
    # a breakdown the reports never make: no sentence's number
    ("How many requests did Shuyang receive in 2025 from applicants over 60?", None),
])
def test_no_sentence_number_for_what_the_text_does_not_state(svc, question, wrong):
    rec = svc.ask(question).record
    if wrong is None:
        assert not rec["passages"] or rec["value"] is None or rec.get("keys"), rec["answer"]
    else:
        assert rec["value"] != wrong, rec["answer"]


def test_a_table_cell_is_not_answered_from_a_sentence(svc):
    """A count the tables hold (同意公开答复 / 予以公开) is the table's, though a sentence restates it."""
    rec = svc.ask("上海科委2024年同意公开答复的申请有几件？").record
    assert rec["found"] and rec["value"] == 9
    assert "表" in rec["answer"] and "表格中没有这一项" not in rec["answer"], rec["answer"]


# -- the finder alone, on the reports' real sentences ---------------------------------------------
_GOOD_BAD = {"report_id": "r", "section": 1,
             "text": "政务服务“好差评”系统于10月29日正式上线运行，从评价结果看，差评数占评价量总数的0.34%，好评数占评价总数99.58%。"}
_PORTAL = {"report_id": "r", "section": 1,
           "text": "“上海国际服务门户”新增意大利语网站，目前已覆盖 10 个语种，共发布各类信息 13528 条，总浏览量为 536 万，"
                   "同比显著增长82%，其中 47%来自海外；社交媒体账号粉丝总量近 45.9 万人；\n"
                   "发布各类办事服务指引 403 项，其中直接办事服务 19 项。"}
_VIRAL = {"report_id": "r", "section": 1,
          "text": "深化政务新媒体矩阵建设，聚焦全县经济发展、城乡建设等重点领域开设《项目进行时》《乡村梦想家》《沐阳“网”事》等专栏33个，"
                  "策采相关新闻稿件2606篇，推送系列原创短视频1113个、图文1775条。"
                  "年度涌现爆款内容52条，其中1条播放量破亿、2条破千万、49条破百万，让政务声音直抵群众指尖。"}


def test_a_word_outside_the_quote_is_read_apart():
    drop = ["上海市人民政府办公厅", "上海"]
    assert ("差评", "差评数") in narrative.asked_words("上海“好差评”系统上线后差评占比是多少？", "zh", drop)
    found = narrative.find("上海“好差评”系统上线后差评占比是多少？", "zh", [_GOOD_BAD], drop)
    assert found.status == "one" and found.best.value == 0.34


def test_the_words_after_how_many_name_the_quantity_not_those_before():
    groups = narrative.asked_words("上海市科委2024年网站发了多少条解读类信息", "zh", ["上海市科学技术委员会", "上海"])
    heads = {groups[i][0] for i in narrative.head_words("上海市科委2024年网站发了多少条解读类信息", "zh", groups)}
    assert "解读" in heads and "网站" not in heads
    groups = narrative.asked_words("上海科委2024年政协提案有多少件", "zh", ["上海市科学技术委员会", "上海"])
    assert narrative.head_words("上海科委2024年政协提案有多少件", "zh", groups) == {0}
    chunk = {"report_id": "r", "section": 1,
             "text": "“上海科技”网站全年累计发布信息 2139 条，其中动态类信息发布 1744 条，政务信息发布 393 条，解读类信息发布 21 条，"
                     "回应公众关注热点信息 2 条。"}
    found = narrative.find("上海市科委2024年网站发了多少条解读类信息", "zh", [chunk], ["上海市科学技术委员会", "上海"])
    assert found.status == "one" and found.best.value == 21


def test_the_askers_words_are_not_the_quantitys():
    drop = ["沭阳县人民政府", "沭阳", "淮安市人民政府", "淮安", "上海"]
    words = lambda q: [g[0] for g in narrative.asked_words(q, "zh", drop)]  # noqa: E731
    assert "处点" not in words("沭阳县2025年网站上整改了多少处点进去打不开的死链接")
    assert "那边" not in words("沭阳县2025年新媒体那边写了多少篇新闻稿")
    assert "报里" not in words("“上海科技”公众号2024年报里写的关注人数是多少")
    assert words("淮安2024年全市还在运营的政务号 公众号抖音那些 一共多少个") == ["运营", "政务号"]
    assert narrative.asked_units("国际服务门户现在支持几种语言", "zh") == ("种", "个", "类")
    assert narrative.asked_units("淮安2024年信息处理费一共收了多少块钱", "zh") == narrative.MONEY_UNITS


def test_a_story_before_the_question_weighs_less():
    chunk = {"report_id": "r", "section": 1,
             "text": "强化网站发布审核把关，建立常态化巡检机制，重点排查错误表述、失效链接、日期偏差、敏感词汇及隐私信息泄露等问题，"
                     "全年累计整改不规范描述22处、失效链接43处、各类错误信息83处，坚决守住信息发布安全底线。"}
    q = "之前在沭阳县政府网站上点开好几个链接都打不开，后来好像修好了。沭阳25年网站巡检整改了多少处失效链接"
    found = narrative.find(q, "zh", [chunk], ["沭阳县人民政府", "沭阳"])
    assert found.status == "one" and found.best.value == 43


def test_whole_and_part():
    found = narrative.find("Shuyang 2025: how many viral posts passed one million views?", "en", [_VIRAL])
    assert found.status == "one" and found.best.value == 49
    found = narrative.find("沭阳2025年政务新媒体 播放量破百万的爆款有几条", "zh", [_VIRAL], ["沭阳县人民政府", "沭阳"])
    assert found.status == "one" and found.best.value == 49
    found = narrative.find("How many viral posts did Shuyang have in 2025?", "en", [_VIRAL])
    assert found.status == "one" and found.best.value == 52
    # the narrower words ("direct") stand by the part: the part, not the guides' whole
    found = narrative.find("Shanghai international services portal 2025, how many direct service guides?", "en", [_PORTAL])
    assert found.status == "one" and found.best.value == 19
    found = narrative.find("How many service guides did Shanghai's international portal carry in 2025?", "en", [_PORTAL])
    assert found.status == "one" and found.best.value == 403


def test_not_asked_after_the_question():
    chunk = {"report_id": "r", "section": 1, "text": "召开市政府新闻发布会 42 场、新闻通气会 19 场，有效增强政策发布的权威性。"}
    found = narrative.find("上海市政府2025年开了多少场新闻通气会？不是发布会哦", "zh", [chunk], ["上海市人民政府办公厅", "上海"])
    assert found.status == "one" and found.best.value == 19
    found = narrative.find("How many press events did the Shanghai municipal government hold in 2025 (the formal ones, "
                           "not briefings)?", "en", [chunk])
    assert found.status == "one" and found.best.value == 42


def test_units_and_heads_that_guard_against_a_wrong_count():
    assert narrative.asked_units("How long on average did Huai'an take to answer a request?", "en") != ("场", "次", "期")
    assert narrative.asked_units("How many people's-congress deputies' proposals did it handle?", "en") is None
    assert narrative.asked_units("How many explainers walking people through policies were made?", "en") is None
    assert narrative.asked_units("How many people took part in the training?", "en") == ("人", "名", "万")
    # "how many items": never a count of times ("解读7次")
    assert "次" not in narrative.asked_units("How many policy-interpretation items did Shuyang County release?", "en")
    # "were on the platform" says where, not what the requests were about
    assert narrative.breakdown_words("How many matters were on the Shanghai unified acceptance platform?") == ()
    assert narrative.breakdown_words("How many of the requests were on land acquisition?") != ()
    # "how many items": a count of fields is no answer
    chunk = {"report_id": "r", "section": 1,
             "text": "对照省、市各部门制定的重大建设项目、公共资源交易等26个试点领域标准指引和目录，细分公开事项的名称。"}
    found = narrative.find("How many items did its standard catalogues cover across the domains?", "en", [chunk])
    assert found.status != "one" or found.best.value != 26
    # personnel appointment/removal documents are 人事任免, not a clean-up
    assert ("人事任免", "任免") in narrative.asked_words("number of personnel appointment/removal documents disclosed?", "en")


@pytest.mark.parametrize("question, lang, must, must_not", [
    # English families: the year before and a fall (回落 … 较去年), early talks before answering (办前沟通),
    # deadline alerts (倒计时报警器), news releases (新闻稿件), a media team (新媒体), yearbooks (年度报告)
    ("By what percentage did Shanghai's requests drop compared with the year before in 2019?", "en", ["上年", "回落"], []),
    ("How many disputes did Shuyang settle through early talks in 2025?", "en", ["争议", "办前"], []),
    ("How many reminders did Shuyang's deadline alert send in 2025?", "en", ["催办", "倒计时"], []),
    ("How many news releases did Shuyang's media team produce in 2025?", "en", ["新闻稿件", "政务新媒体"], []),
    ("How many departments released their yearbooks jointly in Shuyang 2025?", "en", ["年度报告"], []),
    ("How many gazette issues did Huai'an print in 2024?", "en", ["公报"], []),
    # Chinese: a relative year names the year, not the quantity (a change "比去年" is the quantity's)
    # "went up" is a post put up, "declined" a refusal: neither a change from the year before
    ("Shanghai 2019: how many policy interpretations went up on the China Shanghai portal?", "en", ["解读"], ["增长"]),
    ("How many requests were declined by Shuyang in 2025?", "en", [], ["回落"]),
    ("沭阳去年网站上死链修了多少个", "zh", ["死链"], ["去年"]),
    ("上海市政府办公厅2019年的申请数量比去年回落了多少？", "zh", ["去年", "回落"], []),
    ("沭阳2025年办事前跟申请人沟通了多少回", "zh", ["办事前", "沟通"], []),
])
def test_paraphrase_families_read_as_the_reports_terms(question, lang, must, must_not):
    groups = narrative.asked_words(question, lang, ["沭阳县人民政府", "沭阳", "上海市人民政府办公厅", "上海", "淮安"])
    firsts = [g[0] for g in groups]
    every = {x for g in groups for x in g}
    assert all(w in every for w in must), groups
    assert not any(w in firsts for w in must_not), groups


@pytest.mark.parametrize("question, value, words", [
    # a body's English name is the body's ("Education Bureau" is no 教育 asked); patrols are 巡查
    ("How many website patrols did the Huai'an Education Bureau carry out in 2023?", 18, "网站巡查18次"),
    ("How many training sessions did the Huai'an Education Bureau organise in 2022?", 7, "业务培训7次"),
    # the platforms are counted, not the followers ("在海内外15个平台粉丝数累积超3170万"), so 15, never 300万
    ("On how many platforms does Shanghai Release have followers in 2025?", 15, "15个平台"),
    ("Shanghai 2019: how many users did the 'Shanghai Fabu' WeChat account have?", 550, "用户已突破550万"),
    ("Shanghai General Office 2019: how many government websites were checked every quarter?", 70, "70家政府网站"),
    ("What was Jianxi District's request completion rate in 2020?", 88.2, "办结率88.2%"),
])
def test_more_text_numbers_s9(svc, question, value, words):
    rec = svc.ask(question).record
    assert rec["found"] and rec["value"] == value, rec["answer"]
    assert words in _quoted(rec)


def test_a_change_asked_with_no_unit_is_the_share_the_text_states():
    """"访问量同比涨了多少" asks the change (同比显著增长82%), never the views themselves (536万)."""
    chunk = {"report_id": "r", "section": 1,
             "text": "“上海国际服务门户”新增意大利语网站，目前已覆盖 10 个语种，共发布各类信息 13528 条，总浏览量为 536 万，"
                     "同比显著增长82%，其中 47%来自海外。"}
    found = narrative.find("上海国际服务门户的访问量同比涨了多少", "zh", [chunk], ["上海市人民政府办公厅", "上海"])
    assert found.status != "one" or found.best.value == 82
    assert narrative.asked_units("上海国际服务门户的访问量同比涨了多少", "zh") == ("%", "％")
    assert narrative.asked_units("沭阳2025年申请比去年增加了多少件", "zh") != ("%", "％")  # a count asked (件)
    assert narrative.asked_units("By how much did the international portal's views grow in 2025?", "en") == ("%", "％")


def test_the_first_of_two_counts_back_to_back_counts_the_fields():
    """"共21个领域601项事项": "into how many areas were the items grouped" is 21 (the fields), not
    601 (the items) nor the 26 pilot fields of another clause; "how many items" stays 601."""
    chunk = {"report_id": "r", "section": 1,
             "text": "对照省、市各部门制定的重大建设项目、公共资源交易等26个试点领域标准指引和目录，细分公开事项的名称、内容、依据、时限、"
                     "主体、方式、渠道、公开对象等要素，结合权责清单和公共服务事项清单，梳理细化权力运行和政务服务每个环节产生的政府信息，"
                     "共21个领域601项事项。"}
    found = narrative.find("Jianxi District 2020: across how many fields were the power and service items sorted?", "en", [chunk])
    assert found.status == "one" and found.best.value == 21
    found = narrative.find("Jianxi district office 2020: how many items were mapped across the 21 fields?", "en", [chunk])
    assert found.status == "one" and found.best.value == 601


def test_an_age_breakdown_asked_of_the_people_who_applied_gets_no_number(corpus_service):
    from tests.conftest import ask_conversation
    rec = ask_conversation(corpus_service, "What's the age breakdown of people who asked Shuyang County for information in 2025?")
    assert rec["value"] is None and not rec["found"], rec["answer"][:200]
