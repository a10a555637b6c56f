"""Liveness at `/health`, readiness at `/health/ready`, Prometheus metrics at `/metrics`.

Readiness is checked cheaply (a `SELECT 1`, the index in memory, the provider's
model list or the embedded model's file) and cached for `ready_cache_s`, so a
probe never costs a generation.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.auth import presented_key
from api.deps import Service
from graph.embedded_model import smollm2_path
from graph.provider import ProviderGuard
from service.chat import ChatService
from settings import Settings

log = logging.getLogger("threadline")
router = APIRouter(tags=["health"])


@router.get("/health")
async def health() -> dict[str, str]:
    """The process is alive."""
    return {"status": "ok"}


async def check_model(settings: Settings, provider: ProviderGuard | None) -> None:
    """The configured model can be reached: the provider lists its models, or the
    embedded model's file is installed; and its circuit breaker is not open."""
    if provider is not None:
        provider.ensure_available()
    if not settings.uses_openai:
        path = await asyncio.to_thread(smollm2_path)
        if not path.is_file():
            raise FileNotFoundError(f"embedded model file missing: {path}")
        return
    base = (settings.openai_base_url or "https://api.openai.com/v1").rstrip("/")
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    async with httpx.AsyncClient(timeout=3) as client:
        response = await client.get(f"{base}/models", headers={"Authorization": f"Bearer {key}"})
    if response.status_code >= 500 or response.status_code in (401, 403):
        raise ConnectionError(f"the model provider answered {response.status_code}")


async def readiness(service: ChatService) -> dict[str, Any]:
    """Each dependency's state: `ok` or the reason it is not."""
    checks: dict[str, Any] = {}

    async def run(name: str, probe: Any) -> None:
        try:
            await asyncio.wait_for(probe, timeout=5)
            checks[name] = "ok"
        except Exception as exc:  # any failure means not ready, with its reason
            checks[name] = f"{type(exc).__name__}: {exc}"[:300]

    async def index_loaded() -> None:
        # the file index in memory (it reloads when `ingest` swaps one in), or the chunk
        # tables in PostgreSQL (a query: off the event loop)
        await asyncio.to_thread(len, service.index)

    await run("database", service.storage.ping_database())
    if service.settings.redis_url:
        await run("redis", service.storage.ping_redis())
    await run("index", index_loaded())
    await run("model", check_model(service.settings, service.chat.provider))
    await run("rate_limit_storage", service.rate_limit.check())
    return {"ready": all(v == "ok" for v in checks.values()), "checks": checks}


def may_read_reasons(request: Request, service: ChatService) -> bool:
    """Whether the caller is shown why a check failed: a reason can name a host and
    port (Redis, PostgreSQL, the provider), which is for key holders, not for whoever
    can reach the probe."""
    if service.keyring.development_mode:
        return True
    key = presented_key(request.headers)
    return key is not None and service.keyring.user_for(key) is not None


@router.get("/health/ready")
async def ready(request: Request, service: Service) -> JSONResponse:
    """200 when the database, the index and the model answer and the process is not
    shutting down, else 503: with each
    check's reason for a caller with a key, `unavailable` for anyone else (the server's
    log has the reasons)."""
    cached = service.readiness
    if cached is None or time.monotonic() - cached[0] > service.settings.ready_cache_s:
        cached = (time.monotonic(), await readiness(service))
        service.readiness = cached
        if not cached[1]["ready"]:
            log.warning("not ready: %s", cached[1]["checks"])
    result = cached[1]
    if service.draining:  # shutting down: a load balancer should send no more here
        result = {"ready": False, "checks": {**result["checks"], "shutdown": "draining"}}
    if not may_read_reasons(request, service):
        checks = {k: v if v == "ok" else "unavailable" for k, v in result["checks"].items()}
        result = {**result, "checks": checks}
    return JSONResponse(result, status_code=200 if result["ready"] else 503)


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    """Prometheus text format: HTTP requests and latencies (this app's registry), chat
    runs and moderation (the process's)."""
    http = getattr(request.app.state, "http_metrics", None)
    body = generate_latest() + (generate_latest(http) if http is not None else b"")
    return Response(body, media_type=CONTENT_TYPE_LATEST)
