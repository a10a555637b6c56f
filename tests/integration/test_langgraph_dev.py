"""`langgraph.json` loads in `langgraph dev` (the in-memory LangGraph server) and the
graph works with LangGraph's own clients: the Python SDK and `RemoteGraph` send
`{"messages": [...]}`, read LangChain messages in `values.messages`, and see the
moderated answer token by token in `messages` / `messages-tuple` stream mode, with
nothing of a blocked answer on the wire."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph.pregel.remote import RemoteGraph
from langgraph_sdk import get_client

from fakes.langgraph_dev import start_langgraph_dev
from fakes.openai_server import ServerThread, free_port

ROOT = Path(__file__).resolve().parents[2]
CARD_LEAK = (
    "Of course: a preamble comes first, and it is long enough to be streamed before "
    "the rest of the answer arrives, which then gives the card 4111 1111 1111 1111."
)
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def langgraph_url(
    fake_openai: ServerThread, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("langgraph")
    port = free_port()
    env = {
        "OPENAI_API_KEY": "test-key",
        "OPENAI_BASE_URL": f"{fake_openai.url}/v1",
        "THREADLINE_DATA_DIR": str(tmp / "data"),
    }
    process = start_langgraph_dev(port, env, tmp / "langgraph.log")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


async def test_langgraph_dev_loads_and_answers(langgraph_url: str, fake: httpx.Client) -> None:
    """The `incoming` input key still works, and both keys share one history."""
    client = get_client(url=langgraph_url)
    thread = await client.threads.create()
    first = await client.runs.wait(
        thread["thread_id"], "threadline", input={"incoming": [{"role": "user", "content": "hi"}]}
    )
    assert first["messages"][-1]["type"] == "ai"
    second = await client.runs.wait(
        thread["thread_id"],
        "threadline",
        input={"messages": [{"role": "user", "content": "again"}]},
    )
    assert "I have read 2 user messages" in second["messages"][-1]["content"]


async def stream_run(url: str, text: str) -> tuple[list[tuple[float, str, Any]], dict[str, Any]]:
    """One run through the SDK as LangGraph's UIs make it: every event with the time
    it arrived, and the thread's state after."""
    client = get_client(url=url)
    thread = await client.threads.create()
    events = []
    async for part in client.runs.stream(
        thread["thread_id"],
        "threadline",
        input={"messages": [{"role": "user", "content": text}]},
        stream_mode=["messages-tuple", "values", "custom"],
    ):
        events.append((time.monotonic(), part.event, part.data))
    state = await client.threads.get_state(thread["thread_id"])
    return events, dict(state["values"])


async def test_the_sdk_streams_the_answer_token_by_token(
    langgraph_url: str, fake: httpx.Client
) -> None:
    fake.post("/control", json={"delay_s": 0.05})
    events, values = await stream_run(langgraph_url, "How do I install threadline?")
    answer = values["messages"][-1]
    assert [m["type"] for m in values["messages"]] == ["human", "ai"]
    assert answer["content"].startswith("I have read 1 user messages")
    tokens = [
        (at, data[0])
        for at, event, data in events
        if event == "messages" and data[0]["type"] == "AIMessageChunk" and data[0]["content"]
    ]
    assert "".join(m["content"] for _, m in tokens) == answer["content"]
    assert {m["id"] for _, m in tokens} == {answer["id"]}  # one message, kept by its id
    # the answer arrives in several windows, spread over the time the model writes it,
    # and the first one before the run's last event
    assert len(tokens) > 3
    assert tokens[-1][0] - tokens[0][0] > 0.2
    assert tokens[0][0] < events[-1][0]
    first_values_with_answer = min(
        i
        for i, (_, event, data) in enumerate(events)
        if event == "values" and any(m["id"] == answer["id"] for m in data["messages"])
    )
    first_token = min(i for i, (_, event, data) in enumerate(events) if event == "messages")
    assert first_token < first_values_with_answer
    # values.messages hold message dicts, never JSON strings
    for _, event, data in events:
        if event == "values":
            assert all(isinstance(m, dict) and "type" in m for m in data["messages"])


async def test_no_token_of_a_blocked_answer_streams(langgraph_url: str, fake: httpx.Client) -> None:
    fake.post("/control", json={"answers": [CARD_LEAK, CARD_LEAK], "delay_s": 0.02})
    events, values = await stream_run(langgraph_url, "card please")
    raw = json.dumps([data for _, _, data in events])
    assert "4111 1111" not in raw and "4111 1111" not in json.dumps(values)
    streamed = "".join(
        data[0]["content"]
        for _, event, data in events
        if event == "messages" and data[0]["type"] == "AIMessageChunk"
    )
    assert "preamble" in streamed  # the clean window did stream, then was taken back
    retracted = [d for _, e, d in events if e == "custom" and d.get("event") == "retracted"]
    assert len(retracted) == 2
    assert not {r["message_id"] for r in retracted} & {m["id"] for m in values["messages"]}
    assert values["moderation"]["outcome"] == "refused"
    assert "refused" in values["messages"][-1]["content"] or values["messages"][-1]["type"] == "ai"


async def test_a_blocked_message_never_reaches_values(
    langgraph_url: str, fake: httpx.Client
) -> None:
    secret = "sk-proj-Abcdefghijklmnopqrstuvwx1234"
    client = get_client(url=langgraph_url)
    thread = await client.threads.create()
    final = await client.runs.wait(
        thread["thread_id"],
        "threadline",
        input={"messages": [{"role": "user", "content": f"my key is {secret}"}]},
        durability="exit",
    )
    assert secret not in json.dumps(final)
    state = await client.threads.get_state(thread["thread_id"])
    assert secret not in json.dumps(state["values"])
    assert [m["type"] for m in state["values"]["messages"]] == ["human", "ai"]
    assert not fake.get("/requests").json()  # nor the provider


async def test_remote_graph_streams_messages_and_keeps_the_thread(
    langgraph_url: str, fake: httpx.Client
) -> None:
    fake.post("/control", json={"delay_s": 0.02})
    remote = RemoteGraph("threadline", url=langgraph_url)
    thread_id = str(uuid.uuid4())
    await get_client(url=langgraph_url).threads.create(thread_id=thread_id)
    config = {"configurable": {"thread_id": thread_id}}
    chunks = []
    async for part in remote.astream(
        {"messages": [{"role": "user", "content": "first"}]},
        config,
        stream_mode=["messages", "values"],
        version="v2",
    ):
        if part["type"] == "messages":
            chunks.append(part["data"][0])
    text = "".join(c["content"] for c in chunks if c["type"] == "AIMessageChunk")
    assert text.startswith("I have read 1 user messages") and len(chunks) > 3
    state = await remote.ainvoke({"messages": [{"role": "user", "content": "second"}]}, config)
    assert [m["type"] for m in state["messages"]] == ["human", "ai", "human", "ai"]
    assert "I have read 2 user messages" in state["messages"][-1]["content"]
