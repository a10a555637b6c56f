"""Two real server processes on one PostgreSQL and one Redis, each with a data folder of
its own as if on two machines: they share threads, owners, run locks and streams."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from tests.integration.conftest import RunningServer, ask, postgres_pair


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory, openai_env: dict[str, str], pgvector_admin_url: str
) -> Iterator[tuple[RunningServer, RunningServer]]:
    """Started at the same moment on an empty database (with pgvector: the documents
    live there too)."""
    tmp = tmp_path_factory.mktemp("scale-out")
    env = {**openai_env, "THREADLINE_RUN_LEASE_S": "3"}
    with postgres_pair(tmp, env, pgvector_admin_url) as servers:
        yield servers


def test_a_thread_started_on_one_continues_on_the_other(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    tid = f"moving-{uuid.uuid4().hex}"
    assert httpx.post(f"{a.url}/chat/invoke", json=ask("first on A", tid), timeout=30).is_success
    answer = httpx.post(f"{b.url}/chat/invoke", json=ask("then on B", tid), timeout=30)
    assert answer.status_code == 200, answer.text
    assert (
        "I have read 2 user messages. The first was: 'first on A'"
        in answer.json()["output"]["content"]
    )
    history = httpx.get(f"{a.url}/threads/{tid}").json()["messages"]
    assert [m["content"] for m in history if m["type"] == "human"] == ["first on A", "then on B"]


def test_a_thread_created_on_one_is_listed_by_the_other(
    pair: tuple[RunningServer, RunningServer],
) -> None:
    a, b = pair
    created = httpx.post(f"{a.url}/threads", json={"title": "made on A"}).json()
    listed = httpx.get(f"{b.url}/threads", params={"limit": 100}).json()["threads"]
    assert created["thread_id"] in [t["thread_id"] for t in listed]


def test_a_busy_thread_is_409_on_the_other(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    tid = f"busy-{uuid.uuid4().hex}"
    fake.post("/control", json={"delay_s": 0.1})
    with (
        httpx.Client(timeout=60) as client,
        client.stream("POST", f"{a.url}/chat/stream", json=ask("slow", tid)) as slow,
    ):
        lines = slow.iter_lines()
        while not next(lines).startswith("event: data"):  # A is answering now
            pass
        second = client.post(f"{b.url}/chat/invoke", json=ask("meanwhile", tid))
        rest = list(lines)
    assert second.status_code == 409, second.text
    assert "event: end" in rest
    assert "still answering" in second.json()["detail"]
    history = httpx.get(f"{b.url}/threads/{tid}").json()["messages"]
    assert [m["content"] for m in history if m["type"] == "human"] == ["slow"]


def frames_until_end(ws: ClientConnection) -> list[dict[str, Any]]:
    frames = []
    while not frames or frames[-1]["type"] not in ("stream_end", "error"):
        frames.append(json.loads(ws.recv(timeout=30)))
    return frames


def test_a_tab_on_one_sees_a_run_started_on_the_other(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    tid = f"tabs-{uuid.uuid4().hex}"
    fake.post("/control", json={"delay_s": 0.05})
    ws_a = a.ws_url(tid)
    ws_b = b.ws_url(tid)
    with connect(ws_a) as tab_a, connect(ws_b) as tab_b:
        assert json.loads(tab_a.recv(timeout=10))["type"] == "history"
        assert json.loads(tab_b.recv(timeout=10))["type"] == "history"
        tab_a.send(json.dumps({"type": "message", "content": "hello from A"}))
        seen_on_a = frames_until_end(tab_a)
        seen_on_b = frames_until_end(tab_b)
    assert seen_on_b == seen_on_a  # the same frames, in the same order, none twice
    assert [f["type"] for f in seen_on_b][:2] == ["user_message", "stream_start"]
    tokens = "".join(f["text"] for f in seen_on_b if f["type"] == "stream_token")
    assert tokens and tokens == seen_on_b[-1]["content"]


def test_a_tab_joining_mid_run_gets_what_it_missed(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    tid = f"late-{uuid.uuid4().hex}"
    fake.post("/control", json={"delay_s": 0.1})
    with connect(a.ws_url(tid)) as tab_a:
        tab_a.recv(timeout=10)
        tab_a.send(json.dumps({"type": "message", "content": "a long answer please"}))
        first = [json.loads(tab_a.recv(timeout=30)) for _ in range(4)]  # a few tokens in
        assert first[-1]["type"] == "stream_token"
        with connect(b.ws_url(tid)) as late_tab:
            history = json.loads(late_tab.recv(timeout=10))
            assert history["type"] == "history" and history["messages"] == []
            caught_up = frames_until_end(late_tab)
        seen_on_a = first + frames_until_end(tab_a)
    assert caught_up == seen_on_a


def test_a_stop_sent_to_one_stops_the_run_on_the_other(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    tid = httpx.post(f"{a.url}/threads", json={}).json()["thread_id"]
    shown, last, stopped = "", {}, False
    body = ask("tell me [[bench tokens=200 delay_ms=30]]", tid)
    with (
        httpx.Client(timeout=60) as client,
        client.stream("POST", f"{a.url}/chat/stream", json=body) as run,
    ):
        event = ""
        for line in run.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "data":
                last = json.loads(line[6:])
                shown += last.get("content") or ""
                if len(shown.split()) >= 5 and not stopped:
                    stop = client.post(f"{b.url}/threads/{tid}/stop")
                    assert stop.status_code == 202, stop.text
                    stopped = True
    assert last["response_metadata"]["stopped"] is True
    history = httpx.get(f"{b.url}/threads/{tid}").json()["messages"]
    assert history[-1]["stopped"] is True and history[-1]["content"] == shown
    assert len(shown.split()) < 200
    assert httpx.post(f"{b.url}/threads/{tid}/stop").status_code == 409


def test_enqueued_messages_are_answered_in_the_order_sent(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    """Over one WebSocket, and over HTTP alternately to both processes (sent 150 ms
    apart, each while the first is still answering)."""
    a, b = pair
    tid = httpx.post(f"{a.url}/threads", json={}).json()["thread_id"]
    with connect(a.ws_url(tid)) as ws:
        assert json.loads(ws.recv(timeout=10))["type"] == "history"
        for n in range(8):
            ws.send(
                json.dumps({"type": "message", "content": f"q{n}", "multitask_strategy": "enqueue"})
            )
        ends = 0
        while ends < 8:
            frame = json.loads(ws.recv(timeout=60))
            assert frame["type"] != "error", frame
            ends += frame["type"] == "stream_end"
    history = httpx.get(f"{b.url}/threads/{tid}").json()["messages"]
    assert [m["content"] for m in history if m["type"] == "human"] == [f"q{n}" for n in range(8)]

    tid = httpx.post(f"{a.url}/threads", json={}).json()["thread_id"]
    texts = ["h0 [[bench tokens=40 delay_ms=30]]", *(f"h{n}" for n in range(1, 8))]

    async def send_all() -> list[int]:
        async with httpx.AsyncClient(timeout=120) as client:

            async def send(n: int) -> int:
                await asyncio.sleep(0.15 * n)
                server = (a, b)[n % 2]
                response = await client.post(
                    f"{server.url}/threads/{tid}/messages",
                    json={"content": texts[n], "multitask_strategy": "enqueue"},
                )
                return response.status_code

            return list(await asyncio.gather(*(send(n) for n in range(8))))

    assert asyncio.run(send_all()) == [200] * 8
    history = httpx.get(f"{a.url}/threads/{tid}").json()["messages"]
    assert [m["content"] for m in history if m["type"] == "human"] == texts
    assert [m["type"] for m in history] == ["human", "ai"] * 8


def test_load_spread_over_both_loses_nothing(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    run = uuid.uuid4().hex[:8]

    async def conversation(client: httpx.AsyncClient, gate: asyncio.Semaphore, n: int) -> None:
        for turn, server in enumerate((a, b, a)):
            async with gate:
                response = await client.post(
                    f"{server.url}/chat/invoke", json=ask(f"{n}/{turn}", f"spread-{run}-{n}")
                )
            assert response.status_code == 200, response.text

    async def main() -> None:
        gate = asyncio.Semaphore(16)
        async with httpx.AsyncClient(timeout=120) as client:
            await asyncio.gather(*(conversation(client, gate, n) for n in range(24)))

    asyncio.run(main())
    for n in range(24):
        history = httpx.get(f"{b.url}/threads/spread-{run}-{n}").json()["messages"]
        assert [m["content"] for m in history if m["type"] == "human"] == [
            f"{n}/{turn}" for turn in range(3)
        ]
        assert [m["type"] for m in history] == ["human", "ai"] * 3


def test_a_killed_process_releases_its_thread_to_the_other(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    """Runs last: it kills A."""
    a, b = pair
    tid = f"killed-{uuid.uuid4().hex}"
    fake.post("/control", json={"delay_s": 0.5})
    with connect(a.ws_url(tid)) as tab:
        tab.recv(timeout=10)
        tab.send(json.dumps({"type": "message", "content": "started on A"}))
        while json.loads(tab.recv(timeout=30))["type"] != "stream_token":
            pass
        os.kill(a.process.pid, signal.SIGKILL)
    a.process.wait(timeout=10)
    killed_at = time.monotonic()
    assert httpx.post(f"{b.url}/chat/invoke", json=ask("too soon", tid)).status_code == 409
    fake.post("/control", json={"delay_s": 0})
    while True:
        response = httpx.post(f"{b.url}/chat/invoke", json=ask("after the crash", tid), timeout=30)
        if response.status_code != 409:
            break
        assert time.monotonic() - killed_at < 30, "the dead process's thread stayed busy"
        time.sleep(0.25)
    assert response.status_code == 200, response.text
    history = httpx.get(f"{b.url}/threads/{tid}").json()["messages"]
    # the killed turn was never stored (checkpoints are written when a turn ends)
    assert [m["content"] for m in history if m["type"] == "human"] == ["after the crash"]
    assert b.errors() == []
