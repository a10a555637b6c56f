"""Load benchmark (issue 10): the same workload, side by side in one run, against

- `sqlite`: one `threadline serve` process on SQLite (the default setup);
- `postgres`: `threadline serve --workers 2` on PostgreSQL + Redis (a PostgreSQL with
  pgvector started for the run, since documents live there too, and a Redis prefix,
  removed at the end);
- `langgraph`: `langgraph dev` serving the same graph (`langgraph.json`),

all on bench/perf/fake_provider.py (an async OpenAI-compatible fake, in its own
process) with a per-token delay. The load client (this process) uses
httpx.AsyncClient, langgraph-sdk and websockets.

1. Throughput: closed-loop clients at concurrency 1, 16 and 64, targets
   interleaved per level; a run is one `/chat/invoke` on a thread (`runs.wait`
   for langgraph dev), each thread gets `--turns` turns. Runs/s and p50/p95 latency
   of the runs that end in the measured window (after a warm-up).
2. Time to first token (first non-empty `data` event; first custom `token`
   event for langgraph dev): single streams one after another, then N streams
   started over a ramp, each held open `--hold` seconds by an answer of hold / delay
   tokens (the client lets go at hold x 1.1 + 1 s if the answer lags behind).
3. Memory per idle WebSocket (`/ws/chat/{thread}`, one thread each): server RSS
   (summed over the worker processes) before and after opening N connections.

Every non-2xx response, exception, malformed answer or stream that does not end
properly counts as an error and is printed. Results go to bench/results/load.json
(load-quick.json with --quick) and a Markdown table is printed for BENCHMARKS.md.

    python -m bench.perf.load [--quick] [--targets sqlite,postgres,langgraph]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/0"
TARGETS = ("sqlite", "postgres", "langgraph")
LABELS = {
    "sqlite": "threadline, 1 process, SQLite",
    "postgres": "threadline --workers 2, PostgreSQL + Redis",
    "langgraph": "langgraph dev",
    "provider": "fake provider alone (the harness's ceiling)",
}
QUESTIONS = (
    "How do I keep a conversation going on one thread?",
    "How do API keys and users work in threadline?",
    "What does the WebSocket send while an answer streams?",
    "How are old threads pruned?",
)
_ASKED = itertools.count()


def question() -> str:
    """The next question a client asks: one of `QUESTIONS` in turn, numbered, so no two
    runs send the same text. Users rarely repeat a question word for word, and the
    server keeps query vectors by text (`DocumentIndex._embed_query`): the same four
    texts again and again would measure that cache, not a server."""
    n = next(_ASKED)
    return f"{QUESTIONS[n % len(QUESTIONS)]} (question {n})"


LOG_PROBLEM = re.compile(r"\b(ERROR|CRITICAL)\b|Traceback|\[error\s*\]|\[critical\s*\]", re.I)


# --------------------------------------------------------------------------- helpers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def ms(value: float | None) -> float | None:
    return None if value is None else round(value * 1000, 1)


def process_tree(pid: int) -> list[int]:
    try:
        import psutil

        root = psutil.Process(pid)
        return [pid, *(p.pid for p in root.children(recursive=True))]
    except ImportError:
        pids, todo = [], [pid]
        while todo:
            current = todo.pop()
            pids.append(current)
            for task in Path(f"/proc/{current}/task").glob("*/children"):
                todo.extend(int(c) for c in task.read_text().split())
        return pids
    except Exception:
        return [pid]


def rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants (uvicorn workers)."""
    total = 0
    for p in process_tree(pid):
        try:
            import psutil

            total += psutil.Process(p).memory_info().rss
        except ImportError:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except Exception:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its live descendants."""
    total = 0.0
    for p in process_tree(pid):
        try:
            import psutil

            t = psutil.Process(p).cpu_times()
            total += t.user + t.system
        except ImportError:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except Exception:
            pass
    return total


class BenchError(Exception):
    """A failed run: a non-2xx status, a malformed answer, a stream that broke off."""


def describe(exc: BaseException) -> str:
    if isinstance(exc, httpx.HTTPStatusError):
        text = exc.response.text[:300] if exc.response.is_stream_consumed else ""
        return f"HTTP {exc.response.status_code}: {text}"
    text = str(exc) or repr(exc)
    return f"{type(exc).__name__}: {text}"[:400]


@dataclass
class Errors:
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def add(self, target: str, phase: str, exc: BaseException | str) -> None:
        message = exc if isinstance(exc, str) else describe(exc)
        key = (target, phase, message)
        if not self.counts[key]:
            print(f"  ERROR [{target} {phase}] {message}", flush=True)
        self.counts[key] += 1

    def total(self, target: str | None = None, phase: str | None = None) -> int:
        """Errors of a target in phases named `phase` or starting with `phase` + a space."""
        return sum(
            n
            for (t, p, _), n in self.counts.items()
            if (target is None or t == target)
            and (phase is None or p == phase or p.startswith(phase + " "))
        )


# --------------------------------------------------------------------------- processes


@dataclass
class Server:
    name: str
    kind: str  # "threadline" or "langgraph"
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    health: str
    stopped_at: int | None = None  # log size when the benchmark stopped it

    def stop(self, grace: float = 30) -> None:
        if self.stopped_at is None and self.log_path.exists():
            self.stopped_at = self.log_path.stat().st_size
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                for pid in reversed(process_tree(self.process.pid)):
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, 9)
                self.process.wait(timeout=10)

    def log_problems(self, limit: int = 40) -> list[str]:
        """Error lines and tracebacks logged before the benchmark stopped the server."""
        if not self.log_path.exists():
            return []
        text = self.log_path.read_bytes()
        if self.stopped_at is not None:
            text = text[: self.stopped_at]
        lines = text.decode(errors="replace").splitlines()
        hits = [i for i, line in enumerate(lines) if LOG_PROBLEM.search(line)]
        out: list[str] = []
        for i in hits:
            # a traceback: keep the lines that follow it, up to the next log record
            out.append(lines[i])
            if "Traceback" in lines[i]:
                j = i + 1
                while j < len(lines) and j - i < 60 and not LOG_PROBLEM.search(lines[j]):
                    out.append(lines[j])
                    j += 1
            if len(out) > limit * 20:
                break
        return out


def spawn(
    name: str,
    kind: str,
    command: list[str],
    env: dict[str, str],
    log_path: Path,
    health: str,
    cwd: Path = ROOT,
) -> Server:
    port = int(command[command.index("--port") + 1])
    log = log_path.open("ab")
    cwd.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    return Server(name, kind, f"http://127.0.0.1:{port}", process, log_path, health)


def wait_ready(server: Server, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"{server.name} exited ({server.process.returncode}):\n"
                + server.log_path.read_text(errors="replace")[-4000:]
            )
        try:
            if httpx.get(f"{server.url}{server.health}", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(
        f"{server.name} did not answer {server.health}:\n"
        + server.log_path.read_text(errors="replace")[-4000:]
    )


def base_env(provider_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("THREADLINE_")}
    env.update(
        {
            "OPENAI_API_KEY": "bench-key",
            "OPENAI_BASE_URL": f"{provider_url}/v1",
            "THREADLINE_MODEL": "fake-model",
            "THREADLINE_RATE_LIMIT": "1000000/minute",
            "THREADLINE_WRITE_RATE_LIMIT": "1000000/minute",
            "THREADLINE_WS_MAX_PER_USER": "100000",  # the idle-socket memory measure
            "THREADLINE_MAX_NEW_TOKENS": "8192",  # the long streams must not be cut
            "THREADLINE_LOG_FORMAT": "text",
            "LANGSMITH_TRACING": "false",
            "LANGCHAIN_TRACING_V2": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def lg_config(folder: Path) -> Path:
    """langgraph.json with its paths made absolute, for `langgraph dev` run in `folder`
    (it resolves graph paths against its working directory)."""
    config = json.loads((ROOT / "langgraph.json").read_text())
    config["dependencies"] = [str((ROOT / d).resolve()) for d in config.get("dependencies", [])]
    config["graphs"] = {
        name: str((ROOT / spec.split(":")[0]).resolve()) + ":" + spec.split(":", 1)[1]
        for name, spec in config["graphs"].items()
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "langgraph.json"
    path.write_text(json.dumps(config, indent=2))
    return path


def delete_redis_keys(prefix: str) -> int:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        removed = 0
        batch: list[bytes] = []
        for key in client.scan_iter(match=f"{prefix}*", count=1000):
            batch.append(key)
            if len(batch) >= 500:
                removed += int(client.delete(*batch))
                batch.clear()
        if batch:
            removed += int(client.delete(*batch))
        return removed
    finally:
        client.close()


# --------------------------------------------------------------------------- workload


@dataclass
class Clients:
    http: httpx.AsyncClient
    lg: Any  # langgraph_sdk LangGraphClient on the langgraph dev server, or None


def directive(tokens: int, delay_ms: float) -> str:
    return f" [[bench tokens={tokens} delay_ms={delay_ms:g}]]"


async def new_thread(server: Server, clients: Clients) -> str:
    if server.kind == "langgraph":
        thread = await clients.lg.threads.create()
        return str(thread["thread_id"])
    return f"bench-{uuid.uuid4().hex}"


async def run_once(
    server: Server, clients: Clients, thread_id: str, content: str, turn: int
) -> None:
    """Turn `turn` (from 0) on a thread; raises on anything but a proper answer, one
    that has seen this thread's `turn + 1` user messages (the fake says how many)."""
    seen = f"I have read {turn + 1} user messages"
    if server.kind == "langgraph":
        out = await clients.lg.runs.wait(
            thread_id, "threadline", input={"incoming": [{"role": "user", "content": content}]}
        )
        if not isinstance(out, dict) or "__error__" in out:
            raise BenchError(f"run failed: {str(out)[:300]}")
        last = json.loads(out["messages"][-1])
        if last.get("type") != "ai" or not last["data"].get("content"):
            raise BenchError(f"no answer: {str(last)[:300]}")
        if not str(last["data"]["content"]).startswith(seen):
            raise BenchError(f"wrong history: {seen!r} expected, got {str(last)[:300]}")
        return
    response = await clients.http.post(
        f"{server.url}/chat/invoke",
        json={
            "input": {"messages": [{"type": "human", "content": content}]},
            "config": {"configurable": {"thread_id": thread_id}},
        },
    )
    if response.status_code >= 300:
        raise BenchError(f"HTTP {response.status_code}: {response.text[:300]}")
    output = response.json().get("output") or {}
    if output.get("type") != "ai" or not output.get("content"):
        raise BenchError(f"no answer: {response.text[:300]}")
    if not str(output["content"]).startswith(seen):
        raise BenchError(f"wrong history: {seen!r} expected, got {response.text[:300]}")


