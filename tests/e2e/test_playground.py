"""LangServe's chat playground at `/chat/playground/` in a real headless Chromium, against
the real server: it accepts the served runnable, streams the answer in, and resends the
history, so each answer of a three-turn conversation knows the turns before it (and
the thread holds each turn once)."""

from __future__ import annotations

import time

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS
from tests.integration.conftest import RunningServer

#: How long an answer that has begun may show no progress before the test gives up on
#: it, and the cap on a whole answer (the first one includes the server's first run):
#: a loaded 2-core machine is slow, not stuck, so the wait ends on the answer being
#: complete, and only a stall or the cap fails it.
STALL_S = 90.0
ANSWER_CAP_S = 300.0
PAGE_TIMEOUT_MS = 120_000


def answer_as_it_streams(page: Page, final_text: str) -> list[str]:
    """Every distinct text the newest message showed until it held `final_text` (the
    answer is complete). The playground lists messages newest first in the DOM (and
    shows them oldest first)."""
    box = page.locator("div.group textarea").first
    seen: list[str] = []
    start = last_progress = time.monotonic()
    while True:
        text = box.input_value() if box.count() else ""
        now = time.monotonic()
        if text and (not seen or seen[-1] != text):
            seen.append(text)
            last_progress = now
        if text == final_text:
            return seen
        stalled = bool(seen) and now - last_progress > STALL_S  # begun, then stopped
        if stalled or now - start > ANSWER_CAP_S:
            raise AssertionError(
                f"the answer never became {final_text!r} ({now - start:.0f} s, "
                f"{now - last_progress:.0f} s without progress); last seen {seen[-1:]}"
            )
        time.sleep(0.01)


def send(page: Page, text: str) -> None:
    page.get_by_placeholder("Send a message...").fill(text)
    page.keyboard.press("Enter")


def test_chat_playground_streams_and_remembers(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"delay_s": 0.04})  # slow enough to watch it stream
    page.goto(server.url + "/chat/playground/", timeout=PAGE_TIMEOUT_MS)
    expect(page.get_by_text("Start testing your application")).to_be_visible(
        timeout=PAGE_TIMEOUT_MS
    )
    expect(page.get_by_text("only supported for chains")).to_have_count(0)

    send(page, "My name is Ada.")
    first = (
        "I have read 1 user messages. The first was: 'My name is Ada.'. "
        "The latest was: 'My name is Ada.'."
    )
    shown = answer_as_it_streams(page, first)
    assert len(shown) >= 3, f"the answer arrived in one piece, not streamed: {shown}"
    assert all(first.startswith(part) for part in shown)  # it grew, never rewrote itself
    expect(page.locator("div.group select")).to_have_count(2, timeout=PAGE_TIMEOUT_MS)

    send(page, "What is my name?")
    second = (
        "I have read 2 user messages. The first was: 'My name is Ada.'. "
        "The latest was: 'What is my name?'."
    )
    answer_as_it_streams(page, second)
    expect(page.locator("div.group select")).to_have_count(4, timeout=PAGE_TIMEOUT_MS)

    send(page, "And my name again?")
    third = (
        "I have read 3 user messages. The first was: 'My name is Ada.'. "
        "The latest was: 'And my name again?'."
    )
    answer_as_it_streams(page, third)  # the thread holds each turn once
    roles = [box.input_value() for box in page.locator("div.group select").all()]
    assert roles[::-1] == ["human", "ai", "human", "ai", "human", "ai"]
    expect(page.get_by_placeholder("Send a message...")).to_be_enabled(timeout=PAGE_TIMEOUT_MS)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-playground.png"), full_page=True)
