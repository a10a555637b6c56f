"""The chat page in daily use, in a real headless Chromium against the real server and
the fake model: nothing typed is lost (a message sent while an answer streams, while
offline, or refused), reading is never fought (scroll, the end of an answer), Retry
sends what failed, a thread deleted elsewhere is not brought back, answers are easy
to read and reuse, and the page works from the keyboard, on a phone and for screen
readers. Every test was seen failing against the page before these changes; each
state is screenshot to tests/artifacts/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
from playwright.sync_api import Browser, Page, WebSocketRoute, expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_web_page import open_new_thread, send
from tests.integration.conftest import RunningServer, start_server

#: An answer long enough to overflow the message list while it streams.
LONG = "Here is the plan.\n\n" + "\n\n".join(f"Step {i}: keep reading." for i in range(1, 61))


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def humans(page: Page) -> list[str]:
    return page.locator(".message.human .body").all_inner_texts()


def wait_answered(page: Page, count: int) -> None:
    expect(page.locator(".message.ai")).to_have_count(count)
    expect(page.locator(".message.ai.streaming")).to_have_count(0)


def distance_from_bottom(page: Page) -> float:
    return float(
        page.eval_on_selector("#messages", "m => m.scrollHeight - m.scrollTop - m.clientHeight")
    )


def test_a_message_sent_while_an_answer_streams_waits_its_turn(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """Defect 1: the second message is shown as queued, sent when the answer ends; no
    409 box, and the streaming answer is never deleted."""
    fake.post("/control", json={"answers": ["one " * 80], "delay_s": 0.03})
    open_new_thread(page, server)
    send(page, "first question")
    expect(page.locator(".message.ai.streaming")).to_have_count(1)
    page.eval_on_selector(".message.ai.streaming", "item => { window.firstAnswer = item; }")
    send(page, "second question, typed while the first streams")
    waiting = page.locator(".message.human.pending")
    expect(waiting).to_have_count(1)
    expect(waiting).to_contain_text("Queued")
    expect(waiting.locator(".body")).to_have_text("second question, typed while the first streams")
    shot(page, "queued-while-streaming.png")
    expect(page.locator(".message.error")).to_have_count(0)
    wait_answered(page, 2)
    assert page.evaluate("window.firstAnswer.isConnected"), "the streamed answer was replaced"
    expect(page.locator(".message.ai").first).to_contain_text("one one one")
    expect(page.locator(".message.ai").last).to_contain_text("The latest was: 'second question")
    assert humans(page) == ["first question", "second question, typed while the first streams"]
    expect(page.locator(".message.error")).to_have_count(0)
    expect(page.locator(".message.pending")).to_have_count(0)


def test_reading_is_never_fought_and_the_end_of_an_answer_is_shown(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """Defects 2 and 3: scrolling up while an answer streams stays put, with a jump to
    the latest; a reader who follows sees the answer's end (its sources and actions)."""
    fake.post("/control", json={"answers": [LONG, LONG], "delay_s": 0.02})
    open_new_thread(page, server)
    send(page, "How do I install threadline?")
    expect(page.locator(".message.ai.streaming")).to_have_count(1)
    page.wait_for_function(
        "() => { const m = document.querySelector('#messages');"
        " return m.scrollHeight > m.clientHeight + 400; }"
    )
    page.hover("#messages")
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(700)  # several frames of streaming
    assert page.locator(".message.ai.streaming").count() == 1, "the answer ended too soon"
    assert distance_from_bottom(page) > 150, "the page snapped back to the bottom"
    expect(page.locator("#jump")).to_be_visible()
    shot(page, "scrolled-up-while-streaming.png")
    page.click("#jump")
    assert distance_from_bottom(page) < 50
    wait_answered(page, 1)
    # it followed to the end: the sources and the Copy button are in view
    expect(page.locator(".message.ai").last.locator(".sources")).to_be_in_viewport()
    expect(page.locator(".message.ai").last.locator(".copy-answer")).to_be_in_viewport()
    expect(page.locator("#jump")).to_be_hidden()
    shot(page, "answer-end-in-view.png")


