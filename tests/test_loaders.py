"""Loading every report format, encodings, tables as pipe rows, and every kind of bad input."""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from ingest import loaders
from ingest.loaders import SUPPORTED, iter_report_files, load
from vocab.records import LoadError
from tests.conftest import SEED

REQUEST_COLUMNS = [
    "natural_person", "commercial", "research", "public_interest", "legal_services", "other_org",
    "total",
]  # fmt: skip


def _corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.suffix in SUPPORTED and p.name != "README.md")


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


# ----------------------------------------------------------------------------------------------
# the corpus


def test_every_corpus_file_loads(corpus: Path) -> None:
    files = _corpus_files(corpus)
    kinds = {p.suffix for p in files}
    assert {".txt", ".pdf", ".html", ".docx"} <= kinds
    for path in files:
        doc = load(path)
        assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert doc.source == str(path)
        assert len(doc.text) > 500, path.name
        assert "<p" not in doc.text and "<td" not in doc.text, path.name
        if doc.kind == "pdf":
            assert doc.page_offsets[0] == 0 and doc.page_offsets == sorted(doc.page_offsets)
        else:
            assert doc.page_offsets == []


def test_seed_loads_as_utf8_with_text_unchanged() -> None:
    doc = load(SEED)
    assert doc.kind == "txt" and doc.encoding == "utf-8"
    assert doc.text == SEED.read_text(encoding="utf-8")


def test_pdf_tables_are_pipe_rows_each_row_once(corpus: Path) -> None:
    """Table 三 of the 淮安 PDF: every printed row appears once as a pipe row and never again
    as plain text (the table's area is cut out of the page text)."""
    started = time.perf_counter()
    doc = load(corpus / "001_huaian_2024.pdf")
    elapsed = time.perf_counter() - started
    print(f"\nloading 001_huaian_2024.pdf took {elapsed:.2f}s")
    assert elapsed < 20

    gold = json.loads((corpus / "gold" / "001_huaian_2024_spaces.json").read_text("utf-8"))
    rows: dict[str, dict[str, int]] = {}
    for key, value in gold["facts"].items():
        parts = key.split(".")
        if parts[0] == "requests" and parts[-1] in REQUEST_COLUMNS:
            rows.setdefault(".".join(parts[1:-1]), {})[parts[-1]] = value
    expected = Counter(
        tuple(str(cols[c]) for c in REQUEST_COLUMNS)
        for cols in rows.values()
        if len(cols) == len(REQUEST_COLUMNS)
    )
    assert sum(expected.values()) >= 25  # every printed row of the 2021 table 三

    pipe_tails = Counter()
    for line in doc.text.splitlines():
        if line.startswith("|"):
            cells = _pipe_cells(line)
            if len(cells) == 10 and all(re.fullmatch(r"\d+", c) for c in cells[-7:]):
                pipe_tails[tuple(cells[-7:])] += 1
    assert pipe_tails == expected
    for values in expected:
        assert " ".join(values) not in doc.text  # not also in the plain page text

    # table 四: 15 numbers, once
    appeals = "| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |"
    assert doc.text.count(appeals) == 1
    assert "72 64 178 37 351" not in doc.text


def test_pdf_text_matches_text_extraction_and_pages(corpus: Path) -> None:
    doc = load(corpus / "001_huaian_2024.pdf")
    assert len(doc.page_offsets) == 6
    narrative = "全年收取政府信息公开信息处理费 3940 元"
    assert narrative in doc.text
    assert doc.page_at(doc.text.index(narrative)) == 6
    assert doc.page_at(doc.text.index("淮安市人民政府")) == 1
    # the framed text box of page 1 (a one-column "table") stays prose
    assert "本报告由淮安市人民政府办公室根据" in doc.text
    assert "| 本报告由" not in doc.text
    # narrative lines are those of the pdfplumber text version 001
    spaces = (corpus / "001_huaian_2024_spaces.txt").read_text("utf-8")
    for line in ("（二）依申请公开情况。定期对政府信息公开申请集中的领", "办法》，全年收取政府信息公开信息处理费 3940 元。"):
        assert line in spaces and line in doc.text
    assert "| 行政许可 | 447228 | | |" in doc.text
    assert "| 行政事业性收费 | 96171.6 |" in doc.text


