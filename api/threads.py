"""The threads API: a user's conversations, their titles and personas, their history.

Another user's thread is a 404, exactly like a missing one.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from api.auth import CurrentUser
from api.chat import http_error
from graph.context import Persona
from graph.served import ThreadedChat
from storage import THREAD_ERRORS, ThreadBusy, ThreadRecord, ThreadStore

router = APIRouter(prefix="/threads", tags=["threads"])

Title = Annotated[str, Field(max_length=200)]


class ThreadCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title = ""
    persona: Persona | None = None
    system_prompt: str | None = Field(
        None, min_length=1, max_length=8000, description="Shorthand for persona.system_prompt."
    )
    metadata: dict[str, Any] = Field(default_factory=dict)


class ThreadUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    persona: Persona | None = None
    metadata: dict[str, Any] | None = None


def thread_store(request: Request) -> ThreadStore:
    return request.app.state.threads  # type: ignore[no-any-return]


Threads = Annotated[ThreadStore, Depends(thread_store)]


async def owned_thread(thread_id: str, user: CurrentUser, threads: Threads) -> ThreadRecord:
    """The caller's thread `thread_id`, or a 404."""
    try:
        return await threads.owned(thread_id, user)
    except THREAD_ERRORS as exc:
        raise http_error(exc) from exc


OwnedThread = Annotated[ThreadRecord, Depends(owned_thread)]


async def while_idle(request: Request, thread: OwnedThread) -> Any:
    """Holds the caller's thread's run lock while its history changes, so no answer
    starts meanwhile; a 409 when it is answering now (in any process)."""
    chat: ThreadedChat = request.app.state.chat
    try:
        async with chat.run_locks.hold(thread.thread_id, wait=False):
            yield thread
    except ThreadBusy as exc:
        raise HTTPException(
            409, f"the thread is answering a message; {request.method.lower()} it once it is done"
        ) from exc


IdleThread = Annotated[ThreadRecord, Depends(while_idle)]


def persona_of(body: ThreadCreate) -> dict[str, Any]:
    persona = body.persona or Persona()
    if body.system_prompt:
        persona = persona.model_copy(update={"system_prompt": body.system_prompt})
    return persona.model_dump(exclude_none=True, exclude_defaults=True)


@router.post("", status_code=201)
async def create_thread(body: ThreadCreate, user: CurrentUser, threads: Threads) -> dict[str, Any]:
    """A new, empty thread with an unguessable id."""
    record = await threads.create(
        user, title=body.title, persona=persona_of(body), metadata=body.metadata
    )
    return record.public()


@router.get("")
async def list_threads(
    user: CurrentUser,
    threads: Threads,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """The caller's threads, most recently active first."""
    page = await threads.list_owned(user, limit + 1, offset)
    return {
        "threads": [r.public() for r in page[:limit]],
        "next_offset": offset + limit if len(page) > limit else None,
    }


@router.get("/{thread_id}")
async def get_thread(request: Request, thread: OwnedThread) -> dict[str, Any]:
    """The thread's metadata and its whole history, with sources and moderation."""
    chat: ThreadedChat = request.app.state.chat
    return {**thread.public(), "messages": await chat.history(thread.thread_id)}


@router.patch("/{thread_id}")
async def update_thread(
    body: ThreadUpdate, thread: OwnedThread, threads: Threads
) -> dict[str, Any]:
    """Rename the thread, or change its persona or metadata."""
    changes: dict[str, Any] = body.model_dump(exclude_unset=True, exclude_none=True)
    if body.persona is not None:
        changes["persona"] = body.persona.model_dump(exclude_none=True, exclude_defaults=True)
    record = await threads.update(thread, **changes)
    return record.public()


@router.delete("/{thread_id}/messages", status_code=204)
async def clear_history(thread: IdleThread, threads: Threads) -> Response:
    """Remove the thread's history (its checkpoints); the thread, its title and persona stay."""
    await threads.clear_history(thread.thread_id)
    return Response(status_code=204)


@router.delete("/{thread_id}", status_code=204)
async def delete_thread(thread: IdleThread, threads: Threads) -> Response:
    """Delete the thread and every checkpoint it has."""
    await threads.delete(thread.thread_id)
    return Response(status_code=204)
