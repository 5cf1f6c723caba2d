"""python -m ingest {add,list,set-identity,set-primary,remove,search,extract,facts,checks,backup,restore,reindex} — the
ingestion CLI.

A face (floor 5 of ../shared/design/HOUSE.md): it works through the service, like the app.

Exit codes: 0 done; 1 done in part (some files failed, or extract read a file that is not a
report); 2 nothing done (bad settings, a missing path, an unreadable file, a refused backup).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("nianbao.ingest")


def _service(load_model: bool = True):
    from service import Nianbao

    return Nianbao(load_model=load_model)


def _unsupported_in(paths: list[Path]) -> list[Path]:
    """Files inside the named folders that ``add`` does not read (hidden files aside)."""
    from ingest.loaders import SUPPORTED

    out = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() not in SUPPORTED
                          and not any(part.startswith(".") for part in f.relative_to(p).parts))
    return out


def cmd_add(args) -> int:
    from ingest.pipeline import print_progress
    from service.nianbao import summarize

    paths = [Path(p) for p in args.paths]
    missing = [p for p in paths if not p.exists()]
    for p in missing if not (args.keep_going and args.quiet) else []:  # before the model loads
        print(f"{'failed' if args.keep_going else 'error:'} {p}: no such file or folder", file=sys.stderr)
    if missing and not args.keep_going:
        print("nothing was ingested (--keep-going ingests the other paths)", file=sys.stderr)
        return 2
    skipped = _unsupported_in(paths)
    for f in skipped:
        print(f"skipped    {f}: unsupported file type '{f.suffix or '(none)'}'", file=sys.stderr)
    svc = _service(load_model=args.workers == 1)  # with workers, the model loads in each of them
    print(f"store: {svc.settings.store_dir} (model {svc.stores.model_id})"
          + (f", shard {args.shard}" if args.shard else "") + (f", {args.workers} workers" if args.workers > 1 else ""),
          file=sys.stderr)
    results = svc.add_paths(args.paths, progress=None if args.quiet else print_progress,
                            workers=args.workers, shard=args.shard)
    if args.agency or args.year is not None:  # staff name the body and year: no guess needed
        for r in results:
            if r.report_id and r.status != "failed":
                svc.set_identity(r.report_id, agency=args.agency, year=args.year, actor="cli")
                r.agency, r.year = args.agency or r.agency, args.year or r.year
    for r in results:
        if r.status == "failed" and args.quiet:
            print(r.line())
    failed = [r for r in results if r.status == "failed"]
    print(summarize(results) + (f", {len(skipped)} skipped (unsupported type)" if skipped else ""))
    c = svc.facts.counts()
    print(f"store now holds {c['reports']} reports, {c['facts']} facts, {svc.vectors.count()} chunks")
    log.info("ingest add: %d results, %d failed, %d skipped", len(results), len(failed), len(skipped))
    return 1 if failed or (skipped and args.strict) else 0


def cmd_list(args) -> int:
    svc = _service(load_model=False)
    rows = svc.facts.list_reports()
    if args.json:
        print(json.dumps([{**r.__dict__, "flagged": r.identity_flag} for r in rows], ensure_ascii=False, indent=1))
        return 0
    print(f"{'id':<12} {'agency':<24} {'year':<5} {'fmt':<7} {'facts':>5} {'chunks':>6}  source")
    for r in rows:
        print(f"{r.id[:12]:<12} {(r.name or '?'):<24} {str(r.year or '?'):<5} "
              f"{r.format:<7} {r.n_facts:>5} {r.n_chunks:>6}  {r.source}")
    print(f"{len(rows)} reports, {svc.vectors.count()} chunks in the vector store")
    flagged = [r for r in rows if r.identity_flag]
    if flagged:  # stored with their facts, but never used for an answer until staff set body and year
        print(f"\n{len(flagged)} flagged (identity not established; not used for answers until "
              "`python -m ingest set-identity ID --agency NAME --year YEAR`):")
        for r in flagged:
            print(f"{r.id[:12]:<12} {r.label()}: {r.identity_flag}  ({r.source})")
    pairs = svc.duplicate_pairs()
    if pairs:  # a re-issue or a copy with other numbers: both kept, one answers
        print(f"\n{len(pairs)} body-years held in reports with different numbers (answers use the one marked *; "
              "`python -m ingest set-primary ID` to choose):")
        for p in pairs:
            for r in p["reports"]:
                print(f"{'*' if r['used'] else ' '} {r['id'][:12]:<12} {p['agency']} {p['year']}  "
                      f"{Path(r['source']).name}  ingested {r['ingested_at']}")
    return 0


def cmd_set_identity(args) -> int:
    """Staff set a report's body and/or year (a flagged report then answers); audited."""
    if not args.agency and args.year is None:
        print("error: give --agency and/or --year", file=sys.stderr)
        return 2
    svc = _service(load_model=False)
    rep = _resolve(svc, args.id)
    if rep is None:
        return 1
    svc.set_identity(rep.id, agency=args.agency, year=args.year, actor="cli")
    now = svc.facts.get_report(rep.id)
    print(f"{rep.id[:12]} {rep.label()} → {now.label()}" + (f" (still flagged: {now.identity_flag})"
                                                             if now.identity_flag else ""))
    return 0


