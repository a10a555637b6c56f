"""The wire shapes of the OpenAI-compatible API: what clients send and what they read.

threadline's own information (the thread, sources, moderation, retractions) travels in
an extra `threadline` field, which OpenAI clients ignore.
"""

from __future__ import annotations

import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: The one model `/v1/models` lists: the graph, whatever chat model it runs.
SERVED_MODEL = "threadline"
#: The header that names the thread, in a request and in its response.
THREAD_HEADER = "X-Thread-ID"
#: The request's multitask strategy (reject, enqueue, interrupt, rollback) on a busy thread.
STRATEGY_HEADER = "X-Multitask-Strategy"
#: The end of a stream, as OpenAI sends it.
STREAM_DONE = "data: [DONE]\n\n"

FinishReason = Literal["stop", "content_filter"]


def omit_none(value: Any) -> bool:
    return value is None


class StreamOptions(BaseModel):
    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    """A chat completion request. Sampling knobs (temperature, max_tokens, ...) are
    accepted and ignored: the server's settings choose the model and how it samples."""

    model_config = ConfigDict(extra="allow")

    model: str = SERVED_MODEL
    messages: list[dict[str, Any]]
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int = 1
    tools: list[Any] | None = None
    functions: list[Any] | None = None
    response_format: dict[str, Any] | None = None
    logprobs: bool | None = None
    modalities: list[str] | None = None
    metadata: dict[str, str] | None = None
    """`metadata.thread_id` names the thread when no `X-Thread-ID` header does."""


class ThreadlineInfo(BaseModel):
    """What OpenAI's shapes have no place for. On an answer: its thread, sources and
    moderation outcome. On a stream chunk with `event: "retracted"`: discard the
    `retracted_chars` characters of this answer shown so far; a new draft or a refusal
    follows."""

    thread_id: str | None = Field(None, exclude_if=omit_none)
    sources: list[dict[str, Any]] | None = Field(None, exclude_if=omit_none)
    moderation: dict[str, Any] | None = Field(None, exclude_if=omit_none)
    event: Literal["retracted"] | None = Field(None, exclude_if=omit_none)
    retracted_chars: int | None = Field(None, exclude_if=omit_none)


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str
    refusal: str | None = None


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: FinishReason
    logprobs: None = None


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=lambda: int(time.time()))
    model: str
    choices: list[Choice]
    usage: None = None
    """Token counts are not reported."""
    threadline: ThreadlineInfo


class Delta(BaseModel):
    role: Literal["assistant"] | None = Field(None, exclude_if=omit_none)
    content: str | None = Field(None, exclude_if=omit_none)


class ChunkChoice(BaseModel):
    index: int = 0
    delta: Delta
    finish_reason: FinishReason | None = None
    logprobs: None = None


class ChatCompletionChunk(BaseModel):
    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    threadline: ThreadlineInfo | None = Field(None, exclude_if=omit_none)

    def sse(self) -> str:
        """The chunk as one server-sent event."""
        return f"data: {self.model_dump_json()}\n\n"


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "threadline"


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorDetail

    def sse(self) -> str:
        """The error as the last event of a stream (OpenAI clients raise it)."""
        return f"data: {self.model_dump_json()}\n\n"
