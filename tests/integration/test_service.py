"""The service as operators run it: rate limits shared by two workers through the
real Redis, readiness and JSON logs of a real server process."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.integration.conftest import RunningServer, start_server

REDIS_URL = "redis://127.0.0.1:6379"


def ask(text: str) -> dict[str, object]:
    return {"input": {"messages": [{"type": "human", "content": text}]}}


@pytest.fixture
def two_workers(
    tmp_path: Path, openai_env: dict[str, str]
) -> Iterator[tuple[RunningServer, RunningServer, dict[str, str]]]:
    """Two server processes sharing rate-limit counters in Redis; a fresh user each
    run, so counters left in Redis by earlier runs do not count."""
    user, key = f"u{uuid.uuid4().hex[:12]}", uuid.uuid4().hex
    env = {
        **openai_env,
        "THREADLINE_API_KEYS": f"{user}:{key}",
        "THREADLINE_RATE_LIMIT": "3/minute",
        "THREADLINE_REDIS_URL": REDIS_URL,
        "THREADLINE_REDIS_PREFIX": f"threadline-test-{user}:",
    }
    a = start_server(tmp_path / "a", env, tmp_path / "a.log")
    try:
        b = start_server(tmp_path / "b", env, tmp_path / "b.log")
        try:
            yield a, b, {"Authorization": f"Bearer {key}"}
        finally:
            b.stop()
    finally:
        a.stop()


def test_rate_limit_is_shared_by_two_workers_through_redis(
    two_workers: tuple[RunningServer, RunningServer, dict[str, str]], fake: httpx.Client
) -> None:
    a, b, headers = two_workers
    for url in (a.url, a.url, b.url):
        answer = httpx.post(f"{url}/chat/invoke", json=ask("hi"), headers=headers, timeout=30)
        assert answer.status_code == 200, answer.text
    for url in (b.url, a.url):
        limited = httpx.post(f"{url}/chat/invoke", json=ask("hi"), headers=headers, timeout=30)
        assert limited.status_code == 429, limited.text
        assert int(limited.headers["retry-after"]) > 0
        assert limited.headers["ratelimit-limit"] == "3"
    ready = httpx.get(f"{a.url}/health/ready").json()
    assert ready["checks"]["rate_limit_storage"] == "ok"


def test_readiness_and_json_logs_with_request_ids(
    server: RunningServer, fake: httpx.Client
) -> None:
    ready = httpx.get(f"{server.url}/health/ready")
    assert ready.status_code == 200, ready.text
    assert ready.json() == {
        "ready": True,
        "checks": {"database": "ok", "index": "ok", "model": "ok", "rate_limit_storage": "ok"},
    }
    response = httpx.get(f"{server.url}/threads")
    request_id = response.headers["x-request-id"]
    lines = [json.loads(line) for line in server.log_path.read_text().splitlines() if line]
    access = [line for line in lines if line.get("request_id") == request_id]
    assert access and access[0]["logger"] == "uvicorn.access"
    assert "/threads" in access[0]["message"]
