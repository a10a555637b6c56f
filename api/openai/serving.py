"""The logic of the OpenAI-compatible API: an OpenAI request becomes one turn of a
threadline thread, and the answer, whole or streamed, comes back in OpenAI's shapes.

A thread is named by `X-Thread-ID` (or `metadata.thread_id`); OpenAI clients resend
the whole conversation, and the thread keeps only the turns it has not seen. Without
a thread the request's messages are the whole conversation, on a fresh thread.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import Any

from fastapi import HTTPException
from langchain_core.runnables import RunnableConfig
from pydantic import ValidationError

from api.errors import http_error, is_mapped
from api.openai.protocol import (
    SERVED_MODEL,
    STREAM_DONE,
    THREAD_HEADER,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    Choice,
    ChunkChoice,
    Delta,
    ErrorDetail,
    ErrorResponse,
    FinishReason,
    ThreadlineInfo,
)
from graph import wire
from service.turns import ThreadedChat

log = logging.getLogger("threadline.openai")

#: OpenAI's error `type` and `code` for each status threadline answers with.
ERROR_KINDS: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    404: ("invalid_request_error", "thread_not_found"),
    409: ("invalid_request_error", "thread_busy"),
    422: ("invalid_request_error", None),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    502: ("server_error", "provider_error"),
    503: ("server_error", "service_unavailable"),
    504: ("server_error", "provider_timeout"),
}

ROLE_TYPES = {"user": "human", "assistant": "ai"}
SYSTEM_PROMPT_HINT = (
    "system messages are not supported: create a thread with a system prompt "
    f"(POST /threads) and send its id in {THREAD_HEADER}"
)
UNSUPPORTED_ROLES = {
    "system": SYSTEM_PROMPT_HINT,
    "developer": SYSTEM_PROMPT_HINT,
    "tool": "tool results are not supported: threadline's model calls no tools",
    "function": "function results are not supported: threadline's model calls no tools",
}
UNSUPPORTED_PARTS = {
    "image_url": "images",
    "input_audio": "audio",
    "file": "files",
}


class OpenAIError(Exception):
    """A request refused with an HTTP status and OpenAI's error shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    @property
    def body(self) -> ErrorResponse:
        kind, code = ERROR_KINDS.get(self.status, ("invalid_request_error", None))
        return ErrorResponse(
            error=ErrorDetail(
                message=self.message, type=kind, param=self.param, code=self.code or code
            )
        )


def from_http(exc: HTTPException) -> OpenAIError:
    """The OpenAI error for one of threadline's HTTP errors (401, 404, 409, 429, 503)."""
    return OpenAIError(exc.status_code, str(exc.detail), headers=exc.headers)


def from_run_error(exc: Exception) -> OpenAIError:
    """The OpenAI error for a run that failed; an unexpected failure is logged, and the
    client reads only that the answer failed."""
    if is_mapped(exc) or isinstance(exc, HTTPException):
        return from_http(http_error(exc))
    log.error("chat completion failed", exc_info=exc)
    return OpenAIError(500, "the answer failed; please try again")


def invalid(message: str, param: str) -> OpenAIError:
    return OpenAIError(400, message, param=param)


def unsupported(message: str, param: str) -> OpenAIError:
    """A valid OpenAI request asking for what threadline does not do."""
    return OpenAIError(400, message, param=param, code="unsupported")


def message_text(index: int, message: Mapping[str, Any]) -> str:
    """The text of a message: a string, or text parts (joined by newlines)."""
    content = message.get("content")
    param = f"messages[{index}].content"
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise invalid(f"{param} must be a string or a list of text parts", param)
    texts = []
    for n, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if not isinstance(kind, str):
            raise invalid(f"content part {n} must be an object with a string type", param)
        if kind == "text" and isinstance(part.get("text"), str):
            texts.append(part["text"])
        elif kind in UNSUPPORTED_PARTS:
            raise unsupported(f"{UNSUPPORTED_PARTS[kind]} are not supported: send text", param)
        else:
            raise unsupported(f"content part {n} ({kind!r}) is not supported: send text", param)
    return "\n".join(texts)


def to_turn(index: int, message: Any) -> dict[str, str]:
    """One OpenAI message as a threadline turn; anything but user and assistant text is
    refused with the reason."""
    if not isinstance(message, dict):
        raise invalid("a message is an object with a role", f"messages[{index}]")
    role = message.get("role")
    if not isinstance(role, str):
        raise invalid("role must be a string: 'user' or 'assistant'", f"messages[{index}].role")
    if role in UNSUPPORTED_ROLES:
        raise unsupported(UNSUPPORTED_ROLES[role], f"messages[{index}].role")
    if role not in ROLE_TYPES:
        raise invalid(
            f"unknown role {role!r}: expected 'user' or 'assistant'", f"messages[{index}].role"
        )
    if message.get("tool_calls") or message.get("function_call"):
        raise unsupported("tool calls are not supported", f"messages[{index}].tool_calls")
    return {"type": ROLE_TYPES[role], "content": message_text(index, message)}


