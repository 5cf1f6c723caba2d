"""A cell printed blank is stored blank (raw "") and answered as blank — never a bare 0, never
"not found" — with what the table's own sums imply when they settle it.

Real report texts from ../shared/corpus: 009 (上海市政府办公厅 2019, an HTML report that prints
many cells blank), 003 (淮安 2024, pipe rows) with one cell of table 三 emptied, and the seed
report (涧西区 2020, PDF text with spaces) with table 四's row of values removed, so that the
table is printed with every cell blank. Parsed by the real parser, saved in a real fact store,
asked through the real engine (no vectors needed for table questions).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import GOLD, SEED

GRANTED_ROW = "三、本年度办理结果 | （一）予以公开 |  | 1288 | 21 | 0 | 0 | 50 | 3 | 1362"


def _huaian_with_blank_cell(corpus: Path, tmp: Path) -> Path:
    text = (corpus / "003_huaian_2024_pipes.txt").read_text(encoding="utf-8")
    assert GRANTED_ROW in text
    p = tmp / "huaian_2024_blank_cell.txt"
    p.write_text(text.replace(GRANTED_ROW, GRANTED_ROW.replace("| 1288 |", "|  |")), encoding="utf-8")
    return p


def _jianxi_with_blank_appeals(tmp: Path) -> Path:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    values = "1 0 0 0 1 1 0 0 0 1 1 0 0 0 1"
    assert lines.count(values) == 1
    p = tmp / "jianxi_2020_blank_table4.txt"
    p.write_text("\n".join(line for line in lines if line != values), encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def world(corpus, tmp_path_factory):
    from ingest.extract import extract_file
    from rag.engine import Engine
    from stores.facts import FactStore, NewReport

    tmp = tmp_path_factory.mktemp("blank_cells")
    records = {}
    store = FactStore(f"sqlite:///{tmp / 'facts.sqlite'}")
    for name, path in [("shanghai", corpus / "009_shanghai_bgt_2019.html"),
                       ("huaian", _huaian_with_blank_cell(corpus, tmp)),
                       ("jianxi", _jianxi_with_blank_appeals(tmp))]:
        rec = extract_file(path)
        records[name] = rec
        store.save_report(NewReport(id=rec["sha256"], agency=rec["agency"], year=rec["year"], format=rec["format"],
                                    source=str(path), kind=path.suffix.lstrip("."), facts=rec["facts"],
                                    checks=rec["checks"], warnings=rec["warnings"]))
    return records, Engine(store.reader())


def _fact(rec: dict, key: str) -> dict:
    return next(f for f in rec["facts"] if f["key"] == key)


def test_printed_blank_cells_are_stored_blank(world):
    records, _ = world
    gold = json.loads((GOLD / "009_shanghai_bgt_2019.json").read_text(encoding="utf-8"))
    blank = set(gold["blank_cells"])
    assert blank
    for f in records["shanghai"]["facts"]:
        if f["key"] in blank:
            assert (f["raw"], f["value"]) == ("", 0), f  # a blank cell of a filled table reads as 0
        elif not f["derived"]:
            assert f["raw"].strip(), f  # every other printed cell keeps its printed text
    cell = _fact(records["huaian"], "requests.granted.natural_person")
    assert (cell["raw"], cell["value"]) == ("", 0)


def test_a_table_printed_without_numbers_is_stored_blank_without_values(world):
    records, _ = world
    rec = records["jianxi"]
    appeals = [f for f in rec["facts"] if f["key"].startswith("appeals.")]
    assert len(appeals) == 15
    assert all((f["raw"], f["value"]) == ("", None) for f in appeals)
    assert any("table 四" in w and "blank" in w for w in rec["warnings"])
    # the rest of the report is read as before, and no check pretends to judge the blank table
    assert _fact(rec, "requests.received.total")["value"] == 17
    assert not any(c["name"].startswith("appeals") and c["status"] == "fail" for c in rec["checks"])


def test_answer_says_blank_not_zero(world):
    _, engine = world
    r = engine.ask("上海市人民政府办公厅2019年科研机构新收申请多少件？").record
    # no sum of the table settles it (its neighbour 社会公益组织 is blank too): the template's 0, said as
    # the reading of a blank cell — never a bare "：0"
    assert r["found"] is True and r["value"] == 0, r["answer"]
    assert "留空" in r["answer"] and "空白格读作0" in r["answer"] and "：0" not in r["answer"]
    assert r["facts"][0]["key"] == "requests.received.research" and "空白" in r["facts"][0]["citation"]
    en = engine.ask("How many applications from research institutions did the Shanghai "
                    "government general office receive in 2019?").record
    assert "blank" in en["answer"] and "reads a blank cell" in en["answer"] and en["value"] == 0


def test_answer_gives_what_the_sums_imply(world):
    _, engine = world
    r = engine.ask("淮安市2024年予以公开的自然人申请有多少？").record
    # the value the table's own sums settle, from printed cells that the answer cites
    assert r["found"] is True and r["value"] == 1288, r["answer"]
    assert "留空" in r["answer"] and "1288" in r["answer"], r["answer"]  # 1362 − 21 − 0 − 0 − 50 − 3
    assert "1362" in r["answer"]
    keys = [f["key"] for f in r["facts"]]
    assert keys[0] == "requests.granted.natural_person" and len(keys) > 3, keys  # the blank cell, then the sum's terms
    assert all(str(f["raw"]).strip() for f in r["facts"][1:])  # terms are printed cells


def test_blank_table_is_answered_blank(world):
    _, engine = world
    r = engine.ask("涧西区2020年行政复议结果维持多少件？").record
    assert r["found"] is True and r["value"] is None, r["answer"]
    assert "留空" in r["answer"]
    assert "没有" not in r["answer"] and "无法读取" not in r["answer"]
