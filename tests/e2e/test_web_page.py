"""The chat page in a real headless Chromium (Debian's), against the real server with
a fake OpenAI-compatible model: streaming, reload, a second tab, moderation notices,
model HTML shown as text, thread management, and the unreachable-server state."""

from __future__ import annotations

from pathlib import Path

import httpx
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ARTIFACTS
from tests.integration.conftest import RunningServer, start_server


def open_new_thread(page: Page, server: RunningServer) -> str:
    """The page, connected, on a new empty thread (the thread it opened first, another
    test's, has left the list): its id."""
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    page.wait_for_function("location.hash.length > 1")
    expect(page.locator("#status")).to_have_text("connected")
    return str(page.evaluate("decodeURIComponent(location.hash.slice(1))"))


def send(page: Page, text: str) -> None:
    page.fill("#input", text)
    page.keyboard.press("Enter")


def test_chat_streams_survives_reload_and_reaches_a_second_tab(
    server: RunningServer, page: Page, browser: Browser, fake: httpx.Client
) -> None:
    answer = "Here is **bold** text and code:\n\n```python\nprint('hi')\n```\n\nDone " + "x " * 60
    fake.post("/control", json={"answers": [answer], "delay_s": 0.02})
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    thread_url = page.url
    assert "#" in thread_url

    second = browser.new_page()
    second.goto(thread_url)
    expect(second.locator("#status")).to_have_text("connected")

    send(page, "How do I install threadline?")
    streaming = page.locator(".message.ai.streaming")
    expect(streaming).to_have_count(1)  # the answer is visible while it streams
    expect(second.locator(".message.ai.streaming")).to_have_count(1)  # and in the other tab
    expect(page.locator(".message.ai .body strong")).to_have_text("bold")
    expect(page.locator(".message.ai.streaming")).to_have_count(0, timeout=20_000)
    expect(page.locator(".message.ai pre code")).to_contain_text("print('hi')")
    expect(second.locator(".message.ai pre code")).to_contain_text("print('hi')")
    expect(page.locator(".message.human .body")).to_have_text(["How do I install threadline?"])
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat-page.png"), full_page=True)

    page.reload()
    expect(page.locator(".message")).to_have_count(2)
    expect(page.locator(".message.ai pre code")).to_contain_text("print('hi')")
    expect(page.locator("#thread-list li.active")).to_contain_text("How do I install")
    second.close()


