"""Parse tables 二 (active), 三 (requests) and 四 (appeals) of a report's text into facts.

Entry point: ``parse_tables(text) -> TableExtraction``.

How, and why this way: every file format reaches us as text (PDF text with spaces, one cell
per line, pipe rows from HTML/DOCX/PDF tables, Markdown, tab-separated Word copy text). Each line is first reduced to a
``Line``: its label text and its value cells. Then the national template does the rest — it
fixes the number and order of rows and columns (a row of table 三 has 7 numbers, table 三 has
23 or 25 rows, table 四 is 15 numbers), so rows of values are mapped to keys by template order
and the labels printed on the same line *confirm* that order. When the counts do not fit the
template or a label contradicts the order, rows are placed by their labels only where that is
unambiguous, and everything else becomes a warning: a number is never attached to a key that
the text does not support, and a cell that cannot be read gives a warning and no fact.
A cell printed blank keeps raw "" (read as 0 in a filled table); a table printed without a
single number (its labels only, or every cell empty) gives blank facts with no value.

The template version is read from table 二's headers (本年新制作数量 vs 本年制发件数 …), never
from the year. Table 三's row count says whether （六）其他处理 is one row (2019 keys
``requests.other.<col>``) or three sub-items (2021), because some reports mix the templates.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ingest.cells import Cell, is_value_like, read_cell
from vocab.keys import (
    APPEAL_GROUPS,
    MONEY_KEYS,
    ORG_COLUMNS,
    REQUEST_COLUMNS,
    REQUEST_GROUPS,
    SIGNED_KEYS,
    active_rows,
    appeal_keys,
    request_rows,
    row_zh,
)
from vocab.lexicon import label_core
from vocab.records import Fact, TableExtraction
from vocab.text import to_simplified

REQUEST_WIDTH = len(REQUEST_COLUMNS)  # 7
APPEAL_WIDTH = 15

# ==============================================================================================
# 1. lines: label text and value cells
# ==============================================================================================

# "- 4 -", "-3-", "— 5 —", "第 3 页", "第3页 共10页": page furniture that sits inside tables
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)\s*$"
)
_MD_SEPARATOR_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
# "22 （其中修订 16 件）" -> one token "22（其中修订16件）": the note stays with its number
_NOTE_AFTER_NUMBER_RE = re.compile(r"(\d)\s*([（(](?:其中|含|包括|包含|另)[^（）()]{0,30}[）)])")


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Text for matching labels and headings: NFKC (full-width to ASCII), simplified
    characters, no whitespace, no Markdown marks."""
    t = unicodedata.normalize("NFKC", text)
    t = to_simplified(t)
    return re.sub(r"[\s#*`>]+", "", t)


@dataclass
class Line:
    idx: int  # 0-based line number in the text
    text: str  # the line as printed, stripped
    pipe: bool  # cells were separated by "|"
    cells: list[str] = field(default_factory=list)  # all cells (pipe) or tokens (spaces)
    label: str = ""  # label text of the row (all label cells / tokens)
    values: list[str] = field(default_factory=list)  # value cells after the last label
    start: int = 0  # index in ``cells`` of the first value cell
    lead: list[str] = field(default_factory=list)  # values printed BEFORE a label (spaces)
    block: int = -1  # id of the run of pipe lines this line belongs to
    # a pipe row shaped unlike its block ("a | b |" among "| a | b |" rows, or another cell
    # count): its cells cannot be trusted to sit in their columns
    malformed: bool = False

    @property
    def label_norm(self) -> str:
        return norm(self.label)

    @property
    def has_digit(self) -> bool:
        return any(re.search(r"\d", v) for v in self.values)


def _closed_text(s: str) -> bool:
    return s.startswith("|") and s.endswith("|") and len(s) > 1


def split_lines(text: str) -> list[Line | None]:
    """One entry per text line; None for lines that carry nothing (blank lines, page numbers,
    Markdown separator rows, a lone "|").

    Pipe rows come in two styles: Markdown / our loaders write outer pipes ("| a | b |"), PDF
    table extractors often do not ("a | b", " | b" for an empty first cell, "a | " for an empty
    last one). The style is decided per block of consecutive pipe rows, by majority, so that an
    empty first or last cell is neither lost nor invented.
    """
    raw_lines = _join_cut_notes(_close_before_lone_pipes(text.splitlines()))
    kinds: list[tuple[str, int]] = []  # ("skip" | "pipe" | "text", block)
    block, in_block = -1, False
    for raw in raw_lines:
        s = raw.strip()
        if "\t" in raw and "|" not in raw and not PAGE_NUMBER_RE.match(s):
            # Word copy text: one table row a line, cells between tabs; empty fields are blank
            # cells (or the rest of a merged cell) and must not be squeezed out like spaces
            if not in_block:
                block, in_block = block + 1, True
            kinds.append(("tab", block))
        elif not s or PAGE_NUMBER_RE.match(s) or s == "|" or ("|" in s and _MD_SEPARATOR_RE.match(s)):
            kinds.append(("skip", block))
        elif "|" in s:
            if not in_block:
                block, in_block = block + 1, True
            kinds.append(("pipe", block))
        else:
            in_block = False
            kinds.append(("text", block))
    closed: Counter[int] = Counter()
    total: Counter[int] = Counter()
    pipes: dict[int, tuple[Counter[int], set[int]]] = {}  # pipe counts of closed rows, of open rows
    for raw, (kind, b) in zip(raw_lines, kinds):
        if kind == "pipe":
            total[b] += 1
            is_closed = _closed_text(raw.strip())
            closed[b] += is_closed
            shut, open_ = pipes.setdefault(b, (Counter(), set()))
            if is_closed:
                shut[raw.count("|")] += 1
            else:
                open_.add(raw.count("|"))
    open_style = {b for b, (shut, open_) in pipes.items() if _open_style(shut, open_)}
    out: list[Line | None] = []
    for i, (raw, (kind, b)) in enumerate(zip(raw_lines, kinds)):
        s = raw.strip()
        if kind == "skip":
            out.append(None)
        elif kind == "tab":
            out.append(_tab_line(i, raw, b))
        elif kind == "text":
            out.append(_space_line(i, s))
        else:
            markdown = closed[b] >= 2 and closed[b] > total[b] - closed[b] and b not in open_style
            ln = _pipe_line(i, s, b, markdown and _closed_text(s))
            # in a block of "| a | b |" rows, a row missing an outer pipe lost or gained a
            # cell: the empty cell its open end makes cannot be told from a blank cell
            ln.malformed = markdown and not _closed_text(s)
            out.append(ln)
    return out


