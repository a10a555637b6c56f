"""`/chat` as LangServe serves it: `ServedChat` (the schemas of a chat turn, every call
handed to the running service's `ThreadedChat`), and the hook that admits each run.

LangServe calls `chat_config_modifier` before a run starts, so admission answers with a
real status code (401, 404, 409, 422, 429, 503) even on the streaming endpoints.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from fastapi import FastAPI, Request
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig

from api.deps import current_user, get_service, service_of
from api.errors import http_error, is_mapped
from service.chat import ChatService
from service.turns import ChatRunnable, ThreadedChat


class ServedChat(ChatRunnable):
    """What LangServe serves at `/chat`. LangServe takes its runnable when the routes are
    added, before the lifespan has opened the storage and built the service, so this
    one holds only the schemas and finds the service's `ThreadedChat` at each call."""

    def __init__(self, app: FastAPI, max_message_bytes: int) -> None:
        super().__init__(max_message_bytes)
        self.app = app

    def _chat(self) -> ThreadedChat:
        return service_of(self.app).chat

    async def ainvoke(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AIMessage:
        return await self._chat().ainvoke(input, config, **kwargs)

    async def astream(
        self, input: dict[str, Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AsyncIterator[AIMessage]:
        async for chunk in self._chat().astream(input, config, **kwargs):
            yield chunk


async def chat_config_modifier(config: dict[str, Any], request: Request) -> dict[str, Any]:
    """LangServe's per-request hook: authenticate, admit the run, and pin it to the
    caller (`user_id`) and its thread."""
    service = get_service(request)
    user = current_user(request, service)
    configurable = dict(config.get("configurable") or {})
    endpoint = request.url.path.rsplit("/", 1)[-1]
    try:
        if endpoint == "batch":
            thread_id = await admit_batch(service, request, user, configurable.get("thread_id"))
        else:
            strategy = service.chat.strategy_of(config)
            thread_id = await service.admit_run(
                user, configurable.get("thread_id"), endpoint, strategy
            )
    except Exception as exc:
        if is_mapped(exc):
            raise http_error(exc) from exc
        raise
    return {**config, "configurable": {**configurable, "thread_id": thread_id, "user_id": user}}


async def admit_batch(
    service: ChatService, request: Request, user: str, thread_id: str | None
) -> str | None:
    """A batch's config: LangServe calls the hook once for a config shared by every
    input, or once per input when each has its own, always before any input runs."""
    body = await request.json()  # read (and cached) by LangServe already
    shared = not isinstance(body.get("config"), list)
    inputs = len(body.get("inputs") or []) if shared else 1
    taken: set[str] | None = getattr(request.state, "batch_threads", None)
    if taken is None:
        taken = request.state.batch_threads = set()
    return await service.admit_batch(user, thread_id, max(inputs, 1), taken)