def cmd_set_primary(args) -> int:
    """Staff mark the report answers use when its body and year is held in reports with
    different numbers (a re-issue, a copy); audited."""
    svc = _service(load_model=False)
    rep = _resolve(svc, args.id)
    if rep is None:
        return 1
    svc.set_primary(rep.id, actor="cli")
    pair = next((p for p in svc.duplicate_pairs() if p["agency"] == rep.name and p["year"] == rep.year), None)
    others = [r for r in (pair or {}).get("reports", []) if r["id"] != rep.id]
    print(f"{rep.id[:12]} {rep.label()} ({Path(rep.source).name}) is now the primary report"
          + (f"; also held: {', '.join(r['id'][:12] for r in others)}" if others else
             " (no other report with different numbers is held for this body and year)"))
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
    svc.remove(rep.id, actor="cli")
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
    from ingest.extract import extract_document
    from ingest.loaders import load
    from ingest.metadata import read_metadata
    from ingest.prepare import not_a_report
    from vocab.records import LoadError

    try:
        doc = load(args.file)
    except LoadError as e:
        print(f"error: {args.file}: {e}", file=sys.stderr)
        return 2
    meta = read_metadata(doc)
    record = extract_document(doc, meta)
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
    problem = not_a_report(doc, meta, record)
    if problem:  # what ingest add would refuse
        print(f"error: {args.file}: {problem}", file=sys.stderr)
        return 1
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
        print(f"{(f.report_id or '')[:12]:<12} {f.label}: {f.title} [{f.name}]: {f.detail}")
    print(f"{len(failed)} failed checks")
    return 0


def cmd_backup(args) -> int:
    from service.ops import backup

    man = backup(args.dir)
    print(f"backed up {man.reports} reports, {man.chunks} chunks (schema {man.schema_version}, "
          f"model {man.model_id}) to {Path(args.dir).resolve()}")
    return 0


def cmd_restore(args) -> int:
    from service.ops import restore

    man, aside = restore(args.dir)
    print(f"restored {man.reports} reports, {man.chunks} chunks from {args.dir} (backup of {man.created}); "
          f"the replaced store was moved to {aside}")
    return 0


def cmd_reindex(args) -> int:
    from service.ops import reindex

    svc = _service()
    print(f"store: {svc.settings.store_dir} (model {svc.stores.model_id})", file=sys.stderr)
    res = reindex(svc, progress=None if args.quiet else (lambda m: print(m, file=sys.stderr, flush=True)))
    print(f"{res.reports} reports: {res.embedded_reports} embedded ({res.embedded_chunks} chunks), "
          f"{res.complete} complete already; collection of model {svc.stores.model_id} holds {svc.vectors.count()} chunks")
    return 0


