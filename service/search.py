"""Search over what a user's threads say: a case-insensitive substring of a thread's
title or of its messages' text (the current branch, as `GET /threads/{id}` shows it).

There is no full-text index: the threads are read when searched, so the work is
bounded by how many of the user's most recent threads one search reads
(`THREADLINE_SEARCH_SCAN_THREADS`), and a response says whether older ones were left
unread (`truncated`).
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from storage import ThreadRecord

#: Longest query: longer text is no search a person types.
MAX_QUERY_CHARS = 200
#: Matches shown per thread (`match_count` says how many messages matched).
MATCHES_PER_THREAD = 3
#: Histories read at the same time by one search.
SEARCH_CONCURRENCY = 4
#: Characters of context on each side of a match in its snippet.
SNIPPET_CONTEXT = 60


def snippet(text: str, start: int, end: int) -> dict[str, str]:
    """The match at `text[start:end]` with some text on each side, white space folded,
    in three parts a client can show with the match marked (and without parsing any
    markup): `before`, `match`, `after`; `snippet` is the three joined."""

    def folded(piece: str) -> str:
        return re.sub(r"\s+", " ", piece)

    head = max(0, start - SNIPPET_CONTEXT)
    tail = min(len(text), end + SNIPPET_CONTEXT)
    if head > 0:  # start on a word
        head = next((i + 1 for i in range(head, start) if text[i].isspace()), head)
    if tail < len(text):  # end on a word
        tail = next((i for i in range(tail, end, -1) if text[i].isspace()), tail)
    before = ("…" if head > 0 else "") + folded(text[head:start]).lstrip()
    after = folded(text[end:tail]).rstrip() + ("…" if tail < len(text) else "")
    match = folded(text[start:end])
    return {"snippet": before + match + after, "before": before, "match": match, "after": after}


def thread_matches(
    record: ThreadRecord, messages: Sequence[dict[str, Any]], query: str
) -> dict[str, Any] | None:
    """What of this thread matches `query` (its title, its first few messages that
    hold it), or None. Failed-turn records (an error, not something said) are skipped."""
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    matches: list[dict[str, Any]] = []
    count = 0
    for message in messages:
        text = message.get("content") or ""
        if message.get("error") or not isinstance(text, str):
            continue
        found = pattern.search(text)
        if found is None:
            continue
        count += 1
        if len(matches) < MATCHES_PER_THREAD:
            matches.append(
                {
                    "message_id": message["id"],
                    "type": message["type"],
                    **snippet(text, found.start(), found.end()),
                }
            )
    title_match = bool(pattern.search(record.title))
    if not matches and not title_match:
        return None
    return {
        "thread_id": record.thread_id,
        "title": record.title,
        "updated_at": record.updated_at,
        "title_match": title_match,
        "match_count": count,
        "matches": matches,
    }


async def search_threads(
    records: Sequence[ThreadRecord],
    history: Callable[[str], Awaitable[list[dict[str, Any]]]],
    query: str,
    limit: int,
) -> list[dict[str, Any]]:
    """The threads among `records` (in their order) whose title or messages hold
    `query`, at most `limit`; their histories are read `SEARCH_CONCURRENCY` at a time."""
    gate = asyncio.Semaphore(SEARCH_CONCURRENCY)

    async def one(record: ThreadRecord) -> dict[str, Any] | None:
        async with gate:
            return thread_matches(record, await history(record.thread_id), query)

    found = await asyncio.gather(*(one(r) for r in records))
    return [f for f in found if f is not None][:limit]
