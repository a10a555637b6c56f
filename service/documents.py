"""Documents as users and operators manage them: collections with an owner (or shared,
managed by operators), uploads that are checked at once and indexed by a job whose
progress is readable, deletion that takes a document out of search at once, the
injection check that keeps flagged passages out of prompts, and the collections each
thread searches. The one path for the REST API, the chat page and `threadline ingest`.

Where chunks and vectors live is a `ChunkStore`: the file indexes of one machine
(`FileChunkStore`), or PostgreSQL. A job makes what it indexed searchable in one write,
so a search never sees half a job, and a job cut short leaves the previous state.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from graph.retrieval.collections import CollectionIndexes
from graph.retrieval.index import DocumentIndex, Retriever, dense_text
from graph.retrieval.reading import SUPPORTED, Unreadable, suffix_of
from graph.retrieval.splitting import split_markdown
from graph.state import RetrievedChunk
from service.parsing import FileReader
from storage.documents import (
    SHARED,
    CollectionNotFound,
    CollectionRecord,
    DocumentCatalog,
    DocumentRecord,
    JobRecord,
    PassageNotFound,
    private_collection_id,
)

log = logging.getLogger("threadline")

#: Texts embedded between two progress reports of a job.
PROGRESS_BATCH = 64


class NotAllowed(PermissionError):
    """The user may read this collection but not change it (403)."""


class UploadRefused(ValueError):
    """A file that cannot be taken, with the status that says why (413, 415, 422)."""

    def __init__(self, status_code: int, reason: str) -> None:
        super().__init__(reason)
        self.status_code = status_code


@dataclass
class IncomingFile:
    """A file as it arrives: its name (as it will be listed and cited), bytes and type."""

    name: str
    data: bytes
    content_type: str = ""


@dataclass
class DocumentLimits:
    """What one file, one upload and one user may bring (from the settings)."""

    max_file_bytes: int
    max_files: int
    quota_bytes: int
    chunk_size: int
    chunk_overlap: int
    read_timeout_s: float
    read_memory_bytes: int
    max_pdf_pages: int


class ChunkStore(Protocol):
    """Where the chunks, vectors and lexical index of every collection live."""

    retriever: Retriever
    """What the graph searches, with `collections=` naming what a run may read."""

    async def vectors(self, collection_id: str, texts: Sequence[str]) -> tuple[np.ndarray, int]:
        """The vectors of these chunk texts, and how many were already stored (kept,
        not embedded again)."""

    async def replace(
        self,
        collection_id: str,
        updates: dict[str, tuple[str, list[RetrievedChunk]]],
        vectors: np.ndarray,
    ) -> None:
        """Make each source of `updates` hold exactly its chunks (`vectors` in the same
        order), all at once."""

    async def remove(self, collection_id: str, sources: Sequence[str]) -> None:
        """Take these sources out of search, at once."""

    async def drop(self, collection_id: str) -> None:
        """Take the whole collection out of search, at once."""

    async def sources(self, collection_id: str) -> dict[str, str]:
        """Each indexed source of the collection, with the hash of its file."""

    async def passage(self, collections: Sequence[str], chunk_id: str) -> dict[str, Any] | None:
        """The chunk with this id (its id, source, title and text) in the first of these
        collections that holds it: what an answer's source opens."""


class FileChunkStore:
    """The chunks of one machine: a FAISS + BM25 folder per collection (CollectionIndexes),
    written by one job or deletion at a time per collection."""

    def __init__(self, indexes: CollectionIndexes) -> None:
        self.indexes = indexes
        self.retriever: Retriever = indexes
        self._locks: dict[str, asyncio.Lock] = {}

    def _lock(self, collection_id: str) -> asyncio.Lock:
        return self._locks.setdefault(collection_id, asyncio.Lock())

    async def vectors(self, collection_id: str, texts: Sequence[str]) -> tuple[np.ndarray, int]:
        index = await asyncio.to_thread(self.indexes.get, collection_id)
        return await asyncio.to_thread(index.vectors_for, list(texts))

    async def replace(
        self,
        collection_id: str,
        updates: dict[str, tuple[str, list[RetrievedChunk]]],
        vectors: np.ndarray,
    ) -> None:
        def change(index: DocumentIndex) -> DocumentIndex:
            rows = vectors if len(vectors) else np.zeros((0, index.vectors.shape[1]), np.float32)
            return index.replace_sources(updates, rows)

        async with self._lock(collection_id):
            await asyncio.to_thread(self.indexes.update, collection_id, change)

    async def remove(self, collection_id: str, sources: Sequence[str]) -> None:
        def change(index: DocumentIndex) -> DocumentIndex | None:
            if not any(s in index.sources for s in sources):
                return None
            return index.without_sources(set(sources))

        async with self._lock(collection_id):
            await asyncio.to_thread(self.indexes.update, collection_id, change)

    async def drop(self, collection_id: str) -> None:
        async with self._lock(collection_id):
            await asyncio.to_thread(self.indexes.drop, collection_id)

    async def sources(self, collection_id: str) -> dict[str, str]:
        index = await asyncio.to_thread(self.indexes.get, collection_id)
        return dict(index.sources)

    async def passage(self, collections: Sequence[str], chunk_id: str) -> dict[str, Any] | None:
        for collection_id in collections:
            index = await asyncio.to_thread(self.indexes.get, collection_id)
            chunk = index.chunk(chunk_id)
            if chunk is not None:
                return {k: chunk[k] for k in ("chunk_id", "source", "title", "text")}  # type: ignore[literal-required]
        return None


