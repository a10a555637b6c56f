"""One run per thread at a time: an asyncio lock in one process, a Redis lease across
processes. A lease is renewed while its run lives and expires when the process that
holds it dies, so a kill -9 frees its threads within `lease_s`. Runs that wait for a
thread (`hold(wait=True)`, the `enqueue` strategy) get it in the order they asked.

The locks also carry the stop signal: `signal_stop` reaches the run on its thread in
whichever process holds it (a Redis pub/sub channel per running thread), and that
run's `on_stop` callback cuts it short.

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
import uuid
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Any, Protocol

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


#: What a stopped run is told: keep what was shown (`stop`), or discard its turn.
StopReason = str
OnStop = Callable[[StopReason], None]


class RunLocks(Protocol):
    """Who is running which thread, and how to stop that run."""

    async def is_busy(self, thread_id: str) -> bool: ...

    def hold(self, thread_id: str, wait: bool) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold the thread for one run; `ThreadBusy` at once when it is held and not
        `wait`, else wait for it (first come, first served)."""
        ...

    def on_stop(
        self, thread_id: str, callback: OnStop
    ) -> contextlib.AbstractAsyncContextManager[None]:
        """While open, a stop signal for `thread_id` (from any process) calls `callback`."""
        ...

    async def signal_stop(self, thread_id: str, reason: StopReason) -> bool:
        """Stop the run on `thread_id` wherever it runs; False when no run listens."""
        ...


class LocalRunLocks:
    """Run locks of one process."""

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()
        self._stops: dict[str, OnStop] = {}

    @asynccontextmanager
    async def on_stop(self, thread_id: str, callback: OnStop) -> AsyncIterator[None]:
        self._stops[thread_id] = callback
        try:
            yield
        finally:
            if self._stops.get(thread_id) is callback:
                del self._stops[thread_id]

    async def signal_stop(self, thread_id: str, reason: StopReason) -> bool:
        callback = self._stops.get(thread_id)
        if callback is None:
            return False
        callback(reason)
        return True

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
        self._stops: dict[str, OnStop] = {}
        self._pubsub: Any = None
        self._listener: asyncio.Task[None] | None = None

    def _key(self, thread_id: str) -> str:
        return f"{self.prefix}run:{thread_id}"

    def _stop_channel(self, thread_id: str) -> str:
        return f"{self.prefix}stop:{thread_id}"

    async def is_busy(self, thread_id: str) -> bool:
        return bool(await self.redis.exists(self._key(thread_id)))

    async def _acquire_in_turn(self, lock: Any, thread_id: str) -> None:
        """Wait for the thread behind the runs that asked before (a Redis list of
        tickets); a waiter whose process died (its ticket's key expired) is skipped."""
        queue = f"{self.prefix}queue:{thread_id}"
        ticket = uuid.uuid4().hex
        alive_ms = int(self.lease_s * 1000)
        await self.redis.set(f"{self.prefix}waiter:{ticket}", "1", px=alive_ms)
        await self.redis.rpush(queue, ticket)  # type: ignore[misc]
        await self.redis.pexpire(queue, alive_ms * 6)
        try:
            while True:
                head = await self.redis.lindex(queue, 0)  # type: ignore[misc]
                if head in (ticket, None) and await lock.acquire(blocking=False):
                    return
                if head not in (ticket, None) and not await self.redis.exists(
                    f"{self.prefix}waiter:{head}"
                ):
                    await self.redis.lrem(queue, 1, head)  # type: ignore[misc]
                    continue
                await self.redis.set(f"{self.prefix}waiter:{ticket}", "1", px=alive_ms)
                await asyncio.sleep(0.02 + random.random() * 0.02)
        finally:
            await asyncio.shield(self._leave_queue(queue, ticket))

    async def _leave_queue(self, queue: str, ticket: str) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.lrem(queue, 1, ticket)
            pipe.delete(f"{self.prefix}waiter:{ticket}")
            await pipe.execute()

    @asynccontextmanager
    async def hold(self, thread_id: str, wait: bool) -> AsyncIterator[None]:
        lock = self.redis.lock(
            self._key(thread_id), timeout=self.lease_s, sleep=0.05 + random.random() * 0.05
        )
        if wait:
            await self._acquire_in_turn(lock, thread_id)
        elif not await lock.acquire(blocking=False):
            raise ThreadBusy(thread_id)

        async def confirm() -> None:
            if not await lock.owned():
                raise RunLeaseLost(thread_id)

        # a stop requested of the run before this one is not this run's
        await self.redis.delete(self._stop_request(thread_id))

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

    async def _listen(self) -> None:
        """Calls the stop callback of each run this process holds when its signal comes."""
        while True:
            try:
                if not self._pubsub.subscribed:
                    await asyncio.sleep(0.05)
                    continue
                message = await self._pubsub.get_message(
                    ignore_subscribe_messages=True, timeout=1.0
                )
            except RedisError as exc:
                log.warning("stop signals: reading from Redis failed (%s); retrying", exc)
                await asyncio.sleep(1)
                continue
            if message and message.get("type") == "message":
                thread_id = str(message["channel"]).removeprefix(f"{self.prefix}stop:")
                callback = self._stops.get(thread_id)
                if callback is not None:
                    callback(str(message["data"]))

    @asynccontextmanager
    async def on_stop(self, thread_id: str, callback: OnStop) -> AsyncIterator[None]:
        if self._pubsub is None:
            self._pubsub = self.redis.pubsub()
        self._stops[thread_id] = callback
        await self._pubsub.subscribe(self._stop_channel(thread_id))
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen())
        try:
            yield
        finally:
            if self._stops.get(thread_id) is callback:
                del self._stops[thread_id]
            with contextlib.suppress(RedisError):
                await asyncio.shield(self._pubsub.unsubscribe(self._stop_channel(thread_id)))

    async def signal_stop(self, thread_id: str, reason: StopReason) -> bool:
        """PUBLISH counts the processes subscribed: only the one running the thread is.
        A run that has its lock but not yet its subscription is given a moment."""
        for _ in range(25):
            if await self.redis.publish(self._stop_channel(thread_id), reason):
                return True
            if not await self.is_busy(thread_id):
                return False
            await asyncio.sleep(0.02)
        # Busy, yet nobody heard: the run's process takes the request at its next lease
        # renewal (a third of the lease) rather than the stop being lost.
        await self.redis.set(self._stop_request(thread_id), reason, px=int(self.lease_s * 1000))
        return True

    def _stop_request(self, thread_id: str) -> str:
        return f"{self.prefix}stop-request:{thread_id}"

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        if self._pubsub is not None:
            with contextlib.suppress(RedisError):
                await self._pubsub.aclose()

    async def _renew(self, lock: object, thread_id: str) -> None:
        while True:
            await asyncio.sleep(self.lease_s / 3)
            try:
                await lock.reacquire()  # type: ignore[attr-defined]
                reason = await self.redis.getdel(self._stop_request(thread_id))
                if reason and (callback := self._stops.get(thread_id)) is not None:
                    callback(str(reason))
            except (LockError, RedisError) as exc:
                log.warning("run lease of thread %s not renewed: %s", thread_id, exc)
