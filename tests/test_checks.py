"""Checks 1–6 on hand-made facts and real narrative sentences."""
from __future__ import annotations

from vocab.checks import cross_year_check, narrative_checks, run_checks, table_checks
from vocab.keys import REQUEST_COLUMNS, request_rows
from vocab.records import Fact
from ingest.tables import parse_tables
from tests.conftest import SEED


def _facts(values: dict[str, float | None]) -> list[Fact]:
    return [Fact(k, v, str(v)) for k, v in values.items()]


def _requests(fmt: str = "2019", **rows: list) -> dict[str, float | None]:
    """A zero table 三 with some rows replaced (row id with '.' written as '__')."""
    out: dict[str, float | None] = {}
    for row in request_rows(fmt):
        cells = rows.get(row.replace(".", "__"), [0] * 7)
        out.update({f"requests.{row}.{c}": v for c, v in zip(REQUEST_COLUMNS, cells)})
    return out


def _by_name(checks):
    return {c.name: c for c in checks}


def test_balanced_table_passes_with_readable_detail() -> None:
    v = _requests(
        received=[17, 0, 0, 0, 0, 0, 17],
        granted=[13, 0, 0, 0, 0, 0, 13],
        unable__not_held=[2, 0, 0, 0, 0, 0, 2],
        total_processed=[15, 0, 0, 0, 0, 0, 15],
        carried_forward=[2, 0, 0, 0, 0, 0, 2],
    )
    checks = _by_name(table_checks(_facts(v)))
    assert all(c.status == "pass" for c in checks.values())
    assert checks["balance:total"].detail == "17 + 0 = 15 + 2"
    assert {f"balance:{c}" for c in REQUEST_COLUMNS} <= set(checks)
    assert {f"processed_sum:{c}" for c in REQUEST_COLUMNS} <= set(checks)
    assert {f"row_total:{r}" for r in request_rows("2019")} <= set(checks)


def test_each_arithmetic_rule_fails_on_its_own_break() -> None:
    v = _requests(
        received=[17, 0, 0, 0, 0, 0, 17],
        granted=[13, 1, 0, 0, 0, 0, 13],  # row total broken: 13 + 1 != 13
        total_processed=[15, 0, 0, 0, 0, 0, 15],  # 15 != 13 + ... (processed broken)
        carried_forward=[2, 0, 0, 0, 0, 0, 3],  # 17 != 15 + 3 (balance broken in total)
    )
    checks = _by_name(table_checks(_facts(v)))
    assert checks["row_total:granted"].status == "fail"
    assert checks["row_total:granted"].detail == "13 ≠ 13 + 1 + 0 + 0 + 0 + 0 = 14"
    assert checks["processed_sum:natural_person"].status == "fail"
    assert checks["balance:total"].status == "fail"
    assert checks["balance:natural_person"].status == "pass"
    assert checks["row_total:carried_forward"].status == "fail"


def test_not_applicable_or_missing_is_not_assessable() -> None:
    v = _requests()
    v["requests.received.total"] = None  # printed "/"
    del v["requests.carried_over.natural_person"]
    checks = _by_name(table_checks(_facts(v)))
    assert checks["balance:total"].status == "not_assessable"
    assert "requests.received.total" in checks["balance:total"].detail
    assert checks["balance:natural_person"].status == "not_assessable"


def test_2021_other_sub_items_enter_the_processed_sum() -> None:
    v = _requests(
        "2021",
        received=[5, 0, 0, 0, 0, 0, 5],
        other__overdue_fee=[2, 0, 0, 0, 0, 0, 2],
        other__other=[3, 0, 0, 0, 0, 0, 3],
        total_processed=[5, 0, 0, 0, 0, 0, 5],
    )
    checks = _by_name(table_checks(_facts(v)))
    assert checks["processed_sum:total"].status == "pass"
    assert "row_total:other.overdue_fee" in checks


