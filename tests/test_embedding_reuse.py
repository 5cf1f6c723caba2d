"""Embedding reuse by text hash (issue 15, stores/reuse.py): a passage text the same model build
embedded already is not embedded again, and the vector taken is the model's for that text.

Real model (the default backend); the model calls are counted with a wrapper around the
embedder, not timed. Report A is stored first; B and C are A's file with one line added at
the end (other report ids, most chunk texts the same), each added by a new service (a new
process would be the same: nothing is remembered in memory between them).
"""
from __future__ import annotations

import numpy as np
import pytest

from tests.conftest import make_settings


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    from generator.__main__ import plan_reports, write_reports

    tmp = tmp_path_factory.mktemp("reuse")
    write_reports(tmp / "reports", plan_reports(1, 23, ["spaces"], [2022]), seed=23)
    (a,) = [p for p in (tmp / "reports").iterdir() if p.name != "manifest.json"]
    text = a.read_text(encoding="utf-8")
    variants = []
    for tag in ("b", "c"):
        p = tmp / f"{a.stem}_{tag}{a.suffix}"
        p.write_text(text.rstrip("\n") + f"\n\n附件{tag}：本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n",
                     encoding="utf-8")
        variants.append(p)
    return a, variants


class Counting:
    """Wraps the embedder's ``embed_passages``: every text the model is asked for."""

    def __init__(self, svc):
        self.texts: list[str] = []
        self.calls = 0
        self.real = svc.stores.embedder.embed_passages
        svc.stores.embedder.embed_passages = self

    def __call__(self, texts):
        self.calls += 1
        self.texts.extend(texts)
        return self.real(texts)


def _service(root, **kw):
    from service import Nianbao

    kw.setdefault("table_passages_masked", False)  # exact texts here; masking has its own test below
    return Nianbao(make_settings(root, ingest_overlap_chunks=8, **kw))


def _chunks(svc, report_id):
    rows = svc.facts.chunks_for([report_id])
    return [r["id"] for r in rows], [r["text"] for r in rows]


def _vectors(svc, ids):
    got = svc.stores.vectors.collection.get(ids=ids, include=["embeddings", "metadatas"])
    by_id = {i: (np.array(e, dtype=np.float32), m) for i, e, m in zip(got["ids"], got["embeddings"], got["metadatas"])}
    return [by_id[i] for i in ids]


@pytest.fixture(scope="module")
def stored(files, tmp_path_factory):
    """A store holding report A, and its chunk texts."""
    a, _ = files
    root = tmp_path_factory.mktemp("store")
    svc = _service(root)
    counting = Counting(svc)
    (res,) = svc.ingester.add_paths([a])
    assert res.status == "added" and res.chunks > 4
    ids, texts = _chunks(svc, res.report_id)
    assert counting.calls == 1 and sorted(counting.texts) == sorted(set(texts))  # each distinct text once
    return root, res.report_id, ids, texts


def test_a_report_repeating_stored_text_reuses_its_vectors(files, stored):
    _, (b, c) = files
    root, a_id, a_ids, a_texts = stored
    svc = _service(root)  # a new service: nothing in memory, the vectors come from the store
    counting = Counting(svc)
    results = svc.ingester.add_paths([b, c])  # two files: the overlapped path
    assert [r.status for r in results] == ["added", "added"]
    b_ids, b_texts = _chunks(svc, results[0].report_id)
    c_ids, c_texts = _chunks(svc, results[1].report_id)
    new = set(b_texts + c_texts) - set(a_texts)
    assert new and set(b_texts) & set(a_texts)
    # (a) the model ran only on the texts A did not have, each once
    assert sorted(counting.texts) == sorted(new)
    assert len(counting.texts) < len(b_texts) + len(c_texts)
    stats = svc.stores.reuse.stats
    assert stats.embedded == len(new) and stats.stored >= 1  # found in the store
    assert stats.reused == len(b_texts) + len(c_texts) - len(new)

    # (b) a reused vector is the stored one, and what the model gives for that text
    a_vec = {t: v for t, (v, _) in zip(a_texts, _vectors(svc, a_ids))}
    b_vec = [v for v, _ in _vectors(svc, b_ids)]
    shared = [(t, v) for t, v in zip(b_texts, b_vec) if t in a_vec]
    for t, v in shared:
        # the same vector (the model did not run for it: (a)); on this session's AMD EPYC machine the copy
        # read back from Chroma differs from the stored one in the last float32 bits (~1e-8, the same at
        # the starting commit), so equal to float32 rounding, not bit for bit
        assert np.allclose(v, a_vec[t], rtol=0, atol=1e-6)
    fresh = np.array(counting.real([t for t, _ in shared]), dtype=np.float32)
    assert np.allclose(np.array([v for _, v in shared]), fresh, atol=2e-3)
    assert float(((np.array([v for _, v in shared]) * fresh).sum(axis=1)).min()) >= 0.999
    # every record says which text and which build made its vector
    from stores.reuse import text_hash

    for (_, meta), t in zip(_vectors(svc, c_ids), c_texts):
        assert meta["text_hash"] == text_hash("passage: ", t) and meta["embedded_by"] == svc.stores.embed_build()


