"""Per-run knobs of the graph, passed through `context_schema` / `Runtime[Context]`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from graph import prompts

#: The longest system prompt a thread keeps (`POST /threads`, an OpenAI system message).
MAX_SYSTEM_PROMPT_CHARS = 8000


@dataclass(kw_only=True)
class Context:
    """What a caller may tune for one run; process settings are in `settings.Settings`."""

    system_prompt: str = prompts.SYSTEM_PROMPT
    """The system prompt `generate` puts first."""

    top_k: int = 3
    """How many chunks `retrieve` asks the index for."""

    relevance_threshold: float = 0.3
    """Cosine similarity under which a retrieved chunk is dropped."""

    follow_up_weight: float = 0.3
    """How much a follow-up's earlier turn counts in its search, next to the turn itself."""

    history_token_budget: int = 2000
    """Tokens of history (approximately counted) `generate` sends to the model; older
    turns are summarised when a summary model is configured, else left out."""

    expertise: str = ""
    """The reader's level (`beginner`, `intermediate`, `expert`): a thread's persona."""

    topics: list[str] = field(default_factory=list)
    """Topics the assistant keeps to; empty for any."""

    language: str = ""
    """The language every answer is written in; empty to follow the user."""

    max_output_attempts: int = 2
    """Drafts `generate` may write before a blocked answer is refused."""

    collections: list[str] | None = None
    """The document collections `retrieve` searches (the thread's, set by the service);
    None: the index's own documents (the shared collection)."""

    requested_system_prompt: str = ""
    """A system prompt this run's request brought (an OpenAI client's system message),
    not yet moderated: `moderate_input` checks it with the turn, and the run answers
    with it (redacted where the policy says) instead of `system_prompt`; a block
    refuses the turn. Empty: `system_prompt` as it is."""

    temperature: float | None = None
    """Sampling temperature for this run; None: the model's own. `generate` caps it."""

    top_p: float | None = None
    """Nucleus sampling for this run; None: the model's own."""

    max_tokens: int | None = None
    """Most tokens of one draft; None, or more than the process allows: its cap."""

    stop: list[str] = field(default_factory=list)
    """Sequences that end a draft where the model writes them."""

    end_user: str = ""
    """The caller's own id for its end user (OpenAI's `user`), passed to the provider."""


class Persona(BaseModel):
    """A thread's own prompt settings, set through the threads API and applied by
    `generate`: the reader's expertise, the topics to keep to, the answer language,
    or a whole system prompt of the thread's own."""

    model_config = ConfigDict(extra="forbid")

    expertise: Literal["beginner", "intermediate", "expert"] | None = None
    topics: list[Annotated[str, StringConstraints(min_length=1, max_length=80)]] = Field(
        default_factory=list, max_length=10
    )
    language: str | None = Field(None, min_length=1, max_length=40)
    system_prompt: str | None = Field(None, min_length=1, max_length=MAX_SYSTEM_PROMPT_CHARS)

    def apply(self, context: Context) -> Context:
        """The run context with this persona in it."""
        return replace(
            context,
            system_prompt=self.system_prompt or context.system_prompt,
            expertise=self.expertise or "",
            topics=list(self.topics),
            language=self.language or "",
        )
