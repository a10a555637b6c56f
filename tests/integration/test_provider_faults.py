"""The model provider failing, as the fake OpenAI-compatible server scripts it: every
failed turn gets a status and a reason on invoke, stream and WebSocket, the thread
stays whole, the next turn works, and a breaker fails fast while the provider is down."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import connect

from tests.integration.conftest import RunningServer, ask, start_server

#: Each fault, as scripted, and the status and words of the reason a client gets.
FAULTS: dict[str, tuple[int | str, int, str]] = {
    "outage": (503, 503, "unavailable"),
    "rate limit": (429, 429, "rate limiting"),
    "timeout": ("slow", 504, "did not answer in time"),
    "stall": ("stall", 504, "did not answer in time"),
    "malformed": ("invalid_json", 502, "malformed"),
    "cut stream": ("cut", 503, "cannot be reached"),
}
RETRIES = 2


@pytest.fixture(scope="module")
def faulty_server(
    tmp_path_factory: pytest.TempPathFactory, openai_env: dict[str, str]
) -> Iterator[RunningServer]:
    """Two tries per generation, 1 s timeouts, and a breaker too high to trip here."""
    tmp = tmp_path_factory.mktemp("faults")
    env = {
        **openai_env,
        "THREADLINE_PROVIDER_RETRY_ATTEMPTS": str(RETRIES),
        "THREADLINE_REQUEST_TIMEOUT_S": "1",
        "THREADLINE_PROVIDER_IDLE_TIMEOUT_S": "1",
        "THREADLINE_BREAKER_FAILURES": "1000",
    }
    running = start_server(tmp / "data", env, tmp / "server.log")
    yield running
    running.stop()


def sse_events(text: str) -> list[tuple[str, str]]:
    events, name = [], ""
    for line in text.splitlines():
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            events.append((name, line[5:].strip()))
    return events


def failed_turn(server: RunningServer, endpoint: str, tid: str) -> dict[str, Any]:
    """Send one message that fails; returns the status, reason and retry_after seen."""
    if endpoint == "invoke":
        response = httpx.post(f"{server.url}/chat/invoke", json=ask("doomed", tid), timeout=60)
        detail = response.json()["detail"]
        return {
            "status": response.status_code,
            "reason": detail,
            "retry_after": response.headers.get("retry-after"),
        }
    if endpoint == "stream":
        with httpx.Client(timeout=60) as client:
            response = client.post(f"{server.url}/chat/stream", json=ask("doomed", tid))
        assert response.status_code == 200  # the stream had begun: the error is an event
        events = sse_events(response.text)  # a body that did not end properly raises here
        name, data = events[-1]
        assert name == "error", events
        error = json.loads(data)
        return {
            "status": error["status_code"],
            "reason": error["message"],
            "retry_after": error.get("retry_after"),
        }
    with connect(server.ws_url(tid)) as ws:
        ws.recv(timeout=10)
        ws.send(json.dumps({"type": "message", "content": "doomed"}))
        frames = []
        while not frames or frames[-1]["type"] not in ("error", "stream_end"):
            frames.append(json.loads(ws.recv(timeout=60)))
        # the socket stays open: the next message on it is answered
        ws.send(json.dumps({"type": "message", "content": "next on the socket"}))
        after = []
        while not after or after[-1]["type"] not in ("error", "stream_end"):
            after.append(json.loads(ws.recv(timeout=60)))
        assert after[-1]["type"] == "stream_end", after
        return {
            "status": frames[-1]["code"],
            "reason": frames[-1]["reason"],
            "retry_after": frames[-1].get("retry_after"),
        }


@pytest.mark.parametrize("endpoint", ["invoke", "stream", "websocket"])
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_provider_fault_has_a_status_and_a_reason_and_leaves_the_thread_whole(
    faulty_server: RunningServer, fake: httpx.Client, fault: str, endpoint: str
) -> None:
    scripted, status, words = FAULTS[fault]
    fake.post("/control", json={"failures": [scripted] * RETRIES})
    tid = f"fault-{uuid.uuid4().hex}"
    seen = failed_turn(faulty_server, endpoint, tid)
    assert seen["status"] == status, seen
    assert words in seen["reason"], seen
    assert "Traceback" not in seen["reason"] and "test-key" not in seen["reason"]
    if status == 429:
        assert str(seen["retry_after"]) == "7"  # the provider's own Retry-After
    elif status == 503:
        assert seen["retry_after"]
    calls = httpx.get(f"{fake.base_url}/requests").json()
    assert len(calls) >= RETRIES  # retried before giving up

    if endpoint != "websocket":  # (the WebSocket case already sent its next message)
        after = httpx.post(f"{faulty_server.url}/chat/invoke", json=ask("next", tid), timeout=60)
        assert after.status_code == 200, after.text
        # the model never read the failed question or the error as its own answer
        assert "I have read 1 user messages. The first was: 'next'" in after.text
    history = httpx.get(f"{faulty_server.url}/threads/{tid}").json()["messages"]
    assert [m["type"] for m in history] == ["human", "ai", "human", "ai"]
    assert history[0]["content"] == "doomed"
    assert history[1]["error"]["status_code"] == status
    assert "error" not in history[3]
    times = [m["created_at"] for m in history]  # the error record is stored with its time
    assert times == sorted(times)


@pytest.fixture
def breaker_server(tmp_path: Path, openai_env: dict[str, str]) -> Iterator[RunningServer]:
    env = {
        **openai_env,
        "THREADLINE_PROVIDER_RETRY_ATTEMPTS": "2",
        "THREADLINE_BREAKER_FAILURES": "4",
        "THREADLINE_BREAKER_COOLDOWN_S": "2",
        "THREADLINE_READY_CACHE_S": "0",
    }
    running = start_server(tmp_path / "data", env, tmp_path / "server.log")
    yield running
    running.stop()


def test_the_breaker_fails_fast_while_the_provider_is_down_and_closes_again(
    breaker_server: RunningServer, fake: httpx.Client
) -> None:
    url = breaker_server.url
    fake.post("/control", json={"failures": [503] * 100})
    for n in range(2):  # two turns of two tries each: four failures in a row
        assert (
            httpx.post(f"{url}/chat/invoke", json=ask("x", f"b{n}"), timeout=30).status_code == 503
        )
    calls = len(httpx.get(f"{fake.base_url}/requests").json())
    started = time.perf_counter()
    fast = httpx.post(f"{url}/chat/invoke", json=ask("x", "b-fast"), timeout=30)
    assert fast.status_code == 503 and "paused" in fast.json()["detail"]
    assert int(fast.headers["retry-after"]) <= 2
    assert time.perf_counter() - started < 1  # (BENCHMARKS.md has the measured time)
    assert len(httpx.get(f"{fake.base_url}/requests").json()) == calls  # no call made
    ready = httpx.get(f"{url}/health/ready")
    assert ready.status_code == 503 and "paused" in ready.json()["checks"]["model"]
    fake.post("/control", json={"reset": True})  # the provider is back
    time.sleep(2.2)
    again = httpx.post(f"{url}/chat/invoke", json=ask("x", "b-after"), timeout=30)
    assert again.status_code == 200, again.text
    assert httpx.get(f"{url}/health/ready").status_code == 200
