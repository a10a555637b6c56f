"""The logic of the OpenAI-compatible API: an OpenAI request becomes one turn of a
threadline thread, and the answer, whole or streamed, comes back in OpenAI's shapes.

A thread is named by `X-Thread-ID` (or `metadata.thread_id`); OpenAI clients resend
the whole conversation, and the thread keeps only the turns it has not seen. Without
a thread the request's messages are the whole conversation, on a fresh thread. System
messages become the thread's system prompt (`service.turns.thread_system_prompt`), and
sampling options travel to the model as the run's `RunOptions`.
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
    Usage,
)
from graph import wire
from graph.context import MAX_SYSTEM_PROMPT_CHARS
from service.turns import (
    RunOptions,
    SystemPromptConflict,
    SystemPromptTooLong,
    ThreadedChat,
)

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
#: Roles whose text is the system prompt (`developer` is the newer OpenAI name).
SYSTEM_ROLES = frozenset({"system", "developer"})
UNSUPPORTED_ROLES = {
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
    if isinstance(exc, SystemPromptConflict):
        return OpenAIError(400, str(exc), param="messages", code="system_prompt_conflict")
    if isinstance(exc, SystemPromptTooLong):
        return OpenAIError(400, str(exc), param="messages", code="system_prompt_too_long")
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


def message_role(index: int, message: Any) -> str:
    """The role of one OpenAI message, or the error saying why it cannot be answered."""
    if not isinstance(message, dict):
        raise invalid("a message is an object with a role", f"messages[{index}]")
    role = message.get("role")
    if not isinstance(role, str):
        raise invalid(
            "role must be a string: 'system', 'user' or 'assistant'", f"messages[{index}].role"
        )
    if role in UNSUPPORTED_ROLES:
        raise unsupported(UNSUPPORTED_ROLES[role], f"messages[{index}].role")
    if role not in ROLE_TYPES and role not in SYSTEM_ROLES:
        raise invalid(
            f"unknown role {role!r}: expected 'system', 'user' or 'assistant'",
            f"messages[{index}].role",
        )
    if message.get("tool_calls") or message.get("function_call"):
        raise unsupported("tool calls are not supported", f"messages[{index}].tool_calls")
    return role


def to_turn(index: int, message: Any) -> dict[str, str]:
    """One user or assistant message as a threadline turn."""
    role = message_role(index, message)
    return {"type": ROLE_TYPES[role], "content": message_text(index, message)}


def system_text(index: int, message: Mapping[str, Any]) -> str:
    """The text of a system message: not empty, and within a thread's system prompt."""
    text = message_text(index, message)
    param = f"messages[{index}].content"
    if not text.strip():
        raise invalid("a system message must not be empty", param)
    if len(text) > MAX_SYSTEM_PROMPT_CHARS:
        raise invalid(
            f"the system message is {len(text)} characters; a thread's system prompt holds "
            f"at most {MAX_SYSTEM_PROMPT_CHARS}",
            param,
        )
    return text


def refuse_unsupported(request: ChatCompletionRequest) -> None:
    """Raises the 400 naming the first option threadline cannot honour."""
    if request.n != 1:
        raise unsupported("n > 1 is not supported: one answer per request", "n")
    if request.tools or request.functions:
        raise unsupported(
            "tools and function calling are not supported",
            "tools" if request.tools else "functions",
        )
    for name in ("tool_choice", "function_call"):
        if getattr(request, name) not in (None, "none"):
            raise unsupported("tools and function calling are not supported", name)
    if request.response_format and request.response_format.get("type") != "text":
        raise unsupported("only text answers are supported", "response_format")
    if request.logprobs:
        raise unsupported("logprobs are not supported", "logprobs")
    if request.top_logprobs:
        raise unsupported("logprobs are not supported", "top_logprobs")
    if request.audio is not None:
        raise unsupported("audio output is not supported: threadline answers in text", "audio")
    if request.modalities and set(request.modalities) != {"text"}:
        raise unsupported("only text output is supported", "modalities")


def run_options(request: ChatCompletionRequest, system_prompt: str) -> RunOptions:
    """What the request asks of the run besides its turns."""
    stop = [request.stop] if isinstance(request.stop, str) else list(request.stop or [])
    return RunOptions(
        system_prompt=system_prompt,
        temperature=request.temperature,
        top_p=request.top_p,
        max_tokens=request.max_completion_tokens or request.max_tokens,
        stop=tuple(stop),
        end_user=end_user(request.user),
    )


def end_user(user: str | dict[str, Any] | None) -> str:
    """OpenAI's `user` string, or the `id` of a user object."""
    if isinstance(user, dict):
        found = user.get("id")
        return found[:256] if isinstance(found, str) and found.isprintable() else ""
    return user or ""


