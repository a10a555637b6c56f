"""Users steer an answer on the real server: stop it (HTTP, WebSocket, a client that
goes away, Ctrl+C in the terminal chat), and send while it runs with a multitask
strategy. The fake provider records when each of its streams was closed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.sync.client import connect

from tests.integration.conftest import RunningServer

ROOT = Path(__file__).resolve().parents[2]
#: A long, slow answer from the fake provider (200 words, one every 30 ms).
SLOW = "[[bench tokens=200 delay_ms=30]]"


def new_thread(server: RunningServer) -> str:
    return str(httpx.post(f"{server.url}/threads", json={}).json()["thread_id"])


def stream_body(text: str, thread_id: str, strategy: str | None = None) -> dict[str, Any]:
    configurable: dict[str, Any] = {"thread_id": thread_id}
    if strategy:
        configurable["multitask_strategy"] = strategy
    return {
        "input": {"messages": [{"type": "human", "content": text}]},
        "config": {"configurable": configurable},
    }


def sse_chunks(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """The `data` events of a LangServe stream, as dicts."""
    event = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: ") and event == "data":
            yield json.loads(line[6:])


def messages(server: RunningServer, thread_id: str) -> list[dict[str, Any]]:
    return list(httpx.get(f"{server.url}/threads/{thread_id}").json()["messages"])


def test_stop_over_http_keeps_what_was_shown_and_closes_the_provider_stream(
    server: RunningServer, fake: httpx.Client
) -> None:
    tid = new_thread(server)
    assert httpx.post(f"{server.url}/threads/{tid}/stop").status_code == 409  # idle
    shown, last = "", {}
    with httpx.stream(
        "POST", f"{server.url}/chat/stream", json=stream_body(f"tell me {SLOW}", tid), timeout=30
    ) as response:
        stopped_at = 0.0
        for chunk in sse_chunks(response):
            shown += chunk.get("content") or ""
            last = chunk
            if len(shown.split()) >= 5 and not stopped_at:
                stopped_at = time.time()
                stop = httpx.post(f"{server.url}/threads/{tid}/stop", timeout=10)
                assert stop.status_code == 202, stop.text
    assert last["response_metadata"]["stopped"] is True
    assert 5 <= len(shown.split()) < 200
    history = messages(server, tid)
    assert [m["type"] for m in history] == ["human", "ai"]
    assert history[1]["stopped"] is True and history[1]["content"] == shown
    streams = fake.get("/streams").json()
    assert streams[-1]["finished"] is False and streams[-1]["closed"] - stopped_at < 1.0
    # the model reads the stopped answer as such on the next turn
    httpx.post(f"{server.url}/chat/invoke", json=stream_body("and now?", tid), timeout=30)
    sent = fake.get("/requests").json()[-1]["messages"]
    assistant = [m["content"] for m in sent if m["role"] == "assistant"]
    assert assistant == [f"{shown}\n[stopped by the user]".strip()]
    assert httpx.post(f"{server.url}/threads/{tid}/stop").status_code == 409


def test_a_stream_client_that_goes_away_stops_the_answer(
    server: RunningServer, fake: httpx.Client
) -> None:
    tid = new_thread(server)
    read = ""
    with httpx.stream(
        "POST", f"{server.url}/chat/stream", json=stream_body(f"go {SLOW}", tid), timeout=30
    ) as response:
        for chunk in sse_chunks(response):
            read += chunk.get("content") or ""
            if len(read.split()) >= 4:
                break
    gone_at = time.time()
    for _ in range(100):
        history = messages(server, tid)
        if len(history) == 2:
            break
        time.sleep(0.05)
    assert history[1]["stopped"] is True
    assert history[1]["content"].startswith(read) and len(history[1]["content"].split()) < 200
    streams = fake.get("/streams").json()
    assert streams[-1]["finished"] is False and streams[-1]["closed"] - gone_at < 1.0


def test_an_openai_client_that_goes_away_stops_the_answer(
    server: RunningServer, fake: httpx.Client
) -> None:
    tid = new_thread(server)
    body = {
        "model": "threadline",
        "stream": True,
        "messages": [{"role": "user", "content": f"go {SLOW}"}],
    }
    read = ""
    with httpx.stream(
        "POST",
        f"{server.url}/v1/chat/completions",
        json=body,
        headers={"X-Thread-ID": tid},
        timeout=30,
    ) as response:
        for line in response.iter_lines():
            if line.startswith("data: {"):
                delta = json.loads(line[6:])["choices"][0]["delta"]
                read += delta.get("content") or ""
                if len(read.split()) >= 4:
                    break
    gone_at = time.time()
    for _ in range(100):
        history = messages(server, tid)
        if len(history) == 2:
            break
        time.sleep(0.05)
    assert history[1]["stopped"] is True and history[1]["content"].startswith(read)
    streams = fake.get("/streams").json()
    assert streams[-1]["finished"] is False and streams[-1]["closed"] - gone_at < 1.0


def test_stop_frame_on_the_websocket(server: RunningServer, fake: httpx.Client) -> None:
    tid = new_thread(server)
    with connect(server.ws_url(tid)) as ws:
        assert json.loads(ws.recv())["type"] == "history"
        ws.send(json.dumps({"type": "stop"}))
        assert json.loads(ws.recv())["code"] == 409
        ws.send(json.dumps({"type": "message", "content": f"hello {SLOW}"}))
        shown, stopped = "", False
        while True:
            frame = json.loads(ws.recv())
            if frame["type"] == "stream_token":
                shown += frame["text"]
                if len(shown.split()) >= 3 and not stopped:
                    ws.send(json.dumps({"type": "stop"}))
                    stopped = True
            if frame["type"] in ("stream_end", "error"):
                break
    assert frame["type"] == "stream_end" and frame["stopped"] is True
    assert frame["content"] == shown and frame["user_message"]["content"].startswith("hello")
    assert messages(server, tid)[-1]["content"] == shown


def test_ctrl_c_in_the_terminal_chat_stops_the_answer_and_a_second_quits(
    server: RunningServer, fake: httpx.Client
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "chat", "--url", server.url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdin is not None and process.stdout is not None
    out: list[str] = []
    stdout = process.stdout
    reader = threading.Thread(target=lambda: out.extend(iter(lambda: stdout.read(1), "")))
    reader.start()
    try:
        process.stdin.write(f"count slowly {SLOW}\n")
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while "bot> I have" not in "".join(out) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        while "[stopped" not in "".join(out) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None  # the first Ctrl+C only stopped the answer
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
        reader.join(timeout=5)
    text = "".join(out)
    assert "[stopped: Ctrl+C again quits]" in text
    thread_id = text.split("[new thread ", 1)[1].split("]", 1)[0]
    stored = messages(server, thread_id)
    assert stored[-1]["stopped"] is True and 0 < len(stored[-1]["content"].split()) < 200


@pytest.mark.parametrize("strategy", ["interrupt", "rollback"])
def test_interrupt_and_rollback_while_an_answer_streams(
    server: RunningServer, fake: httpx.Client, strategy: str
) -> None:
    tid = new_thread(server)
    httpx.post(f"{server.url}/chat/invoke", json=stream_body("first", tid), timeout=30)
    ends: list[dict[str, Any]] = []

    def stream() -> None:
        with httpx.stream(
            "POST", f"{server.url}/chat/stream", json=stream_body(f"long {SLOW}", tid), timeout=30
        ) as response:
            ends.extend(list(sse_chunks(response))[-1:])

    running = threading.Thread(target=stream)
    running.start()
    time.sleep(1.0)
    busy = httpx.post(f"{server.url}/threads/{tid}/messages", json={"content": "x"}, timeout=30)
    assert busy.status_code == 409  # reject, the default
    sent = httpx.post(
        f"{server.url}/threads/{tid}/messages",
        json={"content": "the new one", "multitask_strategy": strategy},
        timeout=30,
    )
    running.join(timeout=30)
    assert sent.status_code == 200, sent.text
    assert ends[0]["response_metadata"]["stopped"] is True
    history = messages(server, tid)
    humans = [m["content"] for m in history if m["type"] == "human"]
    if strategy == "interrupt":
        assert humans == ["first", f"long {SLOW}", "the new one"]
        assert history[3]["stopped"] is True and history[3]["content"]
    else:
        assert humans == ["first", "the new one"]
        assert ends[0]["response_metadata"]["rolled_back"] is True
    assert [m["type"] for m in history] == ["human", "ai"] * len(humans)


def test_enqueued_messages_are_answered_in_the_order_sent(
    server: RunningServer, fake: httpx.Client
) -> None:
    tid = new_thread(server)
    with connect(server.ws_url(tid)) as ws:
        assert json.loads(ws.recv())["type"] == "history"
        for n in range(8):
            ws.send(
                json.dumps({"type": "message", "content": f"q{n}", "multitask_strategy": "enqueue"})
            )
        ends = 0
        while ends < 8:
            frame = json.loads(ws.recv())
            assert frame["type"] != "error", frame
            ends += frame["type"] == "stream_end"
    history = messages(server, tid)
    assert [m["content"] for m in history if m["type"] == "human"] == [f"q{n}" for n in range(8)]
    assert [m["type"] for m in history] == ["human", "ai"] * 8


def test_an_unknown_strategy_is_refused_everywhere_with_a_reason(
    server: RunningServer, fake: httpx.Client
) -> None:
    tid = new_thread(server)
    chat = httpx.post(
        f"{server.url}/chat/invoke", json=stream_body("hi", tid, "sometimes"), timeout=30
    )
    assert chat.status_code == 422 and "multitask_strategy" in chat.text
    v1 = httpx.post(
        f"{server.url}/v1/chat/completions",
        json={"model": "threadline", "messages": [{"role": "user", "content": "hi"}]},
        headers={"X-Thread-ID": tid, "X-Multitask-Strategy": "sometimes"},
        timeout=30,
    )
    assert v1.status_code == 422 and "multitask_strategy" in v1.text
    rest = httpx.post(
        f"{server.url}/threads/{tid}/messages",
        json={"content": "hi", "multitask_strategy": "sometimes"},
    )
    assert rest.status_code == 422 and "multitask_strategy" in rest.text
    with connect(server.ws_url(tid)) as ws:
        json.loads(ws.recv())
        ws.send(json.dumps({"type": "message", "content": "hi", "multitask_strategy": "often"}))
        error = json.loads(ws.recv())
        assert error["code"] == 422 and "multitask_strategy" in error["reason"]
    assert messages(server, tid) == []  # nothing stored


def test_the_fake_provider_records_each_stream(fake: httpx.Client) -> None:
    """The record the stop measurements rest on: a stream sent to its end is finished."""
    body = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with httpx.stream(
        "POST", str(fake.base_url.join("/v1/chat/completions")), json=body
    ) as response:
        response.read()
    record = fake.get("/streams").json()[-1]
    assert record["finished"] is True and record["closed"] >= record["opened"]
