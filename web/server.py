"""The app: the help-desk API with the Gradio page mounted at "/", behind the gate; every
request counted, timed and logged (``web.metrics.RequestMetrics``, outermost)."""
from __future__ import annotations

import os
from pathlib import Path

import gradio as gr
from fastapi import FastAPI

from settings import get_settings
from web.api import create_api
from web.exports import add_download_routes
from web.guard import GradioGate
from web.metrics import RequestMetrics
from web.staff_ui import STAFF_CSS
from web.ui import CSS, THEME, build_ui


def create_app() -> FastAPI:
    """The API with the Gradio UI mounted at "/" (the API routes are matched first).

    Mounted so that Gradio's own path checks apply (``has_launched``): an event's file input
    must be a file this server received through its upload route, never a server path a client
    names. Gradio's upload folder is ours (``store_dir/gradio_tmp``), swept of old files, and the
    upload route is behind ``web.guard.GradioGate`` (staff token, bytes per hour)."""
    s = get_settings()
    upload_dir = (Path(s.store_dir) / "gradio_tmp").resolve()
    upload_dir.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(upload_dir)
    api = create_api()
    add_download_routes(api)  # the original files (staff token) and the tables as CSV / Excel
    demo = build_ui()
    store = Path(s.store_dir).resolve()
    blocked = [str(p) for p in (store / "uploads", store / "facts.sqlite", Path("/proc"), Path("/sys"),
                                Path("/dev"), Path("/etc"), Path("/root"))]
    blocked += [str(p) for p in store.iterdir() if p.resolve() != upload_dir] if store.is_dir() else []
    app = gr.mount_gradio_app(api, demo, path="/", theme=THEME, css=CSS + STAFF_CSS, ssr_mode=False,
                              footer_links=["settings"], show_error=False, pwa=False, mcp_server=False,
                              max_file_size=s.max_file_bytes, blocked_paths=blocked, run_history=False)
    demo.has_launched = True  # mount_gradio_app leaves this False, which switches Gradio's path checks off
    app.add_middleware(GradioGate, token=lambda: get_settings().staff_token, upload_dir=upload_dir,
                       budget_bytes=s.upload_bytes_per_hour)
    app.add_middleware(RequestMetrics)  # added last: outermost, so it sees the gate's answers too
    return app
