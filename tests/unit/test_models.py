"""Which chat model `THREADLINE_MODEL` and `OPENAI_API_KEY` choose: `provider:model`
through LangChain's `init_chat_model`, ChatOpenAI for a plain name with a key, the
embedded model otherwise; a missing provider package is a clear start-up error."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from fakes.models import scripted_model
from fakes.openai_server import FakeOpenAI, ServerThread
from graph.embedded_model import EmbeddedChatModel
from graph.models import ChatModelUnavailable, close_chat_model, load_chat_model
from graph.openai_stream import (
    ChunkDictAsyncOpenAI,
    PacedByteStream,
    direct_request,
    stream_text,
)
from settings import Settings


@pytest.fixture
def no_openai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "THREADLINE_MODEL"):
        monkeypatch.delenv(name, raising=False)


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def provider() -> Iterator[ServerThread]:
    with ServerThread(FakeOpenAI().app()) as server:
        yield server


@pytest.mark.usefixtures("no_openai_env")
def test_without_a_key_the_embedded_model_is_the_default() -> None:
    assert isinstance(load_chat_model(settings()), EmbeddedChatModel)


@pytest.mark.usefixtures("no_openai_env")
@pytest.mark.parametrize("name", ["fake-model", "llama3.1:8b"])
def test_a_plain_name_with_a_key_is_chat_openai_as_before(name: str) -> None:
    """A colon that names no provider stays part of the name (Ollama's tags)."""
    model = load_chat_model(
        settings(openai_api_key="k", openai_base_url="http://127.0.0.1:9/v1", model=name)
    )
    assert isinstance(model, ChatOpenAI)
    assert model.model_name == name and model.openai_api_base == "http://127.0.0.1:9/v1"
    assert model.max_retries == 0 and model.streaming


@pytest.mark.usefixtures("no_openai_env")
async def test_provider_model_goes_through_init_chat_model(provider: ServerThread) -> None:
    model = load_chat_model(
        settings(
            model="openai:fake-model", openai_api_key="k", openai_base_url=f"{provider.url}/v1"
        )
    )
    assert isinstance(model, ChatOpenAI) and model.model_name == "fake-model"
    try:
        answer = await model.ainvoke("hello")
    finally:
        await close_chat_model(model)
    assert str(answer.content).startswith("I have read 1 user messages")


@pytest.mark.usefixtures("no_openai_env")
def test_a_missing_provider_package_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "langchain_anthropic", None)  # not installed
    with pytest.raises(ChatModelUnavailable, match="pip install langchain-anthropic"):
        load_chat_model(settings(model="anthropic:claude-3-5-haiku-latest"))


@pytest.mark.usefixtures("no_openai_env")
def test_a_provider_error_is_a_chat_model_unavailable() -> None:
    """`openai:` with no key anywhere: the provider's own check, as a start-up error."""
    with pytest.raises(ChatModelUnavailable, match="THREADLINE_MODEL=openai:gpt-4o-mini"):
        load_chat_model(settings(model="openai:gpt-4o-mini"))


@pytest.mark.usefixtures("no_openai_env")
async def test_an_openai_compatible_answer_is_read_from_the_client(provider: ServerThread) -> None:
    """`stream_text` sends the request ChatOpenAI builds and reads the same answer."""
    model = load_chat_model(
        settings(model="fake-model", openai_api_key="k", openai_base_url=f"{provider.url}/v1")
    )
    prompt = [SystemMessage("Be brief."), HumanMessage("one"), HumanMessage("two")]
    direct = direct_request(model, prompt)
    assert direct is not None
    assert direct[1]["model"] == "fake-model" and direct[1]["stream"] is True
    assert [m["role"] for m in direct[1]["messages"]] == ["system", "user", "user"]
    try:
        pieces = [piece async for piece in stream_text(model, prompt)]
        through_langchain = await model.ainvoke(prompt)
    finally:
        await close_chat_model(model)
    assert len(pieces) > 1  # streamed, not one block
    assert "".join(pieces) == through_langchain.content
    assert "".join(pieces).startswith("I have read 2 user messages")


def bursts(times: list[float], gap_s: float = 0.002) -> int:
    """How many groups `times` fall in, a group ending where the next is `gap_s` later."""
    return 1 + sum(b - a > gap_s for a, b in zip(times, times[1:], strict=False))


