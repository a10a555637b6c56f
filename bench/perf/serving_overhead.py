"""Serving overhead: time to first token and total time of threadline's
`/chat/stream` with an instant fake model, against a bare FastAPI SSE endpoint
streaming the same tokens, in the same run, requests interleaved.

    python -m bench.perf.serving_overhead [--requests 100]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from pathlib import Path
from typing import Any

import httpx

from bench.perf.serving import start, time_stream

ANSWER = (
    "Threadline keeps every conversation per thread, grounds answers in your "
    "documents and moderates input and output before anything is stored. "
) * 3


def bare_app() -> Any:
    """The baseline: FastAPI and sse-starlette, streaming the answer word by word."""
    from fastapi import FastAPI
    from sse_starlette import EventSourceResponse

    app = FastAPI()

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/chat/stream")
    async def stream() -> EventSourceResponse:
        async def events() -> Any:
            for word in ANSWER.split(" "):
                yield {"event": "data", "data": json.dumps({"content": word + " "})}
            yield {"event": "end"}

        return EventSourceResponse(events())

    return app


def threadline_app(data_dir: Path) -> Any:
    from fakes.models import HashEmbedder, scripted_model
    from server import create_app
    from settings import Settings

    return create_app(
        Settings(data_dir=data_dir, rate_limit="1000000/minute", _env_file=None),
        chat_model=scripted_model(ANSWER, repeat=True),
        embedder=HashEmbedder(),
    )


def serve(which: str, port: int) -> None:
    import uvicorn

    with tempfile.TemporaryDirectory() as tmp:
        app = bare_app() if which == "bare" else threadline_app(Path(tmp))
        uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", choices=["bare", "threadline"])
    parser.add_argument("--port", type=int)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("bench/results/serving_overhead.json"))
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve, args.port)

    servers = {name: start("bench.perf.serving_overhead", name) for name in ("bare", "threadline")}
    body = {"input": {"messages": [{"type": "human", "content": "What does threadline do?"}]}}
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in servers}
    try:
        with httpx.Client(timeout=30) as client:
            for i in range(args.requests + 5):
                for name, (_, url) in servers.items():
                    first, total, text = time_stream(client, f"{url}/chat/stream", body)
                    assert text.strip() == ANSWER.strip(), (name, text[:80])
                    if i >= 5:  # warm-up
                        samples[name].append((first, total))
    finally:
        for process, _ in servers.values():
            process.terminate()
    result = {
        name: {
            "ttft_ms": round(1000 * statistics.median(s[0] for s in runs), 2),
            "total_ms": round(1000 * statistics.median(s[1] for s in runs), 2),
        }
        for name, runs in samples.items()
    }
    result["added_ttft_ms"] = round(result["threadline"]["ttft_ms"] - result["bare"]["ttft_ms"], 2)
    result["added_total_ms"] = round(
        result["threadline"]["total_ms"] - result["bare"]["total_ms"], 2
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
