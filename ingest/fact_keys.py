"""The catalogue of canonical fact keys, and the template layout of the three tables.

Why here: the parser, the checks, the fact store and the UI must agree on one spelling of every
key and on the order in which the national template prints rows and columns. The keys come
from ``ingest/fact_keys.tsv`` (a copy of the spec's list, shipped with the package so that the
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

TSV_PATH = Path(__file__).with_name("fact_keys.tsv")
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

# --- table 三 (requests) ----------------------------------------------------------------------

REQUEST_COLUMNS: tuple[str, ...] = (
    "natural_person",
    "commercial",
    "research",
    "public_interest",
    "legal_services",
    "other_org",
    "total",
)
ORG_COLUMNS: tuple[str, ...] = REQUEST_COLUMNS[1:6]  # the five 法人或其他组织 columns
COLUMN_ZH: dict[str, str] = {
    "natural_person": "自然人",
    "commercial": "商业企业",
    "research": "科研机构",
    "public_interest": "社会公益组织",
    "legal_services": "法律服务机构",
    "other_org": "其他",
    "total": "总计",
    "legal_person": "法人或其他组织（合计）",
}

# sub-items of the outcome groups, in template order
REQUEST_GROUPS: dict[str, tuple[str, ...]] = {
    "withheld": (
        "state_secret",
        "prohibited_by_law",
        "security_stability",
        "third_party",
        "internal_affairs",
        "process_info",
        "enforcement_files",
        "admin_query",
    ),
    "unable": ("not_held", "needs_creation", "unclear"),
    "not_processed": ("petition", "duplicate", "publication", "excessive", "reconfirm"),
    "other": ("overdue_correction", "overdue_fee", "other"),  # 2021 format only
}

_GROUP_ZH = {
    "withheld": "三/（三）不予公开",
    "unable": "三/（四）无法提供",
    "not_processed": "三/（五）不予处理",
    "other": "三/（六）其他处理",
}


def request_rows(fmt: str, other_rows: int | None = None) -> list[str]:
    """Printed row ids of table 三 in template order.

    ``fmt`` "2019" prints （六）其他处理 as one row ``other`` (23 rows); "2021" prints its three
    sub-items (25 rows). ``other_rows`` (1 or 3) overrides that for reports that mix templates.
    """
    n_other = other_rows if other_rows is not None else (3 if fmt == "2021" else 1)
    rows = ["received", "carried_over", "granted", "partially_granted"]
    for group in ("withheld", "unable", "not_processed"):
        rows += [f"{group}.{sub}" for sub in REQUEST_GROUPS[group]]
    rows += [f"other.{sub}" for sub in REQUEST_GROUPS["other"]] if n_other == 3 else ["other"]
    rows += ["total_processed", "carried_forward"]
    return rows


# --- table 四 (appeals) -----------------------------------------------------------------------

APPEAL_GROUPS: tuple[str, ...] = ("review", "litigation_direct", "litigation_after_review")
APPEAL_OUTCOMES: tuple[str, ...] = ("upheld", "corrected", "other", "pending", "total")


def appeal_keys() -> list[str]:
    """The 15 keys of table 四 in printed order (group by group, outcome by outcome)."""
    return [f"appeals.{g}.{o}" for g in APPEAL_GROUPS for o in APPEAL_OUTCOMES]


# --- table 二 (active) ------------------------------------------------------------------------

_ACTIVE_2019: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("regulations", ("made", "published", "total_published")),
    ("normative_docs", ("made", "published", "total_published")),
    ("licensing", ("prev_year_items", "change", "decisions")),
    ("other_services", ("prev_year_items", "change", "decisions")),
    ("punishment", ("prev_year_items", "change", "decisions")),
    ("coercion", ("prev_year_items", "change", "decisions")),
    ("fees", ("prev_year_items", "change")),
    ("procurement", ("projects", "amount")),
)
_ACTIVE_2021: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("regulations", ("issued", "repealed", "in_force")),
    ("normative_docs", ("issued", "repealed", "in_force")),
    ("licensing", ("decisions",)),
    ("punishment", ("decisions",)),
    ("coercion", ("decisions",)),
    ("fees", ("amount",)),
)
MONEY_KEYS: frozenset[str] = frozenset({"active.fees.amount", "active.procurement.amount"})
SIGNED_KEYS: frozenset[str] = frozenset(
    k for k in KEYS if k.startswith("active.") and k.endswith(".change")
)


def active_rows(fmt: str) -> list[tuple[str, tuple[str, ...]]]:
    """Items of table 二 with their measures (columns), in template order."""
    return list(_ACTIVE_2021 if fmt == "2021" else _ACTIVE_2019)


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
