"""The help-desk HTTP API (FastAPI), versioned under ``/api/v1`` (``/api/ask``, ``/api/reports``,
``/api/reports/{id}/facts`` and ``/api/checks`` stay as aliases): answers with their sources in
conversations, the reports, their facts and the failed checks, staff routes behind a bearer
token (``web.api_staff``), an OpenAI-compatible chat endpoint (``web.openai_compat``), typed
bodies (``web.api_models``), one error envelope (``web.api_errors``) and Swagger UI at
``/docs`` served from the ``swagger_ui_bundle`` package (nothing from a CDN)."""
from __future__ import annotations

from fastapi import APIRouter, FastAPI, Query, Response

from service import get_service
from settings import get_settings
from web import api_views
from web.api_docs import install_docs
from web.api_errors import ApiError, ApiGate, install_error_handlers
from web.api_models import Answer, AskRequest, Checks, ErrorEnvelope, Report, ReportFacts, ReportPage
from web.api_staff import staff_router
from web.api_conversations import answer_turn, memory, replay
from web.metrics import observe_answer
from web.ops import ops_router
from web.openai_compat import openai_router

ERRORS = {s: {"model": ErrorEnvelope} for s in (404, 405, 422, 500)}
Limit = Query(100, ge=1, le=1000, description="at most this many items")
Offset = Query(0, ge=0, description="skip this many items")
AgencyQ = Query(None, max_length=200, description="part of the body's name, e.g. 涧西区")
YearQ = Query(None, ge=1990, le=2100)
RegionQ = Query(None, max_length=100, description="part of the region's name")


def service():
    return get_service()


def ask(req: AskRequest) -> dict:
    """One turn of a conversation: rebuilt from ``history``, else continued from
    ``conversation_id``, else a new one — then answered as the chat answers it."""
    svc, mem = service(), memory()
    cid = req.conversation_id
    if req.history is not None:
        context = replay(svc.ask, [t.content for t in req.history if t.role == "user"], req.agency, req.year)
    elif cid:
        known, context = mem.get(cid)
        if not known:
            raise ApiError(404, "conversation_not_found", f"conversation '{cid}' is unknown or expired; "
                           "start a new one, or send the previous turns as history")
    else:
        context = None
    cid = cid or mem.new_id()
    turn = answer_turn(svc.ask, req.question, req.agency, req.year, context)
    observe_answer(turn.record)
    mem.put(cid, turn.context)
    return {**turn.record, "conversation_id": cid}


def _read_routes(r: APIRouter, deprecated: bool = False) -> None:
    """The read routes, under a prefix: ``/api/v1`` and (``deprecated``) the first ``/api``."""
    r.add_api_route("/ask", ask, methods=["POST"], response_model=Answer, deprecated=deprecated,
                    response_model_exclude_unset=True,
                    summary="Answer a question (in a conversation); the answer record with its sources")

    @r.get("/reports/{report_id}/facts", response_model=ReportFacts, deprecated=deprecated,
           summary="One report's facts and checks (id or unique id prefix)")
    def report_facts(report_id: str) -> dict:
        return api_views.report_facts(report_id)

    @r.get("/checks", response_model=Checks, deprecated=deprecated,
           summary="Every failed check: per report (filtered, paged) and across years")
    def checks(agency: str | None = AgencyQ, year: int | None = YearQ, limit: int = Limit,
               offset: int = Offset) -> dict:
        return api_views.checks(agency, year, limit, offset)


def create_api() -> FastAPI:
    """The help-desk HTTP API (without the UI)."""
    api = FastAPI(title="Nianbao API", version="1.0.0", docs_url=None, redoc_url=None, responses=ERRORS,
                  description="Answers about government information-disclosure annual reports, with sources. "
                  "Errors always come as `{\"error\": {status, code, message, detail}, \"message\"}`.")
    install_error_handlers(api)

    v1 = APIRouter(prefix="/api/v1", tags=["v1"])
    _read_routes(v1)

    @v1.get("/reports", response_model=ReportPage, summary="The reports held (filtered, paged)")
    def reports(agency: str | None = AgencyQ, year: int | None = YearQ, region: str | None = RegionQ,
                limit: int = Limit, offset: int = Offset) -> dict:
        items, total = api_views.list_reports(agency, year, region, limit, offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @v1.get("/reports/{report_id}", response_model=Report, summary="One report (id or unique id prefix)")
    def report(report_id: str) -> dict:
        return api_views.report_json(api_views.find_report(report_id))

    v1.include_router(staff_router())
    api.include_router(v1)

    legacy = APIRouter(prefix="/api", tags=["first API (aliases of /api/v1)"])
    _read_routes(legacy, deprecated=True)

    @legacy.get("/reports", response_model=list[Report], deprecated=True,
                summary="The reports held, as a list (filtered, paged; the total in X-Total-Count)")
    def reports_list(response: Response, agency: str | None = AgencyQ, year: int | None = YearQ,
                     region: str | None = RegionQ, limit: int = Limit, offset: int = Offset) -> list:
        items, total = api_views.list_reports(agency, year, region, limit, offset)
        response.headers["X-Total-Count"] = str(total)
        return items

    api.include_router(legacy)
    api.include_router(openai_router())

    api.include_router(ops_router())  # /healthz, /readyz, /metrics (web.ops)

    install_docs(api)  # /docs: Swagger UI from the swagger_ui_bundle package (web.api_docs)

    api.add_middleware(ApiGate, api=api, origins=get_settings().cors_origins)  # CORS, 404/405 on API paths
    return api
