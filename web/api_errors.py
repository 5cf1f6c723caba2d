"""One error envelope for every status of the HTTP API, a 405 (not Gradio's 404) for a wrong
method on an API path, and CORS for the API paths only (``settings.cors_origins``)."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Match, Mount

API_PREFIXES = ("/api/", "/v1/")
API_PATHS = {"/healthz", "/readyz", "/metrics", "/docs", "/openapi.json", "/openapi-3.0.json"}
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD")
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 422: "invalid_request", 429: "rate_limited", 500: "internal_error",
         503: "unavailable"}


class ApiError(Exception):
    """An error with its own code (e.g. ``conversation_not_found``), answered in the envelope."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def _encodable(obj: Any) -> Any:
    """``obj`` with every string made UTF-8 encodable (lone surrogates replaced)."""
    if isinstance(obj, str):
        return obj.encode("utf-8", "replace").decode("utf-8")
    if isinstance(obj, dict):
        return {_encodable(k): _encodable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_encodable(v) for v in obj]
    return obj


def envelope(status: int, message: str, code: str | None = None, detail: list | None = None,
             headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"status": status, "code": code or CODES.get(status, "error"), "message": message,
                      "detail": detail}, "message": message}
    return JSONResponse(status_code=status, content=_encodable(jsonable_encoder(body)), headers=headers)


def install_error_handlers(api: FastAPI) -> None:
    @api.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return envelope(exc.status, exc.message, exc.code, headers=exc.headers)

    @api.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return envelope(exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @api.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        # the client's input is not echoed back: it may not even be encodable (a lone surrogate)
        errors = [{"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": e.get("type")}
                  for e in exc.errors()]
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:]) or 'body'}: {e['msg']}" for e in errors)
        return envelope(422, msg, detail=errors)

    @api.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        return envelope(500, f"internal error ({type(exc).__name__}); the request was not answered")


def _allowed(routes, scope) -> tuple[bool, set[str]]:
    """(a route serves this request, the methods some route serves this path with). Mounts are
    left out: Gradio's, at "/", takes every path."""
    routes = [r for r in routes if not isinstance(r, Mount)]
    if any(r.matches(scope)[0] == Match.FULL for r in routes):
        return True, set()
    return False, {m for m in METHODS if any(r.matches({**scope, "method": m})[0] == Match.FULL for r in routes)}


class ApiGate:
    """In front of the API's routes, for the API paths only: CORS (``settings.cors_origins``;
    the Gradio page is same-origin and keeps its own rules), then an API path no route serves
    answers 404, one served with other methods 405 with ``Allow`` — in the envelope, where the
    Gradio app mounted at "/" would have answered its own 404. Routes are looked up per request,
    so routes added after ``create_api`` count too."""

    def __init__(self, app, api: FastAPI, origins: list[str]):
        self.app, self.api = app, api
        self.cors = CORSMiddleware(self._route, allow_origins=list(origins), allow_credentials=False,
                                   allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
                                   allow_headers=["Authorization", "Content-Type"],
                                   expose_headers=["X-Total-Count"], max_age=600)

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path.startswith(API_PREFIXES) or path in API_PATHS:
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _route(self, scope, receive, send):
        served, allowed = _allowed(self.api.router.routes, scope)
        if served:
            return await self.app(scope, receive, send)
        path, method = scope["path"], scope["method"]
        if allowed:
            resp = envelope(405, f"{method} is not allowed on {path}; allowed: {', '.join(sorted(allowed))}",
                            headers={"Allow": ", ".join(sorted(allowed))})
        else:
            resp = envelope(404, f"no API route {path} (see /docs)")
        await resp(scope, receive, send)
