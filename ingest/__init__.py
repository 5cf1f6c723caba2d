"""Floor 3 — ingestion: file → document → identity → tables → facts + checks → chunks →
the stores (``pipeline``, the only writer). May import ``settings``, ``vocab`` and ``stores``;
never ``rag``, ``service`` or the face. ``python -m ingest`` (``__main__``) is a face: it works
through the service.
"""
