"""Canonical keys, the numbers of one report, and the spec's arithmetic checks.

The key vocabulary here is written from the spec's README and fact_keys.tsv (it is checked
against fact_keys.tsv by selfcheck.py); nothing is imported from the parser.
"""
from __future__ import annotations

import math

COLS = ["natural_person", "commercial", "research", "public_interest", "legal_services", "other_org", "total"]
ORG_COLS = COLS[1:6]
APPLICANT_COLS = COLS[:6]

OUTCOMES_COMMON = [
    "granted", "partially_granted",
    "withheld.state_secret", "withheld.prohibited_by_law", "withheld.security_stability",
    "withheld.third_party", "withheld.internal_affairs", "withheld.process_info",
    "withheld.enforcement_files", "withheld.admin_query",
    "unable.not_held", "unable.needs_creation", "unable.unclear",
    "not_processed.petition", "not_processed.duplicate", "not_processed.publication",
    "not_processed.excessive", "not_processed.reconfirm",
]
OTHER_2019 = ["other"]
OTHER_2021 = ["other.overdue_correction", "other.overdue_fee", "other.other"]


def outcome_rows(other_rows):
    return OUTCOMES_COMMON + (OTHER_2019 if other_rows == 1 else OTHER_2021)


def request_rows(other_rows):
    return ["received", "carried_over"] + outcome_rows(other_rows) + ["total_processed", "carried_forward"]


APPEAL_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
APPEAL_OUTCOMES = ["upheld", "corrected", "other", "pending", "total"]

ACTIVE_2019 = [
    "active.regulations.made", "active.regulations.published", "active.regulations.total_published",
    "active.normative_docs.made", "active.normative_docs.published", "active.normative_docs.total_published",
    "active.licensing.prev_year_items", "active.licensing.change", "active.licensing.decisions",
    "active.other_services.prev_year_items", "active.other_services.change", "active.other_services.decisions",
    "active.punishment.prev_year_items", "active.punishment.change", "active.punishment.decisions",
    "active.coercion.prev_year_items", "active.coercion.change", "active.coercion.decisions",
    "active.fees.prev_year_items", "active.fees.change",
    "active.procurement.projects", "active.procurement.amount",
]
ACTIVE_2021 = [
    "active.regulations.issued", "active.regulations.repealed", "active.regulations.in_force",
    "active.normative_docs.issued", "active.normative_docs.repealed", "active.normative_docs.in_force",
    "active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions",
    "active.fees.amount",
]

# request rows whose weight in the outcome split (per 1000)
OUTCOME_WEIGHTS = {
    "granted": 380, "partially_granted": 70,
    "withheld.state_secret": 4, "withheld.prohibited_by_law": 8, "withheld.security_stability": 5,
    "withheld.third_party": 12, "withheld.internal_affairs": 14, "withheld.process_info": 14,
    "withheld.enforcement_files": 6, "withheld.admin_query": 18,
    "unable.not_held": 240, "unable.needs_creation": 30, "unable.unclear": 15,
    "not_processed.petition": 45, "not_processed.duplicate": 25, "not_processed.publication": 4,
    "not_processed.excessive": 4, "not_processed.reconfirm": 8,
    "other": 90, "other.overdue_correction": 45, "other.overdue_fee": 5, "other.other": 40,
}


def all_keys(fmt, other_rows):
    keys = list(ACTIVE_2019 if fmt == "2019" else ACTIVE_2021)
    for r in request_rows(other_rows):
        for c in COLS:
            keys.append(f"requests.{r}.{c}")
    for g in APPEAL_GROUPS:
        for o in APPEAL_OUTCOMES:
            keys.append(f"appeals.{g}.{o}")
    return keys


# --------------------------------------------------------------------------- numbers
def _split(rng, n, weights):
    """Split n into len(weights) non-negative integers, roughly proportional."""
    k = len(weights)
    if n <= 0:
        return [0] * k
    tot = float(sum(weights))
    if n < 60:
        out = [0] * k
        for i in rng.choices(range(k), weights=weights, k=n):
            out[i] += 1
        return out
    out = []
    for w in weights:
        mu = n * w / tot
        v = max(0, int(round(mu * rng.uniform(0.6, 1.4))))
        out.append(v)
    # make the sum right by adjusting the largest bucket(s)
    diff = n - sum(out)
    order = sorted(range(k), key=lambda i: -weights[i])
    i = 0
    while diff != 0:
        j = order[i % k]
        if diff > 0:
            out[j] += diff
            diff = 0
        else:
            take = min(out[j], -diff)
            out[j] -= take
            diff += take
        i += 1
    return out


