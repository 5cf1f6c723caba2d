"""Parallel and distributed ingestion (issue 15): ``python -m ingest add --workers N`` and
``--shard i/n`` give the stores a single run gives, and a re-run changes nothing.

The CLI runs as real subprocesses (the real parser, model, stores). The servers case runs
two shards at the same time into a real PostgreSQL + Chroma server, each with its own store
folder (as two machines would), and compares with a single run into a fresh database and
collection; it runs when NIANBAO_TEST_PG_URL and NIANBAO_TEST_CHROMA_PORT are set
(`.ci/run` starts both with scripts/ci_services.sh) and skips otherwise.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest

from ingest.parallel import Shard, parse_shard, shard_files
from tests.conftest import ROOT, SEED, make_settings

PG_URL = os.environ.get("NIANBAO_TEST_PG_URL")
CHROMA_HOST = os.environ.get("NIANBAO_TEST_CHROMA_HOST", "127.0.0.1")
CHROMA_PORT = os.environ.get("NIANBAO_TEST_CHROMA_PORT")
SAMPLES = ROOT / "data" / "samples"
# a handful of small text/HTML reports (the content hashes put some in each of 2 shards)
PICK = ["sample_1_2020_spaces.txt", "sample_1_2021_html.html", "sample_2_2023_lines.txt", "sample_3_2024_html.html"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """The picked samples, the seed, and a copy of the seed under a name sorted before it:
    the same bytes twice, so which name a run keeps is part of what is compared."""
    d = tmp_path_factory.mktemp("reports")
    for name in PICK:
        shutil.copy(SAMPLES / name, d / name)
    shutil.copy(SEED, d / SEED.name)
    shutil.copy(SEED, d / "copy_of_seed.txt")
    return d


def _ingest(store: Path, *args: str, env: dict | None = None, wait: bool = True):
    cmd = [sys.executable, "-m", "ingest", "add", *args]
    e = {**os.environ, "NIANBAO_STORE_DIR": str(store), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
         **(env or {})}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=e, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return _finish(proc) if wait else proc


def _finish(proc) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out, err


def _counts(out: str) -> dict[str, int]:
    """'3 added, 2 unchanged, 0 failed' → {"added": 3, …}."""
    line = next(x for x in out.splitlines() if " failed" in x and " added" in x)
    return {k: int(n) for n, k in re.findall(r"(\d+) (added|unchanged|replaced|reindexed|failed)", line)}


def _snapshot(settings) -> dict:
    """Everything a run leaves in both stores (times aside), comparable across stores."""
    from service import Nianbao

    svc = Nianbao(settings, load_model=False)
    try:
        facts = svc.facts
        reps = facts.list_reports()
        ids = [r.id for r in reps]
        got = svc.vectors.collection.get(include=["metadatas", "documents", "embeddings"])
        order = np.argsort(got["ids"])
        return {
            "reports": sorted((r.id, r.agency, r.year, r.source, r.n_chunks, r.n_facts, tuple(r.warnings)) for r in reps),
            "facts": sorted((f.report_id, f.key, str(f.value), f.raw, f.derived, f.evidence)
                            for i in ids for f in facts.facts_for(i)),
            "checks": sorted((c.report_id, c.name, c.status, c.detail) for i in ids for c in facts.checks_for(i)),
            "chunks": sorted((c["id"], c["report_id"], c["text"]) for c in facts.chunks_for(ids)),
            "vector_ids": sorted(got["ids"]),
            "vector_rows": sorted((i, d, tuple(sorted(m.items()))) for i, d, m in
                                  zip(got["ids"], got["documents"], got["metadatas"])),
            "embeddings": np.asarray(got["embeddings"])[order] if len(got["ids"]) else np.zeros((0,)),
            "journal": svc.stores.facts.journal_rows(),
        }
    finally:
        svc.facts.close()


def _assert_same(a: dict, b: dict) -> None:
    for key in ("reports", "facts", "checks", "chunks", "vector_ids", "vector_rows"):
        assert a[key] == b[key], f"{key} differ"
    assert a["embeddings"].shape == b["embeddings"].shape
    assert np.allclose(a["embeddings"], b["embeddings"], atol=1e-4)  # thread counts may move the last bits
    assert not a["journal"] and not b["journal"], "a write was left half-done"


# -- the split itself (no model) ---------------------------------------------------------------
def test_shards_split_the_files_disjointly_and_deterministically(reports):
    files = sorted(reports.iterdir())
    parts = [shard_files(files, Shard(i, 3)) for i in range(3)]
    taken = [f for part in parts for f, _ in part]
    assert sorted(taken) == files and len(taken) == len(set(taken))  # every file once
    assert parts == [shard_files(list(reversed(files)), Shard(i, 3))[::-1] for i in range(3)]  # order-free
    two = [{f.name for f, _ in shard_files(files, Shard(i, 2))} for i in range(2)]
    assert all(two), "the picked files should fall into both of two shards"
    for part in two:  # copies of one file are in one shard, so one machine names the report
        assert ("copy_of_seed.txt" in part) == (SEED.name in part)
    assert [f for f, _ in shard_files(files, None)] == files


@pytest.mark.parametrize("bad", ["2/2", "-1/2", "1", "a/b", "0/0", "1/2/3"])
def test_a_bad_shard_is_refused(bad):
    from ingest.__main__ import _parser

    with pytest.raises(ValueError):
        parse_shard(bad)
    with pytest.raises(SystemExit) as e:  # argparse: exit 2, nothing done
        _parser().parse_args(["add", "x", "--shard", bad])
    assert e.value.code == 2
    with pytest.raises(SystemExit):
        _parser().parse_args(["add", "x", "--workers", "0"])
    assert parse_shard("1/2") == Shard(1, 2)


# -- default mode: SQLite + embedded Chroma ----------------------------------------------------
@pytest.mark.slow
def test_two_workers_store_what_one_does_and_a_rerun_changes_nothing(reports, tmp_path):
    two, one = tmp_path / "two", tmp_path / "one"
    rc, out, err = _ingest(two, str(reports), "--workers", "2")
    assert rc == 0, err
    assert "2 workers" in err
    assert _counts(out) == {"added": 5, "unchanged": 1, "failed": 0}, out
    rc, out1, err = _ingest(one, str(reports), "--workers", "1")
    assert rc == 0, err
    assert _counts(out1) == {"added": 5, "unchanged": 1, "failed": 0}, out1
    first = _snapshot(make_settings(two))
    _assert_same(first, _snapshot(make_settings(one)))
    assert any(r[3].endswith("copy_of_seed.txt") for r in first["reports"])  # the first name, as one run
    assert len(first["reports"]) == 5 and len(first["facts"]) > 500
    rc, out, err = _ingest(two, str(reports), "--workers", "2")  # again: nothing to do
    assert rc == 0, err
    assert _counts(out) == {"added": 0, "unchanged": 6, "failed": 0}, out
    again = _snapshot(make_settings(two))
    _assert_same(first, again)


# -- servers mode: PostgreSQL + a Chroma server ------------------------------------------------
def _server_env(url: str) -> dict:
    return {"NIANBAO_CHROMA_MODE": "server", "NIANBAO_CHROMA_HOST": CHROMA_HOST,
            "NIANBAO_CHROMA_PORT": str(CHROMA_PORT), "NIANBAO_FACT_STORE_URL": url}


def _fresh_collection(settings) -> None:
    """Drop this model's collection on the test server (as tests/test_vector_store.py does)."""
    from stores.embedding import model_id
    from stores.vectors import VectorStore

    vs = VectorStore.open(settings, model_id(settings))
    vs.client.delete_collection(vs.collection.name)


