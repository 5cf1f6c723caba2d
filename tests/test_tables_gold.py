"""The table parser and the checks against the hand-checked gold files, on every real shape.

One test per (gold file, file holding that report): the report's own file and every file of
its ``also_valid_for`` (淮安 2024 as PDF text with spaces, one cell per line, pipes, and the
original PDF through ingest.loaders). Every printed key and value must match, nothing extra may
be printed, the template version must be detected, no warning may be raised (every gold cell
is readable), and the failed checks must be exactly the gold's ``known_check_failures``.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from vocab.checks import run_checks
from vocab.keys import REQUEST_COLUMNS, REQUEST_GROUPS, request_rows
from vocab.records import TableExtraction
from ingest.tables import narrative_text, parse_tables
from tests.conftest import GOLD, SEED


def _gold_cases() -> list[tuple[str, str]]:
    if not GOLD.is_dir():
        return []
    cases = []
    for g in sorted(GOLD.glob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        for name in [data["file"], *data.get("also_valid_for", [])]:
            cases.append((g.name, name))
    return cases


def report_text(path: Path) -> str:
    """The text the pipeline would parse: ingest.loaders for every format; plain .txt files
    are read directly only if the loader module is missing (it is written in parallel)."""
    try:
        from ingest.loaders import load
    except ImportError:
        if path.suffix in (".txt", ".md"):
            return path.read_text(encoding="utf-8")
        pytest.skip(f"ingest.loaders is needed to read {path.name}")
    return load(path).text


def _extract(path: Path) -> tuple[TableExtraction, list]:
    text = report_text(path)
    ex = parse_tables(text)
    return ex, run_checks(ex.facts, narrative_text(text))


@pytest.mark.parametrize(("gold_name", "file_name"), _gold_cases())
def test_gold_report(corpus: Path, gold_name: str, file_name: str) -> None:
    gold = json.loads((GOLD / gold_name).read_text(encoding="utf-8"))
    ex, checks = _extract(corpus / file_name)

    assert ex.format == gold["format"]
    assert ex.warnings == []
    printed = {f.key: f.value for f in ex.facts if not f.derived}
    assert sorted(set(printed) - set(gold["facts"])) == [], "keys printed that the gold lacks"
    assert sorted(set(gold["facts"]) - set(printed)) == [], "gold keys not extracted"
    wrong = {k: (printed[k], v) for k, v in gold["facts"].items() if printed[k] != v}
    assert wrong == {}
    for key in gold.get("blank_cells", []):
        fact = next(f for f in ex.facts if f.key == key)
        assert (fact.raw, fact.value) == ("", 0)

    failed = {c.name for c in checks if c.status == "fail"}
    assert failed == set(gold["known_check_failures"])


@pytest.mark.parametrize(("gold_name", "file_name"), _gold_cases())
def test_gold_derived_facts(corpus: Path, gold_name: str, file_name: str) -> None:
    """Derived keys are the sums of printed cells, flagged derived, never printed keys."""
    gold = json.loads((GOLD / gold_name).read_text(encoding="utf-8"))
    ex, _ = _extract(corpus / file_name)
    facts = {f.key: f for f in ex.facts}
    g = gold["facts"]
    other_rows = gold.get("requests_other_rows", 3 if gold["format"] == "2021" else 1)
    groups = ["withheld", "unable", "not_processed"] + (["other"] if other_rows == 3 else [])
    for group in groups:
        for col in REQUEST_COLUMNS:
            f = facts[f"requests.{group}.{col}"]
            assert f.derived and f.key not in g
            assert f.value == sum(g[f"requests.{group}.{s}.{col}"] for s in REQUEST_GROUPS[group])
    for row in request_rows(gold["format"], other_rows):
        f = facts[f"requests.{row}.legal_person"]
        assert f.derived
        assert f.value == sum(g[f"requests.{row}.{c}"] for c in REQUEST_COLUMNS[1:6])


def test_seed(corpus: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert text == (corpus / "seed_jianxi_2020.txt").read_text(encoding="utf-8")
    ex = parse_tables(text)
    printed = {f.key: f for f in ex.facts if not f.derived}
    assert ex.format == "2019" and ex.warnings == []
    assert len(printed) == 198
    assert printed["requests.received.total"].value == 17
    assert printed["requests.unable.not_held.total"].value == 2
    assert printed["appeals.review.upheld"].value == 1
    assert printed["active.procurement.amount"].value == 28.6232
    assert printed["active.procurement.amount"].raw == "28.6232"
    ev = printed["requests.received.total"].evidence
    assert ev == "一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17"
    checks = run_checks(ex.facts, narrative_text(text))
    assert [c for c in checks if c.status != "pass"] == []
    names = {c.name: c for c in checks}
    assert names["balance:total"].detail == "17 + 0 = 15 + 2"
    assert "narrative:received" in names and "narrative:processed" in names


# --- reports without gold: arithmetic read by hand from the text -------------------------------


def _grid(ex: TableExtraction, row: str) -> list:
    facts = {f.key: f.value for f in ex.facts}
    return [facts.get(f"requests.{row}.{c}") for c in REQUEST_COLUMNS]


def test_005_hongzequ_2024_numbers_before_labels(corpus: Path) -> None:
    """PDF text where several rows print their numbers on the line before their label."""
    text = report_text(corpus / "005_hongzequ_2024.txt")
    ex = parse_tables(text)
    assert ex.format == "2021" and ex.warnings == []
    printed = [f for f in ex.facts if not f.derived]
    assert sum(f.key.startswith("requests.") for f in printed) == 23 * 7  # （六） as one row
    assert _grid(ex, "received") == [95, 0, 0, 0, 0, 0, 95]
    assert _grid(ex, "partially_granted") == [9, 0, 0, 0, 0, 0, 9]
    assert _grid(ex, "withheld.state_secret") == [0] * 7
    assert _grid(ex, "withheld.security_stability") == [1, 0, 0, 0, 0, 0, 1]
    assert _grid(ex, "unable.not_held") == [31, 0, 0, 0, 0, 0, 31]
    assert _grid(ex, "unable.needs_creation") == [1, 0, 0, 0, 0, 0, 1]
    assert _grid(ex, "total_processed") == [95, 0, 0, 0, 0, 0, 95]
    # 50 + 9 + (1+1+1) + (31+1) + 1 = 95
    checks = {c.name: c for c in run_checks(ex.facts, narrative_text(text))}
    arithmetic = [c for c in checks.values() if not c.name.startswith("narrative:")]
    assert all(c.status == "pass" for c in arithmetic)
    assert checks["processed_sum:total"].status == "pass"
    facts = {f.key: f.value for f in ex.facts}
    assert [facts[f"appeals.review.{o}"] for o in ("upheld", "corrected", "other", "pending", "total")] == [1, 1, 0, 0, 2]
    assert facts["appeals.litigation_after_review.total"] == 3
    # the narrative says the office received 17, the table says 95: shown, not hidden
    assert checks["narrative:received"].status == "fail"
    assert "17" in checks["narrative:received"].detail and "95" in checks["narrative:received"].detail


def test_007_shkewei_2024_detached_numbers(corpus: Path) -> None:
    """Markdown where labels and numbers were split apart; one stray '1'; a blank total."""
    text = report_text(corpus / "007_shkewei_2024.txt")
    ex = parse_tables(text)
    assert ex.format == "2021"
    assert len(ex.warnings) == 1 and "'1'" in ex.warnings[0]
    printed = [f for f in ex.facts if not f.derived]
    assert sum(f.key.startswith("requests.") for f in printed) == 25 * 7
    assert _grid(ex, "received") == [32, 2, 0, 0, 0, 0, 34]
    assert _grid(ex, "carried_over") == [2, 0, 0, 0, 0, 0, 2]
    assert _grid(ex, "withheld.internal_affairs") == [1, 0, 0, 0, 0, 0, 1]
    assert _grid(ex, "unable.not_held") == [4, 0, 0, 0, 0, 0, 4]
    assert _grid(ex, "unable.needs_creation") == [6, 0, 0, 0, 0, 0, 6]
    assert _grid(ex, "other.overdue_correction") == [8, 2, 0, 0, 0, 0, 10]
    assert _grid(ex, "other.other") == [4, 0, 0, 0, 0, 0, 4]
    assert _grid(ex, "total_processed") == [33, 2, 0, 0, 0, 0, 35]
    # the Markdown row 四、结转 has its 总计 cell empty: read as printed (0) and flagged
    assert _grid(ex, "carried_forward") == [1, 0, 0, 0, 0, 0, 0]
    checks = {c.name: c for c in run_checks(ex.facts, narrative_text(text))}
    assert checks["balance:natural_person"].status == "pass"  # 32 + 2 = 33 + 1
    assert checks["balance:total"].status == "fail"
    assert checks["row_total:carried_forward"].status == "fail"
    assert checks["processed_sum:total"].status == "pass"  # 9+0+2+10+0+14 = 35
    assert checks["narrative:received"].status == "pass"
    facts = {f.key: f.value for f in ex.facts}
    assert facts["active.normative_docs.in_force"] == 55
    assert facts["appeals.review.upheld"] == 1 and facts["appeals.review.total"] == 1


def test_008_shanghai_bgt_2025_unreadable_active_rows(corpus: Path) -> None:
    """Table 二 lost a column in the Markdown conversion: warned, no facts, nothing guessed."""
    text = report_text(corpus / "008_shanghai_bgt_2025.txt")
    ex = parse_tables(text)
    assert ex.format == "2021"
    keys = {f.key for f in ex.facts}
    assert not any(k.startswith(("active.regulations.", "active.normative_docs.")) for k in keys)
    assert any("regulations" in w and "2 values" in w for w in ex.warnings)
    assert any("normative_docs" in w for w in ex.warnings)
    assert _grid(ex, "received") == [1259, 36, 0, 0, 0, 0, 1295]
    assert _grid(ex, "carried_over") == [170, 15, 0, 0, 4, 0, 189]
    assert _grid(ex, "partially_granted") == [2, 0, 0, 0, 0, 0, 2]
    assert _grid(ex, "withheld.internal_affairs") == [8, 0, 0, 0, 1, 0, 9]
    assert _grid(ex, "not_processed.reconfirm") == [0] * 7
    assert _grid(ex, "other.overdue_correction") == [40, 1, 0, 0, 2, 0, 43]
    assert _grid(ex, "other.overdue_fee") == [0] * 7
    assert _grid(ex, "total_processed") == [1139, 48, 0, 0, 4, 0, 1191]
    assert _grid(ex, "carried_forward") == [290, 3, 0, 0, 0, 0, 293]
    checks = run_checks(ex.facts, narrative_text(text))
    assert [c for c in checks if c.status != "pass"] == []
    facts = {f.key: f.value for f in ex.facts}
    assert facts["appeals.review.total"] == 55 and facts["appeals.litigation_after_review.total"] == 22


def test_text_without_tables() -> None:
    ex = parse_tables("某某区2017年政府信息公开工作年度报告\n一、概述\n全年受理申请5件。\n")
    assert (ex.format, ex.facts, ex.warnings) == ("unknown", [], [])


def test_key_catalogue_matches_the_gold_layouts(corpus) -> None:
    from vocab.keys import DERIVED_KEYS, KEYS, info, printed_keys

    assert len(KEYS) == 226 and all(info(k) is KEYS[k] for k in KEYS)
    seed = json.loads((GOLD / "seed_jianxi_2020.json").read_text(encoding="utf-8"))["facts"]
    huaian = json.loads((GOLD / "001_huaian_2024_spaces.json").read_text(encoding="utf-8"))["facts"]
    mixed = json.loads((GOLD / "004_hongzequ_2023.json").read_text(encoding="utf-8"))["facts"]
    assert printed_keys("2019") == list(seed)  # same keys, same (template) order
    assert set(printed_keys("2021")) == set(huaian)
    assert set(printed_keys("2021", other_rows=1)) == set(mixed)
    assert all(k in KEYS for k in printed_keys("2019") + printed_keys("2021"))
    assert all(d.derived for d in DERIVED_KEYS.values())
    assert info("requests.withheld.total").derived and info("requests.granted.legal_person").derived
