"""Numbers only a report's text states, asked in everyday English or with the asker's own framing
(session 8): the bilingual terms and rules of rag.narrative / vocab.narrative_terms, over the real
corpus reports.

- everyday English for the text's quantities: "policy explainer pieces" (解读类信息, 解读信息),
  "non-standard wordings fixed" (整改不规范描述), "social-media accounts" (政务新媒体),
  "information-processing charges" (信息处理费), "countdown alarm" (倒计时报警器), "disclosure
  tasks in key areas" (重点领域…信息公开任务), "direct services" (直接办事服务);
- Chinese: the asker's framing ("学生提问：", "文字部分说", "说出了") and the office's short name
  (市府办) are not the quantity's words; 政府公报 is 公报;
- "Of the X, how many were Y?": the part (其中…) of the whole named first;
- a Chinese word the English question glosses ("items (事项)") names the quantity;
- no number when the words naming what is counted stand by another number or elsewhere in the
  sentence (a confident wrong number is the worst failure).
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
    # English paraphrases of the text's own quantities
    ("How many non-standard wordings did Shuyang correct on its website in 2025?", 22, "不规范描述22处"),
    ("How many policy-explaining pieces did Shuyang County release in 2025?", 21, "解读类信息21条"),
    ("How many policy explainer posts did Hongze District put out in 2024?", 7, "解读信息发布7条"),
    ("How many social media accounts was Huai'an operating in 2024?", 95, "政务新媒体共计95个"),
    ("How much did Shuyang County's agencies collect in information-processing charges in 2025?", 380,
     "信息处理费共计380元"),
    ("How many reminders did Shuyang's countdown alarm send in 2025?", 84, "催办提示84次"),
    ("How many information disclosure tasks in key areas did the Shanghai General Office push forward in 2025?", 125,
     "重点领域125项信息公开任务"),
    # the part of a whole named first ("其中直接办事服务19项")
    ("Of the service guides Shanghai's international portal published in 2025, how many were direct services?", 19,
     "直接办事服务19项"),
    # a Chinese word the English question glosses names what is counted (事项, not 领域)
    ("Jianxi 2020: how many items (事项) were sorted out across its fields?", 601, "601项事项"),
    # Chinese: the office's short name, the asker's framing, 政府公报 for 公报
    ("上海市府办2025年编辑了几期市政府公报？", 24, "公报》24期"),
    ("上海市政府公报2019年总共编发了几期？", 24, "公报24期"),
    ("学生提问：沭阳县2025年报告的文字部分说全县共办理相关案件多少件？", 74, "相关案件74件"),
    ("沭阳县2025年报告说出了多少条爆款内容？", 52, "爆款内容52条"),
])
def test_text_number_in_everyday_words(svc, question, value, words):
    rec = svc.ask(question).record
    assert rec["found"] and rec["value"] == value, rec["answer"]
    assert words in _quoted(rec)


@pytest.mark.parametrize("question", [
    # "items … listed": the sentence's "26个试点领域" counts the fields, not the items; the words naming
    # the quantity (list → 清单) stand elsewhere in the sentence: no number rather than 26
    "How many items did Jianxi District list across the pilot areas in 2020?",
])
def test_no_number_when_the_words_naming_the_quantity_are_elsewhere(svc, question):
    rec = svc.ask(question).record
    assert rec["value"] is None, rec["answer"]


def test_a_number_beside_other_words_of_the_sentence_is_not_taken():
    """The subject's words ("上海国际服务门户", 发布) hold one number; the direct services asked are
    counted in a sentence the report does not have here: no number."""
    chunk = {"report_id": "r", "section": 1,
             "text": "“上海国际服务门户”新增意大利语网站，目前已覆盖10个语种，共发布各类信息13528条，总浏览量为536万。"}
    found = narrative.find("Of the service guides Shanghai's international portal released in 2025, how many were "
                           "direct services?", "en", [chunk])
    assert found.status != "one"


def test_head_word_elsewhere_in_the_sentence_vetoes_the_number():
    """"how many direct services": 13528 is by the subject's words, 直接办事 by 19 — 19 only."""
    chunks = [{"report_id": "r", "section": 1,
               "text": "“上海国际服务门户”新增意大利语网站，共发布各类信息13528条。发布各类办事服务指引403项，其中直接办事服务19项。"}]
    found = narrative.find("Of the service guides Shanghai's international portal released, how many were direct services?",
                           "en", chunks)
    assert found.status == "one" and found.best.value == 19
    # the whole asked: the guides, not their direct part
    found = narrative.find("How many service guides were released in all?", "en", chunks)
    assert found.status == "one" and found.best.value == 403


def test_words_of_the_question_read_as_the_reports_terms():
    groups = narrative.asked_words("How many policy explainer pieces went up?", "en")
    assert ("解读",) in groups and ("政策",) not in groups  # a policy explainer is a 解读, not a 政策
    groups = narrative.asked_words("how many sloppy or non-standard wordings were fixed?", "en")
    assert ("不规范描述", "描述") in groups and ("整改",) in groups
    groups = narrative.asked_words("学生提问：报告的文字部分说全县办理了多少件相关案件？", "zh")
    assert all(g[0] not in ("学生", "提问", "文字", "部分") for g in groups)
    groups = narrative.asked_words("上海市府办编了多少期市政府公报", "zh")
    assert [g[0] for g in groups] == ["公报"] or all("办" not in g[0] for g in groups)


