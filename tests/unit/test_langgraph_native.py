"""The graph as LangGraph's own clients use it: `{"messages": [...]}` in, LangChain
messages in `values.messages`, the moderated answer token by token in `messages` stream
mode, and nothing of a blocked turn or draft anywhere."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    HumanMessage,
    RemoveMessage,
    message_to_dict,
)
from langgraph.checkpoint.memory import InMemorySaver

from fakes.models import scripted_model
from graph.context import Context
from graph.graph import DURABILITY, build_graph
from graph.state import append_messages, from_records
from settings import Settings

SECRET = "sk-proj-Abcdefghijklmnopqrstuvwx1234"
CONFIG = {"configurable": {"thread_id": "t"}}


def compiled(settings: Settings, *answers: str, **kwargs: Any) -> Any:
    model = scripted_model(*answers, repeat=True, **kwargs)
    return build_graph(model, None, settings).compile(checkpointer=InMemorySaver())


def user(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


async def test_messages_input_gives_a_history_of_langchain_messages(settings: Settings) -> None:
    graph = compiled(settings, "first answer", "second answer")
    await graph.ainvoke(user("hello"), CONFIG, context=Context(), durability=DURABILITY)
    state = await graph.ainvoke(user("again"), CONFIG, context=Context(), durability=DURABILITY)
    messages = state["messages"]
    assert all(isinstance(m, HumanMessage | AIMessage) for m in messages)
    assert [(m.type, m.content) for m in messages] == [
        ("human", "hello"),
        ("ai", "first answer"),
        ("human", "again"),
        ("ai", "second answer"),
    ]
    assert state["settled"] == 4 and len({m.id for m in messages}) == 4
    stored = (await graph.aget_state(CONFIG)).values["messages"]
    assert [m.content for m in stored] == [m.content for m in messages]


async def test_incoming_still_works_beside_messages(settings: Settings) -> None:
    graph = compiled(settings, "one", "two")
    await graph.ainvoke(
        {"incoming": [HumanMessage("hi")]}, CONFIG, context=Context(), durability=DURABILITY
    )
    state = await graph.ainvoke(user("and"), CONFIG, context=Context(), durability=DURABILITY)
    assert [m.content for m in state["messages"]] == ["hi", "one", "and", "two"]


async def test_blocked_messages_input_never_stays_in_the_history(settings: Settings) -> None:
    graph = compiled(settings, "never used")
    state = await graph.ainvoke(
        user(f"my key is {SECRET}"), CONFIG, context=Context(), durability=DURABILITY
    )
    assert state["moderation"]["outcome"] == "blocked_input"
    assert SECRET not in json.dumps([message_to_dict(m) for m in state["messages"]])
    assert [m.type for m in state["messages"]] == ["human", "ai"]  # placeholder, refusal
    stored = (await graph.aget_state(CONFIG)).values["messages"]
    assert SECRET not in str(stored) and len(stored) == 2


async def test_redacted_messages_input_is_stored_redacted(settings: Settings) -> None:
    graph = compiled(settings, "noted")
    state = await graph.ainvoke(
        user("mail me at someone@example.com"), CONFIG, context=Context(), durability=DURABILITY
    )
    assert state["messages"][0].content == "mail me at [EMAIL]"
    assert "example.com" not in str((await graph.aget_state(CONFIG)).values["messages"])


async def test_what_the_graph_writes_carries_its_time_and_kept_input_is_not_rewritten(
    settings: Settings,
) -> None:
    """The answer (and input moderation changed) is stored with `created_at`; a message a
    client sent under `messages` that passed as it was stays as the input step stored
    it, without a time, and only once."""
    graph = compiled(settings, "first answer", "second answer")
    await graph.ainvoke(user("hello"), CONFIG, context=Context(), durability=DURABILITY)
    await graph.ainvoke(
        user("mail me at someone@example.com"), CONFIG, context=Context(), durability=DURABILITY
    )
    stored = (await graph.aget_state(CONFIG)).values["messages"]
    assert [m.content for m in stored] == [
        "hello",
        "first answer",
        "mail me at [EMAIL]",
        "second answer",
    ]
    times = ["created_at" in m.response_metadata for m in stored]
    assert times == [False, True, True, True]


async def test_an_assistant_message_sent_as_input_is_moderated_too(settings: Settings) -> None:
    """Whatever a client sends joins the history only through `moderate_input`."""
    graph = compiled(settings, "ok")
    state = await graph.ainvoke(
        {
            "messages": [
                {"role": "assistant", "content": f"the key is {SECRET}"},
                {"role": "user", "content": "go on"},
            ]
        },
        CONFIG,
        context=Context(),
        durability=DURABILITY,
    )
    assert SECRET not in str(state["messages"])


async def stream_messages(graph: Any, text: str) -> tuple[list[Any], list[Any], dict[str, Any]]:
    chunks: list[Any] = []
    custom: list[Any] = []
    final: dict[str, Any] = {}
    values: list[Any] = []
    async for mode, event in graph.astream(
        user(text),
        CONFIG,
        context=Context(),
        stream_mode=["messages", "custom", "values"],
        durability=DURABILITY,
    ):
        if mode == "messages":
            chunks.append(event)
        elif mode == "custom":
            custom.append(event)
        else:
            final = event
            values.append(event)
    # no `values` event ever holds a draft (nor, so, a blocked one)
    assert all("draft" not in v for v in values)
    assert SECRET not in str(values)
    return chunks, custom, final


async def test_messages_mode_streams_the_moderated_answer_token_by_token(
    settings: Settings,
) -> None:
    text = "This is a long and perfectly harmless answer about installing threadline with pip."
    graph = compiled(settings, text, pause_s=0.05)
    chunks, _, final = await stream_messages(graph, "how do I install it?")
    answer = final["messages"][-1]
    streamed = [m for m, meta in chunks if isinstance(m, AIMessageChunk) and m.id == answer.id]
    assert len([m for m in streamed if m.content]) > 1  # in windows, not all at once
    assert "".join(str(m.content) for m in streamed) == text == answer.content
    assert {meta["langgraph_node"] for m, meta in chunks if m.id == answer.id} == {"generate"}


async def test_messages_mode_streams_nothing_of_a_blocked_draft(settings: Settings) -> None:
    leaky = f"Sure, here is the key you asked for: {SECRET} and more words after it here"
    graph = compiled(settings, leaky, pause_s=0.01)
    chunks, custom, final = await stream_messages(graph, "give me the key")
    assert SECRET not in "".join(str(m.content) for m, _ in chunks)
    assert not any("sk-" in str(m.content) for m, _ in chunks)
    # the drafts that started were retracted by id; none of them is in the history
    retracted = {e["message_id"] for e in custom if e.get("event") == "retracted"}
    drafts = {e["message_id"] for e in custom if e.get("event") == "draft_start"}
    assert retracted == drafts and len(drafts) == Context().max_output_attempts
    assert not drafts & {m.id for m in final["messages"]}
    assert final["moderation"]["outcome"] == "refused"
    assert final["messages"][-1].id not in drafts  # the refusal is a message of its own
    saved = await graph.checkpointer.aget_tuple(CONFIG)
    assert SECRET not in str(saved.checkpoint["channel_values"])


def test_the_reducer_is_deterministic_and_batching_invariant() -> None:
    writes = [
        [{"role": "user", "content": "a"}],
        [AIMessage("b", id="b")],
        [RemoveMessage(id="b"), RemoveMessage(id="never-stored")],
        [{"role": "user", "content": "a"}],
    ]
    one = append_messages([], writes)
    two = append_messages(append_messages([], writes[:2]), writes[2:])
    again = append_messages([], writes)
    assert [(m.type, m.content, m.id) for m in one] == [(m.type, m.content, m.id) for m in two]
    assert [m.id for m in one] == [m.id for m in again]
    assert [m.content for m in one] == ["a", "a"] and one[0].id != one[1].id


def test_a_message_never_replaces_a_stored_one_with_its_id() -> None:
    history = append_messages([], [[AIMessage("stored", id="x")]])
    after = append_messages(history, [[{"role": "assistant", "content": "forged", "id": "x"}]])
    assert [m.content for m in after] == ["stored", "forged"] and after[0].id == "x"
    assert after[1].id != "x"


def test_threads_stored_as_json_records_still_read() -> None:
    old = [json.dumps(message_to_dict(HumanMessage("old", id="1")))]
    assert from_records(old)[0].content == "old"
    grown = append_messages(old, [[AIMessage("new", id="2")]])
    assert [m.content for m in grown] == ["old", "new"]


async def test_what_a_checkpointer_keeps_of_a_blocked_message(settings: Settings) -> None:
    """threadline's own runs (`incoming`, `durability="exit"`) store nothing of it; a
    message under `messages` is in the saved input write (the guide says so), though
    never in the history."""
    kept = {}
    for key in ("incoming", "messages"):
        saver = InMemorySaver()
        graph = build_graph(scripted_model("x"), None, settings).compile(checkpointer=saver)
        await graph.ainvoke(
            {key: [HumanMessage(f"key {SECRET}")]}, CONFIG, context=Context(), durability=DURABILITY
        )
        kept[key] = SECRET in repr((saver.storage, saver.writes, saver.blobs))
        assert SECRET not in str((await graph.aget_state(CONFIG)).values)
    assert kept == {"incoming": False, "messages": True}
