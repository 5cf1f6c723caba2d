"""``/docs``: Swagger UI served from the ``swagger_ui_bundle`` package (its JS and CSS under
``/static/swagger``; nothing from a CDN, no online validator). That Swagger UI (4.15) reads
OpenAPI 3.0, while FastAPI writes 3.1: the page reads ``/openapi-3.0.json``, the same schema
with the few 3.1 forms FastAPI uses written the 3.0 way (``/openapi.json`` stays 3.1)."""
from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

SWAGGER = "/static/swagger"
OPENAPI_30 = "/openapi-3.0.json"


def _node_30(d: dict[str, Any]) -> dict[str, Any]:
    """One schema object, 3.1 → 3.0: a null alternative becomes ``nullable``, ``const`` an
    ``enum``, a list of ``examples`` one ``example``, ``contentMediaType`` a binary string."""
    if isinstance(d.get("anyOf"), list) and {"type": "null"} in d["anyOf"]:
        rest = [s for s in d["anyOf"] if s != {"type": "null"}]
        d = {k: v for k, v in d.items() if k != "anyOf"}
        if len(rest) == 1 and "$ref" in rest[0]:
            d["allOf"] = rest
        elif len(rest) == 1:
            d = {**rest[0], **d}
        else:
            d["anyOf"] = rest
        d["nullable"] = True
    if "const" in d:
        d["enum"] = [d.pop("const")]
    if isinstance(d.get("examples"), list) and d["examples"] and "type" in d:
        d["example"] = d.pop("examples")[0]
    if "contentMediaType" in d:
        d.pop("contentMediaType")
        d["format"] = "binary"
    return d


def to_openapi_30(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: to_openapi_30(v) for k, v in _node_30(dict(node)).items()}
    if isinstance(node, list):
        return [to_openapi_30(v) for v in node]
    return node


def install_docs(api: FastAPI) -> None:
    api.mount(SWAGGER, StaticFiles(directory=swagger_ui_path), name="swagger")

    @api.get(OPENAPI_30, include_in_schema=False)
    def openapi_30() -> dict:
        spec = to_openapi_30(copy.deepcopy(api.openapi()))
        spec["openapi"] = "3.0.3"
        return spec

    @api.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=OPENAPI_30, title="Nianbao API",
                                   swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{SWAGGER}/swagger-ui.css",
                                   swagger_favicon_url=f"{SWAGGER}/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})  # no online validator badge
