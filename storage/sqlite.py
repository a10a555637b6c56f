"""The embedded storage: one SQLite file in WAL mode for checkpoints and threads,
through one connection, so there is one writer path and never a "database is locked".

The file and its `-wal` and `-shm` companions are readable by their owner only (0600),
and deleted rows are overwritten (`secure_delete`) and checkpointed out of the WAL."""

from __future__ import annotations

import contextlib
import os
import sqlite3
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
        """The rows as dicts, in one trip to the connection's thread (two for a write,
        which commits). Every trip waits for a turn of the event loop, and the lock is
        held meanwhile: with 200 answers streaming, a turn takes milliseconds, and
        opening a cursor, executing, fetching, closing and committing one by one made
        new requests queue for the lock (BENCHMARKS.md, Load)."""
        conn = self.saver.conn
        async with self.saver.lock:
            saver_rows = conn.row_factory
            conn.row_factory = sqlite3.Row  # for this statement only: the lock is held
            try:
                rows = await conn.execute_fetchall(sql, tuple(params))
                if conn.in_transaction:
                    await conn.commit()
            except BaseException:
                await conn.rollback()
                raise
            finally:
                conn.row_factory = saver_rows
        return [dict(row) for row in rows]

    async def scrub(self) -> None:
        """Copy the WAL into the database and truncate it: the frames that still held
        deleted rows go (`secure_delete` has zeroed them in the database's pages)."""
        async with self.saver.lock:
            await self.saver.conn.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")


#: The SQLite file and the companions SQLite creates with the file's own permissions.
PRIVATE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def make_private(path: Path) -> None:
    """Create the database file readable and writable by its owner only (SQLite gives
    its `-wal` and `-shm` files the database file's mode), and tighten the files an
    earlier version left readable by others."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    for suffix in PRIVATE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(f"{path}{suffix}", 0o600)


@asynccontextmanager
async def open_sqlite(path: Path) -> AsyncIterator[tuple[AsyncSqliteSaver, SqliteDatabase]]:
    """The checkpointer on `path` and the database beside it, ready, closed on exit."""
    path.parent.mkdir(parents=True, exist_ok=True)
    make_private(path)
    async with aiosqlite.connect(str(path), timeout=30) as conn:
        # WAL with synchronous=NORMAL never corrupts the file and survives a killed
        # process; a power cut may lose the last commits, which is cheaper than an
        # fsync on every run.
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA synchronous=NORMAL")
        await conn.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed, not left
        await conn.execute(
            "PRAGMA busy_timeout=30000"
        )  # another process, e.g. `threadline migrate`
        saver = AsyncSqliteSaver(conn)
        await saver.setup()
        yield saver, SqliteDatabase(saver)
