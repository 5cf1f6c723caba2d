"""Ingestion: a file becomes one report in both stores, whole or not at all.

Order of a write, and why it is crash-safe and safe beside other processes:
1. read, parse, chunk and embed everything in memory (nothing stored, no lock held: the
   model is the slow part, and a file over ``max_chunks_per_file`` is refused here);
2. take the store folder's writer lock (``stores.lock``), and under it: decide what storing
   the file means (added, replaced, reindexed) from the stores as they are now;
3. journal "writing" with the new chunk ids and this process as owner (fact store);
4. upsert the chunks into the vector store;
5. one fact-store transaction: the report, its facts, checks and chunk texts; the reports it
   replaces deleted, with a "cleanup" journal row each; our "writing" row cleared;
6. delete the replaced reports' vectors, clear their journal rows; release the lock.
``recover()`` (run on every open) finishes step 6 or undoes step 4 after a crash, so the
stores always end with every report having both its chunks and its facts, or neither. It
runs only when it can take the lock without waiting (else a writer is at work and will not
leave a half-write behind), and only on rows whose owner process is gone.
"""
from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ingest import loaders
from ingest.guard import prepare_guarded
from ingest.metadata import identity_problems
from ingest.prepare import Prepared
from ingest.samples import is_generated
from ingest.table_summary import model_texts
from stores.bundle import Stores, settle
from stores.facts import NewReport
from vocab.records import LoadError


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
        if self.agency is None or self.year is None:
            extra += " — FLAGGED: identity not established, not used for answers (python -m ingest list)"
        return f"{self.status:<10} {self.path}: {who}, {self.facts} facts, {self.chunks} chunks{extra}"


@dataclass
class _Staged:
    prep: Prepared
    res: AddResult
    source: str
    stage_seconds: float
    # decided under the writer lock, just before the write (``Ingester._plan``)
    replaced: dict[str, list[str]] = field(default_factory=dict)
    old_ids: set[str] = field(default_factory=set)
    # the model build that gave the vectors, when not this process's (an ``ingest.parallel``
    # worker's); recorded with each vector for reuse (stores/reuse.py)
    embedded_by: str | None = None


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
        """A file stored already is "unchanged"; any other is read, parsed and chunked."""
        t0 = time.perf_counter()
        known = self._unchanged(path)
        if known is not None:
            known.seconds = time.perf_counter() - t0
            return known
        return stage(path, self.settings, t0)

    def _plan(self, st: "_Staged") -> None:
        """Decide what storing a staged file means, from the stores as they are now: the
        caller holds the writer lock, so no other writer changes them before the commit."""
        facts_store, report_id = self.stores.facts, st.prep.doc.sha256
        # stored with all its vectors was answered by _unchanged(); stored otherwise (another
        # model's collection, a chunker change) means its chunks are embedded again
        existing = facts_store.get_report(report_id) is not None
        st.replaced = {
            r.id: facts_store.chunk_ids(r.id) for r in facts_store.reports_by_source(st.source) if r.id != report_id
        }
        st.res.status = "reindexed" if existing else ("replaced" if st.replaced else "added")
        st.old_ids = set(facts_store.chunk_ids(report_id)) - set(st.prep.ids) if existing else set()

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
        if rep is None or bool(rep.sample) != is_generated(path.resolve()):
            return None  # not stored, or stored before samples were flagged: store it again
        ids = self.stores.facts.chunk_ids(report_id)
        if not ids or self.stores.vectors.existing_ids(ids) != set(ids):
            return None  # e.g. another embedding model's collection: embed again
        return AddResult(path=str(path), status="unchanged", report_id=report_id, agency=rep.name,
                         year=rep.year, chunks=len(ids), facts=rep.n_facts, warnings=list(rep.warnings))

    def _embed_and_commit(self, staged: list["_Staged"]) -> list[AddResult]:
        """Embed the chunks of several staged files in one model call (small per-file batches
        waste the model), then store each file on its own: each report whole or not at all."""
        texts = [t for st in staged for t in model_texts(st.prep.chunks, self.settings.table_passages_masked)]
        t_embed = time.perf_counter()
        embeddings = self.stores.embed_passages(texts) if texts else []
        return self._commit_group(staged, embeddings, time.perf_counter() - t_embed)

    def _commit_group(self, staged: list["_Staged"], embeddings: list[list[float]],
                      embed_seconds: float) -> list[AddResult]:
        """Store each staged file of a group with its share of ``embeddings`` (in order)."""
        n_texts = sum(len(st.prep.chunks) for st in staged)
        out, at, committed = [], 0, set()
        for st in staged:
            n = len(st.prep.chunks)
            mine = embeddings[at : at + n]
            at += n
            st.res.embed_seconds = embed_seconds * n / max(1, n_texts)
            if st.prep.doc.sha256 in committed:  # the same file twice in one batch
                st.res.status = "unchanged"
                out.append(st.res)
                continue
            out.append(self._commit(st, mine))
            if st.res.status != "failed":
                committed.add(st.prep.doc.sha256)
        return out

    def _commit(self, st: "_Staged", embeddings: list[list[float]]) -> AddResult:
        """Steps 2-6 of the module docstring, all under the writer lock (held for the store
        writes of this one file: the embeddings are ready before it is taken)."""
        t0 = time.perf_counter()
        prep, res, facts_store, vectors = st.prep, st.res, self.stores.facts, self.stores.vectors
        texts = [c.text for c in prep.chunks]
        read = model_texts(prep.chunks, self.settings.table_passages_masked)  # what the model read
        fields = self.stores.vector_fields(read, st.embedded_by, texts) if texts else []
        with self.stores.lock:
            self._plan(st)
            facts_store.journal_set(prep.doc.sha256, "writing", prep.ids, owner=self.stores.owner)
            try:
                self._write(prep, prep.record, st.source, st.replaced, texts, embeddings, res, fields)
            except Exception as e:  # the store refused the write: undo the vectors, keep the batch going
                settle(self.stores, prep.doc.sha256, "writing", prep.ids)
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
               texts: list[str], embeddings: list[list[float]], res: AddResult,
               fields: list[dict[str, str]] | None = None) -> None:
        """Steps 4 and 5 of the module docstring: vectors, then the one fact-store transaction.
        ``fields``: each vector's reuse fields (text hash and build, stores/reuse.py)."""
        doc, facts_store = prep.doc, self.stores.facts
        metas = [dict(c.metadata, **f) for c, f in zip(prep.chunks, fields or [{} for _ in prep.chunks])]
        self.stores.vectors.upsert(prep.ids, texts, embeddings, metas)
        meta = prep.meta
        agency, year = rec.get("agency"), rec.get("year")
        stored = facts_store.get_report(doc.sha256) if agency is None or year is None else None
        if stored is not None:  # the same file again: keep the identity staff set for it
            agency, year = agency or stored.name, year or stored.year
        facts_store.save_report(
            NewReport(
                id=doc.sha256, agency=agency, year=year, format=rec.get("format", "unknown"),
                source=source, kind=doc.kind, region=getattr(meta, "region", None),
                title=getattr(meta, "title", None), aliases=list(getattr(meta, "aliases", []) or []),
                facts=rec["facts"], checks=rec["checks"], warnings=res.warnings,
                sample=is_generated(source),  # listed in a generator manifest beside it: fictional
                chunks=[{"id": i, "position": c.metadata.get("position", n), "section": c.metadata.get("section", 0),
                         "section_title": c.metadata.get("section_title"), "page": c.metadata.get("page"),
                         "text": c.text}
                        for n, (i, c) in enumerate(zip(prep.ids, prep.chunks))],
            ),
            replaces=replaced, owner=self.stores.owner,
        )

    def add_paths(
        self, paths: Iterable[str | Path], progress: Callable[[int, int, AddResult], None] | None = None
    ) -> list[AddResult]:
        files, results = collect_files(paths)
        counter = [0]

        def emit(rs: list[AddResult]) -> None:
            for r in rs:
                counter[0] += 1
                results.append(r)
                if progress:
                    progress(counter[0], len(files), r)

        if self.settings.ingest_overlap and len(files) > 1:
            from ingest.overlap import add_overlapped  # noqa: PLC0415

            add_overlapped(self, files, emit, stage)
            return results
        group: list[_Staged] = []
        for f in files:
            st = self._stage(f)
            if isinstance(st, AddResult):
                if group:
                    emit(self._embed_and_commit(group))
                    group.clear()
                emit([st])
                continue
            group.append(st)
            if sum(len(g.prep.chunks) for g in group) >= self.batch_chunks:
                emit(self._embed_and_commit(group))
                group.clear()
        if group:
            emit(self._embed_and_commit(group))
        return results

    def remove(self, report_id: str) -> bool:
        """Remove a report from both stores, under the writer lock: its fact-store rows go in
        one transaction that also journals a "cleanup" of its vectors, then the vectors go
        and the journal row is cleared (a crash in between is finished by ``recover``)."""
        with self.stores.lock:
            ids = self.stores.facts.chunk_ids(report_id)
            removed = self.stores.facts.delete_report(report_id, vector_ids=ids, owner=self.stores.owner)
            self.stores.vectors.delete_ids(ids)
            self.stores.vectors.delete_report(report_id)
            self.stores.facts.journal_clear(report_id)
        return removed


