"""The graph's nodes: moderate the turn, retrieve, generate, moderate the draft,
retry with a stricter instruction, or refuse.

Nodes are methods of `ChatNodes` because they need process resources (the chat
model, the document index) that cannot travel in a JSON run context.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections import OrderedDict
from collections.abc import AsyncGenerator, Mapping, Sequence
from functools import partial
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    RemoveMessage,
    SystemMessage,
    convert_to_messages,
    trim_messages,
)
from langchain_core.messages.utils import count_tokens_approximately
from langchain_core.runnables.config import get_async_callback_manager_for_config
from langgraph.config import get_config
from langgraph.runtime import Runtime

from graph import prompts
from graph.context import Context
from graph.metrics import OUTPUT_RETRIES, TOKENS_GENERATED
from graph.moderation.moderator import Moderator
from graph.moderation.rules import SEVERITY, Verdict, describe_policies
from graph.provider import ProviderGuard, arrival_batches
from graph.relay import HIDDEN, ReleasedWindows
from graph.retrieval.index import Retriever
from graph.state import MessageRecord, RetrievedChunk, State, from_records, stamped, to_records
from graph.wire import RETRACTED

logger = logging.getLogger(__name__)


#: The usage of a turn the model has not been called for (a blocked question).
NO_USAGE = {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0}


def added_usage(before: Mapping[str, int], draft: Mapping[str, int]) -> dict[str, int]:
    """A turn's usage after one more draft: every draft the provider wrote is counted."""
    return {key: before.get(key, 0) + draft.get(key, 0) for key in NO_USAGE}


def source_refs(chunks: list[RetrievedChunk]) -> list[dict[str, Any]]:
    """What an answer says about its sources: where each came from, by chunk id, not
    the passage's text: a reader opens it with `GET /passages/{chunk_id}` (so a thread
    does not store its documents again with every answer, and a deleted document's
    text leaves the answers that cited it)."""
    keys = ("source", "title", "chunk_id", "score")
    return [{k: c[k] for k in keys} for c in chunks]  # type: ignore[literal-required]


def persona_instructions(context: Context) -> str:
    """The thread's persona as instructions: expertise, topics, language."""
    parts = []
    if context.expertise in prompts.EXPERTISE_INSTRUCTIONS:
        parts.append(prompts.EXPERTISE_INSTRUCTIONS[context.expertise])
    if context.topics:
        parts.append(prompts.TOPICS_INSTRUCTION.format(topics=", ".join(context.topics)))
    if context.language:
        parts.append(prompts.LANGUAGE_INSTRUCTION.format(language=context.language))
    return " ".join(parts)


def history_in_budget(
    records: Sequence[MessageRecord], budget: int
) -> tuple[list[BaseMessage], int]:
    """The latest messages within `budget` tokens (starting on a user turn, and always
    holding the newest one), and how many records come before them. A failed turn (a
    user message answered by an error) is left out: the model never reads an error as
    its own answer, nor a question that was never answered.

    Records are decoded from the newest back only until the budget is spent, so a
    long thread costs no more than a short one on the way to the first token."""
    entries: list[tuple[int, BaseMessage]] = []
    tokens = 0
    skip_question = False
    for position in range(len(records) - 1, -1, -1):
        if tokens > budget:
            break
        message = from_records([records[position]])[0]
        if is_failed_answer(message):
            skip_question = True
            continue
        if skip_question and message.type == "human":
            skip_question = False
            continue
        if message.type == "ai" and message.response_metadata.get("stopped"):
            # the model reads a stopped answer as one: cut short, not finished by choice
            cut = f"{message.text}\n{prompts.STOPPED_MARKER}".strip()
            message = message.model_copy(update={"content": cut})
        entries.insert(0, (position, message))
        tokens += count_tokens_approximately([message])
    messages = [message for _, message in entries]
    kept = trim_messages(
        messages,
        max_tokens=budget,
        token_counter=count_tokens_approximately,
        strategy="last",
        start_on="human",
    )
    if not kept and messages:
        kept = messages[-1:]
    first_kept = entries[len(entries) - len(kept)][0] if kept else len(records)
    return kept, first_kept


def is_failed_answer(message: BaseMessage) -> bool:
    """An assistant message that records a failed turn rather than an answer."""
    return message.type == "ai" and "error" in message.response_metadata


