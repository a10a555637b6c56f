"""CPU per query embedding, ONNX Runtime's intra-op spinning on (its default) against
off (threadline's setting): in a server, spinning threads take CPU the event loop
needs. `python -m bench.perf.query_cpu`; results in BENCHMARKS.md."""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from graph.retrieval.embeddings import MiniLMEmbedder

QUERIES = [f"How do I install threadline, question {n}?" for n in range(200)]


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(embedder: MiniLMEmbedder) -> dict[str, float]:
    for query in QUERIES[:10]:
        embedder.embed_query(query)
    cpu, wall = cpu_s(), time.perf_counter()
    for query in QUERIES:
        embedder.embed_query(query)
    n = len(QUERIES)
    return {
        "cpu_ms_per_query": round((cpu_s() - cpu) / n * 1000, 2),
        "wall_ms_per_query": round((time.perf_counter() - wall) / n * 1000, 2),
    }


def main() -> None:
    import onnxruntime as ort

    threadline = MiniLMEmbedder()
    spinning = MiniLMEmbedder()
    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    options.inter_op_num_threads = 1
    spinning._session = ort.InferenceSession(
        threadline._session._model_path,  # type: ignore[attr-defined]
        options,
        providers=["CPUExecutionProvider"],
    )
    result = {"spinning (ORT default)": measure(spinning), "no spinning": measure(threadline)}
    out = Path(__file__).resolve().parents[1] / "results" / "query_cpu.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
