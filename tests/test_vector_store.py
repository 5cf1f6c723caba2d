"""The vector store, embedded and against a real Chroma server; and the whole service in
servers mode (Chroma server + PostgreSQL), as several app processes would run it.

The server cases run when NIANBAO_TEST_CHROMA_PORT (and, for the service, NIANBAO_TEST_PG_URL)
are set: `.ci/run` starts both with scripts/ci_services.sh.
"""
from __future__ import annotations

import os
import shutil
import uuid

import numpy as np
import pytest

from stores.vectors import VectorStore, collection_name
from tests.conftest import SEED, make_settings

CHROMA_HOST = os.environ.get("NIANBAO_TEST_CHROMA_HOST", "127.0.0.1")
CHROMA_PORT = os.environ.get("NIANBAO_TEST_CHROMA_PORT")
PG_URL = os.environ.get("NIANBAO_TEST_PG_URL")
DIM = 16


def _settings(mode: str, tmp_path):
    if mode == "server":
        return make_settings(tmp_path / "store", chroma_mode="server", chroma_host=CHROMA_HOST,
                             chroma_port=int(CHROMA_PORT))
    return make_settings(tmp_path / "store")


@pytest.fixture(params=["embedded"] + (["server"] if CHROMA_PORT else []))
def open_store(request, tmp_path):
    """Opens stores of a fresh model id (so a fresh collection on a shared server); drops them after."""
    opened: list[VectorStore] = []
    run = uuid.uuid4().hex[:8]

    def _open(model: str = "m") -> VectorStore:
        vs = VectorStore.open(_settings(request.param, tmp_path), f"test-{run}-{model}")
        opened.append(vs)
        return vs

    yield _open
    for vs in opened:
        try:
            vs.client.delete_collection(vs.collection.name)
        except Exception:
            pass


def _vec(seed: int) -> list[float]:
    v = np.random.default_rng(seed).normal(size=DIM)
    return list(v / np.linalg.norm(v))


def _put(vs: VectorStore, report: str, n: int, start: int = 0) -> list[str]:
    ids = [f"{report}-{i}" for i in range(start, start + n)]
    vs.upsert(ids, [f"text {i}" for i in ids], [_vec(hash(i) % 2**32) for i in ids],
              [{"report_id": report, "section": 1, "position": k} for k, _ in enumerate(ids)])
    return ids


def test_upsert_is_idempotent_by_id(open_store):
    vs = open_store()
    ids = _put(vs, "r1", 5)
    _put(vs, "r1", 5)
    assert vs.count() == 5
    # the same id with new text replaces, not duplicates
    vs.upsert([ids[0]], ["changed"], [_vec(1)], [{"report_id": "r1", "section": 2, "position": 0}])
    assert vs.count() == 5
    got = vs.collection.get(ids=[ids[0]], include=["documents", "metadatas"])
    assert got["documents"] == ["changed"] and got["metadatas"][0]["section"] == 2


def test_delete_report_removes_only_that_report(open_store):
    vs = open_store()
    _put(vs, "r1", 4)
    keep = _put(vs, "r2", 3)
    vs.delete_report("r1")
    assert vs.ids_for_report("r1") == []
    assert sorted(vs.ids_for_report("r2")) == sorted(keep)
    vs.delete_ids(keep[:1])
    assert vs.count() == 2
    assert vs.existing_ids(keep) == set(keep[1:])


def test_query_is_filtered_by_report_ids(open_store):
    vs = open_store()
    _put(vs, "r1", 6)
    _put(vs, "r2", 6)
    _put(vs, "r3", 6)
    target = vs.collection.get(ids=["r2-3"], include=["embeddings"])["embeddings"][0]
    hits = vs.query(target, k=4, report_ids=["r1", "r3"])
    assert hits and {h.metadata["report_id"] for h in hits} <= {"r1", "r3"}
    hits = vs.query(target, k=3, report_ids=["r2"])
    assert hits[0].id == "r2-3" and hits[0].score > 0.999
    assert all(h.metadata["report_id"] == "r2" for h in hits)
    assert vs.query(target, k=3, report_ids=[]) == []
    assert len(vs.query(target, k=5)) == 5  # None: every report


