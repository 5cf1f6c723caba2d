"""Write a set of generated reports and their manifest.

    python -m generator --out DIR --reports N --seed S [--shapes spaces,html,...] [--years 2019-2024]
    python -m generator --samples data/samples      # the app's small demo set

Several consecutive years per agency (carried_forward chains into the next year's
carried_over); the 2019 format for 2019/2020 and the 2021 format from 2021 on, with a small
share of later reports still on the 2019 template or printing （六） as one row, as real
reports do. ``manifest.json`` lists every file with its agency, year, format, shape and all
its numbers, so tests and benchmarks can compare.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.numbers import ReportNumbers, make_agencies, make_report_numbers
from generator.render import SHAPE_EXT, SHAPES, printed_cells, render


@dataclass
class Planned:
    numbers: ReportNumbers
    shape: str
    filename: str


def _format_for(year: int, rng: random.Random) -> tuple[str, int]:
    """(template format, rows of （六）) for a report of this year."""
    if year <= 2020:
        return "2019", 1
    roll = rng.random()
    if roll < 0.08:
        return "2019", 1  # still on the old template
    if roll < 0.16:
        return "2021", 1  # new template, （六） as one row (corpus 004/005)
    return "2021", 3


def plan_reports(n: int, seed: int, shapes: list[str], years: list[int],
                 blank_share: float = 0.3, na_share: float = 0.15) -> list[Planned]:
    """n reports: runs of consecutive years per agency, numbers chained across years."""
    rng = random.Random(f"plan|{seed}")
    agencies = make_agencies(max(1, n), seed)
    plans: list[Planned] = []
    for a, (agency, region) in enumerate(agencies):
        if len(plans) >= n:
            break
        run = min(n - len(plans), rng.randint(min(2, len(years)), min(4, len(years))))
        start = rng.randint(0, len(years) - run)
        carried: dict[str, int] | None = None
        for year in years[start:start + run]:
            fmt, other_rows = _format_for(year, rng)
            report_seed = seed * 10007 + len(plans)
            numbers = make_report_numbers(
                agency, year, fmt, report_seed, carried_over=carried,
                blank_rate=0.25 if rng.random() < blank_share else 0.0,
                na_rate=0.2 if rng.random() < na_share else 0.0,
                region=region, other_rows=other_rows)
            carried = numbers.carried_forward
            shape = shapes[len(plans) % len(shapes)] if len(shapes) > 1 else shapes[0]
            plans.append(Planned(numbers, shape, f"{a + 1:02d}_{year}_{shape}{SHAPE_EXT[shape]}"))
    return plans


def manifest_entry(p: Planned) -> dict:
    """One manifest row: the file, its shape, its printed numbers and the cells not printed
    as the plain number (blank, "-", "/", 不适用, money with a unit)."""
    entry = {"file": p.filename, "shape": p.shape}
    entry.update(p.numbers.to_json())
    del entry["derived"]  # ReportNumbers.derived() recomputes them
    entry["raw_values"] = {k: raw for k, raw in printed_cells(p.numbers, p.shape).items()
                           if raw != str(p.numbers.facts[k])}
    return entry


def write_reports(out: Path, plans: list[Planned], seed: int | None = None) -> Path:
    """Render every planned report into ``out`` and write ``out/manifest.json``."""
    out.mkdir(parents=True, exist_ok=True)
    entries = []
    for p in plans:
        render(p.numbers, p.shape, out / p.filename)
        entries.append(manifest_entry(p))
    manifest = out / "manifest.json"
    manifest.write_text(json.dumps({"generator": "nianbao.generator", "seed": seed,
                                    "files": entries}, ensure_ascii=False, indent=1),
                        encoding="utf-8")
    return manifest


# The demo set shipped in data/samples: three agencies, consecutive years, small shapes.
SAMPLE_SEED = 2024
SAMPLE_PLAN = [  # (agency index, year, format, rows of （六）, shape)
    (0, 2020, "2019", 1, "spaces"), (0, 2021, "2021", 3, "html"), (0, 2022, "2021", 3, "markdown"),
    (1, 2022, "2021", 3, "docx"), (1, 2023, "2021", 3, "lines"), (1, 2024, "2021", 3, "pdf"),
    (2, 2023, "2021", 1, "pipes"), (2, 2024, "2021", 3, "html"),
]
SAMPLE_AGENCIES = [("洛阳市河西区人民政府办公室", "洛阳市河西区"), ("淮安市教育局", "淮安市"),
                   ("赣州市青山县人民政府", "赣州市青山县")]


def sample_plans() -> list[Planned]:
    plans: list[Planned] = []
    carried: dict[int, dict[str, int]] = {}
    for i, (a, year, fmt, other_rows, shape) in enumerate(SAMPLE_PLAN):
        agency, region = SAMPLE_AGENCIES[a]
        numbers = make_report_numbers(agency, year, fmt, SAMPLE_SEED + i, carried_over=carried.get(a),
                                      na_rate=0.2 if shape == "html" else 0.0,
                                      region=region, other_rows=other_rows)
        carried[a] = numbers.carried_forward
        plans.append(Planned(numbers, shape, f"sample_{a + 1}_{year}_{shape}{SHAPE_EXT[shape]}"))
    return plans


def _years(spec: str) -> list[int]:
    if "-" in spec:
        lo, hi = (int(x) for x in spec.split("-"))
        return list(range(lo, hi + 1))
    return [int(y) for y in spec.split(",")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator", description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, help="output folder")
    ap.add_argument("--reports", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"comma list of {','.join(SHAPES)}")
    ap.add_argument("--years", default="2019-2024", help="e.g. 2019-2024 or 2020,2021")
    ap.add_argument("--samples", type=Path, help="write the demo sample set to this folder")
    args = ap.parse_args(argv)
    if args.samples:
        manifest = write_reports(args.samples, sample_plans(), SAMPLE_SEED)
        print(f"wrote {len(SAMPLE_PLAN)} sample reports and {manifest}")
        return 0
    if not args.out:
        ap.error("--out is required (or --samples DIR)")
    shapes = [s.strip() for s in args.shapes.split(",") if s.strip()]
    bad = [s for s in shapes if s not in SHAPES]
    if bad:
        ap.error(f"unknown shape(s) {bad}; choose from {SHAPES}")
    plans = plan_reports(args.reports, args.seed, shapes, _years(args.years))
    manifest = write_reports(args.out, plans, args.seed)
    print(f"wrote {len(plans)} reports and {manifest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
