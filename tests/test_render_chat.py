"""The chat's answer message (web.render.chat_message): the engine's citation shown once, as one
compact source line in the user's language (an English line names the row in English with the
Chinese label beside it), a sample badge for generated reports, staff detail folded, no HTML
line breaks or small print, report text escaped."""
from __future__ import annotations

from web.render import chat_message, error_message, source_text, strip_citations

CITE_ZH = "《涧西区人民政府办公室2020年政府信息公开工作年度报告》表三，行“（三）不予公开（1–8项合计）”，列“总计”（由表中各分项相加）"
FACT = {"key": "requests.withheld.total", "value": 0, "raw": "", "derived": True, "citation": CITE_ZH}
REPORT = {"id": "r1", "agency": "涧西区人民政府办公室", "year": 2020, "sample": False}


def record(lang="zh", answer=None, sample=False, facts=(FACT,)):
    return {"answer": answer or f"涧西区人民政府办公室2020年不予公开（1–8项合计）：0件。来源：{CITE_ZH}。",
            "language": lang, "found": True, "value": 0, "operation": "value",
            "reports": [{**REPORT, "sample": sample}], "facts": list(facts), "passages": [],
            "timings": {"total_ms": 4.2}}


def test_the_citation_is_shown_once_as_one_source_line():
    msg = chat_message(record(), None)["content"]
    assert msg.count("class='nb-source'") == 1
    assert CITE_ZH not in msg.split("<details")[0]  # the long citation only in the fold
    assert "1–8项合计" not in msg.split("<details")[0] and "三/" not in msg.split("<details")[0]
    assert "4 ms" in msg.split("<details")[1]  # the timing is staff detail
    assert "<br" not in msg and "<small" not in msg
    assert "nb-sample" not in msg and "nb-copy" in msg


def test_strip_citations_removes_only_the_records_own_citations():
    assert strip_citations(f"答：0件。来源：{CITE_ZH}。", [FACT]) == "答：0件。"
    assert strip_citations("来源：别的报告。", [FACT]) == "来源：别的报告。"


def test_english_source_line_gives_the_english_row_with_the_chinese_beside():
    fact = {"key": "requests.received.total", "value": 17, "raw": "17", "derived": False, "citation": "x"}
    line = source_text(record("en", "17.", facts=[fact]))
    assert line.startswith("Source: 涧西区人民政府办公室 2020 report · table 3")
    assert "new applications received this year — total (一、本年新收政府信息公开申请数量 / 总计)" in line
    assert "printed “17”" in line


def test_sample_reports_are_badged_and_report_text_is_escaped():
    evil = {**REPORT, "agency": "<img src=x onerror=alert(1)>", "sample": True}
    rec = {**record(sample=True), "reports": [evil]}
    msg = chat_message(rec, None)["content"]
    assert "示例（虚构）sample, fictional" in msg and "<img" not in msg


def test_errors_speak_the_users_language_and_offer_retry():
    assert "服务器出错" in error_message("zh")["content"] and "nb-retry" in error_message("zh")["content"]
    assert "server had an error" in error_message("en", "<b>x</b>")["content"]
    assert "<b>x" not in error_message("en", "<b>x</b>")["content"]


# -- an ask-back: its readings as option buttons, picked by index on the server --------------------
READINGS = [{"label": "① 不予公开 0件（2020 涧西区 表三·不予公开）", "question": "涧西区2020年有多少申请不予公开？",
             "key": "requests.withheld.total", "value": 0, "report": "r1", "citation": CITE_ZH},
            {"label": "② 无法提供 2件", "question": "涧西区2020年有多少申请无法提供？", "key": "requests.unable.total",
             "value": 2, "report": "r1", "citation": "《…》表三"},
            {"label": "", "question": "dropped: no label"}, "not a dict"]


def test_an_askback_offers_its_readings_as_options_and_downloads_in_the_fold():
    from web.render import clarify_text

    rec = {**record(answer="您问的是 ① … ② …？"), "value": None, "clarify": READINGS}
    msg = chat_message(rec, None, "a" * 32)
    assert msg["options"] == [{"label": READINGS[0]["label"], "value": READINGS[0]["question"]},
                              {"label": READINGS[1]["label"], "value": READINGS[1]["question"]}]
    fold = msg["content"].split("<details")[1]
    assert "/api/answers/" + "a" * 32 + "/sources.xlsx" in fold and "下载来源" in fold
    assert "requests.unable.total" in fold  # a reading without its fact is named in the fold
    assert "options" not in chat_message(record(), None)  # an ordinary answer has none
    assert "下载来源" not in chat_message(record(), None)["content"]  # no sources id, no links
    text = clarify_text(rec)
    assert READINGS[0]["question"] in text and READINGS[1]["label"] in text and "dropped" not in text


def test_a_picked_option_is_looked_up_in_the_servers_conversation():
    from web.conversations import picked_question

    rec = {**record(answer="您问的是？"), "value": None, "clarify": READINGS}
    history = [{"role": "user", "content": "q"}, chat_message(rec, None)]
    assert picked_question(history, 1) == READINGS[1]["question"]
    for bad in (2, -1, True, "0", None, 1.0):
        assert picked_question(history, bad) is None, bad
    assert picked_question(history + [{"role": "user", "content": "next"}], 0) is None  # only the last answer's
    assert picked_question([], 0) is None
