"""Is a process's stores bundle ready to answer? Each store is asked something cheap."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def problems(stores) -> dict[str, str]:
    """What is not ready, by part ("facts", "vectors", "model"): empty when all are."""
    out: dict[str, str] = {}
    try:
        with stores.facts.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as e:
        out["facts"] = f"fact store unreachable ({type(e).__name__}: {str(e)[:200]})"
    try:
        stores.vectors.client.heartbeat()
        stores.vectors.collection.count()
    except Exception as e:
        out["vectors"] = f"vector store unreachable ({type(e).__name__}: {str(e)[:200]})"
    if not getattr(stores, "model_loaded", False):
        out["model"] = "embedding model not loaded"
    for part, what in out.items():
        log.warning("not ready: %s: %s", part, what)
    return out
