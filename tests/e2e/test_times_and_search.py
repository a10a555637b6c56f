"""The chat page in a real headless Chromium against the real server and the fake
model: every message shows the time the server stored it, also after a reload (and a
message stored before times were kept still shows, without one); the search box finds
a word said only inside an old answer of another chat and opens that chat at it.
Screenshots go to tests/artifacts/."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import httpx
from playwright.sync_api import Page, WebSocketRoute, expect

from tests.e2e.test_daily_use import shot, wait_answered
from tests.e2e.test_web_page import open_new_thread, send
from tests.integration.conftest import RunningServer

#: The time of a message stored on an earlier day (and year).
LAST_YEAR = datetime(2025, 3, 4, 10, 5, tzinfo=UTC)


def stored_times(server: RunningServer, thread_id: str) -> list[datetime]:
    messages = httpx.get(f"{server.url}/threads/{thread_id}").json()["messages"]
    return [datetime.fromisoformat(m["created_at"]) for m in messages]


def shown_times(page: Page) -> list[datetime | None]:
    """The `datetime` of each message's time on the page (None: it shows no time)."""
    values = page.eval_on_selector_all(
        "#messages .message",
        "items => items.map(i => i.querySelector('time.when')?.dateTime ?? null)",
    )
    return [None if v is None else datetime.fromisoformat(v.replace("Z", "+00:00")) for v in values]


def same_instants(shown: list[datetime | None], stored: list[datetime]) -> bool:
    return len(shown) == len(stored) and all(
        s is not None and abs(s - t) < timedelta(milliseconds=1)
        for s, t in zip(shown, stored, strict=True)
    )


def test_earlier_messages_show_the_time_they_were_stored_after_a_reload(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    open_new_thread(page, server)
    send(page, "first question")
    wait_answered(page, 1)
    send(page, "second question")
    wait_answered(page, 2)
    thread_id = page.url.split("#", 1)[1]
    stored = stored_times(server, thread_id)
    assert len(stored) == 4 and stored == sorted(stored)
    # live too: the answer's end brings its stored time and its question's
    assert same_instants(shown_times(page), stored), (shown_times(page), stored)

    page.reload()
    expect(page.locator("#status")).to_have_text("connected")
    expect(page.locator("#messages .message")).to_have_count(4)
    expect(page.locator("#messages .message time.when")).to_have_count(4)
    assert same_instants(shown_times(page), stored), (shown_times(page), stored)
    shot(page, "message-times-after-reload.png")

    # a message stored before the server kept times (no created_at) is shown, timeless;
    # one of an earlier year says its day too
    def older(socket: WebSocketRoute) -> None:
        upstream = socket.connect_to_server()

        def from_server(message: str | bytes) -> None:
            frame = json.loads(message)
            if frame.get("type") == "history" and frame["messages"]:
                frame["messages"][0].pop("created_at", None)
                frame["messages"][1]["created_at"] = LAST_YEAR.isoformat()
            socket.send(json.dumps(frame))

        upstream.on_message(from_server)

    page.route_web_socket(re.compile(r"/ws/chat/"), older)
    page.reload()
    expect(page.locator("#status")).to_have_text("connected")
    expect(page.locator("#messages .message")).to_have_count(4)
    expect(page.locator("#messages .message.human .body").first).to_have_text("first question")
    shown = shown_times(page)
    assert shown[0] is None and same_instants(shown[2:], stored[2:]), shown
    assert shown[1] == LAST_YEAR
    expect(page.locator("#messages .message time.when").first).to_contain_text("2025")
    shot(page, "message-times-old-messages.png")


def test_a_word_only_in_an_old_answer_finds_and_opens_its_chat(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    answer = "The quokkaflux setting is <img src=x onerror=alert(1)> described in the guide."
    fake.post("/control", json={"answers": [answer]})
    open_new_thread(page, server)
    send(page, "where is the rollback switch?")
    wait_answered(page, 1)
    old_thread = page.url.split("#", 1)[1]
    for n in range(16):  # the match ends up among the older messages, painted last
        said = httpx.post(
            f"{server.url}/threads/{old_thread}/messages", json={"content": f"more {n}"}
        )
        assert said.status_code == 200, said.text
    page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    send(page, "something else entirely")
    wait_answered(page, 1)
    expect(page.locator("#thread-title")).to_have_text("something else entirely")

    page.fill("#thread-search", "QUOKKAFLUX")  # as typed: any case
    expect(page.locator("#thread-list li.thread")).to_have_count(0)  # no title holds it
    found = page.locator("#content-results button.result")
    expect(found).to_have_count(1)
    expect(page.locator("#content-search-title")).to_be_visible()
    expect(page.locator("#threads-empty")).to_be_hidden()  # a message matched
    expect(page.locator("#content-results .result-title")).to_have_text(
        "where is the rollback switch?"
    )
    expect(found.locator("mark")).to_have_text("quokkaflux")
    expect(found).to_contain_text("Assistant: The quokkaflux setting is <img src=x")
    assert page.locator("#content-results img").count() == 0  # shown as text, never markup
    expect(page.locator("#content-search-status")).to_contain_text("1 conversation mentions")
    shot(page, "search-in-messages.png")

    page.focus("#thread-search")
    page.keyboard.press("Tab")  # no title matched: the next stop is the message found
    expect(found).to_be_focused()
    found.click()
    expect(page.locator("#thread-title")).to_have_text("where is the rollback switch?")
    assert page.url.endswith(f"#{old_thread}")
    expect(page.locator("#messages .message")).to_have_count(34)
    target = page.locator("#messages .message.ai", has_text="quokkaflux")
    expect(target).to_have_class(re.compile(r"\bfound\b"))
    expect(target).to_be_in_viewport()
    expect(page.locator("#jump")).to_be_visible()  # the reader is left there, not at the end
    shot(page, "search-opened-at-the-match.png")

    page.fill("#thread-search", "q")  # one character: titles only, no message search
    expect(page.locator("#content-search")).to_be_hidden()
    expect(page.locator("#content-search-status")).to_have_text("")
    page.fill("#thread-search", "")
