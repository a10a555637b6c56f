"""The embedded storage: one SQLite file in WAL mode for checkpoints and threads,
through one connection, so there is one writer path and never a "database is locked".

The file and its `-wal` and `-shm` companions are readable by their owner only (0600),
and deleted rows are overwritten (`secure_delete`) and checkpointed out of the WAL.
A full disk is `DiskFull` (a 503 with its reason): SQLite rolls the failed write
back, what is stored stays whole, and writes work again once space is freed."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import aiosqlite
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from storage.run_locks import confirm_held


class DiskFull(RuntimeError):
    """SQLite could not write: the filesystem of the database is full (SQLITE_FULL)."""

    def __init__(self) -> None:
        super().__init__("the server's disk is full, so nothing new can be stored; try again later")


@contextmanager
def disk_full_raised() -> Iterator[None]:
    """SQLITE_FULL, raised as `DiskFull`; any other error as it is."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
            raise DiskFull() from exc
        raise


class SqliteSaver(AsyncSqliteSaver):
    """LangGraph's SQLite checkpointer, whose writes raise `DiskFull` on a full disk
    rather than a bare `OperationalError` (a 500), and which stores a run's checkpoint
    only while the run holds its thread (`storage.run_locks.confirm_held`: a Redis
    lease, when SQLite is used with Redis)."""

    async def aput(self, *args: Any, **kwargs: Any) -> Any:
        await confirm_held()
        with disk_full_raised():
            return await super().aput(*args, **kwargs)

    async def aput_writes(self, *args: Any, **kwargs: Any) -> None:
        with disk_full_raised():
            await super().aput_writes(*args, **kwargs)

    async def adelete_thread(self, thread_id: str) -> None:
        with disk_full_raised():
            await super().adelete_thread(thread_id)

    async def adelete_run(
        self, thread_id: str, checkpoint_ids: Sequence[str], started_from: str
    ) -> None:
        """storage.checkpoints.DiscardsRuns: in one transaction, then the WAL is
        checkpointed, so the deleted rows' frames go too (`SqliteDatabase.scrub`)."""
        ids = list(checkpoint_ids)
        marks = ",".join("?" * len(ids))
        async with self.lock:
            try:
                with disk_full_raised():
                    for table in ("writes", "checkpoints"):
                        await self.conn.execute(
                            f"DELETE FROM {table} "
                            f"WHERE thread_id = ? AND checkpoint_id IN ({marks})",
                            (thread_id, *ids),
                        )
                    await self.conn.execute(
                        "DELETE FROM writes WHERE thread_id = ? AND checkpoint_id = ? AND NOT "
                        "EXISTS (SELECT 1 FROM checkpoints WHERE thread_id = ? "
                        "AND parent_checkpoint_id = ?)",
                        (thread_id, started_from, thread_id, started_from),
                    )
                    await self.conn.commit()
            except BaseException:
                await self.conn.rollback()
                raise
            await self.conn.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")


class SqliteDatabase:
    """Statements on the checkpointer's own connection, under its lock: the thread table
    and the checkpoints take turns on one writer, and each statement ends its
    transaction (commit, or rollback on error) before the lock is released."""

    def __init__(self, saver: SqliteSaver) -> None:
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
                with disk_full_raised():
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
async def open_sqlite(path: Path) -> AsyncIterator[tuple[SqliteSaver, SqliteDatabase]]:
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
        saver = SqliteSaver(conn)
        await saver.setup()
        yield saver, SqliteDatabase(saver)
