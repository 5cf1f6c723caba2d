"""The stores of one process, opened together: the fact store, the vector store (one Chroma
collection per embedding model), the writer lock and the embedding model; and crash recovery.

Readers (the engine, the views) take ``facts`` and ``vectors``; only the ingester writes, under
``lock``. ``recover`` runs on every open and finishes or undoes the writes of processes that
died mid-way (see ``ingest.pipeline`` for the order of a write).
"""
from __future__ import annotations

import logging
import threading
import time

from settings import Settings, get_settings

from stores.embedding import Embedder
from stores.facts import FactStore
from stores.lock import WriterLock, owner_id, owner_state
from stores.reuse import Reuse, record_fields

log = logging.getLogger(__name__)


class Stores:
    """The two stores, their writer lock and the embedding model, opened once per process."""

    def __init__(self, settings: Settings | None = None, *, load_model: bool | str = True,
                 embedder: Embedder | None = None, lazy_vectors: bool = False):
        """``embedder``: the embedding model component (default: the one ``settings`` names); a
        benchmark that wants stand-in vectors passes its own. ``load_model``: True loads the model
        now, "background" in a thread (``model_ready`` is set when done: the app serves facts
        meanwhile), "later" in a thread started by ``load_model_in_thread()``, False on first
        use. ``lazy_vectors``: Chroma is opened on first use of ``vectors`` (importing chromadb
        takes over a second: the app answers facts before it)."""
        self.settings = settings or get_settings()
        self.settings.store_dir.mkdir(parents=True, exist_ok=True)
        self.lock = WriterLock(self.settings.store_dir)
        self.owner = owner_id()  # what this process's journal rows record
        self.facts = FactStore(self.settings.fact_url)
        self.embedder = embedder or Embedder(self.settings)
        self.model_id = self.embedder.model_id
        self._vectors = None
        self._vectors_lock = threading.Lock()
        if not lazy_vectors:
            self.vectors  # noqa: B018  (opened now: a bad Chroma setting fails here)
        self._query_cache: dict[str, list[float]] = {}
        # passages embedded once per model build (stores/reuse.py; ``embedding_reuse``)
        self.reuse = Reuse(self.settings.passage_prompt, enabled=self.settings.embedding_reuse)
        self.model_ready = threading.Event()  # set once the embedding model is loaded
        self._model_thread: threading.Thread | None = None
        self._model_lock = threading.Lock()
        if load_model == "background":
            self.load_model_in_thread()
        elif load_model and load_model != "later":
            self._load_model()
        recover(self)

    @property
    def vectors(self):
        """The vector store (``stores.vectors.VectorStore``), opened once, on first use."""
        if self._vectors is None:
            with self._vectors_lock:
                if self._vectors is None:
                    from stores.vectors import VectorStore

                    self._vectors = VectorStore.open(self.settings, self.model_id)
        return self._vectors

    @vectors.setter
    def vectors(self, store) -> None:
        self._vectors = store

    def load_model_in_thread(self) -> None:
        """Load the model in a thread (once; ``model_ready`` is set when it is in)."""
        with self._model_lock:
            if self._model_thread is None:
                self._model_thread = threading.Thread(target=self._load_model, args=(True,),
                                                      name="nianbao-model-load", daemon=True)
                self._model_thread.start()

    @property
    def model_loaded(self) -> bool:
        """What /readyz reports: the embedding model is loaded."""
        return self.model_ready.is_set()

    def _load_model(self, background: bool = False) -> None:
        """Load and warm up the model (one query embedding), then set ``model_ready``. In the
        background a failure is logged and the model stays not ready (passage search then
        runs on BM25 alone)."""
        if background and self.settings.model_load_delay_s > 0:  # test only
            time.sleep(self.settings.model_load_delay_s)
        t0 = time.perf_counter()
        try:
            self.embedder.load()
            self.embedder.embed_query("政府信息公开")  # first run of a session allocates: not on a citizen's time
        except Exception:
            if not background:
                raise
            log.exception("embedding model %s failed to load", self.model_id)
            return
        self.model_ready.set()
        log.info("embedding model %s ready (%s) in %.1fs", self.model_id,
                 getattr(self.embedder, "backend", "custom"), time.perf_counter() - t0)

    def embed_build(self) -> str | None:
        """The model build of the passage vectors (``Embedder.build``); None for a stand-in
        embedder without one (its vectors are never reused)."""
        build = getattr(self.embedder, "build", None)
        return build() if callable(build) else None

    def find_embedded(self, texts: list[str]) -> dict[str, list[float]]:
        """text hash -> vector of the ``texts`` this build embedded already (this process's
        memory, then the collection's records): the store thread's half of ``embed_passages``."""
        if not (texts and self.reuse.enabled):
            return {}
        return self.reuse.find(getattr(self.vectors, "collection", None), self.embed_build(), texts)

    def embed_passages(self, texts: list[str], stored: dict[str, list[float]] | None = None) -> list[list[float]]:
        """Vectors of ``texts``; a text embedded already is not embedded again (stores/reuse.py).
        ``stored``: what ``find_embedded`` found, when another thread looked (then the vector
        store is not touched here)."""
        if not texts:
            return []
        if stored is None:
            stored = self.find_embedded(texts)
        vectors = self.reuse.embed(self.embedder.embed_passages, self.embed_build(), texts, stored)
        self.model_ready.set()  # loaded on first use (load_model=False)
        return vectors

    def vector_fields(self, texts: list[str], build: str | None = None,
                      documents: list[str] | None = None) -> list[dict[str, str]]:
        """The reuse fields of the vector records of ``texts`` (what the model read) for vectors
        of ``build`` (default: this process's model); ``documents``: the records' texts, when
        the model read other text (a masked table passage)."""
        return record_fields(self.settings.passage_prompt, build or self.embed_build(), texts, documents)

    def embed_query(self, text: str) -> list[float]:
        """Query vectors are cached: help-desk questions repeat, and the model is the slow part."""
        vec = self._query_cache.get(text)
        if vec is None:
            vec = self.embedder.embed_query(text)
            if len(self._query_cache) >= 2048:
                self._query_cache.pop(next(iter(self._query_cache)))
            self._query_cache[text] = vec
        return vec


def recover(stores: Stores) -> int:
    """Finish or undo the writes of processes that died mid-way; returns rows handled.

    Only with the writer lock taken without waiting: if another thread or process holds it,
    a write is in progress and its journal row is not an orphan, so recovery is left for
    later. Even then, a row is touched only if its owner is gone (a live owner's row, or one
    written on another host, is left alone); a row from before owners were recorded is an
    orphan, since no writer is active while we hold the lock.
    """
    with stores.lock.try_hold() as held:
        if not held:
            return 0
        n = 0
        for row in stores.facts.journal_rows():
            if owner_state(row.owner) in ("gone", "unknown"):
                log.warning("recovery: settling a %r write of report %s left by %s", row.state,
                            row.report_id[:12], row.owner or "an unknown process")
                settle(stores, row.report_id, row.state, row.chunk_ids)
                n += 1
        return n


def settle(stores: Stores, report_id: str, state: str, ids: list[str]) -> None:
    """Finish one journalled write: a "cleanup" removes the vectors left behind, a
    "writing" that never committed has its vectors undone. Caller holds the writer lock."""
    if state == "writing" and report_id in stores.facts.report_ids():
        # committed (cannot happen: the commit clears the row), keep the vectors
        stores.facts.journal_clear(report_id)
        return
    if ids:
        stores.vectors.delete_ids(ids)
    stores.facts.journal_clear(report_id)


