"""`arrival_batches`: chunks that arrived together are handled as one window, one at a
time while the consumer keeps up; errors and early stops behave as without it.
`ProviderGuard.stream`: a stream that goes silent for the idle timeout is a 504, one
that keeps sending is never cut, however long it lasts."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from fakes.models import ScriptedChatModel
from graph.provider import ProviderError, ProviderGuard, arrival_batches


async def paced(items: list[str], gaps: list[float], closed: list[bool]) -> AsyncIterator[str]:
    try:
        for item, gap in zip(items, gaps, strict=True):
            await asyncio.sleep(gap)
            yield item
    finally:
        closed.append(True)


async def test_one_item_at_a_time_while_the_consumer_keeps_up() -> None:
    closed: list[bool] = []
    batches = [b async for b in arrival_batches(paced(list("abc"), [0.01] * 3, closed))]
    assert batches == [["a"], ["b"], ["c"]] and closed == [True]


async def test_what_arrived_while_the_consumer_was_busy_comes_as_one_batch() -> None:
    closed: list[bool] = []
    batches = []
    async for batch in arrival_batches(paced(list("abcde"), [0, 0.001, 0.001, 0.001, 0.2], closed)):
        batches.append(batch)
        if batch == ["a"]:
            await asyncio.sleep(0.05)  # busy: b, c and d arrive meanwhile
    assert batches == [["a"], ["b", "c", "d"], ["e"]]


async def test_an_error_comes_after_the_items_before_it() -> None:
    async def failing() -> AsyncIterator[str]:
        yield "a"
        raise ValueError("provider broke")

    seen = []
    with pytest.raises(ValueError, match="provider broke"):
        async for batch in arrival_batches(failing()):
            seen.extend(batch)
    assert seen == ["a"]


async def test_stopping_early_closes_the_source() -> None:
    closed: list[bool] = []
    batches = arrival_batches(paced(list("abc"), [0.01, 5, 5], closed))
    async with contextlib.aclosing(batches):  # as `generate` does
        async for _ in batches:
            break
    assert closed == [True]


async def test_a_cancelled_consumer_cancels_the_source() -> None:
    closed: list[bool] = []

    async def consume() -> None:
        async for _ in arrival_batches(paced(list("ab"), [0, 30], closed)):
            pass

    task = asyncio.create_task(consume())
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert closed == [True]


async def test_windows_come_at_most_once_an_interval_and_the_first_at_once() -> None:
    closed: list[bool] = []
    loop = asyncio.get_running_loop()
    began = loop.time()
    stamps, batches = [], []
    source = paced([str(n) for n in range(12)], [0.01] * 12, closed)  # a token every 10 ms
    async for batch in arrival_batches(source, min_interval_s=0.05):
        stamps.append(loop.time() - began)
        batches.append(batch)
    assert batches[0] == ["0"] and stamps[0] < 0.04  # the first token is never held
    assert [t for b in batches for t in b] == [str(n) for n in range(12)]  # none lost
    assert all(b - a >= 0.045 for a, b in zip(stamps, stamps[1:], strict=False))
    assert len(batches) <= 4  # 120 ms of tokens: at most one window per 50 ms after the first


class PacedChatModel(ScriptedChatModel):
    """Streams its answer word by word, `gaps[n]` seconds before word n."""

    gaps: list[float]

    async def _astream(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[no-untyped-def]
        chunks = self._stream(messages, stop=stop, **kwargs)
        for gap, chunk in zip(self.gaps, chunks, strict=False):
            await asyncio.sleep(gap)
            yield chunk


def paced_model(answer: str, gaps: list[float]) -> PacedChatModel:
    return PacedChatModel(messages=iter([AIMessage(answer)]), gaps=gaps)


async def read_guarded(guard: ProviderGuard, model: PacedChatModel) -> str:
    """What `generate` reads: the guarded stream, through `arrival_batches`."""
    text = ""
    async for pieces in arrival_batches(guard.stream(model, [HumanMessage("hi")])):
        text += "".join(pieces)
    return text


async def test_a_stream_that_keeps_sending_is_never_cut() -> None:
    guard = ProviderGuard(idle_timeout_s=0.2, failures=5, cooldown_s=30)
    # words and the spaces between them are 15 pieces: about 1 s in all, 5 idle timeouts
    model = paced_model("one two three four five six seven eight", [0.07] * 15)
    assert await read_guarded(guard, model) == "one two three four five six seven eight"


async def test_a_silent_stream_is_a_504_after_the_idle_timeout() -> None:
    guard = ProviderGuard(idle_timeout_s=0.2, failures=5, cooldown_s=30)
    model = paced_model("one two three", [0.0, 0.05, 0.05, 0.05, 5.0])
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(ProviderError) as raised:
        await read_guarded(guard, model)
    elapsed = loop.time() - started
    assert raised.value.status_code == 504 and "did not answer in time" in raised.value.reason
    assert 0.2 <= elapsed < 1.0  # 0.2 s after the last word, not 5 s
