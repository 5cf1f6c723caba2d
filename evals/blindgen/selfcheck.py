"""Self-check of the blind generator.

Regenerates 160 reports with a fixed seed into a temporary directory and checks the
manifest's internal consistency:

* every manifest field is there; every file exists;
* every fact key exists in the spec's fact_keys.tsv and belongs to the report's template
  version (except the documented mixed template: 2021 tables with the 2019 single row
  （六）其他处理, whose cells use requests.other.<col>);
* facts hold exactly the printed cells of tables 二, 三, 四 (no more, no less);
* blank cells read 0; null only where the cell prints a not-applicable mark;
* the spec's checks (balance, processed sum, row totals, appeals totals) hold except those
  listed in known_check_failures, each of which is explained by a DELIBERATE note;
* narrative numbers agree with the tables unless listed;
* check 6 across years of one agency (carried_forward(Y) = carried_over(Y+1)) unless listed;
* identity: the body's name (or a printed short form) is in the file for 'known' reports
  (text, HTML, DOCX incl. page header); no name at all for 'flag' reports;
* every shape appears at least 10 times; coverage of the features the brief asks for;
* generation time.

Run from /work/main:  .venv/bin/python -m evals.blindgen.selfcheck   (or python evals/blindgen/selfcheck.py)
Set BLINDGEN_KEEP=1 to keep the generated files.
"""
from __future__ import annotations

import collections
import html as _html
import json
import os
import re
import sys
import tempfile
import time

if __package__ in (None, ""):
    sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
    __package__ = "evals.blindgen"

from .facts import COLS, all_keys, failed_checks  # noqa: E402
from .generate import SHAPES, generate  # noqa: E402

SPEC = os.environ.get("BLINDGEN_FACT_KEYS", "/work/shared/spec/fact_keys.tsv")
N, SEED = 160, 20240601
NULL_MARKS = {"/", "—", "不适用", "不適用"}
FIELDS = ["file", "shape", "agency", "year", "format", "level", "region", "aliases", "english",
          "identity_expected", "facts", "blank_cells", "title", "notes"]
LEVELS = {"province", "city", "county", "district", "township", "street", "department"}


