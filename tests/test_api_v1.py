"""The typed HTTP API (issue 14) against the real app (``python app.py`` in a subprocess, its own
store holding the seed report and two sample reports of one body, a staff token, one allowed
CORS origin): conversations over ``/api/v1/ask`` answered exactly as the chat answers them
(``web.ui.respond`` run in this process over the same store), one error envelope for every
status, pagination and filters, the staff routes behind a bearer token, CORS, every route
typed in ``/openapi.json``, and Swagger UI at ``/docs`` in Chromium with no request leaving
127.0.0.1."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from tests.app_process import running_app
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow
TOKEN = "api-v1-test-token"
ALLOWED = "http://helpdesk.example"
SAMPLES = [ROOT / "data" / "samples" / "sample_1_2020_spaces.txt", ROOT / "data" / "samples" / "sample_1_2021_html.html"]
CHROMIUM = Path("/usr/bin/chromium")
# three-turn conversations on the store's reports: each follow-up needs the turn before it
CONVERSATIONS = [
    ["涧西区2020年收到多少申请？", "那不予公开的呢？", "2019年呢"],
    ["洛阳市河西区2020年收到多少申请？", "那2021年呢？", "不予公开的呢？"],
]
VOLATILE = ("timings", "conversation_id")


# -- the app, and the chat in this process over the same store --------------------------------------
def start_app(tmp_path_factory, name: str, **settings: str):
    """``python app.py`` over a fresh store of the seed and two samples (a context manager)."""
    tmp = tmp_path_factory.mktemp(name)
    data = tmp / "data"
    data.mkdir()
    for f in [SEED, *SAMPLES]:
        shutil.copy(f, data / f.name)
    return tmp / "store", running_app(tmp / "store", data, tmp / "app.log", **settings)


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    store, ctx = start_app(tmp_path_factory, "api_v1", staff_token=TOKEN, cors_origins=json.dumps([ALLOWED]),
                           fault_inject="raise:BOOM500", upload_bytes_per_hour="200000")
    with ctx as url, httpx.Client(base_url=url, timeout=120) as client:
        yield {"url": url, "store": store, "client": client}


@pytest.fixture(scope="module")
def client(app) -> httpx.Client:
    return app["client"]


def chat_service(store: Path):
    """The service over the app's store, opened in this process (the model loads only if a
    question needs it) — what the chat of an app over this store answers with."""
    from service import Nianbao
    from settings import Settings

    return Nianbao(Settings(store_dir=store), load_model=False)


@pytest.fixture(scope="module")
def chat_svc(app):
    return chat_service(app["store"])


def chat_records(svc, questions: list[str], monkeypatch, agency: str = "", year: str = "") -> list[dict]:
    """The answer records of one chat conversation: ``web.ui.respond`` turn after turn, its
    history and context handed on as the page's gr.State hands them on; each record is taken
    from the real service's answer as respond receives it."""
    from web import ui

    records: list[dict] = []

    class Watch:
        def __getattr__(self, name):
            return getattr(svc, name)

        def ask(self, *a, **kw):
            ans = svc.ask(*a, **kw)
            records.append(ans.record)
            return ans

    monkeypatch.setattr(ui, "service", lambda: Watch())
    history, context = [], None
    for q in questions:
        before = len(records)
        for out in ui.respond(q, agency, year, history, context):
            pass
        _, _, history, context = out
        assert len(records) == before + 1, f"the chat did not answer {q!r}"
    return records


def check_same(api: list[dict], chat: list[dict]) -> None:
    assert len(api) == len(chat)
    for n, (a, c) in enumerate(zip(api, chat), 1):
        a = {k: v for k, v in a.items() if k not in VOLATILE}
        c = {k: v for k, v in c.items() if k not in VOLATILE}
        assert a == c, f"turn {n}: API {a['answer']!r} != chat {c['answer']!r}"


def post_ask(client, **body) -> dict:
    r = client.post("/api/v1/ask", json=body)
    assert r.status_code == 200, r.text
    return r.json()


# -- conversations -----------------------------------------------------------------------------------
@pytest.mark.parametrize("questions", CONVERSATIONS)
def test_conversation_id_answers_as_the_chat(client, chat_svc, questions, monkeypatch):
    chat = chat_records(chat_svc, questions, monkeypatch)
    api, cid = [], None
    for n, q in enumerate(questions):
        rec = post_ask(client, question=q, **({"conversation_id": cid} if cid else {}))
        assert rec["conversation_id"] == (cid or rec["conversation_id"])
        cid = rec["conversation_id"]
        api.append(rec)
    check_same(api, chat)
    assert api[0]["found"] and api[1]["reports"], api
    # the follow-ups needed the conversation: asked alone they are answered differently
    alone = post_ask(client, question=questions[1])
    assert alone["answer"] != api[1]["answer"]


