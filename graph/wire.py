"""The stream protocol of a served answer, written once: what `ThreadedChat.astream`
yields, and how every reader of it turns it back into events (the WebSocket, the
OpenAI-compatible API, the terminal chat). `web/threadline.js` mirrors `read_chunk`.

A stream is a sequence of `AIMessageChunk`s:

- a **window**: `content` is the next moderated text to show;
- a **retraction**: no content, `response_metadata == {"event": "retracted",
  "retracted_chars": n}`: discard the draft shown so far (moderation withheld it; a new
  draft or a refusal follows);
- the **end**: the last chunk; its `response_metadata` holds `thread_id`, `sources`
  and `moderation` (its content is whatever of the answer was not shown yet).

A failure is not a chunk: the HTTP stream ends with an SSE `error` event
(api/stream_errors.py), the WebSocket sends an `error` frame, the OpenAI API an error
object (each with the status and reason of api/errors.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import BaseMessage

RETRACTED = "retracted"


def retraction(shown: str) -> dict[str, Any]:
    """The metadata of a retraction chunk for a draft of which `shown` was shown."""
    return {"event": RETRACTED, "retracted_chars": len(shown)}


def end_metadata(thread_id: str, metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The metadata of the last chunk: the answer's own (sources, moderation) and its thread."""
    return {**metadata, "thread_id": thread_id}


@dataclass
class Window:
    text: str


@dataclass
class Retracted:
    chars: int


@dataclass
class End:
    """The answer is stored: its whole text, id, thread, sources and moderation."""

    text: str
    message_id: str | None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def thread_id(self) -> str:
        return str(self.metadata.get("thread_id", ""))

    @property
    def sources(self) -> list[dict[str, Any]]:
        return list(self.metadata.get("sources") or [])

    @property
    def moderation(self) -> dict[str, Any] | None:
        return self.metadata.get("moderation")


Event = Window | Retracted | End


class StreamReader:
    """Turns the chunks of one answer into events, keeping the text shown so far."""

    def __init__(self) -> None:
        self.text = ""

    def read_chunk(self, chunk: BaseMessage) -> list[Event]:
        metadata = chunk.response_metadata or {}
        if metadata.get("event") == RETRACTED:
            self.text = ""
            return [Retracted(int(metadata.get("retracted_chars", 0)))]
        events: list[Event] = []
        if chunk.content:
            self.text += str(chunk.content)
            events.append(Window(str(chunk.content)))
        if "thread_id" in metadata:
            events.append(End(self.text, chunk.id, metadata))
        return events
