"""How fast is table extraction? Extracts the corpus (or the seed) repeatedly, prints reports/s.

Usage: python bench/extract.py [--rounds N] [--load] [paths...]

Without paths it uses ../shared/corpus (every .txt/.html/.pdf) or, when that is absent, the
seed. Files are loaded once (ingest.loaders) and then ``extract_document`` (tables, checks,
record) runs ``rounds`` times over all of them; ``--load`` also times loading every round
(PDF text extraction dominates then).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.extract import extract_document  # noqa: E402
from ingest.loaders import load  # noqa: E402
from ingest.metadata import read_metadata  # noqa: E402


def default_paths() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        return sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".pdf"))
    return [ROOT / "data" / "seed_jianxi_2020.txt"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--load", action="store_true", help="time loading the files every round too")
    args = ap.parse_args()
    paths = args.paths or default_paths()

    docs = [load(p) for p in paths]
    metas = [read_metadata(d) for d in docs]
    facts = sum(len(extract_document(d, m)["facts"]) for d, m in zip(docs, metas))

    start = time.perf_counter()
    for _ in range(args.rounds):
        for p, d, m in zip(paths, docs, metas):
            if args.load:
                d = load(p)
                m = read_metadata(d)
            extract_document(d, m)
    elapsed = time.perf_counter() - start
    n = args.rounds * len(paths)
    what = "load + extract" if args.load else "extract (text already loaded)"
    print(f"{len(paths)} files, {facts} facts per round, {args.rounds} rounds: {what}")
    print(f"{n / elapsed:.1f} reports/s ({1000 * elapsed / n:.1f} ms per report)")


if __name__ == "__main__":
    main()
