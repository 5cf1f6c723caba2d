"""Builds dev.jsonl and test.jsonl of the blind evaluation set.

WARNING: this file holds the text of every test question. It is as frozen as test.jsonl:
do not read it while tuning the engine.

Gold values are never typed in by hand for gold-backed reports: every table value is
computed here from /work/shared/corpus/gold/*.json (derived keys by the rules of
spec/README.md). Values of reports without gold come from read_facts.json (table cells
read by hand) or from narrative sentences that are checked to occur in the report text.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import blindlib as L  # noqa: E402
from bank import CONVERSATIONS  # noqa: E402

SEED = 20240611


def main():
    convs = CONVERSATIONS()
    for i, c in enumerate(convs, 1):
        c["id"] = "b-%04d" % i
    order = ["id", "turns", "lang", "kind", "note", "gold_source"]
    convs = [{**{k: c[k] for k in order if k in c}, **{k: v for k, v in c.items() if k not in order}}
             for c in convs]
    # stratified random split by conversation: within each (kind, lang), shuffle and alternate
    rng = random.Random(SEED)
    by_kind = {}
    for c in convs:
        by_kind.setdefault((c["kind"], c["lang"]), []).append(c)
    dev, test = [], []
    for kind in sorted(by_kind):
        group = by_kind[kind][:]
        rng.shuffle(group)
        start = rng.randint(0, 1)
        for j, c in enumerate(group):
            (test if (j + start) % 2 == 0 else dev).append(c)
    dev.sort(key=lambda c: c["id"])
    test.sort(key=lambda c: c["id"])
    here = os.path.dirname(os.path.abspath(__file__))
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            for c in rows:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("conversations: dev %d, test %d" % (len(dev), len(test)))


if __name__ == "__main__":
    main()
