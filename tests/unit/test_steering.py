"""Stopping a turn and sending while one runs, on the served runnable in-process: the
one turn a stop leaves (whenever it comes), and the multitask strategies."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

import cli
from fakes.models import HashEmbedder, scripted_model
from graph.graph import build_graph
from server import create_app
from service.turns import InvalidTurn, NotRunning, ThreadedChat, checked_strategy
from settings import Settings
from storage.sqlite import open_sqlite

WORDS = " ".join(f"w{n}" for n in range(30))


def cfg(thread: str, strategy: str | None = None) -> dict[str, Any]:
    configurable = {"thread_id": thread}
    if strategy:
        configurable["multitask_strategy"] = strategy
    return {"configurable": configurable}


def human(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


@pytest.fixture
async def chat(settings: Settings) -> Any:
    async with open_sqlite(settings.sqlite_path) as (saver, _):
        model = scripted_model(WORDS, repeat=True, pause_s=0.002)
        graph = build_graph(model, None, settings.model_copy(update={"stream_window_s": 0.0}))
        yield ThreadedChat(graph.compile(checkpointer=saver))


async def consume(chat: ThreadedChat, text: str, thread: str, **kw: Any) -> list[Any]:
    return [chunk async for chunk in chat.astream(human(text), cfg(thread, **kw))]


def test_strategies_are_named_as_langgraph_names_them() -> None:
    assert checked_strategy("queue") == "enqueue"  # the setting's older name
    for name in ("reject", "enqueue", "interrupt", "rollback"):
        assert checked_strategy(name) == name
    with pytest.raises(InvalidTurn, match="unknown multitask_strategy 'later'"):
        checked_strategy("later")


async def test_a_stop_racing_the_end_leaves_exactly_one_turn(chat: ThreadedChat) -> None:
    """Stops at random moments, some after the answer ended: every turn is a question
    and one answer, stopped or whole, whose text is what the client was shown."""
    rng = random.Random(7)
    for n in range(12):
        run = asyncio.create_task(consume(chat, f"q{n}", "race"))
        await asyncio.sleep(rng.uniform(0.0, 0.15))
        with contextlib.suppress(NotRunning):
            await chat.stop("race")
        chunks = await run
        shown = "".join(str(c.content) for c in chunks)
        history = await chat.history("race", last=2)
        assert [m["type"] for m in history] == ["human", "ai"]
        assert history[0]["content"] == f"q{n}"
        assert history[1]["content"] == shown
        assert history[1].get("stopped", False) == bool(chunks[-1].response_metadata.get("stopped"))
        assert history[1].get("stopped") or shown == WORDS
    full = await chat.history("race")
    assert [m["type"] for m in full] == ["human", "ai"] * 12


async def test_a_stop_before_the_first_word_keeps_an_empty_stopped_answer(
    chat: ThreadedChat,
) -> None:
    run = asyncio.create_task(consume(chat, "hello", "early"))
    for _ in range(200):
        if "early" in chat.runs:
            break
        await asyncio.sleep(0.001)
    await chat.stop("early")
    chunks = await run
    assert chunks[-1].response_metadata["stopped"] is True
    history = await chat.history("early")  # the question is kept, answered by nothing
    assert [(m["content"], m.get("stopped")) for m in history] == [("hello", None), ("", True)]
    # the stopped answer is stored with its time, as every other one
    assert history[0]["created_at"] <= history[1]["created_at"]
    assert chunks[-1].response_metadata["created_at"] == history[1]["created_at"]


async def test_enqueue_answers_in_the_order_sent_and_reject_is_the_default(
    chat: ThreadedChat,
) -> None:
    first = asyncio.create_task(consume(chat, "first", "q"))
    await asyncio.sleep(0.01)
    with pytest.raises(Exception, match="still answering"):
        await consume(chat, "refused", "q")
    queued = [
        asyncio.create_task(consume(chat, f"q{n}", "q", strategy="enqueue")) for n in range(8)
    ]
    await asyncio.gather(first, *queued)
    history = await chat.history("q")
    assert [m["content"] for m in history if m["type"] == "human"] == [
        "first",
        *(f"q{n}" for n in range(8)),
    ]
    assert [m["type"] for m in history] == ["human", "ai"] * 9
    assert not any(m.get("stopped") for m in history)


# --- feedback ----------------------------------------------------------------------------


def test_feedback_on_an_answer_once_by_its_owner_shown_counted_and_exported(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(
        settings.model_copy(update={"api_keys": SecretStr("alice:key-alice,bob:key-bob")}),
        chat_model=scripted_model("a fine answer", repeat=True),
        embedder=HashEmbedder(),
    )
    alice, bob = {"Authorization": "Bearer key-alice"}, {"Authorization": "Bearer key-bob"}
    with TestClient(app) as client:
        tid = client.post("/threads", json={}, headers=alice).json()["thread_id"]
        sent = client.post(
            f"/threads/{tid}/messages", json={"content": "is it good?"}, headers=alice
        )
        answer_id = sent.json()["id"]
        question_id = client.get(f"/threads/{tid}", headers=alice).json()["messages"][0]["id"]
        url = f"/threads/{tid}/messages/{answer_id}/feedback"

        def counted(score: str) -> float:
            for line in client.get("/metrics").text.splitlines():
                if line.startswith(f'threadline_feedback_total{{score="{score}"}}'):
                    return float(line.split()[-1])
            return 0.0

        before = counted("down")
        assert client.post(url, json={"score": "down"}, headers=bob).status_code == 404
        wrong = client.post(
            f"/threads/{tid}/messages/{question_id}/feedback", json={"score": "up"}, headers=alice
        )
        assert wrong.status_code == 422 and "user message" in wrong.json()["detail"]
        missing = client.post(
            f"/threads/{tid}/messages/nope/feedback", json={"score": "up"}, headers=alice
        )
        assert missing.status_code == 404 and "not found" in missing.json()["detail"]
        assert client.post(url, json={"score": "meh"}, headers=alice).status_code == 422
        given = client.post(url, json={"score": "down", "comment": "too short"}, headers=alice)
        assert given.status_code == 201, given.text
        again = client.post(url, json={"score": "up"}, headers=alice)
        assert again.status_code == 409 and "once" in again.json()["detail"]
        assert counted("down") == before + 1
        shown = client.get(f"/threads/{tid}", headers=alice).json()["messages"]
        assert shown[1]["feedback"]["score"] == "down"
        assert shown[1]["feedback"]["comment"] == "too short"
        assert "feedback" not in shown[0]
        other = client.post("/threads", json={}, headers=alice).json()["thread_id"]
        client.post(f"/threads/{other}/messages", json={"content": "gone soon"}, headers=alice)
        gone_id = client.get(f"/threads/{other}", headers=alice).json()["messages"][1]["id"]
        rated = client.post(
            f"/threads/{other}/messages/{gone_id}/feedback", json={"score": "up"}, headers=alice
        )
        assert rated.status_code == 201
        assert client.delete(f"/threads/{other}", headers=alice).status_code == 204
    monkeypatch.setenv("THREADLINE_DATA_DIR", str(settings.data_dir))
    exported = tmp_path / "feedback.jsonl"
    assert cli.main(["feedback", "export", "--output", str(exported)]) == 0
    lines = [json.loads(line) for line in exported.read_text().splitlines()]
    assert len(lines) == 1  # the deleted thread's rating went with it
    assert lines[0] == {
        "thread": tid,
        "message": answer_id,
        "question": "is it good?",
        "answer": "a fine answer",
        "score": "down",
        "comment": "too short",
        "time": lines[0]["time"],
    }


# --- regenerate, edit, branches ------------------------------------------------------------


def test_regenerate_and_edit_make_branches_that_can_be_switched(
    settings: Settings,
) -> None:
    from tests.unit.test_server import recording_model

    model = recording_model()
    app = create_app(settings, chat_model=model, embedder=HashEmbedder())
    with TestClient(app) as client:
        tid = client.post("/threads", json={}).json()["thread_id"]
        assert client.post(f"/threads/{tid}/regenerate", json={}).status_code == 422  # empty
        for text in ("q1", "q2"):
            client.post(f"/threads/{tid}/messages", json={"content": text})

        def thread() -> list[dict[str, Any]]:
            return list(client.get(f"/threads/{tid}").json()["messages"])

        first = thread()
        assert [m["content"] for m in first] == [
            "q1",
            "answer number 0 for you",
            "q2",
            "answer number 1 for you",
        ]
        assert not any("branch" in m for m in first)

        again = client.post(f"/threads/{tid}/regenerate", json={})
        assert again.status_code == 200, again.text
        now = thread()
        assert [m["content"] for m in now] == [
            "q1",
            "answer number 0 for you",
            "q2",
            "answer number 2 for you",
        ]
        assert now[3]["branch"] == {"index": 2, "count": 2}
        assert [m.type for m in model.prompts[-1][1:]] == ["human", "ai", "human"]  # q2 once

        switched = client.post(
            f"/threads/{tid}/branch", json={"message_id": now[3]["id"], "index": 1}
        )
        assert switched.status_code == 200, switched.text
        assert switched.json()["messages"][3]["content"] == "answer number 1 for you"
        assert switched.json()["messages"][3]["branch"] == {"index": 1, "count": 2}

        edited = client.post(
            f"/threads/{tid}/messages/{first[0]['id']}/edit", json={"content": "q1, better"}
        )
        assert edited.status_code == 200, edited.text
        now = thread()
        assert [m["content"] for m in now] == ["q1, better", "answer number 3 for you"]
        assert now[1]["branch"] == {"index": 2, "count": 2}
        assert [str(m.content) for m in model.prompts[-1][1:]] == ["q1, better"]

        back = client.post(f"/threads/{tid}/branch", json={"message_id": now[1]["id"], "index": 1})
        restored = back.json()["messages"]
        assert [m["content"] for m in restored] == [
            "q1",
            "answer number 0 for you",
            "q2",
            "answer number 1 for you",
        ]
        assert restored[1]["branch"] == {"index": 1, "count": 2}
        assert restored[3]["branch"] == {"index": 1, "count": 2}

        # bad input: a 4xx with a reason, nothing stored
        for path, body, status in [
            (f"/threads/{tid}/messages/nope/edit", {"content": "x"}, 404),
            (f"/threads/{tid}/messages/{restored[1]['id']}/edit", {"content": "x"}, 422),
            (f"/threads/{tid}/branch", {"message_id": restored[0]["id"], "index": 1}, 422),
            (f"/threads/{tid}/branch", {"message_id": restored[1]["id"], "index": 3}, 422),
            (f"/threads/{tid}/regenerate", {"multitask_strategy": "later"}, 422),
        ]:
            response = client.post(path, json=body)
            assert response.status_code == status, (path, response.text)
            assert response.json()["detail"]
        assert thread() == restored

        # deleting the thread deletes every branch
        assert client.delete(f"/threads/{tid}").status_code == 204
    with sqlite3.connect(settings.sqlite_path) as db:
        left = db.execute("SELECT count(*) FROM checkpoints WHERE thread_id = ?", (tid,))
        assert left.fetchone()[0] == 0
