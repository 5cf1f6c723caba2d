"""Answer latency and memory with 100, 1,000 and 10,000 reports in the store.

    python bench/ask.py [--sizes 100,1000,10000] [--facts 200] [--passages 60] [--pool 150]
                        [--no-app] [--profile DIR] [--work DIR] [--torch-threads N] [--out FILE]
    python bench/ask.py --bulk --sizes 100000 --work DIR [--templates 200] [--pool 8]   # see bulk_store.py

How the big stores are built (honestly): the reports are real generated files
(``python -m generator``), and each goes through the real ``Ingester.add_file`` (load, parse,
extract, chunk, journal, Chroma upsert, fact-store transaction) except for one step: embedding.
Embedding 80,000 chunks at 10–40 chunks/s would take hours, and the generator's chunk texts are
nearly all distinct (they carry the body's name and numbers), so embedding each distinct text
once does not save enough. Instead the chunks of the first ``--pool`` reports are embedded by
the real model, and every later report reuses, for its chunk at position j, the vector of the
chunk at position j of a pooled report (same template, same section). The index holds as many
vectors as a real store of that size; the vectors of later reports are stand-ins. Questions
are embedded by the real model.

Measured in this process, model loaded, engine warm: wall time of ``Nianbao.ask`` for fact
questions ("X 2020年收到多少政府信息公开申请？" of random stored reports; each answer is checked
against the generator's manifest) and passage questions ("X 2020年存在哪些主要问题？"), median
and p95, with the engine's own timing breakdown; this process's RSS; and, unless --no-app,
the RSS of ``python app.py`` serving the same store after a few questions.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import settings  # noqa: E402,F401  (the offline and telemetry switches, in their one place)


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def machine() -> dict:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    mem = next((int(ln.split()[1]) // 1024 // 1024 for ln in Path("/proc/meminfo").read_text().splitlines()
                if ln.startswith("MemTotal")), 0)
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory_gb": mem, "python": platform.python_version(),
            "load_avg_at_start": os.getloadavg()}


class PooledEmbedder:
    """The stores' embedder with stand-in passage vectors: real embeddings for the first
    ``pool`` reports' chunks; later reports reuse them by position. Queries are real."""

    def __init__(self, real, pool: int):
        self.real = real
        self.model_id = real.model_id
        self.pool = pool
        self.pooled: list[list[list[float]]] = []
        self.calls = 0
        self.real_chunks = 0

    def load(self) -> None:
        self.real.load()

    def embed_query(self, text: str) -> list[float]:
        return self.real.embed_query(text)

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        self.calls += 1
        if len(self.pooled) < self.pool:
            vecs = self.real.embed_passages(texts)
            self.pooled.append(vecs)
            self.real_chunks += len(texts)
            return vecs
        src = self.pooled[self.calls % len(self.pooled)]
        return [src[min(j, len(src) - 1)] for j in range(len(texts))]


def percentile(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(round(p * (len(s) - 1))))]


def summarize(ms: list[float]) -> dict:
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 1), "p95_ms": round(percentile(ms, 0.95), 1),
            "max_ms": round(max(ms), 1)}


def measure(svc, entries: list[dict], n_facts: int, n_passages: int, rng: random.Random,
            profile_dir: Path | None, size: int) -> dict:
    stored = [e for e in entries if e.get("stored") and e.get("askable")]
    fact_qs = [e for e in rng.sample(stored, min(n_facts, len(stored)))
               if "requests.received.total" not in e.get("raw_values", {})]
    pass_qs = rng.sample(stored, min(n_passages, len(stored)))
    for e in stored[:3]:  # warm: the catalogue, jieba, the first query embedding
        svc.ask(f"{e['agency']}{e['year']}年收到多少政府信息公开申请？")
        svc.ask(f"{e['agency']}{e['year']}年存在哪些主要问题？")
    out: dict = {}
    prof = cProfile.Profile() if profile_dir else None
    for kind, qs, make in [
        ("fact", fact_qs, lambda e: f"{e['agency']}{e['year']}年收到多少政府信息公开申请？"),
        ("passage", pass_qs, lambda e: f"{e['agency']}{e['year']}年存在哪些主要问题？"),
    ]:
        wall, parts, wrong, not_found = [], {}, [], 0
        for e in qs:
            q = make(e)
            if prof:
                prof.enable()
            t0 = time.perf_counter()
            rec = svc.ask(q).record
            wall.append((time.perf_counter() - t0) * 1000)
            if prof:
                prof.disable()
            for k, v in rec["timings"].items():
                parts.setdefault(k, []).append(v)
            if kind == "fact":
                want = e["facts"]["requests.received.total"]
                if rec["value"] != want:
                    wrong.append((q, want, rec["answer"][:120]))
            elif not rec["passages"]:
                not_found += 1
        out[kind] = {**summarize(wall), "breakdown_median_ms": {k: round(statistics.median(v), 1) for k, v in parts.items()}}
        if kind == "fact":
            out[kind]["wrong"] = len(wrong)
            out[kind]["wrong_examples"] = wrong[:3]
        else:
            out[kind]["without_passages"] = not_found
        print(f"  {kind:8} n={len(wall)} median {out[kind]['median_ms']} ms, p95 {out[kind]['p95_ms']} ms, "
              f"breakdown {out[kind]['breakdown_median_ms']}", file=sys.stderr, flush=True)
    if prof:
        profile_dir.mkdir(parents=True, exist_ok=True)
        path = profile_dir / f"ask_{size}.prof"
        prof.dump_stats(str(path))
        with open(profile_dir / f"ask_{size}.txt", "w") as f:
            pstats.Stats(str(path), stream=f).sort_stats("cumulative").print_stats(40)
    return out


