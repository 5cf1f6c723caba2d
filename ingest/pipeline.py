"""Ingestion: a file becomes one report in both stores, whole or not at all.

Order of a write, and why it is crash-safe:
1. read, parse and embed everything in memory (nothing stored yet);
2. journal "writing" with the new chunk ids (fact store);
3. upsert the chunks into the vector store;
4. one fact-store transaction: the report, its facts, checks and chunk texts; the reports it
   replaces deleted, with a "cleanup" journal row each; our "writing" row cleared;
5. delete the replaced reports' vectors, clear their journal rows.
``recover()`` (run on every open) finishes step 5 or undoes step 3 after a crash, so the
stores always end with every report having both its chunks and its facts, or neither.
"""
from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from settings import Settings, get_settings

from ingest import chunking, loaders, metadata
from ingest.extract import extract_document
from ingest.guard import prepare_guarded
from ingest.model import Chunk, Document, LoadError
from ingest.table_summary import table_passages
from rag.fact_store import FactStore
from rag.vector_store import VectorStore


@dataclass
class AddResult:
    path: str
    status: str  # "added" | "unchanged" | "replaced" | "reindexed" | "failed"
    report_id: str | None = None
    agency: str | None = None
    year: int | None = None
    chunks: int = 0
    facts: int = 0
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def line(self) -> str:
        who = f"{self.agency or '?'} {self.year or '?'}"
        if self.status == "failed":
            return f"failed     {self.path}: {self.message}"
        extra = f" ({len(self.warnings)} warnings)" if self.warnings else ""
        return f"{self.status:<10} {self.path}: {who}, {self.facts} facts, {self.chunks} chunks{extra}"


def chunk_id(report_id: str, position: int, text: str) -> str:
    return hashlib.sha256(f"{report_id}\x00{position}\x00{text}".encode()).hexdigest()[:32]


class Stores:
    """The two stores and the embedding model, opened once per process."""

    def __init__(self, settings: Settings | None = None, *, load_model: bool = True):
        from ingest import embedding_model

        self.settings = settings or get_settings()
        self.settings.store_dir.mkdir(parents=True, exist_ok=True)
        self.facts = FactStore(self.settings.fact_url)
        self.model_id = embedding_model.model_id(self.settings)
        self.vectors = VectorStore.open(self.settings, self.model_id)
        self._embedding_model = embedding_model
        self._query_cache: dict[str, list[float]] = {}
        if load_model:
            embedding_model.load_model(self.settings)
        recover(self)

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        return self._embedding_model.embed_passages(texts, self.settings)

    def embed_query(self, text: str) -> list[float]:
        """Query vectors are cached: help-desk questions repeat, and the model is the slow part."""
        vec = self._query_cache.get(text)
        if vec is None:
            vec = self._embedding_model.embed_query(text, self.settings)
            if len(self._query_cache) >= 2048:
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[text] = vec
        return vec


def recover(stores: Stores) -> int:
    """Finish or undo vector writes that a crash interrupted; returns rows handled."""
    rows = stores.facts.pending_journal()
    for report_id, state, ids in rows:
        if state == "writing" and report_id in stores.facts.report_ids():
            # committed (cannot happen: the commit clears the row), keep the vectors
            stores.facts.journal_clear(report_id)
            continue
        if ids:
            stores.vectors.delete_ids(ids)
        stores.facts.journal_clear(report_id)
    return len(rows)


@dataclass
class Prepared:
    doc: Document
    record: dict
    meta: object
    chunks: list[Chunk]
    ids: list[str]


def prepare(path: Path, settings: Settings) -> Prepared:
    """Read, parse and chunk one file; raises LoadError with a clear message."""
    doc = loaders.load(path, max_bytes=settings.max_file_bytes)
    meta = metadata.read_metadata(doc)
    record = extract_document(doc, meta)
    if not metadata.looks_like_report(doc) and not record["facts"]:
        raise LoadError("not a government information-disclosure annual report (no title, sections or tables found)")
    if meta.agency is None and meta.year is None and not any(f["value"] for f in record["facts"]):
        raise LoadError("no issuing body, no year and no numbers: a blank template, not a report")
    sections = metadata.split_sections(doc)
    chunks = chunking.chunk_report(doc, meta, sections, settings.chunk_size, settings.chunk_overlap)
    base = {"report_id": doc.sha256, "source": doc.source}
    if meta.agency:
        base["agency"] = meta.agency
    if meta.year:
        base["year"] = int(meta.year)
    position = len(chunks)
    for section, title, text in table_passages(record["facts"]):
        chunks.append(Chunk(text=text, metadata={**base, "section": section, "section_title": title,
                                                 "position": position, "kind": "table"}))
        position += 1
    ids = [chunk_id(doc.sha256, i, c.text) for i, c in enumerate(chunks)]
    return Prepared(doc, record, meta, chunks, ids)


