"""Opens the stores, the model and the engine once per process: what the CLI, the app and
the benchmarks share."""
from __future__ import annotations

from functools import lru_cache

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
