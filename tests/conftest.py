"""Shared fixtures: a small guide, its index on the fake embedder, temporary settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.fakes import HashEmbedder
from graph.retrieval import DocumentIndex, split_markdown
from graph.settings import Settings

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
