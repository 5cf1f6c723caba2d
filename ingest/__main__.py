"""python -m ingest {add,list,remove,search,extract,facts,checks} — the ingestion CLI.

A face (floor 5 of ../shared/design/HOUSE.md): it works through the service, like the app."""
from __future__ import annotations

import argparse
import json
import sys


def _service(load_model: bool = True):
    from service import Nianbao

    return Nianbao(load_model=load_model)


def cmd_add(args) -> int:
    from ingest.pipeline import print_progress
    from service.nianbao import summarize

    svc = _service()
    print(f"store: {svc.settings.store_dir} (model {svc.stores.model_id})", file=sys.stderr)
    results = svc.add_paths(args.paths, progress=None if args.quiet else print_progress)
    for r in results:
        if r.status == "failed" and args.quiet:
            print(r.line())
    print(summarize(results))
    c = svc.facts.counts()
    print(f"store now holds {c['reports']} reports, {c['facts']} facts, {svc.vectors.count()} chunks")
    return 1 if any(r.status == "failed" for r in results) and args.strict else 0


def cmd_list(args) -> int:
    svc = _service(load_model=False)
    rows = svc.facts.list_reports()
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        return 0
    print(f"{'id':<12} {'agency':<24} {'year':<5} {'fmt':<7} {'facts':>5} {'chunks':>6}  source")
    for r in rows:
        print(f"{r.id[:12]:<12} {(r.name or '?'):<24} {str(r.year or '?'):<5} "
              f"{r.format:<7} {r.n_facts:>5} {r.n_chunks:>6}  {r.source}")
    print(f"{len(rows)} reports, {svc.vectors.count()} chunks in the vector store")
    return 0


def _resolve(svc, report_id: str):
    found = svc.facts.find_reports(report_id)
    if len(found) != 1:
        msg = "no report with id" if not found else "several reports match id"
        print(f"{msg} '{report_id}'", file=sys.stderr)
        return None
    return found[0]


def cmd_remove(args) -> int:
    svc = _service(load_model=False)
    rep = _resolve(svc, args.id)
    if rep is None:
        return 1
    svc.remove(rep.id)
    print(f"removed {rep.id[:12]} {rep.label()} ({rep.source})")
    return 0


def cmd_search(args) -> int:
    svc = _service()
    hits = svc.vectors.query(svc.stores.embed_query(args.query), k=args.k)
    for n, h in enumerate(hits, 1):
        m = h.metadata
        print(f"{n}. [{h.score:.3f}] {m.get('agency', '?')} {m.get('year', '?')} · section {m.get('section')} "
              f"{m.get('section_title', '')} · {m.get('source', '')}")
        print("   " + h.text[:300].replace("\n", " "))
    return 0


def cmd_extract(args) -> int:
    from ingest.extract import extract_file
    from vocab.records import LoadError

    try:
        record = extract_file(args.file)
    except LoadError as e:
        print(f"error: {args.file}: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=1))
    else:
        printed = [f for f in record["facts"] if not f["derived"]]
        print(f"{record['agency']} {record['year']} format {record['format']}: {len(printed)} printed facts, "
              f"{len(record['facts']) - len(printed)} derived, {len(record['warnings'])} warnings")
        for c in record["checks"]:
            if c["status"] != "pass":
                print(f"  {c['status']}: {c['name']}: {c['detail']}")
        for w in record["warnings"]:
            print(f"  warning: {w}")
    return 0


def cmd_facts(args) -> int:
    from vocab.layout import render_text_tables

    svc = _service(load_model=False)
    rep = _resolve(svc, args.id)
    if rep is None:
        return 1
    facts = svc.facts.facts_for(rep.id)
    checks = svc.facts.checks_for(rep.id)
    print(f"{rep.label()} · format {rep.format} · {rep.source}")
    print(render_text_tables(rep.format, facts, checks))
    return 0


def cmd_checks(args) -> int:
    from service.views import failed_checks

    failed = failed_checks(_service(load_model=False).facts)
    for f in failed:
        print(f"{(f.report_id or '')[:12]:<12} {f.label}: {f.name}: {f.detail}")
    print(f"{len(failed)} failed checks")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m ingest", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="ingest files and folders (recursive)")
    a.add_argument("paths", nargs="+")
    a.add_argument("-q", "--quiet", action="store_true")
    a.add_argument("--strict", action="store_true", help="exit 1 when any file failed")
    a.set_defaults(func=cmd_add)
    li = sub.add_parser("list", help="list stored reports")
    li.add_argument("--json", action="store_true")
    li.set_defaults(func=cmd_list)
    r = sub.add_parser("remove", help="remove a report by id (or unique id prefix)")
    r.add_argument("id")
    r.set_defaults(func=cmd_remove)
    s = sub.add_parser("search", help="top passages for a query")
    s.add_argument("query")
    s.add_argument("-k", type=int, default=5)
    s.set_defaults(func=cmd_search)
    e = sub.add_parser("extract", help="print the extraction record of one file (no store touched)")
    e.add_argument("file")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_extract)
    f = sub.add_parser("facts", help="print a report's tables with failed checks marked")
    f.add_argument("id")
    f.set_defaults(func=cmd_facts)
    c = sub.add_parser("checks", help="list every failed check in the store")
    c.set_defaults(func=cmd_checks)
    args = p.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
