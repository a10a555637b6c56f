"""Storage on PostgreSQL, for several processes and machines: `AsyncPostgresSaver` on a
psycopg pool, and the thread table in the same database."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg import AsyncConnection
from psycopg.rows import dict_row
from psycopg_pool import AsyncConnectionPool

from storage.run_locks import confirm_held

log = logging.getLogger("threadline.storage")

#: The advisory lock that lets one process at a time run the schema migrations.
SETUP_LOCK_KEY = "threadline:setup"


#: `PostgresSaver.adelete_run`: blobs first (they are found through the checkpoints).
DELETE_RUN_SQL = (
    """DELETE FROM checkpoint_blobs b
    USING (
        SELECT c.checkpoint_ns, v.key AS channel, v.value AS version
        FROM checkpoints c
        CROSS JOIN LATERAL jsonb_each_text(c.checkpoint -> 'channel_versions') AS v
        WHERE c.thread_id = %(thread)s AND c.checkpoint_id = ANY(%(ids)s)
        EXCEPT
        SELECT c.checkpoint_ns, v.key, v.value
        FROM checkpoints c
        CROSS JOIN LATERAL jsonb_each_text(c.checkpoint -> 'channel_versions') AS v
        WHERE c.thread_id = %(thread)s AND c.checkpoint_id <> ALL(%(ids)s)
    ) AS freed
    WHERE b.thread_id = %(thread)s AND b.checkpoint_ns = freed.checkpoint_ns
    AND b.channel = freed.channel AND b.version = freed.version""",
    "DELETE FROM checkpoint_writes WHERE thread_id = %(thread)s AND checkpoint_id = ANY(%(ids)s)",
    "DELETE FROM checkpoints WHERE thread_id = %(thread)s AND checkpoint_id = ANY(%(ids)s)",
    """DELETE FROM checkpoint_writes
    WHERE thread_id = %(thread)s AND checkpoint_id = %(start)s AND NOT EXISTS (
        SELECT 1 FROM checkpoints
        WHERE thread_id = %(thread)s AND parent_checkpoint_id = %(start)s
    )""",
)


class PostgresSaver(AsyncPostgresSaver):
    """LangGraph's PostgreSQL checkpointer, which stores a run's checkpoint only while
    the run still holds its thread (`storage.run_locks.confirm_held`)."""

    async def aput(self, *args: Any, **kwargs: Any) -> Any:
        await confirm_held()
        return await super().aput(*args, **kwargs)

    async def adelete_run(
        self, thread_id: str, checkpoint_ids: Sequence[str], started_from: str
    ) -> None:
        """storage.checkpoints.DiscardsRuns, in one transaction. A blob is keyed by its
        channel and version, and a checkpoint shares the blobs of the channels it did
        not change with its parent: only those no kept checkpoint uses go."""
        params = {"thread": thread_id, "ids": list(checkpoint_ids), "start": started_from}
        async with self._cursor() as cur, cur.connection.transaction():
            for sql in DELETE_RUN_SQL:
                await cur.execute(sql, params)


class PostgresDatabase:
    """One statement per pooled connection, in autocommit: it ends its own transaction."""

    def __init__(self, pool: AsyncConnectionPool[Any]) -> None:
        self.pool = pool

    async def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        async with self.pool.connection() as conn:
            cursor = await conn.execute(sql.replace("?", "%s"), tuple(params))
            return list(await cursor.fetchall()) if cursor.description else []

    async def scrub(self) -> None:
        """Nothing here: PostgreSQL's files and WAL are the database server's to keep
        (its data directory is readable by its own user only)."""


async def run_exclusively(url: str, work: Callable[[], Awaitable[None]]) -> None:
    """Run `work` while holding a PostgreSQL advisory lock, so processes starting at the
    same moment migrate one after the other. The lock is polled with
    `pg_try_advisory_lock`: a blocked `pg_advisory_lock` would itself hold up the
    saver's `CREATE INDEX CONCURRENTLY` in the process that has the lock."""
    async with await AsyncConnection.connect(url, autocommit=True) as conn:
        while True:
            cursor = await conn.execute(
                "SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (SETUP_LOCK_KEY,)
            )
            row = await cursor.fetchone()
            if row and row[0]:
                break
            await asyncio.sleep(0.2)
        try:
            await work()
        finally:
            await conn.execute(
                "SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (SETUP_LOCK_KEY,)
            )


@asynccontextmanager
async def open_postgres(
    url: str,
    *,
    min_size: int,
    max_size: int,
    timeout_s: float,
    setup: Callable[[AsyncPostgresSaver, PostgresDatabase], Awaitable[None]],
) -> AsyncIterator[tuple[PostgresSaver, PostgresDatabase]]:
    """The saver and the database on a pool opened here and closed on exit; `setup`
    (the migrations) runs under the setup lock."""
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        url,
        min_size=min_size,
        max_size=max_size,
        timeout=timeout_s,
        open=False,
        # what AsyncPostgresSaver.from_conn_string sets, which its queries rely on
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        check=AsyncConnectionPool.check_connection,
        max_idle=300,
        max_lifetime=1800,
        name="threadline",
    )
    await pool.open(wait=True, timeout=timeout_s)
    try:
        saver = PostgresSaver(pool)  # type: ignore[arg-type]
        database = PostgresDatabase(pool)
        await run_exclusively(url, lambda: setup(saver, database))
        yield saver, database
    finally:
        await pool.close()
