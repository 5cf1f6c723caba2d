"""Nianbao's web app: a Gradio chat for citizens, staff views, and a JSON API for the help desk.

    python app.py [--host 127.0.0.1] [--port 7860]

A thin starter (floor 5 of ../shared/design/HOUSE.md): the page and the API are in ``web/``,
everything they show comes from the service. On an empty store the reports under
``settings.data_dir`` are ingested first.

Exit status 2 when the start is refused: bad settings (an unknown key in nianbao.toml, a
``NIANBAO_CONFIG`` naming a missing file, a bad value) or a fact store newer than this code.

Start in seconds (issue 15): the port is bound once the store is open and the answer side built;
the embedding model loads in a thread (passages by BM25 alone until then) and so does the Gradio
page: until it is mounted "/" serves a plain chat (``web.first_page``) and ``/healthz`` says
``"ui": "loading"``.
Logs go to stderr through stdlib ``logging`` (``log_level``, ``log_format`` = "text"|"json"),
one line per request; uvicorn's own logs join them (its access log is replaced by ours).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time

import settings as _settings  # noqa: F401  (offline and telemetry switches before anything loads)
from settings import ConfigError, configure_logging, get_settings

log = logging.getLogger("nianbao.app")


def _start_settings():
    """The settings, or None after saying why they cannot be used."""
    from pydantic import ValidationError

    try:
        return get_settings()
    except (ConfigError, ValidationError) as e:
        print(f"error: settings: {e}", file=sys.stderr, flush=True)
        return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Serve Nianbao: the chat, the staff views and the JSON API.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860)
    args = p.parse_args(argv)
    s = _start_settings()
    if s is None:
        return 2
    configure_logging(s)
    import uvicorn

    from service import get_service
    from service.nianbao import load_model_in_background
    from service.ops import SchemaTooNew

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        log.warning("running as root; run the app as an unprivileged user (docs/deployment.md)")
    t0 = time.perf_counter()
    load_model_in_background()  # serve at once; passage search uses BM25 alone until the model is in
    try:
        svc = get_service()
    except SchemaTooNew as e:
        log.error("%s", e)
        return 2
    log.info("store: %s (model %s), opened in %.1fs", s.store_dir, svc.stores.model_id, time.perf_counter() - t0)
    from web.metrics import observe_ingest
    from web.server import create_served_app  # no Gradio here: it is built in a thread once serving

    observe_ingest(svc.seed_if_empty())
    svc.engine  # noqa: B018  (the answer side is built before the first citizen asks)
    c = svc.facts.counts()
    log.info("serving %d reports on http://%s:%d/  (API: /api/ask, /openapi.json; /healthz, /readyz, /metrics)",
             c["reports"], args.host, args.port)
    uvicorn.run(create_served_app(warm_up=svc.warm_up), host=args.host, port=args.port, log_level=s.log_level.lower(),
                log_config=None, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
