"""SQLite on a full disk: the database lives on a small tmpfs the test mounts (it needs
root, as the development machines and CI have; elsewhere the test is skipped and
says why). Requests get a 503 with the reason, nothing already stored is damaged,
and the service stores again as soon as space is freed, with no restart."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.sync.client import connect

from fakes.small_disk import CannotMount, fill, small_disk
from tests.integration.conftest import ask, start_server


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Path]:
    """A 3 MiB filesystem of this test's own."""
    try:
        with small_disk(tmp_path / "small") as folder:
            yield folder
    except CannotMount as exc:
        pytest.skip(f"cannot mount a small filesystem here: {exc}")


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def test_a_full_disk_is_a_503_and_the_service_recovers_when_space_returns(
    tmp_path: Path, small: Path, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    db_path = small / "threadline.sqlite"
    env = {**openai_env, "THREADLINE_DB_PATH": str(db_path)}
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    kept = f"kept-{uuid.uuid4().hex}"
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for n in range(3):
                assert client.post("/chat/invoke", json=ask(f"kept {n}", kept)).status_code == 200
            before = client.get(f"/threads/{kept}").json()["messages"]
            filler = fill(small)

            # the first write that needs space fails; none is a 500
            refused = None
            for n in range(40):
                response = client.post("/chat/invoke", json=ask("x" * 4000, f"full-{n}"))
                assert response.status_code in (200, 503), response.text
                if response.status_code == 503:
                    refused = response
                    break
            assert refused is not None, "the disk never filled"
            assert "disk is full" in refused.json()["detail"]
            assert refused.headers["retry-after"]
            streamed = client.post("/chat/stream", json=ask("streamed", f"full-s-{uuid.uuid4()}"))
            assert "disk is full" in streamed.text and '"status_code": 503' in streamed.text
            created = client.post("/threads", json={"title": "new"})
            assert created.status_code == 503 and "disk is full" in created.json()["detail"]
            with connect(server.ws_url(f"full-ws-{uuid.uuid4().hex}")) as ws:
                frames = [json.loads(ws.recv(timeout=10))]  # joining claims the thread: a write
                if frames[-1]["type"] != "error":
                    ws.send(json.dumps({"type": "message", "content": "over the socket"}))
                    frames.append(json.loads(ws.recv(timeout=30)))
                while frames[-1]["type"] not in ("error", "stream_end"):
                    frames.append(json.loads(ws.recv(timeout=30)))
            assert frames[-1]["type"] == "error" and frames[-1]["code"] == 503, frames
            assert "disk is full" in frames[-1]["reason"]

            # what was stored is whole
            assert client.get(f"/threads/{kept}").json()["messages"] == before
            assert integrity(db_path) == "ok"

            # space returns: the next turn is stored, with no restart
            filler.unlink()
            after = client.post("/chat/invoke", json=ask("after", kept))
            assert after.status_code == 200, after.text
            history = client.get(f"/threads/{kept}").json()["messages"]
        assert history[:-2] == before
        assert [m["content"] for m in history[-2:-1]] == ["after"]
        assert server.process.poll() is None
        assert integrity(db_path) == "ok"
    finally:
        server.stop()
    assert "Traceback" not in server.log_path.read_text()
