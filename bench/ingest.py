"""Ingestion throughput: files/s, chunks/s, and the share of time spent in the embedding model.

    python bench/ingest.py [--reports 20] [--shapes spaces,lines,pipes,markdown,html,docx]

Generates N reports with the project's generator into a temp folder, ingests them into an
empty temp store, and prints the numbers with the machine they ran on. It also measures the
embedding model alone on the same chunk texts, so "ingestion within X% of the model's own
throughput" is a measured number.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import settings  # noqa: E402,F401  (the offline and telemetry switches, in their one place)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=20)
    ap.add_argument("--shapes", default="spaces,lines,pipes,markdown,html,docx")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    from generator.__main__ import plan_reports, write_reports
    from service import Nianbao
    from settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        plans = plan_reports(args.reports, args.seed, args.shapes.split(","), list(range(2019, 2025)))
        write_reports(tmp / "reports", plans, seed=args.seed)
        files = sorted(p for p in (tmp / "reports").iterdir() if p.name != "manifest.json")
        svc = Nianbao(Settings(store_dir=tmp / "store"))
        t0 = time.perf_counter()
        results = svc.ingester.add_paths(files)
        wall = time.perf_counter() - t0
        failed = [r for r in results if r.status == "failed"]
        chunks = sum(r.chunks for r in results)
        embed = sum(r.embed_seconds for r in results)
        texts = [row["text"] for row in svc.facts.chunks_for([r.report_id for r in results if r.report_id])]
        t1 = time.perf_counter()
        svc.stores.embed_passages(texts)
        model_alone = time.perf_counter() - t1
        print(f"machine: {machine()}")
        print(f"reports: {len(files)} ({len(failed)} failed), chunks: {chunks}")
        print(f"ingestion: {len(files) / wall:.2f} files/s, {chunks / wall:.1f} chunks/s, wall {wall:.1f} s")
        print(f"embedding inside ingestion: {embed:.1f} s ({100 * embed / wall:.0f}% of the time)")
        print(f"embedding model alone on the same {len(texts)} chunks: {len(texts) / model_alone:.1f} chunks/s")
        print(f"ingestion throughput / model throughput: {100 * (chunks / wall) / (len(texts) / model_alone):.0f}%")
        for r in failed:
            print("  failed:", r.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
