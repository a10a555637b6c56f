"""Per-user limits on chat runs, with the `limits` library: in memory, or in Redis
when `THREADLINE_REDIS_URL` is set so that several workers share the counters."""

from __future__ import annotations

import math
import time
from typing import cast

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import MovingWindowRateLimiter
from limits.storage import storage_from_string
from prometheus_client import Counter

RATE_LIMITED = Counter(
    "threadline_rate_limited_total", "Chat runs rejected by the per-user rate limit", ["endpoint"]
)


class RateLimited(RuntimeError):
    """A user over the rate limit (429 with `Retry-After` and the RateLimit headers);
    `retry_after` is in seconds."""

    def __init__(self, limit: RateLimitItem, retry_after: int) -> None:
        super().__init__(f"rate limit of {limit} exceeded: retry in {retry_after} s")
        self.limit = limit
        self.retry_after = retry_after

    def headers(self) -> dict[str, str]:
        return {
            "Retry-After": str(self.retry_after),
            "RateLimit-Limit": str(self.limit.amount),
            "RateLimit-Remaining": "0",
            "RateLimit-Reset": str(self.retry_after),
        }


class ChatRateLimit:
    """Counts chat runs per user in a moving window (e.g. `20/minute`), and apart from
    them every other change a user makes (`writes`: creating, changing, clearing and
    deleting threads, opening WebSockets)."""

    def __init__(self, rate: str, redis_url: str | None, prefix: str, write_rate: str) -> None:
        self.limit = parse(rate)
        self.write_limit = parse(write_rate)
        if redis_url:  # redis-py, as the rest of threadline uses; its errors mean a 503
            storage = storage_from_string(
                "async+" + redis_url, implementation="redispy", key_prefix=f"{prefix}limits"
            )
        else:
            storage = storage_from_string("async+memory://")
        self.storage = cast(Storage, storage)
        self.limiter = MovingWindowRateLimiter(self.storage)

    async def hit(self, user: str, endpoint: str, cost: int = 1) -> None:
        """Count `cost` runs for `user`; raises `RateLimited` when over the limit."""
        await self._hit(self.limit, "chat", user, endpoint, cost)

    async def hit_write(self, user: str, endpoint: str) -> None:
        """Count one change of `user` that is not a run; `RateLimited` when over."""
        await self._hit(self.write_limit, "write", user, endpoint, 1)

    async def _hit(
        self, limit: RateLimitItem, namespace: str, user: str, endpoint: str, cost: int
    ) -> None:
        if await self.limiter.hit(limit, namespace, user, cost=cost):
            return
        reset_at, _ = await self.limiter.get_window_stats(limit, namespace, user)
        RATE_LIMITED.labels(endpoint).inc()
        raise RateLimited(limit, max(1, math.ceil(reset_at - time.time())))

    async def check(self) -> None:
        """Raises when the counters' storage does not answer (for readiness)."""
        if not await self.storage.check():
            raise ConnectionError("the rate-limit storage does not answer")
