"""The wire shapes of the OpenAI-compatible API: what clients send and what they read.

threadline's own information (the thread, sources, moderation, retractions) travels in
an extra `threadline` field, which OpenAI clients ignore.
"""

from __future__ import annotations

import time
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: The one model `/v1/models` lists: the graph, whatever chat model it runs.
SERVED_MODEL = "threadline"
#: The header that names the thread, in a request and in its response.
THREAD_HEADER = "X-Thread-ID"
#: Open WebUI's header naming its chat (sent with ENABLE_FORWARD_USER_INFO_HEADERS):
#: a thread per chat when no `X-Thread-ID` names one.
CHAT_ID_HEADER = "X-OpenWebUI-Chat-Id"
#: The request's multitask strategy (reject, enqueue, interrupt, rollback) on a busy thread.
STRATEGY_HEADER = "X-Multitask-Strategy"
#: The end of a stream, as OpenAI sends it.
STREAM_DONE = "data: [DONE]\n\n"

FinishReason = Literal["stop", "content_filter"]


def omit_none(value: Any) -> bool:
    return value is None


class StreamOptions(BaseModel):
    include_usage: bool = False


#: One `stop` sequence.
StopSequence = Annotated[str, Field(min_length=1, max_length=200)]


class ChatCompletionRequest(BaseModel):
    """A chat completion request. `temperature`, `top_p`, `max_tokens` /
    `max_completion_tokens`, `stop` and `user` reach the model (within the server's
    caps); what threadline cannot do is refused (`serving.parse_request`); other
    OpenAI fields (`seed`, penalties, ...) are accepted and ignored."""

    model_config = ConfigDict(extra="allow")

    model: str = SERVED_MODEL
    messages: list[dict[str, Any]]
    stream: bool = False
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    stop: StopSequence | Annotated[list[StopSequence], Field(max_length=4)] | None = None
    user: (
        Annotated[str, Field(max_length=256, pattern=r"^[\x20-\x7e]*$")] | dict[str, Any] | None
    ) = None
    """The caller's id for its end user, passed to an OpenAI-compatible provider (from an
    object, as some gateways send the user, its `id`)."""
    n: int = 1
    tools: list[Any] | None = None
    tool_choice: Any = None
    functions: list[Any] | None = None
    function_call: Any = None
    response_format: dict[str, Any] | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    audio: dict[str, Any] | None = None
    modalities: list[str] | None = None
    metadata: dict[str, str] | None = None
    """`metadata.thread_id` names the thread when no `X-Thread-ID` header does."""


class Usage(BaseModel):
    """The tokens of a turn: the provider's own count, or the embedded model's tokenizer
    (every draft counts, when moderation had the model write again)."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


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
    usage: Usage | None = None
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
    usage: Usage | None = Field(None, exclude_if=omit_none)
    """Only on the extra last chunk (empty `choices`) of `stream_options.include_usage`."""
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
