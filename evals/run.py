"""``python -m evals.run FILE…``: ask the evaluation questions, score the answers, report.

Why a dedicated store: the scores must not depend on whatever a user ingested into the app's
store. The runner keeps its own store (default ``.cache/eval_store``) holding ``data/`` and
``../shared/corpus``, ingests it once and reuses it afterwards. A sha256 stamp of those files
and of the ingestion code (``ingest/``) refreshes the store by itself when either changes;
``--reingest`` forces a full rebuild.

Scoring (one rule per kind; a question passes only if every part holds):

- value, sum, difference, ranking: ``found`` as expected, the exact value (numbers compared
  exactly; floats to 1e-6), and the answer's report is the expected agency (and year) —
  for ranking the first report is the expected winner;
- table, check: found, the expected report, the expected operation (engine only: the plain
  baseline has no operations), and the optional ``contains`` / ``not_contains`` strings in
  the answer;
- passage: found and one of the top-3 passages is from the expected report and section
  (``contains`` strings must appear in the answer or those passages);
- unanswerable: found false and value null. Answers that still quote a number (other than
  a year) are counted separately as "number leaks" (informational).

``--baseline`` also runs ``evals.plain_baseline`` (vector search over prose chunks only) on the
same questions; ``--write-baseline PATH`` stores both results by kind. Always exits 0: the
numbers are the output.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared")).resolve()
CORPUS = SHARED / "corpus"
DEFAULT_STORE = ROOT / ".cache" / "eval_store"
KINDS = ["value", "sum", "difference", "ranking", "table", "check", "passage", "unanswerable"]
NUMERIC_KINDS = {"value", "sum", "difference", "ranking"}
_NUM = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d])")


# -- questions ------------------------------------------------------------------------------------
def load_questions(paths: Iterable[str | Path], tag: str | None = None) -> list[dict[str, Any]]:
    """Questions of one or more .jsonl files; with ``tag``, only those tagged so."""
    out: list[dict[str, Any]] = []
    for p in paths:
        for n, line in enumerate(Path(p).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            q = json.loads(line)
            missing = {"id", "question", "kind", "expect"} - set(q)
            if missing or q["kind"] not in KINDS or "found" not in q["expect"]:
                raise ValueError(f"{p}:{n}: malformed question (missing {sorted(missing)} or bad kind)")
            if tag is None or tag in q.get("tags", []):
                out.append(q)
    return out


# -- scoring --------------------------------------------------------------------------------------
def _norm(name: str | None) -> str:
    return re.sub(r"\s+", "", name or "")


def agency_matches(expected: str | None, got: str | None) -> bool:
    """Stored names may carry or drop the region prefix ("洪泽区人民政府" for
    "淮安市洪泽区人民政府"): containment either way, never a mere shared region."""
    e, g = _norm(expected), _norm(got)
    return bool(e and g) and (e in g or g in e)


def report_matches(rep: dict[str, Any] | None, agency: str | None, year: Any) -> bool:
    if not rep:
        return False
    if agency and not agency_matches(agency, rep.get("agency")):
        return False
    if year is None:
        return True
    years = year if isinstance(year, list) else [year]
    return rep.get("year") in years


def values_equal(expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    try:
        return abs(float(expected) - float(got)) < 1e-6
    except (TypeError, ValueError):
        return False


def number_leaks(text: str) -> list[str]:
    """Numbers in an answer that are not years: a "not found" answer should quote none."""
    out = []
    for m in _NUM.finditer(text or ""):
        raw = m.group()
        if len(raw) == 4 and raw.startswith(("19", "20")):
            continue
        out.append(raw)
    return out


def score(q: dict[str, Any], record: dict[str, Any], engine: bool = True) -> tuple[bool, str]:
    """(passed, reason of the first failed part, "" when passed)."""
    exp, kind = q["expect"], q["kind"]
    found = bool(record.get("found"))
    reports = record.get("reports") or []
    agency, year = exp.get("agency"), exp.get("year")
    if kind == "unanswerable":
        if found:
            return False, "found is true for an unanswerable question"
        if record.get("value") is not None:
            return False, f"value {record.get('value')!r} given for an unanswerable question"
        return True, ""
    if found != exp["found"]:
        return False, f"found {found}, expected {exp['found']}"
    if kind in NUMERIC_KINDS:
        if not values_equal(exp.get("value"), record.get("value")):
            return False, f"value {record.get('value')!r}, expected {exp.get('value')!r}"
        if agency:
            cand = reports[:1] if kind == "ranking" else reports
            if not any(report_matches(r, agency, year) for r in cand):
                return False, f"report {_brief_reports(reports)}, expected {agency} {year}"
        return True, ""
    text = record.get("answer") or ""
    if kind in ("table", "check"):
        want_op = q.get("expect_operation")
        if engine and want_op and record.get("operation") != want_op:
            return False, f"operation {record.get('operation')!r}, expected {want_op!r}"
        if not any(report_matches(r, agency, year) for r in reports[:1]):
            return False, f"report {_brief_reports(reports)}, expected {agency} {year}"
    if kind == "passage":
        top = (record.get("passages") or [])[:3]
        if not any(report_matches(p.get("report"), agency, year) and p.get("section") == exp.get("section")
                   for p in top):
            got = [(p.get("report", {}).get("agency"), p.get("report", {}).get("year"), p.get("section")) for p in top]
            return False, f"top-3 passages {got}, expected {agency} {year} section {exp.get('section')}"
        text = text + "\n" + "\n".join(p.get("text", "") for p in top)
    for s in exp.get("contains", []):
        if s not in text:
            return False, f"answer lacks {s!r}"
    for s in exp.get("not_contains", []):
        if s in text:
            return False, f"answer contains {s!r}"
    return True, ""


def _brief_reports(reports: list[dict[str, Any]]) -> str:
    return ", ".join(f"{r.get('agency')} {r.get('year')}" for r in reports[:3]) or "(none)"


# -- running -------------------------------------------------------------------------------------
def run(questions: list[dict[str, Any]], ask: Callable[[str], dict[str, Any]], engine: bool = True,
        progress: bool = False) -> list[dict[str, Any]]:
    """Ask every question; one result dict per question (the record kept, shortened)."""
    results = []
    for n, q in enumerate(questions, 1):
        t = time.perf_counter()
        try:
            rec = ask(q["question"])
            ok, why = score(q, rec, engine=engine)
        except Exception as e:  # a crash is a failed answer, not a failed run
            rec, ok, why = {"answer": "", "found": None, "value": None, "reports": [], "passages": []}, False, \
                f"error: {type(e).__name__}: {e}"
        results.append({
            "id": q["id"], "kind": q["kind"], "question": q["question"], "expect": q["expect"], "ok": ok,
            "reason": why, "seconds": round(time.perf_counter() - t, 3),
            "got": {"found": rec.get("found"), "value": rec.get("value"), "operation": rec.get("operation"),
                    "reports": [(r.get("agency"), r.get("year")) for r in rec.get("reports") or []][:3],
                    "sections": [p.get("section") for p in (rec.get("passages") or [])[:3]],
                    "answer": (rec.get("answer") or "")[:300]},
            "leaks": number_leaks(rec.get("answer", "")) if q["kind"] == "unanswerable" else [],
        })
        if progress and n % 25 == 0:
            print(f"  {n}/{len(questions)}", file=sys.stderr, flush=True)
    return results


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    by: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by[r["kind"]].append(r["ok"])
    kinds = {k: {"n": len(v), "correct": sum(v), "accuracy": round(sum(v) / len(v), 4)}
             for k, v in ((k, by[k]) for k in KINDS) if v}
    n = len(results)
    ok = sum(r["ok"] for r in results)
    return {"by_kind": kinds, "overall": {"n": n, "correct": ok, "accuracy": round(ok / n, 4) if n else 0.0},
            "unanswerable_number_leaks": sum(1 for r in results if r["leaks"]),
            "mean_seconds": round(sum(r["seconds"] for r in results) / n, 3) if n else 0.0}


def format_table(engine: dict[str, Any], baseline: dict[str, Any] | None = None) -> str:
    head = f"{'kind':<13}{'n':>5}  {'engine':>14}" + (f"  {'plain baseline':>16}" if baseline else "")
    lines = [head, "-" * len(head)]
    rows = [(k, engine["by_kind"][k], (baseline or {}).get("by_kind", {}).get(k)) for k in KINDS
            if k in engine["by_kind"]]
    rows.append(("overall", engine["overall"], (baseline or {}).get("overall")))
    for k, e, b in rows:
        line = f"{k:<13}{e['n']:>5}  {e['correct']:>5} {e['accuracy']:>7.1%}"
        if baseline:
            line += f"  {b['correct']:>7} {b['accuracy']:>7.1%}" if b else f"  {'-':>16}"
        lines.append(line)
    return "\n".join(lines)


def format_failures(results: list[dict[str, Any]]) -> str:
    out = []
    for r in results:
        if r["ok"]:
            continue
        e, g = r["expect"], r["got"]
        exp = {k: e[k] for k in ("found", "value", "agency", "year", "section") if k in e}
        out.append(f"- [{r['id']}] {r['question']}\n    expected {json.dumps(exp, ensure_ascii=False)}\n"
                   f"    got found={g['found']} value={g['value']!r} op={g['operation']} reports={g['reports']}"
                   f" sections={g['sections']}\n    why: {r['reason']}")
    return "\n".join(out) if out else "(none)"


# -- the store ------------------------------------------------------------------------------------
def input_fingerprint(paths: list[Path]) -> dict[str, str]:
    """sha256 of every report file under ``paths`` and of the ingestion code: the store is
    refreshed when these change (the samples in data/ are regenerated as the generator
    evolves; a parser change alters the facts of unchanged files)."""
    import hashlib

    from ingest.loaders import iter_report_files

    stamp = {str(f.resolve()): hashlib.sha256(f.read_bytes()).hexdigest() for f in iter_report_files(paths)}
    code = hashlib.sha256()
    for f in sorted((ROOT / "ingest").glob("*.py")) + sorted((ROOT / "vocab").glob("*.*")):
        code.update(f.name.encode() + b"\0" + f.read_bytes())
    stamp["<ingestion code>"] = code.hexdigest()
    return stamp


def open_service(store_dir: Path, reingest: bool = False):
    """The service over the eval store. Ingests data/ and ../shared/corpus when the store is
    new or when those files changed since the last ingestion (only the changed files, and
    reports whose file is gone are removed); after a change of the ingestion code, or when
    asked, empties the store and ingests everything again."""
    from service import Nianbao
    from settings import Settings

    svc = Nianbao(Settings(store_dir=store_dir))
    paths = [ROOT / "data"] + ([CORPUS] if CORPUS.is_dir() else [])
    stamp_file = store_dir / "eval_inputs.json"
    stamp = input_fingerprint(paths)
    old = json.loads(stamp_file.read_text(encoding="utf-8")) if stamp_file.exists() else {}
    reingest = reingest or old.get("<ingestion code>") != stamp["<ingestion code>"]
    if reingest or old != stamp or svc.facts.counts()["reports"] == 0:
        t = time.perf_counter()
        for rep in svc.facts.list_reports():
            if reingest or rep.source not in stamp:
                svc.remove(rep.id)
        results = svc.add_paths(paths)
        status = Counter(r.status for r in results)
        print(f"ingested {len(results)} files into {store_dir} in {time.perf_counter() - t:.0f}s: {dict(status)}",
              file=sys.stderr)
        for r in results:
            if r.status == "failed":
                print(f"  {r.line()}", file=sys.stderr)
        stamp_file.write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    return svc


def duplicate_report_differences(facts) -> list[tuple[str, int, int, list[str]]]:
    """The same report held in several files (淮安 2024: three text extractions and the PDF)
    must give identical facts, whichever copy the engine picks: (agency, year, copies,
    differing keys) for every (agency, year) held more than once."""
    groups: dict[tuple[str, int], list] = defaultdict(list)
    for r in facts.list_reports():
        name = r.name
        if name and r.year is not None:
            groups[(name, r.year)].append(r)
    out = []
    for (name, year), reps in sorted(groups.items()):
        if len(reps) < 2:
            continue
        vals = [facts.fact_values(r.id) for r in reps]
        keys = sorted(set().union(*vals))
        diff = [k for k in keys if len({repr(v.get(k, "<missing>")) for v in vals}) > 1]
        out.append((name, year, len(reps), diff))
    return out


def make_baseline(svc):
    from evals.plain_baseline import PlainBaseline

    names = {r.id: (r.name, r.year) for r in svc.facts.list_reports()}
    return PlainBaseline(svc.stores.vectors, svc.stores.embed_query, names)


# -- CLI ------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    import settings  # noqa: F401  (the offline and telemetry switches, in their one place)

    ap = argparse.ArgumentParser(prog="python -m evals.run", description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", help="question files (.jsonl)")
    ap.add_argument("--store", type=Path, default=DEFAULT_STORE, help=f"eval store folder (default {DEFAULT_STORE})")
    ap.add_argument("--reingest", action="store_true", help="empty the eval store and ingest again (after a parser change)")
    ap.add_argument("--baseline", action="store_true", help="also run the plain-chunks baseline")
    ap.add_argument("--write-baseline", type=Path, metavar="PATH", help="write the measured results (JSON)")
    ap.add_argument("--tag", help="only questions with this tag (e.g. smoke)")
    ap.add_argument("--kind", action="append", choices=KINDS, help="only these kinds (repeatable)")
    ap.add_argument("--results", type=Path, metavar="PATH", help="write every question's result (JSONL)")
    args = ap.parse_args(argv)

    questions = load_questions(args.files, tag=args.tag)
    if args.kind:
        questions = [q for q in questions if q["kind"] in args.kind]
    svc = open_service(args.store, reingest=args.reingest)
    dups = duplicate_report_differences(svc.facts)

    print(f"asking {len(questions)} questions (engine)…", file=sys.stderr)
    eng = run(questions, lambda s: svc.ask(s).record, engine=True, progress=True)
    eng_sum = summarize(eng)
    base, base_sum = None, None
    if args.baseline:
        print(f"asking {len(questions)} questions (plain baseline)…", file=sys.stderr)
        bl = make_baseline(svc)
        base = run(questions, bl.ask, engine=False, progress=True)
        base_sum = summarize(base)

    print(format_table(eng_sum, base_sum))
    print(f"\nunanswerable answers quoting a number (engine): {eng_sum['unanswerable_number_leaks']}; "
          f"mean answer time {eng_sum['mean_seconds']}s")
    for name, year, n, diff in dups:
        print(f"same report held {n} times ({name} {year}): "
              + ("identical facts" if not diff else f"{len(diff)} keys differ, e.g. {diff[:5]}"))
    print("\nengine failures:\n" + format_failures(eng))
    if args.results:
        with args.results.open("w", encoding="utf-8") as f:
            for system, rows in (("engine", eng), ("baseline", base or [])):
                for r in rows:
                    f.write(json.dumps({**r, "system": system}, ensure_ascii=False) + "\n")
    if args.write_baseline:
        doc = {
            "measured": date.today().isoformat(),
            "questions": [str(Path(f)) for f in args.files],
            "filter": {"tag": args.tag, "kind": args.kind},
            "engine": eng_sum,
            "plain_baseline": base_sum,
            "engine_failures": [{"id": r["id"], "reason": r["reason"]} for r in eng if not r["ok"]],
            "duplicate_reports": [{"agency": a, "year": y, "copies": n, "differing_keys": d} for a, y, n, d in dups],
        }
        args.write_baseline.parent.mkdir(parents=True, exist_ok=True)
        args.write_baseline.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {args.write_baseline}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
