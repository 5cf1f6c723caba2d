"""Two reports of one body and year (issue 15): both kept, answers say which one is used.

The seed report (涧西区 2020, 17 applications received) is ingested with a near-copy holding the
same numbers (one report, no note), then a re-issue printing 19 (different numbers: two
reports). Answers then use the later ingested and say so; staff mark the other primary (CLI,
then the HTTP API of the real app) and the answer switches, each mark in the audit log; the
staff view lists the pair.
"""
from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

import pytest

from tests.app_process import running_app
from tests.conftest import SEED, make_settings
from tests.test_exports import HashEmbedder  # stand-in vectors: this is about facts, not the model

Q = "涧西区2020年收到多少政府信息公开申请？"
ROW = "一、本年新收政府信息公开申请数量 17 0 0 0 0 0 17"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from service import Nianbao

    root = tmp_path_factory.mktemp("dups")
    text = SEED.read_text(encoding="utf-8")
    assert ROW in text, "the seed report's table changed: update ROW"
    files = {"seed": root / "jianxi_2020.txt", "copy": root / "jianxi_2020_copy.txt",
             "reissue": root / "jianxi_2020_corrected.txt"}
    files["seed"].write_text(text, encoding="utf-8")
    files["copy"].write_text(text + "\n\n（本文件为转载副本）\n", encoding="utf-8")  # other bytes, same numbers
    files["reissue"].write_text(text.replace(ROW, ROW.replace("17", "19")), encoding="utf-8")
    svc = Nianbao(make_settings(root / "store"), embedder=HashEmbedder())
    yield {"svc": svc, "files": files, "root": root}


def _ids(svc) -> dict[str, str]:
    return {Path(r.source).name: r.id for r in svc.facts.list_reports()}


def test_same_numbers_is_one_report(world):
    svc, f = world["svc"], world["files"]
    for name in ("seed", "copy"):
        assert svc.add_paths([f[name]])[0].status == "added"
    rec = svc.ask(Q).record
    assert rec["value"] == 17
    assert "duplicates" not in rec["reports"][0] and "注意" not in rec["answer"]
    assert svc.duplicate_pairs() == []


def test_reissue_is_kept_and_named(world):
    svc, f = world["svc"], world["files"]
    time.sleep(1.1)  # ingested_at has one-second resolution: the re-issue is the later one
    assert svc.add_paths([f["reissue"]])[0].status == "added"
    ids = _ids(svc)
    assert len(ids) == 3  # nothing replaced: every file kept
    rec = svc.ask(Q).record
    assert rec["value"] == 19, rec["answer"]  # the later ingested
    used = rec["reports"][0]
    assert used["id"] == ids[f["reissue"].name] and used["chosen_by"] == "later"
    # one entry for the seed and its near-copy (the best file of the two stands for both)
    assert len(used["duplicates"]) == 1 and used["duplicates"][0] in (ids[f["seed"].name], ids[f["copy"].name])
    other = next(n for n, i in ids.items() if i == used["duplicates"][0])
    assert "2份数字不同的报告" in rec["answer"] and f["reissue"].name in rec["answer"]
    assert "较晚入库" in rec["answer"] and other in rec["answer"]
    en = svc.ask("How many applications did Jianxi District receive in 2020?").record
    assert en["value"] == 19 and "2 reports of" in en["answer"] and "the later ingested" in en["answer"]
    pairs = svc.duplicate_pairs()
    assert len(pairs) == 1 and pairs[0]["year"] == 2020 and pairs[0]["chosen_by"] == "later"
    assert [r["used"] for r in pairs[0]["reports"]] == [True, False]
    assert "requests.received.total" in pairs[0]["reports"][1]["differs"]


