"""Serving memory (the documents issue): how large a `threadline serve` process is, read
from /proc/PID/smaps_rollup (RSS; PSS, which splits shared pages among the processes
mapping them; USS, the pages only this process maps), summed over a server's processes:

a. `fresh`: `threadline serve` on an empty data folder once `/health/ready` answers 200;
   it has built the default index (the user guide) on its first start;
b. `restart`: the same server started again on that index, idle;
c. `upload`: a server started on that index, idle, then after an upload job of
   `--chunks` chunks (synthetic sections of ~1,000 characters, 50 to a file, uploaded
   together with `POST /documents` and followed to its end through the job's events);
d. `workers`: `threadline serve --workers 2` on PostgreSQL + Redis (a PostgreSQL with
   pgvector started for the run, and a Redis prefix of its own, removed at the end)
   against `threadline serve` on the same stores, both idle on a copy of the index: all
   their processes (uvicorn's supervisor too).

Each reading is taken once the server's size has settled (two readings 1 s apart within
1 MB). The targets: an idle server ≤ 400 MB (a and b); after the upload, RSS within 1.2×
of before (c); two workers ≤ 2× one (d); each measured value is given as a ratio to its
limit (≤ 1.0 meets it). `--before DIR` measures another checkout (e.g. `git worktree add
/tmp/before <commit>`) in the same run, side by side, and checks that both built the same
vectors for the guide. Results go to bench/results/memory.json.

    python -m bench.perf.memory [--chunks 1000] [--before DIR] [--no-workers]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from bench.perf.ingestion import synthetic_sections
from bench.perf.load import REDIS_URL, delete_redis_keys, process_tree
from bench.perf.serving import free_port
from bench.perf.soak import pgvector_server

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
IDLE_LIMIT_MB = 400
UPLOAD_LIMIT = 1.2
WORKERS_LIMIT = 2.0
#: What smaps_rollup gives, and the names used here.
FIELDS = {"Rss": "rss", "Pss": "pss", "Private_Clean": "uss", "Private_Dirty": "uss"}


def smaps(pid: int) -> dict[str, float]:
    """RSS, PSS and USS (private pages) of one process, in MB; peak RSS (VmHWM) too."""
    out = {"rss": 0.0, "pss": 0.0, "uss": 0.0}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, *value = line.split()
        name = FIELDS.get(key.rstrip(":"))
        if name:
            out[name] += int(value[0]) * 1024 / MB
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            out["peak_rss"] = int(line.split()[1]) * 1024 / MB
    return out


def memory(pid: int) -> dict[str, Any]:
    """The sums over the process and its descendants, and each process's own numbers."""
    processes = []
    for p in process_tree(pid):
        with contextlib.suppress(OSError):
            processes.append({"pid": p, **smaps(p)})
    total = {k: round(sum(p[k] for p in processes), 1) for k in ("rss", "pss", "uss")}
    return {
        **total,
        "processes": [
            {k: round(v, 1) if k != "pid" else v for k, v in p.items()} for p in processes
        ],
    }


def settled(pid: int, timeout_s: float = 60) -> dict[str, Any]:
    """The reading once two in a row, 1 s apart, are within 1 MB of each other."""
    last = memory(pid)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        time.sleep(1)
        now = memory(pid)
        if abs(now["rss"] - last["rss"]) < 1 and len(now["processes"]) == len(last["processes"]):
            return now
        last = now
    return last


