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

from api.auth import authenticate, websocket_user
from api.deps import service_of
from api.errors import error_frame, frame, is_mapped
from graph import wire
from service.chat import ChatService
from service.turns import InvalidTurn, MessageTooLarge, check_message
from storage import ThreadNotFound
from storage.bus import RUN_END, Subscription

log = logging.getLogger("threadline.ws")
router = APIRouter(tags=["websocket"])

AUTH_TIMEOUT_S = 10
#: Close codes in the application range: 4000 + the HTTP status that applies.
CLOSE_UNAUTHORIZED, CLOSE_NOT_FOUND, CLOSE_INVALID = 4401, 4404, 4422
CLOSE_TRY_AGAIN_LATER, CLOSE_GOING_AWAY = 1013, 1001
#: The close code of a socket that cannot open on its thread (otherwise 1013).
CLOSE_CODES: dict[type[Exception], int] = {
    InvalidTurn: CLOSE_INVALID,
    ThreadNotFound: CLOSE_NOT_FOUND,
}


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

    async def close_going_away(self) -> None:
        """The server is shutting down: 1001 tells the tab to reconnect elsewhere."""
        self.alive = False
        with contextlib.suppress(Exception):
            await self.websocket.close(CLOSE_GOING_AWAY, "server restarting")


async def authenticated_user(websocket: WebSocket, service: ChatService) -> str | None:
    """The user from the key header, or from a first `auth` frame; None after telling
    the client why not."""
    try:
        user = websocket_user(websocket, service.keyring)
        if user is not None:
            return user
        first = await asyncio.wait_for(websocket.receive_json(), AUTH_TIMEOUT_S)
        if not isinstance(first, dict) or first.get("type") != "auth":
            raise HTTPException(401, 'send {"type": "auth", "api_key": ...} first')
        key = first.get("api_key")
        return authenticate(service.keyring, key if isinstance(key, str) else None)
    except HTTPException as exc:
        await websocket.send_json(error_frame(exc))
    except (TimeoutError, ValueError, KeyError):
        await websocket.send_json(frame(401, "authentication expected as the first frame"))
    await websocket.close(CLOSE_UNAUTHORIZED)
    return None


async def run_turn(service: ChatService, thread_id: str, user: str, content: str) -> None:
    """One answer, published to every tab on the thread (in any process), stored when
    it ends."""
    bus = service.storage.bus
    config: RunnableConfig = {"configurable": {"thread_id": thread_id, "user_id": user}}
    reader = wire.StreamReader()
    try:
        await bus.publish(thread_id, {"type": "stream_start", "thread_id": thread_id})
        async for chunk in service.chat.astream(
            {"messages": [{"type": "human", "content": content}]}, config
        ):
            for event in reader.read_chunk(chunk):
                if isinstance(event, wire.Retracted):
                    await bus.publish(thread_id, {"type": "stream_retracted"})
                elif isinstance(event, wire.Window):
                    await bus.publish(thread_id, {"type": "stream_token", "text": event.text})
                else:
                    stored = await service.chat.history(thread_id, last=2)
                    await bus.publish(
                        thread_id,
                        {
                            "type": "stream_end",
                            "message_id": event.message_id,
                            "content": event.text,
                            "sources": event.sources,
                            "moderation": event.moderation,
                            "user_message": stored[0] if len(stored) == 2 else None,
                        },
                    )
    except Exception as exc:
        if is_mapped(exc):
            failed = error_frame(exc)
        else:
            log.exception("websocket run failed on thread %s", thread_id)
            failed = frame(500, "the answer failed; please try again")
        try:
            await bus.publish(thread_id, failed)
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
    service: ChatService, peer: Peer, thread_id: str, user: str, raw: Mapping[str, Any]
) -> None:
    """One incoming frame: an error frame for anything malformed, never an exception."""
    limit = service.settings.max_message_bytes
    if raw.get("bytes") is not None:
        await peer.send(frame(400, "binary frames are not accepted: send JSON text"))
        return
    text = raw.get("text") or ""
    if len(text.encode("utf-8")) > limit + 1024:
        await peer.send(frame(413, f"frame over the limit of {limit} bytes"))
        return
    try:
        incoming = json.loads(text)
    except json.JSONDecodeError as exc:
        await peer.send(frame(400, f"invalid JSON: {exc}"))
        return
    if not isinstance(incoming, dict):
        await peer.send(frame(400, "a frame is a JSON object with a type"))
        return
    kind = incoming.get("type")
    try:
        if kind == "message":
            await start_turn(service, thread_id, user, incoming.get("content"), peer)
        elif kind == "clear_history":
            await service.clear_history(thread_id)
        elif kind == "auth":
            await peer.send(frame(400, "already authenticated"))
        else:
            await peer.send(
                frame(400, f"unknown type {kind!r}: expected message, clear_history or auth")
            )
    except Exception as exc:
        if not (is_mapped(exc) or isinstance(exc, HTTPException)):
            raise
        await peer.send(error_frame(exc))


async def start_turn(
    service: ChatService, thread_id: str, user: str, content: Any, peer: Peer
) -> None:
    """Admit the message as a run, show it to every tab, and answer it in a task of its
    own (the run belongs to the thread, not to this socket)."""
    if not isinstance(content, str):
        await peer.send(frame(422, "content must be a non-empty string"))
        return
    try:
        check_message(content, service.settings.max_message_bytes)
    except ValueError as exc:
        await peer.send(frame(413 if isinstance(exc, MessageTooLarge) else 422, f"message: {exc}"))
        return
    await service.admit_run(user, thread_id, "ws")
    await service.storage.bus.publish(thread_id, {"type": "user_message", "content": content})
    task = asyncio.create_task(run_turn(service, thread_id, user, content))
    service.ws_runs.add(task)
    task.add_done_callback(service.ws_runs.discard)


async def forward(subscription: Subscription, peer: Peer) -> None:
    """The thread's events, as they come, to this tab."""
    while True:
        await peer.send(await subscription.next())


@router.websocket("/ws/chat/{thread_id}")
async def chat_socket(websocket: WebSocket, thread_id: str) -> None:
    await websocket.accept()
    try:
        service = service_of(websocket.app)
    except HTTPException as exc:
        await websocket.send_json(error_frame(exc))
        await websocket.close(CLOSE_TRY_AGAIN_LATER)
        return
    user = await authenticated_user(websocket, service)
    if user is None:
        return
    try:
        messages = await service.join_thread(thread_id, user)
    except Exception as exc:
        if not is_mapped(exc):
            raise
        await websocket.send_json(error_frame(exc))
        await websocket.close(CLOSE_CODES.get(type(exc), CLOSE_TRY_AGAIN_LATER))
        return
    peer = Peer(websocket)
    service.ws_connections.add(peer)
    async with service.storage.bus.subscribe(thread_id) as subscription:
        await peer.send({"type": "history", "thread_id": thread_id, "messages": messages})
        for event in catch_up(subscription.replay, messages):
            await peer.send(event)
        pump = asyncio.create_task(forward(subscription, peer))
        try:
            while True:
                raw = await websocket.receive()
                if raw["type"] == "websocket.disconnect":
                    break
                await handle_frame(service, peer, thread_id, user, raw)
        except WebSocketDisconnect:
            pass
        finally:
            peer.alive = False
            service.ws_connections.discard(peer)
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
            with contextlib.suppress(Exception):
                await websocket.close()
