"""Nianbao's web app: a Gradio chat for citizens, staff views, and a JSON API for the help desk.

    python app.py [--host 127.0.0.1] [--port 7860]

A thin starter (floor 5 of ../shared/design/HOUSE.md): the page and the API are in ``web/``,
everything they show comes from the service. On an empty store the reports under
``settings.data_dir`` are ingested first.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import settings as _settings  # noqa: F401  (offline and telemetry switches before anything loads)
from service import get_service
from web.server import create_app


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Serve Nianbao: the chat, the staff views and the JSON API.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860)
    args = p.parse_args(argv)
    import uvicorn

    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print("warning: running as root; run the app as an unprivileged user (docs/deployment.md)",
              file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    svc = get_service()
    print(f"store: {svc.settings.store_dir} (model {svc.stores.model_id}), opened in "
          f"{time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    svc.seed_if_empty()
    svc.engine  # noqa: B018  (the answer side is built before the first citizen asks)
    c = svc.facts.counts()
    print(f"serving {c['reports']} reports on http://{args.host}:{args.port}/  (API: /api/ask, /openapi.json)",
          file=sys.stderr, flush=True)
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