@dataclass
class _Staged:
    prep: Prepared
    res: AddResult
    source: str
    replaced: dict[str, list[str]]
    old_ids: set[str]
    stage_seconds: float


class Ingester:
    def __init__(self, stores: Stores):
        self.stores = stores
        self.settings = stores.settings
        # chunks of several files embedded per model call (one file has ~8-25 chunks; small
        # batches waste the model: bench/ingest.py measured 62% of its throughput per file,
        # 87% with 160 chunks a call)
        self.batch_chunks = max(1, self.settings.ingest_batch_chunks)

    def add_file(self, path: str | Path) -> AddResult:
        staged = self._stage(Path(path))
        if isinstance(staged, AddResult):
            return staged
        return self._embed_and_commit([staged])[0]

    def _stage(self, path: Path) -> "_Staged | AddResult":
        """Read, parse and chunk one file and decide what storing it means; stores nothing."""
        t0 = time.perf_counter()
        res = AddResult(path=str(path), status="failed")
        known = self._unchanged(path)
        if known is not None:
            known.seconds = time.perf_counter() - t0
            return known
        try:
            prep = prepare_guarded(path, self.settings)
        except LoadError as e:
            res.message = str(e)
            return res
        except Exception as e:  # a parser bug must not stop a batch; say what happened
            res.message = f"could not be read ({type(e).__name__}: {e})"
            return res
        doc, rec = prep.doc, prep.record
        res.report_id, res.agency, res.year = doc.sha256, rec.get("agency"), rec.get("year")
        res.facts = sum(1 for f in rec["facts"] if not f["derived"])
        res.chunks = len(prep.chunks)
        res.warnings = list(rec.get("warnings", []))
        facts_store = self.stores.facts
        # stored with all its vectors was answered by _unchanged(); stored otherwise (another
        # model's collection, a chunker change) means its chunks are embedded again
        existing = facts_store.get_report(doc.sha256)
        if existing is not None:
            res.status = "reindexed"
        source = str(path.resolve())
        replaced = {
            r.id: facts_store.chunk_ids(r.id) for r in facts_store.reports_by_source(source) if r.id != doc.sha256
        }
        if existing is None:
            res.status = "replaced" if replaced else "added"
        old_ids = set(facts_store.chunk_ids(doc.sha256)) - set(prep.ids) if existing else set()
        return _Staged(prep, res, source, replaced, old_ids, time.perf_counter() - t0)

    def _unchanged(self, path: Path) -> AddResult | None:
        """A file whose bytes are stored already, with every chunk's vector present, is
        "unchanged" without being read again (re-adding a folder costs a hash per file)."""
        try:
            if not path.is_file() or path.stat().st_size > self.settings.max_file_bytes:
                return None
            report_id = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        rep = self.stores.facts.get_report(report_id)
        if rep is None:
            return None
        ids = self.stores.facts.chunk_ids(report_id)
        if not ids or self.stores.vectors.existing_ids(ids) != set(ids):
            return None  # e.g. another embedding model's collection: embed again
        return AddResult(path=str(path), status="unchanged", report_id=report_id, agency=rep.agency_name or rep.agency,
                         year=rep.year, chunks=len(ids), facts=rep.n_facts, warnings=list(rep.warnings))

    def _embed_and_commit(self, staged: list["_Staged"]) -> list[AddResult]:
        """Embed the chunks of several staged files in one model call (small per-file batches
        waste the model), then store each file on its own: each report whole or not at all."""
        texts = [c.text for st in staged for c in st.prep.chunks]
        t_embed = time.perf_counter()
        embeddings = self.stores.embed_passages(texts) if texts else []
        embed_seconds = time.perf_counter() - t_embed
        out, at, committed = [], 0, set()
        for st in staged:
            n = len(st.prep.chunks)
            mine = embeddings[at : at + n]
            at += n
            st.res.embed_seconds = embed_seconds * n / max(1, len(texts))
            if st.prep.doc.sha256 in committed:  # the same file twice in one batch
                st.res.status = "unchanged"
                out.append(st.res)
                continue
            out.append(self._commit(st, mine))
            if st.res.status != "failed":
                committed.add(st.prep.doc.sha256)
        return out

    def _commit(self, st: "_Staged", embeddings: list[list[float]]) -> AddResult:
        t0 = time.perf_counter()
        prep, res, facts_store, vectors = st.prep, st.res, self.stores.facts, self.stores.vectors
        texts = [c.text for c in prep.chunks]
        facts_store.journal_set(prep.doc.sha256, "writing", prep.ids)
        try:
            self._write(prep, prep.record, st.source, st.replaced, texts, embeddings, res)
        except Exception as e:  # the store refused the write: undo the vectors, keep the batch going
            recover(self.stores)
            res.status = "failed"
            res.message = f"could not be stored ({type(e).__name__}: {str(e)[:200]}); nothing was changed"
            return res
        if st.old_ids:
            vectors.delete_ids(sorted(st.old_ids))
        for old, ids in st.replaced.items():
            vectors.delete_ids(ids)
            vectors.delete_report(old)
            facts_store.journal_clear(old)
        res.seconds = st.stage_seconds + res.embed_seconds + (time.perf_counter() - t0)
        return res

    def _write(self, prep: Prepared, rec: dict, source: str, replaced: dict[str, list[str]],
               texts: list[str], embeddings: list[list[float]], res: AddResult) -> None:
        """Steps 3 and 4 of the module docstring: vectors, then the one fact-store transaction."""
        doc, facts_store = prep.doc, self.stores.facts
        self.stores.vectors.upsert(prep.ids, texts, embeddings, [c.metadata for c in prep.chunks])
        meta = prep.meta
        facts_store.save_report(
            report_id=doc.sha256,
            agency=rec.get("agency"),
            region=getattr(meta, "region", None),
            aliases=getattr(meta, "aliases", []) or [],
            year=rec.get("year"),
            title=getattr(meta, "title", None),
            format=rec.get("format", "unknown"),
            source=source,
            kind=doc.kind,
            facts_=rec["facts"],
            checks_=rec["checks"],
            chunks_=[
                {"id": i, "position": c.metadata.get("position", n), "section": c.metadata.get("section", 0),
                 "section_title": c.metadata.get("section_title"), "page": c.metadata.get("page"), "text": c.text}
                for n, (i, c) in enumerate(zip(prep.ids, prep.chunks))
            ],
            warnings=res.warnings,
            replaces=replaced,
        )

    def add_paths(
        self, paths: Iterable[str | Path], progress: Callable[[int, int, AddResult], None] | None = None
    ) -> list[AddResult]:
        files: list[Path] = []
        results: list[AddResult] = []
        for p in paths:
            p = Path(p)
            if not p.exists():
                results.append(AddResult(path=str(p), status="failed", message="no such file or folder"))
                continue
            if p.is_file() and p.suffix.lower() not in loaders.SUPPORTED:
                results.append(AddResult(path=str(p), status="failed",
                                         message=f"unsupported file type '{p.suffix or '(none)'}'; supported: "
                                         + ", ".join(sorted(loaders.SUPPORTED))))
                continue
            files.extend(loaders.iter_report_files([p]))
        done = 0
        group: list[_Staged] = []

        def flush() -> None:
            nonlocal done
            for r in self._embed_and_commit(group):
                done += 1
                results.append(r)
                if progress:
                    progress(done, len(files), r)
            group.clear()

        for f in files:
            st = self._stage(f)
            if isinstance(st, AddResult):
                if group:
                    flush()
                done += 1
                results.append(st)
                if progress:
                    progress(done, len(files), st)
                continue
            group.append(st)
            if sum(len(g.prep.chunks) for g in group) >= self.batch_chunks:
                flush()
        if group:
            flush()
        return results

    def remove(self, report_id: str) -> bool:
        ids = self.stores.facts.chunk_ids(report_id)
        removed = self.stores.facts.delete_report(report_id, vector_ids=ids)
        self.stores.vectors.delete_ids(ids)
        self.stores.vectors.delete_report(report_id)
        self.stores.facts.journal_clear(report_id)
        return removed


def summarize(results: list[AddResult]) -> str:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    order = ["added", "unchanged", "replaced", "reindexed", "failed"]
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in order if counts.get(k) or k in ("added", "failed"))


def print_progress(n: int, total: int, r: AddResult) -> None:
    print(f"[{n}/{total}] {r.line()}", file=sys.stderr, flush=True)