def test_html_report_tables_expanded(corpus: Path) -> None:
    doc = load(corpus / "009_shanghai_bgt_2019.html")
    lines = doc.text.splitlines()
    assert lines[0] == "2019年上海市人民政府办公厅政府信息公开工作年度报告"
    assert "一、总体情况" in lines
    table3 = [ln for ln in lines if ln.startswith("| ") and "政府信息公开申请数量" in ln]
    assert table3[0] == "| 一、本年新收政府信息公开申请数量 | | | 821 | 35 | | | 2 | 1 | 859 |"
    # rowspan: 三、本年度办理结果 spans 20 rows; its later rows start with an empty cell
    assert "| | | 2.其他法律行政法规禁止公开 | | | | | | | |" in lines
    widths = {len(_pipe_cells(ln)) for ln in lines if ln.startswith("|") and "申请" in ln}
    assert widths == {10}
    assert "<" not in doc.text.replace("<长江", "")  # the one '<' is an escaped &lt; in the prose


def test_html_rowspan_colspan_handmade(tmp_path: Path) -> None:
    html = """<html><head><title>t</title><style>p{color:red}</style></head><body>
    <h1>标题</h1><p>第一段<b>加粗</b>文字。</p><script>alert('x')</script>
    <table>
      <tr><th rowspan="2">A</th><th colspan="2">B</th></tr>
      <tr><td>C</td><td>D</td></tr>
      <tr><td>E|e</td><td colspan="2" rowspan="2">F</td></tr>
      <tr><td>G</td></tr>
    </table><div>表后<br>一行</div></body></html>"""
    path = tmp_path / "t.html"
    path.write_text(html, encoding="utf-8")
    doc = load(path)
    assert doc.text.splitlines() == [
        "标题",
        "第一段加粗文字。",
        "| A | B | |",
        "| | C | D |",
        "| E｜e | F | |",
        "| G | | |",
        "表后",
        "一行",
    ]
    assert "alert" not in doc.text and "color" not in doc.text


def test_html_gbk_with_meta_charset(tmp_path: Path) -> None:
    html = '<html><head><meta charset="gb2312"></head><body><p>洪泽区人民政府</p></body></html>'
    path = tmp_path / "g.htm"
    path.write_bytes(html.encode("gbk"))
    doc = load(path)
    assert doc.text.strip() == "洪泽区人民政府" and doc.encoding == "gb18030"


def test_docx_template_tables(corpus: Path) -> None:
    doc = load(corpus / "template_2021_blank.docx")
    lines = doc.text.splitlines()
    assert "一、总体情况" in lines and "六、其他需要报告的事项" in lines
    assert "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |" in lines
    # vMerge: 三、本年度办理结果 spans rows; continued cells are empty
    assert "| | （三）不予公开 | 1.属于国家秘密 | | | | | | | |" in lines
    # body order: heading 三 comes before table 三, which comes before heading 四
    assert doc.text.index("三、收到和处理") < doc.text.index("| 一、本年新收") < doc.text.index("四、政府信息公开行政复议")


