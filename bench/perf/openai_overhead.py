"""OpenAI-compatible API overhead: time to first token and total time of a streamed
`/v1/chat/completions` against `/chat/stream`, on one server, one thread and one
instant fake model, requests interleaved (in alternating order).

    python -m bench.perf.openai_overhead [--requests 100]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from bench.perf.serving import start, time_stream

ANSWER = (
    "Threadline keeps every conversation per thread, grounds answers in your "
    "documents and moderates input and output before anything is stored. "
) * 3
QUESTION = "What does threadline do?"


def threadline_app(data_dir: Path) -> Any:
    from fakes.models import HashEmbedder, scripted_model
    from server import create_app
    from settings import Settings

    return create_app(
        Settings(data_dir=data_dir, rate_limit="1000000/minute", _env_file=None),
        chat_model=scripted_model(ANSWER, repeat=True),
        embedder=HashEmbedder(),
    )


def serve(port: int) -> None:
    import uvicorn

    with tempfile.TemporaryDirectory() as tmp:
        uvicorn.run(threadline_app(Path(tmp)), host="127.0.0.1", port=port, log_level="warning")


def time_openai_stream(client: httpx.Client, url: str, thread_id: str) -> tuple[float, float, str]:
    """Seconds to the first chunk with content and to `[DONE]`, and the text streamed."""
    question = {"role": "user", "content": QUESTION}
    body = {"model": "threadline", "stream": True, "messages": [question]}
    start = time.perf_counter()
    first, text = 0.0, []
    with client.stream(
        "POST", f"{url}/v1/chat/completions", json=body, headers={"X-Thread-ID": thread_id}
    ) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line == "data: [DONE]":
                break
            if line.startswith("data:"):
                content = json.loads(line[5:])["choices"][0]["delta"].get("content", "")
                if content and not first:
                    first = time.perf_counter() - start
                text.append(content)
    return first, time.perf_counter() - start, "".join(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", action="store_true")
    parser.add_argument("--port", type=int)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("bench/results/openai_overhead.json"))
    args = parser.parse_args()
    if args.serve:
        return serve(args.port)

    process, url = start("bench.perf.openai_overhead")
    thread_id = f"bench-{uuid.uuid4()}"
    langserve_body = {
        "input": {"messages": [{"type": "human", "content": QUESTION}]},
        "config": {"configurable": {"thread_id": thread_id}},
    }
    runs = {
        "chat_stream": lambda c: time_stream(c, f"{url}/chat/stream", langserve_body),
        "openai_stream": lambda c: time_openai_stream(c, url, thread_id),
    }
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    try:
        with httpx.Client(timeout=30) as client:
            for i in range(args.requests + 5):
                order = list(runs) if i % 2 else list(runs)[::-1]
                for name in order:
                    first, total, text = runs[name](client)
                    assert text.strip() == ANSWER.strip(), (name, text[:80])
                    if i >= 5:  # warm-up
                        samples[name].append((first, total))
    finally:
        process.terminate()
    result: dict[str, Any] = {
        name: {
            "ttft_ms": round(1000 * statistics.median(s[0] for s in runs_), 2),
            "total_ms": round(1000 * statistics.median(s[1] for s in runs_), 2),
        }
        for name, runs_ in samples.items()
    }
    # per pair of neighbouring requests, so drift in the machine's load cancels out
    pairs = zip(samples["openai_stream"], samples["chat_stream"], strict=True)
    deltas = [(o[0] - c[0], o[1] - c[1]) for o, c in pairs]
    result["added_ttft_ms"] = round(1000 * statistics.median(d[0] for d in deltas), 2)
    result["added_total_ms"] = round(1000 * statistics.median(d[1] for d in deltas), 2)
    result["requests"] = args.requests
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
