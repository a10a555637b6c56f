"""Shared test helpers: a deterministic embedder and scripted fake chat models."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from graph.retrieval import DocumentIndex, split_markdown
from graph.settings import Settings


class HashEmbedder(Embeddings):
    """Bag-of-words vectors from hashed words: deterministic, offline, and similar
    for texts that share words, which is all retrieval tests need."""

    id = "hash-test"

    def _vector(self, text: str) -> list[float]:
        v = np.zeros(256, dtype=np.float32)
        for word in text.lower().split():
            v[int(hashlib.md5(word.strip(".,?!:").encode()).hexdigest(), 16) % 256] += 1
        norm = float(np.linalg.norm(v))
        return (v / norm if norm else v).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def scripted_model(*answers: str, repeat: bool = False) -> GenericFakeChatModel:
    """A fake chat model that streams these answers word by word, in order."""
    messages = (AIMessage(a) for a in (itertools.cycle(answers) if repeat else answers))
    return GenericFakeChatModel(messages=messages)


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
