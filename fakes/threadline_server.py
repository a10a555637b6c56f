"""`threadline serve` in a subprocess on a free port, for the integration tests and the
fault benchmarks (bench/perf/soak.py) alike: started, waited on, stopped or killed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from fakes.openai_server import free_port

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class RunningServer:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    data_dir: Path

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def kill(self) -> None:
        """SIGKILL: the process dies wherever it is, as in a crash."""
        self.process.kill()
        self.process.wait(timeout=30)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

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
    data_dir: Path,
    env: dict[str, str],
    log_path: Path,
    port: int | None = None,
    args: tuple[str, ...] = (),
) -> RunningServer:
    """`threadline serve [args]` in a subprocess, not yet waited on."""
    port = port or free_port()
    log = log_path.open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), *args],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "THREADLINE_DATA_DIR": str(data_dir), **env},
    )
    return RunningServer(f"http://127.0.0.1:{port}", process, log_path, data_dir)


def wait_until_up(server: RunningServer, timeout_s: float = 240) -> RunningServer:
    """The server, once `/health` answers; its log when it exits or never answers. A
    first start builds the index, which on a busy two-core machine takes minutes."""
    deadline = time.monotonic() + timeout_s
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
