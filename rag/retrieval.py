"""Hybrid passage retrieval: jieba-segmented BM25 and Chroma vectors, fused by reciprocal rank.

Both retrievers are filtered to the resolved reports *before* ranking: reports of one agency
across years are nearly identical, and mixing years is the classic failure of report chat.
langchain's BM25Retriever (with a jieba preprocessor) and EnsembleRetriever (weighted
reciprocal rank fusion) do the ranking and the fusion.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any, Callable

import jieba
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.retrievers import BM25Retriever

from stores.vectors import VectorReader

jieba.setLogLevel(60)
_STOP = set("的 了 和 与 及 是 在 有 为 对 等 中 个 年 我 本 其 各 该 之 哪些 什么 多少 how many what which the a an of in to and for did was were is are by".split())
_PUNCT = re.compile(r"^[\W_]+$")


def tokenize(text: str) -> list[str]:
    """jieba search-mode tokens, lower-cased, without punctuation and stop words."""
    out = []
    for tok in jieba.cut_for_search(text.lower()):
        tok = tok.strip()
        if not tok or tok in _STOP or _PUNCT.match(tok):
            continue
        out.append(tok)
    return out


@dataclass
class Passage:
    id: str
    text: str
    report_id: str
    section: int
    section_title: str | None
    page: int | None
    score: float  # fused score (RRF), higher is better
    vector_score: float | None = None


class _VectorRetriever(BaseRetriever):
    """langchain retriever over our VectorReader, with the query already embedded."""

    store: Any
    embedding: list[float]
    report_ids: list[str] | None
    k: int = 8

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        hits = self.store.query(self.embedding, k=self.k, report_ids=self.report_ids)
        return [
            LCDocument(page_content=h.text, id=h.id, metadata={**h.metadata, "_id": h.id, "_vscore": h.score})
            for h in hits
        ]


class HybridRetriever:
    def __init__(self, vectors: VectorReader, chunk_loader: Callable[[list[str]], list[dict]],
                 embed_query: Callable[[str], list[float]], bm25_max_chunks: int = 20000,
                 vectors_ready: Callable[[], bool] | None = None):
        """``vectors_ready``: False while the embedding model is still loading (the app starts
        serving before it is); the search then ranks by BM25 alone instead of waiting."""
        self.vectors = vectors
        self.chunk_loader = chunk_loader
        self.embed_query = embed_query
        self.bm25_max_chunks = bm25_max_chunks
        self.vectors_ready = vectors_ready or (lambda: True)

    def search(self, question: str, report_ids: list[str] | None, k: int = 4,
               sections: list[int] | None = None) -> list[Passage]:
        """Top passages of the given reports (None = all reports), fused by weighted RRF.

        ``sections`` restricts BM25 to those sections (vector hits outside them rank lower).
        """
        fetch = max(k * 3, 10)
        ranked: list[tuple[float, list[LCDocument]]] = []
        if self.vectors_ready():
            embedding = self.embed_query(question)
            vec = _VectorRetriever(store=self.vectors, embedding=embedding, report_ids=report_ids, k=fetch)
            ranked.append((1.0, vec.invoke(question)))
        rows = self.chunk_loader(report_ids) if report_ids else []
        if sections:
            rows = [r for r in rows if r["section"] in sections] or rows
        if rows and len(rows) <= self.bm25_max_chunks:
            bm25 = BM25Retriever.from_texts(
                [r["text"] for r in rows],
                metadatas=[{"_id": r["id"], "report_id": r["report_id"], "section": r["section"],
                            "section_title": r.get("section_title"), "page": r.get("page")} for r in rows],
                preprocess_func=tokenize,
                k=fetch,
            )
            ranked.append((1.0, bm25.invoke(question)))
        return fuse(ranked, k, sections)


def fuse(ranked: list[tuple[float, list[LCDocument]]], k: int, sections: list[int] | None = None,
         c: int = 60) -> list[Passage]:
    """Weighted reciprocal rank fusion (as langchain's EnsembleRetriever computes it), keeping
    the score; with ``sections``, only passages of those sections when there are any."""
    scores: dict[str, float] = {}
    docs: dict[str, LCDocument] = {}
    vscore: dict[str, float] = {}
    for weight, lst in ranked:
        for rank, d in enumerate(lst, 1):
            i = d.metadata["_id"]
            scores[i] = scores.get(i, 0.0) + weight / (c + rank)
            docs.setdefault(i, d)
            if "_vscore" in d.metadata:
                vscore[i] = d.metadata["_vscore"]
    order = sorted(scores, key=lambda i: -scores[i])
    if sections:
        # a question about one section is answered from that section when it has any hit
        wanted = [i for i in order if docs[i].metadata.get("section") in sections]
        if wanted:
            order = wanted
    order = order[:k]
    out = []
    for i in order:
        m = docs[i].metadata
        out.append(Passage(
            id=i, text=docs[i].page_content, report_id=m.get("report_id", ""),
            section=int(m.get("section", 0)), section_title=m.get("section_title"),
            page=m.get("page"), score=round(scores[i], 5), vector_score=vscore.get(i),
        ))
    return out