SCALE = {  # received total range by (kind, level)
    "province": (150, 1800), "city": (60, 2500), "county": (8, 600), "district": (8, 700),
    "township": (0, 10), "street": (0, 14), "department_prov": (20, 500), "department_city": (3, 260),
    "department_county": (0, 60),
}


def scale_for(body):
    if body.level == "department":
        return SCALE["department_" + body.gov_level] if body.gov_level in ("prov", "city", "county") else SCALE["department_county"]
    return SCALE[body.level]


def gen_requests(rng, body, other_rows, carried_in=None):
    """Return dict (row -> col -> int) satisfying every check."""
    lo, hi = scale_for(body)
    zero_year = body.level in ("township", "street") and rng.random() < 0.45 or (body.level == "department" and body.gov_level == "county" and rng.random() < 0.2)
    total_received = 0 if zero_year else int(math.exp(rng.uniform(math.log(max(lo, 1)), math.log(hi + 1))))
    total_received = max(lo if not zero_year else 0, min(hi, total_received))
    # applicant mix
    mix = [rng.uniform(80, 97), rng.uniform(1, 10), rng.choice([0, 0, 0, 0.3]), rng.choice([0, 0, 0.3, 0.6]),
           rng.choice([0, 0.5, 1.5, 3]), rng.choice([0, 0.5, 2])]
    received = _split(rng, total_received, mix)
    if carried_in is not None:
        carried = [carried_in.get(c, 0) or 0 for c in APPLICANT_COLS]
    else:
        carried = [int(v * rng.uniform(0, 0.08)) if v else 0 for v in received]
        if not zero_year and rng.random() < 0.3:
            carried[0] += rng.randint(0, 3)
    rows = {r: {} for r in request_rows(other_rows)}
    outs = outcome_rows(other_rows)
    for i, c in enumerate(APPLICANT_COLS):
        tin = received[i] + carried[i]
        cf = int(tin * rng.uniform(0, 0.09)) if tin > 3 and rng.random() < 0.6 else 0
        tp = tin - cf
        split = _split(rng, tp, [OUTCOME_WEIGHTS[o] for o in outs])
        rows["received"][c] = received[i]
        rows["carried_over"][c] = carried[i]
        rows["carried_forward"][c] = cf
        rows["total_processed"][c] = tp
        for o, v in zip(outs, split):
            rows[o][c] = v
    for r in rows:
        rows[r]["total"] = sum(rows[r][c] for c in APPLICANT_COLS)
    return rows


def gen_appeals(rng, body, received_total):
    out = {}
    base = received_total / 40.0
    for g, f in zip(APPEAL_GROUPS, (1.0, 0.35, 0.3)):
        n = 0
        if base > 0 and rng.random() < min(0.9, 0.2 + base):
            n = int(rng.uniform(0, base * f * 2 + 1.5))
        parts = _split(rng, n, [55, 12, 20, 13])
        out[g] = dict(zip(["upheld", "corrected", "other", "pending"], parts))
        out[g]["total"] = n
    return out


def _money(rng, lo, hi, decimals=None):
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    d = decimals if decimals is not None else rng.choice([0, 1, 2, 4, 4])
    return round(v, d) if d else float(int(v))


