"""The chat model of a graph compiled only to read and write its state
(`threadline migrate-to-postgres` copies checkpoints through such a graph): it has
nothing to answer with, and says so if anything ever calls it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool


class StateOnlyModel(BaseChatModel):
    """Stands in for the chat model where a graph is built only to reach its state:
    building the graph may bind it (the moderation judge's structured output), but any
    call raises."""

    @property
    def _llm_type(self) -> str:
        return "state-only"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        raise RuntimeError("this graph only reads and writes state: it has no chat model")

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        return self
