"""Consistent, realistic numbers for one fictional annual report.

The generator's one source of truth: ``make_report_numbers`` draws every printed cell of
one template format so that the checks of spec/README.md hold (table 三 balances per column,
rows sum to 总计, appeals totals add up), and a series of years of one agency chains
(carried_forward of year Y = carried_over of year Y+1). Renderers only print these numbers;
tests and benchmarks compare extraction against them.
"""
from __future__ import annotations

import csv
import random
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from vocab import keys as _keys

# The shape of the tables comes from the vocabulary (vocab/fact_keys.tsv), like the parser's.
FACT_KEYS_TSV = _keys.TSV_PATH
COLUMNS = list(_keys.REQUEST_COLUMNS)  # the seven applicant columns of table 三, in print order
ORG_COLUMNS = list(_keys.ORG_COLUMNS)
APPLICANTS = COLUMNS[:-1]

# Leaf rows of table 三 between 二 and （七）, grouped as the template groups them.
WITHHELD = list(_keys.REQUEST_GROUPS["withheld"])
UNABLE = list(_keys.REQUEST_GROUPS["unable"])
NOT_PROCESSED = list(_keys.REQUEST_GROUPS["not_processed"])
OTHER_2021 = list(_keys.REQUEST_GROUPS["other"])

APPEAL_GROUPS = list(_keys.APPEAL_GROUPS)
APPEAL_OUTCOMES = list(_keys.APPEAL_OUTCOMES)

Value = int | float | None


def request_rows(other_rows: int) -> list[str]:
    """Row ids of table 三 in print order (``other_rows``: 1 = one （六） row, 3 = sub-items)."""
    return _keys.request_rows("2021" if other_rows == 3 else "2019", other_rows)


def outcome_rows(other_rows: int) -> list[str]:
    """The leaf rows whose sum is （七）总计."""
    return request_rows(other_rows)[2:-2]


def active_keys(fmt: str) -> list[str]:
    """Keys of table 二 in print order."""
    return [f"active.{item}.{m}" for item, measures in _keys.active_rows(fmt) for m in measures]


MONEY_KEYS = set(_keys.MONEY_KEYS)


@lru_cache(maxsize=1)
def fact_key_table() -> dict[str, dict[str, str]]:
    """spec/fact_keys.tsv as {key: row}."""
    with FACT_KEYS_TSV.open(encoding="utf-8") as fh:
        return {row["key"]: row for row in csv.DictReader(fh, delimiter="\t")}


@dataclass
class ReportNumbers:
    """Every printed cell of one report, plus how some cells are printed."""

    agency: str
    year: int
    fmt: str  # "2019" | "2021"
    seed: int
    other_rows: int  # 1 or 3: rows of （六）其他处理 in table 三
    facts: dict[str, Value]  # every printed key -> value (None = printed "/" or 不适用)
    blank: set[str] = field(default_factory=set)  # keys (value 0) printed as an empty cell
    region: str | None = None

    @property
    def na(self) -> set[str]:
        return {k for k, v in self.facts.items() if v is None}

    @property
    def carried_forward(self) -> dict[str, int]:
        """Column -> carried_forward count: pass as next year's ``carried_over``."""
        return {c: int(self.facts[f"requests.carried_forward.{c}"]) for c in COLUMNS}

    def req(self, row: str, col: str) -> int:
        return int(self.facts[f"requests.{row}.{col}"] or 0)

    def derived(self) -> dict[str, int]:
        """The derived keys of spec/README.md (group sums and the legal_person column)."""
        out: dict[str, int] = {}
        groups = {"withheld": WITHHELD, "unable": UNABLE, "not_processed": NOT_PROCESSED}
        if self.other_rows == 3:
            groups["other"] = OTHER_2021
        for group, subs in groups.items():
            for col in COLUMNS:
                out[f"requests.{group}.{col}"] = sum(self.req(f"{group}.{s}", col) for s in subs)
        for row in request_rows(self.other_rows):
            out[f"requests.{row}.legal_person"] = sum(self.req(row, c) for c in ORG_COLUMNS)
        for group in ("withheld", "unable", "not_processed") + (("other",) if self.other_rows == 3 else ()):
            out[f"requests.{group}.legal_person"] = sum(out[f"requests.{group}.{c}"] for c in ORG_COLUMNS)
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "region": self.region,
            "year": self.year,
            "format": self.fmt,
            "seed": self.seed,
            "requests_other_rows": self.other_rows,
            "facts": dict(self.facts),
            "blank_cells": sorted(self.blank),
            "na_cells": sorted(self.na),
            "derived": self.derived(),
        }


