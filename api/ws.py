"""The WebSocket chat at `/ws/chat/{thread_id}`: JSON frames in, a thread's events out
to every connection on that thread (several browser tabs all see one stream).

In: `{"type": "auth", "api_key": ...}` (first, when no key header was sent),
`{"type": "message", "content": ..., "multitask_strategy": ...}` (the strategy is
optional: reject, enqueue, interrupt, rollback), `{"type": "regenerate"}` (a new answer
to the last question) and `{"type": "edit", "message_id": ..., "content": ...}` (both
in a new branch; the same optional strategy), `{"type": "stop"}` (stop the answer
being written; it keeps what was shown), `{"type": "clear_history"}`.
Out: `history`, `user_message`, `stream_start`, `stream_token`, `stream_retracted`,
`stream_end`, `history_cleared`, `error` (`code`, `reason`, maybe `retry_after`). A
regenerated or edited answer streams like any other: its `user_message` names the
message whose turn it replaces (`branch_of`; `edit` when its text changed), and its
`stream_end` which alternative it is (`branch`: `index`, `count`).

A run belongs to the thread, not to the socket: a client that goes away
mid-stream leaves the run to finish and be stored. Events travel on the storage's
stream bus, so a tab on one process sees a run started from another; a tab that
joins mid-run is first sent what it missed of that run.

Who may do what, for the whole life of a socket: a socket opening on an id nobody
owns claims it for its user; one on another user's thread is shown what a new
thread shows and receives nothing of it. Every frame is checked by one rule
(`ensure_allowed`: the key still names the user, the thread is still the user's;
otherwise 4401 or 4404), every event by one rule where it is delivered
(`Peer.deliver`: only events published for the socket's user), and the key is
checked again every `ws_auth_check_s`, so a revoked key closes its sockets.
Nothing unmoderated travels on the bus: `user_message` carries no text (the
message as stored comes with `stream_end`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Any

from fastapi import APIRouter, HTTPException, WebSocket, WebSocketDisconnect
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableConfig

from api.auth import (
    Unauthenticated,
    authenticate,
    page_origin_allowed,
    presented_key,
    websocket_user,
)
from api.deps import service_of
from api.errors import error_frame, frame, is_mapped
from graph import wire
from service.chat import ChatService
from service.rate_limits import RateLimited
from service.turns import (
    FORK_POSITION,
    InvalidTurn,
    MessageTooLarge,
    MultitaskStrategy,
    Turn,
    check_message,
)
from storage import STORAGE_ERRORS, ThreadNotFound
from storage.bus import RUN_END, THREAD_ENDED, Subscription

log = logging.getLogger("threadline.ws")
router = APIRouter(tags=["websocket"])

AUTH_TIMEOUT_S = 10
#: Close codes in the application range: 4000 + the HTTP status that applies.
CLOSE_UNAUTHORIZED, CLOSE_FORBIDDEN, CLOSE_NOT_FOUND = 4401, 4403, 4404
CLOSE_INVALID, CLOSE_TOO_MANY = 4422, 4429
CLOSE_TRY_AGAIN_LATER, CLOSE_GOING_AWAY = 1013, 1001
#: The close code of a socket that cannot open on its thread (otherwise 1013).
CLOSE_CODES: dict[type[Exception], int] = {
    InvalidTurn: CLOSE_INVALID,
    ThreadNotFound: CLOSE_NOT_FOUND,
    RateLimited: CLOSE_TOO_MANY,
}


class Refused(Exception):
    """The socket may not go on: the error frame it is sent, and its close code."""

    def __init__(self, exc: Exception, code: int) -> None:
        super().__init__(str(exc))
        self.frame = error_frame(exc)
        self.code = code


class Peer:
    """One connection of one user; sends are serialised, and a dead connection is
    simply skipped."""

    def __init__(self, websocket: WebSocket, user: str = "", key: str | None = None) -> None:
        self.websocket = websocket
        self.user = user
        self.key = key
        """The key the socket authenticated with (None in development mode)."""
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

    async def deliver(self, event: dict[str, Any]) -> None:
        """The one rule for what a socket receives: the events published for its own
        user's thread (each names the owner it was published for; one that names
        nobody is nobody's), without that name."""
        if event.get("owner") == self.user:
            await self.send({k: v for k, v in event.items() if k != "owner"})

    async def refuse(self, refused: Refused) -> None:
        """Tell the client why, and close the socket with the code that says it."""
        await self.send(refused.frame)
        self.alive = False
        with contextlib.suppress(Exception):
            await self.websocket.close(refused.code)

    async def close_going_away(self) -> None:
        """The server is shutting down: 1001 tells the tab to reconnect elsewhere."""
        self.alive = False
        with contextlib.suppress(Exception):
            await self.websocket.close(CLOSE_GOING_AWAY, "server restarting")