async def closed_loop(
    server: Server,
    clients: Clients,
    errors: Errors,
    concurrency: int,
    warmup: float,
    duration: float,
    turns: int,
    suffix: str,
) -> dict[str, Any]:
    """`concurrency` clients, each running turn after turn on its own threads."""
    phase = f"throughput c={concurrency}"
    samples: list[tuple[float, float]] = []
    start = time.perf_counter()
    t0, t1 = start + warmup, start + warmup + duration
    cpu: dict[str, float] = {}

    async def mark_cpu() -> None:  # the server's CPU time over the measured window
        await asyncio.sleep(max(0.0, t0 - time.perf_counter()))
        cpu["start"] = cpu_seconds(server.process.pid)
        await asyncio.sleep(max(0.0, t1 - time.perf_counter()))
        cpu["end"] = cpu_seconds(server.process.pid)

    async def client() -> None:
        thread_id, turn = "", turns
        while time.perf_counter() < t1:
            try:
                if turn >= turns:
                    thread_id, turn = await new_thread(server, clients), 0
                content = question() + suffix
                began = time.perf_counter()
                await run_once(server, clients, thread_id, content, turn)
                samples.append((began, time.perf_counter()))
                turn += 1
            except Exception as exc:
                errors.add(server.name, phase, exc)
                turn = turns  # go on with a fresh thread
                await asyncio.sleep(0.1)

    cpu_task = asyncio.create_task(mark_cpu())
    await asyncio.gather(*(client() for _ in range(concurrency)))
    await cpu_task
    latencies = [end - began for began, end in samples if t0 <= end <= t1]
    runs = len(latencies)
    return {
        "runs": runs,
        "runs_per_s": round(runs / duration, 2),
        "p50_ms": ms(percentile(latencies, 50)),
        "p95_ms": ms(percentile(latencies, 95)),
        "server_cpu_ms_per_run": round(1000 * (cpu["end"] - cpu["start"]) / runs, 1)
        if runs
        else None,
        "errors": errors.total(server.name, phase),
    }


