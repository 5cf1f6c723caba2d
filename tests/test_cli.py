"""The CLIs as a user runs them: python -m ingest … and python -m rag ask …"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow


def run(args, store, stdin=None, check=True):
    env = {**os.environ, "NIANBAO_STORE_DIR": str(store), "HF_HUB_OFFLINE": "1"}
    p = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, input=stdin, capture_output=True,
                       text=True, timeout=600)
    if check:
        assert p.returncode == 0, p.stderr[-2000:]
    return p


def test_extract_prints_the_spec_record_without_a_store(tmp_path):
    store = tmp_path / "store"
    p = run(["-m", "ingest", "extract", str(SEED), "--json"], store)
    rec = json.loads(p.stdout)
    assert set(rec) == {"source", "sha256", "agency", "year", "format", "facts", "checks", "warnings"}
    printed = {f["key"]: f["value"] for f in rec["facts"] if not f["derived"]}
    assert len(printed) == 198 and printed["requests.received.total"] == 17
    assert printed["active.procurement.amount"] == 28.6232
    assert all(c["status"] == "pass" for c in rec["checks"]) and rec["warnings"] == []
    assert not store.exists()  # no store touched


def test_extract_bad_file_is_one_clear_error(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    p = run(["-m", "ingest", "extract", str(bad), "--json"], tmp_path / "store", check=False)
    assert p.returncode == 2 and "empty" in p.stderr.lower()


def test_add_list_facts_checks_search_ask_remove(tmp_path):
    store = tmp_path / "store"
    sample = ROOT / "data" / "samples" / "sample_3_2023_pipes.txt"
    p = run(["-m", "ingest", "add", "--keep-going", str(SEED), str(sample), str(tmp_path / "missing.txt")], store,
            check=False)
    assert p.returncode == 1 and "2 added, 1 failed" in p.stdout  # the good files are stored, the failure counted
    again = run(["-m", "ingest", "add", str(SEED)], store)
    assert "1 unchanged" in again.stdout
    listing = json.loads(run(["-m", "ingest", "list", "--json"], store).stdout)
    seed_id = next(r["id"] for r in listing if r["year"] == 2020)
    facts = run(["-m", "ingest", "facts", seed_id[:10]], store).stdout
    assert "三、收到和处理政府信息公开申请情况" in facts and "17" in facts
    assert "0 failed checks" in run(["-m", "ingest", "checks"], store).stdout
    hits = run(["-m", "ingest", "search", "存在的主要问题", "-k", "3"], store).stdout
    assert "section 5" in hits
    batch = run(["-m", "rag", "ask", "--json", "--batch", "-"], store,
                stdin="涧西区2020年有多少申请不予公开？\nHow many applications did it receive?\n").stdout
    records = [json.loads(line) for line in batch.splitlines()]
    assert records[0]["value"] == 0 and records[0]["found"] is True
    # each batch line stands alone (no context): with two bodies held, "it" is ambiguous
    assert records[1]["found"] is False and records[1]["value"] is None
    run(["-m", "ingest", "remove", seed_id[:12]], store)
    assert len(json.loads(run(["-m", "ingest", "list", "--json"], store).stdout)) == 1
