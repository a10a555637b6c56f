"""The WebSocket protocol in-process: history, streaming to every tab, clearing,
authentication, bad frames, disconnects, and no blocked text on the wire."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr
from starlette.testclient import WebSocketTestSession

from fakes.models import HashEmbedder, scripted_model
from server import create_app
from settings import Settings

KEY = {"Authorization": "Bearer key-alice"}
SECRET = "sk-proj-Abcdefghijklmnopqrstuvwx1234"


@pytest.fixture
def make_app(settings: Settings) -> Callable[..., FastAPI]:
    def make(*answers: str, **overrides: Any) -> FastAPI:
        values = {"api_keys": SecretStr("alice:key-alice,bob:key-bob"), **overrides}
        return create_app(
            settings.model_copy(update=values),
            chat_model=scripted_model(*(answers or ("the answer is forty-two",)), repeat=True),
            embedder=HashEmbedder(),
        )

    return make


def until(ws: WebSocketTestSession, kind: str) -> list[dict[str, Any]]:
    """Events up to and including the first of type `kind`."""
    events = []
    while True:
        event = ws.receive_json()
        events.append(event)
        if event["type"] == kind:
            return events


def test_history_stream_and_a_second_tab(make_app: Callable[..., FastAPI]) -> None:
    answer = "Threadline streams answers in small moderated windows to every open tab."
    with TestClient(make_app(answer)) as client:
        tid = client.post("/threads", json={}, headers=KEY).json()["thread_id"]
        with (
            client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as tab1,
            client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as tab2,
        ):
            assert tab1.receive_json() == {"type": "history", "thread_id": tid, "messages": []}
            assert tab2.receive_json()["type"] == "history"
            tab1.send_json({"type": "message", "content": "How do I install threadline with pip?"})
            for tab in (tab1, tab2):
                events = until(tab, "stream_end")
                kinds = [e["type"] for e in events]
                assert kinds[:2] == ["user_message", "stream_start"]
                assert kinds.count("stream_token") >= 2
                streamed = "".join(e["text"] for e in events if e["type"] == "stream_token")
                end = events[-1]
                assert streamed == end["content"] == answer
                assert end["moderation"]["outcome"] == "answered"
                assert end["sources"] and end["user_message"]["content"] == (
                    "How do I install threadline with pip?"
                )
        with client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as again:
            history = again.receive_json()["messages"]
            assert [m["content"] for m in history] == [
                "How do I install threadline with pip?",
                answer,
            ]


def test_auth_by_first_frame_and_clearing_history(
    make_app: Callable[..., FastAPI], settings: Settings
) -> None:
    with TestClient(make_app()) as client:
        with client.websocket_connect("/ws/chat/t-clear") as ws:
            ws.send_json({"type": "auth", "api_key": "key-alice"})
            assert ws.receive_json()["type"] == "history"
            ws.send_json({"type": "message", "content": "remember this"})
            until(ws, "stream_end")
            with sqlite3.connect(settings.sqlite_path) as db:
                count = "SELECT count(*) FROM checkpoints WHERE thread_id = 't-clear'"
                assert db.execute(count).fetchone()[0] > 0
                ws.send_json({"type": "clear_history"})
                assert ws.receive_json() == {"type": "history_cleared"}
                assert db.execute(count).fetchone()[0] == 0
        detail = client.get("/threads/t-clear", headers=KEY).json()
        assert detail["messages"] == []  # the thread stays, empty
        with client.websocket_connect("/ws/chat/t-clear") as ws:
            ws.send_json({"type": "message", "content": "no auth first"})
            event = ws.receive_json()
            assert event["code"] == 401 and "auth" in event["reason"]


def test_bad_frames_get_errors_and_the_connection_stays_usable(
    make_app: Callable[..., FastAPI],
) -> None:
    with (
        TestClient(make_app(max_message_bytes=1000)) as client,
        client.websocket_connect("/ws/chat/t-bad", headers=KEY) as ws,
    ):
        ws.receive_json()
        bad_frames: list[tuple[Callable[[], None], int]] = [
            (lambda: ws.send_text("{not json"), 400),
            (lambda: ws.send_text("[1, 2]"), 400),
            (lambda: ws.send_json({"type": "dance"}), 400),
            (lambda: ws.send_json({"type": "message"}), 422),
            (lambda: ws.send_json({"type": "message", "content": "   "}), 422),
            (lambda: ws.send_json({"type": "message", "content": 42}), 422),
            (lambda: ws.send_json({"type": "message", "content": "x" * 1500}), 413),
            (lambda: ws.send_text("y" * 50_000), 413),
            (lambda: ws.send_bytes(b"\x00\xff binary"), 400),
            (lambda: ws.send_text('{"type": "message", "content": "\\ud800"}'), 422),
            (lambda: ws.send_json({"type": "auth", "api_key": "key-alice"}), 400),
        ]
        for send, code in bad_frames:
            send()
            event = ws.receive_json()
            assert event["type"] == "error" and event["code"] == code, event
            assert event["reason"]
        ws.send_json({"type": "message", "content": "still here?"})
        assert until(ws, "stream_end")[-1]["moderation"]["outcome"] == "answered"


def test_a_flood_of_messages_is_rate_limited(make_app: Callable[..., FastAPI]) -> None:
    with (
        TestClient(make_app(rate_limit="3/minute")) as client,
        client.websocket_connect("/ws/chat/t-flood", headers=KEY) as ws,
    ):
        ws.receive_json()
        for n in range(3):
            ws.send_json({"type": "message", "content": f"message {n}"})
            until(ws, "stream_end")
        ws.send_json({"type": "message", "content": "one too many"})
        event = ws.receive_json()
        assert event["type"] == "error" and event["code"] == 429
        assert event["retry_after"] > 0
        ws.send_json({"type": "dance"})
        assert ws.receive_json()["code"] == 400  # the handler is still alive


def test_a_client_leaving_mid_stream_does_not_break_the_thread(
    make_app: Callable[..., FastAPI],
) -> None:
    long_answer = " ".join(f"word{n}" for n in range(300))
    with TestClient(make_app(long_answer)) as client:
        with client.websocket_connect("/ws/chat/t-leave", headers=KEY) as ws:
            ws.receive_json()
            ws.send_json({"type": "message", "content": "tell me a lot"})
            assert ws.receive_json()["type"] == "user_message"
        # the socket is gone; the run finishes and is stored anyway
        deadline = time.monotonic() + 10
        messages: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            messages = client.get("/threads/t-leave", headers=KEY).json()["messages"]
            if len(messages) == 2:
                break
            time.sleep(0.05)
        assert [m["content"] for m in messages] == ["tell me a lot", long_answer]
        with client.websocket_connect("/ws/chat/t-leave", headers=KEY) as ws:
            assert len(ws.receive_json()["messages"]) == 2
            ws.send_json({"type": "message", "content": "and more"})
            assert until(ws, "stream_end")[-1]["content"] == long_answer


def test_no_part_of_a_blocked_answer_reaches_the_websocket(
    make_app: Callable[..., FastAPI],
) -> None:
    """A fake model streams a secret mid-answer, twice: the client gets the clean
    windows, a retraction, and a refusal, never any part of the secret."""
    preamble = "Sure, here is a friendly preamble that streams before it goes wrong. " * 3
    leaky = f"{preamble}The key is {SECRET} ok."
    with (
        TestClient(make_app(leaky)) as client,
        client.websocket_connect("/ws/chat/t-leak", headers=KEY) as ws,
    ):
        ws.receive_json()
        ws.send_json({"type": "message", "content": "give me the key"})
        events = until(ws, "stream_end")
        wire = repr(events)
        for start in range(0, len(SECRET) - 8):
            assert SECRET[start : start + 8] not in wire
        kinds = [e["type"] for e in events]
        assert "stream_token" in kinds[: kinds.index("stream_retracted")]  # clean windows came
        end = events[-1]
        assert end["moderation"]["outcome"] == "refused"
        assert "credentials" in end["content"] or "blocked" in end["content"]
