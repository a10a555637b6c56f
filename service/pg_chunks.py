"""The documents' chunks in PostgreSQL (`storage/pg_search.py`), as a `ChunkStore` for
the documents service and a retriever for the graph: the same hybrid search and
conversation rules as the file index (`graph/retrieval/search.py`), over candidates
that PostgreSQL ranks (pgvector for the vectors, a BM25 postings table for the words).

The search is synchronous on a small pool of its own: the `retrieve` node already runs
the retriever in a worker thread, and the conversation logic (a follow-up's subject
is found by searching the earlier turns again) is one piece of plain code for both
stores; an async retriever would have needed a second copy of it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

import numpy as np
from langchain_core.embeddings import Embeddings

from graph.retrieval.collections import SHARED
from graph.retrieval.embeddings import embedder_id
from graph.retrieval.index import (
    DocumentIndex,
    IndexType,
    QueryVectors,
    Retriever,
    embed,
    kept_query_vectors,
)
from graph.retrieval.ingest import ingest_paths
from graph.retrieval.lexical import K1, B, terms
from graph.retrieval.search import (
    NEIGHBOUR_CHARS,
    Candidates,
    HybridSearch,
    Neighbour,
    Passage,
)
from graph.state import RetrievedChunk
from storage.pg_search import PostgresChunks, StoredChunk

log = logging.getLogger("threadline")


def stored(chunk: RetrievedChunk) -> StoredChunk:
    """A chunk as PostgreSQL keeps it: with the term counts the lexical index reads
    (`lexical_text`, as the file index counts them)."""
    return StoredChunk(
        chunk_id=chunk["chunk_id"],
        title=chunk["title"],
        text=chunk["text"],
        position=chunk["position"],
        content_hash=chunk["content_hash"],
        terms=dict(Counter(terms(f"{chunk['title']}\n{chunk['text']}"))),
    )


class PostgresCorpus(HybridSearch):
    """The chunks of some collections, as one search sees them: BM25's statistics over
    those collections together, and the terms looked up once per search."""

    def __init__(
        self, chunks: PostgresChunks, collections: Sequence[str], kept: QueryVectors
    ) -> None:
        self.chunks = chunks
        self.collections = list(dict.fromkeys(collections))
        self.kept = kept
        self.size, self.average_length = (
            chunks.scope(self.collections) if self.collections else (0, 1.0)
        )
        self._df: dict[str, int] = {}

    def __len__(self) -> int:
        return self.size

    def _embed_query(self, text: str) -> np.ndarray:
        return cast(np.ndarray, self.kept(text))

    def _frequencies(self, wanted: Sequence[str]) -> dict[str, int]:
        missing = [t for t in dict.fromkeys(wanted) if t not in self._df]
        if missing:
            found = self.chunks.document_frequency(self.collections, missing)
            self._df.update({t: found.get(t, 0) for t in missing})
        return {t: self._df[t] for t in wanted}

    def _idf(self, df: int) -> float:
        # BM25's idf as `LexicalIndex.idf` computes it (Lucene's, never negative)
        return math.log1p((self.size - df + 0.5) / (df + 0.5))

    def term_idf(self, term: str) -> float:
        return self._idf(self._frequencies([term])[term])

    def key_terms(self, text: str, limit: int) -> list[str]:
        wanted = list(dict.fromkeys(terms(text)))
        present = [t for t, df in self._frequencies(wanted).items() if df > 0]
        return sorted(present, key=lambda t: (-self.term_idf(t), t))[:limit]

    def candidates(
        self, vector: np.ndarray, words: dict[str, float], n: int, quoted: Sequence[str]
    ) -> Candidates:
        df = self._frequencies([*words, *quoted])
        idf = {t: self._idf(f) for t, f in df.items()}
        held = [t for t in words if df[t] > 0]
        rows = self.chunks.candidates(
            self.collections,
            vector,
            held,
            [words[t] * idf[t] for t in held],
            [t for t in quoted if df[t] > 0],
            min(n, self.size),
            self.size,
            self.average_length,
        )
        top = self._idf(0)
        rarity = np.array(
            [max((idf[t] / top for t in row.held), default=0.0) for row in rows], np.float64
        )
        return Candidates(
            keys=[row.id for row in rows],
            cosine=np.array([row.cosine for row in rows], np.float64),
            bm25=np.array([row.bm25 for row in rows], np.float64),
            rarity=rarity,
            typical=max(sum(w * idf[t] for t, w in words.items()), 1e-9),
        )

    def passages(self, keys: Sequence[Hashable], words: dict[str, float]) -> list[Passage]:
        rows = self.chunks.passages([cast(int, k) for k in keys], list(words))
        return [
            Passage(
                cast(RetrievedChunk, row.chunk),
                Neighbour(*row.before) if row.before else None,
                Neighbour(*row.after) if row.after else None,
            )
            for row in rows
        ]


class PostgresRetriever:
    """What the graph searches: the collections a run may read, in PostgreSQL."""

    def __init__(self, chunks: PostgresChunks, embedder: Embeddings) -> None:
        self.chunks = chunks
        self.embedder = embedder
        self.kept = kept_query_vectors(embedder)

    def corpus(self, collections: Sequence[str] | None) -> PostgresCorpus:
        return PostgresCorpus(
            self.chunks, collections if collections is not None else (SHARED,), self.kept
        )

    def __len__(self) -> int:
        return len(self.corpus(None))

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
        collections: Sequence[str] | None = None,
    ) -> list[RetrievedChunk]:
        return self.corpus(collections).search(
            query, k, threshold, context, context_weight, neighbours
        )

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
        collections: Sequence[str] | None = None,
    ) -> tuple[list[RetrievedChunk], str | None]:
        return self.corpus(collections).search_conversation(
            turns, k, threshold, context_weight, neighbours
        )


class PostgresChunkStore:
    """`ChunkStore` on PostgreSQL: every process reads and writes the same rows."""

    def __init__(self, chunks: PostgresChunks, embedder: Embeddings) -> None:
        self.chunks = chunks
        self.embedder = embedder
        self.search = PostgresRetriever(chunks, embedder)
        self.retriever: Retriever = self.search

    async def vectors(self, collection_id: str, texts: Sequence[str]) -> tuple[np.ndarray, int]:
        hashes = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
        known = await self.chunks.stored_vectors(collection_id, hashes)
        new = [i for i, h in enumerate(hashes) if h not in known]
        embedded = await asyncio.to_thread(embed, self.embedder, [texts[i] for i in new])
        if not known:
            return embedded, 0
        vectors = np.zeros((len(texts), self.chunks.dimension), np.float32)
        for i, h in enumerate(hashes):
            if h in known:
                vectors[i] = known[h]
        if new:
            vectors[new] = embedded
        return vectors, len(texts) - len(new)

    async def replace(
        self,
        collection_id: str,
        updates: dict[str, tuple[str, list[RetrievedChunk]]],
        vectors: np.ndarray,
    ) -> None:
        rows = {s: (sha, [stored(c) for c in chunks]) for s, (sha, chunks) in updates.items()}
        if not sum(len(c) for _, c in rows.values()):
            vectors = np.zeros((0, self.chunks.dimension), np.float32)
        await self.chunks.replace(collection_id, rows, vectors)

    async def remove(self, collection_id: str, sources: Sequence[str]) -> None:
        await self.chunks.remove(collection_id, sources)

    async def drop(self, collection_id: str) -> None:
        await self.chunks.drop(collection_id)

    async def sources(self, collection_id: str) -> dict[str, str]:
        return await self.chunks.sources(collection_id)

    async def passage(self, collections: Sequence[str], chunk_id: str) -> dict[str, Any] | None:
        return await self.chunks.chunk(collections, chunk_id)

    async def copy_index(self, collection_id: str, index: DocumentIndex) -> int:
        """Put a file index's chunks, with their vectors (nothing embedded again), into
        the collection; the chunks copied."""
        updates: dict[str, tuple[str, list[RetrievedChunk]]] = {
            source: (digest, []) for source, digest in index.sources.items()
        }
        order: dict[str, list[int]] = {source: [] for source in updates}
        for row, chunk in enumerate(index.chunks):
            updates.setdefault(chunk["source"], ("", []))[1].append(chunk)
            order.setdefault(chunk["source"], []).append(row)
        rows = [row for source in updates for row in order[source]]
        vectors = index.vectors[rows] if rows else np.zeros((0, 1), np.float32)
        await self.replace(collection_id, updates, vectors)
        return len(rows)


class SeedSettings(Protocol):
    index_type: IndexType
    hnsw_min_chunks: int
    docs_dir: Path
    chunk_size: int
    chunk_overlap: int
    max_ingest_bytes: int

    @property
    def index_path(self) -> Path: ...


async def seed_shared(store: PostgresChunkStore, settings: SeedSettings) -> None:
    """Once per database, fill the shared collection as a first start on files does: from
    this machine's shared index when it has one (its vectors copied), else from the
    docs folder (the user guide by default)."""

    async def fill() -> None:
        if await store.sources(SHARED):
            return  # `threadline migrate-to-postgres` or an upload came first

        def read() -> DocumentIndex:
            if (settings.index_path / "manifest.json").is_file():
                return DocumentIndex.load(settings.index_path, store.embedder)
            empty = DocumentIndex(store.embedder, [], np.zeros((0, 1), np.float32), {})
            return ingest_paths(
                empty,
                [settings.docs_dir],
                base=settings.docs_dir,
                chunk_size=settings.chunk_size,
                chunk_overlap=settings.chunk_overlap,
                max_bytes=settings.max_ingest_bytes,
            )[0]

        index = await asyncio.to_thread(read)
        copied = await store.copy_index(SHARED, index)
        log.info("the shared collection filled in PostgreSQL: %d chunks", copied)

    await store.chunks.once("seed-shared", fill)


async def open_pg_chunks(
    url: str, embedder: Embeddings, max_connections: int, timeout_s: float
) -> PostgresChunks:
    """The chunk tables for this embedder (its dimension found by embedding a word),
    the extension and tables made when missing; `VectorExtensionMissing` or
    `ChunkTableMismatch` when they cannot be used."""
    probe = await asyncio.to_thread(embedder.embed_query, "dimension")
    chunks = PostgresChunks(
        url,
        embedder=embedder_id(embedder),
        dimension=len(probe),
        k1=K1,
        b=B,
        max_connections=max_connections,
        timeout_s=timeout_s,
    )
    await chunks.open()
    return chunks


@dataclass
class ChunksMoved:
    """What `move_indexes` copied, for `threadline migrate-to-postgres`'s summary."""

    collections: int = 0
    chunks: int = 0
    mismatched: list[str] = field(default_factory=list)
    """Collections whose chunks read back differently from PostgreSQL (should be none)."""

    def summary(self) -> str:
        verdict = (
            "every collection reads back the same"
            if not self.mismatched
            else f"{len(self.mismatched)} collections differ: {', '.join(self.mismatched)}"
        )
        return (
            f"copied {self.chunks} chunks with their vectors (none embedded again) "
            f"from {self.collections} collection indexes; {verdict}"
        )


