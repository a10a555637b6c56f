"""The embedded storage: one SQLite file in WAL mode for checkpoints and threads,
through one connection, so there is one writer path and never a "database is locked"."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver


class SqliteDatabase:
    """Statements on the checkpointer's own connection, under its lock: the thread table
    and the checkpoints take turns on one writer, and each statement ends its
    transaction (commit, or rollback on error) before the lock is released."""

    def __init__(self, saver: AsyncSqliteSaver) -> None:
        self.saver = saver

    async def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        conn = self.saver.conn
        async with self.saver.lock:
            try:
                async with conn.execute(sql, tuple(params)) as cursor:
                    rows = await cursor.fetchall()
                    names = [c[0] for c in cursor.description or ()]
                await conn.commit()
            except BaseException:
                await conn.rollback()
                raise
        return [dict(zip(names, row, strict=True)) for row in rows]


@asynccontextmanager
async def open_sqlite(path: Path) -> AsyncIterator[tuple[AsyncSqliteSaver, SqliteDatabase]]:
    """The checkpointer on `path` and the database beside it, ready, closed on exit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    async with aiosqlite.connect(str(path), timeout=30) as conn:
        # WAL with synchronous=NORMAL never corrupts the file and survives a killed
        # process; a power cut may lose the last commits, which is cheaper than an
        # fsync on every run.
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute(
            "PRAGMA busy_timeout=30000"
        )  # another process, e.g. `threadline migrate`
        saver = AsyncSqliteSaver(conn)
        await saver.setup()
        yield saver, SqliteDatabase(saver)