def _open_style(shut: Counter[int], open_: set[int]) -> bool:
    """A block whose rows look closed ("| a | b |") only because their first and last cells are
    empty: its open rows ("x | a | b | ") have as many pipes as the closed ones. In a Markdown
    block, a row missing an outer pipe has one pipe fewer than the rest."""
    return bool(open_) and open_ == set(shut) and len(open_) == 1


_OPEN_NOTE_RE = re.compile(r"\d\s*[（(](?:其中|含|包括|包含|另)[^（）()\s]{0,30}(?=\s|$)")
_NOTE_REST_RE = re.compile(r"^\d{0,6}\s*[件项个条]?[）)]$")


def _join_cut_notes(raw_lines: list[str]) -> list[str]:
    """PDF text of a cell whose note wraps: "行政规范性文件 3 6（含自然失效1 3" then "件）" on the
    next line. When that next line is nothing but the note's end and the row has exactly one
    open note, the end goes back into it: "6（含自然失效1件）"."""
    out = list(raw_lines)
    for i, line in enumerate(out):
        if "|" in line or "\t" in line:
            continue
        opens = list(_OPEN_NOTE_RE.finditer(line))
        if len(opens) != 1:
            continue
        # the next line that carries something (a page footer between them is skipped)
        j = next((k for k in range(i + 1, min(i + 6, len(out)))
                  if out[k].strip() and not PAGE_NUMBER_RE.match(out[k].strip())), None)
        if j is None or not _NOTE_REST_RE.match(out[j].strip()):
            continue
        end = opens[0].end()
        out[i] = line[:end] + out[j].strip() + line[end:]
        out[j] = ""
    return out


def _close_before_lone_pipes(raw_lines: list[str]) -> list[str]:
    """A row whose closing "|" was printed alone on the next line gets it back, so that its
    last cell, blank or not, is kept ("| 规章 | 0 | | " + "|" is four cells, not three)."""
    out = list(raw_lines)
    for i in range(len(out) - 1):
        line = out[i].rstrip("\r\n")
        if out[i + 1].strip() != "|" or not line.lstrip().startswith("|") or line.strip() == "|":
            continue
        # "… | 2" lost its closing pipe; "… |  " is an empty last cell waiting for it
        if not line.rstrip().endswith("|") or line.endswith(" "):
            out[i] = line + "|"
    return out


def _tab_line(i: int, raw: str, block: int) -> Line:
    """A tab-separated row: read like a pipe row whose cells sit between the tabs."""
    return _cells_line(i, raw.strip(), [p.strip() for p in raw.rstrip("\r\n").split("\t")], block)


def _pipe_line(i: int, s: str, block: int, drop_outer: bool) -> Line:
    cells = [p.strip() for p in s.split("|")]
    if drop_outer:
        cells = cells[1:-1]
    return _cells_line(i, s, cells, block)


def _cells_line(i: int, s: str, cells: list[str], block: int) -> Line:
    label_pos = [j for j, c in enumerate(cells) if c and not is_value_like(c)]
    if label_pos:
        last = label_pos[-1]
        label = " ".join(cells[j] for j in label_pos)
        return Line(i, s, True, cells, label, cells[last + 1:], last + 1, [], block)
    return Line(i, s, True, cells, "", list(cells), 0, [], block)


def _space_line(i: int, s: str) -> Line:
    s2 = _NOTE_AFTER_NUMBER_RE.sub(lambda m: m.group(1) + re.sub(r"\s+", "", m.group(2)), s)
    tokens = s2.split()
    n = len(tokens)
    j = n
    while j > 0 and is_value_like(tokens[j - 1]):
        j -= 1
    if j < n:  # label, then values
        return Line(i, s, False, tokens, " ".join(tokens[:j]), tokens[j:], j)
    k = 0
    while k < n and is_value_like(tokens[k]):
        k += 1
    if 0 < k < n:  # values first, then a label that is not theirs
        return Line(i, s, False, tokens, " ".join(tokens[k:]), [], n, tokens[:k])
    return Line(i, s, False, tokens, s, [], n)


# ==============================================================================================
# 2. where the tables are
# ==============================================================================================

_NUM_HEAD = r"(?:[一二三四五六七八九十]+[、.,:]|\([一二三四五六七八九十]+\)|\d+[、.])?"
ACTIVE_HEAD_RE = re.compile(rf"^(?:表[二2][:.、]?)?{_NUM_HEAD}主动公开政府信息(?:的)?情况$")
REQUEST_HEAD_RE = re.compile(
    rf"^(?:表[三3][:.、]?)?{_NUM_HEAD}收到和处理政府信息公开申请(?:的)?情况$"
)
APPEAL_HEAD_RE = re.compile(
    rf"^(?:表[四4][:.、]?)?{_NUM_HEAD}.{{0,14}}行政复议.{{0,6}}行政诉讼(?:的)?情况$"
)
END_HEAD_RE = re.compile(r"^[五六七][、.,]|主要问题|改进情况|其他需要报告")


@dataclass
class Regions:
    """Line ranges [start, end) of each table's body (heading line excluded)."""

    active: tuple[int, int] | None = None
    requests: tuple[int, int] | None = None
    appeals: tuple[int, int] | None = None
    # the last table found runs to the end of the text: a real report goes on with sections
    # 五 and 六, so the text is probably cut off (and its last number may be cut too)
    runs_to_end: bool = False

    def spans(self) -> list[tuple[int, int]]:
        return [r for r in (self.active, self.requests, self.appeals) if r]


def _first(norms: list[str], pred, lo: int = 0, hi: int | None = None) -> int | None:
    hi = len(norms) if hi is None else hi
    for i in range(lo, hi):
        if norms[i] and pred(norms[i]):
            return i
    return None


