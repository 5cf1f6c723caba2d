"""Backup and restore of one store folder (embedded mode: SQLite facts + embedded Chroma).

A backup is a folder: ``facts.sqlite`` (SQLite's online backup API, so a consistent copy even
while the app reads), ``chroma/`` (the vector store's folder, its own SQLite file copied the
same way), ``uploads/`` (the files staff uploaded, which reports point at) and
``nianbao-backup.json`` (schema version, embedding model, counts). It is taken while holding
the store folder's writer lock (``stores.lock``): no Nianbao writer (the app's upload, an
ingestion, a removal) changes either store while it is copied, so the two stores agree.

A restore moves the current store aside (``store_dir/replaced-<time>-<random>/``, never deleted) and
copies the backup in; it needs the writer lock free and the app stopped (an embedded Chroma
keeps its index in the memory of the process that opened it).

Server mode is refused, with what to do instead: PostgreSQL has ``pg_dump``/``pg_restore``,
and the vectors of a Chroma server can be rebuilt from the restored fact store, which holds
every chunk's text (``python -m ingest reindex``).
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from settings import Settings

from stores.facts.schema import SCHEMA_VERSION, backup_sqlite
from stores.lock import WriterLock

log = logging.getLogger(__name__)

MANIFEST = "nianbao-backup.json"
FACTS_FILE = "facts.sqlite"
CHROMA_DIR = "chroma"
UPLOADS_DIR = "uploads"
CHROMA_DB = "chroma.sqlite3"


class BackupRefused(RuntimeError):
    """A backup or restore that cannot be done safely here; the message says what to do."""


@dataclass
class Manifest:
    created: str
    schema_version: int
    model_id: str
    reports: int
    chunks: int
    store_dir: str


def check_embedded(s: Settings) -> Path:
    """The SQLite file of an embedded-mode store; refuses the server modes with advice."""
    if not s.fact_url.startswith("sqlite:///"):
        raise BackupRefused(
            "the facts are in a database server (fact_store_url): back it up with its own tools, e.g. "
            "`pg_dump -Fc nianbao > facts.dump` and `pg_restore --clean -d nianbao facts.dump`; then rebuild "
            "the vectors from the restored facts with `python -m ingest reindex` (docs/deployment.md)")
    if s.chroma_mode == "server":
        raise BackupRefused(
            "the vectors are on a Chroma server (chroma_mode = \"server\"): copy the server's --path folder "
            "while it is stopped, or rebuild the vectors from the facts with `python -m ingest reindex`")
    return Path(s.fact_url.removeprefix("sqlite:///"))


def _copy_chroma(src: Path, dest: Path) -> None:
    """The Chroma folder: its SQLite database by the backup API, the index files as files."""
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns(f"{CHROMA_DB}*"))
    if (src / CHROMA_DB).is_file():
        backup_sqlite(src / CHROMA_DB, dest / CHROMA_DB)


def backup(s: Settings, dest: Path, model_id: str, counts: tuple[int, int]) -> Manifest:
    """Copy the store into the new folder ``dest`` (built beside it, renamed into place when
    whole). ``counts``: (reports, chunks) held, recorded in the manifest."""
    facts_file = check_embedded(s)
    dest = Path(dest).resolve()
    if dest.exists() and any(dest.iterdir()):
        raise BackupRefused(f"{dest} exists and is not empty; name a new folder")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    store = Path(s.store_dir)
    try:
        with WriterLock(store):
            log.info("backup of %s to %s: writer lock held", store, dest)
            if facts_file.is_file():
                backup_sqlite(facts_file, tmp / FACTS_FILE)
            if (store / CHROMA_DIR).is_dir():
                _copy_chroma(store / CHROMA_DIR, tmp / CHROMA_DIR)
            if (store / UPLOADS_DIR).is_dir():
                shutil.copytree(store / UPLOADS_DIR, tmp / UPLOADS_DIR)
        man = Manifest(created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), schema_version=SCHEMA_VERSION,
                       model_id=model_id, reports=counts[0], chunks=counts[1], store_dir=str(store.resolve()))
        (tmp / MANIFEST).write_text(json.dumps(asdict(man), indent=1), encoding="utf-8")
        if dest.exists():
            dest.rmdir()
        os.rename(tmp, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log.info("backup done: %s (%d reports, %d chunks)", dest, man.reports, man.chunks)
    return man


def read_manifest(src: Path) -> Manifest:
    path = Path(src) / MANIFEST
    try:
        man = Manifest(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as e:
        raise BackupRefused(f"{src} is not a Nianbao backup (no readable {MANIFEST}: {e})") from None
    if man.schema_version > SCHEMA_VERSION:
        raise BackupRefused(f"the backup has schema version {man.schema_version}, newer than this code's "
                            f"{SCHEMA_VERSION}: restore it with the Nianbao that made it")
    return man


def restore(s: Settings, src: Path) -> tuple[Manifest, Path]:
    """Replace the store with the backup in ``src``; returns its manifest and the folder the
    replaced store was moved to. The app must be stopped."""
    facts_file = check_embedded(s)
    src = Path(src).resolve()
    man = read_manifest(src)
    store = Path(s.store_dir)
    store.mkdir(parents=True, exist_ok=True)
    with WriterLock(store).try_hold() as held:
        if not held:
            raise BackupRefused(f"a writer is at work on {store} (an upload or an ingestion): stop it, "
                                "and the app, then restore")
        aside = Path(tempfile.mkdtemp(prefix=f"replaced-{time.strftime('%Y%m%dT%H%M%S')}-", dir=store))
        moved = [facts_file.with_name(facts_file.name + sfx) for sfx in ("", "-wal", "-shm")]
        moved += [store / CHROMA_DIR, store / UPLOADS_DIR]
        for p in moved:
            if p.exists():
                os.rename(p, aside / p.name)
        if (src / FACTS_FILE).is_file():
            shutil.copy2(src / FACTS_FILE, facts_file)
        for name in (CHROMA_DIR, UPLOADS_DIR):
            if (src / name).is_dir():
                shutil.copytree(src / name, store / name)
    log.info("restored %s into %s; the replaced store is in %s", src, store, aside)
    return man, aside
