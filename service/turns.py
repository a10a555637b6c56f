"""The runnable served at `/chat`: a chat model with memory.

It takes `{"messages": [...]}` (only the new turn, or the client's whole
history), picks the thread from `config.configurable.thread_id` (a new one when
absent), runs the graph on the turns the thread has not seen, and returns the
assistant's `AIMessage`, or streams it as `AIMessageChunk`s.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Annotated, Any, Literal, cast

import anyio
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
from graph.nodes import source_refs
from graph.provider import ProviderError, ProviderGuard
from graph.state import from_records, stamped, to_records
from storage.checkpoints import DiscardsRuns
from storage.run_locks import LocalRunLocks, RunLocks, ThreadBusy
from storage.threads import LOCAL_USER, ThreadRecord, ThreadStore, new_thread_id

log = logging.getLogger("threadline")

MAX_THREAD_ID_CHARS = 128
#: The error a turn records when its run was cut short before the answer was stored.
INTERRUPTED = "the answer was interrupted before it was finished; send the message again"

#: What a message does to a thread that is still answering (LangGraph Platform's names):
#: `reject` it (409), `enqueue` it (answered after the running one, in order),
#: `interrupt` the running answer (it keeps what was shown, marked stopped), or
#: `rollback` the running answer (its turn is discarded).
MultitaskStrategy = Literal["reject", "enqueue", "interrupt", "rollback"]
MULTITASK_STRATEGIES: tuple[MultitaskStrategy, ...] = ("reject", "enqueue", "interrupt", "rollback")
#: `THREADLINE_BUSY_THREAD=queue`, the setting's older name for `enqueue`.
STRATEGY_ALIASES = {"queue": "enqueue"}


class InvalidTurn(ValueError):
    """The request cannot be answered as sent; the message says why."""


class MessageNotFound(LookupError):
    """No message with this id in the thread's current branch (404)."""

    def __init__(self, message_id: str) -> None:
        super().__init__(f"message {message_id!r} not found in this thread")


#: Checkpoint metadata of the markers that make an earlier checkpoint current: a new
#: branch (the position of its new user message, and the checkpoint it branches from),
#: or a switch back to another branch (the checkpoint it makes current).
FORK_POSITION, FORK_OF, BRANCH_SWITCH = "fork_position", "fork_of", "branch_switch"


class CheckpointTree:
    """A thread's checkpoints as its branches see them. The first run of a branch, and a
    switch back to another, name the checkpoint they continue: that is their logical
    parent (their real one is a copy of it); copies start nothing."""

    def __init__(self) -> None:
        self.parents: dict[str, str | None] = {}
        self.metadata: dict[str, dict[str, Any]] = {}
        self.head: str | None = None
        self._children: dict[str, list[str]] | None = None

    def add(self, checkpoint_id: str, parent: str | None, metadata: dict[str, Any]) -> None:
        if self.head is None or checkpoint_id > self.head:  # ids grow with time
            self.head = checkpoint_id
        self.parents[checkpoint_id], self.metadata[checkpoint_id] = parent, dict(metadata)
        self._children = None

    def logical_parent(self, node: str) -> str | None:
        meta = self.metadata[node]
        return meta.get(FORK_OF) or meta.get(BRANCH_SWITCH) or self.parents[node]

    def starts_turns(self, node: str) -> bool:
        """A run or an update: not a copy, not a switch back to another branch."""
        meta = self.metadata[node]
        return meta.get("source") != "fork" and BRANCH_SWITCH not in meta

    def children(self, parent: str) -> list[str]:
        """The checkpoints that start turns after `parent`, oldest first (built once:
        a long thread has a checkpoint a turn)."""
        if self._children is None:
            self._children = {}
            for node in sorted(self.parents):
                if self.starts_turns(node):
                    self._children.setdefault(self.logical_parent(node) or "", []).append(node)
        return self._children.get(parent, [])

    def chain(self) -> list[str]:
        """The current branch, newest first."""
        nodes, node = [], self.head
        while node is not None and node in self.parents:
            nodes.append(node)
            node = self.logical_parent(node)
        return nodes

    def newest_below(self, start: str) -> str:
        below = {start}
        for node in sorted(self.parents):  # parents come before their children
            if self.logical_parent(node) in below:
                below.add(node)
        return max(below)


