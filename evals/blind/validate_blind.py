"""Validates dev.jsonl / test.jsonl of the blind set against the spec and the gold files.

Checks: JSON parses; ids unique; every key is in spec/fact_keys.tsv or is a derived key of
spec/README.md; every numeric value is recomputed from corpus/gold/*.json (or, for reports
without gold, from read_facts.json whose evidence lines must occur in the report text);
narrative sentences and passage words occur in the report text; not-applicable keys are
really absent from the report's template; rankings and differences are recomputed.
Prints counts by kind / language per split. Exit code 1 on any error.

Independent of blindlib.value(): derived keys are recomputed here from scratch.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib as L  # noqa: E402  (text helpers and file locations only)

KINDS = ["value", "sum", "difference", "ranking", "narrative", "followup", "unanswerable",
         "trap", "na", "passage"]
ORG = ["commercial", "research", "public_interest", "legal_services", "other_org"]
SUBS = {"withheld": ["state_secret", "prohibited_by_law", "security_stability", "third_party",
                     "internal_affairs", "process_info", "enforcement_files", "admin_query"],
        "unable": ["not_held", "needs_creation", "unclear"],
        "not_processed": ["petition", "duplicate", "publication", "excessive", "reconfirm"],
        "other": ["overdue_correction", "overdue_fee", "other"]}

errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def load_tsv_keys():
    with open(os.path.join(L.SPEC, "fact_keys.tsv"), encoding="utf-8") as f:
        rows = [ln.rstrip("\n").split("\t") for ln in f][1:]
    return {r[0]: r[2].split(",") for r in rows}


TSV = load_tsv_keys()


def key_ok(k):
    if k in TSV:
        return True
    p = k.split(".")
    if p[0] != "requests":
        return False
    if p[-1] == "legal_person":
        stem = ".".join(p[:-1])
        return (stem + ".total") in TSV or any(x.startswith(stem + ".") for x in TSV)
    return len(p) == 3 and p[1] in ("withheld", "unable", "not_processed") and \
        ("requests.%s.%s.%s" % (p[1], SUBS[p[1]][0], p[2])) in TSV


# ------------------------------------------------------------------ fact sources
GOLD = {}
for fn in os.listdir(os.path.join(L.CORPUS, "gold")):
    with open(os.path.join(L.CORPUS, "gold", fn), encoding="utf-8") as f:
        g = json.load(f)
    GOLD[(g["agency"], g["year"])] = g

with open(os.path.join(HERE, "read_facts.json"), encoding="utf-8") as f:
    READ = json.load(f)
READ_BY = {}
for b, r in READ.items():
    if b.startswith("_"):
        continue
    txt = L.norm(L.joined_text(b))
    for k, v in r["facts"].items():
        if not key_ok(k):
            errors.append("read_facts %s: bad key %s" % (b, k))
        if L.norm(v["evidence"]) not in txt:
            errors.append("read_facts %s %s: evidence not in text" % (b, k))
    READ_BY[(r["agency"], r["year"])] = {k: v["value"] for k, v in r["facts"].items()}


def facts_for(agency, year):
    if (agency, year) in GOLD:
        return GOLD[(agency, year)]["facts"], "gold"
    if (agency, year) in READ_BY:
        return READ_BY[(agency, year)], "read"
    return None, None


def recompute(F, k):
    if k in F:
        return F[k]
    p = k.split(".")
    if p[-1] == "legal_person":
        return sum(recompute(F, ".".join(p[:-1]) + "." + c) for c in ORG)
    if len(p) == 3 and p[1] in SUBS:
        return sum(recompute(F, "requests.%s.%s.%s" % (p[1], s, p[2])) for s in SUBS[p[1]])
    raise KeyError(k)


def close(a, b):
    return abs(float(a) - float(b)) < 1e-6


def body_text(agency, year):
    b = L.body_of(agency, year)
    return b, (L.norm(L.joined_text(b)) if b else None)


# ------------------------------------------------------------------ per-turn checks
def check_turn(cid, kind, t):
    q, e = t.get("question"), t.get("expect")
    if not q or not isinstance(e, dict):
        err(cid, "turn without question/expect")
        return
    if "answerable" not in e:
        err(cid, "expect.answerable missing")
        return
    if e["answerable"] is False:
        if not e.get("why"):
            err(cid, "unanswerable without why")
        if e.get("value") is not None:
            err(cid, "unanswerable with a value")
        return
    keys = e.get("keys")
    if keys is None:
        err(cid, "keys missing")
        return
    for k in keys:
        if not key_ok(k):
            err(cid, "unknown key %s" % k)
    for alt in e.get("acceptable_keys", []):
        for k in alt:
            if not key_ok(k):
                err(cid, "unknown acceptable key %s" % k)
    # ranking
    if "agencies" in e:
        vals = {}
        for a in e["agencies"]:
            F, _src = facts_for(a, e["years"][a])
            if F is None or _src != "gold":
                err(cid, "ranking over a body without gold: %s" % a)
                return
            vals[a] = sum(recompute(F, k) for k in keys)
        best = (max if e.get("order", "desc") == "desc" else min)(vals.values())
        tops = [a for a, v in vals.items() if close(v, best)]
        if len(tops) != 1 or tops[0] != e["value"]:
            err(cid, "ranking top mismatch %s vs %s" % (tops, e["value"]))
        for a, v in vals.items():
            if not close(v, e["values"][a]):
                err(cid, "ranking value mismatch %s" % a)
        return
    # difference
    if "years" in e and isinstance(e["years"], list):
        y1, y2 = e["years"]
        F1, _ = facts_for(e["agency"], y1)
        F2, _ = facts_for(e["agency"], y2)
        if F1 is None or F2 is None:
            err(cid, "difference without facts")
            return
        v = sum(recompute(F2, k) for k in keys) - sum(recompute(F1, k) for k in keys)
        if not close(v, e["value"]):
            err(cid, "difference mismatch %s vs %s" % (v, e["value"]))
        return
    agency, year = e.get("agency"), e.get("year")
    if year is None:  # deliberately ambiguous (no year)
        if not e.get("ambiguous"):
            err(cid, "no year but not marked ambiguous")
        for alt in e.get("acceptable", []):
            F, _ = facts_for(agency, alt["year"])
            if F is None or not close(sum(recompute(F, k) for k in keys), alt["value"]):
                err(cid, "acceptable alternative mismatch %s" % alt)
        return
    b, text = body_text(agency, year)
    if b is None:
        err(cid, "agency/year not in corpus: %s %s" % (agency, year))
        return
    if "sentence" in e:  # narrative number
        s = L.norm(e["sentence"])
        if s not in text:
            err(cid, "sentence not in report text")
        num = e["value"]
        num_s = ("%g" % num) if isinstance(num, float) else str(num)
        if num_s not in s:
            err(cid, "value %s not in sentence" % num_s)
        return
    if "contains" in e:  # passage
        for w in e["contains"]:
            if L.norm(w) not in text:
                err(cid, "passage word %r not in text" % w)
        return
    F, src = facts_for(agency, year)
    if e.get("value") is None:
        if not e.get("not_applicable"):
            err(cid, "null value without not_applicable")
            return
        g = GOLD.get((agency, year))
        if g is None:
            err(cid, "not-applicable check needs gold")
            return
        for k in keys:
            # gold lists every printed cell; a not-applicable key must be neither printed
            # nor derivable from printed cells
            if k in g["facts"]:
                err(cid, "key %s is printed in this report" % k)
            try:
                recompute(g["facts"], k)
                err(cid, "key %s is derivable in this report" % k)
            except KeyError:
                pass
        for k, v in e.get("related", {}).items():
            if not close(recompute(F, k), v):
                err(cid, "related value mismatch %s" % k)
        return
    if F is None:
        err(cid, "numeric value without gold/read facts")
        return
    try:
        v = sum(recompute(F, k) for k in keys)
    except KeyError as ex:
        err(cid, "cannot recompute %s" % ex)
        return
    if not close(v, e["value"]):
        err(cid, "value mismatch: recomputed %s, expected %s" % (v, e["value"]))


def check_conv(c, seen):
    cid = c.get("id", "?")
    if cid in seen:
        err(cid, "duplicate id")
    seen.add(cid)
    for f in ("turns", "lang", "kind", "note", "gold_source"):
        if f not in c:
            err(cid, "missing field %s" % f)
    if c.get("kind") not in KINDS:
        err(cid, "bad kind %s" % c.get("kind"))
    if c.get("lang") not in ("zh", "en"):
        err(cid, "bad lang")
    if c.get("kind") == "followup" and len(c["turns"]) < 2:
        err(cid, "followup with one turn")
    if c.get("kind") != "followup" and len(c["turns"]) != 1:
        err(cid, "multi-turn conversation not marked followup")
    for t in c["turns"]:
        check_turn(cid, c.get("kind"), t)
    # gold_source must name the gold file of every gold-backed body it uses
    for t in c["turns"]:
        e = t["expect"]
        pairs = []
        if "agencies" in e:
            pairs = [(a, e["years"][a]) for a in e["agencies"]]
        elif isinstance(e.get("years"), list):
            pairs = [(e["agency"], y) for y in e["years"]]
        elif e.get("agency") and e.get("year"):
            pairs = [(e["agency"], e["year"])]
        for a, y in pairs:
            g = GOLD.get((a, y))
            if g and ("gold/" + g["file"].rsplit(".", 1)[0]) not in c["gold_source"]:
                err(cid, "gold_source does not name gold of %s %s" % (a, y))


def main():
    seen = set()
    splits = {}
    for name in ("dev.jsonl", "test.jsonl"):
        rows = []
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as ex:
                    errors.append("%s line %d: %s" % (name, i, ex))
        for c in rows:
            check_conv(c, seen)
        splits[name] = rows
    for name, rows in splits.items():
        nq = sum(len(c["turns"]) for c in rows)
        kinds = collections.Counter(c["kind"] for c in rows)
        langs = collections.Counter(c["lang"] for c in rows)
        qkinds = collections.Counter()
        for c in rows:
            qkinds[c["kind"]] += len(c["turns"])
        print("%s: %d conversations, %d questions" % (name, len(rows), nq))
        print("  conversations by kind:", dict(sorted(kinds.items())))
        print("  questions by kind:    ", dict(sorted(qkinds.items())))
        print("  by lang (conversations):", dict(langs),
              " zh share %.1f%%" % (100.0 * langs["zh"] / len(rows)))
        ql = collections.Counter()
        for c in rows:
            ql[c["lang"]] += len(c["turns"])
        print("  by lang (questions):", dict(ql))
        missing = [k for k in KINDS if k not in kinds]
        if missing:
            errors.append("%s misses kinds %s" % (name, missing))
        if nq < 210:
            errors.append("%s has fewer than 210 questions" % name)
        trapish = kinds["trap"] + kinds["na"]
        print("  trap+na share: %.1f%%" % (100.0 * trapish / len(rows)))
    ids_dev = {c["id"] for c in splits["dev.jsonl"]}
    ids_test = {c["id"] for c in splits["test.jsonl"]}
    if ids_dev & ids_test:
        errors.append("ids in both splits")
    qs = collections.Counter(t["question"] for rows in splits.values() for c in rows for t in c["turns"]
                             if len(c["turns"]) == 1)
    for q, n in qs.items():
        if n > 1:
            errors.append("duplicate question text: %s" % q)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
