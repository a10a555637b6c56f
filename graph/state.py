"""The graph's state: a narrow input (the new turns) and the full state around it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any

from langchain_core.messages import (
    AnyMessage,
    BaseMessage,
    RemoveMessage,
    convert_to_messages,
    messages_from_dict,
)
from langgraph.channels.delta import DeltaChannel
from langgraph.channels.untracked_value import UntrackedValue
from typing_extensions import TypedDict

#: One message of the history: a LangChain message, what every LangGraph client reads
#: under `values.messages`. Threads written before were JSON strings in the shape
#: `message_to_dict` gives; `from_records` still reads them.
MessageRecord = BaseMessage | str

#: Namespace of the ids given to messages sent without one (`append_messages`).
_MESSAGE_IDS = uuid.UUID("5b0c9c1e-7f43-4a53-9d0f-6a7b0e2f3c11")


def append_messages(stored: list[Any], writes: Sequence[Sequence[Any]]) -> list[BaseMessage]:
    """The history's reducer: append each write's messages, in order; a `RemoveMessage`
    takes out the message with its id (a draft a client was shown, then withheld, or an
    input message `moderate_input` replaced), and an id that is not there is ignored.

    A message never replaces another with its id: what a client sends only ever adds to
    the thread (and `moderate_input` checks it first). A message sent without an id, or
    with one the thread already holds, gets an id made from its place in the thread, so
    replaying the same writes (as `DeltaChannel` does on every load) gives the same ids:
    the reducer is deterministic and batching-invariant, as `DeltaChannel` requires."""
    history = (
        [_as_message(m) for m in stored] if stored and isinstance(stored[0], str) else list(stored)
    )
    ids = {m.id for m in history}
    for write in writes:
        items = write if isinstance(write, list | tuple) else [write]
        for item in items:
            message = _as_message(item)
            if isinstance(message, RemoveMessage):
                if message.id in ids:
                    history = [m for m in history if m.id != message.id]
                    ids.discard(message.id)
                continue
            if message.id is None or message.id in ids:
                seed = f"{len(history)}:{message.id}:{message.type}:{message.text}"
                message = message.model_copy(update={"id": str(uuid.uuid5(_MESSAGE_IDS, seed))})
            history.append(message)
            ids.add(message.id)
    return history


def _as_message(item: Any) -> BaseMessage:
    """A message from what a write may hold: a message, a client's dict
    (`{"role": "user", ...}` or `{"type": "human", ...}`), or a record of an older thread."""
    if isinstance(item, BaseMessage):
        return item
    if isinstance(item, str):  # a JSON record of a thread written before messages were stored
        return messages_from_dict([json.loads(item)])[0]
    if isinstance(item, dict) and item.get("type") == "remove":
        return RemoveMessage(id=str(item["id"]))
    return convert_to_messages([item])[0]


def to_records(messages: Sequence[BaseMessage]) -> list[MessageRecord]:
    """What a node writes to the history for these messages."""
    return list(messages)


def stamped(messages: Sequence[BaseMessage], at: datetime | None = None) -> list[BaseMessage]:
    """The messages with the time they are stored (`created_at` in their
    `response_metadata`, ISO 8601 in UTC), so clients can show when each was written.
    Set by the code that writes them, never by `append_messages`: the reducer is
    replayed on every load and must give the same history each time."""
    created_at = (at or datetime.now(UTC)).isoformat()
    return [
        m.model_copy(
            update={"response_metadata": {**m.response_metadata, "created_at": created_at}}
        )
        for m in messages
    ]


def from_records(records: Sequence[Any]) -> list[BaseMessage]:
    """The history's entries as messages (entries of older threads are JSON strings)."""
    return [_as_message(r) for r in records]


class RetrievedChunk(TypedDict):
    """One chunk of a document, as the index stores it and `retrieve` returns it."""

    chunk_id: str
    source: str
    title: str
    text: str
    position: int
    """Order of the chunk within its source."""
    content_hash: str
    """sha256 of the chunk's text."""
    score: float
    """Cosine similarity to the query (0 when stored)."""


class InputState(TypedDict, total=False):
    """What a caller sends: the new messages of this turn, not yet moderated, under
    either key."""

    incoming: Annotated[list[AnyMessage], UntrackedValue(list)]
    """New turns (threadline's own endpoints); `moderate_input` empties it. Never
    checkpointed as a channel, and threadline's runs use `durability="exit"` (no input
    checkpoint), so this unmoderated text never reaches its database. (A LangGraph
    server saves every run's input itself: docs/guide/langgraph-clients.md.)"""

    messages: Annotated[list[AnyMessage], DeltaChannel(append_messages)]
    """New turns as LangGraph's clients send them (`{"messages": [...]}`): appended to
    the history by the input step, then moderated by `moderate_input`, which replaces
    them (`RemoveMessage`, then the moderated copies); a blocked one never stays in the
    history, though the input step's write is saved with the checkpoint."""


class State(InputState, total=False):
    """The whole state of a thread, checkpointed per `thread_id`."""

    messages: Annotated[list[AnyMessage], DeltaChannel(append_messages)]
    """The conversation as LangChain messages; only moderated content stays in it
    (`settled`). A `DeltaChannel` stores each turn's additions rather than the whole
    list at every step, so the checkpoints grow linearly. Code reads and writes it
    through `from_records` / `to_records`."""

    settled: int
    """How many of the first `messages` are moderated history; those after it came
    with this run's input (`{"messages": [...]}`) and wait for `moderate_input`."""

    draft_id: str
    """The id of the draft being written: its streamed tokens, and the answer when
    it passes, carry it; a withheld draft is retracted by it (`RemoveMessage`). The
    draft itself is kept out of the state (`graph.nodes.Drafts`)."""

    query: str
    """The standalone search query `retrieve` built for this turn."""

    sources: list[RetrievedChunk]
    """Chunks retrieved for this turn, above the relevance threshold."""

    attempts: int
    """How many drafts `generate` wrote this turn."""

    retry_instruction: str
    """The stricter instruction `retry` sets for the next draft; empty on a first draft."""

    summary: str
    """A summary of the turns that no longer fit the history budget (when summarising is on)."""

    summarized: int
    """How many of the oldest `messages` the summary covers."""

    moderation: dict[str, Any]
    """This turn's verdicts: `input`, `output` (one per draft), `outcome`."""

    system_prompt: str
    """The system prompt the request brought, as input moderation passed it (redacted
    where the policy says); empty: the run context's `system_prompt`."""

    usage: dict[str, int]
    """Tokens the model read and wrote this turn, over all its drafts, as LangChain's
    `UsageMetadata` (`input_tokens`, `output_tokens`, `total_tokens`); the run's answer
    carries them as its `usage_metadata`. Not stored on the answer in the history:
    that made every checkpoint 6 % larger (bench/perf/checkpoint_growth.py)."""


class OutputState(TypedDict, total=False):
    """What a run returns: the state without the unmoderated input."""

    messages: Annotated[list[AnyMessage], DeltaChannel(append_messages)]
    settled: int
    query: str
    sources: list[RetrievedChunk]
    attempts: int
    summary: str
    summarized: int
    moderation: dict[str, Any]
    system_prompt: str
    usage: dict[str, int]