@dataclass
class BranchPoint:
    """A message of the current branch that has alternatives (a regenerated answer, or
    the answers to an edited question): the checkpoint they fork from, and its children
    that start each alternative, oldest first."""

    parent: str
    children: list[str]
    current: int
    """Which of `children` the current branch goes through (0-based)."""


class NotRunning(RuntimeError):
    """A stop was asked of a thread that is not answering (409)."""

    def __init__(self, thread_id: str) -> None:
        super().__init__(f"thread {thread_id!r} is not answering: there is nothing to stop")


def checked_strategy(value: object) -> MultitaskStrategy:
    """The multitask strategy named by `value`, or `InvalidTurn` (422) listing the valid ones."""
    name = STRATEGY_ALIASES.get(value, value) if isinstance(value, str) else value
    if name not in MULTITASK_STRATEGIES:
        raise InvalidTurn(
            f"unknown multitask_strategy {value!r}: use one of {', '.join(MULTITASK_STRATEGIES)}"
        )
    return cast(MultitaskStrategy, name)


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
    strategy: MultitaskStrategy = "reject"
    """What this message does to an answer still running on the thread."""
    fork: tuple[str, dict[str, Any]] | None = None
    """For a regenerated answer or an edited message: the earlier checkpoint the new
    branch starts from, and the marker that says so; None continues the current branch."""
    replaces: str | None = None
    """For a regenerated answer or an edited message: the id of the user message (of the
    current branch) whose turn the new branch replaces."""


