"""Users' ratings of answers: the `feedback` table, one SQL text for SQLite and
PostgreSQL. One rating per answer; it goes with its thread (deleted, pruned or
cleared). The question and the answer are kept with it, as the thread stored them
(moderated), so an export is an evaluation set on its own."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from storage.threads import Database

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS feedback (
        thread_id   TEXT NOT NULL,
        message_id  TEXT NOT NULL,
        owner       TEXT NOT NULL,
        score       TEXT NOT NULL,
        comment     TEXT NOT NULL DEFAULT '',
        question    TEXT NOT NULL DEFAULT '',
        answer      TEXT NOT NULL DEFAULT '',
        created_at  DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (thread_id, message_id)
    )""",
    "CREATE INDEX IF NOT EXISTS feedback_by_time ON feedback (created_at)",
)

COLUMNS = "thread_id, message_id, owner, score, comment, question, answer, created_at"


class FeedbackExists(RuntimeError):
    """An answer is rated once (409): the rating stands as given."""

    def __init__(self, message_id: str) -> None:
        super().__init__(f"message {message_id!r} already has feedback; it is given once")


@dataclass(frozen=True)
class Feedback:
    thread_id: str
    message_id: str
    owner: str
    score: str
    comment: str
    question: str
    answer: str
    created_at: float

    def public(self) -> dict[str, Any]:
        """What the thread's history shows under the answer."""
        return {"score": self.score, "comment": self.comment, "time": self.created_at}

    def export(self) -> dict[str, Any]:
        """One line of `threadline feedback export`."""
        row = asdict(self)
        return {
            "thread": row["thread_id"],
            "message": row["message_id"],
            "question": row["question"],
            "answer": row["answer"],
            "score": row["score"],
            "comment": row["comment"],
            "time": row["created_at"],
        }


class FeedbackStore:
    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.clock = clock

    async def setup(self) -> None:
        for statement in SCHEMA:
            await self.db.query(statement)

    async def add(
        self,
        thread_id: str,
        message_id: str,
        owner: str,
        score: str,
        comment: str,
        question: str,
        answer: str,
    ) -> Feedback:
        """Rate an answer; `FeedbackExists` when it already is (one statement: two
        ratings sent at once cannot both be kept)."""
        record = Feedback(
            thread_id, message_id, owner, score, comment, question, answer, self.clock()
        )
        rows = await self.db.query(
            f"INSERT INTO feedback ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (thread_id, message_id) DO NOTHING RETURNING message_id",
            (
                record.thread_id,
                record.message_id,
                record.owner,
                record.score,
                record.comment,
                record.question,
                record.answer,
                record.created_at,
            ),
        )
        if not rows:
            raise FeedbackExists(message_id)
        return record

    async def of_thread(self, thread_id: str, owner: str) -> dict[str, Feedback]:
        """The ratings of the owner's thread, by message id."""
        rows = await self.db.query(
            f"SELECT {COLUMNS} FROM feedback WHERE thread_id = ? AND owner = ?",
            (thread_id, owner),
        )
        return {r["message_id"]: Feedback(**r) for r in rows}

    async def all(self, owner: str | None = None) -> list[Feedback]:
        """Every rating (or one owner's), oldest first: for the operator's export."""
        if owner is None:
            rows = await self.db.query(f"SELECT {COLUMNS} FROM feedback ORDER BY created_at")
        else:
            rows = await self.db.query(
                f"SELECT {COLUMNS} FROM feedback WHERE owner = ? ORDER BY created_at", (owner,)
            )
        return [Feedback(**r) for r in rows]

    async def forget_thread(self, thread_id: str) -> None:
        await self.db.query("DELETE FROM feedback WHERE thread_id = ?", (thread_id,))
