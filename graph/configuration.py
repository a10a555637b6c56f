"""What the graph reads from the process's settings, named as a Protocol.

The values and their one default live in the top-level `settings.py`; the graph only
declares what it reads, so it never imports the process settings (the layers point
one way: `make lint` checks it). `settings.Settings` satisfies this Protocol.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from pydantic import SecretStr

from graph.moderation.rules import Action


class GraphSettings(Protocol):
    """The settings the graph, its model, its index and its moderation are built from."""

    # the chat model and its provider
    openai_api_key: SecretStr | None
    openai_base_url: str | None
    model: str
    request_timeout_s: float
    max_new_tokens: int
    max_temperature: float
    provider_retry_attempts: int
    provider_retry_initial_s: float
    provider_idle_timeout_s: float
    breaker_failures: int
    breaker_cooldown_s: float
    # the index
    docs_dir: Path
    embeddings: str
    index_type: Literal["auto", "flat", "hnsw"]
    hnsw_min_chunks: int
    chunk_size: int
    chunk_overlap: int
    max_ingest_bytes: int
    # moderation and streaming
    input_policy: dict[str, Action]
    output_policy: dict[str, Action]
    moderation_judge: bool
    moderation_judge_output: bool
    judge_failure_action: Action
    stream_policy: Literal["safe", "optimistic"]
    stream_window_ms: float
    stream_windows_per_s: float
    stream_holdback_chars: int
    # the history
    rewrite_follow_ups: bool

    @property
    def audit_log_path(self) -> Path: ...

    @property
    def index_path(self) -> Path: ...

    @property
    def uses_openai(self) -> bool: ...

    @property
    def summarizes_history(self) -> bool: ...
