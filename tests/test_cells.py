"""Reading one cell: numbers, blanks, not-applicable, notes, money units, and refusals."""
from __future__ import annotations

import pytest

from ingest.cells import is_value_like, read_cell


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("17", 17),
        (" 0 ", 0),
        ("１７", 17),  # full-width digits
        ("1,234", 1234),
        ("1，234", 1234),  # full-width comma
        ("22（其中修订16件）", 22),
        ("55(含自然失效29件)", 55),
        ("22 （其中修订 16 件）", 22),
        ("13件", 13),
        ("3.0", 3),
    ],
)
def test_counts(raw: str, value: int) -> None:
    cell = read_cell(raw)
    assert (cell.kind, cell.value) == ("number", value)
    assert isinstance(cell.value, int)


@pytest.mark.parametrize("raw", ["", "  ", "-", "－", "–"])
def test_blank_reads_as_zero(raw: str) -> None:
    assert (read_cell(raw).kind, read_cell(raw).value) == ("blank", 0)


@pytest.mark.parametrize("raw", ["/", "／", "—", "——", "不适用", "不適用"])
def test_not_applicable_is_null_not_zero(raw: str) -> None:
    cell = read_cell(raw)
    assert (cell.kind, cell.value) == ("na", None)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("28.6232", 28.6232),
        ("251000元", 25.1),
        ("160.5964万元", 160.5964),
        ("96171.6", 96171.6),
        ("7545", 7545),
        ("3940元", 0.394),
        ("１２万元", 12),
    ],
)
def test_money_in_wan_yuan(raw: str, value: float) -> None:
    cell = read_cell(raw, "money")
    assert cell.kind == "number"
    assert cell.value == value


def test_money_under_a_yuan_header_is_converted() -> None:
    assert read_cell("251000", "money", money_unit="元").value == 25.1
    assert read_cell("251000", "money", money_unit="万元").value == 251000


def test_signed_change() -> None:
    assert read_cell("-3", "signed").value == -3
    assert read_cell("+5", "signed").value == 5
    assert read_cell("-", "signed").value == 0  # a lone dash is a blank, not a sign


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("1O", "count"),  # OCR slip: letter O
        ("l2", "count"),
        ("约20", "count"),
        ("3 4", "count"),  # two numbers in one cell
        ("33.9%", "count"),
        ("2.5", "count"),  # a count is a whole number
        ("-3", "count"),  # a count is never negative
        ("251000美元", "money"),
        ("1.2万", "count"),
        ("无", "count"),
    ],
)
def test_unreadable_cells_are_refused(raw: str, kind: str) -> None:
    cell = read_cell(raw, kind)
    assert cell.kind == "unreadable" and cell.value is None and cell.reason


@pytest.mark.parametrize(
    ("raw", "value_like"),
    [
        ("17", True),
        ("", True),
        ("—", True),
        ("不适用", True),
        ("251000元", True),
        ("22（其中修订16件）", True),
        ("1O", True),  # junk in a value position stays a value (to be warned about)
        ("1.属于国家秘密", False),
        ("（一）予以公开", False),
        ("3、其他", False),
        ("规章", False),
    ],
)
def test_value_or_label(raw: str, value_like: bool) -> None:
    assert is_value_like(raw) is value_like
