"""Shared helpers for blind evaluation set 347 (copied from evals/blind6/blindlib6.py, unchanged apart from this line) (build + validate).

Copied from evals/blind/blindlib.py (the first blind set) and extended with text cells:
table cells of reports WITHOUT gold (005 洪泽区 2024, 008 上海市人民政府办公厅 2025) are never
typed by hand; the bank names a row label (or an anchor line) and a column index, and the
number is parsed from that printed line of the report text.

Reads only /work/shared/spec and /work/shared/corpus.
"""
import html
import json
import os
import re

SPEC = "/work/shared/spec"
CORPUS = "/work/shared/corpus"
HERE = os.path.dirname(os.path.abspath(__file__))

COLS = ["natural_person", "commercial", "research", "public_interest",
        "legal_services", "other_org", "total"]
ORG_COLS = ["commercial", "research", "public_interest", "legal_services", "other_org"]
WITHHELD = ["state_secret", "prohibited_by_law", "security_stability", "third_party",
            "internal_affairs", "process_info", "enforcement_files", "admin_query"]
UNABLE = ["not_held", "needs_creation", "unclear"]
NOT_PROCESSED = ["petition", "duplicate", "publication", "excessive", "reconfirm"]
OTHER21 = ["overdue_correction", "overdue_fee", "other"]

# report id -> (agency as in manifest.tsv, year, gold file or None, text file)
BODIES = {
    "jx": ("涧西区人民政府办公室", 2020, "gold/seed_jianxi_2020.json", "seed_jianxi_2020.txt"),
    "ha": ("淮安市人民政府", 2024, "gold/001_huaian_2024_spaces.json", "001_huaian_2024_spaces.txt"),
    "hz23": ("淮安市洪泽区人民政府", 2023, "gold/004_hongzequ_2023.json", "004_hongzequ_2023.txt"),
    "hz24": ("淮安市洪泽区人民政府", 2024, None, "005_hongzequ_2024.txt"),
    "sy": ("沭阳县人民政府", 2025, "gold/006_shuyangxian_2025.json", "006_shuyangxian_2025.txt"),
    "kw": ("上海市科学技术委员会", 2024, None, "007_shkewei_2024.txt"),
    "sh25": ("上海市人民政府办公厅", 2025, None, "008_shanghai_bgt_2025.txt"),
    "sh19": ("上海市人民政府办公厅", 2019, "gold/009_shanghai_bgt_2019.json", "009_shanghai_bgt_2019.html"),
}


def body_of(agency, year):
    for b, (a, y, _g, _t) in BODIES.items():
        if a == agency and y == year:
            return b
    return None


