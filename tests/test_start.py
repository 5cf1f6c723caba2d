"""Start in seconds (issue 15): the app serves the page and fact answers while the embedding model
is still loading in the background; passage questions are then answered by BM25 alone, and the
answer says so.

The model load is held back by the test-only setting ``model_load_delay_s`` (900 s: longer than any start, even on a loaded machine), so "still
loading" is certain whatever the machine's load: ``/readyz`` is checked to say so after the
answers.
"""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest

from tests.app_process import running_app
from tests.conftest import SEED, make_settings

FACT_Q = "涧西区2020年有多少政府信息公开申请不予公开？"
PASSAGE_Q = "涧西区2020年政府信息公开工作存在哪些主要问题？"
NOTE_ZH = "仅按关键词检索"


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


def test_fact_answer_while_the_model_loads(seeded):
    root, store, data, ready_answer = seeded
    t0 = time.perf_counter()
    with running_app(store, data, root / "app.log", model_load_delay_s="900") as url:
        started = time.perf_counter() - t0
        status, page = _get(url + "/")
        assert status == 200 and "<html" in page.lower()

        fact = _ask(url, FACT_Q)
        assert fact["found"] is True and fact["facts"], fact
        assert "retrieval" not in fact  # a fact answer is the same with or without the model

        passage = _ask(url, PASSAGE_Q)
        assert passage["retrieval"] == "bm25-only", passage
        assert passage["passages"] and NOTE_ZH in passage["answer"]

        status, body = _get(url + "/readyz")  # the model was still loading during all of the above
        assert status == 503 and "model" in json.loads(body).get("missing", {}), body
    print(f"\napp healthy {started:.1f}s after start; fact and passage answered before the model loaded")
    # with the model loaded the same question has no note (the in-process service of the fixture)
    assert ready_answer["passages"] and "retrieval" not in ready_answer
    assert NOTE_ZH not in ready_answer["answer"]
