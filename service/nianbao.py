"""The composition root: opens the stores, the model and the engine once per process, and
hands them out to the app, the CLIs, the benchmarks and the evaluations.

The ingester gets the stores' write side; the engine, the retriever and the views get readers.
"""
from __future__ import annotations

import sys
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, TextIO

from settings import Settings, get_settings


class Nianbao:
    def __init__(self, settings: Settings | None = None, load_model: bool = True, embedder=None):
        """``embedder``: the embedding component (``stores.embedding.Embedder`` by default); a
        benchmark that wants stand-in vectors passes its own."""
        from ingest.pipeline import Ingester
        from stores.bundle import Stores

        self.settings = settings or get_settings()
        self.stores = Stores(self.settings, load_model=load_model, embedder=embedder)
        self.ingester = Ingester(self.stores)
        self.facts = self.stores.facts.reader()  # what the answer side and the views read
        self.vectors = self.stores.vectors.reader()

    # the answer side is built on first use: a CLI that lists or removes reports never needs it
    @cached_property
    def retriever(self):
        from rag.retrieval import HybridRetriever

        return HybridRetriever(self.vectors, self.facts.chunks_for, self.stores.embed_query)

    @cached_property
    def engine(self):
        from rag.engine import Engine

        return Engine(self.facts, self.retriever)

    @cached_property
    def chat(self):
        from rag.phrasing import chat_model

        return chat_model(self.settings)  # None unless a chat endpoint is configured

    # -- answering ----------------------------------------------------------------------------
    def ask(self, question: str, agency: str | None = None, year: int | None = None, context=None):
        answer = self.engine.ask(question, agency=agency, year=year, context=context)
        if self.chat is not None:
            from rag.phrasing import phrase

            text, how = phrase(self.chat, question, answer.record)
            answer.record["answer"] = text
            answer.record["phrased_by"] = how
        return answer

    # -- writing (staff) ----------------------------------------------------------------------
    def add_paths(self, paths, progress: Callable | None = None) -> list:
        return self.ingester.add_paths(paths, progress=progress)

    def add_upload(self, src: str | Path, name: str):
        """Ingest a file a staff member uploaded: kept by content hash under
        ``store_dir/uploads`` (two files with one name are two files); a failed one leaves
        nothing behind. The result's ``path`` is the name the user gave."""
        from ingest import inbox
        from ingest.loaders import SUPPORTED
        from ingest.pipeline import AddResult

        shown = inbox.safe_name(name)
        suffix = Path(shown).suffix.lower()
        if suffix not in SUPPORTED:
            return AddResult(path=shown, status="failed",
                             message=f"unsupported file type '{suffix or '(none)'}'; supported: "
                             + ", ".join(sorted(SUPPORTED)))
        box = Path(self.settings.store_dir) / "uploads"
        kept = inbox.keep(Path(src), shown, box)
        res = self.ingester.add_file(kept)
        if res.status == "failed" and not self.facts.reports_by_source(str(kept.resolve())):
            inbox.discard(kept, box)
        res.path = shown
        return res

    def remove(self, report_id: str) -> bool:
        return self.ingester.remove(report_id)

    def seed_if_empty(self, out: TextIO = sys.stderr) -> list:
        """On an empty store, ingest ``settings.data_dir`` (recursively), printing progress."""
        from ingest.loaders import iter_report_files
        from ingest.pipeline import print_progress

        if self.facts.counts()["reports"]:
            return []
        data_dir = Path(self.settings.data_dir).resolve()
        store_dir = Path(self.settings.store_dir).resolve()
        files = [p for p in iter_report_files([data_dir]) if not p.resolve().is_relative_to(store_dir)]
        print(f"empty store: ingesting {len(files)} report files from {data_dir}", file=out, flush=True)
        results = self.ingester.add_paths(files, progress=print_progress)
        print(summarize(results), file=out, flush=True)
        return results


def summarize(results: list) -> str:
    """"3 added, 1 unchanged, 0 failed": the closing line of an ingestion."""
    from ingest.pipeline import summarize as _summarize

    return _summarize(results)


@lru_cache(maxsize=1)
def get_service() -> Nianbao:
    return Nianbao()