def test_docx_merged_cells_handmade(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("前言段落")
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "A"  # vertical merge
    table.cell(0, 1).merge(table.cell(0, 2)).text = "B"  # horizontal merge
    table.cell(1, 1).text, table.cell(1, 2).text = "C", "D"
    for j, v in enumerate("EFG"):
        table.cell(2, j).text = v
    d.add_paragraph("后记段落")
    path = tmp_path / "m.docx"
    d.save(path)
    lines = [ln for ln in load(path).text.splitlines() if ln]
    assert lines == ["前言段落", "| A | B | |", "| | C | D |", "| E | F | G |", "后记段落"]


# ----------------------------------------------------------------------------------------------
# encodings


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16-le"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # no BOM
        ("utf-16-be", "utf-16-be"),  # no BOM
        ("utf-8-sig", "utf-8"),
    ],
)
def test_encodings_load_to_the_same_text(tmp_path: Path, encoding: str, expected: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / f"seed_{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    doc = load(path)
    assert doc.text == text
    assert doc.encoding == expected


@pytest.mark.parametrize("encoding", ["gbk", "utf-16-le", "utf-16-be"])
def test_short_chinese_text_is_not_misdetected(tmp_path: Path, encoding: str) -> None:
    text = "洪泽区人民政府\n2023 年政府信息公开工作年度报告\n"
    path = tmp_path / "short.md"
    path.write_bytes(text.encode(encoding))
    assert load(path).text == text


def test_crlf_is_normalized(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、总体情况\r\n正文。\r\n".encode("gbk"))
    assert load(path).text == "一、总体情况\n正文。\n"


# ----------------------------------------------------------------------------------------------
# bad input: one clear line each


def _scanned_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)
    c.circle(300, 600, 50)
    c.showPage()
    c.save()


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as f:
            block = b"\0" * (1 << 20)
            for _ in range(20):
                f.write(block)


def _assert_load_error(path: Path, *words: str, **kwargs) -> str:
    with pytest.raises(LoadError) as info:
        load(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message and message.startswith(path.name), message
    for w in words:
        assert w in message, message
    return message


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    _assert_load_error(p, "empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.md"
    p.write_text("  \n\n \n", encoding="utf-8")
    _assert_load_error(p, "no text")


def test_binary_with_txt_name(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    _assert_load_error(p, "binary")
    q = tmp_path / "undecodable.txt"
    q.write_bytes(bytes(range(0x80, 0x100)) * 20)  # no NUL, not UTF-8, not GB18030
    _assert_load_error(q, "cannot be decoded")
    r = tmp_path / "controls.txt"
    r.write_bytes(bytes(range(1, 32)) * 40)  # valid UTF-8, but control characters
    _assert_load_error(r, "binary")


def test_unsupported_extension(tmp_path: Path) -> None:
    p = tmp_path / "report.xlsx"
    p.write_bytes(b"PK\x03\x04")
    _assert_load_error(p, "unsupported", ".xlsx")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="not found"):
        load(tmp_path / "nope.txt")


def test_over_max_bytes(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(SEED.read_bytes())
    _assert_load_error(p, "limit", max_bytes=1000)


def test_default_limit_comes_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from settings import get_settings

    monkeypatch.setattr(get_settings(), "max_file_bytes", 100)
    p = tmp_path / "big.txt"
    p.write_bytes(SEED.read_bytes())
    _assert_load_error(p, "over the 100 bytes limit")


def test_scanned_pdf(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf"
    _scanned_pdf(p)
    _assert_load_error(p, "no text layer (scanned?)")


def test_truncated_pdf(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "001_huaian_2024.pdf").read_bytes()
    p = tmp_path / "half.pdf"
    p.write_bytes(data[: len(data) // 2])
    _assert_load_error(p, "truncated or corrupt")
    # even with a forged end marker, the broken structure is reported, not half a report
    q = tmp_path / "half_eof.pdf"
    q.write_bytes(data[: len(data) // 2] + b"\n%%EOF\n")
    _assert_load_error(q, "truncated or corrupt")


def test_not_a_pdf(tmp_path: Path) -> None:
    p = tmp_path / "fake.pdf"
    p.write_text("这不是PDF", encoding="utf-8")
    _assert_load_error(p, "not a PDF")


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    p = tmp_path / "archive.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("notes.txt", "hello")
    _assert_load_error(p, "not a Word document")
    q = tmp_path / "plain.docx"
    q.write_text("hello", encoding="utf-8")
    _assert_load_error(q, "not a zip")


def test_docx_zip_bomb(tmp_path: Path) -> None:
    p = tmp_path / "bomb.docx"
    _zip_bomb(p)
    assert p.stat().st_size < 100_000
    _assert_load_error(p, "zip bomb")


def test_docx_total_uncompressed_limit(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loaders, "MAX_DOCX_UNCOMPRESSED", 100_000)
    p = tmp_path / "template.docx"
    p.write_bytes((corpus / "template_2021_blank.docx").read_bytes())
    _assert_load_error(p, "inflate", "zip bomb")


def test_deeply_nested_html_does_not_crash(tmp_path: Path) -> None:
    depth = 50_000
    p = tmp_path / "deep.html"
    p.write_text("<div>" * depth + "深层文字" + "</div>" * depth, encoding="utf-8")
    try:
        doc = load(p)
    except LoadError as exc:  # refusing is fine; a RecursionError is not
        assert "deep.html" in str(exc)
    else:
        assert "深层文字" in doc.text
    q = tmp_path / "deep_tables.html"
    q.write_text("<table><tr><td>" * 2000 + "x" + "</td></tr></table>" * 2000, encoding="utf-8")
    load(q)


# ----------------------------------------------------------------------------------------------
# folders


def test_iter_report_files(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    wanted = [tmp_path / "a" / "b" / "x.PDF", tmp_path / "a" / "y.docx", tmp_path / "z.txt", tmp_path / "w.htm"]
    for p in wanted:
        p.write_bytes(b"x")
    (tmp_path / "a" / "skip.xlsx").write_bytes(b"x")
    (tmp_path / "a" / "dir.txt").mkdir()
    found = iter_report_files([tmp_path, tmp_path / "z.txt"])
    assert found == sorted(wanted)
    assert SUPPORTED == {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}
