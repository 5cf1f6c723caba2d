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