async def authenticated_user(
    websocket: WebSocket, service: ChatService
) -> tuple[str, str | None] | None:
    """The user and the key from the key header, or from a first `auth` frame; None
    after telling the client why not."""
    try:
        user = websocket_user(websocket, service.keyring)
        if user is not None:
            return user, presented_key(websocket.headers)
        first = await asyncio.wait_for(websocket.receive_json(), AUTH_TIMEOUT_S)
        if not isinstance(first, dict) or first.get("type") != "auth":
            raise HTTPException(401, 'send {"type": "auth", "api_key": ...} first')
        key = first.get("api_key")
        key = key if isinstance(key, str) else None
        return authenticate(service.keyring, key), key
    except HTTPException as exc:
        await websocket.send_json(error_frame(exc))
    except (TimeoutError, ValueError, KeyError):
        await websocket.send_json(frame(401, "authentication expected as the first frame"))
    await websocket.close(CLOSE_UNAUTHORIZED)
    return None


def check_key(service: ChatService, peer: Peer) -> None:
    """`Refused` (4401) once the socket's key no longer names its user: revoked, or
    keys configured since a development-mode socket opened."""
    try:
        still = authenticate(service.keyring, peer.key) == peer.user
    except Unauthenticated:
        still = False
    if not still:
        raise Refused(Unauthenticated("the API key was revoked"), CLOSE_UNAUTHORIZED)


async def ensure_allowed(service: ChatService, peer: Peer, thread_id: str) -> None:
    """The one rule for every frame a socket sends, whatever its type: its key still
    names its user, and its thread is still that user's (not deleted, not another's);
    otherwise `Refused` (4401, 4404), exactly as a missing thread is refused."""
    check_key(service, peer)
    try:
        await service.thread(thread_id, peer.user)
    except ThreadNotFound as exc:
        raise Refused(exc, CLOSE_NOT_FOUND) from exc


async def watch_key(service: ChatService, peer: Peer) -> None:
    """Revocation reaches an open socket: its key is checked again every
    `ws_auth_check_s`, and a socket whose key was revoked is closed (4401)."""
    while peer.alive:
        await asyncio.sleep(service.settings.ws_auth_check_s)
        try:
            check_key(service, peer)
        except Refused as refused:
            await peer.refuse(refused)
            return


async def publish(service: ChatService, thread_id: str, user: str, event: dict[str, Any]) -> None:
    """An event of `user`'s thread, for the tabs of that user only (`Peer.deliver`)."""
    await service.storage.bus.publish(thread_id, {**event, "owner": user})


#: What a run streams: its answer's chunks (`ThreadedChat.astream`'s).
Answer = Callable[[], AsyncIterator[AIMessage]]


def message_answer(
    service: ChatService, thread_id: str, user: str, content: str, strategy: str
) -> Answer:
    """A new message's answer, as the `/chat` runnable streams it."""
    config: RunnableConfig = {
        "configurable": {"thread_id": thread_id, "user_id": user, "multitask_strategy": strategy}
    }
    return lambda: service.chat.astream(
        {"messages": [{"type": "human", "content": content}]}, config
    )


class Fork:
    """A regenerate or edit frame's run: prepared (and so checked) when the frame
    comes, and again after the run before it when it was enqueued."""

    def __init__(
        self, service: ChatService, prepare: Callable[[], Awaitable[Turn]], edit: bool
    ) -> None:
        self.service = service
        self.prepare = prepare
        self.edit = edit
        self.position = 0
        self.opening: dict[str, Any] = {}

    async def prepared(self) -> Answer:
        """The run's answer; its `user_message` names the message whose turn it replaces
        (the page drops what follows it), and whether it was edited (the new text is
        not sent: it is not moderated yet)."""
        turn = await self.prepare()
        self.position = int(turn.fork[1][FORK_POSITION]) if turn.fork else 0
        self.opening = {"branch_of": turn.replaces, "edit": self.edit}
        return lambda: self.service.chat.stream_fork(turn)