def find_regions(text: str) -> Regions:
    norms = [norm(line) for line in text.splitlines()]
    n = len(norms)
    req = _first(norms, REQUEST_HEAD_RE.match)
    if req is None:
        req = _first(norms, lambda s: "勾稽关系" in s or "本年新收政府信息公开申请" in s)
        req = None if req is None else req - 1
    act = _first(norms, ACTIVE_HEAD_RE.match, 0, req)
    if act is None:
        act = _first(norms, lambda s: s.startswith("第二十条"), 0, req)
        act = None if act is None else act - 1
    after = req if req is not None else (act if act is not None else -1)
    app = _first(norms, APPEAL_HEAD_RE.match, after + 1)
    if app is None and req is not None:
        app = _first(norms, lambda s: "行政复议" in s and "行政诉讼" in s and len(s) < 60, req + 1)
        app = None if app is None else app - 1

    def end_of(start: int) -> int:
        e = _first(norms, lambda s: len(s) <= 40 and bool(END_HEAD_RE.search(s)), start + 1)
        return n if e is None else e

    regions = Regions()
    if act is not None:
        stops = [x for x in (req, app) if x is not None and x > act]
        regions.active = (act + 1, min(stops) if stops else end_of(act))
    if req is not None:
        stop = app if app is not None and app > req else end_of(req)
        regions.requests = (req + 1, stop)
    if app is not None:
        regions.appeals = (app + 1, end_of(app))
    last = regions.appeals or regions.requests or regions.active
    regions.runs_to_end = last is not None and last[1] >= n
    return regions


def narrative_text(text: str) -> str:
    """The report's text without the three tables: what check 5 reads."""
    lines = text.splitlines()
    drop: set[int] = set()
    for a, b in find_regions(text).spans():
        drop.update(range(a, b))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


# ==============================================================================================
# 3. template version
# ==============================================================================================

MARKERS_2019 = (
    "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
    "采购项目数量", "采购总金额", "政府集中采购", "第二十条第(九)项", "其他对外管理服务事项",
)
MARKERS_2021 = ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额")


def detect_format(active_text: str) -> tuple[str, int, int]:
    """("2019" | "2021" | "unknown", 2019 markers, 2021 markers) from table 二's headers."""
    t = norm(active_text).replace("|", "")
    c19 = sum(1 for m in MARKERS_2019 if m in t)
    c21 = sum(1 for m in MARKERS_2021 if m in t)
    fmt = "2019" if c19 > c21 else "2021" if c21 > c19 else "unknown"
    return fmt, c19, c21


# ==============================================================================================
# 4. cells -> facts
# ==============================================================================================


def _kind(key: str) -> str:
    return "money" if key in MONEY_KEYS else "signed" if key in SIGNED_KEYS else "count"


class _Out:
    """Collects facts and warnings; refuses a second, different value for a key."""

    def __init__(self) -> None:
        self.facts: dict[str, Fact] = {}
        self.warnings: list[str] = []

    def warn(self, msg: str) -> None:
        if msg not in self.warnings:
            self.warnings.append(msg)

    def cell(self, key: str, raw: str, evidence: str, line_no: int, money_unit: str = "万元") -> None:
        cell: Cell = read_cell(raw, _kind(key), money_unit)
        if not cell.ok:
            self.warn(f"{key}: cannot read cell {raw!r} ({cell.reason}) at line {line_no}; no fact")
            return
        if key in self.facts and self.facts[key].value != cell.value:
            self.warn(
                f"{key}: printed twice with different values ({self.facts[key].raw!r}, {raw!r}); "
                "no fact"
            )
            del self.facts[key]
            return
        self.facts[key] = Fact(key, cell.value, raw, False, evidence)

    def blank(self, key: str, evidence: str) -> None:
        """A cell of a table printed with every cell blank (an unfilled template): stored as
        blank (raw ""), with no value — nothing was printed, so it is not read as 0."""
        self.facts[key] = Fact(key, None, "", False, evidence)


# ==============================================================================================
# 5. table 二 (active)
# ==============================================================================================

_ACTIVE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("normative_docs", re.compile(r"规范性文件")),
    ("regulations", re.compile(r"^[\d.、()一二三四五六七八九十]*规章$")),
    ("licensing", re.compile(r"行政许可")),
    ("other_services", re.compile(r"其他对外管理服务")),
    ("punishment", re.compile(r"行政处罚")),
    ("coercion", re.compile(r"行政强制")),
    ("fees", re.compile(r"事业性收费")),
    ("procurement", re.compile(r"集中采购|政府采购")),
)


# a note appended to a row label: "规章(其中修订3件)", "规章(含部门规范性文件)", or its first half
# when the line wraps inside it ("规章(其中修订0" / "件)")
_LABEL_NOTE_RE = re.compile(r"\((?:其中|含|包括|包含|另)[^()]*(?:\)|$)")


def _active_item(label_norm: str) -> str | None:
    if not label_norm or label_norm.startswith("信息内容"):
        return None
    label_norm = _LABEL_NOTE_RE.sub("", label_norm)
    for item, pat in _ACTIVE_LABELS:
        if pat.search(label_norm):
            return item
    return None


def _under_header(ln: Line, header: Line | None, n: int) -> list[str] | None:
    """The row's cells under the header's ``n`` measure cells, blank ones included — only when
    the row and its header have the same cell count and every filled cell of the row sits under
    a header cell; otherwise None (its columns cannot be told)."""
    if header is None or header.malformed or len(header.cells) != len(ln.cells):
        return None
    cols = [j for j, c in enumerate(header.cells) if j > 0 and c]
    if len(cols) != n or cols[0] < ln.start:
        return None
    filled = [j for j in range(ln.start, len(ln.cells)) if ln.cells[j]]
    if any(j not in cols for j in filled):
        return None
    return [ln.cells[j] for j in cols]


def _active_readable(lines: list[Line | None], fmt: str, out: _Out) -> bool:
    """Whether table 二 can be read at all: a known template version, and numbers printed."""
    if fmt not in ("2019", "2021"):
        if any(ln and (ln.values or ln.lead) and ln.has_digit for ln in lines):
            out.warn("table 二: template version not recognised from its headers; not read")
        return False
    if not any(v for ln in lines if ln is not None for v in ln.values + ln.lead):
        _blank_active(lines, fmt, out)
        return False
    lone = [i for i, ln in enumerate(lines) if ln is not None and any(ln.values + ln.lead)]
    if len(lone) == 1 and _lone_number(lines[lone[0]]):
        # one bare number among label-only rows: a page number, or the one value of the row
        # printed right before it (in a column that cannot be told); every other row is blank
        before = lines[lone[0] - 1] if lone[0] > 0 else None
        _blank_active(lines, fmt, out, unsure={before.idx} if before is not None else set(),
                      lone=lines[lone[0]])
        return False
    return True


def _lone_number(ln: Line | None) -> bool:
    return (ln is not None and not ln.pipe and not ln.label and not ln.lead and len(ln.values) == 1
            and ln.values[0].isdigit() and len(ln.values[0]) <= 3)