def load_keys():
    keys = {}
    with open(SPEC, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            keys[row["key"]] = set(row["formats"].split(","))
    return keys


def file_text(path, shape, encoding):
    """Plain text of a generated file (for the identity checks).  None for PDF."""
    if shape == "pdf":
        return None
    if shape == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    raw = open(path, "rb").read()
    s = raw.decode(encoding or "utf-8")
    if shape == "html":
        s = _html.unescape(re.sub(r"<[^>]+>", "\n", s))
    return s


def to_simplified(s):
    from .text import T_MAP
    inv = {v: k for k, v in T_MAP.items()}
    return "".join(inv.get(ch, ch) for ch in s)


def main():
    keys = load_keys()
    errors = []

    def err(rec, msg):
        errors.append(f"{rec.get('file') if isinstance(rec, dict) else rec}: {msg}")

    tmp = tempfile.mkdtemp(prefix="blindgen_")
    t0 = time.time()
    generate(tmp, N, SEED)
    dt = time.time() - t0
    man = [json.loads(l) for l in open(os.path.join(tmp, "manifest.jsonl"), encoding="utf-8")]
    print(f"generated {len(man)} reports in {dt:.1f}s into {tmp}")
    if len(man) != N:
        errors.append(f"manifest has {len(man)} lines, expected {N}")
    if dt > 60:
        errors.append(f"generation took {dt:.1f}s (> 60s)")
    files = set(os.listdir(tmp)) - {"manifest.jsonl"}
    if len(files) != N:
        errors.append(f"{len(files)} report files on disk, expected {N}")
    if len({m['file'] for m in man}) != N:
        errors.append("duplicate file names in manifest")

    for m in man:
        for f in FIELDS:
            if f not in m:
                err(m, f"missing field {f}")
        if not os.path.exists(os.path.join(tmp, m["file"])):
            err(m, "file missing")
            continue
        if m["format"] not in ("2019", "2021"):
            err(m, f"bad format {m['format']}")
        if m["level"] not in LEVELS:
            err(m, f"bad level {m['level']}")
        if m["year"] >= 2021 and m["format"] == "2019" and "2019 template" not in m["notes"]:
            err(m, "2021+ report in the 2019 format without a note")
        if m["year"] <= 2020 and m["format"] != "2019":
            err(m, "2019/2020 report not in the 2019 format")
        other_rows = m["requests_other_rows"]
        # ---- keys
        expected = set(all_keys(m["format"], other_rows))
        got = set(m["facts"])
        if got != expected:
            err(m, f"facts keys differ from the printed cells: missing {sorted(expected - got)[:5]} extra {sorted(got - expected)[:5]}")
        for k in got:
            if k not in keys:
                err(m, f"key not in fact_keys.tsv: {k}")
                continue
            if m["format"] not in keys[k]:
                mixed = (m["format"] == "2021" and other_rows == 1 and k.startswith("requests.other.")
                         and k.count(".") == 2 and "MIXED TEMPLATE" in m["notes"])
                if not mixed:
                    err(m, f"key {k} not printed by template {m['format']}")
        # ---- values
        raw = m.get("raw_values", {})
        for k, v in m["facts"].items():
            if v is None:
                if raw.get(k) not in NULL_MARKS:
                    err(m, f"{k} is null but printed {raw.get(k)!r}")
            elif not isinstance(v, (int, float)) or isinstance(v, bool):
                err(m, f"{k} has non-numeric value {v!r}")
            elif v < 0 and not k.endswith(".change"):
                err(m, f"{k} negative")
        for k in m["blank_cells"]:
            if m["facts"].get(k) != 0:
                err(m, f"blank cell {k} is not 0")
        for k, s in raw.items():
            v = m["facts"][k]
            if k in ("active.fees.amount", "active.procurement.amount") and v:
                num = float(re.sub(r"[^\d.]", "", s))
                conv = num / 10000 if s.endswith("元") and not s.endswith("万元") else num
                if abs(conv - v) > 1e-6:
                    err(m, f"money {k} printed {s} but value {v}")
        # ---- arithmetic
        fails = set(failed_checks(m["facts"], other_rows))
        listed = set(m["known_check_failures"])
        listed_arith = {x for x in listed if not x.startswith(("narrative:", "carry:"))}
        if fails != listed_arith:
            err(m, f"checks failing {sorted(fails)} but listed {sorted(listed_arith)}")
        if listed and "DELIBERATE" not in m["notes"]:
            err(m, "known_check_failures without a DELIBERATE note")
        if "DELIBERATE" in m["notes"] and not listed:
            err(m, "DELIBERATE note but nothing fails")
        for nf in m.get("narrative_facts", []):
            val = sum((m["facts"].get(x) or 0) for x in nf["key"].split("+"))
            if val != nf["value"] and f"narrative:{nf['key']}" not in listed:
                err(m, f"narrative {nf['key']} = {nf['value']} disagrees with table ({val})")
        # ---- identity
        if m["identity_expected"] == "flag":
            if m["agency"] is not None or not m.get("generic_file_name"):
                err(m, "flag report with an agency or a meaningful file name")
        else:
            if not m["agency"] or not m["aliases"] or not m["english"] or not m["region"]:
                err(m, "known report without agency/aliases/english/region")
            if m.get("generic_file_name") is False and m["shape"] != "pdf":
                pass
        txt = file_text(os.path.join(tmp, m["file"]), m["shape"], m.get("encoding"))
        if txt is not None:
            s = to_simplified(txt)
            if m["identity_expected"] == "known":
                names = [m["agency"]] + [a for a in m["aliases"] if re.search(r"[\u4e00-\u9fff]", a) and len(a) >= 4]
                if not any(n in s for n in names):
                    err(m, "no name of the body found in the file")
                for line in m["title"].split("\n"):
                    if to_simplified(line) not in s and to_simplified(line).replace("(", "（") not in s:
                        err(m, f"title line {line!r} not found verbatim")
            else:
                true = m["true_agency_not_in_file"]
                # every distinctive part of the hidden name must be absent
                for part in re.split(r"(?<=[省市区县镇乡])|(?<=街道)|(?<=办事处)|(?<=人民政府)", true):
                    part = part.strip()
                    if len(part) >= 2 and part not in ("人民政府", "办事处", "办公室", "办公厅") and part in s:
                        err(m, f"flag report leaks {part!r}")

    # ---- check 6 across years
    series = collections.defaultdict(dict)
    for m in man:
        series[m["agency"] or m["true_agency_not_in_file"]][m["year"]] = m
    n_pairs = 0
    for ag, years in series.items():
        for y, m in years.items():
            prev = years.get(y - 1)
            if not prev:
                continue
            n_pairs += 1
            ok = all((prev["facts"].get(f"requests.carried_forward.{c}") or 0) == (m["facts"].get(f"requests.carried_over.{c}") or 0)
                     for c in COLS)
            if not ok and "carry:previous_year" not in m["known_check_failures"]:
                err(m, f"carried_over differs from {y - 1}'s carried_forward without a note")
            if ok and "carry:previous_year" in m["known_check_failures"]:
                err(m, "carry:previous_year listed but the carry matches")

    # ---- coverage
    shapes = collections.Counter(m["shape"] for m in man)
    for s in SHAPES:
        if shapes[s] < 10:
            errors.append(f"shape {s} appears {shapes[s]} times (< 10)")
    var = collections.Counter(v for m in man for v in m["variants"])
    levels = collections.Counter(m["level"] for m in man)
    fmts = collections.Counter((m["format"], m["requests_other_rows"]) for m in man)
    raws = [s for m in man for s in m["raw_values"].values()]
    want = {
        "flag reports": sum(m["identity_expected"] == "flag" for m in man) >= 3,
        "2019 format": fmts[("2019", 1)] >= 20,
        "2021 format": fmts[("2021", 3)] >= 40,
        "2021+ years in the 2019 format": sum(m["year"] >= 2021 and m["format"] == "2019" for m in man) >= 3,
        "mixed template": fmts[("2021", 1)] >= 1,
        "money as 元": any(s.endswith("元") and not s.endswith("万元") for s in raws),
        "money as 万元": any(s.endswith("万元") for s in raws),
        "notes in cells": any("其中修订" in s for s in raws),
        "null marks": any(s in NULL_MARKS for s in raws),
        "blank tables": sum(1 for v in var if v.startswith("blank-table")) >= 1 and sum(c for v, c in var.items() if v.startswith("blank-table")) >= 3,
        "traditional": var["traditional"] >= 2,
        "ascii punctuation": var["ascii-punctuation"] >= 5,
        "1、 numbering": var["numbering-1、"] >= 5,
        "header breaks": var["header-breaks"] >= 10,
        "repeated headers": var["repeat-header-after-page-break"] >= 3,
        "docx title not first": sum(1 for m in man if m["shape"] == "docx" and "meta-line-before-title" in m["variants"]) >= 1,
        "docx body only in header": var["body-only-in-page-header"] >= 1,
        "cover pages": var["cover-page"] >= 3,
        "lone pipe": var["lone-pipe"] >= 1,
        "deliberate inconsistencies": sum("DELIBERATE" in m["notes"] for m in man) >= 5,
        "name collisions": len({m["name_collision"] for m in man if m["name_collision"]}) >= 4,
        "all levels": all(levels[l] >= 3 for l in LEVELS),
        "generic file names": sum(m["generic_file_name"] for m in man) >= 10,
        "title forms (guanyu)": sum("关于" in m["title"] for m in man) >= 5,
        "title on two lines": sum("\n" in m["title"] for m in man) >= 10,
        "years as 二〇": sum("〇" in m["title"] for m in man) >= 5,
        "other_services row (2019)": all("active.other_services.decisions" in m["facts"] for m in man if m["format"] == "2019"),
    }
    for k, ok in want.items():
        if not ok:
            errors.append(f"coverage: {k}")

    print("shapes:", dict(sorted(shapes.items())))
    print("levels:", dict(sorted(levels.items())))
    print("templates (format, （六） rows):", dict(fmts))
    print("identity:", dict(collections.Counter(m["identity_expected"] for m in man)),
          "modes:", dict(collections.Counter(m["identity_mode"] for m in man)))
    print("deliberate inconsistencies:", sum("DELIBERATE" in m["notes"] for m in man),
          "| year pairs checked for carry-over:", n_pairs)
    print("variants:", dict(sorted(var.items())))
    if os.environ.get("BLINDGEN_KEEP") != "1":
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:80]:
            print("  -", e)
        return 1
    print("\nOK: all self-checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
