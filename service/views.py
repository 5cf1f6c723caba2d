"""What the staff views show, computed once below the face: the UI, the HTTP API and the CLI
each render these records their own way (HTML, JSON, text) and compute nothing themselves.

* ``failed_checks`` — every failed check in the store: within reports, and across years
  (carried_forward of year Y = carried_over of Y+1);
* ``report_view`` — one report's tables in the template's layout, with its check counts,
  warnings, other files of the same body and year, and the failures not marked in a cell;
* ``comparison`` — one body's years side by side.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.consistency import cross_year_checks, cross_year_failures, primary_reports
from stores.facts import FactReader, ReportRow
from vocab.labels import TABLE_KEYS, TREND_KEYS
from vocab.layout import TableView, build_tables

def name_of(rep: ReportRow) -> str:
    """The body's name as the catalogue holds it (its agency row, else the report's own)."""
    return rep.name or "?"


# -- failed checks ------------------------------------------------------------------------------
@dataclass
class FailedCheck:
    scope: str  # "report" | "cross_year"
    label: str  # "涧西区人民政府办公室 2020" or "… 2020→2021"
    name: str
    detail: str
    report_id: str | None = None
    agency: str | None = None
    year: int | None = None
    file: str | None = None


def failed_checks(facts: FactReader) -> list[FailedCheck]:
    out = [FailedCheck("report", f"{name_of(rep)} {rep.year}", c.name, c.detail, rep.id, name_of(rep), rep.year,
                       Path(rep.source).name)
           for rep, c in facts.failed_checks()]
    out += [FailedCheck("cross_year", lbl, c.name, c.detail) for lbl, c in cross_year_failures(facts)]
    return out


# -- one report ---------------------------------------------------------------------------------
@dataclass
class ReportView:
    report: ReportRow
    name: str
    tables: list[TableView]
    n_pass: int
    n_fail: int
    n_not_assessable: int
    also_held: list[str]  # file names of other reports of the same body and year
    other_failures: list[str] = field(default_factory=list)  # failed checks no cell shows


def primary(facts: FactReader) -> dict[tuple[str, int], ReportRow]:
    return primary_reports(facts.list_reports())


def report_view(facts: FactReader, agency: str | None, year: int | None) -> ReportView | None:
    if not agency or year is None:
        return None
    rep = primary(facts).get((agency, year))
    if rep is None:
        return None
    fs, cs = facts.facts_for(rep.id), facts.checks_for(rep.id)
    name = name_of(rep)
    tables = build_tables(rep.format, fs, cs)
    shown = {x for t in tables for x in t.failed}
    rest = [f"{c.name}: {c.detail}" for c in cs if c.status == "fail" and f"{c.name}: {c.detail}" not in shown]
    rest += [f"{lbl} {c.name}: {c.detail}" for lbl, c in cross_year_checks(facts, name)
             if c.status == "fail" and str(rep.year) in lbl]
    return ReportView(
        report=rep, name=name, tables=tables,
        n_pass=sum(c.status == "pass" for c in cs), n_fail=sum(c.status == "fail" for c in cs),
        n_not_assessable=sum(c.status == "not_assessable" for c in cs),
        also_held=[Path(r.source).name for r in facts.reports_for([name], [rep.year]) if r.id != rep.id],
        other_failures=rest,
    )


# -- one body's years ---------------------------------------------------------------------------
@dataclass
class Comparison:
    agency: str
    years: list[int]
    # (key, label, one value per year: a number, None for not applicable, "missing" when absent)
    rows: list[tuple[str, str, list[Any]]]
    points: list[dict[str, Any]]  # the chart: {bar, value, measure}, year then measure


def comparison(facts: FactReader, agency: str | None) -> Comparison | None:
    if not agency:
        return None
    reps = sorted(((y, r) for (name, y), r in primary(facts).items() if name == agency), key=lambda x: x[0])
    if not reps:
        return Comparison(agency, [], [], [])
    values = {y: facts.fact_values(r.id) for y, r in reps}
    years = [y for y, _ in reps]
    rows = [(key, lab, [values[y].get(key, "missing") for y in years])
            for key, lab in [(k, lab) for k, lab, _ in TREND_KEYS] + TABLE_KEYS]
    points = [{"bar": f"{y} {short}", "value": float(values[y][key]), "measure": lab}
              for y in years for key, lab, short in TREND_KEYS if values[y].get(key) is not None]
    return Comparison(agency, years, rows, points)
