"""The document index: chunks with their vectors in a FAISS index and their words
in a lexical (BM25) index, written together and atomically, reloaded by a running
server when they change, and searched with both, the two rankings fused, for a
question and the subject of the conversation around it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, cast

import faiss
import numpy as np
from langchain_core.embeddings import Embeddings

from graph.retrieval.embeddings import embedder_id
from graph.retrieval.lexical import LexicalIndex
from graph.retrieval.search import (
    CANDIDATES,
    KEPT_QUERY_CHARS,
    LEXICAL_WEIGHT,
    LITERAL_WEIGHT,
    NEIGHBOUR_CHARS,
    QUERY_VECTORS_KEPT,
    SUBJECT_TERMS,
    SURER_BY,
    Candidates,
    HybridSearch,
    Neighbour,
    Passage,
    excerpt,
    focused,
    head,
    shared_overlap,
    tail,
)
from graph.state import RetrievedChunk

IndexType = Literal["auto", "flat", "hnsw"]

__all__ = [  # what other modules and the tests read from here
    "CANDIDATES",
    "KEPT_QUERY_CHARS",
    "LEXICAL_WEIGHT",
    "LITERAL_WEIGHT",
    "NEIGHBOUR_CHARS",
    "QUERY_VECTORS_KEPT",
    "SUBJECT_TERMS",
    "SURER_BY",
    "DocumentIndex",
    "IndexUnavailable",
    "LiveIndex",
    "Retriever",
    "excerpt",
    "focused",
    "head",
    "shared_overlap",
    "tail",
]


#: Files of an index folder: the FAISS index, the vectors it was built from (so
#: an update re-embeds only what changed), the chunks, their term counts for
#: lexical search, and a small manifest.
LEXICAL_FILE = "lexical.npz"


INDEX_FILES = ("manifest.json", "chunks.json", "vectors.npy", "index.faiss", LEXICAL_FILE)


HNSW_NEIGHBOURS = 32


HNSW_EF_SEARCH = 128


class IndexUnavailable(RuntimeError):
    """The index on disk cannot be used; the message names the path and the fix."""


def lexical_text(chunk: RetrievedChunk) -> str:
    """What the lexical index reads of a chunk: its section path and its text."""
    return f"{chunk['title']}\n{chunk['text']}"


def dense_text(chunk: RetrievedChunk) -> str:
    """What the embedder reads of a chunk: its text. (The section path goes to the
    lexical index only: prefixed here, it lowered MiniLM's recall on
    `bench/evals/hybrid_retrieval.py`, 0.763 to 0.658 dense recall@3.)"""
    return chunk["text"]


def build_faiss(vectors: np.ndarray, index_type: IndexType, hnsw_min_chunks: int) -> faiss.Index:
    """A flat (exact) index, or HNSW (approximate, fast at scale) by setting or size."""
    dimension = vectors.shape[1] if vectors.size else 1
    index: faiss.Index
    if index_type == "hnsw" or (index_type == "auto" and len(vectors) >= hnsw_min_chunks):
        index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        index = faiss.IndexFlatIP(dimension)
    if len(vectors):
        index.add(vectors)
    return index


def embed(embedder: Embeddings, texts: Iterable[str]) -> np.ndarray:
    """Vectors of `texts` as a float32 matrix, L2-normalised for cosine similarity."""
    texts = list(texts)
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    vectors = np.asarray(embedder.embed_documents(list(texts)), dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-12)


#: A question's vector, kept for the questions asked last (`kept_query_vectors`).
QueryVectors = Callable[[str], np.ndarray]


def kept_query_vectors(embedder: Embeddings) -> QueryVectors:
    """`query_embedding` with the last `QUERY_VECTORS_KEPT` questions' vectors kept."""
    return functools.lru_cache(maxsize=QUERY_VECTORS_KEPT)(
        functools.partial(query_embedding, embedder)
    )


def query_embedding(embedder: Embeddings, text: str) -> np.ndarray:
    """The embedder's vector for a query, read-only (it may be kept and shared)."""
    vector = np.asarray(embedder.embed_query(text), dtype=np.float32)
    vector.flags.writeable = False
    return vector


