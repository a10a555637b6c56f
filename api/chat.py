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
from graph.provider import ProviderError
from graph.served import InvalidTurn, ThreadedChat, validate_thread_id
from storage import (
    STORAGE_ERRORS,
    THREAD_ERRORS,
    ThreadBusy,
    ThreadNotFound,
    ThreadStore,
    new_thread_id,
)

#: The status code of each error a chat run raises: the one mapping the HTTP app's
#: exception handlers and the WebSocket's `error` frames both use.
ERROR_STATUS: dict[type[Exception], int] = {
    ProviderError: 503,  # or the status the error itself carries (429, 502, 504)
    InvalidTurn: 422,
    ThreadNotFound: 404,
    ThreadBusy: 409,
    **dict.fromkeys(STORAGE_ERRORS, 503),
}

#: Why a run may be refused before it starts.
ADMISSION_ERRORS: tuple[type[Exception], ...] = (*THREAD_ERRORS, ProviderError)

#: What a client is told when the database or Redis is lost (never the driver's text).
STORAGE_DOWN = "storage (database or Redis) is unavailable; try again shortly"
STORAGE_RETRY_AFTER_S = 5


def is_mapped(exc: BaseException) -> bool:
    """Whether the error has a status and a reason for clients (anything else is a bug,
    logged, and a plain 500 for the client)."""
    return isinstance(exc, tuple(ERROR_STATUS))


def error_reason(exc: Exception) -> str:
    """The reason a client reads for a mapped error."""
    if isinstance(exc, ProviderError):
        return exc.reason
    return STORAGE_DOWN if isinstance(exc, STORAGE_ERRORS) else str(exc)


async def authorize_run(state: State, user: str, thread_id: str | None, endpoint: str) -> str:
    """The thread a run of `user` may use (a new id when none is given); raises the
    HTTP error that says why not."""
    if thread_id is not None:
        try:
            validate_thread_id(thread_id)
        except ValueError as exc:
            raise HTTPException(422, f"invalid thread_id: {exc}") from exc
    if state.draining:
        raise HTTPException(
            503, "the server is restarting; send again in a moment", headers={"Retry-After": "1"}
        )
    threads: ThreadStore = state.threads
    chat: ThreadedChat = state.chat
    try:
        await state.rate_limit.hit(user, endpoint)
        if thread_id is None:
            return new_thread_id()
        await threads.ensure_usable(thread_id, user)
        await chat.ensure_accepting(thread_id)
    except ADMISSION_ERRORS as exc:
        raise http_error(exc) from exc
    return thread_id


def status_of(exc: Exception) -> int:
    """The status code of a mapped error (or of a subclass of one)."""
    if isinstance(exc, ProviderError):
        return exc.status_code
    return next(code for kind, code in ERROR_STATUS.items() if isinstance(exc, kind))


def retry_after(exc: Exception) -> int | None:
    """Seconds a client should wait before trying again, when the error says."""
    if isinstance(exc, ProviderError):
        return exc.retry_after
    return STORAGE_RETRY_AFTER_S if isinstance(exc, STORAGE_ERRORS) else None


def http_error(exc: Exception) -> HTTPException:
    """The HTTPException for a mapped error, with `Retry-After` when there is one."""
    wait = retry_after(exc)
    headers = {"Retry-After": str(wait)} if wait else None
    return HTTPException(status_of(exc), error_reason(exc), headers=headers)


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
