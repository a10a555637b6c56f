"""What threadline knows about documents, in the same database as the threads: the
collections (each with an owner, or shared), the documents in them with their original
files, the ingestion jobs and their progress, and which collections a thread searches.
One SQL text for SQLite and PostgreSQL, behind the same `Database` as the threads.

Every read a user's request makes takes the user: a collection is readable by its owner
(or by everyone when shared) and nothing of another user's is ever returned, so a
missing collection and another user's look alike (404). Where the chunks and vectors
live is not here: the file index (graph/retrieval) or PostgreSQL (storage/pg_search).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from storage.threads import Database

#: The collection operators manage and every user reads; the default knowledge base.
SHARED = "shared"
#: The owner of a shared collection.
NO_OWNER = ""

DocumentStatus = Literal["queued", "indexing", "ready", "failed"]
JobStatus = Literal["queued", "running", "done", "failed"]

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS collections (
        collection_id TEXT PRIMARY KEY,
        owner         TEXT NOT NULL,
        name          TEXT NOT NULL,
        created_at    DOUBLE PRECISION NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS collections_by_owner ON collections (owner)",
    """CREATE TABLE IF NOT EXISTS documents (
        document_id   TEXT PRIMARY KEY,
        collection_id TEXT NOT NULL,
        name          TEXT NOT NULL,
        source        TEXT NOT NULL,
        size          BIGINT NOT NULL,
        content_type  TEXT NOT NULL,
        sha256        TEXT NOT NULL,
        chunks        INTEGER NOT NULL DEFAULT 0,
        flagged       INTEGER NOT NULL DEFAULT 0,
        released      INTEGER NOT NULL DEFAULT 0,
        status        TEXT NOT NULL,
        error         TEXT NOT NULL DEFAULT '',
        uploaded_by   TEXT NOT NULL,
        uploaded_at   DOUBLE PRECISION NOT NULL,
        job_id        TEXT NOT NULL DEFAULT '',
        UNIQUE (collection_id, source)
    )""",
    "CREATE INDEX IF NOT EXISTS documents_by_collection ON documents (collection_id, name)",
    """CREATE TABLE IF NOT EXISTS document_files (
        document_id TEXT PRIMARY KEY,
        content     BYTEA NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS ingest_jobs (
        job_id          TEXT PRIMARY KEY,
        collection_id   TEXT NOT NULL,
        owner           TEXT NOT NULL,
        status          TEXT NOT NULL,
        files_total     INTEGER NOT NULL,
        files_done      INTEGER NOT NULL DEFAULT 0,
        chunks_embedded INTEGER NOT NULL DEFAULT 0,
        errors          TEXT NOT NULL DEFAULT '[]',
        created_at      DOUBLE PRECISION NOT NULL,
        updated_at      DOUBLE PRECISION NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS thread_collections (
        thread_id     TEXT NOT NULL,
        collection_id TEXT NOT NULL,
        PRIMARY KEY (thread_id, collection_id)
    )""",
)


class CollectionNotFound(LookupError):
    """No such collection for this user (another user's looks exactly like a missing one)."""

    def __init__(self, collection_id: str) -> None:
        super().__init__(f"collection {collection_id!r} not found")


class DocumentNotFound(LookupError):
    def __init__(self, document_id: str) -> None:
        super().__init__(f"document {document_id!r} not found")


class PassageNotFound(LookupError):
    """No chunk with this id in the documents the user can read (deleted since it was
    cited, or another user's)."""

    def __init__(self, chunk_id: str) -> None:
        super().__init__(f"passage {chunk_id!r} is not in the documents you can read")


class JobNotFound(LookupError):
    def __init__(self, job_id: str) -> None:
        super().__init__(f"ingestion job {job_id!r} not found")


def private_collection_id(user: str) -> str:
    """The id of a user's own collection ("My documents"), the same in every process, so
    that two first uploads at once create it once."""
    return "my-" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:16]


@dataclass
class CollectionRecord:
    collection_id: str
    owner: str
    name: str
    created_at: float

    @property
    def shared(self) -> bool:
        return self.owner == NO_OWNER

    def public(self) -> dict[str, Any]:
        return {
            "collection_id": self.collection_id,
            "name": self.name,
            "shared": self.shared,
            "created_at": self.created_at,
        }


@dataclass
class DocumentRecord:
    document_id: str
    collection_id: str
    name: str
    source: str
    """The document's name in the index and in an answer's sources."""
    size: int
    content_type: str
    sha256: str
    status: DocumentStatus
    uploaded_by: str
    uploaded_at: float
    chunks: int = 0
    flagged: int = 0
    """Chunks the injection check flagged: kept out of prompts unless released."""
    released: bool = False
    error: str = ""
    job_id: str = ""

    def public(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class JobRecord:
    job_id: str
    collection_id: str
    owner: str
    status: JobStatus
    files_total: int
    created_at: float
    updated_at: float
    files_done: int = 0
    chunks_embedded: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed")

    def public(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("owner")
        return out


DOCUMENT_COLUMNS = (
    "document_id, collection_id, name, source, size, content_type, sha256, chunks, flagged, "
    "released, status, error, uploaded_by, uploaded_at, job_id"
)
JOB_COLUMNS = (
    "job_id, collection_id, owner, status, files_total, files_done, chunks_embedded, errors, "
    "created_at, updated_at"
)


def _document(row: dict[str, Any]) -> DocumentRecord:
    return DocumentRecord(**{**row, "released": bool(row["released"])})


def _job(row: dict[str, Any]) -> JobRecord:
    return JobRecord(**{**row, "errors": json.loads(row["errors"])})


class DocumentCatalog:
    """The collections, documents, files and jobs tables; every user-facing read is
    scoped by the user here, once."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.clock = clock

    async def setup(self) -> None:
        for statement in SCHEMA:
            await self.db.query(statement)
        await self.ensure_collection(SHARED, NO_OWNER, "Shared documents")

    # --- collections ------------------------------------------------------------------

    async def ensure_collection(self, collection_id: str, owner: str, name: str) -> None:
        """Create the collection unless it exists (idempotent across processes)."""
        await self.db.query(
            "INSERT INTO collections (collection_id, owner, name, created_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (collection_id) DO NOTHING",
            (collection_id, owner, name, self.clock()),
        )

    async def create_collection(self, owner: str, name: str) -> CollectionRecord:
        record = CollectionRecord("c-" + secrets.token_hex(8), owner, name, self.clock())
        await self.db.query(
            "INSERT INTO collections (collection_id, owner, name, created_at) VALUES (?, ?, ?, ?)",
            (record.collection_id, owner, name, record.created_at),
        )
        return record

    async def readable(self, collection_id: str, user: str) -> CollectionRecord:
        """The collection when `user` may read it (their own, or a shared one)."""
        rows = await self.db.query(
            "SELECT collection_id, owner, name, created_at FROM collections "
            "WHERE collection_id = ? AND (owner = ? OR owner = ?)",
            (collection_id, user, NO_OWNER),
        )
        if not rows:
            raise CollectionNotFound(collection_id)
        return CollectionRecord(**rows[0])

    async def list_readable(self, user: str) -> list[tuple[CollectionRecord, int]]:
        """The shared collections and the user's own, each with its number of documents."""
        rows = await self.db.query(
            "SELECT c.collection_id, c.owner, c.name, c.created_at, COUNT(d.document_id) AS n "
            "FROM collections c LEFT JOIN documents d ON d.collection_id = c.collection_id "
            "WHERE c.owner = ? OR c.owner = ? "
            "GROUP BY c.collection_id, c.owner, c.name, c.created_at "
            "ORDER BY c.owner, c.created_at",
            (user, NO_OWNER),
        )
        return [(CollectionRecord(*(r[k] for k in list(r)[:4])), int(r["n"])) for r in rows]

    async def default_search(self, user: str) -> tuple[str, ...]:
        """What a thread searches unless it names its collections: every shared
        collection and every collection of the user's."""
        rows = await self.db.query(
            "SELECT collection_id FROM collections WHERE owner = ? OR owner = ? "
            "ORDER BY created_at, collection_id",
            (user, NO_OWNER),
        )
        return tuple(r["collection_id"] for r in rows)

    async def delete_collection(self, collection_id: str) -> list[str]:
        """Remove the collection, its documents, files and thread links; returns the
        removed documents' sources."""
        rows = await self.db.query(
            "SELECT document_id, source FROM documents WHERE collection_id = ?", (collection_id,)
        )
        for row in rows:
            await self.db.query(
                "DELETE FROM document_files WHERE document_id = ?", (row["document_id"],)
            )
        await self.db.query("DELETE FROM documents WHERE collection_id = ?", (collection_id,))
        await self.db.query(
            "DELETE FROM thread_collections WHERE collection_id = ?", (collection_id,)
        )
        await self.db.query("DELETE FROM collections WHERE collection_id = ?", (collection_id,))
        return [r["source"] for r in rows]

    # --- documents --------------------------------------------------------------------

    async def add_document(self, record: DocumentRecord, content: bytes) -> DocumentRecord:
        """Store the document and its file; a document of the same name in the collection
        is replaced (its file too), keeping its id."""
        rows = await self.db.query(
            f"INSERT INTO documents ({DOCUMENT_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (collection_id, source) DO UPDATE SET size = excluded.size, "
            "content_type = excluded.content_type, sha256 = excluded.sha256, "
            "status = excluded.status, error = '', uploaded_by = excluded.uploaded_by, "
            "uploaded_at = excluded.uploaded_at, job_id = excluded.job_id, released = 0 "
            f"RETURNING {DOCUMENT_COLUMNS}",
            (
                record.document_id,
                record.collection_id,
                record.name,
                record.source,
                record.size,
                record.content_type,
                record.sha256,
                record.chunks,
                record.flagged,
                int(record.released),
                record.status,
                record.error,
                record.uploaded_by,
                record.uploaded_at,
                record.job_id,
            ),
        )
        stored = _document(rows[0])
        await self.db.query(
            "INSERT INTO document_files (document_id, content) VALUES (?, ?) "
            "ON CONFLICT (document_id) DO UPDATE SET content = excluded.content",
            (stored.document_id, content),
        )
        return stored

    async def document(self, collection_id: str, document_id: str) -> DocumentRecord:
        rows = await self.db.query(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE document_id = ? AND collection_id = ?",
            (document_id, collection_id),
        )
        if not rows:
            raise DocumentNotFound(document_id)
        return _document(rows[0])

    async def documents(self, collection_id: str) -> list[DocumentRecord]:
        rows = await self.db.query(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE collection_id = ? "
            "ORDER BY name, document_id",
            (collection_id,),
        )
        return [_document(r) for r in rows]

    async def file(self, document_id: str) -> bytes:
        rows = await self.db.query(
            "SELECT content FROM document_files WHERE document_id = ?", (document_id,)
        )
        if not rows:
            raise DocumentNotFound(document_id)
        return bytes(rows[0]["content"])

    async def update_document(self, document_id: str, **changes: Any) -> None:
        """Set the status, error, chunk counts, release or job of a document."""
        if "released" in changes:
            changes["released"] = int(changes["released"])
        assignments = ", ".join(f"{k} = ?" for k in changes)
        await self.db.query(
            f"UPDATE documents SET {assignments} WHERE document_id = ?",  # noqa: S608  (fixed names)
            (*changes.values(), document_id),
        )

    async def delete_document(self, document_id: str) -> None:
        await self.db.query("DELETE FROM document_files WHERE document_id = ?", (document_id,))
        await self.db.query("DELETE FROM documents WHERE document_id = ?", (document_id,))

    async def bytes_used(self, user: str) -> int:
        """The size of every document the user uploaded (their quota counts these)."""
        rows = await self.db.query(
            "SELECT COALESCE(SUM(size), 0) AS used FROM documents WHERE uploaded_by = ?", (user,)
        )
        return int(rows[0]["used"])

    # --- jobs -------------------------------------------------------------------------

    async def create_job(self, collection_id: str, owner: str, files_total: int) -> JobRecord:
        now = self.clock()
        job = JobRecord(
            "j-" + secrets.token_hex(8), collection_id, owner, "queued", files_total, now, now
        )
        await self.db.query(
            f"INSERT INTO ingest_jobs ({JOB_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                job.job_id,
                collection_id,
                owner,
                job.status,
                files_total,
                0,
                0,
                "[]",
                now,
                now,
            ),
        )
        return job

    async def job(self, job_id: str, user: str) -> JobRecord:
        rows = await self.db.query(
            f"SELECT {JOB_COLUMNS} FROM ingest_jobs WHERE job_id = ? AND owner = ?",
            (job_id, user),
        )
        if not rows:
            raise JobNotFound(job_id)
        return _job(rows[0])

    async def update_job(self, job: JobRecord) -> None:
        """Write the job's progress (and mark it alive: `fail_stalled_jobs` reads it)."""
        job.updated_at = self.clock()
        await self.db.query(
            "UPDATE ingest_jobs SET status = ?, files_total = ?, files_done = ?, "
            "chunks_embedded = ?, errors = ?, updated_at = ? WHERE job_id = ?",
            (
                job.status,
                job.files_total,
                job.files_done,
                job.chunks_embedded,
                json.dumps(job.errors),
                job.updated_at,
                job.job_id,
            ),
        )

    async def fail_stalled_jobs(self, stalled_after_s: float) -> list[str]:
        """Jobs whose process stopped writing progress (it died): failed, with their
        unfinished documents, so nobody waits on them; the previous index is intact
        and `reingest` runs them again. Returns their ids."""
        cutoff = self.clock() - stalled_after_s
        rows = await self.db.query(
            "SELECT job_id FROM ingest_jobs WHERE status IN ('queued', 'running') "
            "AND updated_at < ?",
            (cutoff,),
        )
        reason = "ingestion was interrupted (the server stopped); re-ingest the document"
        for row in rows:
            await self.db.query(
                "UPDATE ingest_jobs SET status = 'failed', updated_at = ? WHERE job_id = ?",
                (self.clock(), row["job_id"]),
            )
            await self.db.query(
                "UPDATE documents SET status = 'failed', error = ? "
                "WHERE job_id = ? AND status IN ('queued', 'indexing')",
                (reason, row["job_id"]),
            )
        return [r["job_id"] for r in rows]

    # --- what a thread searches -------------------------------------------------------

    async def thread_collections(self, thread_id: str) -> tuple[str, ...] | None:
        """The collections the thread named, or None when it searches the default."""
        rows = await self.db.query(
            "SELECT collection_id FROM thread_collections WHERE thread_id = ? "
            "ORDER BY collection_id",
            (thread_id,),
        )
        return tuple(r["collection_id"] for r in rows) or None

    async def set_thread_collections(self, thread_id: str, collections: Sequence[str]) -> None:
        """Name the thread's collections (an empty list goes back to the default)."""
        await self.db.query("DELETE FROM thread_collections WHERE thread_id = ?", (thread_id,))
        for collection_id in dict.fromkeys(collections):
            await self.db.query(
                "INSERT INTO thread_collections (thread_id, collection_id) VALUES (?, ?)",
                (thread_id, collection_id),
            )
