"""The multi-user service in-process: keys, ownership on every endpoint, the threads
API, busy threads, rate limits, readiness, metrics, CORS and request limits."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from langchain_core.messages import AIMessage, BaseMessage
from prometheus_client.parser import text_string_to_metric_families

from fakes.models import HashEmbedder, ScriptedChatModel, scripted_model
from server import create_app
from service.keys import KeyRing, add_key, hash_key, revoke_keys
from settings import Settings

ALICE = {"Authorization": "Bearer key-alice"}
BOB = {"X-API-Key": "key-bob"}


class RecordingModel(ScriptedChatModel):
    """Streams its scripted answers slowly, remembering every prompt it was given."""

    prompts: list[list[BaseMessage]] = []
    delay_s: float = 0.0

    async def _astream(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> Any:
        self.prompts.append(messages)
        async for chunk in super()._astream(messages, *args, **kwargs):
            await asyncio.sleep(self.delay_s)
            yield chunk


def recording_model(delay_s: float = 0.0) -> RecordingModel:
    answers = (AIMessage(f"answer number {n} for you") for n in range(10_000))
    return RecordingModel(messages=answers, prompts=[], delay_s=delay_s)


@pytest.fixture
def make_app(settings: Settings) -> Callable[..., FastAPI]:
    def make(model: Any = None, **overrides: Any) -> FastAPI:
        values = {"api_keys": "alice:key-alice,bob:key-bob", **overrides}
        return create_app(
            settings.model_copy(update={k: _setting(k, v) for k, v in values.items()}),
            chat_model=model or scripted_model("a fine answer", repeat=True),
            embedder=HashEmbedder(),
        )

    return make


def _setting(name: str, value: Any) -> Any:
    from pydantic import SecretStr

    return SecretStr(value) if name == "api_keys" else value


@pytest.fixture
def client(make_app: Callable[..., FastAPI]) -> Any:
    with TestClient(make_app()) as client:
        yield client


@asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan, driven through httpx in this event loop."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


def ask(text: str, thread_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"input": {"messages": [{"type": "human", "content": text}]}}
    if thread_id:
        body["config"] = {"configurable": {"thread_id": thread_id}}
    return body


# --- keys -----------------------------------------------------------------------------


def test_keys_are_stored_hashed_and_revocable(tmp_path: Path) -> None:
    keys_file = tmp_path / "api_keys"
    key = add_key(keys_file, "carol")
    stored = keys_file.read_text()
    assert key not in stored and hash_key(key) in stored
    ring = KeyRing("alice:inline-key", keys_file)
    assert ring.user_for(key) == "carol"
    assert ring.user_for("inline-key") == "alice"
    assert ring.user_for("wrong") is None
    assert revoke_keys(keys_file, "carol") == 1
    assert ring.user_for(key) is None  # the file is re-read when it changes
    assert not KeyRing("", tmp_path / "missing").user_for("x")
    assert KeyRing("", tmp_path / "missing").development_mode


def test_inline_keys_are_validated() -> None:
    with pytest.raises(ValueError, match="user:key"):
        KeyRing("alice-without-key")


def test_requests_without_a_valid_key_get_401(client: TestClient) -> None:
    for method, path, body in [
        ("GET", "/threads", None),
        ("POST", "/threads", {}),
        ("POST", "/chat/invoke", ask("hi")),
        ("POST", "/chat/stream", ask("hi")),
        ("POST", "/chat/batch", {"inputs": [ask("hi")["input"]]}),
    ]:
        for headers in ({}, {"Authorization": "Bearer nope"}, {"X-API-Key": ""}):
            response = client.request(method, path, json=body, headers=headers)
            assert response.status_code == 401, (path, headers, response.text)
            assert response.headers["www-authenticate"] == "Bearer"
    with client.websocket_connect("/ws/chat/t1") as ws:
        ws.send_json({"type": "auth", "api_key": "nope"})
        assert ws.receive_json() == {"type": "error", "code": 401, "reason": "invalid API key"}


def test_development_mode_needs_no_key(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(api_keys="")) as client:
        assert client.post("/threads", json={}).status_code == 201
        answer = client.post("/chat/invoke", json=ask("hello"))
        assert answer.status_code == 200, answer.text


# --- ownership ------------------------------------------------------------------------


def test_another_users_thread_is_a_404_on_every_endpoint(client: TestClient) -> None:
    created = client.post("/threads", json={"title": "alice's"}, headers=ALICE).json()
    tid = created["thread_id"]
    assert len(tid) == 32  # 128 random bits
    first = client.post("/chat/invoke", json=ask("my secret plan is tea", tid), headers=ALICE)
    assert first.status_code == 200, first.text

    for method, path, body in [
        ("GET", f"/threads/{tid}", None),
        ("PATCH", f"/threads/{tid}", {"title": "mine now"}),
        ("DELETE", f"/threads/{tid}", None),
        ("DELETE", f"/threads/{tid}/messages", None),
        ("POST", f"/threads/{tid}/stop", None),
        ("POST", f"/threads/{tid}/messages", {"content": "the plan?"}),
        ("POST", f"/threads/{tid}/regenerate", {}),
        ("POST", f"/threads/{tid}/messages/any/edit", {"content": "the plan?"}),
        ("POST", f"/threads/{tid}/messages/any/feedback", {"score": "up"}),
        ("POST", f"/threads/{tid}/branch", {"message_id": "any", "index": 1}),
        ("POST", "/chat/invoke", ask("what is the plan?", tid)),
        ("POST", "/chat/stream", ask("what is the plan?", tid)),
        ("POST", "/chat/stream_events", ask("what is the plan?", tid)),
        ("POST", "/chat/stream_log", ask("what is the plan?", tid)),
        (
            "POST",
            "/chat/batch",
            {"inputs": [ask("plan?")["input"]], "config": {"configurable": {"thread_id": tid}}},
        ),
    ]:
        response = client.request(method, path, json=body, headers=BOB)
        assert response.status_code == 404, (method, path, response.text)
        assert "not found" in response.json()["detail"]
    assert client.get("/threads", headers=BOB).json()["threads"] == []
    with client.websocket_connect(f"/ws/chat/{tid}", headers=BOB) as ws:
        # what an unused id shows: an empty history (tests/unit/test_ws.py has the rest)
        assert ws.receive_json() == {"type": "history", "thread_id": tid, "messages": []}
        ws.send_json({"type": "clear_history"})
        event = ws.receive_json()
        assert event["type"] == "error" and event["code"] == 404
    with client.websocket_connect(f"/ws/chat/{tid}", headers=BOB) as ws:
        ws.receive_json()
        ws.send_json({"type": "stop"})
        event = ws.receive_json()
        assert event["type"] == "error" and event["code"] == 404

    mine = client.get(f"/threads/{tid}", headers=ALICE).json()
    assert mine["title"] == "alice's"
    assert [m["content"] for m in mine["messages"]] == ["my secret plan is tea", "a fine answer"]


def test_a_chat_thread_id_is_claimed_by_its_first_user(client: TestClient) -> None:
    assert client.post("/chat/invoke", json=ask("hi", "shared-name"), headers=ALICE).is_success
    assert (
        client.post("/chat/invoke", json=ask("hi", "shared-name"), headers=BOB).status_code == 404
    )
    listed = client.get("/threads", headers=ALICE).json()["threads"]
    assert [t["thread_id"] for t in listed] == ["shared-name"]
    assert listed[0]["title"] == "hi"  # named after its first message


def test_an_untitled_thread_is_named_after_its_moderated_first_message(
    client: TestClient,
) -> None:
    tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
    card = "my card is 4111 1111 1111 1111"
    client.post("/chat/invoke", json=ask(card, tid), headers=ALICE)
    client.post("/chat/invoke", json=ask("second message", tid), headers=ALICE)
    title = client.get(f"/threads/{tid}", headers=ALICE).json()["title"]
    assert title.startswith("[message withheld") and "4111" not in title
    named = client.post("/threads", json={"title": "Kept"}, headers=ALICE).json()["thread_id"]
    client.post("/chat/invoke", json=ask("hello", named), headers=ALICE)
    assert client.get(f"/threads/{named}", headers=ALICE).json()["title"] == "Kept"


# --- the threads API ------------------------------------------------------------------


def test_threads_crud_and_history(client: TestClient) -> None:
    created = client.post(
        "/threads",
        json={"title": "Support", "persona": {"expertise": "beginner"}, "metadata": {"k": 1}},
        headers=ALICE,
    )
    assert created.status_code == 201
    tid = created.json()["thread_id"]
    client.post("/chat/invoke", json=ask("How do I install threadline?", tid), headers=ALICE)
    detail = client.get(f"/threads/{tid}", headers=ALICE).json()
    assert detail["persona"] == {"expertise": "beginner"} and detail["metadata"] == {"k": 1}
    human, answer = detail["messages"]
    assert human["type"] == "human" and answer["type"] == "ai"
    assert answer["moderation"]["outcome"] == "answered"
    assert answer["sources"] and answer["sources"][0]["source"] == "guide.md"

    patched = client.patch(
        f"/threads/{tid}",
        json={"title": "Renamed", "persona": {"language": "French"}},
        headers=ALICE,
    ).json()
    assert patched["title"] == "Renamed" and patched["persona"] == {"language": "French"}
    assert client.patch(f"/threads/{tid}", json={"owner": "bob"}, headers=ALICE).status_code == 422
    assert (
        client.post("/threads", json={"persona": {"expertise": "guru"}}, headers=ALICE).status_code
        == 422
    )


def test_a_threads_messages_carry_the_time_they_were_stored(client: TestClient) -> None:
    tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
    answer = client.post(f"/threads/{tid}/messages", json={"content": "one"}, headers=ALICE)
    client.post(f"/threads/{tid}/messages", json={"content": "two"}, headers=ALICE)
    messages = client.get(f"/threads/{tid}", headers=ALICE).json()["messages"]
    times = [datetime.fromisoformat(m["created_at"]) for m in messages]
    assert len(times) == 4 and times == sorted(times)
    assert all(t.tzinfo is not None and t.utcoffset() == timedelta(0) for t in times)
    assert answer.json()["created_at"] == messages[1]["created_at"]


# --- searching what the threads say ------------------------------------------------------


def test_search_finds_a_question_or_an_answer_in_your_threads_only(
    make_app: Callable[..., FastAPI],
) -> None:
    model = scripted_model(
        "Tea is best brewed at ninety degrees.", "Paris is the capital.", repeat=True
    )
    with TestClient(make_app(model)) as client:
        tea = client.post("/threads", json={"title": "Drinks"}, headers=ALICE).json()["thread_id"]
        client.post(f"/threads/{tea}/messages", json={"content": "How hot?"}, headers=ALICE)
        france = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
        question = "Which city is the capital of FRANCE, please?"
        client.post(f"/threads/{france}/messages", json={"content": question}, headers=ALICE)
        bobs = client.post("/threads", json={}, headers=BOB).json()["thread_id"]
        client.post(f"/threads/{bobs}/messages", json={"content": "France, tea"}, headers=BOB)

        def search(q: str, headers: dict[str, str] = ALICE, **params: Any) -> Any:
            return client.get("/threads/search", params={"q": q, **params}, headers=headers)

        found = search("NINETY degrees").json()  # in an answer, any case
        assert [r["thread_id"] for r in found["results"]] == [tea]
        (match,) = found["results"][0]["matches"]
        assert match["type"] == "ai" and match["match"] == "ninety degrees"
        assert match["snippet"] == "Tea is best brewed at ninety degrees."
        assert match["before"] + match["match"] + match["after"] == match["snippet"]
        history = client.get(f"/threads/{tea}", headers=ALICE).json()["messages"]
        assert match["message_id"] == history[1]["id"]
        assert found["scanned"] == 2 and found["truncated"] is False

        found = search("france").json()  # in a question: Alice's thread, never Bob's
        assert [r["thread_id"] for r in found["results"]] == [france]
        assert [m["type"] for m in found["results"][0]["matches"]] == ["human"]
        assert found["results"][0]["matches"][0]["match"] == "FRANCE"
        assert [r["thread_id"] for r in search("france", BOB).json()["results"]] == [bobs]

        drinks = search("drinks").json()["results"]  # a title
        assert [(r["thread_id"], r["title_match"], r["matches"]) for r in drinks] == [
            (tea, True, [])
        ]
        assert search("coffee").json()["results"] == []
        assert search("the capital", limit=1).json()["results"][0]["thread_id"] == france

        for bad in ({"q": ""}, {"q": "   "}, {"q": "x" * 201}, {}, {"q": "tea", "limit": 0}):
            response = client.get("/threads/search", params=bad, headers=ALICE)
            assert response.status_code == 422, (bad, response.text)
            assert response.json()["detail"]
        assert client.get("/threads/search", params={"q": "tea"}).status_code == 401


def test_search_reads_only_the_most_recent_threads(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(search_scan_threads=2)) as client:
        ids = [
            client.post("/threads", json={"title": f"topic {n}"}, headers=ALICE).json()["thread_id"]
            for n in range(3)
        ]
        found = client.get("/threads/search", params={"q": "topic"}, headers=ALICE).json()
        assert found["scanned"] == 2 and found["truncated"] is True
        assert [r["thread_id"] for r in found["results"]] == ids[:0:-1]  # newest first


def test_threads_are_listed_newest_first_in_pages(client: TestClient) -> None:
    ids = [
        client.post("/threads", json={"title": f"t{n}"}, headers=ALICE).json()["thread_id"]
        for n in range(5)
    ]
    seen: list[str] = []
    offset: int | None = 0
    pages = 0
    while offset is not None:
        page = client.get(f"/threads?limit=2&offset={offset}", headers=ALICE).json()
        seen += [t["thread_id"] for t in page["threads"]]
        offset = page["next_offset"]
        pages += 1
    assert pages == 3 and seen == ids[::-1]
    client.post("/chat/invoke", json=ask("bump", ids[0]), headers=ALICE)
    newest = client.get("/threads?limit=1", headers=ALICE).json()["threads"][0]
    assert newest["thread_id"] == ids[0]  # activity moves a thread to the top
    assert client.get("/threads?limit=0", headers=ALICE).status_code == 422
    assert client.get("/threads?limit=101", headers=ALICE).status_code == 422


def test_delete_removes_the_checkpoints(client: TestClient, settings: Settings) -> None:
    tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
    client.post("/chat/invoke", json=ask("remember me", tid), headers=ALICE)
    count = "SELECT count(*) FROM checkpoints WHERE thread_id = ?"
    with sqlite3.connect(settings.sqlite_path) as db:
        assert db.execute(count, (tid,)).fetchone()[0] > 0
    assert client.delete(f"/threads/{tid}", headers=ALICE).status_code == 204
    with sqlite3.connect(settings.sqlite_path) as db:
        assert db.execute(count, (tid,)).fetchone()[0] == 0
        assert (
            db.execute("SELECT count(*) FROM writes WHERE thread_id = ?", (tid,)).fetchone()[0] == 0
        )
    assert client.get(f"/threads/{tid}", headers=ALICE).status_code == 404


# --- personas and history ---------------------------------------------------------------


def test_a_threads_persona_reaches_the_system_prompt(make_app: Callable[..., FastAPI]) -> None:
    model = recording_model()
    with TestClient(make_app(model)) as client:
        tid = client.post(
            "/threads",
            json={"persona": {"expertise": "expert", "topics": ["billing"], "language": "French"}},
            headers=ALICE,
        ).json()["thread_id"]
        client.post("/chat/invoke", json=ask("hi", tid), headers=ALICE)
        system = str(model.prompts[-1][0].content)
        assert "Always answer in French." in system
        assert "Keep to these topics: billing." in system and "expert" in system
        tid2 = client.post(
            "/threads", json={"system_prompt": "You are a pirate."}, headers=ALICE
        ).json()["thread_id"]
        client.post("/chat/invoke", json=ask("hi", tid2), headers=ALICE)
        assert str(model.prompts[-1][0].content).startswith("You are a pirate.")


# --- one run per thread ------------------------------------------------------------------


async def test_a_second_message_on_a_busy_thread_gets_409(
    make_app: Callable[..., FastAPI],
) -> None:
    app = make_app(recording_model(delay_s=0.05))
    async with running(app) as client:
        tid = (await client.post("/threads", json={}, headers=ALICE)).json()["thread_id"]
        first = asyncio.create_task(
            client.post("/chat/invoke", json=ask("one", tid), headers=ALICE)
        )
        for _ in range(100):
            await asyncio.sleep(0.01)
            if await app.state.service.chat.is_busy(tid):
                break
        for path in ("/chat/invoke", "/chat/stream"):
            second = await client.post(path, json=ask("two", tid), headers=ALICE)
            assert second.status_code == 409, second.text
            assert "still answering" in second.json()["detail"]
        assert (await first).status_code == 200
        history = (await client.get(f"/threads/{tid}", headers=ALICE)).json()["messages"]
        assert [m["content"] for m in history if m["type"] == "human"] == ["one"]


async def test_busy_thread_can_queue_instead(make_app: Callable[..., FastAPI]) -> None:
    app = make_app(recording_model(delay_s=0.01), busy_thread="queue")
    async with running(app) as client:
        tid = (await client.post("/threads", json={}, headers=ALICE)).json()["thread_id"]
        answers = await asyncio.gather(
            *(client.post("/chat/invoke", json=ask(f"q{n}", tid), headers=ALICE) for n in range(3))
        )
        assert [a.status_code for a in answers] == [200, 200, 200]
        history = (await client.get(f"/threads/{tid}", headers=ALICE)).json()["messages"]
        assert sorted(m["content"] for m in history if m["type"] == "human") == ["q0", "q1", "q2"]
        assert [m["type"] for m in history] == ["human", "ai"] * 3


# --- rate limits and request limits ------------------------------------------------------


def test_rate_limit_answers_429_with_headers(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(rate_limit="2/minute")) as client:
        for _ in range(2):
            assert client.post("/chat/invoke", json=ask("hi"), headers=ALICE).status_code == 200
        for path in ("/chat/invoke", "/chat/stream"):
            limited = client.post(path, json=ask("hi"), headers=ALICE)
            assert limited.status_code == 429
            assert 0 < int(limited.headers["retry-after"]) <= 60
            assert limited.headers["ratelimit-limit"] == "2"
            assert limited.headers["ratelimit-remaining"] == "0"
            assert "rate limit" in limited.json()["detail"]
        assert client.post("/chat/invoke", json=ask("hi"), headers=BOB).status_code == 200
        metrics = client.get("/metrics").text
        assert 'threadline_rate_limited_total{endpoint="invoke"} 1.0' in metrics


def test_oversized_requests_get_413(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(max_request_bytes=4096)) as client:
        big = client.post("/chat/invoke", json=ask("x" * 5000), headers=ALICE)
        assert big.status_code == 413 and "limit of 4096" in big.json()["detail"]

        def chunks() -> Any:
            for _ in range(10):
                yield b" " * 1000

        streamed = client.post(
            "/threads", content=chunks(), headers={**ALICE, "content-type": "application/json"}
        )
        assert streamed.status_code == 413


# --- health, metrics, logs, CORS ---------------------------------------------------------


async def test_readiness_reports_each_dependency(make_app: Callable[..., FastAPI]) -> None:
    app = make_app(ready_cache_s=0)
    async with running(app) as client:
        ready = await client.get("/health/ready")
        assert ready.status_code == 200, ready.text
        assert ready.json()["checks"] == {
            "database": "ok",
            "index": "ok",
            "model": "ok",
            "rate_limit_storage": "ok",
        }
        await app.state.service.storage.checkpointer.conn.close()  # the database goes away
        down = await client.get("/health/ready")
        assert down.status_code == 503
        assert down.json()["checks"]["database"] != "ok"
        assert (await client.get("/health")).status_code == 200


async def test_readiness_is_cached(make_app: Callable[..., FastAPI]) -> None:
    app = make_app(ready_cache_s=60)
    async with running(app) as client:
        assert (await client.get("/health/ready")).status_code == 200
        await app.state.service.storage.checkpointer.conn.close()
        assert (await client.get("/health/ready")).status_code == 200  # not probed again


def test_metrics_scrape_parses_with_the_expected_series(client: TestClient) -> None:
    client.post("/chat/invoke", json=ask("hello"), headers=ALICE)
    client.post("/chat/stream", json=ask("hello again"), headers=ALICE)
    client.post("/chat/invoke", json=ask("my key is sk-proj-Abcdefghijklmnopqrstu1"), headers=ALICE)
    scrape = client.get("/metrics")
    families = {f.name: f for f in text_string_to_metric_families(scrape.text)}
    for name in (
        "threadline_http_requests",
        "threadline_http_request_duration_seconds",
        "threadline_time_to_first_token_seconds",
        "threadline_tokens_generated",
        "threadline_moderation_findings",
        "threadline_rate_limited",
        "threadline_output_retries",
        "threadline_run_errors",
    ):
        assert name in families, (name, sorted(families))
    handlers = {s.labels.get("handler") for s in families["threadline_http_requests"].samples}
    assert "/chat/invoke" in handlers
    ttft = [
        s
        for s in families["threadline_time_to_first_token_seconds"].samples
        if s.name.endswith("_count")
    ]
    assert ttft[0].value >= 1
    findings = families["threadline_moderation_findings"].samples
    assert any(s.labels["category"] == "credentials" for s in findings)


def test_every_response_carries_a_request_id(client: TestClient) -> None:
    response = client.get("/threads", headers=ALICE)
    assert len(response.headers["x-request-id"]) >= 32
    echoed = client.get("/threads", headers={**ALICE, "X-Request-ID": "a" * 32})
    assert echoed.headers["x-request-id"] == "a" * 32


def test_json_logs_carry_the_request_id(capsys: pytest.CaptureFixture[str]) -> None:
    import logging.config

    from api.log_config import log_config

    logging.config.dictConfig(log_config("info", "json"))
    try:
        from asgi_correlation_id import correlation_id

        token = correlation_id.set("req-123")
        logging.getLogger("threadline").info("hello %s", "world")
        correlation_id.reset(token)
        line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        assert line["message"] == "hello world" and line["request_id"] == "req-123"
        assert line["level"] == "INFO" and line["logger"] == "threadline"
    finally:
        logging.getLogger("threadline").handlers.clear()
        logging.getLogger("threadline").propagate = True


def test_cors_allows_only_configured_origins(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(cors_origins=["https://app.example"])) as client:
        preflight = {"Access-Control-Request-Method": "POST"}
        ok = client.options("/threads", headers={"Origin": "https://app.example", **preflight})
        assert ok.headers["access-control-allow-origin"] == "https://app.example"
        assert ok.headers["access-control-allow-credentials"] == "true"
        other = client.options("/threads", headers={"Origin": "https://evil.example", **preflight})
        assert "access-control-allow-origin" not in other.headers
    with TestClient(make_app(cors_origins=["*"])) as client:
        wild = client.get("/health", headers={"Origin": "https://any.example"})
        assert wild.headers["access-control-allow-origin"] == "*"
        assert "access-control-allow-credentials" not in wild.headers


def test_serve_refuses_non_loopback_without_keys(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import cli

    monkeypatch.setenv("THREADLINE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("THREADLINE_API_KEYS", raising=False)
    assert cli.main(["serve", "--host", "0.0.0.0"]) == 2
    assert "loopback only" in capsys.readouterr().err


# --- development mode: no web page may drive the local server ----------------------------


def test_development_mode_refuses_other_web_pages(make_app: Callable[..., FastAPI]) -> None:
    """With no keys, whoever reaches the server is its user: a page the user merely
    visits must not use its WebSocket nor post to it (a browser posts `text/plain`
    cross-site without a CORS preflight)."""
    app = make_app(api_keys="", cors_origins=["https://app.example"])
    with TestClient(app) as client:
        evil = {"Origin": "https://evil.example"}
        with client.websocket_connect("/ws/chat/dev-1", headers=evil) as ws:
            refused = ws.receive_json()
            assert refused["code"] == 403 and "THREADLINE_CORS_ORIGINS" in refused["reason"]
        for origin in (
            None,
            "http://127.0.0.1:8000",
            "http://localhost:5173",
            "https://app.example",
            "http://testserver",
        ):
            headers = {"Origin": origin} if origin else {}
            with client.websocket_connect("/ws/chat/dev-1", headers=headers) as ws:
                assert ws.receive_json()["type"] == "history", origin
        for content_type in (
            "text/plain",
            "application/x-www-form-urlencoded",
            "text/plain; a=json",
        ):
            posted = client.post(
                "/chat/invoke",
                content=json.dumps(ask("from another page", "dev-2")),
                headers={"Content-Type": content_type},
            )
            assert posted.status_code == 415, (content_type, posted.text)
        assert client.get("/threads/dev-2").status_code == 404
        assert client.post("/chat/invoke", json=ask("from a client", "dev-2")).status_code == 200
    keyed = {**ALICE, "Origin": "https://x.example"}  # with keys, a page needs a key anyway
    with (
        TestClient(make_app()) as client,
        client.websocket_connect("/ws/chat/k-1", headers=keyed) as ws,
    ):
        assert ws.receive_json()["type"] == "history"


def test_dev_origin_rule() -> None:
    from api.auth import page_origin_allowed

    assert page_origin_allowed(None, "127.0.0.1:8000", [])
    assert page_origin_allowed("http://127.0.0.1:8000", "127.0.0.1:8000", [])
    assert page_origin_allowed("http://[::1]:3000", "127.0.0.1:8000", [])
    assert page_origin_allowed("http://box.lan:8000", "box.lan:8000", [])  # itself
    assert not page_origin_allowed("http://192.168.1.9:8000", "192.168.1.5:8000", [])
    assert not page_origin_allowed("https://evil.example", "127.0.0.1:8000", [])
    assert not page_origin_allowed("http://localhost.evil.example", "127.0.0.1:8000", [])
    assert not page_origin_allowed("null", "127.0.0.1:8000", [])
    assert page_origin_allowed("https://app.example", "x", ["https://app.example"])


# --- batches ---------------------------------------------------------------------------


def test_a_batch_counts_each_input_and_never_half_runs(
    make_app: Callable[..., FastAPI], settings: Settings
) -> None:
    two = {"inputs": [ask("one")["input"], ask("two")["input"]]}
    with TestClient(make_app(rate_limit="3/minute")) as client:
        tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
        shared = {**two, "config": {"configurable": {"thread_id": tid}}}
        refused = client.post("/chat/batch", json=shared, headers=ALICE)
        assert refused.status_code == 422 and "one message at a time" in refused.json()["detail"]
        per_input = {**two, "config": [{"configurable": {"thread_id": tid}}] * 2}
        assert client.post("/chat/batch", json=per_input, headers=ALICE).status_code == 422
        assert client.get(f"/threads/{tid}", headers=ALICE).json()["messages"] == []

        fresh = client.post("/chat/batch", json=two, headers=ALICE)  # 2 of 3 runs
        assert fresh.status_code == 200, fresh.text
        threads = {o["response_metadata"]["thread_id"] for o in fresh.json()["output"]}
        assert len(threads) == 2  # each input on a thread of its own
        over = client.post("/chat/batch", json=two, headers=ALICE)  # 2 more: over 3
        assert over.status_code == 429
    with sqlite3.connect(settings.sqlite_path) as db:
        assert db.execute("SELECT count(DISTINCT thread_id) FROM checkpoints").fetchone()[0] == 2


# --- writes are rate-limited too ---------------------------------------------------------


def test_thread_writes_are_rate_limited(make_app: Callable[..., FastAPI]) -> None:
    with TestClient(make_app(write_rate_limit="3/minute")) as client:
        tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
        assert client.patch(f"/threads/{tid}", json={"title": "t"}, headers=ALICE).is_success
        assert client.delete(f"/threads/{tid}/messages", headers=ALICE).status_code == 204
        for method, path, body in [
            ("POST", "/threads", {}),
            ("PATCH", f"/threads/{tid}", {"title": "u"}),
            ("DELETE", f"/threads/{tid}/messages", None),
            ("DELETE", f"/threads/{tid}", None),
        ]:
            limited = client.request(method, path, json=body, headers=ALICE)
            assert limited.status_code == 429, (method, path)
            assert int(limited.headers["retry-after"]) > 0
        assert client.post("/threads", json={}, headers=BOB).status_code == 201  # per user
        assert client.get(f"/threads/{tid}", headers=ALICE).status_code == 200  # reads are not
        assert client.post("/chat/invoke", json=ask("hi", tid), headers=ALICE).status_code == 200


# --- what leaks -----------------------------------------------------------------------


async def test_readiness_reasons_are_for_key_holders(make_app: Callable[..., FastAPI]) -> None:
    app = make_app(ready_cache_s=0, redis_url="redis://127.0.0.1:1/0")  # nothing listens
    async with running(app) as client:
        anonymous = await client.get("/health/ready")
        assert anonymous.status_code == 503
        assert anonymous.json()["checks"]["redis"] == "unavailable"
        assert "127.0.0.1" not in anonymous.text and ":1" not in anonymous.text
        detailed = (await client.get("/health/ready", headers=ALICE)).json()["checks"]
        assert detailed["redis"] != "unavailable" and detailed["database"] == "ok"


def test_files_the_service_creates_are_private(
    make_app: Callable[..., FastAPI], settings: Settings
) -> None:
    previous = os.umask(0o022)  # the usual umask: files readable by everyone
    try:
        add_key(settings.keys_path, "carol")
        revoke_keys(settings.keys_path, "carol")
        add_key(settings.keys_path, "carol")
        with TestClient(make_app()) as client:
            card = "my card is 4111 1111 1111 1111"  # audited
            assert client.post("/chat/invoke", json=ask(card), headers=ALICE).status_code == 200
            files = [
                settings.sqlite_path,
                Path(f"{settings.sqlite_path}-wal"),
                Path(f"{settings.sqlite_path}-shm"),
                settings.audit_log_path,
                settings.keys_path,
            ]
            modes = {f.name: oct(f.stat().st_mode & 0o777) for f in files}
    finally:
        os.umask(previous)
    assert set(modes.values()) == {"0o600"}, modes


def test_a_deleted_thread_leaves_no_text_in_the_database_files(
    client: TestClient, settings: Settings
) -> None:
    marker = "periwinkle aardvark seventeen"
    tid = client.post("/threads", json={}, headers=ALICE).json()["thread_id"]
    client.post("/chat/invoke", json=ask(f"what rhymes with {marker}?", tid), headers=ALICE)

    def on_disk() -> bytes:
        paths = [Path(f"{settings.sqlite_path}{suffix}") for suffix in ("", "-wal", "-shm")]
        return b"".join(p.read_bytes() for p in paths if p.exists())

    assert marker.encode() in on_disk()
    assert client.delete(f"/threads/{tid}", headers=ALICE).status_code == 204
    assert marker.encode() not in on_disk()
