"""The app: the help-desk API with the Gradio page mounted at "/", behind the gate; every
request counted, timed and logged (``web.metrics.RequestMetrics``, outermost).

``python app.py`` serves ``create_served_app()``: the API and a plain first page at once
(``create_light_app``), the full app (``create_app``, Gradio) switched in when it is built in a
thread (``web.startup.LateSwitch``; issue 15, start in seconds). Gradio is imported only there.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Callable

from fastapi import FastAPI

from settings import get_settings
from web.api import create_api
from web.exports import add_download_routes
from web.first_page import add_first_page
from web.guard import GradioGate
from web.metrics import RequestMetrics
from web.startup import LateSwitch

log = logging.getLogger("nianbao.startup")


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
    import gradio as gr  # ~5 s of imports: off the start's path (create_served_app)

    from web.staff_ui import STAFF_CSS
    from web.ui import CSS, THEME, build_ui

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


def create_light_app() -> FastAPI:
    """Everything but Gradio: the API, the downloads, the operator's routes and the plain first
    page at "/" (``web.first_page``). Built in well under a second once the service is open."""
    api = create_api()
    add_download_routes(api)
    add_first_page(api)
    api.add_middleware(RequestMetrics)
    return api


def create_served_app(warm_up: Callable[[], object] | None = None) -> LateSwitch:
    """What ``python app.py`` serves: the light app now, the full app (``create_app``) once built.
    ``warm_up`` runs first in the same thread (the service's model load, Chroma, retriever)."""

    def build() -> FastAPI:
        if warm_up is not None:
            t0 = time.perf_counter()
            warm_up()
            log.info("passage search ready (vector store open, retriever built) in %.1fs", time.perf_counter() - t0)
        delay = get_settings().ui_load_delay_s
        if delay > 0:
            time.sleep(delay)  # test only: the first page serving alone (tests/test_start.py)
        return create_app()

    return LateSwitch(create_light_app(), build_full=build)
