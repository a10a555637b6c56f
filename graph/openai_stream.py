"""The fast path of an OpenAI-compatible model's stream: the answer's text read from the
SDK's client with the request ChatOpenAI builds, its bytes read once a window.

It leans on private parts of two libraries, and every such touch is here:
`ChunkDictAsyncOpenAI` overrides the openai SDK's `_process_response_data` hook, and
`direct_request` (the one function that reads private attributes) calls ChatOpenAI's
`_get_request_payload` and finds the SDK client behind `chat.completions`. If either
library changes, `direct_request` returns None and the answer streams through
LangChain's public `astream`; `tests/unit/test_models.py::test_the_fast_path_still_fits_
the_installed_libraries` fails loudly so the change is seen, not silently slower.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any

import httpx2
import openai
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.utils import count_tokens_approximately
from openai.types.chat import ChatCompletionChunk

from graph.configuration import GraphSettings
from graph.relay import HIDDEN

logger = logging.getLogger(__name__)


class ChunkDictAsyncOpenAI(openai.AsyncOpenAI):
    """An OpenAI client whose streamed chat chunks stay the dicts they were parsed into.

    ChatOpenAI turns every streamed chunk back into a dict (`model_dump`) before it reads
    it, so the pydantic model the SDK builds first is thrown away; building it took about
    a quarter of the event loop's time with 100 streams open (BENCHMARKS.md, Load)."""

    def _process_response_data(self, *, data: object, cast_to: type[Any], response: Any) -> Any:
        if cast_to is ChatCompletionChunk and isinstance(data, dict):
            return data
        return super()._process_response_data(data=data, cast_to=cast_to, response=response)


def direct_request(
    model: BaseChatModel,
    prompt: Sequence[BaseMessage],
    options: Mapping[str, Any] | None = None,
) -> Any:
    """The streamed chat-completions request ChatOpenAI would send for `prompt`, and the
    client that sends it, when `stream_text` can read the answer from that client itself:
    `(completions, payload)`, or None (another model, the Responses API, structured
    output, response headers or a gateway, which only LangChain's own path handles)."""
    completions = getattr(model, "async_client", None)
    if not isinstance(sdk_client(completions), ChunkDictAsyncOpenAI):
        return None  # not a model of `load_chat_model`'s (and langchain_openai not imported)
    from langchain_openai import ChatOpenAI

    if not isinstance(model, ChatOpenAI) or model.include_response_headers:
        return None
    if getattr(model, "_uses_gateway", False):
        return None
    try:
        payload = model._get_request_payload(list(prompt), stream=True, **(options or {}))
    except Exception:  # a private method of ChatOpenAI's: if it changes, LangChain's path works
        logger.warning("ChatOpenAI's request payload is unavailable; streaming through LangChain")
        return None
    if "messages" not in payload or "response_format" in payload:
        return None
    # the provider's own count of tokens, in a last chunk (as `stream_usage` asks it)
    payload["stream_options"] = {**payload.get("stream_options", {}), "include_usage": True}
    return completions, payload


