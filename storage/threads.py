"""Who owns each thread, and its title, persona and activity: the `threads` table,
one SQL text for SQLite and PostgreSQL, behind a `Database` that runs one statement.

Every read that a user's request makes goes through `owned`, `claim` or
`list_owned`, which take the owner: the ownership rule is written here, once.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

from langgraph.checkpoint.base import BaseCheckpointSaver

#: The user of a service with no API keys (development mode), and of in-process runs.
LOCAL_USER = "local"

#: Valid for both SQLite and PostgreSQL; run statement by statement.
SCHEMA = (
    """CREATE TABLE IF NOT EXISTS threads (
        thread_id   TEXT PRIMARY KEY,
        owner       TEXT NOT NULL,
        title       TEXT NOT NULL DEFAULT '',
        persona     TEXT NOT NULL DEFAULT '{}',
        metadata    TEXT NOT NULL DEFAULT '{}',
        created_at  DOUBLE PRECISION NOT NULL,
        updated_at  DOUBLE PRECISION NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS threads_by_owner ON threads (owner, updated_at DESC)",
    "CREATE INDEX IF NOT EXISTS threads_by_activity ON threads (updated_at)",
)

COLUMNS = "thread_id, owner, title, persona, metadata, created_at, updated_at"


class ThreadNotFound(LookupError):
    """No such thread for this user: another user's thread looks exactly like a missing one."""

    def __init__(self, thread_id: str) -> None:
        super().__init__(f"thread {thread_id!r} not found")


class Database(Protocol):
    """Runs one SQL statement (`?` placeholders) in a transaction of its own, committed
    on success and rolled back on error, so that no failure leaves a connection
    inside a transaction for the requests after it."""

    async def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    async def scrub(self) -> None:
        """After a deletion: leave no copy of the deleted rows in the database's files."""
        ...


def new_thread_id() -> str:
    """An unguessable thread id: 128 random bits."""
    return secrets.token_hex(16)


@dataclass
class ThreadRecord:
    """A thread's metadata; its messages live in the checkpoints."""

    thread_id: str
    owner: str
    title: str = ""
    persona: dict[str, Any] = field(default_factory=dict)
    """Per-thread prompt settings: `expertise`, `topics`, `language`, `system_prompt`."""
    metadata: dict[str, Any] = field(default_factory=dict)
    created_at: float = 0.0
    updated_at: float = 0.0

    def public(self) -> dict[str, Any]:
        """The record as the threads API shows it (the owner is the caller)."""
        out = asdict(self)
        out.pop("owner")
        return out

    def row(self) -> tuple[Any, ...]:
        return (
            self.thread_id,
            self.owner,
            self.title,
            json.dumps(self.persona),
            json.dumps(self.metadata),
            self.created_at,
            self.updated_at,
        )