class RunHandle:
    """The run on a thread in this process, as a stop reaches it: the task that reads the
    graph (and through it the provider's stream) is cancelled at once, or, while the
    user's message is still being moderated, as soon as it is stored, so a stopped turn
    always keeps its question."""

    def __init__(self) -> None:
        self.reason: str | None = None
        """Why it was stopped: `stop` (keep what was shown) or `rollback` (discard the turn)."""
        self.task: asyncio.Task[None] | None = None
        self.ready = False
        """The user's message is in the thread: a stop now leaves a whole turn."""
        self.done = asyncio.Event()
        self.started = time.time()

    def stop(self, reason: str) -> None:
        if self.reason is None:
            self.reason = reason
        if self.ready and self.task is not None:
            self.task.cancel()

    def mark_ready(self) -> None:
        self.ready = True
        if self.reason is not None and self.task is not None:
            self.task.cancel()


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
        """Declares `thread_id` and `multitask_strategy`, so LangServe keeps them."""
        return [
            ConfigurableFieldSpec(
                id="thread_id",
                annotation=ThreadId | None,
                default=None,
                name="Thread ID",
                description="The conversation to continue; a new one is started when absent.",
            ),
            ConfigurableFieldSpec(
                id="multitask_strategy",
                annotation=str | None,
                default=None,
                name="Multitask strategy",
                description="When the thread is still answering: reject (409), enqueue, "
                "interrupt (stop it, keep what was shown) or rollback (stop it, discard "
                "its turn); the server's THREADLINE_BUSY_THREAD when absent.",
            ),
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
        busy_thread: str = "reject",
        run_locks: RunLocks | None = None,
        provider: ProviderGuard | None = None,
        search_scope: Callable[[str, str], Awaitable[list[str]]] | None = None,
        system_messages: SystemMessages = "replace",
    ) -> None:
        super().__init__(max_message_bytes)
        self.max_message_bytes = max_message_bytes
        checkpointer = graph.checkpointer
        if not isinstance(checkpointer, BaseCheckpointSaver):
            raise TypeError("compile the graph with a checkpointer")
        self.graph = graph
        self.checkpointer = checkpointer
        self.context = context or Context()
        self.threads = threads
        """Ownership and personas; without it every thread is anyone's (in-process use)."""
        self.busy_thread = checked_strategy(busy_thread)
        """The multitask strategy of a request that names none."""
        self.run_locks: RunLocks = run_locks or LocalRunLocks()
        """One run per thread: in this process, or across processes through Redis."""
        self.runs: dict[str, RunHandle] = {}
        """The runs of this process, by thread."""
        self.closing = False
        """Shutting down: a run cut short now is recorded as interrupted, not as stopped."""
        self.provider = provider
        """The model provider's circuit breaker, consulted before a run is admitted."""
        self.search_scope = search_scope
        """The document collections a user's run on a thread reads; None: the index's."""
        self.system_messages: SystemMessages = system_messages
        """What a request's system message does to a thread's system prompt."""

    async def is_busy(self, thread_id: str) -> bool:
        """Whether a run on this thread is under way (in any process sharing the locks)."""
        return await self.run_locks.is_busy(thread_id)

    def strategy_of(self, config: Mapping[str, Any] | None) -> MultitaskStrategy:
        """The request's `multitask_strategy` (its config's `configurable`), or the
        server's default."""
        named = ((config or {}).get("configurable") or {}).get("multitask_strategy")
        return self.busy_thread if named is None else checked_strategy(named)

    async def ensure_accepting(
        self, thread_id: str, strategy: MultitaskStrategy | None = None
    ) -> None:
        """The early answer before a stream opens: `ProviderError` (503) while the
        provider's circuit breaker is open; `ThreadBusy` when a run is under way and
        the strategy rejects a second (`_turn` holds the lock itself)."""
        if self.provider is not None:
            self.provider.ensure_available()
        if (strategy or self.busy_thread) == "reject" and await self.is_busy(thread_id):
            raise ThreadBusy(thread_id)

    async def stop(self, thread_id: str, reason: str = "stop", wait_s: float = 10.0) -> None:
        """Stop the answer running on the thread, in whichever process runs it:
        `NotRunning` (409) when none is. Returns once this process's run has stored its
        turn; a run on another process is only signalled."""
        if not await self.run_locks.signal_stop(thread_id, reason):
            raise NotRunning(thread_id)
        run = self.runs.get(thread_id)
        if run is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(run.done.wait(), wait_s)

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
        strategy = self.strategy_of(config)
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
        # the new message gets its id here, so a stopped run knows whether it was stored
        turns[-1] = turns[-1].model_copy(update={"id": turns[-1].id or str(uuid.uuid4())})
        return Turn(self.graph, thread_id, turns, graph_config, context, record, untitled, strategy)

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

    @asynccontextmanager
    async def _turn(self, turn: Turn) -> AsyncIterator[RunHandle]:
        """One run per thread at a time, so two requests never fork a thread: a second
        one is rejected (`ThreadBusy`), waits its turn, or first stops the running one
        (interrupt, rollback), as its strategy says. The run can be stopped while held."""
        thread_id = turn.thread_id
        if turn.strategy in ("interrupt", "rollback") and await self.is_busy(thread_id):
            reason = "rollback" if turn.strategy == "rollback" else "stop"
            await self.run_locks.signal_stop(thread_id, reason)
        async with self.run_locks.hold(thread_id, wait=turn.strategy != "reject"):
            run = self.runs[thread_id] = RunHandle()
            try:
                async with self.run_locks.on_stop(thread_id, run.stop):
                    yield run
            finally:
                if self.runs.get(thread_id) is run:
                    del self.runs[thread_id]
                run.done.set()

    async def history(self, thread_id: str, last: int | None = None) -> list[dict[str, Any]]:
        """The thread's stored history (or its `last` messages), as `message_view`s."""
        snapshot = await self.graph.aget_state({"configurable": {"thread_id": thread_id}})
        records = snapshot.values.get("messages", [])
        return [message_view(m) for m in from_records(records[-last:] if last else records)]

    async def _checkpoint_tree(self, thread_id: str) -> CheckpointTree:
        """The thread's checkpoints, from their parents and metadata alone: nothing of
        the conversation is decoded."""
        tree = CheckpointTree()
        async for saved in self.checkpointer.alist({"configurable": {"thread_id": thread_id}}):
            checkpoint_id = saved.config["configurable"]["checkpoint_id"]
            parent = (saved.parent_config or {}).get("configurable", {}).get("checkpoint_id")
            tree.add(checkpoint_id, parent, dict(saved.metadata or {}))
        return tree

    async def branch_points(self, thread_id: str) -> dict[int, BranchPoint]:
        """The positions in the current branch where the thread forks (the position of
        the user message each alternative starts with)."""
        tree = await self._checkpoint_tree(thread_id)
        points: dict[int, BranchPoint] = {}
        for node in tree.chain():
            parent = tree.logical_parent(node)
            if parent is None or not tree.starts_turns(node):
                continue
            siblings = tree.children(parent)
            if len(siblings) > 1:
                position = next(
                    (
                        tree.metadata[c][FORK_POSITION]
                        for c in siblings
                        if FORK_POSITION in tree.metadata[c]
                    ),
                    None,
                )
                if position is not None:
                    points[int(position)] = BranchPoint(parent, siblings, siblings.index(node))
        return points

    async def history_with_branches(self, thread_id: str) -> list[dict[str, Any]]:
        """The current branch, each answer that has alternatives with `branch`: which
        one it is (1-based) and how many there are."""
        messages = await self.history(thread_id)
        for position, point in (await self.branch_points(thread_id)).items():
            if position + 1 < len(messages):
                messages[position + 1]["branch"] = {
                    "index": point.current + 1,
                    "count": len(point.children),
                }
        return messages

    async def fork_point(self, thread_id: str, position: int) -> str:
        """The newest checkpoint of the current branch holding fewer than `position` + 1
        messages: where a branch that replaces the message at `position` starts."""
        tree = await self._checkpoint_tree(thread_id)
        for node in tree.chain():
            if not tree.starts_turns(node):
                continue  # a switch holds what the checkpoint it names holds
            config: RunnableConfig = {
                "configurable": {"thread_id": thread_id, "checkpoint_ns": "", "checkpoint_id": node}
            }
            snapshot = await self.graph.aget_state(config)
            if len(snapshot.values.get("messages", [])) <= position:
                return node
        raise InvalidTurn("the thread has no earlier state to branch from")

    async def switch_branch(self, thread_id: str, message_id: str, index: int) -> None:
        """Make the `index`-th (1-based) alternative of this answer current, with its
        newest turns."""
        messages = await self.history(thread_id)
        position = next((i for i, m in enumerate(messages) if m["id"] == message_id), None)
        if position is None:
            raise MessageNotFound(message_id)
        point = (await self.branch_points(thread_id)).get(position - 1)
        if point is None:
            raise InvalidTurn(f"message {message_id!r} has no alternatives")
        if not 1 <= index <= len(point.children):
            raise InvalidTurn(f"index must be between 1 and {len(point.children)}")
        tree = await self._checkpoint_tree(thread_id)
        leaf = tree.newest_below(point.children[index - 1])
        await self._make_current(thread_id, leaf, {BRANCH_SWITCH: leaf})

    async def _copy_current(self, thread_id: str, checkpoint_id: str) -> RunnableConfig:
        """Make an earlier checkpoint the thread's newest through a copy of it, which
        shares its delta history. A run or an update on the older checkpoint itself
        would store the whole history again: LangGraph snapshots a `DeltaChannel` whose
        writes other children of that checkpoint read."""
        at: RunnableConfig = {
            "configurable": {
                "thread_id": thread_id,
                "checkpoint_ns": "",
                "checkpoint_id": checkpoint_id,
            }
        }
        return await self.graph.aupdate_state(at, None, as_node="__copy__")

    async def _make_current(
        self, thread_id: str, checkpoint_id: str, marker: dict[str, Any]
    ) -> None:
        """Make an earlier checkpoint current with nothing to run: its copy, then a
        marker naming it (a copy alone cannot carry metadata)."""
        copy = await self._copy_current(thread_id, checkpoint_id)
        marked: RunnableConfig = {**copy, "metadata": marker}
        await self.graph.aupdate_state(marked, {"messages": []}, as_node="refuse")

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
        if records and from_records(records[-1:])[0].type == "human":
            failed = AIMessage(
                content=reason,
                id=str(uuid.uuid4()),
                response_metadata={"error": {"status_code": status_code, "reason": reason}},
            )
            await turn.graph.aupdate_state(
                turn.config, {"messages": to_records(stamped([failed]))}, as_node="refuse"
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
        """The streamed turn, gathered: one path, so a stop cuts an invoked answer short
        exactly as it does a streamed one."""

        async def one() -> AsyncIterator[dict[str, Any]]:
            yield input

        return await gathered_answer(self._stream_turn(one(), None, config))

    async def ainvoke(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AIMessage:
        return await self._acall_with_config(self._invoke_turn, input, ensure_config(config))

    @staticmethod
    async def _produce(turn: Turn, queue: asyncio.Queue[Any]) -> None:
        """Reads the graph's stream into `queue`, in a task of its own: a stop cancels
        this task, which closes the provider's stream at once."""
        config = turn.config if turn.fork is None else {**turn.config, "metadata": turn.fork[1]}
        stream = turn.graph.astream(
            {"incoming": turn.turns},
            config,
            context=turn.context,
            stream_mode=["custom", "values"],
            durability=DURABILITY,
        )
        try:
            async for item in stream:
                queue.put_nowait(item)
        except asyncio.CancelledError:
            queue.put_nowait(_STOPPED)
            raise
        except Exception as exc:
            queue.put_nowait(exc)
            return
        queue.put_nowait(_DONE)

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
        async for chunk in self._run(turn, started):
            yield chunk

    async def _run(self, turn: Turn, started: float) -> AsyncIterator[AIMessage]:
        """The turn's answer as chunks: the moderated windows, then the rest with the
        metadata (or a stopped answer's end)."""
        with counted_errors():
            shown = ""  # what the client has been shown of the current draft
            final_state: dict[str, Any] = {}
            stopped: AIMessage | None = None
            async with self._turn(turn) as run, self._failure_recorded(turn):
                if turn.fork is not None:  # the run itself carries the marker
                    await self._copy_current(turn.thread_id, turn.fork[0])
                queue: asyncio.Queue[Any] = asyncio.Queue()
                producer = run.task = asyncio.create_task(self._produce(turn, queue))
                asked = turn.turns[-1].id
                try:
                    while (item := await queue.get()) is not _DONE:
                        if item is _STOPPED:
                            await finished(producer)
                            stopped = await self._close_stopped_turn(turn, shown, final_state, run)
                            break
                        if isinstance(item, Exception):
                            raise item
                        mode, event = item
                        if mode == "values":
                            final_state = event
                            if not run.ready and holds_last(event, asked):
                                run.mark_ready()
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
                except (asyncio.CancelledError, GeneratorExit):
                    # The client went away: a stop, keeping what it was shown; at shutdown
                    # the turn is recorded as interrupted instead (`_failure_recorded`).
                    # Shielded: LangServe's stream is cancelled by an anyio scope, which
                    # would cancel every await of this cleanup too.
                    cleanup = asyncio.ensure_future(
                        self._after_client_left(producer, turn, shown, final_state, run)
                    )
                    with anyio.CancelScope(shield=True):
                        await settled(cleanup)
                    raise
                finally:
                    if not producer.done():
                        with anyio.CancelScope(shield=True):
                            await settled(asyncio.ensure_future(finished(producer)))
            answer = stopped or await self._finish(turn, final_state)
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

    async def fork_turn(
        self,
        thread_id: str,
        user: str,
        content: str,
        position: int,
        strategy: MultitaskStrategy | None = None,
        replaces: str | None = None,
    ) -> Turn:
        """The run that answers `content` as the user message at `position` of the
        current branch, in a new branch from the checkpoint before it (the earlier
        branch is kept): a regenerated answer, or an edited question. Checked here, so
        a refusal stores nothing; `stream_fork` runs it, moderated like any turn."""
        try:
            check_message(content, self.max_message_bytes)
        except ValueError as exc:
            raise InvalidTurn(f"content: {exc}") from exc
        context, record = await self._run_context(thread_id, user, RunOptions())
        base = await self.fork_point(thread_id, position)
        return Turn(
            self.graph,
            thread_id,
            [HumanMessage(content, id=str(uuid.uuid4()))],
            {"configurable": {"thread_id": thread_id}},
            context,
            record,
            record is not None and not record.title,
            strategy or self.busy_thread,
            fork=(base, {FORK_POSITION: position, FORK_OF: base}),
            replaces=replaces,
        )

    async def stream_fork(self, turn: Turn) -> AsyncIterator[AIMessage]:
        """A `fork_turn`'s answer as chunks, as `astream` streams a message's."""
        var_child_runnable_config.set(None)  # detached from the caller's run tree
        async for chunk in self._run(turn, time.perf_counter()):
            yield chunk

    async def regenerate_turn(
        self, thread_id: str, user: str, strategy: MultitaskStrategy | None = None
    ) -> Turn:
        """The run of a new answer to the last question, in a branch of its own."""
        messages = await self.history(thread_id)
        position = max((i for i, m in enumerate(messages) if m["type"] == "human"), default=None)
        if position is None:
            raise InvalidTurn("the thread has no answer to regenerate yet")
        asked = messages[position]
        return await self.fork_turn(
            thread_id, user, asked["content"], position, strategy, replaces=asked["id"]
        )

    async def regenerate(
        self, thread_id: str, user: str, strategy: MultitaskStrategy | None = None
    ) -> AIMessage:
        """A new answer to the last question, in a branch of its own."""
        turn = await self.regenerate_turn(thread_id, user, strategy)
        return await gathered_answer(self.stream_fork(turn))

    async def edit_turn(
        self,
        thread_id: str,
        user: str,
        message_id: str,
        content: str,
        strategy: MultitaskStrategy | None = None,
    ) -> Turn:
        """The run that answers the user message `message_id`, changed, in a new branch
        from the point before it; the turns after it stay in the earlier branch."""
        messages = await self.history(thread_id)
        position = next((i for i, m in enumerate(messages) if m["id"] == message_id), None)
        if position is None:
            raise MessageNotFound(message_id)
        if messages[position]["type"] != "human":
            raise InvalidTurn(f"message {message_id!r} is an answer: only your messages are edited")
        return await self.fork_turn(
            thread_id, user, content, position, strategy, replaces=message_id
        )

    async def edit(
        self,
        thread_id: str,
        user: str,
        message_id: str,
        content: str,
        strategy: MultitaskStrategy | None = None,
    ) -> AIMessage:
        """The user message `message_id`, changed, answered in a new branch."""
        turn = await self.edit_turn(thread_id, user, message_id, content, strategy)
        return await gathered_answer(self.stream_fork(turn))

    async def branch_of(self, thread_id: str, position: int) -> dict[str, int] | None:
        """Which alternative (1-based) the answer after the user message at `position`
        is, and how many there are (as `history_with_branches` gives it); None when
        it has none."""
        point = (await self.branch_points(thread_id)).get(position)
        if point is None:
            return None
        return {"index": point.current + 1, "count": len(point.children)}

    async def _after_client_left(
        self,
        producer: asyncio.Task[None],
        turn: Turn,
        shown: str,
        state: dict[str, Any],
        run: RunHandle,
    ) -> None:
        """The client went away: a stop, keeping what it was shown; at shutdown the turn
        is recorded as interrupted instead (`_failure_recorded`)."""
        await finished(producer)
        if not self.closing:
            run.reason = run.reason or "stop"
            await self._close_stopped_turn(turn, shown, state, run)

    async def _close_stopped_turn(
        self, turn: Turn, shown: str, state: dict[str, Any], run: RunHandle
    ) -> AIMessage:
        """The one turn a stopped run leaves: the user's message answered by what the
        client was shown, marked `stopped`; or, when the answer was stored just as the
        stop came, that answer; or, on a rollback, nothing of the turn at all."""
        if run.reason == "rollback":
            await self._roll_back(turn, run.started)
            return AIMessage(
                content="",
                response_metadata=wire.end_metadata(
                    turn.thread_id, {"stopped": True, "rolled_back": True}
                ),
            )
        snapshot = await turn.graph.aget_state(turn.config)
        records = snapshot.values.get("messages", [])
        asked = turn.turns[-1].id
        position = next(
            (
                i
                for i in range(len(records) - 1, max(-1, len(records) - 2 - len(turn.turns)), -1)
                if from_records(records[i : i + 1])[0].id == asked
            ),
            None,
        )
        if position is not None and position < len(records) - 1:
            await self._name_thread(turn, records)
            return self._answer({"messages": records[: position + 2]}, turn.thread_id)
        metadata = {
            "stopped": True,
            "sources": source_refs(state.get("sources") or []),
            "moderation": {**(state.get("moderation") or {}), "outcome": "stopped"},
        }
        answer = AIMessage(content=shown, id=str(uuid.uuid4()), response_metadata=metadata)
        if position is None:  # stopped while its message was still being checked: nothing kept
            return answer.model_copy(
                update={
                    "id": None,
                    "response_metadata": wire.end_metadata(turn.thread_id, metadata),
                }
            )
        stored = to_records(stamped([answer]))
        await turn.graph.aupdate_state(turn.config, {"messages": stored}, as_node="refuse")
        await self._name_thread(turn, records)
        return self._answer({"messages": stored}, turn.thread_id)

    async def _roll_back(self, turn: Turn, started: float) -> None:
        """The thread as it was before the run that started at `started`: its last
        checkpoint from before then becomes current again (a child of it that adds
        nothing: no history is copied), and what the run stored is deleted; a thread
        that had none is cleared."""
        before = None
        run_checkpoints = []  # newest first; the run holds the thread: all are its own
        async for saved in self.checkpointer.alist(turn.config):
            if datetime.fromisoformat(saved.checkpoint["ts"]).timestamp() < started:
                before = saved
                break
            run_checkpoints.append(saved.config["configurable"]["checkpoint_id"])
        if before is None:
            await self.checkpointer.adelete_thread(turn.thread_id)
            return
        checkpoint_id = before.config["configurable"]["checkpoint_id"]
        await self._make_current(turn.thread_id, checkpoint_id, {BRANCH_SWITCH: checkpoint_id})
        await self._delete_run(turn.thread_id, run_checkpoints, checkpoint_id)

    async def _delete_run(
        self, thread_id: str, checkpoint_ids: list[str], started_from: str
    ) -> None:
        """Delete what a rolled-back run stored (its message and partial answer), as
        LangGraph Platform deletes a rolled-back run: only its own checkpoints, which
        are leaves once the thread was rolled back (nothing is deleted when one is not)."""
        if not isinstance(self.checkpointer, DiscardsRuns):
            return
        tree = await self._checkpoint_tree(thread_id)
        discarded = set(checkpoint_ids)
        if any(
            parent in discarded for node, parent in tree.parents.items() if node not in discarded
        ):
            log.warning(
                "thread %s: a rolled-back run's checkpoints have descendants; kept", thread_id
            )
            return
        await self.checkpointer.adelete_run(thread_id, checkpoint_ids, started_from)

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


def holds_last(state: dict[str, Any], message_id: str | None) -> bool:
    """Whether the state's newest message is the one with this id."""
    records = state.get("messages") or []
    return bool(records) and from_records(records[-1:])[0].id == message_id


#: What the task reading the graph puts last in its queue: the end, or a stop.
_DONE, _STOPPED = object(), object()


async def finished(task: asyncio.Task[None]) -> None:
    """Cancel `task` (when it still runs) and wait until it has ended."""
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def settled(task: asyncio.Future[None]) -> None:
    """Wait for `task` to end, even while this task is being cancelled: a stream
    cancelled by an anyio scope (LangServe's, on a client gone) is cancelled again at
    each await, and its cleanup must still finish. Errors of `task` are its own."""
    while not task.done():
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait([task])
    if not task.cancelled() and task.exception() is not None:
        log.error("cleaning up a stopped run failed", exc_info=task.exception())


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


async def gathered_answer(chunks: AsyncIterator[AIMessage]) -> AIMessage:
    """A streamed answer as one message: its text as it ended (retractions applied), its
    id and metadata, and the run's usage, which the last chunk carries."""
    reader = wire.StreamReader()
    async for chunk in chunks:
        for event in reader.read_chunk(chunk):
            if isinstance(event, wire.End):
                return AIMessage(
                    content=event.text,
                    id=event.message_id,
                    response_metadata=dict(event.metadata),
                    usage_metadata=getattr(chunk, "usage_metadata", None),
                )
    raise RuntimeError("the answer's stream ended without its end")


def message_view(message: BaseMessage) -> dict[str, Any]:
    """A stored message as clients see it: type, text, when it was stored (messages
    stored before times were kept have none), and for answers their sources and
    moderation outcome."""
    view: dict[str, Any] = {"id": message.id, "type": message.type, "content": message.text}
    if created_at := message.response_metadata.get("created_at"):
        view["created_at"] = created_at
    if message.type == "ai":
        metadata = message.response_metadata
        view["sources"] = metadata.get("sources", [])
        moderation = metadata.get("moderation")
        view["moderation"] = with_policy_names(moderation) if moderation else moderation
        if "error" in metadata:  # a failed turn: the client offers to send it again
            view["error"] = metadata["error"]
        if metadata.get("stopped"):
            view["stopped"] = True
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
