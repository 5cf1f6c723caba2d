"""``python -m evals.blind_run FILE… [--baseline]``: score the engine (and the fair baseline) on
the blind question sets (``evals/blind/``), with the scorer of ``evals.scoring`` — which checks
the fact key and the report as well as the value, runs follow-ups as one conversation and counts
confident-wrong answers in a column of their own.

The engine answers through the service over the evaluation store (``evals.run.open_service``:
data/ and ../shared/corpus). The fair baseline reads the same reports' whole texts as the
loaders give them, table rows included (``evals.fair_baseline``).

Remember the rule of ``evals/blind/README.md``: ``test.jsonl`` is scored once, at the end of a
piece of engine work, and its failures are not read while tuning.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evals.run import DEFAULT_STORE, open_service
from evals.scoring import compare, score_file


def engine_ask(svc):
    def ask(question: str, context):
        ans = svc.ask(question, context=context)
        return ans.record, ans.query

    return ask


def fair_baseline(svc):
    """The fair baseline over the reports the engine holds, one copy per (body, year)."""
    from evals.fair_baseline import FairBaseline
    from ingest.loaders import load

    seen, reports = set(), []
    for rep in sorted(svc.facts.list_reports(), key=lambda r: (r.kind != "txt", r.source)):
        if (rep.name, rep.year) in seen or not Path(rep.source).exists():
            continue
        seen.add((rep.name, rep.year))
        reports.append((rep.id, rep.name, rep.year, load(Path(rep.source)).text))
    embed_query = lambda texts: [svc.stores.embed_query(t) for t in texts]  # noqa: E731
    return FairBaseline(reports, embed_query, svc.stores.embed_passages)


def main(argv: list[str] | None = None) -> int:
    import settings  # noqa: F401  (the offline and telemetry switches)

    ap = argparse.ArgumentParser(prog="python -m evals.blind_run", description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--baseline", action="store_true", help="also score the fair plain-retrieval baseline")
    ap.add_argument("--store", type=Path, default=DEFAULT_STORE)
    ap.add_argument("--failures", action="store_true", help="list every failure (never for test.jsonl while tuning)")
    ap.add_argument("--json", type=Path, help="write the engine's report as JSON here")
    args = ap.parse_args(argv)
    svc = open_service(args.store)
    base = fair_baseline(svc) if args.baseline else None
    for f in args.files:
        systems = {"Nianbao": score_file(f, engine_ask(svc), name="Nianbao")}
        if base is not None:
            systems["fair baseline"] = score_file(f, base.ask, name="fair baseline")
        print(f"\n## {f}\n")
        print(systems["Nianbao"].to_markdown(failures=args.failures))
        if base is not None:
            print()
            compare(systems, out=sys.stdout)
        if args.json:
            args.json.write_text(systems["Nianbao"].to_json(include_turns=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
