"""Users rate answers: thumbs up or down, with an optional comment, by the thread's
owner, once per answer (a second rating is a 409: a rating is a record, not a toggle).
Counted in `/metrics`, shown in the thread's history, exported for evaluation sets."""

from __future__ import annotations

from typing import Any, Literal

from prometheus_client import Counter

from service.turns import MessageNotFound, ThreadedChat
from storage.feedback import Feedback, FeedbackStore

Score = Literal["up", "down"]

FEEDBACK_GIVEN = Counter("threadline_feedback_total", "Answers rated by their users", ["score"])


class NotAnAnswer(ValueError):
    """Feedback is for the assistant's answers, not the user's own messages (422)."""

    def __init__(self, message_id: str) -> None:
        super().__init__(f"message {message_id!r} is a user message: feedback is given on answers")


async def rate_answer(
    chat: ThreadedChat,
    store: FeedbackStore,
    thread_id: str,
    owner: str,
    message_id: str,
    score: Score,
    comment: str,
) -> Feedback:
    """Rate an answer of the owner's thread (the caller checked the ownership), with the
    question it answered kept beside it."""
    history = await chat.history(thread_id)
    position = next((i for i, m in enumerate(history) if m["id"] == message_id), None)
    if position is None:
        raise MessageNotFound(message_id)
    if history[position]["type"] != "ai":
        raise NotAnAnswer(message_id)
    question = next(
        (m["content"] for m in reversed(history[:position]) if m["type"] == "human"), ""
    )
    record = await store.add(
        thread_id, message_id, owner, score, comment, question, history[position]["content"]
    )
    FEEDBACK_GIVEN.labels(score).inc()
    return record


def with_feedback(
    messages: list[dict[str, Any]], ratings: dict[str, Feedback]
) -> list[dict[str, Any]]:
    """The history's message views, each rated answer with its `feedback`."""
    return [
        {**m, "feedback": ratings[m["id"]].public()} if m["id"] in ratings else m for m in messages
    ]
