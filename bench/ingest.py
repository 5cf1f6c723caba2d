"""Ingestion speed, the old path against the new one in one run, with retrieval quality of both.

    python bench/ingest.py [--reports 20] [--rounds 2] [--new-backend onnx-int8] [--workers N]
                           [--no-plain] [--no-reuse-row] [--no-masked] [--no-eval]

Generates N reports with the project's generator into a temp folder and ingests the same files
into an empty temp store once per path per round, the paths interleaved (the machine is shared:
old and new side by side, compared as ratios):

- ``old``: today's path before issue 15's work: torch (sentence-transformers), one process,
  files staged, embedded and written one group after another (``ingest_overlap = false``,
  160 chunks and 32 passages per model call), every chunk embedded (``embedding_reuse = false``);
- ``new``: the default settings with ``--new-backend`` (ONNX Runtime, per-channel int8 by
  default): reading, the model and the writes overlapped (ingest/overlap.py), 4 passages of
  similar length per ONNX call (little padding), a text embedded once (stores/reuse.py);
- the new path reads table passages with their numbers masked (``table_passages_masked``, on
  by default since 2026-12-01: reports of one template share one vector);
  ``new, tables not masked`` (unless ``--no-masked``) is the same with every table passage
  embedded as printed, with its own row in the retrieval evaluation;
- ``new, no reuse`` (unless ``--no-reuse-row``): the same with every chunk embedded; what the
  reuse itself gives;
- ``new, no overlap`` (unless ``--no-plain``): the new model, batching and reuse, stages in
  sequence; what the overlap itself gives;
- ``new xN`` with ``--workers N``: ``ingest add --workers N`` (worker start and model loads timed).

Every path loads its model and the parser's forkserver before the clock starts (as a running
app has them). Every round ingests into an EMPTY store, so the only vectors reused are those of
texts repeated inside the run (the repeated-text rate is printed; ``reused`` counts the chunks
the model did not run: repeats in one model group, or of an earlier group). Then the
retrieval evaluation (evals/retrieval_eval.py, dev set) prints recall@5 and MRR of torch and
the new backend side by side: faster must not mean worse. The load average is printed at the
start and the end.
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

OLD = {"embedding_backend": "torch", "ingest_overlap": False, "embedding_reuse": False,
       "table_passages_masked": False}
UNMASKED = {"table_passages_masked": False}  # the default before 2026-12-01: its own row and eval


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def load() -> str:
    return "/".join(f"{x:.2f}" for x in os.getloadavg())


def paths(new_backend: str, plain: bool, workers: int, reuse_row: bool = True,
          masked_row: bool = True) -> dict[str, tuple[dict, int]]:
    """label -> (settings overrides, worker processes)."""
    out = {"old (torch)": (OLD, 1), f"new ({new_backend})": ({"embedding_backend": new_backend}, 1)}
    if masked_row:
        out["new, tables not masked"] = ({"embedding_backend": new_backend, **UNMASKED}, 1)
    if reuse_row:
        out["new, no reuse"] = ({"embedding_backend": new_backend, "embedding_reuse": False}, 1)
    if plain:
        out[f"new, no overlap"] = ({"embedding_backend": new_backend, "ingest_overlap": False}, 1)
    if workers > 1:
        out[f"new x{workers}"] = ({"embedding_backend": new_backend}, workers)
    return out


def ingest_once(files: list[Path], overrides: dict, root: Path, workers: int = 1) -> dict:
    """Ingest ``files`` into a new store under ``root`` with these settings; the numbers."""
    from ingest.parallel import ParallelIngester
    from service import Nianbao
    from settings import Settings

    svc = Nianbao(Settings(store_dir=root, **overrides), load_model=workers == 1)  # not timed
    want = overrides["embedding_backend"]
    assert svc.stores.embedder.backend == want, f"{want} not available: run python -m stores.embedding"
    ingester = svc.ingester if workers == 1 else ParallelIngester(svc.ingester, workers=workers)
    assert svc.stores.vectors.count() == 0, "each round ingests into an empty store"
    t0 = time.perf_counter()
    results = ingester.add_paths(files)
    wall = time.perf_counter() - t0
    stats = svc.stores.reuse.stats  # this process's model calls (workers count their own: not here)
    return {"wall": wall, "files": len(files), "chunks": sum(r.chunks for r in results),
            "embed": sum(r.embed_seconds for r in results),
            "reused": stats.reused if workers == 1 else None, "embedded": stats.embedded if workers == 1 else None,
            "failed": [r.line() for r in results if r.status == "failed"]}


def repeated_text(files: list[Path]) -> tuple[int, int]:
    """(chunks, distinct chunk texts) of ``files``: how much text repeats across the reports."""
    from ingest.prepare import prepare
    from settings import Settings

    texts = [c.text for f in files for c in prepare(f, Settings()).chunks]
    return len(texts), len(set(texts))


def token_shares(files: list[Path]) -> str:
    """What share of the model's tokens (prompt included, as the tokenizer counts them) the
    repeated texts and the table passages are: what reuse in one run and what a cached table
    passage could save."""
    from tokenizers import Tokenizer

    from ingest.prepare import prepare
    from ingest.table_summary import model_texts
    from settings import Settings
    from stores.embedding import onnx_dir
    from stores.onnx_embedding import TOKENIZER_FILE

    s = Settings()
    tok = Tokenizer.from_file(str(onnx_dir(s) / TOKENIZER_FILE))
    chunks = [c for f in files for c in prepare(f, s).chunks]
    n = [len(e.ids) for e in tok.encode_batch([s.passage_prompt + c.text for c in chunks])]
    seen: set[str] = set()
    repeated = 0
    for c, k in zip(chunks, n):
        repeated += k if c.text in seen else 0
        seen.add(c.text)
    table = [k for c, k in zip(chunks, n) if c.metadata.get("kind") == "table"]
    total = sum(n)
    read = model_texts(chunks, True)  # with ``table_passages_masked``: the tokens the model still runs
    m = [len(e.ids) for e in tok.encode_batch([s.passage_prompt + t for t in dict.fromkeys(read)])]
    return (f"model tokens {total} (mean {total / len(n):.0f} a chunk, longest {max(n)}): repeated texts "
            f"{100 * repeated / total:.1f}% of them; table passages {len(table)} of {len(n)} chunks, "
            f"{100 * sum(table) / total:.1f}% of the tokens (mean {sum(table) / max(1, len(table)):.0f}); "
            f"with tables masked the model runs {len(m)} distinct texts, {100 * sum(m) / total:.1f}% of the tokens")


def generate(tmp: Path, n: int, seed: int, shapes: list[str]) -> list[Path]:
    from generator.__main__ import plan_reports, write_reports

    write_reports(tmp / "reports", plan_reports(n, seed, shapes, list(range(2019, 2025))), seed=seed)
    return sorted(p for p in (tmp / "reports").iterdir() if p.name != "manifest.json")


def summary(runs: dict[str, list[dict]]) -> None:
    first = next(iter(runs))
    base = statistics.median(r["files"] / r["wall"] for r in runs[first])
    print(f"\n| path | files/s | chunks/s | × old | embedding share | chunks embedded / reused |\n"
          f"|---|---:|---:|---:|---:|---:|")
    for label, rs in runs.items():
        fps = statistics.median(r["files"] / r["wall"] for r in rs)
        cps = statistics.median(r["chunks"] / r["wall"] for r in rs)
        share = statistics.median(r["embed"] / r["wall"] for r in rs)
        reuse = "n/a (workers)" if rs[0]["reused"] is None else f"{rs[0]['embedded']} / {rs[0]['reused']}"
        print(f"| {label} | {fps:.2f} | {cps:.1f} | {fps / base:.2f}× | {100 * share:.0f}% | {reuse} |")
        for line in rs[0]["failed"]:
            print("  failed:", line)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=20)
    ap.add_argument("--shapes", default="spaces,lines,pipes,markdown,html,docx")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--new-backend", default="onnx-int8", choices=["onnx", "onnx-int8"])
    ap.add_argument("--workers", type=int, default=1, help="also time the new path with N worker processes")
    ap.add_argument("--no-plain", action="store_true", help="skip the 'new, no overlap' row")
    ap.add_argument("--no-reuse-row", action="store_true", help="skip the 'new, no reuse' row")
    ap.add_argument("--no-masked", action="store_true", help="skip the 'new, tables not masked' row and its eval")
    ap.add_argument("--no-eval", action="store_true", help="skip the retrieval evaluation")
    args = ap.parse_args()
    print(f"machine: {machine()}; load average at start {load()}", flush=True)
    todo = paths(args.new_backend, not args.no_plain, args.workers, not args.no_reuse_row, not args.no_masked)
    runs: dict[str, list[dict]] = {label: [] for label in todo}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = generate(tmp, args.reports, args.seed, args.shapes.split(","))
        n, distinct = repeated_text(files)  # also starts the parser's forkserver (untimed)
        print(f"{len(files)} generated reports, {n} chunks, {distinct} distinct texts: repeated-text rate "
              f"{100 * (n - distinct) / max(1, n):.1f}% (what reuse can skip in one run into an empty store)")
        print(token_shares(files), flush=True)
        from ingest.guard import prepare_guarded
        from settings import Settings

        prepare_guarded(files[0], Settings())  # the guard's forkserver, once per process, untimed
        for rnd in range(args.rounds):
            for label, (overrides, workers) in todo.items():
                r = ingest_once(files, overrides, tmp / f"store-{list(todo).index(label)}-{rnd}", workers)
                runs[label].append(r)
                print(f"round {rnd + 1} {label:18s}: {r['files'] / r['wall']:.2f} files/s, "
                      f"{r['chunks'] / r['wall']:.1f} chunks/s, embedding {100 * r['embed'] / r['wall']:.0f}% "
                      f"of {r['wall']:.1f} s, {r['reused']} chunks reused; load {os.getloadavg()[0]:.2f}", flush=True)
    summary(runs)
    if not args.no_eval:
        from evals.retrieval_eval import run

        print("\nretrieval, dev set (evals/retrieval_eval.py; hybrid = as the engine searches):", flush=True)
        res = run("dev", ("torch",), ("vector", "hybrid"), 5, settings=UNMASKED)  # the old path
        res.update({f"{args.new_backend} (default: tables masked)":
                    run("dev", (args.new_backend,), ("vector", "hybrid"), 5)[args.new_backend]})
        if not args.no_masked:
            unmasked = run("dev", (args.new_backend,), ("vector", "hybrid"), 5, settings=UNMASKED)
            res[f"{args.new_backend}, tables not masked"] = unmasked[args.new_backend]
        print("\n| backend | hybrid recall@5 | hybrid MRR | vector recall@5 | vector MRR |\n|---|---:|---:|---:|---:|")
        for b, r in res.items():
            print(f"| {b} | {r['hybrid']['recall@5']:.3f} | {r['hybrid']['mrr']:.3f} | "
                  f"{r['vector']['recall@5']:.3f} | {r['vector']['mrr']:.3f} |")
    print(f"\nload average at end {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