def test_batches_above_the_max_batch_size(open_store):
    vs = open_store()
    vs.max_batch = 7  # as a server with a small limit would report
    ids = _put(vs, "r1", 45)
    assert vs.count() == 45
    vs.delete_ids(ids[:30])
    assert vs.count() == 15
    # and above our own 2000 cap, with the client's real limit
    vs2 = open_store("big")
    _put(vs2, "r9", 4500)
    assert vs2.count() == 4500


def test_one_collection_per_model(open_store):
    a, b = open_store("model-a"), open_store("model-b")
    assert a.collection.name != b.collection.name
    assert a.collection.name == collection_name(a.model_id)
    assert a.collection.metadata["embedding_model"] == a.model_id
    _put(a, "r1", 3)
    assert b.count() == 0
    # vectors of another dimension live happily in the other model's collection
    b.upsert(["x"], ["t"], [[1.0, 0.0, 0.0]], [{"report_id": "r1"}])
    assert (a.count(), b.count()) == (3, 1)


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMA_PORT and PG_URL), reason="servers mode needs NIANBAO_TEST_CHROMA_PORT and "
                    "NIANBAO_TEST_PG_URL (scripts/ci_services.sh start)")
def test_service_in_servers_mode_answers_from_the_seed(tmp_path):
    """The whole service on a Chroma server and PostgreSQL: ingest the seed, ask, and a second
    service (another app process would do the same) sees the same store."""
    from sqlalchemy import create_engine, text

    from service import Nianbao

    name = "nianbao_svc_" + uuid.uuid4().hex[:8]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = PG_URL.rsplit("/", 1)[0] + "/" + name
    s = make_settings(tmp_path / "store", chroma_mode="server", chroma_host=CHROMA_HOST,
                      chroma_port=int(CHROMA_PORT), fact_store_url=url)
    svc = other = None
    try:
        svc = Nianbao(s)
        # a fresh collection for this test on the shared server
        svc.stores.vectors.client.delete_collection(svc.stores.vectors.collection.name)
        svc.stores.vectors = VectorStore.open(s, svc.stores.model_id)
        svc.retriever.vectors = svc.stores.vectors
        seed = tmp_path / "seed.txt"
        shutil.copy(SEED, seed)
        r = svc.ingester.add_file(seed)
        assert r.status == "added", r.line()
        assert svc.stores.vectors.count() == r.chunks == svc.facts.counts()["chunks"]
        assert not (tmp_path / "store" / "chroma").exists()  # nothing embedded on disk
        assert not (tmp_path / "store" / "facts.sqlite").exists()
        rec = svc.ask("涧西区2020年收到多少政府信息公开申请？").record
        assert rec["found"] and rec["value"] == 17, rec["answer"]
        other = Nianbao(s)
        rec = other.ask("How many applications were received in 2020?").record
        assert rec["value"] == 17, rec["answer"]
        rec = other.ask("存在哪些主要问题？").record
        assert rec["found"] and rec["passages"], rec["answer"]
    finally:
        for x in (svc, other):
            if x is not None:
                x.facts.close()
        if svc is not None:
            try:
                svc.stores.vectors.client.delete_collection(svc.stores.vectors.collection.name)
            except Exception:
                pass
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def test_a_scoped_search_is_exact_and_full(open_store):
    """A search scoped to a report ranks every vector of that report by cosine (exactly, the
    same in every process) and returns k of them when it holds k: Chroma's filtered HNSW walk,
    among other reports' vectors, returned fewer hits and different ones from run to run."""
    vs = open_store()
    mine = _put(vs, "r-mine", 30)
    for r in range(40):
        _put(vs, f"r-other{r}", 50)
    q = _vec(12345)
    hits = vs.query(q, k=12, report_ids=["r-mine"])
    assert len(hits) == 12 and all(h.metadata["report_id"] == "r-mine" for h in hits)
    want = sorted(mine, key=lambda i: -float(np.dot(_vec(hash(i) % 2**32), q)))[:12]
    assert [h.id for h in hits] == want
    assert [h.id for h in vs.query(q, k=12, report_ids=["r-mine"])] == want
