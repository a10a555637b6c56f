"""The documents on one machine: one index folder (FAISS + BM25) per collection, the
shared collection's where the index always was, each other collection's under a
folder of its own. A search names the collections it may read (the thread's), so a
user's private index is never searched for anyone else; the hits of each are ranked
together by their relevance.

Writes swap a collection's folder in whole (`DocumentIndex.save`), so a search never
sees half an update, and a server reloads a folder another process changed.
"""

from __future__ import annotations

import fcntl
import re
import shutil
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from graph.retrieval.index import (
    NEIGHBOUR_CHARS,
    DocumentIndex,
    IndexType,
    LiveIndex,
    QueryVectors,
    kept_query_vectors,
)
from graph.state import RetrievedChunk

#: The collection every user reads and operators manage (its index is the default one).
SHARED = "shared"

_COLLECTION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class CollectionIndexes:
    """Every collection's index on this machine, opened when first searched."""

    def __init__(
        self,
        shared_dir: Path,
        root: Path,
        embedder: Embeddings,
        index_type: IndexType,
        hnsw_min_chunks: int,
        shared: DocumentIndex | None = None,
    ) -> None:
        self.shared_dir = shared_dir
        self.root = root
        self.embedder = embedder
        self.index_type: IndexType = index_type
        self.hnsw_min_chunks = hnsw_min_chunks
        self.kept_queries: QueryVectors = (
            shared._embed_kept if shared is not None else kept_query_vectors(embedder)
        )
        self._open: dict[str, LiveIndex] = {}
        if shared is not None:
            self._open[SHARED] = LiveIndex(shared_dir, shared)
        self._lock = threading.Lock()

    def directory(self, collection_id: str) -> Path:
        if collection_id == SHARED:
            return self.shared_dir
        if not _COLLECTION_ID.match(collection_id):
            raise ValueError(f"not a collection id: {collection_id!r}")
        return self.root / collection_id

    def empty(self) -> DocumentIndex:
        return DocumentIndex(
            self.embedder,
            [],
            np.zeros((0, 1), np.float32),
            {},
            self.index_type,
            self.hnsw_min_chunks,
            kept_queries=self.kept_queries,
        )

    def get(self, collection_id: str) -> DocumentIndex:
        """The collection's current index (an empty one when it has no documents yet)."""
        live = self._live(collection_id)
        if live is None:
            return self.empty()
        live.refresh()
        return live.index

    def _live(self, collection_id: str) -> LiveIndex | None:
        live = self._open.get(collection_id)
        if live is not None:
            return live
        directory = self.directory(collection_id)
        if not (directory / "manifest.json").is_file():
            return None
        with self._lock:
            if collection_id not in self._open:
                index = DocumentIndex.load(
                    directory,
                    self.embedder,
                    self.index_type,
                    self.hnsw_min_chunks,
                    kept_queries=self.kept_queries,
                )
                self._open[collection_id] = LiveIndex(directory, index)
            return self._open[collection_id]

    def __len__(self) -> int:
        """Chunks in the shared collection (what a server reports at start)."""
        return len(self.get(SHARED))

    def save(self, collection_id: str, index: DocumentIndex) -> None:
        """Swap the collection's folder for this index and search it from now on."""
        directory = self.directory(collection_id)
        index.save(directory)
        with self._lock:
            self._open[collection_id] = LiveIndex(directory, index)

    def update(
        self, collection_id: str, change: Callable[[DocumentIndex], DocumentIndex | None]
    ) -> None:
        """Apply `change` to the collection's latest index and save what it returns (None:
        nothing to save), holding a lock file, so that a server's upload and a
        `threadline ingest` beside it never write over each other's change."""
        directory = self.directory(collection_id)
        directory.parent.mkdir(parents=True, exist_ok=True)
        with open(directory.with_name(f".{directory.name}.lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            changed = change(self.get(collection_id))
            if changed is not None:
                self.save(collection_id, changed)

    def drop(self, collection_id: str) -> None:
        """Remove the collection's index: its documents leave search at once."""
        if collection_id == SHARED:
            self.update(SHARED, lambda _: self.empty())
            return
        with self._lock:
            self._open.pop(collection_id, None)
        shutil.rmtree(self.directory(collection_id), ignore_errors=True)

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
        """The k best chunks for the query over these collections (the shared one when
        none are named)."""
        hits = [
            hit
            for index in self._indexes(collections)
            for hit in index.search(query, k, threshold, context, context_weight, neighbours)
        ]
        return best(hits, k)

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
        collections: Sequence[str] | None = None,
    ) -> tuple[list[RetrievedChunk], str | None]:
        """`DocumentIndex.search_conversation` over these collections: their hits ranked
        together, and the subject the collection of the best hit carried."""
        found: list[tuple[list[RetrievedChunk], str | None]] = [
            index.search_conversation(turns, k, threshold, context_weight, neighbours)
            for index in self._indexes(collections)
        ]
        hits = best([hit for part, _ in found for hit in part], k)
        subject = next((s for part, s in found if hits and part and part[0] is hits[0]), None)
        return hits, subject

    def _indexes(self, collections: Sequence[str] | None) -> list[DocumentIndex]:
        names = dict.fromkeys(collections if collections is not None else (SHARED,))
        return [index for name in names if len(index := self.get(name))]


def best(hits: list[RetrievedChunk], k: int) -> list[RetrievedChunk]:
    """The k most relevant hits (the order of equals kept)."""
    return sorted(hits, key=lambda hit: -hit["score"])[:k]
