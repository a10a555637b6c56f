"""The graph for `langgraph dev` and LangGraph Studio (see `langgraph.json`).

Compiled without a checkpointer: the LangGraph server brings its own. The model
and the index load on the first run and are reused after.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph.graph.state import CompiledStateGraph

from graph.graph import build_graph
from graph.models import load_chat_model
from graph.retrieval.ingest import open_live_index
from settings import Settings

_graph: CompiledStateGraph[Any, Any, Any, Any] | None = None
_lock = asyncio.Lock()


async def make_graph() -> CompiledStateGraph[Any, Any, Any, Any]:
    """The chat graph on the settings' model and index, built once per process."""
    global _graph
    async with _lock:
        if _graph is None:
            settings = Settings()
            index = await asyncio.to_thread(open_live_index, settings)
            _graph = build_graph(load_chat_model(settings), index, settings).compile(
                name="threadline"
            )
        return _graph
