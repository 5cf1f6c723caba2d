"""The fact store: schema, whole-report writes, replacement, journal, agency entities.

Runs against SQLite always, and against PostgreSQL too when NIANBAO_TEST_PG_URL is set
(.ci/run starts a real server and sets it).
"""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from stores.facts import SCHEMA_VERSION, FactStore, NewReport, text_to_value, value_to_text

PG_URL = os.environ.get("NIANBAO_TEST_PG_URL")


@pytest.fixture(params=["sqlite"] + (["postgresql"] if PG_URL else []))
def store(request, tmp_path):
    if request.param == "sqlite":
        s = FactStore(f"sqlite:///{tmp_path / 'facts.sqlite'}")
        yield s
        s.close()
        return
    # a fresh database per test on the server
    name = "nianbao_test_" + uuid.uuid4().hex[:8]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    s = FactStore(url)
    yield s
    s.close()
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name}"))
    admin.dispose()


def _save(store, rid="r1", agency="涧西区人民政府办公室", year=2020, source="/x/a.txt", value=17, replaces=None,
          aliases=("涧西区政府办",)):
    store.save_report(NewReport(
        id=rid, agency=agency, region="涧西区", aliases=list(aliases), year=year, title="t",
        format="2019", source=source, kind="txt",
        facts=[{"key": "requests.received.total", "value": value, "raw": str(value), "derived": False, "evidence": "e"},
                {"key": "active.procurement.amount", "value": 28.6232, "raw": "28.6232", "derived": False},
                {"key": "active.fees.change", "value": None, "raw": "/", "derived": False},
                {"key": "requests.withheld.total", "value": 0, "raw": "", "derived": True}],
        checks=[{"name": "balance:total", "status": "pass", "detail": "17 + 0 = 15 + 2"},
                {"name": "row:granted", "status": "fail", "detail": "13 != 12"}],
        chunks=[{"id": rid + "-c0", "position": 0, "section": 1, "section_title": "总体情况", "text": "正文"}],
        warnings=[]), replaces=replaces,
    )


def test_schema_version_and_reopen(tmp_path):
    url = f"sqlite:///{tmp_path / 'f.sqlite'}"
    s = FactStore(url)
    assert s.schema_version() == SCHEMA_VERSION
    _save(s)
    s.close()
    s2 = FactStore(url)  # migrate() on an existing store keeps the data
    assert s2.schema_version() == SCHEMA_VERSION
    assert s2.counts()["reports"] == 1


def test_exact_values_round_trip(store):
    _save(store)
    vals = store.fact_values("r1")
    assert vals["requests.received.total"] == 17 and isinstance(vals["requests.received.total"], int)
    assert vals["active.procurement.amount"] == 28.6232
    assert vals["active.fees.change"] is None
    derived = [f for f in store.facts_for("r1") if f.derived]
    assert [f.key for f in derived] == ["requests.withheld.total"]
    assert store.get_report("r1").n_facts == 3  # printed facts only


def test_value_text_is_exact():
    for v in [0, 17, 3985758, 28.6232, 96171.6, 160.5964, None]:
        assert text_to_value(value_to_text(v)) == v


def test_save_is_whole_and_idempotent(store):
    _save(store)
    _save(store)  # same id again: replaced in place, not duplicated
    c = store.counts()
    assert (c["reports"], c["facts"], c["chunks"], c["agencies"]) == (1, 4, 1, 1)


def test_failed_write_leaves_store_unchanged(store):
    _save(store)
    before = store.counts()
    with pytest.raises(Exception):
        store.save_report(NewReport(
            id="r2", agency="x", year=2021, format="2021", source="/x/b.txt", kind="txt",
            facts=[{"key": "requests.received.total", "value": 1, "raw": "1"}],
            chunks=[{"id": "r1-c0", "position": 0, "section": 1, "text": "dup id"}],  # primary-key clash
        ))
    assert store.counts() == before
    assert store.get_report("r2") is None


def test_replace_journals_cleanup_in_same_transaction(store):
    _save(store, rid="old", source="/x/a.txt")
    _save(store, rid="new", source="/x/a.txt", value=18, replaces={"old": ["old-c0"]})
    assert store.get_report("old") is None
    assert store.fact_values("new")["requests.received.total"] == 18
    assert ("old", "cleanup", ["old-c0"]) in store.pending_journal()
    store.journal_clear("old")
    assert store.pending_journal() == []


def test_agency_entity_keeps_aliases_and_years(store):
    _save(store, rid="a", year=2020)
    _save(store, rid="b", year=2021, source="/x/b.txt", aliases=("涧西区人民政府",))
    agencies = store.list_agencies()
    assert len(agencies) == 1
    assert set(agencies[0].aliases) == {"涧西区政府办", "涧西区人民政府"}
    assert agencies[0].region == "涧西区"
    assert store.years_by_agency() == {"涧西区人民政府办公室": [2020, 2021]}
    assert [r.year for r in store.reports_for(["涧西区人民政府办公室"], [2021])] == [2021]


def test_failed_checks_listed(store):
    _save(store)
    failed = store.failed_checks()
    assert [(r.id, c.name) for r, c in failed] == [("r1", "row:granted")]


def test_delete_report_journals_vectors(store):
    _save(store)
    assert store.delete_report("r1", vector_ids=["r1-c0"])
    assert store.counts()["reports"] == 0 and store.counts()["facts"] == 0
    assert store.pending_journal() == [("r1", "cleanup", ["r1-c0"])]
    assert not store.delete_report("r1")


def test_version_changes_with_every_write(store):
    v0 = store.version()
    _save(store)
    v1 = store.version()
    store.delete_report("r1")
    assert v0 < v1 < store.version()


def test_migrates_a_version_1_store(tmp_path):
    """A store written by schema 1 (no store_state table) opens and is migrated forward."""
    import sqlite3

    path = tmp_path / "old.sqlite"
    s = FactStore(f"sqlite:///{path}")
    _save(s)
    s.close()
    con = sqlite3.connect(path)
    con.execute("DROP TABLE store_state")
    con.execute("UPDATE schema_info SET version = 1")
    con.commit()
    con.close()
    s2 = FactStore(f"sqlite:///{path}")
    assert s2.schema_version() == SCHEMA_VERSION and s2.version() == 0
    assert s2.fact_values("r1")["requests.received.total"] == 17
    _save(s2, rid="r2", source="/x/b.txt")
    assert s2.version() == 1
