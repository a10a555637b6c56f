"""Steering an answer, measured in one run: how fast a stop ends the client's stream and
closes the provider's (real langchain-openai against the fake provider, the app served
by uvicorn), and what branches cost in checkpoint bytes.

- stop: a long streamed answer on `/chat/stream`; after a few windows the client posts
  `/threads/{id}/stop`; timed from that request to the end of the client's stream, and
  to the moment the fake provider saw its stream's connection closed.
- across two processes (PostgreSQL + Redis): the answer streams from one server
  process, the stop is sent to the other.
- branches: the checkpoint bytes of one 50-turn thread, against the same 50 turns with
  10 regenerations of the latest answer and 5 edits of the latest question on the way.

    python -m bench.perf.steering [--stops 30] [--turns 50] [--across 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from fakes.models import HashEmbedder, scripted_model
from fakes.openai_server import FakeOpenAI, ServerThread
from graph.context import Context
from graph.graph import build_graph
from service.turns import ThreadedChat
from settings import Settings
from storage.sqlite import open_sqlite

TURN = "How does the deployment pipeline handle a rollback when the health checks fail? " * 3
ANSWER = "The pipeline stops the rollout, restores the previous image and pages someone. " * 3
LONG = "[[bench tokens=2000 delay_ms=10]]"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(percentile(ms, 0.95), 1),
        "max_ms": round(max(ms), 1),
    }


def measure_stops(stops: int, tmp: Path) -> dict[str, Any]:
    fake = FakeOpenAI()
    with ServerThread(fake.app()) as provider:
        os.environ.update(
            {
                "OPENAI_API_KEY": "bench-key",
                "OPENAI_BASE_URL": f"{provider.url}/v1",
                "THREADLINE_MODEL": "fake-model",
            }
        )
        from server import create_app

        docs = tmp / "docs"
        docs.mkdir()
        (docs / "guide.md").write_text("# Guide\n\nthreadline answers questions.\n")
        settings = Settings(
            data_dir=tmp / "data",
            docs_dir=docs,
            rate_limit="1000000/minute",
            write_rate_limit="1000000/minute",
            _env_file=None,
        )
        app = create_app(settings, embedder=HashEmbedder())
        to_stream_end: list[float] = []
        to_provider_closed: list[float] = []
        shown_words: list[int] = []
        with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=60) as client:
            for _ in range(stops):
                tid = client.post("/threads", json={}).json()["thread_id"]
                body = {
                    "input": {"messages": [{"type": "human", "content": f"tell me {LONG}"}]},
                    "config": {"configurable": {"thread_id": tid}},
                }
                windows, stopped_at, shown = 0, 0.0, ""
                with httpx.stream(
                    "POST", f"{server.url}/chat/stream", json=body, timeout=60
                ) as response:
                    event = ""
                    for line in response.iter_lines():
                        if line.startswith("event: "):
                            event = line[7:]
                        elif line.startswith("data: ") and event == "data":
                            shown += json.loads(line[6:]).get("content") or ""
                            windows += 1
                            if windows == 5:
                                stopped_at = time.time()
                                client.post(f"/threads/{tid}/stop")
                ended = time.time()
                to_stream_end.append(ended - stopped_at)
                record = fake.streams[-1]
                to_provider_closed.append(record["closed"] - stopped_at)
                shown_words.append(len(shown.split()))
                assert not record["finished"], "the provider's stream ran to its end"
    return {
        "stops": stops,
        "stop_to_client_stream_end": summary(to_stream_end),
        "stop_to_provider_connection_closed": summary(to_provider_closed),
        "words_shown_median": statistics.median(shown_words),
        "answer_words_if_not_stopped": 2000,
    }


def stop_once(client: httpx.Client, runner: str, stopper: str) -> tuple[float, float, int]:
    """One long answer streamed from `runner`, stopped through `stopper` after 5
    windows: seconds to the stream's end, the stop's moment, words shown."""
    tid = client.post(f"{runner}/threads", json={}).json()["thread_id"]
    body = {
        "input": {"messages": [{"type": "human", "content": f"tell me {LONG}"}]},
        "config": {"configurable": {"thread_id": tid}},
    }
    windows, stopped_at, shown, event = 0, 0.0, "", ""
    with client.stream("POST", f"{runner}/chat/stream", json=body) as response:
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "data":
                shown += json.loads(line[6:]).get("content") or ""
                windows += 1
                if windows == 5:
                    stopped_at = time.time()
                    assert client.post(f"{stopper}/threads/{tid}/stop").status_code == 202
    return time.time() - stopped_at, stopped_at, len(shown.split())


def measure_stops_across(stops: int, tmp: Path) -> dict[str, Any]:
    """The same, with two server processes on one PostgreSQL (pgvector, started here)
    and one Redis: the answer streams from A, the stop is sent to B."""
    import uuid

    from bench.perf.soak import REDIS_URL, delete_redis_keys, pgvector_server
    from fakes.threadline_server import launch_server, wait_until_up

    fake = FakeOpenAI()
    prefix = f"threadline-bench-{uuid.uuid4().hex[:8]}:"
    with ServerThread(fake.app()) as provider, pgvector_server() as database_url:
        env = {
            "OPENAI_API_KEY": "bench-key",
            "OPENAI_BASE_URL": f"{provider.url}/v1",
            "THREADLINE_MODEL": "fake-model",
            "THREADLINE_DATABASE_URL": database_url,
            "THREADLINE_REDIS_URL": REDIS_URL,
            "THREADLINE_REDIS_PREFIX": prefix,
            "THREADLINE_RATE_LIMIT": "1000000/minute",
            "THREADLINE_WRITE_RATE_LIMIT": "1000000/minute",
        }
        servers = [launch_server(tmp / n, env, tmp / f"{n}.log") for n in ("a", "b")]
        try:
            a, b = (wait_until_up(server) for server in servers)
            to_end, to_closed, words = [], [], []
            with httpx.Client(timeout=60) as client:
                for _ in range(stops):
                    seconds, stopped_at, shown = stop_once(client, a.url, b.url)
                    to_end.append(seconds)
                    record = fake.streams[-1]
                    assert not record["finished"], "the provider's stream ran to its end"
                    to_closed.append(record["closed"] - stopped_at)
                    words.append(shown)
        finally:
            for server in servers:
                if server.process.poll() is None:
                    server.stop()
            delete_redis_keys(prefix)
    return {
        "stops": stops,
        "stop_on_b_to_client_stream_end_on_a": summary(to_end),
        "stop_to_provider_connection_closed": summary(to_closed),
        "words_shown_median": statistics.median(words),
    }


def thread_bytes(path: Path) -> tuple[int, int]:
    """Bytes the saver stored for every thread (checkpoints, their metadata, writes), and
    how many of them are LangGraph's periodic full snapshots of the history (a checkpoint
    of a run that restarted the `DeltaChannel`'s counters: every 100 updates, per branch)."""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT length(checkpoint) + length(metadata), metadata FROM checkpoints")
        total = snapshots = 0
        for size, metadata in rows:
            total += size
            meta = json.loads(metadata)
            if meta.get("step", -1) > 0 and "counters_since_delta_snapshot" not in meta:
                snapshots += size
        writes = db.execute("SELECT coalesce(sum(length(value)), 0) FROM writes").fetchone()[0]
    return int(total + writes), snapshots


