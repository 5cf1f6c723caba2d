"""What the read routes of the HTTP API hand out, as plain data from the service."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from service import get_service
from service.views import failed_checks
from web.api_errors import ApiError


def report_json(r) -> dict[str, Any]:
    return {"id": r.id, "agency": r.name, "region": r.region, "year": r.year,
            "title": r.title, "format": r.format, "file": Path(r.source).name, "kind": r.kind,
            "facts": r.n_facts, "chunks": r.n_chunks, "warnings": r.warnings, "ingested_at": r.ingested_at,
            "sample": bool(getattr(r, "sample", False))}


def find_report(report_id: str):
    """The report with this id or unique id prefix (at least 6 characters), else a 404."""
    store = get_service().facts
    rep = store.get_report(report_id)
    if rep is None and len(report_id) >= 6:
        found = store.find_reports(report_id)
        rep = found[0] if len(found) == 1 else None
    if rep is None:
        raise ApiError(404, "not_found", f"no report with id '{report_id}'")
    return rep


def _matches(name: str | None, printed: str | None, want: str | None) -> bool:
    return not want or any(want in (s or "") for s in (name, printed))


def list_reports(agency: str | None, year: int | None, region: str | None, limit: int, offset: int
                 ) -> tuple[list[dict[str, Any]], int]:
    """The reports matching the filters (agency and region: part of the name), one page, and how
    many match in all."""
    rows = [r for r in get_service().facts.list_reports()
            if _matches(r.name, r.agency, agency) and (year is None or r.year == year)
            and _matches(r.region, None, region)]
    return [report_json(r) for r in rows[offset:offset + limit]], len(rows)


def report_facts(report_id: str) -> dict[str, Any]:
    rep = find_report(report_id)
    store = get_service().facts
    return {"report": report_json(rep),
            "facts": [{"key": f.key, "value": f.value, "raw": f.raw, "derived": f.derived, "evidence": f.evidence}
                      for f in store.facts_for(rep.id)],
            "checks": [{"name": c.name, "status": c.status, "detail": c.detail} for c in store.checks_for(rep.id)]}


def checks(agency: str | None, year: int | None, limit: int, offset: int) -> dict[str, Any]:
    failed = failed_checks(get_service().facts)
    per_report = [{"report_id": f.report_id, "agency": f.agency, "year": f.year, "name": f.name, "detail": f.detail}
                  for f in failed if f.scope == "report"
                  and _matches(f.agency, None, agency) and (year is None or f.year == year)]
    cross = [{"label": f.label, "name": f.name, "status": "fail", "detail": f.detail}
             for f in failed if f.scope == "cross_year" and _matches(f.label, None, agency)]
    return {"failed": per_report[offset:offset + limit], "cross_year": cross}
