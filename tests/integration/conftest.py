"""The real server on a free port, backed by a local fake OpenAI-compatible server."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from fakes.openai_server import FakeOpenAI, ServerThread
from fakes.threadline_server import (  # noqa: F401  (the tests import them from here)
    RunningServer,
    launch_server,
    start_server,
    wait_until_up,
)


def ask(text: str, thread_id: str) -> dict[str, object]:
    """A LangServe request body: one user message on `thread_id`."""
    return {
        "input": {"messages": [{"type": "human", "content": text}]},
        "config": {"configurable": {"thread_id": thread_id}},
    }


@pytest.fixture(scope="session")
def fake_openai() -> Iterator[ServerThread]:
    with ServerThread(FakeOpenAI().app()) as server:
        yield server


@pytest.fixture(scope="module")
def openai_env(fake_openai: ServerThread) -> dict[str, str]:
    return {
        "OPENAI_API_KEY": "test-key",
        "OPENAI_BASE_URL": f"{fake_openai.url}/v1",
        "THREADLINE_MODEL": "fake-model",
        "THREADLINE_PROVIDER_RETRY_INITIAL_S": "0.05",
        "THREADLINE_RATE_LIMIT": "10000/minute",
        "THREADLINE_WRITE_RATE_LIMIT": "10000/minute",
    }


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, openai_env: dict[str, str]
) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("server")
    running = start_server(tmp / "data", openai_env, tmp / "server.log")
    yield running
    running.stop()


@pytest.fixture
def fake(fake_openai: ServerThread) -> Iterator[httpx.Client]:
    """A client for the fake provider's control endpoints, reset around each test."""
    with httpx.Client(base_url=fake_openai.url) as client:
        client.post("/control", json={"reset": True})
        yield client
        client.post("/control", json={"reset": True})


@contextlib.contextmanager
def postgres_pair(
    tmp: Path, env: dict[str, str], admin_url: str
) -> Iterator[tuple[RunningServer, RunningServer]]:
    """Two servers started at the same moment on a new, empty database of the PostgreSQL
    at `admin_url` and on Redis under a key prefix of their own; the database and the
    keys are removed after."""
    import psycopg
    import redis

    from tests.conftest import REDIS_TEST_URL

    name = f"threadline_test_{uuid.uuid4().hex[:12]}"
    prefix = f"threadline-test-{uuid.uuid4().hex[:12]}:"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env = {
        **env,
        "THREADLINE_DATABASE_URL": admin_url.rsplit("/", 1)[0] + f"/{name}",
        "THREADLINE_REDIS_URL": REDIS_TEST_URL,
        "THREADLINE_REDIS_PREFIX": prefix,
    }
    a = launch_server(tmp / "a", env, tmp / "a.log")
    b = launch_server(tmp / "b", env, tmp / "b.log")
    try:
        yield wait_until_up(a), wait_until_up(b)
    finally:
        for server in (a, b):
            if server.process.poll() is None:
                server.stop()
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        client = redis.Redis.from_url(REDIS_TEST_URL)
        if keys := list(client.scan_iter(f"{prefix}*")):
            client.delete(*keys)
