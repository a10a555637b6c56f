"""The WebSocket chat at `/ws/chat/{thread_id}`: JSON frames in, a thread's events out
to every connection on that thread (several browser tabs all see one stream).

In: `{"type": "auth", "api_key": ...}` (first, when no key header was sent),
`{"type": "message", "content": ...}`, `{"type": "clear_history"}`.
Out: `history`, `user_message`, `stream_start`, `stream_token`, `stream_retracted`,
`stream_end`, `history_cleared`, `error` (`code`, `reason`, maybe `retry_after`).

A run belongs to the thread, not to the socket: a client that goes away
mid-stream leaves the run to finish and be stored. Events travel on the storage's
stream bus, so a tab on one process sees a run started from another; a tab that
joins mid-run is first sent what it missed of that run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, HTTPException, WebSocket, WebSocketDisconnect
from langchain_core.runnables import RunnableConfig
from starlette.datastructures import State

from api.auth import authenticate, websocket_user
from api.chat import authorize_run, error_reason, is_mapped, retry_after, status_of
from graph.served import ThreadedChat, validate_thread_id
from storage import STORAGE_ERRORS, ThreadBusy, ThreadNotFound, ThreadStore
from storage.bus import RUN_END, StreamBus, Subscription

log = logging.getLogger("threadline.ws")
router = APIRouter(tags=["websocket"])

AUTH_TIMEOUT_S = 10
#: Close codes in the application range: 4000 + the HTTP status that applies.
CLOSE_UNAUTHORIZED, CLOSE_NOT_FOUND, CLOSE_INVALID = 4401, 4404, 4422
CLOSE_TRY_AGAIN_LATER, CLOSE_GOING_AWAY = 1013, 1001


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


def error(code: int, reason: str, **extra: Any) -> dict[str, Any]:
    return {"type": "error", "code": code, "reason": reason, **extra}


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
    """One answer, published to every tab on the thread (in any process), stored when
    it ends."""
    chat: ThreadedChat = state.chat
    bus: StreamBus = state.storage.bus
    config: RunnableConfig = {"configurable": {"thread_id": thread_id, "user_id": user}}
    text = ""
    try:
        await bus.publish(thread_id, {"type": "stream_start", "thread_id": thread_id})
        async for chunk in chat.astream(
            {"messages": [{"type": "human", "content": content}]}, config
        ):
            if chunk.response_metadata.get("event") == "retracted":
                text = ""
                await bus.publish(thread_id, {"type": "stream_retracted"})
                continue
            if chunk.content:
                text += str(chunk.content)
                await bus.publish(thread_id, {"type": "stream_token", "text": chunk.content})
            if "thread_id" in chunk.response_metadata:
                stored = await chat.history(thread_id, last=2)
                await bus.publish(
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
    except Exception as exc:
        if is_mapped(exc):
            wait = retry_after(exc)
            frame = error(
                status_of(exc), error_reason(exc), **({"retry_after": wait} if wait else {})
            )
        else:
            log.exception("websocket run failed on thread %s", thread_id)
            frame = error(500, "the answer failed; please try again")
        try:
            await bus.publish(thread_id, frame)
        except Exception:
            log.exception("could not tell the tabs of thread %s that its run failed", thread_id)


def catch_up(replay: list[dict[str, Any]], history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a tab that just read `history` must also be shown of the thread's latest run:
    all of it while it runs, or when it ended after the history was read; nothing
    when the history already holds it or it ended in an error."""
    if not replay or replay[-1].get("type") not in RUN_END:
        return replay
    last = replay[-1]
    stored_ids = {message["id"] for message in history}
    if last.get("type") == "stream_end" and last.get("message_id") not in stored_ids:
        return replay
    return []


async def handle_frame(
    websocket: WebSocket, peer: Peer, thread_id: str, user: str, raw: Mapping[str, Any]
) -> None:
    """One incoming frame: an error event for anything malformed, never an exception."""
    state = websocket.app.state
    settings = state.settings
    bus: StreamBus = state.storage.bus
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
            await bus.publish(thread_id, {"type": "user_message", "content": content})
        except HTTPException as exc:
            retry = (exc.headers or {}).get("Retry-After")
            extra = {"retry_after": int(retry)} if retry else {}
            await peer.send(error(exc.status_code, str(exc.detail), **extra))
            return
        except STORAGE_ERRORS as exc:
            await peer.send(error(status_of(exc), error_reason(exc)))
            return
        task = asyncio.create_task(run_turn(state, thread_id, user, content))
        state.ws_runs.add(task)
        task.add_done_callback(state.ws_runs.discard)
    elif kind == "clear_history":
        chat: ThreadedChat = state.chat
        try:
            async with chat.run_locks.hold(thread_id, wait=False):
                await state.threads.clear_history(thread_id)
            await bus.publish(thread_id, {"type": "history_cleared"})
        except ThreadBusy:
            await peer.send(
                error(409, "the thread is answering a message; clear it once it is done")
            )
        except STORAGE_ERRORS as exc:
            await peer.send(error(status_of(exc), error_reason(exc)))
    elif kind == "auth":
        await peer.send(error(400, "already authenticated"))
    else:
        await peer.send(
            error(400, f"unknown type {kind!r}: expected message, clear_history or auth")
        )


async def close_all(peers: set[Peer]) -> None:
    """Tell every open tab the server is going away (1001), so it reconnects elsewhere."""
    for peer in list(peers):
        peer.alive = False
        with contextlib.suppress(Exception):
            await peer.websocket.close(CLOSE_GOING_AWAY, "server restarting")


async def forward(subscription: Subscription, peer: Peer) -> None:
    """The thread's events, as they come, to this tab."""
    while True:
        await peer.send(await subscription.next())


@router.websocket("/ws/chat/{thread_id}")
async def chat_socket(websocket: WebSocket, thread_id: str) -> None:
    await websocket.accept()
    user = await authenticated_user(websocket)
    if user is None:
        return
    state = websocket.app.state
    chat: ThreadedChat = state.chat
    threads: ThreadStore = state.threads
    bus: StreamBus = state.storage.bus
    try:
        validate_thread_id(thread_id)
        await threads.ensure_usable(thread_id, user)
        messages = await chat.history(thread_id)
    except ValueError as exc:
        await websocket.send_json(error(422, f"invalid thread_id: {exc}"))
        await websocket.close(CLOSE_INVALID)
        return
    except ThreadNotFound as exc:
        await websocket.send_json(error(status_of(exc), str(exc)))
        await websocket.close(CLOSE_NOT_FOUND)
        return
    except STORAGE_ERRORS as exc:
        await websocket.send_json(error(status_of(exc), error_reason(exc)))
        await websocket.close(CLOSE_TRY_AGAIN_LATER)
        return
    peer = Peer(websocket)
    state.ws_peers.add(peer)
    async with bus.subscribe(thread_id) as subscription:
        await peer.send({"type": "history", "thread_id": thread_id, "messages": messages})
        for event in catch_up(subscription.replay, messages):
            await peer.send(event)
        pump = asyncio.create_task(forward(subscription, peer))
        try:
            while True:
                raw = await websocket.receive()
                if raw["type"] == "websocket.disconnect":
                    break
                await handle_frame(websocket, peer, thread_id, user, raw)
        except WebSocketDisconnect:
            pass
        finally:
            peer.alive = False
            state.ws_peers.discard(peer)
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
            with contextlib.suppress(Exception):
                await websocket.close()
