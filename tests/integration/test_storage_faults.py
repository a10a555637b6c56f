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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from fakes.openai_server import free_port
from fakes.tcp_proxy import TcpProxy
from tests.conftest import REDIS_TEST_URL
from tests.integration.conftest import RunningServer, ask, start_server

ROOT = Path(__file__).resolve().parents[2]


def serve_exit(
    env: dict[str, str], tmp_path: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", "serve", "--port", str(free_port()), *options],
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


def test_several_workers_check_their_stores_before_they_start(tmp_path: Path) -> None:
    """With --workers the checks run in a process of their own (the supervisor stays
    small): a failed one is still said in one line, and 2."""
    dead = free_port()
    url = f"postgresql://ada:s3cret-pw@127.0.0.1:{dead}/threadline"
    result = serve_exit(
        {"THREADLINE_DATABASE_URL": url, "THREADLINE_REDIS_URL": REDIS_TEST_URL},
        tmp_path,
        "--workers",
        "2",
    )
    assert result.returncode == 2
    assert f"postgresql://ada:***@127.0.0.1:{dead}/threadline" in result.stderr
    assert "Traceback" not in result.stderr and "s3cret-pw" not in result.stderr


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
            "THREADLINE_RUN_LEASE_S": "2",
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


def test_redis_lost_mid_run_never_forks_the_thread(
    proxied_server: tuple[RunningServer, TcpProxy, TcpProxy], fake: httpx.Client
) -> None:
    """While Redis is gone a second message is refused; once the first run's lease has
    lapsed a second one may start, so the first, which lost its thread, stores nothing
    and ends with an error: the thread holds one line of turns, never two."""
    server, _, rd = proxied_server
    tid = f"lease-{uuid.uuid4().hex}"
    fake.post("/control", json={"delay_s": 0.6})  # about ten seconds of answer
    with (
        httpx.Client(base_url=server.url, timeout=60) as client,
        client.stream("POST", "/chat/stream", json=ask("the first", tid)) as first,
    ):
        lines = first.iter_lines()
        while not next(lines).startswith("event: data"):  # the first is answering
            pass
        rd.cut()
        refused = client.post("/chat/invoke", json=ask("the second", tid))
        assert refused.status_code == 503, refused.text
        time.sleep(3)  # the 2 s lease lapses in Redis: it cannot be renewed
        rd.restore()
        fake.post("/control", json={"delay_s": 0})
        second = until_ok(lambda: client.post("/chat/invoke", json=ask("the second", tid)))
        assert second.status_code == 200, second.text
        rest = list(lines)
        history = client.get(f"/threads/{tid}").json()["messages"]
    assert "event: end" not in rest and "event: error" in rest, rest
    assert "lost its hold on the thread" in "".join(rest)
    assert [m["content"] for m in history if m["type"] == "human"] == ["the second"]
    assert [m["type"] for m in history] == ["human", "ai"]


@pytest.mark.parametrize("table", ["checkpoint_writes", "checkpoints"])
def test_a_connection_dropped_mid_checkpoint_write_fails_the_turn_cleanly(
    tmp_path: Path,
    openai_env: dict[str, str],
    pgvector_url: str,
    redis_prefix: str,
    fake: httpx.Client,
    table: str,
) -> None:
    """PostgreSQL drops the connection (`pg_terminate_backend`) while it writes a turn's
    checkpoint: the turn fails with a 503 and nothing of it, or an error record, is
    stored; the next turn works. The write is held by a table lock until its backend
    is found, so the drop lands inside it every time."""
    env = {
        **openai_env,
        "THREADLINE_DATABASE_URL": pgvector_url,
        "THREADLINE_REDIS_URL": REDIS_TEST_URL,
        "THREADLINE_REDIS_PREFIX": redis_prefix,
    }
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    tid = f"dropped-{uuid.uuid4().hex}"
    try:
        with (
            httpx.Client(base_url=server.url, timeout=60) as client,
            psycopg.connect(pgvector_url) as admin,
            ThreadPoolExecutor(1) as pool,
        ):
            assert client.post("/chat/invoke", json=ask("before", tid)).status_code == 200
            with admin.transaction():
                admin.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
                turn = pool.submit(client.post, "/chat/invoke", json=ask("dropped", tid))
                writer = waiting_insert(admin, table)
                admin.execute("SELECT pg_terminate_backend(%s)", (writer,))
            failed = turn.result(timeout=60)
            assert failed.status_code == 503, failed.text
            assert "unavailable" in failed.json()["detail"] and failed.headers["retry-after"]
            after = client.post("/chat/invoke", json=ask("after", tid))
            assert after.status_code == 200, after.text
            history = client.get(f"/threads/{tid}").json()["messages"]
    finally:
        server.stop()
    questions = [m["content"] for m in history if m["type"] == "human"]
    assert questions in (["before", "after"], ["before", "dropped", "after"]), history
    assert [m["type"] for m in history] == ["human", "ai"] * len(questions)
    if questions == ["before", "after"]:  # nothing of the dropped turn, not even for the model
        assert "I have read 2 user messages" in history[-1]["content"]
    else:  # or it is closed by its error record
        assert history[3]["error"]["status_code"] == 503
    assert "Traceback" not in server.log_path.read_text()


def waiting_insert(admin: psycopg.Connection[Any], table: str) -> int:
    """The backend whose write into `table` waits on the test's lock."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        row = admin.execute(
            "SELECT pid FROM pg_locks WHERE relation = %s::regclass AND NOT granted", (table,)
        ).fetchone()
        if row:
            return int(row[0])
        time.sleep(0.05)
    raise AssertionError(f"no write into {table} waited on the lock")
