"""Limits at the door: what a client may send, checked on the server.

* ``question_problem`` — a question that is too long, empty, or not valid Unicode (a lone
  surrogate) is refused before it reaches the engine, with a message in both languages.
* ``GradioGate`` — ASGI middleware in front of the mounted Gradio app. Only the routes the
  page itself uses stay open: Gradio's public-API routes (``/gradio_api/call|run|api/…``,
  ``info``, its ``openapi.json``, ``proxy=``, run history, MCP) answer 404 — the help-desk API
  is ours, under ``/api``. ``/gradio_api/upload``: without a staff token configured nobody may
  upload; with one, the request must carry it (the UI puts the typed token into a same-site
  cookie), and the bytes accepted per hour are capped. Gradio's upload folder is swept of
  files older than ``max_age_s``.
"""
from __future__ import annotations

import hmac
import threading
import time
from pathlib import Path
from typing import Callable
from urllib.parse import unquote

STAFF_COOKIE = "nb_staff"


def question_problem(text: str, max_chars: int) -> str | None:
    """Why ``text`` cannot be asked, or None when it can."""
    if not isinstance(text, str) or not text.strip():
        return "问题是空的。The question is empty."
    if len(text) > max_chars:
        return (f"问题太长（{len(text)} 字，上限 {max_chars} 字），请缩短后再问。"
                f"The question is too long ({len(text)} characters, limit {max_chars}).")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "问题里有无效的字符。The question contains invalid characters (a lone surrogate)."
    return None


def token_matches(given: str | None, expected: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(given).encode(), str(expected).encode())


def _cookie(headers: list[tuple[bytes, bytes]], name: str) -> str | None:
    for k, v in headers:
        if k.lower() != b"cookie":
            continue
        for part in v.decode("latin-1").split(";"):
            key, _, val = part.strip().partition("=")
            if key == name:
                return unquote(val)
    return None


_CLOSED = ("/gradio_api/call/", "/gradio_api/run/", "/gradio_api/api/", "/gradio_api/info",
           "/gradio_api/openapi.json", "/gradio_api/proxy=", "/gradio_api/runs", "/gradio_api/run-history",
           "/gradio_api/mcp", "/gradio_api/dev/", "/gradio_api/deep_link")


class GradioGate:
    """Closes Gradio's public-API routes; refuses uploads unless the staff token is presented,
    and caps the bytes accepted per hour (``budget_bytes``); sweeps old files from ``upload_dir``."""

    def __init__(self, app, *, token: Callable[[], str | None], upload_dir: Path, budget_bytes: int,
                 path_suffix: str = "/gradio_api/upload", max_age_s: float = 3600.0):
        self.app = app
        self.token = token
        self.upload_dir = Path(upload_dir)
        self.budget = int(budget_bytes)
        self.suffix = path_suffix
        self.max_age_s = max_age_s
        self._lock = threading.Lock()
        self._window: list[tuple[float, int]] = []  # (time, bytes) accepted in the last hour
        self._last_sweep = 0.0

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            path = scope.get("path", "")
            refusal = None
            if path.startswith(_CLOSED):
                refusal = (404, "Not found. The HTTP API is under /api (see /docs).")
            elif scope.get("method") == "POST" and path.rstrip("/").endswith(self.suffix):
                refusal = self._refusal(scope)
                if refusal is None:
                    self.sweep()
            if refusal:
                status, text = refusal
                body = text.encode("utf-8")
                await send({"type": "http.response.start", "status": status,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope) -> tuple[int, str] | None:
        expected = self.token()
        if not expected:
            return 403, "上传已停用：未配置工作人员令牌。Uploads are disabled: no staff token is configured."
        if not token_matches(_cookie(scope.get("headers", []), STAFF_COOKIE), expected):
            return 401, "请先输入正确的工作人员令牌。Enter the right staff token before choosing files."
        length = None
        for k, v in scope.get("headers", []):
            if k.lower() == b"content-length":
                try:
                    length = int(v)
                except ValueError:
                    length = None
        if length is None:
            return 411, "上传需要 Content-Length。Uploads need a Content-Length."
        now = time.time()
        with self._lock:
            self._window = [(t, n) for t, n in self._window if now - t < 3600]
            used = sum(n for _, n in self._window)
            if used + length > self.budget:
                return 429, (f"本小时上传已达上限（{self.budget // (1024 * 1024)} MB），请稍后再试。"
                             f"Upload limit for this hour reached ({self.budget // (1024 * 1024)} MB); try later.")
            self._window.append((now, length))
        return None

    def sweep(self, force: bool = False) -> int:
        """Delete files in Gradio's upload folder older than ``max_age_s``; returns how many."""
        now = time.time()
        if not force and now - self._last_sweep < 60:
            return 0
        self._last_sweep = now
        removed = 0
        if not self.upload_dir.is_dir():
            return 0
        for p in sorted(self.upload_dir.rglob("*"), reverse=True):
            try:
                if p.is_file() and now - p.stat().st_mtime > self.max_age_s:
                    p.unlink()
                    removed += 1
                elif p.is_dir() and not any(p.iterdir()):
                    p.rmdir()
            except OSError:
                pass
        return removed
