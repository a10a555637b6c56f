"""Who owns each thread, and its title, persona and activity, in the checkpoint database.

Ownership lives beside the checkpoints (a `threads` table in the same SQLite
file), so deleting a thread and its checkpoints happens in one place.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import aiosqlite
from langgraph.checkpoint.base import BaseCheckpointSaver

#: The user of a service with no API keys (development mode), and of in-process runs.
LOCAL_USER = "local"

SCHEMA = """
CREATE TABLE IF NOT EXISTS threads (
    thread_id   TEXT PRIMARY KEY,
    owner       TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    persona     TEXT NOT NULL DEFAULT '{}',
    metadata    TEXT NOT NULL DEFAULT '{}',
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS threads_by_owner ON threads (owner, updated_at DESC);
CREATE INDEX IF NOT EXISTS threads_by_activity ON threads (updated_at);
"""


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


def _record(row: aiosqlite.Row) -> ThreadRecord:
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
        conn: aiosqlite.Connection,
        checkpointer: BaseCheckpointSaver[Any] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.conn = conn
        self.checkpointer = checkpointer
        self.clock = clock

    async def setup(self) -> None:
        await self.conn.executescript(SCHEMA)
        await self.conn.commit()

    async def ping(self) -> None:
        """Raises when the database does not answer."""
        async with self.conn.execute("SELECT 1") as cursor:
            await cursor.fetchone()

    async def get(self, thread_id: str) -> ThreadRecord | None:
        async with self.conn.execute(
            "SELECT * FROM threads WHERE thread_id = ?", (thread_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _record(row) if row else None

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
        await self.conn.execute(
            "INSERT INTO threads VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.thread_id,
                owner,
                title,
                json.dumps(record.persona),
                json.dumps(record.metadata),
                now,
                now,
            ),
        )
        await self.conn.commit()
        return record

    async def claim(self, thread_id: str, owner: str) -> ThreadRecord | None:
        """The thread for a run of `owner`, marked active now: created for them when new;
        None when someone else owns it."""
        now = self.clock()
        await self.conn.execute(
            "INSERT INTO threads (thread_id, owner, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (thread_id) DO UPDATE SET updated_at = excluded.updated_at "
            "WHERE threads.owner = excluded.owner",
            (thread_id, owner, now, now),
        )
        await self.conn.commit()
        record = await self.get(thread_id)
        return record if record and record.owner == owner else None

    async def list_owned(self, owner: str, limit: int, offset: int) -> list[ThreadRecord]:
        """The owner's threads, most recently active first."""
        async with self.conn.execute(
            "SELECT * FROM threads WHERE owner = ? "
            "ORDER BY updated_at DESC, thread_id LIMIT ? OFFSET ?",
            (owner, limit, offset),
        ) as cursor:
            return [_record(row) for row in await cursor.fetchall()]

    async def update(self, thread_id: str, **changes: Any) -> ThreadRecord | None:
        """Change `title`, `persona` or `metadata`; the activity time is left alone."""
        columns = {
            k: json.dumps(v) if k in ("persona", "metadata") else v for k, v in changes.items()
        }
        if columns:
            assignments = ", ".join(f"{k} = ?" for k in columns)
            await self.conn.execute(
                f"UPDATE threads SET {assignments} WHERE thread_id = ?",  # noqa: S608  (fixed column names)
                (*columns.values(), thread_id),
            )
            await self.conn.commit()
        return await self.get(thread_id)

    async def title_if_untitled(self, thread_id: str, title: str) -> None:
        await self.conn.execute(
            "UPDATE threads SET title = ? WHERE thread_id = ? AND title = ''", (title, thread_id)
        )
        await self.conn.commit()

    async def clear_history(self, thread_id: str) -> None:
        """Remove every checkpoint of the thread: its history; the thread itself stays."""
        if self.checkpointer is not None:
            await self.checkpointer.adelete_thread(thread_id)

    async def delete(self, thread_id: str) -> None:
        """Remove the thread and every checkpoint it has."""
        await self.clear_history(thread_id)
        await self.conn.execute("DELETE FROM threads WHERE thread_id = ?", (thread_id,))
        await self.conn.commit()

    async def prune(
        self, ttl_s: float, skip: Callable[[str], bool] = lambda thread_id: False
    ) -> list[str]:
        """Delete the threads inactive for longer than `ttl_s` (but those `skip` names,
        such as a thread answering right now); returns their ids."""
        cutoff = self.clock() - ttl_s
        async with self.conn.execute(
            "SELECT thread_id FROM threads WHERE updated_at < ?", (cutoff,)
        ) as cursor:
            expired = [r["thread_id"] for r in await cursor.fetchall() if not skip(r["thread_id"])]
        for thread_id in expired:
            await self.delete(thread_id)
        return expired


@asynccontextmanager
async def open_thread_store(
    path: Path,
    checkpointer: BaseCheckpointSaver[Any] | None = None,
    clock: Callable[[], float] = time.time,
) -> AsyncIterator[ThreadStore]:
    """The thread table in the SQLite file at `path` (the checkpoint database)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    async with aiosqlite.connect(str(path)) as conn:
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA busy_timeout = 5000")
        # WAL with synchronous=NORMAL never corrupts the file; a power cut may lose the
        # last activity times, which is cheaper than an fsync on every run.
        await conn.execute("PRAGMA synchronous = NORMAL")
        store = ThreadStore(conn, checkpointer, clock)
        await store.setup()
        yield store
