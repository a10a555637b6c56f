"""A default has one home, the settings: a constructor that also carries a default for
a value the settings hold must carry the same one, so the two can never drift."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import BaseModel

from graph.context import Context
from graph.embedded_model import EmbeddedChatModel
from graph.moderation.moderator import Moderator
from graph.retrieval.ingest import ingest_paths, open_index
from service.rate_limits import ChatRateLimit
from service.turns import ChatRunnable, ThreadedChat
from settings import Settings
from storage.run_locks import RedisRunLocks

#: (what is constructed, its parameter, the setting that holds the value)
SHARED_VALUES: list[tuple[Callable[..., Any], str, str]] = [
    (ThreadedChat, "busy_thread", "busy_thread"),
    (ThreadedChat, "max_message_bytes", "max_message_bytes"),
    (ThreadedChat, "system_messages", "system_messages"),
    (ChatRunnable, "max_message_bytes", "max_message_bytes"),
    (Context, "max_output_attempts", "max_output_attempts"),
    (ingest_paths, "chunk_size", "chunk_size"),
    (ingest_paths, "chunk_overlap", "chunk_overlap"),
    (ingest_paths, "max_bytes", "max_ingest_bytes"),
    (open_index, "index_type", "index_type"),
    (open_index, "hnsw_min_chunks", "hnsw_min_chunks"),
    (open_index, "chunk_size", "chunk_size"),
    (open_index, "chunk_overlap", "chunk_overlap"),
    (open_index, "max_bytes", "max_ingest_bytes"),
    (EmbeddedChatModel, "max_tokens", "max_new_tokens"),
    (Moderator, "holdback_chars", "stream_holdback_chars"),
    (Moderator, "judge_failure", "judge_failure_action"),
    (Moderator, "judge_output", "moderation_judge_output"),
    (ChatRateLimit, "prefix", "redis_prefix"),
    (RedisRunLocks, "lease_s", "run_lease_s"),
]


def default_of(target: Callable[..., Any], name: str) -> Any:
    """The default `target` gives `name`, or `inspect.Parameter.empty` when it has none."""
    if isinstance(target, type) and issubclass(target, BaseModel):
        field = target.model_fields[name]
        return inspect.Parameter.empty if field.is_required() else field.default
    if dataclasses.is_dataclass(target):
        found = {f.name: f for f in dataclasses.fields(target)}[name]
        return inspect.Parameter.empty if found.default is dataclasses.MISSING else found.default
    return inspect.signature(target).parameters[name].default


@pytest.mark.parametrize(("target", "name", "setting"), SHARED_VALUES)
def test_a_constructor_default_equals_its_setting(
    target: Callable[..., Any], name: str, setting: str
) -> None:
    default = default_of(target, name)
    if default is not inspect.Parameter.empty:
        assert default == Settings.model_fields[setting].default, (
            f"{target.__qualname__}({name}={default!r}) disagrees with "
            f"Settings.{setting} = {Settings.model_fields[setting].default!r}: "
            "take the value from the settings instead of a second default"
        )


def test_every_parameter_named_is_real() -> None:
    """The table above names parameters that exist, so a rename cannot hide a default."""
    for target, name, setting in SHARED_VALUES:
        default_of(target, name)
        assert setting in Settings.model_fields
