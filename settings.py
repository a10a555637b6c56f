"""The process's settings, in one place: the graph's (model, index, moderation,
history) and what serving it needs (storage, API keys, limits, CORS, logs). Read from
`THREADLINE_*` variables or `.env`. Every default lives here; the graph and the storage
declare what they read as Protocols (`graph.configuration.GraphSettings`,
`storage.StorageSettings`) and never import this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.moderation.rules import Action, known_categories

#: The user guide shipped in the repository; it is also the default knowledge base.
DEFAULT_DOCS_DIR = Path(__file__).resolve().parent / "docs" / "guide"


class Settings(BaseSettings):
    """Everything the process needs to start; `THREADLINE_*` variables, or `.env`."""

    model_config = SettingsConfigDict(
        env_prefix="THREADLINE_", env_file=".env", extra="ignore", populate_by_name=True
    )

    data_dir: Path = Field(Path("data"), description="Where the database and the index live.")
    index_dir: Path | None = Field(None, description="FAISS index folder; default DATA_DIR/index")
    docs_dir: Path = Field(DEFAULT_DOCS_DIR, description="Documents indexed when no index exists.")

    embeddings: str = Field(
        "minilm", description="`minilm` (offline, the default) or `openai:<model>`."
    )
    index_type: Literal["auto", "flat", "hnsw"] = Field(
        "auto", description="FAISS index kind; `auto` switches to HNSW at hnsw_min_chunks."
    )
    hnsw_min_chunks: int = Field(20_000, ge=1)
    chunk_size: int = Field(1000, ge=100, description="Characters per chunk when ingesting.")
    chunk_overlap: int = Field(150, ge=0)
    max_ingest_bytes: int = Field(20 * 1024 * 1024, ge=1, description="Larger files are skipped.")

    openai_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY", "THREADLINE_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        None, validation_alias=AliasChoices("OPENAI_BASE_URL", "THREADLINE_OPENAI_BASE_URL")
    )
    model: str = Field(
        "gpt-4o-mini",
        description="Chat model name on the OpenAI-compatible server, `provider:model`, or "
        "the path of a GGUF file to run in-process (its chat template from the file).",
    )
    request_timeout_s: float = 60.0
    max_new_tokens: int = Field(
        512, ge=1, le=8192, description="Most tokens of one answer; a request may ask for fewer."
    )
    max_temperature: float = Field(
        2.0,
        ge=0,
        le=2,
        description="Highest sampling temperature a request may ask for; higher is lowered "
        "to it (2, OpenAI's own limit: a request is sampled as it asks).",
    )
    system_messages: Literal["replace", "add", "refuse"] = Field(
        "replace",
        description="What an OpenAI system message does on a thread whose system prompt "
        "differs: replace it (as a stateless OpenAI API would use the request's), add to "
        "it, or refuse the request (400). The same text is always accepted, never stacked; "
        "on a thread without one it becomes its system prompt.",
    )

    provider_retry_attempts: int = Field(4, ge=1, description="Tries of one generation on 429/5xx.")
    provider_retry_initial_s: float = Field(0.5, ge=0)
    provider_idle_timeout_s: float = Field(
        30, gt=0, description="A provider that sends nothing this long is cut off (504)."
    )
    breaker_failures: int = Field(
        5, ge=1, description="Failed model calls in a row that open the circuit breaker."
    )
    breaker_cooldown_s: float = Field(
        30, gt=0, description="While open, the breaker answers 503 at once; then it tries again."
    )

    max_message_bytes: int = Field(32 * 1024, ge=1, description="Largest accepted message.")
    max_output_attempts: int = Field(
        2, ge=1, description="Drafts before a blocked answer is refused."
    )
    input_policy: dict[str, Action] = Field(
        default_factory=dict, description='Per-category overrides, e.g. {"email": "allow"}.'
    )
    output_policy: dict[str, Action] = Field(default_factory=dict)
    moderation_judge: bool = Field(False, description="Also ask the chat model to judge input.")
    moderation_judge_output: bool = Field(
        False, description="Let the judge read answers too (they then stream only when judged)."
    )
    judge_failure_action: Action = Field(
        "block", description="What an unparseable or failed judge answer means: fail closed."
    )
    stream_policy: Literal["safe", "optimistic"] = Field(
        "safe", description="safe: show moderated windows; optimistic: show all, retract on block."
    )
    audit_log: Path | None = Field(None, description="default DATA_DIR/audit.log")

    stream_window_ms: float = Field(
        40,
        ge=0,
        description="Shortest time between two streamed windows of one answer: tokens that "
        "come faster are sent together (the first is never held); 0 sends each at once.",
    )
    stream_windows_per_s: float = Field(
        2000,
        gt=0,
        description="Streamed windows one process sends a second, over all its answers: "
        "with more answers streaming than this allows at stream_window_ms, each answer's "
        "windows come further apart (and hold more text).",
    )
    stream_holdback_chars: int = Field(
        48, ge=0, description="Characters held back while streaming until moderation has seen them."
    )

    summarize_history: Literal["auto", "on", "off"] = Field(
        "auto",
        description="Summarise turns beyond the history budget; auto: only with an "
        "OpenAI-compatible model (the embedded one is too slow and too small for it).",
    )
    rewrite_follow_ups: bool = Field(
        False,
        description="Have the chat model rewrite each follow-up as a standalone search "
        "query (one more model call per turn); off: the earlier turns' key terms are used.",
    )

    # serving: storage, keys, limits
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
    shutdown_delay_s: float = Field(
        2,
        ge=0,
        description="On SIGTERM, how long the process keeps listening (new runs and "
        "/health/ready get 503) before it stops taking connections, so a load balancer "
        "takes it out of rotation before a connection is refused or reset.",
    )
    request_body_timeout_s: float = Field(
        30, gt=0, description="A request body not received in this time gets a 408."
    )
    busy_thread: Literal["reject", "queue", "enqueue", "interrupt", "rollback"] = Field(
        "reject",
        description="The default multitask strategy: what a message does to a thread whose "
        "answer is running: reject (409), enqueue (wait its turn; `queue` is the same), "
        "interrupt (stop the answer, keep what was shown) or rollback (stop it, discard its "
        "turn). A request may name its own.",
    )
    thread_ttl_days: float = Field(
        30, gt=0, description="Threads inactive this long are deleted with their checkpoints."
    )
    prune_interval_s: float = Field(3600, gt=0, description="How often expired threads go.")
    search_scan_threads: int = Field(
        100,
        ge=1,
        le=10_000,
        description="How many of a user's most recently active threads one search of their "
        "messages reads (`GET /threads/search`); older ones are left out and the response "
        "says so (`truncated`).",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description='Origins allowed by CORS, e.g. ["https://app.example"].'
    )
    ready_cache_s: float = Field(10, ge=0, description="How long a readiness result is reused.")
    log_format: Literal["json", "text"] = Field("json", description="Server log lines.")

    @field_validator("input_policy", "output_policy")
    @classmethod
    def _known_categories(cls, policy: dict[str, Action]) -> dict[str, Action]:
        known_categories(policy)
        return policy

    @property
    def audit_log_path(self) -> Path:
        return self.audit_log or self.data_dir / "audit.log"

    @property
    def index_path(self) -> Path:
        return self.index_dir or self.data_dir / "index"

    @property
    def uses_openai(self) -> bool:
        return self.openai_api_key is not None

    @property
    def summarizes_history(self) -> bool:
        return self.summarize_history == "on" or (
            self.summarize_history == "auto" and self.uses_openai
        )

    @field_validator("rate_limit", "write_rate_limit")
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
    def collections_path(self) -> Path:
        return self.collections_dir or self.data_dir / "collections"

    @property
    def max_upload_bytes(self) -> int:
        """The largest upload request: every file at its limit, and room for the form."""
        return self.max_upload_files * self.max_ingest_bytes + 64 * 1024

    @property
    def keys_path(self) -> Path:
        return self.keys_file or self.data_dir / "api_keys"

    # --- security ----------------------------------------------------------------------
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

    # --- documents -------------------------------------------------------------------
    operators: list[str] = Field(
        default_factory=list,
        description='Users who manage the shared collections, e.g. ["alice"]; with no API '
        "keys the local user is one.",
    )
    collections_dir: Path | None = Field(
        None,
        description="Where each private collection's index lives; default DATA_DIR/collections",
    )
    max_upload_files: int = Field(20, ge=1, description="Files in one upload.")
    document_quota_bytes: int = Field(
        200 * 1024 * 1024, ge=1, description="Bytes of documents one user may keep."
    )
    document_read_timeout_s: float = Field(
        30, gt=0, description="An uploaded file not read in this time is refused."
    )
    document_read_memory_bytes: int = Field(
        1024 * 1024 * 1024,
        ge=64 * 1024 * 1024,
        description="Memory reading one uploaded file may take (a decompression bomb stops here).",
    )
    max_pdf_pages: int = Field(2000, ge=1, description="Longer PDFs are refused.")
    ingest_job_stall_s: float = Field(
        300,
        gt=0,
        description="An ingestion job that reports no progress this long is marked failed "
        "(its process died); its documents can be re-ingested.",
    )
