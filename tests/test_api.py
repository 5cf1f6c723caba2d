"""The help-desk JSON API over the real service (real model, real Chroma) on a temporary store
holding the seed report, and the app's escaping of report text."""
from __future__ import annotations

import os
import shutil

import pytest

from tests.conftest import SEED

pytestmark = pytest.mark.slow

EVIL = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> [link](javascript:alert(1)) **bold**'


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    """The whole app (API + mounted UI) over a fresh store seeded from a temporary data folder."""
    store = tmp_path_factory.mktemp("store")
    data = tmp_path_factory.mktemp("data")
    shutil.copy(SEED, data / SEED.name)
    env = {"NIANBAO_STORE_DIR": str(store), "NIANBAO_DATA_DIR": str(data)}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    from fastapi.testclient import TestClient

    from service import get_service
    from settings import get_settings
    from web.server import create_app

    get_settings.cache_clear()
    get_service.cache_clear()
    try:
        results = get_service().seed_if_empty()
        assert [r.status for r in results] == ["added"], [r.line() for r in results]
        with TestClient(create_app()) as c:
            yield c
    finally:
        get_service.cache_clear()
        get_settings.cache_clear()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def ask(client, question: str, **kw) -> dict:
    r = client.post("/api/ask", json={"question": question, **kw})
    assert r.status_code == 200, r.text
    return r.json()


def test_withheld_in_chinese_is_zero_with_table_three_citation(client):
    rec = ask(client, "涧西区2020年有多少政府信息公开申请不予公开？")
    assert rec["found"] is True, rec["answer"]
    assert rec["value"] == 0, rec
    assert rec["language"] == "zh"
    assert any("表三" in f["citation"] for f in rec["facts"]), rec["facts"]
    assert rec["reports"] and rec["reports"][0]["year"] == 2020


def test_received_in_english_is_17(client):
    rec = ask(client, "How many applications did the Jianxi district government office receive in 2020?")
    assert rec["found"] is True, rec["answer"]
    assert rec["value"] == 17, rec
    assert rec["language"] == "en"
    assert any(f["key"] == "requests.received.total" and f["raw"] == "17" for f in rec["facts"]), rec["facts"]


def test_filters_pin_agency_and_year(client):
    name = client.get("/api/reports").json()[0]["agency"]
    rec = ask(client, "How many applications were received?", agency=name, year=2020)
    assert rec["value"] == 17, rec
    rec = ask(client, "How many applications were received?", agency=name, year=2019)
    assert rec["found"] is False and rec["value"] is None, rec


@pytest.mark.parametrize("body, field", [
    ({}, "question"),
    ({"question": ""}, "question"),
    ({"question": "   "}, "question"),
    ({"question": "How many?", "year": "abc"}, "year"),
    ({"question": "How many?", "year": 20.5}, "year"),
])
def test_bad_request_is_422_with_a_message(client, body, field):
    r = client.post("/api/ask", json=body)
    assert r.status_code == 422, r.text
    assert field in r.json()["message"], r.json()


def test_unknown_report_is_404_with_a_message(client):
    r = client.get("/api/reports/0000000000000000deadbeef/facts")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found" and "no report" in r.json()["error"]["message"]


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["reports"] == 1


def test_reports_list_the_seed_and_its_facts(client):
    reps = client.get("/api/reports").json()
    assert len(reps) == 1
    rep = reps[0]
    assert rep["file"] == SEED.name and rep["year"] == 2020 and "涧西区" in rep["agency"]
    assert "/" not in rep["file"]
    body = client.get(f"/api/reports/{rep['id']}/facts").json()
    facts = {f["key"]: f for f in body["facts"]}
    assert facts["requests.received.total"]["value"] == 17
    assert body["checks"] and {c["status"] for c in body["checks"]} <= {"pass", "fail", "not_assessable"}
    assert client.get(f"/api/reports/{rep['id'][:10]}/facts").status_code == 200  # unique prefix


