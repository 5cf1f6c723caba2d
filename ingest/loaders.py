"""Turn a report file (txt/md, HTML, PDF, DOCX) into a ``Document``: its whole text in reading order.

Why one text for every format: one table parser (ingest.tables) reads every format, so tables
that a file holds as structure (HTML, DOCX, PDF) are rendered into the text as pipe rows
("| a | b | c |"), one table row a line, a merged cell's text in its first grid cell and empty
cells ("| |") for the rest of the span, so that every row has the table's full column count.

Every refusal is a ``LoadError`` with one clear line naming the file, because the message goes
straight to the person who uploaded it.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from vocab.records import Document, LoadError

SUPPORTED = {".txt", ".md", ".html", ".htm", ".pdf", ".docx"}

# A real annual report's document.xml is a few MB at most; anything far beyond that, or
# compressed far harder than text ever is, is a zip bomb and is refused before it is inflated.
MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 200
MAX_DOCX_ENTRIES = 5000
# HTML table spans are clamped: a forged rowspan="100000" must not allocate a huge grid.
MAX_SPAN = 500

_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_SPACE_BETWEEN = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


# ----------------------------------------------------------------------------------------------
# entry points


def load(path: str | Path, max_bytes: int | None = None) -> Document:
    """Read one report file; raise ``LoadError`` with a one-line reason for anything unreadable."""
    p = Path(path)
    name = p.name or str(path)
    if not p.exists():
        raise LoadError(f"{name}: file not found")
    if not p.is_file():
        raise LoadError(f"{name}: is not a file")
    ext = p.suffix.lower()
    if ext not in SUPPORTED:
        shown = ext or "(no extension)"
        raise LoadError(
            f"{name}: unsupported file type {shown} (supported: {', '.join(sorted(SUPPORTED))})"
        )
    if max_bytes is None:
        from settings import get_settings

        max_bytes = get_settings().max_file_bytes
    size = p.stat().st_size
    if size == 0:
        raise LoadError(f"{name}: the file is empty")
    if size > max_bytes:
        raise LoadError(f"{name}: the file is {_mb(size)}, over the {_mb(max_bytes)} limit")
    data = p.read_bytes()
    sha = hashlib.sha256(data).hexdigest()

    page_offsets: list[int] = []
    encoding: str | None = None
    if ext in (".txt", ".md"):
        text, encoding = decode_text(data, name)
        kind = ext[1:]
    elif ext in (".html", ".htm"):
        text, encoding = html_to_text(data, name)
        kind = "html"
    elif ext == ".pdf":
        text, page_offsets = pdf_to_text(data, name)
        kind = "pdf"
    else:
        text = docx_to_text(data, name)
        kind = "docx"

    if not text.strip():
        raise LoadError(f"{name}: the file contains no text")
    return Document(
        source=str(path),
        sha256=sha,
        kind=kind,
        text=text,
        page_offsets=page_offsets,
        encoding=encoding,
    )


def iter_report_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders (recursively) into the supported report files, sorted, no repeats."""
    found: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in p.rglob("*"):
                if child.is_file() and child.suffix.lower() in SUPPORTED:
                    found.add(child)
        elif p.is_file() and p.suffix.lower() in SUPPORTED:
            found.add(p)
    return sorted(found)


