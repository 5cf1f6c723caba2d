"""The operator's routes: ``/healthz`` (liveness), ``/readyz`` (readiness) and ``/metrics``.

``/healthz`` answers as long as the process serves: no ``COUNT(*)`` per probe; the store
counts it shows are recomputed only when the store changed (one single-row read), and if the
database cannot be read it still answers, with the last counts and ``"stale": true`` — whether
the stores are reachable is ``/readyz``'s question. ``/readyz`` is 200 when the fact store,
the vector store (Chroma, embedded or server) and the embedding model are all ready, else
503 with what is missing. Keep both, and ``/metrics``, off the public proxy
(docs/deployment.md).
"""
from __future__ import annotations

import logging
import threading
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from service import get_service
from service.ops import readiness
from web.api_models import Health
from web.metrics import exposition
from web.startup import ui_state

log = logging.getLogger(__name__)


class _Counts:
    """The store counts, recomputed when the store's version changes."""

    def __init__(self):
        self.version: int | None = None
        self.counts: dict[str, int] = {"reports": 0, "facts": 0, "chunks": 0, "agencies": 0}
        self.lock = threading.Lock()

    def get(self) -> dict[str, Any]:
        facts = get_service().facts
        try:
            version = facts.version()
            with self.lock:
                if version != self.version:
                    self.counts, self.version = facts.counts(), version
                return dict(self.counts)
        except Exception as e:  # liveness does not depend on the database: readiness does
            log.warning("healthz: store counts unavailable (%s: %s)", type(e).__name__, e)
            return {**self.counts, "stale": True}


def ops_router() -> APIRouter:
    r = APIRouter(tags=["health"])
    counts = _Counts()

    @r.get("/healthz", response_model=Health, summary="Liveness, with the store counts (no database scan per probe)")
    def healthz() -> dict:
        return {"status": "ok", "ui": ui_state(), **counts.get()}  # ui: the Gradio page "loading"|"ready"

    @r.get("/readyz", summary="Readiness: 200 when both stores and the embedding model are ready, else 503",
           responses={503: {"description": "not ready; `missing` says what"}})
    def readyz() -> JSONResponse:
        try:
            missing = readiness(get_service())
        except Exception as e:
            missing = {"service": f"{type(e).__name__}: {str(e)[:200]}"}
        if missing:
            return JSONResponse({"status": "not ready", "missing": missing}, status_code=503)
        return JSONResponse({"status": "ready"})

    @r.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        body, content_type = exposition()
        return Response(body, media_type=content_type)

    return r
