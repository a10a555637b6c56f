"""A rolled-back run leaves nothing in storage, on SQLite and on PostgreSQL: the
discarded message is in no row of any checkpoint table, and the thread, its branches
and its later turns are whole, also after a restart."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from fakes.models import scripted_model
from graph.graph import build_graph
from service.turns import ThreadedChat
from settings import Settings
from storage import open_storage
from storage.threads import LOCAL_USER

WORDS = " ".join(f"w{n}" for n in range(200))  # 2 s at 10 ms a word: time to roll it back
THREAD = "t-rollback"


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    url = request.getfixturevalue("postgres_url") if request.param == "postgres" else None
    return Settings(data_dir=tmp_path / "data", database_url=url, _env_file=None)


@asynccontextmanager
async def chat_on(settings: Settings) -> AsyncIterator[ThreadedChat]:
    """The served runnable on the settings' storage, as a new process opens it."""
    async with open_storage(settings) as storage:
        model = scripted_model(WORDS, repeat=True, pause_s=0.01)
        graph = build_graph(model, None, settings.model_copy(update={"stream_window_s": 0.0}))
        yield ThreadedChat(
            graph.compile(checkpointer=storage.checkpointer), run_locks=storage.run_locks
        )


def ask(text: str, strategy: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    configurable = {"thread_id": THREAD, **({"multitask_strategy": strategy} if strategy else {})}
    return {"messages": [{"type": "human", "content": text}]}, {"configurable": configurable}


def stored_rows(settings: Settings) -> list[bytes]:
    """Every row of every checkpoint table, as bytes to search."""
    if settings.database_url is None:
        with sqlite3.connect(settings.sqlite_path) as db:
            return [
                repr(row).encode() + b"".join(v for v in row if isinstance(v, bytes))
                for table in ("checkpoints", "writes")
                for row in db.execute(f"SELECT * FROM {table}")  # noqa: S608
            ]
    rows: list[bytes] = []
    with psycopg.connect(settings.database_url.get_secret_value()) as db:
        for table in ("checkpoints", "checkpoint_writes", "checkpoint_blobs"):
            for row in db.execute(f"SELECT * FROM {table}"):  # noqa: S608
                rows.append(
                    b"".join(
                        bytes(v) if isinstance(v, bytes | memoryview) else json.dumps(v).encode()
                        for v in row
                    )
                )
    return rows


async def rolled_back(chat: ThreadedChat, discarded: Any, text: str) -> None:
    """Run `discarded` (a streaming answer) until it has begun, then send `text` with
    `multitask_strategy=rollback`."""
    first_word = asyncio.Event()

    async def run() -> None:
        async for chunk in discarded:
            if chunk.content:
                first_word.set()

    task = asyncio.create_task(run())
    await asyncio.wait_for(first_word.wait(), 10)
    answer = await chat.ainvoke(*ask(text, "rollback"))
    assert answer.content.startswith("w0")
    await task


async def test_a_rolled_back_message_leaves_nothing_stored(backend: Settings) -> None:
    secret = f"discarded-{uuid.uuid4().hex}"
    async with chat_on(backend) as chat:
        await chat.ainvoke(*ask("first"))
        before = await chat.history_with_branches(THREAD)
        await rolled_back(chat, chat.astream(*ask(f"{secret} please")), "the new one")
        history = await chat.history_with_branches(THREAD)
        assert [m["content"] for m in history if m["type"] == "human"] == ["first", "the new one"]
        assert history[:2] == before and await chat.branch_points(THREAD) == {}
        assert not [row for row in stored_rows(backend) if secret.encode() in row]
        await chat.ainvoke(*ask("third"))
        kept = await chat.history_with_branches(THREAD)
    async with chat_on(backend) as restarted:  # a new service on the same database
        assert await restarted.history_with_branches(THREAD) == kept
        await restarted.ainvoke(*ask("fourth"))
        humans = [m["content"] for m in await restarted.history(THREAD) if m["type"] == "human"]
        assert humans == ["first", "the new one", "third", "fourth"]


async def test_a_rolled_back_edit_leaves_the_branches_as_they_were(backend: Settings) -> None:
    secret = f"edited-{uuid.uuid4().hex}"
    async with chat_on(backend) as chat:
        await chat.ainvoke(*ask("first"))
        await chat.ainvoke(*ask("second"))
        await chat.regenerate(THREAD, LOCAL_USER)
        before = await chat.history_with_branches(THREAD)
        assert before[3]["branch"] == {"index": 2, "count": 2}
        points = await chat.branch_points(THREAD)
        turn = await chat.edit_turn(THREAD, LOCAL_USER, before[2]["id"], secret)
        await rolled_back(chat, chat.stream_fork(turn), "the new one")
        history = await chat.history_with_branches(THREAD)
        assert history[:4] == before and await chat.branch_points(THREAD) == points
        assert history[4]["content"] == "the new one"
        assert not [row for row in stored_rows(backend) if secret.encode() in row]
        await chat.switch_branch(THREAD, before[3]["id"], 1)  # the first answer is still there
        switched = await chat.history_with_branches(THREAD)
        assert [m["content"] for m in switched][:3] == ["first", WORDS, "second"]
        assert switched[3]["branch"] == {"index": 1, "count": 2}
    async with chat_on(backend) as restarted:
        assert await restarted.history_with_branches(THREAD) == switched


async def test_nothing_a_kept_checkpoint_descends_from_is_deleted(backend: Settings) -> None:
    async with chat_on(backend) as chat:
        await chat.ainvoke(*ask("first"))
        await chat.ainvoke(*ask("second"))
        history = await chat.history_with_branches(THREAD)
        rows = len(stored_rows(backend))
        chain = (await chat._checkpoint_tree(THREAD)).chain()  # newest first
        await chat._delete_run(THREAD, chain[1:], chain[-1])  # ancestors of the head: refused
        await chat._delete_run(THREAD, [], chain[0])  # a run that stored no checkpoint
        assert len(stored_rows(backend)) == rows
        assert await chat.history_with_branches(THREAD) == history