def _blank_active(lines: list[Line | None], fmt: str, out: _Out, unsure: set[int] = frozenset(),
                  lone: Line | None = None) -> None:
    """Table 二 printed without a single value: every cell of each row it prints is blank. With
    ``lone`` (a bare number line, maybe a page number), the rows at ``unsure`` are not read."""
    layout = dict(active_rows(fmt))
    rows = [(item, ln) for ln in lines if ln is not None
            for item in [_active_item(ln.label_norm)] if item is not None]
    if not rows:
        return
    out.warn("table 二: printed without any number (an unfilled template?); its cells are stored as blank"
             + (f" but for the row before the lone number {lone.text!r} at line {lone.idx + 1}" if lone else ""))
    for item, ln in rows:
        if ln.idx in unsure:
            out.warn(f"table 二: row {ln.label!r} at line {ln.idx + 1} may own the lone number "
                     f"{lone.text!r} below it (or that is a page number); not read")
            continue
        if item not in layout:
            out.warn(f"table 二: row {ln.label!r} at line {ln.idx + 1} is not in the {fmt} template; not read")
            continue
        for measure in layout[item]:
            out.blank(f"active.{item}.{measure}", ln.text)


def _emit_active(layout: dict[str, tuple[str, ...]], found: dict[str, tuple[list[str], str, int, str]],
                 conflicted: set[str], reported: set[str], out: _Out) -> None:
    """One fact per cell of every row read once; a warning for each row missing or read twice."""
    for item, measures in layout.items():
        if item in conflicted:
            out.warn(f"table 二: row {item} is printed twice with different values; not read")
            continue
        if item not in found:
            if item not in reported:
                out.warn(f"table 二: no row {item} found")
            continue
        cells, evidence, line_no, unit = found[item]
        for measure, raw in zip(measures, cells):
            out.cell(f"active.{item}.{measure}", raw, evidence, line_no, unit)


def _parse_active(lines: list[Line | None], fmt: str, out: _Out) -> None:
    if not _active_readable(lines, fmt, out):
        return
    layout = dict(active_rows(fmt))
    found: dict[str, tuple[list[str], str, int, str]] = {}
    conflicted: set[str] = set()
    reported: set[str] = set()  # rows already warned about
    money_unit = "万元"
    header: Line | None = None  # the last "信息内容 | …" header row
    pending: tuple[str, list[str], list[str], int] | None = None  # item, values, evidence, line

    def finish(item: str, values: list[str], evidence: str, line_no: int, aligned=None) -> None:
        measures = layout[item]
        filled = [v for v in values if v != ""]
        if len(filled) == len(measures):
            cells = filled  # in order: merged cells (colspan) leave empty cells between values
        elif aligned is not None and len(aligned) == len(measures):
            cells = aligned  # blank cells read under their header cells
        elif not filled and values:
            cells = [""] * len(measures)  # a pipe row with no cell filled (trailing cells trimmed): all blank
        else:
            out.warn(
                f"table 二: row {item} at line {line_no} has {len(filled)} values, the {fmt} "
                f"template has {len(measures)}: {evidence!r}; not read"
            )
            reported.add(item)
            return
        if item in found and found[item][0] != cells:
            conflicted.add(item)
        found.setdefault(item, (cells, evidence, line_no, money_unit))

    for ln in lines:
        if ln is None:
            continue
        ln_norm = ln.label_norm
        if "金额" in ln_norm:
            money_unit = "万元" if ("万元" in ln_norm or "万" in ln_norm) else "元" if "元" in ln_norm else "万元"
        if ln.pipe and ln_norm.startswith("信息内容"):
            header = ln
        item = _active_item(ln_norm) if ln.label else None
        if item is not None:
            if pending is not None:
                out.warn(f"table 二: row {pending[0]} at line {pending[3]} has no values; not read")
                pending = None
            if item not in layout:
                out.warn(f"table 二: row {ln.label!r} at line {ln.idx + 1} is not in the {fmt} template; not read")
                continue
            if ln.malformed:
                out.warn(f"table 二: malformed pipe row at line {ln.idx + 1}: {ln.text!r}; not read")
                reported.add(item)
                continue
            if ln.values:
                aligned = _under_header(ln, header, len(layout[item])) if ln.pipe else None
                finish(item, ln.values, ln.text, ln.idx + 1, aligned)
            else:
                pending = (item, [], [ln.text], ln.idx + 1)
            continue
        vals = ln.values if not ln.label else []
        if vals and any(v != "" for v in vals):
            if pending is not None:
                p_item, p_vals, p_ev, p_no = pending
                p_vals.extend(v for v in vals if v != "")
                p_ev.append(ln.text)
                need = len(layout[p_item])
                if len(p_vals) >= need:
                    finish(p_item, p_vals, " ".join(p_ev), p_no)
                    pending = None
            elif any(re.search(r"\d", v) for v in vals):
                out.warn(f"table 二: values {ln.text!r} at line {ln.idx + 1} belong to no row; not read")
        elif ln.values and ln.has_digit:
            out.warn(f"table 二: row {ln.text!r} at line {ln.idx + 1} is not in the template; not read")
        elif pending is not None and pending[1]:
            p_item, p_vals, p_ev, p_no = pending
            finish(p_item, p_vals, " ".join(p_ev), p_no)
            pending = None
    if pending is not None:
        finish(pending[0], pending[1], " ".join(pending[2]), pending[3])
    _emit_active(layout, found, conflicted, reported, out)


# ==============================================================================================
# 6. rows of values (tables 三 and 四)
# ==============================================================================================


@dataclass
class ValueRow:
    cells: list[str]
    label_row: str | None  # template row named by the label printed on the same line
    evidence: str
    line_no: int  # 1-based
    group: str | None = None  # table 四: the group named by the heading above the row


def _window_candidates(ln: Line, n: int) -> list[int]:
    vals = ln.values
    return [
        k
        for k in range(len(vals) - n + 1)
        if all(c == "" for c in vals[:k] + vals[k + n:])
    ]


