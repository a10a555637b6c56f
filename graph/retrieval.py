"""Document retrieval: chunks with their vectors in a FAISS index on disk, written
atomically, reloaded by a running server when it changes, and searched by the
`retrieve` node with a standalone version of the user's question.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol, cast

import faiss
import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import MarkdownHeaderTextSplitter, RecursiveCharacterTextSplitter

from graph.embeddings import embedder_id, load_embedder
from graph.settings import Settings
from graph.state import RetrievedChunk

IndexType = Literal["auto", "flat", "hnsw"]
#: Files of an index folder: the FAISS index, the vectors it was built from (so
#: an update re-embeds only what changed), the chunks, and a small manifest.
INDEX_FILES = ("manifest.json", "chunks.json", "vectors.npy", "index.faiss")
HNSW_NEIGHBOURS = 32
HNSW_EF_SEARCH = 128


class IndexUnavailable(RuntimeError):
    """The index on disk cannot be used; the message names the path and the fix."""


def split_markdown(
    text: str, source: str, chunk_size: int = 1000, chunk_overlap: int = 150
) -> list[RetrievedChunk]:
    """Split on headings first, so each chunk keeps its section title, then by size."""
    sections = MarkdownHeaderTextSplitter(
        [("#", "h1"), ("##", "h2"), ("###", "h3")], strip_headers=False
    ).split_text(text)
    sizer = RecursiveCharacterTextSplitter(chunk_size=chunk_size, chunk_overlap=chunk_overlap)
    chunks: list[RetrievedChunk] = []
    for section in sections:
        title = (
            " > ".join(section.metadata[k] for k in ("h1", "h2", "h3") if k in section.metadata)
            or Path(source).stem
        )
        for piece in sizer.split_text(section.page_content):
            digest = hashlib.sha256(piece.encode()).hexdigest()
            chunks.append(
                RetrievedChunk(
                    chunk_id=f"{source}#{len(chunks)}-{digest[:8]}",
                    source=source,
                    title=title,
                    text=piece,
                    position=len(chunks),
                    content_hash=digest,
                    score=0.0,
                )
            )
    return chunks


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


def embed(embedder: Embeddings, texts: Sequence[str]) -> np.ndarray:
    """Vectors of `texts` as a float32 matrix, L2-normalised for cosine similarity."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    vectors = np.asarray(embedder.embed_documents(list(texts)), dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-12)