async def run_turn(
    service: ChatService,
    thread_id: str,
    user: str,
    answer: Answer,
    after: asyncio.Task[None] | None = None,
    fork: Fork | None = None,
) -> None:
    """One answer, published to every tab on the thread (in any process), stored when
    it ends; an enqueued one first waits for the message sent before it (`after`). A
    regenerated or edited answer (`fork`) says which message's turn it replaces, and
    its end which alternative it is."""
    reader = wire.StreamReader()

    async def send(event: dict[str, Any]) -> None:
        await publish(service, thread_id, user, event)

    if after is not None:
        await asyncio.gather(after, return_exceptions=True)
    try:
        if fork is not None and after is not None:
            answer = await fork.prepared()  # on the thread as the earlier run left it
        # the run's start, without its text: nothing unmoderated goes on the bus (which
        # Redis keeps for an hour); the message as stored comes with `stream_end`
        await send({"type": "user_message", "content": None, **(fork.opening if fork else {})})
        await send({"type": "stream_start", "thread_id": thread_id})
        async for chunk in answer():
            for event in reader.read_chunk(chunk):
                if isinstance(event, wire.Retracted):
                    await send({"type": "stream_retracted"})
                elif isinstance(event, wire.Window):
                    await send({"type": "stream_token", "text": event.text})
                else:
                    stored = await service.chat.history(thread_id, last=2)
                    kept = len(stored) == 2 and event.message_id is not None
                    end = {
                        "type": "stream_end",
                        "message_id": event.message_id,
                        "content": event.text,
                        "sources": event.sources,
                        "moderation": event.moderation,
                        "user_message": stored[0] if kept else None,
                        "created_at": event.metadata.get("created_at"),
                        "stopped": bool(event.metadata.get("stopped")),
                        "rolled_back": bool(event.metadata.get("rolled_back")),
                    }
                    if fork is not None and kept:
                        end["branch"] = await service.chat.branch_of(thread_id, fork.position)
                    await send(end)
    except Exception as exc:
        if is_mapped(exc):
            failed = error_frame(exc)
        else:
            log.exception("websocket run failed on thread %s", thread_id)
            failed = frame(500, "the answer failed; please try again")
        try:
            await send(failed)
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
    """One incoming frame, of a socket `ensure_allowed` let through: an error frame for
    anything malformed, never an exception."""
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
            strategy = service.chat.strategy_of({"configurable": incoming})
            await start_turn(service, thread_id, user, incoming.get("content"), peer, strategy)
        elif kind in ("regenerate", "edit"):
            await start_fork(service, thread_id, user, incoming, peer)
        elif kind == "stop":
            await service.rate_limit.hit_write(user, "ws_stop")
            await service.stop(thread_id, user)
        elif kind == "clear_history":
            await service.rate_limit.hit_write(user, "ws_clear_history")
            await service.clear_history(thread_id, user)
        elif kind == "auth":
            await peer.send(frame(400, "already authenticated"))
        else:
            await peer.send(
                frame(
                    400,
                    f"unknown type {kind!r}: expected message, regenerate, edit, stop, "
                    "clear_history or auth",
                )
            )
    except Exception as exc:
        if not (is_mapped(exc) or isinstance(exc, HTTPException)):
            raise
        await peer.send(error_frame(exc))


async def start_turn(
    service: ChatService,
    thread_id: str,
    user: str,
    content: Any,
    peer: Peer,
    strategy: MultitaskStrategy = "reject",
) -> None:
    """Admit the message as a run and answer it in a task of its own (the run belongs
    to the thread, not to this socket); enqueued messages are answered in the order
    they came."""
    if not isinstance(content, str):
        await peer.send(frame(422, "content must be a non-empty string"))
        return
    try:
        check_message(content, service.settings.max_message_bytes)
    except ValueError as exc:
        await peer.send(frame(413 if isinstance(exc, MessageTooLarge) else 422, f"message: {exc}"))
        return
    await service.admit_run(user, thread_id, "ws", strategy)
    answer = message_answer(service, thread_id, user, content, strategy)
    start_run(service, thread_id, user, answer, strategy)


async def start_fork(
    service: ChatService, thread_id: str, user: str, incoming: Mapping[str, Any], peer: Peer
) -> None:
    """A `regenerate` or `edit` frame: admitted and checked as the HTTP API does it (an
    error frame to this socket, nothing stored, when refused), then streamed to every
    tab as a message's answer is."""
    strategy = service.chat.strategy_of({"configurable": incoming})
    if incoming["type"] == "edit":
        message_id, content = incoming.get("message_id"), incoming.get("content")
        if not isinstance(message_id, str) or not message_id:
            await peer.send(frame(422, "message_id must be a non-empty string"))
            return
        if not isinstance(content, str):
            await peer.send(frame(422, "content must be a non-empty string"))
            return

        def prepare() -> Awaitable[Turn]:
            return service.chat.edit_turn(thread_id, user, message_id, content, strategy)

    else:

        def prepare() -> Awaitable[Turn]:
            return service.chat.regenerate_turn(thread_id, user, strategy)

    await service.admit_run(user, thread_id, "ws", strategy)
    fork = Fork(service, prepare, edit=incoming["type"] == "edit")
    answer = await fork.prepared()
    start_run(service, thread_id, user, answer, strategy, fork)