@pytest.mark.usefixtures("no_openai_env")
async def test_a_paced_answer_is_read_once_a_window(provider: ServerThread) -> None:
    """With a pace, the tokens that arrive between two windows are read together (one
    burst of pieces a window), and the answer is the same text, ended without waiting."""
    model = load_chat_model(
        settings(model="fake-model", openai_api_key="k", openai_base_url=f"{provider.url}/v1")
    )
    prompt = [HumanMessage("one [[bench tokens=40 delay_ms=10]]")]
    pace = 0.25
    try:
        unpaced = "".join([piece async for piece in stream_text(model, prompt)])
        start, times, pieces = time.monotonic(), [], []
        async for piece in stream_text(model, prompt, lambda: pace):
            times.append(time.monotonic())
            pieces.append(piece)
        ended = time.monotonic()
    finally:
        await close_chat_model(model)
    assert "".join(pieces) == unpaced and len(pieces) == 40
    # 40 tokens 10 ms apart, read once a pace: a few bursts, not one a token
    assert bursts(times) <= (times[-1] - start) / pace + 2
    assert ended - times[-1] < pace  # the end is not waited for


async def test_a_fast_stream_is_not_slowed_by_its_pace() -> None:
    """Reads of `FAST_READ_BYTES` or more, and the `[DONE]` that ends a stream, are
    followed by the next read at once."""

    class Buffered(httpx2.AsyncByteStream):
        def __init__(self, *reads: bytes) -> None:
            self.reads = reads

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for data in self.reads:
                yield data

    fast = [b"x" * PacedByteStream.FAST_READ_BYTES] * 5 + [b"data: [DONE]\n\n", b"\r\n"]
    start = time.monotonic()
    read = [data async for data in PacedByteStream(Buffered(*fast), lambda: 10.0)]
    assert read == fast and time.monotonic() - start < 1
    slow = PacedByteStream(Buffered(b'data: {"choices": []}\n\n', b"more"), lambda: 10.0)
    reads = slow.__aiter__()
    await reads.__anext__()
    with pytest.raises(TimeoutError):  # a small read is followed by the pause
        async with asyncio.timeout(0.2):
            await reads.__anext__()
    await reads.aclose()


@pytest.mark.usefixtures("no_openai_env")
async def test_other_models_stream_through_langchain() -> None:
    model = scripted_model("plain words here")
    assert direct_request(model, [HumanMessage("hi")]) is None
    assert (
        "".join([p async for p in stream_text(model, [HumanMessage("hi")])]) == "plain words here"
    )
    with_headers = ChatOpenAI(
        model="m", api_key="k", base_url="http://127.0.0.1:9/v1", include_response_headers=True
    )
    assert direct_request(with_headers, [HumanMessage("hi")]) is None


@pytest.mark.usefixtures("no_openai_env")
async def test_without_chatopenais_payload_the_answer_streams_through_langchain(
    provider: ServerThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`direct_request` leans on a private method of ChatOpenAI's; if a release changes
    it, answers still stream (LangChain's own path), they do not fail."""
    model = load_chat_model(
        settings(model="fake-model", openai_api_key="k", openai_base_url=f"{provider.url}/v1")
    )
    prompt = [HumanMessage("one")]
    built = type(model)._get_request_payload

    def changed(self: Any, *args: Any, **kwargs: Any) -> Any:
        if "stop" not in kwargs:  # `direct_request`'s call; LangChain's own passes `stop`
            raise TypeError("unexpected keyword argument")
        return built(self, *args, **kwargs)

    monkeypatch.setattr(type(model), "_get_request_payload", changed)
    try:
        assert direct_request(model, prompt) is None
        text = "".join([piece async for piece in stream_text(model, prompt)])
    finally:
        await close_chat_model(model)
    assert text.startswith("I have read 1 user messages")


def test_the_fast_path_still_fits_the_installed_libraries() -> None:
    """graph/openai_stream.py leans on private parts of ChatOpenAI and the openai SDK and
    falls back to LangChain's path quietly when they change; this test is the loud part.
    It fails when a release renames or reshapes what the fast path reads, so the
    slowdown is seen and the fence mended."""
    import inspect

    import openai

    hook = inspect.signature(openai.AsyncOpenAI._process_response_data)
    assert {"data", "cast_to", "response"} <= set(hook.parameters), "the SDK's hook changed"
    model = load_chat_model(Settings(openai_api_key="sk-test", _env_file=None))
    assert isinstance(model.async_client._client, ChunkDictAsyncOpenAI)  # type: ignore[attr-defined]
    direct = direct_request(model, [SystemMessage("be brief"), HumanMessage("hi")])
    assert direct is not None, "ChatOpenAI no longer builds the request the fast path sends"
    _, payload = direct
    assert payload["stream"] is True and payload["messages"][-1]["content"] == "hi"
    from graph.models import builtin_providers

    assert "anthropic" in builtin_providers(), "LangChain moved its table of providers"
