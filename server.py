"""The app factory: opens the checkpointer, the thread store, the index and the model
in the lifespan, mounts the served graph at `/chat` with LangServe, and the routers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langserve import add_routes
from prometheus_fastapi_instrumentator import Instrumentator
from pydantic import ValidationError
from sse_starlette.sse import AppStatus

from api.auth import KeyRing
from api.chat import ERROR_STATUS, chat_config_modifier, http_error
from api.health import router as health_router
from api.openai.api_router import router as openai_router
from api.rate_limits import ChatRateLimit
from api.request_limits import BodySizeLimit, JsonBodyCheck
from api.stream_errors import StreamErrorEvents
from api.threads import router as threads_router
from api.ws import close_all
from api.ws import router as ws_router
from graph.context import Context
from graph.graph import build_graph, provider_guard
from graph.models import load_chat_model
from graph.retrieval import open_live_index
from graph.served import ThreadedChat
from graph.settings import Settings
from storage import ThreadStore, open_storage

log = logging.getLogger("threadline")

WEB_DIR = Path(__file__).resolve().parent / "web"


async def prune_expired_threads(
    threads: ThreadStore,
    ttl_s: float,
    interval_s: float,
    is_busy: Callable[[str], Awaitable[bool]],
) -> None:
    """Deletes threads inactive for longer than the TTL, every `interval_s`, for ever."""
    while True:
        try:
            gone = await threads.prune(ttl_s, skip=is_busy)
            if gone:
                log.info("pruned %d expired threads", len(gone))
        except Exception:
            log.exception("pruning expired threads failed; trying again later")
        await asyncio.sleep(interval_s)


def on_sigterm(callback: Callable[[], None]) -> None:
    """Run `callback` in the event loop as SIGTERM arrives, then hand the signal on to
    the server's own handler (uvicorn's graceful shutdown). Only the main thread can set
    signal handlers; in-process tests run the app elsewhere and skip this."""
    if threading.current_thread() is not threading.main_thread():
        return
    # sse-starlette would cut every stream at SIGTERM; uvicorn's graceful timeout
    # (THREADLINE_SHUTDOWN_GRACE_S) bounds them instead
    AppStatus.disable_automatic_graceful_drain()
    loop = asyncio.get_running_loop()
    previous = signal.getsignal(signal.SIGTERM)

    def handler(signum: int, frame: Any) -> None:
        loop.call_soon_threadsafe(callback)
        if callable(previous):
            previous(signum, frame)

    signal.signal(signal.SIGTERM, handler)


def drain(app: FastAPI) -> None:
    """Shutting down: refuse new runs (503), close every WebSocket with 1001 so tabs
    reconnect to another process; running answers go on (uvicorn waits for HTTP ones)."""
    log.info("shutting down: no new runs; running answers may finish")
    app.state.draining = True
    asyncio.get_running_loop().create_task(close_all(app.state.ws_peers))


async def finish_runs(runs: set[asyncio.Task[None]], grace_s: float) -> None:
    """Let WebSocket runs finish within the grace period; the rest are cut short, and
    each records its turn as interrupted rather than leaving it torn."""
    if runs:
        _, late = await asyncio.wait(list(runs), timeout=grace_s)
        for run in late:
            run.cancel()
        await asyncio.gather(*late, return_exceptions=True)


def honest_openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI schema, saying what a 422 really holds: FastAPI's own list of error
    objects, LangServe's list of strings, or one reason."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schemas = schema.get("components", {}).get("schemas", {})
        if "HTTPValidationError" in schemas:
            schemas["HTTPValidationError"]["properties"]["detail"] = {
                "title": "Detail",
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "array",
                        "items": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/ValidationError"},
                                {"type": "string"},
                            ]
                        },
                    },
                ],
            }
        app.openapi_schema = schema
    return app.openapi_schema


def create_app(
    settings: Settings | None = None,
    *,
    chat_model: BaseChatModel | None = None,
    embedder: Embeddings | None = None,
) -> FastAPI:
    """Build the app; the model and embedder default to what the settings choose."""
    settings = settings or Settings()
    provider = provider_guard(settings)
    chat = ThreadedChat(
        graph=None,
        context=Context(max_output_attempts=settings.max_output_attempts),
        max_message_bytes=settings.max_message_bytes,
        busy_thread=settings.busy_thread,
        provider=provider,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        model = chat_model or load_chat_model(settings)
        index = await asyncio.to_thread(open_live_index, settings, embedder)
        log.info("index ready: %d chunks from %s", len(index), settings.index_path)
        async with open_storage(settings) as storage:
            chat.graph = build_graph(model, index, settings, provider).compile(
                checkpointer=storage.checkpointer, name="threadline"
            )
            chat.threads = storage.threads
            chat.run_locks = storage.run_locks
            app.state.storage = storage
            app.state.threads = storage.threads
            app.state.index = index
            pruner = asyncio.create_task(
                prune_expired_threads(
                    storage.threads,
                    settings.thread_ttl_days * 86400,
                    settings.prune_interval_s,
                    chat.is_busy,
                )
            )
            on_sigterm(lambda: drain(app))
            try:
                yield
            finally:
                pruner.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pruner
                await finish_runs(app.state.ws_runs, settings.shutdown_grace_s)
                chat.graph = None

    app = FastAPI(
        title="threadline",
        version="0.1.0",
        lifespan=lifespan,
        description="A moderated, checkpointed chat service.",
    )
    app.state.settings = settings
    app.state.chat = chat
    app.state.keyring = KeyRing(settings.api_keys.get_secret_value(), settings.keys_path)
    app.state.rate_limit = ChatRateLimit(
        settings.rate_limit, settings.redis_url, settings.redis_prefix
    )
    app.state.ws_runs = set()
    app.state.ws_peers = set()
    app.state.draining = False

    async def mapped_error(request: Request, exc: Exception) -> JSONResponse:
        error = http_error(exc)
        return JSONResponse({"detail": error.detail}, error.status_code, headers=error.headers)

    for error_type in ERROR_STATUS:
        app.add_exception_handler(error_type, mapped_error)

    async def invalid_input(request: Request, exc: Exception) -> JSONResponse:
        """LangServe's batch validates inputs without turning errors into a 422."""
        assert isinstance(exc, ValidationError)
        reasons = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()]
        return JSONResponse({"detail": reasons}, status_code=422)

    app.add_exception_handler(ValidationError, invalid_input)

    add_routes(
        app,
        chat,
        path="/chat",
        playground_type="chat",
        per_req_config_modifier=chat_config_modifier,
        # what the service supports (the chat playground reads its schemas through the
        # config-hash routes); LangSmith feedback and trace links are not
        enabled_endpoints=[
            "config_hashes",
            "invoke",
            "batch",
            "stream",
            "stream_log",
            "stream_events",
            "playground",
            "input_schema",
            "output_schema",
            "config_schema",
        ],
    )
    app.include_router(threads_router)
    app.include_router(ws_router)
    app.include_router(health_router)
    app.include_router(openai_router)
    app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    app.openapi = lambda: honest_openapi(app)  # type: ignore[method-assign]

    Instrumentator(
        excluded_handlers=["/metrics", "/health.*"], should_group_status_codes=False
    ).instrument(app, metric_namespace="threadline")
    app.add_middleware(StreamErrorEvents)
    app.add_middleware(
        JsonBodyCheck, timeout_s=settings.request_body_timeout_s
    )  # inside the size limit: it reads bounded bodies only
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes)
    origins = settings.cors_origins
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_credentials="*" not in origins,  # never a wildcard with credentials
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "X-API-Key", "Content-Type", "X-Request-ID", "X-Thread-ID"],
        expose_headers=[
            "X-Request-ID",
            "X-Thread-ID",
            "Retry-After",
            "RateLimit-Limit",
            "RateLimit-Remaining",
        ],
    )
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    return app
