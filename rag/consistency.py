"""Which report answers for a body and year, and check 6 of the spec across the store.

- ``primary_reports``: one report per (body, year). Files holding the same numbers are one
  report (a PDF and its text extraction); two reports whose numbers differ (a corrected
  re-issue, a copy under another name) are both kept, the one staff mark primary is used,
  else the later ingested; ``note_duplicates`` says so in answers, ``duplicate_pairs`` lists
  them for staff.
- ``cross_year_checks``: carried_forward(Y) = carried_over(Y+1) per agency.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import PurePath
from typing import Any

from vocab.checks import cross_year_check
from vocab.records import Check
from stores.facts import FactReader, ReportRow


def _rank(r: ReportRow) -> tuple:
    """Among files holding the same numbers: most printed facts, fewest warnings, newest."""
    return (r.n_facts, -len(r.warnings), r.ingested_at)


def _differ(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports print different numbers: some key both hold has different values (a file
    that misses cells of the other, e.g. a PDF's text extraction, is the same report)."""
    return any(k in b and a[k] != b[k] for k in a)


def _same_numbers(group: list[ReportRow], store: FactReader) -> list[list[ReportRow]]:
    """The files of one body and year, grouped into reports: files with the same numbers are
    one report (a PDF and its text extraction); best file first in each group."""
    values = {r.id: store.fact_values(r.id) for r in group}
    clusters: list[list[ReportRow]] = []
    for r in sorted(group, key=_rank, reverse=True):
        home = next((c for c in clusters if not _differ(values[c[0].id], values[r.id])), None)
        if home is None:
            clusters.append([r])
        else:
            home.append(r)
    return clusters


def _choose(group: list[ReportRow], store: FactReader | None) -> ReportRow:
    """The report used for one body and year. Several reports with different numbers (a
    corrected re-issue, a copy under another name): the one staff marked primary (the latest
    mark), else the later ingested (ties: the larger id, to be deterministic); the chosen row
    names the others in ``duplicates``."""
    marked = [r for r in group if getattr(r, "primary_at", None)]
    clusters = _same_numbers(group, store) if store is not None else [sorted(group, key=_rank, reverse=True)]
    if len(clusters) == 1:
        return max(marked, key=lambda r: r.primary_at) if marked else clusters[0][0]
    if marked:
        chosen, how = max(marked, key=lambda r: r.primary_at), "staff"
    else:
        latest = max(clusters, key=lambda c: max((r.ingested_at, r.id) for r in c))
        chosen, how = latest[0], "later"
    others = [c[0] for c in clusters if chosen not in c]
    return replace(chosen, chosen_by=how, duplicates=[
        {"id": o.id, "source": o.source, "ingested_at": o.ingested_at} for o in others])


def primary_reports(rows: list[ReportRow], store: FactReader | None = None) -> dict[tuple[str, int], ReportRow]:
    """One report per (agency, year). Several files of one body and year holding the same
    numbers are one report (a PDF and its text extractions): the best file is used. Files
    whose numbers differ are different reports, all kept: see ``_choose`` (needs ``store``
    to compare their numbers; without it the best-ranked file is used, as before)."""
    groups: dict[tuple[str, int], list[ReportRow]] = {}
    for r in rows:
        if r.name and r.year is not None:
            groups.setdefault((r.name, r.year), []).append(r)
    return {k: g[0] if len(g) == 1 else _choose(g, store) for k, g in groups.items()}


def duplicate_pairs(store: FactReader) -> list[dict[str, Any]]:
    """For staff: every body and year held in reports with different numbers, each report
    with its file, times and whether it is used, and the keys whose values differ."""
    out = []
    for (name, year), rep in sorted(primary_reports(store.list_reports(), store).items()):
        if not rep.duplicates:
            continue
        used = store.fact_values(rep.id)
        items = [{"id": rep.id, "source": rep.source, "ingested_at": rep.ingested_at, "used": True,
                  "primary_at": rep.primary_at, "differs": []}]
        for d in rep.duplicates:
            other, row = store.fact_values(d["id"]), store.get_report(d["id"])
            items.append({**d, "used": False, "primary_at": row.primary_at if row else None,
                          "differs": sorted(k for k in used if k in other and used[k] != other[k])})
        out.append({"agency": name, "year": year, "chosen_by": rep.chosen_by, "reports": items})
    return out


def _file(source: str) -> str:
    return PurePath(source).name or source


def _pair_note(used: ReportRow, others: list[dict[str, Any]], lang: str) -> str:
    n, files = len(others) + 1, "、".join(f"《{_file(o['source'])}》" for o in others)
    if lang == "zh":
        why = {"staff": "工作人员标记的主报告", "later": "较晚入库的一份"}.get(used.chosen_by or "", "选定的一份")
        return (f"注意：{used.name}{used.year}年有{n}份数字不同的报告。本回答依据《{_file(used.source)}》"
                f"（{why}）；另有{files}。")
    why = {"staff": "marked primary by staff", "later": "the later ingested"}.get(used.chosen_by or "", "chosen")
    return (f"Note: {n} reports of {used.name} {used.year} with different numbers are held. This answer uses "
            f"{_file(used.source)} ({why}); the other: {', '.join(_file(o['source']) for o in others)}.")


def note_duplicates(record: dict[str, Any], primary: dict[tuple[str, int], ReportRow]) -> None:
    """Say in an answer record when a report it used has a twin with different numbers: each
    such ``reports[]`` entry gets ``duplicates`` (the other reports' ids) and ``chosen_by``
    ("staff" | "later"), and the answer text ends with a note naming the files (at most two)."""
    notes = []
    for entry in record.get("reports", []):
        used = primary.get((entry.get("agency"), entry.get("year")))
        if used is None or not used.duplicates or used.id != entry.get("id"):
            continue
        entry["duplicates"] = [d["id"] for d in used.duplicates]
        entry["chosen_by"] = used.chosen_by
        if len(notes) < 2:
            notes.append(_pair_note(used, used.duplicates, record.get("language", "zh")))
    if notes:
        record["answer"] = record["answer"].rstrip() + "\n\n" + "\n".join(notes)


def cross_year_checks(store: FactReader, agency: str | None = None) -> list[tuple[str, Check]]:
    """(label, check) for every pair of consecutive years held of one agency."""
    best = primary_reports(store.list_reports(), store)
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
