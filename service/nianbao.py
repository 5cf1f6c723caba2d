"""The composition root: opens the stores, the model and the engine once per process, and
hands them out to the app, the CLIs, the benchmarks and the evaluations.

The ingester gets the stores' write side; the engine, the retriever and the views get readers.
"""
from __future__ import annotations

import sys
import threading
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Callable, TextIO

from settings import Settings, get_settings


def _inject_fault(spec: str, question: str) -> None:
    """TEST ONLY (``settings.fault_inject``, comma-separated rules): a question containing the
    marker fails with a server error ("MARKER" / "raise:MARKER") or is answered late
    ("sleep:SECONDS:MARKER")."""
    import time

    for rule in spec.split(","):
        kind, _, rest = rule.strip().partition(":")
        if kind == "sleep":
            seconds, _, marker = rest.partition(":")
            if marker and marker in question:
                time.sleep(float(seconds))
            continue
        marker = rest if kind == "raise" else rule.strip()
        if marker and marker in question:
            raise RuntimeError("injected fault (NIANBAO_FAULT_INJECT, test only)")


class Nianbao:
    def __init__(self, settings: Settings | None = None, load_model: bool | str = True, embedder=None):
        """``embedder``: the embedding component (``stores.embedding.Embedder`` by default); a
        benchmark that wants stand-in vectors passes its own. ``load_model="background"`` (the
        app): the service answers facts at once; ``warm_up()`` then starts loading the model in a
        thread (``model_ready``) and opens Chroma and the retriever, else they come on first use
        (issue 15: start in seconds)."""
        from ingest.pipeline import Ingester
        from stores.bundle import Stores

        self.settings = settings or get_settings()
        background = load_model == "background"
        self.stores = Stores(self.settings, load_model="later" if background else load_model, embedder=embedder,
                             lazy_vectors=background)
        self.ingester = Ingester(self.stores)
        self.facts = self.stores.facts.reader()  # what the answer side and the views read
        # set while warm_up() builds the question reader's body matcher (/readyz says so)
        self.matcher_warming = threading.Event()

    @cached_property
    def vectors(self):
        return self.stores.vectors.reader()

    def warm_up(self) -> None:
        """Start loading the model (in its own thread), open Chroma, build the retriever and load
        jieba's dictionary now, not on the first passage question (the app calls this in a
        thread once it serves)."""
        from rag.retrieval import tokenize

        # the body matcher, in its own thread: a minute at 25,000 bodies (bench/RESULTS.md), which
        # the chat page need not wait for; /readyz says "questions" until it is built
        self.matcher_warming.set()
        threading.Thread(target=self._warm_matcher, name="nianbao-matcher", daemon=True).start()
        self.stores.load_model_in_thread()
        self.retriever  # noqa: B018
        tokenize("政府信息公开工作年度报告")

    def _warm_matcher(self) -> None:
        try:
            self.engine.warm()
        finally:
            self.matcher_warming.clear()

    # the answer side is built on first use: a CLI that lists or removes reports never needs it
    @cached_property
    def retriever(self):
        from rag.retrieval import HybridRetriever

        return HybridRetriever(self.vectors, self.facts.chunks_for, self.stores.embed_query,
                               vectors_ready=self.stores.model_ready.is_set)

    @property
    def model_ready(self) -> bool:
        """The embedding model is loaded (``model_ready_event`` to wait for it). Until then fact
        questions are answered as usual and passages are found by BM25 alone (said in the answer)."""
        return self.stores.model_ready.is_set()

    @property
    def model_ready_event(self):
        return self.stores.model_ready

    @cached_property
    def engine(self):
        from rag.engine import Engine

        # the retriever (langchain, Chroma: seconds of imports) is built on the first passage search
        from rag.similarity import SentenceSimilarity

        similar = SentenceSimilarity(self.stores.embed_query, self.stores.embed_passages, self.stores.model_ready.is_set)
        return Engine(self.facts, _RetrieverOnFirstUse(lambda: self.retriever), similar=similar,
                      confirm_below=self.settings.confirm_below)

    @cached_property
    def chat(self):
        from rag.phrasing import chat_model

        return chat_model(self.settings)  # None unless a chat endpoint is configured

    # -- answering ----------------------------------------------------------------------------
    def ask(self, question: str, agency: str | None = None, year: int | None = None, context=None):
        if self.settings.fault_inject:
            _inject_fault(self.settings.fault_inject, question)
        ready = self.model_ready
        answer = self.engine.ask(question, agency=agency, year=year, context=context)
        if not ready and answer.record.get("passages"):
            _note_keyword_only(answer.record)
        if self.chat is not None:
            from rag.phrasing import phrase

            text, how = phrase(self.chat, question, answer.record)
            answer.record["answer"] = text
            answer.record["phrased_by"] = how
        return answer

    # -- writing (staff) ----------------------------------------------------------------------
    def add_paths(self, paths, progress: Callable | None = None, actor: str = "cli", workers: int = 1,
                  shard=None) -> list:
        """Ingest files and folders; every file that changed the store (or failed) is recorded
        in the audit log. ``workers`` > 1 parses and embeds in that many processes; ``shard``
        (``ingest.parallel.Shard``) takes this machine's share of the files (ingest.parallel)."""
        ingester = self.ingester
        if workers > 1 or shard is not None:
            from ingest.parallel import ParallelIngester

            ingester = ParallelIngester(self.ingester, workers=workers, shard=shard)
        results = ingester.add_paths(paths, progress=progress)
        for res in results:
            if res.status != "unchanged":
                self._record_result("add", res, actor)
        return results

    def _record_result(self, action: str, res, actor: str) -> None:
        """One ingestion in the audit log: "replace" when it replaced a report."""
        who = f"{res.agency or '?'} {res.year or '?'}" if res.status != "failed" else ""
        summary = " · ".join(x for x in (who, Path(str(res.path)).name) if x)
        self.record_action("replace" if res.status == "replaced" else action, res.report_id, summary, actor,
                           {"status": res.status, "file": Path(str(res.path)).name, "message": res.message,
                            "facts": res.facts, "chunks": res.chunks})

    def add_upload(self, src: str | Path, name: str, actor: str = "staff"):
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
        self._record_result("upload", res, actor)
        return res

    def remove(self, report_id: str, actor: str = "") -> bool:
        """Remove a report from both stores; recorded in the audit log."""
        rep = self.facts.get_report(report_id)
        removed = self.ingester.remove(report_id)
        if removed and rep is not None:
            self.record_action("remove", report_id, f"{rep.label()} · {Path(rep.source).name}", actor,
                               {"status": "removed", "file": Path(rep.source).name})
        return removed

    def set_identity(self, report_id: str, agency: str | None = None, year: int | None = None,
                     actor: str = "") -> bool:
        """Correct a report's body and/or year (staff); recorded in the audit log."""
        before = self.facts.get_report(report_id)
        with self.stores.lock:
            ok = self.stores.facts.set_identity(report_id, agency=agency, year=year)
        if ok and before is not None:
            self.record_action("identity", report_id, f"{before.label()} → {agency or before.name} {year or before.year}",
                               actor, {"from": {"agency": before.name, "year": before.year},
                                       "to": {"agency": agency or before.name, "year": year or before.year}})
        return ok

    def set_primary(self, report_id: str, actor: str = "") -> bool:
        """Mark a report as the one answers use for its body and year, when that body and year
        is held in reports with different numbers (staff); recorded in the audit log."""
        rep = self.facts.get_report(report_id)
        with self.stores.lock:
            ok = self.stores.facts.set_primary(report_id)
        if ok and rep is not None:
            self.record_action("primary", report_id, f"{rep.label()} · {Path(rep.source).name}", actor,
                               {"file": Path(rep.source).name, "agency": rep.name, "year": rep.year})
        return ok

    def original_file(self, report_id: str) -> Path | None:
        """The file a stored report was read from, while it still holds that report's bytes
        (its sha256 is the report id); None when the report, or its unchanged file, is gone."""
        from ingest.inbox import file_sha256

        rep = self.facts.get_report(report_id)
        if rep is None or not rep.source:
            return None
        path = Path(rep.source)
        try:
            return path if path.is_file() and file_sha256(path) == rep.id else None
        except OSError:
            return None

    def duplicate_pairs(self) -> list[dict]:
        """Bodies and years held in reports with different numbers, for staff (rag.consistency)."""
        from rag.consistency import duplicate_pairs

        return duplicate_pairs(self.facts)

    def record_action(self, action: str, report_id: str | None = None, summary: str = "", actor: str = "",
                      detail: dict | None = None) -> None:
        """Append a staff action (upload, remove, identity …) to the store's audit log."""
        self.stores.facts.record_action(action, report_id, summary, actor, detail)

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