def _learn_hints(lines: list[Line | None], n: int) -> dict[tuple[int, int], int]:
    """Where the value columns start in each pipe block, from rows whose alignment is
    unambiguous: rows rendered from merged cells carry empty filler cells around labels."""
    seen: dict[tuple[int, int], set[int]] = {}
    for ln in lines:
        if ln is None or not ln.pipe or len(ln.values) <= n:
            continue
        cands = _window_candidates(ln, n)
        if len(cands) == 1:
            seen.setdefault((ln.block, len(ln.cells)), set()).add(ln.start + cands[0])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _window(ln: Line, n: int, hints: dict[tuple[int, int], int]) -> tuple[list[str] | None, str]:
    vals = ln.values
    if len(vals) < n:
        return None, f"{len(vals)} value cells"
    if len(vals) == n:
        return list(vals), ""
    cands = _window_candidates(ln, n)
    if not cands:
        return None, f"{sum(1 for v in vals if v)} filled cells among {len(vals)}"
    windows = [vals[k:k + n] for k in cands]
    if all(w == windows[0] for w in windows):
        return list(windows[0]), ""
    hint = hints.get((ln.block, len(ln.cells)))
    if hint is not None and hint - ln.start in cands:
        k = hint - ln.start
        return list(vals[k:k + n]), ""
    return None, "cells whose column cannot be told (merged cells without a header to align to)"


# --- table 三 row labels ----------------------------------------------------------------------

_REQUEST_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("received", re.compile(r"本年新收")),
    ("carried_over", re.compile(r"上年结转")),
    ("granted", re.compile(r"予以公开")),
    ("partially_granted", re.compile(r"部分公开")),
    ("withheld.state_secret", re.compile(r"国家秘密")),
    ("withheld.prohibited_by_law", re.compile(r"其他法律|法规禁止|行政止公开")),
    ("withheld.security_stability", re.compile(r"三安全|一稳定")),
    ("withheld.third_party", re.compile(r"第三方")),
    ("withheld.internal_affairs", re.compile(r"内部事务")),
    ("withheld.process_info", re.compile(r"过程性")),
    ("withheld.enforcement_files", re.compile(r"执法案卷")),
    ("withheld.admin_query", re.compile(r"行政查询")),
    ("unable.not_held", re.compile(r"不掌握")),
    ("unable.needs_creation", re.compile(r"没有现成|另行制作")),
    ("unable.unclear", re.compile(r"仍不明确|补正后申请")),
    ("not_processed.petition", re.compile(r"信访|举报投诉")),
    ("not_processed.duplicate", re.compile(r"重复申请")),
    ("not_processed.publication", re.compile(r"出版物")),
    ("not_processed.excessive", re.compile(r"大量反复|反复申请")),
    ("not_processed.reconfirm", re.compile(r"重新出具|确认或重新|已获取信息")),
    ("other.overdue_correction", re.compile(r"不补正|逾期不补")),
    ("other.overdue_fee", re.compile(r"收费通知|缴纳费用")),
    ("other.other", re.compile(r"(?:^|[^\d])3[.、,]?其他$")),
    ("other", re.compile(r"其他处理")),
    ("total_processed", re.compile(r"\(七\)|^总计$")),
    ("carried_forward", re.compile(r"结转下年|继续办理")),
)


# a row the patterns above do not know (a key added to the vocabulary) is found by its printed label
_REQUEST_LABELS += tuple(
    (row, re.compile(re.escape(norm(label_core(row_zh(row))))))
    for row in dict.fromkeys([*request_rows("2019"), *request_rows("2021")])
    if row not in {r for r, _ in _REQUEST_LABELS}
)


def request_row_of(label_norm: str) -> str | None:
    """The table-三 row a printed label names, or None when it names none or several."""
    hits = [row for row, pat in _REQUEST_LABELS if pat.search(label_norm)]
    if "other" in hits and any(h.startswith("other.") for h in hits):
        hits.remove("other")
    if not hits:
        return _request_row_by_slip(label_norm)
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=1)
def _request_label_cores() -> dict[str, str]:
    rows = dict.fromkeys([*request_rows("2019"), *request_rows("2021")])
    return {row: norm(label_core(row_zh(row))) for row in rows}


def _one_slip(text: str, core: str) -> bool:
    """``core`` printed in ``text`` with exactly one character changed (出版勿 for 出版物)."""
    n = len(core)
    return any(sum(a != b for a, b in zip(text[i:i + n], core)) == 1 for i in range(len(text) - n + 1))


def _request_row_by_slip(label_norm: str) -> str | None:
    """A label printed with one character slipped ("3.要求提供公开出版勿"): the one template row
    whose whole label (six characters or more) it matches but for that character; None when
    no row or several rows fit."""
    fits = [row for row, core in _request_label_cores().items() if len(core) >= 6 and _one_slip(label_norm, core)]
    return fits[0] if len(fits) == 1 else None


def _trimmed_blank_row(ln: Line, has21: bool) -> bool:
    """A pipe row naming a template row, with fewer than 7 value cells and all of them empty:
    the table was rendered with trailing empty cells trimmed, so every cell of it is blank.
    A bare （六）其他处理 beside the three 2021 sub-items is their heading, not a row."""
    row = request_row_of(ln.label_norm) if ln.label else None
    if row is None or (row == "other" and has21):
        return False
    return len(ln.values) < REQUEST_WIDTH and not any(ln.values)


