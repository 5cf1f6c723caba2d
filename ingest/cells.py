"""Reading one table cell's text into a number, or saying clearly that it cannot be read.

Why a module of its own: the rules are the heart of "never guess" and are shared by every
table shape. A cell is one of

- a number: "17", "1,234", "２８.６２３２", "22（其中修订16件）" (a note after the number),
  "251000元" / "160.5964万元" (money; canonical unit 万元);
- blank: "", "-" — in a filled table a blank cell reads as 0;
- not applicable: "/", "—", "——", "不适用" — null, which is not 0;
- unreadable: anything else ("1O", "约20", "3 4", "33.9%"); the caller warns and emits no fact.

Numbers are parsed with Decimal so that 251000元 becomes exactly 25.1 万元.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

BLANK_TOKENS = frozenset({"", "-", "--", "–", "－"})
NA_TOKENS = frozenset({"/", "—", "——", "―", "不适用", "不適用", "n/a", "N/A"})

_NUM = r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_COUNT_UNIT = r"(?:件|个|項|项|条|條|次|人)"
_NOTE = r"[(（][^()（）]*[)）]"
_COUNT_RE = re.compile(rf"^(?P<num>{_NUM})\s*{_COUNT_UNIT}?\s*(?P<note>{_NOTE})?$")
_MONEY_RE = re.compile(rf"^(?P<num>{_NUM})\s*(?P<unit>万元|萬元|元|万|萬)?\s*(?P<note>{_NOTE})?$")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Cell:
    raw: str
    kind: str  # "number" | "blank" | "na" | "unreadable"
    value: int | float | None
    reason: str = ""  # why a cell is unreadable

    @property
    def ok(self) -> bool:
        return self.kind != "unreadable"


def normalize(raw: str) -> str:
    """Full-width to ASCII (NFKC) and trimmed; NFKC keeps "—" but maps "－" to "-"."""
    return unicodedata.normalize("NFKC", raw).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "").lstrip("+"))


def _as_value(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def read_cell(raw: str, kind: str = "count", money_unit: str = "万元") -> Cell:
    """Read one cell.

    ``kind``: "count" (a non-negative whole number), "signed" (a whole number that may be
    negative, e.g. 本年增/减), or "money" (an amount; "元" cells and a header unit of 元 are
    converted to 万元, "万元" and bare numbers under a 万元 header are kept).
    """
    text = normalize(raw)
    if text in BLANK_TOKENS:
        return Cell(raw, "blank", 0)
    if text in NA_TOKENS or text.lower() in NA_TOKENS:
        return Cell(raw, "na", None)
    if kind == "money":
        m = _MONEY_RE.match(text)
        if not m:
            return Cell(raw, "unreadable", None, "not an amount")
        try:
            d = _number(m["num"])
        except InvalidOperation:
            return Cell(raw, "unreadable", None, "not an amount")
        unit = m["unit"] or ("万元" if money_unit in ("万元", "万") else "元")
        if unit in ("元",):
            d = d / Decimal(10000)
        if d < 0:
            return Cell(raw, "unreadable", None, "negative amount")
        return Cell(raw, "number", _as_value(d))
    m = _COUNT_RE.match(text)
    if not m:
        return Cell(raw, "unreadable", None, "not a number")
    try:
        d = _number(m["num"])
    except InvalidOperation:
        return Cell(raw, "unreadable", None, "not a number")
    if d != d.to_integral_value():
        return Cell(raw, "unreadable", None, "not a whole number")
    if d < 0 and kind != "signed":
        return Cell(raw, "unreadable", None, "negative count")
    return Cell(raw, "number", int(d))


def is_value_like(raw: str) -> bool:
    """Does this cell sit in a value position (as opposed to a row label)?

    True for anything readable as a number, blank or n/a in the most permissive reading
    (money), and for CJK-free junk such as "1O" (an OCR slip in a number cell: the caller
    must warn about it, not treat it as a label).
    """
    text = normalize(raw)
    if read_cell(text, "money").ok or read_cell(text, "signed").ok:
        return True
    return not has_cjk(text) and bool(re.search(r"\d", text))
