"""Reading classes of the fifth session (2026-12-01, second half): structural guards read from
the confident-wrong answers of the scored blind12–15 tests (retired into development material).
Each is asked of the real engine over the real corpus reports; the cells answered (or the
absence of any number) are checked, not only the number."""
from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS
from tests.conftest import ask_conversation as _ask, fact_keys as _keys

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")

_NUMBER = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")


@pytest.fixture(scope="module")
def svc(corpus_service):
    return corpus_service


def _numbers(text: str) -> list[str]:
    return [n for n in _NUMBER.findall(text) if not re.fullmatch(r"(?:19|20)\d\d", n)]


# -- a printed cell is added once ----------------------------------------------------------------
def test_a_sum_never_adds_one_printed_cell_twice(svc):
    # the 2019 format prints 本年新制作数量 only: "new" read as 发布 and as 制作 lands in one cell
    rec = _ask(svc, "Shanghai General Office 2019: new regulations plus new normative documents made, added together?")
    assert rec["value"] == 73
    assert [f["key"] for f in rec["facts"]] == ["active.regulations.made", "active.normative_docs.made"]


def test_a_sum_whose_parts_all_meet_in_one_cell_is_no_total(svc):
    rec = _ask(svc, "上海市府办2019年规章发布和制作加起来多少")
    assert rec["value"] is None and rec["found"] is True  # one part offered, never given as the total
    assert "只读懂了" in rec["answer"]


# -- a count quoted back and asked about its members -------------------------------------------------
@pytest.mark.parametrize("question", [
    "沭阳县2025年那1条播放破亿的视频是谁拍的，讲的啥",
    "淮安2024年那351件复议，申请人都是哪些人",
    "淮安市2024年复议被纠正的64件里面，哪些是因为超期答复",
    "上海市府办2025年不予公开的20件分别是哪些申请人",
    "Huai'an 2024: of the 64 corrected reviews, which ones were about late replies?",
    "Hongze 2024 — the 31 'not held' requests, what were they about?",
])
def test_members_of_a_quoted_count_get_no_number(svc, question):
    rec = _ask(svc, question)
    assert rec["found"] is False and rec["value"] is None
    assert _numbers(rec["answer"]) == []


@pytest.mark.parametrize("question, key, value", [
    # a part of a quoted count is a count of its own, and is read as one
    ("淮安2024年那351件复议里，被纠正的有多少件", "appeals.review.corrected", 64),
    ("Of the 351 reviews Huai'an had in 2024, how many were corrected?", "appeals.review.corrected", 64),
    # a count confirmed, not asked about its members
    ("淮安市2024年行政复议是351件吗", "appeals.review.total", 351),
])
def test_a_count_of_a_part_of_a_quoted_count_is_answered(svc, question, key, value):
    rec = _ask(svc, question)
    assert rec["value"] == value and key in _keys(rec)
