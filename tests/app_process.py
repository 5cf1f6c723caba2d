"""The real app (``python app.py``) in a subprocess for a test: its own store and data folder, a
free port on 127.0.0.1, healthy before the test starts, stopped by its pid afterwards (also on
failure). Used by the browser, concurrency and security tests."""
from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(store: Path, data: Path, log: Path, timeout: float = 400, wait_for_ui: bool = True,
                **settings: str) -> Iterator[str]:
    """``python app.py --port P`` over ``store`` and ``data``; ``settings`` become ``NIANBAO_*``
    variables. Yields the base URL once ``/healthz`` answers and (``wait_for_ui``) says the Gradio
    page is mounted (``"ui": "ready"``; until then "/" is the plain first page, web.startup)."""
    port = free_port()
    env = {**os.environ, "NIANBAO_STORE_DIR": str(store), "NIANBAO_DATA_DIR": str(data), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1",
           **{f"NIANBAO_{k.upper()}": str(v) for k, v in settings.items()}}
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        t0 = time.time()
        while True:
            if proc.poll() is not None:
                pytest.fail(f"app.py exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                    ui = json.loads(r.read()).get("ui", "ready")
                    if r.status == 200 and (ui == "ready" or not wait_for_ui):
                        break
                    if ui == "failed":
                        pytest.fail(f"app.py could not build its page:\n{log.read_text(errors='replace')[-3000:]}")
            except OSError:
                pass
            if time.time() - t0 > timeout:
                pytest.fail(f"app.py not healthy after {timeout:.0f}s:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.5)
        print(f"\napp.py healthy after {time.time() - t0:.1f}s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
