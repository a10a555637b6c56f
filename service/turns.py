"""The runnable served at `/chat`: a chat model with memory.

It takes `{"messages": [...]}` (only the new turn, or the client's whole
history), picks the thread from `config.configurable.thread_id` (a new one when
absent), runs the graph on the turns the thread has not seen, and returns the
assistant's `AIMessage`, or streams it as `AIMessageChunk`s.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal, cast

from langchain_core.callbacks import AsyncCallbackManagerForChainRun
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage
from langchain_core.runnables import ConfigurableFieldSpec, Runnable, RunnableConfig
from langchain_core.runnables.config import (
    ensure_config,
    get_async_callback_manager_for_config,
    var_child_runnable_config,
)
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph
from pydantic import AfterValidator, BaseModel, Field, field_validator

from graph import wire
from graph.context import MAX_SYSTEM_PROMPT_CHARS, Context, Persona
from graph.graph import DURABILITY
from graph.metrics import RUN_ERRORS, TIME_TO_FIRST_TOKEN
from graph.moderation.rules import with_policy_names
from graph.provider import ProviderError, ProviderGuard
from graph.state import from_records, to_records
from storage.run_locks import LocalRunLocks, RunLocks, ThreadBusy
from storage.threads import LOCAL_USER, ThreadRecord, ThreadStore, new_thread_id

MAX_THREAD_ID_CHARS = 128
#: The error a turn records when its run was cut short before the answer was stored.
INTERRUPTED = "the answer was interrupted before it was finished; send the message again"


class InvalidTurn(ValueError):
    """The request cannot be answered as sent; the message says why."""


def validate_thread_id(value: str) -> str:
    """Thread ids are 1-128 printable ASCII characters, with no space at either end: an
    id travels in URLs, JSON and the `X-Thread-ID` header, which carries ASCII only (and
    loses spaces at its ends), so one rule lets every endpoint send back the id it took."""
    if not value:
        raise ValueError("thread_id must not be empty")
    if len(value) > MAX_THREAD_ID_CHARS:
        raise ValueError(f"thread_id must be at most {MAX_THREAD_ID_CHARS} characters")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("thread_id must not contain control characters")
    if not value.isascii():
        raise ValueError(
            "thread_id must be printable ASCII (letters, digits, punctuation): "
            "it is sent back in the X-Thread-ID header"
        )
    if value != value.strip(" "):
        raise ValueError("thread_id must not start or end with a space")
    return value


def checked_thread_id(thread_id: str) -> str:
    """The thread id, or `InvalidTurn` (422) saying what is wrong with it."""
    try:
        return validate_thread_id(thread_id)
    except ValueError as exc:
        raise InvalidTurn(f"invalid thread_id: {exc}") from exc


SystemMessages = Literal["replace", "add", "refuse"]


class SystemPromptConflict(InvalidTurn):
    """A request's system message differs from its thread's system prompt, and the
    operator keeps a thread's system prompt (`THREADLINE_SYSTEM_MESSAGES=refuse`)."""


class SystemPromptTooLong(InvalidTurn):
    """A system prompt over `MAX_SYSTEM_PROMPT_CHARS`."""


def thread_system_prompt(current: str | None, requested: str, policy: SystemMessages) -> str | None:
    """The system prompt a thread answers with once a request brings `requested`, or
    None when it stays as it is. A thread without one takes it; the text it already has
    is accepted as it is, never stacked (OpenAI clients resend their system message with
    every request); a different one replaces it, is added to it, or is refused, as the
    operator's `policy` says. Raises the `InvalidTurn` that says why not."""
    if not requested or requested == current:
        return None
    if not current or policy == "replace":
        prompt = requested
    elif policy == "add":
        if current.endswith(requested):  # added before, and sent again
            return None
        prompt = f"{current}\n\n{requested}"
    else:
        raise SystemPromptConflict(
            "this thread has a different system prompt, and this server keeps a thread's "
            "system prompt (THREADLINE_SYSTEM_MESSAGES=refuse): send the same system "
            "message, none, or start a new thread"
        )
    if len(prompt) > MAX_SYSTEM_PROMPT_CHARS:
        raise SystemPromptTooLong(
            f"the system prompt would be {len(prompt)} characters; a thread's system "
            f"prompt holds at most {MAX_SYSTEM_PROMPT_CHARS}"
        )
    return prompt


