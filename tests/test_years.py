"""Answers over several years of one body (issue 13, ``rag.years``): totals over a range, the
trend over every held year, relative years said in the answer.

One module-scoped fact store holds the bundled reports of data/ (the seed and the generated
samples) read by the real parser (``ingest.prepare``) and written by the real ``FactStore``;
the real engine answers over it (no retriever: these are all fact questions, and no model is
needed). Expected numbers are read back from the store, never written here.
"""
from __future__ import annotations

import re

import pytest

from ingest import loaders
from ingest.prepare import prepare
from ingest.samples import is_generated
from rag import years as years_mod
from rag.engine import Engine
from stores.facts import FactStore, NewReport
from tests.conftest import ROOT, make_settings

HEXI = "洛阳市河西区人民政府办公室"
JIANXI = "涧西区人民政府办公室"
RECEIVED = "requests.received.total"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("years_store")
    settings = make_settings(tmp / "store")
    store = FactStore(f"sqlite:///{tmp / 'facts.sqlite'}")
    for path in loaders.iter_report_files([ROOT / "data"]):
        prep = prepare(path, settings)
        rec, meta = prep.record, prep.meta
        store.save_report(NewReport(
            id=prep.doc.sha256, agency=rec.get("agency"), year=rec.get("year"), format=rec.get("format", "unknown"),
            source=str(path), kind=prep.doc.kind, region=getattr(meta, "region", None),
            title=getattr(meta, "title", None), aliases=list(getattr(meta, "aliases", []) or []),
            facts=rec["facts"], checks=rec["checks"], warnings=list(rec.get("warnings", [])),
            sample=is_generated(path)))
    eng = Engine(store.reader())
    eng.refresh(force=True)
    yield eng
    store.close()


def value_of(engine, agency: str, year: int, key: str = RECEIVED):
    rep = engine._primary[(agency, year)]
    return engine.store.fact_values(rep.id)[key]


def held(engine, agency: str) -> list[int]:
    return engine.store.years_by_agency()[agency]


def ask(engine, question: str, **kw):
    return engine.ask(question, **kw)


# -- totals over a range -------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "河西区2020到2022年收到的申请一共多少？",
    "河西区2020-2022年收到的申请合计是多少",
    "How many applications did Hexi receive from 2020 to 2022 in total?",
])
def test_a_range_total_gives_every_year_and_their_sum(engine, question):
    years = [2020, 2021, 2022]
    assert all(y in held(engine, HEXI) for y in years)
    r = ask(engine, question).record
    each = [value_of(engine, HEXI, y) for y in years]
    assert (r["found"], r["operation"], r["value"]) == (True, "sum", sum(each)), r["answer"]
    assert [f["key"] for f in r["facts"]] == [RECEIVED] * 3
    assert [f["value"] for f in r["facts"]] == each
    assert sorted(rep["year"] for rep in r["reports"]) == years
    for f in r["facts"]:  # every year cited
        assert f["citation"] in r["answer"]
    assert str(sum(each)) in r["answer"]
    if r["language"] == "zh":
        assert "合计" in r["answer"] and all(f"{y}年{v}件" in r["answer"] for y, v in zip(years, each))
    else:
        assert f"total {sum(each)}" in r["answer"] and all(f"{y}: {v}" in r["answer"] for y, v in zip(years, each))


@pytest.mark.parametrize("question, missing_words, label", [
    ("河西区2019到2022年收到的申请一共多少？", "没有洛阳市河西区人民政府办公室2019年的报告", "只含有数字的2020–2022年"),
    ("How many applications did Hexi receive from 2019 to 2022 in total?",
     "no report of 洛阳市河西区人民政府办公室 for 2019", "only the years with a figure, 2020–2022"),
])
def test_a_range_with_a_year_not_held_says_so_and_gives_no_total(engine, question, missing_words, label):
    """A year of the range has no report: the total asked is not known — no value; the held years' figures and
    their own sum are said as such (forty-second session: it had been given as the answer's value)."""
    assert 2019 not in held(engine, HEXI)
    r = ask(engine, question).record
    total = sum(value_of(engine, HEXI, y) for y in (2020, 2021, 2022))
    assert (r["found"], r["value"]) == (False, None), r["answer"]
    assert missing_words in r["answer"] and label in r["answer"]
    assert r["answer"].index(missing_words) < r["answer"].index(str(total))  # said before the total
    assert sorted(rep["year"] for rep in r["reports"]) == [2020, 2021, 2022]