@pytest.mark.parametrize("questions", CONVERSATIONS)
def test_history_rebuilds_the_conversation(client, chat_svc, questions, monkeypatch):
    chat = chat_records(chat_svc, questions, monkeypatch)
    api, history = [], []
    for q in questions:
        rec = post_ask(client, question=q, history=history)
        api.append(rec)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": rec["answer"]}]
    check_same(api, chat)


def test_the_second_hexi_turn_moves_to_2021(client):
    first = post_ask(client, question=CONVERSATIONS[1][0])
    second = post_ask(client, question="那2021年呢？", conversation_id=first["conversation_id"])
    assert [r["year"] for r in first["reports"]] == [2020] and [r["year"] for r in second["reports"]] == [2021]
    assert "河西区" in second["reports"][0]["agency"] and second["value"] is not None


def test_filters_pin_the_chat_and_the_api_alike(client, chat_svc, monkeypatch):
    questions = ["收到多少申请？", "那2021年呢？"]
    chat = chat_records(chat_svc, questions, monkeypatch, agency="洛阳市河西区人民政府办公室")
    api, cid = [], None
    for q in questions:
        rec = post_ask(client, question=q, agency="洛阳市河西区人民政府办公室", **({"conversation_id": cid} if cid else {}))
        cid = rec["conversation_id"]
        api.append(rec)
    check_same(api, chat)


def test_unknown_conversation_is_a_404_in_the_envelope(client):
    r = client.post("/api/v1/ask", json={"question": "那2021年呢？", "conversation_id": "conv-nope"})
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "conversation_not_found"


