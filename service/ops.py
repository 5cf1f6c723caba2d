"""Operating a store: readiness, backup, restore and re-indexing, for the app and the CLIs
(the face reaches the stores only through here)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from settings import Settings, get_settings
from stores.backup import BackupRefused, Manifest
from stores.backup import backup as _backup
from stores.backup import check_embedded
from stores.backup import restore as _restore
from stores.facts.schema import SchemaTooNew
from stores.reindex import ReindexResult
from stores.reindex import reindex as _reindex

__all__ = ["BackupRefused", "SchemaTooNew", "Manifest", "ReindexResult", "readiness", "backup", "restore",
           "reindex"]


def readiness(svc) -> dict[str, str]:
    """What keeps ``svc`` from answering (by part: "facts", "vectors", "model", and "questions"
    while the app's warm-up builds the body matcher); empty when ready."""
    from stores.health import problems

    out = problems(svc.stores)
    warming = getattr(svc, "matcher_warming", None)
    if warming is not None and warming.is_set():
        out["questions"] = "building the question reader's body matcher"
    return out


def backup(dest: str | Path, settings: Settings | None = None) -> Manifest:
    """Back up an embedded-mode store into the new folder ``dest`` (``stores.backup``). Opens
    the fact store only (for the manifest's counts): no second Chroma client on a folder the
    running app has open."""
    from stores.embedding import model_id
    from stores.facts import FactReader
    from stores.facts.schema import open_engine

    s = settings or get_settings()
    check_embedded(s)  # refuse server modes before opening anything
    engine = open_engine(s.fact_url)
    try:
        c = FactReader(engine).counts()
    finally:
        engine.dispose()
    return _backup(s, Path(dest), model_id(s), (c["reports"], c["chunks"]))


def restore(src: str | Path, settings: Settings | None = None) -> tuple[Manifest, Path]:
    """Replace the store with a backup (the app must be stopped); opens nothing before."""
    return _restore(settings or get_settings(), Path(src))


def reindex(svc, progress: Callable[[str], None] | None = None) -> ReindexResult:
    """Embed every stored chunk the configured model's collection lacks (``stores.reindex``)."""
    return _reindex(svc.stores, progress)
