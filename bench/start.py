"""Start-up time of the app: first page, first fact answer, embedding model ready.

    python bench/start.py [--runs 3] [--backends onnx,torch] [--store DIR]

Seeds a temporary store with data/ (the sample reports) in-process unless ``--store`` names one,
then starts ``python app.py`` on it ``--runs`` times per backend, the backends interleaved (the
machine is shared: side by side in one run is the only fair comparison), and measures from the
process start: GET / answering 200 (the plain first page, ``web.first_page``), POST /api/ask with
a fact question answering 200 with the number, ``/healthz`` saying ``"ui": "ready"`` (the Gradio
page mounted, built in a thread) and /readyz answering 200 (the model, loaded in a thread). Before
issue 15 the app served nothing until the model was loaded, then until Gradio was built.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import settings  # noqa: E402,F401  (the offline and telemetry switches, in their one place)

FACT_Q = "涧西区2020年有多少政府信息公开申请不予公开？"


def _status(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""
    except OSError:
        return 0, b""


def _until(pred, t0: float, timeout: float = 300) -> float:
    while time.perf_counter() - t0 < timeout:
        if pred():
            return time.perf_counter() - t0
        time.sleep(0.05)
    raise TimeoutError("app did not get there in time")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_start(store: Path, backend: str, log: Path) -> dict[str, float]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "NIANBAO_STORE_DIR": str(store), "NIANBAO_EMBEDDING_BACKEND": backend,
           "PYTHONUNBUFFERED": "1"}
    t0 = time.perf_counter()
    with open(log, "ab") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port)], cwd=ROOT,
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        page = _until(lambda: _status(url + "/")[0] == 200, t0)
        body = json.dumps({"question": FACT_Q}).encode()

        def fact_ok() -> bool:
            code, raw = _status(url + "/api/ask", body)
            return code == 200 and json.loads(raw).get("found") is True

        fact = _until(fact_ok, t0)
        done: dict[str, float] = {}
        checks = {"full": lambda: json.loads(_status(url + "/healthz")[1] or b"{}").get("ui") == "ready",
                  "ready": lambda: _status(url + "/readyz")[0] == 200}

        def both() -> bool:
            for name, check in checks.items():
                if name not in done and check():
                    done[name] = time.perf_counter() - t0
            return len(done) == len(checks)

        _until(both, t0)
        return {"page": page, "fact": fact, **done}
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def seed(store: Path) -> None:
    from service import Nianbao
    from settings import Settings

    svc = Nianbao(Settings(store_dir=store))
    svc.seed_if_empty()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--backends", default="onnx,torch")
    ap.add_argument("--store", type=Path, default=None)
    args = ap.parse_args()
    backends = args.backends.split(",")
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        store = args.store or Path(tmp) / "store"
        if args.store is None:
            seed(store)
        times: dict[str, list[dict[str, float]]] = {b: [] for b in backends}
        for run in range(args.runs):
            for b in backends:
                t = one_start(store, b, Path(tmp) / "app.log")
                times[b].append(t)
                print(f"run {run + 1} {b:6s}: page {t['page']:.1f} s, fact answer {t['fact']:.1f} s, "
                      f"full page {t['full']:.1f} s, model ready {t['ready']:.1f} s "
                      f"(load average {os.getloadavg()[0]:.1f})", flush=True)
        print(f"\nmachine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        for b in backends:
            med = {k: statistics.median(x[k] for x in times[b]) for k in ("page", "fact", "full", "ready")}
            print(f"{b:6s} median of {args.runs}: first page {med['page']:.1f} s, first fact answer "
                  f"{med['fact']:.1f} s, full (Gradio) page {med['full']:.1f} s, model ready {med['ready']:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
