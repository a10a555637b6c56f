"""`langgraph.json` loads in `langgraph dev` (the in-memory LangGraph server) and the
graph answers through the LangGraph SDK, with memory per LangGraph thread."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from langgraph_sdk import get_client

from fakes.openai_server import ServerThread, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
async def test_langgraph_dev_loads_and_answers(
    fake_openai: ServerThread, tmp_path: Path, fake: httpx.Client
) -> None:
    port = free_port()
    cli = Path(sys.executable).with_name("langgraph")
    assert cli.exists() or shutil.which("langgraph"), "langgraph-cli[inmem] is a dev dependency"
    env = {
        **os.environ,
        "OPENAI_API_KEY": "test-key",
        "OPENAI_BASE_URL": f"{fake_openai.url}/v1",
        "THREADLINE_DATA_DIR": str(tmp_path / "data"),
        "LANGGRAPH_NO_BROWSER": "1",
    }
    log = (tmp_path / "langgraph.log").open("wb")
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
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{url}/ok", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert process.poll() is None, (tmp_path / "langgraph.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "langgraph dev did not start"
            time.sleep(0.5)
        client = get_client(url=url)
        thread = await client.threads.create()
        first = await client.runs.wait(
            thread["thread_id"],
            "threadline",
            input={"incoming": [{"role": "user", "content": "hi"}]},
        )
        assert json.loads(first["messages"][-1])["type"] == "ai"  # message records, as JSON
        second = await client.runs.wait(
            thread["thread_id"],
            "threadline",
            input={"incoming": [{"role": "user", "content": "again"}]},
        )
        answer = json.loads(second["messages"][-1])["data"]["content"]
        assert "I have read 2 user messages" in answer
    finally:
        process.terminate()
        process.wait(timeout=30)
