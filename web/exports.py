"""Downloads over HTTP: a report's original file (staff token), and the staff tables as CSV or
Excel (the same bytes the page's download buttons give, from ``service.exports``).

* ``GET /api/reports/{id}/file`` — the file a report was read from, for staff only: the token
  comes as the page's ``nb_staff`` cookie, an ``X-Staff-Token`` header or ``Authorization:
  Bearer``. Only a report id the store holds is served, and only when the file there still has
  that content (the id is the file's sha256): no path from a client is ever opened. Always an
  attachment, never rendered on this origin (an uploaded HTML report cannot run script here).
* ``GET /api/reports/{id}/tables.{csv|xlsx}``, ``GET /api/checks.{csv|xlsx}`` — the tables;
  ``GET /api/answers/{id}/sources.{csv|xlsx}`` — the cells a chat answer cites (``web.answer_sources``).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import FileResponse

from service import get_service
from service import views
from settings import get_settings
from web.answer_sources import add_answer_source_routes
from web.guard import STAFF_COOKIE, token_matches

_ID = re.compile(r"^[0-9a-f]{64}$")
MEDIA = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
_NO_RENDER = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'; sandbox",
              "Cache-Control": "no-store"}


def staff_token_of(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-staff-token") or request.cookies.get(STAFF_COOKIE)


def original_file(report_id: str) -> Path:
    """The file of a report the store holds, when it still has the report's content."""
    if not _ID.match(report_id or ""):
        raise HTTPException(404, "no such report")
    svc = get_service()
    if svc.facts.get_report(report_id) is None:
        raise HTTPException(404, "no such report")
    path = svc.original_file(report_id)
    if path is None:
        raise HTTPException(410, "原文件已不在或已改变。The original file is gone or has changed since it was read.")
    return path


def download(data: bytes, name: str, fmt: str) -> Response:
    return Response(data, media_type=MEDIA[fmt], headers={
        **_NO_RENDER, "Content-Disposition": f"attachment; filename*=UTF-8''{_quote(name)}.{fmt}"})


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


def table_bytes(sheets: dict, fmt: str) -> bytes:
    """CSV: the first sheet; Excel: every sheet."""
    from service import exports  # pandas: loaded on the first download, not at start (issue 15)

    if fmt == "csv":
        return exports.to_csv(next(iter(sheets.values()), []))
    return exports.to_xlsx(sheets)


def add_download_routes(api: FastAPI, token: Callable[[], str | None] = lambda: get_settings().staff_token) -> None:
    @api.get("/api/reports/{report_id}/file", summary="A report's original file (staff token)")
    def report_file(report_id: str, request: Request) -> FileResponse:
        if not token():
            raise HTTPException(403, "未配置工作人员令牌。No staff token is configured.")
        if not token_matches(staff_token_of(request), token()):
            raise HTTPException(401, "需要工作人员令牌。The staff token is needed.")
        path = original_file(report_id)
        return FileResponse(path, filename=path.name, media_type="application/octet-stream", headers=_NO_RENDER)

    @api.get("/api/reports/{report_id}/tables.{fmt}", summary="A report's tables as CSV (every cell) or Excel")
    def report_tables(report_id: str, fmt: str) -> Response:
        if fmt not in MEDIA:
            raise HTTPException(404, "csv or xlsx")
        facts = get_service().facts
        rep = facts.get_report(report_id) if _ID.match(report_id) else None
        view = views.report_view_of(facts, rep) if rep else None
        if view is None:
            raise HTTPException(404, "no such report")
        return download(table_bytes(views.report_sheets(view), fmt), f"{view.name}_{rep.year}", fmt)

    @api.get("/api/checks.{fmt}", summary="Every failed check as CSV or Excel")
    def checks_table(fmt: str) -> Response:
        if fmt not in MEDIA:
            raise HTTPException(404, "csv or xlsx")
        rows = views.failed_check_rows(views.failed_checks(get_service().facts))
        return download(table_bytes({"核对 checks": rows}, fmt), "failed_checks", fmt)

    add_answer_source_routes(api, download)  # GET /api/answers/{id}/sources.{csv|xlsx}: a chat answer's cells