def test_staff_mark_primary_by_cli_switches_and_is_audited(world, monkeypatch, capsys):
    import ingest.__main__ as ingest_cli

    svc, f = world["svc"], world["files"]
    seed_id = _ids(svc)[f["seed"].name]
    monkeypatch.setattr(ingest_cli, "_service", lambda load_model=True: svc)
    capsys.readouterr()
    assert ingest_cli.main(["set-primary", seed_id[:12]]) == 0
    assert "now the primary report" in capsys.readouterr().out
    assert ingest_cli.main(["list"]) == 0
    listed = capsys.readouterr().out
    assert "1 body-years held in reports with different numbers" in listed and f"* {seed_id[:12]}" in listed
    rec = svc.ask(Q).record
    assert rec["value"] == 17 and rec["reports"][0]["id"] == seed_id
    assert rec["reports"][0]["chosen_by"] == "staff" and "工作人员标记的主报告" in rec["answer"]
    audit = [a for a in svc.facts.audit_log() if a.action == "primary"]
    assert [(a.report_id, a.actor) for a in audit] == [(seed_id, "cli")]


def test_staff_view_lists_the_pair(world, monkeypatch):
    import web.staff_ui as staff_ui

    monkeypatch.setattr(staff_ui, "service", lambda: world["svc"])
    note, table = staff_ui.duplicates_view()
    assert note.startswith("1 ")
    assert list(table["文件 file"]) == [world["files"]["seed"].name, world["files"]["reissue"].name]
    assert list(table["答案使用 used"]) == ["✓", ""] and "marked primary" in table["依据 why"][0]


def test_staff_mark_primary_over_http(world):
    """The real app over the same store: the staff route marks the re-issue primary (audited),
    the pair route and a fact answer over HTTP follow."""
    svc, f, root = world["svc"], world["files"], world["root"]
    reissue = _ids(svc)[f["reissue"].name]
    (root / "empty").mkdir(exist_ok=True)
    with running_app(root / "store", root / "empty", root / "app.log", wait_for_ui=False,
                     staff_token="s3cret") as url:
        def call(method: str, path: str, body: dict | None = None, token: str | None = None):
            req = urllib.request.Request(url + path, method=method, data=json.dumps(body).encode() if body else None,
                                         headers={"Content-Type": "application/json",
                                                  **({"Authorization": f"Bearer {token}"} if token else {})})
            try:
                with urllib.request.urlopen(req, timeout=120) as r:
                    return r.status, json.loads(r.read())
            except urllib.error.HTTPError as e:
                return e.code, None

        assert call("POST", f"/api/v1/reports/{reissue}/primary")[0] == 401  # no token: refused
        status, _ = call("POST", f"/api/v1/reports/{reissue}/primary", token="s3cret")
        assert status == 200
        status, pairs = call("GET", "/api/v1/duplicates")
        assert status == 200 and pairs["total"] == 1 and pairs["items"][0]["chosen_by"] == "staff"
        assert pairs["items"][0]["reports"][0]["id"] == reissue
        status, rec = call("POST", "/api/v1/ask", {"question": Q})
        assert status == 200 and rec["value"] == 19 and rec["reports"][0]["duplicates"]
    audit = [a for a in svc.facts.audit_log() if a.action == "primary"]  # newest first
    assert [(a.report_id, a.actor) for a in audit][0] == (reissue, "staff (api)")


def test_schema_5_migration_adds_primary_mark(tmp_path):
    """A version-4 fact store (no ``primary_at``) is backed up, then migrated to 5 on open."""
    from sqlalchemy import inspect, text

    from stores.facts.schema import SCHEMA_VERSION, open_engine

    assert SCHEMA_VERSION >= 5
    db = tmp_path / "facts.sqlite"
    engine = open_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE reports DROP COLUMN primary_at"))
        conn.execute(text("UPDATE schema_info SET version = 4"))
    engine.dispose()
    engine = open_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar_one() == SCHEMA_VERSION
        assert "primary_at" in {c["name"] for c in inspect(conn).get_columns("reports")}
    assert (tmp_path / "facts.sqlite.v4.bak").is_file()