class PacedByteStream(httpx2.AsyncByteStream):
    """A streamed response read at most once every `interval()` seconds while it comes
    in small pieces: the tokens that arrive in between wait in the socket's buffer and
    are read and decoded together. Read as they arrive, every token of every answer woke
    the event loop (10,000 times a second with 200 answers at 50 tokens a second,
    BENCHMARKS.md, Load), although they are shown a window at a time. A read that brings
    `FAST_READ_BYTES` or more (a fast provider) and the stream's end are not waited for."""

    FAST_READ_BYTES = 4096

    def __init__(self, inner: httpx2.AsyncByteStream, interval: Callable[[], float]) -> None:
        self._inner = inner
        self._interval = interval

    async def __aiter__(self) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        ended = False
        async for data in self._inner:
            read_at = loop.time()
            ended = ended or b"[DONE]" in data
            yield data
            if not ended and len(data) < self.FAST_READ_BYTES:
                wait = read_at + self._interval() - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def stream_text(
    model: BaseChatModel,
    prompt: Sequence[BaseMessage],
    pace: Callable[[], float] | None = None,
    options: Mapping[str, Any] | None = None,
    usage: dict[str, int] | None = None,
) -> AsyncIterator[str]:
    """The text of the model's answer, piece by piece as it streams.

    An OpenAI-compatible model's stream is read from its client, with the request
    ChatOpenAI builds: LangChain's `astream` makes an `AIMessageChunk` and a
    `ChatGenerationChunk` per token (pydantic validation, merged into the run's output)
    and calls the run's callbacks for each, which was 40 % of a busy server's event
    loop (BENCHMARKS.md, Load), while `generate` only needs the text. The model call is
    then not a LangChain run of its own (no callbacks; the `generate` node still is).
    With `pace` (the time between two windows), that stream is read once a window
    (`PacedByteStream`). Any other model streams through `astream`.

    `options` are the call's sampling options (`temperature`, `top_p`, `max_tokens`,
    `stop`, `user`); `usage`, when given, receives the tokens the call read and wrote:
    the provider's own count (asked for with `stream_options.include_usage`), the
    model's (the embedded model counts with its tokenizer), or, from a provider that
    reports none, LangChain's approximate count."""
    options = dict(options or {})
    counted: dict[str, int] = {}
    text: list[str] = []
    direct = direct_request(model, prompt, options)
    if direct is None:
        if not is_openai_model(model):
            options.pop("user", None)  # OpenAI's field: another provider may refuse it
        # hidden from `messages` stream mode: these tokens are not moderated yet
        async for message in model.astream(list(prompt), HIDDEN, **options):
            if piece := message.text:
                text.append(piece)
                yield piece
            if isinstance(message, AIMessageChunk) and message.usage_metadata:
                add_usage(counted, message.usage_metadata)
    else:
        completions, payload = direct
        response = await completions.create(**payload)
        if pace is not None and isinstance(response.response.stream, httpx2.AsyncByteStream):
            response.response.stream = PacedByteStream(response.response.stream, pace)
        async with response:
            async for item in response:
                # dicts (ChunkDictAsyncOpenAI); the SDK's models if its hook ever changes
                chunk = item if isinstance(item, dict) else item.model_dump()
                for choice in chunk.get("choices") or ():
                    if content := (choice.get("delta") or {}).get("content"):
                        text.append(content)
                        yield content
                if reported := chunk.get("usage"):
                    add_usage(counted, from_openai_usage(reported))
    if usage is not None:
        if not counted:
            counted = {
                "input_tokens": count_tokens_approximately(list(prompt)),
                "output_tokens": count_tokens_approximately([AIMessage("".join(text))]),
            }
            counted["total_tokens"] = counted["input_tokens"] + counted["output_tokens"]
        add_usage(usage, counted)


def add_usage(total: dict[str, int], more: Mapping[str, Any]) -> None:
    """Adds one count of tokens (LangChain's `UsageMetadata` keys) to another."""
    for key in ("input_tokens", "output_tokens", "total_tokens"):
        total[key] = total.get(key, 0) + int(more.get(key) or 0)


def from_openai_usage(reported: Mapping[str, Any]) -> dict[str, int]:
    """OpenAI's `usage` object in LangChain's `UsageMetadata` keys."""
    prompt, completion = (
        int(reported.get("prompt_tokens") or 0),
        int(reported.get("completion_tokens") or 0),
    )
    return {
        "input_tokens": prompt,
        "output_tokens": completion,
        "total_tokens": int(reported.get("total_tokens") or prompt + completion),
    }


def is_openai_model(model: BaseChatModel) -> bool:
    """ChatOpenAI (or a subclass), without importing langchain_openai when unused."""
    return any(cls.__name__ == "BaseChatOpenAI" for cls in type(model).__mro__)


def openai_clients(settings: GraphSettings) -> dict[str, Any]:
    """ChatOpenAI's async clients, with the settings it would have used itself (a missing
    key raises `openai.OpenAIError`, as ChatOpenAI does): `ChunkDictAsyncOpenAI` for
    plain chat streams, a stock client for the rest (structured output, as the
    moderation judge uses, reads the SDK's chunk models). Streams go over the SDK's
    aiohttp transport (`openai[aiohttp]`): the default one opens a cancel scope for
    every read of the socket, which was a fifth of the event loop with 100 streams."""
    key = settings.openai_api_key
    options: dict[str, Any] = {
        "api_key": key.get_secret_value() if key else None,
        "base_url": settings.openai_base_url,
        "timeout": settings.request_timeout_s,
        "max_retries": 0,
    }
    return {
        "async_client": ChunkDictAsyncOpenAI(
            **options, http_client=openai.DefaultAioHttpClient()
        ).chat.completions,
        "root_async_client": openai.AsyncOpenAI(**options),
    }


def sdk_client(completions: Any) -> Any:
    """The SDK client behind a `chat.completions` resource (a private attribute of the
    SDK's), or the object itself."""
    return getattr(completions, "_client", completions)
