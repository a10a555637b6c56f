"""Every LangServe endpoint and RemoteRunnable against the real server, with
langchain-openai talking to a local fake OpenAI-compatible server."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessage, AIMessageChunk
from langserve import RemoteRunnable

from tests.integration.conftest import RunningServer, start_server

SECRET = "sk-proj-Zyxwvutsrqponmlkjihgfe9876"
#: An answer whose clean preamble streams before it gives a card number.
CARD_LEAK = (
    "Of course: a preamble comes first, and it is long enough to be streamed before "
    "the rest of the answer arrives, which then gives the card 4111 1111 1111 1111."
)


def thread() -> dict[str, Any]:
    return {"configurable": {"thread_id": f"t-{uuid.uuid4()}"}}


def human(text: str) -> dict[str, Any]:
    return {"messages": [{"type": "human", "content": text}]}


def test_remote_invoke_remembers_the_thread(server: RunningServer, fake: httpx.Client) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    first = chat.invoke(human("My name is Ada."), config)
    assert isinstance(first, AIMessage)
    assert first.response_metadata["thread_id"] == config["configurable"]["thread_id"]
    assert first.response_metadata["moderation"]["outcome"] == "answered"
    second = chat.invoke(human("What is my name?"), config)
    assert "I have read 2 user messages" in second.content
    assert "My name is Ada." in second.content


def test_remote_batch_runs_threads_in_parallel(server: RunningServer, fake: httpx.Client) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    configs = [thread(), thread(), thread()]
    answers = chat.batch([human(f"question {i}") for i in range(3)], configs)
    assert [a.response_metadata["thread_id"] for a in answers] == [
        c["configurable"]["thread_id"] for c in configs
    ]
    for i, answer in enumerate(answers):
        assert f"question {i}" in answer.content and "1 user messages" in answer.content


def test_remote_stream_yields_chunks_token_by_token(
    server: RunningServer, fake: httpx.Client
) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    fake.post("/control", json={"delay_s": 0.06})  # a token every 60 ms, slower than a window
    chunks = list(chat.stream(human("Tell me something long enough to stream in windows."), config))
    assert len(chunks) > 3 and all(isinstance(c, AIMessageChunk) for c in chunks)
    text = "".join(c.content for c in chunks)
    assert text.startswith("I have read 1 user messages")
    assert chunks[-1].response_metadata["thread_id"] == config["configurable"]["thread_id"]
    follow_up = chat.invoke(human("and again"), config)
    assert "2 user messages" in follow_up.content


async def test_remote_astream_events(server: RunningServer, fake: httpx.Client) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    events = [e async for e in chat.astream_events(human("events please"), config, version="v2")]
    kinds = [e["event"] for e in events]
    assert kinds[0] == "on_chain_start" and kinds[-1] == "on_chain_end"
    streamed = "".join(
        e["data"]["chunk"].content for e in events if e["event"] == "on_chain_stream"
    )
    assert "events please" in streamed
    second = await chat.ainvoke(human("second"), config)
    assert "2 user messages" in second.content


def test_http_endpoints_and_schemas(server: RunningServer, fake: httpx.Client) -> None:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        config = thread()
        invoke = http.post("/chat/invoke", json={"input": human("hi"), "config": config})
        assert invoke.status_code == 200 and invoke.json()["output"]["type"] == "ai"
        stream = http.post("/chat/stream", json={"input": human("more"), "config": config})
        events = [line for line in stream.text.splitlines() if line.startswith("event:")]
        assert "event: data" in events and events[-1] == "event: end"
        log = http.post("/chat/stream_log", json={"input": human("log"), "config": config})
        assert log.status_code == 200 and "event: data" in log.text
        ev = http.post("/chat/stream_events", json={"input": human("ev"), "config": config})
        assert ev.status_code == 200 and "on_chain_stream" in ev.text
        batch = http.post(
            "/chat/batch", json={"inputs": [human("a"), human("b")], "config": [thread(), thread()]}
        )
        assert batch.status_code == 200 and len(batch.json()["output"]) == 2
        assert "thread_id" in http.get("/chat/config_schema").text
        assert "messages" in http.get("/chat/input_schema").text
        assert http.get("/chat/output_schema").status_code == 200
        assert http.get("/chat/playground/").status_code == 200
        # the same thread saw all five turns, none twice
        last = http.post("/chat/invoke", json={"input": human("count"), "config": config})
        assert "I have read 5 user messages" in last.json()["output"]["content"]


def test_playground_style_full_history_does_not_duplicate(
    server: RunningServer, fake: httpx.Client
) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    first = chat.invoke(human("one"), config)
    full = {
        "messages": [
            {"type": "human", "content": "one"},
            {"type": "ai", "content": first.content},
            {"type": "human", "content": "two"},
        ]
    }
    second = chat.invoke(full, config)
    assert "I have read 2 user messages" in second.content


def test_rate_limit_is_retried(server: RunningServer, fake: httpx.Client) -> None:
    fake.post("/control", json={"failures": [429, 503]})
    answer = RemoteRunnable(f"{server.url}/chat").invoke(human("despite limits"), thread())
    assert "despite limits" in answer.content
    assert len(fake.get("/requests").json()) == 3  # two failures, then the answer


def bad_requests(config: dict[str, Any]) -> list[tuple[str, str]]:
    """Malformed bodies, each aimed at the thread in `config` where it names one."""

    def body(input: Any, cfg: dict[str, Any] = config) -> str:
        return json.dumps({"input": input, "config": cfg})

    def with_thread(thread_id: str) -> str:
        return body(human("x"), {"configurable": {"thread_id": thread_id}})

    return [
        ("not json", "{bad json"),
        ("wrong shape", body({"text": "hi"})),
        ("empty message", body(human(""))),
        ("non-string", body({"messages": [{"type": "human", "content": 5}]})),
        ("unknown role", body({"messages": [{"type": "wizard", "content": "x"}]})),
        ("too large", body(human("x" * 33000))),
        ("empty thread", with_thread("")),
        ("long thread", with_thread("t" * 129)),
        ("control thread", with_thread("a\u0007")),
    ]


@pytest.mark.parametrize("endpoint", ["invoke", "stream", "stream_events"])
def test_bad_input_gets_a_4xx_and_changes_nothing(
    server: RunningServer, fake: httpx.Client, endpoint: str
) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    chat.invoke(human("before"), config)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for name, body in bad_requests(config):
            response = http.post(
                f"/chat/{endpoint}", content=body, headers={"content-type": "application/json"}
            )
            assert 400 <= response.status_code < 500, (name, response.status_code)
            assert response.json()["detail"], name
        assert http.get("/health").status_code == 200
    after = chat.invoke(human("after"), config)
    assert "I have read 2 user messages" in after.content


def test_secrets_never_reach_the_provider_the_database_or_the_logs(
    server: RunningServer,
    fake: httpx.Client,
) -> None:
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    refusal = chat.invoke(human(f"use my key {SECRET} please"), config)
    assert refusal.response_metadata["moderation"]["outcome"] == "blocked_input"
    assert SECRET not in refusal.content
    chat.invoke(human("and now a normal question"), config)
    assert SECRET not in json.dumps(fake.get("/requests").json())
    stored = b"".join(p.read_bytes() for p in Path(server.data_dir).glob("*.sqlite*"))
    assert b"normal question" in stored and SECRET.encode() not in stored
    assert SECRET not in server.log_path.read_text()


def test_blocked_answer_never_streams(server: RunningServer, fake: httpx.Client) -> None:
    leak = "Sure, here is a long helpful sentence before I paste it: " + SECRET + " done."
    fake.post("/control", json={"answers": [leak, leak]})
    chunks = list(RemoteRunnable(f"{server.url}/chat").stream(human("give me a key"), thread()))
    assert SECRET not in "".join(c.content for c in chunks)
    assert "sk-proj" not in "".join(c.content for c in chunks)
    assert chunks[-1].response_metadata["moderation"]["outcome"] == "refused"


def test_thread_survives_a_restart(
    tmp_path: Path, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    config = thread()
    first = start_server(tmp_path / "data", openai_env, tmp_path / "a.log")
    try:
        RemoteRunnable(f"{first.url}/chat").invoke(human("remember the word heliotrope"), config)
    finally:
        first.stop()
    second = start_server(tmp_path / "data", openai_env, tmp_path / "b.log")
    try:
        answer = RemoteRunnable(f"{second.url}/chat").invoke(human("what word?"), config)
    finally:
        second.stop()
    assert "I have read 2 user messages" in answer.content and "heliotrope" in answer.content


async def test_concurrent_turns_on_one_thread_do_not_fork_it(
    server: RunningServer, fake: httpx.Client
) -> None:
    """While a thread answers, another message on it is a 409; what ran is stored once."""
    fake.post("/control", json={"delay_s": 0.02})
    chat = RemoteRunnable(f"{server.url}/chat")
    config = thread()
    results = await asyncio.gather(
        *(chat.ainvoke(human(f"parallel {i}"), config) for i in range(4)), return_exceptions=True
    )
    answered = [r for r in results if isinstance(r, AIMessage)]
    rejected = [r for r in results if isinstance(r, httpx.HTTPStatusError)]
    assert len(answered) + len(rejected) == 4 and answered and rejected
    assert all(r.response.status_code == 409 for r in rejected)
    fake.post("/control", json={"delay_s": 0})
    final = await chat.ainvoke(human("count"), config)
    assert f"I have read {len(answered) + 1} user messages" in final.content


def test_audit_log_records_blocked_input_masked(server: RunningServer, fake: httpx.Client) -> None:
    RemoteRunnable(f"{server.url}/chat").invoke(human(f"audit this key {SECRET}"), thread())
    audit = (Path(server.data_dir) / "audit.log").read_text()
    assert "[CREDENTIALS]" in audit and SECRET not in audit


def test_model_judge_through_a_real_openai_client(
    tmp_path: Path, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    env = {**openai_env, "THREADLINE_MODERATION_JUDGE": "true"}
    server = start_server(tmp_path / "data", env, tmp_path / "judge.log")
    try:
        chat = RemoteRunnable(f"{server.url}/chat")
        fake.post(
            "/control",
            json={
                "answers": [
                    '{"allowed": false, "category": "abuse", "reason": "insulting"}',  # judge: no
                    "this is not JSON at all",  # judge: unparseable, so blocked (fail closed)
                    '{"allowed": true, "category": "none", "reason": "fine"}',  # judge: yes
                    "A normal answer.",  # the answer itself
                ]
            },
        )
        rejected = chat.invoke(human("a message the judge dislikes"), thread())
        unparsed = chat.invoke(human("a message the judge cannot read"), thread())
        allowed = chat.invoke(human("a fine message"), thread())
    finally:
        server.stop()
    for refusal in (rejected, unparsed):
        assert refusal.response_metadata["moderation"]["outcome"] == "blocked_input"
        assert refusal.response_metadata["moderation"]["input"]["categories"] == ["judge"]
    assert allowed.content == "A normal answer."
    judge_request = fake.get("/requests").json()[0]
    assert "response_format" in judge_request or "tools" in judge_request


@pytest.mark.parametrize("endpoint", ["stream", "stream_events", "stream_log"])
def test_no_part_of_a_blocked_answer_reaches_any_http_stream(
    server: RunningServer, fake: httpx.Client, endpoint: str
) -> None:
    # paced like a real model, so the preamble arrives windows before the card
    fake.post("/control", json={"answers": [CARD_LEAK, CARD_LEAK], "delay_s": 0.02})
    with httpx.Client(base_url=server.url, timeout=60) as http:
        raw = http.post(
            f"/chat/{endpoint}", json={"input": human("card please"), "config": thread()}
        ).text
    at = raw.find("4111 1111")
    assert at < 0, raw[max(0, at - 800) : at + 50]
    assert "preamble" in raw  # the clean window did stream
    assert "refused" in raw


def test_metrics_count_moderation_findings(server: RunningServer, fake: httpx.Client) -> None:
    from prometheus_client.parser import text_string_to_metric_families

    RemoteRunnable(f"{server.url}/chat").invoke(human("mail me at ada@example.com"), thread())
    text = httpx.get(f"{server.url}/metrics").text
    samples = {
        (s.name, s.labels.get("category"), s.labels.get("action")): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }
    assert samples[("threadline_moderation_findings_total", "email", "redact")] >= 1


def test_no_part_of_a_blocked_answer_reaches_the_websocket(
    server: RunningServer, fake: httpx.Client
) -> None:
    """The same proof over a real WebSocket: the raw frames never hold the card."""
    from websockets.sync.client import connect

    # paced like a real model, so the preamble arrives windows before the card
    fake.post("/control", json={"answers": [CARD_LEAK, CARD_LEAK], "delay_s": 0.02})
    ws_url = server.ws_url(f"t-{uuid.uuid4()}")
    frames: list[str] = []
    with connect(ws_url) as ws:
        frames.append(str(ws.recv(timeout=10)))
        ws.send(json.dumps({"type": "message", "content": "card please"}))
        while '"stream_end"' not in frames[-1]:
            frames.append(str(ws.recv(timeout=30)))
    raw = "\n".join(frames)
    assert "4111" not in raw, raw
    assert "preamble" in raw and '"stream_retracted"' in raw and '"refused"' in raw
