"""Builds dev.jsonl and test.jsonl of blind evaluation set 348 (evals/blind348; follow-up emphasis).

WARNING: the bank it reads (bank348.py) holds the text of every test question. It is as frozen
as test.jsonl: do not read either while tuning the engine.

Adapted from evals/blind6/build_blind6.py. Every table value is computed by helpers348.py from
/work/shared/corpus/gold/*.json, or, for reports without gold, parsed from the printed table
row (blindlib348.text_cell) and stored with its evidence line in text_cells.json.
Deterministic: seed 2026348 orders the conversations and draws the split (25% dev / 75% test,
by conversation, stratified by (kind, lang)); ids md-0001...
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib348 as L  # noqa: E402
from bank348 import CONVERSATIONS  # noqa: E402

SEED = 2026348
DEV_SHARE = 0.25


def pairs(e):
    if "agencies" in e:
        return [(a, e["years"][a]) for a in e["agencies"]]
    if isinstance(e.get("years"), list):
        return [(e["agency"], y) for y in e["years"]]
    if e.get("agency") and e.get("year"):
        return [(e["agency"], e["year"])]
    return []


def gold_source(c):
    srcs = []
    for t in c["turns"]:
        e = t["expect"]
        for a, y in pairs(e):
            b = L.body_of(a, y)
            g = L.BODIES[b][2]
            if e.get("sentence") or "contains" in e:
                s = "text:" + L.BODIES[b][3]
            elif g:
                s = g
            elif e.get("not_applicable") is None and e.get("keys"):
                s = "text-row:" + L.BODIES[b][3]
            else:
                s = "text:" + L.BODIES[b][3]
            if s not in srcs:
                srcs.append(s)
            if e.get("acceptable_sentence"):
                s2 = "text:" + L.BODIES[b][3]
                if s2 not in srcs:
                    srcs.append(s2)
    return "; ".join(srcs) if srcs else "none"


def main():
    convs = CONVERSATIONS()
    rng = random.Random(SEED)
    rng.shuffle(convs)
    out = []
    for i, c in enumerate(convs, 1):
        c["id"] = "md-%04d" % i
        c["gold_source"] = gold_source(c)
        order = ["id", "turns", "lang", "kind", "note", "gold_source"]
        out.append({k: c[k] for k in order})
    # stratified split by (kind, lang)
    strata = collections.defaultdict(list)
    for c in out:
        strata[(c["kind"], c["lang"])].append(c["id"])
    dev_ids = set()
    for key in sorted(strata):
        ids = strata[key][:]
        rng.shuffle(ids)
        n_dev = int(round(len(ids) * DEV_SHARE))
        if len(ids) >= 2:
            n_dev = min(max(n_dev, 1), len(ids) - 1)
        dev_ids.update(ids[:n_dev])
    for name, keep in (("dev.jsonl", lambda c: c["id"] in dev_ids),
                       ("test.jsonl", lambda c: c["id"] not in dev_ids)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for c in out:
                if keep(c):
                    f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cells = {}
    for b, specs in sorted(L.TEXT_SPECS.items()):
        cells[b] = {"agency": L.BODIES[b][0], "year": L.BODIES[b][1], "file": L.BODIES[b][3],
                    "cells": {}}
        for k, sp in sorted(specs.items()):
            v, line = L.text_cell(b, sp)
            cells[b]["cells"][k] = {"spec": list(sp), "value": v, "evidence": line.strip()}
    with open(os.path.join(HERE, "text_cells.json"), "w", encoding="utf-8") as f:
        json.dump(cells, f, ensure_ascii=False, indent=1)
        f.write("\n")
    nq = sum(len(c["turns"]) for c in out)
    nd = sum(1 for c in out if c["id"] in dev_ids)
    print("built %d conversations, %d questions (dev %d conv, test %d conv)"
          % (len(out), nq, nd, len(out) - nd))


if __name__ == "__main__":
    main()
