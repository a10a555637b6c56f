"""The graph's state: a narrow input (the new turns) and the full state around it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Annotated, Any

from langchain_core.messages import AnyMessage, BaseMessage, message_to_dict, messages_from_dict
from langgraph.channels.delta import DeltaChannel
from typing_extensions import TypedDict

#: One message as JSON, in the shape `langchain_core.messages.message_to_dict` gives.
#: A string rather than a dict: LangGraph turns dicts written to a `DeltaChannel`
#: back into message objects, and loading those is what makes long threads slow.
MessageRecord = str


def append_records(
    stored: list[MessageRecord], writes: Sequence[list[MessageRecord]]
) -> list[MessageRecord]:
    """The history's reducer: append each write's records, in order. Appending is
    batching-invariant, as `DeltaChannel` requires."""
    return [*stored, *(record for write in writes for record in write)]


def to_records(messages: Sequence[BaseMessage]) -> list[MessageRecord]:
    return [json.dumps(message_to_dict(m)) for m in messages]


def from_records(records: Sequence[MessageRecord]) -> list[BaseMessage]:
    return messages_from_dict([json.loads(r) for r in records])


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


class InputState(TypedDict):
    """What a caller sends: the new messages of this turn, not yet moderated."""

    incoming: list[AnyMessage]
    """New turns; `moderate_input` empties it, so unmoderated text is never kept."""


class State(InputState, total=False):
    """The whole state of a thread, checkpointed per `thread_id`."""

    messages: Annotated[list[MessageRecord], DeltaChannel(append_records)]
    """The conversation, as message records (`to_records` / `from_records`). Only
    moderated content ever joins it. A `DeltaChannel` stores each turn's additions
    rather than the whole list at every step, so the checkpoints grow linearly;
    plain records rather than message objects keep loading a long thread cheap."""

    query: str
    """The standalone search query `retrieve` built for this turn."""

    sources: list[RetrievedChunk]
    """Chunks retrieved for this turn, above the relevance threshold."""

    draft: str
    """The answer being written; it joins `messages` only once moderated."""

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