class DocumentIndex(HybridSearch):
    """Chunks, their vectors and the FAISS index over them, their term counts for
    lexical search, plus which file (by content hash) each source was read from."""

    def __init__(
        self,
        embedder: Embeddings,
        chunks: list[RetrievedChunk],
        vectors: np.ndarray | None = None,
        sources: dict[str, str] | None = None,
        index_type: IndexType = "auto",
        hnsw_min_chunks: int = 20_000,
        faiss_index: faiss.Index | None = None,
        lexical: LexicalIndex | None = None,
        kept_queries: QueryVectors | None = None,
    ) -> None:
        self.embedder = embedder
        self.chunks = chunks
        self.vectors = embed(embedder, map(dense_text, chunks)) if vectors is None else vectors
        self.sources = sources if sources is not None else {c["source"]: "" for c in chunks}
        self.index_type: IndexType = index_type
        self.hnsw_min_chunks = hnsw_min_chunks
        self._faiss = faiss_index  # built on first use: updates come in batches
        self._rows: dict[tuple[str, int], int] | None = None  # (source, position) -> row
        self._by_id: dict[str, int] | None = None  # chunk_id -> row
        if lexical is None:
            lexical = LexicalIndex.empty().with_texts(map(lexical_text, chunks))
        self.lexical = lexical
        # A conversation's earlier turns are searched again to find its subject
        # (`subject_of`): their vectors are kept rather than computed again (the
        # cache holds the embedder, not the index, so a replaced index is freed at once;
        # the index that replaces it, and the other collections' indexes, share it).
        self._embed_kept = kept_queries or kept_query_vectors(embedder)

    def __len__(self) -> int:
        return len(self.chunks)

    def _embed_query(self, text: str) -> np.ndarray:
        """The query's vector; kept for texts of up to `KEPT_QUERY_CHARS` characters,
        so a long message cannot make the kept vectors' keys large."""
        if len(text) <= KEPT_QUERY_CHARS:
            return cast(np.ndarray, self._embed_kept(text))
        return query_embedding(self.embedder, text)

    @property
    def faiss(self) -> faiss.Index:
        if self._faiss is None:
            self._faiss = build_faiss(self.vectors, self.index_type, self.hnsw_min_chunks)
        return self._faiss

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self.faiss, faiss.IndexHNSWFlat) else "flat"

    def search_vector(self, vector: np.ndarray, k: int, threshold: float) -> list[RetrievedChunk]:
        """The k nearest chunks to a normalised query vector, at or above the threshold."""
        if not self.chunks or k <= 0:
            return []
        scores, ids = self.faiss.search(vector.reshape(1, -1), min(k, len(self.chunks)))
        return [
            {**self.chunks[i], "score": round(float(s), 4)}  # type: ignore[typeddict-item]
            for s, i in zip(scores[0], ids[0], strict=True)
            if i >= 0 and s >= threshold
        ]

    def candidates(
        self, vector: np.ndarray, words: dict[str, float], n: int, quoted: Sequence[str]
    ) -> Candidates:
        """FAISS's best `n` and BM25's best `n` (over every chunk), together."""
        n = min(n, len(self.chunks))
        _, ids = self.faiss.search(vector.reshape(1, -1), n)
        bm25 = self.lexical.scores(words)
        lexical_ids = [i for i, _ in self.lexical.best(bm25, n)]
        rows = np.array(
            list(dict.fromkeys([*(int(i) for i in ids[0] if i >= 0), *lexical_ids])), np.int64
        )
        rarity = (
            self.lexical.rarity_held(quoted)[rows] if quoted else np.zeros(len(rows), np.float32)
        )
        return Candidates(
            keys=rows.tolist(),
            cosine=self.vectors[rows] @ vector,
            bm25=bm25[rows],
            rarity=rarity,
            typical=self.lexical.typical_score(words),
        )

    def key_terms(self, text: str, limit: int) -> list[str]:
        return self.lexical.key_terms(text, limit)

    def term_idf(self, term: str) -> float:
        return self.lexical.term_idf(term)

    def chunk(self, chunk_id: str) -> RetrievedChunk | None:
        """The chunk with this id (an answer's source names it), or None."""
        if self._by_id is None:
            self._by_id = {c["chunk_id"]: i for i, c in enumerate(self.chunks)}
        row = self._by_id.get(chunk_id)
        return self.chunks[row] if row is not None else None

    def _row_of(self) -> dict[tuple[str, int], int]:
        if self._rows is None:
            self._rows = {
                (c["source"], c["position"]): i
                for i, c in enumerate(self.chunks)
                if isinstance(c.get("position"), int)
            }
        return self._rows

    def passages(self, keys: Sequence[Hashable], words: dict[str, float]) -> list[Passage]:
        rows = self._row_of()

        def neighbour(source: str, position: int) -> Neighbour | None:
            row = rows.get((source, position))
            if row is None:
                return None
            held = bool(words) and self.lexical.holds_any(row, words)
            return Neighbour(row, self.chunks[row]["text"], held)

        out = []
        for key in keys:
            chunk = self.chunks[cast(int, key)]
            position = chunk.get("position")
            if not isinstance(position, int):
                out.append(Passage(chunk, None, None))
                continue
            source = chunk["source"]
            out.append(
                Passage(chunk, neighbour(source, position - 1), neighbour(source, position + 1))
            )
        return out

    def hybrid_search(
        self,
        vector: np.ndarray,
        words: dict[str, float],
        k: int,
        threshold: float,
        quoted: Sequence[str] = (),
    ) -> list[RetrievedChunk]:
        """The chunks `ranked` keeps, alone, with their relevance as `score`."""
        found = self.ranked(vector, words, k, threshold, quoted)
        return [
            {**self.chunks[cast(int, key)], "score": score}  # type: ignore[typeddict-item]
            for key, score in zip(found.keys, found.scores, strict=True)
        ]

    def with_neighbours(
        self,
        hits: list[RetrievedChunk],
        budget: int = NEIGHBOUR_CHARS,
        words: dict[str, float] | None = None,
    ) -> list[RetrievedChunk]:
        """The hits, each one's `text` extended with its neighbours' (`joined`)."""
        if budget <= 0 or not hits:
            return hits
        rows = self._row_of()
        keys: list[Hashable] = []
        for n, hit in enumerate(hits):
            position = hit.get("position")
            row = rows.get((hit["source"], position)) if isinstance(position, int) else None
            keys.append(row if row is not None else ("alone", n))
        found = [
            self.passages([key], words or {})[0] if isinstance(key, int) else None for key in keys
        ]
        return self.joined(hits, found, keys, budget, words)

    def vectors_for(self, texts: Sequence[str]) -> tuple[np.ndarray, int]:
        """The vectors of these chunk texts and how many were already in the index:
        a text the index holds (a file re-ingested after an edit elsewhere in it, or
        moved) keeps its stored vector, so only new text is embedded."""
        stored = {dense_text(c): i for i, c in enumerate(self.chunks)}
        rows = [stored.get(t, -1) for t in texts]
        new = [i for i, row in enumerate(rows) if row < 0]
        embedded = embed(self.embedder, (texts[i] for i in new))
        if len(new) == len(texts):
            return embedded, 0
        vectors = np.zeros((len(texts), self.vectors.shape[1]), np.float32)
        held = [i for i, row in enumerate(rows) if row >= 0]
        vectors[held] = self.vectors[[rows[i] for i in held]]
        if new:
            vectors[new] = embedded
        return vectors, len(held)

    def replace_source(
        self, source: str, file_hash: str, chunks: list[RetrievedChunk], vectors: np.ndarray
    ) -> DocumentIndex:
        """A new index where `source` holds exactly these chunks."""
        return self.replace_sources({source: (file_hash, chunks)}, vectors)

    def replace_sources(
        self, updates: dict[str, tuple[str, list[RetrievedChunk]]], vectors: np.ndarray
    ) -> DocumentIndex:
        """A new index where each source of `updates` holds exactly its chunks (with
        their file hash); `vectors` are those chunks' vectors, in the same order."""
        chunks = [c for _, source_chunks in updates.values() for c in source_chunks]
        keep = np.array([c["source"] not in updates for c in self.chunks], dtype=bool)
        kept = np.flatnonzero(keep)
        merged = np.vstack([self.vectors[kept], vectors]) if len(kept) else vectors
        return DocumentIndex(
            self.embedder,
            [self.chunks[i] for i in kept] + chunks,
            merged.astype(np.float32),
            {**self.sources, **{s: h for s, (h, _) in updates.items()}},
            self.index_type,
            self.hnsw_min_chunks,
            lexical=self.lexical.keep(keep).with_texts(map(lexical_text, chunks)),
            kept_queries=self._embed_kept,
        )

    def without_sources(self, sources: set[str]) -> DocumentIndex:
        """A new index without these sources' chunks."""
        keep = np.array([c["source"] not in sources for c in self.chunks], dtype=bool)
        kept = np.flatnonzero(keep)
        return DocumentIndex(
            self.embedder,
            [self.chunks[i] for i in kept],
            self.vectors[kept] if len(kept) else np.zeros((0, self.vectors.shape[1]), np.float32),
            {s: h for s, h in self.sources.items() if s not in sources},
            self.index_type,
            self.hnsw_min_chunks,
            lexical=self.lexical.keep(keep),
            kept_queries=self._embed_kept,
        )

    def save(self, directory: Path) -> None:
        """Write both indexes beside their target, then swap the folder in, so a
        crash never leaves a half-written pair where the server reads."""
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=directory.parent))
        try:
            faiss.write_index(self.faiss, str(tmp / "index.faiss"))
            np.save(tmp / "vectors.npy", self.vectors)
            self.lexical.save(tmp / LEXICAL_FILE)
            (tmp / "chunks.json").write_text(json.dumps(self.chunks))
            info = {**manifest(self), "lexical_sha256": file_sha256(tmp / LEXICAL_FILE)}
            (tmp / "manifest.json").write_text(json.dumps(info, indent=2))
            old = directory.with_name(f".{directory.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            if directory.exists():
                directory.rename(old)
            tmp.rename(directory)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(
        cls,
        directory: Path,
        embedder: Embeddings,
        index_type: IndexType = "auto",
        hnsw_min_chunks: int = 20_000,
        reembed: bool = False,
        kept_queries: QueryVectors | None = None,
    ) -> DocumentIndex:
        """The index in `directory`. With `reembed`, the stored chunks are embedded
        again with `embedder` (the index was built by another one) and a missing or
        damaged lexical index is rebuilt from them."""
        info = read_manifest(directory, check_lexical=not reembed)
        if not reembed and info.get("embedder") != embedder_id(embedder):
            raise IndexUnavailable(
                f"the index at {directory} was built with the embedder "
                f"{info.get('embedder')!r}, not {embedder_id(embedder)!r}; run "
                f"`threadline ingest --reembed --index {directory}` to embed its chunks "
                "again, or set THREADLINE_EMBEDDINGS to match"
            )
        try:
            chunks = json.loads((directory / "chunks.json").read_text())
            if reembed:
                return cls(
                    embedder,
                    chunks,
                    None,
                    cast(dict[str, str], info.get("sources", {})),
                    index_type,
                    hnsw_min_chunks,
                    lexical=load_lexical(directory, len(chunks)),
                    kept_queries=kept_queries,
                )
            vectors = np.load(directory / "vectors.npy")
            faiss_index = faiss.read_index(str(directory / "index.faiss"))
            lexical = LexicalIndex.load(directory / LEXICAL_FILE)
        except (OSError, ValueError, RuntimeError, KeyError, zipfile.BadZipFile) as exc:
            raise IndexUnavailable(
                f"the index at {directory} cannot be read ({exc}); delete the folder and "
                "run `threadline ingest` again (the default guide is re-indexed on start)"
            ) from exc
        if (
            len(chunks) != len(vectors)
            or faiss_index.ntotal != len(chunks)
            or len(lexical) != len(chunks)
        ):
            raise IndexUnavailable(
                f"the index at {directory} is inconsistent; delete it and "
                "run `threadline ingest` again"
            )
        stored_type = cast(IndexType, info.get("index_type", "auto"))
        wanted = index_type if index_type != "auto" else stored_type
        sources = cast(dict[str, str], info.get("sources", {}))
        return cls(
            embedder,
            chunks,
            vectors,
            sources,
            wanted,
            hnsw_min_chunks,
            faiss_index=faiss_index if wanted == stored_type else None,
            lexical=lexical,
            kept_queries=kept_queries,
        )


def load_lexical(directory: Path, chunks: int) -> LexicalIndex | None:
    """The stored lexical index if it is sound and matches the chunks, else None
    (the caller rebuilds it from the chunks)."""
    try:
        read_manifest(directory)
        lexical = LexicalIndex.load(directory / LEXICAL_FILE)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, IndexUnavailable):
        return None
    return lexical if len(lexical) == chunks else None


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(index: DocumentIndex) -> dict[str, object]:
    """What `threadline index stats` shows, and what a load checks first."""
    return {
        "embedder": embedder_id(index.embedder),
        "index_type": index.index_type,
        "faiss": index.kind,
        "chunks": len(index.chunks),
        "dimension": int(index.vectors.shape[1]) if index.vectors.size else 0,
        "sources": index.sources,
    }


