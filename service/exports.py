"""Tables as downloads: rows (dicts, one per line, as ``service.views`` makes them) → CSV bytes
or an Excel workbook (openpyxl, through pandas). The UI offers both under every table; the
API can serve the same bytes."""
from __future__ import annotations

import io
import re
from typing import Any, Iterable, Mapping

import pandas as pd

Rows = Iterable[Mapping[str, Any]]
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")
# a cell starting with these is a formula to Excel: keep report text text
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def frame(rows: Rows | pd.DataFrame) -> pd.DataFrame:
    """The rows as a table; a column of whole numbers with gaps stays whole (17, not 17.0)."""
    df = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame([dict(r) for r in rows])
    for col in df.columns:
        if pd.api.types.is_float_dtype(df[col]):
            values = df[col].dropna()
            if len(values) and (values % 1 == 0).all():
                df[col] = df[col].astype("Int64")
    return df


def _defuse(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA) and not _number_like(value):
        return "'" + value
    return value


def _number_like(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _safe(df: pd.DataFrame) -> pd.DataFrame:
    return df.map(_defuse) if not df.empty else df


def to_csv(rows: Rows | pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel opens the Chinese text right."""
    return _safe(frame(rows)).to_csv(index=False).encode("utf-8-sig")


def sheet_name(name: str, taken: set[str]) -> str:
    base = _BAD_SHEET.sub("_", name).strip("'")[:31] or "sheet"
    out, n = base, 2
    while out in taken:
        out = f"{base[:28]}_{n}"
        n += 1
    taken.add(out)
    return out


def to_xlsx(sheets: Mapping[str, Rows | pd.DataFrame] | Rows | pd.DataFrame) -> bytes:
    """One workbook: a sheet per entry of ``sheets`` (or one sheet for plain rows); numbers
    stay numbers, header row frozen, columns sized to their text."""
    if not isinstance(sheets, Mapping):
        sheets = {"表 table": sheets}
    buf = io.BytesIO()
    taken: set[str] = set()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        for name, rows in sheets.items():
            df = _safe(frame(rows))
            title = sheet_name(name, taken)
            df.to_excel(xl, sheet_name=title, index=False)
            ws = xl.sheets[title]
            ws.freeze_panes = "A2"
            for i, col in enumerate(df.columns, 1):
                longest = max([len(str(col))] + [len(str(v)) for v in df[col].head(200)])
                ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, 2 + 1.6 * longest)
        if not sheets:
            pd.DataFrame().to_excel(xl, sheet_name="empty", index=False)
    return buf.getvalue()
