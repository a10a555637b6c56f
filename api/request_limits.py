"""Request bodies a handler can safely take: a cap on their size, so an oversized
request is refused with 413 before it is read into memory (declared or chunked), and
a check that they arrive in time and are JSON fit for every handler."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import Callable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


_UPLOAD_PATH = re.compile(r"^/(documents|collections/[^/]+/documents)/?$")


def is_upload(scope: Scope) -> bool:
    """A document upload: a multipart body of files, bounded by its own limit and read
    by its route (api/documents.py), not as JSON."""
    return scope.get("method") == "POST" and bool(_UPLOAD_PATH.match(scope.get("path", "")))


#: More header bytes than any client of this API sends; the server does not cap them itself.
MAX_HEADER_BYTES = 32 * 1024


class BodySizeLimit:
    """ASGI middleware: 413 for a body over `max_bytes`, 431 for headers over
    `MAX_HEADER_BYTES`."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_max_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes or max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header_bytes = sum(len(name) + len(value) for name, value in scope["headers"])
        if header_bytes > MAX_HEADER_BYTES:
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1009})
                return
            response = JSONResponse(
                {"detail": f"request headers over the limit of {MAX_HEADER_BYTES} bytes"},
                status_code=431,
            )
            await response(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.upload_max_bytes if is_upload(scope) else self.max_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return
        received = 0
        refused = False

        async def counting_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit and not refused:
                    refused = True  # answer now; whatever the app makes of it is dropped
                    await self._refuse(scope, receive, send, limit)
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            if not refused:
                await send(message)

        with contextlib.suppress(BodyTooLarge):
            await self.app(scope, counting_receive, guarded_send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = JSONResponse(
            {"detail": f"request body over the limit of {limit} bytes"}, status_code=413
        )
        await response(scope, receive, send)


#: Deeper JSON than any request of this API needs; refused before any handler sees it.
MAX_JSON_DEPTH = 32


def required_list(path: str) -> str | None:
    """The field a path needs to be a list: LangServe's `batch` (at `/chat/batch` and
    `/chat/c/{config_hash}/batch`) reads `inputs` unchecked, a TypeError (500) otherwise."""
    return "inputs" if path.startswith("/chat/") and path.endswith("/batch") else None


def json_problem(value: Any) -> str | None:
    """Why a parsed JSON body cannot be accepted (too deep, a NUL character, a lone
    surrogate that no database or UTF-8 encoder takes), or None. Iterative, so its
    cost is linear in the body and its depth is never Python's recursion limit."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
        if isinstance(item, dict):
            stack.extend((key, depth) for key in item)
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            if "\x00" in item:
                return "strings must not contain NUL characters"
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return "a string holds a lone surrogate, which is not valid Unicode"
    return None


def is_json_type(content_type: str) -> bool:
    """`application/json`, or a `+json` type, with any parameters."""
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


class JsonBodyCheck:
    """ASGI middleware: a POST, PUT or PATCH body must arrive within `timeout_s` and be
    JSON that every handler can take; otherwise a 4xx with the reason (400, 408, 415),
    never a 500 from deep inside a library. The body is then handed on unchanged.

    While `json_type_required(scope)` holds (a server with no API keys, which any web
    page the user visits can reach), a body must also be declared JSON: a browser sends
    `text/plain`, a form or no type cross-site without asking first (no CORS preflight),
    but never `application/json`."""

    def __init__(
        self,
        app: ASGIApp,
        timeout_s: float = 30.0,
        json_type_required: Callable[[Scope], bool] | None = None,
    ) -> None:
        self.app = app
        self.timeout_s = timeout_s
        self.json_type_required = json_type_required

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        if is_upload(scope):  # files, streamed to their route (which checks where they came from)
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        try:
            async with asyncio.timeout(self.timeout_s):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return  # the client left before sending its body: nobody to answer
                    chunks.append(message.get("body", b""))
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            await self._refuse(
                scope, send, 408, f"request body not received in {self.timeout_s:g} s"
            )
            return
        body = b"".join(chunks)
        if body:
            content_type = dict(scope["headers"]).get(b"content-type", b"").decode("latin-1")
            required = self.json_type_required is not None and self.json_type_required(scope)
            if required and not is_json_type(content_type):
                await self._refuse(scope, send, 415, "send JSON (Content-Type: application/json)")
                return
            try:
                parsed = json.loads(body)
            except (ValueError, RecursionError) as exc:  # bad JSON, bad UTF-8, 5,000 digits
                if "json" not in content_type.lower():
                    await self._refuse(
                        scope, send, 415, "send JSON (Content-Type: application/json)"
                    )
                    return
                await self._refuse(scope, send, 400, f"the body is not valid JSON: {exc}"[:300])
                return
            problem = json_problem(parsed)
            field = required_list(scope["path"])
            if not problem and field and not isinstance(parsed, dict):
                problem = "the body must be a JSON object"
            elif not problem and field and not isinstance(parsed.get(field), list):
                problem = f"`{field}` must be a list"
            if problem:
                await self._refuse(scope, send, 400, problem)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    @staticmethod
    async def _refuse(scope: Scope, send: Send, status: int, reason: str) -> None:
        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        if scope["path"].startswith("/v1/"):  # OpenAI clients read OpenAI's error shape
            body: dict[str, Any] = {
                "error": {
                    "message": reason,
                    "type": "invalid_request_error",
                    "param": None,
                    "code": None,
                }
            }
        else:
            body = {"detail": reason}
        await JSONResponse(body, status_code=status)(scope, nothing, send)
