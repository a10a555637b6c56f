"""Follow-up questions: which turn leans on an earlier one, and the earlier turns
that name its subject (the search carries them with a smaller weight).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_FOLLOW_UP_WORDS = frozenset(
    """it its this that these those they them their he she his her there one ones also too
    instead same""".split()
)


def is_follow_up(turn: str) -> bool:
    """A turn that leans on an earlier one: short, or referring back with a pronoun."""
    words = re.findall(r"[a-z']+", turn.lower())
    return len(words) <= 6 or bool(_FOLLOW_UP_WORDS.intersection(words))


def subject_turns(
    user_turns: Sequence[str],
    max_earlier: int = 2,
    leans_back: Callable[[int], bool] | None = None,
) -> str | None:
    """The earlier turns that name the conversation's subject: the previous one, or,
    when that one leaned on the turns before it too, the one before (at most
    `max_earlier` turns, oldest first); None for a first turn. `leans_back(i)` says
    whether turn i leaned back (by default: it looks like a follow-up)."""
    if len(user_turns) < 2:
        return None
    earlier: list[str] = []
    for i in range(len(user_turns) - 2, -1, -1):
        earlier.insert(0, user_turns[i].strip())
        if len(earlier) == max_earlier:
            break
        if not (leans_back(i) if leans_back else is_follow_up(user_turns[i])):
            break
    return " ".join(earlier)
