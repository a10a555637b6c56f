"""Streams that fail end with a real `error` event. LangServe answers any failure in a
stream with `{"status_code": 500, "message": "Internal Server Error"}` and then lets
the exception break the connection, so clients see a truncated body. This middleware
replaces that event with the status and reason of the error map every other endpoint
uses (a provider outage is a 503 with `retry_after`), and ends the body properly."""

from __future__ import annotations

import json
import logging
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_reason, is_mapped, retry_after, status_of

log = logging.getLogger("threadline.stream")


def mapped_cause(raised: BaseException) -> BaseException:
    """The mapped error behind what reached the middleware: out of the exception
    groups a task group wraps it in, and behind Starlette's "response already
    started" error; `raised` itself when there is none."""
    exc: BaseException | None = raised
    while exc is not None:
        if isinstance(exc, BaseExceptionGroup) and exc.exceptions:
            exc = exc.exceptions[0]
        elif is_mapped(exc):
            return exc
        else:
            exc = exc.__cause__
    return raised


def error_event(exc: BaseException) -> bytes:
    """An SSE `error` event: the status and reason a client may read, never a traceback."""
    payload: dict[str, Any]
    if is_mapped(exc):
        assert isinstance(exc, Exception)
        payload = {"status_code": status_of(exc), "message": error_reason(exc)}
        if wait := retry_after(exc):
            payload["retry_after"] = wait
    else:
        payload = {"status_code": 500, "message": "the answer failed; please try again"}
    return f"event: error\r\ndata: {json.dumps(payload)}\r\n\r\n".encode()


class StreamErrorEvents:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        streaming = ended = False

        async def forward(message: Message) -> None:
            nonlocal streaming, ended
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                streaming = headers.get(b"content-type", b"").startswith(b"text/event-stream")
            elif message["type"] == "http.response.body":
                if streaming and message.get("body", b"").startswith(b"event: error"):
                    return  # LangServe's generic event: the real one follows
                ended = not message.get("more_body", False)
            await send(message)

        try:
            await self.app(scope, receive, forward)
        except BaseException as raised:
            if not streaming or ended:
                raise
            exc = mapped_cause(raised)
            if not is_mapped(exc):
                log.error("a stream failed", exc_info=exc)
            await send({"type": "http.response.body", "body": error_event(exc), "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