def app_rss(store: Path, questions: list[str], timeout: float = 600, ask_timeout: float = 1200) -> dict:
    """Start ``python app.py`` on the store, ask a few questions over HTTP, read its RSS."""
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, NIANBAO_STORE_DIR=str(store), NIANBAO_DATA_DIR=str(store / "no-seed"))
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        while time.time() - t0 < timeout:
            if proc.poll() is not None:
                return {"error": f"app exited with {proc.returncode}"}
            try:
                if httpx.get(url + "/healthz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)
        started = time.time() - t0
        while time.time() - t0 < timeout:  # the model loads in the background: wait for it (/readyz)
            try:
                if httpx.get(url + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        ready = time.time() - t0
        idle = rss_mb(proc.pid)
        lat = []
        with httpx.Client(timeout=ask_timeout) as c:  # the first question builds the body matcher
            for q in questions:
                t = time.perf_counter()
                c.post(url + "/api/ask", json={"question": q}).raise_for_status()
                lat.append((time.perf_counter() - t) * 1000)
        return {"start_s": round(started, 1), "ready_s": round(ready, 1), "rss_mb_idle": round(idle), "rss_mb_after_questions": round(rss_mb(proc.pid)),
                "http_first_ms": round(lat[0], 1), "http_median_ms": round(statistics.median(lat), 1),
                "http_median_after_first_ms": round(statistics.median(lat[1:]), 1) if len(lat) > 1 else None}
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def generate(out: Path, n: int, batch: int = 1000) -> list[dict]:
    """n generated reports, in batches of ``batch`` with their own seeds (the generator draws n
    distinct body names for n reports, which takes very long for n in the thousands). A body
    and year that two batches both hold is kept in the store but never asked about: the two
    reports print different numbers and the engine answers from one of them (the primary
    report), so the manifest of the other cannot be the expected answer."""
    entries: list[dict] = []
    for b in range(0, n, batch):
        folder = out / f"batch{b // batch:03d}"
        subprocess.run([sys.executable, "-m", "generator", "--out", str(folder), "--reports", str(min(batch, n - b)),
                        "--seed", str(2024 + b), "--shapes", "spaces,lines,html,markdown,pipes"], cwd=ROOT,
                       check=True, capture_output=True)
        for e in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]:
            e["file"] = f"{folder.name}/{e['file']}"
            entries.append(e)
    return entries


def mark_askable(entries: list[dict]) -> None:
    """Only a body and year held once in the stored reports is asked about (see ``generate``)."""
    held: dict[tuple[str, int], int] = {}
    for e in entries:
        if e.get("stored"):
            held[(e["agency"], e["year"])] = held.get((e["agency"], e["year"]), 0) + 1
    for e in entries:
        e["askable"] = held.get((e["agency"], e["year"]), 0) == 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="100,1000,10000")
    p.add_argument("--facts", type=int, default=200, help="fact questions per size")
    p.add_argument("--passages", type=int, default=60, help="passage questions per size")
    p.add_argument("--pool", type=int, default=150, help="reports whose chunks the model really embeds")
    p.add_argument("--store", type=Path, default=None, help="store folder (default: a temporary one)")
    p.add_argument("--no-app", action="store_true", help="skip starting app.py for its RSS")
    p.add_argument("--profile", type=Path, default=None, help="write cProfile stats of the questions here")
    p.add_argument("--work", type=Path, default=None,
                   help="work folder (reports + store); an existing one is reused: reports already "
                        "stored are not ingested again")
    p.add_argument("--torch-threads", type=int, default=None,
                   help="torch.set_num_threads for this process (default: torch's own choice)")
    p.add_argument("--out", type=Path, default=ROOT / ".cache" / "bench" / "ask_results.json")
    p.add_argument("--bulk", action="store_true",
                   help="build the stores in bulk from cloned templates (bench/bulk_store.py: for 100,000 reports)")
    p.add_argument("--templates", type=int, default=1000, help="with --bulk: generated reports really parsed")
    p.add_argument("--build-only", action="store_true", help="with --bulk: build the store, measure nothing")
    args = p.parse_args(argv)
    if args.bulk:
        return main_bulk(args)
    sizes = sorted(int(x) for x in args.sizes.split(","))

    from service import Nianbao
    from settings import Settings
    from stores.embedding import Embedder

    result = {"machine": machine(), "sizes": {}, "pool": args.pool}
    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    result["torch_threads"] = args.torch_threads or "default"
    work = args.work or Path(tempfile.mkdtemp(prefix="nianbao-bench-ask-"))
    store = args.store or work / "store"
    gen = work / "reports"
    t = time.time()
    entries = generate(gen, max(sizes))  # deterministic: the same bytes, so the same report ids
    print(f"generated {len(entries)} reports in {time.time() - t:.0f}s into {gen}", file=sys.stderr, flush=True)

    store_settings = Settings(store_dir=store)
    embedder = PooledEmbedder(Embedder(store_settings), args.pool)
    svc = Nianbao(store_settings, embedder=embedder)
    rng = random.Random(7)
    done = 0
    for size in sizes:
        t = time.time()
        failed = 0
        for e in entries[done:size]:
            sha = hashlib.sha256((gen / e["file"]).read_bytes()).hexdigest()
            if svc.facts.get_report(sha) is not None:  # a reused work folder
                e["stored"] = True
                done += 1
                continue
            r = svc.ingester.add_file(gen / e["file"])
            e["stored"] = r.status in ("added", "replaced")
            failed += r.status == "failed"
            done += 1
            if done % 500 == 0:
                print(f"  ingested {done}/{size} ({time.time() - t:.0f}s)", file=sys.stderr, flush=True)
        mark_askable(entries[:size])
        c = svc.facts.counts()
        row: dict = {"ingest_s": round(time.time() - t), "counts": c, "vectors": svc.stores.vectors.count(),
                     "failed": failed, "really_embedded_chunks": embedder.real_chunks}
        print(f"{size} reports: {c}, {row['vectors']} vectors, ingest {row['ingest_s']}s", file=sys.stderr, flush=True)
        row.update(measure(svc, entries[:size], args.facts, args.passages, rng, args.profile, size))
        row["bench_process_rss_mb"] = round(rss_mb())
        if not args.no_app:
            stored = [e for e in entries[:size] if e.get("stored") and e.get("askable")][:10]
            qs = [f"{e['agency']}{e['year']}年收到多少政府信息公开申请？" for e in stored[:5]] + \
                 [f"{e['agency']}{e['year']}年存在哪些主要问题？" for e in stored[5:]]
            # the app only reads while this process is idle: one writer at a time
            row["app"] = app_rss(store, qs)
            print(f"  app: {row['app']}", file=sys.stderr, flush=True)
        result["sizes"][size] = row
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


