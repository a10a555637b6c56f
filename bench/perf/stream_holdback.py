"""Streaming hold-back: time to first shown token, safe policy against optimistic,
for prose from a provider at 30 tokens/s (a fake model: tokens are the words of
docs/guide/, each with its leading space), and how far the shown text lags the draft.

    python -m bench.perf.stream_holdback
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from graph.moderation.moderator import Moderator
from settings import DEFAULT_DOCS_DIR

TOKENS_PER_SECOND = 30


def answers(count: int = 200, words: int = 60) -> list[list[str]]:
    """Prose answers as token lists, cut from the user guide."""
    text = " ".join(p.read_text() for p in sorted(DEFAULT_DOCS_DIR.rglob("*.md")))
    tokens = [" " + w for w in text.split()]
    return [t for i in range(count) if (t := tokens[i * words : (i + 1) * words])]


def first_shown(moderator: Moderator, tokens: list[str]) -> tuple[int, float]:
    """The token at which something is first shown, and the mean lag in tokens."""
    guard, draft, first, lags = moderator.guard(), "", -1, []
    for n, token in enumerate(tokens):
        draft += token
        guard.feed(draft)
        if first < 0 and guard.released:
            first = n
        lags.append(len(draft[guard.released :].split()))
    return first, statistics.mean(lags)


def main() -> None:
    results = {}
    for name, moderator in {
        "optimistic": Moderator(optimistic_streaming=True, injection=None),
        "safe": Moderator(injection=None),
    }.items():
        runs = [first_shown(moderator, tokens) for tokens in answers()]
        firsts = sorted(r[0] for r in runs)
        results[name] = {
            "ttft_ms_median": round((statistics.median(firsts) + 1) * 1000 / TOKENS_PER_SECOND, 1),
            "ttft_tokens_max": firsts[-1] + 1,
            "mean_lag_tokens": round(statistics.mean(r[1] for r in runs), 3),
        }
    out = Path("bench/results/stream_holdback.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
