"""The page's steering controls (web/controls.js) in a real headless Chromium against
the real server and the fake provider, each used by clicking it: Stop and Esc while an
answer streams, Regenerate and the ‹ 1 / 2 › arrows, Edit inline, Good / Bad with a comment."""

from __future__ import annotations

import httpx
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_web_page import open_new_thread, send
from tests.integration.conftest import RunningServer

LONG = "word " * 400


def stored(server: RunningServer, thread_id: str) -> list[dict[str, object]]:
    return list(httpx.get(f"{server.url}/threads/{thread_id}").json()["messages"])


def test_stop_button_and_escape_stop_the_answer(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"answers": [LONG, LONG], "delay_s": 0.03})
    tid = open_new_thread(page, server)
    expect(page.locator("#stop")).to_be_hidden()
    send(page, "count for me")
    expect(page.locator(".message.ai.streaming")).to_have_count(1)
    expect(page.locator("#stop")).to_be_visible()
    page.wait_for_function(
        "document.querySelector('.message.ai .body').textContent.split(' ').length > 5"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "controls-streaming.png"), full_page=True)
    page.click("#stop")
    expect(page.locator(".message.ai.streaming")).to_have_count(0, timeout=5_000)
    expect(page.locator("#stop")).to_be_hidden()
    expect(page.locator(".message.ai.stopped .stopped-note")).to_have_count(1)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "controls-stopped.png"), full_page=True)
    history = stored(server, tid)
    assert history[1]["stopped"] is True
    assert 5 <= len(str(history[1]["content"]).split()) < 400

    send(page, "and again")
    expect(page.locator(".message.ai.streaming")).to_have_count(1)
    page.wait_for_function(
        "document.querySelector('.message.ai.streaming .body').textContent.length > 10"
    )
    page.keyboard.press("Escape")
    expect(page.locator(".message.ai.streaming")).to_have_count(0, timeout=5_000)
    expect(page.locator(".message.ai.stopped")).to_have_count(2)
    assert stored(server, tid)[3]["stopped"] is True


def test_regenerate_then_switch_between_the_two_answers(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"answers": ["The first answer.", "The second answer."]})
    open_new_thread(page, server)
    send(page, "say something")
    expect(page.locator(".message.ai .body")).to_have_text("The first answer.")
    page.get_by_role("button", name="Regenerate this answer").click()
    expect(page.locator(".message.ai .body")).to_have_text("The second answer.")
    expect(page.locator(".message.ai .branch")).to_have_attribute("aria-label", "Answer 2 of 2")
    page.screenshot(path=str(ARTIFACTS / "controls-regenerated.png"), full_page=True)
    page.get_by_role("button", name="Previous answer").click()
    expect(page.locator(".message.ai .body")).to_have_text("The first answer.")
    expect(page.locator(".message.ai .branch")).to_have_attribute("aria-label", "Answer 1 of 2")
    expect(page.get_by_role("button", name="Previous answer")).to_be_disabled()
    page.get_by_role("button", name="Next answer").click()
    expect(page.locator(".message.ai .body")).to_have_text("The second answer.")
    expect(page.locator(".message")).to_have_count(2)


def test_edit_a_message_inline_makes_a_new_branch(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"answers": ["Answer to one.", "Answer to two.", "Answer to 1b."]})
    tid = open_new_thread(page, server)
    send(page, "question one")
    expect(page.locator(".message.ai .body")).to_have_text("Answer to one.")
    send(page, "question two")
    expect(page.locator(".message.ai .body").nth(1)).to_have_text("Answer to two.")
    page.get_by_role("button", name="Edit this message").first.click()
    editor = page.get_by_role("textbox", name="Edit your message")
    expect(editor).to_have_value("question one")
    editor.fill("question one, better put")
    page.screenshot(path=str(ARTIFACTS / "controls-editing.png"), full_page=True)
    page.get_by_role("button", name="Save and ask").click()
    expect(page.locator(".message.human .body")).to_have_text(["question one, better put"])
    expect(page.locator(".message.ai .body")).to_have_text(["Answer to 1b."])
    expect(page.locator(".message.ai .branch")).to_have_attribute("aria-label", "Answer 2 of 2")
    assert [m["content"] for m in stored(server, tid)] == [
        "question one, better put",
        "Answer to 1b.",
    ]
    page.get_by_role("button", name="Previous answer").click()
    expect(page.locator(".message.human .body")).to_have_text(["question one", "question two"])


