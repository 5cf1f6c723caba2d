"""Adding many files with reading, the model and the store writes overlapped (issue 15).

One run of ``Ingester.add_paths`` used to do these one after another: read and parse a group
of files, embed their chunks, write them. Here three things happen at once:

- a thread stages the next files (read, parse, chunk: each in its guarded child process, so
  the thread only waits on a pipe), up to ``PREFETCH_FILES`` ahead;
- a thread runs the model on one group of chunks (ONNX Runtime and torch release the GIL);
- this thread writes the previous group, file by file, exactly as a single run does
  (``Ingester._commit_group``: under the writer lock, each report whole or not at all).

The stores are touched from this thread only (the "unchanged" check and the writes); the
model from its thread only. Results come out in file order. A file whose bytes were already
handed to the model earlier in the run (a copy under another name) is "unchanged" once that
one is written, as a copy in the same model call always was. ``ingest_overlap = false`` turns this off.
"""
from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from ingest.table_summary import model_texts

# ingest.pipeline calls this module and hands it its ``stage`` function; nothing is imported
# back from there (no import cycle). A staged file has ``.prep``; a result does not.
PREFETCH_FILES = 8  # files staged ahead of the one being grouped (each ~8-60 chunks)
Item = Any  # ingest.pipeline._Staged | AddResult
Ingester = Any
AddResult = Any


def _staged(x: Item) -> bool:
    return hasattr(x, "prep")


def _embed(ing: Ingester, texts: list[str], stored: dict) -> tuple[list[list[float]], float]:
    t0 = time.perf_counter()
    vectors = ing.stores.embed_passages(texts, stored=stored) if texts else []
    return vectors, time.perf_counter() - t0


class _Run:
    def __init__(self, ing: Ingester, emit: Callable[[list[AddResult]], None]):
        self.ing, self.emit = ing, emit
        self.group_chunks = max(1, min(ing.batch_chunks, ing.settings.ingest_overlap_chunks))
        self.model = ThreadPoolExecutor(1, thread_name_prefix="ingest-embed")
        self.inflight: tuple[list[Item], Future] | None = None
        self.group: list[Item] = []
        self.sent: set[str] = set()  # report ids of files in a group handed to the model
        self.written: set[str] = set()  # ... and of those stored

    def send(self) -> None:
        """Hand the current group to the model, then write the previous one meanwhile."""
        if not self.group:
            return
        staged = [x for x in self.group if _staged(x)]
        mask = self.ing.settings.table_passages_masked
        texts = [t for st in staged for t in model_texts(st.prep.chunks, mask)]
        # vectors of these texts stored already are looked up here, in the stores' thread; the
        # model thread then also takes what the group before this one embedded (stores/reuse.py)
        stored = self.ing.stores.find_embedded(texts) if texts else {}
        fut = self.model.submit(_embed, self.ing, texts, stored)
        self.sent.update(st.prep.doc.sha256 for st in staged)
        previous, self.inflight, self.group = self.inflight, (self.group, fut), []
        if previous:
            self.write(previous)

    def drain(self) -> None:
        """Wait for the model and write what it holds."""
        if self.inflight:
            previous, self.inflight = self.inflight, None
            self.write(previous)

    def write(self, item: tuple[list[Item], Future]) -> None:
        group, fut = item
        vectors, seconds = fut.result()
        staged = [x for x in group if _staged(x)]
        results = self.ing._commit_group(staged, vectors, seconds)
        self.written.update(r.report_id for r in results if r.status != "failed" and r.report_id)
        done = iter(results)
        self.emit([next(done) if _staged(x) else x for x in group])

    def take(self, path: Path, item: Item) -> None:
        if _staged(item) and item.prep.doc.sha256 in self.sent:
            # the same bytes as a file handed to the model already: once that one is written,
            # this is "unchanged", as a copy in the same model call is (Ingester._commit_group);
            # written again if that one failed
            self.send()
            self.drain()
            if item.prep.doc.sha256 in self.written:
                item.res.status = "unchanged"
                item = item.res
        self.group.append(item)
        if sum(len(x.prep.chunks) for x in self.group if _staged(x)) >= self.group_chunks:
            self.send()


def add_overlapped(ing: Ingester, files: list[Path], emit: Callable[[list[AddResult]], None],
                   stage: Callable[..., Item]) -> None:
    """Stage, embed and write ``files`` with the three overlapped; ``emit`` gets the results
    in file order, a group at a time."""
    run = _Run(ing, emit)
    stager = ThreadPoolExecutor(1, thread_name_prefix="ingest-stage")
    ahead: deque[tuple[Path, Future | AddResult]] = deque()
    todo = iter(files)

    def fill() -> None:
        while len(ahead) < PREFETCH_FILES and (f := next(todo, None)) is not None:
            known = ing._unchanged(f)  # a stored file is not read again
            ahead.append((f, known if known is not None else stager.submit(stage, f, ing.settings)))

    try:
        fill()
        while ahead:
            f, item = ahead.popleft()
            fill()
            run.take(f, item.result() if isinstance(item, Future) else item)
        run.send()
        run.drain()
    finally:  # on an error or an interrupt, files not yet started are not read
        stager.shutdown(wait=True, cancel_futures=True)
        run.model.shutdown(wait=True, cancel_futures=True)
