"""The moderated answer as a chat-model run, so LangGraph's `messages` stream mode
(Studio, `RemoteGraph`, `useStream`) shows it token by token.

LangGraph's `StreamMessagesHandler` only sees chat-model runs inside nodes. The real
model's run is hidden from it (tagged `nostream`, or not a LangChain run at all on the
fast OpenAI path), since its tokens are not moderated yet; `generate` hands the windows
that output moderation released to `ReleasedWindows`, whose run streams exactly them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.runnables import RunnableConfig
from langgraph.constants import TAG_NOSTREAM

#: Tags of a model call whose output must not reach `messages` stream mode: the draft
#: before moderation, the judge's verdicts, summaries, rewritten search queries.
HIDDEN: RunnableConfig = {"tags": [TAG_NOSTREAM]}


class ReleasedWindows(BaseChatModel):
    """Streams the windows it is given (`windows=` an async iterator of text), each as
    an `AIMessageChunk` with the draft's id (`message_id=`): it writes nothing itself."""

    @property
    def _llm_type(self) -> str:
        return "threadline-released-windows"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        raise NotImplementedError("ReleasedWindows only streams, asynchronously")

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        windows: AsyncIterator[str] = kwargs["windows"]
        message_id: str = kwargs["message_id"]
        async for window in windows:
            yield ChatGenerationChunk(message=AIMessageChunk(content=window, id=message_id))
        # The last chunk says so itself: otherwise LangChain adds one under the run's
        # id, which a client would show as a second message (and a draft withheld
        # before any window still makes a run with one chunk).
        yield ChatGenerationChunk(
            message=AIMessageChunk(content="", id=message_id, chunk_position="last")
        )
