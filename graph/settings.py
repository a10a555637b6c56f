"""What building and running the graph needs from the environment (`THREADLINE_*`,
or `.env`): the model and its provider, the index, moderation, the history.

The process adds its own (storage, HTTP, keys, limits) in the top-level
`settings.py`; per-run knobs (system prompt, top_k, ...) live in `graph.context.Context`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.moderation.rules import CATEGORIES, Action

#: The user guide shipped in the repository; it is also the default knowledge base.
DEFAULT_DOCS_DIR = Path(__file__).resolve().parent.parent / "docs"


class GraphSettings(BaseSettings):
    """The graph's settings; `THREADLINE_*` variables, or `.env`."""

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
        "gpt-4o-mini", description="Chat model name on the OpenAI-compatible server."
    )
    request_timeout_s: float = 60.0
    max_new_tokens: int = Field(512, ge=1, le=8192)

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

    @field_validator("input_policy", "output_policy")
    @classmethod
    def _known_categories(cls, policy: dict[str, Action]) -> dict[str, Action]:
        unknown = sorted(set(policy) - set(CATEGORIES))
        if unknown:
            raise ValueError(f"unknown moderation categories {unknown}; known: {list(CATEGORIES)}")
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
