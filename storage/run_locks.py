"""One run per thread at a time: an asyncio lock in one process, a Redis lease across
processes. A lease is renewed while its run lives and expires when the process that
holds it dies, so a kill -9 frees its threads within `lease_s`.

A lease can also lapse under a run that is still going: Redis lost for longer than
the lease, or restarted without its data. A second run may then start on the thread,
so a run stores its checkpoint only once it has confirmed that it still holds its
lease (`confirm_held`, called by the checkpointers): the run that lost its thread
fails (503) and stores nothing, and the thread never forks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Protocol

from redis.asyncio import Redis
from redis.exceptions import LockError, RedisError

log = logging.getLogger("threadline.storage")


class ThreadBusy(RuntimeError):
    """The thread is still answering its previous message."""

    def __init__(self, thread_id: str) -> None:
        super().__init__(
            f"thread {thread_id!r} is still answering its previous message; "
            "wait for it to finish, then send again"
        )


class RunLeaseLost(RuntimeError):
    """The run's lease on its thread lapsed before its answer was stored."""

    def __init__(self, thread_id: str) -> None:
        super().__init__(
            f"the answer on thread {thread_id!r} was not stored: its run lost its hold on "
            "the thread (Redis was unavailable for too long); send the message again"
        )


#: How the run in this context confirms that it still holds its thread (a Redis lease).
_HELD: ContextVar[Callable[[], Awaitable[None]] | None] = ContextVar(
    "threadline_run_lease", default=None
)


async def confirm_held() -> None:
    """Raises `RunLeaseLost` (or a `RedisError` while Redis is unreachable) unless the
    run in this context still holds its thread's lease; in-process locks and work
    outside a run have nothing to confirm."""
    confirm = _HELD.get()
    if confirm is not None:
        await confirm()


class RunLocks(Protocol):
    """Who is running which thread."""

    async def is_busy(self, thread_id: str) -> bool: ...

    def hold(self, thread_id: str, wait: bool) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold the thread for one run; `ThreadBusy` at once when it is held and not
        `wait`, else wait for it."""
        ...


class LocalRunLocks:
    """Run locks of one process."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    async def is_busy(self, thread_id: str) -> bool:
        lock = self._locks.get(thread_id)
        return lock is not None and lock.locked()

    @asynccontextmanager
    async def hold(self, thread_id: str, wait: bool) -> AsyncIterator[None]:
        lock = self._locks.get(thread_id)
        if lock is None:
            lock = self._locks[thread_id] = asyncio.Lock()
        if not wait and lock.locked():
            raise ThreadBusy(thread_id)
        async with lock:
            yield


class RedisRunLocks:
    """Run locks shared by every process on one Redis: redis-py's `Lock` (a token
    under `SET NX PX`), renewed every third of `lease_s` while the run lives."""

    def __init__(self, redis: Redis, prefix: str, lease_s: float = 10.0) -> None:
        self.redis = redis
        self.prefix = prefix
        self.lease_s = lease_s

    def _key(self, thread_id: str) -> str:
        return f"{self.prefix}run:{thread_id}"

    async def is_busy(self, thread_id: str) -> bool:
        return bool(await self.redis.exists(self._key(thread_id)))

    @asynccontextmanager
    async def hold(self, thread_id: str, wait: bool) -> AsyncIterator[None]:
        lock = self.redis.lock(
            self._key(thread_id), timeout=self.lease_s, sleep=0.05 + random.random() * 0.05
        )
        if not await lock.acquire(blocking=wait):
            raise ThreadBusy(thread_id)

        async def confirm() -> None:
            if not await lock.owned():
                raise RunLeaseLost(thread_id)

        held = _HELD.set(confirm)
        renewal = asyncio.create_task(self._renew(lock, thread_id))
        try:
            yield
        finally:
            with contextlib.suppress(ValueError):  # a generator closed in another context
                _HELD.reset(held)
            renewal.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewal
            try:
                await asyncio.shield(lock.release())
            except (LockError, RedisError) as exc:  # expired or Redis gone: the lease lapses
                log.warning("run lease of thread %s not released: %s", thread_id, exc)

    async def _renew(self, lock: object, thread_id: str) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            try:
                await lock.reacquire()  # type: ignore[attr-defined]
            except (LockError, RedisError) as exc:
                log.warning("run lease of thread %s not renewed: %s", thread_id, exc)
