"""Helpers shared by the serving benchmarks: start an app in a subprocess on a
free port, and time one `/stream` request's first token and end."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(module: str, *args: str) -> tuple[subprocess.Popen[bytes], str]:
    """Run `python -m module --serve ... --port N` and wait until it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", module, "--serve", *args, "--port", str(port)],
        cwd=Path(__file__).resolve().parents[2],
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/health", timeout=1)
            return process, url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"{module} {args} did not start")


def time_stream(
    client: httpx.Client, url: str, body: dict[str, object]
) -> tuple[float, float, str]:
    """Seconds to the first non-empty data event and to the end, and the text streamed."""
    start = time.perf_counter()
    first, text, event = 0.0, [], ""
    with client.stream("POST", url, json=body) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event == "data":
                content = json.loads(line[5:]).get("content", "")
                if content and not first:
                    first = time.perf_counter() - start
                text.append(content)
            elif event == "end":
                break
    return first, time.perf_counter() - start, "".join(text)
