"""The threads API: a user's conversations, their titles and personas, their history.

Another user's thread is a 404, exactly like a missing one.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from api.deps import CountedWrite, CurrentUser, OwnedThread, Service
from graph.context import MAX_SYSTEM_PROMPT_CHARS, Persona
from service.feedback import rate_answer
from service.search import MAX_QUERY_CHARS

router = APIRouter(prefix="/threads", tags=["threads"])

Title = Annotated[str, Field(max_length=200)]


class ThreadCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title = ""
    persona: Persona | None = None
    system_prompt: str | None = Field(
        None,
        min_length=1,
        max_length=MAX_SYSTEM_PROMPT_CHARS,
        description="Shorthand for persona.system_prompt.",
    )
    metadata: dict[str, Any] = Field(default_factory=dict)


class ThreadUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    persona: Persona | None = None
    metadata: dict[str, Any] | None = None
    collections: list[Annotated[str, Field(min_length=1, max_length=64)]] | None = Field(
        None,
        max_length=50,
        description="The document collections the thread searches; [] for the default "
        "(every shared collection and your own).",
    )


def persona_of(body: ThreadCreate) -> dict[str, Any]:
    persona = body.persona or Persona()
    if body.system_prompt:
        persona = persona.model_copy(update={"system_prompt": body.system_prompt})
    return persona.model_dump(exclude_none=True, exclude_defaults=True)


@router.post("", status_code=201, dependencies=[CountedWrite])
async def create_thread(body: ThreadCreate, user: CurrentUser, service: Service) -> dict[str, Any]:
    """A new, empty thread with an unguessable id."""
    record = await service.threads.create(
        user, title=body.title, persona=persona_of(body), metadata=body.metadata
    )
    return record.public()


@router.get("")
async def list_threads(
    user: CurrentUser,
    service: Service,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """The caller's threads, most recently active first."""
    page = await service.threads.list_owned(user, limit + 1, offset)
    return {
        "threads": [r.public() for r in page[:limit]],
        "next_offset": offset + limit if len(page) > limit else None,
    }


@router.get("/search")
async def search_threads(
    user: CurrentUser,
    service: Service,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUERY_CHARS,
            description="Text to find in your threads' titles and messages (any case).",
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=50, description="Most threads returned.")] = 20,
) -> dict[str, Any]:
    """Your threads whose title or messages hold `q`, most recently active first, each
    with up to three matching messages (id, type, a snippet around the match). Only your
    most recent threads are read (`scanned`; `truncated`: older ones were not)."""
    if not q.strip():
        raise HTTPException(422, "q must hold something to search for, not only spaces")
    return await service.search(user, q.strip(), limit)


@router.get("/{thread_id}")
async def get_thread(thread: OwnedThread, service: Service) -> dict[str, Any]:
    """The thread's metadata, the collections it searches, and its whole history, with
    sources and moderation."""
    return {
        **thread.public(),
        "collections": await service.documents.search_scope(thread.thread_id, thread.owner),
        "messages": await service.history(thread.thread_id, thread.owner),
    }


@router.patch("/{thread_id}", dependencies=[CountedWrite])
async def update_thread(
    body: ThreadUpdate, thread: OwnedThread, service: Service
) -> dict[str, Any]:
    """Rename the thread, change its persona or metadata, or the collections it searches."""
    changes: dict[str, Any] = body.model_dump(
        exclude_unset=True, exclude_none=True, exclude={"collections"}
    )
    if body.persona is not None:
        changes["persona"] = body.persona.model_dump(exclude_none=True, exclude_defaults=True)
    record = await service.threads.update(thread, **changes)
    if body.collections is not None:
        await service.documents.set_thread_collections(
            thread.thread_id, thread.owner, body.collections
        )
    scope = await service.documents.search_scope(thread.thread_id, thread.owner)
    return {**record.public(), "collections": scope}


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: str = Field(..., min_length=1, description="The user's new message.")
    multitask_strategy: str | None = Field(
        None,
        description="When the thread is still answering: reject (409), enqueue, interrupt "
        "or rollback; the server's THREADLINE_BUSY_THREAD when absent.",
    )


