"""Deterministic stand-ins for the embedder and the chat model, shared by the
tests and the benchmarks so neither depends on what a real model says."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
from collections.abc import AsyncIterator
from typing import Any

import numpy as np
from langchain_core.callbacks import AsyncCallbackManagerForLLMRun
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGenerationChunk


class HashEmbedder(Embeddings):
    """Bag-of-words vectors from hashed words: offline, instant, and similar for
    texts that share words, which is all retrieval tests need."""

    id = "hash-test"

    def __init__(self, dimension: int = 256) -> None:
        self.dimension = dimension

    def _vector(self, text: str) -> list[float]:
        v = np.zeros(self.dimension, dtype=np.float32)
        for word in text.lower().split():
            digest = hashlib.md5(word.strip(".,?!:").encode()).hexdigest()
            v[int(digest, 16) % self.dimension] += 1
        norm = float(np.linalg.norm(v))
        return (v / norm if norm else v).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


class ScriptedChatModel(GenericFakeChatModel):
    """`GenericFakeChatModel`, streaming without a thread-pool hop per token, so
    benchmarks measure threadline rather than the fake. Each token arrives on its own
    turn of the event loop, as tokens from a network do (a generator that never awaits
    would hand `generate` its whole answer at once). `pause_s` spaces the tokens in
    time as well, for tests that need them in separate windows."""

    pause_s: float = 0.0

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        for chunk in self._stream(messages, stop=stop, **kwargs):
            if run_manager:
                await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk
            await asyncio.sleep(self.pause_s)


def scripted_model(*answers: str, repeat: bool = False, pause_s: float = 0.0) -> ScriptedChatModel:
    """A fake chat model that streams these answers word by word, in order."""
    messages = (AIMessage(a) for a in (itertools.cycle(answers) if repeat else answers))
    return ScriptedChatModel(messages=messages, pause_s=pause_s)
