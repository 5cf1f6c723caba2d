"""Retrieval evaluation: do the passages found answer the question? recall@k and MRR per backend.

    python evals/retrieval_eval.py [--set dev|test|FILE] [--backends torch,onnx,onnx-int8]
                                   [--modes vector,hybrid] [--k 5] [--limit N]

The question set is evals/retrieval/ (written blind by another session; its README says how):
each line {"id", "question", "report_file", "section_hint", "lang", …}. For every backend the
reports the set names are ingested into a new temporary store with that backend, then every
question is searched and ranked:

- ``vector``: the vector store alone, top k over **all** the reports (the embedding is the only
  thing that differs between backends here);
- ``hybrid``: the project's retriever (``rag.retrieval.HybridRetriever``: BM25 + vectors, fused),
  scoped to the question's report, as the engine calls it once it has resolved body and year.

Hit rule (the set's README): a passage from ``report_file`` (or one of its
``equivalent_files``) whose text, whitespace removed, contains ``section_hint`` (whitespace
removed: the chunker may break a line inside a phrase). recall@k = share of questions with a hit
in the top k; MRR = mean of 1/rank of the first hit within the top k (0 when none).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import settings as _settings  # noqa: E402,F401  (offline and telemetry switches first)

SET_DIR = ROOT / "evals" / "retrieval"
CORPUS = Path("/work/shared/corpus")
_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text)


def load_questions(which: str) -> list[dict]:
    path = SET_DIR / f"{which}.jsonl" if which in ("dev", "test") else Path(which)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report_files(q: dict, corpus: Path, set_dir: Path) -> list[Path]:
    """The file the question is about, then its equivalent files (one report in several files)."""
    names = [q["report_file"], *q.get("equivalent_files", [])]
    out = []
    for name in dict.fromkeys(names):
        for base in (corpus, set_dir):
            if (base / name).is_file():
                out.append((base / name).resolve())
                break
        else:
            raise FileNotFoundError(f"{q['id']}: {name} not under {corpus} or {set_dir}")
    return out


@dataclass
class Score:
    ranks: list[int | None] = field(default_factory=list)  # 1-based rank of the first hit

    def add(self, rank: int | None) -> None:
        self.ranks.append(rank)

    def recall(self, k: int) -> float:
        return sum(1 for r in self.ranks if r is not None and r <= k) / max(1, len(self.ranks))

    def mrr(self) -> float:
        return sum(1 / r for r in self.ranks if r) / max(1, len(self.ranks))


def first_hit(passages: list[tuple[str, str]], report_ids: set[str], hint: str) -> int | None:
    """``passages``: (report id, text) best first."""
    want = squash(hint)
    for rank, (rid, text) in enumerate(passages, 1):
        if rid in report_ids and want in squash(text):
            return rank
    return None


def build_store(files: list[Path], backend: str, root: Path, settings: dict | None = None):
    """A new store under ``root`` with ``backend`` (and ``settings``, other settings than the
    defaults), the files ingested; (service, path -> report id, seconds)."""
    from service import Nianbao
    from settings import Settings

    name = f"store-{backend}" + "".join(f"-{k}={v}" for k, v in sorted((settings or {}).items()))
    svc = Nianbao(Settings(store_dir=root / name, embedding_backend=backend, **(settings or {})))
    if svc.stores.embedder.backend != backend:
        raise SystemExit(f"backend {backend} not available (got {svc.stores.embedder.backend}): "
                         "run `python -m stores.embedding` first")
    t0 = time.perf_counter()

    def progress(done: int, total: int, _r) -> None:
        if done % 100 == 0 or done == total:
            print(f"  {backend}: {done}/{total} files ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)

    results = svc.ingester.add_paths(files, progress=progress)
    seconds = time.perf_counter() - t0
    ids = {Path(str(r.path)).resolve(): r.report_id for r in results if r.report_id}
    for r in results:
        if r.status == "failed":
            print(f"  ingest failed: {r.line()}", file=sys.stderr)
    return svc, ids, seconds


def evaluate(svc, questions: list[dict], ids: dict[Path, str], files: dict[str, list[Path]],
             modes: list[str], k: int) -> dict[str, Score]:
    scores = {m: Score() for m in modes}
    for q in questions:
        want = {ids[p] for p in files[q["id"]] if p in ids}
        for mode in modes:
            if not want:
                scores[mode].add(None)
                continue
            if mode == "vector":
                hits = svc.vectors.query(svc.stores.embed_query(q["question"]), k=k)
                passages = [(h.metadata.get("report_id", ""), h.text) for h in hits]
            else:
                found = svc.retriever.search(q["question"], sorted(want), k=k)
                passages = [(p.report_id, p.text) for p in found]
            scores[mode].add(first_hit(passages, want, q["section_hint"]))
    return scores


def distractor_files(work: Path, n: int, batch: int = 500) -> list[Path]:
    """``n`` more generated reports (real text, real vectors once ingested) that no question is
    about: the store the questions are searched in is then of that size. Generated in batches
    with their own seeds (the generator draws distinct body names per run); kept in ``work``."""
    import subprocess

    out: list[Path] = []
    for b in range(0, n, batch):
        folder = work / f"distractors{b // batch:03d}"
        if not (folder / "manifest.json").is_file():
            subprocess.run([sys.executable, "-m", "generator", "--out", str(folder), "--reports", str(min(batch, n - b)),
                            "--seed", str(9000 + b), "--shapes", "spaces,lines,html,markdown,pipes"],
                           cwd=ROOT, check=True, capture_output=True)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        out += [(folder / e["file"]).resolve() for e in manifest["files"]]
    return out


def run(which: str = "dev", backends: tuple[str, ...] = ("torch", "onnx"), modes: tuple[str, ...] = ("vector",),
        k: int = 5, limit: int | None = None, corpus: Path = CORPUS, set_dir: Path = SET_DIR,
        out=sys.stdout, distractors: int = 0, work: Path | None = None,
        settings: dict | None = None) -> dict[str, dict]:
    """Score every backend; returns {backend: {mode: {"recall@k", "mrr", "n"}, "ingest_s": …}}.
    ``settings``: other settings than the defaults for every store (e.g. an opt-in to measure).
    ``distractors``: that many more generated reports in the store (retrieval quality at size);
    ``work``: a folder kept between runs (reports and stores; a re-run ingests only what is new)."""
    questions = load_questions(which)[:limit]
    files = {q["id"]: report_files(q, corpus, set_dir) for q in questions}
    unique = sorted({p for ps in files.values() for p in ps})
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="retrieval-eval-") as tmp:
        root = work or Path(tmp)
        extra = distractor_files(root, distractors) if distractors else []
        for backend in backends:
            svc, ids, seconds = build_store(unique + extra, backend, root, settings)
            scores = evaluate(svc, questions, ids, files, list(modes), k)
            results[backend] = {"ingest_s": round(seconds, 1), "reports": len(unique), "distractors": len(extra),
                                "stored_reports": svc.facts.counts()["reports"], "vectors": svc.stores.vectors.count()}
            for mode, sc in scores.items():
                results[backend][mode] = {f"recall@{k}": round(sc.recall(k), 4), "mrr": round(sc.mrr(), 4),
                                          "n": len(sc.ranks)}
                print(f"{backend:10s} {mode:7s} recall@{k} {sc.recall(k):.3f}  MRR@{k} {sc.mrr():.3f}  "
                      f"({len(sc.ranks)} questions, {len(unique)} files + {len(extra)} distractors ingested "
                      f"in {seconds:.0f} s; {results[backend]['vectors']} vectors)", file=out, flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="dev", help="dev | test | a .jsonl file")
    ap.add_argument("--backends", default="torch,onnx")
    ap.add_argument("--modes", default="vector,hybrid")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None, help="first N questions only")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--distractors", type=int, default=0,
                    help="that many more generated reports in the store: retrieval quality at size")
    ap.add_argument("--work", type=Path, default=None, help="keep reports and stores here (a re-run resumes)")
    args = ap.parse_args(argv)
    res = run(args.set, tuple(args.backends.split(",")), tuple(args.modes.split(",")), args.k, args.limit,
              distractors=args.distractors, work=args.work)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
