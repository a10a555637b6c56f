"""Documents in PostgreSQL: two real `threadline serve` processes, each with a data
folder of its own as if on two machines, on one PostgreSQL (with pgvector) and one
Redis. An upload through one is searched by the other within 2 s, a deletion through
one is gone from the other's search within 2 s, a private document never reaches
another user, a PostgreSQL without pgvector stops `serve` with exit 2 and what to
install, and `migrate-to-postgres` carries the documents with their vectors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.integration.conftest import RunningServer, postgres_pair, start_server

ROOT = Path(__file__).resolve().parents[2]
KEYS = "alice:key-alice,bob:key-bob,carol:key-carol"
ALICE = {"Authorization": "Bearer key-alice"}
BOB = {"Authorization": "Bearer key-bob"}
CAROL = {"Authorization": "Bearer key-carol"}

ORCHID = (
    "# Orchid care\n\nWater the moonflower orchid every ninth day with rainwater, "
    "and keep the moonflower orchid out of direct sun.\n"
)
KETTLE = "# Kettle\n\nDescale the copperleaf kettle monthly with citric acid.\n"
ORCHID_QUESTION = "how often do I water the moonflower orchid with rainwater"
KETTLE_QUESTION = "how do I descale the copperleaf kettle"


def documents_env(openai_env: dict[str, str]) -> dict[str, str]:
    return {
        **openai_env,
        "THREADLINE_EMBEDDINGS": "static",  # the distilled embedder: real vectors, fast
        "THREADLINE_API_KEYS": KEYS,
        "THREADLINE_OPERATORS": '["carol"]',
    }


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory, openai_env: dict[str, str], pgvector_admin_url: str
) -> Iterator[tuple[RunningServer, RunningServer]]:
    tmp = tmp_path_factory.mktemp("pg-documents")
    with postgres_pair(tmp, documents_env(openai_env), pgvector_admin_url) as servers:
        yield servers


def upload(server: RunningServer, headers: dict[str, str], name: str, text: str, **kw: Any) -> Any:
    url = (
        f"{server.url}/collections/{kw['collection']}/documents"
        if kw
        else f"{server.url}/documents"
    )
    sent = httpx.post(url, headers=headers, files=[("files", (name, text.encode()))], timeout=30)
    assert sent.status_code == 202, sent.text
    return sent.json()


def finished(server: RunningServer, headers: dict[str, str], job_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job = httpx.get(f"{server.url}/jobs/{job_id}", headers=headers).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish")


def sources_for(server: RunningServer, headers: dict[str, str], question: str) -> set[str]:
    body = {"input": {"messages": [{"type": "human", "content": question}]}, "config": {}}
    answer = httpx.post(f"{server.url}/chat/invoke", headers=headers, json=body, timeout=30)
    assert answer.status_code == 200, answer.text
    return {s["source"] for s in answer.json()["output"]["response_metadata"]["sources"]}


def seconds_until(check: Any, limit: float = 10) -> float:
    """How long until `check()` holds (polled), failing after `limit` seconds."""
    start = time.monotonic()
    while not check():
        assert time.monotonic() - start < limit, "never happened"
        time.sleep(0.05)
    return time.monotonic() - start


def test_an_upload_on_one_is_answered_by_the_other_and_a_deletion_leaves_both(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    sent = upload(a, ALICE, "orchid.md", ORCHID)
    finished(a, ALICE, sent["job"]["job_id"])
    uploaded = time.monotonic()
    seconds_until(lambda: "orchid.md" in sources_for(b, ALICE, ORCHID_QUESTION))
    assert time.monotonic() - uploaded < 2
    # nothing was written to B's data folder: the chunks live in PostgreSQL only
    assert not (b.data_dir / "collections").exists()

    collection = sent["collection_id"]
    [doc] = httpx.get(f"{b.url}/collections/{collection}/documents", headers=ALICE).json()[
        "documents"
    ]
    gone = httpx.delete(
        f"{a.url}/collections/{collection}/documents/{doc['document_id']}", headers=ALICE
    )
    assert gone.status_code == 204
    deleted = time.monotonic()
    seconds_until(lambda: "orchid.md" not in sources_for(b, ALICE, ORCHID_QUESTION))
    assert time.monotonic() - deleted < 2


def test_a_private_document_never_reaches_another_user(
    pair: tuple[RunningServer, RunningServer], fake: httpx.Client
) -> None:
    a, b = pair
    sent = upload(a, ALICE, "kettle.md", KETTLE)
    finished(a, ALICE, sent["job"]["job_id"])
    assert "kettle.md" in sources_for(b, ALICE, KETTLE_QUESTION)
    # the passage an answer cites opens by its chunk id, for its owner only
    body = {"input": {"messages": [{"type": "human", "content": KETTLE_QUESTION}]}}
    answer = httpx.post(f"{a.url}/chat/invoke", headers=ALICE, json=body, timeout=30).json()
    [cited] = [
        s for s in answer["output"]["response_metadata"]["sources"] if s["source"] == "kettle.md"
    ]
    passage = f"/passages/{quote(cited['chunk_id'], safe='')}"
    opened = httpx.get(f"{b.url}{passage}", headers=ALICE)
    assert opened.status_code == 200 and "citric acid" in opened.json()["text"]
    for server in (a, b):
        assert "kettle.md" not in sources_for(server, BOB, KETTLE_QUESTION)
        assert httpx.get(f"{server.url}{passage}", headers=BOB).status_code == 404
        assert (
            httpx.get(
                f"{server.url}/collections/{sent['collection_id']}/documents", headers=BOB
            ).status_code
            == 404
        )
    # a shared document is read by everyone, through either process
    shared = upload(
        a, CAROL, "shared-kettle.md", KETTLE.replace("monthly", "weekly"), collection="shared"
    )
    finished(a, CAROL, shared["job"]["job_id"])
    assert "shared-kettle.md" in sources_for(b, BOB, KETTLE_QUESTION)
    assert a.errors() == [] and b.errors() == []


def test_a_postgresql_without_pgvector_stops_serve_with_what_to_install(
    tmp_path: Path, openai_env: dict[str, str], postgres_url: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cli", "serve", "--port", "0"],
        cwd=ROOT,
        env={
            **os.environ,
            **openai_env,
            "THREADLINE_DATA_DIR": str(tmp_path),
            "THREADLINE_DATABASE_URL": postgres_url,  # the machine's PostgreSQL 15
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "pgvector" in result.stderr and "pgvector/pgvector" in result.stderr
    assert "postgresql-15-pgvector" in result.stderr and "Traceback" not in result.stderr


def test_migrate_to_postgres_carries_the_documents(
    tmp_path: Path, openai_env: dict[str, str], pgvector_url: str, fake: httpx.Client
) -> None:
    guide = tmp_path / "guide"  # the shared collection's first documents: one file
    guide.mkdir()
    (guide / "welcome.md").write_text("# Welcome\n\nThe shared guide of this test.\n")
    env = {**documents_env(openai_env), "THREADLINE_DOCS_DIR": str(guide)}
    old = start_server(tmp_path / "old", env, tmp_path / "old.log")
    try:
        mine = upload(old, ALICE, "orchid.md", ORCHID)
        finished(old, ALICE, mine["job"]["job_id"])
        shared = upload(old, CAROL, "kettle.md", KETTLE, collection="shared")
        finished(old, CAROL, shared["job"]["job_id"])
        before = sources_for(old, ALICE, ORCHID_QUESTION)
        assert "orchid.md" in before
    finally:
        old.stop()
    result = subprocess.run(
        [sys.executable, "-m", "cli", "migrate-to-postgres", "--to", pgvector_url],
        cwd=ROOT,
        env={**os.environ, **env, "THREADLINE_DATA_DIR": str(tmp_path / "old")},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # the guide's one document and the two uploaded, each with its file
    assert re.search(r"\b3 documents, 3 document_files\b", result.stdout), result.stdout
    assert "every collection reads back the same" in result.stdout

    new = start_server(
        tmp_path / "new", {**env, "THREADLINE_DATABASE_URL": pgvector_url}, tmp_path / "new.log"
    )
    try:
        assert sources_for(new, ALICE, ORCHID_QUESTION) == before
        assert "kettle.md" in sources_for(new, BOB, KETTLE_QUESTION)
        assert "orchid.md" not in sources_for(new, BOB, ORCHID_QUESTION)
        docs = httpx.get(
            f"{new.url}/collections/{mine['collection_id']}/documents", headers=ALICE
        ).json()["documents"]
        assert [d["name"] for d in docs] == ["orchid.md"] and docs[0]["status"] == "ready"
        original = httpx.get(
            f"{new.url}/collections/{mine['collection_id']}/documents/"
            f"{docs[0]['document_id']}/content",
            headers=ALICE,
        )
        assert original.content == ORCHID.encode()
    finally:
        new.stop()


def test_processes_starting_together_each_find_pgvector_enabled(pgvector_url: str) -> None:
    """Two servers started at once on a new database both run `CREATE EXTENSION IF NOT
    EXISTS vector`; the one that loses the race saw a unique violation and exited."""
    import asyncio

    import psycopg

    from storage.pg_search import ensure_vector_extension

    async def rounds() -> None:
        for _ in range(10):
            with psycopg.connect(pgvector_url, autocommit=True) as conn:
                conn.execute("DROP EXTENSION IF EXISTS vector")
            await asyncio.gather(*(ensure_vector_extension(pgvector_url) for _ in range(4)))

    asyncio.run(rounds())