@router.post("/{thread_id}/messages")
async def send_message(
    body: MessageCreate, thread: OwnedThread, service: Service
) -> dict[str, Any]:
    """Answer a new message on the thread (the whole answer, as the history shows it)."""
    strategy = service.chat.strategy_of({"configurable": body.model_dump()})
    await service.admit_run(thread.owner, thread.thread_id, "threads", strategy)
    answer = await service.chat.ainvoke(
        {"messages": [{"type": "human", "content": body.content}]},
        {
            "configurable": {
                "thread_id": thread.thread_id,
                "user_id": thread.owner,
                "multitask_strategy": strategy,
            }
        },
    )
    return answer_view(answer)


class FeedbackCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: Literal["up", "down"]
    comment: str = Field("", max_length=2000)


@router.post(
    "/{thread_id}/messages/{message_id}/feedback", status_code=201, dependencies=[CountedWrite]
)
async def give_feedback(
    message_id: str, body: FeedbackCreate, thread: OwnedThread, service: Service
) -> dict[str, Any]:
    """Rate an answer of the thread, once: 409 for a second rating, 422 on a user
    message, 404 for a message not in the thread."""
    record = await rate_answer(
        service.chat,
        service.storage.feedback,
        thread.thread_id,
        thread.owner,
        message_id,
        body.score,
        body.comment,
    )
    return {"thread_id": thread.thread_id, "message_id": message_id, **record.public()}


class Regenerate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    multitask_strategy: str | None = None


class MessageEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    content: str = Field(..., min_length=1, description="The message as it should have been.")
    multitask_strategy: str | None = None


class BranchChoice(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message_id: str = Field(..., description="An answer of the current branch with alternatives.")
    index: int = Field(..., ge=1, description="Which alternative (1-based, oldest first).")


def answer_view(answer: Any) -> dict[str, Any]:
    return {
        "id": answer.id,
        "type": "ai",
        "content": answer.content,
        **{k: v for k, v in answer.response_metadata.items() if k != "thread_id"},
    }


@router.post("/{thread_id}/regenerate")
async def regenerate(body: Regenerate, thread: OwnedThread, service: Service) -> dict[str, Any]:
    """A new answer to the last question, in a new branch (the earlier answer is kept
    as an alternative). A 422 on a thread with nothing to regenerate."""
    strategy = service.chat.strategy_of({"configurable": body.model_dump()})
    await service.admit_run(thread.owner, thread.thread_id, "threads", strategy)
    answer = await service.chat.regenerate(thread.thread_id, thread.owner, strategy)
    return answer_view(answer)


@router.post("/{thread_id}/messages/{message_id}/edit")
async def edit_message(
    message_id: str, body: MessageEdit, thread: OwnedThread, service: Service
) -> dict[str, Any]:
    """Change one of your earlier messages: it is answered in a new branch from the point
    before it; the turns after it stay in the earlier branch."""
    strategy = service.chat.strategy_of({"configurable": body.model_dump()})
    await service.admit_run(thread.owner, thread.thread_id, "threads", strategy)
    answer = await service.chat.edit(
        thread.thread_id, thread.owner, message_id, body.content, strategy
    )
    return answer_view(answer)


@router.post("/{thread_id}/branch", dependencies=[CountedWrite])
async def switch_branch(
    body: BranchChoice, thread: OwnedThread, service: Service
) -> dict[str, Any]:
    """Make another alternative of an answer current (with the turns that followed it);
    returns the thread as `GET /threads/{id}` does. A 409 while the thread answers."""
    async with service.idle(thread.thread_id):
        await service.chat.switch_branch(thread.thread_id, body.message_id, body.index)
    return await get_thread(thread, service)


@router.post("/{thread_id}/stop", status_code=202, dependencies=[CountedWrite])
async def stop_answer(thread: OwnedThread, service: Service) -> dict[str, Any]:
    """Stop the answer the thread is writing (in whichever process writes it): it keeps
    what was shown, marked stopped. A 409 when the thread is not answering."""
    await service.stop(thread.thread_id, thread.owner)
    return {"thread_id": thread.thread_id, "status": "stopped"}


@router.delete("/{thread_id}/messages", status_code=204, dependencies=[CountedWrite])
async def clear_history(thread: OwnedThread, service: Service) -> Response:
    """Remove the thread's history (its checkpoints); the thread, its title and persona
    stay. A 409 while it is answering."""
    await service.clear_history(thread.thread_id, thread.owner)
    return Response(status_code=204)


@router.delete("/{thread_id}", status_code=204, dependencies=[CountedWrite])
async def delete_thread(thread: OwnedThread, service: Service) -> Response:
    """Delete the thread and every checkpoint it has. A 409 while it is answering."""
    await service.delete(thread.thread_id)
    return Response(status_code=204)
