"""`arrival_batches`: chunks that arrived together are handled as one window, one at a
time while the consumer keeps up; errors and early stops behave as without it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import pytest

from graph.provider import arrival_batches


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
