"""The served runnable: turns, threads, streaming, validation and what is stored."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, message_to_dict
from langchain_core.runnables.config import ensure_config, var_child_runnable_config
from langchain_core.tracers.log_stream import LogStreamCallbackHandler

from fakes.models import scripted_model
from graph.graph import build_graph
from graph.state import from_records
from service.turns import InvalidTurn, ThreadedChat, message_view, unobserved, unseen_turns
from settings import Settings
from storage.sqlite import open_sqlite
from storage.threads import LOCAL_USER, ThreadStore

SECRET = "sk-proj-Abcdefghijklmnopqrstuvwx1234"
CARD = "4111 1111 1111 1111"
#: A legacy 15-digit JCB number (range 2131, Luhn-valid).
LEGACY_JCB = "213100000000001"


def cfg(thread: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread}}


def human(text: str) -> dict[str, str]:
    return {"type": "human", "content": text}


@pytest.fixture
async def chat(settings: Settings, request: pytest.FixtureRequest) -> Any:
    answers = getattr(request, "param", None) or ["answer one", "answer two", "answer three"]
    async with open_sqlite(settings.sqlite_path) as (saver, _):
        graph = build_graph(scripted_model(*answers, repeat=True), None, settings)
        yield ThreadedChat(graph.compile(checkpointer=saver))


def test_unseen_turns() -> None:
    h1, a1, h2 = HumanMessage("q1"), AIMessage("a1"), HumanMessage("q2")
    assert unseen_turns([h1], thread_is_new=True) == [h1]
    assert unseen_turns([h1, a1, h2], thread_is_new=True) == [h1, a1, h2]
    assert unseen_turns([h1, a1, h2], thread_is_new=False) == [h2]
    assert unseen_turns([h2], thread_is_new=False) == [h2]


async def test_invoke_returns_an_ai_message_with_metadata(chat: ThreadedChat) -> None:
    answer = await chat.ainvoke({"messages": [human("hi")]}, cfg("t1"))
    assert isinstance(answer, AIMessage) and answer.content == "answer one"
    meta = answer.response_metadata
    assert meta["thread_id"] == "t1" and meta["sources"] == []
    assert meta["moderation"]["outcome"] == "answered"


async def test_a_request_without_thread_gets_a_new_one(chat: ThreadedChat) -> None:
    a = await chat.ainvoke({"messages": [human("hi")]})
    b = await chat.ainvoke({"messages": [human("hi")]})
    assert a.response_metadata["thread_id"] != b.response_metadata["thread_id"]


async def test_whole_history_resent_does_not_duplicate_turns(chat: ThreadedChat) -> None:
    first = await chat.ainvoke({"messages": [human("q1")]}, cfg("t"))
    history = [human("q1"), {"type": "ai", "content": first.content}, human("q2")]
    await chat.ainvoke({"messages": history}, cfg("t"))
    await chat.ainvoke({"messages": [human("q3")]}, cfg("t"))
    state = await chat.graph.aget_state(cfg("t"))  # type: ignore[union-attr]
    assert [m.content for m in from_records(state.values["messages"])] == [
        "q1",
        "answer one",
        "q2",
        "answer two",
        "q3",
        "answer three",
    ]


async def test_stream_yields_chunks_that_add_up_to_the_answer(settings: Settings) -> None:
    text = "A streamed answer with enough words to be released in several moderated windows " * 2
    unpaced = settings.model_copy(update={"stream_window_ms": 0})  # a window per token
    async with open_sqlite(settings.sqlite_path) as (saver, _):
        chat = ThreadedChat(
            build_graph(scripted_model(text, pause_s=0.005), None, unpaced).compile(
                checkpointer=saver
            )
        )
        chunks = [c async for c in chat.astream({"messages": [human("hi")]}, cfg("s"))]
    assert all(isinstance(c, AIMessageChunk) for c in chunks)
    assert len(chunks) > 3
    assert "".join(str(c.content) for c in chunks) == text
    assert chunks[-1].response_metadata["thread_id"] == "s"


async def test_stream_retracts_a_blocked_draft_and_never_sends_the_secret(
    settings: Settings,
) -> None:
    leak = "Here is a long friendly preamble before the key arrives at last: " + SECRET
    async with open_sqlite(settings.sqlite_path) as (saver, _):
        chat = ThreadedChat(
            build_graph(scripted_model(leak, "a clean second draft"), None, settings).compile(
                checkpointer=saver
            )
        )
        chunks = [c async for c in chat.astream({"messages": [human("hi")]}, cfg("r"))]
    assert "sk-" not in "".join(str(c.content) for c in chunks)
    events = [c.response_metadata.get("event") for c in chunks]
    assert "retracted" in events
    after = chunks[events.index("retracted") + 1 :]
    assert "".join(str(c.content) for c in after) == "a clean second draft"


async def test_astream_events_carry_only_moderated_chunks(settings: Settings) -> None:
    leak = "Some words first, then " + SECRET + " and more"
    async with open_sqlite(settings.sqlite_path) as (saver, _):
        chat = ThreadedChat(
            build_graph(scripted_model(leak, leak), None, settings).compile(checkpointer=saver)
        )
        events = [
            e async for e in chat.astream_events({"messages": [human("x")]}, cfg("e"), version="v2")
        ]
    assert "sk-proj" not in str(events)
    assert events[-1]["event"] == "on_chain_end"


@pytest.mark.parametrize(
    "payload,config,reason",
    [
        ({"messages": []}, {}, "at least 1"),
        ({"messages": [{"type": "robot", "content": "x"}]}, {}, "robot"),
        ({"messages": [human("  ")]}, {}, "must not be empty"),
        ({"messages": [human("x" * 40000)]}, {}, "over the limit"),
        ({"messages": [human("q"), {"type": "ai", "content": "a"}]}, {}, "last message"),
        ({"messages": [human("q")]}, cfg("x" * 129), "at most 128"),
        ({"messages": [human("q")]}, cfg("a\x00b"), "control characters"),
    ],
)
async def test_bad_input_is_rejected_with_a_reason(
    chat: ThreadedChat, payload: Any, config: Any, reason: str
) -> None:
    with pytest.raises(InvalidTurn, match=reason):
        await chat.ainvoke(payload, config)


async def test_blocked_secrets_never_reach_the_database(
    chat: ThreadedChat, settings: Settings
) -> None:
    await chat.ainvoke({"messages": [human("hello")]}, cfg("db"))
    refusal = await chat.ainvoke({"messages": [human(f"my key is {SECRET}")]}, cfg("db"))
    assert refusal.response_metadata["moderation"]["outcome"] == "blocked_input"
    await chat.ainvoke({"messages": [human(f"card {CARD}")]}, cfg("db"))
    await chat.ainvoke({"messages": [human(f"my old JCB {LEGACY_JCB}")]}, cfg("db"))
    history = from_records((await chat.graph.aget_state(cfg("db"))).values["messages"])  # type: ignore[union-attr]
    assert len(history) == 8 and "withheld" in history[2].content
    raw = b"".join(p.read_bytes() for p in Path(settings.sqlite_path).parent.glob("*.sqlite*"))
    assert b"hello" in raw  # the file does hold the conversation ...
    assert SECRET.encode() not in raw and CARD.encode() not in raw  # ... but not the secrets
    assert LEGACY_JCB.encode() not in raw


async def test_checkpoints_grow_linearly(chat: ThreadedChat, settings: Settings) -> None:
    """Each turn adds about its own size, not the whole history again."""

    def size() -> int:
        """Bytes stored in rows; the file size would mostly measure the WAL."""
        with sqlite3.connect(settings.sqlite_path) as db:
            checkpoints = db.execute(
                "SELECT sum(length(checkpoint) + length(metadata)) FROM checkpoints"
            ).fetchone()
            writes = db.execute("SELECT sum(length(value)) FROM writes").fetchone()
        return int(checkpoints[0] or 0) + int(writes[0] or 0)

    async def turns(n: int) -> int:
        before = size()
        for _ in range(n):
            await chat.ainvoke({"messages": [human("x" * 400)]}, cfg("grow"))
        return size() - before

    await turns(5)
    ten = await turns(10)  # turns 6-15
    await turns(85)
    total = size()  # after 100 turns
    # Linear: ~10x the cost of ten turns, plus a full snapshot of the history every
    # 100 channel updates (50 turns). A whole copy per turn would be ~5x that.
    assert total < 2 * 10 * ten, (ten, total)


def test_a_stream_with_a_listener_is_observed() -> None:
    """Only a stream nobody listens to skips LangChain's streaming wrapper: a callback
    handler (as `stream_log` and `stream_events` add) or an enclosing run keeps it."""
    assert unobserved(ensure_config({}))
    assert not unobserved(ensure_config({"callbacks": [LogStreamCallbackHandler()]}))
    token = var_child_runnable_config.set(ensure_config({}))
    try:
        assert not unobserved(ensure_config({}))
    finally:
        var_child_runnable_config.reset(token)


async def test_a_thread_left_untitled_by_a_crash_is_named_by_its_next_turn(
    settings: Settings,
) -> None:
    """A process killed between a first turn's checkpoint and its title (the crash
    soak's finding) left the thread untitled for good."""
    async with open_sqlite(settings.sqlite_path) as (saver, db):
        threads = ThreadStore(db, saver)
        await threads.setup()
        graph = build_graph(scripted_model("an answer", repeat=True), None, settings)
        chat = ThreadedChat(graph.compile(checkpointer=saver), threads=threads)
        title_if_untitled = threads.title_if_untitled

        async def killed(thread_id: str, title: str) -> None:
            raise OSError("the process died before the title was written")

        threads.title_if_untitled = killed  # type: ignore[method-assign]
        with pytest.raises(OSError):
            await chat.ainvoke({"messages": [human("the first question")]}, cfg("crashed"))
        threads.title_if_untitled = title_if_untitled  # type: ignore[method-assign]
        assert (await threads.owned("crashed", LOCAL_USER)).title == ""
        await chat.ainvoke({"messages": [human("the second one")]}, cfg("crashed"))
        assert (await threads.owned("crashed", LOCAL_USER)).title == "the first question"


