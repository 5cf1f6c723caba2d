"""Issue 15's fast ingest path stores what the old one stores (bench/ingest.py times both).

Old: torch, stages one after another (``ingest_overlap = false``). New: per-channel int8 ONNX,
one passage per call, reading / model / writes overlapped (ingest/overlap.py). The same
generated reports (plus a copy of one under another name) go into a store each: the results,
the reports, every fact, every chunk text and id must be equal; the vectors near-identical.
"""
from __future__ import annotations

import shutil

import numpy as np
import pytest

from tests.conftest import make_settings

OLD = {"embedding_backend": "torch", "ingest_overlap": False}
NEW = {"embedding_backend": "onnx-int8"}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    from generator.__main__ import plan_reports, write_reports

    tmp = tmp_path_factory.mktemp("speed_paths")
    write_reports(tmp / "reports", plan_reports(5, 11, ["spaces", "html", "docx"], [2021, 2022]), seed=11)
    out = sorted(p for p in (tmp / "reports").iterdir() if p.name != "manifest.json")
    copy = tmp / "reports" / ("zz_copy_of_" + out[0].name)  # a copy, ingested after its original
    shutil.copy(out[0], copy)
    return [*out, copy]


def _ingest(root, files, **overrides):
    from service import Nianbao

    svc = Nianbao(make_settings(root, ingest_overlap_chunks=16, **overrides))  # several groups
    return svc, svc.ingester.add_paths(files)


@pytest.fixture(scope="module")
def stores(files, tmp_path_factory):
    from stores import embedding as em

    if em.backend(make_settings(tmp_path_factory.mktemp("probe"), **NEW)) != "onnx-int8":
        pytest.skip("ONNX files not built: run `python -m stores.embedding`")
    return _ingest(tmp_path_factory.mktemp("old"), files, **OLD), _ingest(tmp_path_factory.mktemp("new"), files, **NEW)


def _facts(svc):
    out = {}
    for rep in svc.facts.list_reports():
        facts = sorted((f.key, str(f.value)) for f in svc.facts.facts_for(rep.id))
        out[rep.id] = (rep.name, rep.year, rep.source, facts)
    return out


def _chunks(svc):
    rows = svc.facts.chunks_for(sorted(svc.facts.report_ids()))
    return [(r["id"], r["report_id"], r["position"], r["text"]) for r in rows]


def test_same_results_in_file_order(stores, files):
    (_, old), (_, new) = stores
    assert [(r.path, r.status, r.report_id, r.chunks, r.facts) for r in new] == \
           [(r.path, r.status, r.report_id, r.chunks, r.facts) for r in old]
    assert [r.path for r in new] == [str(f) for f in files]
    assert new[-1].status == "unchanged" and new[-1].report_id == new[0].report_id  # the copy
    assert {r.status for r in new[:-1]} == {"added"}


def test_same_reports_facts_and_chunks(stores):
    (old_svc, _), (new_svc, _) = stores
    assert _facts(new_svc) == _facts(old_svc)
    assert _chunks(new_svc) == _chunks(old_svc)
    assert new_svc.facts.counts() == old_svc.facts.counts()
    assert new_svc.stores.facts.pending_journal() == []


def test_vectors_near_identical(stores):
    (old_svc, _), (new_svc, _) = stores
    ids = [row[0] for row in _chunks(old_svc)]
    assert new_svc.stores.vectors.count() == old_svc.stores.vectors.count() == len(ids)

    def vectors(svc):
        got = svc.stores.vectors.collection.get(ids=ids, include=["embeddings"])
        by_id = dict(zip(got["ids"], got["embeddings"]))
        return np.array([by_id[i] for i in ids], dtype=np.float32)

    a, b = vectors(old_svc), vectors(new_svc)
    cos = (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    print(f"\nint8 (per channel) vs torch, {len(ids)} chunks: cosine min {cos.min():.4f} mean {cos.mean():.4f}")
    assert cos.mean() >= 0.99 and cos.min() >= 0.97
    assert new_svc.stores.model_id.endswith("-int8pc") and not old_svc.stores.model_id.endswith("int8pc")


def test_float32_onnx_one_at_a_time_is_batched_float32(stores):
    """onnx_batch_size = 1 (no padding) gives the vectors of padded batches."""
    from settings import Settings
    from stores.embedding import load_encoder

    (old_svc, _), _ = stores
    texts = ["passage: " + row[3] for row in _chunks(old_svc)[:24]]
    enc = load_encoder(Settings(embedding_backend="onnx"))
    one, batched = enc.encode(texts, 1), enc.encode(texts, 32)
    assert ((one * batched).sum(axis=1)).min() >= 0.9999