ADD_HELP = """ingest files and folders (recursive). Every file is reported with its result and, when it fails,
the reason; a failed file never stops the others, which are stored. A path that does not exist stops
the command before anything is loaded (exit 2) unless --keep-going, which reports it as failed and
ingests the rest. Files of an unsupported type inside a folder are listed as skipped. Exit status:
0 all stored (or unchanged), 1 some failed (the rest stored), 2 nothing done."""


def _workers(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"--workers wants a whole number of at least 1, not {text!r}")
    return int(text)


def _shard(text: str):
    from ingest.parallel import parse_shard

    try:
        return parse_shard(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m ingest", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="ingest files and folders (recursive)", description=ADD_HELP)
    a.add_argument("paths", nargs="+")
    a.add_argument("-q", "--quiet", action="store_true")
    a.add_argument("--keep-going", action="store_true",
                   help="report missing paths as failed and ingest the others (exit 1) instead of stopping (exit 2)")
    a.add_argument("--strict", action="store_true", help="also exit 1 when a folder holds files of an unsupported type")
    a.add_argument("--agency", help="the issuing body of every file added (overrides what is read)")
    a.add_argument("--year", type=int, help="the report year of every file added (overrides what is read)")
    a.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="read, parse and embed in N processes; this one writes the stores (default 1)")
    a.add_argument("--shard", type=_shard, metavar="I/N",
                   help="take only shard I of N of the files (by content hash): run I=0..N-1 on N machines "
                   "against the server stores; re-runs and overlaps change nothing")
    a.set_defaults(func=cmd_add)
    li = sub.add_parser("list", help="list stored reports")
    li.add_argument("--json", action="store_true")
    li.set_defaults(func=cmd_list)
    si = sub.add_parser("set-identity", help="set a report's body and/or year (a flagged report then answers)")
    si.add_argument("id")
    si.add_argument("--agency")
    si.add_argument("--year", type=int)
    si.set_defaults(func=cmd_set_identity)
    sp = sub.add_parser("set-primary", help="use this report for its body and year when two reports of it differ")
    sp.add_argument("id")
    sp.set_defaults(func=cmd_set_primary)
    r = sub.add_parser("remove", help="remove a report by id (or unique id prefix)")
    r.add_argument("id")
    r.set_defaults(func=cmd_remove)
    s = sub.add_parser("search", help="top passages for a query")
    s.add_argument("query")
    s.add_argument("-k", type=int, default=5)
    s.set_defaults(func=cmd_search)
    e = sub.add_parser("extract", help="print the extraction record of one file (no store touched); "
                       "exit 1 if it is not a report, 2 if it cannot be read")
    e.add_argument("file")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_extract)
    f = sub.add_parser("facts", help="print a report's tables with failed checks marked")
    f.add_argument("id")
    f.set_defaults(func=cmd_facts)
    c = sub.add_parser("checks", help="list every failed check in the store")
    c.set_defaults(func=cmd_checks)
    b = sub.add_parser("backup", help="copy the store (facts, vectors, uploads) into a new folder, consistently, "
                       "while the app runs (embedded mode; PostgreSQL: use pg_dump)")
    b.add_argument("dir")
    b.set_defaults(func=cmd_backup)
    rs = sub.add_parser("restore", help="replace the store with a backup (stop the app first; the replaced store "
                        "is moved to store_dir/replaced-<time>/)")
    rs.add_argument("dir")
    rs.set_defaults(func=cmd_restore)
    ri = sub.add_parser("reindex", help="embed every stored chunk with the configured embedding model "
                        "(after changing embedding_model; resumable)")
    ri.add_argument("-q", "--quiet", action="store_true")
    ri.set_defaults(func=cmd_reindex)
    return p


def main(argv: list[str] | None = None) -> int:
    from pydantic import ValidationError

    from service.ops import BackupRefused, SchemaTooNew
    from settings import ConfigError, configure_logging, get_settings

    args = _parser().parse_args(argv)
    try:
        configure_logging(get_settings())
        return int(args.func(args) or 0)
    except (ConfigError, ValidationError, SchemaTooNew, BackupRefused) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
