"""The generator: its numbers obey the template's arithmetic, are reproducible, and every shape
writes a file that reads back as a report with the template's labels."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.__main__ import main as cli_main
from generator.__main__ import plan_reports, sample_plans
from generator.numbers import (
    APPEAL_GROUPS, APPLICANTS, COLUMNS, active_keys, fact_key_table, make_agencies,
    make_report_numbers, outcome_rows, request_rows,
)
from generator.render import SHAPES, SHAPE_EXT, render, render_text, request_layout, style_for

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
CASES = [(fmt, seed, rows) for seed in range(12) for fmt, rows in
         (("2019", 1), ("2021", 3), ("2021", 1))]


def _numbers(fmt: str, seed: int, rows: int, **kw):
    agency = make_agencies(12, 99)[seed % 12][0]
    return make_report_numbers(agency, 2019 if fmt == "2019" else 2023, fmt, seed,
                               other_rows=rows, **kw)


@pytest.mark.parametrize("fmt,seed,rows", CASES)
def test_requests_table_balances(fmt: str, seed: int, rows: int) -> None:
    n = _numbers(fmt, seed, rows)
    for col in COLUMNS:
        assert n.req("received", col) + n.req("carried_over", col) == \
            n.req("total_processed", col) + n.req("carried_forward", col), col
        assert n.req("total_processed", col) == sum(n.req(r, col) for r in outcome_rows(rows)), col
    for row in request_rows(rows):
        assert n.req(row, "total") == sum(n.req(row, c) for c in APPLICANTS), row
    for group in APPEAL_GROUPS:
        parts = [n.facts[f"appeals.{group}.{o}"] for o in ("upheld", "corrected", "other", "pending")]
        assert n.facts[f"appeals.{group}.total"] == sum(parts)
    assert all(isinstance(v, int) and v >= 0 for k, v in n.facts.items()
               if k.startswith(("requests.", "appeals.")))


@pytest.mark.parametrize("fmt,seed,rows", CASES[:6])
def test_printed_keys_are_the_formats_keys(fmt: str, seed: int, rows: int) -> None:
    table = fact_key_table()
    want = {k for k, r in table.items() if fmt in r["formats"].split(",")}
    if fmt == "2021" and rows == 1:  # the mixed template of corpus 004: （六） as one row
        want = {k for k in want if not k.startswith("requests.other.")}
        want |= {f"requests.other.{c}" for c in COLUMNS}
    assert set(_numbers(fmt, seed, rows).facts) == want


def test_derived_keys_are_group_sums() -> None:
    n = _numbers("2021", 3, 3)
    d = n.derived()
    assert d["requests.withheld.total"] == sum(n.req(f"withheld.{s}", "total") for s in
                                               ("state_secret", "prohibited_by_law", "security_stability",
                                                "third_party", "internal_affairs", "process_info",
                                                "enforcement_files", "admin_query"))
    assert d["requests.other.total"] == sum(n.req(f"other.{s}", "total")
                                            for s in ("overdue_correction", "overdue_fee", "other"))
    assert d["requests.received.legal_person"] == n.req("received", "total") - n.req("received", "natural_person")


def test_deterministic_for_a_seed() -> None:
    a = _numbers("2021", 5, 3, blank_rate=0.3, na_rate=0.3)
    b = _numbers("2021", 5, 3, blank_rate=0.3, na_rate=0.3)
    c = _numbers("2021", 6, 3, blank_rate=0.3, na_rate=0.3)
    assert (a.facts, a.blank) == (b.facts, b.blank)
    assert a.facts != c.facts
    assert make_agencies(8, 1) == make_agencies(8, 1) != make_agencies(8, 2)
    names = [n for n, _ in make_agencies(30, 4)]
    assert len(set(names)) == 30
    assert render_text(a, "spaces") == render_text(b, "spaces")


def test_carried_over_chains_across_years() -> None:
    agency = "淮安市河西区人民政府办公室"
    prev = make_report_numbers(agency, 2020, "2019", 1)
    for year in (2021, 2022, 2023):
        cur = make_report_numbers(agency, year, "2021", 1, carried_over=prev.carried_forward)
        for col in COLUMNS:
            assert cur.req("carried_over", col) == prev.req("carried_forward", col)
        prev = cur


def test_blank_and_na_cells() -> None:
    plain = _numbers("2019", 2, 1)
    assert not plain.blank and not plain.na
    n = _numbers("2019", 2, 1, blank_rate=0.5, na_rate=0.4)
    assert n.blank and n.na
    assert all(n.facts[k] == 0 for k in n.blank)
    assert all(k in active_keys("2019") for k in n.na)  # "/" and 不适用 only in table 二


@pytest.mark.parametrize("seed", range(6))
def test_money_has_four_decimals_and_reads_back_exactly(seed: int) -> None:
    for fmt, key in (("2019", "active.procurement.amount"), ("2021", "active.fees.amount")):
        v = _numbers(fmt, seed, 1 if fmt == "2019" else 3).facts[key]
        if v:
            assert float(f"{v:.4f}") == v and round(v, 4) == v


def test_labels_are_the_templates() -> None:
    """Row labels as fact_keys.tsv (and the template) print them."""
    table = fact_key_table()
    for fmt, rows in (("2019", 1), ("2021", 3)):
        n = _numbers(fmt, 0, rows)
        style = style_for(n)
        object.__setattr__(style, "fullwidth", True)
        object.__setattr__(style, "sub_sep", ".")
        object.__setattr__(style, "six_sep", ".")
        for r in request_layout(n, style):
            printed = table[f"requests.{r.row}.total"]["zh_row"].split("/")[-1]
            assert r.label.startswith(printed), (r.label, printed)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("fmt", ["2019", "2021"])
def test_every_shape_writes_a_readable_report(shape: str, fmt: str, tmp_path: Path) -> None:
    n = _numbers(fmt, 4, 1 if fmt == "2019" else 3, blank_rate=0.2, na_rate=0.2)
    path = render(n, shape, tmp_path / f"r{SHAPE_EXT[shape]}")
    data = path.read_bytes()
    if shape == "docx":
        import docx
        d = docx.Document(str(path))
        text = "\n".join([p.text for p in d.paragraphs]
                         + [c.text for t in d.tables for row in t.rows for c in row.cells])
        assert len(d.tables) == 3
        assert d.tables[1].cell(5, 0).text == "三、本年度办理结果"  # merged down the rows
        assert d.tables[1].cell(20, 0).text == "三、本年度办理结果"
    elif shape == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages)
            n_tables = sum(len(p.find_tables()) for p in pdf.pages)
        assert n_tables >= 3
        assert "政府信息公开工作年度报告" in text and "予以公开" in text
    else:
        encoding = {"gbk": "gb18030", "utf16": "utf-16"}.get(shape, "utf-8")
        text = data.decode(encoding)
        if shape == "gbk":
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        if shape == "utf16":
            assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
        if shape == "html":
            from bs4 import BeautifulSoup
            soup = BeautifulSoup(text, "lxml")
            assert len(soup.find_all("table")) == 3
            assert soup.find("td", attrs={"rowspan": "20" if fmt == "2019" else "22"})
        assert "本年新收政府信息公开申请数量" in text.replace("\n", "")
    compact = text.replace("\n", "")
    assert f"{n.agency}{n.year}年政府信息公开工作年度报告" in compact
    for heading in ("一、总体情况", "二、主动公开政府信息情况", "六、其他需要报告的事项"):
        assert heading in compact
    marker = "本年制发件数" if fmt == "2021" else "本年新"
    assert marker in compact


def test_narrative_quotes_the_tables_counts() -> None:
    n = _numbers("2021", 7, 3)
    text = render_text(n, "spaces")
    received, processed = n.req("received", "total"), n.req("total_processed", "total")
    assert f"申请{received}件" in text and f"办结{processed}件" in text


def test_cli_writes_reports_and_manifest(tmp_path: Path) -> None:
    assert cli_main(["--out", str(tmp_path), "--reports", "7", "--seed", "3",
                     "--shapes", "spaces,html,pipes", "--years", "2019-2023"]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    files = manifest["files"]
    assert len(files) == 7
    for f in files:
        assert (tmp_path / f["file"]).is_file()
        assert f["shape"] in ("spaces", "html", "pipes")
        assert f["format"] == ("2019" if f["year"] <= 2020 else f["format"])
        assert set(f["raw_values"]) <= set(f["facts"])
    by_agency: dict[str, dict[int, dict]] = {}
    for f in files:
        by_agency.setdefault(f["agency"], {})[f["year"]] = f
    assert any(len(v) >= 2 for v in by_agency.values())
    for years in by_agency.values():
        for y, f in years.items():
            if y + 1 in years:
                for col in COLUMNS:
                    assert years[y + 1]["facts"][f"requests.carried_over.{col}"] == \
                        f["facts"][f"requests.carried_forward.{col}"]


def test_plan_mixes_formats_like_real_reports() -> None:
    plans = plan_reports(200, 1, ["spaces"], list(range(2019, 2025)))
    late = [p.numbers for p in plans if p.numbers.year >= 2021]
    assert all(p.numbers.fmt == "2019" for p in plans if p.numbers.year <= 2020)
    assert any(n.fmt == "2019" for n in late) and any(n.other_rows == 1 and n.fmt == "2021" for n in late)
    assert sum(n.fmt == "2021" and n.other_rows == 3 for n in late) > 0.7 * len(late)


def test_shipped_samples_are_reproducible() -> None:
    manifest = json.loads((SAMPLES / "manifest.json").read_text(encoding="utf-8"))
    expected = {p.filename: p.numbers.facts for p in sample_plans()}
    assert {f["file"]: f["facts"] for f in manifest["files"]} == expected
    for f in manifest["files"]:
        assert (SAMPLES / f["file"]).is_file()