class Server:
    """A server process started from `root` with `env`, ready once `/health/ready` is 200."""

    def __init__(self, root: Path, command: list[str], env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with log.open("ab") as output:
            self.process = subprocess.Popen(
                [sys.executable, *command, "--port", str(self.port)],
                cwd=root,
                env={**env, "PYTHONPATH": str(root)},
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        start = time.monotonic()
        while True:
            if self.process.poll() is not None:
                tail = log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{command} exited {self.process.returncode}: {tail}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/health/ready", timeout=5).status_code == 200:
                    break
            if time.monotonic() - start > 900:
                self.stop()
                raise RuntimeError(f"{command} was not ready within 900 s")
            time.sleep(0.5)
        self.ready_s = round(time.monotonic() - start, 1)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextlib.contextmanager
def serving(root: Path, command: list[str], env: dict[str, str]) -> Iterator[Server]:
    server = Server(root, command, env, Path(env["THREADLINE_DATA_DIR"]).parent / "server.log")
    try:
        yield server
    finally:
        server.stop()


def clean_env(data: Path) -> dict[str, str]:
    """This environment without any THREADLINE_* or OpenAI setting (so the embedded model
    and MiniLM run, as on a first start), with its own data folder."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("THREADLINE_") and not k.startswith("OPENAI_")
    }
    return {**env, "THREADLINE_DATA_DIR": str(data)}


def write_corpus(folder: Path, chunks: int) -> None:
    """`chunks` sections of ~1,000 characters, 50 to a Markdown file."""
    folder.mkdir(parents=True)
    sections = synthetic_sections(chunks, seed=7)
    for n in range(0, len(sections), 50):
        text = "# Uploaded\n\n" + "\n".join(sections[n : n + 50])
        (folder / f"upload{n // 50:03}.md").write_text(text)


SERVE = ["-m", "cli", "serve", "--log-level", "warning"]


def upload(url: str, files: list[Path]) -> dict[str, Any]:
    """Upload `files` as a user does (`POST /documents`) and follow the job's events to
    its end; the job as it ended."""
    parts = [("files", (f.name, f.read_bytes(), "text/markdown")) for f in files]
    with httpx.Client(base_url=url, timeout=3600) as client:
        sent = client.post("/documents", files=parts)
        sent.raise_for_status()
        job = sent.json()["job"]
        with client.stream("GET", f"/jobs/{job['job_id']}/events") as events:
            for line in events.iter_lines():
                if line.startswith("data: "):
                    job = json.loads(line.removeprefix("data: "))
    if job["status"] != "done":
        raise RuntimeError(f"the upload job failed: {job}")
    return dict(job)


def measure(root: Path, tmp: Path, chunks: int, workers: bool) -> dict[str, Any]:
    """The four readings for the checkout at `root`."""
    data = tmp / "data"
    env = clean_env(data)
    result: dict[str, Any] = {"root": str(root), "commit": commit(root)}
    with serving(root, SERVE, env) as server:
        result["fresh"] = {"ready_s": server.ready_s, **settled(server.process.pid)}
    with serving(root, SERVE, env) as server:
        result["restart"] = {"ready_s": server.ready_s, **settled(server.process.pid)}
    shutil.copytree(data / "index", tmp / "guide-index")  # (d) starts from the guide's index
    corpus = tmp / "upload"
    write_corpus(corpus, chunks)
    with serving(root, SERVE, env) as server:
        before = settled(server.process.pid)
        start = time.monotonic()
        job = upload(server.url, sorted(corpus.glob("*.md")))
        seconds = time.monotonic() - start
        after = settled(server.process.pid)
        result["upload"] = {
            "status": job["status"],
            "chunks": job["chunks_embedded"],
            "seconds": round(seconds, 1),
            "before": before,
            "after": after,
            "rss_ratio": round(after["rss"] / before["rss"], 3),
            "pss_ratio": round(after["pss"] / before["pss"], 3),
        }
    if workers:
        result["workers"] = measure_workers(root, tmp)
    return result


def measure_workers(root: Path, tmp: Path) -> dict[str, Any]:
    """One worker and two on one PostgreSQL with pgvector (started for the run: the
    documents live there too) and Redis, idle on the guide's index."""
    prefix = f"threadline_memory_{uuid.uuid4().hex[:10]}:"
    with pgvector_server() as database_url:
        try:
            out: dict[str, Any] = {}
            for workers in (1, 2):
                data = tmp / f"workers-{workers}"
                shutil.copytree(tmp / "guide-index", data / "index")
                env = {
                    **clean_env(data),
                    "THREADLINE_DATABASE_URL": database_url,
                    "THREADLINE_REDIS_URL": REDIS_URL,
                    "THREADLINE_REDIS_PREFIX": prefix,
                }
                with serving(root, [*SERVE, "--workers", str(workers)], env) as server:
                    reading = settled(server.process.pid)
                    if workers == 2:  # ready is one worker's answer: wait for both
                        deadline = time.monotonic() + 300
                        while len(reading["processes"]) < 3 and time.monotonic() < deadline:
                            time.sleep(1)
                            reading = settled(server.process.pid)
                    out[str(workers)] = reading
        finally:
            delete_redis_keys(prefix)
    one, two = out["1"], out["2"]
    out["rss_ratio"] = round(two["rss"] / one["rss"], 3)
    out["pss_ratio"] = round(two["pss"] / one["pss"], 3)
    return out


def commit(root: Path) -> str:
    run = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    )
    if run.returncode:
        return "(not a git checkout)"
    return run.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target: the value measured, its limit, and value / limit (≤ 1 meets it)."""
    rows = [
        (
            "idle server after its first start (fresh), RSS MB",
            result["fresh"]["rss"],
            IDLE_LIMIT_MB,
        ),
        ("idle server restarted on its index, RSS MB", result["restart"]["rss"], IDLE_LIMIT_MB),
        ("after the upload / before, RSS", result["upload"]["rss_ratio"], UPLOAD_LIMIT),
    ]
    if "workers" in result:
        rows.append(("2 workers / 1, RSS summed", result["workers"]["rss_ratio"], WORKERS_LIMIT))
        rows.append(("2 workers / 1, PSS summed", result["workers"]["pss_ratio"], WORKERS_LIMIT))
    return [
        {
            "target": name,
            "measured": round(value, 3),
            "limit": limit,
            "ratio_to_limit": round(value / limit, 3),
            "met": value <= limit,
        }
        for name, value, limit in rows
    ]


def machine() -> dict[str, Any]:
    import onnxruntime

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    total = next(
        int(line.split()[1]) * 1024
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(total / 1024**3, 1),
        "kernel": platform.release(),
        "glibc": platform.libc_ver()[1],
        "python": platform.python_version(),
        "onnxruntime": onnxruntime.__version__,
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=1000, help="chunks the upload ingests")
    parser.add_argument("--before", type=Path, help="another checkout, measured in the same run")
    parser.add_argument("--no-workers", action="store_true", help="skip PostgreSQL + Redis")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "memory.json")
    args = parser.parse_args()
    roots = {"this checkout": ROOT}
    if args.before:
        roots = {"before": args.before.resolve(), **roots}
    results: dict[str, Any] = {"machine": machine(), "chunks": args.chunks, "runs": {}}
    vectors: dict[str, np.ndarray] = {}
    for name, root in roots.items():
        with tempfile.TemporaryDirectory(prefix="threadline-memory-") as tmp:
            run = measure(root, Path(tmp), args.chunks, not args.no_workers)
            vectors[name] = np.load(Path(tmp) / "guide-index" / "vectors.npy")
        run["targets"] = targets(run)
        results["runs"][name] = run
        print(f"{name} ({run['commit']}):")
        for row in run["targets"]:
            limit = f"limit {row['limit']}, {row['ratio_to_limit']}x of it"
            print(f"  {row['target']}: {row['measured']} ({limit})")
    if len(vectors) == 2:
        a, b = vectors.values()
        results["guide_vectors_max_abs_difference"] = (
            float(np.abs(a - b).max()) if a.shape == b.shape else f"shapes {a.shape} {b.shape}"
        )
    results["machine"]["load_average_after"] = os.getloadavg()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps({n: r["targets"] for n, r in results["runs"].items()}, indent=2))


if __name__ == "__main__":
    main()
