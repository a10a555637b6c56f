"""The OpenAI-compatible HTTP routes: `POST /v1/chat/completions` (whole or streamed)
and `GET /v1/models`, with the same API keys, rate limit and thread ownership as
`/chat`; every error in OpenAI's shape."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from api.deps import current_user, service_of
from api.openai.protocol import (
    CHAT_ID_HEADER,
    SERVED_MODEL,
    STRATEGY_HEADER,
    THREAD_HEADER,
    ModelCard,
    ModelList,
)
from api.openai.serving import (
    OpenAIError,
    complete,
    from_run_error,
    parse_request,
    requested_thread,
    stream_completion,
)
from service.turns import checked_strategy

router = APIRouter(prefix="/v1", tags=["openai"])


def error_response(error: OpenAIError) -> JSONResponse:
    return JSONResponse(error.body.model_dump(), error.status, headers=error.headers)


@router.get("/models")
async def list_models(request: Request) -> Response:
    """The one model served: the chat graph."""
    try:
        current_user(request, service_of(request.app))
    except Exception as exc:
        return error_response(from_run_error(exc))
    return JSONResponse(ModelList(data=[ModelCard(id=SERVED_MODEL)]).model_dump())


@router.post("/chat/completions")
async def create_chat_completion(request: Request) -> Response:
    """One turn on the thread named by `X-Thread-ID` (or `metadata.thread_id`), or on a
    fresh thread holding the request's messages; the response names the thread."""
    try:
        service = service_of(request.app)
        user = current_user(request, service)
        try:
            body = await request.json()
        except ValueError as exc:
            raise OpenAIError(400, f"the body is not valid JSON: {exc}") from exc
        completion_request, turns, options = parse_request(body, service.chat)
        wanted = requested_thread(
            completion_request,
            request.headers.get(THREAD_HEADER),
            request.headers.get(CHAT_ID_HEADER),
        )
        strategy = checked_strategy(request.headers.get(STRATEGY_HEADER, service.chat.busy_thread))
        # a system message the thread would refuse is a 400 before the rate limit counts
        await service.check_system_prompt(user, wanted, options.system_prompt)
        thread_id = await service.admit_run(user, wanted, "chat_completions", strategy)
    except OpenAIError as exc:
        return error_response(exc)
    except Exception as exc:
        return error_response(from_run_error(exc))
    headers = {THREAD_HEADER: thread_id}
    if completion_request.stream:
        include_usage = bool(
            completion_request.stream_options and completion_request.stream_options.include_usage
        )
        return StreamingResponse(
            stream_completion(
                service.chat, turns, thread_id, user, options, include_usage, strategy
            ),
            media_type="text/event-stream",
            headers={**headers, "Cache-Control": "no-cache"},
        )
    try:
        completion = await complete(service.chat, turns, thread_id, user, options, strategy)
    except OpenAIError as exc:
        return error_response(exc)
    return JSONResponse(completion.model_dump(mode="json"), headers=headers)
