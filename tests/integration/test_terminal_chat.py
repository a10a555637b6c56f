"""`threadline chat` against the real server: streaming answers and slash commands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from tests.integration.conftest import RunningServer

ROOT = Path(__file__).resolve().parents[2]


def chat(server: RunningServer, lines: list[str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "cli", "chat", "--url", server.url, *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_terminal_chat_streams_and_manages_threads(
    server: RunningServer, fake: httpx.Client
) -> None:
    other = httpx.post(f"{server.url}/threads", json={"title": "the other one"}).json()
    out = chat(
        server,
        [
            "hello from the terminal",
            "and again",
            "/threads",
            "/clear",
            "after clearing",
            f"/switch {other['thread_id']}",
            "/new",
            "/bogus",
            "/quit",
        ],
    )
    assert "bot> I have read 1 user messages. The first was: 'hello from the terminal'" in out
    assert "bot> I have read 2 user messages" in out
    assert "the other one" in out and "hello from the terminal" in out  # /threads
    assert "[history cleared]" in out
    assert "bot> I have read 1 user messages. The first was: 'after clearing'" in out
    assert f"[thread {other['thread_id']}: 0 messages]" in out
    assert out.count("[new thread") == 2
    assert "commands: /new" in out


def test_terminal_chat_shows_moderation_and_errors(
    server: RunningServer, fake: httpx.Client
) -> None:
    out = chat(server, ["my card is 4111 1111 1111 1111", "/switch no-such-thread"])
    assert "blocked by the payment card" in out
    assert "[your message was blocked by moderation and not stored]" in out
    assert "[error 404: thread 'no-such-thread' not found]" in out
    done = subprocess.run(
        [sys.executable, "-m", "cli", "chat", "--url", "http://127.0.0.1:9"],
        input="/quit\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2 and "cannot chat with http://127.0.0.1:9" in done.stderr