def test_checks_endpoint(client):
    body = client.get("/api/checks").json()
    assert set(body) == {"failed", "cross_year"}
    assert all({"report_id", "name", "detail"} <= set(c) for c in body["failed"])


def test_openapi_and_local_docs(client):
    assert "/api/ask" in client.get("/openapi.json").json()["paths"]
    page = client.get("/docs").text  # Swagger UI, from the swagger_ui_bundle package (tests/test_api_v1.py loads it)
    assert "/static/swagger/swagger-ui-bundle.js" in page and "/openapi-3.0.json" in page
    assert client.get("/openapi-3.0.json").json()["openapi"].startswith("3.0")
    assert "cdn" not in page.lower() and "http" not in page
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_ui_is_mounted_at_root(client):
    r = client.get("/")
    assert r.status_code == 200 and "年报问答" in r.text


# -- escaping: report text is text ---------------------------------------------------------------

def test_markdown_escaping_neutralises_markup():
    from web.render import md

    out = md(EVIL)
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out
    assert "\\[link\\]\\(javascript" in out and "\\*\\*bold\\*\\*" in out


def test_sources_and_answer_escape_passage_text():
    from web.render import answer_markdown, sources_message

    record = {"answer": "报告原文：" + EVIL, "language": "zh", "found": True, "value": None,
              "facts": [], "timings": {"total_ms": 12.0},
              "passages": [{"text": EVIL, "report": {"id": "x", "agency": "<b>某单位</b>", "year": 2020},
                            "section": 5, "section_title": "<i>五</i>", "page": None, "score": 1.0}]}
    rendered = answer_markdown(record, None) + sources_message(record)["content"]
    for bad in ("<script", "<img", "<b>", "<i>"):
        assert bad not in rendered, bad
    assert "&lt;b&gt;某单位&lt;/b&gt;" in rendered


def test_report_browser_escapes_store_text(client):
    """The staff views go through the store: a check detail with markup stays text."""
    from web.ui import report_html

    html = report_html(client.get("/api/reports").json()[0]["agency"], 2020)
    assert "<table" in html and "17" in html
    assert "<script" not in html


# -- staff functions: token, upload, removal -------------------------------------------------------

def test_staff_upload_and_removal_need_the_token(client, tmp_path, monkeypatch):
    from settings import get_settings
    from web import ui as app

    copy = tmp_path / "jianxi_copy_2020.txt"
    copy.write_text(SEED.read_text(encoding="utf-8").replace("涧西区", "复制区"), encoding="utf-8")

    monkeypatch.delenv("NIANBAO_STAFF_TOKEN", raising=False)
    get_settings.cache_clear()
    assert "disabled" in "\n".join(app.upload([str(copy)], "anything"))

    monkeypatch.setenv("NIANBAO_STAFF_TOKEN", "s3cret")
    get_settings.cache_clear()
    try:
        assert "refused" in list(app.upload([str(copy)], "wrong"))[-1]
        assert "refused" in list(app.upload([str(copy)], ""))[-1]
        lines = list(app.upload([str(copy), str(tmp_path / "notes.xls")], "s3cret"))[-1]
        assert lines.splitlines()[0].startswith("added      jianxi_copy_2020.txt: 复制区"), lines
        assert "failed     notes.xls: unsupported file type '.xls'" in lines
        reps = client.get("/api/reports").json()
        new = [r for r in reps if "复制区" in r["agency"]]
        assert len(new) == 1 and len(reps) == 2
        assert "refused" in app.remove(new[0]["id"], "wrong")
        assert app.remove(new[0]["id"], "s3cret").startswith("removed")
        assert [r["file"] for r in client.get("/api/reports").json()] == [SEED.name]
    finally:
        monkeypatch.delenv("NIANBAO_STAFF_TOKEN", raising=False)
        get_settings.cache_clear()
