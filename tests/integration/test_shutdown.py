"""SIGTERM, as a rolling restart sends it: no new runs, running answers finish within the
grace period (or are closed as interrupted), WebSockets get 1001, the process exits, and
no turn is torn."""

from __future__ import annotations

import json
import signal
import threading
import uuid
from pathlib import Path
from typing import Any

import httpx
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from tests.integration.conftest import ask, start_server


def stream_then_signal(
    url: str, tid: str, process: Any, seen_after: dict[str, Any] | None = None
) -> list[str]:
    """Stream an answer, send SIGTERM once it has begun; the SSE event names seen (and in
    `seen_after`, what readiness and a new run were told right after the signal)."""
    events = []
    with (
        httpx.Client(timeout=60) as client,
        client.stream("POST", f"{url}/chat/stream", json=ask("a long answer", tid)) as response,
    ):
        signalled = False
        try:
            for line in response.iter_lines():
                if line.startswith("event:"):
                    events.append(line[6:].strip())
                if events and events[-1] == "data" and not signalled:
                    process.send_signal(signal.SIGTERM)
                    signalled = True
                    if seen_after is not None:  # still listening: told, not reset
                        ready = client.get(f"{url}/health/ready")
                        seen_after["ready"] = (ready.status_code, ready.json())
                        run = client.post(f"{url}/chat/invoke", json=ask("new", f"{tid}-2"))
                        seen_after["run"] = (run.status_code, run.headers.get("Retry-After"))
        except httpx.HTTPError as exc:  # a body cut short
            events.append(f"broken: {type(exc).__name__}")
    return events


def test_a_running_answer_finishes_and_tabs_are_told_to_go(
    tmp_path: Path, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    env = {**openai_env, "THREADLINE_SHUTDOWN_GRACE_S": "15"}
    server = start_server(tmp_path / "data", env, tmp_path / "a.log")
    fake.post("/control", json={"delay_s": 0.1})  # about two seconds of answer
    tid = f"finishing-{uuid.uuid4().hex}"
    closed: dict[str, Any] = {}

    def idle_tab() -> None:
        with connect(server.ws_url(f"other-{tid}")) as ws:
            ws.recv(timeout=10)
            try:
                ws.recv(timeout=60)
            except ConnectionClosed as exc:
                closed["code"] = exc.rcvd.code if exc.rcvd else None

    tab = threading.Thread(target=idle_tab)
    tab.start()
    after: dict[str, Any] = {}
    events = stream_then_signal(server.url, tid, server.process, after)
    tab.join(30)
    assert server.process.wait(timeout=30) in (0, -signal.SIGTERM)  # uvicorn re-raises it
    assert events[-1] == "end", events  # the whole answer, then a proper end
    assert closed.get("code") == 1001
    # for THREADLINE_SHUTDOWN_DELAY_S the process still answers: out of rotation, no runs
    assert after["ready"][0] == 503 and after["ready"][1]["checks"]["shutdown"] == "draining"
    assert after["run"][0] == 503 and after["run"][1] is not None, after

    again = start_server(tmp_path / "data", env, tmp_path / "b.log")
    try:
        history = httpx.get(f"{again.url}/threads/{tid}").json()["messages"]
    finally:
        again.stop()
    assert [m["type"] for m in history] == ["human", "ai"]
    assert "error" not in history[1] and "I have read 1 user messages" in history[1]["content"]


def test_an_answer_past_the_grace_period_leaves_no_torn_turn(
    tmp_path: Path, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    env = {**openai_env, "THREADLINE_SHUTDOWN_GRACE_S": "1"}
    server = start_server(tmp_path / "data", env, tmp_path / "a.log")
    fake.post("/control", json={"delay_s": 1.0})  # about twenty seconds of answer
    tid = f"cut-{uuid.uuid4().hex}"
    ws_tid = f"cut-ws-{uuid.uuid4().hex}"
    with connect(server.ws_url(ws_tid)) as ws:
        ws.recv(timeout=10)
        ws.send(json.dumps({"type": "message", "content": "a long answer over the socket"}))
        while json.loads(ws.recv(timeout=30))["type"] != "stream_start":
            pass
        stream_then_signal(server.url, tid, server.process)
    assert server.process.wait(timeout=30) in (0, -signal.SIGTERM)  # uvicorn re-raises it

    fake.post("/control", json={"delay_s": 0})
    again = start_server(tmp_path / "data", env, tmp_path / "b.log")
    try:
        for thread in (tid, ws_tid):
            history = httpx.get(f"{again.url}/threads/{thread}").json()["messages"]
            # never torn: nothing of the turn, or the question closed by an error record
            if history:
                assert [m["type"] for m in history] == ["human", "ai"], history
                assert history[1]["error"]["status_code"] == 503
                assert "interrupted" in history[1]["content"]
            follow_up = httpx.post(
                f"{again.url}/chat/invoke", json=ask("again", thread), timeout=60
            )
            assert "I have read 1 user messages. The first was: 'again'" in follow_up.text
    finally:
        again.stop()