# ---------------------------------------------------------------- drawing the numbers

# Relative frequency of each outcome row among processed applications (real reports:
# mostly granted or "not held", a little of everything else).
_OUTCOME_WEIGHTS = {
    "granted": 40, "partially_granted": 8,
    "withheld.state_secret": 0.5, "withheld.prohibited_by_law": 1, "withheld.security_stability": 0.5,
    "withheld.third_party": 1, "withheld.internal_affairs": 1, "withheld.process_info": 1.5,
    "withheld.enforcement_files": 1, "withheld.admin_query": 2,
    "unable.not_held": 22, "unable.needs_creation": 2, "unable.unclear": 1,
    "not_processed.petition": 3, "not_processed.duplicate": 2, "not_processed.publication": 0.3,
    "not_processed.excessive": 0.5, "not_processed.reconfirm": 0.5,
    "other": 5, "other.overdue_correction": 2.5, "other.overdue_fee": 0.3, "other.other": 2.5,
}


def _split(rng: random.Random, n: int, rows: list[str]) -> dict[str, int]:
    """Distribute n applications over the outcome rows (a multinomial draw)."""
    weights = [_OUTCOME_WEIGHTS[r] for r in rows]
    counts = Counter(rng.choices(rows, weights=weights, k=n)) if n else Counter()
    return {r: counts.get(r, 0) for r in rows}


