"""Embedding reuse by text hash (issue 15): a passage is run through the model once per build.

Every vector record the ingester writes carries two metadata fields: ``text_hash``, the sha256
of exactly the text the model read (the passage prompt + the chunk text), and ``embedded_by``,
the build that ran (``Embedder.build()``: torch, or the ONNX backend with its build number).
The collection already names the model (``stores.vectors``), but torch and float32 ONNX share
one; ``embedded_by`` keeps them apart, so a vector taken again is always one the same model
and backend gave for exactly this text. Before a group of passages is embedded:

- identical texts in the group go to the model once;
- texts this process embedded or found before come from a bounded memory (``Reuse.memo``);
- the rest are looked up in the collection by ``text_hash`` (a few queries per group; the
  Chroma server answers them too, no second store), and a record is taken only if its
  document (or the ``embedded_text`` recorded when the model read another text, e.g. a
  masked table passage) is exactly the text and its ``embedded_by`` is this build.

Records written before this change carry no hash and simply miss; so does anything another
process is writing at the same moment (a miss costs a model call, never a wrong vector: a
vector only ever comes from the model for this very text, through the memory or a record
whose document and build are checked). ``embedding_reuse = false`` turns the look-ups off
(the fields are still written, so a later run can use them). An embedder without ``build``
(a test's or a benchmark's stand-in) is never reused and its records get no fields.
"""
from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

HASH_KEY = "text_hash"
BUILD_KEY = "embedded_by"
READ_KEY = "embedded_text"  # only when the model read other text than the record's document
REUSE_FIELDS = (HASH_KEY, BUILD_KEY, READ_KEY)
MEMO_ENTRIES = 20_000  # vectors kept in memory (384 float32 each: ~30 MB)
LOOKUP_BATCH = 200  # hashes per collection query

Vector = list[float]


def text_hash(prompt: str, text: str) -> str:
    """sha256 of the text the model reads for a passage."""
    return hashlib.sha256((prompt + text).encode("utf-8")).hexdigest()


def record_fields(prompt: str, build: str | None, texts: Sequence[str],
                  documents: Sequence[str] | None = None) -> list[dict[str, str]]:
    """The metadata fields of the vector records of ``texts`` (what the model read; {} each when
    the build is unknown). ``documents``: the records' own texts; where the model read another
    text (a masked table passage), that text is recorded too, so a look-up can check it."""
    if not build:
        return [{} for _ in texts]
    docs = texts if documents is None else documents
    return [{HASH_KEY: text_hash(prompt, t), BUILD_KEY: build, **({READ_KEY: t} if t != d else {})}
            for t, d in zip(texts, docs)]


@dataclass
class ReuseStats:
    texts: int = 0  # passages asked for
    embedded: int = 0  # ... that the model ran
    same_in_group: int = 0  # repeats of a text earlier in the same group
    memory: int = 0  # taken from this process's memory
    stored: int = 0  # taken from a record in the collection

    @property
    def reused(self) -> int:
        return self.texts - self.embedded


