"""The seed report re-shaped into the other text shapes the parser must read, and the refusals.

Every variant is built from the real seed text, so the expected facts are the seed's gold.
"""
from __future__ import annotations

import json
import re

import pytest
from opencc import OpenCC

from ingest.tables import parse_tables
from tests.conftest import GOLD, SEED

TEXT = SEED.read_text(encoding="utf-8")
TABLE_START = TEXT.index("二、主动公开政府信息情况")
TABLE_END = TEXT.index("五、存在的主要问题及改进情况")
HEAD, TABLES, TAIL = TEXT[:TABLE_START], TEXT[TABLE_START:TABLE_END], TEXT[TABLE_END:]
ROW_RE = re.compile(r"^(\S.*?)((?:\s+[\d.]+)+)$")


@pytest.fixture(scope="module")
def gold() -> dict:
    path = GOLD / "seed_jianxi_2020.json"
    if not path.exists():
        pytest.skip("gold file absent")
    return json.loads(path.read_text(encoding="utf-8"))["facts"]


def printed(text: str) -> tuple[dict, list[str], str]:
    ex = parse_tables(text)
    return {f.key: f.value for f in ex.facts if not f.derived}, ex.warnings, ex.format


def reshape_rows(fn) -> str:
    """Apply ``fn(label, values) -> str`` to every table line that ends in numbers."""
    out = []
    for line in TABLES.splitlines():
        m = ROW_RE.match(line.strip())
        out.append(fn(m.group(1), m.group(2).split()) if m else line)
    return HEAD + "\n".join(out) + "\n" + TAIL


def test_traditional_characters(gold) -> None:
    facts, warnings, fmt = printed(OpenCC("s2t").convert(TEXT))
    assert (facts, warnings, fmt) == (gold, [], "2019")


def test_ascii_punctuation_and_numbering(gold) -> None:
    text = TEXT.translate(str.maketrans({"（": "(", "）": ")", "：": ":", "，": ","}))
    text = re.sub(r"^(\d)\.", r"\1、", text, flags=re.M)
    assert printed(text) == (gold, [], "2019")


def test_markdown_rows_with_and_without_separator(gold) -> None:
    def md(label, values):
        return "| " + " | ".join([label, *values]) + " |\n|---|" + "---|" * len(values)

    assert printed(reshape_rows(md)) == (gold, [], "2019")
    no_sep = reshape_rows(lambda label, values: "| " + " | ".join([label, *values]) + " |")
    assert printed(no_sep) == (gold, [], "2019")


def test_pipe_alone_on_a_line_between_rows(gold) -> None:
    text = reshape_rows(lambda label, values: " | ".join([label, *values]) + "\n|")
    assert printed(text) == (gold, [], "2019")


def test_one_cell_per_line(gold) -> None:
    text = reshape_rows(lambda label, values: "\n".join([label, *values]))
    assert printed(text) == (gold, [], "2019")


def test_dash_blank_and_not_applicable_cells() -> None:
    text = TEXT.replace("1.属于国家秘密 0 0 0 0 0 0 0", "1.属于国家秘密 - - / 不适用 — 0 0")
    ex = parse_tables(text)
    facts = {f.key: f for f in ex.facts}
    assert ex.warnings == []
    assert (facts["requests.withheld.state_secret.natural_person"].value, facts["requests.withheld.state_secret.natural_person"].raw) == (0, "-")
    assert facts["requests.withheld.state_secret.research"].value is None
    assert facts["requests.withheld.state_secret.public_interest"].value is None
    assert facts["requests.withheld.state_secret.legal_services"].value is None
    # a derived sum over a not-applicable cell is unknown, so it is not derived
    assert "requests.withheld.research" not in facts
    assert "requests.withheld.state_secret.legal_person" not in facts
    assert facts["requests.withheld.natural_person"].value == 0


def test_unreadable_cell_warns_and_keeps_the_others() -> None:
    text = TEXT.replace("（一）予以公开 13 0 0 0 0 0 13", "（一）予以公开 13 0 0 0 0 0 1O")
    ex = parse_tables(text)
    facts = {f.key: f.value for f in ex.facts}
    assert "requests.granted.total" not in facts
    assert facts["requests.granted.natural_person"] == 13
    assert any("requests.granted.total" in w and "'1O'" in w for w in ex.warnings)


def test_money_with_units() -> None:
    text = TEXT.replace("政府集中采购 8 28.6232", "政府集中采购 8 251000元")
    assert printed(text)[0]["active.procurement.amount"] == 25.1
    text = TEXT.replace("政府集中采购 8 28.6232", "政府集中采购 8 160.5964万元")
    assert printed(text)[0]["active.procurement.amount"] == 160.5964


def test_note_inside_a_cell(gold) -> None:
    text = TEXT.replace("规范性文件 2 2 2", "规范性文件 2（其中修订1件） 2 2")
    facts, warnings, _ = printed(text)
    assert (facts, warnings) == (gold, [])


def test_rows_out_of_order_are_placed_by_their_labels(gold) -> None:
    a = "（一）予以公开 13 0 0 0 0 0 13"
    b = "1.本机关不掌握相关政府信息 2 0 0 0 0 0 2"
    text = TEXT.replace(a, "@@A").replace(b, a).replace("@@A", b)
    facts, warnings, _ = printed(text)
    assert facts == gold
    assert any("labels disagree" in w for w in warnings)


def test_missing_row_warns_and_places_the_rest(gold) -> None:
    text = TEXT.replace("3.危及“三安全一稳定” 0 0 0 0 0 0 0\n", "")
    facts, warnings, _ = printed(text)
    assert not any(k.startswith("requests.withheld.security_stability.") for k in facts)
    assert {k: v for k, v in facts.items() if "security_stability" not in k} == {
        k: v for k, v in gold.items() if "security_stability" not in k
    }
    assert any("22 rows" in w for w in warnings)
    assert any("requests.withheld.security_stability" in w for w in warnings)


def test_row_with_a_cell_missing_is_not_read() -> None:
    text = TEXT.replace("（七）总计 15 0 0 0 0 0 15", "（七）总计 15 0 0 0 0 15")
    ex = parse_tables(text)
    keys = {f.key for f in ex.facts}
    assert not any(k.startswith("requests.total_processed.") for k in keys)
    assert any("6 values" in w for w in ex.warnings)


def test_appeals_with_a_value_missing_are_not_read() -> None:
    text = TEXT.replace("1 0 0 0 1 1 0 0 0 1 1 0 0 0 1", "1 0 0 0 1 1 0 0 0 1 1 0 0 1")
    ex = parse_tables(text)
    assert not any(f.key.startswith("appeals.") for f in ex.facts)
    assert ex.warnings
