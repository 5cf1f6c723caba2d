"""Score the blind generated wordings (tests/data/wordings/wordings.jsonl) against the engine.

Each line asks for one quantity in one of many wordings. A line is
- ``right``: a number from the expected key (or, for a sum without a key, the expected
  value) of the expected report, equal to the gold value when the gold is known;
- ``asked_back``: no number, a ``clarify`` list (safe, not right);
- ``missed``: no number (safe);
- ``confident_wrong``: a number for an unanswerable line, from another key, from another
  report, or unequal to the gold value. The score that matters is this column.

    python -m evals.wordings [FILE] [--limit N] [--failures K]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "wordings" / "wordings.jsonl"


def load(path: Path = DEFAULT) -> list[dict]:
    """The wordings; the default file is generated (deterministically, ~3 s) by
    tests/data/wordings/make_wordings.py from ../shared when it is absent -- 3 MB not kept in git."""
    if path == DEFAULT and not path.exists():
        import subprocess

        subprocess.run([sys.executable, str(path.parent / "make_wordings.py"), "--out", str(path)],
                       check=True, capture_output=True)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _close(a: float, b: float, unit: str | None) -> bool:
    if abs(a - b) < 1e-6:
        return True
    return unit == "万元" and abs(a - b * 10000) < 1e-3  # money may be given in 元


def judge(line: dict, record: dict, files: list[str] | None = None) -> tuple[str, str]:
    """``files``: the file names of the cited reports (the line names its report's file)."""
    """(verdict, reason) of one answer record."""
    value = record.get("value")
    if record.get("clarify") and value is None:
        return "asked_back", ""
    if not record.get("found") or value is None or isinstance(value, str):
        return "missed", ""
    e = line.get("expect") or {}
    if not line.get("answerable", True):
        return "confident_wrong", f"gave {value} for an unanswerable question"
    cited = [f.get("key") for f in record.get("facts") or []]
    reports = [(r.get("agency"), r.get("year")) for r in record.get("reports") or []]
    if line.get("year") and not any(y == line["year"] for _, y in reports):
        return "confident_wrong", f"report years {[y for _, y in reports]}"
    want = (e.get("report_hint") or "").split("|")[0].strip()
    # 001_huaian_2024_spaces.txt: any copy of that report (001_huaian_2024.pdf, 002_huaian_2024_lines.txt)
    stem = "_".join(Path(want).stem.split("_")[1:3])
    if files is not None and want and not any("_".join(Path(f).stem.split("_")[1:3]) == stem for f in files):
        return "confident_wrong", f"reports {reports} from {files}"
    key = e.get("key")
    if key and key not in cited:
        return "confident_wrong", f"cited {cited[:3]} not {key}"
    if key is None and e.get("sum_of") and not set(e["sum_of"]) <= set(cited):
        return "confident_wrong", f"cited {cited[:3]} not the sum of {e['sum_of']}"
    gold = e.get("value")
    accept = [gold, *(e.get("accept_also") or [])] if gold is not None else []
    if accept and not any(_close(float(value), float(g), e.get("unit")) for g in accept if g is not None):
        return "confident_wrong", f"value {value} != {gold}"
    return "right", ""


def run(lines: list[dict], ask, file_of=None) -> list[dict]:
    """``ask(question) → record``; ``file_of(report id) → file name`` to check the report."""
    out = []
    for line in lines:
        record = ask(line["question"])
        files = [file_of(r.get("id")) for r in record.get("reports") or []] if file_of else None
        verdict, why = judge(line, record, files)
        out.append({"id": line["id"], "group": line.get("group"), "family": line.get("family"),
                    "question": line["question"], "verdict": verdict, "why": why,
                    "got": {"value": record.get("value"), "keys": [f.get("key") for f in record.get("facts") or []][:3]},
                    "expect": line.get("expect", {}).get("key")})
    return out


def file_of(svc):
    """report id → the file name it was ingested from (the same report may be held as several
    files -- a PDF and its text extractions -- so every copy's name is accepted via its facts)."""
    names = {r.id: Path(r.source or "").name for r in svc.facts.list_reports()}
    return lambda rid: names.get(rid, "")


def table(results: list[dict]) -> str:
    by: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        by[r["group"]][r["verdict"]] += 1
        by["overall"][r["verdict"]] += 1
    rows = ["| group | n | right | asked back | missed | confident-wrong |", "|---|---|---|---|---|---|"]
    for g in sorted(by, key=lambda g: (g == "overall", g)):
        c = by[g]
        n = sum(c.values())
        cells = " | ".join(f"{c[k]} ({100 * c[k] / n:.1f}%)" for k in ("right", "asked_back", "missed", "confident_wrong"))
        rows.append(f"| {g} | {n} | {cells} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--failures", type=int, default=0, help="print this many confident-wrong lines")
    ap.add_argument("--json", type=Path, help="write every verdict here")
    a = ap.parse_args(argv)
    from evals.run import DEFAULT_STORE, open_service

    svc = open_service(DEFAULT_STORE)
    lines = load(a.file)[: a.limit]
    results = run(lines, lambda q: svc.ask(q).record, file_of(svc))
    print(table(results))
    for r in [r for r in results if r["verdict"] == "confident_wrong"][: a.failures]:
        print(f"- {r['id']} {r['question']} → {r['got']} expected {r['expect']}: {r['why']}")
    if a.json:
        a.json.write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
