"""Query latency of the FAISS index (query embedding excluded) at 10k and 100k
chunks, exact (flat) against approximate (HNSW, as threadline builds it), and
recall@5 of HNSW against flat, in the same run.

Vectors are synthetic but shaped like sentence embeddings: 384 dimensions,
normalised, drawn around 2,000 topic centres; queries are perturbed copies of
stored vectors, as questions sit near the chunks that answer them.

`hybrid_*` times the ranking the `retrieve` node runs (`hybrid_search`: FAISS,
BM25 over every chunk, fusion), the query embedding excluded, over a
lexical index of the same size: 150 words a chunk drawn from a Zipf-shaped
vocabulary of 50,000 words, 8 words a question taken from its chunk. `search_*`
is the whole search: that, then each hit's neighbour text (`with_neighbours`).

    python -m bench.perf.vector_search [--sizes 10000 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np

from graph.retrieval.index import NEIGHBOUR_CHARS, DocumentIndex, build_faiss
from graph.retrieval.lexical import LexicalIndex

DIMENSION = 384


def clustered_vectors(n: int, rng: np.random.Generator, centres: int = 2000) -> np.ndarray:
    centre_vectors = rng.normal(size=(centres, DIMENSION)).astype(np.float32)
    vectors = centre_vectors[rng.integers(0, centres, size=n)]
    vectors += 0.6 * rng.normal(size=(n, DIMENSION)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def synthetic_lexical(
    size: int, rng: np.random.Generator, vocabulary: int = 50_000, words: int = 150
) -> LexicalIndex:
    """Term counts of `size` chunks, words drawn by Zipf's law (as in real text)."""
    weights = 1 / np.arange(1, vocabulary + 1)
    drawn = rng.choice(vocabulary, size=(size, words), p=weights / weights.sum())
    rows, term_ids, counts = [], [], []
    for row in drawn:
        ids, n = np.unique(row, return_counts=True)
        rows.append(len(ids))
        term_ids.append(ids)
        counts.append(n)
    indptr = np.concatenate([[0], np.cumsum(rows)])
    names = [f"w{i}" for i in range(vocabulary)]
    return LexicalIndex(names, indptr, np.concatenate(term_ids), np.concatenate(counts))


def measure_hybrid(
    vectors: np.ndarray, probes: np.ndarray, picks: np.ndarray, rng: np.random.Generator
) -> dict[str, float]:
    """Latency of `DocumentIndex.hybrid_search` (flat and HNSW) at this size."""
    lexical = synthetic_lexical(len(vectors), rng)
    # 1,000 distinct texts of ~1,000 characters, 50 chunks a source, so that each
    # hit's neighbours are real text to join (`search` = `hybrid_search` + neighbour
    # text); sentences of the index's own words, so the neighbours hold the question's
    vocabulary = [f"w{n}" for n in range(2000)]
    texts = [
        " ".join(" ".join(rng.choice(vocabulary, size=12)) + "." for _ in range(12))
        for _ in range(1000)
    ]
    chunks = [
        {
            "text": texts[i % len(texts)],
            "title": "",
            "source": f"s{i // 50}",
            "position": i % 50,
            "chunk_id": str(i),
        }
        for i in range(len(vectors))
    ]
    result: dict[str, float] = {}
    for kind in ("flat", "hnsw"):
        index = DocumentIndex(
            None,  # type: ignore[arg-type]  # no query is embedded here
            chunks,  # type: ignore[arg-type]
            vectors,
            {},
            kind,  # type: ignore[arg-type]
            hnsw_min_chunks=1,
            lexical=lexical,
        )
        # builds FAISS, the BM25 weights and the neighbour table
        index.with_neighbours(index.hybrid_search(probes[0], {}, 3, -1.0))
        latencies, whole = [], []
        for probe, row in zip(probes, picks, strict=True):
            terms = lexical.term_ids[lexical.indptr[row] : lexical.indptr[row + 1]]
            words = {
                f"w{t}": 1.0 for t in rng.choice(terms, size=min(8, len(terms)), replace=False)
            }
            start = time.perf_counter()
            hits = index.hybrid_search(probe, words, 3, -1.0)
            latencies.append(time.perf_counter() - start)
            index.with_neighbours(hits, NEIGHBOUR_CHARS, words)
            whole.append(time.perf_counter() - start)
        result[f"hybrid_{kind}_median_ms"] = round(1000 * statistics.median(latencies), 3)
        result[f"hybrid_{kind}_p95_ms"] = round(
            1000 * sorted(latencies)[int(0.95 * len(latencies))], 3
        )
        result[f"search_{kind}_median_ms"] = round(1000 * statistics.median(whole), 3)
        result[f"search_{kind}_p95_ms"] = round(1000 * sorted(whole)[int(0.95 * len(whole))], 3)
    return result


def measure(size: int, queries: int, rng: np.random.Generator) -> dict[str, float]:
    vectors = clustered_vectors(size, rng)
    rows = rng.integers(0, size, size=queries)
    picks = vectors[rows]
    probes = picks + 0.3 * rng.normal(size=picks.shape).astype(np.float32) / np.sqrt(DIMENSION)
    probes /= np.linalg.norm(probes, axis=1, keepdims=True)
    result: dict[str, float] = {"chunks": size}
    found = {}
    for kind in ("flat", "hnsw"):
        start = time.perf_counter()
        index = build_faiss(vectors, kind, hnsw_min_chunks=1)  # type: ignore[arg-type]
        result[f"{kind}_build_s"] = round(time.perf_counter() - start, 2)
        latencies, ids = [], []
        for probe in probes:
            start = time.perf_counter()
            _, hit = index.search(probe.reshape(1, -1), 5)
            latencies.append(time.perf_counter() - start)
            ids.append(set(hit[0].tolist()))
        result[f"{kind}_median_ms"] = round(1000 * statistics.median(latencies), 3)
        result[f"{kind}_p95_ms"] = round(1000 * sorted(latencies)[int(0.95 * len(latencies))], 3)
        found[kind] = ids
    result["hnsw_recall_at_5"] = round(
        sum(len(a & b) for a, b in zip(found["flat"], found["hnsw"], strict=True)) / (5 * queries),
        4,
    )
    result["speedup"] = round(result["flat_median_ms"] / result["hnsw_median_ms"], 1)
    result.update(measure_hybrid(vectors, probes, rows, rng))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=Path("bench/results/vector_search.json"))
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    results = [measure(size, args.queries, rng) for size in args.sizes]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