def load_fact_keys():
    keys = {}
    with open(os.path.join(SPEC, "fact_keys.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            keys[row["key"]] = row
    return keys


FACT_KEYS = load_fact_keys()


def is_derived_key(key):
    """Derived keys of spec/README.md (not listed in fact_keys.tsv)."""
    p = key.split(".")
    if len(p) == 3 and p[0] == "requests" and p[2] == "legal_person":
        row = p[1]
        return any(k.startswith("requests.%s." % row) for k in FACT_KEYS)
    if len(p) == 4 and p[0] == "requests" and p[3] == "legal_person":
        return ("requests.%s.%s.total" % (p[1], p[2])) in FACT_KEYS
    if len(p) == 3 and p[0] == "requests" and p[1] in ("withheld", "unable", "not_processed") \
            and p[2] in COLS:
        return True
    return False


def key_exists(key):
    return key in FACT_KEYS or is_derived_key(key)


_gold_cache = {}


def gold(body):
    g = BODIES[body][2]
    if g is None:
        return None
    if g not in _gold_cache:
        with open(os.path.join(CORPUS, g), encoding="utf-8") as f:
            _gold_cache[g] = json.load(f)
    return _gold_cache[g]


NUM_RE = re.compile(r"^-?\d+(?:\.\d+)?$")


def _tokens(line):
    return line.replace("|", " ").split()


def _num(tok):
    return float(tok) if "." in tok else int(tok)


def text_cell(body, spec):
    """Parse one table cell from the printed text of a report.

    spec = ("row", label, idx): the unique line that starts with label (pipes and spaces
    ignored); the idx-th number after the label.
    spec = ("after", anchor, idx): the first line after the line containing anchor whose
    tokens are all numbers; its idx-th number.
    Returns (value, evidence line)."""
    kind, label, idx = spec
    lines = [ln.replace("|", " ").strip() for ln in raw_text(body).splitlines()]
    if kind == "row":
        hits = [ln for ln in lines if norm(ln).startswith(norm(label))]
        if len(hits) != 1:
            raise ValueError("%s: %d lines start with %r" % (body, len(hits), label))
        rest = norm(hits[0])[len(norm(label)):]
        toks = _tokens(hits[0][len(hits[0]) - len(hits[0].lstrip()):])
        # numbers after the label: drop tokens until the label is consumed
        consumed, out = "", []
        for t in toks:
            if len(consumed) < len(norm(label)):
                consumed += t
                continue
            out.append(t)
        if norm("".join(out)) != rest or not all(NUM_RE.match(t) for t in out):
            raise ValueError("%s: cannot split %r" % (body, hits[0]))
        return _num(out[idx]), hits[0]
    if kind == "after":
        start = [i for i, ln in enumerate(lines) if norm(label) in norm(ln)]
        if len(start) != 1:
            raise ValueError("%s: anchor %r found %d times" % (body, label, len(start)))
        for ln in lines[start[0] + 1:]:
            toks = _tokens(ln)
            if toks and all(NUM_RE.match(t) for t in toks):
                return _num(toks[idx]), ln
        raise ValueError("%s: no number line after %r" % (body, label))
    raise ValueError(spec)


TEXT_SPECS = {}  # body -> {key: spec}; filled by the bank


def facts(body):
    g = gold(body)
    if g is not None:
        return g["facts"], g
    specs = TEXT_SPECS.get(body)
    if not specs:
        return {}, None
    return {k: text_cell(body, sp)[0] for k, sp in specs.items()}, None


def value(body, key):
    """Value of key for body, computing derived keys from the printed facts."""
    F, g = facts(body)
    if key in F:
        return F[key]
    p = key.split(".")
    if p[-1] == "legal_person":
        stem = ".".join(p[:-1])
        return sum(value(body, stem + "." + c) for c in ORG_COLS)
    if len(p) == 3 and p[0] == "requests":
        row, col = p[1], p[2]
        subs = {"withheld": WITHHELD, "unable": UNABLE, "not_processed": NOT_PROCESSED,
                "other": OTHER21}.get(row)
        if subs:
            return sum(value(body, "requests.%s.%s.%s" % (row, s, col)) for s in subs)
    raise KeyError("%s: %s not available" % (body, key))


def colsum(body, row):
    """Sum of the six applicant columns of a requests row (ignores the printed total)."""
    return sum(value(body, "requests.%s.%s" % (row, c)) for c in COLS[:-1])


def report_format(body):
    g = gold(body)
    if g is not None:
        return g["format"]
    return "2021"


def applicable(body, key):
    """Is this key printed in this report's template version?"""
    fmt = report_format(body)
    k = key
    if is_derived_key(key):
        return True
    row = FACT_KEYS.get(k)
    if row is None:
        return False
    if fmt not in row["formats"].split(","):
        return False
    g = gold(body)
    if g is not None and key not in g["facts"]:
        return False
    return True


# ---------------------------------------------------------------- text
PAGE_RE = re.compile(r"^\s*[-—–]\s*\d+\s*[-—–]\s*$")


def raw_text(body):
    path = os.path.join(CORPUS, BODIES[body][3])
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith(".html"):
        t = re.sub(r"<br\s*/?>", "\n", t)
        t = re.sub(r"</(p|tr|h\d|div)>", "\n", t)
        t = re.sub(r"</t[dh]>", " | ", t)
        t = re.sub(r"<[^>]+>", "", t)
        t = html.unescape(t)
    return t


def joined_text(body):
    """Lines stripped, page-number lines dropped, joined without separator."""
    lines = [ln.strip() for ln in raw_text(body).splitlines()]
    lines = [ln for ln in lines if ln and not PAGE_RE.match(ln)]
    return "".join(lines)


def norm(s):
    return re.sub(r"\s+", "", s)


def sentence(body, keyword, frm=None):
    t = joined_text(body)
    i = t.find(keyword)
    if i < 0:
        raise ValueError("%s: keyword %r not found" % (body, keyword))
    start = max(t.rfind(c, 0, i) for c in "。！？") + 1
    ends = [j for j in (t.find(c, i) for c in "。！？") if j >= 0]
    end = min(ends) + 1 if ends else len(t)
    s = t[start:end]
    if frm is not None:
        j = s.find(frm)
        if j < 0:
            raise ValueError("%s: %r not in sentence %r" % (body, frm, s))
        s = s[j:]
    return s.strip()


def in_text(body, s):
    return norm(s) in norm(joined_text(body))