@dataclass(frozen=True)
class RunOptions:
    """What a request may ask of one run besides its messages: the OpenAI API's system
    message and sampling options. It travels as `configurable["run_options"]`, set by the
    service (a JSON config from a client is never one, so it cannot set these)."""

    system_prompt: str = ""
    """The request's system message; `thread_system_prompt` decides what it does."""
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    stop: tuple[str, ...] = ()
    end_user: str = ""

    def apply(self, context: Context, system_prompt: str | None) -> Context:
        """The run context with these options, and `system_prompt` to moderate and use."""
        return replace(
            context,
            requested_system_prompt=system_prompt or "",
            temperature=self.temperature,
            top_p=self.top_p,
            max_tokens=self.max_tokens,
            stop=list(self.stop),
            end_user=self.end_user,
        )


class MessageTooLarge(ValueError):
    """A user message over the size limit (a 413 where the transport has one)."""


def check_message(content: str, max_bytes: int) -> None:
    """The rule for one user message, for every entry point: non-empty text of at most
    `max_bytes` UTF-8 bytes. Raises ValueError (`MessageTooLarge` for the size) saying why."""
    if not content.strip():
        raise ValueError("content must not be empty")
    try:
        size = len(content.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise ValueError("content is not valid Unicode (a lone surrogate)") from exc
    if size > max_bytes:
        raise MessageTooLarge(f"{size} bytes is over the limit of {max_bytes} bytes")


ThreadId = Annotated[str, AfterValidator(validate_thread_id)]
ChatMessage = Annotated[HumanMessage | AIMessage, Field(discriminator="type")]


#: The fields of an input message that a turn uses; the rest (tool calls, metadata) go.
MESSAGE_FIELDS = frozenset({"type", "content", "id", "name"})


def chat_input_model(max_message_bytes: int) -> type[BaseModel]:
    """The input schema of `/chat`, with the size limit of one message."""

    class ChatInput(BaseModel):
        """The new user turn, or the client's whole history ending with it."""

        messages: list[ChatMessage] = Field(
            ..., min_length=1, description="Chat messages, oldest first; the last is the user's."
        )

        @field_validator("messages", mode="before")
        @classmethod
        def _only_what_a_turn_needs(cls, messages: Any) -> Any:
            """Keep the fields a chat turn has: LangChain builds an `AIMessage`'s tool calls
            from whatever it is sent and raises TypeError (a 500) on odd keys."""
            if isinstance(messages, list):
                return [
                    {k: v for k, v in m.items() if k in MESSAGE_FIELDS}
                    if isinstance(m, dict)
                    else m
                    for m in messages
                ]
            return messages

        @field_validator("messages")
        @classmethod
        def _check_messages(cls, messages: list[BaseMessage]) -> list[BaseMessage]:
            for n, message in enumerate(messages, 1):
                if not isinstance(message.content, str):
                    raise ValueError(f"message {n}: content must be a string")
                try:
                    check_message(message.content, max_message_bytes)
                except ValueError as exc:
                    raise ValueError(f"message {n}: {exc}") from exc
            if messages[-1].type != "human":
                raise ValueError("the last message must be the user's (type 'human')")
            return messages

    return ChatInput


def unseen_turns(sent: list[BaseMessage], thread_is_new: bool) -> list[BaseMessage]:
    """The turns of a request that the thread does not hold yet.

    A client sends either its new turn or its whole history. The thread's own
    history is authoritative, so everything up to the client's last assistant
    message is already there; a new thread takes the client's history as sent.
    """
    if thread_is_new:
        return list(sent)
    last_answer = max((i for i, m in enumerate(sent) if m.type == "ai"), default=-1)
    return list(sent[last_answer + 1 :])


@dataclass
class Turn:
    """A validated request, ready to run on its thread."""

    graph: CompiledStateGraph[Any, Any, Any, Any]
    thread_id: str
    turns: list[BaseMessage]
    """What the thread does not hold yet, ending with the user's new message."""
    config: RunnableConfig
    context: Context
    record: ThreadRecord | None
    """The thread as the run claimed it (None without a thread store)."""
    untitled: bool
    """The thread has no title yet: its first turn names it, or, when a crash came
    between that turn's checkpoint and its title, the next turn does."""


class ChatRunnable(Runnable[dict[str, Any], AIMessage]):
    """The interface of `/chat`: a chat turn in, an `AIMessage` out, `thread_id` in the
    config. `ThreadedChat` runs it; LangServe's routes serve it (api/chat.py)."""

    name = "threadline"

    def __init__(self, max_message_bytes: int = 32 * 1024) -> None:
        self.input_model = chat_input_model(max_message_bytes)

    @property
    def InputType(self) -> type[BaseModel]:  # type: ignore[override]  # noqa: N802
        return self.input_model

    @property
    def OutputType(self) -> type[AIMessage]:  # noqa: N802
        return AIMessage

    def get_output_schema(self, config: RunnableConfig | None = None) -> type[BaseModel]:
        """An `AIMessage`, in the schema shape LangServe's chat playground recognises."""
        from graph.output_schema import ChatOutput

        return ChatOutput

    def get_input_schema(self, config: RunnableConfig | None = None) -> type[BaseModel]:
        return self.input_model

    @property
    def config_specs(self) -> list[ConfigurableFieldSpec]:
        """Declares `thread_id`, so LangServe keeps it instead of dropping it."""
        return [
            ConfigurableFieldSpec(
                id="thread_id",
                annotation=ThreadId | None,
                default=None,
                name="Thread ID",
                description="The conversation to continue; a new one is started when absent.",
            )
        ]

    def invoke(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AIMessage:
        raise NotImplementedError("threadline's checkpointer is async: use ainvoke or astream")


class ThreadedChat(ChatRunnable):
    """The graph behind a chat-model interface, one checkpointed thread per `thread_id`."""

    def __init__(
        self,
        graph: CompiledStateGraph[Any, Any, Any, Any],
        context: Context | None = None,
        max_message_bytes: int = 32 * 1024,
        threads: ThreadStore | None = None,
        busy_thread: Literal["reject", "queue"] = "reject",
        run_locks: RunLocks | None = None,
        provider: ProviderGuard | None = None,
        search_scope: Callable[[str, str], Awaitable[list[str]]] | None = None,
        system_messages: SystemMessages = "replace",
    ) -> None:
        super().__init__(max_message_bytes)
        checkpointer = graph.checkpointer
        if not isinstance(checkpointer, BaseCheckpointSaver):
            raise TypeError("compile the graph with a checkpointer")
        self.graph = graph
        self.checkpointer = checkpointer
        self.context = context or Context()
        self.threads = threads
        """Ownership and personas; without it every thread is anyone's (in-process use)."""
        self.busy_thread = busy_thread
        self.run_locks: RunLocks = run_locks or LocalRunLocks()
        """One run per thread: in this process, or across processes through Redis."""
        self.provider = provider
        """The model provider's circuit breaker, consulted before a run is admitted."""
        self.search_scope = search_scope
        """The document collections a user's run on a thread reads; None: the index's."""
        self.system_messages: SystemMessages = system_messages
        """What a request's system message does to a thread's system prompt."""

    async def is_busy(self, thread_id: str) -> bool:
        """Whether a run on this thread is under way (in any process sharing the locks)."""
        return await self.run_locks.is_busy(thread_id)

    async def ensure_accepting(self, thread_id: str) -> None:
        """The early answer before a stream opens: `ProviderError` (503) while the
        provider's circuit breaker is open; `ThreadBusy` when a run is under way and
        `busy_thread` rejects a second (`_turn` holds the lock itself)."""
        if self.provider is not None:
            self.provider.ensure_available()
        if self.busy_thread == "reject" and await self.is_busy(thread_id):
            raise ThreadBusy(thread_id)

    async def _run_context(
        self, thread_id: str, user: str, options: RunOptions
    ) -> tuple[Context, ThreadRecord | None]:
        """The run context for this user's thread, with its persona and the request's
        options, and the thread's record; claims a new thread."""
        if self.threads is None:
            prompt = thread_system_prompt(None, options.system_prompt, self.system_messages)
            return options.apply(self.context, prompt), None
        record = await self.threads.claim(thread_id, user)
        prompt = thread_system_prompt(
            record.persona.get("system_prompt"), options.system_prompt, self.system_messages
        )
        context = options.apply(Persona.model_validate(record.persona).apply(self.context), prompt)
        if self.search_scope is not None:
            context = replace(context, collections=await self.search_scope(thread_id, user))
        return context, record

    async def _prepare(self, input: Any, config: RunnableConfig) -> Turn:
        """Validate the request and find the turns the thread has not seen."""
        try:
            messages = self.input_model.model_validate(input).messages  # type: ignore[attr-defined]
        except ValueError as exc:
            raise InvalidTurn(str(exc)) from exc
        configurable = config.get("configurable") or {}
        thread_id = checked_thread_id(configurable.get("thread_id") or new_thread_id())
        options = configurable.get("run_options")
        context, record = await self._run_context(
            thread_id,
            configurable.get("user_id") or LOCAL_USER,
            options if isinstance(options, RunOptions) else RunOptions(),
        )
        # The graph runs detached from the caller's run tree: its inner runs carry
        # raw draft tokens, which must never reach the caller's callbacks or
        # astream_events. This context is the private copy LangChain made for
        # this call, so clearing the inherited config here affects nothing else
        # (an `unobserved` stream has no copy, but nothing to clear either).
        var_child_runnable_config.set(None)
        graph_config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
        # Whether the thread has a conversation is all that is needed; loading it would
        # decode the whole history before the first token (and the graph loads it again).
        if self.threads is not None:
            thread_is_new = not await self.threads.has_history(thread_id)
        else:
            thread_is_new = await self.checkpointer.aget_tuple(graph_config) is None
        turns = unseen_turns(messages, thread_is_new)
        if not turns or turns[-1].type != "human":
            raise InvalidTurn("the request holds no new user message after the thread's history")
        untitled = record is not None and not record.title
        return Turn(self.graph, thread_id, turns, graph_config, context, record, untitled)

    async def _finish(self, turn: Turn, state: dict[str, Any]) -> AIMessage:
        """The answer of a finished run; a thread with no title is named after its
        first (moderated) message, and a system prompt the request brought, as
        moderation passed it, becomes the thread's."""
        await self._name_thread(turn, state.get("messages", []))
        prompt = state.get("system_prompt")
        record = turn.record
        changed = record is not None and prompt != record.persona.get("system_prompt")
        if prompt and changed and record is not None and self.threads is not None:
            # as moderation passed it: the thread's system prompt from now on
            await self.threads.update(record, persona={**record.persona, "system_prompt": prompt})
        return self._answer(state, turn.thread_id)

    async def _name_thread(self, turn: Turn, records: list[str]) -> None:
        """A thread with no title is named after its first (moderated) message."""
        if turn.untitled and self.threads is not None and records:
            first = from_records(records[:1])[0].text
            await self.threads.title_if_untitled(turn.thread_id, " ".join(first.split())[:60])

    def _turn(self, thread_id: str) -> AbstractAsyncContextManager[None]:
        """One run per thread at a time, so two requests never fork a thread: a second
        one is rejected (`ThreadBusy`) or waits, as `busy_thread` says."""
        return self.run_locks.hold(thread_id, wait=self.busy_thread == "queue")

    async def history(self, thread_id: str, last: int | None = None) -> list[dict[str, Any]]:
        """The thread's stored history (or its `last` messages), as `message_view`s."""
        snapshot = await self.graph.aget_state({"configurable": {"thread_id": thread_id}})
        records = snapshot.values.get("messages", [])
        return [message_view(m) for m in from_records(records[-last:] if last else records)]

    @asynccontextmanager
    async def _failure_recorded(self, turn: Turn) -> AsyncIterator[None]:
        """A turn that fails stays whole in the thread: the user's message, if it was
        stored, is answered by an error record that clients show (with a way to retry)
        and the model never reads, so the history never holds two user messages in a
        row. That covers a provider failure and a run cut short (a client gone from a
        stream, a shutdown past its grace period). The error still reaches the caller."""
        try:
            yield
        except ProviderError as exc:
            await self._close_failed_turn(turn, exc.status_code, exc.reason)
            raise
        except asyncio.CancelledError:
            await asyncio.shield(self._close_failed_turn(turn, 503, INTERRUPTED))
            raise

    async def _close_failed_turn(self, turn: Turn, status_code: int, reason: str) -> None:
        snapshot = await turn.graph.aget_state(turn.config)
        records = snapshot.values.get("messages", [])
        if records and json.loads(records[-1])["type"] == "human":
            failed = AIMessage(
                content=reason,
                id=str(uuid.uuid4()),
                response_metadata={"error": {"status_code": status_code, "reason": reason}},
            )
            await turn.graph.aupdate_state(
                turn.config, {"messages": to_records([failed])}, as_node="refuse"
            )
            await self._name_thread(turn, records)

    @staticmethod
    def _answer(state: dict[str, Any], thread_id: str) -> AIMessage:
        final = from_records(state["messages"][-1:])[0]
        metadata = dict(final.response_metadata)
        if metadata.get("moderation"):
            metadata["moderation"] = with_policy_names(metadata["moderation"])
        return AIMessage(
            content=final.content,
            id=final.id,
            response_metadata=wire.end_metadata(thread_id, metadata),
            usage_metadata=state.get("usage"),  # this run's tokens
        )

    async def _invoke_turn(
        self,
        input: dict[str, Any],
        run_manager: AsyncCallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> AIMessage:
        with counted_errors():
            turn = await self._prepare(input, config)
            async with self._turn(turn.thread_id), self._failure_recorded(turn):
                state = await turn.graph.ainvoke(
                    {"incoming": turn.turns},
                    turn.config,
                    context=turn.context,
                    durability=DURABILITY,
                )
            return await self._finish(turn, state)

    async def ainvoke(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AIMessage:
        return await self._acall_with_config(self._invoke_turn, input, ensure_config(config))

    async def _stream_turn(
        self,
        inputs: AsyncIterator[dict[str, Any]],
        run_manager: AsyncCallbackManagerForChainRun | None,
        config: RunnableConfig,
    ) -> AsyncIterator[AIMessage]:
        (input,) = [item async for item in inputs]  # astream hands over one input
        started = time.perf_counter()
        with counted_errors():
            turn = await self._prepare(input, config)
            shown = ""  # what the client has been shown of the current draft
            final_state: dict[str, Any] = {}
            async with self._turn(turn.thread_id), self._failure_recorded(turn):
                stream = turn.graph.astream(
                    {"incoming": turn.turns},
                    turn.config,
                    context=turn.context,
                    stream_mode=["custom", "values"],
                    durability=DURABILITY,
                )
                try:
                    async for mode, event in cast(AsyncIterator[tuple[str, Any]], stream):
                        if mode == "values":
                            final_state = event
                        elif event.get("event") == "token":
                            if started:
                                TIME_TO_FIRST_TOKEN.observe(time.perf_counter() - started)
                                started = 0.0
                            shown += event["text"]
                            yield AIMessageChunk(content=event["text"])
                        elif event.get("event") == "draft_start" and shown:
                            yield retraction(shown)
                            shown = ""
                except ProviderError:
                    if shown:  # the answer that had begun will not be finished
                        yield retraction(shown)
                    raise
            answer = await self._finish(turn, final_state)
        text = str(answer.content)
        if not text.startswith(shown):
            yield retraction(shown)
            shown = ""
        if started:
            TIME_TO_FIRST_TOKEN.observe(time.perf_counter() - started)
        yield AIMessageChunk(
            content=text[len(shown) :],
            id=answer.id,
            response_metadata=answer.response_metadata,
            usage_metadata=answer.usage_metadata,
        )

    async def astream(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AsyncIterator[AIMessage]:
        """Yields `AIMessageChunk`s: the moderated windows, then the rest with the metadata."""

        async def one() -> AsyncIterator[dict[str, Any]]:
            yield input

        config = ensure_config(config)
        if unobserved(config):
            async for chunk in self._stream_turn(one(), None, config):
                yield chunk
            return
        async for chunk in self._atransform_stream_with_config(one(), self._stream_turn, config):
            yield chunk


def unobserved(config: RunnableConfig) -> bool:
    """Nothing listens to this run: no callbacks or tracer, and no runnable around it
    (LangServe's `/chat/stream`, `RemoteRunnable.stream`, the WebSocket). LangChain's
    own streaming wrapper would keep every chunk of the answer until it ends, to report
    the whole to listeners (a minute of answer is 1,500 chunks; with 200 answers
    streaming, a million live objects for the garbage collector to walk), and runs each
    step in a task of its own; with no listener there is nobody to report to.
    `stream_log`, `stream_events` and tracing still go through it."""
    if var_child_runnable_config.get() is not None:
        return False
    return not get_async_callback_manager_for_config(config).handlers


def message_view(message: BaseMessage) -> dict[str, Any]:
    """A stored message as clients see it: type, text, and for answers their sources
    and moderation outcome."""
    view: dict[str, Any] = {"id": message.id, "type": message.type, "content": message.text}
    if message.type == "ai":
        metadata = message.response_metadata
        view["sources"] = metadata.get("sources", [])
        moderation = metadata.get("moderation")
        view["moderation"] = with_policy_names(moderation) if moderation else moderation
        if "error" in metadata:  # a failed turn: the client offers to send it again
            view["error"] = metadata["error"]
    return view


@contextmanager
def counted_errors() -> Iterator[None]:
    """Counts a failed run in `threadline_run_errors_total`, by error type."""
    try:
        yield
    except Exception as exc:
        RUN_ERRORS.labels(type(exc).__name__).inc()
        raise


def retraction(shown: str) -> AIMessageChunk:
    """Tells a streaming client to discard the draft it was shown (graph/wire.py)."""
    return AIMessageChunk(content="", response_metadata=wire.retraction(shown))
