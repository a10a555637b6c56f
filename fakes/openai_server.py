"""The fake OpenAI-compatible provider, for the tests and the benchmarks alike, so
langchain-openai runs for real against a server whose answers are known.

It answers deterministically from what it is sent ("I have read N user messages
..."), streams word by word (async, paced on the clock, so it holds thousands of
streams), can be told to fail the next calls (a 429, say) or to answer with a given
text, and records every request so tests can check what reached the "provider".

For the benchmarks (bench/perf/fake_provider.py runs it as a process) an answer can be
padded to a length and paced: `tokens`/`delay_s` set the defaults, and a request
overrides them with a directive in its latest user message,
`[[bench tokens=3000 delay_ms=20]]`; a request's `max_tokens` (or
`max_completion_tokens`) then caps the answer, as a real provider would.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


DIRECTIVE = re.compile(r"\[\[bench ([^\]]*)\]\]")
FILLER = (
    "Threadline keeps every conversation per thread, grounds answers in your documents "
    "and moderates input and output before anything is stored."
).split(" ")


class FakeOpenAI:
    """Scriptable state behind the fake server."""

    def __init__(self, delay_s: float = 0.0, tokens: int | None = None) -> None:
        self.requests: list[dict[str, Any]] = []
        self.failures: list[int | str] = []
        """For the next calls: a status code, or a fault: `slow` (no answer for 5 s),
        `stall` (two tokens, then silence for 10 s), `invalid_json` (a stream with a
        malformed event), `cut` (two tokens, then the connection breaks)."""
        self.scripted: list[str] = []  # answers for the next calls
        self.delay_s = delay_s  # pause before each streamed piece, to keep a run busy
        self.tokens = tokens  # answers padded or cut to this many words (None: as they are)
        self.record = tokens is None  # a benchmark's thousands of requests are not kept
        self.counts = {"requests": 0, "streams_open": 0}
        self.on_stream_end: Callable[[], None] | None = None
        """Called as each streamed answer ends (the crash soak times kills by it)."""
        self.streams: list[dict[str, Any]] = []
        """Each streamed answer: when it opened and closed (wall clock) and whether it
        was sent to its end or its connection was closed before (a stop)."""

    def answer_for(self, body: dict[str, Any]) -> str:
        if self.scripted:
            return self.scripted.pop(0)
        users = [m["content"] for m in body["messages"] if m["role"] == "user"]
        return (
            f"I have read {len(users)} user messages. The first was: {users[0]!r}. "
            f"The latest was: {users[-1]!r}."
        )

    def pieces_for(self, body: dict[str, Any]) -> tuple[list[str], float]:
        """The answer's streamed pieces and the pause before each: the answer as it is,
        or padded to a length (the constructor's, or a directive's) and capped by the
        request's token limit."""
        delay, tokens = self.delay_s, self.tokens
        users = [m.get("content") for m in body.get("messages", []) if m.get("role") == "user"]
        latest = users[-1] if users and isinstance(users[-1], str) else ""
        if match := DIRECTIVE.search(latest):
            for item in match.group(1).split():
                key, _, value = item.partition("=")
                if key == "tokens":
                    tokens = int(value)
                elif key == "delay_ms":
                    delay = float(value) / 1000
            body = {
                **body,
                "messages": [
                    {**m, "content": DIRECTIVE.sub("", m["content"]).strip()}
                    if isinstance(m.get("content"), str)
                    else m
                    for m in body.get("messages", [])
                ],
            }
        try:
            words = self.answer_for(body).split(" ")
        except (KeyError, IndexError):  # no user message: filler only
            words = []
        if tokens is not None:
            cap = body.get("max_completion_tokens") or body.get("max_tokens")
            tokens = max(1, min(tokens, int(cap)) if cap else tokens)
            words = words[:tokens]
            while len(words) < tokens:
                words.append(FILLER[len(words) % len(FILLER)])
        pieces = [w + " " for w in words]
        pieces[-1] = pieces[-1][:-1]
        return pieces, delay

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def completions(request: Request) -> Any:
            body = await request.json()
            self.counts["requests"] += 1
            if self.record:
                self.requests.append(body)
            fault = self.failures.pop(0) if self.failures else None
            if fault == "slow":
                await asyncio.sleep(5)
            elif isinstance(fault, str):
                return StreamingResponse(faulty_stream(fault), media_type="text/event-stream")
            elif fault is not None:
                status = fault
                return JSONResponse(
                    {
                        "error": {
                            "message": "scripted failure",
                            "type": "rate_limit",
                            "code": status,
                        }
                    },
                    status_code=status,
                    headers={"Retry-After": "7"} if status == 429 else None,
                )
            pieces, delay = self.pieces_for(body)
            usage = usage_of(body, pieces)
            if not body.get("stream"):
                await asyncio.sleep(delay * len(pieces))
                return completion(body["model"], "".join(pieces), usage)
            chunk = chunk_maker(body["model"])
            include_usage = (body.get("stream_options") or {}).get("include_usage")

            record: dict[str, Any] = {"opened": time.time(), "closed": None, "finished": False}
            self.streams.append(record)
            del self.streams[:-1000]

            async def events() -> AsyncIterator[str]:
                self.counts["streams_open"] += 1
                try:
                    start = time.monotonic()
                    for i, piece in enumerate(pieces):
                        # paced on the clock: a long answer lasts pieces x delay exactly
                        wait = start + (i + 1) * delay - time.monotonic()
                        if wait > 0:
                            await asyncio.sleep(wait)
                        yield chunk(piece, first=i == 0)
                    yield chunk(None, finish="stop")
                    if include_usage:  # as OpenAI: a last chunk with no choices
                        yield chunk(None, usage=usage)
                    yield "data: [DONE]\n\n"
                    record["finished"] = True
                finally:
                    record["closed"] = time.time()
                    self.counts["streams_open"] -= 1
                    if self.on_stream_end is not None:
                        self.on_stream_end()

            return StreamingResponse(events(), media_type="text/event-stream")

        @app.post("/control")
        async def control(request: Request) -> dict[str, str]:
            body = await request.json()
            self.failures.extend(body.get("failures", []))
            self.scripted.extend(body.get("answers", []))
            self.delay_s = float(body.get("delay_s", self.delay_s))
            if body.get("reset"):
                self.delay_s = 0.0
                self.requests.clear()
                self.failures.clear()
                self.scripted.clear()
                self.streams.clear()
            return {"status": "ok"}

        @app.get("/v1/models")
        async def models() -> dict[str, Any]:
            return {"object": "list", "data": [{"id": "fake-model", "object": "model"}]}

        @app.get("/requests")
        async def requests() -> list[dict[str, Any]]:
            return self.requests

        @app.get("/streams")
        async def streams() -> list[dict[str, Any]]:
            """The streamed answers, oldest first: opened, closed (None while open), finished."""
            return self.streams

        @app.get("/stats")
        async def stats() -> dict[str, int]:
            return dict(self.counts)

        return app