_BAD_NAME = re.compile(r"[/\\\x00-\x1f\x7f]")


def checked_name(name: str, folders: bool = False) -> str:
    """A file name as uploaded: no folder parts (unless `folders`: a path below the
    folder `threadline ingest` was given), no control characters, a supported type."""
    if not name or not name.strip():
        raise UploadRefused(422, "a file has no name")
    parts = name.removeprefix("/").split("/") if folders else [name]
    if any(_BAD_NAME.search(p) or p in ("", ".", "..") for p in parts):
        raise UploadRefused(422, f"file name {name[:80]!r} must not contain folder parts")
    if len(name) > 200:
        raise UploadRefused(422, "a file name is at most 200 characters")
    if suffix_of(name) not in SUPPORTED:
        raise UploadRefused(
            415,
            f"{name}: unsupported file type {suffix_of(name) or '(none)'}; supported: "
            + ", ".join(sorted(SUPPORTED)),
        )
    return name


class DocumentService:
    """Collections, documents and ingestion jobs, for users and operators."""

    def __init__(
        self,
        catalog: DocumentCatalog,
        store: ChunkStore,
        limits: DocumentLimits,
        is_injected: Callable[[str], bool],
        operators: frozenset[str],
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.limits = limits
        self.is_injected = is_injected
        """Whether a chunk reads as an instruction to the model (kept out of prompts)."""
        self.operators = operators
        self.jobs: set[asyncio.Task[None]] = set()
        self.reader = FileReader(
            limits.read_timeout_s, limits.read_memory_bytes, limits.max_pdf_pages
        )
        self._reading = asyncio.Lock()

    def is_operator(self, user: str) -> bool:
        return user in self.operators

    # --- collections ------------------------------------------------------------------

    async def collections(self, user: str) -> list[dict[str, Any]]:
        """The shared collections and the user's own, with their number of documents."""
        return [
            {**record.public(), "documents": n, "writable": self._may_write(record, user)}
            for record, n in await self.catalog.list_readable(user)
        ]

    def _may_write(self, record: CollectionRecord, user: str) -> bool:
        return record.owner == user or (record.shared and self.is_operator(user))

    async def create_collection(self, user: str, name: str, shared: bool) -> CollectionRecord:
        if shared and not self.is_operator(user):
            raise NotAllowed("only operators create shared collections")
        return await self.catalog.create_collection("" if shared else user, name)

    async def writable(self, user: str, collection_id: str) -> CollectionRecord:
        """The collection when `user` may change it; 404 when they may not even read it,
        403 when it is shared and they are not an operator."""
        record = await self.catalog.readable(collection_id, user)
        if not self._may_write(record, user):
            raise NotAllowed("only operators change a shared collection")
        return record

    async def own_collection(self, user: str) -> str:
        """The user's "My documents" collection (where the chat composer attaches files)."""
        collection_id = private_collection_id(user)
        await self.catalog.ensure_collection(collection_id, user, "My documents")
        return collection_id

    async def delete_collection(self, user: str, collection_id: str) -> None:
        await self.writable(user, collection_id)
        if collection_id == SHARED:
            raise NotAllowed("the default shared collection cannot be deleted (empty it)")
        await self.store.drop(collection_id)
        await self.catalog.delete_collection(collection_id)

    # --- documents --------------------------------------------------------------------

    async def documents(self, user: str, collection_id: str) -> list[DocumentRecord]:
        await self.catalog.readable(collection_id, user)
        return await self.catalog.documents(collection_id)

    async def document(
        self, user: str, collection_id: str, document_id: str
    ) -> tuple[DocumentRecord, bytes]:
        """A readable document and its original file."""
        await self.catalog.readable(collection_id, user)
        record = await self.catalog.document(collection_id, document_id)
        return record, await self.catalog.file(document_id)

    async def delete_document(self, user: str, collection_id: str, document_id: str) -> None:
        """Out of search at once, then out of the catalog."""
        await self.writable(user, collection_id)
        record = await self.catalog.document(collection_id, document_id)
        await self.store.remove(collection_id, [record.source])
        await self.catalog.delete_document(document_id)

    async def upload(
        self,
        user: str,
        collection_id: str,
        files: Sequence[IncomingFile],
        folders: bool = False,
    ) -> tuple[JobRecord | None, list[dict[str, str]]]:
        """Check every file now (name, type, size, quota, and that its text can be read:
        a refusal has its status and reason), store those that pass and start the job
        that indexes them. Returns the job (None when no file passed) and the refusals;
        `UploadRefused` when the only file, or every file, is refused."""
        await self.writable(user, collection_id)
        if not files:
            raise UploadRefused(422, "no file in the upload")
        if len(files) > self.limits.max_files:
            raise UploadRefused(413, f"at most {self.limits.max_files} files in one upload")
        used = await self.catalog.bytes_used(user)
        accepted: list[tuple[DocumentRecord, str]] = []
        refused: list[tuple[str, UploadRefused]] = []
        job = await self.catalog.create_job(collection_id, user, 0)
        for incoming in files:
            try:
                text = await self._checked_text(incoming, used, folders)
            except UploadRefused as exc:
                refused.append((incoming.name, exc))
                continue
            used += len(incoming.data)
            record = await self._stored(user, collection_id, job.job_id, incoming)
            accepted.append((record, text))
        rejections = [
            {"name": n, "status": str(e.status_code), "reason": str(e)} for n, e in refused
        ]
        if not accepted:
            job.status, job.errors = "failed", rejections
            await self.catalog.update_job(job)
            first = refused[0][1]
            if len(refused) == 1:
                raise first
            raise UploadRefused(first.status_code, "; ".join(str(e) for _, e in refused))
        job.files_total = len(accepted)
        await self.catalog.update_job(job)
        self._start(job, accepted)
        return job, rejections

    async def _checked_text(self, incoming: IncomingFile, used: int, folders: bool) -> str:
        """The text of a file that may be taken (`used`: the user's bytes so far), or
        `UploadRefused` saying why not."""
        name = checked_name(incoming.name, folders)
        size = len(incoming.data)
        if size > self.limits.max_file_bytes:
            raise UploadRefused(
                413, f"{name}: {size} bytes is over the limit of {self.limits.max_file_bytes}"
            )
        if used + size > self.limits.quota_bytes:
            raise UploadRefused(
                413,
                f"{name}: over your quota of {self.limits.quota_bytes} bytes ({used} used); "
                "delete documents first",
            )
        try:
            return await self.read(name, incoming.data)
        except Unreadable as exc:
            raise UploadRefused(422, f"{name}: {exc}") from exc

    async def _stored(
        self, user: str, collection_id: str, job_id: str, incoming: IncomingFile
    ) -> DocumentRecord:
        """The file in the catalog, queued for its job (replacing one of the same name)."""
        return await self.catalog.add_document(
            DocumentRecord(
                document_id="d-" + secrets.token_hex(8),
                collection_id=collection_id,
                name=incoming.name,
                source=incoming.name,
                size=len(incoming.data),
                content_type=incoming.content_type or "application/octet-stream",
                sha256=hashlib.sha256(incoming.data).hexdigest(),
                status="queued",
                uploaded_by=user,
                uploaded_at=self.catalog.clock(),
                job_id=job_id,
            ),
            incoming.data,
        )

    async def read(self, name: str, data: bytes) -> str:
        """The file's text, read in the reader process (one file at a time)."""
        async with self._reading:
            return await asyncio.to_thread(self.reader.read, name, data)

    async def reingest(
        self, user: str, collection_id: str, document_id: str, release: bool = False
    ) -> JobRecord:
        """Index the stored file again (after a failure, or to release its flagged
        passages, which only an operator may do)."""
        await self.writable(user, collection_id)
        if release and not self.is_operator(user):
            raise NotAllowed("only operators release flagged passages")
        record = await self.catalog.document(collection_id, document_id)
        content = await self.catalog.file(document_id)
        if not content:
            raise UploadRefused(409, f"{record.name} has no stored file: ingest it again")
        job = await self.catalog.create_job(collection_id, user, 1)
        released = record.released or release
        await self.catalog.update_document(
            document_id, status="queued", error="", job_id=job.job_id, released=released
        )
        record.released = released
        try:
            text = await self.read(record.name, content)
        except Unreadable as exc:
            await self.catalog.update_document(document_id, status="failed", error=str(exc))
            job.status, job.errors = "failed", [{"name": record.name, "reason": str(exc)}]
            await self.catalog.update_job(job)
            return job
        self._start(job, [(record, text)])
        return job

    async def job(self, user: str, job_id: str) -> JobRecord:
        return await self.catalog.job(job_id, user)

    async def adopt_indexed(self, collection_id: str, roots: Sequence[Path] = ()) -> int:
        """List the sources an index already holds that the catalog does not know (an
        index built by `threadline ingest` before documents had a catalog, or the
        default guide built at first start), so they can be seen and deleted; a source
        found as a file under one of `roots` (or as a path of its own) keeps that file,
        so it can be re-ingested and downloaded."""
        listed = {d.source for d in await self.catalog.documents(collection_id)}
        adopted = 0
        for source, digest in (await self.store.sources(collection_id)).items():
            if source in listed:
                continue
            found = next(
                (p for p in [*(r / source for r in roots), Path(source)] if p.is_file()), None
            )
            content = found.read_bytes() if found is not None else b""
            await self.catalog.add_document(
                DocumentRecord(
                    document_id="d-" + secrets.token_hex(8),
                    collection_id=collection_id,
                    name=source,
                    source=source,
                    size=len(content),
                    content_type="",
                    sha256=digest,
                    status="ready",
                    uploaded_by="threadline ingest",
                    uploaded_at=self.catalog.clock(),
                ),
                content,
            )
            adopted += 1
        return adopted

    # --- what a thread searches -------------------------------------------------------

    async def search_scope(self, thread_id: str, user: str) -> list[str]:
        """The collections a run on this thread reads: the ones it named that the user
        can still read, or every shared collection and the user's own."""
        named = await self.catalog.thread_collections(thread_id)
        readable = await self.catalog.default_search(user)
        if named is None:
            return list(readable)
        return [c for c in named if c in readable]

    async def passage(self, user: str, chunk_id: str) -> dict[str, Any]:
        """A passage an answer cited, by its chunk id, from the collections the user can
        read now: answers store where they came from, not the text, so a deleted
        document's text leaves them too."""
        chunk = await self.store.passage(list(await self.catalog.default_search(user)), chunk_id)
        if chunk is None:
            raise PassageNotFound(chunk_id)
        return chunk

    async def set_thread_collections(
        self, thread_id: str, user: str, collections: Sequence[str]
    ) -> list[str]:
        for collection_id in collections:
            await self.catalog.readable(collection_id, user)  # 404 for another's
        await self.catalog.set_thread_collections(thread_id, collections)
        return list(dict.fromkeys(collections))

    # --- jobs -------------------------------------------------------------------------

    def _start(self, job: JobRecord, documents: list[tuple[DocumentRecord, str]]) -> None:
        task = asyncio.get_running_loop().create_task(self.run(job, documents))
        self.jobs.add(task)
        task.add_done_callback(self.jobs.discard)

    async def run(self, job: JobRecord, documents: list[tuple[DocumentRecord, str]]) -> None:
        """Split, check and embed each document, then make them searchable together."""
        job.status = "running"
        await self.catalog.update_job(job)
        updates: dict[str, tuple[str, list[RetrievedChunk]]] = {}
        vectors: list[np.ndarray] = []
        indexed: list[tuple[DocumentRecord, int, int]] = []
        try:
            for record, text in documents:
                await self.catalog.update_document(record.document_id, status="indexing")
                chunks = split_markdown(
                    text, record.source, self.limits.chunk_size, self.limits.chunk_overlap
                )
                flags = await asyncio.to_thread(self.injected_flags, chunks)
                kept = [c for c, f in zip(chunks, flags, strict=True) if record.released or not f]
                texts = [dense_text(c) for c in kept]
                for start in range(0, len(texts), PROGRESS_BATCH):
                    batch, reused = await self.store.vectors(
                        job.collection_id, texts[start : start + PROGRESS_BATCH]
                    )
                    vectors.append(batch)
                    job.chunks_embedded += len(batch) - reused
                    await self.catalog.update_job(job)
                updates[record.source] = (record.sha256, kept)
                indexed.append((record, len(chunks), sum(flags)))
                job.files_done += 1
                await self.catalog.update_job(job)
            still_there = {d.document_id for d in await self.catalog.documents(job.collection_id)}
            gone = {r.source for r, _, _ in indexed if r.document_id not in still_there}
            if gone:  # deleted while the job ran: not brought back
                vectors = self._without(updates, vectors, gone)
            if updates:
                await self.store.replace(job.collection_id, updates, self._stacked(vectors))
            for record, n, flagged in indexed:
                if record.document_id in still_there:
                    await self.catalog.update_document(
                        record.document_id, status="ready", chunks=n, flagged=flagged, error=""
                    )
            job.status = "done"
        except Exception:
            log.exception("ingestion job %s failed", job.job_id)
            job.status = "failed"
            job.errors.append({"reason": "indexing failed on the server; re-ingest the documents"})
            for record, _ in documents:
                await self.catalog.update_document(
                    record.document_id, status="failed", error="indexing failed; re-ingest it"
                )
        finally:
            await self.catalog.update_job(job)

    def injected_flags(self, chunks: list[RetrievedChunk]) -> list[bool]:
        """Which chunks read as instructions to the model (`is_injected`)."""
        return [self.is_injected(chunk["text"]) for chunk in chunks]

    @staticmethod
    def _stacked(vectors: list[np.ndarray]) -> np.ndarray:
        parts = [v for v in vectors if len(v)]
        return np.vstack(parts).astype(np.float32) if parts else np.zeros((0, 1), np.float32)

    @staticmethod
    def _without(
        updates: dict[str, tuple[str, list[RetrievedChunk]]],
        vectors: list[np.ndarray],
        gone: set[str],
    ) -> list[np.ndarray]:
        """Drop the updates (and their rows of vectors) of sources deleted meanwhile."""
        rows = np.concatenate(
            [np.full(len(chunks), source in gone) for source, (_, chunks) in updates.items()]
            or [np.zeros(0, bool)]
        )
        for source in gone:
            updates.pop(source, None)
        stacked = DocumentService._stacked(vectors)
        return [stacked[~rows]] if len(stacked) == len(rows) else []

    async def close(self) -> None:
        """Stop running jobs (their documents are failed by the next start's sweep) and
        the reader process."""
        for task in list(self.jobs):
            task.cancel()
        await asyncio.gather(*self.jobs, return_exceptions=True)
        with contextlib.suppress(Exception):
            self.reader.close()


@dataclass
class Ingested:
    """What `ingest_files` did, for `threadline ingest`'s summary."""

    job: JobRecord | None
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        embedded = self.job.chunks_embedded if self.job else 0
        return (
            f"{len(self.added)} added, {len(self.replaced)} replaced, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped; "
            f"{embedded} chunks embedded"
            + "".join(f"\n  skipped {name}: {why}" for name, why in self.skipped.items())
        )


async def ingest_files(
    documents: DocumentService, user: str, collection_id: str, files: Sequence[IncomingFile]
) -> Ingested:
    """Upload files and wait for their job: `threadline ingest`. Files whose content is
    already indexed under the same name are left as they are."""
    indexed = await documents.store.sources(collection_id)
    digests = {f.name: hashlib.sha256(f.data).hexdigest() for f in files}
    changed = [f for f in files if indexed.get(f.name) != digests[f.name]]
    done = Ingested(None, unchanged=[f.name for f in files if f not in changed])
    if changed:
        try:
            job, refused = await documents.upload(user, collection_id, changed, folders=True)
            await asyncio.gather(*documents.jobs)
            done.job = await documents.job(user, job.job_id) if job else None
            done.skipped = {r["name"]: r["reason"] for r in refused}
        except UploadRefused as exc:  # every file refused: each is named in the reason
            done.skipped = {f.name: str(exc) for f in changed}
    if done.job:
        done.skipped |= {e.get("name", ""): e["reason"] for e in done.job.errors}
    taken = [f.name for f in changed if f.name not in done.skipped]
    done.added = [name for name in taken if name not in indexed]
    done.replaced = [name for name in taken if name in indexed]
    return done


async def remove_sources(
    documents: DocumentService, collection_id: str, names: set[str]
) -> list[str]:
    """Delete the documents of these names, or below these folders: `threadline ingest
    --remove`. Returns their names."""
    gone = [
        d
        for d in await documents.catalog.documents(collection_id)
        if d.source in names or any(d.source.startswith(n.rstrip("/") + "/") for n in names)
    ]
    for document in gone:
        await documents.store.remove(collection_id, [document.source])
        await documents.catalog.delete_document(document.document_id)
    return [d.source for d in gone]


__all__ = [
    "CollectionNotFound",
    "DocumentLimits",
    "DocumentService",
    "FileChunkStore",
    "IncomingFile",
    "NotAllowed",
    "UploadRefused",
    "checked_name",
    "ingest_files",
    "remove_sources",
]
