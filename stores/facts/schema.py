"""The fact store's schema, its named migrations, and opening a database at a URL.

SQLAlchemy Core, so that the default SQLite file can be swapped for a server database
(PostgreSQL) by a URL. The schema carries a version and is migrated forward on open: an
SQLite file is first copied beside itself (``facts.sqlite.v3.bak`` for a version-3 file, by
SQLite's online backup API), and a database newer than this code is refused (``SchemaTooNew``)
rather than written by code that does not know its tables.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any, Callable

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
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.engine import Engine

SCHEMA_VERSION = 5

log = logging.getLogger(__name__)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Nianbao: this code must not open it."""

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
    # a generated, fictional report (the bundled samples): badged wherever it is shown
    Column("sample", Boolean, nullable=False, default=False),
    # when staff marked this report the one to answer from among reports of its body and year
    # that print different numbers (a corrected re-issue, a copy under another name); the
    # latest mark wins, None = not marked (then the later ingested is used: rag.consistency)
    Column("primary_at", String(40)),
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

# every staff action (upload, remove, replace, identity change), for staff to read
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),  # ISO time, UTC
    Column("action", String(40), nullable=False),  # "upload" | "remove" | "replace" | "identity" …
    Column("report_id", String(64)),  # no foreign key: the entry outlives a removed report
    Column("summary", Text, nullable=False, default=""),  # e.g. the body, year and file name
    Column("actor", String(200), nullable=False, default=""),  # "staff (web)", "cli", …
    Column("detail", Text, nullable=False, default="{}"),  # JSON
)
Index("ix_audit_at", audit.c.at)

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


def _add_report_sample(conn) -> None:
    """Reports carry a ``sample`` flag (the audit table itself comes from create_all)."""
    if "sample" not in {c["name"] for c in inspect(conn).get_columns("reports")}:
        conn.exec_driver_sql("ALTER TABLE reports ADD COLUMN sample BOOLEAN NOT NULL DEFAULT FALSE")


def _add_report_primary_at(conn) -> None:
    """Reports carry ``primary_at``: staff's mark of the primary one of a body and year."""
    if "primary_at" not in {c["name"] for c in inspect(conn).get_columns("reports")}:
        conn.exec_driver_sql("ALTER TABLE reports ADD COLUMN primary_at VARCHAR(40)")


MIGRATIONS: dict[int, list[str | Callable]] = {
    # version -> SQL statements (or functions of the connection) that bring version-1 to
    # version; 1 is create_all.
    2: ["INSERT INTO store_state (version) VALUES (0)"],  # the table itself comes from create_all
    3: [_add_journal_owner],
    4: [_add_report_sample],
    5: [_add_report_primary_at],
}



def stored_version(engine: Engine) -> int | None:
    """The schema version a database holds (None: a new, empty database)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("schema_info"):
            return None
        row = conn.execute(select(schema_info.c.version)).first()
        return None if row is None else int(row[0])


def sqlite_path(engine: Engine) -> Path | None:
    """The file of an SQLite database (None for PostgreSQL or an in-memory database)."""
    db = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def backup_sqlite(src: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file (the online backup API: readers and a writer
    may be at work; WAL content is included)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    a.close()
    b.close()
    return dest


def migrate(engine: Engine) -> int:
    """Create the tables of a new database, or bring an older one to ``SCHEMA_VERSION``
    (an SQLite file is backed up beside itself first); refuse a newer one."""
    version = stored_version(engine)
    if version is not None and version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the fact store {engine.url.render_as_string(hide_password=True)} has schema version {version}, "
            f"newer than this code's {SCHEMA_VERSION}: it was written by a newer Nianbao. Run that version, "
            "or restore a backup made by this one; nothing was changed.")
    path = sqlite_path(engine)
    if version is not None and version < SCHEMA_VERSION and path is not None and path.is_file():
        saved = backup_sqlite(path, path.with_name(f"{path.name}.v{version}.bak"))
        log.info("fact store schema %d -> %d: backed up %s to %s", version, SCHEMA_VERSION, path, saved)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # processes of a fleet (ingest add --shard) open a new database at once: one creates or
            # migrates it, the others wait here, then find it done (the lock ends with the transaction)
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(5710441)")
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
            log.info("fact store migrated to schema %d", target)
        return SCHEMA_VERSION


def open_engine(url: str) -> Engine:
    """An engine on ``url`` (SQLite in WAL mode, usable from several threads), migrated."""
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    engine = create_engine(url, future=True, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
