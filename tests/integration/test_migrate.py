"""Moving up: a SQLite deployment copied into PostgreSQL by `threadline
migrate-to-postgres` keeps every thread, its owner, its whole history and its ratings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.integration.conftest import ask, start_server

ROOT = Path(__file__).resolve().parents[2]
KEYS = "ada:key-ada,bob:key-bob"
ADA, BOB = {"Authorization": "Bearer key-ada"}, {"Authorization": "Bearer key-bob"}


def test_a_sqlite_deployment_moves_to_postgres_whole(
    tmp_path: Path, openai_env: dict[str, str], pgvector_url: str, fake: httpx.Client
) -> None:
    env = {**openai_env, "THREADLINE_API_KEYS": KEYS}
    old = start_server(tmp_path / "old", env, tmp_path / "old.log")
    try:
        for n in range(3):
            for turn in range(n + 1):
                response = httpx.post(
                    f"{old.url}/chat/invoke", json=ask(f"ada {n}.{turn}", f"ada-{n}"), headers=ADA
                )
                assert response.status_code == 200, response.text
        httpx.post(f"{old.url}/chat/invoke", json=ask("bob's only", "bob-0"), headers=BOB)
        httpx.patch(f"{old.url}/threads/ada-0", json={"title": "renamed"}, headers=ADA)
        answer = httpx.get(f"{old.url}/threads/ada-1", headers=ADA).json()["messages"][-1]
        rated = httpx.post(
            f"{old.url}/threads/ada-1/messages/{answer['id']}/feedback",
            json={"score": "down", "comment": "too short"},
            headers=ADA,
        )
        assert rated.status_code == 201, rated.text
        before = {
            tid: httpx.get(f"{old.url}/threads/{tid}", headers=headers).json()
            for tid, headers in [("ada-0", ADA), ("ada-1", ADA), ("ada-2", ADA), ("bob-0", BOB)]
        }
    finally:
        old.stop()

    result = subprocess.run(
        [sys.executable, "-m", "cli", "migrate-to-postgres", "--to", pgvector_url],
        cwd=ROOT,
        env={**os.environ, "THREADLINE_DATA_DIR": str(tmp_path / "old")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "copied 4 threads (4 with owners)" in result.stdout
    assert "every thread reads back the same" in result.stdout
    assert "1 feedback" in result.stdout

    new_env = {**env, "THREADLINE_DATABASE_URL": pgvector_url}
    new = start_server(tmp_path / "new", new_env, tmp_path / "new.log")
    try:
        for tid, headers in [("ada-0", ADA), ("ada-1", ADA), ("ada-2", ADA), ("bob-0", BOB)]:
            assert httpx.get(f"{new.url}/threads/{tid}", headers=headers).json() == before[tid]
        assert httpx.get(f"{new.url}/threads/bob-0", headers=ADA).status_code == 404
        rating = httpx.get(f"{new.url}/threads/ada-1", headers=ADA).json()["messages"][-1]
        assert rating["feedback"]["comment"] == "too short"  # and `before` held it too
        listed = httpx.get(f"{new.url}/threads", headers=ADA).json()["threads"]
        assert sorted(t["thread_id"] for t in listed) == ["ada-0", "ada-1", "ada-2"]
        more = httpx.post(f"{new.url}/chat/invoke", json=ask("one more", "ada-2"), headers=ADA)
        assert "I have read 4 user messages. The first was: 'ada 2.0'" in str(more.json())
    finally:
        new.stop()