class _RetrieverOnFirstUse:
    """Stands for ``Nianbao.retriever`` in the engine until a search needs it: fact answers never
    wait for langchain and Chroma to load."""

    def __init__(self, build: Callable):
        self._build = build

    def search(self, *args, **kwargs):
        return self._build().search(*args, **kwargs)


def summarize(results: list) -> str:
    """"3 added, 1 unchanged, 0 failed": the closing line of an ingestion."""
    from ingest.pipeline import summarize as _summarize

    return _summarize(results)


def _note_keyword_only(record: dict) -> None:
    """Say in the answer that its passages were found while the model was still loading."""
    record["retrieval"] = "bm25-only"
    record["answer"] += ("\n\n（语义检索模型仍在加载，以上段落仅按关键词检索，稍后再问可能更准确。）"
                         if record.get("language") == "zh" else
                         "\n\n(The semantic search model is still loading: these passages were found by "
                         "keyword search alone; asking again in a minute may find better ones.)")


_load_model: bool | str = True


def load_model_in_background() -> None:
    """For app.py, before its first ``get_service()``: the service starts answering at once;
    ``Nianbao.warm_up()`` (called once the app serves) loads the embedding model in a thread
    (``Nianbao.model_ready``) and opens the vector store."""
    global _load_model
    _load_model = "background"


@lru_cache(maxsize=1)
def get_service() -> Nianbao:
    return Nianbao(load_model=_load_model)