def _record(row: dict[str, Any]) -> ThreadRecord:
    return ThreadRecord(
        thread_id=row["thread_id"],
        owner=row["owner"],
        title=row["title"],
        persona=json.loads(row["persona"]),
        metadata=json.loads(row["metadata"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class ThreadStore:
    """The `threads` table: ownership, metadata, activity, and deletion with checkpoints."""

    def __init__(
        self,
        db: Database,
        checkpointer: BaseCheckpointSaver[Any] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.checkpointer = checkpointer
        self.clock = clock

    async def setup(self) -> None:
        from storage.feedback import SCHEMA as FEEDBACK_SCHEMA

        for statement in (*SCHEMA, *FEEDBACK_SCHEMA):
            await self.db.query(statement)

    async def ping(self) -> None:
        """Raises when the database does not answer."""
        await self.db.query("SELECT 1")

    async def owned(self, thread_id: str, owner: str) -> ThreadRecord:
        """The thread when `owner` owns it; `ThreadNotFound` when it is missing or another's."""
        rows = await self.db.query(
            f"SELECT {COLUMNS} FROM threads WHERE thread_id = ? AND owner = ?", (thread_id, owner)
        )
        if not rows:
            raise ThreadNotFound(thread_id)
        return _record(rows[0])

    async def has_history(self, thread_id: str) -> bool:
        """Whether the thread has a stored conversation (a checkpoint), with one small
        query: the saver's `aget_tuple` reads and decodes the whole conversation, in
        several trips to the database. Both savers keep a `checkpoints` table with the
        thread's id and namespace."""
        rows = await self.db.query(
            "SELECT 1 AS found FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '' LIMIT 1",
            (thread_id,),
        )
        return bool(rows)

    async def ensure_usable(self, thread_id: str, owner: str) -> None:
        """Raises `ThreadNotFound` when another user owns the thread; a new id is usable."""
        rows = await self.db.query("SELECT owner FROM threads WHERE thread_id = ?", (thread_id,))
        if rows and rows[0]["owner"] != owner:
            raise ThreadNotFound(thread_id)

    async def create(
        self,
        owner: str,
        *,
        thread_id: str | None = None,
        title: str = "",
        persona: dict[str, Any] | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> ThreadRecord:
        now = self.clock()
        record = ThreadRecord(
            thread_id=thread_id or new_thread_id(),
            owner=owner,
            title=title,
            persona=persona or {},
            metadata=metadata or {},
            created_at=now,
            updated_at=now,
        )
        await self.db.query(
            f"INSERT INTO threads ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", record.row()
        )
        return record

    async def claim(self, thread_id: str, owner: str) -> ThreadRecord:
        """The thread for a run of `owner`, marked active now, created for them when new;
        `ThreadNotFound` when someone else owns it. One statement, so two first
        requests on a new id cannot both win."""
        now = self.clock()
        rows = await self.db.query(
            "INSERT INTO threads (thread_id, owner, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (thread_id) DO UPDATE SET updated_at = excluded.updated_at "
            f"WHERE threads.owner = excluded.owner RETURNING {COLUMNS}",
            (thread_id, owner, now, now),
        )
        if not rows:
            raise ThreadNotFound(thread_id)
        return _record(rows[0])

    async def list_owned(self, owner: str, limit: int, offset: int) -> list[ThreadRecord]:
        """The owner's threads, most recently active first."""
        rows = await self.db.query(
            f"SELECT {COLUMNS} FROM threads WHERE owner = ? "
            "ORDER BY updated_at DESC, thread_id LIMIT ? OFFSET ?",
            (owner, limit, offset),
        )
        return [_record(row) for row in rows]

    async def update(self, record: ThreadRecord, **changes: Any) -> ThreadRecord:
        """Change `title`, `persona` or `metadata` of an owned thread; activity stays."""
        columns = {
            k: json.dumps(v) if k in ("persona", "metadata") else v for k, v in changes.items()
        }
        if not columns:
            return record
        assignments = ", ".join(f"{k} = ?" for k in columns)
        rows = await self.db.query(
            f"UPDATE threads SET {assignments} WHERE thread_id = ? AND owner = ? "  # noqa: S608  (fixed column names)
            f"RETURNING {COLUMNS}",
            (*columns.values(), record.thread_id, record.owner),
        )
        if not rows:
            raise ThreadNotFound(record.thread_id)
        return _record(rows[0])

    async def title_if_untitled(self, thread_id: str, title: str) -> None:
        await self.db.query(
            "UPDATE threads SET title = ? WHERE thread_id = ? AND title = ''", (title, thread_id)
        )

    async def clear_history(self, thread_id: str) -> None:
        """Remove every checkpoint of the thread (every branch): its history, and the
        ratings of its answers; the thread itself stays."""
        if self.checkpointer is not None:
            await self.checkpointer.adelete_thread(thread_id)
        await self.db.query("DELETE FROM feedback WHERE thread_id = ?", (thread_id,))
        await self.db.scrub()

    async def delete(self, thread_id: str) -> None:
        """Remove the thread, every checkpoint it has and the ratings of its answers."""
        if self.checkpointer is not None:
            await self.checkpointer.adelete_thread(thread_id)
        await self.db.query("DELETE FROM feedback WHERE thread_id = ?", (thread_id,))
        await self.db.query("DELETE FROM threads WHERE thread_id = ?", (thread_id,))
        await self.db.scrub()

    async def prune(
        self, ttl_s: float, skip: Callable[[str], Awaitable[bool]] | None = None
    ) -> list[str]:
        """Delete the threads inactive for longer than `ttl_s` (but those `skip` names,
        such as a thread answering right now); returns their ids."""
        cutoff = self.clock() - ttl_s
        rows = await self.db.query("SELECT thread_id FROM threads WHERE updated_at < ?", (cutoff,))
        expired = []
        for row in rows:
            if skip is None or not await skip(row["thread_id"]):
                await self.delete(row["thread_id"])
                expired.append(row["thread_id"])
        return expired

    async def copy_rows(self) -> list[ThreadRecord]:
        """Every thread of every owner: only for moving a deployment to another database."""
        return [_record(r) for r in await self.db.query(f"SELECT {COLUMNS} FROM threads")]

    async def insert_copy(self, record: ThreadRecord) -> None:
        """Write a thread copied from another database, as it was (or leave one already there)."""
        await self.db.query(
            f"INSERT INTO threads ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (thread_id) DO NOTHING",
            record.row(),
        )