def _collect_request_rows(lines: list[Line | None], out: _Out) -> list[ValueRow]:
    n = REQUEST_WIDTH
    hints = _learn_hints(lines, n)
    has21 = any(ln is not None and ln.label and (request_row_of(ln.label_norm) or "").startswith("other.")
                for ln in lines)
    rows: list[ValueRow] = []
    buf: list[tuple[str, Line]] = []
    context: list[str] = []

    def flush_stray() -> None:
        if buf:
            vals = " ".join(v for v, _ in buf)
            out.warn(
                f"table 三: value(s) {vals!r} at line {buf[0][1].idx + 1} do not make a row of "
                f"{n}; not read"
            )
            buf.clear()

    def add(cells: list[str], label: str | None, evidence: str, line_no: int) -> None:
        rows.append(ValueRow(cells, request_row_of(norm(label)) if label else None, evidence, line_no))
        context.clear()

    def anomaly(ln: Line, why: str) -> None:
        out.warn(f"table 三: row at line {ln.idx + 1} has {why}, not {n}: {ln.text!r}; not read")
        context.clear()

    for ln in lines:
        if ln is None:
            continue
        if ln.pipe:
            labelled = bool(ln.label) and request_row_of(ln.label_norm) is not None
            marks = sum(1 for v in ln.values if v) >= n  # a row of "-" / "/" marks under a label with a slip
            data = ln.has_digit or labelled or marks or (not ln.label and len(ln.values) == n)
            if not data:
                flush_stray()
                if ln.label:
                    context.append(ln.label)
                continue
            if not ln.label and len(ln.values) < n and ln.has_digit and not buf and len(ln.values) == 1:
                buf.append((ln.values[0], ln))
                continue
            flush_stray()
            cells, why = _window(ln, n, hints)
            if cells is None and not ln.has_digit and _trimmed_blank_row(ln, has21):
                # "| 二、上年结转… |": a row whose blank cells were trimmed away (its outer "|"
                # may be missing too: with no number on the line, nothing can be misplaced)
                add([""] * n, ln.label, ln.text, ln.idx + 1)
            elif ln.malformed:
                anomaly(ln, "a shape unlike the rows around it (an outer '|' missing)")
            elif cells is None:
                anomaly(ln, why)
            else:
                add(cells, ln.label or None, ln.text, ln.idx + 1)
            continue
        if ln.values and ln.label:
            flush_stray()
            if len(ln.values) == n:
                add(ln.values, ln.label, ln.text, ln.idx + 1)
            else:
                anomaly(ln, f"{len(ln.values)} values")
            continue
        if ln.values:  # a line of values only
            if len(ln.values) >= n:
                flush_stray()
                if len(ln.values) == n:
                    add(ln.values, None, " ".join(context[-2:] + [ln.text]), ln.idx + 1)
                else:
                    anomaly(ln, f"{len(ln.values)} values")
                continue
            buf.extend((v, ln) for v in ln.values)
            if len(buf) == n:
                line_no = buf[0][1].idx + 1
                evidence = " ".join(context[-2:] + [v for v, _ in buf])
                cells = [v for v, _ in buf]
                buf.clear()
                add(cells, None, evidence, line_no)
            elif len(buf) > n:
                flush_stray()
            continue
        if ln.lead:
            flush_stray()
            if len(ln.lead) == n:
                add(ln.lead, None, ln.text, ln.idx + 1)
            context.append(ln.label)
            continue
        flush_stray()
        context.append(ln.label)
    flush_stray()
    return rows


def _place_by_labels(rows: list[ValueRow], tmpl: list[str], out: _Out) -> dict[int, int]:
    """Rows placed by their own labels, plus unlabelled rows that exactly fill the gap
    between two placed rows (the template fixes the order)."""
    pos = {row: i for i, row in enumerate(tmpl)}
    counts = Counter(r.label_row for r in rows if r.label_row in pos)
    anchors = [
        (i, pos[r.label_row])
        for i, r in enumerate(rows)
        if r.label_row in pos and counts[r.label_row] == 1
    ]
    placed = dict(anchors)
    bounds = [(-1, -1)] + anchors + [(len(rows), len(tmpl))]
    for (ia, ta), (ib, tb) in zip(bounds, bounds[1:]):
        gap = range(ia + 1, ib)
        if ib - ia == tb - ta and len(gap) > 0 and all(rows[i].label_row is None for i in gap):
            for k, i in enumerate(gap, start=1):
                placed[i] = ta + k
    by_t = Counter(placed.values())
    for i, t in list(placed.items()):
        if by_t[t] > 1:
            del placed[i]
    for i, r in enumerate(rows):
        if i not in placed:
            out.warn(
                f"table 三: row of values at line {r.line_no} ({' '.join(r.cells)!r}) cannot be "
                "placed in the template; not read"
            )
    return placed


def _labels_only_template(lines: list[Line | None]) -> list[str] | None:
    """Table 三 printed as its labels and no value at all (text extraction drops blank cells):
    the template whose every row label is printed, or None. A few bare one-number lines
    (page numbers) may sit among the labels; anything more and the table is not blank."""
    singles = [ln for ln in lines if ln is not None and any(ln.values + ln.lead)]  # a non-empty value
    if len(singles) > 3 or any(ln.label or len(ln.values) != 1 or not ln.values[0].isdigit() for ln in singles):
        return None
    labels = [ln.label_norm for ln in lines if ln is not None and ln.label]
    seen = {request_row_of(x) for x in labels}
    # a long label wrapped over two or three lines ("1、申请人无正当理由逾期不" / "补正、…" / "府信息…")
    seen |= {request_row_of("".join(labels[i:i + k])) for k in (2, 3) for i in range(len(labels))}
    for fmt in ("2021", "2019"):
        tmpl = request_rows(fmt)
        if set(tmpl) <= seen and (fmt == "2021" or not any(r and r.startswith("other.") for r in seen)):
            return tmpl
    return None


def _parse_requests(lines: list[Line | None], out: _Out) -> int | None:
    """Facts of table 三; returns the number of （六） rows used (1 or 3), None if not read."""
    rows = _collect_request_rows(lines, out)
    if not rows:
        tmpl = _labels_only_template(lines)
        if tmpl is not None:
            out.warn("table 三: printed without any number (an unfilled template?); its cells are stored as blank")
            for row in tmpl:
                for col in REQUEST_COLUMNS:
                    out.blank(f"requests.{row}.{col}", row_zh(row))
            return 3 if tmpl == request_rows("2021") else 1
        if any(ln and ln.label and request_row_of(ln.label_norm) for ln in lines):
            out.warn("table 三: no rows of 7 values found")
        return None
    unfilled = all(not any(c for c in r.cells) for r in rows)
    if unfilled:
        out.warn("table 三: printed without any number (an unfilled template?); its cells are stored as blank")
    # the three （六） sub-items are a 2021 cue even on lines without values (PDF text)
    has21 = any(
        ln is not None and ln.label and (request_row_of(ln.label_norm) or "").startswith("other.")
        for ln in lines
    )
    has19 = any(r.label_row == "other" for r in rows)
    n = len(rows)
    if n == 25:
        tmpl = request_rows("2021")
    elif n == 23 and not has21:
        tmpl = request_rows("2019")
    else:
        tmpl = request_rows("2021") if has21 and not has19 else request_rows("2019")
    if n == len(tmpl):
        bad = [r for i, r in enumerate(rows) if r.label_row and r.label_row != tmpl[i]]
        if not bad:
            placed = {i: i for i in range(n)}
        else:
            out.warn(
                "table 三: labels disagree with the template order at line(s) "
                + ", ".join(str(r.line_no) for r in bad)
                + "; rows placed by their labels only"
            )
            placed = _place_by_labels(rows, tmpl, out)
    else:
        out.warn(
            f"table 三: {n} rows of 7 values, the template has 23 or 25; rows placed by their labels only"
        )
        placed = _place_by_labels(rows, tmpl, out)
    got = set(placed.values())
    for t, row in enumerate(tmpl):
        if t not in got:
            out.warn(f"table 三: no values for row {row_zh(row)} (requests.{row})")
    for i, t in sorted(placed.items(), key=lambda x: x[1]):
        r = rows[i]
        for col, raw in zip(REQUEST_COLUMNS, r.cells):
            if unfilled:
                out.blank(f"requests.{tmpl[t]}.{col}", r.evidence)
            else:
                out.cell(f"requests.{tmpl[t]}.{col}", raw, r.evidence, r.line_no)
    return 3 if tmpl == request_rows("2021") else 1


