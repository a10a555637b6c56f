"""The WebSocket in-process on the shared stream bus (Redis, a key prefix of this
test's own): what Redis keeps of a thread is moderated, and goes with the thread."""

from __future__ import annotations

import json
from typing import Any

import redis
from fastapi.testclient import TestClient
from pydantic import SecretStr

from fakes.models import HashEmbedder, scripted_model
from server import create_app
from settings import Settings
from tests.conftest import REDIS_TEST_URL

ALICE = {"Authorization": "Bearer key-alice"}
CARD = "4111 1111 1111 1111"
SECRET = "sk-proj-Abcdefghijklmnopqrstuvwx1234"


def until_end(ws: Any) -> list[dict[str, Any]]:
    events = [ws.receive_json()]
    while events[-1]["type"] not in ("stream_end", "error"):
        events.append(ws.receive_json())
    return events


def bus_contents(prefix: str) -> str:
    """Every event every thread's stream holds in Redis, as text."""
    client = redis.Redis.from_url(REDIS_TEST_URL, decode_responses=True)
    try:
        return repr({key: client.xrange(key) for key in client.scan_iter(f"{prefix}bus:*")})
    finally:
        client.close()


def test_redis_keeps_no_blocked_secret_and_nothing_of_a_deleted_thread(
    settings: Settings, redis_prefix: str
) -> None:
    app = create_app(
        settings.model_copy(
            update={
                "api_keys": SecretStr("alice:key-alice"),
                "redis_url": REDIS_TEST_URL,
                "redis_prefix": redis_prefix,
            }
        ),
        chat_model=scripted_model("the answer about the heron", repeat=True),
        embedder=HashEmbedder(),
    )
    with TestClient(app) as client:
        tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
        with client.websocket_connect(f"/ws/chat/{tid}", headers=ALICE) as ws:
            assert ws.receive_json()["type"] == "history"
            ws.send_json({"type": "message", "content": f"my card {CARD}, my key {SECRET}"})
            events = until_end(ws)
            assert events[-1]["user_message"]["content"].startswith("[message withheld")
            kept = bus_contents(redis_prefix)
            assert tid in kept and "4111" not in kept and SECRET[:12] not in kept
            ws.send_json({"type": "message", "content": "tell me about the heron"})
            until_end(ws)
            assert "heron" in bus_contents(redis_prefix)
            assert client.delete(f"/threads/{tid}", headers=ALICE).status_code == 204
            assert ws.receive_json()["code"] == 404  # the tab is told, then closed
    kept = json.dumps(bus_contents(redis_prefix))
    assert "heron" not in kept and "thread_deleted" in kept
