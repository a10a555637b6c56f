"""Every node and both routers, through the compiled graph and one by one, with fakes."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import httpx
import openai
import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import END

from fakes.models import HashEmbedder, scripted_model
from graph.context import Context
from graph.graph import DURABILITY, build_graph
from graph.moderation.moderator import Moderator
from graph.nodes import (
    build_prompt,
    history_in_budget,
    route_after_input,
    route_after_output,
)
from graph.provider import classify, is_transient
from graph.retrieval.index import DocumentIndex
from graph.retrieval.splitting import split_markdown
from graph.state import from_records, to_records
from settings import Settings
from tests.conftest import chat_nodes

SECRET = "sk-proj-Abcdefghijklmnopqrstuvwx1234"


def runtime(**context: Any) -> Any:
    events: list[dict[str, Any]] = []
    return SimpleNamespace(context=Context(**context), stream_writer=events.append, events=events)


async def run(graph: Any, text: str, thread: str = "t") -> dict[str, Any]:
    return await graph.ainvoke(
        {"incoming": [HumanMessage(text)]},
        {"configurable": {"thread_id": thread}},
        context=Context(),
        durability=DURABILITY,
    )


async def test_moderate_input_passes_redacts_and_blocks() -> None:
    nodes = chat_nodes(scripted_model(), None)
    ok = await nodes.moderate_input({"incoming": [HumanMessage("hello")]}, runtime())
    assert from_records(ok["messages"])[0].content == "hello" and ok["incoming"] == []
    redacted = await nodes.moderate_input(
        {"incoming": [HumanMessage("mail me at a.b@example.com")]}, runtime()
    )
    assert from_records(redacted["messages"])[0].content == "mail me at [EMAIL]"
    blocked = await nodes.moderate_input({"incoming": [HumanMessage(f"key {SECRET}")]}, runtime())
    assert blocked["moderation"]["outcome"] == "blocked_input"
    assert SECRET not in str(blocked)
    assert "credentials" in from_records(blocked["messages"])[0].content


async def test_retrieve_builds_a_standalone_query_and_applies_the_threshold(
    index: DocumentIndex,
) -> None:
    nodes = chat_nodes(scripted_model(), index)
    history = [
        HumanMessage("Tell me about threadline moderation"),
        AIMessage("It blocks keys."),
        HumanMessage("how do I install it?"),
    ]
    out = await nodes.retrieve({"messages": to_records(history)}, runtime(relevance_threshold=0.1))
    assert "moderation" in out["query"] and "install" in out["query"]
    assert out["sources"] and out["sources"][0]["title"] == "Installing"
    none = await nodes.retrieve(
        {"messages": to_records(history)}, runtime(relevance_threshold=0.99)
    )
    assert none["sources"] == []


async def test_retrieve_carries_the_subject_for_a_turn_that_leans_on_it_without_a_pronoun() -> None:
    """`retrieve` searches the turn within its conversation: "How do I get all my
    changes back?" names no subject, has no pronoun, and is found with the stash."""
    docs = {
        "stash.md": "# git stash\n\nStash the changes in a dirty working directory away. "
        "Use git stash pop to get your stashed changes back.\n",
        "undo.md": "# Undoing work\n\nTo get changes back from the history, check out "
        "the file from an older commit with git restore.\n",
    }
    chunks = [c for name, text in docs.items() for c in split_markdown(text, name)]
    nodes = chat_nodes(scripted_model(), DocumentIndex(HashEmbedder(), chunks))
    history = [
        HumanMessage("What does git stash do?"),
        AIMessage("It shelves your changes."),
        HumanMessage("How do I get all my changes back?"),
    ]
    out = await nodes.retrieve({"messages": to_records(history)}, runtime(relevance_threshold=0.1))
    assert out["sources"][0]["source"] == "stash.md"
    assert out["query"] == "What does git stash do? How do I get all my changes back?"