# --- table 四 ---------------------------------------------------------------------------------


def _appeal_group(label_norm: str) -> str | None:
    if "复议后" in label_norm:
        return "litigation_after_review"
    if "未经复议" in label_norm or "直接起诉" in label_norm:
        return "litigation_direct"
    if "行政复议" in label_norm and "诉讼" not in label_norm:
        return "review"
    return None


def _parse_appeals(lines: list[Line | None], out: _Out, closed: bool = True) -> None:
    """Facts of table 四; ``closed``: a section heading follows the table (the text is not cut)."""
    hints = _learn_hints(lines, APPEAL_WIDTH)
    rows: list[ValueRow] = []
    total = 0
    group: str | None = None
    short: list[Line] = []  # pipe rows of fewer cells than fifteen, no label
    for ln in lines:
        if ln is None:
            continue
        if total >= APPEAL_WIDTH:
            # more bare values right after the fifteenth (a page number printed as a bare digit
            # among one-cell lines shifts every cell): the count no longer fits, so nothing is read
            if not ln.label and ln.values and not ln.pipe:
                total += len(ln.values)
                rows.append(ValueRow(list(ln.values), None, ln.text, ln.idx + 1))
                continue
            break
        if ln.pipe:
            vals = ln.values
            if not ln.has_digit and not (not ln.label and len(vals) in (5, APPEAL_WIDTH)):
                group = _appeal_group(ln.label_norm) or group
                continue
            if ln.malformed:
                out.warn(f"table 四: malformed pipe row at line {ln.idx + 1}: {ln.text!r}; not read")
                continue
            cells = None
            for size in (APPEAL_WIDTH, 10, 5):
                if len(vals) >= size:
                    cells, _ = _window(ln, size, hints)
                    if cells is not None:
                        break
            if cells is None and len(vals) == 1 and not ln.label:
                cells = list(vals)
            if cells is None and 5 < len(vals) < APPEAL_WIDTH and not ln.label:
                short.append(ln)
                continue
            if cells is None:
                out.warn(f"table 四: row at line {ln.idx + 1} does not fit the 15 columns: {ln.text!r}; not read")
                continue
        elif ln.values and (not ln.label or len(ln.values) in (5, 10, APPEAL_WIDTH)):
            cells = list(ln.values)
            if len(cells) not in (1, 5, 10, APPEAL_WIDTH):
                out.warn(f"table 四: row at line {ln.idx + 1} has {len(cells)} values: {ln.text!r}; not read")
                continue
            if ln.label:
                group = _appeal_group(ln.label_norm) or group
        else:
            if ln.values or ln.lead:
                out.warn(f"table 四: line {ln.idx + 1} {ln.text!r} does not fit the table; not read")
                continue
            group = _appeal_group(ln.label_norm) or group
            continue
        rows.append(ValueRow(cells, None, ln.text, ln.idx + 1, group if len(cells) == 5 else None))
        total += len(cells)
        group = None
    if short:
        trimmed = _trimmed_appeal_row(short, rows, out)
        if trimmed is not None:
            rows, total = [trimmed], APPEAL_WIDTH
    _place_appeals(rows, total, lines, closed, out)


def _trimmed_appeal_row(short: list[Line], rows: list[ValueRow], out: _Out) -> ValueRow | None:
    """The one row of values of table 四, printed with its last blank cells cut off (converted
    PDFs drop empty trailing cells: "|  |  |  | 1 | 1 |"). Read with the missing cells blank
    only when it is the table's only row of values and its cells, read from the left, add up
    by group while read from the right they do not; otherwise a warning."""
    ln = short[0]
    vals = list(ln.values)
    pad = [""] * (APPEAL_WIDTH - len(vals))
    left, right = vals + pad, pad + vals
    if len(short) == 1 and not rows and _appeals_consistent(left) and not _appeals_consistent(right):
        out.warn(f"table 四: the row at line {ln.idx + 1} has {len(vals)} of the 15 cells (its empty last cells "
                 "cut off); the missing ones are read as blank (only so do its groups add up)")
        return ValueRow(left, None, ln.text, ln.idx + 1)
    for s in short:
        out.warn(f"table 四: row at line {s.idx + 1} does not fit the 15 columns: {s.text!r}; not read")
    return None


_APPEAL_HEADERS = ("行政复议", "诉讼", "维持", "纠正", "其他", "尚未", "总计")  # header cells may wrap


def _headers_only(lines: list[Line | None]) -> bool:
    """Table 四 printed as its headers and nothing else: every cell left blank (text
    extraction drops empty cells, so nothing of them remains)."""
    # a sentence after the headers ("全年发生政府信息公开行政复议 0 件、行政诉讼 0 件。") is prose,
    # not a row: its numbers are counted in 件, which no cell of the table prints
    kept = [ln for ln in lines if ln is not None and not re.search(r"[。，,;；、]|件", ln.label_norm)]
    cells = [ln.label_norm for ln in kept]
    no_values = not any(any(ln.values + ln.lead) for ln in kept)
    text = "".join(cells)
    return no_values and not re.search(r"\d", text) and all(h in text for h in _APPEAL_HEADERS)


def _appeals_consistent(raws: list[str]) -> bool:
    """Each group's five cells add up: 维持 + 纠正 + 其他结果 + 尚未审结 = 总计 (a group printed
    all "/" has nothing to add up; at least one group must)."""
    cells = [read_cell(r) for r in raws]
    if not all(c.ok for c in cells):
        return False
    groups = [[c.value for c in cells[g:g + 5]] for g in (0, 5, 10)]
    numeric = [v for v in groups if all(x is not None for x in v)]
    if any(x is not None for v in groups if v not in numeric for x in v) or not numeric:
        return False
    return all(sum(v[:4]) == v[4] for v in numeric)  # type: ignore[arg-type]