def _mb(n: int) -> str:
    """A size for people: '12.3 MB', '4.0 KB', '512 bytes'."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


# ----------------------------------------------------------------------------------------------
# plain text: encoding detection

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with FF FE too
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes, name: str = "file", hint: str | None = None) -> tuple[str, str]:
    """Decode bytes of a text report; return (text with \\n line ends, encoding name).

    Order matters because charset-normalizer often mistakes short Chinese GBK text for other
    legacy codecs: BOM, then strict UTF-8, then UTF-16 without BOM (NUL-byte parity), then
    GB18030, and charset-normalizer only when GB18030 fails or gives implausible text.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data[len(bom):].decode(enc), name), enc
            except UnicodeDecodeError:
                raise LoadError(f"{name}: starts with a {enc} byte-order mark but is not {enc} text")
    if hint:
        try:
            text = data.decode(hint)
            if _plausible(text):
                return _clean(text, name), hint
        except (UnicodeDecodeError, LookupError):
            pass
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc is None:
            raise LoadError(f"{name}: looks like a binary file (NUL bytes), not text")
        return _clean(data.decode(enc), name), enc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _plausible(text):
            raise LoadError(f"{name}: looks like a binary file (control characters), not text")
        return _clean(text, name), "utf-8"
    gb: str | None
    try:
        gb = data.decode("gb18030")
    except UnicodeDecodeError:
        gb = None
    if gb is not None and _plausible(gb) and _mostly_gb2312(gb):
        return _clean(gb, name), "gb18030"
    guess = _charset_normalizer(data)
    if guess is not None:
        enc, text = guess
        if _plausible(text):
            return _clean(text, name), enc
    if gb is not None and _plausible(gb):
        return _clean(gb, name), "gb18030"
    raise LoadError(f"{name}: cannot be decoded as text (binary file or unknown encoding)")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: of LE and BE, the decoding that reads as Chinese/ASCII text.

    (ASCII leaves NULs on one byte parity, but hanzi such as 一 U+4E00 put NULs on the other,
    so parity alone does not decide; the share of ordinary characters does.)
    """
    if len(data) % 2:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _ordinary_share(text)
        if score > best_score and _plausible(text):
            best, best_score = enc, score
    return best if best_score >= 0.9 else None


_ORDINARY = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\x20-\x7e\t\n\r\u2018-\u201d\u2014\u2026\xa0]")


def _ordinary_share(text: str) -> float:
    return len(_ORDINARY.findall(text)) / max(len(text), 1)


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return best.encoding, str(best)


def _plausible(text: str) -> bool:
    """Text, not decoded binary: almost no control characters, unassigned or private-use code points."""
    if not text:
        return False
    bad = 0
    for ch in text:
        if ch in "\t\n\r\f\v":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs") or ch == "\ufffd":
            bad += 1
    return bad <= max(1, len(text) // 200)


def _mostly_gb2312(text: str) -> bool:
    """GB18030 decodes most Big5/Shift-JIS bytes too; real GBK reports use common (GB2312) hanzi."""
    hanzi = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
    if not hanzi:
        return True
    common = 0
    for ch in hanzi:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common >= 0.95 * len(hanzi)


def _clean(text: str, name: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise LoadError(f"{name}: looks like a binary file (NUL characters), not text")
    return text


# ----------------------------------------------------------------------------------------------
# tables as pipe rows (shared by HTML, DOCX and PDF)


def cell_text(text: str | None) -> str:
    """One table cell on one line: whitespace collapsed, line breaks inside Chinese words removed,
    and '|' replaced by its full-width form so it cannot break the row."""
    if not text:
        return ""
    text = text.replace("\xa0", " ").replace("\u3000", " ").replace("|", "｜")
    text = _SPACE_BETWEEN.sub("", text)
    return " ".join(text.split())


def pipe_row(cells: list[str]) -> str:
    """'| a | | c |': an empty cell is '| |' so every row keeps the table's column count."""
    return "|" + "|".join(f" {c} " if c else " " for c in cells) + "|"


def pipe_rows(grid: list[list[str]]) -> list[str]:
    """Rows padded to the widest row. Rows with no text are kept: in a filled table an all-blank
    row is data (blank cells read as 0), and dropping it would shift the parser's row labels."""
    width = max((len(r) for r in grid), default=0)
    return [pipe_row(row + [""] * (width - len(row))) for row in grid if width]


# ----------------------------------------------------------------------------------------------
# HTML

_DROP_TAGS = {
    "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg",
    "math", "canvas", "select", "button", "input", "textarea",
}  # fmt: skip
_BLOCK_TAGS = {
    "p", "div", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
    "h6", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
    "figure", "figcaption", "address", "center", "form", "fieldset", "caption", "body", "html",
}  # fmt: skip
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.I)


def html_to_text(data: bytes, name: str = "file") -> tuple[str, str]:
    """Visible text of an HTML page in reading order, tables as pipe rows; markup never kept."""
    from bs4 import BeautifulSoup

    hint = None
    m = _META_CHARSET.search(data[:4096])
    if m:
        hint = m.group(1).decode("ascii", "ignore").lower()
        if hint in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
            hint = "gb18030"  # pages labelled gb2312 routinely contain GBK-only characters
    text, encoding = decode_text(data, name, hint=hint)
    try:
        soup = BeautifulSoup(text, "lxml")
        lines = _html_lines(soup)
    except RecursionError:
        raise LoadError(f"{name}: the HTML is nested too deeply to read")
    return "\n".join(lines) + "\n", encoding


