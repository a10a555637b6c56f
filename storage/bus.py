"""Carries a thread's run events (the WebSocket frames) to every tab on that thread:
within one process, or through Redis Streams to tabs on other processes. A tab that
joins mid-run is handed the run's events so far, then the live ones, in order and
without duplicates."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger("threadline.storage")

Event = dict[str, Any]
#: The frame that starts a run; a tab joining later is replayed what followed it.
RUN_START = "user_message"
#: The end of a thread's feed (the thread was deleted): nothing of it is replayed after.
THREAD_ENDED = "thread_deleted"
#: Frames after which nothing more of the run follows.
RUN_END = frozenset({"stream_end", "error", "history_cleared", THREAD_ENDED})


class Subscription:
    """What a tab receives: `replay` (the latest run's events so far), then `next()`."""

    def __init__(self, replay: list[Event]) -> None:
        self.replay = replay
        self.queue: asyncio.Queue[Event] = asyncio.Queue()

    async def next(self) -> Event:
        return await self.queue.get()


class StreamBus(Protocol):
    async def publish(self, thread_id: str, event: Event) -> None: ...

    def subscribe(self, thread_id: str) -> contextlib.AbstractAsyncContextManager[Subscription]: ...

    async def end(self, thread_id: str) -> None:
        """The thread is gone: its tabs get `THREAD_ENDED`, and nothing of it is kept
        to be replayed to whoever joins its id next."""
        ...

    async def close(self) -> None: ...


def _stream_id(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


class ThreadFeed:
    """One thread's events as this process sees them: the latest run's events, for
    tabs that join mid-run, and the subscriptions of the tabs listening here."""

    def __init__(self, run_events: list[Event] | None = None, position: str = "0-0") -> None:
        self.run_events: list[Event] = run_events or []
        self.subscriptions: set[Subscription] = set()
        self.position = position
        """The id of the last event dispatched (Redis Streams ids; a counter in-process)."""

    def dispatch(self, event: Event) -> None:
        if event.get("type") == RUN_START:
            self.run_events = []
        self.run_events.append(event)
        if event.get("type") == THREAD_ENDED:
            self.run_events = []  # a deleted thread's last run is nobody's to replay
        for subscription in self.subscriptions:
            subscription.queue.put_nowait(event)

    @property
    def idle(self) -> bool:
        """No tab listens and no run is under way: nothing to keep."""
        finished = not self.run_events or self.run_events[-1].get("type") in RUN_END
        return not self.subscriptions and finished


def _join(feed: ThreadFeed) -> Subscription:
    """A new subscription on `feed`: its replay and its queue are taken together, with
    no await between them, so nothing dispatched meanwhile is missed or doubled."""
    subscription = Subscription(list(feed.run_events))
    feed.subscriptions.add(subscription)
    return subscription


class LocalBus:
    """The bus of a single process."""

    def __init__(self) -> None:
        self.feeds: dict[str, ThreadFeed] = {}

    async def publish(self, thread_id: str, event: Event) -> None:
        feed = self.feeds.setdefault(thread_id, ThreadFeed())
        feed.dispatch(event)
        if feed.idle:
            del self.feeds[thread_id]

    @asynccontextmanager
    async def subscribe(self, thread_id: str) -> AsyncIterator[Subscription]:
        feed = self.feeds.setdefault(thread_id, ThreadFeed())
        subscription = _join(feed)
        try:
            yield subscription
        finally:
            feed.subscriptions.discard(subscription)
            if feed.idle and self.feeds.get(thread_id) is feed:
                del self.feeds[thread_id]

    async def end(self, thread_id: str) -> None:
        feed = self.feeds.pop(thread_id, None)
        if feed is not None:
            feed.dispatch({"type": THREAD_ENDED})

    async def close(self) -> None:
        self.feeds.clear()


class RedisBus:
    """The bus shared by every process on one Redis: a stream per thread (`XADD …
    MAXLEN ~`, expiring when unused), read by one `XREAD BLOCK` per process over the
    threads its tabs listen to. A wake-up stream of its own makes the reader take in a
    thread as soon as a tab subscribes."""

    def __init__(
        self, redis: Redis, prefix: str, max_events: int = 2000, ttl_s: int = 3600
    ) -> None:
        self.redis = redis
        self.prefix = prefix
        self.max_events = max_events
        self.ttl_s = ttl_s
        self.feeds: dict[str, ThreadFeed] = {}
        self.wake_key = f"{prefix}bus-wake:{uuid.uuid4().hex}"
        self.wake_position = "0-0"
        self.reader: asyncio.Task[None] | None = None

    def _key(self, thread_id: str) -> str:
        return f"{self.prefix}bus:{thread_id}"

    async def publish(self, thread_id: str, event: Event) -> None:
        key = self._key(thread_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xadd(key, {"e": json.dumps(event)}, maxlen=self.max_events, approximate=True)
            pipe.expire(key, self.ttl_s)
            await pipe.execute()

    async def end(self, thread_id: str) -> None:
        """The end marker replaces the whole stream (`MAXLEN 1`, exact): the thread's
        events leave Redis at once, and readers in every process still read the marker."""
        key = self._key(thread_id)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xadd(key, {"e": json.dumps({"type": THREAD_ENDED})}, maxlen=1, approximate=False)
            pipe.expire(key, self.ttl_s)
            await pipe.execute()

    async def _latest_run(self, thread_id: str) -> ThreadFeed:
        """A feed holding the thread's latest run, read back from its stream."""
        entries = await self.redis.xrevrange(self._key(thread_id), count=self.max_events)
        if not entries:
            return ThreadFeed()
        run: list[Event] = []
        for _, fields in entries:  # newest first, back to the start of the run
            event = json.loads(fields["e"])
            if event.get("type") == THREAD_ENDED:
                break  # the thread was deleted: what came before is not replayed
            run.append(event)
            if event.get("type") == RUN_START:
                break
        return ThreadFeed(run[::-1], position=entries[0][0])

    async def _wake(self) -> None:
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.xadd(self.wake_key, {"w": "1"}, maxlen=1, approximate=False)
            pipe.expire(self.wake_key, 60)
            await pipe.execute()

    @asynccontextmanager
    async def subscribe(self, thread_id: str) -> AsyncIterator[Subscription]:
        if self.reader is None:
            self.reader = asyncio.create_task(self._read_forever())
        if thread_id not in self.feeds:
            feed = await self._latest_run(thread_id)
            if thread_id not in self.feeds:  # nobody else joined while we read
                self.feeds[thread_id] = feed
                await self._wake()
        feed = self.feeds[thread_id]
        subscription = _join(feed)
        try:
            yield subscription
        finally:
            feed.subscriptions.discard(subscription)
            if not feed.subscriptions and self.feeds.get(thread_id) is feed:
                del self.feeds[thread_id]

    async def _read_forever(self) -> None:
        """Dispatches new events of every subscribed thread, in stream order."""
        while True:
            streams = {self._key(t): feed.position for t, feed in self.feeds.items()}
            streams[self.wake_key] = self.wake_position
            try:
                result = await self.redis.xread(streams, block=5000)  # type: ignore[arg-type]
            except RedisError as exc:
                log.warning("stream bus: reading from Redis failed (%s); retrying", exc)
                await asyncio.sleep(1)
                continue
            for key, entries in result or []:
                if key == self.wake_key:
                    self.wake_position = entries[-1][0]
                    continue
                feed = self.feeds.get(key.removeprefix(f"{self.prefix}bus:"))
                if feed is None:
                    continue
                for entry_id, fields in entries:
                    if _stream_id(entry_id) <= _stream_id(feed.position):
                        continue  # already dispatched: this feed was renewed mid-read
                    feed.position = entry_id
                    feed.dispatch(json.loads(fields["e"]))

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.reader
        self.feeds.clear()