def _requests(rng: random.Random, scale: int, other_rows: int,
              carried_over: dict[str, int] | None) -> dict[str, int]:
    rows = request_rows(other_rows)
    facts: dict[str, int] = {}
    received = {"natural_person": rng.randint(max(0, scale // 3), scale)}
    for col in ORG_COLUMNS:
        share = {"commercial": 0.08, "research": 0.01, "public_interest": 0.01,
                 "legal_services": 0.03, "other_org": 0.02}[col]
        received[col] = rng.randint(0, round(scale * share * 2)) if rng.random() < 0.6 else 0
    if carried_over is None:
        carried = {c: (rng.randint(0, max(0, received[c] // 8)) if rng.random() < 0.5 else 0)
                   for c in APPLICANTS}
    else:
        carried = {c: int(carried_over.get(c, carried_over.get(f"requests.carried_forward.{c}", 0)))
                   for c in APPLICANTS}
    for col in APPLICANTS:
        available = received[col] + carried[col]
        forward = rng.randint(0, available // 6) if available and rng.random() < 0.6 else 0
        processed = available - forward
        facts[f"requests.received.{col}"] = received[col]
        facts[f"requests.carried_over.{col}"] = carried[col]
        for row, n in _split(rng, processed, outcome_rows(other_rows)).items():
            facts[f"requests.{row}.{col}"] = n
        facts[f"requests.total_processed.{col}"] = processed
        facts[f"requests.carried_forward.{col}"] = forward
    for row in rows:
        facts[f"requests.{row}.total"] = sum(facts[f"requests.{row}.{c}"] for c in APPLICANTS)
    # print order: row by row, columns left to right
    return {f"requests.{r}.{c}": facts[f"requests.{r}.{c}"] for r in rows for c in COLUMNS}


def _appeals(rng: random.Random, scale: int) -> dict[str, int]:
    facts: dict[str, int] = {}
    for group, share in zip(APPEAL_GROUPS, (0.12, 0.05, 0.03)):
        n = rng.randint(0, max(1, round(scale * share))) if rng.random() < 0.7 else 0
        counts = Counter(rng.choices(["upheld", "corrected", "other", "pending"],
                                     weights=[6, 1, 2, 1.5], k=n))
        for outcome in APPEAL_OUTCOMES[:4]:
            facts[f"appeals.{group}.{outcome}"] = counts.get(outcome, 0)
        facts[f"appeals.{group}.total"] = n
    return facts


def _money(rng: random.Random, high: float) -> float:
    """An amount in 万元 with 4 decimals, as an exact float of n/10000."""
    return rng.randint(1, int(high * 10000)) / 10000


def _active(rng: random.Random, fmt: str, level: str) -> dict[str, int | float]:
    big = level in ("city", "province")
    f: dict[str, int | float] = {}

    def maybe(hi: int, p: float = 0.6) -> int:
        return rng.randint(1, hi) if rng.random() < p else 0

    def items(item: str, hi: int) -> None:
        prev = maybe(hi)
        change = rng.randint(-min(prev, max(1, hi // 10)), max(1, hi // 10)) if prev else maybe(5, 0.3)
        f[f"active.{item}.prev_year_items"] = prev
        f[f"active.{item}.change"] = change
        if item != "fees":
            f[f"active.{item}.decisions"] = maybe(hi * 20)

    if fmt == "2019":
        for item, hi, p in (("regulations", 8, 0.5 if big else 0.05), ("normative_docs", 25, 0.7)):
            made = maybe(hi, p)
            f[f"active.{item}.made"] = made
            f[f"active.{item}.published"] = made
            f[f"active.{item}.total_published"] = made + maybe(hi * 10, p)
        for item, hi in (("licensing", 300), ("other_services", 80), ("punishment", 200),
                         ("coercion", 30)):
            items(item, hi)
        items("fees", 20)
        projects = maybe(30, 0.5)
        f["active.procurement.projects"] = projects
        f["active.procurement.amount"] = _money(rng, 50 * projects) if projects else 0
    else:
        for item, hi, p in (("regulations", 6, 0.5 if big else 0.05), ("normative_docs", 30, 0.7)):
            issued = maybe(hi, p)
            repealed = maybe(hi, p * 0.6)
            f[f"active.{item}.issued"] = issued
            f[f"active.{item}.repealed"] = repealed
            f[f"active.{item}.in_force"] = issued + maybe(hi * 8, p)
        for item, hi in (("licensing", 5000), ("punishment", 3000), ("coercion", 300)):
            f[f"active.{item}.decisions"] = maybe(hi, 0.7)
        f["active.fees.amount"] = _money(rng, 2000) if rng.random() < 0.5 else 0
    return {k: f[k] for k in active_keys(fmt)}


def _level(agency: str) -> str:
    if agency.endswith(("省人民政府", "省人民政府办公厅")):
        return "province"
    if "区" in agency or "县" in agency or "街道" in agency or "镇" in agency:
        return "district"
    if agency.endswith(("市人民政府", "市人民政府办公室")):
        return "city"
    return "department"


def make_report_numbers(agency: str, year: int, fmt: str, seed: int,
                        carried_over: dict[str, int] | None = None,
                        blank_rate: float = 0.0, na_rate: float = 0.0,
                        region: str | None = None, other_rows: int | None = None) -> ReportNumbers:
    """Draw one report's printed facts; deterministic for (agency, year, fmt, seed, ...).

    ``carried_over``: column -> count (e.g. the previous report's ``carried_forward``), so a
    series passes the cross-year check. ``blank_rate``: share of 0 cells printed empty.
    ``na_rate``: share of table 二 cells printed "/" or 不适用 (value None). ``other_rows``:
    1 or 3 rows of （六）其他处理 (default: 1 in the 2019 format, 3 in 2021).
    """
    if fmt not in ("2019", "2021"):
        raise ValueError(f"fmt must be '2019' or '2021', not {fmt!r}")
    rng = random.Random(f"{seed}|{agency}|{year}|{fmt}")
    other_rows = other_rows or (1 if fmt == "2019" else 3)
    level = _level(agency)
    scale = rng.choice({"province": [300, 800, 1500], "city": [60, 200, 1000],
                        "district": [5, 20, 60], "department": [3, 15, 40]}[level])
    facts: dict[str, Value] = {}
    facts.update(_active(rng, fmt, level))
    facts.update(_requests(rng, scale, other_rows, carried_over))
    facts.update(_appeals(rng, scale))
    for key in active_keys(fmt):
        if na_rate and rng.random() < na_rate:
            facts[key] = None
    blank = {k for k, v in facts.items() if v == 0 and blank_rate and rng.random() < blank_rate}
    return ReportNumbers(agency=agency, year=year, fmt=fmt, seed=seed, other_rows=other_rows,
                         facts=facts, blank=blank, region=region)


# ---------------------------------------------------------------- agencies

_PROVINCES = ["河南省", "江苏省", "安徽省", "湖北省", "山东省", "江西省", "四川省", "浙江省"]
_CITIES = {
    "河南省": ["洛阳市", "南阳市", "新乡市"], "江苏省": ["淮安市", "盐城市", "常州市"],
    "安徽省": ["芜湖市", "安庆市", "蚌埠市"], "湖北省": ["宜昌市", "襄阳市", "荆州市"],
    "山东省": ["潍坊市", "临沂市", "济宁市"], "江西省": ["赣州市", "九江市", "上饶市"],
    "四川省": ["绵阳市", "南充市", "宜宾市"], "浙江省": ["嘉兴市", "湖州市", "台州市"],
}
_DISTRICTS = ["城东区", "河西区", "新城区", "高新区", "滨江区", "北湖区", "西山区", "南关区",
              "清河区", "凤凰区"]
_COUNTIES = ["青山县", "安平县", "临河县", "丰乐县", "石桥县", "长宁县", "东岭县", "永和县"]
_DEPARTMENTS = ["教育局", "民政局", "财政局", "生态环境局", "住房和城乡建设局", "交通运输局",
                "卫生健康委员会", "市场监督管理局", "自然资源和规划局", "人力资源和社会保障局",
                "农业农村局", "应急管理局"]


def make_agencies(n: int, seed: int) -> list[tuple[str, str]]:
    """n distinct (agency full name, region) pairs, deterministic from the seed.

    Real-looking bodies at the levels that publish reports: city and county governments,
    district government offices, city and district departments.
    """
    rng = random.Random(f"agencies|{seed}")
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < n:
        province = rng.choice(_PROVINCES)
        city = rng.choice(_CITIES[province])
        kind = rng.choices(["city_gov", "city_office", "district_office", "county_gov",
                            "city_dept", "district_dept", "district_gov"],
                           weights=[1, 1, 3, 2, 3, 2, 2])[0]
        district, county = rng.choice(_DISTRICTS), rng.choice(_COUNTIES)
        name, region = {
            "city_gov": (f"{city}人民政府", city),
            "city_office": (f"{city}人民政府办公室", city),
            "district_office": (f"{city}{district}人民政府办公室", f"{city}{district}"),
            "county_gov": (f"{county}人民政府", f"{city}{county}"),
            "city_dept": (f"{city}{rng.choice(_DEPARTMENTS)}", city),
            "district_dept": (f"{city}{district}{rng.choice(_DEPARTMENTS)}", f"{city}{district}"),
            "district_gov": (f"{city}{district}人民政府", f"{city}{district}"),
        }[kind]
        if name not in seen:
            seen.add(name)
            out.append((name, region))
    return out
