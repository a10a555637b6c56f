"""Smoke test of the offline defaults: the embedded SmolLM2 model and the MiniLM
embedder, with no provider key and nothing downloaded."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from langchain_core.messages import AIMessageChunk
from langserve import RemoteRunnable
from openai import OpenAI

from fakes.threadline_server import ROOT
from graph.embedded_model import smollm2_path
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


@pytest.mark.slow
def test_a_gguf_file_named_by_its_path_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """THREADLINE_MODEL as the path of a GGUF file (here the embedded model's own, under
    another name): run in-process, its chat template read from the file, its tokens
    counted by its own tokenizer."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    model_file = tmp_path / "my-model.gguf"
    model_file.symlink_to(smollm2_path())
    env = {"THREADLINE_MODEL": str(model_file), "THREADLINE_MAX_NEW_TOKENS": "48"}
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    try:
        chat = OpenAI(base_url=f"{server.url}/v1", api_key="unused", max_retries=0, timeout=300)
        answer = chat.chat.completions.create(
            model="threadline",
            messages=[{"role": "user", "content": "How do I install threadline?"}],
            max_tokens=24,
        )
        assert str(answer.choices[0].message.content).strip()
        usage = answer.usage
        assert usage is not None and usage.prompt_tokens > 100  # the passages are in it
        assert 0 < usage.completion_tokens <= 24  # the request's limit reached the model
        assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    finally:
        server.stop()


@pytest.mark.parametrize("what", ["text file", "missing file"])
def test_a_model_path_that_is_not_a_gguf_file_exits_2(tmp_path: Path, what: str) -> None:
    path = tmp_path / "model.gguf"
    if what == "text file":
        path.write_text("not a model\n")
    env = {**os.environ, "THREADLINE_MODEL": str(path), "THREADLINE_DATA_DIR": str(tmp_path)}
    env.pop("OPENAI_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "cli", "serve", "--port", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert f"THREADLINE_MODEL={path}" in done.stderr
    assert ("not a GGUF" if what == "text file" else "no such file") in done.stderr
    assert "Traceback" not in done.stderr
