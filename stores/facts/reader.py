"""Reading the fact store: what the answer side, the views and the face may do."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from stores.facts.rows import AgencyRow, AuditRow, CheckRow, FactRow, ReportRow, text_to_value
from stores.facts.schema import agencies, audit, checks, chunks, facts, reports, schema_info, store_state


class FactReader:
    """Reports, agencies, facts, checks and chunk texts, read from one SQL database. Holds no
    write method: the engine, the views and the face get this."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(schema_info.c.version)).scalar_one()

    def version(self) -> int:
        """Changes whenever a report is written or removed (by any process)."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(store_state.c.version)).scalar_one())

    def _report_query(self):
        return select(
            reports,
            agencies.c.name.label("agency_name"),
            agencies.c.region.label("region"),
        ).select_from(reports.outerjoin(agencies, reports.c.agency_id == agencies.c.id))

    @staticmethod
    def _report_row(r) -> ReportRow:
        return ReportRow(
            id=r.id,
            agency=r.agency,
            agency_name=r.agency_name,
            region=r.region,
            year=r.year,
            title=r.title,
            format=r.format,
            source=r.source,
            kind=r.kind,
            n_chunks=r.n_chunks,
            n_facts=r.n_facts,
            warnings=json.loads(r.warnings or "[]"),
            ingested_at=r.ingested_at,
            sample=bool(r.sample),
            primary_at=r.primary_at,
        )

    def list_reports(self) -> list[ReportRow]:
        q = self._report_query().order_by(agencies.c.name, reports.c.year, reports.c.source)
        with self.engine.connect() as conn:
            return [self._report_row(r) for r in conn.execute(q)]

    def get_report(self, report_id: str) -> ReportRow | None:
        q = self._report_query().where(reports.c.id == report_id)
        with self.engine.connect() as conn:
            r = conn.execute(q).first()
        return self._report_row(r) if r else None

    def find_reports(self, prefix: str) -> list[ReportRow]:
        q = self._report_query().where(reports.c.id.like(prefix + "%"))
        with self.engine.connect() as conn:
            return [self._report_row(r) for r in conn.execute(q)]

    def reports_by_source(self, source: str) -> list[ReportRow]:
        q = self._report_query().where(reports.c.source == source)
        with self.engine.connect() as conn:
            return [self._report_row(r) for r in conn.execute(q)]

    def list_agencies(self) -> list[AgencyRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(agencies).order_by(agencies.c.name)).all()
        return [AgencyRow(r.id, r.name, r.region, json.loads(r.aliases or "[]")) for r in rows]

    def years_by_agency(self) -> dict[str, list[int]]:
        q = (
            select(agencies.c.name, reports.c.year)
            .select_from(reports.join(agencies, reports.c.agency_id == agencies.c.id))
            .where(reports.c.year.is_not(None))
            .distinct()
        )
        out: dict[str, list[int]] = {}
        with self.engine.connect() as conn:
            for name, year in conn.execute(q):
                out.setdefault(name, []).append(int(year))
        return {k: sorted(v) for k, v in out.items()}

    def reports_for(self, agency_names: list[str] | None, years: list[int] | None) -> list[ReportRow]:
        q = self._report_query()
        if agency_names:
            q = q.where(agencies.c.name.in_(agency_names))
        if years:
            q = q.where(reports.c.year.in_(years))
        q = q.order_by(agencies.c.name, reports.c.year, reports.c.ingested_at.desc())
        with self.engine.connect() as conn:
            return [self._report_row(r) for r in conn.execute(q)]

    def facts_for(self, report_id: str, keys: list[str] | None = None) -> list[FactRow]:
        q = select(facts).where(facts.c.report_id == report_id)
        if keys:
            q = q.where(facts.c.key.in_(keys))
        q = q.order_by(facts.c.id)
        with self.engine.connect() as conn:
            return [
                FactRow(r.report_id, r.key, text_to_value(r.value_text), r.raw, bool(r.derived), r.evidence)
                for r in conn.execute(q)
            ]

    def fact_values(self, report_id: str) -> dict[str, int | float | None]:
        return {f.key: f.value for f in self.facts_for(report_id)}

    def facts_by_key(self, key: str, report_ids: list[str] | None = None) -> list[FactRow]:
        q = select(facts).where(facts.c.key == key)
        if report_ids is not None:
            q = q.where(facts.c.report_id.in_(report_ids))
        with self.engine.connect() as conn:
            return [
                FactRow(r.report_id, r.key, text_to_value(r.value_text), r.raw, bool(r.derived), r.evidence)
                for r in conn.execute(q)
            ]

    def checks_for(self, report_id: str) -> list[CheckRow]:
        q = select(checks).where(checks.c.report_id == report_id).order_by(checks.c.id)
        with self.engine.connect() as conn:
            return [CheckRow(r.report_id, r.name, r.status, r.detail) for r in conn.execute(q)]

    def failed_checks(self) -> list[tuple[ReportRow, CheckRow]]:
        q = (
            select(checks, reports.c.id.label("rid"))
            .select_from(checks.join(reports, checks.c.report_id == reports.c.id))
            .where(checks.c.status == "fail")
            .order_by(reports.c.agency, reports.c.year, checks.c.id)
        )
        out = []
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        cache: dict[str, ReportRow | None] = {}
        for r in rows:
            if r.report_id not in cache:
                cache[r.report_id] = self.get_report(r.report_id)
            rep = cache[r.report_id]
            if rep:
                out.append((rep, CheckRow(r.report_id, r.name, r.status, r.detail)))
        return out

    def chunks_for(self, report_ids: list[str]) -> list[dict[str, Any]]:
        if not report_ids:
            return []
        q = select(chunks).where(chunks.c.report_id.in_(report_ids)).order_by(
            chunks.c.report_id, chunks.c.position
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def chunk_ids(self, report_id: str) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(chunks.c.id).where(chunks.c.report_id == report_id))]

    def audit_log(self, limit: int = 200, offset: int = 0) -> list[AuditRow]:
        """Staff actions, newest first."""
        q = select(audit).order_by(audit.c.id.desc()).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [AuditRow(id=r.id, at=r.at, action=r.action, report_id=r.report_id, summary=r.summary,
                             actor=r.actor, detail=json.loads(r.detail or "{}")) for r in conn.execute(q)]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "reports": conn.execute(select(func.count()).select_from(reports)).scalar_one(),
                "facts": conn.execute(select(func.count()).select_from(facts)).scalar_one(),
                "chunks": conn.execute(select(func.count()).select_from(chunks)).scalar_one(),
                "agencies": conn.execute(select(func.count()).select_from(agencies)).scalar_one(),
            }

    def report_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(select(reports.c.id))}

    def close(self) -> None:
        self.engine.dispose()

