"""Re-embed the stored chunks with the configured embedding model.

Each embedding model has its own Chroma collection (``stores.vectors``), so after a change
of ``embedding_model`` the new collection is empty and passage answers find nothing, while
the fact store still holds every chunk's text. ``reindex`` embeds, report by report, the
chunks the current collection lacks and upserts them under the writer lock (a report
removed meanwhile is skipped). It is idempotent and resumable: a report whose vectors are all
present is left alone. Chunk metadata is copied from another model's collection when one
holds the chunk, else rebuilt from the fact store. The old collections are kept.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable

from stores.reuse import REUSE_FIELDS

log = logging.getLogger(__name__)


@dataclass
class ReindexResult:
    reports: int = 0  # reports seen
    embedded_reports: int = 0
    embedded_chunks: int = 0
    complete: int = 0  # reports whose vectors were all present already


def _rebuilt_metadata(rep, row: dict[str, Any]) -> dict[str, Any]:
    meta = {"report_id": rep.id, "section": int(row["section"]), "source": rep.source,
            "position": int(row["position"]), "section_title": row.get("section_title"),
            "page": row.get("page"), "agency": rep.agency, "year": rep.year}
    return {k: v for k, v in meta.items() if v is not None}


def _known_metadata(stores, ids: list[str]) -> dict[str, dict]:
    """Metadata of these chunk ids in the other models' collections (the ingester's own)."""
    found: dict[str, dict] = {}
    own = stores.vectors.collection.name
    for col in stores.vectors.client.list_collections():
        name = getattr(col, "name", col)
        if name == own or not str(name).startswith("nianbao-"):
            continue
        got = stores.vectors.client.get_collection(name).get(ids=ids, include=["metadatas"])
        for i, m in zip(got["ids"], got["metadatas"] or []):
            found.setdefault(i, dict(m or {}))
    return found


def _commit(stores, batch: list[tuple[Any, list[dict]]], res: ReindexResult) -> None:
    """Embed a batch of reports' missing chunks in one model call, store each report's."""
    from vocab.labels import model_text  # here, not at import: the vocabulary reads the settings

    mask = stores.settings.table_passages_masked
    texts = [model_text(r["text"], mask) for _, rows in batch for r in rows]  # what the model reads
    vectors = stores.embed_passages(texts)
    at = 0
    for rep, rows in batch:
        mine, at = vectors[at : at + len(rows)], at + len(rows)
        ids = [r["id"] for r in rows]
        known = _known_metadata(stores, ids)
        metas = [known.get(r["id"]) or _rebuilt_metadata(rep, r) for r in rows]
        # the reuse fields say who made *these* vectors, not the copied collection's
        metas = [dict({k: v for k, v in m.items() if k not in REUSE_FIELDS}, **f)
                 for m, f in zip(metas, stores.vector_fields([model_text(r["text"], mask) for r in rows],
                                                             documents=[r["text"] for r in rows]))]
        with stores.lock:
            if stores.facts.get_report(rep.id) is None:
                continue  # removed while we embedded
            stores.vectors.upsert(ids, [r["text"] for r in rows], mine, metas)
        res.embedded_reports += 1
        res.embedded_chunks += len(rows)
    batch.clear()


def reindex(stores, progress: Callable[[str], None] | None = None) -> ReindexResult:
    """Give every stored report all its vectors in the current model's collection."""
    res = ReindexResult()
    batch: list[tuple[Any, list[dict]]] = []
    limit = max(1, stores.settings.ingest_batch_chunks)
    for rep in stores.facts.list_reports():
        res.reports += 1
        rows = stores.facts.chunks_for([rep.id])
        have = stores.vectors.existing_ids([r["id"] for r in rows])
        todo = [r for r in rows if r["id"] not in have]
        if not todo:
            res.complete += 1
            continue
        if progress:
            progress(f"{rep.label()}: {len(todo)} of {len(rows)} chunks to embed")
        batch.append((rep, todo))
        if sum(len(t) for _, t in batch) >= limit:
            _commit(stores, batch, res)
    if batch:
        _commit(stores, batch, res)
    log.info("reindex into %s: %d reports, %d embedded (%d chunks), %d complete already",
             stores.model_id, res.reports, res.embedded_reports, res.embedded_chunks, res.complete)
    return res