def parse_request(
    body: Any, chat: ThreadedChat
) -> tuple[ChatCompletionRequest, list[dict[str, str]], RunOptions]:
    """The request, its turns and its run options, or the `OpenAIError` that names what
    is wrong; nothing is stored for a request refused here."""
    try:
        request = ChatCompletionRequest.model_validate(body)
    except ValidationError as exc:
        # a field that takes a string or a list fails in each form: the error that is
        # not "wrong type" says what is wrong with the form sent
        errors = exc.errors()
        first = next((e for e in errors if not e["type"].endswith("_type")), errors[0])
        param = str(first["loc"][0]) if first["loc"] else None  # the field, as OpenAI names it
        reason = f"{param}: {first['msg']}" if param else str(first["msg"])
        raise OpenAIError(400, reason, param=param) from exc
    refuse_unsupported(request)
    if not request.messages:
        raise invalid("messages must not be empty", "messages")
    turns, system = [], []
    for i, message in enumerate(request.messages):
        if message_role(i, message) in SYSTEM_ROLES:
            system.append(system_text(i, message))
        else:
            turns.append(to_turn(i, message))
    if not turns or turns[-1]["type"] != "human":
        raise invalid("the last message must be the user's", "messages")
    try:
        chat.input_model.model_validate({"messages": turns})
    except ValidationError as exc:
        reason = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise OpenAIError(400, reason, param="messages") from exc
    prompt = "\n\n".join(system)
    if len(prompt) > MAX_SYSTEM_PROMPT_CHARS:
        raise invalid(
            f"the system messages hold {len(prompt)} characters; a thread's system prompt "
            f"holds at most {MAX_SYSTEM_PROMPT_CHARS}",
            "messages",
        )
    return request, turns, run_options(request, prompt)


def requested_thread(
    request: ChatCompletionRequest, header: str | None, chat_id: str | None = None
) -> str | None:
    """The thread the request names: the header first, then `metadata.thread_id`, then
    the chat id Open WebUI sends (`CHAT_ID_HEADER`), so each of its chats is a thread."""
    if header is not None:
        return header
    return (request.metadata or {}).get("thread_id") or chat_id


def run_config(
    thread_id: str, user: str, options: RunOptions, strategy: str | None = None
) -> RunnableConfig:
    configurable: dict[str, Any] = {"thread_id": thread_id, "user_id": user}
    configurable["run_options"] = options
    if strategy is not None:
        configurable["multitask_strategy"] = strategy
    return {"configurable": configurable}


def usage_of(usage: Mapping[str, Any] | None) -> Usage | None:
    """LangChain's `usage_metadata` in OpenAI's shape."""
    if not usage:
        return None
    return Usage(
        prompt_tokens=usage.get("input_tokens", 0),
        completion_tokens=usage.get("output_tokens", 0),
        total_tokens=usage.get("total_tokens", 0),
    )


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
    options: RunOptions,
    strategy: str | None = None,
) -> ChatCompletion:
    """The whole answer as a `chat.completion`, with its usage."""
    try:
        answer = await chat.ainvoke(
            {"messages": turns}, run_config(thread_id, user, options, strategy)
        )
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
        usage=usage_of(answer.usage_metadata),
        threadline=answer_info(metadata),
    )


async def stream_completion(
    chat: ThreadedChat,
    turns: list[dict[str, str]],
    thread_id: str,
    user: str,
    options: RunOptions,
    include_usage: bool = False,
    strategy: str | None = None,
) -> AsyncIterator[str]:
    """The answer as `chat.completion.chunk` events, released in the same moderated
    windows as `/chat/stream`. A withheld draft is a chunk with no content and
    `threadline.event == "retracted"`; the last chunk carries the finish reason and
    the thread, sources and moderation, and with `include_usage` an extra chunk with
    no choices carries the usage, as OpenAI sends it; a failure ends the stream with
    an error event."""
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
    usage: Usage | None = None
    reader = wire.StreamReader()
    config = run_config(thread_id, user, options, strategy)
    try:
        async for piece in chat.astream({"messages": turns}, config):
            for event in reader.read_chunk(piece):
                if isinstance(event, wire.Retracted):
                    yield chunk(info=ThreadlineInfo(event="retracted", retracted_chars=event.chars))
                elif isinstance(event, wire.Window):
                    yield chunk(Delta(content=event.text))
                else:
                    final = event.metadata
                    usage = usage_of(getattr(piece, "usage_metadata", None))
    except Exception as exc:
        yield from_run_error(exc).body.sse()
        return
    yield chunk(reason=finish_reason(final), info=answer_info(final))
    if include_usage:
        yield ChatCompletionChunk(
            id=chunk_id, created=created, model=SERVED_MODEL, choices=[], usage=usage
        ).sse()
    yield STREAM_DONE
