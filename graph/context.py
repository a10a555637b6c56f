"""Per-run knobs of the graph, passed through `context_schema` / `Runtime[Context]`."""

from __future__ import annotations

from dataclasses import dataclass

from graph import prompts


@dataclass(kw_only=True)
class Context:
    """What a caller may tune for one run; process settings live in `Settings`."""

    system_prompt: str = prompts.SYSTEM_PROMPT
    """The system prompt `generate` puts first."""

    top_k: int = 3
    """How many chunks `retrieve` asks the index for."""

    relevance_threshold: float = 0.3
    """Cosine similarity under which a retrieved chunk is dropped."""

    follow_up_weight: float = 0.3
    """How much a follow-up's earlier turn counts in its search, next to the turn itself."""

    max_history_messages: int = 12
    """How many of the latest history messages `generate` sends to the model."""

    max_output_attempts: int = 2
    """Drafts `generate` may write before a blocked answer is refused."""
