"""Ingestion over HTTP against `threadline ingest`, side by side, on the same files:
chunks a second from the upload's first byte to its job's end as the catalog records
it (HTTP: the transfer and the multipart parsing are in it), and from the job's creation
to its end (the command line, whose process start and model load are left out). The
HTTP job's own time (creation to end) is given too. The embedder is the settings'
(MiniLM by default).

    python -m bench.perf.upload_ingestion [--files docs/guide] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from fakes.openai_server import free_port

ROOT = Path(__file__).resolve().parents[2]


def fresh_env(prefix: str) -> tuple[Path, dict[str, str]]:
    """A new data folder, and no default guide to index first (the files themselves
    would otherwise be in the index already)."""
    data = Path(tempfile.mkdtemp(prefix=prefix))
    (data / "no-docs").mkdir()
    (data / "no-docs" / "empty.md").write_text("# Empty\n\nNothing here.\n")
    return data, {
        **os.environ,
        "THREADLINE_DATA_DIR": str(data),
        "THREADLINE_DOCS_DIR": str(data / "no-docs"),
    }


def over_http(files: list[Path]) -> tuple[int, float, float]:
    """(chunks, seconds from the upload's first byte to the job's end, the job's own
    seconds as the catalog records it) of one upload of `files` to a fresh server."""
    data, env = fresh_env("threadline-upload-")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        with httpx.Client(base_url=url, timeout=600) as client:
            parts = [("files", (f.name, f.read_bytes())) for f in files]
            started = time.time()  # the catalog's clock: the job's end is its updated_at
            sent = client.post("/documents", files=parts).json()
            job = sent["job"]
            # followed as the page follows it (server-sent events), not by polling,
            # which would take the server's CPU from the job it measures
            with client.stream("GET", f"/jobs/{job['job_id']}/events") as events:
                for line in events.iter_lines():
                    if line.startswith("data: "):
                        job = json.loads(line.removeprefix("data: "))
            elapsed = job["updated_at"] - started
            docs = client.get(f"/collections/{sent['collection_id']}/documents").json()
        chunks = sum(d["chunks"] for d in docs["documents"])
        return chunks, elapsed, job["updated_at"] - job["created_at"]
    finally:
        server.terminate()
        server.wait(30)


def on_the_command_line(files: list[Path]) -> tuple[int, float]:
    """(chunks, seconds) of `threadline ingest` of `files` into a fresh data folder, the
    job's own time as the catalog records it."""
    data, env = fresh_env("threadline-cli-")
    subprocess.run(
        [sys.executable, "-m", "cli", "ingest", *map(str, files)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    with sqlite3.connect(data / "threadline.sqlite") as db:
        created, updated = db.execute(
            "SELECT created_at, updated_at FROM ingest_jobs WHERE status = 'done'"
        ).fetchone()
        chunks = db.execute("SELECT SUM(chunks) FROM documents WHERE job_id != ''").fetchone()[0]
    return int(chunks), updated - created


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=Path, default=ROOT / "docs" / "guide")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/upload_ingestion.json")
    args = parser.parse_args()
    files = sorted(args.files.glob("*.md"))
    rows = []
    for _ in range(args.rounds):  # alternating, so both see the same machine
        cli_chunks, cli_s = on_the_command_line(files)
        http_chunks, http_s, http_job_s = over_http(files)
        rows.append(
            {
                "cli_chunks_per_s": round(cli_chunks / cli_s, 2),
                "http_chunks_per_s": round(http_chunks / http_s, 2),
                "http_job_chunks_per_s": round(http_chunks / http_job_s, 2),
                "chunks": [cli_chunks, http_chunks],
            }
        )
        print(json.dumps(rows[-1]))
    ratio = sum(r["http_chunks_per_s"] for r in rows) / sum(r["cli_chunks_per_s"] for r in rows)
    job_ratio = sum(r["http_job_chunks_per_s"] for r in rows) / sum(
        r["cli_chunks_per_s"] for r in rows
    )
    result = {
        "files": len(files),
        "rounds": rows,
        "http_over_cli": round(ratio, 3),
        "http_job_over_cli": round(job_ratio, 3),
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
