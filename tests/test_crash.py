"""Crash safety of ingestion: a batch killed with SIGKILL mid-way, then run again, ends in
exactly the store an uninterrupted run makes; a failure between the vector upsert and the
fact-store commit leaves no orphan vectors once the store is reopened.

The invariant checked everywhere (``assert_consistent``): every report has both its chunk
texts and its vectors, or neither; no vector belongs to no stored chunk; the journal is empty.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, make_settings

pytestmark = pytest.mark.slow

N_REPORTS = 6


def _env(store: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"NIANBAO_STORE_DIR": str(store), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                "PYTHONUNBUFFERED": "1",
                # one file per model call, so that the kill lands between stored reports
                "NIANBAO_INGEST_BATCH_CHUNKS": "1"})
    return env


def _add_cmd(folder: Path) -> list[str]:
    return [sys.executable, "-m", "ingest", "add", str(folder)]


def _open(store: Path):
    """Open both stores the way every process does (which runs recovery), without the model."""
    from stores.bundle import Stores

    return Stores(make_settings(store), load_model=False)


def snapshot(stores) -> dict:
    """What "identical stores" means: report ids, fact counts, chunk ids and vector ids."""
    facts = stores.facts
    reports = {r.id: (r.n_facts, len(facts.facts_for(r.id))) for r in facts.list_reports()}
    chunk_ids = {rid: sorted(facts.chunk_ids(rid)) for rid in reports}
    got = stores.vectors.collection.get(include=["metadatas"])
    vector_ids: dict[str, list[str]] = {}
    for i, m in zip(got["ids"], got["metadatas"]):
        vector_ids.setdefault((m or {}).get("report_id", "?"), []).append(i)
    return {"reports": reports, "chunks": chunk_ids,
            "vectors": {k: sorted(v) for k, v in vector_ids.items()}}


def assert_consistent(stores) -> dict:
    snap = snapshot(stores)
    for rid, ids in snap["chunks"].items():
        assert ids, f"report {rid[:12]} has no chunk texts"
        assert snap["vectors"].get(rid) == ids, f"report {rid[:12]}: chunk texts and vectors differ"
    orphans = set(snap["vectors"]) - set(snap["chunks"])
    assert not orphans, f"vectors of reports not in the fact store: {sorted(orphans)}"
    assert stores.facts.pending_journal() == []
    return snap


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated")
    subprocess.run([sys.executable, "-m", "generator", "--out", str(out), "--reports", str(N_REPORTS),
                    "--seed", "1", "--shapes", "spaces,lines,html"], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    (out / "manifest.json").unlink()  # not a report: keep the batch to the reports alone
    return out


def _kill_after_first_report(folder: Path, store: Path, timeout: float = 240) -> list[str]:
    """Run `python -m ingest add` and SIGKILL it as soon as it reports its first stored file."""
    proc = subprocess.Popen(_add_cmd(folder), cwd=ROOT, env=_env(store), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        for line in proc.stderr:
            lines.append(line.rstrip())
            if line.startswith("[1/"):
                first.set()

    t = threading.Thread(target=read, daemon=True)
    t.start()
    try:
        assert first.wait(timeout), "no progress line within the time limit:\n" + "\n".join(lines[-20:])
        time.sleep(0.3)  # into the second report's parse/embed/write
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    t.join(10)
    assert proc.returncode == -signal.SIGKILL, f"the batch ended before the kill: {lines[-5:]}"
    return lines


def test_killed_batch_rerun_equals_uninterrupted_run(generated, tmp_path):
    crashed, clean = tmp_path / "crashed", tmp_path / "clean"
    # the uninterrupted reference run, alongside (its own store: nothing shared)
    reference = subprocess.Popen(_add_cmd(generated), cwd=ROOT, env=_env(clean), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
    try:
        lines = _kill_after_first_report(generated, crashed)
    except BaseException:
        reference.kill()
        reference.wait(30)
        raise
    stored = [line for line in lines if line.startswith("[")]
    assert 1 <= len(stored) < N_REPORTS, lines

    # reopening recovers: whatever the kill interrupted is either whole or absent
    stores = _open(crashed)
    partial = assert_consistent(stores)
    assert 1 <= len(partial["reports"]) < N_REPORTS
    stores.facts.close()
    del stores

    rerun = subprocess.run(_add_cmd(generated), cwd=ROOT, env=_env(crashed), capture_output=True,
                           text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert "unchanged" in rerun.stderr  # the report stored before the kill is not redone
    _, ref_err = reference.communicate(timeout=600)
    assert reference.returncode == 0, ref_err[-2000:]

    a, b = _open(crashed), _open(clean)
    after, expected = assert_consistent(a), assert_consistent(b)
    assert len(expected["reports"]) == N_REPORTS
    assert after == expected


class _Boom(RuntimeError):
    pass


@pytest.fixture()
def stores(tmp_path):
    from stores.bundle import Stores

    s = Stores(make_settings(tmp_path / "store"))
    yield s
    s.facts.close()


def _reopen(stores):
    from stores.bundle import Stores

    stores.facts.close()
    return Stores(stores.settings, load_model=False)


def _dead_owner() -> str:
    """The journal owner id of a process that has ended (and been reaped)."""
    from stores.lock import owner_id

    proc = subprocess.Popen(["true"])
    proc.wait()
    return owner_id(proc.pid)


def _fail_first_save(monkeypatch) -> None:
    """The fact store refuses the first report write (a full disk, say), then works."""
    from stores.facts import FactStore

    real_save = FactStore.save_report
    calls = {"n": 0}

    def failing_save(self, *args, **kw):
        calls["n"] += 1
        if calls["n"] == 1:
            raise _Boom("disk full, say")
        return real_save(self, *args, **kw)

    monkeypatch.setattr(FactStore, "save_report", failing_save)


def test_failure_between_vector_upsert_and_commit_leaves_no_orphans(stores, tmp_path, monkeypatch):
    from ingest.pipeline import Ingester

    seed = tmp_path / "seed.txt"
    shutil.copy(SEED, seed)
    _fail_first_save(monkeypatch)
    # a process that dies at that point never runs its own clean-up and is gone when the store
    # is opened next: model that by making the in-process clean-up a no-op and writing the
    # journal as a process that has ended, so that only recovery-on-open can fix the store
    import ingest.pipeline as pipeline

    real_settle = pipeline.settle
    monkeypatch.setattr(pipeline, "settle", lambda *_args: None)
    monkeypatch.setattr(stores, "owner", _dead_owner())
    res = Ingester(stores).add_file(seed)
    monkeypatch.setattr(pipeline, "settle", real_settle)  # the next process runs it on open
    assert res.status == "failed" and "disk full" in res.message
    # the crash window: vectors written, fact-store commit never happened, journal says "writing"
    assert stores.facts.counts()["reports"] == 0
    assert stores.vectors.count() > 0
    [(rid, state, ids)] = stores.facts.pending_journal()
    assert state == "writing" and len(ids) == stores.vectors.count()

    reopened = _reopen(stores)
    assert reopened.vectors.count() == 0
    assert_consistent(reopened)

    # and the same file goes in whole afterwards
    reopened.facts.close()
    from stores.bundle import Stores

    again = Stores(stores.settings)
    r = Ingester(again).add_file(seed)
    assert r.status == "added", r.line()
    snap = assert_consistent(again)
    assert list(snap["reports"]) == [rid]
    again.facts.close()


def test_a_refused_write_is_undone_at_once_and_the_batch_goes_on(stores, tmp_path, monkeypatch):
    from ingest.pipeline import Ingester

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "a_seed.txt")
    (folder / "b_seed.txt").write_text(SEED.read_text(encoding="utf-8").replace("17件", "17件。"), encoding="utf-8")
    _fail_first_save(monkeypatch)
    first, second = Ingester(stores).add_paths([folder])
    assert first.status == "failed" and "nothing was changed" in first.message
    assert second.status == "added"
    snap = assert_consistent(stores)
    assert list(snap["reports"]) == [second.report_id]
    assert stores.facts.pending_journal() == []


def test_failure_after_replacing_commit_cleans_old_vectors(stores, tmp_path, monkeypatch):
    """A changed file replaces its old report; a crash after the commit but before the old
    vectors are deleted is finished by recovery (the "cleanup" journal row)."""
    from ingest.pipeline import Ingester
    from stores.vectors import VectorStore

    seed = tmp_path / "seed.txt"
    text = SEED.read_text(encoding="utf-8")
    seed.write_text(text, encoding="utf-8")
    ing = Ingester(stores)
    old = ing.add_file(seed)
    seed.write_text(text.replace("全年共收到依申请公开17件", "全年共收到依申请公开17件（已核）"), encoding="utf-8")

    def failing_delete(self, ids):
        raise _Boom("killed before the old vectors were deleted")

    monkeypatch.setattr(VectorStore, "delete_ids", failing_delete)
    monkeypatch.setattr(stores, "owner", _dead_owner())  # ...and gone by the next open
    with pytest.raises(_Boom):
        ing.add_file(seed)
    monkeypatch.undo()
    assert stores.facts.get_report(old.report_id) is None  # the commit happened
    assert stores.vectors.ids_for_report(old.report_id)  # ...and the old vectors are orphans now
    assert any(state == "cleanup" for _, state, _ in stores.facts.pending_journal())

    reopened = _reopen(stores)
    assert reopened.vectors.ids_for_report(old.report_id) == []
    snap = assert_consistent(reopened)
    assert len(snap["reports"]) == 1 and old.report_id not in snap["reports"]
    reopened.facts.close()
