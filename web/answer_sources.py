"""An answer's sources as a download: the cells (and passages) a chat answer cites, kept on the
server under a random id the answer's "下载来源 CSV / XLSX" links carry, and served as CSV or
Excel by ``GET /api/answers/{id}/sources.{csv|xlsx}`` (rows from ``service.views``, bytes from
``service.exports``: the same as every staff table's download).

Only rows the service made are kept (never anything a client sent); bounded, least recently
used dropped, like the chat's conversations (``web.conversations``).
"""
from __future__ import annotations

import re
import threading
import uuid
from collections import OrderedDict
from typing import Any

from fastapi import FastAPI, HTTPException, Response

from service import views

_ID = re.compile(r"^[0-9a-f]{32}$")


class AnswerSources:
    def __init__(self, max_answers: int = 5000):
        self.max = max_answers
        self._items: OrderedDict[str, tuple[str, list[dict[str, Any]]]] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, record: dict[str, Any]) -> str | None:
        """Keep the sources of an answer that cites facts; their id (None: nothing to offer)."""
        if not record.get("facts"):
            return None
        rows = views.answer_source_rows(record)
        reps = record.get("reports") or []
        name = "sources_" + "_".join(f"{r.get('agency') or ''}{r.get('year') or ''}" for r in reps[:2])
        sid = uuid.uuid4().hex
        with self._lock:
            self._items[sid] = (name, rows)
            while len(self._items) > self.max:
                self._items.popitem(last=False)
        return sid

    def get(self, sid: Any) -> tuple[str, list[dict[str, Any]]] | None:
        if not isinstance(sid, str) or not _ID.match(sid):
            return None
        with self._lock:
            got = self._items.get(sid)
            if got is not None:
                self._items.move_to_end(sid)
            return got


ANSWER_SOURCES = AnswerSources()


def add_answer_source_routes(api: FastAPI, download) -> None:
    """``download(data, name, fmt)`` makes the attachment response (``web.exports.download``)."""
    @api.get("/api/answers/{sid}/sources.{fmt}", summary="The cells a chat answer cites, as CSV or Excel")
    def answer_sources(sid: str, fmt: str) -> Response:
        if fmt not in ("csv", "xlsx"):
            raise HTTPException(404, "csv or xlsx")
        got = ANSWER_SOURCES.get(sid)
        if got is None:
            raise HTTPException(404, "这个回答的来源已不在服务器上，请重新提问。The sources of this answer are no longer "
                                "kept; ask again.")
        name, rows = got
        from service import exports  # pandas: loaded on the first download, not at start (issue 15)

        data = exports.to_csv(rows) if fmt == "csv" else exports.to_xlsx({"来源 sources": rows})
        return download(data, name, fmt)
