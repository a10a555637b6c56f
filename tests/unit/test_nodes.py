"""The history sent to the model: a token budget, older turns summarised, the full
history kept."""

from __future__ import annotations

import asyncio
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.messages.utils import count_tokens_approximately
from langchain_core.outputs import ChatGeneration, ChatResult
from langgraph.runtime import Runtime

from fakes.models import ScriptedChatModel, scripted_model
from graph.context import Context
from graph.graph import build_graph
from graph.nodes import history_in_budget
from graph.state import from_records, to_records
from service.turns import ThreadedChat
from settings import Settings
from storage.sqlite import open_sqlite
from tests.conftest import chat_nodes


class SummarisingModel(BaseChatModel):
    """Answers questions briefly and summaries with a marker; remembers every prompt."""

    prompts: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "summarising-fake"

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        self.prompts.append(messages)
        last = str(messages[-1].content)
        if last.startswith("Summarise the conversation"):
            covered = last.count("human: question")
            text = f"SUMMARY covering {covered} questions"
        else:
            text = "a short answer"
        return ChatResult(generations=[ChatGeneration(message=AIMessage(text))])


def test_history_in_budget_keeps_the_latest_and_counts_the_rest() -> None:
    records = to_records(
        [m for n in range(10) for m in (HumanMessage(f"question {n} " * 5), AIMessage("ok"))]
    )
    kept, dropped = history_in_budget(records, budget=40)
    assert kept[0].type == "human" and count_tokens_approximately(kept) <= 40
    assert dropped == 20 - len(kept) and dropped > 0
    huge = to_records([HumanMessage("word " * 5000)])
    kept, dropped = history_in_budget(huge, budget=40)
    assert len(kept) == 1 and dropped == 0  # the newest turn always goes


async def long_thread(settings: Settings, summarize: str) -> tuple[SummarisingModel, Any]:
    """Eight turns on one thread with a 60-token history budget; the model and the
    thread's final state."""
    model = SummarisingModel(prompts=[])
    configured = settings.model_copy(update={"summarize_history": summarize})
    async with open_sqlite(configured.sqlite_path) as (saver, _):
        graph = build_graph(model, None, configured).compile(checkpointer=saver)
        chat = ThreadedChat(graph, Context(history_token_budget=60))
        config = {"configurable": {"thread_id": "long"}}
        for n in range(8):
            text = f"question {n} about the long conversation we are having"
            await chat.ainvoke({"messages": [{"type": "human", "content": text}]}, config)
        return model, (await graph.aget_state(config)).values


async def test_older_turns_are_summarised_and_the_full_history_kept(settings: Settings) -> None:
    model, state = await long_thread(settings, "on")
    answer_prompts = [p for p in model.prompts if p[0].type == "system"]
    last = answer_prompts[-1]
    assert "SUMMARY covering" in str(last[0].content)  # the summary is in the system prompt
    history_text = " ".join(str(m.content) for m in last[1:])
    assert "question 0" not in history_text and "question 7" in history_text
    assert count_tokens_approximately(last[1:]) <= 60
    assert state["summarized"] > 0
    assert len(from_records(state["messages"])) == 16  # nothing is lost from the thread


async def test_without_a_summary_model_old_turns_are_left_out(settings: Settings) -> None:
    model, state = await long_thread(settings, "off")
    assert not any("Summarise" in str(p[-1].content) for p in model.prompts)
    assert "question 0" not in " ".join(str(m.content) for m in model.prompts[-1][1:])
    assert "summary" not in state and len(from_records(state["messages"])) == 16


def test_a_busy_process_sends_fewer_fuller_windows() -> None:
    """40 ms between windows while few answers stream; with 200 at once and a budget of
    2,000 windows a second, 100 ms (each window then holds more of the answer)."""
    nodes = chat_nodes(scripted_model("x"), None, window_s=0.04, windows_per_s=2000)
    assert nodes.window_interval() == 0.04
    nodes.streaming = 50
    assert nodes.window_interval() == 0.04
    nodes.streaming = 200
    assert nodes.window_interval() == 0.1


class WatchingModel(ScriptedChatModel):
    """Streams its answers and notes, at every piece, how many answers the nodes count
    as streaming."""

    nodes: Any = None
    seen: list[int] = []

    async def _astream(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[no-untyped-def]
        async for chunk in super()._astream(messages, stop, run_manager, **kwargs):
            self.seen.append(self.nodes.streaming)
            yield chunk


async def test_generate_counts_the_answers_streaming_now() -> None:
    """The count `window_interval` reads is kept by `generate` itself: two answers at
    once are two, and none are left once they end."""
    model = WatchingModel(messages=iter([AIMessage("one two three")] * 2), seen=[])
    nodes = chat_nodes(model, None, window_s=0.04, windows_per_s=25)
    model.nodes = nodes
    state: Any = {"messages": to_records([HumanMessage("hi")])}
    runtime = Runtime(context=Context())
    drafts = await asyncio.gather(nodes.generate(state, runtime), nodes.generate(state, runtime))
    assert [nodes.drafts.take(d["draft_id"]) for d in drafts] == ["one two three"] * 2
    assert max(model.seen) == 2 and nodes.streaming == 0
