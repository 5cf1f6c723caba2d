"""Check 6 of the spec across the store: carried_forward(Y) = carried_over(Y+1) per agency."""
from __future__ import annotations

from vocab.checks import cross_year_check
from vocab.records import Check
from stores.facts import FactReader, ReportRow


def primary_reports(rows: list[ReportRow]) -> dict[tuple[str, int], ReportRow]:
    """One report per (agency, year): the same report is often held in several files
    (a PDF and its text extractions). Prefer the one with most printed facts, then fewest
    warnings, then the newest ingested."""
    best: dict[tuple[str, int], ReportRow] = {}
    for r in rows:
        name = r.name
        if not name or r.year is None:
            continue
        k = (name, r.year)
        cur = best.get(k)
        rank = (r.n_facts, -len(r.warnings), r.ingested_at)
        if cur is None or rank > (cur.n_facts, -len(cur.warnings), cur.ingested_at):
            best[k] = r
    return best


def cross_year_checks(store: FactReader, agency: str | None = None) -> list[tuple[str, Check]]:
    """(label, check) for every pair of consecutive years held of one agency."""
    best = primary_reports(store.list_reports())
    out: list[tuple[str, Check]] = []
    by_agency: dict[str, list[int]] = {}
    for name, year in best:
        by_agency.setdefault(name, []).append(year)
    for name, years in sorted(by_agency.items()):
        if agency and name != agency:
            continue
        years.sort()
        for y in years:
            if y + 1 not in years:
                continue
            prev, nxt = best[(name, y)], best[(name, y + 1)]
            checks = cross_year_check(
                store.fact_values(prev.id), store.fact_values(nxt.id), f"{name} {y}", f"{name} {y + 1}"
            )
            out.extend((f"{name} {y}→{y + 1}", c) for c in checks)
    return out


def cross_year_failures(store: FactReader) -> list[tuple[str, Check]]:
    return [(label, c) for label, c in cross_year_checks(store) if c.status == "fail"]
