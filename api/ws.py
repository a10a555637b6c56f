"""The WebSocket chat at `/ws/chat/{thread_id}`: JSON frames in, a thread's events out
to every connection on that thread (several browser tabs all see one stream).

In: `{"type": "auth", "api_key": ...}` (first, when no key header was sent),
`{"type": "message", "content": ...}`, `{"type": "clear_history"}`.
Out: `history`, `user_message`, `stream_start`, `stream_token`, `stream_retracted`,
`stream_end`, `history_cleared`, `error` (`code`, `reason`, maybe `retry_after`).

A run belongs to the thread, not to the socket: a client that goes away
mid-stream leaves the run to finish and be stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, HTTPException, WebSocket, WebSocketDisconnect
from langchain_core.runnables import RunnableConfig
from starlette.datastructures import State

from api.auth import authenticate, websocket_user
from api.chat import ERROR_STATUS, authorize_run
from api.threads import ensure_idle, thread_messages
from graph.served import ThreadedChat, ThreadNotFound
from graph.threads import ThreadStore

log = logging.getLogger("threadline.ws")
router = APIRouter(tags=["websocket"])

AUTH_TIMEOUT_S = 10
#: Close codes in the application range: 4000 + the HTTP status that applies.
CLOSE_UNAUTHORIZED, CLOSE_NOT_FOUND = 4401, 4404


class Peer:
    """One connection; sends are serialised, and a dead connection is simply skipped."""

    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self.lock = asyncio.Lock()
        self.alive = True

    async def send(self, event: dict[str, Any]) -> None:
        if not self.alive:
            return
        async with self.lock:
            try:
                await self.websocket.send_json(event)
            except Exception:  # the client went away: the run goes on without it
                self.alive = False


class ThreadHub:
    """The connections on each thread, and the runs started through them."""

    def __init__(self) -> None:
        self.peers: defaultdict[str, set[Peer]] = defaultdict(set)
        self.runs: set[asyncio.Task[None]] = set()

    async def broadcast(self, thread_id: str, event: dict[str, Any]) -> None:
        await asyncio.gather(*(peer.send(event) for peer in list(self.peers[thread_id])))

    def join(self, thread_id: str, peer: Peer) -> None:
        self.peers[thread_id].add(peer)

    def leave(self, thread_id: str, peer: Peer) -> None:
        self.peers[thread_id].discard(peer)
        if not self.peers[thread_id]:
            del self.peers[thread_id]


def error(code: int, reason: str, **extra: Any) -> dict[str, Any]:
    return {"type": "error", "code": code, "reason": reason, **extra}


def hub_of(state: State) -> ThreadHub:
    if not hasattr(state, "ws_hub"):
        state.ws_hub = ThreadHub()
    return state.ws_hub  # type: ignore[no-any-return]


async def authenticated_user(websocket: WebSocket) -> str | None:
    """The user from the key header, or from a first `auth` frame; None after telling
    the client why not."""
    try:
        user = websocket_user(websocket)
        if user is not None:
            return user
        frame = await asyncio.wait_for(websocket.receive_json(), AUTH_TIMEOUT_S)
        if not isinstance(frame, dict) or frame.get("type") != "auth":
            raise HTTPException(401, 'send {"type": "auth", "api_key": ...} first')
        key = frame.get("api_key")
        return authenticate(websocket.app.state.keyring, key if isinstance(key, str) else None)
    except HTTPException as exc:
        await websocket.send_json(error(exc.status_code, str(exc.detail)))
    except (TimeoutError, ValueError, KeyError):
        await websocket.send_json(error(401, "authentication expected as the first frame"))
    await websocket.close(CLOSE_UNAUTHORIZED)
    return None


async def run_turn(state: State, thread_id: str, user: str, content: str) -> None:
    """One answer, streamed to every connection on the thread, stored when it ends."""
    hub = hub_of(state)
    chat: ThreadedChat = state.chat
    config: RunnableConfig = {"configurable": {"thread_id": thread_id, "user_id": user}}
    await hub.broadcast(thread_id, {"type": "stream_start", "thread_id": thread_id})
    text = ""
    try:
        async for chunk in chat.astream(
            {"messages": [{"type": "human", "content": content}]}, config
        ):
            if chunk.response_metadata.get("event") == "retracted":
                text = ""
                await hub.broadcast(thread_id, {"type": "stream_retracted"})
                continue
            if chunk.content:
                text += str(chunk.content)
                await hub.broadcast(thread_id, {"type": "stream_token", "text": chunk.content})
            if "thread_id" in chunk.response_metadata:
                stored = await thread_messages_of(state, thread_id, last=2)
                await hub.broadcast(
                    thread_id,
                    {
                        "type": "stream_end",
                        "message_id": chunk.id,
                        "content": text,
                        "sources": chunk.response_metadata.get("sources", []),
                        "moderation": chunk.response_metadata.get("moderation"),
                        "user_message": stored[0] if len(stored) == 2 else None,
                    },
                )
    except tuple(ERROR_STATUS) as exc:
        await hub.broadcast(thread_id, error(ERROR_STATUS[type(exc)], str(exc)))
    except Exception:
        log.exception("websocket run failed on thread %s", thread_id)
        await hub.broadcast(thread_id, error(500, "the answer failed; please try again"))


async def thread_messages_of(
    state: State, thread_id: str, last: int | None = None
) -> list[dict[str, Any]]:
    chat: ThreadedChat = state.chat
    assert chat.graph is not None
    return await thread_messages(chat.graph, thread_id, last)


async def handle_frame(
    websocket: WebSocket, peer: Peer, thread_id: str, user: str, raw: Mapping[str, Any]
) -> None:
    """One incoming frame: an error event for anything malformed, never an exception."""
    state = websocket.app.state
    hub = hub_of(state)
    settings = state.settings
    if raw.get("bytes") is not None:
        await peer.send(error(400, "binary frames are not accepted: send JSON text"))
        return
    text = raw.get("text") or ""
    if len(text.encode("utf-8")) > settings.max_message_bytes + 1024:
        await peer.send(error(413, f"frame over the limit of {settings.max_message_bytes} bytes"))
        return
    try:
        frame = json.loads(text)
    except json.JSONDecodeError as exc:
        await peer.send(error(400, f"invalid JSON: {exc}"))
        return
    if not isinstance(frame, dict):
        await peer.send(error(400, "a frame is a JSON object with a type"))
        return
    kind = frame.get("type")
    if kind == "message":
        content = frame.get("content")
        if not isinstance(content, str) or not content.strip():
            await peer.send(error(422, "content must be a non-empty string"))
            return
        try:
            size = len(content.encode("utf-8"))
        except UnicodeEncodeError:
            await peer.send(error(422, "content is not valid Unicode (a lone surrogate)"))
            return
        if size > settings.max_message_bytes:
            await peer.send(
                error(413, f"message over the limit of {settings.max_message_bytes} bytes")
            )
            return
        try:
            await authorize_run(state, user, thread_id, "ws")
        except HTTPException as exc:
            retry = (exc.headers or {}).get("Retry-After")
            extra = {"retry_after": int(retry)} if retry else {}
            await peer.send(error(exc.status_code, str(exc.detail), **extra))
            return
        await hub.broadcast(thread_id, {"type": "user_message", "content": content})
        task = asyncio.create_task(run_turn(state, thread_id, user, content))
        hub.runs.add(task)
        task.add_done_callback(hub.runs.discard)
    elif kind == "clear_history":
        try:
            ensure_idle(state.chat, thread_id, "clear")
        except HTTPException as exc:
            await peer.send(error(exc.status_code, str(exc.detail)))
            return
        threads: ThreadStore = state.threads
        await threads.clear_history(thread_id)
        await hub.broadcast(thread_id, {"type": "history_cleared"})
    elif kind == "auth":
        await peer.send(error(400, "already authenticated"))
    else:
        await peer.send(
            error(400, f"unknown type {kind!r}: expected message, clear_history or auth")
        )


@router.websocket("/ws/chat/{thread_id}")
async def chat_socket(websocket: WebSocket, thread_id: str) -> None:
    await websocket.accept()
    user = await authenticated_user(websocket)
    if user is None:
        return
    threads: ThreadStore = websocket.app.state.threads
    record = await threads.get(thread_id)
    if record is not None and record.owner != user:
        await websocket.send_json(
            error(ERROR_STATUS[ThreadNotFound], str(ThreadNotFound(thread_id)))
        )
        await websocket.close(CLOSE_NOT_FOUND)
        return
    hub = hub_of(websocket.app.state)
    peer = Peer(websocket)
    hub.join(thread_id, peer)
    try:
        messages = await thread_messages_of(websocket.app.state, thread_id) if record else []
        await peer.send({"type": "history", "thread_id": thread_id, "messages": messages})
        while True:
            raw = await websocket.receive()
            if raw["type"] == "websocket.disconnect":
                break
            await handle_frame(websocket, peer, thread_id, user, raw)
    except WebSocketDisconnect:
        pass
    finally:
        peer.alive = False
        hub.leave(thread_id, peer)
        with contextlib.suppress(Exception):
            await websocket.close()
