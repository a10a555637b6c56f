"""Everything threadline keeps, behind one small interface (`Storage`), in one of two
implementations: SQLite plus in-process locks and fan-out (one process, the embedded
default), or PostgreSQL plus Redis (several processes on several machines).

Graph nodes and routers use `Storage` and never know which one runs.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import psycopg
from langgraph.checkpoint.base import BaseCheckpointSaver
from psycopg_pool import PoolTimeout
from pydantic import SecretStr
from redis.asyncio import Redis
from redis.exceptions import RedisError

from storage.bus import LocalBus, RedisBus, StreamBus
from storage.documents import DocumentCatalog
from storage.feedback import FeedbackExists, FeedbackStore
from storage.postgres import open_postgres
from storage.run_locks import LocalRunLocks, RedisRunLocks, RunLeaseLost, RunLocks, ThreadBusy
from storage.sqlite import DiskFull, open_sqlite
from storage.threads import (
    LOCAL_USER,
    Database,
    ThreadNotFound,
    ThreadRecord,
    ThreadStore,
    new_thread_id,
)

__all__ = [
    "LOCAL_USER",
    "DiskFull",
    "FeedbackExists",
    "RunLeaseLost",
    "STORAGE_ERRORS",
    "THREAD_ERRORS",
    "Storage",
    "StorageSettings",
    "StorageUnavailable",
    "ThreadBusy",
    "ThreadNotFound",
    "ThreadRecord",
    "ThreadStore",
    "new_thread_id",
    "open_storage",
]

#: What a lost database or Redis raises mid-request; the HTTP layer answers 503.
STORAGE_ERRORS: tuple[type[Exception], ...] = (psycopg.OperationalError, PoolTimeout, RedisError)


#: The errors of a thread that cannot be used now, with `STORAGE_ERRORS`.
THREAD_ERRORS: tuple[type[Exception], ...] = (
    ThreadNotFound,
    ThreadBusy,
    DiskFull,
    *STORAGE_ERRORS,
)


class StorageSettings(Protocol):
    """What the storage is opened with. The values and their defaults live in the
    process's settings (settings.py), which satisfy this; storage never imports them."""

    database_url: SecretStr | None
    db_pool_min_size: int
    db_pool_max_size: int
    db_pool_timeout_s: float
    redis_url: str | None
    redis_prefix: str
    run_lease_s: float

    @property
    def sqlite_path(self) -> Path: ...


class StorageUnavailable(RuntimeError):
    """A store cannot be reached; the message names it (password masked) and the fix."""


@dataclass
class Storage:
    """The checkpointer, the threads (scoped by owner), the run locks and the stream bus."""

    checkpointer: BaseCheckpointSaver[Any]
    threads: ThreadStore
    run_locks: RunLocks
    bus: StreamBus
    redis: Redis | None
    """The shared Redis, when there is one (also the rate-limit counters' home)."""
    documents: DocumentCatalog
    """Collections, documents, their files and ingestion jobs."""
    feedback: FeedbackStore
    """Users' ratings of answers."""

    async def ping_database(self) -> None:
        await self.threads.ping()

    async def ping_redis(self) -> None:
        if self.redis is not None:
            await self.redis.ping()  # type: ignore[misc]  # redis-py types sync and async alike


def mask_url(url: str) -> str:
    """The URL with its password replaced, fit for a log line or an error message."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def redis_client(url: str) -> Redis:
    """A Redis client that tolerates the bus's blocking reads and finds dead connections."""
    return Redis.from_url(
        url,
        decode_responses=True,
        socket_connect_timeout=5,
        health_check_interval=30,
        retry_on_timeout=True,
    )


async def check_reachable(settings: StorageSettings) -> None:
    """Raises `StorageUnavailable` naming the store that does not answer, before serving."""
    if settings.database_url:
        url = settings.database_url.get_secret_value()
        try:
            conn = await psycopg.AsyncConnection.connect(url, connect_timeout=5)
            await conn.close()
        except psycopg.Error as exc:
            raise StorageUnavailable(
                f"cannot reach PostgreSQL at {mask_url(url)} ({str(exc).strip()}); start it, "
                "create the database, or fix THREADLINE_DATABASE_URL"
            ) from None
        from storage.pg_search import ensure_vector_extension

        await ensure_vector_extension(url)  # documents live there too: pgvector, or exit 2
    if settings.redis_url:
        client = redis_client(settings.redis_url)
        try:
            await client.ping()  # type: ignore[misc]
        except RedisError as exc:
            raise StorageUnavailable(
                f"cannot reach Redis at {mask_url(settings.redis_url)} ({exc}); start it "
                "or fix THREADLINE_REDIS_URL"
            ) from None
        finally:
            await client.aclose()


@asynccontextmanager
async def open_storage(
    settings: StorageSettings, clock: Callable[[], float] = time.time
) -> AsyncIterator[Storage]:
    """The storage the settings choose, open and migrated; closed on exit."""
    async with AsyncExitStack() as stack:
        saver: BaseCheckpointSaver[Any]
        db: Database
        if settings.database_url:

            async def migrate(saver: BaseCheckpointSaver[Any], db: Any) -> None:
                await saver.setup()  # type: ignore[attr-defined]
                await ThreadStore(db).setup()
                await DocumentCatalog(db).setup()

            saver, db = await stack.enter_async_context(
                open_postgres(
                    settings.database_url.get_secret_value(),
                    min_size=settings.db_pool_min_size,
                    max_size=settings.db_pool_max_size,
                    timeout_s=settings.db_pool_timeout_s,
                    setup=migrate,
                )
            )
            threads = ThreadStore(db, saver, clock)
        else:
            saver, db = await stack.enter_async_context(open_sqlite(settings.sqlite_path))
            threads = ThreadStore(db, saver, clock)
            await threads.setup()
            await DocumentCatalog(db, clock).setup()
        redis: Redis | None = None
        run_locks: RunLocks
        bus: StreamBus
        if settings.redis_url:
            redis = redis_client(settings.redis_url)
            stack.push_async_callback(redis.aclose)
            redis_locks = RedisRunLocks(redis, settings.redis_prefix, settings.run_lease_s)
            stack.push_async_callback(redis_locks.close)
            run_locks, bus = redis_locks, RedisBus(redis, settings.redis_prefix)
        else:
            run_locks, bus = LocalRunLocks(), LocalBus()
        stack.push_async_callback(bus.close)
        yield Storage(
            saver,
            threads,
            run_locks,
            bus,
            redis,
            DocumentCatalog(db, clock),
            FeedbackStore(db, clock),
        )
