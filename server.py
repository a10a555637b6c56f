"""The app factory: opens the checkpointer, the index and the model in the
lifespan, mounts the served graph at `/chat` with LangServe, and the routers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langserve import add_routes

from api.health import router as health_router
from graph.checkpointer import open_checkpointer
from graph.context import Context
from graph.graph import build_graph
from graph.models import load_chat_model
from graph.retrieval import open_live_index
from graph.served import InvalidTurn, ThreadedChat
from graph.settings import Settings

log = logging.getLogger("threadline")


def create_app(
    settings: Settings | None = None,
    *,
    chat_model: BaseChatModel | None = None,
    embedder: Embeddings | None = None,
) -> FastAPI:
    """Build the app; the model and embedder default to what the settings choose."""
    settings = settings or Settings()
    chat = ThreadedChat(
        graph=None,
        context=Context(max_output_attempts=settings.max_output_attempts),
        max_message_bytes=settings.max_message_bytes,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        model = chat_model or load_chat_model(settings)
        index = await asyncio.to_thread(open_live_index, settings, embedder)
        log.info("index ready: %d chunks from %s", len(index), settings.index_path)
        async with open_checkpointer(settings.sqlite_path) as saver:
            chat.graph = build_graph(model, index, settings).compile(
                checkpointer=saver, name="threadline"
            )
            app.state.chat = chat
            yield
            chat.graph = None

    app = FastAPI(
        title="threadline",
        version="0.1.0",
        lifespan=lifespan,
        description="A moderated, checkpointed chat service.",
    )

    @app.exception_handler(InvalidTurn)
    async def invalid_turn(request: Request, exc: InvalidTurn) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.get("/", include_in_schema=False)
    async def root() -> RedirectResponse:
        return RedirectResponse("/chat/playground/")

    add_routes(app, chat, path="/chat", playground_type="chat")
    app.include_router(health_router)
    return app
