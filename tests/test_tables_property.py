"""Mangled tables never crash the parser and never yield a wrong number without a warning.

Real reports are built from the seed (2019, every row labelled on its line), 沭阳 2025
(2021, Markdown, every table-三 row labelled) and 淮安 2024 as PDF text (2021, vertical labels,
rows whose label sits on other lines). Hypothesis drops cells, shuffles lines, inserts garbage
lines and truncates the text; every fact the parser still emits must equal the gold value of
its key, unless the parser raised at least one warning.

Shuffles are applied only where each row carries its own label on its line (the seed's three
tables, 沭阳's table 三): where a label stands on another line than its numbers (淮安's PDF text,
沭阳's table-四 headings), swapping two lines is undetectable by any parser — the text itself
then says something else.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vocab.keys import info
from ingest.tables import parse_tables
from tests.conftest import GOLD, SEED


def _case(text_path: Path, gold_name: str, shuffle_from: str, shuffle_to: str) -> dict | None:
    if not text_path.exists() or not (GOLD / gold_name).exists():
        return None
    text = text_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    gold = json.loads((GOLD / gold_name).read_text(encoding="utf-8"))["facts"]

    def find(sub: str) -> int:
        return next(i for i, line in enumerate(lines) if sub in line)

    start, end = find("二、主动公开政府信息情况"), find("五、")
    return {
        "lines": lines,
        "gold": gold,
        "tables": (start, end),
        "shuffle": (find(shuffle_from), find(shuffle_to)),
    }


CORPUS = GOLD.parent
CASES = {
    "seed": _case(SEED, "seed_jianxi_2020.json", "二、主动公开政府信息情况", "五、"),
    "shuyang": _case(
        CORPUS / "006_shuyangxian_2025.txt", "006_shuyangxian_2025.json",
        "一、本年新收政府信息公开申请数量", "## 四、政府信息公开行政复议"),
    "huaian": _case(
        CORPUS / "001_huaian_2024_spaces.txt", "001_huaian_2024_spaces.json",
        "二、主动公开政府信息情况", "二、主动公开政府信息情况"),  # no shuffle
}

GARBAGE = st.text(
    alphabet=list("0123456789 -/|.—、（）") + list("规章其他处理申请总计予以公开结果维持五六元万不适用"),
    max_size=40,
)


@st.composite
def mangled(draw, name: str) -> str:
    case = CASES[name]
    lines = list(case["lines"])
    lo, hi = case["tables"]
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["drop", "garbage", "shuffle", "truncate"]))
        hi = min(hi, len(lines))
        if op == "drop" and hi > lo:
            i = draw(st.integers(lo, hi - 1))
            sep = "|" if "|" in lines[i] else None
            cells = lines[i].split(sep)
            if len(cells) > 1:
                del cells[draw(st.integers(0, len(cells) - 1))]
                lines[i] = ("|" if sep else " ").join(cells)
        elif op == "garbage":
            lines.insert(draw(st.integers(lo, hi)), draw(GARBAGE))
            hi += 1
        elif op == "shuffle":
            a, b = case["shuffle"]
            if b - a > 1 and b <= len(lines):
                block = lines[a:b]
                lines[a:b] = draw(st.permutations(block))
        elif op == "truncate":
            text = "\n".join(lines)
            start = len("\n".join(lines[:lo]))
            cut = draw(st.integers(start, len(text)))
            lines = text[:cut].split("\n")
    return "\n".join(lines)


def _assert_no_silent_error(name: str, text: str) -> None:
    ex = parse_tables(text)  # must not raise
    gold = CASES[name]["gold"]
    wrong = [
        (f.key, f.value, gold.get(f.key, "<not printed>"))
        for f in ex.facts
        if not f.derived and (f.key not in gold or gold[f.key] != f.value)
    ]
    if wrong:
        assert ex.warnings, f"wrong facts without any warning: {wrong[:5]}"


SETTINGS = settings(
    max_examples=int(__import__('os').environ.get('NIANBAO_PROPERTY_EXAMPLES', 120)), deadline=None,
    derandomize=not __import__('os').environ.get('NIANBAO_PROPERTY_RANDOM'),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c is not None])
def test_unmangled_text_has_no_warning(name: str) -> None:
    ex = parse_tables("\n".join(CASES[name]["lines"]))
    assert ex.warnings == []
    assert {f.key: f.value for f in ex.facts if not f.derived} == CASES[name]["gold"]


@pytest.mark.skipif(CASES["seed"] is None, reason="gold files absent")
@SETTINGS
@given(st.data())
def test_mangled_seed(data) -> None:
    _assert_no_silent_error("seed", data.draw(mangled("seed")))


@pytest.mark.skipif(CASES["shuyang"] is None, reason="../shared/corpus is absent")
@SETTINGS
@given(st.data())
def test_mangled_2021_markdown(data) -> None:
    _assert_no_silent_error("shuyang", data.draw(mangled("shuyang")))


@pytest.mark.skipif(CASES["huaian"] is None, reason="../shared/corpus is absent")
@SETTINGS
@given(st.data())
def test_mangled_2021_pdf_text(data) -> None:
    _assert_no_silent_error("huaian", data.draw(mangled("huaian")))


@given(st.text(max_size=400))
@settings(max_examples=150, deadline=None)
def test_arbitrary_text_never_crashes(text: str) -> None:
    ex = parse_tables(text)
    assert ex.format in ("2019", "2021", "unknown")
    assert all(info(f.key) is not None for f in ex.facts)  # only catalogue keys
