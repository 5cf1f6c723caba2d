"""Start in seconds (issue 15): the app serves a plain first page and fact answers before its
Gradio page is mounted and while the embedding model is still loading (passage questions are
then answered by BM25 alone, and the answer says so); once Gradio is built the same address
serves the full page, with the same answers.

One ``python app.py`` for the module, held back by two test-only settings so that each phase is
certain whatever the machine's load: ``model_load_delay_s`` (900 s: longer than the whole
module) and ``ui_load_delay_s`` (the Gradio page is built only that long after the server
started). ``/healthz`` ("ui") and ``/readyz`` are checked to say so after each phase's answers.
The browser test (Debian's chromium, skipped without it) uses the first page on a phone.
"""
from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from tests.app_process import running_app
from tests.page_client import call_event
from tests.browser_checks import LOW_CONTRAST_JS, SIDEWAYS_JS
from tests.conftest import SEED, make_settings

FACT_Q = "涧西区2020年有多少政府信息公开申请不予公开？"
PASSAGE_Q = "涧西区2020年政府信息公开工作存在哪些主要问题？"
NOTE_ZH = "仅按关键词检索"
UI_DELAY_S = 15  # after the warm-up (seconds on a busy machine): the phase-1 checks take far less
CHROMIUM = Path("/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
FIRST_PAGE_MARK = '<meta name="nianbao-page" content="first">'


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def _ask(url: str, question: str) -> dict:
    req = urllib.request.Request(url + "/api/ask", data=json.dumps({"question": question}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        assert r.status == 200
        return json.loads(r.read())


def _ui(url: str) -> str:
    status, body = _get(url + "/healthz")
    assert status == 200, body
    return json.loads(body)["ui"]


def _wait_for_ui(url: str, timeout: float = 400) -> float:
    t0 = time.perf_counter()
    while (state := _ui(url)) != "ready":
        assert state == "loading", f"the Gradio page failed to build ({state})"
        assert time.perf_counter() - t0 < timeout, "the Gradio page was not mounted in time"
        time.sleep(0.5)
    return time.perf_counter() - t0


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A store holding the seed report, made in-process (model loaded), and that service's answer
    to the passage question with the model ready."""
    from service import Nianbao

    root = tmp_path_factory.mktemp("start")
    store, data = root / "store", root / "data"
    data.mkdir()
    (data / SEED.name).write_bytes(SEED.read_bytes())
    svc = Nianbao(make_settings(store))
    assert svc.model_ready
    assert [r.status for r in svc.add_paths([data / SEED.name])] == ["added"]
    ready_answer = svc.ask(PASSAGE_Q).record
    return root, store, data, ready_answer


@pytest.fixture(scope="module")
def browser():
    """Headless chromium, launched before the app starts (its start-up is not spent in the
    window before Gradio is mounted); None when chromium is absent."""
    if not CHROMIUM.exists():
        yield None
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                               args=["--no-sandbox", "--disable-gpu", "--no-first-run",
                                     "--disable-background-networking", "--disable-component-update"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def app(seeded, browser):
    root, store, data, _ = seeded
    t0 = time.perf_counter()
    with running_app(store, data, root / "app.log", wait_for_ui=False, model_load_delay_s="900",
                     ui_load_delay_s=str(UI_DELAY_S)) as url:
        print(f"\napp healthy {time.perf_counter() - t0:.1f}s after start")
        yield url


def test_first_page_and_answers_before_gradio_and_the_model(app, seeded):
    ready_answer = seeded[3]
    assert _ui(app) == "loading"
    status, page = _get(app + "/")
    assert status == 200 and FIRST_PAGE_MARK in page and "gradio" not in page.lower()
    assert not re.search(r"(?:src|href)=\"(?!/|#|data:)", page), "the first page must load nothing from outside"
    assert "/api/v1/ask" in page and "/healthz" in page  # it asks through the API and watches for the full page

    fact = _ask(app, FACT_Q)
    assert fact["found"] is True and fact["facts"] and fact["value"] == 0, fact
    assert "retrieval" not in fact  # a fact answer is the same with or without the model

    passage = _ask(app, PASSAGE_Q)
    assert passage["retrieval"] == "bm25-only", passage
    assert passage["passages"] and NOTE_ZH in passage["answer"]

    status, body = _get(app + "/readyz")  # the model was still loading during all of the above
    assert status == 503 and "model" in json.loads(body).get("missing", {}), body
    assert _ui(app) == "loading"  # ... and Gradio was not mounted yet
    # with the model loaded the same question has no note (the in-process service of the fixture)
    assert ready_answer["passages"] and "retrieval" not in ready_answer
    assert NOTE_ZH not in ready_answer["answer"]


def _phone_page(browser, url: str):
    ctx = browser.new_context(viewport=PHONE, locale="zh-CN")
    pg = ctx.new_page()
    pg.requests = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.goto(url + "/", wait_until="load")
    return pg


def test_first_page_on_a_phone_then_the_full_page(app, browser):
    if browser is None:
        pytest.skip("/usr/bin/chromium is absent (apt-get install chromium): the browser test needs it")
    assert _ui(app) == "loading"
    asking, idle = _phone_page(browser, app), _phone_page(browser, app)
    for pg in (asking, idle):
        assert pg.locator('meta[name="nianbao-page"]').count() == 1  # the first page
    box = asking.locator("#question")
    assert box.is_visible() and box.bounding_box()["y"] + box.bounding_box()["height"] <= PHONE["height"]
    box.fill(FACT_Q)
    box.press("Enter")
    answer = asking.locator(".msg.a").last
    answer.wait_for(timeout=30_000)
    asking.wait_for_function("() => !document.querySelector('.msg.a:last-child').textContent.startsWith('…')",
                             timeout=60_000)
    text = answer.inner_text()
    assert re.search(r"[：:]\s*0\s*件", text) and "表三" in text, text
    width, window = asking.evaluate(SIDEWAYS_JS)
    assert width <= window, f"the first page scrolls sideways at 390 px ({width} > {window})"
    assert asking.evaluate(LOW_CONTRAST_JS, 4.5) == []
    assert _ui(app) == "loading"  # all of the above before Gradio was mounted

    _wait_for_ui(app)
    # the tab where nobody asked moves to the full page by itself; the other offers a link
    idle.wait_for_selector("gradio-app, .gradio-container", timeout=120_000)
    assert idle.locator('meta[name="nianbao-page"]').count() == 0
    link = asking.locator("#note a[href='/']")
    link.wait_for(timeout=30_000)
    assert asking.locator(".msg.a").count() == 1  # the conversation stayed
    for pg in (asking, idle):
        outside = [u for u in pg.requests if urlparse(u).hostname not in ("127.0.0.1", None)]
        assert outside == [], outside
        pg.context.close()


def test_the_full_page_once_gradio_is_mounted(app):
    took = _wait_for_ui(app)
    print(f"\nGradio page mounted ({took:.1f}s after this test began waiting)")
    status, page = _get(app + "/")
    assert status == 200 and FIRST_PAGE_MARK not in page and "gradio" in page.lower()
    fact = _ask(app, FACT_Q)  # the same answer through the full app
    assert fact["found"] is True and fact["value"] == 0, fact
    status, _ = _get(app + "/gradio_api/info")  # the full app's gate is in front of Gradio
    assert status == 404
    with httpx.Client(base_url=app, timeout=120) as c:  # Gradio's queue runs (its lifespan was started)
        msg = call_event(c, "respond", [FACT_Q, "", "", None, None])
    text = json.dumps(msg, ensure_ascii=False)
    assert msg["success"] and re.search(r"[：:]\s*0\s*件", text) and "表三" in text, text
    status, body = _get(app + "/readyz")  # the model is still held back: the page did not wait for it
    assert status == 503 and "model" in json.loads(body)["missing"], body


HEAVY = ("gradio", "chromadb", "langchain_core", "pandas", "openpyxl", "torch", "sentence_transformers",
         "onnxruntime", "jieba")
CRITICAL_PATH = f"""
import json, sys
from service.nianbao import get_service, load_model_in_background
load_model_in_background()
svc = get_service()
svc.engine
from web.server import create_served_app
create_served_app(warm_up=svc.warm_up)
record = svc.ask({FACT_Q!r}).record
print(json.dumps({{"value": record["value"], "heavy": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""


def test_the_start_path_imports_nothing_heavy(seeded):
    """What app.py does before it binds the port, and a fact answer: none of the heavy modules
    (each a second or more of imports) is loaded; they come in the background."""
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    store = seeded[1]
    env = {**os.environ, "NIANBAO_STORE_DIR": str(store), "NIANBAO_MODEL_LOAD_DELAY_S": "900"}
    out = subprocess.run([sys.executable, "-c", CRITICAL_PATH], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"value": 0, "heavy": []}, got


# -- the switch itself, in-process (no server, no Gradio): fast ---------------------------------

def _text_app(text: str, lifespan=None):
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    return Starlette(routes=[Route("/", lambda request: PlainTextResponse(text))], lifespan=lifespan)


def _until_state(want: str, timeout: float = 30) -> None:
    from web.startup import ui_state

    t0 = time.perf_counter()
    while ui_state() != want:
        assert time.perf_counter() - t0 < timeout, f"ui state stayed {ui_state()!r}, wanted {want!r}"
        time.sleep(0.02)


def test_late_switch_runs_the_full_apps_lifespan_and_switches():
    import contextlib
    import threading

    from starlette.testclient import TestClient

    from web import startup

    events, gate = [], threading.Event()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        events.append("started")  # Gradio's queue starts here: before any request reaches it
        yield
        events.append("stopped")

    def build():
        assert gate.wait(30)
        return _text_app("full", lifespan)

    try:
        with TestClient(startup.LateSwitch(_text_app("light"), build)) as c:
            assert c.get("/").text == "light" and startup.ui_state() == "loading" and events == []
            gate.set()
            _until_state("ready")
            assert events == ["started"] and c.get("/").text == "full"
        assert events == ["started", "stopped"]  # the server's shutdown reached the full app
    finally:
        startup._state["ui"] = "ready"


def test_late_switch_keeps_the_light_app_when_the_build_fails():
    from starlette.testclient import TestClient

    from web import startup

    def build():
        raise RuntimeError("no gradio today")

    try:
        with TestClient(startup.LateSwitch(_text_app("light"), build)) as c:
            _until_state("failed")
            assert c.get("/").text == "light"
    finally:
        startup._state["ui"] = "ready"