def parse_request(
    body: Any, chat: ThreadedChat
) -> tuple[ChatCompletionRequest, list[dict[str, str]]]:
    """The request and its turns, or the `OpenAIError` that names what is wrong; nothing
    is stored for a request refused here."""
    try:
        request = ChatCompletionRequest.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = ".".join(str(part) for part in first["loc"]) or None
        reason = f"{param}: {first['msg']}" if param else str(first["msg"])
        raise OpenAIError(400, reason, param=param) from exc
    if request.n != 1:
        raise unsupported("n > 1 is not supported: one answer per request", "n")
    if request.tools or request.functions:
        raise unsupported("tools and function calling are not supported", "tools")
    if request.response_format and request.response_format.get("type") != "text":
        raise unsupported("only text answers are supported", "response_format")
    if request.logprobs:
        raise unsupported("logprobs are not supported", "logprobs")
    if request.modalities and set(request.modalities) != {"text"}:
        raise unsupported("only text output is supported", "modalities")
    if not request.messages:
        raise invalid("messages must not be empty", "messages")
    turns = [to_turn(i, message) for i, message in enumerate(request.messages)]
    if turns[-1]["type"] != "human":
        raise invalid("the last message must be the user's", "messages")
    try:
        chat.input_model.model_validate({"messages": turns})
    except ValidationError as exc:
        reason = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise OpenAIError(400, reason, param="messages") from exc
    return request, turns


def requested_thread(request: ChatCompletionRequest, header: str | None) -> str | None:
    """The thread the request names: the header first, then `metadata.thread_id`."""
    if header is not None:
        return header
    return (request.metadata or {}).get("thread_id")


def run_config(thread_id: str, user: str, strategy: str | None = None) -> RunnableConfig:
    configurable = {"thread_id": thread_id, "user_id": user, "multitask_strategy": strategy}
    return {"configurable": {k: v for k, v in configurable.items() if v is not None}}


def answer_info(metadata: Mapping[str, Any]) -> ThreadlineInfo:
    return ThreadlineInfo(
        thread_id=metadata["thread_id"],
        sources=metadata.get("sources", []),
        moderation=metadata.get("moderation"),
    )


def finish_reason(metadata: Mapping[str, Any]) -> FinishReason:
    """`content_filter` when moderation blocked the question or refused the answer."""
    outcome = (metadata.get("moderation") or {}).get("outcome")
    return "content_filter" if outcome in ("blocked_input", "refused") else "stop"


async def complete(
    chat: ThreadedChat,
    turns: list[dict[str, str]],
    thread_id: str,
    user: str,
    strategy: str | None = None,
) -> ChatCompletion:
    """The whole answer as a `chat.completion`."""
    try:
        answer = await chat.ainvoke({"messages": turns}, run_config(thread_id, user, strategy))
    except Exception as exc:
        raise from_run_error(exc) from exc
    metadata = answer.response_metadata
    return ChatCompletion(
        id=f"chatcmpl-{answer.id or uuid.uuid4().hex}",
        model=SERVED_MODEL,
        choices=[
            Choice(
                message=AssistantMessage(content=str(answer.content)),
                finish_reason=finish_reason(metadata),
            )
        ],
        threadline=answer_info(metadata),
    )


async def stream_completion(
    chat: ThreadedChat,
    turns: list[dict[str, str]],
    thread_id: str,
    user: str,
    strategy: str | None = None,
) -> AsyncIterator[str]:
    """The answer as `chat.completion.chunk` events, released in the same moderated
    windows as `/chat/stream`. A withheld draft is a chunk with no content and
    `threadline.event == "retracted"`; the last chunk carries the finish reason and
    the thread, sources and moderation; a failure ends the stream with an error event."""
    chunk_id, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())

    def chunk(
        delta: Delta | None = None,
        reason: FinishReason | None = None,
        info: ThreadlineInfo | None = None,
    ) -> str:
        choice = ChunkChoice(delta=delta or Delta(), finish_reason=reason)
        return ChatCompletionChunk(
            id=chunk_id, created=created, model=SERVED_MODEL, choices=[choice], threadline=info
        ).sse()

    yield chunk(Delta(role="assistant", content=""))
    final: Mapping[str, Any] = {}
    reader = wire.StreamReader()
    try:
        config = run_config(thread_id, user, strategy)
        async for piece in chat.astream({"messages": turns}, config):
            for event in reader.read_chunk(piece):
                if isinstance(event, wire.Retracted):
                    yield chunk(info=ThreadlineInfo(event="retracted", retracted_chars=event.chars))
                elif isinstance(event, wire.Window):
                    yield chunk(Delta(content=event.text))
                else:
                    final = event.metadata
    except Exception as exc:
        yield from_run_error(exc).body.sse()
        return
    yield chunk(reason=finish_reason(final), info=answer_info(final))
    yield STREAM_DONE
