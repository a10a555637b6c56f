"""The chat model: any LangChain chat model named `provider:model` (through
`init_chat_model`), any OpenAI-compatible server when a key is set, otherwise the
embedded model (graph/embedded_model.py). How an OpenAI-compatible answer is streamed
fast is graph/openai_stream.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openai
from langchain_core.language_models import BaseChatModel

from graph.configuration import GraphSettings
from graph.embedded_model import EmbeddedChatModel, smollm2_path
from graph.openai_stream import openai_clients, sdk_client


class ChatModelUnavailable(RuntimeError):
    """THREADLINE_MODEL names a model this process cannot build; the message says why and
    what to install."""


def builtin_providers() -> dict[str, tuple[Any, ...]]:
    """The providers `init_chat_model` knows and the package of each. LangChain keeps
    this table private; if it moves, `provider:model` names are read as plain model
    names (tests/unit/test_models.py fails loudly first)."""
    try:
        from langchain.chat_models.base import _BUILTIN_PROVIDERS
    except ImportError:
        return {}
    return dict(_BUILTIN_PROVIDERS)


def model_provider(model: str) -> str | None:
    """The provider of a `provider:model` name, when `init_chat_model` knows it. Any other
    colon stays part of the name (Ollama's `llama3.1:8b` on an OpenAI-compatible server)."""
    provider, sep, name = model.partition(":")
    return provider if sep and name and provider in builtin_providers() else None


def openai_options(settings: GraphSettings) -> dict[str, Any]:
    """ChatOpenAI's settings, the same whether it is named `openai:` or by a plain name."""
    return {
        "api_key": settings.openai_api_key,
        "base_url": settings.openai_base_url,
        "timeout": settings.request_timeout_s,
        "max_completion_tokens": settings.max_new_tokens,
        "max_retries": 0,  # the graph's RetryPolicy owns retries, with backoff and jitter
        "streaming": True,
        "stream_usage": True,  # the provider's own token counts, in its stream's last chunk
        # ProviderGuard's idle timeout bounds a stalled stream; LangChain's own one wraps
        # every chunk in a task of its own (asyncio.wait_for)
        "stream_chunk_timeout": 0,
    }


async def close_chat_model(model: BaseChatModel) -> None:
    """Close the HTTP connections of an OpenAI-compatible model (its aiohttp session is
    not closed by garbage collection); other models have nothing to close."""
    for client in (getattr(model, "async_client", None), getattr(model, "root_async_client", None)):
        owner = sdk_client(client)  # `chat.completions` holds its client
        if isinstance(owner, openai.AsyncOpenAI):
            await owner.close()


def provider_chat_model(settings: GraphSettings, provider: str) -> BaseChatModel:
    """`init_chat_model("provider:model")` with the common options; a missing integration
    package or credential is a `ChatModelUnavailable` naming the fix."""
    from langchain.chat_models import init_chat_model

    if provider == "openai":
        options = {k: v for k, v in openai_options(settings).items() if v is not None}
    else:
        options = {
            "timeout": settings.request_timeout_s,
            "max_tokens": settings.max_new_tokens,
            "max_retries": 0,
        }
    try:
        if provider == "openai":
            options |= openai_clients(settings)
        return init_chat_model(settings.model, **options)
    except ImportError as exc:
        package = builtin_providers()[provider][0].split(".")[0].replace("_", "-")
        raise ChatModelUnavailable(
            f"THREADLINE_MODEL={settings.model} needs the {package} package, which is not "
            f"installed: pip install {package}"
        ) from exc
    except Exception as exc:  # a provider's own check, such as a missing API key
        raise ChatModelUnavailable(f"THREADLINE_MODEL={settings.model}: {exc}") from exc


#: The first four bytes of every GGUF file.
GGUF_MAGIC = b"GGUF"


def local_model_path(model: str) -> Path | None:
    """The file `THREADLINE_MODEL` names, when it names a file rather than a model: a
    name ending in `.gguf`, or a path (starting with `/`, `./`, `../` or `~`). Model
    names with a slash (`meta-llama/Llama-3.1-8B` on vLLM) stay names."""
    if model.lower().endswith(".gguf") or model.startswith(("/", "./", "../", "~")):
        return Path(model).expanduser()
    return None


def checked_gguf(path: Path) -> Path:
    """The path, if it is a GGUF file; else `ChatModelUnavailable` naming the setting."""
    try:
        with path.open("rb") as file:
            magic = file.read(len(GGUF_MAGIC))
    except FileNotFoundError:
        raise ChatModelUnavailable(f"THREADLINE_MODEL={path}: no such file") from None
    except OSError as exc:
        raise ChatModelUnavailable(f"THREADLINE_MODEL={path}: cannot be read ({exc})") from exc
    if magic != GGUF_MAGIC:
        raise ChatModelUnavailable(
            f"THREADLINE_MODEL={path}: not a GGUF model file (it does not start with "
            "the GGUF magic bytes); give the path of a .gguf file, or a model name"
        )
    return path


def load_chat_model(settings: GraphSettings) -> BaseChatModel:
    """A GGUF file's path: that model, run by the embedded runtime (its chat template
    from the file's metadata); `provider:model` through `init_chat_model`; else
    ChatOpenAI when `OPENAI_API_KEY` is set; else the embedded SmolLM2."""
    if (path := local_model_path(settings.model)) is not None:
        return EmbeddedChatModel(
            model_path=str(checked_gguf(path)), max_tokens=settings.max_new_tokens
        )
    provider = model_provider(settings.model)
    if provider is not None:
        return provider_chat_model(settings, provider)
    if settings.uses_openai:
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            model=settings.model, **openai_options(settings), **openai_clients(settings)
        )
    return EmbeddedChatModel(model_path=str(smollm2_path()), max_tokens=settings.max_new_tokens)
