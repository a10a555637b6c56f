"""The model provider as the service meets it: every failure of a model call becomes a
`ProviderError` with the status and reason a client is told, a stalled stream is cut
off, and a circuit breaker (`purgatory`) fails fast while the provider is down."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping, Sequence
from typing import Any, TypeVar

import httpx
import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage
from purgatory import AsyncCircuitBreakerFactory
from purgatory.domain.model import OpenedState

from graph.metrics import GENERATE_ERRORS
from graph.openai_stream import stream_text

CIRCUIT = "model-provider"
T = TypeVar("T")


class ProviderError(RuntimeError):
    """A model call failed; `status_code`, `reason` and `retry_after` are what a client
    is told (never the provider's own text, which may echo a key)."""

    def __init__(
        self, status_code: int, reason: str, *, transient: bool, retry_after: int | None = None
    ) -> None:
        super().__init__(reason)
        self.status_code = status_code
        self.reason = reason
        self.transient = transient
        """Worth another try within this turn (the graph's RetryPolicy asks)."""
        self.retry_after = retry_after


class ProviderStalled(TimeoutError):
    """The provider sent nothing for longer than the idle timeout."""


def _retry_after(response: Any) -> int | None:
    value = response.headers.get("retry-after")
    try:
        return max(1, math.ceil(float(value))) if value else None
    except ValueError:
        return None


def classify(exc: BaseException) -> ProviderError:
    """The client-facing error for whatever a model call raised."""
    if isinstance(exc, ProviderError):
        return exc
    if isinstance(exc, openai.APIStatusError) and exc.status_code == 429:
        return ProviderError(
            429,
            "the model provider is rate limiting requests; try again later",
            transient=True,
            retry_after=_retry_after(exc.response) or 5,
        )
    if isinstance(exc, openai.APIStatusError) and exc.status_code >= 500:
        return ProviderError(
            503,
            "the model provider is unavailable; try again shortly",
            transient=True,
            retry_after=_retry_after(exc.response) or 5,
        )
    if isinstance(exc, openai.APIStatusError):
        return ProviderError(
            502,
            f"the model provider refused the request (status {exc.status_code})",
            transient=False,
        )
    if isinstance(exc, openai.APITimeoutError | TimeoutError | httpx.TimeoutException):
        return ProviderError(504, "the model provider did not answer in time", transient=True)
    if isinstance(exc, openai.APIConnectionError | httpx.TransportError | ConnectionError):
        return ProviderError(
            503,
            "the model provider cannot be reached; try again shortly",
            transient=True,
            retry_after=5,
        )
    return ProviderError(502, "the model provider sent a malformed response", transient=True)


def is_transient(exc: BaseException) -> bool:
    """The graph's retry rule for `generate`: provider errors worth another try."""
    transient = isinstance(exc, ProviderError) and exc.transient
    GENERATE_ERRORS.labels(str(transient).lower()).inc()
    return transient


class ProviderGuard:
    """Every model call goes through `stream`: classified errors, an idle timeout, and a
    circuit breaker that opens after `failures` failed calls in a row and lets calls
    through again after `cooldown_s`."""

    def __init__(self, idle_timeout_s: float, failures: int, cooldown_s: float) -> None:
        self.idle_timeout_s = idle_timeout_s
        self.breakers = AsyncCircuitBreakerFactory(
            default_threshold=failures,
            default_ttl=cooldown_s,
            # a client that went away cancels its call: that says nothing of the provider
            exclude=[asyncio.CancelledError, GeneratorExit],
        )

    def ensure_available(self) -> None:
        """Raises the 503 at once while the breaker is open (before a run even starts)."""
        context = self._context()
        if context is not None and context.state == OpenedState.name and context.opened_at:
            remaining = context.opened_at + context.ttl - time.time()
            if remaining > 0:
                raise self._open_error(remaining)

    def _context(self) -> Any:
        repository = self.breakers.uow.contexts  # the in-memory store: no I/O
        return getattr(repository, "breakers", {}).get(CIRCUIT)

    @staticmethod
    def _open_error(remaining_s: float) -> ProviderError:
        return ProviderError(
            503,
            "the model provider is failing; requests are paused while it recovers",
            transient=False,
            retry_after=max(1, math.ceil(remaining_s)),
        )

    async def stream(
        self,
        model: BaseChatModel,
        prompt: Sequence[BaseMessage],
        pace: Callable[[], float] | None = None,
        options: Mapping[str, Any] | None = None,
        usage: dict[str, int] | None = None,
    ) -> AsyncIterator[str]:
        """The answer's text as it streams (`stream_text`, read once every `pace()`
        seconds where it can be, with the call's sampling `options`; the tokens counted
        land in `usage`); a `ProviderError` for any failure, and
        `ProviderStalled` (as a 504) when nothing comes for `idle_timeout_s`.
        The call is closed, and so cancelled, when the caller stops early."""
        breaker = await self.breakers.get_breaker(CIRCUIT)
        try:
            async with breaker:
                pieces = aiter(stream_text(model, prompt, pace, options, usage))
                idle = IdleTimer(self.idle_timeout_s)
                try:
                    async for piece in pieces:
                        idle.touch()
                        yield piece
                except (asyncio.CancelledError, Exception) as exc:
                    if idle.expired():  # however the stream ended on that cancellation
                        raise ProviderStalled(f"no token for {self.idle_timeout_s:g} s") from exc
                    raise
                finally:
                    idle.close()
                    with contextlib.suppress(Exception):
                        await pieces.aclose()  # type: ignore[attr-defined]
        except OpenedState:
            context = self._context()
            remaining = context.opened_at + context.ttl - time.time() if context else 1
            raise self._open_error(remaining) from None
        except (asyncio.CancelledError, GeneratorExit):
            raise
        except Exception as exc:
            raise classify(exc) from exc


class IdleTimer:
    """Cancels the current task once `touch` has not been called for `seconds`.

    A stream's idle timeout, at the cost of one timer per `seconds` of silence rather
    than one per token: an `asyncio.timeout` around every read of the stream was 7 %
    of the event loop with 200 streams open (BENCHMARKS.md, Load). The cancellation
    reaches the task where it waits, so the task must wait only for the stream while
    the timer runs (`arrival_batches` reads the stream in a task of its own)."""

    def __init__(self, seconds: float) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        self._seconds = seconds
        self._last = self._loop.time()
        self._fired = False
        self._handle = self._loop.call_at(self._last + seconds, self._check)

    def touch(self) -> None:
        self._last = self._loop.time()

    def _check(self) -> None:
        due = self._last + self._seconds
        if self._loop.time() < due:
            self._handle = self._loop.call_at(due, self._check)
        elif self._task is not None:
            self._fired = True
            self._task.cancel()

    def expired(self) -> bool:
        """True (once) if the timer cancelled the task; the cancellation is then taken
        back, so the task goes on to raise an error of its own instead."""
        if self._fired and self._task is not None:
            self._fired = False
            self._task.uncancel()
            return True
        return False

    def close(self) -> None:
        self._handle.cancel()


class _Raised:
    """An exception of the source in `arrival_batches`, handed on in its place."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_END = object()


async def arrival_batches(
    source: AsyncIterator[T], min_interval_s: float | Callable[[], float] = 0.0
) -> AsyncGenerator[list[T], None]:
    """The items of `source`, each time in a list of all that arrived since the last
    list was taken, and at most one list every `min_interval_s` (the first at once; a
    callable is asked before each list, so the interval can follow the load).

    The work after the model (moderation, the graph's stream, serialisation, a write to
    the client) is per window; a model streams a token every few milliseconds, faster
    than a reader needs updates, and a busy server reads many tokens of one answer at
    once from its socket. Handling them as one window keeps that work bounded, so the
    server keeps up instead of falling behind. The source runs in a task of its own and
    is closed (cancelled) when the consumer stops."""
    queue: asyncio.Queue[Any] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    last = -math.inf

    async def pump() -> None:
        try:
            async for item in source:
                queue.put_nowait(item)
        except BaseException as exc:  # the consumer raises it after the items before it
            queue.put_nowait(_Raised(exc))
            raise
        queue.put_nowait(_END)

    task = asyncio.create_task(pump())
    try:
        while True:
            arrived = [await queue.get()]
            interval = min_interval_s() if callable(min_interval_s) else min_interval_s
            wait = last + interval - loop.time()
            if wait > 0 and arrived[0] is not _END and not isinstance(arrived[0], _Raised):
                await asyncio.sleep(wait)
            while not queue.empty():
                arrived.append(queue.get_nowait())
            items = [item for item in arrived if item is not _END and not isinstance(item, _Raised)]
            if items:
                last = loop.time()
                yield items
            if isinstance(arrived[-1], _Raised):
                raise arrived[-1].error
            if arrived[-1] is _END:
                return
    finally:
        task.cancel()
        await asyncio.wait([task])  # never raises: the task's own outcome is known here
        if not task.cancelled():
            task.exception()  # retrieved, so asyncio does not log it a second time
