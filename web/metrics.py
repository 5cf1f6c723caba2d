"""Prometheus metrics and request logs of one app process (``prometheus_client``).

* ``RequestMetrics`` — ASGI middleware, outermost: counts and times every request by method,
  route template (``/api/reports/{report_id}/facts``, never the raw path, so the label set
  stays small) and status, and logs one line per request (method, path, status, ms) on the
  ``nianbao.http`` logger (JSON with ``log_format = "json"``).
* ``observe_answer(record)`` — the chat and the API call it with each answer record: answers by
  operation and outcome ("found", "not_found", "clarify": an ask-back, value null and a
  non-empty ``clarify`` list, as evals/scoring.py reads it).
* ``observe_ingest(results)`` — ingestion results by status (added, unchanged, failed, …).

``/metrics`` (``web.ops``) serves the process's default registry (with the process and Python
collectors). Each app process has its own counters: scrape every process.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Iterable

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest

log = logging.getLogger("nianbao.http")

REQUESTS = Counter("nianbao_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram("nianbao_http_request_duration_seconds", "HTTP request latency (until the response ends)",
                    ["method", "route"], buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
ANSWERS = Counter("nianbao_answers", "Questions answered", ["operation", "outcome"])
ANSWER_TIME = Histogram("nianbao_answer_duration_seconds", "Engine time per answer (record timings.total_ms)",
                        ["operation"], buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5))
INGESTED = Counter("nianbao_ingested_files", "Files ingested, by result", ["result"])


def outcome(record: dict[str, Any]) -> str:
    """"found", "clarify" (an ask-back) or "not_found", read from an answer record."""
    if record.get("clarify") and record.get("value") is None:
        return "clarify"
    return "found" if record.get("found") else "not_found"


def observe_answer(record: dict[str, Any]) -> None:
    """Count one answer (never raises: metrics must not break an answer)."""
    try:
        op = str(record.get("operation") or "unknown")[:40]
        ANSWERS.labels(operation=op, outcome=outcome(record)).inc()
        total_ms = (record.get("timings") or {}).get("total_ms")
        if isinstance(total_ms, (int, float)):
            ANSWER_TIME.labels(operation=op).observe(total_ms / 1000)
    except Exception:  # pragma: no cover - a malformed record
        log.exception("could not count an answer")


def observe_ingest(results: Iterable[Any]) -> None:
    """Count ingestion results (``AddResult``s or anything with a ``status``)."""
    for r in results:
        INGESTED.labels(result=str(getattr(r, "status", "unknown"))).inc()


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus' text format, and its content type."""
    return generate_latest(), CONTENT_TYPE_LATEST


def route_label(scope: dict[str, Any]) -> str:
    """The matched route's template; "unmatched" when no route took the request."""
    route = scope.get("route")
    path = getattr(route, "path_format", None) or getattr(route, "path", None)
    return path if path else "unmatched"


class RequestMetrics:
    """ASGI middleware: request counts, latencies and one log line per HTTP request."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        t0 = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            self._record(scope, status["code"], time.perf_counter() - t0)

    @staticmethod
    def _record(scope, code: int, seconds: float) -> None:
        method, route = scope.get("method", "?"), route_label(scope)
        REQUESTS.labels(method=method, route=route, status=str(code)).inc()
        LATENCY.labels(method=method, route=route).observe(seconds)
        ms = round(seconds * 1000, 1)
        log.info("%s %s %s %.1fms", method, scope.get("path", ""), code, ms,
                 extra={"method": method, "path": scope.get("path", ""), "route": route, "status": code, "ms": ms})