async def build_thread(path: Path, turns: int, branches: bool) -> dict[str, Any]:
    settings = Settings(data_dir=path.parent, _env_file=None)
    async with open_sqlite(path) as (saver, _):
        graph = build_graph(scripted_model(ANSWER, repeat=True), None, settings)
        chat = ThreadedChat(graph.compile(checkpointer=saver), context=Context())
        config = {"configurable": {"thread_id": "t"}}
        regenerations = edits = 0
        started = time.perf_counter()
        for n in range(turns):
            await chat.ainvoke({"messages": [{"type": "human", "content": f"{n}: {TURN}"}]}, config)
            if branches and n % 5 == 4 and regenerations < 10:
                await chat.regenerate("t", "local")
                regenerations += 1
            if branches and n % 10 == 9 and edits < 5:
                last = (await chat.history("t", last=2))[0]
                await chat.edit("t", "local", last["id"], f"{n} (edited): {TURN}")
                edits += 1
        seconds = time.perf_counter() - started
        messages = await chat.history("t")
    stored, snapshots = thread_bytes(path)
    return {
        "bytes": stored,
        "of_which_periodic_snapshots": snapshots,
        "messages_in_current_branch": len(messages),
        "regenerations": regenerations,
        "edits": edits,
        "seconds": round(seconds, 2),
    }


def measure_branches(turns: int, tmp: Path) -> dict[str, Any]:
    plain = asyncio.run(build_thread(tmp / "plain" / "threadline.db", turns, branches=False))
    branched = asyncio.run(build_thread(tmp / "branched" / "threadline.db", turns, branches=True))
    return {
        "turns": turns,
        "without_branches": plain,
        "with_branches": branched,
        "size_ratio": round(branched["bytes"] / plain["bytes"], 3),
        "size_ratio_without_periodic_snapshots": round(
            (branched["bytes"] - branched["of_which_periodic_snapshots"])
            / (plain["bytes"] - plain["of_which_periodic_snapshots"]),
            3,
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stops", type=int, default=30)
    parser.add_argument("--turns", type=int, default=50)
    parser.add_argument(
        "--across", type=int, default=20, help="stops across two processes (0: skip)"
    )
    parser.add_argument("--out", type=Path, default=Path("bench/results/steering.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("plain", "branched", "server"):
            (Path(tmp) / name).mkdir()
        result = {
            "branches": measure_branches(args.turns, Path(tmp)),
            "stop": measure_stops(args.stops, Path(tmp) / "server"),
        }
        if args.across:
            result["stop_across_two_processes"] = measure_stops_across(args.across, Path(tmp))
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
