"""The store folder's writer lock and owner-aware recovery (stores/lock.py, ingest/pipeline.py).

* Two real processes on one store: one adds files with ``python -m ingest add`` while the
  other opens the store again and again, as ``python -m ingest list`` does (every open runs
  recovery). Before the lock, recovery deleted the vectors of the writer's file in progress
  and its commit then stored a report with chunk texts and no vectors; now nothing is lost.
* Recovery on open settles the journal rows of owners that are gone and leaves a live
  owner's rows alone; it does nothing while another process holds the lock.
* The model embeds outside the lock; the store writes are inside it.
* A file that would make more passages than ``max_chunks_per_file`` is refused before
  embedding, and nothing is stored.

Real model, real Chroma, real processes.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, SEED, make_settings

pytestmark = pytest.mark.slow

SAMPLES = ROOT / "data" / "samples"
SAMPLE_FILES = ["sample_1_2020_spaces.txt", "sample_1_2021_html.html", "sample_2_2023_lines.txt",
                "sample_3_2023_pipes.txt", "sample_3_2024_html.html"]
CORPUS_FILES = ["004_hongzequ_2023.txt", "005_hongzequ_2024.txt", "007_shkewei_2024.txt",
                "008_shanghai_bgt_2025.txt", "001_huaian_2024_spaces.txt"]


def _open_stores(store: Path, load_model: bool = False):
    from stores.bundle import Stores

    return Stores(make_settings(store), load_model=load_model)


def _dead_owner() -> str:
    """The journal owner id of a process that has ended (and been reaped)."""
    from stores.lock import owner_id

    proc = subprocess.Popen(["true"])
    proc.wait()
    return owner_id(proc.pid)


def _open_repeatedly(store_dir: str, stop, counts) -> None:  # runs in a spawned process
    """The second process: open the store the way `python -m ingest list` does, until told
    to stop; count the opens, and those that found another process's write in progress."""
    from stores.bundle import Stores
    from settings import Settings

    settings = Settings(store_dir=Path(store_dir))
    opens = during_write = 0
    while not stop.is_set():
        stores = Stores(settings, load_model=False)  # runs recovery
        stores.facts.list_reports()
        stores.vectors.count()
        opens += 1
        during_write += bool(stores.facts.journal_rows())
        stores.facts.close()
        time.sleep(0.03)  # leave the writer some CPU
    counts.put({"opens": opens, "during_write": during_write})


def _report_consistency(stores) -> dict[str, tuple[int, int, int]]:
    """report id -> (chunk texts in SQL, of those with a vector, facts); asserts no vector
    belongs to a report the fact store does not hold."""
    got = stores.vectors.collection.get(include=["metadatas"])
    vectors: dict[str, set[str]] = {}
    for i, m in zip(got["ids"], got["metadatas"]):
        vectors.setdefault((m or {}).get("report_id", "?"), set()).add(i)
    reports = {r.id for r in stores.facts.list_reports()}
    assert set(vectors) <= reports, f"orphan vectors of {sorted(set(vectors) - reports)}"
    out = {}
    for rid in reports:
        ids = set(stores.facts.chunk_ids(rid))
        out[rid] = (len(ids), len(ids & vectors.get(rid, set())), len(stores.facts.facts_for(rid)))
    return out