def measure_size(svc, entries: list[dict], size: int, row: dict, args, rng, store: Path) -> dict:
    """The questions, the RSS of this process and (unless --no-app) of ``python app.py``."""
    row.update(measure(svc, entries, args.facts, args.passages, rng, args.profile, size))
    row["bench_process_rss_mb"] = round(rss_mb())
    if not args.no_app:
        stored = [e for e in entries if e.get("stored") and e.get("askable")][:10]
        qs = [f"{e['agency']}{e['year']}年收到多少政府信息公开申请？" for e in stored[:5]] + \
             [f"{e['agency']}{e['year']}年存在哪些主要问题？" for e in stored[5:]]
        row["app"] = app_rss(store, qs)  # the app only reads while this process is idle
        print(f"  app: {row['app']}", file=sys.stderr, flush=True)
    return row


def main_bulk(args) -> int:
    """``--bulk``: templates really parsed, the store filled with their clones (see
    bench/bulk_store.py for what is a stand-in), then the same questions as the normal run."""
    import bulk_store
    from service import Nianbao
    from settings import Settings
    from stores.embedding import Embedder

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    sizes = sorted(int(x) for x in args.sizes.split(","))
    work = args.work or Path(tempfile.mkdtemp(prefix="nianbao-bench-ask-"))
    store, tdir = args.store or work / "store", work / "templates"
    if not (tdir / "manifest.json").is_file():
        subprocess.run([sys.executable, "-m", "generator", "--out", str(tdir), "--reports", str(args.templates),
                        "--seed", "2024", "--shapes", "spaces,lines,html,markdown,pipes"], cwd=ROOT, check=True)
    s = Settings(store_dir=store)
    svc = Nianbao(s)
    templates = bulk_store.read_templates(tdir, s, log, limit=args.templates)
    t = time.time()
    real = bulk_store.embed_pool(templates, svc.stores.embedder, args.pool)
    log(f"embedded {real} passages of {min(args.pool, len(templates))} templates in {time.time() - t:.0f}s")
    result = {"machine": machine(), "mode": "bulk", "templates": len(templates), "pool": args.pool,
              "really_embedded_chunks": real, "sizes": {}}
    rng = random.Random(7)
    for size in sizes:
        row: dict = bulk_store.build(svc.stores, templates, size, log=log, stop_file=work / "STOP")
        if row["reached"] < size:  # stopped early (the STOP file): measure what is stored
            log(f"stopped at {row['reached']} of {size} reports")
            size = row["reached"]
        entries = [bulk_store.manifest_entry(i, tp, body) for i, tp, body, _ in bulk_store.plan(templates, size)]
        row.update(counts=svc.facts.counts(), vectors=svc.stores.vectors.count(),
                   load_avg_after_build=os.getloadavg())
        log(f"{size} reports: {row}")
        if not args.build_only:
            measure_size(svc, entries, size, row, args, rng, store)
        result["sizes"][size] = row
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
