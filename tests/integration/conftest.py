"""The real server on a free port, backed by a local fake OpenAI-compatible server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from fakes.openai_server import FakeOpenAI, ServerThread, free_port


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


@dataclass
class RunningServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    data_dir: Path

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def ws_url(self, thread_id: str) -> str:
        """The WebSocket chat of `thread_id` on this server."""
        return self.url.replace("http", "ws", 1) + f"/ws/chat/{thread_id}"

    def errors(self) -> list[str]:
        """The server's log lines at level ERROR (its log is JSON lines)."""
        return [
            line
            for line in self.log_path.read_text().splitlines()
            if line.startswith("{") and json.loads(line).get("level") == "ERROR"
        ]


def launch_server(
    data_dir: Path, env: dict[str, str], log_path: Path, port: int | None = None
) -> RunningServer:
    """`threadline serve` in a subprocess, not yet waited on."""
    port = port or free_port()
    log = log_path.open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "THREADLINE_DATA_DIR": str(data_dir), **env},
    )
    return RunningServer(f"http://127.0.0.1:{port}", process, log_path, data_dir)


def wait_until_up(server: RunningServer) -> RunningServer:
    """The server, once `/health` answers; its log when it exits or never answers."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited: {server.log_path.read_text()[-3000:]}")
        try:
            if httpx.get(f"{server.url}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.process.kill()
    raise RuntimeError(f"server did not start: {server.log_path.read_text()[-3000:]}")


def start_server(
    data_dir: Path, env: dict[str, str], log_path: Path, port: int | None = None
) -> RunningServer:
    """`threadline serve` in a subprocess, waited on until `/health` answers."""
    return wait_until_up(launch_server(data_dir, env, log_path, port))


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
