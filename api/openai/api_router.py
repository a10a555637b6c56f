"""The OpenAI-compatible HTTP routes: `POST /v1/chat/completions` (whole or streamed)
and `GET /v1/models`, with the same API keys, rate limit and thread ownership as
`/chat`; every error in OpenAI's shape."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from api.auth import current_user
from api.chat import authorize_run
from api.openai.protocol import SERVED_MODEL, THREAD_HEADER, ModelCard, ModelList
from api.openai.serving import (
    OpenAIError,
    complete,
    from_http,
    parse_request,
    requested_thread,
    stream_completion,
)
from graph.served import ThreadedChat

router = APIRouter(prefix="/v1", tags=["openai"])


def chat_of(request: Request) -> ThreadedChat:
    chat: ThreadedChat = request.app.state.chat
    return chat


def error_response(error: OpenAIError) -> JSONResponse:
    return JSONResponse(error.body.model_dump(), error.status, headers=error.headers)


@router.get("/models")
async def list_models(request: Request) -> Response:
    """The one model served: the chat graph."""
    try:
        current_user(request)
    except HTTPException as exc:
        return error_response(from_http(exc))
    return JSONResponse(ModelList(data=[ModelCard(id=SERVED_MODEL)]).model_dump())


@router.post("/chat/completions")
async def create_chat_completion(request: Request) -> Response:
    """One turn on the thread named by `X-Thread-ID` (or `metadata.thread_id`), or on a
    fresh thread holding the request's messages; the response names the thread."""
    chat = chat_of(request)
    try:
        user = current_user(request)
        try:
            body = await request.json()
        except ValueError as exc:
            raise OpenAIError(400, f"the body is not valid JSON: {exc}") from exc
        completion_request, turns = parse_request(body, chat)
        wanted = requested_thread(completion_request, request.headers.get(THREAD_HEADER))
        thread_id = await authorize_run(request.app.state, user, wanted, "chat_completions")
    except HTTPException as exc:
        return error_response(from_http(exc))
    except OpenAIError as exc:
        return error_response(exc)
    headers = {THREAD_HEADER: thread_id}
    if completion_request.stream:
        return StreamingResponse(
            stream_completion(chat, turns, thread_id, user),
            media_type="text/event-stream",
            headers={**headers, "Cache-Control": "no-cache"},
        )
    try:
        completion = await complete(chat, turns, thread_id, user)
    except OpenAIError as exc:
        return error_response(exc)
    return JSONResponse(completion.model_dump(mode="json"), headers=headers)