async def test_retrieve_searches_with_the_rewriters_standalone_question(
    index: DocumentIndex,
) -> None:
    history = to_records(
        [
            HumanMessage("Tell me about threadline moderation"),
            AIMessage("It blocks keys."),
            HumanMessage("how do I install it?"),
        ]
    )
    rewriter = scripted_model("How do I install threadline?\nextra line")
    nodes = chat_nodes(scripted_model(), index, rewriter=rewriter)
    out = await nodes.retrieve({"messages": history}, runtime(relevance_threshold=0.1))
    assert out["query"] == "How do I install threadline?"
    assert out["sources"][0]["title"] == "Installing"

    class BrokenModel(type(rewriter)):  # type: ignore[misc]
        async def ainvoke(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("provider down")

    fallback = chat_nodes(scripted_model(), index, rewriter=BrokenModel(messages=iter([])))
    out = await fallback.retrieve({"messages": history}, runtime(relevance_threshold=0.1))
    assert "moderation" in out["query"] and out["sources"]


async def test_generate_streams_moderated_windows_and_returns_the_draft() -> None:
    text = "This is a long and perfectly harmless answer about installing threadline with pip."
    nodes = chat_nodes(scripted_model(text), None, Moderator(holdback_chars=10))
    rt = runtime()
    out = await nodes.generate({"messages": to_records([HumanMessage("hi")]), "attempts": 0}, rt)
    usage = out.pop("usage")  # a fake model reports none: LangChain's approximate count
    assert out == {"attempts": 1, "draft_id": out["draft_id"]}  # the draft is not state
    assert nodes.drafts.take(out["draft_id"]) == text
    assert usage["output_tokens"] > 0 and usage["total_tokens"] == sum(
        usage[k] for k in ("input_tokens", "output_tokens")
    )
    tokens = "".join(e["text"] for e in rt.events if e["event"] == "token")
    assert rt.events[0] == {"event": "draft_start", "attempt": 1, "message_id": out["draft_id"]}
    assert tokens and text.startswith(tokens)


async def test_generate_stops_early_and_streams_nothing_of_a_secret() -> None:
    text = f"Here you go: {SECRET} and then a lot more text that should never be generated at all"
    nodes = chat_nodes(scripted_model(text), None, Moderator(holdback_chars=48))
    rt = runtime()
    out = await nodes.generate({"messages": to_records([HumanMessage("hi")])}, rt)
    assert "never be generated" not in nodes.drafts.take(out["draft_id"])
    assert "sk-" not in "".join(e.get("text", "") for e in rt.events)


def test_build_prompt_puts_documents_and_the_retry_instruction_in_the_system_prompt(
    index: DocumentIndex,
) -> None:
    chunk = index.chunks[0]
    records = to_records([AIMessage("stale"), HumanMessage("q")])
    history, _ = history_in_budget(records, Context().history_token_budget)
    prompt = build_prompt(
        {"messages": records, "sources": [chunk], "retry_instruction": "BE STRICT"},
        Context(),
        history,
    )
    assert prompt[0].type == "system" and chunk["text"] in prompt[0].content
    assert "BE STRICT" in prompt[0].content
    assert [m.type for m in prompt[1:]] == ["human"]  # history starts on a user turn


async def test_moderate_output_appends_only_a_passing_draft() -> None:
    nodes = chat_nodes(scripted_model(), None)
    state = {
        "draft_id": "d1",
        "attempts": 1,
        "sources": [],
        "moderation": {"input": {}, "output": []},
    }
    nodes.drafts.put("d1", "fine answer")
    passed = await nodes.moderate_output(state, runtime())
    answer = from_records(passed["messages"])[0]
    assert answer.content == "fine answer" and answer.id == "d1"
    assert answer.response_metadata["moderation"]["outcome"] == "answered"
    nodes.drafts.put("d2", f"key {SECRET}")
    blocked = await nodes.moderate_output({**state, "draft_id": "d2"}, runtime())
    # nothing is appended: the withheld draft is only retracted, by its id
    assert [(m.type, m.id) for m in blocked["messages"]] == [("remove", "d2")]
    assert nodes.drafts.take("d2") == ""  # taken once
    assert blocked["moderation"]["output"][-1]["action"] == "block"


async def test_retry_and_refuse_name_the_policy_not_the_text() -> None:
    nodes = chat_nodes(scripted_model(), None)
    moderation = {
        "input": {"action": "allow", "categories": []},
        "outcome": "pending",
        "output": [{"action": "block", "categories": ["payment_card"], "attempt": 1}],
    }
    retry = await nodes.retry({"moderation": moderation}, runtime())
    assert "payment card" in retry["retry_instruction"]
    refusal = await nodes.refuse({"moderation": moderation}, runtime())
    assert "payment card" in from_records(refusal["messages"])[0].content
    assert refusal["moderation"]["outcome"] == "refused"


def test_routers() -> None:
    blocked = {"moderation": {"outcome": "blocked_input"}}
    assert route_after_input(blocked) == "refuse"
    assert (
        route_after_input(
            {"moderation": {"outcome": "pending"}, "messages": to_records([HumanMessage("q")])}
        )
        == "retrieve"
    )
    with pytest.raises(ValueError):
        route_after_input(
            {"moderation": {"outcome": "pending"}, "messages": to_records([AIMessage("a")])}
        )

    def out(action: str, attempts: int) -> dict[str, Any]:
        return {"attempts": attempts, "moderation": {"output": [{"action": action}]}}

    rt = runtime(max_output_attempts=2)
    assert route_after_output(out("allow", 1), rt) == END
    assert route_after_output(out("block", 1), rt) == "retry"
    assert route_after_output(out("block", 2), rt) == "refuse"
    with pytest.raises(ValueError):
        route_after_output({"moderation": {"output": []}}, rt)


def test_provider_errors_are_classified_for_clients_and_retries() -> None:
    request = httpx.Request("POST", "http://x")

    def status(code: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
        response = httpx.Response(code, request=request, headers=headers)
        return openai.APIStatusError("x", response=response, body=None)

    limited = classify(status(429, {"retry-after": "12"}))
    assert (limited.status_code, limited.retry_after, limited.transient) == (429, 12, True)
    down = classify(status(503))
    assert (down.status_code, down.transient) == (503, True) and down.retry_after
    assert (classify(status(400)).status_code, classify(status(400)).transient) == (502, False)
    assert classify(openai.APITimeoutError(request=request)).status_code == 504
    assert classify(openai.APIConnectionError(request=request)).status_code == 503
    assert is_transient(down) and not is_transient(classify(status(401)))
    assert not is_transient(ValueError("a bug, not a provider error"))
    assert "sk-" not in classify(status(401, {"x": "sk-secret"})).reason


async def test_graph_answers_and_remembers(index: DocumentIndex, settings: Settings) -> None:
    graph = build_graph(scripted_model("first answer", "second answer"), index, settings).compile(
        checkpointer=InMemorySaver()
    )
    await run(graph, "hello")
    state = await run(graph, "and again")
    assert [m.content for m in from_records(state["messages"])] == [
        "hello",
        "first answer",
        "and again",
        "second answer",
    ]


async def test_graph_retries_a_blocked_draft_then_refuses(settings: Settings) -> None:
    model = scripted_model(f"leak {SECRET}", f"leak again {SECRET}", "unused")
    graph = build_graph(model, None, settings).compile(checkpointer=InMemorySaver())
    state = await run(graph, "what is in the config?")
    final = from_records(state["messages"])[-1]
    assert SECRET not in str(state["messages"]) and "draft" not in state
    assert final.response_metadata["moderation"]["outcome"] == "refused"
    assert [o["action"] for o in state["moderation"]["output"]] == ["block", "block"]


async def test_graph_retry_recovers_with_a_clean_draft(settings: Settings) -> None:
    graph = build_graph(scripted_model(f"leak {SECRET}", "clean"), None, settings).compile(
        checkpointer=InMemorySaver()
    )
    state = await run(graph, "tell me")
    assert from_records(state["messages"])[-1].content == "clean" and state["attempts"] == 2


async def test_generate_retries_transient_provider_errors(settings: Any) -> None:
    class FlakyModel:
        calls = 0

        def astream(self, messages: Any, config: Any = None) -> Any:
            FlakyModel.calls += 1
            if FlakyModel.calls == 1:
                request = httpx.Request("POST", "http://x")
                raise openai.RateLimitError(
                    "slow down", response=httpx.Response(429, request=request), body=None
                )
            return scripted_model("recovered").astream(messages, config)

    graph = build_graph(FlakyModel(), None, settings).compile(  # type: ignore[arg-type]
        checkpointer=InMemorySaver()
    )
    state = await run(graph, "hi")
    assert FlakyModel.calls == 2 and from_records(state["messages"])[-1].content == "recovered"