def start_run(
    service: ChatService,
    thread_id: str,
    user: str,
    answer: Answer,
    strategy: MultitaskStrategy,
    fork: Fork | None = None,
) -> None:
    """Run the answer in a task of its own, in the order the frames came when enqueued."""
    before = service.ws_latest.get(thread_id) if strategy == "enqueue" else None
    if before is not None and before.done():
        before = None
    task = asyncio.create_task(run_turn(service, thread_id, user, answer, before, fork))
    service.ws_runs.add(task)
    service.ws_latest[thread_id] = task

    def done(finished: asyncio.Task[None]) -> None:
        service.ws_runs.discard(finished)
        if service.ws_latest.get(thread_id) is finished:
            del service.ws_latest[thread_id]

    task.add_done_callback(done)


async def forward(subscription: Subscription, peer: Peer, thread_id: str) -> None:
    """The thread's events, as they come, to this tab; the end of the thread's feed
    (it was deleted) closes the tab as a missing thread would be (4404)."""
    while True:
        event = await subscription.next()
        if event.get("type") == THREAD_ENDED:
            await peer.refuse(Refused(ThreadNotFound(thread_id), CLOSE_NOT_FOUND))
            return
        await peer.deliver(event)


def too_many_sockets(service: ChatService, user: str) -> bool:
    cap = service.settings.ws_max_per_user
    return sum(getattr(c, "user", None) == user for c in service.ws_connections) >= cap


@router.websocket("/ws/chat/{thread_id}")
async def chat_socket(websocket: WebSocket, thread_id: str) -> None:
    await websocket.accept()
    try:
        service = service_of(websocket.app)
    except HTTPException as exc:
        await websocket.send_json(error_frame(exc))
        await websocket.close(CLOSE_TRY_AGAIN_LATER)
        return
    settings = service.settings
    if service.keyring.development_mode and not page_origin_allowed(
        websocket.headers.get("origin"), websocket.headers.get("host", ""), settings.cors_origins
    ):
        await websocket.send_json(
            frame(
                403,
                "a page from another origin may not use a server without API keys: open "
                "it from this server, or list its origin in THREADLINE_CORS_ORIGINS",
            )
        )
        await websocket.close(CLOSE_FORBIDDEN)
        return
    authenticated = await authenticated_user(websocket, service)
    if authenticated is None:
        return
    user, key = authenticated
    peer = Peer(websocket, user, key)
    if too_many_sockets(service, user):
        limit = settings.ws_max_per_user
        await peer.refuse(
            Refused(
                HTTPException(429, f"over {limit} open WebSockets for this user"), CLOSE_TOO_MANY
            )
        )
        return
    service.ws_connections.add(peer)  # counted at once: no await since the count
    try:
        await serve_socket(service, peer, thread_id)
    finally:
        peer.alive = False
        service.ws_connections.discard(peer)
        with contextlib.suppress(Exception):
            await websocket.close()


async def serve_socket(service: ChatService, peer: Peer, thread_id: str) -> None:
    """Open the socket on its thread (claimed, or another user's: then it is shown a
    new thread's empty history and subscribed to nothing), then take its frames."""
    try:
        await service.rate_limit.hit_write(peer.user, "ws")
        messages = await service.join_thread(thread_id, peer.user)
    except Exception as exc:
        if not (is_mapped(exc) or isinstance(exc, HTTPException)):
            raise
        await peer.refuse(Refused(exc, CLOSE_CODES.get(type(exc), CLOSE_TRY_AGAIN_LATER)))
        return
    tasks: list[asyncio.Task[None]] = []
    async with contextlib.AsyncExitStack() as stack:
        try:
            tasks.append(asyncio.create_task(watch_key(service, peer)))
            if messages is not None:
                subscription = await stack.enter_async_context(
                    service.storage.bus.subscribe(thread_id)
                )
            await peer.send({"type": "history", "thread_id": thread_id, "messages": messages or []})
            if messages is not None:
                for event in catch_up(subscription.replay, messages):
                    await peer.deliver(event)
                tasks.append(asyncio.create_task(forward(subscription, peer, thread_id)))
            while peer.alive:
                raw = await peer.websocket.receive()
                if raw["type"] == "websocket.disconnect":
                    break
                try:
                    await ensure_allowed(service, peer, thread_id)
                except Refused as refused:
                    await peer.refuse(refused)
                    break
                except STORAGE_ERRORS as exc:
                    await peer.send(error_frame(exc))
                    continue
                await handle_frame(service, peer, thread_id, peer.user, raw)
        except WebSocketDisconnect:
            pass
        finally:
            peer.alive = False
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