def gen_active(rng, body, fmt):
    """Values of table 二 (None = the body prints 'not applicable')."""
    gov = body.kind in ("gov", "office")
    lvl = body.level if body.level != "department" else "dept_" + body.gov_level
    big = {"province": 1.0, "city": 0.6, "county": 0.25, "district": 0.25, "township": 0.01, "street": 0.01,
           "dept_prov": 0.3, "dept_city": 0.15, "dept_county": 0.05}.get(lvl, 0.1)
    can_regulate = gov and body.level in ("province", "city")
    enforce = {"market": 3.0, "police": 4.0, "urban": 2.0, "ecology": 1.2, "emergency": 0.6, "health": 1.0,
               "culture": 0.4, "housing": 0.7, "land": 0.8, "hrss": 0.5, "education": 0.2, "ndrc": 0.2,
               "veterans": 0.05, "science": 0.1}.get(body.dept_code, 1.0 if gov else 0.3)

    def count(scale, p_zero=0.25):
        if rng.random() < p_zero:
            return 0
        return int(math.exp(rng.uniform(0, math.log(max(2, scale) + 1))))

    v = {}
    if fmt == "2019":
        made = count(25 * big, 0.3) if can_regulate else 0
        v["active.regulations.made"] = made
        v["active.regulations.published"] = made
        v["active.regulations.total_published"] = made + (count(300 * big, 0.1) if can_regulate else 0)
        nd = count(60 * big + 3, 0.3)
        v["active.normative_docs.made"] = nd
        v["active.normative_docs.published"] = nd if rng.random() < 0.85 else max(0, nd - rng.randint(0, 2))
        v["active.normative_docs.total_published"] = nd + count(200 * big + 5, 0.15)
        for item, sc in (("licensing", 400), ("other_services", 120), ("punishment", 300), ("coercion", 60)):
            prev = count(sc * max(big, 0.05) * (enforce if item != "other_services" else 1), 0.3)
            ch = rng.choice([0, 0, 0, rng.randint(-6, 8)])
            if prev + ch < 0:
                ch = 0
            dec = count(sc * 30 * big * enforce, 0.35) if item != "other_services" else count(sc * 5 * big, 0.5)
            v[f"active.{item}.prev_year_items"] = prev
            v[f"active.{item}.change"] = ch
            v[f"active.{item}.decisions"] = dec
        fp = count(40 * big, 0.5)
        v["active.fees.prev_year_items"] = fp
        v["active.fees.change"] = 0 if fp == 0 else rng.choice([0, 0, -1, 1, -2])
        pp = count(60 * big + 2, 0.35)
        v["active.procurement.projects"] = pp
        v["active.procurement.amount"] = 0.0 if pp == 0 else _money(rng, 2, 8000 * big + 30, 4)
        if body.level in ("township", "street") and rng.random() < 0.5:
            for k in ("active.licensing", "active.punishment", "active.coercion", "active.other_services"):
                for m in ("prev_year_items", "change", "decisions"):
                    v[f"{k}.{m}"] = None if rng.random() < 0.5 else v[f"{k}.{m}"]
    else:
        iss = count(25 * big, 0.3) if can_regulate else 0
        v["active.regulations.issued"] = iss
        v["active.regulations.repealed"] = count(5 * big, 0.6) if can_regulate else 0
        v["active.regulations.in_force"] = iss + (count(250 * big, 0.1) if can_regulate else 0)
        nd = count(50 * big + 3, 0.3)
        v["active.normative_docs.issued"] = nd
        v["active.normative_docs.repealed"] = count(15 * big + 1, 0.5)
        v["active.normative_docs.in_force"] = nd + count(150 * big + 5, 0.15)
        v["active.licensing.decisions"] = count(60000 * big * enforce, 0.25)
        v["active.punishment.decisions"] = count(8000 * big * enforce, 0.3)
        v["active.coercion.decisions"] = count(600 * big * enforce, 0.45)
        v["active.fees.amount"] = 0.0 if rng.random() < 0.45 else _money(rng, 0.5, 60000 * big + 10)
        if body.level in ("township", "street") or (body.kind == "dept" and enforce < 0.3):
            for k in ("active.licensing.decisions", "active.punishment.decisions", "active.coercion.decisions"):
                if rng.random() < 0.35:
                    v[k] = None
            if rng.random() < 0.3:
                v["active.fees.amount"] = None
    return v


# --------------------------------------------------------------------------- checks
def _n(x):
    return 0 if x is None else x


def run_checks(facts, other_rows):
    """The spec's checks 1-4 on a flat facts dict.  Returns list of (name, ok, detail)."""
    out = []
    outs = outcome_rows(other_rows)

    def g(k):
        return _n(facts.get(k))

    for c in COLS:
        lhs = g(f"requests.received.{c}") + g(f"requests.carried_over.{c}")
        rhs = g(f"requests.total_processed.{c}") + g(f"requests.carried_forward.{c}")
        out.append((f"balance:{c}", lhs == rhs, f"{lhs} vs {rhs}"))
        s = sum(g(f"requests.{o}.{c}") for o in outs)
        tp = g(f"requests.total_processed.{c}")
        out.append((f"processed_sum:{c}", s == tp, f"{tp} vs sum {s}"))
    for r in request_rows(other_rows):
        s = sum(g(f"requests.{r}.{c}") for c in APPLICANT_COLS)
        t = g(f"requests.{r}.total")
        out.append((f"row_total:{r}", s == t, f"{t} vs sum {s}"))
    for grp in APPEAL_GROUPS:
        s = sum(g(f"appeals.{grp}.{o}") for o in ("upheld", "corrected", "other", "pending"))
        t = g(f"appeals.{grp}.total")
        out.append((f"appeals:{grp}", s == t, f"{t} vs sum {s}"))
    return out


def failed_checks(facts, other_rows):
    return sorted(n for n, ok, _ in run_checks(facts, other_rows) if not ok)