def test_a_range_with_no_year_held_gives_no_number(engine):
    r = ask(engine, "河西区2015到2017年收到的申请一共多少？").record
    assert (r["found"], r["value"], r["facts"]) == (False, None, [])
    assert "2015–2017" in r["answer"] and "2020、2021、2022" in r["answer"]


def test_a_total_of_two_quantities_over_two_years(engine):
    r = ask(engine, "河西区2020年和2022年予以公开和部分公开一共多少？").record
    keys = ["requests.granted.total", "requests.partially_granted.total"]
    want = sum(value_of(engine, HEXI, y, k) for y in (2020, 2022) for k in keys)
    assert (r["found"], r["operation"], r["value"]) == (True, "sum", want), r["answer"]
    assert sorted(f["key"] for f in r["facts"]) == sorted(keys * 2)


# -- the trend over every held year -----------------------------------------------------------------
def _table_rows(answer: str) -> list[list[str]]:
    rows = [line.strip("| ").split(" | ") for line in answer.splitlines() if line.startswith("|")]
    return rows[2:]  # without the head and the rule


@pytest.mark.parametrize("question", [
    "河西区收到的申请这几年有啥变化",
    "河西区收到申请的历年变化",
    "How has the number of applications received by Hexi changed over the years?",
])
def test_the_trend_is_a_table_of_every_held_year(engine, question):
    years = held(engine, HEXI)
    assert len(years) >= 3
    ans = ask(engine, question)
    r = ans.record
    values = [value_of(engine, HEXI, y) for y in years]
    assert (r["found"], r["operation"], r["value"]) == (True, "trend", None), r["answer"]
    rows = _table_rows(r["answer"])
    assert [row[0] for row in rows] == [str(y) for y in years]
    assert [int(row[1]) for row in rows] == values
    for row, prev, cur in zip(rows[1:], values, values[1:]):  # the change on the year before
        diff = cur - prev
        assert row[2].startswith("0" if diff == 0 else f"{diff:+d}"), row
    first_last = values[-1] - values[0]
    assert f"{years[0]}" in r["answer"] and (f"{first_last:+d}" in r["answer"] or first_last == 0)
    assert [f["value"] for f in r["facts"]] == values and len(r["reports"]) == len(years)
    assert all(f["citation"] in r["answer"] for f in r["facts"])
    assert ans.table_html and ans.table_html.count("<tr>") == len(years) + 1


def test_the_trend_of_every_body_with_several_years(engine):
    for agency, years in engine.store.years_by_agency().items():
        if len(years) < 2:
            continue
        r = ask(engine, f"{agency}历年收到的申请有什么变化").record
        assert r["operation"] == "trend" and r["value"] is None, (agency, r["answer"])
        assert [int(row[1]) for row in _table_rows(r["answer"])] == [value_of(engine, agency, y) for y in years]


def test_a_trend_follow_up_keeps_the_trend_and_a_year_gives_its_value(engine):
    first = ask(engine, "河西区收到的申请这几年有啥变化")
    withheld = engine.ask("那不予公开的呢？", context=first.query)
    r = withheld.record
    assert r["operation"] == "trend", r["answer"]
    assert [f["key"] for f in r["facts"]] == ["requests.withheld.total"] * len(held(engine, HEXI))
    one = engine.ask("那2021年呢？", context=withheld.query).record
    assert (one["operation"], one["value"]) == ("value", value_of(engine, HEXI, 2021, "requests.withheld.total"))


def test_a_change_between_two_years_stays_a_difference(engine):
    r = ask(engine, "河西区2020到2021年收到申请的变化").record
    assert (r["operation"], r["value"]) == ("difference", value_of(engine, HEXI, 2021) - value_of(engine, HEXI, 2020))