def test_appeals_totals() -> None:
    v = {"appeals.review.upheld": 10, "appeals.review.corrected": 1, "appeals.review.other": 0,
         "appeals.review.pending": 0, "appeals.review.total": 0}
    check = _by_name(table_checks(_facts(v)))["appeals:review"]
    assert check.status == "fail" and check.detail == "0 ≠ 10 + 1 + 0 + 0 = 11"


def test_derived_facts_are_not_checked_as_printed() -> None:
    facts = _facts(_requests())
    facts.append(Fact("requests.withheld.total", 99, "", True, "bogus"))
    assert all(c.status == "pass" for c in run_checks(facts))


# --- check 5 ---------------------------------------------------------------------------------

TABLE = {
    "requests.received.total": 713, "requests.carried_over.total": 36,
    "requests.total_processed.total": 718, "requests.carried_forward.total": 31,
    "appeals.review.total": 61, "appeals.litigation_direct.total": 3,
    "appeals.litigation_after_review.total": 10,
}


def test_narrative_counting_carried_over_applications_is_not_an_error() -> None:
    text = "全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件；共办理 718 件，结转下一年 31 件。"
    checks = _by_name(narrative_checks(TABLE, text))
    assert checks["narrative:received"].status == "pass"
    assert "received + carried_over" in checks["narrative:received"].detail
    assert checks["narrative:carried_forward"].status == "pass"


def test_narrative_disagreement_fails_with_both_numbers() -> None:
    text = "2024 年，区政府办代表区政府受理政府\n信息公开申请 17 件，均已在法定期限内予以答复。"
    check = _by_name(narrative_checks({**TABLE, "requests.received.total": 95}, text))["narrative:received"]
    assert check.status == "fail"
    assert check.detail == "narrative says 17 applications received, table says 95 (received.total)"


def test_narrative_sentences_split_by_line_breaks() -> None:
    text = ("全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n"
            "答复）。政府信息公开行政复议 351\n件；政府信息公开行政诉讼 46 件。")
    table = {"requests.received.total": 3119, "requests.total_processed.total": 3050,
             "requests.carried_over.total": 34, "requests.carried_forward.total": 103,
             "appeals.review.total": 351, "appeals.litigation_direct.total": 26,
             "appeals.litigation_after_review.total": 20}
    checks = _by_name(narrative_checks(table, text))
    assert {n: c.status for n, c in checks.items()} == {
        "narrative:received": "pass", "narrative:processed": "pass", "narrative:carried_over": "pass",
        "narrative:carried_forward": "pass", "narrative:review": "pass", "narrative:litigation": "pass",
    }


def test_narrative_outcome_answers_are_not_read_as_processed() -> None:
    text = "所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2件，转下一年度办理答复的有 1 件。"
    assert "narrative:processed" not in _by_name(narrative_checks(TABLE, text))


def test_narrative_with_conflicting_quotes_is_not_assessable() -> None:
    text = "全年受理政府信息公开申请 713 件。……去年受理政府信息公开申请 650 件。"
    assert _by_name(narrative_checks(TABLE, text))["narrative:received"].status == "not_assessable"


def test_seed_narrative_agrees() -> None:
    text = SEED.read_text(encoding="utf-8")
    ex = parse_tables(text)
    checks = _by_name(run_checks(ex.facts, text))
    assert checks["narrative:received"].detail == "narrative says 17 applications received, table received.total = 17"
    assert checks["narrative:processed"].status == "pass"


# --- check 6 ---------------------------------------------------------------------------------


def test_cross_year() -> None:
    prev = {f"requests.carried_forward.{c}": 0 for c in REQUEST_COLUMNS}
    nxt = {f"requests.carried_over.{c}": 0 for c in REQUEST_COLUMNS}
    nxt["requests.carried_over.total"] = 2
    nxt["requests.carried_over.research"] = None
    checks = _by_name(cross_year_check(prev, nxt, "2023", "2024"))
    assert checks["cross_year:natural_person"].status == "pass"
    assert checks["cross_year:total"].status == "fail"
    assert checks["cross_year:total"].detail == "2023 carried_forward 0 ≠ 2024 carried_over 2"
    assert checks["cross_year:research"].status == "not_assessable"
