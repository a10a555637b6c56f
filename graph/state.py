"""The graph's state: a narrow input (the new turns) and the full state around it."""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import AnyMessage
from langgraph.channels.delta import DeltaChannel
from langgraph.graph.message import _messages_delta_reducer
from typing_extensions import TypedDict


class RetrievedChunk(TypedDict):
    """One chunk of a document, as the index stores it and `retrieve` returns it."""

    chunk_id: str
    source: str
    title: str
    text: str
    score: float


class InputState(TypedDict):
    """What a caller sends: the new messages of this turn, not yet moderated."""

    incoming: list[AnyMessage]
    """New turns; `moderate_input` empties it, so unmoderated text is never kept."""


class State(InputState, total=False):
    """The whole state of a thread, checkpointed per `thread_id`."""

    messages: Annotated[list[AnyMessage], DeltaChannel(_messages_delta_reducer)]
    """The conversation. Only moderated content ever joins it. A `DeltaChannel`
    stores each turn's additions rather than the whole list at every step, so a
    thread's checkpoints grow linearly with its length."""

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

    moderation: dict[str, Any]
    """This turn's verdicts: `input`, `output` (one per draft), `outcome`."""
