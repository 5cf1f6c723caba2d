"""Ingestion throughput per embedding backend: files/s, chunks/s, the share of time in the model.

    python bench/ingest.py [--reports 20] [--backends torch,onnx] [--workers 1,2] [--rounds 2] [--no-eval]

Generates N reports with the project's generator into a temp folder and ingests them into an
empty temp store once per backend per round, the backends interleaved (the machine is shared: old
and new side by side in one run, compared as ratios). It also measures each model alone on the
same chunk texts, so "ingestion within X% of the model's own throughput" is a measured number.
Then the retrieval evaluation (evals/retrieval_eval.py, dev set) prints recall@5 and MRR per
backend: faster must not mean worse. ``--workers 1,2`` also runs each backend with that many
``ingest add --workers`` processes (their start and model loads are inside the timed part).
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import settings  # noqa: E402,F401  (the offline and telemetry switches, in their one place)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def ingest_once(files: list[Path], backend: str, root: Path, workers: int = 1) -> dict:
    """Ingest ``files`` into a new store with ``backend``; the numbers and the chunk texts.
    With ``workers`` > 1 the worker processes start and load the model inside the timed part."""
    from ingest.parallel import ParallelIngester
    from service import Nianbao
    from settings import Settings

    svc = Nianbao(Settings(store_dir=root, embedding_backend=backend), load_model=workers == 1)  # not timed
    assert svc.stores.embedder.backend == backend, f"{backend} not available: run python -m stores.embedding"
    ingester = svc.ingester if workers == 1 else ParallelIngester(svc.ingester, workers=workers)
    t0 = time.perf_counter()
    results = ingester.add_paths(files)
    wall = time.perf_counter() - t0
    texts = [row["text"] for row in svc.facts.chunks_for([r.report_id for r in results if r.report_id])]
    t1 = time.perf_counter()
    svc.stores.embed_passages(texts)
    alone = time.perf_counter() - t1
    return {"wall": wall, "files": len(files), "chunks": sum(r.chunks for r in results),
            "embed": sum(r.embed_seconds for r in results), "alone_cps": len(texts) / alone,
            "failed": [r.line() for r in results if r.status == "failed"]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=20)
    ap.add_argument("--shapes", default="spaces,lines,pipes,markdown,html,docx")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--backends", default="torch,onnx")
    ap.add_argument("--workers", default="1", help="comma-separated worker counts, e.g. 1,2 (ingest add --workers)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-eval", action="store_true", help="skip the retrieval evaluation")
    args = ap.parse_args()
    backends = args.backends.split(",")
    counts = [int(w) for w in args.workers.split(",")]
    runs_of = [(b, w, b if len(counts) == 1 and w == 1 else f"{b} x{w}") for b in backends for w in counts]

    from generator.__main__ import plan_reports, write_reports

    runs: dict[str, list[dict]] = {label: [] for _, _, label in runs_of}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        plans = plan_reports(args.reports, args.seed, args.shapes.split(","), list(range(2019, 2025)))
        write_reports(tmp / "reports", plans, seed=args.seed)
        files = sorted(p for p in (tmp / "reports").iterdir() if p.name != "manifest.json")
        for rnd in range(args.rounds):
            for b, w, label in runs_of:
                r = ingest_once(files, b, tmp / f"store-{b}-{w}-{rnd}", w)
                runs[label].append(r)
                print(f"round {rnd + 1} {label:9s}: {r['files'] / r['wall']:.2f} files/s, "
                      f"{r['chunks'] / r['wall']:.1f} chunks/s, embedding {100 * r['embed'] / r['wall']:.0f}% "
                      f"of {r['wall']:.1f} s; model alone {r['alone_cps']:.1f} chunks/s", flush=True)
    print(f"\nmachine: {machine()}, load average {os.getloadavg()[0]:.1f}")
    first = runs_of[0][2]
    base = statistics.median(r["files"] / r["wall"] for r in runs[first])
    for b in runs:
        fps = statistics.median(r["files"] / r["wall"] for r in runs[b])
        cps = statistics.median(r["chunks"] / r["wall"] for r in runs[b])
        share = statistics.median(r["embed"] / r["wall"] for r in runs[b])
        alone = statistics.median(r["alone_cps"] for r in runs[b])
        print(f"{b:9s} {fps:.2f} files/s, {cps:.1f} chunks/s ({fps / base:.2f}x {first}); embedding "
              f"{100 * share:.0f}% of the time; model alone {alone:.1f} chunks/s; ingestion at "
              f"{100 * cps / alone:.0f}% of the model's throughput")
        for line in runs[b][0]["failed"]:
            print("  failed:", line)
    if not args.no_eval:
        from evals.retrieval_eval import run

        print("\nretrieval, dev set (evals/retrieval_eval.py):")
        run("dev", tuple(backends), ("vector", "hybrid"), 5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
