"""The vector store: report chunks and their embeddings in Chroma, behind a reader and a writer.

Embedded (``chromadb.PersistentClient`` in the store folder) or a Chroma server
(``chromadb.HttpClient``), by settings. One collection per embedding model, so vectors of
different models never mix. We always pass our own embeddings: Chroma's default embedding
function (which downloads a model) never runs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

import settings as settings_mod  # noqa: F401  (sets telemetry env vars before chromadb loads)

import chromadb
from chromadb.config import Settings as ChromaSettings


@dataclass
class Hit:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float  # cosine similarity, higher is better


def collection_name(model_id: str) -> str:
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", model_id).strip("-_")[:50] or "model"
    return f"nianbao-{slug}"


class VectorReader:
    """Search and look-ups over one model's collection: what the answer side gets."""

    def __init__(self, client: "chromadb.ClientAPI", model_id: str):
        self.client = client
        self.model_id = model_id
        self.collection = client.get_or_create_collection(
            name=collection_name(model_id),
            embedding_function=None,
            metadata={"hnsw:space": "cosine", "embedding_model": model_id},
        )
        try:
            self.max_batch = int(client.get_max_batch_size())
        except Exception:  # older servers
            self.max_batch = 1000

    @classmethod
    def open(cls, s: "settings_mod.Settings", model_id: str):
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if s.chroma_mode == "server":
            client = chromadb.HttpClient(host=s.chroma_host, port=s.chroma_port, settings=chroma_settings)
        else:
            path = s.store_dir / "chroma"
            path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        return cls(client, model_id)

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        got = self.collection.get(ids=list(ids), include=[])
        return set(got["ids"])

    def ids_for_report(self, report_id: str) -> list[str]:
        got = self.collection.get(where={"report_id": report_id}, include=[])
        return list(got["ids"])

    EXACT_MAX_REPORTS = 50  # scoped to this many reports or fewer: exact search over their vectors

    def query(
        self, embedding: Sequence[float], k: int = 8, report_ids: list[str] | None = None
    ) -> list[Hit]:
        where: dict[str, Any] | None = None
        if report_ids is not None:
            if not report_ids:
                return []
            where = {"report_id": report_ids[0]} if len(report_ids) == 1 else {"report_id": {"$in": report_ids}}
            if len(report_ids) <= self.EXACT_MAX_REPORTS:
                return self._exact(embedding, k, where)
        res = self.collection.query(
            query_embeddings=[list(map(float, embedding))],
            n_results=k,
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        for id_, doc, meta, dist in zip(
            res["ids"][0], res["documents"][0], res["metadatas"][0], res["distances"][0]
        ):
            hits.append(Hit(id=id_, text=doc or "", metadata=dict(meta or {}), score=1.0 - float(dist)))
        return hits

    def _exact(self, embedding: Sequence[float], k: int, where: dict[str, Any]) -> list[Hit]:
        """Cosine over every vector of the given reports (a few hundred): exact and the same in
        every process. Chroma's HNSW search with a ``where`` filter returned fewer than k hits,
        and different ones from one process to the next (the report's neighbours are missed
        when the graph walk runs out of its search list among other reports' vectors)."""
        import numpy as np

        got = self.collection.get(where=where, include=["embeddings", "documents", "metadatas"])
        if not got["ids"]:
            return []
        mat = np.asarray(got["embeddings"], dtype=np.float32)
        q = np.asarray(embedding, dtype=np.float32)
        sims = (mat @ q) / ((np.linalg.norm(mat, axis=1) * (np.linalg.norm(q) or 1.0)) + 1e-12)
        order = sorted(range(len(sims)), key=lambda i: (-float(sims[i]), got["ids"][i]))[:k]
        return [Hit(id=got["ids"][i], text=got["documents"][i] or "", metadata=dict(got["metadatas"][i] or {}),
                    score=float(sims[i])) for i in order]

    def count(self) -> int:
        return self.collection.count()

    def reader(self) -> "VectorReader":
        """A read-only view of the same collection."""
        return VectorReader(self.client, self.model_id)


class VectorStore(VectorReader):
    """The collection with its write methods (the ingester's and recovery's)."""

    def upsert(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        embeddings: Sequence[Sequence[float]],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        step = max(1, min(self.max_batch, 2000))
        for i in range(0, len(ids), step):
            self.collection.upsert(
                ids=list(ids[i : i + step]),
                documents=list(texts[i : i + step]),
                embeddings=[list(map(float, e)) for e in embeddings[i : i + step]],
                metadatas=list(metadatas[i : i + step]),
            )

    def delete_ids(self, ids: Sequence[str]) -> None:
        step = max(1, min(self.max_batch, 2000))
        for i in range(0, len(ids), step):
            self.collection.delete(ids=list(ids[i : i + step]))

    def delete_report(self, report_id: str) -> None:
        self.collection.delete(where={"report_id": report_id})
