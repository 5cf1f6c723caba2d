"""python -m rag ask "question" [--agency A] [--year Y] [--json] | ask --json --batch FILE"""
from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m rag", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("ask", help="answer a question from the stored reports")
    a.add_argument("question", nargs="?")
    a.add_argument("--agency")
    a.add_argument("--year", type=int)
    a.add_argument("--json", action="store_true", help="print the answer record as JSON")
    a.add_argument("--batch", help="answer one question per line of FILE ('-' = stdin), one JSON record per line")
    args = p.parse_args(argv)
    if not args.question and not args.batch:
        p.error("give a question or --batch FILE")

    from service import Nianbao

    svc = Nianbao()
    if args.batch:
        stream = sys.stdin if args.batch == "-" else open(args.batch, encoding="utf-8")
        with stream:
            for line in stream:
                question = line.strip()
                if not question:
                    continue
                rec = svc.ask(question, agency=args.agency, year=args.year).record
                print(json.dumps(rec, ensure_ascii=False), flush=True)
        return 0
    ans = svc.ask(args.question, agency=args.agency, year=args.year)
    if args.json:
        print(json.dumps(ans.record, ensure_ascii=False, indent=1))
    else:
        print(ans.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