def read_manifest(directory: Path, check_lexical: bool = True) -> dict[str, object]:
    """The index's manifest, or a clear error naming the path and the fix. The
    lexical index is checked against the checksum the manifest holds, so a damaged
    one stops the server at start rather than failing searches later."""
    required = INDEX_FILES if check_lexical else INDEX_FILES[:-1]
    missing = [name for name in required if not (directory / name).is_file()]
    if missing == [LEXICAL_FILE]:
        raise IndexUnavailable(
            f"the index at {directory} has no lexical index ({LEXICAL_FILE}: it was built "
            f"before hybrid search); run `threadline ingest --reembed --index {directory}` "
            "to build it from the stored chunks"
        )
    if missing:
        raise IndexUnavailable(
            f"the index at {directory} is incomplete (missing {', '.join(missing)}); delete "
            "the folder and run `threadline ingest` again"
        )
    try:
        info = json.loads((directory / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        raise IndexUnavailable(
            f"the index manifest at {directory} cannot be read ({exc}); "
            "delete the folder and run `threadline ingest` again"
        ) from exc
    if not isinstance(info, dict):
        raise IndexUnavailable(f"the index manifest at {directory} is not an object")
    if check_lexical and info.get("lexical_sha256") != file_sha256(directory / LEXICAL_FILE):
        raise IndexUnavailable(
            f"the lexical index {directory / LEXICAL_FILE} is damaged (its checksum does not "
            f"match the manifest); run `threadline ingest --reembed --index {directory}` to "
            "rebuild it from the stored chunks, or delete the folder and ingest again"
        )
    return info


class Retriever(Protocol):
    """What `retrieve` needs: a search by text. A collection-aware one
    (`collections.CollectionIndexes`, PostgreSQL's) also takes `collections=`."""

    def __len__(self) -> int:
        """Chunks searched by default (a readiness check reads it)."""
        ...

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
        *args: Any,
        **scope: Any,
    ) -> list[RetrievedChunk]: ...

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        *args: Any,
        **scope: Any,
    ) -> tuple[list[RetrievedChunk], str | None]: ...


class LiveIndex:
    """The index a running server searches: reloaded when `threadline ingest`
    swaps a new one in, so new documents need no restart."""

    def __init__(self, directory: Path, index: DocumentIndex) -> None:
        self.directory = directory
        self.index = index
        self._signature = self._current_signature()
        self._lock = threading.Lock()

    def _current_signature(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.directory / "manifest.json")
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns

    def refresh(self) -> None:
        """Load the index again if the one on disk changed since the last look."""
        signature = self._current_signature()
        if signature is None or signature == self._signature:
            return
        with self._lock:
            if signature != self._signature:
                current = self.index
                self.index = DocumentIndex.load(
                    self.directory,
                    current.embedder,
                    current.index_type,
                    current.hnsw_min_chunks,
                    kept_queries=current._embed_kept,
                )
                self._signature = signature

    def __len__(self) -> int:
        return len(self.index)

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
    ) -> list[RetrievedChunk]:
        self.refresh()
        return self.index.search(query, k, threshold, context, context_weight, neighbours)

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
    ) -> tuple[list[RetrievedChunk], str | None]:
        self.refresh()
        return self.index.search_conversation(turns, k, threshold, context_weight, neighbours)
