"""PostgreSQL or Redis unreachable: `threadline serve` refuses to start with a clear
message; lost while serving, requests get a 503 with a reason, readiness names the
part that is down, and the service recovers by itself when it comes back."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from fakes.openai_server import free_port
from fakes.tcp_proxy import TcpProxy
from tests.conftest import REDIS_TEST_URL
from tests.integration.conftest import RunningServer, ask, start_server

ROOT = Path(__file__).resolve().parents[2]


def serve_exit(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", "serve", "--port", str(free_port())],
        cwd=ROOT,
        env={**os.environ, "THREADLINE_DATA_DIR": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_unreachable_database_stops_start_up_naming_it(tmp_path: Path) -> None:
    dead = free_port()
    url = f"postgresql://ada:s3cret-pw@127.0.0.1:{dead}/threadline"
    result = serve_exit({"THREADLINE_DATABASE_URL": url}, tmp_path)
    assert result.returncode == 2
    assert f"postgresql://ada:***@127.0.0.1:{dead}/threadline" in result.stderr
    assert "THREADLINE_DATABASE_URL" in result.stderr and "Traceback" not in result.stderr
    assert "s3cret-pw" not in result.stderr + result.stdout


def test_an_unreachable_redis_stops_start_up_naming_it(tmp_path: Path) -> None:
    dead = free_port()
    result = serve_exit(
        {"THREADLINE_REDIS_URL": f"redis://:hunter2pw@127.0.0.1:{dead}/0"}, tmp_path
    )
    assert result.returncode == 2
    assert f"redis://:***@127.0.0.1:{dead}/0" in result.stderr
    assert "THREADLINE_REDIS_URL" in result.stderr and "hunter2pw" not in result.stderr


def test_several_workers_need_postgres_and_redis(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cli", "serve", "--workers", "2", "--port", str(free_port())],
        cwd=ROOT,
        env={**os.environ, "THREADLINE_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "THREADLINE_DATABASE_URL" in result.stderr and "THREADLINE_REDIS_URL" in result.stderr


@pytest.fixture
def proxied_server(
    tmp_path: Path, openai_env: dict[str, str], pgvector_url: str, redis_prefix: str
) -> Iterator[tuple[RunningServer, TcpProxy, TcpProxy]]:
    """A server whose PostgreSQL (with pgvector: the documents live there too) and Redis
    are reached through proxies the test can cut."""
    port = int(pgvector_url.rsplit(":", 1)[1].split("/")[0])
    with TcpProxy(port) as pg, TcpProxy(int(REDIS_TEST_URL.rsplit(":", 1)[1].split("/")[0])) as rd:
        env = {
            **openai_env,
            "THREADLINE_DATABASE_URL": pgvector_url.replace(f":{port}/", f":{pg.port}/"),
            # the guide is embedded into PostgreSQL at first start: the fast embedder
            "THREADLINE_EMBEDDINGS": "static",
            "THREADLINE_REDIS_URL": f"redis://127.0.0.1:{rd.port}/0",
            "THREADLINE_REDIS_PREFIX": redis_prefix,
            "THREADLINE_DB_POOL_TIMEOUT_S": "2",
            "THREADLINE_READY_CACHE_S": "0",
        }
        server = start_server(tmp_path / "data", env, tmp_path / "server.log")
        try:
            yield server, pg, rd
        finally:
            server.stop()


def until_ok(call: object, seconds: float = 30) -> httpx.Response:
    deadline = time.monotonic() + seconds
    while True:
        response = call()  # type: ignore[operator]
        if response.status_code == 200 or time.monotonic() > deadline:
            return response  # type: ignore[no-any-return]
        time.sleep(0.5)


@pytest.mark.parametrize("lost", ["database", "redis"])
def test_a_store_lost_while_serving_gives_503s_then_recovers(
    proxied_server: tuple[RunningServer, TcpProxy, TcpProxy], fake: httpx.Client, lost: str
) -> None:
    server, pg, rd = proxied_server
    proxy = pg if lost == "database" else rd
    tid = f"faults-{uuid.uuid4().hex}"
    with httpx.Client(base_url=server.url, timeout=60) as client:
        assert client.post("/chat/invoke", json=ask("before", tid)).status_code == 200
        proxy.cut()
        down = client.post("/chat/invoke", json=ask("during", tid))
        assert down.status_code == 503, down.text
        assert "unavailable" in down.json()["detail"] and down.headers["retry-after"]
        streamed = client.post("/chat/stream", json=ask("during", tid))
        assert streamed.status_code == 503, streamed.text
        ready = client.get("/health/ready")
        assert ready.status_code == 503
        assert ready.json()["checks"][lost] != "ok"
        others = {k: v for k, v in ready.json()["checks"].items() if k != lost}
        # the documents live in the database too: the index is down with it, not with Redis
        assert (others.get("index") == "ok") == (lost == "redis") and others["model"] == "ok"
        proxy.restore()
        assert until_ok(lambda: client.get("/health/ready")).status_code == 200
        after = until_ok(lambda: client.post("/chat/invoke", json=ask("after", tid)))
        assert after.status_code == 200, after.text
        history = client.get(f"/threads/{tid}").json()["messages"]
    assert [m["content"] for m in history if m["type"] == "human"] == ["before", "after"]
    assert "Traceback" not in down.text