def reads_back_the_same(
    index: DocumentIndex, back: list[tuple[str, str, StoredChunk, Any]], sources: dict[str, str]
) -> bool:
    """Whether PostgreSQL holds the index's chunks, vectors and sources."""
    if sources != index.sources or len(back) != len(index.chunks):
        return False
    rows = sorted(range(len(index.chunks)), key=lambda i: (index.chunks[i]["source"], i))
    for row, (source, _, chunk, vector) in zip(rows, back, strict=True):
        mine = index.chunks[row]
        if (source, chunk.chunk_id, chunk.title, chunk.text, chunk.position) != (
            mine["source"],
            mine["chunk_id"],
            mine["title"],
            mine["text"],
            mine["position"],
        ) or not np.allclose(np.asarray(vector, np.float32), index.vectors[row], atol=1e-6):
            return False
    return True


async def move_indexes(store: PostgresChunkStore, directories: dict[str, Path]) -> ChunksMoved:
    """Copy each collection's index folder (`directories`: collection -> folder) into
    PostgreSQL with its vectors, then read each back and compare; the shared collection
    is then not filled again from the docs at the next start."""
    moved = ChunksMoved()
    for collection_id, directory in directories.items():
        if not (directory / "manifest.json").is_file():
            continue
        index = await asyncio.to_thread(DocumentIndex.load, directory, store.embedder)
        moved.chunks += await store.copy_index(collection_id, index)
        moved.collections += 1
        back = await store.chunks.chunks_of(collection_id)
        if not reads_back_the_same(index, back, await store.sources(collection_id)):
            moved.mismatched.append(collection_id)
    await store.chunks.mark_done("seed-shared")
    return moved
