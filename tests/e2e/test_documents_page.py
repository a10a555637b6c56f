"""The chat page's documents, clicked through in a real headless Chromium against the
real server (development mode, MiniLM embeddings) and the fake model: the documents
panel (upload by file picker and by drag and drop, the job's progress to its end, the
list, refused files with their reasons, deletion confirmed inline), the composer's
attach button and files dropped on the chat, which collections a chat searches, and a
phone-sized screen driven by the keyboard. Every state is screenshot to tests/artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, FilePayload, Locator, Page, expect

from tests.e2e.conftest import ARTIFACTS
from tests.integration.conftest import RunningServer, start_server

LIGHTHOUSE = (
    "# Lighthouse keeping\n\nThe Brannock Point lighthouse lens is polished every Tuesday "
    "with chamois leather, and its lamp is lit at dusk.\n"
)
FERRY = (
    "# Ferry timetable\n\nThe Quillmouth ferry leaves the north pier at seven and returns "
    "from Harrow Island at noon.\n"
)
ORCHID = (
    "# Orchid care\n\nWater the moonflower orchid every ninth day with rainwater, and keep "
    "the moonflower orchid out of direct sun.\n"
)
KETTLE = "# Kettle\n\nDescale the copperleaf kettle monthly with citric acid.\n"
BEEHIVE = "# Beehives\n\nThe saffron-banded bees of hive seven are fed clover syrup in March.\n"
GLACIER = "# Glacier walks\n\nThe Tindrel glacier walk starts at the blue hut at six.\n"

#: A drag's data: one file.
ONE_FILE = "() => { const t = new DataTransfer(); t.items.add(new File(['x'], 'x.md')); return t; }"

#: What the recorder below saw in each upload's status line, in order.
RECORD_STATES = """() => {
    window.uploadStates = [];
    new MutationObserver(() => {
        for (const status of document.querySelectorAll(".upload-status")) {
            const text = status.textContent;
            if (!window.uploadStates.includes(text)) window.uploadStates.push(text);
        }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
}"""


def shot(page: Page, name: str, full_page: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def md(name: str, text: str) -> FilePayload:
    return {"name": name, "mimeType": "text/markdown", "buffer": text.encode()}


def raw(name: str, data: bytes, mime_type: str = "application/octet-stream") -> FilePayload:
    return {"name": name, "mimeType": mime_type, "buffer": data}


@pytest.fixture
def no_dialogs(page: Page) -> Iterator[list[str]]:
    """Every browser dialog (confirm, prompt, alert) the page opens: none is wanted."""
    opened: list[str] = []

    def refuse(dialog: object) -> None:
        opened.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", refuse)
    yield opened
    assert not opened, f"the page used browser dialogs: {opened}"


def open_panel(page: Page, server: RunningServer) -> None:
    """The page on a new thread, its documents panel open."""
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    page.click("#new-thread")
    expect(page.locator(".message")).to_have_count(0)
    page.click("#toggle-docs")
    expect(page.locator("#docs-panel")).to_be_visible()
    expect(page.locator("#toggle-docs")).to_have_attribute("aria-expanded", "true")


def drop_files(page: Page, selector: str, files: dict[str, str | bytes]) -> None:
    """Drag `files` over `selector` and drop them, as a user's drag from their desktop."""
    transfer = page.evaluate_handle(
        """(files) => {
            const transfer = new DataTransfer();
            for (const [name, bytes] of files)
                transfer.items.add(new File([new Uint8Array(bytes)], name));
            return transfer;
        }""",
        [
            [name, list(data.encode() if isinstance(data, str) else data)]
            for name, data in files.items()
        ],
    )
    page.dispatch_event(selector, "dragenter", {"dataTransfer": transfer})
    page.dispatch_event(selector, "dragover", {"dataTransfer": transfer})
    page.dispatch_event(selector, "drop", {"dataTransfer": transfer})


def document_row(page: Page, name: str) -> Locator:
    return page.locator("#doc-list li.doc").filter(has=page.locator(".doc-name", has_text=name))


def progress_of(upload: Locator) -> tuple[float, float]:
    value, maximum = upload.locator("progress").evaluate("(bar) => [bar.value, bar.max]")
    return value, maximum


def ask(page: Page, question: str) -> Locator:
    """The answer to `question`, once it has finished streaming."""
    answers = page.locator(".message.ai")
    before = answers.count()
    page.fill("#input", question)
    page.keyboard.press("Enter")
    expect(answers).to_have_count(before + 1, timeout=60_000)
    expect(page.locator(".message.ai.streaming")).to_have_count(0, timeout=60_000)
    return answers.last


def test_a_picked_file_is_indexed_with_progress_listed_and_cited(
    server: RunningServer, page: Page, fake: httpx.Client, no_dialogs: list[str]
) -> None:
    open_panel(page, server)
    expect(page.locator("#docs-collection")).to_have_value("")  # My documents, not made yet
    expect(page.locator("#docs-collection option:checked")).to_contain_text("My documents")
    page.evaluate(RECORD_STATES)
    page.set_input_files("#docs-input", files=[md("orchid.md", ORCHID)])

    upload = page.locator("#uploads li.upload").first
    expect(upload.locator(".upload-name")).to_have_text("orchid.md")
    expect(upload).to_have_attribute("data-state", "done", timeout=60_000)
    expect(upload.locator(".upload-status")).to_have_text(
        "Ready: 1 file indexed · 1 chunk embedded"
    )
    value, maximum = progress_of(upload)
    assert value == maximum == 1  # the bar is full: 1 of 1 file
    states = page.evaluate("window.uploadStates")
    assert states[0].startswith("Uploading"), states
    assert states[-1].startswith("Ready"), states

    row = document_row(page, "orchid.md")
    expect(row.locator(".badge.ready")).to_have_text("ready")
    expect(row.locator(".doc-meta")).to_contain_text(f"{len(ORCHID)} B · 1 chunk · local ·")
    expect(page.locator("#docs-collection option:checked")).to_contain_text("My documents (1)")
    expect(page.locator("#scope-summary")).to_have_text("Searching all documents")
    shot(page, "documents-picked-ready.png")

    # Esc closes the panel and gives the focus back to the button that opened it
    page.keyboard.press("Escape")
    expect(page.locator("#docs-panel")).to_be_hidden()
    expect(page.locator("#toggle-docs")).to_be_focused()

    answer = ask(page, "How often should I water the moonflower orchid?")
    expect(answer.locator(".sources")).to_contain_text("orchid.md")
    shot(page, "documents-answer-cites-upload.png")


def test_files_dropped_on_the_panel_go_to_the_chosen_collection_which_the_chat_can_leave_out(
    server: RunningServer, page: Page, fake: httpx.Client, no_dialogs: list[str]
) -> None:
    open_panel(page, server)
    page.click("#new-collection")
    page.fill("#new-collection-name", "Team notes")
    page.keyboard.press("Enter")
    expect(page.locator("#docs-collection option:checked")).to_have_text("Team notes (0)")
    expect(page.locator("#docs-empty")).to_be_visible()

    page.dispatch_event(
        "#docs-panel",
        "dragenter",
        {"dataTransfer": page.evaluate_handle(ONE_FILE)},
    )
    expect(page.locator("#drop-zone")).to_have_class("drop-zone over")  # highlighted under the drag
    shot(page, "documents-drag-over-panel.png")
    drop_files(page, "#drop-zone", {"lighthouse.md": LIGHTHOUSE, "ferry.md": FERRY})

    upload = page.locator("#uploads li.upload").first
    expect(upload.locator(".upload-name")).to_have_text("lighthouse.md and 1 more")
    expect(upload).to_have_attribute("data-state", "done", timeout=60_000)
    expect(upload.locator(".upload-status")).to_have_text(
        "Ready: 2 files indexed · 2 chunks embedded"
    )
    assert progress_of(upload) == (2, 2)
    expect(page.locator("#drop-zone")).not_to_have_class("drop-zone over")
    for name in ("lighthouse.md", "ferry.md"):
        expect(document_row(page, name).locator(".badge")).to_have_text("ready")
    expect(page.locator("#docs-collection option:checked")).to_have_text("Team notes (2)")
    shot(page, "documents-dropped-ready.png")

    # this chat leaves Team notes out: its answers no longer cite it
    page.locator("#scope-list li", has_text="Team notes").locator("input").uncheck()
    expect(page.locator("#scope-note")).to_have_text("Saved for this chat.")
    expect(page.locator("#scope-summary")).not_to_have_text("Searching all documents")
    expect(page.locator("#scope-default")).to_be_visible()
    shot(page, "documents-scope-narrowed.png")
    question = "When is the Brannock Point lighthouse lens polished?"
    answer = ask(page, question)
    expect(answer.locator(".body")).not_to_be_empty()
    assert "lighthouse.md" not in " ".join(answer.locator(".sources li").all_text_contents())

    page.click("#scope-default")  # back to every collection
    expect(page.locator("#scope-summary")).to_have_text("Searching all documents")
    expect(page.locator("#scope-list li", has_text="Team notes").locator("input")).to_be_checked()
    answer = ask(page, question)
    expect(answer.locator(".sources")).to_contain_text("lighthouse.md")
    shot(page, "documents-scope-all-cites.png")


def test_the_composer_attaches_to_my_documents_by_button_and_by_drop(
    server: RunningServer, page: Page, fake: httpx.Client, no_dialogs: list[str]
) -> None:
    page.goto(server.url + "/")
    expect(page.locator("#status")).to_have_text("connected")
    page.click("#new-thread")
    attach = page.get_by_role("button", name="Attach files (to My documents)")
    with page.expect_file_chooser() as chooser:
        attach.click()
    chooser.value.set_files([md("kettle.md", KETTLE)])
    chip = page.locator("#attachments li.chip", has_text="kettle.md")
    expect(chip).to_have_attribute("data-state", "done", timeout=60_000)
    expect(chip.locator(".upload-status")).to_have_text("Ready: 1 file indexed · 1 chunk embedded")
    assert progress_of(chip) == (1, 1)

    # this chat stops searching My documents ...
    page.click("#toggle-docs")
    mine = page.locator("#scope-list li", has_text="My documents").locator("input")
    expect(mine).to_be_checked()
    mine.uncheck()
    expect(page.locator("#scope-note")).to_have_text("Saved for this chat.")
    expect(page.locator("#scope-summary")).not_to_have_text("Searching all documents")
    page.keyboard.press("Escape")
    expect(page.locator("#docs-panel")).to_be_hidden()

    # ... then a file dragged onto the conversation is attached, and searched again
    page.dispatch_event(
        "main.chat",
        "dragenter",
        {"dataTransfer": page.evaluate_handle(ONE_FILE)},
    )
    expect(page.locator("#drop-overlay")).to_be_visible()
    expect(page.locator("#drop-overlay")).to_contain_text("My documents")
    shot(page, "attach-drag-over-chat.png")
    drop_files(page, "#messages", {"beehive.md": BEEHIVE})
    expect(page.locator("#drop-overlay")).to_be_hidden()
    dropped = page.locator("#attachments li.chip", has_text="beehive.md")
    expect(dropped).to_have_attribute("data-state", "done", timeout=60_000)
    shot(page, "attach-chips-ready.png")

    page.click("#toggle-docs")
    expect(mine).to_be_checked()  # the chat it was attached in searches My documents again
    expect(page.locator("#docs-collection option:checked")).to_contain_text("My documents")
    for name in ("kettle.md", "beehive.md"):
        row = document_row(page, name)
        expect(row.locator(".badge")).to_have_text("ready")
        expect(row.locator(".doc-meta")).to_contain_text("local")
    shot(page, "attach-listed-in-my-documents.png")
    page.click("#docs-close")

    # asked right after: the answer cites the attachment, and the used chips leave
    answer = ask(page, "What are the saffron-banded bees of hive seven fed in March?")
    expect(answer.locator(".sources")).to_contain_text("beehive.md")
    expect(page.locator("#attachments li")).to_have_count(0)


def test_refused_files_show_their_reasons_and_are_not_listed(
    server: RunningServer, page: Page, fake: httpx.Client, no_dialogs: list[str]
) -> None:
    open_panel(page, server)
    page.set_input_files(
        "#docs-input",
        files=[
            raw("report.pdf", b"not a pdf at all", "application/pdf"),
            raw("setup.exe", b"MZ\x90\x00"),
        ],
    )
    upload = page.locator("#uploads li.upload").first
    expect(upload).to_have_attribute("data-state", "refused")
    expect(upload.locator(".upload-status")).to_have_text("Refused: no file was taken")
    reasons = upload.locator(".refused li")
    expect(reasons).to_have_text(
        [
            "report.pdf — the file is named .pdf but is not a PDF",
            re.compile(r"^setup\.exe — unsupported file type \.exe; supported: .*\.md, .*\.pdf"),
        ]
    )
    expect(upload.locator("progress")).to_be_hidden()

    # one good file and one bad: the good one is indexed, the bad one named with its reason
    page.set_input_files(
        "#docs-input",
        files=[md("glacier.md", GLACIER), raw("sheet.xlsx", b"PK")],
    )
    mixed = page.locator("#uploads li.upload").first
    expect(mixed).to_have_attribute("data-state", "done", timeout=60_000)
    expect(mixed.locator(".refused li")).to_have_text(
        [re.compile(r"^sheet\.xlsx — unsupported file type \.xlsx; supported: ")]
    )
    expect(document_row(page, "glacier.md").locator(".badge")).to_have_text("ready")
    for name in ("report.pdf", "setup.exe", "sheet.xlsx"):
        expect(document_row(page, name)).to_have_count(0)
    shot(page, "documents-refused.png")

    # the composer's attach button says why too
    page.click("#docs-close")
    page.set_input_files("#attach-input", files=[raw("run.exe", b"MZ")])
    chip = page.locator("#attachments li.chip", has_text="run.exe")
    expect(chip).to_have_attribute("data-state", "refused")
    expect(chip.locator(".refused li")).to_contain_text("run.exe — unsupported file type .exe")
    shot(page, "attach-refused.png")
    chip.get_by_role("button", name="Dismiss run.exe").click()
    expect(chip).to_have_count(0)


def test_deleting_asks_inline_and_the_document_leaves_the_list(
    server: RunningServer, page: Page, fake: httpx.Client, no_dialogs: list[str]
) -> None:
    open_panel(page, server)
    page.set_input_files(
        "#docs-input", files=[md("doomed.md", "# Doomed\n\nThe zorbel valve leaks.\n")]
    )
    expect(page.locator("#uploads li.upload").first).to_have_attribute(
        "data-state", "done", timeout=60_000
    )
    row = document_row(page, "doomed.md")
    expect(row.locator(".badge")).to_have_text("ready")
    count = page.locator("#doc-list li.doc").count()

    # cancelled with Esc: the question goes, the panel and the document stay
    row.get_by_role("button", name="Delete doomed.md").click()
    question = row.get_by_role("group", name="Delete doomed.md? It leaves search at once.")
    expect(question).to_be_visible()
    expect(question.get_by_role("button", name="Delete")).to_be_focused()
    shot(page, "documents-delete-confirm.png")
    page.keyboard.press("Escape")
    expect(question).to_have_count(0)
    expect(page.locator("#docs-panel")).to_be_visible()
    expect(row.get_by_role("button", name="Delete doomed.md")).to_be_focused()
    expect(page.locator("#doc-list li.doc")).to_have_count(count)

    row.get_by_role("button", name="Delete doomed.md").click()
    row.get_by_role("group").get_by_role("button", name="Delete").click()
    expect(document_row(page, "doomed.md")).to_have_count(0)
    expect(page.locator("#doc-list li.doc")).to_have_count(count - 1)
    expect(page.locator("#docs-status")).to_have_text("doomed.md deleted.")
    expect(page.locator("#docs-collection option:checked")).to_contain_text(f"({count - 1})")
    shot(page, "documents-deleted.png")
    page.reload()  # gone on the server, not only from the page
    page.click("#toggle-docs")
    expect(page.locator("#docs-collection option:checked")).to_contain_text(f"({count - 1})")
    expect(page.locator("#doc-list li.doc")).to_have_count(count - 1)
    expect(document_row(page, "doomed.md")).to_have_count(0)


def test_phone_sized_screen_and_keyboard(
    server: RunningServer, browser: Browser, fake: httpx.Client
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 780})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(server.url + "/")
        expect(page.locator("#status")).to_have_text("connected")
        expect(page.locator("#docs-panel")).to_be_hidden()
        page.focus("#toggle-docs")  # reached and opened with the keyboard
        page.keyboard.press("Enter")
        panel = page.locator("#docs-panel")
        expect(panel).to_be_visible()
        expect(page.locator("#docs-title")).to_be_focused()
        page.keyboard.press("Tab")
        expect(page.get_by_role("button", name="Close documents")).to_be_focused()
        box = panel.bounding_box()
        assert box and box["x"] == 0 and box["width"] == 390  # the whole width of the phone
        page.set_input_files(
            "#docs-input", files=[md("phone.md", "# Phone\n\nThe grelling app syncs hourly.\n")]
        )
        expect(page.locator("#uploads li.upload").first).to_have_attribute(
            "data-state", "done", timeout=60_000
        )
        expect(document_row(page, "phone.md").locator(".badge")).to_have_text("ready")
        shot(page, "documents-phone.png")
        page.keyboard.press("Escape")
        expect(panel).to_be_hidden()
        expect(page.locator("#toggle-docs")).to_be_focused()
        expect(page.locator("#attach")).to_be_in_viewport()
        page.set_input_files(
            "#attach-input", files=[md("pocket.md", "# Pocket\n\nThe pocket lamp dims.\n")]
        )
        expect(page.locator("#attachments li.chip")).to_have_attribute(
            "data-state", "done", timeout=60_000
        )
        expect(page.locator("#attachments li.chip")).to_be_in_viewport()
        shot(page, "attach-phone.png")
    finally:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_with_api_keys_uploads_and_their_progress_carry_the_key(
    tmp_path: Path, browser: Browser, openai_env: dict[str, str], fake: httpx.Client
) -> None:
    """The upload (a multipart POST) and the job's event stream send the page's key:
    the document is ada's, listed under her name, and cited in her chat."""
    env = {**openai_env, "THREADLINE_API_KEYS": "ada:ada-key"}
    server = start_server(tmp_path / "data", env, tmp_path / "server.log")
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(server.url + "/")
        page.fill("#key-input", "ada-key")
        page.click("#key-save")
        expect(page.locator("#status")).to_have_text("connected")
        page.set_input_files("#attach-input", files=[md("keyed.md", GLACIER)])
        chip = page.locator("#attachments li.chip", has_text="keyed.md")
        expect(chip).to_have_attribute("data-state", "done", timeout=60_000)
        page.click("#toggle-docs")
        row = document_row(page, "keyed.md")
        expect(row.locator(".badge")).to_have_text("ready")
        expect(row.locator(".doc-meta")).to_contain_text(" · ada · ")
        page.select_option("#docs-collection", value="shared")
        expect(page.locator("#docs-collection option:checked")).to_contain_text("Shared documents")
        expect(page.locator("#docs-readonly")).to_be_visible()  # ada is no operator
        expect(page.locator("#drop-zone")).to_be_hidden()
        expect(page.locator("#doc-list button", has_text="Delete")).to_have_count(0)
        shot(page, "documents-keys-shared-read-only.png")
        page.keyboard.press("Escape")
        answer = ask(page, "Where does the Tindrel glacier walk start?")
        expect(answer.locator(".sources")).to_contain_text("keyed.md")
    finally:
        context.close()
        server.stop()
    assert not errors, f"JavaScript errors on the page: {errors}"
