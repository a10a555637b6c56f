"""The WebSocket protocol in-process: history, streaming to every tab, clearing,
authentication, bad frames, disconnects, no blocked text on the wire, and regenerate
and edit streamed like any answer."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from typing import Any

import anyio
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr
from starlette.testclient import WebSocketTestSession
from starlette.websockets import WebSocketDisconnect

from fakes.models import HashEmbedder, scripted_model
from server import create_app
from service.keys import add_key, revoke_keys
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
                # when each was stored, as a reload will show it
                assert end["user_message"]["created_at"] <= end["created_at"]
        with client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as again:
            history = again.receive_json()["messages"]
            assert [m["content"] for m in history] == [
                "How do I install threadline with pip?",
                answer,
            ]
            assert [m["created_at"] for m in history] == [
                end["user_message"]["created_at"],
                end["created_at"],
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


# --- isolation: the socket as an attacker drives it ------------------------------------

BOB = {"Authorization": "Bearer key-bob"}
CARD = "4111 1111 1111 1111"


def receive_within(ws: WebSocketTestSession, seconds: float) -> dict[str, Any]:
    """The next frame, or TimeoutError when none comes in `seconds` (a close raises
    WebSocketDisconnect with its code)."""

    async def receive() -> Any:
        with anyio.fail_after(seconds):
            return await ws._send_rx.receive()

    message = ws.portal.call(receive)
    ws._raise_on_close(message)
    return json.loads(message["text"])  # type: ignore[no-any-return]


def closed_with(ws: WebSocketTestSession) -> int:
    """The close code of a socket the server closes next."""
    with pytest.raises(WebSocketDisconnect) as closed:
        receive_within(ws, 5)
    return closed.value.code


def test_the_first_socket_on_an_unused_id_claims_it_and_nobody_else_hears_it(
    make_app: Callable[..., FastAPI],
) -> None:
    """bob opens `support-42` before anyone used it; alice then opens it and sends a
    card number: bob hears nothing of her, and her message is refused, not stored."""
    with TestClient(make_app()) as client:
        with client.websocket_connect("/ws/chat/support-42", headers=BOB) as bob:
            assert receive_within(bob, 5) == {
                "type": "history",
                "thread_id": "support-42",
                "messages": [],
            }
            with client.websocket_connect("/ws/chat/support-42", headers=KEY) as alice:
                assert receive_within(alice, 5)["messages"] == []
                alice.send_json({"type": "message", "content": f"my card is {CARD}"})
                refused = receive_within(alice, 5)
                assert refused["code"] == 404 and "not found" in refused["reason"]
                assert closed_with(alice) == 4404
            bob.send_json({"type": "message", "content": "bob's own question"})
            seen = until(bob, "stream_end")
        assert "4111" not in repr(seen)
        assert [e["type"] for e in seen][:2] == ["user_message", "stream_start"]
        assert [t["thread_id"] for t in client.get("/threads", headers=BOB).json()["threads"]] == [
            "support-42"
        ]
        assert client.get("/threads", headers=KEY).json()["threads"] == []


def test_a_socket_on_another_users_thread_looks_like_a_new_one_and_can_do_nothing(
    make_app: Callable[..., FastAPI],
) -> None:
    """Another user's thread opens exactly as an unused id does (the README's promise),
    gets none of its events, and its first frame, `clear_history` included, is refused
    as a missing thread is (404, then 4404)."""
    with TestClient(make_app()) as client:
        tid = client.post("/threads", json={}, headers=KEY).json()["thread_id"]
        with client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as alice:
            receive_within(alice, 5)
            alice.send_json(
                {"type": "message", "content": "How do I install threadline on my laptop?"}
            )
            until(alice, "stream_end")
        with client.websocket_connect("/ws/chat/nobody-has-this-id", headers=BOB) as fresh:
            on_fresh = receive_within(fresh, 5)
        for frame_sent in ({"type": "clear_history"}, {"type": "message", "content": "hi"}):
            with client.websocket_connect(f"/ws/chat/{tid}", headers=BOB) as bob:
                on_alices = receive_within(bob, 5)
                assert on_alices == {**on_fresh, "thread_id": tid}
                with pytest.raises(TimeoutError):
                    receive_within(bob, 0.3)  # nothing of her thread is replayed
                bob.send_json(frame_sent)
                refused = receive_within(bob, 5)
                assert refused == {
                    "type": "error",
                    "code": 404,
                    "reason": f"thread {tid!r} not found",
                }
                assert closed_with(bob) == 4404
        history = client.get(f"/threads/{tid}", headers=KEY).json()["messages"]
        assert [m["content"] for m in history][0] == "How do I install threadline on my laptop?"


def test_deleting_a_thread_ends_its_feed(make_app: Callable[..., FastAPI]) -> None:
    """alice's tab is closed when she deletes the thread, and whoever uses its id next
    is replayed nothing of its last run."""
    with TestClient(make_app("the answer about the zebra")) as client:
        tid = client.post("/threads", json={}, headers=KEY).json()["thread_id"]
        with client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as alice:
            receive_within(alice, 5)
            alice.send_json({"type": "message", "content": "tell me about the zebra"})
            until(alice, "stream_end")
            assert client.delete(f"/threads/{tid}", headers=KEY).status_code == 204
            assert receive_within(alice, 5)["code"] == 404
            assert closed_with(alice) == 4404
            with client.websocket_connect(f"/ws/chat/{tid}", headers=BOB) as bob:
                assert receive_within(bob, 5)["messages"] == []
                with pytest.raises(TimeoutError):
                    receive_within(bob, 0.3)


def test_a_revoked_key_closes_its_open_socket(
    make_app: Callable[..., FastAPI], settings: Settings
) -> None:
    erin = add_key(settings.keys_path, "erin")
    with TestClient(make_app(ws_auth_check_s=0.1)) as client:
        with client.websocket_connect("/ws/chat/t-erin", headers={"X-API-Key": erin}) as ws:
            assert receive_within(ws, 5)["type"] == "history"
            revoke_keys(settings.keys_path, "erin")
            assert client.get("/threads", headers={"X-API-Key": erin}).status_code == 401
            assert receive_within(ws, 3) == {
                "type": "error",
                "code": 401,
                "reason": "the API key was revoked",
            }
            assert closed_with(ws) == 4401
        erin = add_key(settings.keys_path, "erin")
        with client.websocket_connect("/ws/chat/t-erin-2", headers={"X-API-Key": erin}) as ws:
            receive_within(ws, 5)
            revoke_keys(settings.keys_path, "erin")
            ws.send_json({"type": "message", "content": "still here?"})  # at once, too
            assert receive_within(ws, 3)["code"] == 401
    with sqlite3.connect(settings.sqlite_path) as db:
        stored = db.execute("SELECT count(*) FROM checkpoints WHERE thread_id LIKE 't-erin%'")
        assert stored.fetchone()[0] == 0


def test_nothing_unmoderated_is_published_to_the_stream_bus(
    make_app: Callable[..., FastAPI],
) -> None:
    app = make_app()
    published: list[dict[str, Any]] = []
    with TestClient(app) as client:
        bus = app.state.service.storage.bus
        publish = bus.publish

        async def recording(thread_id: str, event: dict[str, Any]) -> None:
            published.append(event)
            await publish(thread_id, event)

        bus.publish = recording
        with client.websocket_connect("/ws/chat/t-secrets", headers=KEY) as ws:
            receive_within(ws, 5)
            ws.send_json({"type": "message", "content": f"card {CARD} and key {SECRET}"})
            events = until(ws, "stream_end")
    assert events[0] == {"type": "user_message", "content": None}
    assert events[-1]["user_message"]["content"].startswith("[message withheld")
    wire = repr(published)
    assert "4111" not in wire and SECRET[:12] not in wire
    assert published and all(e["owner"] == "alice" for e in published)


def test_a_user_may_hold_only_so_many_sockets(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(ws_max_per_user=2)) as client:
        with (
            client.websocket_connect("/ws/chat/cap-1", headers=KEY) as one,
            client.websocket_connect("/ws/chat/cap-2", headers=KEY) as two,
        ):
            for ws in (one, two):
                assert receive_within(ws, 5)["type"] == "history"
            with client.websocket_connect("/ws/chat/cap-3", headers=KEY) as three:
                assert receive_within(three, 5)["code"] == 429
                assert closed_with(three) == 4429
            with client.websocket_connect("/ws/chat/cap-3", headers=BOB) as bobs:
                assert receive_within(bobs, 5)["type"] == "history"  # per user
        with client.websocket_connect("/ws/chat/cap-3", headers=KEY) as again:
            assert receive_within(again, 5)["type"] == "history"  # freed on close


def test_socket_opens_and_clear_history_frames_are_rate_limited(
    make_app: Callable[..., FastAPI],
) -> None:
    with TestClient(make_app(write_rate_limit="3/minute")) as client:
        with client.websocket_connect("/ws/chat/t-writes", headers=KEY) as ws:  # 1
            receive_within(ws, 5)
            for _ in range(2):  # 2, 3
                ws.send_json({"type": "clear_history"})
                assert receive_within(ws, 5) == {"type": "history_cleared"}
            ws.send_json({"type": "clear_history"})
            limited = receive_within(ws, 5)
            assert limited["code"] == 429 and limited["retry_after"] > 0
        with client.websocket_connect("/ws/chat/t-writes-2", headers=KEY) as ws:
            assert receive_within(ws, 5)["code"] == 429
            assert closed_with(ws) == 4429


# --- regenerate and edit: streamed like any answer -------------------------------------

FIRST = "The first answer, written out in words enough to come in several windows."
SECOND = "The second answer, also long enough that it streams as more than one window."
THIRD = "The third answer, to the question as it was edited, streamed in several windows."


def streamed(events: list[dict[str, Any]]) -> str:
    """The text the tokens carried, retractions applied; asserting tokens came first."""
    kinds = [e["type"] for e in events]
    assert kinds[:2] == ["user_message", "stream_start"] and kinds[-1] == "stream_end"
    assert kinds.count("stream_token") >= 2, kinds  # the answer came in parts, before its end
    text = ""
    for event in events:
        if event["type"] == "stream_retracted":
            text = ""
        elif event["type"] == "stream_token":
            text += event["text"]
    return text


def checkpoint_rows(settings: Settings, thread_id: str) -> int:
    with sqlite3.connect(settings.sqlite_path) as db:
        query = "SELECT count(*) FROM checkpoints WHERE thread_id = ?"
        return int(db.execute(query, (thread_id,)).fetchone()[0])


def test_regenerate_streams_a_new_branch_to_every_tab(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(FIRST, SECOND)) as client:
        tid = client.post("/threads", json={}, headers=KEY).json()["thread_id"]
        with (
            client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as tab1,
            client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as tab2,
        ):
            tab1.receive_json(), tab2.receive_json()
            tab1.send_json({"type": "message", "content": "say something"})
            asked = until(tab1, "stream_end")[-1]["user_message"]
            until(tab2, "stream_end")
            tab1.send_json({"type": "regenerate"})
            for tab in (tab1, tab2):
                events = until(tab, "stream_end")
                assert events[0] == {
                    "type": "user_message",
                    "content": None,
                    "branch_of": asked["id"],
                    "edit": False,
                }
                end = events[-1]
                assert streamed(events) == end["content"] == SECOND
                assert end["branch"] == {"index": 2, "count": 2}
                assert end["user_message"]["content"] == "say something"
                assert not end["stopped"]
        messages = client.get(f"/threads/{tid}", headers=KEY).json()["messages"]
        assert [m["content"] for m in messages] == ["say something", SECOND]
        assert messages[1]["branch"] == {"index": 2, "count": 2}
        assert messages[1]["id"] == end["message_id"]


def test_edit_streams_the_answer_to_the_changed_message(
    make_app: Callable[..., FastAPI],
) -> None:
    with TestClient(make_app(FIRST, SECOND, THIRD)) as client:
        tid = client.post("/threads", json={}, headers=KEY).json()["thread_id"]
        with client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as ws:
            ws.receive_json()
            ws.send_json({"type": "message", "content": "question one"})
            first = until(ws, "stream_end")[-1]["user_message"]
            ws.send_json({"type": "message", "content": "question two"})
            until(ws, "stream_end")
            ws.send_json(
                {"type": "edit", "message_id": first["id"], "content": "question one, better"}
            )
            events = until(ws, "stream_end")
        # the edited text is not on the bus before it is moderated and stored
        assert events[0] == {
            "type": "user_message",
            "content": None,
            "branch_of": first["id"],
            "edit": True,
        }
        end = events[-1]
        assert streamed(events) == end["content"] == THIRD
        assert end["user_message"]["content"] == "question one, better"
        assert end["branch"] == {"index": 2, "count": 2}
        messages = client.get(f"/threads/{tid}", headers=KEY).json()["messages"]
        assert [m["content"] for m in messages] == ["question one, better", THIRD]


def test_a_refused_regenerate_or_edit_is_an_error_frame_and_stores_nothing(
    make_app: Callable[..., FastAPI], settings: Settings
) -> None:
    with TestClient(make_app(FIRST, max_message_bytes=1000)) as client:
        tid = client.post("/threads", json={}, headers=KEY).json()["thread_id"]
        bobs = client.post("/threads", json={}, headers=BOB).json()["thread_id"]
        with client.websocket_connect(f"/ws/chat/{bobs}", headers=BOB) as bob:
            bob.receive_json()
            bob.send_json({"type": "message", "content": "bob's question"})
            bobs_message = until(bob, "stream_end")[-1]["user_message"]["id"]
        with client.websocket_connect(f"/ws/chat/{tid}", headers=KEY) as ws:
            ws.receive_json()
            ws.send_json({"type": "regenerate"})
            event = ws.receive_json()
            assert event["type"] == "error" and event["code"] == 422
            assert "nothing" in event["reason"] or "no answer" in event["reason"]
            assert checkpoint_rows(settings, tid) == 0
            ws.send_json({"type": "message", "content": "a question"})
            end = until(ws, "stream_end")[-1]
            answer, asked = end["message_id"], end["user_message"]["id"]
            rows = checkpoint_rows(settings, tid)
            refused: list[tuple[dict[str, Any], int]] = [
                ({"type": "edit", "message_id": "no-such-id", "content": "x"}, 404),
                ({"type": "edit", "message_id": bobs_message, "content": "mine now"}, 404),
                ({"type": "edit", "message_id": answer, "content": "x"}, 422),
                ({"type": "edit", "message_id": asked, "content": "   "}, 422),
                ({"type": "edit", "message_id": asked, "content": "x" * 1500}, 422),
                ({"type": "edit", "message_id": asked}, 422),
                ({"type": "edit", "content": "no id"}, 422),
                (
                    {
                        "type": "edit",
                        "message_id": asked,
                        "content": "x",
                        "multitask_strategy": "?",
                    },
                    422,
                ),
                ({"type": "regenerate", "multitask_strategy": "sometimes"}, 422),
            ]
            for sent, code in refused:
                ws.send_json(sent)
                event = ws.receive_json()
                assert event["type"] == "error" and event["code"] == code, (sent, event)
                assert event["reason"]
            assert checkpoint_rows(settings, tid) == rows
            ws.send_json({"type": "regenerate"})  # the socket is still usable
            assert until(ws, "stream_end")[-1]["branch"] == {"index": 2, "count": 2}
        messages = client.get(f"/threads/{bobs}", headers=BOB).json()["messages"]
        assert [m["content"] for m in messages] == ["bob's question", FIRST]
