"""Smoke test of the offline defaults: the embedded SmolLM2 model and the MiniLM
embedder, with no provider key and nothing downloaded."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from langchain_core.messages import AIMessageChunk
from langserve import RemoteRunnable

from tests.integration.conftest import start_server


@pytest.mark.slow
def test_embedded_defaults_answer_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    offline = {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "THREADLINE_MAX_NEW_TOKENS": "48",
    }
    assert "OPENAI_API_KEY" not in os.environ
    server = start_server(tmp_path / "data", offline, tmp_path / "server.log")
    try:
        chat = RemoteRunnable(f"{server.url}/chat", timeout=300)
        config = {"configurable": {"thread_id": f"smoke-{uuid.uuid4()}"}}
        answer = chat.invoke(
            {"messages": [{"type": "human", "content": "How do I install threadline?"}]}, config
        )
        assert answer.content.strip()
        sources = {s["source"] for s in answer.response_metadata["sources"]}
        assert "getting-started.md" in sources
        chunks = list(chat.stream({"messages": [{"type": "human", "content": "Thanks!"}]}, config))
        assert all(isinstance(c, AIMessageChunk) for c in chunks)
        assert "".join(c.content for c in chunks).strip()
        assert chunks[-1].response_metadata["moderation"]["outcome"] in ("answered", "refused")
    finally:
        server.stop()
    assert (tmp_path / "data" / "index" / "manifest.json").exists()
