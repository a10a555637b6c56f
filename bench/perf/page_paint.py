"""First paint of a long thread on the chat page: the time from navigation to the
thread's latest messages painted (the page's `threadline:history-painted` mark), in
Debian's headless Chromium, for a thread of 200 messages against one of 10, loads
interleaved in one run. The target: the long thread within 1.5x of the short one.
Also reported: when the whole history is on the page (`threadline:history-complete`).

    python -m bench.perf.page_paint [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import sync_playwright

from fakes.openai_server import FakeOpenAI, ServerThread
from fakes.threadline_server import start_server

#: An answer of the kind a chat shows: paragraphs, a list, a code block.
ANSWER = (
    "Here is how to do it, step by step.\n\n1. Install the package.\n2. Start the "
    "server with **make run**.\n3. Open the page.\n\n```python\nfrom langserve import "
    "RemoteRunnable\nchat = RemoteRunnable('http://127.0.0.1:8000/chat')\n```\n\n"
    "That is all: the thread is remembered, and the sources are listed below."
)
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
]


def fill_thread(url: str, thread_id: str, turns: int) -> None:
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(turns):
            body = {
                "input": {
                    "messages": [{"type": "human", "content": f"Question {i}: how do I run it?"}]
                },
                "config": {"configurable": {"thread_id": thread_id}},
            }
            client.post("/chat/invoke", json=body).raise_for_status()


def paint_times(page: Any, url: str, thread_id: str) -> tuple[float, float]:
    """Milliseconds from navigation to the latest messages painted, and to all of them."""
    page.goto(f"{url}/#{thread_id}")
    page.wait_for_function(
        "() => performance.getEntriesByName('threadline:history-complete').length", timeout=60_000
    )
    painted, complete = page.evaluate(
        "() => ['threadline:history-painted', 'threadline:history-complete']"
        ".map((n) => performance.getEntriesByName(n)[0].startTime)"
    )
    return float(painted), float(complete)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("bench/results/page_paint.json"))
    args = parser.parse_args()
    fake = FakeOpenAI()
    fake.scripted.extend([ANSWER] * 200)
    with ServerThread(fake.app()) as provider, tempfile.TemporaryDirectory() as tmp:
        env = {
            "OPENAI_API_KEY": "bench",
            "OPENAI_BASE_URL": f"{provider.url}/v1",
            "THREADLINE_MODEL": "fake-model",
            "THREADLINE_RATE_LIMIT": "100000/minute",
            "THREADLINE_WRITE_RATE_LIMIT": "100000/minute",
        }
        server = start_server(Path(tmp) / "data", env, Path(tmp) / "server.log")
        try:
            sizes = {10: "short-thread", 200: "long-thread"}
            for messages, thread_id in sizes.items():
                fill_thread(server.url, thread_id, messages // 2)
            times: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                    headless=True,
                    args=CHROMIUM_FLAGS,
                )
                for _ in range(args.rounds + 1):  # the first round warms up, and is dropped
                    for messages, thread_id in sizes.items():
                        context = browser.new_context(viewport={"width": 1100, "height": 760})
                        times[messages].append(
                            paint_times(context.new_page(), server.url, thread_id)
                        )
                        context.close()
                browser.close()
        finally:
            server.stop()
    median = {n: statistics.median(t[0] for t in ts[1:]) for n, ts in times.items()}
    complete = {n: statistics.median(t[1] for t in ts[1:]) for n, ts in times.items()}
    result = {
        "rounds": args.rounds,
        "first_paint_ms": {f"{n}_messages": round(v, 1) for n, v in median.items()},
        "all_messages_ms": {f"{n}_messages": round(v, 1) for n, v in complete.items()},
        "ratio_200_to_10": round(median[200] / median[10], 3),
        "target_ratio": 1.5,
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
