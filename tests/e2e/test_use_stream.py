"""LangGraph's React hook `useStream` (`@langchain/langgraph-sdk` from the npm registry),
in a small page built with esbuild (clients/langgraph-react), against threadline under
`langgraph dev`, in headless Chromium: the question goes in as `{"messages": [...]}`,
the answer shows while it is written, and nothing of a blocked answer ever shows."""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from fakes.langgraph_dev import start_langgraph_dev
from fakes.openai_server import ServerThread, free_port
from tests.e2e.conftest import ARTIFACTS
from tests.integration.test_langgraph_dev import CARD_LEAK

APP = Path(__file__).resolve().parents[2] / "clients" / "langgraph-react"


def build_page() -> None:
    """Install the page's packages (as locked) and bundle it, unless already done."""
    npm = shutil.which("npm")
    assert npm, "node and npm are needed to build the useStream page"
    if not (APP / "node_modules" / "@langchain" / "langgraph-sdk").exists():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=APP, check=True, timeout=600)
    subprocess.run([npm, "run", "build"], cwd=APP, check=True, timeout=300)


@pytest.fixture(scope="module")
def page_url(fake_openai: ServerThread, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built page, served from its own origin, pointed at `langgraph dev`."""
    build_page()
    tmp = tmp_path_factory.mktemp("use-stream")
    port = free_port()
    env = {
        "OPENAI_API_KEY": "test-key",
        "OPENAI_BASE_URL": f"{fake_openai.url}/v1",
        "THREADLINE_DATA_DIR": str(tmp / "data"),
    }
    process = start_langgraph_dev(port, env, tmp / "langgraph.log")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(APP))
    static = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=static.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{static.server_port}/index.html?api=http://127.0.0.1:{port}"
    finally:
        static.shutdown()
        process.terminate()
        process.wait(timeout=30)


def ask(page: Page, question: str) -> None:
    page.locator("#question").fill(question)
    page.keyboard.press("Enter")


def wait_for_answer(page: Page, answers: int, cap_s: float = 180) -> None:
    """Until the page shows `answers` answers and the run is over: the conditions that
    matter, however slow the machine, up to a generous cap."""
    deadline = time.monotonic() + cap_s
    ai = page.locator("li.message.ai")
    status = page.locator("#status")
    while time.monotonic() < deadline:
        if ai.count() >= answers and status.get_attribute("data-loading") == "false":
            return
        time.sleep(0.05)
    raise AssertionError(f"no answer {answers} within {cap_s:g} s: {page.inner_text('main')}")


def test_use_stream_shows_the_answer_as_it_streams(
    page_url: str, page: Page, fake: httpx.Client
) -> None:
    fake.post("/control", json={"delay_s": 0.05})  # slow enough to watch it stream
    page.goto(page_url)
    expect(page.locator("#status")).to_have_text("ready")
    ask(page, "How do I install threadline?")
    # a picture of the answer half written, for a person to look at
    streaming = page.locator("#status[data-loading=true]")
    expect(page.locator("li.message.ai")).to_have_count(1, timeout=120_000)
    if streaming.count():
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "use-stream-streaming.png"), full_page=True)
    wait_for_answer(page, 1)
    answer = page.locator("li.message.ai p").last.inner_text()
    assert answer.startswith("I have read 1 user messages")
    seen: list[dict[str, Any]] = page.evaluate("window.__answerSeen")
    partial = [s["text"] for s in seen if s["loading"] and 0 < len(s["text"]) < len(answer)]
    assert len(set(partial)) >= 3, f"the answer did not show while it was written: {seen}"
    assert all(answer.startswith(p) for p in partial)  # it grew, never rewrote itself
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "use-stream.png"), full_page=True)

    # the thread remembers, through LangGraph's own thread state
    fake.post("/control", json={"answers": [CARD_LEAK, CARD_LEAK], "delay_s": 0.02})
    ask(page, "card please")
    wait_for_answer(page, 2)
    seen = page.evaluate("window.__answerSeen")
    assert not any("4111" in s["text"] for s in seen), "a blocked answer showed"
    assert any("preamble" in s["text"] for s in seen)  # it had begun to show...
    final = page.locator("li.message.ai p").last.inner_text()
    assert "preamble" not in final and "4111" not in page.inner_text("main")  # ...then went
    expect(page.locator("#status")).to_contain_text("withheld by moderation")
    assert [li.get_attribute("data-type") for li in page.locator("li.message").all()] == [
        "human",
        "ai",
        "human",
        "ai",
    ]
    page.screenshot(path=str(ARTIFACTS / "use-stream-blocked.png"), full_page=True)