def _html_lines(soup) -> list[str]:
    """Walk the tree without recursion (deeply nested pages must not overflow the stack)."""
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skip_strings = (Comment, Declaration, Doctype, ProcessingInstruction)
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = cell_text("".join(current)) if current else ""
        current.clear()
        if line:
            lines.append(line)

    # stack items: a node to visit, or the marker ("end", tag) when a block closes
    stack: list = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            flush()
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, skip_strings):
                current.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        tag = (node.name or "").lower()
        if tag in _DROP_TAGS:
            continue
        if tag == "table":
            flush()
            lines.extend(_html_table_rows(node))
            continue
        if tag in _BLOCK_TAGS or tag in ("td", "th", "tr"):
            flush()
            stack.append(("end", tag))
        stack.extend(reversed(node.contents))
    flush()
    return lines


def _html_table_rows(table) -> list[str]:
    """Expand rowspan/colspan into a full grid; text in the first cell of a span."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid: list[list[str]] = [[] for _ in rows]
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.find_all(["td", "th"], recursive=False):
            while (r, c) in taken:
                c += 1
            colspan = _span(cell.get("colspan"))
            rowspan = min(_span(cell.get("rowspan")), len(rows) - r)
            for i in range(rowspan):
                for j in range(colspan):
                    taken.add((r + i, c + j))
                    row = grid[r + i]
                    row.extend([""] * (c + j + 1 - len(row)))
            grid[r][c] = _html_cell_text(cell)
            c += colspan
    return pipe_rows(grid)


def _html_cell_text(cell) -> str:
    from bs4 import Comment, NavigableString

    parts = []
    for s in cell.descendants:
        if isinstance(s, NavigableString) and not isinstance(s, Comment):
            parent = s.parent
            if parent is not None and (parent.name or "").lower() in _DROP_TAGS:
                continue
            parts.append(str(s))
    return cell_text(" ".join(parts))


def _span(value) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(n, 1), MAX_SPAN)


# ----------------------------------------------------------------------------------------------
# PDF


def pdf_to_text(data: bytes, name: str = "file") -> tuple[str, list[int]]:
    """Text of each page in reading order, tables (2+ columns) rendered as pipe rows in place
    and their area removed from the page text so no number is read twice."""
    import io

    import pdfplumber

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError(f"{name}: is not a PDF file")
    if b"%%EOF" not in data[-2048:]:
        raise LoadError(f"{name}: the PDF is truncated or corrupt (no end-of-file marker)")
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if not pdf.pages:
                raise LoadError(f"{name}: the PDF has no pages")
            for page in pdf.pages:
                offsets.append(pos)
                page_text = _pdf_page_text(page)
                if page_text and not page_text.endswith("\n"):
                    page_text += "\n"
                parts.append(page_text)
                pos += len(page_text)
    except LoadError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        kind = type(exc).__name__
        if "Password" in kind or "Encrypt" in kind:
            raise LoadError(f"{name}: the PDF is encrypted")
        raise LoadError(f"{name}: the PDF is truncated or corrupt ({kind})")
    text = "".join(parts)
    if not text.strip():
        raise LoadError(f"{name}: the PDF has no text layer (scanned?); OCR it first")
    return text, offsets


def _pdf_page_text(page) -> str:
    tables = []
    for t in page.find_tables():
        rows = t.extract()
        if rows and max(len(r) for r in rows) >= 2:  # one-column "tables" are framed text boxes
            tables.append((t.bbox, rows))
    tables.sort(key=lambda item: item[0][1])
    boxes = [bbox for bbox, _ in tables]

    def outside_tables(obj) -> bool:
        if "x0" not in obj or "top" not in obj:
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    if not tables:
        return page.extract_text() or ""
    base = page.filter(outside_tables)
    chunks: list[str] = []
    band_top = float("-inf")
    for bbox, rows in tables:
        chunks.append(_band_text(base, band_top, bbox[1]))
        grid = [[cell_text(c) for c in row] for row in rows]
        chunks.append("\n".join(pipe_rows(grid)))
        band_top = bbox[3]
    chunks.append(_band_text(base, band_top, float("inf")))
    return "\n".join(c for c in chunks if c.strip())


def _band_text(page, top: float, bottom: float) -> str:
    def in_band(obj) -> bool:
        if "top" not in obj:
            return True
        cy = (obj["top"] + obj["bottom"]) / 2
        return top <= cy < bottom

    return page.filter(in_band).extract_text() or ""


# ----------------------------------------------------------------------------------------------
# DOCX


def docx_to_text(data: bytes, name: str = "file") -> str:
    """Paragraphs and tables in body order; merged cells (gridSpan / vMerge) as empty cells."""
    import io

    import docx

    _check_docx_zip(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise LoadError(f"{name}: not a readable Word document ({type(exc).__name__})")
    # the page header first: some reports name their body only there (the title line says
    # "2023年政府信息公开工作年度报告"); each distinct header line once
    lines: list[str] = []
    for section in document.sections[:1]:
        try:
            header = [p.text.strip() for p in section.header.paragraphs if p.text.strip()]
        except Exception:  # a malformed header part is no reason to refuse the body
            header = []
        lines.extend(dict.fromkeys(header))
    for element in _body_blocks(document.element.body):
        tag = _local(element.tag)
        if tag == "p":
            lines.append(_docx_paragraph_text(element))
        elif tag == "tbl":
            lines.extend(_docx_table_rows(element))
    return "\n".join(lines) + "\n"


def _check_docx_zip(data: bytes, name: str) -> None:
    import io

    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise LoadError(f"{name}: is an old binary Word (.doc) file; save it as .docx")
        raise LoadError(f"{name}: not a valid .docx (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except zipfile.BadZipFile as exc:
        raise LoadError(f"{name}: not a valid .docx (broken zip: {exc})")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise LoadError(f"{name}: is a zip archive but not a Word document (no word/document.xml)")
    if len(infos) > MAX_DOCX_ENTRIES:
        raise LoadError(f"{name}: refused: the .docx holds {len(infos)} files (zip bomb?)")
    total = sum(i.file_size for i in infos)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise LoadError(
            f"{name}: refused: the .docx would inflate to {_mb(total)} (zip bomb?)"
        )
    for i in infos:
        if i.file_size > 10 * 1024 * 1024 and i.file_size > MAX_DOCX_RATIO * max(i.compress_size, 1):
            raise LoadError(
                f"{name}: refused: {i.filename} inflates {i.file_size // max(i.compress_size, 1)}x"
                " (zip bomb?)"
            )


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _body_blocks(body) -> Iterator:
    """Paragraphs and tables of the body in order, looking inside content controls (w:sdt)."""
    stack = list(reversed(list(body)))
    while stack:
        el = stack.pop()
        tag = _local(el.tag)
        if tag in ("p", "tbl"):
            yield el
        elif tag in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
            stack.extend(reversed(list(el)))


def _docx_paragraph_text(p) -> str:
    parts = []
    for el in p.iter():
        tag = _local(el.tag)
        if tag == "t" and el.text:
            parts.append(el.text)
        elif tag == "tab":
            parts.append(" ")
        elif tag in ("br", "cr"):
            parts.append(" ")
    return "".join(parts).strip()


def _docx_cell_text(tc) -> str:
    paras = [_docx_paragraph_text(p) for p in tc.iter() if _local(p.tag) == "p"]
    return cell_text(" ".join(t for t in paras if t))


def _docx_table_rows(tbl) -> list[str]:
    from docx.oxml.ns import qn

    grid: list[list[str]] = []
    for tr in tbl.iter(qn("w:tr")):
        if _nearest_table(tr) is not tbl:
            continue  # rows of a nested table are read as text of their cell
        row: list[str] = []
        tr_pr = tr.find(qn("w:trPr"))
        before = _int_val(tr_pr.find(qn("w:gridBefore")) if tr_pr is not None else None)
        row.extend([""] * before)
        for tc in tr.findall(qn("w:tc")):
            tc_pr = tc.find(qn("w:tcPr"))
            span = 1
            continued = False
            if tc_pr is not None:
                span = max(1, _int_val(tc_pr.find(qn("w:gridSpan")), default=1))
                vmerge = tc_pr.find(qn("w:vMerge"))
                if vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue"):
                    continued = True
            row.append("" if continued else _docx_cell_text(tc))
            row.extend([""] * (min(span, MAX_SPAN) - 1))
        grid.append(row)
    grid_cols = tbl.find(qn("w:tblGrid"))
    if grid_cols is not None:
        width = len(grid_cols.findall(qn("w:gridCol")))
        for row in grid:
            row.extend([""] * (width - len(row)))
    return pipe_rows(grid)


def _nearest_table(el):
    parent = el.getparent()
    while parent is not None and _local(parent.tag) != "tbl":
        parent = parent.getparent()
    return parent


def _int_val(el, default: int = 0) -> int:
    if el is None:
        return default
    for key, value in el.attrib.items():
        if _local(key) == "val":
            try:
                return int(value)
            except ValueError:
                return default
    return default
