"""Ingestion: read Markdown, text, HTML and PDF files, split them, embed the
chunks in batches, and update an index so that unchanged files add nothing,
changed files replace their chunks, and removed files leave it; and the index a
server opens, built from the docs folder on first start.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from graph.configuration import GraphSettings
from graph.retrieval.embeddings import load_embedder
from graph.retrieval.index import DocumentIndex, IndexType, LiveIndex, dense_text, manifest
from graph.retrieval.reading import (
    SUPPORTED,
    Unreadable,
    document_text,
    suffix_of,
)
from graph.retrieval.splitting import split_markdown
from graph.state import RetrievedChunk


@dataclass
class IngestReport:
    """What one ingestion did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    chunks_added: int = 0
    #: chunks whose text the index already held, so their vectors were kept
    chunks_reused: int = 0

    def summary(self) -> str:
        lines = [
            f"{len(self.added)} added, {len(self.replaced)} replaced, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped; "
            f"{self.chunks_added - self.chunks_reused} chunks embedded"
            + (f", {self.chunks_reused} unchanged kept" if self.chunks_reused else "")
        ]
        lines += [f"  skipped {path}: {reason}" for path, reason in self.skipped.items()]
        return "\n".join(lines)


def read_document(path: Path, max_bytes: int) -> tuple[str, str]:
    """(Markdown-ish text, sha256 of the file), or `Unreadable` with the reason."""
    if suffix_of(path.name) not in SUPPORTED:
        raise Unreadable(f"unsupported file type {suffix_of(path.name) or '(none)'}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Unreadable(f"{size} bytes is over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise Unreadable(f"cannot read it ({exc.strerror or exc})") from exc
    return document_text(path.name, data), hashlib.sha256(data).hexdigest()


def source_name(path: Path, base: Path | None) -> str:
    """How a file is named in the index: relative to `base` when given, else to
    the working directory when it is below it, else absolute."""
    resolved = path.resolve()
    root = (base or Path.cwd()).resolve()
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return resolved.as_posix()


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the supported files below folders named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
            )
        else:
            files.append(path)
    return files


#: Chunks embedded together: several files' worth, so batches sorted by length pad little.
EMBED_BATCH = 512


def ingest_paths(
    index: DocumentIndex,
    paths: Sequence[Path],
    *,
    base: Path | None = None,
    chunk_size: int = 1000,
    chunk_overlap: int = 150,
    max_bytes: int = 20 * 1024 * 1024,
    progress: bool = False,
) -> tuple[DocumentIndex, IngestReport]:
    """Add or refresh these files in the index; returns the new index and a report.
    Chunks of several files are embedded together (`EMBED_BATCH` at a time)."""
    report = IngestReport()
    pending: dict[str, tuple[str, list[RetrievedChunk]]] = {}

    def flush(index: DocumentIndex) -> DocumentIndex:
        chunks = [c for _, file_chunks in pending.values() for c in file_chunks]
        if chunks:
            vectors, reused = index.vectors_for([dense_text(c) for c in chunks])
            report.chunks_reused += reused
            index = index.replace_sources(pending, vectors)
        pending.clear()
        return index

    for path in tqdm(expand(paths), desc="ingesting", unit="file", disable=not progress):
        name = source_name(path, base)
        try:
            text, digest = read_document(path, max_bytes)
        except Unreadable as exc:
            report.skipped[name] = str(exc)
            continue
        previous = index.sources.get(name)
        if previous == digest:
            report.unchanged.append(name)
            continue
        chunks = split_markdown(text, name, chunk_size, chunk_overlap)
        if not chunks:
            report.skipped[name] = "no text in it"
            continue
        pending[name] = (digest, chunks)
        (report.replaced if previous is not None else report.added).append(name)
        report.chunks_added += len(chunks)
        if sum(len(c) for _, c in pending.values()) >= EMBED_BATCH:
            index = flush(index)
    return flush(index), report


def remove_paths(
    index: DocumentIndex, paths: Sequence[Path], base: Path | None = None
) -> tuple[DocumentIndex, list[str]]:
    """Drop these sources (a folder drops every source below it)."""
    names = {source_name(p, base) for p in paths}
    gone = {
        s
        for s in index.sources
        if s in names or any(s.startswith(n.rstrip("/") + "/") for n in names)
    }
    return index.without_sources(gone), sorted(gone)


def stats(index: DocumentIndex) -> dict[str, object]:
    """Sources, chunks and the embedder, for `threadline index stats`."""
    info = manifest(index)
    info["sources"] = len(index.sources)
    info["size_bytes"] = int(index.vectors.nbytes)
    return info


def open_index(
    index_dir: Path,
    docs_dir: Path,
    embedder: Embeddings,
    index_type: IndexType = "auto",
    hnsw_min_chunks: int = 20_000,
    *,
    chunk_size: int = 1000,
    chunk_overlap: int = 150,
    max_bytes: int = 20 * 1024 * 1024,
) -> DocumentIndex:
    """Load the index, or build the default knowledge base from `docs_dir` on first start,
    cut as the settings say."""
    if index_dir.exists():
        return DocumentIndex.load(index_dir, embedder, index_type, hnsw_min_chunks)
    index = DocumentIndex(
        embedder, [], np.zeros((0, 1), np.float32), {}, index_type, hnsw_min_chunks
    )
    index, _ = ingest_paths(
        index,
        [docs_dir],
        base=docs_dir,
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        max_bytes=max_bytes,
    )
    index.save(index_dir)
    return index


def open_live_index(settings: GraphSettings, embedder: Embeddings | None = None) -> LiveIndex:
    """The index the settings name, built from the docs on first start, reloaded on change."""
    index = open_index(
        settings.index_path,
        settings.docs_dir,
        embedder or load_embedder(settings),
        settings.index_type,
        settings.hnsw_min_chunks,
        chunk_size=settings.chunk_size,
        chunk_overlap=settings.chunk_overlap,
        max_bytes=settings.max_ingest_bytes,
    )
    return LiveIndex(settings.index_path, index)