class Reuse:
    """The reuse of one process's embedder (``Stores.reuse``; a worker process has its own)."""

    def __init__(self, prompt: str, enabled: bool = True, memo_entries: int = MEMO_ENTRIES):
        self.prompt, self.enabled, self.memo_entries = prompt, enabled, memo_entries
        self.memo: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()  # (build, hash) -> vector
        self.stats = ReuseStats()
        self._lock = threading.Lock()  # the model thread writes the memory, the store thread reads it

    def _remember(self, build: str, h: str, vector: Sequence[float]) -> None:
        with self._lock:
            self.memo[(build, h)] = np.asarray(vector, dtype=np.float32)
            self.memo.move_to_end((build, h))
            while len(self.memo) > self.memo_entries:
                self.memo.popitem(last=False)

    def _recall(self, build: str, h: str) -> Vector | None:
        with self._lock:
            v = self.memo.get((build, h))
        return None if v is None else v.tolist()

    def find(self, collection: Any, build: str | None, texts: Sequence[str]) -> dict[str, Vector]:
        """hash -> vector of the texts the collection (a Chroma collection) holds already, but
        for those in this process's memory (``embed`` takes them from there). Touches the
        store: call it from the thread that owns the stores."""
        if not (self.enabled and build and texts):
            return {}
        want = {text_hash(self.prompt, t): t for t in texts}
        found: dict[str, Vector] = {}
        if collection is not None:
            with self._lock:  # what the memory holds is not asked of the store (``embed`` takes it)
                missing = [h for h in want if (build, h) not in self.memo]
            for i in range(0, len(missing), LOOKUP_BATCH):
                found.update(_lookup(collection, build, {h: want[h] for h in missing[i:i + LOOKUP_BATCH]}))
        return found

    def embed(self, embed: Callable[[list[str]], list[Vector]], build: str | None, texts: Sequence[str],
              found: dict[str, Vector] | None = None) -> list[Vector]:
        """Vectors of ``texts`` in order: ``found`` and the memory first, each other distinct text
        through ``embed`` once. Does not touch the store (the model thread calls it)."""
        texts = list(texts)
        if not texts:
            return []
        if not (self.enabled and build):
            out = embed(texts)
            with self._lock:
                self.stats.texts += len(texts)
                self.stats.embedded += len(texts)
            return out
        found = found or {}
        hashes = [text_hash(self.prompt, t) for t in texts]
        have: dict[str, Vector] = {}
        memory = stored = 0
        for h in dict.fromkeys(hashes):
            if h in found:
                have[h], stored = found[h], stored + 1
            elif (v := self._recall(build, h)) is not None:
                have[h], memory = v, memory + 1
        todo = [h for h in dict.fromkeys(hashes) if h not in have]  # distinct, first-seen order
        if todo:
            text_of = dict(zip(hashes, texts))
            vectors = embed([text_of[h] for h in todo])
            for h, v in zip(todo, vectors):
                have[h] = v
                self._remember(build, h, v)
        for h in have:
            if h in found:
                self._remember(build, h, have[h])
        with self._lock:
            s = self.stats
            s.texts += len(texts)
            s.embedded += len(todo)
            s.same_in_group += len(texts) - len(have)
            s.memory += memory
            s.stored += stored
        return [list(have[h]) for h in hashes]


def _lookup(collection: Any, build: str, want: dict[str, str]) -> dict[str, Vector]:
    """hash -> vector of records of this build whose hash is wanted and whose document is the
    text. One query for the batch; a popular text held by many reports can fill the query's
    limit, so hashes still missing then get one query each (limit 1)."""
    limit = 4 * len(want) + 16
    got = collection.get(where={"$and": [{HASH_KEY: {"$in": list(want)}}, {BUILD_KEY: build}]},
                         include=["embeddings", "documents", "metadatas"], limit=limit)
    found = _take(got, build, want)
    if len(found) < len(want) and len(got["ids"]) >= limit:  # the limit was reached: ask one by one
        for h in [h for h in want if h not in found]:
            found.update(_take(collection.get(where={"$and": [{HASH_KEY: h}, {BUILD_KEY: build}]},
                                              include=["embeddings", "documents", "metadatas"], limit=1),
                               build, {h: want[h]}))
    return found


def _take(got: dict, build: str, want: dict[str, str]) -> dict[str, Vector]:
    out: dict[str, Vector] = {}
    embeddings = got.get("embeddings")
    if embeddings is None:
        return out
    for doc, meta, emb in zip(got.get("documents") or [], got.get("metadatas") or [], embeddings):
        meta = meta or {}
        h = meta.get(HASH_KEY)
        read = meta.get(READ_KEY, doc)  # what the model read: the document, unless recorded
        if h in want and h not in out and meta.get(BUILD_KEY) == build and read == want[h]:
            out[h] = np.asarray(emb, dtype=np.float32).tolist()
    return out
