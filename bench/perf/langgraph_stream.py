"""First-token time under `langgraph dev`, as LangGraph's clients see it: the moderated
answer in `messages-tuple` stream mode (a chat-model run relaying the released windows)
against the `custom` events that carried it before (and still do), in the same server,
alternating, through the Python SDK. The fake provider answers at once, so what is
measured is the path, not the model.

    python -m bench.perf.langgraph_stream [--rounds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from langgraph_sdk import get_client

from fakes.langgraph_dev import start_langgraph_dev
from fakes.openai_server import FakeOpenAI, ServerThread, free_port

ROOT = Path(__file__).resolve().parents[2]


def is_first_token(mode: str, event: str, data: Any) -> bool:
    if mode == "messages-tuple":
        return event == "messages" and data[0]["type"] == "AIMessageChunk" and data[0]["content"]
    return event == "custom" and data.get("event") == "token"


async def first_token_ms(url: str, mode: str) -> float:
    client = get_client(url=url)
    thread = await client.threads.create()
    start = time.perf_counter()
    first = None
    async for part in client.runs.stream(
        thread["thread_id"],
        "threadline",
        input={"messages": [{"role": "user", "content": "How do I install threadline?"}]},
        stream_mode=mode,  # type: ignore[arg-type]
    ):
        if first is None and is_first_token(mode, part.event, part.data):
            first = time.perf_counter()
    assert first is not None, f"no token in {mode} mode"
    return 1000 * (first - start)


async def measure(url: str, rounds: int) -> dict[str, list[float]]:
    modes = ("custom", "messages-tuple")
    for mode in modes:  # warm-up: the model, the index, the first run of each path
        await first_token_ms(url, mode)
    times: dict[str, list[float]] = {m: [] for m in modes}
    for _ in range(rounds):
        for mode in modes:
            times[mode].append(await first_token_ms(url, mode))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("bench/results/langgraph_stream.json"))
    args = parser.parse_args()
    with ServerThread(FakeOpenAI().app()) as fake, tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        env = {
            "OPENAI_API_KEY": "bench-key",
            "OPENAI_BASE_URL": f"{fake.url}/v1",
            "THREADLINE_DATA_DIR": str(Path(tmp) / "data"),
        }
        process = start_langgraph_dev(port, env, Path(tmp) / "langgraph.log")
        try:
            times = asyncio.run(measure(f"http://127.0.0.1:{port}", args.rounds))
        finally:
            process.terminate()
            process.wait(timeout=30)
    medians = {mode: round(statistics.median(v), 2) for mode, v in times.items()}
    ratio = medians["messages-tuple"] / medians["custom"]
    result = {"rounds": args.rounds, "median_first_token_ms": medians, "ratio": round(ratio, 3)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"first token, median of {args.rounds} runs each (ms):")
    for mode, value in medians.items():
        print(f"  {mode:15} {value:8.2f}")
    print(f"messages-tuple / custom: {ratio:.2f}x")


if __name__ == "__main__":
    main()
