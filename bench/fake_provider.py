"""An async OpenAI-compatible fake provider for the load benchmark.

tests/fake_openai.py streams from a sync generator with `time.sleep`, so every
open stream holds one of Starlette's 40 threads; this one waits with
`asyncio.sleep` and can hold thousands of streams. It answers in the same shape
("I have read N user messages ...", then filler words), one word per chunk.

The per-token delay and the answer length have defaults from the command line,
and a request overrides them with a directive in its latest user message:
`[[bench tokens=3000 delay_ms=20]]`. A request's `max_tokens` (or
`max_completion_tokens`) caps the answer, as a real provider would.

    python -m bench.fake_provider --port 8100 [--delay-ms 20] [--tokens 40]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import StreamingResponse

from tests.fake_openai import FakeOpenAI, chunk_maker, completion

DIRECTIVE = re.compile(r"\[\[bench ([^\]]*)\]\]")
FILLER = (
    "Threadline keeps every conversation per thread, grounds answers in your documents "
    "and moderates input and output before anything is stored."
).split(" ")


def settings_for(body: dict[str, Any], delay_s: float, tokens: int) -> tuple[float, int]:
    """The delay and length for this request: defaults, the directive, the token cap."""
    users = [m.get("content") for m in body.get("messages", []) if m.get("role") == "user"]
    last = users[-1] if users and isinstance(users[-1], str) else ""
    match = DIRECTIVE.search(last)
    if match:
        for item in match.group(1).split():
            key, _, value = item.partition("=")
            if key == "tokens":
                tokens = int(value)
            elif key == "delay_ms":
                delay_s = float(value) / 1000
    cap = body.get("max_completion_tokens") or body.get("max_tokens")
    if cap:
        tokens = min(tokens, int(cap))
    return delay_s, max(tokens, 1)


def answer_words(body: dict[str, Any], tokens: int) -> list[str]:
    """The fake's usual answer (directive removed), padded or cut to `tokens` words."""
    clean = {
        **body,
        "messages": [
            {**m, "content": DIRECTIVE.sub("", m["content"]).strip()}
            if isinstance(m.get("content"), str)
            else m
            for m in body.get("messages", [])
        ],
    }
    try:
        head = FakeOpenAI().answer_for(clean).split(" ")
    except (KeyError, IndexError):  # no user message: just filler
        head = []
    words = head[:tokens]
    while len(words) < tokens:
        words.append(FILLER[len(words) % len(FILLER)])
    pieces = [w + " " for w in words]
    pieces[-1] = pieces[-1][:-1]
    return pieces


def make_app(delay_s: float, tokens: int) -> FastAPI:
    app = FastAPI()
    app.state.counts = {"requests": 0, "streams_open": 0}

    @app.post("/v1/chat/completions")
    async def completions(request: Request) -> Any:
        body = await request.json()
        app.state.counts["requests"] += 1
        delay, length = settings_for(body, delay_s, tokens)
        pieces = answer_words(body, length)
        if not body.get("stream"):
            await asyncio.sleep(delay * len(pieces))
            return completion(body["model"], "".join(pieces), tokens=len(pieces))
        chunk = chunk_maker(body["model"])

        async def events() -> AsyncIterator[str]:
            app.state.counts["streams_open"] += 1
            try:
                start = time.monotonic()
                for i, piece in enumerate(pieces):
                    # Paced on the clock, so a long answer lasts tokens x delay exactly.
                    wait = start + (i + 1) * delay - time.monotonic()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    yield chunk(piece, first=i == 0)
                yield chunk(None, finish="stop") + "data: [DONE]\n\n"
            finally:
                app.state.counts["streams_open"] -= 1

        return StreamingResponse(events(), media_type="text/event-stream")

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        return {"object": "list", "data": [{"id": "fake-model", "object": "model"}]}

    @app.get("/stats")
    async def stats() -> dict[str, int]:
        return dict(app.state.counts)

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--delay-ms", type=float, default=20.0, help="pause before each token")
    parser.add_argument("--tokens", type=int, default=40, help="words per answer")
    args = parser.parse_args()

    import uvicorn

    uvicorn.run(
        make_app(args.delay_ms / 1000, args.tokens),
        host=args.host,
        port=args.port,
        log_level="warning",
        access_log=False,
        loop="uvloop",
        http="httptools",
        backlog=4096,
        timeout_keep_alive=120,
    )


if __name__ == "__main__":
    main()
