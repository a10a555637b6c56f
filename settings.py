"""The process's settings: the graph's (graph/settings.py) and what serving it needs:
storage (SQLite or PostgreSQL + Redis), API keys, limits, CORS, logs. Read from
`THREADLINE_*` variables or `.env`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator

from graph.settings import GraphSettings


class Settings(GraphSettings):
    """Everything the process needs to start."""

    db_path: Path | None = Field(
        None, description="SQLite file; default DATA_DIR/threadline.sqlite"
    )
    api_keys: SecretStr = Field(
        SecretStr(""), description="`alice:KEY1,bob:KEY2`; none (and no keys file): dev mode."
    )
    keys_file: Path | None = Field(
        None, description="`user:sha256` lines from `threadline keys`; default DATA_DIR/api_keys"
    )
    rate_limit: str = Field("20/minute", description="Chat runs per user (`limits` syntax).")
    database_url: SecretStr | None = Field(
        None,
        description="postgresql://user:password@host:5432/db: keep everything in PostgreSQL "
        "(several processes and machines); default: the SQLite file.",
    )
    db_pool_min_size: int = Field(2, ge=1, description="PostgreSQL connections kept open.")
    db_pool_max_size: int = Field(10, ge=1, description="Most PostgreSQL connections at once.")
    db_pool_timeout_s: float = Field(
        10, gt=0, description="Wait for a free (or first) PostgreSQL connection before failing."
    )
    redis_url: str | None = Field(
        None,
        description="redis://host:port/db: run locks, WebSocket fan-out and rate-limit "
        "counters shared by every process.",
    )
    redis_prefix: str = Field(
        "threadline:", description="Prefix of every Redis key threadline uses."
    )
    run_lease_s: float = Field(
        10, gt=0, description="A Redis run lock lapses this long after its process dies."
    )
    max_request_bytes: int = Field(
        256 * 1024, ge=1024, description="Largest accepted request body."
    )
    shutdown_grace_s: float = Field(
        30, ge=0, description="On SIGTERM, running answers get this long to finish."
    )
    request_body_timeout_s: float = Field(
        30, gt=0, description="A request body not received in this time gets a 408."
    )
    busy_thread: Literal["reject", "queue"] = Field(
        "reject", description="A message on a thread whose answer is running: 409, or wait."
    )
    thread_ttl_days: float = Field(
        30, gt=0, description="Threads inactive this long are deleted with their checkpoints."
    )
    prune_interval_s: float = Field(3600, gt=0, description="How often expired threads go.")
    cors_origins: list[str] = Field(
        default_factory=list, description='Origins allowed by CORS, e.g. ["https://app.example"].'
    )
    ready_cache_s: float = Field(10, ge=0, description="How long a readiness result is reused.")
    log_format: Literal["json", "text"] = Field("json", description="Server log lines.")

    @field_validator("rate_limit")
    @classmethod
    def _valid_rate(cls, value: str) -> str:
        from limits import parse

        parse(value)  # raises ValueError with the reason
        return value

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(
            ("postgresql://", "postgres://")
        ):
            raise ValueError("THREADLINE_DATABASE_URL must be a postgresql:// URL")
        return value

    @property
    def sqlite_path(self) -> Path:
        return self.db_path or self.data_dir / "threadline.sqlite"

    @property
    def keys_path(self) -> Path:
        return self.keys_file or self.data_dir / "api_keys"

    # --- security (appended) ---------------------------------------------------------
    write_rate_limit: str = Field(
        "60/minute",
        description="Per user, apart from chat runs: thread creations, changes, clears and "
        "deletions, and WebSocket opens (`limits` syntax).",
    )
    ws_max_per_user: int = Field(
        20, ge=1, description="Open WebSockets one user may hold on one process."
    )
    ws_auth_check_s: float = Field(
        2,
        gt=0,
        description="How often an open WebSocket's key is checked again: a revoked key "
        "closes it (4401) within this time.",
    )
    forwarded_allow_ips: str | None = Field(
        None,
        description="Proxies trusted to set X-Forwarded-For/-Proto (uvicorn's "
        "forwarded_allow_ips: addresses, networks or `*`); default: none, the peer's "
        "address is the client's.",
    )

    @field_validator("write_rate_limit")
    @classmethod
    def _valid_write_rate(cls, value: str) -> str:
        from limits import parse

        parse(value)
        return value
