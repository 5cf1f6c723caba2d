"""Floor 4 — the service: the one composition root.

``Nianbao`` opens the stores once, builds the ingester and the engine and hands them out; the
app, the CLIs, the benchmarks and the evaluations all start here (``get_service()`` for the
process's default, ``Nianbao(settings, embedder=…)`` for a store of their own). The views
below the face (report tables, year comparisons, the failed-checks listing) are computed in
``service.views`` once, for the UI, the API and the CLI alike. May import every floor below
(settings, vocab, stores, ingest, rag), never the face.
"""
from service.nianbao import Nianbao, get_service

__all__ = ["Nianbao", "get_service"]
