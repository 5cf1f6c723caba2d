"""Staff routes of the HTTP API, behind the staff token as a bearer token: upload reports,
remove one, correct a report's body and year. No token configured → 403; a missing or wrong
one → 401. Every action is recorded in the store's audit log."""
from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path

from fastapi import APIRouter, Depends, File, Security, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from service import get_service
from service.nianbao import summarize
from settings import get_settings
from web.api_errors import ApiError
from web.api_models import ErrorEnvelope, IdentityChange, Pairs, Removed, Report, UploadResult, UploadResults
from web.api_views import find_report, report_json
from web.guard import token_matches
from web.metrics import observe_ingest

ACTOR = "staff (api)"
bearer = HTTPBearer(auto_error=False, scheme_name="staff token",
                    description="the staff token (settings.staff_token, NIANBAO_STAFF_TOKEN) as a bearer token")
ERRORS = {s: {"model": ErrorEnvelope} for s in (401, 403, 404, 413, 422, 429, 500)}


def staff(cred: HTTPAuthorizationCredentials | None = Security(bearer)) -> str:
    expected = get_settings().staff_token
    if not expected:
        raise ApiError(403, "forbidden", "staff routes are disabled: no staff token is configured (NIANBAO_STAFF_TOKEN)")
    if cred is None or not token_matches(cred.credentials, expected):
        raise ApiError(401, "unauthorized", "a valid staff token is required (Authorization: Bearer …)",
                       headers={"WWW-Authenticate": "Bearer"})
    return ACTOR


class _Budget:
    """Bytes the upload route accepts per hour (``settings.upload_bytes_per_hour``)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._window: list[tuple[float, int]] = []

    def take(self, n: int, limit: int) -> bool:
        with self._lock:
            now = time.time()
            self._window = [(t, b) for t, b in self._window if now - t < 3600]
            if sum(b for _, b in self._window) + n > limit:
                return False
            self._window.append((now, n))
            return True


_budget = _Budget()


async def _receive(files: list[UploadFile], folder: Path) -> list[tuple[Path, str]]:
    """The uploaded files copied into ``folder``, each within ``max_file_bytes``."""
    s = get_settings()
    kept: list[tuple[Path, str]] = []
    for n, f in enumerate(files):
        dest = folder / f"{n:03d}"
        size = 0
        with open(dest, "wb") as out:
            while chunk := await f.read(1 << 20):
                size += len(chunk)
                if size > s.max_file_bytes:
                    raise ApiError(413, "too_large", f"{f.filename}: larger than {s.max_file_bytes} bytes")
                out.write(chunk)
        if not _budget.take(size, s.upload_bytes_per_hour):
            raise ApiError(429, "rate_limited", "the upload budget for this hour is spent; try later",
                           headers={"Retry-After": "600"})
        kept.append((dest, f.filename or dest.name))
    return kept


def _ingest(kept: list[tuple[Path, str]], actor: str) -> list:
    svc = get_service()
    results = []
    for path, name in kept:
        res = svc.add_upload(path, name, actor=actor)  # the service records it in the audit log
        results.append(res)
    observe_ingest(results)
    return results


def staff_router() -> APIRouter:
    r = APIRouter(tags=["staff"], responses=ERRORS)

    @r.post("/reports", response_model=UploadResults, summary="Upload report files (staff)")
    async def upload(files: list[UploadFile] = File(..., description="txt, md, html, pdf or docx"),
                     actor: str = Depends(staff)) -> UploadResults:
        limit = get_settings().max_upload_files
        if len(files) > limit:
            raise ApiError(422, "too_many_files", f"at most {limit} files per upload")
        folder = Path(tempfile.mkdtemp(prefix="api_upload_"))
        try:
            kept = await _receive(files, folder)
            results = await run_in_threadpool(_ingest, kept, actor)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        facts = get_service().facts
        out = []
        for res in results:
            rep = facts.get_report(res.report_id) if res.report_id and res.status != "failed" else None
            out.append(UploadResult(file=res.path, status=res.status, message=res.message or res.line(),
                                    report=Report(**report_json(rep)) if rep else None))
        return UploadResults(results=out, summary=summarize(results))

    @r.delete("/reports/{report_id}", response_model=Removed, summary="Remove a report from both stores (staff)")
    def remove(report_id: str, actor: str = Depends(staff)) -> Removed:
        rep = find_report(report_id)
        ok = get_service().remove(rep.id, actor=actor)  # the service records it in the audit log
        return Removed(removed=ok, report=Report(**report_json(rep)))

    @r.patch("/reports/{report_id}/identity", response_model=Report, summary="Correct a report's body and year (staff)")
    def identity(report_id: str, change: IdentityChange, actor: str = Depends(staff)) -> Report:
        if change.agency is None and change.year is None:
            raise ApiError(422, "invalid_request", "give agency, year or both")
        rep = find_report(report_id)
        get_service().set_identity(rep.id, agency=change.agency, year=change.year, actor=actor)
        return Report(**report_json(find_report(rep.id)))

    @r.post("/reports/{report_id}/primary", response_model=Report,
            summary="Use this report for its body and year when two reports of it differ (staff)")
    def primary(report_id: str, actor: str = Depends(staff)) -> Report:
        rep = find_report(report_id)
        get_service().set_primary(rep.id, actor=actor)  # the service records it in the audit log
        return Report(**report_json(find_report(rep.id)))

    @r.get("/duplicates", response_model=Pairs,
           summary="Bodies and years held in reports with different numbers (read-only)")
    def duplicates() -> Pairs:
        """Each pair: the body, the year, which report answers use and why ("staff": marked
        primary, "later": the later ingested), every report with its file and the keys whose
        values differ from the used one."""
        items = get_service().duplicate_pairs()
        return Pairs(items=items, total=len(items))

    return r
