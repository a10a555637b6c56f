"""`langgraph dev` (LangGraph's in-memory server) serving threadline's `langgraph.json`
in a subprocess, for the tests of LangGraph's clients and bench/perf/langgraph_stream.py
alike: started on a port and waited on until it answers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def start_langgraph_dev(port: int, env: dict[str, str], log_path: Path) -> subprocess.Popen[bytes]:
    """`langgraph dev` on `port` with threadline's `langgraph.json`, once it answers
    `/ok` (its output goes to `log_path`; RuntimeError with its tail if it never does)."""
    cli = Path(sys.executable).with_name("langgraph")
    process = subprocess.Popen(
        [
            str(cli),
            "dev",
            "--port",
            str(port),
            "--no-browser",
            "--no-reload",
            "--config",
            str(ROOT / "langgraph.json"),
        ],
        cwd=ROOT,
        env={**os.environ, **env, "LANGGRAPH_NO_BROWSER": "1"},
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 180
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ok", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"langgraph dev did not start: {log_path.read_text()[-3000:]}")
        time.sleep(0.5)