def build_prompt(
    state: State, context: Context, history: list[BaseMessage], summary: str = ""
) -> list[BaseMessage]:
    """System prompt (the request's moderated one or the thread's, persona, summary of
    older turns, retrieved documents), then the history that fits the budget
    (`history_in_budget`)."""
    system = state.get("system_prompt") or context.system_prompt
    if persona := persona_instructions(context):
        system += "\n\n" + persona
    if summary:
        system += "\n\n" + prompts.SUMMARY_TEMPLATE.format(summary=summary)
    if chunks := state.get("sources"):
        system += "\n\n" + prompts.CONTEXT_TEMPLATE.format(documents=quoted_documents(chunks))
    if instruction := state.get("retry_instruction"):
        system += "\n\n" + instruction
    return [SystemMessage(system), *history]


def quoted_documents(chunks: list[RetrievedChunk]) -> str:
    """The retrieved passages, each set between its own <document> tags. A passage
    cannot close its quote early or open a new one: tag-like text inside it is
    neutralised, so nothing a document says can pose as being outside the quotes."""

    def inert(text: str) -> str:
        return re.sub(r"<(/?)(document)", r"‹\1\2", text, flags=re.IGNORECASE)

    return "\n\n".join(
        prompts.DOCUMENT_TEMPLATE.format(
            n=n,
            title=inert(c["title"]).replace('"', "'"),
            source=inert(c["source"]).replace('"', "'"),
            text=inert(c["text"]),
        )
        for n, c in enumerate(chunks, 1)
    )


def current_thread_id() -> str:
    """The running thread's id, for the audit log ('' outside a graph run)."""
    try:
        return str(get_config().get("configurable", {}).get("thread_id", ""))
    except RuntimeError:
        return ""


def latest_user_turns(records: Sequence[MessageRecord], n: int) -> list[str]:
    """The text of the last `n` user messages, oldest first, reading only what it needs."""
    turns: list[str] = []
    for message in (from_records([r])[0] for r in reversed(records)):
        if message.type == "human":
            turns.insert(0, str(message.text))
            if len(turns) == n:
                break
    return turns


class Drafts:
    """Each draft between `generate` and `moderate_output`, by its id. Not in the graph's
    state: a LangGraph server saves every step and streams every key of the state
    (`values`), and a draft that moderation may yet withhold must reach neither."""

    def __init__(self, limit: int = 10_000) -> None:
        self._drafts: OrderedDict[str, str] = OrderedDict()
        self._limit = limit
        """Drafts of runs that ended between the two nodes are dropped, oldest first."""

    def put(self, draft_id: str, text: str) -> None:
        self._drafts[draft_id] = text
        while len(self._drafts) > self._limit:
            self._drafts.popitem(last=False)

    def take(self, draft_id: str) -> str:
        return self._drafts.pop(draft_id, "")


