"""The fact store: reports, agencies, exact facts, checks and chunk texts, behind one small class.

SQLAlchemy Core, so that the default SQLite file can be swapped for a server database
(PostgreSQL) by a URL. The schema carries a version and is migrated forward on open.

A report's rows are written in one transaction (``save_report``): the report, its facts,
its checks and its chunk texts appear together or not at all. The vector store is written
outside this transaction; ``journal`` rows let ``ingest.pipeline`` finish or undo a vector
write that a crash interrupted (see ``journal_rows``). Each row records its owner, the
process that wrote it, so that recovery leaves a live writer's rows alone.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Engine

SCHEMA_VERSION = 3

metadata = MetaData()

schema_info = Table(
    "schema_info", metadata, Column("version", Integer, nullable=False)
)

agencies = Table(
    "agencies",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("region", String(100)),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list of printed names
)

reports = Table(
    "reports",
    metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the file bytes
    Column("agency_id", Integer, ForeignKey("agencies.id")),
    Column("agency", String(200)),  # as printed in the title
    Column("year", Integer),
    Column("title", Text),
    Column("format", String(10), nullable=False, default="unknown"),
    Column("source", Text, nullable=False),
    Column("kind", String(10)),
    Column("n_chunks", Integer, nullable=False, default=0),
    Column("n_facts", Integer, nullable=False, default=0),
    Column("warnings", Text, nullable=False, default="[]"),  # JSON list
    Column("ingested_at", String(40), nullable=False),
)
Index("ix_reports_agency_year", reports.c.agency_id, reports.c.year)
Index("ix_reports_source", reports.c.source)

facts = Table(
    "facts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String(64), ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("key", String(120), nullable=False),
    Column("value", Float),  # for ordering and sums; None = not applicable
    Column("value_text", String(40)),  # the exact number as a decimal string
    Column("raw", Text, nullable=False, default=""),
    Column("derived", Boolean, nullable=False, default=False),
    Column("evidence", Text, nullable=False, default=""),
)
Index("ix_facts_report_key", facts.c.report_id, facts.c.key)
Index("ix_facts_key", facts.c.key)

checks = Table(
    "checks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String(64), ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(120), nullable=False),
    Column("status", String(20), nullable=False),
    Column("detail", Text, nullable=False, default=""),
)
Index("ix_checks_report", checks.c.report_id)

chunks = Table(
    "chunks",
    metadata,
    Column("id", String(64), primary_key=True),  # content-hash id, same as in the vector store
    Column("report_id", String(64), ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("section", Integer, nullable=False),
    Column("section_title", Text),
    Column("page", Integer),
    Column("text", Text, nullable=False),
)
Index("ix_chunks_report", chunks.c.report_id)

journal = Table(
    "journal",
    metadata,
    Column("report_id", String(64), primary_key=True),
    Column("state", String(20), nullable=False),  # "writing" | "cleanup"
    Column("chunk_ids", Text, nullable=False, default="[]"),  # JSON: ids to remove on recovery
    Column("at", String(40), nullable=False),
    Column("owner", String(200)),  # "host:pid:start" of the writer (stores.lock); None before schema 3
)

# bumped in the same transaction as every write: a cheap, exact "has the store changed?"
# for readers (the engine's catalogue cache), across processes and on any database
store_state = Table(
    "store_state", metadata, Column("version", Integer, nullable=False)
)


def _add_journal_owner(conn) -> None:
    """Journal rows record the process that wrote them (create_all adds no column to an
    existing table; the check keeps the step harmless if the column is there already)."""
    if "owner" not in {c["name"] for c in inspect(conn).get_columns("journal")}:
        conn.exec_driver_sql("ALTER TABLE journal ADD COLUMN owner VARCHAR(200)")


MIGRATIONS: dict[int, list[str | Callable]] = {
    # version -> SQL statements (or functions of the connection) that bring version-1 to
    # version; 1 is create_all.
    2: ["INSERT INTO store_state (version) VALUES (0)"],  # the table itself comes from create_all
    3: [_add_journal_owner],
}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def value_to_text(value: int | float | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer() is False:
        return repr(value)
    if isinstance(value, float):
        return str(int(value)) if abs(value) < 1e15 else repr(value)
    return str(value)


def text_to_value(text: str | None) -> int | float | None:
    if text is None:
        return None
    if any(c in text for c in ".eE"):
        return float(text)
    return int(text)


@dataclass
class ReportRow:
    id: str
    agency: str | None
    agency_name: str | None  # the entity's full name
    region: str | None
    year: int | None
    title: str | None
    format: str
    source: str
    kind: str | None
    n_chunks: int
    n_facts: int
    warnings: list[str]
    ingested_at: str

    def label(self) -> str:
        return f"{self.agency_name or self.agency or '?'} {self.year or '?'}"


@dataclass
class FactRow:
    report_id: str
    key: str
    value: int | float | None
    raw: str
    derived: bool
    evidence: str


@dataclass
class CheckRow:
    report_id: str
    name: str
    status: str
    detail: str


@dataclass
class JournalRow:
    report_id: str
    state: str  # "writing" | "cleanup"
    chunk_ids: list[str]
    owner: str | None  # "host:pid:start" of the writing process; None for rows before schema 3
    at: str


@dataclass
class AgencyRow:
    id: int
    name: str
    region: str | None
    aliases: list[str] = field(default_factory=list)


class FactStore:
    """Reports, agencies, facts, checks and chunk texts in one SQL database."""

    def __init__(self, url: str):
        self.url = url
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        self.engine: Engine = create_engine(url, future=True, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._lock = threading.RLock()
        self.migrate()

    # -- schema -------------------------------------------------------------------------
    def migrate(self) -> int:
        with self.engine.begin() as conn:
            metadata.create_all(conn)
            row = conn.execute(select(schema_info.c.version)).first()
            if row is None:
                conn.execute(insert(schema_info).values(version=SCHEMA_VERSION))
                conn.execute(insert(store_state).values(version=0))
                return SCHEMA_VERSION
            version = row[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for step in MIGRATIONS.get(target, []):
                    if callable(step):
                        step(conn)
                    else:
                        conn.exec_driver_sql(step)
                conn.execute(update(schema_info).values(version=target))
            return SCHEMA_VERSION

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(schema_info.c.version)).scalar_one()

    # -- writing ------------------------------------------------------------------------
    def save_report(
        self,
        *,
        report_id: str,
        agency: str | None,
        region: str | None,
        aliases: Iterable[str],
        year: int | None,
        title: str | None,
        format: str,
        source: str,
        kind: str | None,
        facts_: list[dict[str, Any]],
        checks_: list[dict[str, Any]],
        chunks_: list[dict[str, Any]],
        warnings: list[str],
        replaces: dict[str, list[str]] | None = None,
        owner: str | None = None,
    ) -> None:
        """Write one report whole, in one transaction.

        ``replaces`` maps the ids of reports this one replaces to their vector chunk ids:
        they are deleted here, and a "cleanup" journal row for each is written in the same
        transaction (owned by ``owner``), so that their vectors are removed even if we crash
        right after. The report's own "writing" journal row is cleared in the same
        transaction too.
        """
        replaces = replaces or {}
        with self._lock, self.engine.begin() as conn:
            self._bump(conn)
            conn.execute(delete(journal).where(journal.c.report_id == report_id))
            for old, old_chunk_ids in replaces.items():
                if old == report_id:
                    continue
                self._delete_report(conn, old)
                conn.execute(delete(journal).where(journal.c.report_id == old))
                conn.execute(
                    insert(journal).values(
                        report_id=old, state="cleanup", chunk_ids=json.dumps(old_chunk_ids), at=_now(),
                        owner=owner,
                    )
                )
            self._delete_report(conn, report_id)
            agency_id = self._agency_id(conn, agency, region, aliases) if agency else None
            conn.execute(
                insert(reports).values(
                    id=report_id,
                    agency_id=agency_id,
                    agency=agency,
                    year=year,
                    title=title,
                    format=format,
                    source=source,
                    kind=kind,
                    n_chunks=len(chunks_),
                    n_facts=sum(1 for f in facts_ if not f.get("derived")),
                    warnings=json.dumps(warnings, ensure_ascii=False),
                    ingested_at=_now(),
                )
            )
            if facts_:
                conn.execute(
                    insert(facts),
                    [
                        {
                            "report_id": report_id,
                            "key": f["key"],
                            "value": None if f["value"] is None else float(f["value"]),
                            "value_text": value_to_text(f["value"]),
                            "raw": f.get("raw", ""),
                            "derived": bool(f.get("derived")),
                            "evidence": f.get("evidence", ""),
                        }
                        for f in facts_
                    ],
                )
            if checks_:
                conn.execute(
                    insert(checks),
                    [
                        {"report_id": report_id, "name": c["name"], "status": c["status"],
                         "detail": c.get("detail", "")}
                        for c in checks_
                    ],
                )
            if chunks_:
                conn.execute(
                    insert(chunks),
                    [
                        {
                            "id": c["id"],
                            "report_id": report_id,
                            "position": c["position"],
                            "section": c["section"],
                            "section_title": c.get("section_title"),
                            "page": c.get("page"),
                            "text": c["text"],
                        }
                        for c in chunks_
                    ],
                )

    @staticmethod
    def _bump(conn) -> None:
        conn.execute(update(store_state).values(version=store_state.c.version + 1))

    def version(self) -> int:
        """Changes whenever a report is written or removed (by any process)."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(store_state.c.version)).scalar_one())

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

    # -- journal (crash recovery for the vector store) ------------------------------------
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

    # -- reading ------------------------------------------------------------------------
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


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
