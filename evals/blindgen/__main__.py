"""python -m evals.blindgen --out DIR --reports N --seed S"""
import argparse
import collections
import sys
import time

from .generate import generate


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m evals.blindgen", description=__doc__)
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--reports", type=int, default=160, help="number of report files")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same files)")
    a = ap.parse_args(argv)
    t0 = time.time()
    man = generate(a.out, a.reports, a.seed)
    shapes = collections.Counter(m["shape"] for m in man)
    print(f"wrote {len(man)} reports + manifest.jsonl to {a.out} in {time.time() - t0:.1f}s")
    for s, n in sorted(shapes.items()):
        print(f"  {s:20s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
