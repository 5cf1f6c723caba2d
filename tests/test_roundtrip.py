"""Generate -> ingest.extract.extract_file -> the same numbers, for every shape and both formats.

A failure names the shape, the case and every differing key (generated vs extracted, with the
raw cell), so the lead can see whether the generator or the parser is wrong.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.numbers import ReportNumbers, make_agencies, make_report_numbers
from generator.render import SHAPE_EXT, SHAPES, render

extract = pytest.importorskip("ingest.extract", reason="ingest/extract.py (the parser) is not there yet")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
AGENCIES = make_agencies(40, 2024)


def _case(shape: str, fmt: str, variant: str, seed: int) -> ReportNumbers:
    agency, region = AGENCIES[(seed * 7 + SHAPES.index(shape)) % len(AGENCIES)]
    year = {"2019": 2020, "2021": 2023}[fmt]
    return make_report_numbers(
        agency, year, fmt, seed, region=region,
        blank_rate=0.3 if variant in ("blank", "blank_na") else 0.0,
        na_rate=0.3 if variant in ("na", "blank_na") else 0.0,
        other_rows=1 if (fmt == "2019" or variant == "six_one_row") else 3)


def _params() -> list:
    out = []
    for shape in SHAPES:
        for fmt in ("2019", "2021"):
            out.append(pytest.param(shape, fmt, "plain", 1, id=f"{shape}-{fmt}-plain"))
            out.append(pytest.param(shape, fmt, "blank_na", 2, id=f"{shape}-{fmt}-blank_na"))
        out.append(pytest.param(shape, "2021", "six_one_row", 3, id=f"{shape}-2021-six_one_row"))
    # more seeds for the text shapes: their style variants (brackets, "1、", wrapped and
    # vertical labels, title on two lines, outer pipes) are drawn from the seed
    for shape in ("spaces", "lines", "pipes"):
        for seed in range(10, 16):
            fmt = "2019" if seed % 2 else "2021"
            out.append(pytest.param(shape, fmt, "plain", seed, id=f"{shape}-{fmt}-seed{seed}"))
    return out


def compare(numbers: ReportNumbers, record: dict) -> list[str]:
    """Every way the extraction record differs from the generated numbers."""
    problems: list[str] = []
    if record.get("format") != numbers.fmt:
        problems.append(f"format: generated {numbers.fmt}, extracted {record.get('format')}")
    if record.get("agency") != numbers.agency:
        problems.append(f"agency: generated {numbers.agency}, extracted {record.get('agency')}")
    if record.get("year") != numbers.year:
        problems.append(f"year: generated {numbers.year}, extracted {record.get('year')}")
    printed = {f["key"]: f for f in record.get("facts", []) if not f.get("derived")}
    derived = {f["key"]: f for f in record.get("facts", []) if f.get("derived")}
    for key, value in numbers.facts.items():
        fact = printed.get(key)
        if fact is None:
            problems.append(f"{key}: generated {value!r}, not extracted")
        elif fact["value"] != value or (value is None) != (fact["value"] is None):
            problems.append(f"{key}: generated {value!r}, extracted {fact['value']!r} "
                            f"(raw {fact.get('raw')!r})")
    for key in sorted(set(printed) - set(numbers.facts)):
        problems.append(f"{key}: not printed, extracted {printed[key]['value']!r}")
    for key, value in numbers.derived().items():
        if key in derived and derived[key]["value"] != value:
            problems.append(f"{key} (derived): expected {value}, extracted {derived[key]['value']!r}")
    for w in record.get("warnings", []):
        problems.append(f"warning: {w}")
    for c in record.get("checks", []):
        if c.get("status") == "fail":
            problems.append(f"check {c['name']} failed: {c.get('detail')}")
    return problems


@pytest.mark.parametrize("shape,fmt,variant,seed", _params())
def test_roundtrip(shape: str, fmt: str, variant: str, seed: int, tmp_path: Path) -> None:
    numbers = _case(shape, fmt, variant, seed)
    path = render(numbers, shape, tmp_path / f"report{SHAPE_EXT[shape]}")
    record = extract.extract_file(path)
    problems = compare(numbers, record)
    assert not problems, f"{shape}/{fmt}/{variant}/seed {seed}: {len(problems)} problem(s):\n" + \
        "\n".join(problems[:25])


def test_checks_are_reported(tmp_path: Path) -> None:
    """The record carries the arithmetic checks, and they pass on consistent numbers."""
    numbers = _case("pipes", "2021", "plain", 1)
    record = extract.extract_file(render(numbers, "pipes", tmp_path / "r.txt"))
    names = {c["name"] for c in record["checks"]}
    assert any(n.startswith("balance") for n in names), names
    assert all(c["status"] != "fail" for c in record["checks"])


def test_series_of_years_passes_the_cross_year_check(tmp_path: Path) -> None:
    """Three consecutive years of one agency, in three shapes, chain through extraction."""
    from vocab.checks import cross_year_check

    agency, region = AGENCIES[0]
    carried, records = None, []
    for year, fmt, shape in ((2020, "2019", "spaces"), (2021, "2021", "html"), (2022, "2021", "docx")):
        n = make_report_numbers(agency, year, fmt, 11, carried_over=carried, region=region)
        carried = n.carried_forward
        rec = extract.extract_file(render(n, shape, tmp_path / f"{year}{SHAPE_EXT[shape]}"))
        records.append({f["key"]: f["value"] for f in rec["facts"]})
    for prev, nxt, label in ((records[0], records[1], "2020/2021"), (records[1], records[2], "2021/2022")):
        checks = cross_year_check(prev, nxt, *label.split("/"))
        assert checks and all(c.status == "pass" for c in checks), (label, checks)


def test_shipped_samples_roundtrip() -> None:
    manifest = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
    failures = []
    for f in manifest["files"]:
        numbers = ReportNumbers(agency=f["agency"], year=f["year"], fmt=f["format"], seed=f["seed"],
                                other_rows=f["requests_other_rows"], facts=f["facts"],
                                blank=set(f["blank_cells"]), region=f["region"])
        problems = compare(numbers, extract.extract_file(SAMPLES / f["file"]))
        if problems:
            failures.append(f"{f['file']}: " + "; ".join(problems[:5]))
    assert not failures, "\n".join(failures)