def test_opening_the_store_during_another_process_write_loses_nothing(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip(f"../shared/corpus is absent ({CORPUS}): this test adds some of its reports")
    folder, store = tmp_path / "in", tmp_path / "store"
    folder.mkdir()
    for name in SAMPLE_FILES:
        shutil.copy(SAMPLES / name, folder / name)
    for name in CORPUS_FILES:
        shutil.copy(CORPUS / name, folder / name)
    n_files = len(SAMPLE_FILES) + len(CORPUS_FILES)
    _open_stores(store).facts.close()  # the store exists before both processes start

    ctx = mp.get_context("spawn")
    stop, results = ctx.Event(), ctx.Queue()
    opener = ctx.Process(target=_open_repeatedly, args=(str(store), stop, results))
    opener.start()
    env = {**os.environ, "NIANBAO_STORE_DIR": str(store), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           # one file per model call: a commit window between every two embeddings
           "NIANBAO_INGEST_BATCH_CHUNKS": "1"}
    try:
        adder = subprocess.run([sys.executable, "-m", "ingest", "add", str(folder)], cwd=ROOT, env=env,
                               capture_output=True, text=True, timeout=240)
    finally:
        stop.set()
        counts = results.get(timeout=60) if opener.is_alive() or not results.empty() else {}
        opener.join(60)
        if opener.is_alive():
            opener.kill()
    assert adder.returncode == 0, adder.stderr[-2000:]
    assert f"{n_files} added, 0 failed" in adder.stdout, adder.stdout + adder.stderr[-2000:]
    assert opener.exitcode == 0 and counts
    print(f"\nopener: {counts['opens']} opens, {counts['during_write']} during a write in progress")
    assert counts["opens"] >= 10, counts

    from stores.facts import FactStore

    facts = FactStore(make_settings(store).fact_url)
    assert facts.journal_rows() == []  # the writer finished every write it journalled
    facts.close()
    stores = _open_stores(store)
    per_report = _report_consistency(stores)
    assert len(per_report) == n_files
    assert all(n_chunks > 0 and n_facts > 0 for n_chunks, _, n_facts in per_report.values()), per_report
    broken = {rid[:12]: f"{n_chunks} chunk texts, {n_vectors} vectors"
              for rid, (n_chunks, n_vectors, _) in per_report.items() if n_vectors != n_chunks}
    assert not broken, f"{len(broken)} of {n_files} reports lost vectors: {broken}"
    stores.facts.close()


def _journal_with_vectors(stores, rows: dict[str, str | None]) -> dict[str, list[str]]:
    """One "writing" journal row per report id, owned as given, with two real vectors each
    in the vector store (a write interrupted between steps 4 and 5)."""
    ids = {}
    for rid, owner in rows.items():
        texts = [f"{rid} 第一段：全年共收到依申请公开17件。", f"{rid} 第二段：办结15件。"]
        ids[rid] = [f"{rid}-0", f"{rid}-1"]
        stores.vectors.upsert(ids[rid], texts, stores.embed_passages(texts), [{"report_id": rid}] * 2)
        stores.facts.journal_set(rid, "writing", ids[rid], owner=owner)
    return ids


def test_recovery_settles_rows_of_owners_that_are_gone_only(tmp_path):
    from stores.lock import owner_id, owner_state

    store = tmp_path / "store"
    stores = _open_stores(store, load_model=True)
    me = owner_id()
    host, pid, start = me.rsplit(":", 2)
    owners = {
        "dead": _dead_owner(),
        "live": me,  # this very process
        "reused": f"{host}:{pid}:{int(start) + 1 if start.isdigit() else 0}",  # our pid, an earlier process
        "elsewhere": f"not-{socket.gethostname()}:{pid}:{start}",  # another host: cannot be checked
    }
    assert [owner_state(o) for o in owners.values()] == ["gone", "alive", "gone", "elsewhere"]
    ids = _journal_with_vectors(stores, owners)
    stores.facts.close()

    reopened = _open_stores(store)  # recovery on open
    left = {row.report_id for row in reopened.facts.journal_rows()}
    assert left == {"live", "elsewhere"}
    for rid, mine in ids.items():
        assert reopened.vectors.existing_ids(mine) == (set(mine) if rid in left else set()), rid
    reopened.facts.close()


def test_recovery_waits_for_the_writer_holding_the_lock(tmp_path):
    """With another process holding the lock, even a dead owner's row and an owner-less row
    (written before schema 3) are left alone: recovery runs at the next open after."""
    store = tmp_path / "store"
    stores = _open_stores(store, load_model=True)
    ids = _journal_with_vectors(stores, {"dead": _dead_owner(), "old": None})
    stores.facts.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from filelock import FileLock; lock = FileLock(sys.argv[1]); "
         "lock.acquire(); print('held', flush=True); sys.stdin.read()", str(store / "write.lock")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        busy = _open_stores(store)
        assert {r.report_id for r in busy.facts.journal_rows()} == {"dead", "old"}
        assert busy.vectors.existing_ids(ids["dead"] + ids["old"]) == set(ids["dead"] + ids["old"])
        busy.facts.close()
    finally:
        holder.stdin.close()
        holder.wait(30)
    free = _open_stores(store)
    assert free.facts.journal_rows() == []
    assert free.vectors.existing_ids(ids["dead"] + ids["old"]) == set()
    free.facts.close()


def test_a_schema_2_store_opens_and_its_ownerless_rows_are_recovered(tmp_path):
    """A store written before journal rows had owners migrates forward on open; its rows
    read as owner None and are recovered, since the lock shows no writer is active."""
    from stores.facts import SCHEMA_VERSION

    store = tmp_path / "store"
    _open_stores(store).facts.close()
    con = sqlite3.connect(store / "facts.sqlite")
    con.executescript("""
        DROP TABLE journal;
        CREATE TABLE journal (report_id VARCHAR(64) PRIMARY KEY, state VARCHAR(20) NOT NULL,
                              chunk_ids TEXT NOT NULL, at VARCHAR(40) NOT NULL);
        INSERT INTO journal VALUES ('gone-report', 'cleanup', '["x-0"]', '2025-01-01T00:00:00+00:00');
        UPDATE schema_info SET version = 2;
    """)
    con.commit()
    con.close()
    from stores.facts import FactStore

    facts = FactStore(make_settings(store).fact_url)
    assert facts.schema_version() == SCHEMA_VERSION  # migrated through 3 (owners) and on
    [row] = facts.journal_rows()
    assert (row.report_id, row.state, row.owner) == ("gone-report", "cleanup", None)
    facts.close()
    reopened = _open_stores(store)  # the lock is free: the owner-less row is settled
    assert reopened.facts.journal_rows() == []
    reopened.facts.close()


def test_the_model_embeds_outside_the_lock_and_the_writes_are_inside(tmp_path):
    from ingest.pipeline import Ingester

    stores = _open_stores(tmp_path / "store", load_model=True)
    seen: dict[str, bool] = {}

    def lock_free() -> bool:
        """Can another thread (its own flock, as another process would) take the lock now?"""
        got = []

        def probe() -> None:
            with stores.lock.try_hold() as held:
                got.append(held)

        t = threading.Thread(target=probe)
        t.start()
        t.join()
        return got[0]

    real_embed, real_upsert = stores.embed_passages, stores.vectors.upsert

    def embed(texts):
        seen["free while embedding"] = lock_free()
        return real_embed(texts)

    def upsert(*args, **kw):
        seen["free while writing vectors"] = lock_free()
        return real_upsert(*args, **kw)

    stores.embed_passages, stores.vectors.upsert = embed, upsert
    res = Ingester(stores).add_file(SEED)
    assert res.status == "added", res.line()
    assert seen == {"free while embedding": True, "free while writing vectors": False}
    stores.facts.close()


def test_a_file_over_the_chunk_cap_is_refused_before_embedding(tmp_path):
    from ingest.pipeline import Ingester

    stores = _open_stores(tmp_path / "store", load_model=True)
    cap = stores.settings.max_chunks_per_file
    assert cap == 1200  # the default
    # a real report with thousands of paragraphs pasted into its first section: ~1.7 MB,
    # under the size limit, read within the time limit, ~1,500 passages
    head, sep, tail = SEED.read_text(encoding="utf-8").partition("二、主动公开政府信息情况")
    para = ("      第{n}项：我办持续推进政务公开标准化规范化工作，对照试点领域标准指引和目录，细分公开事项的"
            "名称、内容、依据、时限、主体、方式、渠道、公开对象等要素，梳理细化权力运行和政务服务每个环节"
            "产生的政府信息，做到公开事项分类科学、名称规范，本项共涉及{n}个事项。\n")
    big = tmp_path / "huge_report.txt"
    big.write_text(head + "".join(para.format(n=i) for i in range(4500)) + sep + tail, encoding="utf-8")
    assert big.stat().st_size < stores.settings.max_file_bytes

    calls = []
    real_embed = stores.embed_passages
    stores.embed_passages = lambda texts: calls.append(len(texts)) or real_embed(texts)
    t0 = time.perf_counter()
    [res] = Ingester(stores).add_paths([big])
    seconds = time.perf_counter() - t0
    assert res.status == "failed"
    assert "passages, over the limit of 1200: is it really one annual report?" in res.message, res.message
    n = int(res.message.split("would make ")[1].split(" passages")[0])
    assert n > cap
    assert calls == []  # the model never saw it
    assert stores.facts.counts()["reports"] == 0 and stores.vectors.count() == 0
    assert stores.facts.journal_rows() == []
    assert seconds < 30, f"refusing took {seconds:.1f} s"
    print(f"\n{big.stat().st_size // 1024} KB -> {n} passages, refused in {seconds:.1f} s: {res.message}")
    stores.facts.close()