def test_elderly_care_is_a_sector_not_an_age_breakdown():
    assert narrative.breakdown_words("disclosure tasks in key areas (education, elderly care) — how many?") == ()
    assert "年龄" in narrative.breakdown_words("How many requests came from elderly applicants?")


def test_how_many_of_a_whole_counts_the_part_the_text_counts():
    """"How many of its viral posts topped 100 million views": the part (1条…破亿), not the whole
    (52条); a part the text does not count apart (all 5 services have the linking) leaves the
    whole's count; a part the question names two ways (1 vs 2 vs 49) gives no single number."""
    chunk = {"report_id": "r", "section": 1,
             "text": "年度涌现爆款内容52条，其中1条播放量破亿、2条破千万、49条破百万，让政务声音直抵群众指尖。"}
    found = narrative.find("How many of Shuyang's 2025 viral posts topped 100 million views?", "en", [chunk])
    assert found.status == "one" and found.best.value == 1
    found = narrative.find("How many viral posts did Shuyang have in 2025?", "en", [chunk])
    assert found.status == "one" and found.best.value == 52
    for q in ("How many of Shuyang's viral posts in 2025 passed ten million plays?",
              "Of Shuyang's viral posts in 2025, how many passed a million views but not ten million?"):
        found = narrative.find(q, "en", [chunk])
        assert found.status != "one" or found.best.value not in (52, 1), q  # never the whole, never the 亿 one
    chunk = {"report_id": "r", "section": 1,
             "text": "市科委5个高频事项（技术合同认定登记、高新技术企业认定）涉及到的相关政策文件均设置了“阅办联动”。"}
    found = narrative.find("How many of the science commission's most-used services had 'read-and-apply' linking?",
                           "en", [chunk])
    assert found.status == "one" and found.best.value == 5


# -- session 9: more everyday English for the text's quantities -----------------------------------
@pytest.fixture(scope="module")
def svc9(corpus, corpus_service):
    return corpus_service


@pytest.mark.parametrize("question, value, words", [
    # frequently-used services (高频事项), policy-to-service links (阅办联动)
    ("How many frequently-used services of STCSM got policy-to-service links in 2024?", 5, "5个高频事项"),
    # cumulative views (累计观看量) of the video channel's clips, not of its live streams (303855)
    ("STCSM 2024: cumulative views of the channel's short clips?", 1924252, "累计观看量1924252次"),
    # deadline reminder nudges (催办提示)
    ("How many deadline reminder nudges did Shuyang send to departments in 2025?", 84, "催办提示84次"),
    # charged to requesters for handling info (信息处理费); agencies (行政机关)
    ("Shuyang County agencies 2025: total charged to requesters for handling info, in yuan?", 380, "信息处理费共计380元"),
    # "items" counted back to back with departments ("接入53个部门2261项事项"): the items, not the departments
    ("How many items were connected to the unified acceptance platform in Shanghai General Office's 2019 report?", 2261,
     "2261项事项"),
    # "posted by county departments" names who posted: no split by county
    ("Shuyang 2025: items posted by county departments on their disclosure pages", 3044, "信息3044条"),
    # the gazette's title right before its issues ("《淮安市人民政府公报》6期")
    ("Huai'an 2024: how many issues of the municipal gazette were put out?", 6, "公报》6期"),
    # 'Shanghai Science' names the quoted site (“上海科技”网站), not the commission's own website (393)
    ("How many items did the 'Shanghai Science' website post in 2024?", 2139, "信息2139条"),
    # a list's first noun (播放量) is every item's: "49条破百万" passed a million plays
    ("Of Shuyang's 2025 viral posts, how many passed a million plays (but not ten million)?", 49, "49条破百万"),
    # 涉及 is the asker's verb, not the quantity's word
    ("涧西区2020年基层政务公开标准化规范化一共涉及几个试点领域？", 26, "26个试点领域"),
])
def test_text_number_in_everyday_words_s9(svc9, question, value, words):
    rec = svc9.ask(question).record
    assert rec["found"] and rec["value"] == value, rec["answer"]
    assert words in _quoted(rec)


def test_finder_s9_reads_rounds_and_appeals():
    chunk = {"report_id": "r", "section": 1,
             "text": "根据省政务公开年度和季度监测指标，全年组织4次政府信息公开栏目全覆盖检查，并出具各县区、各部门政务公开评估分报告。"}
    found = narrative.find("淮安2024年对信息公开栏目全面检查搞了几回", "zh", [chunk], ["淮安市人民政府", "淮安"])
    assert found.status == "one" and found.best.value == 4  # 几回 asks 次; 全面 is 全覆盖
    chunk = {"report_id": "r", "section": 1,
             "text": "依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件74件，有力维护了群众合法权益与政府公信力。"}
    found = narrative.find("Per the 2025 narrative, how many review/litigation cases did the county handle in all?", "en",
                           [chunk])
    assert found.status == "one" and found.best.value == 74


def test_back_to_back_counts_keep_their_own_nouns():
    chunk = {"report_id": "r", "section": 1,
             "text": "围绕“一网通办”改革重点任务，统一受理平台接入53个部门2261项事项，涵盖行政审批等范围。"}
    found = narrative.find("How many departments were connected to the unified acceptance platform?", "en", [chunk])
    assert found.status == "one" and found.best.value == 53


def test_by_county_departments_is_no_breakdown():
    assert narrative.breakdown_words("items posted by county departments on their pages") == ()
    assert narrative.breakdown_words("How many requests were there by county?") != ()
    assert narrative.breakdown_words("how many requests did each county department receive?") != ()