def test_a_body_with_one_year_cannot_show_a_trend(engine):
    assert held(engine, JIANXI) == [2020]
    r = ask(engine, "涧西区收到的申请这几年有啥变化").record
    assert r["found"] is False and r["value"] is None and "2020" in r["answer"]


# -- relative years, resolved and said ------------------------------------------------------------
@pytest.mark.parametrize("question, word, offset", [
    ("河西区去年收到多少申请？", "去年", 1),
    ("河西区前年收到多少申请？", "前年", 2),
    ("河西区今年收到多少申请？", "今年", 0),
    ("How many applications did Hexi receive last year?", "last year", 1),
    ("How many applications did Hexi receive the year before last?", "the year before last", 2),
])
def test_a_relative_year_is_resolved_from_the_newest_report_and_said(engine, question, word, offset):
    newest = max(held(engine, HEXI))
    year = newest - offset
    r = ask(engine, question).record
    assert (r["found"], r["value"]) == (True, value_of(engine, HEXI, year)), r["answer"]
    assert [rep["year"] for rep in r["reports"]] == [year]
    assert r["answer"].startswith(f"{word} = {year}"), r["answer"]
    assert str(newest) in r["answer"].split("。")[0].split(". ")[0]  # the newest report held, said


def test_a_relative_year_not_held_is_said_and_answers_nothing(engine):
    r = ask(engine, "涧西区去年收到多少申请？").record
    assert r["found"] is False and r["value"] is None
    assert r["answer"].startswith("去年 = 2019年") and "最新的报告是2020年" in r["answer"]


def test_the_year_before_in_a_follow_up_counts_from_the_year_discussed(engine):
    first = ask(engine, "河西区2022年收到多少申请？")
    r = engine.ask("那上一年呢？", context=first.query).record
    assert r["value"] == value_of(engine, HEXI, 2021) and r["answer"].startswith("上一年 = 2021年")


def test_no_note_when_the_year_is_written_or_set_by_a_filter(engine):
    written = ask(engine, "河西区2021年收到多少申请？").record["answer"]
    assert " = " not in written.split("。")[0]
    filtered = ask(engine, "河西区去年收到多少申请？", year=2020).record
    assert filtered["reports"][0]["year"] == 2020 and not filtered["answer"].startswith("去年 =")


def test_compared_with_last_year_names_last_year(engine):
    newest = max(held(engine, HEXI))
    r = ask(engine, "河西区收到的申请比去年增加了多少？").record
    assert r["operation"] == "difference"
    assert r["value"] == value_of(engine, HEXI, newest) - value_of(engine, HEXI, newest - 1)
    assert r["answer"].startswith(f"去年 = {newest - 1}年")


# -- the cue words, alone ---------------------------------------------------------------------------
@pytest.mark.parametrize("question, trend", [
    ("这几年有啥变化", True), ("历年变化", True), ("收到的申请逐年怎么变", True), ("近年来趋势如何", True),
    ("how has it changed over the years", True), ("show the trend", True), ("each year's applications", True),
    ("2020到2021年增加了多少", False), ("How did it change from 2023 to 2024?", False), ("去年收到多少", False),
])
def test_trend_words(question, trend):
    assert years_mod.is_trend(question) is trend


def test_relative_words_are_the_lexicons():
    assert years_mod._relative_word("河西区上年度收到多少") == ("上年度", "last")
    assert years_mod._relative_word("What about the year before last?") == ("the year before last", "before_last")
    assert years_mod._relative_word("河西区2021年收到多少") is None
    assert re.search(r"\d", years_mod.relative_note("河西区2021年收到多少", None, {}, "zh")) is None


def test_the_chat_shows_the_trend_as_a_table_with_the_first_to_last_change(engine):
    from web.render import answer_markdown

    ans = ask(engine, "河西区收到的申请这几年有啥变化")
    shown = answer_markdown(ans.record, ans.table_html)
    assert ans.table_html in shown and "|---|" not in shown  # the HTML table, not the Markdown one
    years = held(engine, HEXI)
    assert f"{years[0]}年→{years[-1]}年" in shown and "《" not in shown  # citations go to the source line
