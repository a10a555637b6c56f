"""LangServe's chat playground at `/chat/playground/` in a real headless Chromium, against
the real server: it accepts the served runnable, streams the answer in, and resends the
history so the second answer knows the first question."""

from __future__ import annotations

import time

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS
from tests.integration.conftest import RunningServer


def answer_as_it_streams(page: Page, final_text: str) -> list[str]:
    """Every distinct text the newest message showed until it held `final_text`. The
    playground lists messages newest first in the DOM (and shows them oldest first)."""
    box = page.locator("div.group textarea").first
    seen: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        text = box.input_value() if box.count() else ""
        if text and (not seen or seen[-1] != text):
            seen.append(text)
        if text == final_text:
            return seen
        time.sleep(0.01)
    raise AssertionError(f"the answer never became {final_text!r}; last seen {seen[-1:]}")


def send(page: Page, text: str) -> None:
    page.get_by_placeholder("Send a message...").fill(text)
    page.keyboard.press("Enter")


def test_chat_playground_streams_and_remembers(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"delay_s": 0.04})  # slow enough to watch it stream
    page.goto(server.url + "/chat/playground/")
    expect(page.get_by_text("Start testing your application")).to_be_visible()
    expect(page.get_by_text("only supported for chains")).to_have_count(0)

    send(page, "My name is Ada.")
    first = (
        "I have read 1 user messages. The first was: 'My name is Ada.'. "
        "The latest was: 'My name is Ada.'."
    )
    shown = answer_as_it_streams(page, first)
    assert len(shown) >= 3, f"the answer arrived in one piece, not streamed: {shown}"
    assert all(first.startswith(part) for part in shown)  # it grew, never rewrote itself
    expect(page.locator("div.group select")).to_have_count(2)

    send(page, "What is my name?")
    second = (
        "I have read 2 user messages. The first was: 'My name is Ada.'. "
        "The latest was: 'What is my name?'."
    )
    answer_as_it_streams(page, second)
    roles = [box.input_value() for box in page.locator("div.group select").all()]
    assert roles[::-1] == ["human", "ai", "human", "ai"]
    expect(page.get_by_placeholder("Send a message...")).to_be_enabled()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-playground.png"), full_page=True)