def usage_of(body: dict[str, Any], pieces: list[str]) -> dict[str, int]:
    """The fake's token counts: a word of the messages is a prompt token, a streamed
    piece a completion token (so tests can tell its counts from any other)."""
    prompt = sum(
        len(m["content"].split())
        for m in body.get("messages", [])
        if isinstance(m.get("content"), str)
    )
    return {
        "prompt_tokens": prompt,
        "completion_tokens": len(pieces),
        "total_tokens": prompt + len(pieces),
    }


def completion(model: str, text: str, usage: dict[str, int] | None = None) -> dict[str, Any]:
    """A whole (not streamed) chat completion answering `text`."""
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}
        ],
        "usage": usage or {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def chunk_maker(model: str) -> Any:
    """`chunk(text, first=..., finish=...)`: the SSE events of one streamed completion."""
    cid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())

    def chunk(
        text: str | None,
        first: bool = False,
        finish: str | None = None,
        usage: dict[str, int] | None = None,
    ) -> str:
        delta: dict[str, str] = {} if text is None else {"content": text}
        if first:
            delta["role"] = "assistant"
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        payload: dict[str, Any] = {
            "id": cid,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [] if usage else [choice],
        }
        if usage:
            payload["usage"] = usage
        return f"data: {json.dumps(payload)}\n\n"

    return chunk


def faulty_stream(fault: str) -> Any:
    """A streamed answer that goes wrong the way `fault` says."""
    chunk = chunk_maker("fake-model")

    async def events() -> Any:
        yield chunk("Partial ", first=True)
        yield chunk("answer ")
        if fault == "stall":
            await asyncio.sleep(10)
        elif fault == "invalid_json":
            yield "data: {not json\n\n"
        elif fault == "cut":
            raise RuntimeError("the connection breaks mid-answer")

    return events()


class ServerThread:
    """Runs an ASGI app with uvicorn in a background thread on a free port."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
