"""Ingestion spread over processes (``add --workers N``) and over machines (``add --shard i/n``).

Shards. Every machine of a fleet is given the same file list and takes the files whose
content hash (the sha256 of the bytes, which is also the report id) modulo ``n`` is ``i``: the
split depends on no path, order, host or clock, the shards are disjoint and together hold
every file, and copies of one file under several names fall into one shard, which then keeps
the name a single run keeps (the first in sorted order). Shards may run at the same time
against the server stores (PostgreSQL + Chroma server): their reports are different, and the
fact store serialises the commits.

Workers. ``N`` processes read, parse, chunk and embed (the slow part, the model); this process
writes every report, one file at a time under the store's writer lock, exactly as a single run
does (``Ingester._commit``). So SQLite and embedded Chroma still see one writer process, and
each report is stored whole or not at all. Each worker's model runs on ``embed_threads``
threads, by default the cores divided by ``N``, so N workers do not oversubscribe the machine.

Idempotent. Report ids are content hashes, chunk ids hash (report, position, text) and every
write replaces what the same ids held: a file stored already is "unchanged" before any worker
starts (a re-run spawns none), and a file two shards both hold (an overlap) is stored once.
"""
from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from ingest.inbox import file_sha256
from ingest.pipeline import AddResult, Ingester, _Staged, collect_files, stage
from ingest.table_summary import model_texts

log = logging.getLogger(__name__)
Progress = Callable[[int, int, AddResult], None]


@dataclass(frozen=True)
class Shard:
    index: int
    count: int

    def holds(self, key: str) -> bool:
        return int(key[:16], 16) % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_shard(text: str) -> Shard:
    """``"i/n"`` with 0 <= i < n; raises ValueError with the reason."""
    i, sep, n = text.partition("/")
    try:
        shard = Shard(int(i), int(n))
    except ValueError:
        raise ValueError(f"--shard wants i/n (e.g. 0/4), not {text!r}") from None
    if not sep or shard.count < 1 or not 0 <= shard.index < shard.count:
        raise ValueError(f"--shard {text}: i must be 0..n-1 and n at least 1")
    return shard


def content_key(path: Path) -> str:
    """The sha256 of the file's bytes (the report id); of its path when it cannot be read."""
    try:
        return file_sha256(Path(path))
    except OSError:
        return hashlib.sha256(str(path).encode()).hexdigest()


def shard_files(files: Iterable[Path], shard: Shard | None) -> list[tuple[Path, str]]:
    """(file, content key) of the files this shard takes, in the given order."""
    keyed = [(Path(f), content_key(f)) for f in files]
    return keyed if shard is None else [(f, k) for f, k in keyed if shard.holds(k)]


