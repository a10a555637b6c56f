"""An automated accessibility check (axe-core, vendored for the tests only in
tests/e2e/vendor/) over the chat page in its main states: empty, a conversation, the
documents panel, a search of the messages, the phone drawer open, and dark mode. No
serious or critical violation is allowed; each state is screenshot to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_web_page import send
from tests.integration.conftest import RunningServer

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
ANSWER = "Here is **bold**, a [link](https://example.org), and code:\n\n```bash\nmake run\n```\n"


def serious_violations(page: Page, name: str) -> list[dict[str, Any]]:
    """axe's serious and critical violations on the page as it is now."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"axe-{name}.png"))
    if not page.evaluate("Boolean(window.axe)"):
        page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, { resultTypes: ['violations'] })")
    return [
        {
            "state": name,
            "id": v["id"],
            "impact": v["impact"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def converse(page: Page, server: RunningServer, fake: httpx.Client) -> None:
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    if page.locator("#new-thread").is_visible():  # on a phone it is in the drawer
        page.click("#new-thread")
    fake.post("/control", json={"answers": [ANSWER]})
    send(page, "How do I install threadline?")
    expect(page.locator(".message.ai .code-lang").last).to_have_text("Bash")
    expect(page.locator(".message.ai.streaming")).to_have_count(0)


def test_no_serious_accessibility_violations_in_the_main_states(
    server: RunningServer, page: Page, browser: Browser, fake: httpx.Client
) -> None:
    found: list[dict[str, Any]] = []
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    found += serious_violations(page, "empty")

    converse(page, server, fake)
    found += serious_violations(page, "conversation")

    page.fill("#thread-search", "install")  # titles at once, then the messages
    expect(page.locator("#content-results button.result").first).to_be_visible()
    found += serious_violations(page, "search")
    page.fill("#thread-search", "")

    page.click("#toggle-docs")
    expect(page.locator("#docs-panel")).to_be_visible()
    expect(page.locator("#docs-collection option").first).to_be_attached()
    found += serious_violations(page, "documents")

    for scheme, size, name in (
        ("light", {"width": 390, "height": 780}, "phone-drawer"),
        ("dark", {"width": 1100, "height": 760}, "dark"),
    ):
        context = browser.new_context(viewport=size, color_scheme=scheme)  # type: ignore[arg-type]
        other = context.new_page()
        try:
            converse(other, server, fake)
            if name == "phone-drawer":
                other.click("#toggle-threads")
                expect(other.locator("#backdrop")).to_be_visible()
                other.wait_for_timeout(400)
            else:
                background = other.evaluate(
                    "getComputedStyle(document.documentElement).backgroundColor"
                )
                assert background == "rgb(22, 22, 26)", background  # follows the system
            found += serious_violations(other, name)
        finally:
            context.close()
    assert not found, found
