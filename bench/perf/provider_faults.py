"""How fast threadline answers while the model provider is down: the time to a 503 with
the circuit breaker open (target: under 50 ms), and the time from the provider coming
back to the first answer. `python -m bench.perf.provider_faults`; results in BENCHMARKS.md."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from fakes.openai_server import FakeOpenAI, ServerThread, free_port

ROOT = Path(__file__).resolve().parents[2]
COOLDOWN_S = 3.0


def new_id() -> str:
    return uuid.uuid4().hex


def ask(thread_id: str) -> dict[str, object]:
    return {
        "input": {"messages": [{"type": "human", "content": "is it up?"}]},
        "config": {"configurable": {"thread_id": thread_id}},
    }


def main() -> None:
    with ServerThread(FakeOpenAI().app()) as fake, tempfile.TemporaryDirectory() as data:
        port = free_port()
        env = {
            **os.environ,
            "THREADLINE_DATA_DIR": data,
            "OPENAI_API_KEY": "bench",
            "OPENAI_BASE_URL": f"{fake.url}/v1",
            "THREADLINE_MODEL": "fake-model",
            "THREADLINE_RATE_LIMIT": "1000000/minute",
            "THREADLINE_PROVIDER_RETRY_ATTEMPTS": "2",
            "THREADLINE_PROVIDER_RETRY_INITIAL_S": "0.05",
            "THREADLINE_BREAKER_FAILURES": "4",
            "THREADLINE_BREAKER_COOLDOWN_S": str(COOLDOWN_S),
        }
        server = subprocess.Popen(
            [sys.executable, "-m", "cli", "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=(Path(data) / "server.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=url, timeout=30) as client:
                for _ in range(600):
                    try:
                        client.get("/health")
                        break
                    except httpx.HTTPError:
                        time.sleep(0.2)
                client.post("/chat/invoke", json=ask("warm"))  # first-request costs
                httpx.post(f"{fake.url}/control", json={"failures": [503] * 10_000})
                started = time.perf_counter()
                while "paused" not in client.post("/chat/invoke", json=ask(new_id())).text:
                    pass
                tripped_after = time.perf_counter() - started
                fast = []
                for n in range(100):
                    t0 = time.perf_counter()
                    response = client.post("/chat/invoke", json=ask(f"fast-{n}"))
                    fast.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 503 and "paused" in response.text
                httpx.post(f"{fake.url}/control", json={"reset": True})  # the provider is back
                back = time.perf_counter()
                while client.post("/chat/invoke", json=ask(new_id())).status_code != 200:
                    time.sleep(0.05)
                recovered = time.perf_counter() - back
        finally:
            server.terminate()
            server.wait(30)
    fast.sort()
    result = {
        "seconds_to_open_the_breaker": round(tripped_after, 2),
        "breaker_open_503_ms_median": round(statistics.median(fast), 2),
        "breaker_open_503_ms_p95": round(fast[int(len(fast) * 0.95) - 1], 2),
        "cooldown_s": COOLDOWN_S,
        "seconds_from_provider_back_to_first_answer": round(recovered, 2),
    }
    out = ROOT / "bench" / "results" / "provider_faults.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