def sse_blocks(buffer: bytes) -> tuple[list[tuple[str, Any]], bytes]:
    """The complete SSE events in `buffer` as (event, decoded data), and the rest."""
    buffer = buffer.replace(b"\r\n", b"\n")
    *blocks, rest = buffer.split(b"\n\n")
    events: list[tuple[str, Any]] = []
    for block in blocks:
        event, data = "", b""
        for line in block.split(b"\n"):
            if line.startswith(b"event:"):
                event = line[6:].strip().decode()
            elif line.startswith(b"data:"):
                data += line[5:].strip()
        try:
            events.append((event, json.loads(data) if data else None))
        except ValueError:
            events.append((event, data.decode(errors="replace")))
    return events, rest


def token_text(kind: str, event: str, data: Any) -> str:
    """The answer text an event carries ('' for other events)."""
    if not isinstance(data, dict):
        return ""
    if kind == "threadline" and event == "data":
        return str(data.get("content") or "")
    if kind == "langgraph" and event == "custom" and data.get("event") == "token":
        return str(data.get("text") or "")
    if kind == "provider" and not event and data.get("choices"):
        return str(data["choices"][0].get("delta", {}).get("content") or "")
    return ""


@dataclass
class Streamed:
    ttft: float
    total: float
    chars: int  # answer characters received
    held: bool  # closed by the client at its deadline, still streaming


