"""Builds test.jsonl of the second blind evaluation set (evals/blind2).

WARNING: the bank it reads (bank2.py) holds the text of every test question. It is as frozen
as test.jsonl: do not read either while tuning the engine.

Every table value is computed by helpers2.py from /work/shared/corpus/gold/*.json, or, for the
two reports without gold used in differences/follow-ups, parsed from the printed table row
(blindlib2.text_cell). Deterministic: a fixed seed orders the conversations.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib2 as L  # noqa: E402
from bank2 import CONVERSATIONS  # noqa: E402

SEED = 20261130


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
    return "; ".join(srcs) if srcs else "none"


def main():
    convs = CONVERSATIONS()
    rng = random.Random(SEED)
    rng.shuffle(convs)
    out = []
    for i, c in enumerate(convs, 1):
        c["id"] = "c-%04d" % i
        c["gold_source"] = gold_source(c)
        order = ["id", "turns", "lang", "kind", "note", "gold_source"]
        out.append({k: c[k] for k in order})
    with open(os.path.join(HERE, "test.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
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
    print("test.jsonl: %d conversations, %d questions" % (len(out), nq))


if __name__ == "__main__":
    main()
