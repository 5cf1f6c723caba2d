"""Validates dev.jsonl + test.jsonl of blind set 348 (evals/blind348, follow-up emphasis) against the spec, the gold files and the texts.

Copied from evals/blind6/validate_blind6.py and adapted: ids md-NNNN; the seven mix tags with
this set's targets (follow-ups about 40%, the rest in blind6's proportions, [cannot] about 13%),
tolerance 3 points; follow-ups have 2-4 turns; unanswerable turns carry no agency, year, keys or
value; rankings have 3-4 gold bodies, each named in the question; sum conversations list >= 2
keys; narrative numbers are whole numbers with no 约/近/余/万/超/逾 qualifier; en questions hold
no Chinese characters; money carries 万元 in rankings too; >= 250 conversations, >= 380
questions, >= 280 test questions, dev share 21-29%. Kept from blind6: JSON parses; ids unique
and sequential; every key is in spec/fact_keys.tsv or is a derived key of spec/README.md; every
numeric value is recomputed from corpus/gold/*.json, or, for the three reports without gold,
from text_cells.json, whose evidence lines must occur in the report text and must print the
value at the named position; printed totals, acceptable alternatives, rankings and differences
are recomputed; narrative sentences occur in the report text; gold_source names the source;
every gold report used; every year stated in the question or an earlier turn; no relative-year
wording; no duplicate question text; zh share 45-55%; every stratum in both splits.
Prints counts by kind x language. Exit code 1 on any error.

Independent of blindlib348.value()/text_cell() and of helpers348: values are recomputed here from
scratch (blindlib348 is used only for file locations and the text normalisation).
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import blindlib348 as L  # noqa: E402  (text helpers and file locations only)

KINDS = ["value", "sum", "difference", "ranking", "narrative", "followup", "unanswerable",
         "trap", "na", "passage"]
TARGET = {"value": 22, "trap": 4, "narrative": 10, "followup": 40, "unanswerable": 13, "sum": 4,
          "ranking": 3, "passage": 0, "difference": 3, "na": 0}  # informational (tags are checked)
TAGS = {"[plain]": 22, "[combine]": 7, "[rank]": 3, "[followup]": 40, "[textonly]": 10,
        "[cannot]": 13, "[neighbour]": 4}
TAG_KINDS = {"[plain]": {"value"}, "[combine]": {"sum", "difference"}, "[rank]": {"ranking"},
             "[followup]": {"followup"}, "[textonly]": {"narrative"},
             "[cannot]": {"unanswerable"}, "[neighbour]": {"trap"}}
TAG_TOLERANCE = 3
MIN_TEST_Q = 280
ORG = ["commercial", "research", "public_interest", "legal_services", "other_org"]
SUBS = {"withheld": ["state_secret", "prohibited_by_law", "security_stability", "third_party",
                     "internal_affairs", "process_info", "enforcement_files", "admin_query"],
        "unable": ["not_held", "needs_creation", "unclear"],
        "not_processed": ["petition", "duplicate", "publication", "excessive", "reconfirm"],
        "other": ["overdue_correction", "overdue_fee", "other"]}
MONEY = {"active.fees.amount", "active.procurement.amount"}
MIN_CONV, MIN_Q = 250, 380
CJK = re.compile(r"[\u4e00-\u9fff]")
QUALIFIER_BEFORE = "约近超逾"
QUALIFIER_AFTER = "余多万"
# how a question may name each body (rankings must name every body)
ALIASES = {"涧西区人民政府办公室": ["涧西", "Jianxi"], "淮安市人民政府": ["淮安", "Huai'an", "Huaian"],
           "淮安市洪泽区人民政府": ["洪泽", "Hongze"], "沭阳县人民政府": ["沭阳", "Shuyang"],
           "上海市人民政府办公厅": ["上海市府办", "上海市政府办公厅", "Shanghai General Office"],
           "上海市科学技术委员会": ["科委", "STCSM", "science commission"]}

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


def body_text(agency, year):
    b = L.body_of(agency, year)
    return b, (L.norm(L.joined_text(b)) if b else None)


def check_text_cell(b, k, c):
    """Evidence line must be printed in the report and carry the value at the spec position."""
    kind, label, idx = c["spec"]
    lines = [L.norm(ln.replace("|", " ")) for ln in L.raw_text(b).splitlines()]
    ev = L.norm(c["evidence"])
    if ev not in lines:
        return "evidence line not printed in the report"
    if kind == "row":
        if not ev.startswith(L.norm(label)):
            return "evidence does not start with its label"
        nums = c["evidence"].replace("|", " ").split()
        lab = L.norm(label)
        while nums and lab:  # drop the label tokens
            t = nums.pop(0)
            lab = lab[len(t):] if lab.startswith(t) else ""
        if lab:
            return "label not token-aligned"
    else:
        anchors = [i for i, ln in enumerate(lines) if L.norm(label) in ln]
        if len(anchors) != 1 or ev not in lines[anchors[0] + 1:]:
            return "evidence line is not after its anchor"
        nums = c["evidence"].replace("|", " ").split()
    if not all(re.match(r"^-?\d+(\.\d+)?$", t) for t in nums):
        return "non-numeric cells in evidence"
    got = float(nums[idx])
    if abs(got - float(c["value"])) > 1e-9:
        return "value %s but evidence prints %s" % (c["value"], got)
    return None


with open(os.path.join(HERE, "text_cells.json"), encoding="utf-8") as f:
    TEXT_CELLS = json.load(f)
TEXT_BY = {}
for b, r in TEXT_CELLS.items():
    if (r["agency"], r["year"]) in GOLD:
        errors.append("text_cells %s: report has gold; use the gold" % b)
    for k, c in r["cells"].items():
        if not key_ok(k):
            errors.append("text_cells %s: bad key %s" % (b, k))
        problem = check_text_cell(b, k, c)
        if problem:
            errors.append("text_cells %s %s: %s" % (b, k, problem))
    TEXT_BY[(r["agency"], r["year"])] = {k: c["value"] for k, c in r["cells"].items()}


def facts_for(agency, year):
    if (agency, year) in GOLD:
        return GOLD[(agency, year)]["facts"], "gold"
    if (agency, year) in TEXT_BY:
        return TEXT_BY[(agency, year)], "text"
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


def total_key(k):
    p = k.split(".")
    return ".".join(p[:-1] + ["total"])


def close(a, b):
    return abs(float(a) - float(b)) < 1e-6


def total(F, keys):
    return sum(recompute(F, k) for k in keys)


# ------------------------------------------------------------------ per-turn checks
def check_alternatives(cid, e, F, text):
    if "acceptable_keys" in e:
        vals = [total(F, ks) for ks in e["acceptable_keys"]]
        if len(vals) < 2 or not e.get("ambiguous"):
            err(cid, "acceptable_keys without two readings / ambiguous flag")
        if e["keys"] not in e["acceptable_keys"]:
            err(cid, "acceptable_keys do not include the main keys")
        if [round(v, 6) for v in vals] != [round(v, 6) for v in e.get("acceptable_values", [])]:
            err(cid, "acceptable_values mismatch")
    if "acceptable_sentence" in e:
        if L.norm(e["acceptable_sentence"]) not in text:
            err(cid, "acceptable_sentence not in report text")
        if not e.get("ambiguous") or len(e.get("acceptable_values", [])) != 2 or \
                not close(e["acceptable_values"][0], e["value"]):
            err(cid, "text alternative malformed")


def check_value(cid, e, text):
    F, src = facts_for(e["agency"], e["year"])
    if F is None:
        err(cid, "numeric value without gold/text facts")
        return
    try:
        v = total(F, e["keys"])
    except KeyError as ex:
        err(cid, "cannot recompute %s" % ex)
        return
    if not close(v, e["value"]):
        err(cid, "value mismatch: recomputed %s, expected %s" % (v, e["value"]))
    if "printed_total" in e:
        pt = total(F, sorted({total_key(k) for k in e["keys"]}))
        if not close(pt, e["printed_total"]):
            err(cid, "printed_total mismatch %s vs %s" % (pt, e["printed_total"]))
        if close(pt, e["value"]):
            err(cid, "printed_total given but it agrees with the value")
    elif src == "gold":
        # a key whose printed 总计 is blank/inconsistent must be asked via columns + printed_total
        for k in e["keys"]:
            if k.endswith(".total") and k.startswith("requests."):
                stem = k[:-len(".total")]
                try:
                    colsum = sum(recompute(F, stem + "." + c) for c in ["natural_person"] + ORG)
                except KeyError:
                    continue
                if not close(colsum, recompute(F, k)):
                    err(cid, "%s: printed total disagrees with its columns; use printed_total" % k)
    if any(k in MONEY for k in e["keys"]) and e.get("unit") != "万元":
        err(cid, "money without unit 万元")
    check_alternatives(cid, e, F, text)


def check_na(cid, e):
    g = GOLD.get((e["agency"], e["year"]))
    if g is None:
        err(cid, "not-applicable check needs gold")
        return
    for k in e["keys"]:
        if k in g["facts"]:
            err(cid, "key %s is printed in this report" % k)
        try:
            recompute(g["facts"], k)
            err(cid, "key %s is derivable in this report" % k)
        except KeyError:
            pass
    for k, v in e.get("related", {}).items():
        if not close(recompute(g["facts"], k), v):
            err(cid, "related value mismatch %s" % k)


def check_ranking(cid, e, q=""):
    if not 3 <= len(e["agencies"]) <= 4:
        err(cid, "ranking over %d bodies (want 3-4)" % len(e["agencies"]))
    for a in e["agencies"]:
        if not any(x.lower() in q.lower() for x in ALIASES.get(a, [a])):
            err(cid, "ranking body %s not named in the question" % a)
    if any(k in MONEY for k in e["keys"]) and e.get("unit") != "万元":
        err(cid, "money without unit 万元")
    vals = {}
    for a in e["agencies"]:
        F, src = facts_for(a, e["years"][a])
        if F is None or src != "gold":
            err(cid, "ranking over a body without gold: %s" % a)
            return
        vals[a] = total(F, e["keys"])
    best = (max if e.get("order", "desc") == "desc" else min)(vals.values())
    tops = [a for a, v in vals.items() if close(v, best)]
    if len(tops) != 1 or tops[0] != e["value"]:
        err(cid, "ranking top mismatch %s vs %s" % (tops, e["value"]))
    for a, v in vals.items():
        if not close(v, e["values"][a]):
            err(cid, "ranking value mismatch %s" % a)


def check_difference(cid, e):
    y1, y2 = e["years"]
    F1, _ = facts_for(e["agency"], y1)
    F2, _ = facts_for(e["agency"], y2)
    if F1 is None or F2 is None or y1 >= y2:
        err(cid, "difference without facts or years not ascending")
        return
    v1, v2 = total(F1, e["keys"]), total(F2, e["keys"])
    if not close(v2 - v1, e["value"]):
        err(cid, "difference mismatch %s vs %s" % (v2 - v1, e["value"]))
    if not close(e["values"][str(y1)], v1) or not close(e["values"][str(y2)], v2):
        err(cid, "difference per-year values mismatch")
    if any(k in MONEY for k in e["keys"]) and e.get("unit") != "万元":
        err(cid, "money without unit 万元")
    if "acceptable_sentence" in e:
        _b, text = body_text(e["agency"], y2)
        if L.norm(e["acceptable_sentence"]) not in text:
            err(cid, "acceptable_sentence not in report text")


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
        if e.get("value") is not None or e.get("agency") or e.get("agencies") or e.get("year") \
                or e.get("years") or e.get("keys"):
            err(cid, "unanswerable with a value/agency/year/keys")
        return
    keys = e.get("keys")
    if keys is None:
        err(cid, "keys missing")
        return
    for k in keys + [k for alt in e.get("acceptable_keys", []) for k in alt]:
        if not key_ok(k):
            err(cid, "unknown key %s" % k)
    if kind == "sum" and len(keys) < 2:
        err(cid, "sum with fewer than 2 keys")
    if "agencies" in e:
        check_ranking(cid, e, q)
        return
    if isinstance(e.get("years"), list):
        check_difference(cid, e)
        return
    b, text = body_text(e.get("agency"), e.get("year"))
    if b is None:
        err(cid, "agency/year not in corpus: %s %s" % (e.get("agency"), e.get("year")))
        return
    if "sentence" in e:
        s = L.norm(e["sentence"])
        if s not in text:
            err(cid, "sentence not in report text")
        num = e["value"]
        num_s = ("%g" % num) if isinstance(num, float) else str(num)
        m = re.search(r"(?<![\d.])%s(?![\d.]*\d)" % re.escape(num_s), e["sentence"])
        if not m or keys:
            err(cid, "narrative value %s not in sentence, or keys given" % num_s)
        else:
            before = e["sentence"][:m.start()].rstrip()[-1:]
            after = e["sentence"][m.end():].lstrip()[:1]
            if (before and before in QUALIFIER_BEFORE) or (after and after in QUALIFIER_AFTER):
                err(cid, "narrative value %s is an approximate figure" % num_s)
        return
    if "contains" in e:
        for w in e["contains"]:
            if L.norm(w) not in text:
                err(cid, "passage word %r not in text" % w)
        if e.get("section") not in (0, 1, 2, 5, 6) or e.get("value") is not None:
            err(cid, "passage without section / with a value")
        return
    if e.get("value") is None:
        if not e.get("not_applicable"):
            err(cid, "null value without not_applicable")
        else:
            check_na(cid, e)
        return
    check_value(cid, e, text)


def turn_pairs(e):
    if "agencies" in e:
        return [(a, e["years"][a]) for a in e["agencies"]]
    if isinstance(e.get("years"), list):
        return [(e["agency"], y) for y in e["years"]]
    if e.get("agency") and e.get("year"):
        return [(e["agency"], e["year"])]
    return []


def check_conv(c, seen, i):
    cid = c.get("id", "?")
    if cid in seen:
        err(cid, "duplicate id")
    if cid != "md-%04d" % i:
        err(cid, "id out of sequence (expected md-%04d)" % i)
    tag = (c.get("note") or "").split(" ")[0]
    if tag not in TAGS:
        err(cid, "note does not open with a tag %s" % list(TAGS))
    if tag in TAG_KINDS and c.get("kind") not in TAG_KINDS[tag]:
        err(cid, "%s conversation of kind %s" % (tag, c.get("kind")))
    if tag == "[cannot]" and c.get("kind") not in ("unanswerable", "na"):
        err(cid, "[cannot] conversation of kind %s" % c.get("kind"))
    seen.add(cid)
    for f in ("turns", "lang", "kind", "note", "gold_source"):
        if f not in c:
            err(cid, "missing field %s" % f)
    if c.get("kind") not in KINDS:
        err(cid, "bad kind %s" % c.get("kind"))
    if c.get("lang") not in ("zh", "en"):
        err(cid, "bad lang")
    if c.get("kind") == "followup" and not 2 <= len(c["turns"]) <= 4:
        err(cid, "followup with %d turns (want 2-4)" % len(c["turns"]))
    if c.get("lang") == "en" and any(CJK.search(t.get("question", "")) for t in c["turns"]):
        err(cid, "en question with Chinese characters")
    if c.get("kind") != "followup" and len(c["turns"]) != 1:
        err(cid, "multi-turn conversation not marked followup")
    said = ""
    for t in c["turns"]:
        said += year_text(t.get("question", ""))
        for a, y in turn_pairs(t.get("expect", {})):
            if str(y) not in said:
                err(cid, "year %s of %s not stated in the question or an earlier turn" % (y, a))
        if LAST_YEAR.search(t.get("question", "")):
            err(cid, "relative year wording ('last year' / 去年 / 今年)")
        check_turn(cid, c.get("kind"), t)
        e = t["expect"]
        for a, y in turn_pairs(e):
            g = GOLD.get((a, y))
            if "sentence" in e or "contains" in e:  # text-stated: name the report file
                b = L.body_of(a, y)
                if b and ("text:" + L.BODIES[b][3]) not in c["gold_source"]:
                    err(cid, "gold_source does not name the text of %s %s" % (a, y))
            elif g and ("gold/" + g["file"].rsplit(".", 1)[0]) not in c["gold_source"]:
                err(cid, "gold_source does not name gold of %s %s" % (a, y))
            elif not g and e.get("keys") and "text-row:" not in c["gold_source"]:
                err(cid, "gold_source does not say the cells were parsed from the text")
    if c.get("lang") == "zh" and not any(re.search(r"[\u4e00-\u9fff]", t["question"])
                                         for t in c["turns"]):
        err(cid, "zh conversation without Chinese text")


FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
LAST_YEAR = re.compile(r"last year|this year|previous year's report|去年|今年|前年", re.I)


def year_text(q):
    """Question text with full-width digits and Chinese-numeral years (二〇二四) as ASCII digits."""
    q = q.translate(FULLWIDTH)
    q = re.sub(r"[〇零一二三四五六七八九]{4}(?=年)", lambda m: m.group().translate(CN_DIGITS), q)
    # two-digit years as people write them ("24年" -> "2024年"), only 2019-2026
    return re.sub(r"(?<![\d])(19|2[0-6])(?=年)", lambda m: "20" + m.group(1), q)


def report(rows, split_of):
    nq = sum(len(c["turns"]) for c in rows)
    conv = collections.Counter((c["kind"], c["lang"]) for c in rows)
    qs = collections.Counter()
    for c in rows:
        qs[(c["kind"], c["lang"])] += len(c["turns"])
    sp = collections.Counter((c["kind"], c["lang"], split_of[c["id"]]) for c in rows)
    spq = collections.Counter()
    for c in rows:
        spq[(c["kind"], c["lang"], split_of[c["id"]])] += len(c["turns"])
    print("dev.jsonl + test.jsonl: %d conversations, %d questions" % (len(rows), nq))
    for s in ("dev", "test"):
        n = sum(1 for c in rows if split_of[c["id"]] == s)
        q = sum(len(c["turns"]) for c in rows if split_of[c["id"]] == s)
        print("  %s: %d conversations (%.1f%%), %d questions" % (s, n, 100.0 * n / len(rows), q))
    print("%-13s %5s %5s %5s %5s %5s %7s %7s | %s" % ("kind", "c.zh", "c.en", "q.zh", "q.en", "conv",
                                                       "share", "target", "dev zh/en  test zh/en (conv)"))
    for k in KINDS:
        n = conv[(k, "zh")] + conv[(k, "en")]
        print("%-13s %5d %5d %5d %5d %5d %6.1f%% %6d%% | %3d/%-3d    %3d/%-3d" % (
            k, conv[(k, "zh")], conv[(k, "en")], qs[(k, "zh")], qs[(k, "en")], n,
            100.0 * n / len(rows), TARGET[k], sp[(k, "zh", "dev")], sp[(k, "en", "dev")],
            sp[(k, "zh", "test")], sp[(k, "en", "test")]))
        for lang in ("zh", "en"):
            if conv[(k, lang)] >= 2 and (not sp[(k, lang, "dev")] or not sp[(k, lang, "test")]):
                errors.append("stratum %s/%s missing from a split" % (k, lang))
    langs = collections.Counter(c["lang"] for c in rows)
    ql = collections.Counter()
    for c in rows:
        ql[c["lang"]] += len(c["turns"])
    print("by lang: conversations %s, questions %s, zh share %.1f%% / %.1f%%" % (
        dict(langs), dict(ql), 100.0 * langs["zh"] / len(rows), 100.0 * ql["zh"] / nq))
    tags = collections.Counter((c["note"].split(" ")[0], c["kind"]) for c in rows)
    for t, target in TAGS.items():
        n = sum(v for (tt, _k), v in tags.items() if tt == t)
        detail = ", ".join("%s %d" % (k, v) for (tt, k), v in sorted(tags.items()) if tt == t)
        print("%-9s %3d conversations (%.1f%%, target about %d%%): %s" % (
            t, n, 100.0 * n / len(rows), target, detail))
        if abs(100.0 * n / len(rows) - target) > TAG_TOLERANCE:
            errors.append("emphasis %s share far from target" % t)
    fu = [c for c in rows if c["kind"] == "followup"]
    nturns = collections.Counter(len(c["turns"]) for c in fu)
    ends_u = sum(1 for c in fu if c["turns"][-1]["expect"].get("answerable") is False)
    print("follow-ups: %d conversations, %d questions, turns per conversation %s, ending unanswerable %d"
          % (len(fu), sum(len(c["turns"]) for c in fu), dict(sorted(nturns.items())), ends_u))
    tk = collections.Counter()
    for c in fu:
        for t in c["turns"][1:]:
            e = t["expect"]
            tk["unanswerable" if e.get("answerable") is False else "narrative" if "sentence" in e
               else "difference" if isinstance(e.get("years"), list) else "sum" if len(e.get("keys", [])) > 1
               else "value"] += 1
    print("follow-up turns after the first, by type: %s" % dict(sorted(tk.items())))
    for s in ("dev", "test"):
        un = sum(1 for c in rows if split_of[c["id"]] == s for t in c["turns"]
                 if t["expect"].get("answerable") is False)
        q = sum(len(c["turns"]) for c in rows if split_of[c["id"]] == s)
        print("unanswerable turns in %s: %d of %d questions (%.1f%%)" % (s, un, q, 100.0 * un / q))
    amb = sum(1 for c in rows for t in c["turns"] if t["expect"].get("ambiguous"))
    print("ambiguous-marked questions: %d" % amb)
    missing = [k for k in KINDS if (conv[(k, "zh")] + conv[(k, "en")]) and (not conv[(k, "zh")] or not conv[(k, "en")])]
    if missing:
        errors.append("kinds missing a language: %s" % missing)
    if len(rows) < MIN_CONV or nq < MIN_Q:
        errors.append("fewer than %d conversations / %d questions" % (MIN_CONV, MIN_Q))
    if not 45 <= 100.0 * langs["zh"] / len(rows) <= 55:
        errors.append("zh share outside 45-55%")
    tq = sum(len(c["turns"]) for c in rows if split_of[c["id"]] == "test")
    if tq < MIN_TEST_Q:
        errors.append("only %d test questions (< %d)" % (tq, MIN_TEST_Q))
    used = set()
    for c in rows:
        for t in c["turns"]:
            used.update(turn_pairs(t["expect"]))
    for ay in sorted(GOLD):
        if ay not in used:
            errors.append("gold report %s %s not used" % ay)
    nogold = sorted({ay for ay in used if ay not in GOLD})
    print("reports without gold used (text cells / sentences): %s" % ", ".join("%s %s" % ay for ay in nogold))
    dshare = 100.0 * sum(1 for c in rows if split_of[c["id"]] == "dev") / len(rows)
    if not 21 <= dshare <= 29:
        errors.append("dev share %.1f%% not about 25%%" % dshare)
    for k in KINDS:
        share = 100.0 * (conv[(k, "zh")] + conv[(k, "en")]) / len(rows)
        if False:
            errors.append("kind %s share %.1f%% far from target %d%%" % (k, share, TARGET[k]))


def main():
    rows, split_of = [], {}
    for split in ("dev", "test"):
        path = os.path.join(HERE, split + ".jsonl")
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    c = json.loads(line)
                except json.JSONDecodeError as ex:
                    errors.append("%s line %d: %s" % (split, i, ex))
                    continue
                if c.get("id") in split_of:
                    errors.append("%s: id in both splits / duplicated" % c.get("id"))
                split_of[c.get("id")] = split
                rows.append(c)
    rows.sort(key=lambda c: c.get("id", ""))
    seen = set()
    for i, c in enumerate(rows, 1):
        check_conv(c, seen, i)
    qs = collections.Counter(t["question"] for c in rows for t in c["turns"])
    for q, n in qs.items():
        if n > 1:
            errors.append("duplicate question text: %s" % q)
    for fn in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, fn)) and os.path.getsize(os.path.join(HERE, fn)) >= 1 << 20:
            errors.append("file over 1 MB: %s" % fn)
    report(rows, split_of)
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