def worker_threads(workers: int, embed_threads: int = 0) -> int:
    """Threads of each worker's model: the setting when given, else the cores shared out."""
    return embed_threads if embed_threads > 0 else max(1, (os.cpu_count() or 1) // max(1, workers))


# -- the worker processes ---------------------------------------------------------------------
_worker: dict = {}


def _init_worker(settings, model_id: str) -> None:
    """Once per worker: limit the native thread pools, then load the embedding model."""
    n = str(settings.embed_threads)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = n
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    from stores.embedding import Embedder

    embedder = Embedder(settings)
    if embedder.model_id != model_id:  # vectors of another model must never enter this collection
        raise RuntimeError(f"worker model {embedder.model_id} is not the store's {model_id}")
    embedder.load()
    from stores.reuse import Reuse

    # a worker reuses what it embedded itself (identical texts in one task, or an earlier task);
    # it opens no store, so records stored before are not looked up here
    reuse = Reuse(settings.passage_prompt, enabled=settings.embedding_reuse)
    _worker.update(settings=settings, embedder=embedder, reuse=reuse)


def _prepare_and_embed(paths: list[str]) -> list[tuple["_Staged | AddResult", list[list[float]]]]:
    """In a worker: stage each file (guarded), embed all their chunks in one model call."""
    staged = [stage(Path(p), _worker["settings"]) for p in paths]
    mask = _worker["settings"].table_passages_masked
    texts = [t for s in staged if isinstance(s, _Staged) for t in model_texts(s.prep.chunks, mask)]
    t0 = time.perf_counter()
    embedder = _worker["embedder"]
    build = embedder.build()
    vectors = _worker["reuse"].embed(embedder.embed_passages, build, texts) if texts else []
    seconds = time.perf_counter() - t0
    out, at = [], 0
    for s in staged:
        if isinstance(s, AddResult):
            out.append((s, []))
            continue
        n = len(s.prep.chunks)
        s.res.embed_seconds = seconds * n / max(1, len(texts))
        s.embedded_by = build  # the worker's model build, recorded with each vector
        out.append((s, vectors[at : at + n]))
        at += n
    return out


# -- this process: choose, hand out, write ----------------------------------------------------
class ParallelIngester:
    """``add_paths`` of an ``Ingester``, over a shard of the files and/or N worker processes."""

    def __init__(self, ingester: Ingester, workers: int = 1, shard: Shard | None = None):
        self.ingester = ingester
        self.workers = max(1, int(workers))
        self.shard = shard

    def add_paths(self, paths: Iterable[str | Path], progress: Progress | None = None) -> list[AddResult]:
        files, failed = collect_files(paths)
        keyed = shard_files(files, self.shard)
        if self.shard is not None:
            log.info("shard %s: %d of %d files", self.shard, len(keyed), len(files))
        if self.workers == 1:  # exactly a single run over this shard's files
            return failed + self.ingester.add_paths([f for f, _ in keyed], progress=progress)
        return failed + self._add_with_workers(keyed, progress)

    def _add_with_workers(self, keyed: list[tuple[Path, str]], progress: Progress | None) -> list[AddResult]:
        results: dict[int, AddResult] = {}
        first: dict[str, int] = {}  # content key -> the index of its first file
        todo: list[int] = []
        done = [0]

        def report(i: int, r: AddResult) -> None:
            results[i] = r
            done[0] += 1
            if progress:
                progress(done[0], len(keyed), r)

        for i, (f, key) in enumerate(keyed):
            if key in first:
                continue  # a copy of an earlier file: settled after it (below)
            first[key] = i
            known = self.ingester._unchanged(f)  # a re-run reads a hash per file, starts no worker
            if known is not None:
                report(i, known)
            else:
                todo.append(i)
        if len(todo) == 1:
            report(todo[0], self.ingester.add_file(keyed[todo[0]][0]))
        elif todo:
            self._run_pool([keyed[i][0] for i in todo], todo, report)
        for i, (f, key) in enumerate(keyed):
            if i not in results:  # same bytes as keyed[first[key]]: what a single run says of it
                r = self.ingester._unchanged(f)
                report(i, r or replace(results[first[key]], path=str(f)))
        return [results[i] for i in range(len(keyed))]

    def _run_pool(self, files: list[Path], index: list[int], report: Callable[[int, AddResult], None]) -> None:
        """Stage and embed ``files`` in the workers; write each result here as it comes back."""
        settings = self.ingester.settings
        wsettings = settings.model_copy(update={"embed_threads": worker_threads(self.workers, settings.embed_threads)})
        per_task = max(1, min(8, -(-len(files) // (2 * self.workers))))  # ~8 files ≈ one model batch
        tasks = [list(range(a, min(a + per_task, len(files)))) for a in range(0, len(files), per_task)]
        ctx = mp.get_context("forkserver")  # workers start clean: no threads or stores copied from here
        ctx.set_forkserver_preload(["ingest._warm"])
        committed: set[str] = set()
        pool = ProcessPoolExecutor(max_workers=min(self.workers, len(tasks)), mp_context=ctx,
                                   initializer=_init_worker, initargs=(wsettings, self.ingester.stores.model_id))
        try:
            futures = {pool.submit(_prepare_and_embed, [str(files[j]) for j in task]): task for task in tasks}
            for fut in as_completed(futures):
                try:
                    pairs = fut.result()
                except Exception as e:  # a worker died or could not load the model: say so per file
                    pairs = [(AddResult(path=str(files[j]), status="failed",
                                        message=f"worker failed ({type(e).__name__}: {e}); nothing was stored"), [])
                             for j in futures[fut]]
                for j, (st, vectors) in zip(futures[fut], pairs):
                    report(index[j], self._write(st, vectors, committed))
        finally:  # on an interrupt, files not yet handed out are not started
            pool.shutdown(wait=True, cancel_futures=True)

    def _write(self, st: "_Staged | AddResult", vectors: list[list[float]], committed: set[str]) -> AddResult:
        if isinstance(st, AddResult):
            return st
        if st.prep.doc.sha256 in committed:  # cannot happen after the key dedup; kept as a guard
            st.res.status = "unchanged"
            return st.res
        res = self.ingester._commit(st, vectors)
        if res.status != "failed":
            committed.add(st.prep.doc.sha256)
        return res