def _drop_page_number(flat: list[tuple[str, ValueRow]]) -> list[tuple[str, ValueRow]] | None:
    """Sixteen values where the template has fifteen: one of them is a page number printed as a
    bare number line. Dropped only when exactly one choice of a lone-number line leaves a table
    whose three groups add up; otherwise None (not read)."""
    outcomes: dict[tuple[str, ...], list[tuple[str, ValueRow]]] = {}
    for i, (raw, r) in enumerate(flat):
        if len(r.cells) != 1 or not raw.isdigit():
            continue
        rest = flat[:i] + flat[i + 1:]
        if _appeals_consistent([c for c, _ in rest]):
            outcomes.setdefault(tuple(c for c, _ in rest), rest)
    return next(iter(outcomes.values())) if len(outcomes) == 1 else None


def _place_appeals(rows: list[ValueRow], total: int, lines: list[Line | None], closed: bool, out: _Out) -> None:
    keys = appeal_keys()
    if total == 0:
        if closed and _headers_only(lines):
            out.warn("table 四: printed without any number (an unfilled template?); its cells are stored as blank")
            for key in keys:
                out.blank(key, " ".join(ln.text for ln in lines if ln is not None)[:200])
        else:
            out.warn("table 四: no values found")
        return
    unfilled = all(not any(c for c in r.cells) for r in rows)
    emit = (lambda key, raw, r: out.blank(key, r.evidence)) if unfilled else (
        lambda key, raw, r: out.cell(key, raw, r.evidence, r.line_no))
    if unfilled:
        out.warn("table 四: printed without any number (an unfilled template?); its cells are stored as blank")
    groups = [r.group for r in rows]
    if all(len(r.cells) == 5 for r in rows) and all(groups) and len(set(groups)) == len(groups):
        # each block of five under its own heading: place by heading
        for r in rows:
            g = APPEAL_GROUPS.index(r.group)  # type: ignore[arg-type]
            for key, raw in zip(keys[g * 5:(g + 1) * 5], r.cells):
                emit(key, raw, r)
        for g in APPEAL_GROUPS:
            if g not in groups:
                out.warn(f"table 四: no values for {g}")
        return
    flat: list[tuple[str, ValueRow]] = [(c, r) for r in rows for c in r.cells]
    if total == len(flat) == APPEAL_WIDTH + 1 and not unfilled and (kept := _drop_page_number(flat)) is not None:
        dropped = next(r for (c, r), (c2, r2) in zip(flat, kept + [("", None)]) if r is not r2)
        out.warn(f"table 四: the lone number {dropped.cells[0]!r} at line {dropped.line_no} is read as a page "
                 "number (the other 15 add up by group)")
        flat, total = kept, APPEAL_WIDTH
    if total != APPEAL_WIDTH:
        out.warn(f"table 四: {total} values found, the template has 15; not read")
        return
    run = " ".join(c for c, _ in flat)
    for key, (raw, r) in zip(keys, flat):
        if len(r.cells) == 1:  # one cell per line: the evidence is the whole run
            r = ValueRow(r.cells, None, run, r.line_no)
        emit(key, raw, r)


# ==============================================================================================
# 7. derived keys
# ==============================================================================================


def derive(facts: dict[str, Fact], other_rows: int | None) -> list[Fact]:
    """Group sums and legal_person sums, only where every input is a known number."""
    out: list[Fact] = []
    have = dict(facts)

    def value(key: str):
        f = have.get(key)
        return None if f is None else f.value

    def add_sum(key: str, parts: list[str], what: str) -> None:
        vals = [value(p) for p in parts]
        if key in have or any(v is None for v in vals):
            return
        total = sum(vals)  # type: ignore[arg-type]
        if isinstance(total, float):
            total = round(total, 6)
        detail = " + ".join(str(v) for v in vals) + f" = {total} ({what})"
        f = Fact(key, total, "", True, detail)
        have[key] = f
        out.append(f)

    groups = ["withheld", "unable", "not_processed"] + (["other"] if other_rows == 3 else [])
    for group in groups:
        for col in REQUEST_COLUMNS:
            parts = [f"requests.{group}.{sub}.{col}" for sub in REQUEST_GROUPS[group]]
            add_sum(f"requests.{group}.{col}", parts, f"sum of the {group} sub-items")
    rows = request_rows("2021", other_rows) + groups
    for row in rows:
        parts = [f"requests.{row}.{c}" for c in ORG_COLUMNS]
        add_sum(f"requests.{row}.legal_person", parts, "sum of the five 法人或其他组织 columns")
    return out


# ==============================================================================================
# 8. entry point
# ==============================================================================================


def parse_tables(text: str) -> TableExtraction:
    """All facts of tables 二, 三 and 四 of one report's text, with warnings."""
    lines = split_lines(text)
    regions = find_regions(text)
    out = _Out()

    def region(span: tuple[int, int] | None) -> list[Line | None]:
        return [] if span is None else lines[span[0]:span[1]]

    fmt = "unknown"
    if regions.active:
        active_text = "\n".join(text.splitlines()[regions.active[0]:regions.active[1]])
        fmt, c19, c21 = detect_format(active_text)
        if c19 and c21:
            out.warn(f"table 二: headers of both templates ({c19} of 2019, {c21} of 2021); read as {fmt}")
        _parse_active(region(regions.active), fmt, out)
    other_rows = _parse_requests(region(regions.requests), out) if regions.requests else None
    if regions.appeals:
        closed = not (regions.runs_to_end and regions.appeals[1] >= len(lines))
        _parse_appeals(region(regions.appeals), out, closed)
    if fmt == "unknown" and other_rows == 3:
        fmt = "2021"  # only the 2021 template prints three （六） rows
    found = [r for r, name in ((regions.active, "二"), (regions.requests, "三"), (regions.appeals, "四")) if r]
    if found and len(found) < 3:
        for span, name in ((regions.active, "二"), (regions.requests, "三"), (regions.appeals, "四")):
            if span is None:
                out.warn(f"table {name} not found")

    if regions.runs_to_end:
        out.warn(
            "the last table runs to the end of the text (no section 五 after it): the text may "
            "be cut off, and so may its last number"
        )
    printed = list(out.facts.values())
    derived = derive(out.facts, other_rows)
    return TableExtraction(format=fmt, facts=printed + derived, warnings=out.warnings)
