"""What a client is told when a request on a thread fails: one status and reason for
each error the service raises, used by the HTTP exception handlers, the LangServe hook,
the WebSocket's `error` frames and the OpenAI-compatible API."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from graph.provider import ProviderError
from service.chat import ServiceDraining
from service.documents import NotAllowed, UploadRefused
from service.feedback import NotAnAnswer
from service.rate_limits import RateLimited
from service.turns import InvalidTurn, MessageNotFound, NotRunning
from storage import (
    STORAGE_ERRORS,
    DiskFull,
    FeedbackExists,
    RunLeaseLost,
    ThreadBusy,
    ThreadNotFound,
)
from storage.documents import (
    CollectionNotFound,
    DocumentNotFound,
    JobNotFound,
    PassageNotFound,
)

#: The status code of each error a chat run raises.
ERROR_STATUS: dict[type[Exception], int] = {
    ProviderError: 503,  # or the status the error itself carries (429, 502, 504)
    InvalidTurn: 422,
    ThreadNotFound: 404,
    ThreadBusy: 409,
    NotRunning: 409,
    FeedbackExists: 409,
    MessageNotFound: 404,
    NotAnAnswer: 422,
    ServiceDraining: 503,
    RateLimited: 429,
    DiskFull: 503,
    RunLeaseLost: 503,
    CollectionNotFound: 404,
    DocumentNotFound: 404,
    JobNotFound: 404,
    PassageNotFound: 404,
    NotAllowed: 403,
    UploadRefused: 422,  # or the status the refusal carries (413, 415)
    **dict.fromkeys(STORAGE_ERRORS, 503),
}

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


def status_of(exc: Exception) -> int:
    """The status code of a mapped error (or of a subclass of one)."""
    if isinstance(exc, ProviderError | UploadRefused):
        return exc.status_code
    return next(code for kind, code in ERROR_STATUS.items() if isinstance(exc, kind))


def retry_after(exc: Exception) -> int | None:
    """Seconds a client should wait before trying again, when the error says."""
    if isinstance(exc, ProviderError):
        return exc.retry_after
    if isinstance(exc, ServiceDraining):
        return 1
    if isinstance(exc, RateLimited):
        return exc.retry_after
    return (
        STORAGE_RETRY_AFTER_S
        if isinstance(exc, (DiskFull, RunLeaseLost, *STORAGE_ERRORS))
        else None
    )


def http_error(exc: Exception) -> HTTPException:
    """The HTTPException for a mapped error (or the HTTPException itself), with
    `Retry-After` when there is one."""
    if isinstance(exc, HTTPException):
        return exc
    if isinstance(exc, RateLimited):
        return HTTPException(429, str(exc), headers=exc.headers())
    wait = retry_after(exc)
    headers = {"Retry-After": str(wait)} if wait else None
    return HTTPException(status_of(exc), error_reason(exc), headers=headers)


def error_frame(exc: Exception) -> dict[str, Any]:
    """The WebSocket `error` frame for a mapped error or an HTTPException."""
    error = http_error(exc)
    wait = (error.headers or {}).get("Retry-After")
    return frame(
        error.status_code, str(error.detail), **({"retry_after": int(wait)} if wait else {})
    )


def frame(code: int, reason: str, **extra: Any) -> dict[str, Any]:
    """A WebSocket `error` frame."""
    return {"type": "error", "code": code, "reason": reason, **extra}
