"""Access to `/chat` runs, shared by the LangServe routes and the WebSocket: the
caller's key, the per-user rate limit, the thread's owner, and a thread already busy.

LangServe calls `chat_config_modifier` before a run starts, so these checks answer
with a real status code (401, 404, 409, 429) even on the streaming endpoints.
"""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from starlette.datastructures import State

from api.auth import current_user
from graph.served import (
    InvalidTurn,
    ThreadBusy,
    ThreadedChat,
    ThreadNotFound,
    validate_thread_id,
)
from graph.threads import ThreadStore, new_thread_id

#: The status code of each error a chat run raises: the one mapping the HTTP app's
#: exception handlers and the WebSocket's `error` frames both use.
ERROR_STATUS: dict[type[Exception], int] = {InvalidTurn: 422, ThreadNotFound: 404, ThreadBusy: 409}


async def authorize_run(state: State, user: str, thread_id: str | None, endpoint: str) -> str:
    """The thread a run of `user` may use (a new id when none is given); raises the
    HTTP error that says why not."""
    if thread_id is not None:
        try:
            validate_thread_id(thread_id)
        except ValueError as exc:
            raise HTTPException(422, f"invalid thread_id: {exc}") from exc
    await state.rate_limit.hit(user, endpoint)
    if thread_id is None:
        return new_thread_id()
    threads: ThreadStore = state.threads
    record = await threads.get(thread_id)
    if record is not None and record.owner != user:
        raise HTTPException(ERROR_STATUS[ThreadNotFound], str(ThreadNotFound(thread_id)))
    chat: ThreadedChat = state.chat
    try:
        chat.ensure_accepting(thread_id)
    except ThreadBusy as exc:
        raise HTTPException(ERROR_STATUS[ThreadBusy], str(exc)) from exc
    return thread_id


async def chat_config_modifier(config: dict[str, Any], request: Request) -> dict[str, Any]:
    """LangServe's per-request hook: authenticate, authorise, and pin the run to the
    caller (`user_id`) and its thread."""
    user = current_user(request)
    configurable = dict(config.get("configurable") or {})
    endpoint = request.url.path.rsplit("/", 1)[-1]
    thread_id = await authorize_run(
        request.app.state, user, configurable.get("thread_id"), endpoint
    )
    return {**config, "configurable": {**configurable, "thread_id": thread_id, "user_id": user}}
