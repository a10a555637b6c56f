"""Documents against the real server and the real embedder: an upload answered from,
and a server killed in the middle of an ingestion job, which must leave what was
there searchable and the job clearly failed, and be resumable."""

from __future__ import annotations

import contextlib
import signal
import socket
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from tests.integration.conftest import ask, start_server

ORCHID = (
    "# Orchid care\n\nWater the moonflower orchid every ninth day with rainwater, and keep it "
    "out of direct sun.\n"
)


def long_manual(sections: int) -> bytes:
    """A manual of many distinct sections (one chunk or more each)."""
    parts = ["# The Gizmo manual\n"]
    for n in range(sections):
        parts.append(
            f"\n## Part {n}: the gizmo's dial number {n}\n\n"
            + f"Turn dial number {n} clockwise to setting {n * 7 % 13} before step {n}. " * 12
        )
    return "".join(parts).encode()


def job_of(client: httpx.Client, job_id: str) -> dict[str, Any]:
    return client.get(f"/jobs/{job_id}").json()


def wait_for(client: httpx.Client, job_id: str, done: set[str], timeout_s: float = 240) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = job_of(client, job_id)
        if job["status"] in done or (
            "embedding" in done and job["status"] == "running" and job["chunks_embedded"] > 0
        ):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} never reached {done}: {job}")


def sources(client: httpx.Client, question: str) -> set[str]:
    answer = client.post("/chat/invoke", json=ask(question, str(uuid.uuid4())), timeout=120)
    assert answer.status_code == 200, answer.text
    return {s["source"] for s in answer.json()["output"]["response_metadata"]["sources"]}


def test_a_server_killed_mid_job_keeps_what_was_there_and_the_job_can_run_again(
    tmp_path: Path, openai_env: dict[str, str]
) -> None:
    data = tmp_path / "data"
    server = start_server(data, openai_env, tmp_path / "server.log")
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            first = client.post("/documents", files=[("files", ("orchid.md", ORCHID.encode()))])
            assert first.status_code == 202, first.text
            wait_for(client, first.json()["job"]["job_id"], {"done"})
            question = "How often do I water the moonflower orchid?"
            assert "orchid.md" in sources(client, question)
            big = client.post("/documents", files=[("files", ("gizmo.md", long_manual(120)))])
            assert big.status_code == 202, big.text
            job_id, collection = big.json()["job"]["job_id"], big.json()["collection_id"]
            wait_for(client, job_id, {"embedding", "done"})
        server.process.send_signal(signal.SIGKILL)
        server.process.wait(timeout=30)
    finally:
        if server.process.poll() is None:
            server.process.kill()

    server = start_server(data, openai_env, tmp_path / "server.log")
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            job = job_of(client, job_id)
            # killed after its first batch of ~240 chunks, long before its one write
            assert job["status"] == "failed", job
            docs = {
                d["name"]: d
                for d in client.get(f"/collections/{collection}/documents").json()["documents"]
            }
            assert docs["orchid.md"]["status"] == "ready"
            assert "orchid.md" in sources(client, "How often do I water the moonflower orchid?")
            assert docs["gizmo.md"]["status"] == "failed" and docs["gizmo.md"]["error"]
            dial = "Which setting for dial number 5 of the gizmo?"
            assert "gizmo.md" not in sources(client, dial)  # nothing half-indexed
            document = docs["gizmo.md"]["document_id"]
            again = client.post(f"/collections/{collection}/documents/{document}/reingest")
            assert again.status_code == 202, again.text
            finished = wait_for(client, again.json()["job_id"], {"done", "failed"})
            assert finished["status"] == "done", finished
            assert "gizmo.md" in sources(client, dial)
    finally:
        server.stop()


def test_a_file_over_its_limit_is_refused_before_the_body_is_read_whole(
    tmp_path: Path, openai_env: dict[str, str]
) -> None:
    """A 1.5 MB file against a 100 KB limit (in an upload whose declared length is under
    the limit of a request, 20 files of 100 KB): the 413 comes back while most of the
    body is still unsent, the client is not made to upload what will be refused."""
    env = {**openai_env, "THREADLINE_MAX_INGEST_BYTES": "100000"}
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    try:
        head = b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.md"\r\n\r\n'
        declared = len(head) + 1_500_000 + len(b"\r\n--b--\r\n")
        port = int(server.url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(
                b"POST /documents HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                b"Content-Type: multipart/form-data; boundary=b\r\n"
                + f"Content-Length: {declared}\r\n\r\n".encode()
                + head
            )
            sent = 0
            sock.settimeout(0.05)
            answer = b""
            while sent < 1_500_000 and b"\r\n\r\n" not in answer:
                sock.sendall(b"word " * 2000)
                sent += 10_000
                with contextlib.suppress(TimeoutError):
                    answer += sock.recv(4096)
            assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
            assert sent < 700_000, sent  # refused after the limit, not after the body
    finally:
        server.stop()
