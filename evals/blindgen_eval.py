"""``python -m evals.blindgen_eval [--reports 160] [--seed 1]``: the parser and identity on the
blind generator's reports (``evals.blindgen``, written without seeing the parser).

Per report: the body and year the extraction record gives against the manifest (right,
flagged = none given, wrong), and every printed cell of the manifest against the facts
(right, missing, wrong: a number that differs from the printed one — the failure that must
never happen). A cell the manifest lists as printed blank is right only when it is stored
blank (raw ""; value 0 in a filled table, none in a table printed without any number). By shape, and the worst reports. Parses only (``ingest.extract``); stores nothing.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path


def _norm(name: str | None) -> str:
    return (name or "").replace(" ", "").replace("（", "(").replace("）", ")")


def evaluate(folder: Path) -> dict:
    from ingest.extract import extract_file
    from vocab.records import LoadError

    manifest = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    by_shape: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for m in manifest:
        c = by_shape[m["shape"]]
        c["reports"] += 1
        try:
            rec = extract_file(folder / m["file"])
        except LoadError as e:
            rec = {"agency": None, "year": None, "facts": [], "warnings": [f"refused: {e}"]}
        got = {f["key"]: f["value"] for f in rec["facts"] if not f.get("derived")}
        raw = {f["key"]: f["raw"] for f in rec["facts"] if not f.get("derived")}
        blank = set(m.get("blank_cells", []))
        want_agency = m["agency"] if m["identity_expected"] == "known" else None
        if rec["agency"] is None:
            c["agency_flagged"] += 1
            c["agency_flagged_wrongly"] += want_agency is not None
        elif want_agency is not None and _norm(rec["agency"]) == _norm(want_agency):
            c["agency_right"] += 1
        else:
            c["agency_wrong"] += 1
        c["year_right" if rec["year"] == m["year"] else ("year_flagged" if rec["year"] is None else "year_wrong")] += 1
        right = missing = wrong = 0
        wrong_cells = []
        for key, value in m["facts"].items():
            if key not in got:
                missing += 1
            elif key in blank:  # printed blank: stored blank (raw ""), read as 0 or, in an unfilled table, no value
                if raw[key].strip() == "" and got[key] in (0, None):
                    right += 1
                else:
                    wrong += 1
                    wrong_cells.append((key, "(blank)", raw[key]))
            elif raw.get(key, "x").strip() == "" and got[key] is None:
                wrong += 1  # stored blank where a number or a mark is printed
                wrong_cells.append((key, value, "(blank)"))
            elif (got[key] is None and value is None) or (
                    got[key] is not None and value is not None and abs(float(got[key]) - float(value)) < 1e-6):
                right += 1
            else:
                wrong += 1
                wrong_cells.append((key, value, got[key]))
        c["cells"] += len(m["facts"])
        c["cells_right"] += right
        c["cells_missing"] += missing
        c["cells_wrong"] += wrong
        rows.append({"file": m["file"], "shape": m["shape"], "agency": (m["agency"], rec["agency"]),
                     "year": (m["year"], rec["year"]), "cells": len(m["facts"]), "right": right,
                     "missing": missing, "wrong": wrong_cells[:5], "warnings": rec.get("warnings", [])[:3]})
    total = Counter()
    for c in by_shape.values():
        total.update(c)
    return {"by_shape": {k: dict(v) for k, v in sorted(by_shape.items())}, "total": dict(total), "reports": rows}


def to_markdown(res: dict) -> str:
    head = ("| shape | reports | body right | body flagged | body wrong | year right | year wrong | "
            "cells | right | missing | wrong |\n|---|---|---|---|---|---|---|---|---|---|---|\n")
    lines = []
    for name, c in list(res["by_shape"].items()) + [("**all**", res["total"])]:
        cells = c.get("cells", 0) or 1
        lines.append(f"| {name} | {c.get('reports', 0)} | {c.get('agency_right', 0)} | {c.get('agency_flagged', 0)} | "
                     f"{c.get('agency_wrong', 0)} | {c.get('year_right', 0)} | {c.get('year_wrong', 0)} | "
                     f"{c.get('cells', 0)} | {100 * c.get('cells_right', 0) / cells:.1f}% | "
                     f"{100 * c.get('cells_missing', 0) / cells:.1f}% | {c.get('cells_wrong', 0)} |")
    return head + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import settings  # noqa: F401

    ap = argparse.ArgumentParser(prog="python -m evals.blindgen_eval", description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=160)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, help="an already generated folder (with manifest.jsonl)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--worst", type=int, default=10)
    args = ap.parse_args(argv)
    folder = args.dir
    if folder is None:
        from evals.blindgen.__main__ import main as generate

        folder = Path(tempfile.mkdtemp(prefix="blindgen-"))
        generate(["--out", str(folder), "--reports", str(args.reports), "--seed", str(args.seed)])
    res = evaluate(folder)
    print(to_markdown(res))
    worst = sorted(res["reports"], key=lambda r: (len(r["wrong"]), r["cells"] - r["right"]), reverse=True)
    print("\nworst reports:")
    for r in worst[: args.worst]:
        print(f"- {r['file']} ({r['shape']}): body {r['agency']}, year {r['year']}, {r['right']}/{r['cells']} cells"
              f"{', wrong ' + str(r['wrong']) if r['wrong'] else ''}; {r['warnings'][:2]}")
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
