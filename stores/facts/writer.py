"""Writing the fact store: what only the ingester (and recovery) does.

A report's rows are written in one transaction (``save_report``): the report, its facts,
its checks and its chunk texts appear together or not at all. The vector store is written
outside this transaction; ``journal`` rows let recovery (``stores.bundle``) finish or undo a
vector write that a crash interrupted. Each row records its owner, the process that wrote it,
so that recovery leaves a live writer's rows alone.
"""
from __future__ import annotations

import json
import threading
from typing import Any, Iterable

from sqlalchemy import delete, insert, select, update

from stores.facts.reader import FactReader
from vocab.aliases import region_of
from stores.facts.rows import JournalRow, NewReport, _now, value_to_text
from stores.facts.schema import agencies, audit, checks, chunks, facts, journal, open_engine, reports, store_state


class FactStore(FactReader):
    """The fact store with its write methods (the ingester's); ``reader()`` hands out a
    read-only view of the same database."""

    def __init__(self, url: str):
        self.url = url
        super().__init__(open_engine(url))
        self._lock = threading.RLock()

    def reader(self) -> FactReader:
        return FactReader(self.engine)

    def save_report(self, report: NewReport, *, replaces: dict[str, list[str]] | None = None,
                    owner: str | None = None) -> None:
        """Write one report whole, in one transaction.

        ``replaces`` maps the ids of reports this one replaces to their vector chunk ids:
        they are deleted here, and a "cleanup" journal row for each is written in the same
        transaction (owned by ``owner``), so that their vectors are removed even if we crash
        right after. The report's own "writing" journal row is cleared in the same
        transaction too.
        """
        with self._lock, self.engine.begin() as conn:
            self._bump(conn)
            conn.execute(delete(journal).where(journal.c.report_id == report.id))
            for old, old_chunk_ids in (replaces or {}).items():
                if old != report.id:
                    self._replace(conn, old, old_chunk_ids, owner)
            self._delete_report(conn, report.id)
            self._insert(conn, report)

    def _replace(self, conn, old: str, old_chunk_ids: list[str], owner: str | None) -> None:
        self._delete_report(conn, old)
        conn.execute(delete(journal).where(journal.c.report_id == old))
        conn.execute(insert(journal).values(report_id=old, state="cleanup", chunk_ids=json.dumps(old_chunk_ids),
                                            at=_now(), owner=owner))

    def _insert(self, conn, r: NewReport) -> None:
        agency_id = self._agency_id(conn, r.agency, r.region, r.aliases) if r.agency else None
        conn.execute(insert(reports).values(
            id=r.id, agency_id=agency_id, agency=r.agency, year=r.year, title=r.title, format=r.format,
            source=r.source, kind=r.kind, n_chunks=len(r.chunks), n_facts=sum(1 for f in r.facts if not f.get("derived")),
            warnings=json.dumps(r.warnings, ensure_ascii=False), ingested_at=_now(),
            sample=bool(r.sample)))
        if r.facts:
            conn.execute(insert(facts), [
                {"report_id": r.id, "key": f["key"], "value": None if f["value"] is None else float(f["value"]),
                 "value_text": value_to_text(f["value"]), "raw": f.get("raw", ""), "derived": bool(f.get("derived")),
                 "evidence": f.get("evidence", "")} for f in r.facts])
        if r.checks:
            conn.execute(insert(checks), [
                {"report_id": r.id, "name": c["name"], "status": c["status"], "detail": c.get("detail", "")}
                for c in r.checks])
        if r.chunks:
            conn.execute(insert(chunks), [
                {"id": c["id"], "report_id": r.id, "position": c["position"], "section": c["section"],
                 "section_title": c.get("section_title"), "page": c.get("page"), "text": c["text"]}
                for c in r.chunks])

    @staticmethod
    def _bump(conn) -> None:
        conn.execute(update(store_state).values(version=store_state.c.version + 1))


    def _agency_id(self, conn, name: str, region: str | None, aliases: Iterable[str]) -> int:
        row = conn.execute(select(agencies).where(agencies.c.name == name)).first()
        new_aliases = [a for a in aliases if a and a != name]
        if row is None:
            res = conn.execute(
                insert(agencies).values(
                    name=name, region=region, aliases=json.dumps(sorted(set(new_aliases)), ensure_ascii=False)
                )
            )
            return int(res.inserted_primary_key[0])
        merged = sorted(set(json.loads(row.aliases or "[]")) | set(new_aliases))
        conn.execute(
            update(agencies)
            .where(agencies.c.id == row.id)
            .values(aliases=json.dumps(merged, ensure_ascii=False), region=row.region or region)
        )
        return int(row.id)

    def _delete_report(self, conn, report_id: str) -> None:
        for table in (facts, checks, chunks):
            conn.execute(delete(table).where(table.c.report_id == report_id))
        conn.execute(delete(reports).where(reports.c.id == report_id))

    def delete_report(self, report_id: str, vector_ids: list[str] | None = None, owner: str | None = None) -> bool:
        """Delete a report; with ``vector_ids``, journal their cleanup (owned by ``owner``) in
        the same transaction."""
        with self._lock, self.engine.begin() as conn:
            exists = conn.execute(select(reports.c.id).where(reports.c.id == report_id)).first()
            self._delete_report(conn, report_id)
            self._bump(conn)
            if vector_ids is not None:
                conn.execute(delete(journal).where(journal.c.report_id == report_id))
                conn.execute(
                    insert(journal).values(
                        report_id=report_id, state="cleanup", chunk_ids=json.dumps(vector_ids), at=_now(),
                        owner=owner,
                    )
                )
            return exists is not None

    def set_identity(self, report_id: str, agency: str | None = None, year: int | None = None) -> bool:
        """Correct a report's body and/or year (staff); the body gets its catalogue entry (made if
        new). False when there is no such report."""
        with self._lock, self.engine.begin() as conn:
            row = conn.execute(select(reports.c.agency, reports.c.year).where(reports.c.id == report_id)).first()
            if row is None:
                return False
            values: dict[str, Any] = {"year": row.year if year is None else int(year)}
            if agency:
                values["agency"] = agency
                values["agency_id"] = self._agency_id(conn, agency, region_of(agency), [])
            conn.execute(update(reports).where(reports.c.id == report_id).values(**values))
            self._bump(conn)
            return True

    def set_primary(self, report_id: str) -> bool:
        """Mark a report as the one to answer from for its body and year (staff): its
        ``primary_at`` is set to now and the marks of the other reports of that body and year
        are cleared. False when there is no such report."""
        with self._lock, self.engine.begin() as conn:
            row = conn.execute(select(reports.c.agency_id, reports.c.agency, reports.c.year)
                               .where(reports.c.id == report_id)).first()
            if row is None:
                return False
            same = (reports.c.agency_id == row.agency_id) if row.agency_id is not None else \
                (reports.c.agency == row.agency)
            conn.execute(update(reports).where(same, reports.c.year == row.year, reports.c.id != report_id)
                         .values(primary_at=None))
            conn.execute(update(reports).where(reports.c.id == report_id).values(primary_at=_now()))
            self._bump(conn)
            return True

    # -- journal (crash recovery for the vector store) ------------------------------------
    def record_action(self, action: str, report_id: str | None = None, summary: str = "", actor: str = "",
                      detail: dict[str, Any] | None = None) -> None:
        """Append one staff action (upload, remove, replace, identity …) to the audit log."""
        with self._lock, self.engine.begin() as conn:
            conn.execute(insert(audit).values(at=_now(), action=action, report_id=report_id, summary=summary,
                                              actor=actor, detail=json.dumps(detail or {}, ensure_ascii=False)))

    def journal_set(self, report_id: str, state: str, chunk_ids: list[str], owner: str | None = None) -> None:
        with self._lock, self.engine.begin() as conn:
            conn.execute(delete(journal).where(journal.c.report_id == report_id))
            conn.execute(
                insert(journal).values(
                    report_id=report_id, state=state, chunk_ids=json.dumps(chunk_ids), at=_now(), owner=owner
                )
            )

    def journal_clear(self, report_id: str) -> None:
        with self._lock, self.engine.begin() as conn:
            conn.execute(delete(journal).where(journal.c.report_id == report_id))

    def pending_journal(self) -> list[tuple[str, str, list[str]]]:
        return [(r.report_id, r.state, r.chunk_ids) for r in self.journal_rows()]

    def journal_rows(self) -> list[JournalRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(journal)).all()
        return [JournalRow(r.report_id, r.state, json.loads(r.chunk_ids), r.owner, r.at) for r in rows]

