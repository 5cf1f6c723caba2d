"""The embedding model's similarity of a question to sentences of the reports' text.

``rag.narrative`` takes a number its words found only weakly when the model, too, finds that
number's sentence the closest to the question (``narrative._agreed``). Sentence vectors are kept
(by text) after their first use: a report's sentences with numbers are a few hundred, embedded
once, in about a second on 2 cores; a question then costs one query vector.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Callable, Sequence

import numpy as np


class SentenceSimilarity:
    def __init__(self, embed_query: Callable[[str], Sequence[float]],
                 embed_passages: Callable[[list[str]], Sequence[Sequence[float]]],
                 ready: Callable[[], bool] = lambda: True, max_cached: int = 50_000):
        """``ready``: False while the model loads (then no similarity: the words decide alone)."""
        self._query, self._passages, self._ready = embed_query, embed_passages, ready
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._max = max_cached
        self._lock = threading.Lock()

    def __call__(self, question: str, texts: list[str]) -> list[float]:
        if not texts or not self._ready():
            return []
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            vecs = np.asarray(self._passages(missing), dtype=np.float32)
            with self._lock:
                for t, v in zip(missing, vecs):
                    self._cache[t] = v
                while len(self._cache) > self._max:
                    self._cache.popitem(last=False)
        q = np.asarray(self._query(question), dtype=np.float32)
        with self._lock:
            mat = np.stack([self._cache[t] for t in texts])
        return (mat @ q).tolist()
