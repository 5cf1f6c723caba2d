"""The help-desk JSON API (FastAPI): answers with their sources, the reports, their facts and the
failed checks; everything through the service."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field, field_validator

from service import get_service
from service.views import failed_checks
from settings import get_settings
from web.guard import question_problem
from web.render import esc


def service():
    return get_service()


class AskRequest(BaseModel):
    question: str = Field(..., min_length=1, description="the question, Chinese or English (at most "
                          "settings.max_question_chars characters)")
    agency: str | None = Field(None, max_length=200, description="pin one body (its name as stored)")
    year: int | None = Field(None, ge=1990, le=2100, description="pin one report year")

    @field_validator("agency")
    @classmethod
    def _encodable_agency(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("agency contains invalid characters") from None
        return v

    @field_validator("question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        v = v.strip()
        problem = question_problem(v, get_settings().max_question_chars)
        if problem:
            raise ValueError(problem)
        return v


def _report_json(r) -> dict[str, Any]:
    return {"id": r.id, "agency": r.name, "region": r.region, "year": r.year,
            "title": r.title, "format": r.format, "file": Path(r.source).name, "kind": r.kind,
            "facts": r.n_facts, "chunks": r.n_chunks, "warnings": r.warnings, "ingested_at": r.ingested_at}


def _docs_page(schema: dict) -> str:
    """/docs without a CDN: the OpenAPI schema's operations as a plain page."""
    rows = []
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            rows.append(f"<h3><code>{esc(method.upper())} {esc(path)}</code></h3><p>{esc(op.get('summary', ''))}</p>"
                        f"<p>{esc(op.get('description', ''))}</p>")
    return ("<!doctype html><meta charset='utf-8'><title>Nianbao API</title>"
            "<body style='font-family:system-ui,sans-serif;max-width:50em;margin:2em auto'>"
            "<h1>Nianbao API</h1><p>Machine-readable schema: <a href='/openapi.json'>/openapi.json</a></p>"
            + "".join(rows) + "</body>")


def _encodable(obj: Any) -> Any:
    """``obj`` with every string made UTF-8 encodable (lone surrogates replaced)."""
    if isinstance(obj, str):
        return obj.encode("utf-8", "replace").decode("utf-8")
    if isinstance(obj, dict):
        return {_encodable(k): _encodable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_encodable(v) for v in obj]
    return obj


def create_api() -> FastAPI:
    """The help-desk JSON API (without the UI)."""
    api = FastAPI(title="Nianbao API", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Answers about government information-disclosure annual reports, with sources.")

    @api.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # the client's input is not echoed back: it may not even be encodable (a lone surrogate)
        errors = [{"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": e.get("type")}
                  for e in exc.errors()]
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'body'}: {e['msg']}" for e in errors)
        content = jsonable_encoder({"message": msg, "detail": errors})
        return JSONResponse(status_code=422, content=_encodable(content))

    @api.post("/api/ask", summary="Answer a question; returns the answer record with its sources")
    def ask(req: AskRequest) -> dict[str, Any]:
        return service().ask(req.question, agency=req.agency, year=req.year).record

    @api.get("/api/reports", summary="The reports held")
    def reports() -> list[dict[str, Any]]:
        return [_report_json(r) for r in service().facts.list_reports()]

    @api.get("/api/reports/{report_id}/facts", summary="One report's facts and checks (id or unique id prefix)")
    def report_facts(report_id: str) -> dict[str, Any]:
        store = service().facts
        rep = store.get_report(report_id)
        if rep is None and len(report_id) >= 6:
            found = store.find_reports(report_id)
            rep = found[0] if len(found) == 1 else None
        if rep is None:
            raise HTTPException(status_code=404, detail=f"no report with id '{report_id}'")
        return {"report": _report_json(rep),
                "facts": [{"key": f.key, "value": f.value, "raw": f.raw, "derived": f.derived, "evidence": f.evidence}
                          for f in store.facts_for(rep.id)],
                "checks": [{"name": c.name, "status": c.status, "detail": c.detail} for c in store.checks_for(rep.id)]}

    @api.get("/api/checks", summary="Every failed check: per report and across years")
    def checks() -> dict[str, Any]:
        failed = failed_checks(service().facts)
        return {"failed": [{"report_id": f.report_id, "agency": f.agency, "year": f.year, "name": f.name,
                            "detail": f.detail} for f in failed if f.scope == "report"],
                "cross_year": [{"label": f.label, "name": f.name, "status": "fail", "detail": f.detail}
                               for f in failed if f.scope == "cross_year"]}

    @api.get("/healthz", summary="Liveness and store counts")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", **service().facts.counts()}

    @api.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> str:
        return _docs_page(api.openapi())

    return api