async def test_stored_messages_carry_the_time_they_were_stored(chat: ThreadedChat) -> None:
    """Each question and answer keeps `created_at` (ISO 8601, UTC), in the order they
    were stored: a reload shows when each was written, not only this session's."""
    before = datetime.now(UTC)
    await chat.ainvoke({"messages": [human("first")]}, cfg("times"))
    answer = await chat.ainvoke({"messages": [human(f"my key is {SECRET}")]}, cfg("times"))
    after = datetime.now(UTC)
    history = await chat.history("times")
    # an answer, a withheld placeholder and its refusal too
    assert [m["type"] for m in history] == ["human", "ai", "human", "ai"]
    times = [datetime.fromisoformat(m["created_at"]) for m in history]
    assert all(t.utcoffset() == timedelta(0) for t in times)
    assert before <= times[0] <= times[1] <= times[2] <= times[3] <= after
    assert answer.response_metadata["created_at"] == history[-1]["created_at"]


def test_a_message_stored_before_times_were_kept_has_none() -> None:
    """Threads stored before `created_at` existed still read (and render) without it."""
    old = json.dumps(message_to_dict(AIMessage("an old answer", id="a1")))
    (message,) = from_records([old])
    view = message_view(message)
    assert view["content"] == "an old answer" and "created_at" not in view
    assert "created_at" not in message_view(HumanMessage("an old question", id="h1"))