class ChatNodes:
    """The nodes of the chat graph, bound to the model and index they use."""

    def __init__(
        self,
        model: BaseChatModel,
        index: Retriever | None,
        moderator: Moderator | None = None,
        summarizer: BaseChatModel | None = None,
        rewriter: BaseChatModel | None = None,
        *,
        provider: ProviderGuard,
        window_s: float,
        windows_per_s: float,
        max_tokens: int | None = None,
        max_temperature: float | None = None,
    ) -> None:
        self.model = model
        self.max_tokens = max_tokens
        """The most tokens a run may ask of one draft (the process's cap); None: no cap."""
        self.max_temperature = max_temperature
        """The highest sampling temperature a run may ask for; None: no cap."""
        self.drafts = Drafts()
        self.relay = ReleasedWindows()
        """Streams the released windows as a chat-model run (`messages` stream mode)."""
        self.window_s = window_s
        """Shortest time between two streamed windows: faster tokens are sent together."""
        self.windows_per_s = windows_per_s
        """Windows this process sends a second over all answers (`window_interval`)."""
        self.streaming = 0
        """Answers streaming in this process now."""
        self.provider = provider
        """Every model call of `generate`: classified errors, idle timeout, circuit breaker."""
        self.index = index
        self.moderator = moderator or Moderator()
        self.summarizer = summarizer
        """Summarises turns that fall out of the history budget; None leaves them out."""
        self.rewriter = rewriter
        """Rewrites a follow-up as a standalone search query; None uses the earlier turns."""

    async def summarize_dropped(self, state: State, dropped: int) -> dict[str, Any]:
        """Fold the turns that left the history budget since the last summary into it."""
        done = state.get("summarized", 0)
        if self.summarizer is None or dropped <= done:
            return {}
        turns = "\n".join(
            f"{m.type}: {m.text}"
            for m in from_records(state["messages"][done:dropped])
            if not is_failed_answer(m)
        )
        prompt = prompts.SUMMARIZE_PROMPT.format(summary=state.get("summary", ""), turns=turns)
        try:
            reply = await self.summarizer.ainvoke(prompt, HIDDEN)
        except Exception as exc:  # a summary is a nicety: the answer must not fail for it
            logger.warning("summarising older turns failed (%s); trying again next turn", exc)
            return {}
        return {"summary": reply.text.strip(), "summarized": dropped}

    async def moderate_input(self, state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Check the new turns; keep them (redacted where the policy says) or withhold them.

        They come under `incoming` (threadline's endpoints: never in the history before
        this node passes them) or, from LangGraph's clients, under `messages`: appended
        by the input step after the `settled` history, and replaced here."""
        history = from_records(state.get("messages") or [])
        # Studio and the HTTP API send plain dicts; the served runnable sends messages.
        incoming = convert_to_messages(state.get("incoming") or [])
        thread_id = current_thread_id()
        unsettled: list[BaseMessage] = []
        if not incoming:
            unsettled = history[state.get("settled", 0) :]
            incoming = unsettled
        kept = len(history) - len(unsettled)
        verdicts: list[Verdict] = [
            await self.moderator.check(m.text, "input", thread_id) for m in incoming
        ]
        requested = runtime.context.requested_system_prompt
        system = (
            await self.moderator.check(requested, "input", thread_id, sets_role=True)
            if requested
            else None
        )
        every = [*verdicts, system] if system is not None else verdicts
        worst = max((v.action for v in every), key=SEVERITY.__getitem__, default="allow")
        categories = sorted({c for v in every for c in v.categories})
        turn = {
            "incoming": [],
            "attempts": 0,
            "retry_instruction": "",
            "sources": [],
            "query": "",
            "usage": dict(NO_USAGE),
        }
        # written only when it changes: a channel written every turn costs every
        # checkpoint a blob (bench/perf/checkpoint_growth.py)
        if requested or state.get("system_prompt"):
            turn["system_prompt"] = ""
        record = {"action": worst, "categories": categories}
        if worst == "block":
            blocked = sorted(
                {
                    f.category
                    for v in every
                    for f in v.findings
                    if self.moderator.input_policy.get(f.category, "block") == "block"
                }
            )
            record["categories"] = blocked
            withheld = prompts.WITHHELD_USER_MESSAGE.format(policies=describe_policies(blocked))
            placeholder = incoming[-1].model_copy(
                update={"content": withheld, "id": str(uuid.uuid4())}
            )
            return {
                **turn,
                "messages": withdrawn(unsettled) + to_records(stamped([placeholder])),
                "settled": kept + 1,
                "moderation": {"input": record, "output": [], "outcome": "blocked_input"},
            }
        accepted = [
            m
            if v.text == m.text
            else m.model_copy(update={"content": v.text, "id": m.id or str(uuid.uuid4())})
            for m, v in zip(incoming, verdicts, strict=True)
        ]
        accepted = [m if m.id else m.model_copy(update={"id": str(uuid.uuid4())}) for m in accepted]
        # Input already in the history stays as it is unless moderation changed it; what
        # is written now is stored now (input left in place keeps no time).
        changed = any(a is not m for a, m in zip(accepted, unsettled, strict=False))
        written = (
            (withdrawn(unsettled) + to_records(stamped(accepted)))
            if changed or not unsettled
            else []
        )
        if system is not None:
            turn["system_prompt"] = system.text
        return {
            **turn,
            **({"messages": written} if written else {}),
            "settled": kept + len(accepted),
            "moderation": {"input": record, "output": [], "outcome": "pending"},
        }

    async def standalone_question(
        self, records: Sequence[MessageRecord], latest: str
    ) -> str | None:
        """The rewriter model's version of the latest turn that names its own subject
        (a history-aware retriever), or None when there is no rewriter or it fails."""
        if self.rewriter is None:
            return None
        earlier = [m for m in from_records(records[-7:-1]) if m.type in ("human", "ai")]
        if not earlier:
            return None
        conversation = "\n".join(f"{m.type}: {str(m.text)[:600]}" for m in earlier)
        prompt = prompts.STANDALONE_QUESTION_PROMPT.format(
            conversation=conversation, question=latest
        )
        try:
            reply = await self.rewriter.ainvoke(prompt, HIDDEN)
        except Exception:  # the cheap method still works: never fail a turn for this
            logger.warning("rewriting a follow-up failed; searching without it", exc_info=True)
            return None
        lines = reply.text.strip().splitlines()
        return lines[0].strip()[:500] if lines else None

    async def retrieve(self, state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Search the documents for the latest question within its conversation
        (`search_conversation`: a follow-up carries the earlier turns naming its
        subject), or for the standalone question a rewriter model made of it."""
        records = state.get("messages", [])
        turns = latest_user_turns(records, 3)
        latest = turns[-1].strip() if turns else ""
        rewritten = await self.standalone_question(records, latest) if len(turns) > 1 else None
        if self.index is None or not latest:
            return {"query": rewritten or latest, "sources": []}
        ctx = runtime.context
        # only a collection-aware index is told which collections the thread reads
        scope: dict[str, Any] = {} if ctx.collections is None else {"collections": ctx.collections}
        if rewritten:
            sources = await asyncio.to_thread(
                partial(self.index.search, rewritten, ctx.top_k, ctx.relevance_threshold, **scope)
            )
            return {"query": rewritten, "sources": sources}
        sources, subject = await asyncio.to_thread(
            partial(
                self.index.search_conversation,
                [*turns[:-1], latest],
                ctx.top_k,
                ctx.relevance_threshold,
                ctx.follow_up_weight,
                **scope,
            )
        )
        return {"query": f"{subject} {latest}" if subject else latest, "sources": sources}

    def window_interval(self) -> float:
        """The time between two windows of one answer: `window_s`, or longer when more
        answers stream than `windows_per_s` allows at that pace. The work of a window
        (moderation, the graph's stream, serialisation, the middlewares, the write) is
        the same whatever it holds, so a busy process sends fewer, fuller windows and
        keeps up instead of falling behind every answer (BENCHMARKS.md, Load)."""
        return max(self.window_s, self.streaming / self.windows_per_s)

    async def generate(self, state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Write a draft, streaming the windows that output moderation has passed."""
        attempt = state.get("attempts", 0) + 1
        history, dropped = history_in_budget(
            state.get("messages", []), runtime.context.history_token_budget
        )
        summarized = await self.summarize_dropped(state, dropped) if attempt == 1 else {}
        summary = summarized.get("summary", state.get("summary", ""))
        prompt = build_prompt(state, runtime.context, history, summary)
        guard = self.moderator.guard()
        draft_id = str(uuid.uuid4())
        runtime.stream_writer({"event": "draft_start", "attempt": attempt, "message_id": draft_id})
        draft = ""
        usage: dict[str, int] = {}

        async def released() -> AsyncGenerator[str, None]:
            """The windows output moderation lets through, as the draft streams."""
            nonlocal draft
            # Pieces that arrive together, or within `window_interval()` of the last
            # window, are one window: the work after the model is per window, not per token.
            answer = self.provider.stream(
                self.model,
                prompt,
                pace=self.window_interval,
                options=self.call_options(runtime.context),
                usage=usage,
            )
            batches = arrival_batches(answer, self.window_interval)
            self.streaming += 1
            try:
                async with contextlib.aclosing(batches):
                    async for pieces in batches:
                        TOKENS_GENERATED.inc(len(pieces))
                        draft += "".join(pieces)
                        window = guard.feed(draft)  # once a window: it scans what is unshown
                        if window:
                            runtime.stream_writer(
                                {"event": "token", "attempt": attempt, "text": window}
                            )
                            yield window
                            await asyncio.sleep(0)  # let the window reach the client first
                        if guard.blocked:
                            break  # the draft is lost anyway: stop paying for it
            finally:
                self.streaming -= 1

        windows = released()
        async with contextlib.aclosing(windows):
            if observed():  # messages stream mode, astream_events, a tracer
                async for _ in self.relay.astream([], windows=windows, message_id=draft_id):
                    pass
            else:  # nobody reads chat-model runs: skip the cost of one
                async for _ in windows:
                    pass
        self.drafts.put(draft_id, draft)
        return {
            "draft_id": draft_id,
            "attempts": attempt,
            "usage": added_usage(state.get("usage") or NO_USAGE, usage),
            **summarized,
        }

    def call_options(self, context: Context) -> dict[str, Any]:
        """The run's sampling options for the model call, within the process's caps."""
        options: dict[str, Any] = {}
        if context.temperature is not None:
            cap = self.max_temperature
            options["temperature"] = min(context.temperature, cap) if cap else context.temperature
        if context.top_p is not None:
            options["top_p"] = context.top_p
        if context.max_tokens is not None:
            cap = self.max_tokens
            options["max_tokens"] = min(context.max_tokens, cap) if cap else context.max_tokens
        if context.stop:
            options["stop"] = list(context.stop)
        if context.end_user:
            options["user"] = context.end_user
        return options

    async def moderate_output(self, state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Append the draft to the conversation only if the output policy passes it."""
        draft_id = state.get("draft_id") or str(uuid.uuid4())
        draft = self.drafts.take(draft_id)
        verdict = await self.moderator.check(draft, "output", current_thread_id())
        moderation = dict(state.get("moderation") or {})
        moderation["output"] = [
            *moderation.get("output", []),
            {**verdict.summary(), "attempt": state.get("attempts", 1)},
        ]
        if verdict.action == "block":
            # Clients may have shown part of it under its id: take it back (a message
            # that was never stored is ignored by the history's reducer).
            runtime.stream_writer({"event": RETRACTED, "message_id": draft_id})
            return {
                "messages": [RemoveMessage(id=draft_id)],
                "moderation": moderation,
            }
        moderation["outcome"] = "answered"
        answer = AIMessage(
            content=verdict.text if verdict.action == "redact" else draft,
            id=draft_id,
            response_metadata={
                "sources": source_refs(state.get("sources", [])),
                "moderation": moderation,
            },
        )
        return {
            "messages": to_records(stamped([answer])),
            "settled": len(state.get("messages", [])) + 1,
            "moderation": moderation,
        }

    async def retry(self, state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Ask again, telling the model what the withheld draft contained."""
        OUTPUT_RETRIES.inc()
        blocked = state["moderation"]["output"][-1]["categories"]
        instruction = prompts.STRICT_RETRY_INSTRUCTION.format(policies=describe_policies(blocked))
        return {"retry_instruction": instruction}

    async def refuse(self, state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Answer with a short refusal naming the policy, never the blocked text."""
        moderation = dict(state.get("moderation") or {})
        if moderation.get("outcome") == "blocked_input":
            text = prompts.REFUSAL_INPUT.format(
                policies=describe_policies(moderation["input"]["categories"])
            )
        else:
            text = prompts.REFUSAL_OUTPUT.format(
                policies=describe_policies(moderation["output"][-1]["categories"])
            )
            moderation["outcome"] = "refused"
        refusal = AIMessage(
            content=text,
            id=str(uuid.uuid4()),
            response_metadata={"sources": [], "moderation": moderation},
        )
        return {
            "messages": to_records(stamped([refusal])),
            "settled": len(state.get("messages", [])) + 1,
            "moderation": moderation,
        }


def withdrawn(messages: list[BaseMessage]) -> list[Any]:
    """Takes input messages back out of the history, to be replaced by their moderated
    copies (or the placeholder of a blocked turn)."""
    return [RemoveMessage(id=m.id) for m in messages if m.id]


def observed() -> bool:
    """Whether anyone listens to this node's runs (LangGraph's `messages` stream mode,
    `astream_events`, a tracer): only then are the windows relayed as a chat-model run."""
    try:
        config = get_config()
    except RuntimeError:
        return False
    return bool(get_async_callback_manager_for_config(config).handlers)


def route_after_input(state: State) -> Literal["retrieve", "refuse"]:
    """Blocked input is refused; anything else must end with a user turn to answer."""
    if state["moderation"]["outcome"] == "blocked_input":
        return "refuse"
    messages = state.get("messages") or []
    if not messages or from_records(messages[-1:])[0].type != "human":
        raise ValueError("nothing to answer: the turn must end with a user message")
    return "retrieve"


def route_after_output(
    state: State, runtime: Runtime[Context]
) -> Literal["retry", "refuse", "__end__"]:
    """A passed draft ends the turn; a blocked one is retried while attempts remain."""
    outputs = state["moderation"]["output"]
    if not outputs:
        raise ValueError("moderate_output ran without recording a verdict")
    if outputs[-1]["action"] != "block":
        return "__end__"
    return "retry" if state.get("attempts", 0) < runtime.context.max_output_attempts else "refuse"