def test_thumbs_down_with_a_comment_is_stored_once(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"answers": ["A weak answer."]})
    tid = open_new_thread(page, server)
    send(page, "rate me")
    expect(page.locator(".message.ai .body")).to_have_text("A weak answer.")
    page.get_by_role("button", name="Bad answer").click()
    page.get_by_role("textbox", name="What went wrong? (optional)").fill("too vague")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_role("button", name="Bad answer")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Good answer")).to_be_disabled()
    page.screenshot(path=str(ARTIFACTS / "controls-feedback.png"), full_page=True)
    answer = stored(server, tid)[1]
    assert answer["feedback"]["score"] == "down"  # type: ignore[index]
    assert answer["feedback"]["comment"] == "too vague"  # type: ignore[index]
    page.reload()
    expect(page.get_by_role("button", name="Bad answer")).to_have_attribute("aria-pressed", "true")


def streaming_text(page: Page) -> str:
    """The text of the answer streaming now ('' when none is)."""
    return str(
        page.evaluate("document.querySelector('.message.ai.streaming .body')?.textContent || ''")
    )


def test_regenerate_streams_in_place_then_shows_the_arrows(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """The regenerated answer is seen while it is written, in the place of the old one,
    and in a second tab too; then the ‹ 2 / 2 › arrows."""
    second = "again " * 150
    fake.post("/control", json={"answers": ["The first answer.", second], "delay_s": 0.01})
    tid = open_new_thread(page, server)
    send(page, "say something")
    expect(page.locator(".message.ai .body")).to_have_text("The first answer.")
    other = page.context.new_page()
    other.goto(f"{server.url}/#{tid}")
    expect(other.locator(".message.ai .body")).to_have_text("The first answer.")
    page.get_by_role("button", name="Regenerate this answer").click()
    for tab in (page, other):
        tab.wait_for_function(
            "(document.querySelector('.message.ai.streaming .body')?.textContent || '')"
            ".split('again').length > 5"
        )
    partial = streaming_text(page)
    assert 0 < partial.count("again") < 150  # seen before the answer ended
    expect(page.locator(".message.ai")).to_have_count(1)  # in place of the old answer
    expect(page.locator("#stop")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "controls-regenerate-streaming.png"), full_page=True)
    for tab in (page, other):
        expect(tab.locator(".message.ai.streaming")).to_have_count(0, timeout=15_000)
        expect(tab.locator(".message.ai .branch")).to_have_attribute("aria-label", "Answer 2 of 2")
        expect(tab.locator(".message")).to_have_count(2)
        assert tab.locator(".message.ai .body").inner_text().count("again") == 150
    page.screenshot(path=str(ARTIFACTS / "controls-regenerate-streamed.png"), full_page=True)
    other.close()
    page.get_by_role("button", name="Previous answer").click()
    expect(page.locator(".message.ai .body")).to_have_text("The first answer.")


def test_edit_streams_in_place_and_stop_works_on_it(
    server: RunningServer, page: Page, fake: httpx.Client
) -> None:
    """The answer to an edited message streams below it, Esc stops it as any answer,
    and it is the second alternative."""
    fake.post(
        "/control",
        json={"answers": ["Answer to one.", "Answer to two.", LONG], "delay_s": 0.03},
    )
    tid = open_new_thread(page, server)
    send(page, "question one")
    expect(page.locator(".message.ai .body")).to_have_text("Answer to one.")
    send(page, "question two")
    expect(page.locator(".message.ai .body").nth(1)).to_have_text("Answer to two.")
    page.get_by_role("button", name="Edit this message").first.click()
    page.get_by_role("textbox", name="Edit your message").fill("question one, better put")
    page.get_by_role("button", name="Save and ask").click()
    page.wait_for_function(
        "(document.querySelector('.message.ai.streaming .body')?.textContent || '')"
        ".split(' ').length > 5"
    )
    expect(page.locator(".message.human .body")).to_have_text(["question one, better put"])
    expect(page.locator(".message.ai")).to_have_count(1)
    page.screenshot(path=str(ARTIFACTS / "controls-edit-streaming.png"), full_page=True)
    page.keyboard.press("Escape")
    expect(page.locator(".message.ai.streaming")).to_have_count(0, timeout=5_000)
    expect(page.locator(".message.ai.stopped .stopped-note")).to_have_count(1)
    expect(page.locator(".message.ai .branch")).to_have_attribute("aria-label", "Answer 2 of 2")
    page.screenshot(path=str(ARTIFACTS / "controls-edit-stopped.png"), full_page=True)
    history = stored(server, tid)
    assert [m["content"] for m in history][0] == "question one, better put"
    assert history[1]["stopped"] is True
    assert 5 <= len(str(history[1]["content"]).split()) < 400
    page.reload()
    expect(page.locator(".message.ai .branch")).to_have_attribute("aria-label", "Answer 2 of 2")
    page.get_by_role("button", name="Previous answer").click()
    expect(page.locator(".message.human .body")).to_have_text(["question one", "question two"])
