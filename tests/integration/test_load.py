"""One `threadline serve` on the default SQLite under the concurrency of a small team:
no request fails because another holds the database, no connection is dropped, and
every turn is stored exactly once."""

from __future__ import annotations

import asyncio

import httpx

from tests.integration.conftest import RunningServer, ask

CONCURRENCY = 32
THREADS, TURNS, STREAMS = 48, 3, 32


async def conversation(client: httpx.AsyncClient, gate: asyncio.Semaphore, n: int) -> list[int]:
    statuses = []
    for turn in range(TURNS):
        async with gate:
            response = await client.post("/chat/invoke", json=ask(f"t{n} turn {turn}", f"load-{n}"))
        statuses.append(response.status_code)
    return statuses


async def stream(client: httpx.AsyncClient, gate: asyncio.Semaphore, n: int) -> tuple[int, str]:
    """The status and the last SSE event name of one streamed answer."""
    async with (
        gate,
        client.stream("POST", "/chat/stream", json=ask(f"stream {n}", f"stream-{n}")) as response,
    ):
        events = [
            line[6:].strip() async for line in response.aiter_lines() if line.startswith("event:")
        ]
    return response.status_code, events[-1] if events else ""


async def test_one_sqlite_process_holds_at_concurrency_32(
    server: RunningServer, fake: httpx.Client
) -> None:
    gate = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY * 2)
    async with httpx.AsyncClient(base_url=server.url, timeout=120, limits=limits) as client:
        results = await asyncio.gather(
            *(conversation(client, gate, n) for n in range(THREADS)),
            *(stream(client, gate, n) for n in range(STREAMS)),
            return_exceptions=True,
        )
        failures = [r for r in results if isinstance(r, BaseException)]
        assert not failures, failures[:3]  # a dropped connection raises here
        conversations, streams = results[:THREADS], results[THREADS:]
        assert all(status == 200 for statuses in conversations for status in statuses)
        assert all(s == (200, "end") for s in streams), [s for s in streams if s != (200, "end")]

        for n in range(THREADS):
            thread = (await client.get(f"/threads/load-{n}")).json()
            humans = [m["content"] for m in thread["messages"] if m["type"] == "human"]
            assert humans == [f"t{n} turn {turn}" for turn in range(TURNS)]
            assert [m["type"] for m in thread["messages"]] == ["human", "ai"] * TURNS
        for n in range(STREAMS):
            thread = (await client.get(f"/threads/stream-{n}")).json()
            assert [m["type"] for m in thread["messages"]] == ["human", "ai"]
    assert "database is locked" not in server.log_path.read_text()
    assert server.errors() == []