def test_retry_sends_the_failed_question_once_and_waits_as_told(
    tmp_path: Path, browser: Browser, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    """Defect 4: a failure, then a second one while the server asks to wait (the circuit
    breaker): one card each; Retry is disabled while it counts down, sends the question
    that failed, shows it once, and the old Retry buttons go after the success."""
    env = {
        **openai_env,
        "THREADLINE_BREAKER_FAILURES": "4",
        "THREADLINE_BREAKER_COOLDOWN_S": "4",
    }
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    context = browser.new_context(viewport={"width": 1100, "height": 760})
    page = context.new_page()
    try:
        fake.post("/control", json={"failures": [503] * 4})
        open_new_thread(page, server)
        send(page, "first question")
        expect(page.locator(".message.error")).to_have_count(1)
        send(page, "second question")  # the breaker is open: refused before it starts
        expect(page.locator(".message.error")).to_have_count(2)
        second = page.locator(".message.error").last
        expect(second).to_contain_text("try again in")
        expect(second.locator("button.retry")).to_be_disabled()
        expect(second.locator("button.retry")).to_have_text(re.compile(r"Retry in \d+ s"))
        expect(page.locator("#input")).to_have_value("second question")  # not lost
        shot(page, "retry-counting-down.png")
        page.fill("#input", "")
        expect(second.locator("button.retry")).to_be_enabled(timeout=15_000)
        second.locator("button.retry").click()
        wait_answered(page, 1)
        expect(page.locator(".message.ai").last).to_contain_text(
            "The latest was: 'second question'"
        )
        expect(page.locator("button.retry")).to_have_count(0)
        assert humans(page) == ["first question", "second question"]
        expect(page.locator(".message.error")).to_have_count(1)  # the first failure, as it was
        shot(page, "retried.png")
    finally:
        context.close()
        server.stop()


def test_a_thread_deleted_in_another_tab_is_not_brought_back(
    server: RunningServer, page: Page, browser: Browser, fake: httpx.Client
) -> None:
    """Defect 5: the tab says the chat was deleted, keeps what was typed, and sends
    nothing that would create the thread again."""
    open_new_thread(page, server)
    send(page, "a thread about to go")
    wait_answered(page, 1)
    thread_id = page.url.split("#", 1)[1]
    other = browser.new_page()
    other.goto(page.url)
    expect(other.locator("#status")).to_have_text("connected")
    other.locator("#thread-list li.active .act").last.click()  # delete, in the other tab
    expect(page.locator("#banner")).to_contain_text("deleted in another tab", timeout=20_000)
    expect(page.locator("#status")).not_to_have_text("connected")
    send(page, "are you still there?")
    expect(page.locator("#input")).to_have_value("are you still there?")
    page.wait_for_timeout(1500)
    shot(page, "thread-deleted-elsewhere.png")
    assert httpx.get(f"{server.url}/threads/{thread_id}").status_code == 404
    other.close()


def test_messages_sent_while_offline_are_kept_and_sent_on_reconnect(
    tmp_path: Path, browser: Browser, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    """Defect 6: a message sent while the server is down waits, marked so, and is sent
    when the connection is back."""
    server = start_server(tmp_path / "data", openai_env, tmp_path / "server.log")
    context = browser.new_context(viewport={"width": 1100, "height": 760})
    page = context.new_page()
    try:
        open_new_thread(page, server)
        server.stop()
        expect(page.locator("#status")).to_have_class("status offline", timeout=15_000)
        send(page, "written while offline")
        waiting = page.locator(".message.human.pending")
        expect(waiting).to_contain_text("Waiting for the connection")
        shot(page, "offline-message-waiting.png")
        page.wait_for_timeout(1000)
        expect(waiting).to_have_count(1)  # still there, not dropped
        port = int(server.url.rsplit(":", 1)[1])
        server = start_server(tmp_path / "data", openai_env, tmp_path / "server.log", port)
        expect(page.locator("#status")).to_have_text("connected", timeout=30_000)
        wait_answered(page, 1)
        expect(page.locator(".message.ai")).to_contain_text(
            "The latest was: 'written while offline'"
        )
        assert humans(page) == ["written while offline"]
        expect(page.locator(".message.pending")).to_have_count(0)
    finally:
        context.close()
        if server.process.poll() is None:
            server.stop()


ANSWER = (
    "See [the guide](https://example.org/guide) for more.\n\n"
    "| setting | default |\n| --- | --- |\n| port | 8000 |\n\n"
    "> Quoted advice.\n\n"
    "```python\ndef hello():\n    return 'hi'\n```\n\nThat is all."
)


def test_answers_are_easy_to_read_and_reuse(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """Links open in a new tab (rel=noopener), tables have borders, blockquotes a bar,
    code is highlighted with its language and a Copy button, the whole answer can be
    copied, the streaming cursor sits inside the text, sources are listed once each
    and open the passage they cite."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    fake.post("/control", json={"answers": ["Streaming **now** " + "word " * 60], "delay_s": 0.03})
    open_new_thread(page, server)
    send(page, "How do I install threadline?")
    expect(page.locator(".message.ai.streaming .body p")).to_have_count(1)
    cursor = page.locator(".message.ai.streaming .cursor")
    expect(cursor).to_have_count(1)
    assert cursor.evaluate("c => Boolean(c.closest('p'))")  # inline, not on its own line
    wait_answered(page, 1)
    fake.post("/control", json={"answers": [ANSWER], "delay_s": 0})
    send(page, "How do I install threadline? Show the settings.")
    wait_answered(page, 2)
    answer = page.locator(".message.ai").last
    link = answer.locator("a", has_text="the guide")
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", re.compile("noopener"))
    width = answer.locator("td").first.evaluate("td => getComputedStyle(td).borderTopWidth")
    assert width != "0px"
    bar = answer.locator(".body blockquote").evaluate("q => getComputedStyle(q).borderLeftWidth")
    assert float(bar.removesuffix("px")) >= 3
    expect(answer.locator(".code-lang")).to_have_text("Python")
    expect(answer.locator("pre code .hljs-keyword").first).to_have_text("def")
    answer.locator(".copy-code").click()
    expect(answer.locator(".copy-code")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == "def hello():\n    return 'hi'\n"
    answer.locator(".copy-answer").click()
    assert page.evaluate("navigator.clipboard.readText()") == ANSWER
    sources = answer.locator(".sources > li")
    names = sources.all_inner_texts()
    assert names and len(names) == len(set(names)), f"sources listed twice: {names}"
    first = sources.first
    first.locator("summary").click()
    passage = first.locator(".passage").first
    expect(passage).to_be_visible()
    expect(passage).not_to_have_text(re.compile("Loading|could not be loaded|no longer"))
    assert len(passage.inner_text()) > 40  # the chunk's text, fetched by its id
    shot(page, "answer-reading.png")


def test_the_thread_list_searches_groups_sorts_renames_and_undoes(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """A blank rename is refused; "+ New chat" does not pile up empty chats; the list
    re-sorts on new messages, is grouped by date and searchable; delete has an undo."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_new_thread(page, server)
    send(page, "alpha topic")
    wait_answered(page, 1)
    page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    send(page, "beta topic")
    wait_answered(page, 1)
    titles = page.locator("#thread-list li.thread .open")
    expect(titles.first).to_have_text("beta topic")
    for _ in range(3):
        page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    untitled = [
        t for t in httpx.get(f"{server.url}/threads?limit=100").json()["threads"] if not t["title"]
    ]
    assert len(untitled) <= 1, f"empty chats piled up: {untitled}"
    page.locator("#thread-list li.thread", has_text="alpha topic").locator(".open").click()
    send(page, "more on alpha")
    wait_answered(page, 2)
    expect(titles.first).to_have_text("alpha topic")  # re-sorted: the latest activity first
    expect(page.locator("#thread-list li.group").first).to_have_text("Today")

    page.locator("#thread-list li.active .act").first.click()
    page.fill("#rename-input", "   ")
    page.keyboard.press("Enter")
    expect(page.locator("#rename-input")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rename-hint")).to_contain_text("cannot be empty")
    page.keyboard.press("Escape")
    expect(page.locator("#thread-list li.active .open")).to_have_text("alpha topic")

    page.fill("#thread-search", "bet")
    expect(titles).to_have_text(["beta topic"])
    page.fill("#thread-search", "")

    beta = page.locator("#thread-list li.thread", has_text="beta topic")
    beta.locator(".act").last.click()
    expect(beta).to_have_count(0)
    expect(page.locator("#toast")).to_contain_text('Deleted "beta topic"')
    shot(page, "thread-deleted-undo.png")
    page.locator("#toast button").click()
    expect(page.locator("#thread-list li.thread", has_text="beta topic")).to_have_count(1)
    page.wait_for_timeout(500)
    ids = [t["title"] for t in httpx.get(f"{server.url}/threads?limit=100").json()["threads"]]
    assert "beta topic" in ids
    assert not dialogs, f"browser dialogs: {dialogs}"


def test_drafts_and_refused_text_stay_in_the_box(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """A message typed and not sent survives a reload, per thread."""
    open_new_thread(page, server)
    page.fill("#input", "half-written thought")
    page.reload()
    expect(page.locator("#status")).to_have_text("connected")
    expect(page.locator("#input")).to_have_value("half-written thought")
    page.fill("#input", "")


def test_keyboard_phone_and_screen_readers(
    server: RunningServer, page: Page, browser: Browser, fake: httpx.Client
) -> None:
    """The box is focused on load, with a skip link; messages say who wrote them; only a
    finished answer is announced; error cards are not alerts; the box's border has 3:1
    contrast; the key dialog says when a key is needed; a favicon; the phone drawer has a
    backdrop and closes on a tap outside or Esc."""
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    expect(page.locator("#input")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    for _ in range(40):  # back to the start of the page: the skip link comes first
        if page.evaluate("document.activeElement.classList.contains('skip-link')"):
            break
        page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#input")).to_be_focused()
    assert page.get_attribute("#messages", "aria-live") is None
    page.evaluate(
        """() => { window.announced = [];
        const region = document.querySelector('#announce');
        new MutationObserver(() => window.announced.push(region.textContent))
          .observe(region, { childList: true, characterData: true, subtree: true }); }"""
    )
    fake.post("/control", json={"answers": ["Short answer " + "word " * 30], "delay_s": 0.02})
    page.click("#new-thread")
    send(page, "hello screen reader")
    wait_answered(page, 1)
    expect(page.locator(".message.human .who")).to_have_text("You:")
    expect(page.locator(".message.ai .who")).to_have_text("Assistant:")
    page.wait_for_timeout(300)
    spoken = [t for t in page.evaluate("window.announced") if t]
    assert len(spoken) == 1 and spoken[0].startswith("Assistant: Short answer"), spoken
    assert page.locator(".message[role=alert], .message [role=alert]").count() == 0
    assert "#input" not in page.url  # the skip link leaves the thread's address alone

    ratio = page.evaluate(
        """() => {
        const rgb = (s) => s.match(/\\d+/g).slice(0, 3).map(Number);
        const lum = (c) => { const [r, g, b] = c.map((v) => { v /= 255;
          return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const box = document.querySelector('#input');
        const a = lum(rgb(getComputedStyle(box).borderTopColor));
        const b = lum(rgb(getComputedStyle(box.closest('.composer')).backgroundColor));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }"""
    )
    assert ratio >= 3, f"the message box's border contrast is {ratio:.2f}:1"
    page.click("#set-key")
    expect(page.locator("#key-dialog")).to_contain_text("only when the server has keys")
    page.click("#key-cancel")
    assert httpx.get(server.url + "/favicon.svg").status_code == 200
    expect(page.locator("link[rel=icon]")).to_have_count(1)

    phone = browser.new_context(viewport={"width": 390, "height": 780})
    mobile = phone.new_page()
    try:
        mobile.goto(server.url + "/")
        expect(mobile.locator("#status")).to_have_text("connected")
        mobile.click("#toggle-threads")
        expect(mobile.locator("#backdrop")).to_be_visible()
        mobile.wait_for_timeout(400)  # the drawer's slide
        shot(mobile, "phone-drawer.png")
        mobile.mouse.click(370, 400)  # outside the drawer
        expect(mobile.locator("#threads")).to_be_hidden()
        expect(mobile.locator("#backdrop")).to_be_hidden()
        mobile.click("#toggle-threads")
        expect(mobile.locator("#new-thread")).to_be_in_viewport()
        mobile.keyboard.press("Escape")
        expect(mobile.locator("#threads")).to_be_hidden()
        expect(mobile.locator("#toggle-threads")).to_be_focused()
    finally:
        phone.close()


#: A source as the server sends one with an answer.
CITED = {
    "source": "docs/guide/getting-started.md",
    "title": "Getting started > Install",
    "chunk_id": "getting-started-0",
    "score": 0.9,
    "text": "make run sets up .venv and serves threadline.",
}


def test_sources_cited_twice_are_listed_once(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """An answer whose sources name the same passages twice (as a server may send them)
    lists each document once."""

    def doubled(socket: WebSocketRoute) -> None:
        upstream = socket.connect_to_server()

        def from_server(message: str | bytes) -> None:
            frame = json.loads(message)
            if frame.get("type") == "stream_end":
                # the server's sources, or one of ours when retrieval found none this run
                sent = frame.get("sources") or [CITED]
                frame["sources"] = sent + sent
            socket.send(json.dumps(frame))

        upstream.on_message(from_server)

    page.route_web_socket(re.compile(r"/ws/chat/"), doubled)
    open_new_thread(page, server)
    send(page, "How do I install threadline?")
    wait_answered(page, 1)
    listed = page.locator(".message.ai .sources > li")
    expect(listed).not_to_have_count(0)  # the answer's sources, once they are on the page
    names = listed.all_inner_texts()
    assert names and len(names) == len(set(names)), f"sources listed twice: {names}"
