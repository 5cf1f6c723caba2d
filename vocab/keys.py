"""The catalogue of canonical fact keys, and the template layout of the three tables.

Why here: the parser, the checks, the fact store and the UI must agree on one spelling of every
key and on the order in which the national template prints rows and columns. The keys come
from ``vocab/fact_keys.tsv`` (a copy of the spec's list, shipped with the package so that the
project works without ../shared); the layout below is the template itself.

Keys are ``table.row.column``:

- ``requests.<row>.<column>``: ``<row>`` is a row id of ``request_rows(fmt)`` (e.g.
  ``granted``, ``withheld.state_secret``), ``<column>`` one of ``REQUEST_COLUMNS``;
- ``appeals.<group>.<outcome>``: ``APPEAL_GROUPS`` x ``APPEAL_OUTCOMES``;
- ``active.<item>.<measure>``: ``active_rows(fmt)`` gives the items and their measures.

Derived keys (not printed, computed by the parser with ``derived=True``) are listed in
``DERIVED_KEYS``; ``info(key)`` finds a key in either catalogue.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

def _tsv_path() -> Path:
    """The vocabulary's TSV: ``vocab/fact_keys.tsv``, or the file ``settings.fact_keys_tsv`` names
    (a test adds a key to a copy and sees it reach every floor)."""
    from settings import get_settings

    return Path(get_settings().fact_keys_tsv or Path(__file__).with_name("fact_keys.tsv"))


TSV_PATH = _tsv_path()
FORMATS = ("2019", "2021")


@dataclass(frozen=True)
class KeyInfo:
    key: str
    table: str  # "active" | "requests" | "appeals"
    formats: tuple[str, ...]  # template versions that print (or derive) the key
    zh_row: str  # the row path as the template prints it, e.g. 三/（三）不予公开/1.属于国家秘密
    zh_column: str
    en: str
    derived: bool = False


def _load_keys(path: Path = TSV_PATH) -> dict[str, KeyInfo]:
    keys: dict[str, KeyInfo] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            keys[row["key"]] = KeyInfo(
                key=row["key"],
                table=row["table"],
                formats=tuple(f.strip() for f in row["formats"].split(",") if f.strip()),
                zh_row=row["zh_row"],
                zh_column=row["zh_column"],
                en=row["en"],
            )
    return keys


KEYS: dict[str, KeyInfo] = _load_keys()

# The layout of the three tables is read from the TSV too: its rows are in template order, so a
# key added there (a new row, sub-item, column, measure or outcome) reaches the parser, the
# understanding, the citations and the table layouts without another edit.


def _parts(prefix: str) -> list[tuple[str, str, KeyInfo]]:
    """(row part, last part, info) of every key under ``prefix``, in TSV order."""
    out = []
    for k, info in KEYS.items():
        if k.startswith(prefix + "."):
            head, _, last = k[len(prefix) + 1:].rpartition(".")
            out.append((head, last, info))
    return out


def _unique(xs) -> tuple[str, ...]:
    return tuple(dict.fromkeys(xs))


# --- table 三 (requests) ----------------------------------------------------------------------

_REQ = _parts("requests")
REQUEST_COLUMNS: tuple[str, ...] = _unique(last for _, last, _ in _REQ)  # natural_person … total
ORG_COLUMNS: tuple[str, ...] = tuple(
    c for c in REQUEST_COLUMNS
    if any(i.zh_column.startswith("法人或其他组织/") for _, last, i in _REQ if last == c)
)  # the five 法人或其他组织 columns
COLUMN_ZH: dict[str, str] = {
    **{last: i.zh_column.split("/")[-1] for _, last, i in _REQ},
    "legal_person": "法人或其他组织（合计）",
}
# every printed row id of table 三 in template order, with the template versions that print it
_ROW_FORMATS: dict[str, tuple[str, ...]] = {}
for _row, _last, _info in _REQ:
    _ROW_FORMATS.setdefault(_row, _info.formats)

# sub-items of the outcome groups, in template order ("withheld" -> state_secret, …)
REQUEST_GROUPS: dict[str, tuple[str, ...]] = {}
for _row in _ROW_FORMATS:
    if "." in _row:
        _group, _sub = _row.split(".", 1)
        REQUEST_GROUPS[_group] = REQUEST_GROUPS.get(_group, ()) + (_sub,)

_GROUP_ZH = {
    g: "/".join(KEYS[f"requests.{g}.{subs[0]}.total"].zh_row.split("/")[:-1]) for g, subs in REQUEST_GROUPS.items()
}


def request_rows(fmt: str, other_rows: int | None = None) -> list[str]:
    """Printed row ids of table 三 in template order.

    ``fmt`` "2019" prints （六）其他处理 as one row ``other`` (23 rows); "2021" prints its three
    sub-items (25 rows). ``other_rows`` (1 or 3) overrides that for reports that mix templates.
    """
    n_other = other_rows if other_rows is not None else (3 if fmt == "2021" else 1)
    rows = []
    for row, fmts in _ROW_FORMATS.items():
        if row == "other":
            keep = n_other == 1
        elif row.startswith("other."):
            keep = n_other == 3
        else:
            keep = fmt in fmts or fmt not in FORMATS
        if keep:
            rows.append(row)
    return rows


# --- table 四 (appeals) -----------------------------------------------------------------------

_APP = _parts("appeals")
APPEAL_GROUPS: tuple[str, ...] = _unique(g for g, _, _ in _APP)
APPEAL_OUTCOMES: tuple[str, ...] = _unique(o for _, o, _ in _APP)


def appeal_keys() -> list[str]:
    """The 15 keys of table 四 in printed order (group by group, outcome by outcome)."""
    return [f"appeals.{g}.{o}" for g in APPEAL_GROUPS for o in APPEAL_OUTCOMES if f"appeals.{g}.{o}" in KEYS]


# --- table 二 (active) ------------------------------------------------------------------------

_ACT = _parts("active")
MONEY_KEYS: frozenset[str] = frozenset(k for k, i in KEYS.items() if "万元" in i.zh_column)
SIGNED_KEYS: frozenset[str] = frozenset(
    k for k in KEYS if k.startswith("active.") and k.endswith(".change")
)


def active_rows(fmt: str) -> list[tuple[str, tuple[str, ...]]]:
    """Items of table 二 with their measures (columns), in template order."""
    fmt = fmt if fmt in FORMATS else "2019"
    out: dict[str, tuple[str, ...]] = {}
    for item, measure, info in _ACT:
        if fmt in info.formats:
            out[item] = out.get(item, ()) + (measure,)
    return list(out.items())


# --- all keys of one template -----------------------------------------------------------------


def printed_keys(fmt: str, other_rows: int | None = None) -> list[str]:
    """Every key a filled table of template ``fmt`` prints, in layout order (二, 三, 四)."""
    keys = [f"active.{item}.{m}" for item, measures in active_rows(fmt) for m in measures]
    keys += [f"requests.{r}.{c}" for r in request_rows(fmt, other_rows) for c in REQUEST_COLUMNS]
    return keys + appeal_keys()


def _derived_catalogue() -> dict[str, KeyInfo]:
    out: dict[str, KeyInfo] = {}
    for group, subs in REQUEST_GROUPS.items():
        fmts = ("2021",) if group == "other" else FORMATS
        for col in REQUEST_COLUMNS:
            key = f"requests.{group}.{col}"
            zh_col = "总计" if col == "total" else COLUMN_ZH[col]
            out[key] = KeyInfo(
                key, "requests", fmts, _GROUP_ZH[group], zh_col,
                f"{group.replace('_', ' ')} (sum of {len(subs)} sub-items) — {col}", True,
            )
    rows = set(request_rows("2019")) | set(request_rows("2021")) | set(REQUEST_GROUPS)
    for row in sorted(rows):
        key = f"requests.{row}.legal_person"
        out[key] = KeyInfo(
            key, "requests", FORMATS, row, "法人或其他组织（五列之和）",
            f"{row}: legal persons and other organisations (sum of the five columns)", True,
        )
    return out


DERIVED_KEYS: dict[str, KeyInfo] = _derived_catalogue()


def info(key: str) -> KeyInfo | None:
    """The catalogue entry of a printed or derived key (printed first), or None."""
    return KEYS.get(key) or DERIVED_KEYS.get(key)


@lru_cache(maxsize=None)
def row_zh(row: str) -> str:
    """Chinese label of a table-三 row id, e.g. ``withheld.state_secret`` -> 1.属于国家秘密."""
    k = KEYS.get(f"requests.{row}.total")
    if k is None:
        return _GROUP_ZH.get(row, row).split("/")[-1]
    return k.zh_row.split("/")[-1]
