"""Liveness at `/health`, and the Prometheus metrics at `/metrics`."""

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

router = APIRouter(tags=["health"])


@router.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    """Prometheus text format: so far the moderation findings by category."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