def test_with_reuse_off_every_chunk_is_embedded(files, tmp_path):
    a, (b, _) = files
    svc = _service(tmp_path / "store", embedding_reuse=False)
    counting = Counting(svc)
    results = svc.ingester.add_paths([a, b])
    assert [r.status for r in results] == ["added", "added"]
    texts = [t for r in results for t in _chunks(svc, r.report_id)[1]]
    assert len(set(texts)) < len(texts)  # B repeats A's text, and still:
    assert len(counting.texts) == len(texts) == sum(r.chunks for r in results)
    assert svc.stores.reuse.stats.reused == 0
    # the records still carry their text hashes (a later run with reuse on can take them)
    assert all("text_hash" in m for m in svc.stores.vectors.collection.get(include=["metadatas"])["metadatas"])


@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_a_record_is_taken_only_for_its_own_text_and_build(tmp_path, mode):
    """What the collection says is checked: a record whose hash field names a text it does not
    hold, or another build, is never taken (a miss, the model runs). Embedded Chroma, and the
    Chroma server when one is given (scripts/ci_services.sh start)."""
    import os
    import uuid

    import chromadb

    from stores.reuse import Reuse, record_fields, text_hash

    if mode == "server":
        port = os.environ.get("NIANBAO_TEST_CHROMA_PORT")
        if not port:
            pytest.skip("servers mode needs NIANBAO_TEST_CHROMA_PORT (scripts/ci_services.sh start)")
        client = chromadb.HttpClient(host=os.environ.get("NIANBAO_TEST_CHROMA_HOST", "127.0.0.1"), port=int(port))
    else:
        client = chromadb.PersistentClient(path=str(tmp_path / "c"))
    col = client.get_or_create_collection("reuse-test-" + uuid.uuid4().hex[:8])
    one = record_fields("passage: ", "b1", ["甲"])[0]
    col.upsert(ids=["1", "2", "3"], documents=["甲", "乙", "丙"], embeddings=[[1.0, 0.0], [0.0, 1.0], [0.6, 0.8]],
               metadatas=[one, {"text_hash": text_hash("passage: ", "丁"), "embedded_by": "b1"},  # forged
                          record_fields("passage: ", "b2", ["丙"])[0]])  # another build
    asked: list[str] = []

    def model(texts):
        asked.extend(texts)
        return [[0.5, 0.5] for _ in texts]

    reuse = Reuse("passage: ")
    found = reuse.find(col, "b1", ["甲", "丁", "丙", "甲"])
    assert list(found) == [text_hash("passage: ", "甲")]
    vecs = reuse.embed(model, "b1", ["甲", "丁", "丙", "甲", "丁"], found)
    assert asked == ["丁", "丙"] and vecs[0] == vecs[3] == [1.0, 0.0] and vecs[1] == vecs[4] == [0.5, 0.5]
    assert (reuse.stats.embedded, reuse.stats.stored, reuse.stats.same_in_group) == (2, 1, 2)
    # next group: the memory answers without the store; off, the model sees every text
    assert reuse.embed(model, "b1", ["丁"]) == [[0.5, 0.5]] and asked == ["丁", "丙"]
    assert Reuse("passage: ", enabled=False).embed(model, "b1", ["甲", "甲"]) == [[0.5, 0.5]] * 2
    assert asked[-2:] == ["甲", "甲"]


def test_masked_table_passages_share_one_vector_per_template(tmp_path):
    """``table_passages_masked`` (on by default): the model reads a table passage with its numbers
    masked, so reports of one template share one vector (stored documents keep the numbers),
    and a later run finds it in the store through the recorded ``embedded_text``."""
    from generator.__main__ import plan_reports, write_reports
    from ingest.table_summary import masked

    write_reports(tmp_path / "r", plan_reports(4, 5, ["spaces"], [2022]), seed=5)
    files = sorted(p for p in (tmp_path / "r").iterdir() if p.name != "manifest.json")
    svc = _service(tmp_path / "store", table_passages_masked=True)
    counting = Counting(svc)
    results = svc.ingester.add_paths(files[:3])
    assert {r.status for r in results} == {"added"}
    rows = svc.facts.chunks_for([r.report_id for r in results])
    got = svc.stores.vectors.collection.get(ids=[r["id"] for r in rows], include=["documents", "metadatas"])
    tables = [(d, m) for d, m in zip(got["documents"], got["metadatas"]) if m["kind"] == "table"]
    assert tables and any(d != masked(d) for d, _ in tables)  # the documents keep their numbers
    assert all(m["embedded_text"] == masked(d) for d, m in tables if d != masked(d))
    asked_tables = [t for t in counting.texts if "（表格）" in t]
    assert all(t == masked(t) for t in asked_tables)
    assert len(asked_tables) == len({masked(d) for d, _ in tables}) < len(tables)

    later = _service(tmp_path / "store", table_passages_masked=True)  # nothing in memory
    counting = Counting(later)
    (res,) = later.ingester.add_paths([files[3]])
    assert res.status == "added" and later.stores.reuse.stats.stored >= 1
    assert not any(masked(t) in {masked(d) for d, _ in tables} for t in counting.texts if "（表格）" in t)