async def stream_once(
    server: Server, clients: Clients, thread_id: str, content: str, limit: float | None = None
) -> Streamed:
    """One streamed run, read to its end or closed after `limit` seconds; raises if it
    failed, or gave no token."""
    if server.kind == "provider":  # the harness alone: what the client and fake can do
        url = f"{server.url}/v1/chat/completions"
        body: dict[str, Any] = {
            "model": "fake-model",
            "stream": True,
            "messages": [{"role": "user", "content": content}],
        }
    elif server.kind == "langgraph":
        # the body langgraph-sdk's runs.stream sends, read with the same parser as below
        url = f"{server.url}/threads/{thread_id}/runs/stream"
        body = {
            "assistant_id": "threadline",
            "input": {"incoming": [{"role": "user", "content": content}]},
            "stream_mode": ["custom"],
            "on_disconnect": "cancel",
        }
    else:
        url = f"{server.url}/chat/stream"
        body = {
            "input": {"messages": [{"type": "human", "content": content}]},
            "config": {"configurable": {"thread_id": thread_id}},
        }
    start = time.perf_counter()
    ttft: float | None = None
    chars, ended, held, buffer = 0, False, False, b""
    try:
        async with asyncio.timeout(limit):
            async with clients.http.stream("POST", url, json=body) as response:
                if response.status_code >= 300:
                    raise BenchError(
                        f"HTTP {response.status_code}: {(await response.aread())[:300]!r}"
                    )
                async for chunk in response.aiter_bytes():
                    events, buffer = sse_blocks(buffer + chunk)
                    for event, data in events:
                        if event == "error":
                            raise BenchError(f"error event: {str(data)[:400]}")
                        if event == "end":
                            ended = True
                        text = token_text(server.kind, event, data)
                        if text:
                            chars += len(text)
                            if ttft is None:
                                ttft = time.perf_counter() - start
    except TimeoutError:
        held = True
    total = time.perf_counter() - start
    if ttft is None:
        raise BenchError(f"no token within {limit:g} s" if held else "stream ended without a token")
    if not held and server.kind == "threadline" and not ended:
        raise BenchError("stream ended without an end event")
    return Streamed(ttft, total, chars, held)


def provider_pace(content: str, tokens: int, delay_ms: float) -> Callable[[float], int]:
    """Characters of the fake provider's answer produced `t` seconds after the request
    (an upper bound: the server calls the provider a little after that)."""
    from bench.perf.fake_provider import answer_words

    pieces = answer_words({"messages": [{"role": "user", "content": content}]}, tokens)
    cumulative = [0]
    for piece in pieces:
        cumulative.append(cumulative[-1] + len(piece))
    return lambda t: cumulative[max(0, min(len(pieces), int(t * 1000 / delay_ms)))]


async def settle(server: Server, quiet: float = 0.1, limit: float = 20) -> float:
    """Wait until the server uses under `quiet` of a core (runs left over from the
    previous phase, cancelled streams, ...); the seconds waited."""
    began = time.perf_counter()
    last = cpu_seconds(server.process.pid)
    while time.perf_counter() - began < limit:
        await asyncio.sleep(1)
        now = cpu_seconds(server.process.pid)
        if now - last < quiet:
            break
        last = now
    waited = round(time.perf_counter() - began, 1)
    if waited > 1.5:
        print(f"  ({server.name} was busy: waited {waited} s for it to go quiet)", flush=True)
    return waited