@pytest.mark.slow
@pytest.mark.skipif(not (PG_URL and CHROMA_PORT), reason="servers mode needs NIANBAO_TEST_PG_URL and "
                    "NIANBAO_TEST_CHROMA_PORT (scripts/ci_services.sh start)")
def test_two_shards_at_once_into_the_servers_equal_one_run(reports, tmp_path):
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    names = ["nianbao_shard_" + uuid.uuid4().hex[:8] for _ in range(2)]
    with admin.connect() as conn:
        for n in names:
            conn.execute(text(f"CREATE DATABASE {n}"))
    urls = [PG_URL.rsplit("/", 1)[0] + "/" + n for n in names]
    settings = [make_settings(tmp_path / f"look{i}", chroma_mode="server", chroma_host=CHROMA_HOST,
                              chroma_port=int(CHROMA_PORT), fact_store_url=u) for i, u in enumerate(urls)]
    try:
        _fresh_collection(settings[0])
        procs = [_ingest(tmp_path / f"machine{i}", str(reports), "--shard", f"{i}/2", env=_server_env(urls[0]),
                         wait=False) for i in range(2)]  # two "machines" at the same time
        done = [_finish(p) for p in procs]
        for rc, out, err in done:
            assert rc == 0, err
        per_shard = [_counts(out) for _, out, _ in done]
        assert all(c["added"] >= 1 for c in per_shard), per_shard
        assert sum(c["added"] for c in per_shard) == 5 and sum(c.get("unchanged", 0) for c in per_shard) == 1
        sharded = _snapshot(settings[0])
        # shard 1 again, from the other machine, with workers: all unchanged, no worker started
        rc, out, err = _ingest(tmp_path / "machine0", str(reports), "--shard", "1/2", "--workers", "2",
                               env=_server_env(urls[0]))
        assert rc == 0 and _counts(out)["added"] == 0 and _counts(out)["unchanged"] >= 1, out
        _assert_same(sharded, _snapshot(settings[0]))

        _fresh_collection(settings[1])  # a single run into a fresh database and collection
        rc, out, err = _ingest(tmp_path / "single", str(reports), env=_server_env(urls[1]))
        assert rc == 0, err
        assert _counts(out) == {"added": 5, "unchanged": 1, "failed": 0}, out
        _assert_same(sharded, _snapshot(settings[1]))
    finally:
        try:
            _fresh_collection(settings[1])
        except Exception:
            pass
        with admin.connect() as conn:
            for n in names:
                conn.execute(text(f"DROP DATABASE IF EXISTS {n} WITH (FORCE)"))
        admin.dispose()
