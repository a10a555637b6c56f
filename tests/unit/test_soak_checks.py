"""The crash soak's check of a thread against its journal (bench/perf/soak.py) finds
each kind of damage, so a soak that reports none has looked."""

from __future__ import annotations

from typing import Any

from bench.perf.soak import Thread, Turn, check_thread


def journal(*outcomes: str) -> Thread:
    thread = Thread("t")
    for n, outcome in enumerate(outcomes, 1):
        thread.turns.append(Turn(f"q{n}", "invoke", outcome, answer=f"a{n}"))
    return thread


def stored(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    messages = []
    for n, (question, answer) in enumerate(pairs):
        messages.append({"id": f"h{n}", "type": "human", "content": question})
        if answer:
            messages.append({"id": f"a{n}", "type": "ai", "content": answer})
    return messages


def kinds(problems: list[str]) -> set[str]:
    return {p.split(":", 1)[0] for p in problems}


def test_a_whole_thread_passes() -> None:
    thread = journal("acked", "unknown", "acked")
    assert check_thread(thread, True, stored(("q1", "a1"), ("q3", "a3")), "title") == []
    assert check_thread(thread, True, stored(("q1", "a1"), ("q2", "x"), ("q3", "a3")), "t") == []


def test_each_kind_of_damage_is_found() -> None:
    thread = journal("acked", "unknown", "acked")
    assert kinds(check_thread(thread, True, stored(("q1", "a1")), "t")) == {"lost"}
    twice = stored(("q1", "a1"), ("q1", "a1"), ("q3", "a3"))
    assert "duplicated" in kinds(check_thread(thread, True, twice, "t"))
    assert kinds(check_thread(thread, True, stored(("q1", "a1"), ("q3", "")), "t")) == {"torn"}
    assert kinds(check_thread(thread, True, stored(("q3", "a3"), ("q1", "a1")), "t")) == {
        "reordered"
    }
    assert kinds(check_thread(thread, True, stored(("q1", "a1"), ("q3", "other")), "t")) == {
        "wrong-answer"
    }
    foreign = stored(("q1", "a1"), ("nobody", "x"), ("q3", "a3"))
    assert kinds(check_thread(thread, True, foreign, "t")) == {"foreign"}
    assert kinds(check_thread(thread, True, stored(("q1", "a1"), ("q3", "a3")), "")) == {"untitled"}
    assert kinds(check_thread(thread, False, [], "")) == {"missing-thread"}


def test_a_thread_nobody_was_told_about_may_be_missing() -> None:
    assert check_thread(journal("unknown", "refused"), False, [], "") == []