def test_blocked_message_shows_a_notice_and_model_html_is_text(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    open_new_thread(page, server)
    expect(page.locator(".message")).to_have_count(0)
    send(page, "my card is 4111 1111 1111 1111")
    notice = page.locator(".message.ai .notice")
    expect(notice).to_contain_text(
        "blocked by the payment card numbers policy"
    )  # the server's label
    expect(notice).to_contain_text("It was not stored")
    # the refusal is said once: no body repeating the notice
    expect(page.locator(".message.ai.refusal .body")).to_have_text("")
    expect(page.locator(".message.human")).not_to_contain_text("4111")  # the stored placeholder

    evil = '<script>window.pwned = true</script><img src=x onerror="window.pwned=true"> hi'
    fake.post("/control", json={"answers": [evil]})
    send(page, "say something")
    body = page.locator(".message.ai .body").last
    expect(body).to_contain_text("<script>window.pwned = true</script>")
    assert page.evaluate("window.pwned") is None
    assert body.locator("script, img").count() == 0


def test_threads_can_be_created_renamed_switched_and_deleted(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    open_new_thread(page, server)
    send(page, "first thread question")
    expect(page.locator(".message.ai")).to_have_count(1)
    expect(page.locator("#thread-list li.active")).to_contain_text("first thread question")
    first_url = page.url
    page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    assert page.url != first_url

    send(page, "second thread question")
    expect(page.locator(".message.ai")).to_have_count(1)
    expect(page.locator(".message.ai.streaming")).to_have_count(0)
    page.on("dialog", lambda dialog: (_ for _ in ()).throw(AssertionError("a browser dialog")))
    page.locator("#thread-list li.active .act").first.click()  # rename, in place
    page.fill("#rename-input", "Renamed chat")
    page.keyboard.press("Enter")
    expect(page.locator("#thread-list li.active")).to_contain_text("Renamed chat")

    page.locator("#thread-list li", has_text="first thread question").locator(".open").click()
    expect(page.locator(".message.human .body")).to_have_text(["first thread question"])

    count = page.locator("#thread-list li.thread").count()
    page.locator("#thread-list li", has_text="Renamed chat").locator(".act").last.click()
    expect(page.locator("#thread-list li.thread")).to_have_count(count - 1)
    expect(page.locator("#toast")).to_contain_text('Deleted "Renamed chat"')


def test_phone_sized_screen_and_unreachable_server(
    tmp_path: Path, browser: Browser, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    server = start_server(tmp_path / "data", openai_env, tmp_path / "server.log")
    context = browser.new_context(viewport={"width": 390, "height": 780})
    page = context.new_page()
    try:
        page.goto(server.url + "/")
        expect(page.locator("#status")).to_have_text("connected")
        expect(page.locator("#threads")).to_be_hidden()  # the thread list folds away
        page.click("#toggle-threads")
        expect(page.locator("#new-thread")).to_be_in_viewport()
        page.click("#toggle-threads")
        send(page, "hello from a phone")
        expect(page.locator(".message.ai")).to_have_count(1)
        expect(page.locator(".message.ai.streaming")).to_have_count(0)
        page.screenshot(path=str(ARTIFACTS / "chat-phone.png"))
        server.stop()
        expect(page.locator("#banner")).to_contain_text("cannot be reached", timeout=15_000)
        expect(page.locator("#status")).to_have_class("status offline")
        port = int(server.url.rsplit(":", 1)[1])
        server = start_server(tmp_path / "data", openai_env, tmp_path / "server.log", port)
        expect(page.locator("#status")).to_have_text("connected", timeout=30_000)  # reconnected
        expect(page.locator("#banner")).to_be_hidden()
        expect(page.locator(".message")).to_have_count(2)
    finally:
        context.close()
        if server.process.poll() is None:
            server.stop()


def test_js_client_falls_back_to_sse(server: RunningServer, page: Page, fake: httpx.Client) -> None:
    """`ThreadlineClient` streams over `/chat/stream` when WebSockets are unavailable."""
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    events = page.evaluate(
        """async () => {
            const { ThreadlineClient } = await import("/threadline.js");
            const events = [];
            const client = new ThreadlineClient({ handlers: {
                onStatus: (s) => events.push(["status", s]),
                onHistory: (m) => events.push(["history", m.length]),
                onToken: (t) => events.push(["token", t]),
                onStreamEnd: (e) => events.push(["end", e.content, e.moderation.outcome]),
                onError: (e) => events.push(["error", e.status, e.message]),
            }});
            client.useSse = true;
            const thread = await client.createThread({ title: "sse" });
            await client.connect(thread.thread_id);
            await client.send("streamed over SSE, please answer at some length");
            const missing = await client.getThread("no-such-thread").catch((e) => e.status);
            events.push(["missing", missing]);
            return events;
        }"""
    )
    assert ["status", "fallback"] in events and ["history", 0] in events
    tokens = "".join(e[1] for e in events if e[0] == "token")
    end = next(e for e in events if e[0] == "end")
    assert tokens == end[1] and end[1].startswith("I have read 1 user messages")
    assert end[2] == "answered"
    assert ["missing", 404] in events


def test_with_api_keys_the_page_asks_for_one(
    tmp_path: Path, browser: Browser, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    """Keys on: the page asks for a key, keeps it, and the WebSocket authenticates with
    its first frame; a wrong key is asked for again."""
    env = {**openai_env, "THREADLINE_API_KEYS": "ada:right-key"}
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(server.url + "/")
        dialog = page.locator("#key-dialog")
        expect(dialog).to_be_visible()
        page.fill("#key-input", "wrong-key")
        page.click("#key-save")
        expect(dialog).to_be_visible()  # refused: asked again
        page.fill("#key-input", "right-key")
        page.click("#key-save")
        expect(page.locator("#status")).to_have_text("connected")
        send(page, "hello from a signed-in page")
        expect(page.locator(".message.ai")).to_have_count(1)
        expect(page.locator(".message.ai.streaming")).to_have_count(0)
        page.reload()  # the key is remembered by this browser
        expect(page.locator("#status")).to_have_text("connected")
        expect(page.locator(".message")).to_have_count(2)
        threads = httpx.get(
            f"{server.url}/threads", headers={"Authorization": "Bearer right-key"}
        ).json()["threads"]
        assert [t["title"] for t in threads] == ["hello from a signed-in page"]
    finally:
        context.close()
        server.stop()


def test_a_failed_turn_shows_its_reason_and_a_retry_that_works(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"failures": [503] * 4})  # every try of one turn
    open_new_thread(page, server)
    send(page, "Is the provider up?")
    error = page.locator(".message.error")
    expect(error).to_contain_text("unavailable")
    expect(error.locator("button.retry")).to_be_visible()
    page.reload()  # the failed turn is stored as such, with its retry
    expect(page.locator(".message.error button.retry")).to_be_visible()
    page.locator(".message.error button.retry").click()
    expect(page.locator(".message.ai").last).to_contain_text("I have read 1 user messages")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "failed-turn-retried.png"), full_page=True)
    # the retry stands for the failed turn: the question is shown once, without an error card
    expect(page.locator(".message.human .body")).to_have_text(["Is the provider up?"])
    expect(page.locator(".message.error")).to_have_count(0)