class DocumentIndex:
    """Chunks, their vectors and the FAISS index over them, plus which file
    (by content hash) each source was read from."""

    def __init__(
        self,
        embedder: Embeddings,
        chunks: list[RetrievedChunk],
        vectors: np.ndarray | None = None,
        sources: dict[str, str] | None = None,
        index_type: IndexType = "auto",
        hnsw_min_chunks: int = 20_000,
        faiss_index: faiss.Index | None = None,
    ) -> None:
        self.embedder = embedder
        self.chunks = chunks
        self.vectors = embed(embedder, [c["text"] for c in chunks]) if vectors is None else vectors
        self.sources = sources if sources is not None else {c["source"]: "" for c in chunks}
        self.index_type: IndexType = index_type
        self.hnsw_min_chunks = hnsw_min_chunks
        self._faiss = faiss_index  # built on first use: updates come in batches

    def __len__(self) -> int:
        return len(self.chunks)

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

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
    ) -> list[RetrievedChunk]:
        """The k chunks most similar to the query, at or above the threshold. A
        follow-up's `context` (the earlier turn naming its subject) is blended
        into the query vector with a smaller weight."""
        if not self.chunks or k <= 0:
            return []
        vector = np.asarray(self.embedder.embed_query(query), dtype=np.float32)
        if context:
            vector = vector + context_weight * np.asarray(
                self.embedder.embed_query(context), dtype=np.float32
            )
        return self.search_vector(vector / max(float(np.linalg.norm(vector)), 1e-12), k, threshold)

    def replace_source(
        self, source: str, file_hash: str, chunks: list[RetrievedChunk], vectors: np.ndarray
    ) -> DocumentIndex:
        """A new index where `source` holds exactly these chunks."""
        kept = [i for i, c in enumerate(self.chunks) if c["source"] != source]
        merged = np.vstack([self.vectors[kept], vectors]) if kept else vectors
        return DocumentIndex(
            self.embedder,
            [self.chunks[i] for i in kept] + chunks,
            merged.astype(np.float32),
            {**self.sources, source: file_hash},
            self.index_type,
            self.hnsw_min_chunks,
        )

    def without_sources(self, sources: set[str]) -> DocumentIndex:
        """A new index without these sources' chunks."""
        kept = [i for i, c in enumerate(self.chunks) if c["source"] not in sources]
        return DocumentIndex(
            self.embedder,
            [self.chunks[i] for i in kept],
            self.vectors[kept] if kept else np.zeros((0, self.vectors.shape[1]), np.float32),
            {s: h for s, h in self.sources.items() if s not in sources},
            self.index_type,
            self.hnsw_min_chunks,
        )

    def save(self, directory: Path) -> None:
        """Write the index beside its target, then swap it in, so a crash never
        leaves a half-written index where the server reads."""
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=directory.parent))
        try:
            faiss.write_index(self.faiss, str(tmp / "index.faiss"))
            np.save(tmp / "vectors.npy", self.vectors)
            (tmp / "chunks.json").write_text(json.dumps(self.chunks))
            (tmp / "manifest.json").write_text(json.dumps(manifest(self), indent=2))
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
    ) -> DocumentIndex:
        info = read_manifest(directory)
        if info.get("embedder") != embedder_id(embedder):
            raise IndexUnavailable(
                f"the index at {directory} was built with the embedder "
                f"{info.get('embedder')!r}, not {embedder_id(embedder)!r}; set "
                f"THREADLINE_EMBEDDINGS to match, or re-ingest into a new index"
            )
        try:
            chunks = json.loads((directory / "chunks.json").read_text())
            vectors = np.load(directory / "vectors.npy")
            faiss_index = faiss.read_index(str(directory / "index.faiss"))
        except (OSError, ValueError, RuntimeError) as exc:
            raise IndexUnavailable(
                f"the index at {directory} cannot be read ({exc}); delete the folder and "
                "run `threadline ingest` again (the default guide is re-indexed on start)"
            ) from exc
        if len(chunks) != len(vectors) or faiss_index.ntotal != len(chunks):
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
        )


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


def read_manifest(directory: Path) -> dict[str, object]:
    """The index's manifest, or a clear error naming the path and the fix."""
    missing = [name for name in INDEX_FILES if not (directory / name).is_file()]
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
    return info


class Retriever(Protocol):
    """What `retrieve` needs: a search by text."""

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
    ) -> list[RetrievedChunk]: ...


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
                    self.directory, current.embedder, current.index_type, current.hnsw_min_chunks
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
    ) -> list[RetrievedChunk]:
        self.refresh()
        return self.index.search(query, k, threshold, context, context_weight)


def open_index(
    index_dir: Path,
    docs_dir: Path,
    embedder: Embeddings,
    index_type: IndexType = "auto",
    hnsw_min_chunks: int = 20_000,
) -> DocumentIndex:
    """Load the index, or build the default knowledge base from `docs_dir` on first start."""
    if index_dir.exists():
        return DocumentIndex.load(index_dir, embedder, index_type, hnsw_min_chunks)
    from graph.ingest import ingest_paths

    index = DocumentIndex(
        embedder, [], np.zeros((0, 1), np.float32), {}, index_type, hnsw_min_chunks
    )
    index, _ = ingest_paths(index, [docs_dir], base=docs_dir)
    index.save(index_dir)
    return index


def open_live_index(settings: Settings, embedder: Embeddings | None = None) -> LiveIndex:
    """The index the settings name, built from the docs on first start, reloaded on change."""
    index = open_index(
        settings.index_path,
        settings.docs_dir,
        embedder or load_embedder(settings),
        settings.index_type,
        settings.hnsw_min_chunks,
    )
    return LiveIndex(settings.index_path, index)


_FOLLOW_UP_WORDS = frozenset(
    "it its this that these those they them their he she his her there one ones".split()
)


def follow_up_context(user_turns: Sequence[str]) -> str | None:
    """The earlier turn a follow-up depends on, or None for a self-contained turn.

    A follow-up ("how do I install it?") names its subject only in an earlier
    turn: a short turn, or one that refers back with a pronoun.
    """
    if len(user_turns) < 2:
        return None
    words = re.findall(r"[a-z']+", user_turns[-1].lower())
    if len(words) <= 6 or _FOLLOW_UP_WORDS.intersection(words):
        return user_turns[-2].strip()
    return None