# -- errors ------------------------------------------------------------------------------------------
def test_every_error_comes_in_one_envelope(app, client):
    from web.api_models import ErrorEnvelope

    cases = [
        (client.get("/api/v1/nothing-here"), 404, "not_found"),
        (client.get("/api/v1/reports/0000000000000000deadbeef/facts"), 404, "not_found"),
        (client.get("/api/ask"), 405, "method_not_allowed"),
        (client.put("/api/v1/reports/abc"), 405, "method_not_allowed"),
        (client.get("/v1/chat/completions"), 405, "method_not_allowed"),
        (client.post("/api/v1/ask", json={"question": ""}), 422, "invalid_request"),
        (client.post("/api/v1/ask", json={"question": "q", "year": "abc"}), 422, "invalid_request"),
        (client.get("/api/v1/reports", params={"limit": 0}), 422, "invalid_request"),
        (client.delete("/api/v1/reports/abc"), 401, "unauthorized"),
        (client.delete("/api/v1/reports/abc", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized"),
        (client.post("/api/v1/reports", headers={"Authorization": f"Bearer {TOKEN}"},
                     files={"files": ("big.txt", b"x" * 250_000)}), 429, "rate_limited"),
    ]
    # a crash (fault injected, test only): the server then closes the connection, so on its own
    cases.append((httpx.post(app["url"] + "/api/v1/ask", json={"question": "BOOM500 收到多少申请？"}, timeout=60),
                  500, "internal_error"))
    for r, status, code in cases:
        assert r.status_code == status, (r.request.url, r.text)
        body = ErrorEnvelope.model_validate(r.json())
        assert body.error.status == status and body.error.code == code and body.error.message, body
    assert cases[2][0].headers["allow"] == "POST"
    assert set(cases[3][0].headers["allow"].split(", ")) == {"GET", "DELETE"}
    assert cases[8][0].headers["www-authenticate"] == "Bearer"


def test_without_a_staff_token_staff_routes_answer_403(monkeypatch):
    from fastapi.testclient import TestClient

    from settings import get_settings
    from web.api import create_api

    monkeypatch.delenv("NIANBAO_STAFF_TOKEN", raising=False)
    get_settings.cache_clear()
    try:
        with TestClient(create_api()) as c:
            for r in (c.delete("/api/v1/reports/abc", headers={"Authorization": "Bearer anything"}),
                      c.patch("/api/v1/reports/abc/identity", json={"year": 2021}),
                      c.post("/api/v1/reports", files={"files": ("a.txt", b"x")})):
                assert r.status_code == 403, r.text
                assert r.json()["error"]["code"] == "forbidden"
    finally:
        get_settings.cache_clear()


# -- lists -------------------------------------------------------------------------------------------
def test_reports_are_paged_and_filtered(client):
    from web.api_models import Report, ReportPage

    page = ReportPage.model_validate(client.get("/api/v1/reports").json())
    assert page.total == 3 and len(page.items) == 3
    ids = [r.id for r in page.items]
    one = client.get("/api/v1/reports", params={"limit": 1, "offset": 1}).json()
    assert one["total"] == 3 and [r["id"] for r in one["items"]] == ids[1:2]
    hexi = client.get("/api/v1/reports", params={"agency": "河西区"}).json()
    assert hexi["total"] == 2 and all("河西区" in r["agency"] for r in hexi["items"])
    y2020 = client.get("/api/v1/reports", params={"year": 2020}).json()
    assert y2020["total"] == 2 and {r["year"] for r in y2020["items"]} == {2020}
    both = client.get("/api/v1/reports", params={"agency": "河西区", "year": 2021}).json()
    assert both["total"] == 1
    region = next(r.region for r in page.items if r.region)
    assert client.get("/api/v1/reports", params={"region": region}).json()["total"] >= 1
    assert client.get("/api/v1/reports", params={"region": "没有这个地区"}).json()["total"] == 0
    # the first API's list: the same filters, a list, the total in a header
    r = client.get("/api/reports", params={"agency": "河西区", "limit": 1})
    assert r.headers["x-total-count"] == "2" and len(r.json()) == 1
    Report.model_validate(r.json()[0])
    assert Report.model_validate(client.get(f"/api/v1/reports/{ids[0][:10]}").json()).id == ids[0]


def test_checks_are_filtered(client):
    from web.api_models import Checks

    every = Checks.model_validate(client.get("/api/v1/checks").json())
    assert Checks.model_validate(client.get("/api/checks").json()) == every
    for f in every.failed:
        assert f.agency and f.year
    hexi = Checks.model_validate(client.get("/api/v1/checks", params={"agency": "河西区"}).json())
    assert all("河西区" in f.agency for f in hexi.failed)
    assert all(f in every.failed for f in hexi.failed)
    if every.failed:
        assert len(Checks.model_validate(client.get("/api/v1/checks", params={"limit": 1}).json()).failed) == 1


# -- the schema --------------------------------------------------------------------------------------
def _is_typed(schema: dict, components: dict) -> bool:
    if "$ref" in schema:
        target = components[schema["$ref"].rsplit("/", 1)[1]]
        return bool(target.get("properties"))
    if schema.get("type") == "array":
        return _is_typed(schema["items"], components)
    return False


def test_every_route_is_typed_in_the_openapi_schema(client):
    spec = client.get("/openapi.json").json()
    components = spec["components"]["schemas"]
    untyped = {n for n, s in components.items() if s.get("type") == "object" and not s.get("properties")}
    assert not untyped, untyped
    ops = [(p, m, op) for p, item in spec["paths"].items() for m, op in item.items()]
    assert {"/api/v1/ask", "/api/v1/reports", "/api/v1/reports/{report_id}", "/api/v1/reports/{report_id}/facts",
            "/api/v1/reports/{report_id}/identity", "/api/v1/checks", "/api/ask", "/api/reports", "/api/checks",
            "/v1/chat/completions", "/v1/models", "/healthz"} <= {p for p, _, _ in ops}
    mine = [(p, m, op) for p, m, op in ops if p.startswith(("/api/v1/", "/v1/", "/healthz")) or p in
            ("/api/ask", "/api/reports", "/api/checks", "/api/reports/{report_id}/facts")]
    for path, method, op in mine:
        ok = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert _is_typed(ok, components), (method, path, ok)
        for status in ("404", "422", "500"):
            assert op["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorEnvelope")
    staff = [op for p, m, op in mine if m in ("post", "delete", "patch") and "/reports" in p]
    assert len(staff) == 4 and all(op.get("security") == [{"staff token": []}] for op in staff)


def test_real_responses_validate_against_their_models(client):
    from web import api_models as m

    rid = client.get("/api/v1/reports").json()["items"][0]["id"]
    m.Answer.model_validate(post_ask(client, question="涧西区2020年收到多少申请？"))
    m.Answer.model_validate(post_ask(client, question="存在哪些主要问题？"))  # passages
    m.ReportFacts.model_validate(client.get(f"/api/v1/reports/{rid}/facts").json())
    m.ReportFacts.model_validate(client.get(f"/api/reports/{rid}/facts").json())
    m.Health.model_validate(client.get("/healthz").json())
    answer = m.Answer.model_json_schema()["properties"]
    assert {"conversation_id", "clarify", "facts", "passages", "reports"} <= set(answer)


# -- CORS --------------------------------------------------------------------------------------------
def test_cors_allows_the_configured_origin_only(client):
    def preflight(origin):
        return client.options("/api/v1/ask", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})

    ok = preflight(ALLOWED)
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == ALLOWED
    assert "POST" in ok.headers["access-control-allow-methods"]
    bad = preflight("http://elsewhere.example")
    assert bad.status_code == 400 and "access-control-allow-origin" not in bad.headers
    q = {"question": "涧西区2020年收到多少申请？"}
    r = client.post("/api/v1/ask", json=q, headers={"Origin": ALLOWED})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == ALLOWED
    r = client.post("/api/v1/ask", json=q, headers={"Origin": "http://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers  # the browser withholds the answer
    # the Gradio page is not opened to other origins
    assert "access-control-allow-origin" not in client.get("/", headers={"Origin": ALLOWED}).headers


# -- staff routes ------------------------------------------------------------------------------------
def test_staff_upload_identity_and_removal(client, chat_svc):
    from web.api_models import Removed, Report, UploadResults

    auth = {"Authorization": f"Bearer {TOKEN}"}
    text = SEED.read_text(encoding="utf-8").replace("涧西区", "复制区").encode("utf-8")
    files = {"files": ("复制区2020年报.txt", text)}
    assert client.post("/api/v1/reports", files=files).status_code == 401
    assert client.post("/api/v1/reports", files=files, headers={"Authorization": "Bearer no"}).status_code == 401
    r = client.post("/api/v1/reports", files=files, headers=auth)
    assert r.status_code == 200, r.text
    up = UploadResults.model_validate(r.json())
    assert [x.status for x in up.results] == ["added"] and up.results[0].report, up
    rep = up.results[0].report
    assert "复制区" in rep.agency and rep.year == 2020 and rep.file == "复制区2020年报.txt"
    rec = post_ask(client, question="复制区2020年收到多少申请？")
    assert rec["found"] and rec["value"] == 17 and rec["reports"][0]["id"] == rep.id, rec

    # the identity: another year, another body name
    r = client.patch(f"/api/v1/reports/{rep.id}/identity", json={"year": 2021}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 401
    r = client.patch(f"/api/v1/reports/{rep.id}/identity", json={"year": 2021, "agency": "复制区人民政府"},
                     headers=auth)
    assert r.status_code == 200, r.text
    changed = Report.model_validate(r.json())
    assert (changed.agency, changed.year) == ("复制区人民政府", 2021)
    rec = post_ask(client, question="复制区人民政府2021年收到多少申请？")
    assert rec["found"] and rec["value"] == 17, rec
    assert {k: rec["reports"][0][k] for k in ("id", "agency", "year")} == {"id": rep.id, "agency": "复制区人民政府",
                                                                           "year": 2021}, rec
    assert client.patch(f"/api/v1/reports/{rep.id}/identity", json={}, headers=auth).status_code == 422
    assert client.patch("/api/v1/reports/feedfacefeedface/identity", json={"year": 2021},
                        headers=auth).status_code == 404

    # removal
    assert client.delete(f"/api/v1/reports/{rep.id}").status_code == 401
    r = client.delete(f"/api/v1/reports/{rep.id}", headers=auth)
    assert r.status_code == 200 and Removed.model_validate(r.json()).removed
    assert client.get("/api/v1/reports").json()["total"] == 3
    assert client.get(f"/api/v1/reports/{rep.id}").status_code == 404
    assert not post_ask(client, question="复制区人民政府2021年收到多少申请？")["found"]

    # every action is in the audit log, by the API's staff actor
    log = [a for a in chat_svc.facts.audit_log(limit=20) if a.report_id == rep.id]
    assert [a.action for a in reversed(log)] == ["upload", "identity", "remove"], log
    assert {a.actor for a in log} == {"staff (api)"}
    assert log[1].detail["to"] == {"agency": "复制区人民政府", "year": 2021}


# -- the docs page -----------------------------------------------------------------------------------
def test_docs_page_runs_offline_in_chromium(app):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent: the browser check needs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                           "--disable-background-networking", "--disable-component-update"])
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(app["url"] + "/docs", wait_until="load")
            page.wait_for_selector(".opblock-summary-path", timeout=30_000)
            paths = page.locator(".opblock-summary-path").all_inner_texts()
            assert any("/api/v1/ask" in p for p in paths) and any("/v1/chat/completions" in p for p in paths)
            # try it: list the reports from the page
            op = page.locator("#operations-v1-reports_api_v1_reports_get")
            op.locator(".opblock-summary").click()
            op.locator("button.try-out__btn").click()
            op.locator("button.execute").click()
            status = op.locator(".live-responses-table tbody td.response-col_status").first
            status.wait_for(timeout=30_000)
            assert status.inner_text().strip().startswith("200")
            assert '"total": 3' in op.locator(".live-responses-table tbody .microlight").first.inner_text()
        finally:
            browser.close()
    outside = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1",) and not u.startswith("data:")]
    assert not outside, outside
    assert any(u.endswith("/static/swagger/swagger-ui-bundle.js") for u in requests)
    assert any(u.endswith("/openapi-3.0.json") for u in requests)  # Swagger UI 4 reads OpenAPI 3.0