def stage(path: Path, settings, t0: float | None = None) -> "_Staged | AddResult":
    """Read, parse and chunk one file (in a guarded child process): stores nothing and needs
    no store, so ``ingest.parallel``'s worker processes call it too."""
    t0 = time.perf_counter() if t0 is None else t0
    res = AddResult(path=str(path), status="failed")
    try:
        prep = prepare_guarded(path, settings)
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
    # a body or year that cannot be established is never guessed: the report is stored
    # flagged, with the reason, and answers nothing until staff set them (set-identity)
    res.warnings = list(rec.get("warnings", [])) + identity_problems(doc, prep.meta)
    return _Staged(prep, res, str(path.resolve()), time.perf_counter() - t0)


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[AddResult]]:
    """The report files named by ``paths`` (folders recursively), and a failed result for
    each path that does not exist or names a file of an unsupported type."""
    files: list[Path] = []
    failed: list[AddResult] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            failed.append(AddResult(path=str(p), status="failed", message="no such file or folder"))
            continue
        if p.is_file() and p.suffix.lower() not in loaders.SUPPORTED:
            failed.append(AddResult(path=str(p), status="failed",
                                    message=f"unsupported file type '{p.suffix or '(none)'}'; supported: "
                                    + ", ".join(sorted(loaders.SUPPORTED))))
            continue
        files.extend(loaders.iter_report_files([p]))
    return files, failed


def summarize(results: list[AddResult]) -> str:
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    order = ["added", "unchanged", "replaced", "reindexed", "failed"]
    return ", ".join(f"{counts.get(k, 0)} {k}" for k in order if counts.get(k) or k in ("added", "failed"))


def print_progress(n: int, total: int, r: AddResult) -> None:
    print(f"[{n}/{total}] {r.line()}", file=sys.stderr, flush=True)
