"""Opens the stores, the model and the engine once per process: what the CLI, the app and
the benchmarks share."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from settings import Settings, get_settings


class Nianbao:
    def __init__(self, settings: Settings | None = None, load_model: bool = True):
        from ingest.pipeline import Ingester, Stores
        from rag.engine import Engine
        from rag.retrieval import HybridRetriever

        self.settings = settings or get_settings()
        self.stores = Stores(self.settings, load_model=load_model)
        self.ingester = Ingester(self.stores)
        self.retriever = HybridRetriever(
            self.stores.vectors, self.stores.facts.chunks_for, self.stores.embed_query
        )
        self.engine = Engine(self.stores.facts, self.retriever)
        from rag.phrasing import chat_model

        self.chat = chat_model(self.settings)  # None unless a chat endpoint is configured

    @property
    def facts(self):
        return self.stores.facts

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

    def ask(self, question: str, agency: str | None = None, year: int | None = None, context=None):
        answer = self.engine.ask(question, agency=agency, year=year, context=context)
        if self.chat is not None:
            from rag.phrasing import phrase

            text, how = phrase(self.chat, question, answer.record)
            answer.record["answer"] = text
            answer.record["phrased_by"] = how
        return answer


@lru_cache(maxsize=1)
def get_service() -> Nianbao:
    return Nianbao()
