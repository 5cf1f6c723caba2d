"""Understanding speed: how long reading one question takes, with many bodies held.

Reads every question of the blind dev set and of the generated wordings against the bodies of
the corpus plus N generated bodies (the bodies of a 10,000-report store are about 1,000 bodies
× 10 years), and prints the median and p95 of ``rag.understanding.understand`` per question.
The phrase matcher for a set of bodies is built once (cached), as the engine does; its build
time is printed apart.

    python bench/understand.py [--bodies 1000,5000] [--limit 3000]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.numbers import make_agencies  # noqa: E402
from rag.understanding import Agency, understand  # noqa: E402

CORPUS_BODIES = [
    ("涧西区人民政府办公室", "洛阳市涧西区"), ("淮安市人民政府", "淮安市"), ("淮安市洪泽区人民政府", "淮安市洪泽区"),
    ("沭阳县人民政府", "宿迁市沭阳县"), ("上海市人民政府办公厅", "上海市"), ("上海市科学技术委员会", "上海市"),
]


def questions(limit: int) -> list[str]:
    qs = []
    for line in (ROOT / "evals" / "blind" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            qs += [t["question"] for t in json.loads(line)["turns"]]
    wd = ROOT / "tests" / "data" / "wordings" / "wordings.jsonl"
    if wd.exists():
        qs += [json.loads(x)["question"] for x in wd.read_text(encoding="utf-8").splitlines() if x.strip()]
    return qs[:limit]


def bodies(n: int) -> list[Agency]:
    out = [Agency(name, region) for name, region in CORPUS_BODIES]
    for name, region in make_agencies(n, seed=7):
        out.append(Agency(name, region or None))
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", default="0,1000,5000", help="generated bodies held besides the corpus's")
    ap.add_argument("--limit", type=int, default=3000, help="questions timed per size")
    a = ap.parse_args(argv)
    qs = questions(a.limit)
    print(f"{len(qs)} questions (blind dev + generated wordings)")
    print("| bodies held | matcher build | understand median | p95 | max |")
    print("|---|---|---|---|---|")
    for n in [int(x) for x in a.bodies.split(",")]:
        agencies = bodies(n)
        years = {ag.name: [2023, 2024] for ag in agencies}
        t = time.perf_counter()
        understand("淮安2024年收到多少申请？", agencies, years)  # builds and caches the matcher
        build = (time.perf_counter() - t) * 1000
        times = []
        for q in qs:
            t = time.perf_counter()
            understand(q, agencies, years)
            times.append((time.perf_counter() - t) * 1000)
        print(f"| {len(agencies)} | {build:.0f} ms | {statistics.median(times):.2f} ms | {pct(times, 0.95):.2f} ms "
              f"| {max(times):.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
