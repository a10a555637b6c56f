"""The app factory: the lifespan opens the service (service/chat.py: the model, the
index, the storage and the graph, built together), LangServe serves `/chat`, and the
routers and middleware are mounted. docs/engineering/architecture.md has the whole picture.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import threading
from collections.abc import AsyncIterator, Callable
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
from prometheus_client import CollectorRegistry
from prometheus_fastapi_instrumentator import Instrumentator
from pydantic import ValidationError
from sse_starlette.sse import AppStatus
from starlette.types import Scope

from api.chat import ServedChat, chat_config_modifier
from api.documents import router as documents_router
from api.errors import ERROR_STATUS, http_error
from api.health import router as health_router
from api.openai.api_router import router as openai_router
from api.request_limits import BodySizeLimit, JsonBodyCheck
from api.stream_errors import StreamErrorEvents
from api.threads import router as threads_router
from api.ws import router as ws_router
from service.chat import open_service
from settings import Settings

log = logging.getLogger("threadline")

WEB_DIR = Path(__file__).resolve().parent / "web"


def on_sigterm(callback: Callable[[], None], delay_s: float) -> None:
    """Run `callback` in the event loop as SIGTERM arrives, and hand the signal on to the
    server's own handler (uvicorn's graceful shutdown) `delay_s` later: until then the
    process still accepts connections and answers them (503 to new runs), because
    uvicorn's shutdown closes the listening socket and every connection whose request
    it has not yet read, and a client would see those reset. A second SIGTERM hands it
    on at once. Only the main thread can set signal handlers; in-process tests run the
    app elsewhere and skip this."""
    if threading.current_thread() is not threading.main_thread():
        return
    # sse-starlette would cut every stream at SIGTERM; uvicorn's graceful timeout
    # (THREADLINE_SHUTDOWN_GRACE_S) bounds them instead
    AppStatus.disable_automatic_graceful_drain()
    loop = asyncio.get_running_loop()
    previous = signal.getsignal(signal.SIGTERM)
    signalled = False

    def handler(signum: int, frame: Any) -> None:
        nonlocal signalled
        first, signalled = not signalled, True
        if first:
            loop.call_soon_threadsafe(callback)
        if not callable(previous):
            return
        if first and delay_s > 0:
            loop.call_soon_threadsafe(loop.call_later, delay_s, previous, signum, frame)
        else:
            previous(signum, frame)

    signal.signal(signal.SIGTERM, handler)


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


def add_error_handlers(app: FastAPI) -> None:
    """Every error the service maps (api/errors.py) answers with its status and reason."""

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


def tune_garbage_collector() -> None:
    """Keep the garbage collector off what start-up built, and run it less often.

    The models, indexes and modules loaded at start-up live as long as the process,
    yet every full collection walked them again; and streamed answers allocate
    objects fast enough that the default threshold (700) ran a collection hundreds of
    times a second. With 200 answers streaming, collections were a fifth of one
    process's CPU; after `gc.freeze` and a threshold of 20,000 about a fiftieth
    (BENCHMARKS.md, Load). Reference counting still frees almost everything at once;
    the collector is only for cycles."""
    gc.collect()  # what is garbage now would otherwise be kept for good
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


def mount_routes(app: FastAPI, settings: Settings) -> None:
    """`/chat` through LangServe, the routers, and the chat page at `/`."""
    add_routes(
        app,
        ServedChat(app, settings.max_message_bytes),
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
    app.include_router(documents_router)
    app.include_router(ws_router)
    app.include_router(health_router)
    app.include_router(openai_router)
    app.mount("/", StaticFiles(directory=WEB_DIR, html=True), name="web")
    app.openapi = lambda: honest_openapi(app)  # type: ignore[method-assign]


def without_keys(scope: Scope) -> bool:
    """The server runs with no API keys (or is not serving yet): any web page the user
    visits could drive it, so state-changing bodies must be declared JSON."""
    service = getattr(scope["app"].state, "service", None)
    return service is None or service.keyring.development_mode


def add_middleware(app: FastAPI, settings: Settings) -> None:
    """Metrics, stream error events, request limits, CORS and request ids (the last
    added runs first)."""
    # the HTTP metrics of this app, in a registry of its own: the library skips an app
    # whose metric names are already registered, so a second app in one process (tests,
    # notebooks) would count nothing; `/metrics` shows them with the process's own
    app.state.http_metrics = CollectorRegistry()
    Instrumentator(
        excluded_handlers=["/metrics", "/health.*"],
        should_group_status_codes=False,
        registry=app.state.http_metrics,
    ).instrument(app, metric_namespace="threadline")
    app.add_middleware(StreamErrorEvents)
    app.add_middleware(
        JsonBodyCheck,
        timeout_s=settings.request_body_timeout_s,
        json_type_required=without_keys,
    )  # inside the size limit: it reads bounded bodies only
    app.add_middleware(
        BodySizeLimit,
        max_bytes=settings.max_request_bytes,
        upload_max_bytes=settings.max_upload_bytes,
    )
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


def create_app(
    settings: Settings | None = None,
    *,
    chat_model: BaseChatModel | None = None,
    embedder: Embeddings | None = None,
) -> FastAPI:
    """Build the app; the model and embedder default to what the settings choose."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with open_service(settings, chat_model, embedder) as service:
            app.state.service = service
            on_sigterm(service.drain, settings.shutdown_delay_s)
            tune_garbage_collector()
            try:
                yield
            finally:
                del app.state.service

    app = FastAPI(
        title="threadline",
        version="0.1.0",
        lifespan=lifespan,
        description="A moderated, checkpointed chat service.",
    )

    add_error_handlers(app)
    mount_routes(app, settings)
    add_middleware(app, settings)
    return app
