"""Streamed first-token time of `/v1/chat/completions` of one commit (`HEAD`) against
another (`main`), both exported from git, in one run: two real servers (`threadline
serve`) on the same fake OpenAI-compatible provider, streamed requests interleaved in
alternating order so drift in the machine's load falls on both. A third series sends
what OpenAI clients now send this checkout: a system message and
`stream_options.include_usage`.

    python -m bench.perf.openai_first_token [--requests 200] [--before main] [--after HEAD]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx

from bench.perf.serving import free_port
from fakes.openai_server import FakeOpenAI, ServerThread

ROOT = Path(__file__).resolve().parents[2]
QUESTION = "What does threadline do?"
SYSTEM = "You are a helpful assistant."


def export(ref: str, into: Path) -> Path:
    """The tree of `ref` in a folder of its own (the venv is shared)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def serve(tree: Path, data: Path, provider: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "OPENAI_API_KEY": "bench-key",
        "OPENAI_BASE_URL": f"{provider}/v1",
        "THREADLINE_MODEL": "fake-model",
        "THREADLINE_DATA_DIR": str(data),
        "THREADLINE_EMBEDDINGS": "static",
        "THREADLINE_RATE_LIMIT": "1000000/minute",
        "THREADLINE_LOG_FORMAT": "text",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port), "--log-level", "warning"],
        cwd=tree,
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"the server of {tree} did not start")


def first_token(client: httpx.Client, url: str, body: dict[str, Any]) -> float:
    """Seconds to the first chunk with content of a streamed completion on a new thread."""
    start = time.perf_counter()
    headers = {"X-Thread-ID": f"bench-{uuid.uuid4()}"}
    with client.stream("POST", f"{url}/v1/chat/completions", json=body, headers=headers) as r:
        r.raise_for_status()
        for line in r.iter_lines():
            if line.startswith("data: {"):
                choices = json.loads(line[6:])["choices"]
                if choices and choices[0]["delta"].get("content"):
                    return time.perf_counter() - start
    raise RuntimeError("no content streamed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--before", default="main", help="the git ref to compare with")
    parser.add_argument("--after", default="HEAD", help="the git ref measured")
    parser.add_argument("--out", type=Path, default=Path("bench/results/openai_first_token.json"))
    args = parser.parse_args()
    plain = {
        "model": "threadline",
        "stream": True,
        "messages": [{"role": "user", "content": QUESTION}],
    }
    openai_client = {
        **plain,
        "messages": [{"role": "system", "content": SYSTEM}, *plain["messages"]],
        "stream_options": {"include_usage": True},
    }
    with tempfile.TemporaryDirectory() as tmp, ServerThread(FakeOpenAI().app()) as provider:
        # both from `git archive`, so nothing but the code differs (run from this
        # checkout itself, the same commit measured 1.35x slower than its own export)
        before_tree = export(args.before, Path(tmp) / "before")
        after_tree = export(args.after, Path(tmp) / "after")
        before, before_url = serve(before_tree, Path(tmp) / "before-data", provider.url)
        after, after_url = serve(after_tree, Path(tmp) / "after-data", provider.url)
        runs = {
            "before": lambda c: first_token(c, before_url, plain),
            "after": lambda c: first_token(c, after_url, plain),
            "after_system_and_usage": lambda c: first_token(c, after_url, openai_client),
        }
        samples: dict[str, list[float]] = {name: [] for name in runs}
        try:
            with httpx.Client(timeout=60) as client:
                for i in range(args.requests + 5):
                    order = list(runs) if i % 2 else list(runs)[::-1]
                    for name in order:
                        seconds = runs[name](client)
                        if i >= 5:  # warm-up
                            samples[name].append(seconds)
        finally:
            for process in (before, after):
                process.terminate()
                process.wait(timeout=30)
    result: dict[str, Any] = {
        name: {"ttft_ms_median": round(1000 * statistics.median(s), 2)}
        for name, s in samples.items()
    }
    for name in ("after", "after_system_and_usage"):
        ratios = [a / b for a, b in zip(samples[name], samples["before"], strict=True)]
        result[name]["ratio_to_before_median"] = round(statistics.median(ratios), 3)
    result["before_ref"], result["after_ref"] = args.before, args.after
    result["requests"] = args.requests
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