async def ttft_phase(
    server: Server,
    clients: Clients,
    errors: Errors,
    singles: int,
    streams: int,
    ramp: float,
    hold: float,
    delay_ms: float,
) -> dict[str, Any]:
    """Single streams one after another, then `streams` long ones started over `ramp`
    seconds, each answering for `hold` seconds (closed by the client if it lags)."""
    single_ttft: list[float] = []
    for _ in range(singles):
        try:
            thread_id = await new_thread(server, clients)
            content = question() + directive(30, delay_ms)
            single_ttft.append((await stream_once(server, clients, thread_id, content)).ttft)
        except Exception as exc:
            errors.add(server.name, "ttft single", exc)

    tokens = int(hold * 1000 / delay_ms)
    limit = hold * 1.1 + 1
    phase = f"ttft {streams} streams"
    thread_ids: list[str] = []
    for _ in range(streams):  # created before the clock starts (langgraph dev needs them)
        try:
            thread_ids.append(await new_thread(server, clients))
        except Exception as exc:
            errors.add(server.name, phase, exc)
    results: list[Streamed] = []
    started: list[int] = []  # each result's place in the start order
    delivered: list[float] = []
    open_now = peak = 0
    client_cpu = time.process_time()
    start = time.perf_counter()

    async def one(i: int, thread_id: str) -> None:
        nonlocal open_now, peak
        await asyncio.sleep(max(0.0, start + i * ramp / streams - time.perf_counter()))
        open_now += 1
        peak = max(peak, open_now)
        try:
            content = question() + directive(tokens, delay_ms)
            streamed = await stream_once(server, clients, thread_id, content, limit)
            results.append(streamed)
            started.append(i)
            expected = provider_pace(content, tokens, delay_ms)(streamed.total)
            delivered.append(streamed.chars / expected if expected else 0.0)
        except Exception as exc:
            errors.add(server.name, phase, exc)
        finally:
            open_now -= 1

    await asyncio.gather(*(one(i, t) for i, t in enumerate(thread_ids)))
    client_cpu = time.process_time() - client_cpu
    elapsed = time.perf_counter() - start
    ttfts = [r.ttft for r in results]
    single_p95 = percentile(single_ttft, 95)
    many_p95 = percentile(ttfts, 95)
    return {
        "single": {
            "n": len(single_ttft),
            "p50_ms": ms(percentile(single_ttft, 50)),
            "p95_ms": ms(single_p95),
        },
        "streams": {
            "n": streams,
            "with_token": len(results),
            "cut": sum(r.held for r in results),
            "peak_open": peak,
            "answer_tokens": tokens,
            "p50_ms": ms(percentile(ttfts, 50)),
            "p95_ms": ms(many_p95),
            "max_ms": ms(max(ttfts) if ttfts else None),
            # later streams start with more already open: is the tail where the load is?
            "p95_ms_by_start_fifth": [
                ms(
                    percentile(
                        [t for t, i in zip(ttfts, started, strict=True) if i * 5 // streams == f],
                        95,
                    )
                )
                for f in range(5)
            ],
            "delivered_p50_pct": round(100 * (percentile(delivered, 50) or 0), 1),
            "delivered_min_pct": round(100 * min(delivered), 1) if delivered else None,
            "client_cpu_share": round(client_cpu / elapsed, 2),
        },
        "p95_ratio": round(many_p95 / single_p95, 2) if many_p95 and single_p95 else None,
        "errors": errors.total(server.name, "ttft"),
    }


async def ws_memory(server: Server, errors: Errors, connections: int) -> dict[str, Any]:
    """RSS added per idle WebSocket, each on its own thread."""
    from websockets.asyncio.client import connect

    ws_url = server.url.replace("http://", "ws://")
    phase = f"ws {connections} idle"

    async def open_one() -> Any:
        ws = await connect(f"{ws_url}/ws/chat/bench-ws-{uuid.uuid4().hex}", open_timeout=60)
        frame = json.loads(await asyncio.wait_for(ws.recv(), 60))
        if frame.get("type") != "history":
            await ws.close()
            raise BenchError(f"first frame is not the history: {str(frame)[:300]}")
        return ws

    async def open_many(n: int) -> list[Any]:
        sockets: list[Any] = []
        for offset in range(0, n, 50):  # in batches, so the accept backlog is not the test
            batch = await asyncio.gather(
                *(open_one() for _ in range(min(50, n - offset))), return_exceptions=True
            )
            for item in batch:
                if isinstance(item, BaseException):
                    errors.add(server.name, phase, item)
                else:
                    sockets.append(item)
        return sockets

    async def close_all(sockets: list[Any]) -> None:
        await asyncio.gather(*(ws.close() for ws in sockets), return_exceptions=True)

    await close_all(await open_many(20))  # warm-up: first-use allocations
    await asyncio.sleep(2)
    before = rss_bytes(server.process.pid)
    sockets = await open_many(connections)
    await asyncio.sleep(3)
    after = rss_bytes(server.process.pid)
    opened = len(sockets)
    await close_all(sockets)
    return {
        "connections": opened,
        "rss_before_mb": round(before / 2**20, 1),
        "rss_after_mb": round(after / 2**20, 1),
        "kb_per_connection": round((after - before) / 1024 / opened, 1) if opened else None,
        "errors": errors.total(server.name, "ws"),
    }


# --------------------------------------------------------------------------- report


def markdown(result: dict[str, Any]) -> str:
    cfg = result["config"]
    names = [n for n in TARGETS if n in result["servers"]]
    ttft_names = ["provider", *names] if "provider" in result["ttft"] else names
    lines = [
        f"Fake provider: {cfg['delay_ms']:g} ms per token; throughput answers "
        f"{cfg['answer_tokens']} tokens, {cfg['turns']} turns per thread, "
        f"{cfg['duration_s']:g} s per level after a warm-up of {cfg['warmup_s']:g} s or "
        f"{cfg['warmup_per_client_s']:g} s per client; "
        f"langgraph dev with --n-jobs-per-worker {cfg['langgraph_jobs']}.",
        "",
        "| target | concurrency | runs/s | p50 ms | p95 ms | server CPU ms/run | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        for level, row in result["throughput"].get(name, {}).items():
            lines.append(
                f"| {LABELS[name]} | {level} | {row['runs_per_s']} | {row['p50_ms']} | "
                f"{row['p95_ms']} | {row['server_cpu_ms_per_run']} | {row['errors']} |"
            )
    streams = cfg["streams"]
    lines += [
        "",
        f"Time to first token at {cfg['delay_ms']:g} ms per token: single streams one after "
        f"another, then {streams} streams started over {cfg['ramp_s']:g} s, each held open "
        f"{cfg['hold_s']:g} s by its answer (the client lets go at 1.1x that + 1 s). "
        "Delivered: the share of what the provider had produced by then that reached the "
        "client; cut: streams still lagging at the client's deadline. The first row is the "
        "same streams straight to the fake provider: what the load client and the fake "
        "manage on this machine (the provider sends its first token after one delay; threadline "
        "holds a few tokens back for moderation).",
        "",
        f"| target | 1 stream p50 / p95 ms | {streams} streams p50 / p95 / max ms | "
        "p95 ratio | with a token | cut | delivered p50 / min | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in ttft_names:
        row = result["ttft"].get(name)
        if not row:
            continue
        s, m = row["single"], row["streams"]
        lines.append(
            f"| {LABELS[name]} | {s['p50_ms']} / {s['p95_ms']} | {m['p50_ms']} / {m['p95_ms']} / "
            f"{m['max_ms']} | {row['p95_ratio']}x | {m['with_token']}/{m['n']} | {m['cut']} | "
            f"{m['delivered_p50_pct']}% / {m['delivered_min_pct']}% | {row['errors']} |"
        )
    lines += [
        "",
        "| target | idle WebSockets | RSS before MB | RSS after MB | KB per WebSocket | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        row = result["ws_memory"].get(name)
        if row:
            lines.append(
                f"| {LABELS[name]} | {row['connections']} | {row['rss_before_mb']} | "
                f"{row['rss_after_mb']} | {row['kb_per_connection']} | {row['errors']} |"
            )
    lines.append("")
    for target in result["targets"]:
        lines.append(
            f"- {target['what']}: **{'met' if target['met'] else 'NOT met'}** ({target['value']})"
        )
    return "\n".join(lines)


def check_targets(result: dict[str, Any], total_errors: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = [
        {"what": "0 errors everywhere", "met": total_errors == 0, "value": f"{total_errors} errors"}
    ]
    lg16 = result["throughput"].get("langgraph", {}).get("16", {}).get("runs_per_s")
    for name in ("sqlite", "postgres"):
        ours = result["throughput"].get(name, {}).get("16", {}).get("runs_per_s")
        if ours is not None and lg16:
            ratio = ours / lg16
            out.append(
                {
                    "what": f"{name}: runs/s at concurrency 16 at least 3x langgraph dev's",
                    "met": ratio >= 3,
                    "value": f"{ratio:.2f}x ({ours} vs {lg16})",
                }
            )
        ttft = result["ttft"].get(name)
        if ttft and ttft["p95_ratio"] is not None:
            out.append(
                {
                    "what": f"{name}: p95 TTFT at {ttft['streams']['n']} streams at most 2x "
                    "its value at 1 stream",
                    "met": ttft["p95_ratio"] <= 2,
                    "value": f"{ttft['p95_ratio']}x",
                }
            )
        ws = result["ws_memory"].get(name)
        if ws and ws["kb_per_connection"] is not None:
            out.append(
                {
                    "what": f"{name}: at most 50 KB per open idle WebSocket",
                    "met": ws["kb_per_connection"] <= 50,
                    "value": f"{ws['kb_per_connection']} KB",
                }
            )
    return out


# --------------------------------------------------------------------------- main


async def measure(
    servers: dict[str, Server],
    provider: Server,
    args: argparse.Namespace,
    errors: Errors,
    result: dict[str, Any],
) -> None:
    from langgraph_sdk.client import LangGraphClient

    limits = httpx.Limits(max_connections=2000, max_keepalive_connections=2000)
    timeout = httpx.Timeout(connect=30, read=180, write=30, pool=120)
    async with contextlib.AsyncExitStack() as stack:
        http = await stack.enter_async_context(httpx.AsyncClient(limits=limits, timeout=timeout))
        lg = None
        if "langgraph" in servers:
            lg_http = await stack.enter_async_context(
                httpx.AsyncClient(
                    base_url=servers["langgraph"].url,
                    limits=limits,
                    timeout=timeout,
                    transport=httpx.AsyncHTTPTransport(retries=0, limits=limits),
                )
            )
            lg = LangGraphClient(lg_http)
        clients = Clients(http, lg)
        suffix = directive(args.answer_tokens, args.delay_ms)

        async def timed(label: str, work: Callable[[], Awaitable[Any]]) -> Any:
            began = time.perf_counter()
            load = os.getloadavg()[0]
            print(f"{label} ... (load average {load:.1f})", flush=True)
            value = await work()
            value["load_average"] = [round(load, 1), round(os.getloadavg()[0], 1)]
            print(f"{label}: {json.dumps(value)} ({time.perf_counter() - began:.0f} s)", flush=True)
            return value

        for name, server in servers.items():  # langgraph dev loads the graph on first use
            try:
                thread_id = await new_thread(server, clients)
                for turn in range(2):
                    await run_once(server, clients, thread_id, QUESTIONS[turn] + suffix, turn)
            except Exception as exc:
                errors.add(name, "prime", exc)
        for level in args.concurrency:
            for name, server in servers.items():
                await settle(server)
                result["throughput"].setdefault(name, {})[str(level)] = await timed(
                    f"[{name}] throughput at concurrency {level}",
                    lambda server=server, level=level: closed_loop(
                        server,
                        clients,
                        errors,
                        level,
                        max(args.warmup, level * args.warmup_per_client),
                        args.duration,
                        args.turns,
                        suffix,
                    ),
                )
        for name, server in servers.items():
            if server.kind == "threadline" and args.ws > 0:
                await settle(server)
                result["ws_memory"][name] = await timed(
                    f"[{name}] memory of {args.ws} idle WebSockets",
                    lambda server=server: ws_memory(server, errors, args.ws),
                )
        ttft_targets = {"provider": provider, **servers} if args.harness_row else servers
        for name, server in ttft_targets.items():
            await settle(server)
            result["ttft"][name] = await timed(
                f"[{name}] time to first token, {args.streams} streams",
                lambda server=server: ttft_phase(
                    server,
                    clients,
                    errors,
                    args.singles,
                    args.streams,
                    args.ramp,
                    args.hold,
                    args.delay_ms,
                ),
            )
            # A stream the client let go of still runs to its end on the server (the
            # run belongs to the thread): stop the target, so that leftover work does
            # not eat the CPU of the next target's streams.
            if server is not provider:
                await asyncio.to_thread(server.stop, 10)


def parse_args() -> argparse.Namespace:
    """The command line, with the defaults of a full or a quick run filled in."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a ~2 minute smoke run")
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--delay-ms", type=float, default=20.0, help="provider per-token delay")
    parser.add_argument("--answer-tokens", type=int, default=20, help="answer length for runs")
    parser.add_argument("--turns", type=int, default=3, help="runs per thread")
    parser.add_argument("--concurrency", type=lambda s: [int(x) for x in s.split(",")])
    parser.add_argument("--duration", type=float, help="measured seconds per level")
    parser.add_argument("--warmup", type=float, help="unmeasured seconds before each level")
    parser.add_argument(
        "--warmup-per-client",
        type=float,
        help="at least this many seconds of warm-up per client (64 clients: 6.4 s)",
    )
    parser.add_argument("--singles", type=int, help="single streams for the TTFT baseline")
    parser.add_argument("--streams", type=int, help="concurrent long streams")
    parser.add_argument("--ramp", type=float, help="seconds over which the streams start")
    parser.add_argument("--hold", type=float, help="seconds each long stream lasts")
    parser.add_argument("--ws", type=int, help="idle WebSockets for the memory measure")
    parser.add_argument("--langgraph-jobs", type=int, default=256, help="its --n-jobs-per-worker")
    parser.add_argument(
        "--no-harness-row",
        dest="harness_row",
        action="store_false",
        help="skip the streams straight to the fake provider (the client's own ceiling)",
    )
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and logs")
    args = parser.parse_args()
    defaults = (
        {
            "duration": 3,
            "warmup": 1.5,
            "warmup_per_client": 0.1,
            "singles": 2,
            "streams": 30,
            "ramp": 1,
            "hold": 5,
            "ws": 100,
        }
        if args.quick
        else {
            "duration": 10,
            "warmup": 3,
            "warmup_per_client": 0.1,
            "singles": 5,
            "streams": 200,
            "ramp": 10,
            "hold": 60,
            "ws": 500,
        }
    )
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    args.concurrency = args.concurrency or [1, 16, 64]
    args.out = args.out or ROOT / "bench/results" / (
        "load-quick.json" if args.quick else "load.json"
    )
    args.names = [n.strip() for n in args.targets.split(",") if n.strip()]
    unknown = set(args.names) - set(TARGETS)
    if unknown:
        parser.error(f"unknown targets {sorted(unknown)}; choose from {TARGETS}")
    return args


def target_command(
    name: str,
    env: dict[str, str],
    tmp: Path,
    args: argparse.Namespace,
    database_url: str,
    redis_prefix: str,
) -> tuple[list[str], dict[str, str]]:
    """How to start a target, and its environment: each builds its index from the docs in
    its own data folder, as on a first start (the two workers of one target share it)."""
    data = {**env, "THREADLINE_DATA_DIR": str(tmp / f"{name}-data")}
    port = str(free_port())
    serve = [sys.executable, "-m", "cli", "serve", "--port", port, "--log-level", "warning"]
    if name == "sqlite":
        return serve, data
    if name == "postgres":
        data.update(
            {
                "THREADLINE_DATABASE_URL": database_url,
                "THREADLINE_REDIS_URL": REDIS_URL,
                "THREADLINE_REDIS_PREFIX": redis_prefix,
            }
        )
        return [*serve, "--workers", "2"], data
    cli = Path(sys.executable).with_name("langgraph")
    data.update(
        {
            "LANGGRAPH_NO_BROWSER": "1",
            "LOG_LEVEL": "WARNING",
            "LOG_COLOR": "false",
            # it runs in its own folder (its state goes to ./.langgraph_api,
            # and comes back on the next start), importing the graph from here
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        }
    )
    config = lg_config(tmp / "langgraph-cwd")
    command = [
        str(cli) if cli.exists() else "langgraph",
        "dev",
        "--port",
        port,
        "--no-browser",
        "--no-reload",
        "--config",
        str(config),
        "--n-jobs-per-worker",
        str(args.langgraph_jobs),
        "--server-log-level",
        "warning",
    ]
    return command, data


def report(
    result: dict[str, Any],
    errors: Errors,
    servers: dict[str, Server],
    args: argparse.Namespace,
    tmp: Path,
    began: float,
) -> None:
    """Write the results file, print the tables and every error, keep the logs if any."""
    total_errors = sum(errors.counts.values())
    result["errors"] = [
        {"target": t, "phase": p, "error": m, "count": n} for (t, p, m), n in errors.counts.items()
    ]
    result["server_log_problems"] = {
        name: server.log_problems()[:200] for name, server in servers.items()
    }
    result["targets"] = check_targets(result, total_errors)
    result["elapsed_s"] = round(time.perf_counter() - began)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")

    print()
    print(markdown(result))
    print()
    if errors.counts:
        print(f"{total_errors} errors:")
        for (t, p, m), n in errors.counts.most_common():
            print(f"  {n:5d} x [{t} {p}] {m}")
    for name, problems in result["server_log_problems"].items():
        if problems:
            print(f"\n{name} server log: {len(problems)} problem lines, the first:")
            print("\n".join(f"  {line}" for line in problems[:40]))
    print(f"\nwrote {args.out} ({result['elapsed_s']} s)")
    if errors.counts or any(result["server_log_problems"].values()) or args.keep:
        print(f"logs kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)


def new_result(args: argparse.Namespace) -> dict[str, Any]:
    """The results file's skeleton: when, with what settings, on how many cores."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "quick": args.quick,
        "config": {
            "delay_ms": args.delay_ms,
            "answer_tokens": args.answer_tokens,
            "turns": args.turns,
            "concurrency": args.concurrency,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "warmup_per_client_s": args.warmup_per_client,
            "singles": args.singles,
            "streams": args.streams,
            "ramp_s": args.ramp,
            "hold_s": args.hold,
            "ws_connections": args.ws,
            "langgraph_jobs": args.langgraph_jobs,
            "cpus": os.cpu_count(),
            "load_average_at_start": [round(x, 1) for x in os.getloadavg()],
        },
        "servers": {},
        "throughput": {},
        "ttft": {},
        "ws_memory": {},
    }


def main() -> None:
    args = parse_args()
    names = args.names
    tag = secrets.token_hex(4)
    tmp = Path(tempfile.mkdtemp(prefix=f"threadline-load-{tag}-"))
    redis_prefix = f"threadline_bench_{tag}:"
    postgres = contextlib.ExitStack()  # PostgreSQL with pgvector, for the `postgres` target
    database_url = ""
    provider_port = free_port()
    provider_url = f"http://127.0.0.1:{provider_port}"
    errors = Errors()
    servers: dict[str, Server] = {}
    provider: Server | None = None
    began = time.perf_counter()
    result = new_result(args)
    print(f"logs and data in {tmp}", flush=True)
    try:
        fake = ["--port", str(provider_port), "--delay-ms", str(args.delay_ms)]
        provider = spawn(
            "provider",
            "provider",
            [
                sys.executable,
                "-m",
                "bench.perf.fake_provider",
                *fake,
                "--tokens",
                str(args.answer_tokens),
            ],
            dict(os.environ),
            tmp / "provider.log",
            "/v1/models",
        )
        wait_ready(provider)
        env = base_env(provider_url)
        for name in names:
            if name == "postgres":
                from bench.perf.soak import pgvector_server

                database_url = postgres.enter_context(pgvector_server())
            command, data = target_command(name, env, tmp, args, database_url, redis_prefix)
            kind = "langgraph" if name == "langgraph" else "threadline"
            servers[name] = spawn(
                name,
                kind,
                command,
                data,
                tmp / f"{name}.log",
                "/ok" if kind == "langgraph" else "/health",
                cwd=tmp / "langgraph-cwd" if kind == "langgraph" else ROOT,
            )
        for server in servers.values():
            wait_ready(server)
        for name, server in servers.items():
            result["servers"][name] = {"label": LABELS[name], "url": server.url}
        print(f"all up after {time.perf_counter() - began:.0f} s", flush=True)

        runner: Any
        try:
            import uvloop

            runner = asyncio.Runner(loop_factory=uvloop.new_event_loop)
        except ImportError:
            runner = asyncio.Runner()
        with runner:
            runner.run(measure(servers, provider, args, errors, result))
    finally:
        for server in servers.values():
            server.stop()
        if provider:
            provider.stop()
        postgres.close()
        if "postgres" in names:
            try:
                print(f"removed {delete_redis_keys(redis_prefix)} Redis keys of {redis_prefix}")
            except Exception as exc:
                print(f"could not remove Redis keys {redis_prefix}*: {exc}", file=sys.stderr)

    report(result, errors, servers, args, tmp, began)


if __name__ == "__main__":
    main()
