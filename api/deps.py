"""The typed dependencies of the routers: the running service, the caller, and the
caller's thread. Routers take these instead of reading `app.state`."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from starlette.applications import Starlette
from starlette.requests import HTTPConnection

from api.auth import authenticate, presented_key
from service.chat import ChatService
from storage import ThreadRecord


def service_of(app: Starlette) -> ChatService:
    """The service the lifespan opened (a 503 while the app is starting or stopping)."""
    service: ChatService | None = getattr(app.state, "service", None)
    if service is None:
        raise HTTPException(503, "the service is not running", headers={"Retry-After": "1"})
    return service


def get_service(connection: HTTPConnection) -> ChatService:
    return service_of(connection.app)


Service = Annotated[ChatService, Depends(get_service)]


def current_user(request: Request, service: Service) -> str:
    """The authenticated user of an HTTP request (also remembered on `request.state`)."""
    user = authenticate(service.keyring, presented_key(request.headers))
    request.state.user = user
    return user


CurrentUser = Annotated[str, Depends(current_user)]


async def count_write(user: CurrentUser, service: Service) -> None:
    """Counts a change that is not a chat run (creating, changing, clearing or deleting
    a thread) against the caller's write rate limit: 429 when over it."""
    await service.rate_limit.hit_write(user, "threads")


#: The dependency of every route that creates or changes a thread without running it.
CountedWrite = Depends(count_write)


async def owned_thread(thread_id: str, user: CurrentUser, service: Service) -> ThreadRecord:
    """The caller's thread `thread_id`; another user's is a 404, like a missing one."""
    return await service.thread(thread_id, user)


OwnedThread = Annotated[ThreadRecord, Depends(owned_thread)]
