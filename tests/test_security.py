"""The security issue's probes, replayed against the real app (``python app.py`` in a subprocess,
its own store, a staff token set). Each attack is refused or harmless:

1. a chat history naming a server file is never read or echoed (history lives on the server);
   Gradio's public-API routes are closed; no file outside the upload area is served;
2. an upload input naming ``/dev/zero`` is refused at once, ``/healthz`` answers meanwhile;
3. the upload route needs the staff token and caps the bytes per hour;
4. two different reports uploaded under one file name (and names that differ by a trailing
   dot or space) are two reports; a failed upload leaves nothing behind;
5. a second process opening the store again and again while the app ingests loses nothing;
6. a huge text under the size limit is refused by its passage count, quickly;
7. an oversized question is refused on the server, quickly;
8. a lone surrogate gets a 4xx; a URL in report text is not turned into a link (``md``).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time

import httpx
import pytest

from tests import page_client
from tests.app_process import running_app
from tests.conftest import ROOT, SEED
from tests.page_client import FILE, call_event, ingest_via_page

pytestmark = pytest.mark.slow
TOKEN = "security-test-token"
BUDGET = 12 * 1024 * 1024


@pytest.fixture(scope="module")
def app_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("secure_app")
    data = tmp / "data"
    data.mkdir()
    shutil.copy(SEED, data / SEED.name)
    settings = {"staff_token": TOKEN, "upload_bytes_per_hour": BUDGET}
    with running_app(tmp / "store", data, tmp / "app.log", **settings) as base:
        env = {**os.environ, "NIANBAO_STORE_DIR": str(tmp / "store"), "NIANBAO_DATA_DIR": str(data),
               "NIANBAO_STAFF_TOKEN": TOKEN, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
        yield {"base": base, "store": tmp / "store", "env": env, "tmp": tmp}


@pytest.fixture(scope="module")
def client(app_server):
    with httpx.Client(base_url=app_server["base"], timeout=60) as c:
        yield c


def upload_file(c: httpx.Client, content: bytes, name: str, token: str | None = TOKEN) -> httpx.Response:
    return page_client.upload_file(c, content, name, token)


def ingest_via_ui(c: httpx.Client, content: bytes, name: str) -> str:
    return ingest_via_page(c, content, name, TOKEN)


# -- 1. no server file through the chat; Gradio's public API closed ------------------------------

def test_chat_history_from_the_client_is_not_read_or_echoed(client):
    evil = [{"role": "user", "content": [{"path": "/proc/self/environ", "meta": FILE}]},
            {"role": "user", "content": {"path": str(ROOT / "settings.py"), "meta": FILE}}]
    msg = call_event(client, "respond", ["涧西区2020年收到多少申请？", "", "", evil, None])
    text = json.dumps(msg, ensure_ascii=False)
    assert msg["success"], text
    assert "/gradio_api/file=" not in text and "environ" not in text and "settings.py" not in text
    assert TOKEN not in text
    assert "17" in text  # the question itself was answered


@pytest.mark.parametrize("path", ["/proc/self/environ", "/etc/passwd", str(ROOT / "settings.py"), "../../app.py"])
def test_no_server_file_is_served(client, path):
    r = client.get("/gradio_api/file=" + path)
    assert r.status_code in (403, 404), (r.status_code, r.text[:200])
    assert TOKEN not in r.text


@pytest.mark.parametrize("route", ["/gradio_api/call/respond", "/gradio_api/call/upload", "/gradio_api/run/respond",
                                   "/gradio_api/api/respond"])
def test_gradio_public_api_routes_are_closed(client, route):
    r = client.post(route, json={"data": ["hi", "", "", [], None]})
    assert r.status_code == 404, r.text
    assert client.get("/gradio_api/info").status_code == 404


# -- 2. /dev/zero as an upload input ---------------------------------------------------------------

def test_dev_zero_is_refused_and_the_app_stays_responsive(client, app_server):
    result: dict = {}

    def attack():
        with httpx.Client(base_url=app_server["base"], timeout=60) as c:
            t0 = time.time()
            result["msg"] = call_event(c, "upload", [[{"path": "/dev/zero", "meta": FILE}], TOKEN], timeout=60)
            result["s"] = time.time() - t0

    t = threading.Thread(target=attack)
    t.start()
    worst = 0.0
    while t.is_alive():
        t0 = time.time()
        assert client.get("/healthz").status_code == 200
        worst = max(worst, time.time() - t0)
        time.sleep(0.05)
    t.join()
    assert worst < 1.0, worst
    assert result["msg"]["success"] is False and result["s"] < 10, result


# -- 3. the upload route: token and budget ------------------------------------------------------

def test_upload_route_needs_the_token(client):
    assert upload_file(client, b"x" * 100, "a.txt", token=None).status_code == 401
    assert upload_file(client, b"x" * 100, "a.txt", token="wrong").status_code == 401
    ok = upload_file(client, b"x" * 100, "a.txt")
    assert ok.status_code == 200, ok.text


# -- 4. one file name, two reports; a failed upload leaves nothing ---------------------------------

def _report_text(body: str) -> bytes:
    return SEED.read_text(encoding="utf-8").replace("涧西区", body).encode("utf-8")


def test_same_file_name_keeps_both_reports(client, app_server):
    before = {r["id"] for r in client.get("/api/reports").json()}
    names = ["2023年报.txt", "2023年报.txt", "2023年报.txt.", "2023年报.txt ", "sub/2023年报.txt"]
    bodies = ["甲山区", "乙水区", "丙林区", "丁原区", "戊江区"]
    for name, body in zip(names, bodies):
        out = ingest_via_ui(client, _report_text(body), name)
        assert "added" in out, out
    reps = client.get("/api/reports").json()
    new = [r for r in reps if r["id"] not in before]
    assert sorted(b for r in new for b in bodies if b in r["agency"]) == sorted(bodies), new
    # the same bytes again: unchanged, naming the report that holds them
    again = ingest_via_ui(client, _report_text("甲山区"), "another-name.txt")
    assert "unchanged" in again and "甲山区" in again, again
    kept = list((app_server["store"] / "uploads").iterdir())
    assert len(kept) == len(bodies)


def test_failed_upload_leaves_nothing(client, app_server):
    inbox = app_server["store"] / "uploads"
    before = set(inbox.iterdir()) if inbox.exists() else set()
    out = ingest_via_ui(client, "这不是年报，只是一段随便写的文字。".encode("utf-8") * 5, "notes.txt")
    assert "failed" in out, out
    assert (set(inbox.iterdir()) if inbox.exists() else set()) == before
    tmp = app_server["store"] / "gradio_tmp"
    assert not [p for p in tmp.rglob("notes.txt")], list(tmp.rglob("*"))


# -- 5. a second process opening the store while the app ingests -----------------------------------

def test_second_process_opening_the_store_loses_nothing(client, app_server):
    env = {**app_server["env"]}
    stop = threading.Event()
    opened = []

    def opener():
        while not stop.is_set():
            r = subprocess.run([sys.executable, "-m", "ingest", "list"], cwd=ROOT, env=env, capture_output=True,
                               timeout=120)
            opened.append(r.returncode)

    t = threading.Thread(target=opener)
    t.start()
    try:
        for i, body in enumerate(["己岭区", "庚河区", "辛湖区", "壬谷区"]):
            assert "added" in ingest_via_ui(client, _report_text(body), f"w{i}.txt")
    finally:
        stop.set()
        t.join()
    assert opened and all(rc == 0 for rc in opened), opened
    # every report has every chunk's vector: a passage question per new body finds its report
    from service import Nianbao
    from settings import Settings

    svc = Nianbao(Settings(store_dir=app_server["store"]), load_model=False)
    for rep in svc.facts.list_reports():
        ids = svc.facts.chunk_ids(rep.id)
        assert ids and svc.stores.vectors.existing_ids(ids) == set(ids), rep.label()


# -- 6. a huge text is refused by its passage count -------------------------------------------------

def test_huge_text_is_refused_quickly(client):
    para = "本机关认真贯彻落实政府信息公开条例，持续推进决策、执行、管理、服务、结果公开，" * 4 + "\n\n"
    text = ("涧西区人民政府办公室2020年政府信息公开工作年度报告\n\n一、总体情况\n\n" + para * 4200).encode("utf-8")
    assert 1_500_000 < len(text) < 4_000_000
    t0 = time.time()
    out = ingest_via_ui(client, text, "huge.txt")
    assert "failed" in out and "passages" in out, out
    assert time.time() - t0 < 90


# -- 7. an oversized question ----------------------------------------------------------------------

def test_oversized_question_is_refused_on_the_server(client):
    t0 = time.time()
    msg = call_event(client, "respond", ["问" * 1_000_000, "", "", None, None])
    assert time.time() - t0 < 10
    assert msg["success"] and "too long" in json.dumps(msg["output"], ensure_ascii=False)
    r = client.post("/api/ask", json={"question": "问" * 5000})
    assert r.status_code == 422 and "too long" in r.json()["message"]


# -- 8. odd Unicode, links --------------------------------------------------------------------------

def test_lone_surrogate_is_a_4xx(client):
    r = client.post("/api/ask", content=b'{"question": "\\ud800abc"}', headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500, r.text
    r = client.post("/api/ask", content=b'{"question": "ok?", "agency": "\\udfff"}',
                    headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500, r.text
    assert client.get("/healthz").status_code == 200  # the connection and the app are fine


def test_urls_in_report_text_stay_text():
    from web.render import md

    out = md("详见 http://3325256711/x 或 www.example.gov.cn，邮箱 a@b.cn")
    assert "http://" not in out and "www." not in out and "a@b" not in out


# -- 3 again, last: the hourly budget (uses it up) --------------------------------------------------

def test_upload_budget_per_hour(client):
    chunk = b"x" * (2 * 1024 * 1024)
    codes = [upload_file(client, chunk, f"big{i}.txt").status_code for i in range(8)]
    assert codes[0] == 200 and 429 in codes, codes
