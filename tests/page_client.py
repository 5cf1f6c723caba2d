"""Talk to the running app the way its page does: Gradio's queue (``/gradio_api/queue/join``
and the event stream) and the upload route with the staff cookie. Gradio's public-API routes
are closed (web/guard.py), so tests use exactly what a browser uses."""
from __future__ import annotations

import json
import uuid

import httpx

FILE = {"_type": "gradio.FileData"}


def fn_index(c: httpx.Client, name: str) -> int:
    deps = c.get("/config").json()["dependencies"]
    return next(d["id"] for d in deps if d.get("api_name") == name)


def call_event(c: httpx.Client, name: str, data: list, timeout: float = 120) -> dict:
    """Run one UI event (queue/join + the SSE stream); returns the final message
    (``success`` and ``output``)."""
    session = uuid.uuid4().hex[:12]
    r = c.post("/gradio_api/queue/join", json={"data": data, "fn_index": fn_index(c, name),
                                                "session_hash": session, "event_data": None, "trigger_id": None})
    if r.status_code != 200:
        return {"success": False, "status": r.status_code, "output": {"error": r.text}}
    with c.stream("GET", f"/gradio_api/queue/data?session_hash={session}", timeout=timeout) as s:
        for line in s.iter_lines():
            if line.startswith("data:"):
                msg = json.loads(line[5:])
                if msg.get("msg") == "process_completed":
                    return msg
    raise AssertionError("the event never completed")


def upload_file(c: httpx.Client, content: bytes, name: str, token: str | None) -> httpx.Response:
    headers = {"Cookie": f"nb_staff={token}"} if token is not None else None
    return c.post("/gradio_api/upload", files={"files": (name, content)}, headers=headers)


def ingest_via_page(c: httpx.Client, content: bytes, name: str, token: str) -> str:
    """Upload like the page: the upload route (token cookie), then the upload event; returns
    the result lines the staff member sees."""
    r = upload_file(c, content, name, token)
    assert r.status_code == 200, r.text
    path = r.json()[0]
    msg = call_event(c, "upload", [[{"path": path, "orig_name": name, "meta": FILE}], token])
    assert msg["success"], msg
    return msg["output"]["data"][0]
