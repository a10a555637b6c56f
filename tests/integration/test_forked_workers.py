"""`threadline serve --workers 2` on PostgreSQL (with pgvector) and Redis: the workers are
forked from the process that imported the app (workers.py), both answer, a conversation
carries on whichever worker takes each turn, and SIGTERM stops them all cleanly."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from fakes.threadline_server import RunningServer, launch_server, wait_until_up
from tests.conftest import REDIS_TEST_URL


@pytest.fixture(scope="module")
def forked(
    tmp_path_factory: pytest.TempPathFactory,
    openai_env: dict[str, str],
    pgvector_admin_url: str,
) -> Iterator[RunningServer]:
    import redis

    tmp = tmp_path_factory.mktemp("forked-workers")
    name = f"threadline_test_{uuid.uuid4().hex[:12]}"
    prefix = f"threadline-test-{uuid.uuid4().hex[:12]}:"
    with psycopg.connect(pgvector_admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    env = {
        **openai_env,
        "THREADLINE_EMBEDDINGS": "static",
        "THREADLINE_DATABASE_URL": pgvector_admin_url.rsplit("/", 1)[0] + f"/{name}",
        "THREADLINE_REDIS_URL": REDIS_TEST_URL,
        "THREADLINE_REDIS_PREFIX": prefix,
    }
    server = launch_server(tmp / "data", env, tmp / "server.log", args=("--workers", "2"))
    try:
        yield wait_until_up(server)
    finally:
        if server.process.poll() is None:
            server.process.kill()
        with psycopg.connect(pgvector_admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        client = redis.Redis.from_url(REDIS_TEST_URL)
        if keys := list(client.scan_iter(f"{prefix}*")):
            client.delete(*keys)


def children(pid: int) -> list[int]:
    return [
        int(c) for t in Path(f"/proc/{pid}/task").glob("*/children") for c in t.read_text().split()
    ]


def cmdline(pid: int) -> bytes:
    return Path(f"/proc/{pid}/cmdline").read_bytes()


def workers(server: RunningServer) -> list[int]:
    """The worker processes: the arbiter's children that run its command line (a forked
    worker does; multiprocessing's resource tracker, left by the start-up checks'
    process, does not)."""
    master = cmdline(server.process.pid)
    return [pid for pid in children(server.process.pid) if cmdline(pid) == master]


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def ask(server: RunningServer, thread_id: str, text: str) -> str:
    body = {
        "input": {"messages": [{"type": "human", "content": text}]},
        "config": {"configurable": {"thread_id": thread_id}},
    }
    # a client of its own: a new connection, which either worker may accept
    answer = httpx.post(f"{server.url}/chat/invoke", json=body, timeout=60)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["output"]["content"])


def test_the_workers_are_forked_from_the_process_that_imported_the_app(
    forked: RunningServer,
) -> None:
    pids = workers(forked)
    assert len(pids) == 2
    for pid in children(forked.process.pid):
        # uvicorn's workers were spawned: `python -c "from multiprocessing.spawn ..."`
        assert b"spawn_main" not in cmdline(pid)
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text()
        assert f"PPid:\t{forked.process.pid}\n" in status


def test_both_workers_answer_and_a_thread_carries_on_across_them(forked: RunningServer) -> None:
    pids = workers(forked)
    before = {pid: cpu_ticks(pid) for pid in pids}
    threads = [f"forked-{i}" for i in range(16)]
    with ThreadPoolExecutor(16) as pool:
        for turn in range(3):
            texts = [f"turn {turn} of {t}: remember the word heron-{t}" for t in threads]
            assert all(pool.map(lambda a: ask(forked, *a), zip(threads, texts, strict=True)))
    used = {pid: cpu_ticks(pid) - before[pid] for pid in pids}
    assert all(ticks > 0 for ticks in used.values()), used
    # each turn was a new connection, to either worker: the history is the database's
    state = httpx.get(f"{forked.url}/threads/{threads[0]}", timeout=30)
    assert state.status_code == 200, state.text
    said = [m["content"] for m in state.json()["messages"] if m["type"] == "human"]
    assert said == [
        f"turn {turn} of {threads[0]}: remember the word heron-{threads[0]}" for turn in range(3)
    ]
    assert forked.errors() == []


def test_sigterm_stops_the_arbiter_and_every_worker(forked: RunningServer) -> None:
    pids = workers(forked)
    forked.stop()
    assert forked.process.returncode == 0
    for pid in pids:
        assert (
            not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
        )
    assert forked.errors() == []
