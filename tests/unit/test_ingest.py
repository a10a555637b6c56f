"""Ingestion and the index on disk, with the deterministic fake embedder."""

from __future__ import annotations

import gc
import time
import weakref
from pathlib import Path

import numpy as np
import pytest

from fakes.models import HashEmbedder
from graph.retrieval import search as search_module
from graph.retrieval.follow_ups import is_follow_up, subject_turns
from graph.retrieval.index import (
    NEIGHBOUR_CHARS,
    DocumentIndex,
    IndexUnavailable,
    LiveIndex,
    focused,
    head,
    read_manifest,
    shared_overlap,
    tail,
)
from graph.retrieval.ingest import ingest_paths, read_document, remove_paths
from graph.retrieval.lexical import literals, query_terms, terms, terms_at
from graph.retrieval.reading import Unreadable, html_to_markdown
from graph.retrieval.splitting import split_markdown

GUIDE = """# Widget

Intro text about the widget.

## Installing

Run pip install widget to install the widget on your machine.

## Configuring

Edit widget.toml to configure ports and colours.
"""


def tiny_pdf(text: str) -> bytes:
    """A one-page PDF whose page shows `text`, written by hand (no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def empty_index() -> DocumentIndex:
    return DocumentIndex(HashEmbedder(), [], np.zeros((0, 1), np.float32), {})


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "widget.md").write_text(GUIDE)
    (docs / "page.html").write_text(
        "<html><head><title>Support</title><style>p{}</style></head><body>"
        "<h1>Getting help</h1><p>Email the support desk for refunds.</p>"
        "<script>alert('x')</script></body></html>"
    )
    (docs / "manual.pdf").write_bytes(tiny_pdf("Warranty lasts two years"))
    return docs


def test_split_markdown_keeps_section_titles_positions_and_hashes() -> None:
    chunks = split_markdown(GUIDE, "widget.md", chunk_size=200, chunk_overlap=0)
    titles = [c["title"] for c in chunks]
    assert "Widget > Installing" in titles and "Widget > Configuring" in titles
    assert [c["position"] for c in chunks] == list(range(len(chunks)))
    assert all(len(c["content_hash"]) == 64 for c in chunks)
    long = split_markdown("# T\n\n" + "word " * 1000, "long.md", chunk_size=300, chunk_overlap=50)
    assert len(long) > 10 and all(len(c["text"]) <= 300 for c in long)


def test_read_document_handles_each_format(corpus: Path) -> None:
    html, _ = read_document(corpus / "page.html", 10**6)
    assert "# Getting help" in html  # headings become Markdown headings
    assert "alert" not in html and "p{}" not in html
    (corpus / "plain.html").write_text("<title>Plain</title><p>No headings here.</p>")
    assert read_document(corpus / "plain.html", 10**6)[0].startswith("# Plain")
    pdf, _ = read_document(corpus / "manual.pdf", 10**6)
    assert "Warranty lasts two years" in pdf


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("empty.md", b"   \n", "no text"),
        ("binary.txt", b"abc\x00\x01\x02", "binary"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
        ("notes.odt", b"whatever", "unsupported file type"),
        ("notes.docx", b"whatever", "not a Word document"),
        ("broken.pdf", b"%PDF-1.4 this is not a pdf", "not a readable PDF"),
        ("big.md", b"x" * 2000, "over the limit"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(Unreadable, match=reason):
        read_document(path, max_bytes=1000)


def test_ingest_skips_bad_files_and_continues(corpus: Path) -> None:
    (corpus / "bad.txt").write_bytes(b"\x00\x00")
    index, report = ingest_paths(empty_index(), [corpus], base=corpus)
    assert sorted(report.added) == ["manual.pdf", "page.html", "widget.md"]
    assert report.skipped == {"bad.txt": "binary content in a text file"}
    assert "3 added" in report.summary() and "skipped bad.txt" in report.summary()
    assert index.search("warranty years", 1, 0.1)[0]["source"] == "manual.pdf"


def test_reingesting_adds_nothing_and_a_changed_file_replaces_its_chunks(corpus: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    count = len(index)
    index, report = ingest_paths(index, [corpus], base=corpus)
    assert report.unchanged and not report.added and len(index) == count
    (corpus / "widget.md").write_text("# Widget\n\nThe widget is now called gadget.\n")
    index, report = ingest_paths(index, [corpus], base=corpus)
    assert report.replaced == ["widget.md"]
    widget = [c for c in index.chunks if c["source"] == "widget.md"]
    assert len(widget) == 1 and "gadget" in widget[0]["text"]
    assert len(index.vectors) == len(index.chunks)


class CountingEmbedder(HashEmbedder):
    """Remembers every text it was asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded += texts
        return super().embed_documents(texts)


def test_an_edited_or_moved_file_embeds_only_text_the_index_does_not_hold(tmp_path: Path) -> None:
    sections = [f"## Part {n}\n\n" + f"Words about subject{n}. " * 30 for n in range(8)]
    (tmp_path / "book.md").write_text("# Book\n\n" + "\n\n".join(sections))
    embedder = CountingEmbedder()
    start = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
    index, first = ingest_paths(start, [tmp_path], base=tmp_path)
    assert first.chunks_reused == 0 and len(embedder.embedded) == len(index) >= 8
    # one section edited: only its chunks are embedded again
    sections[3] = "## Part 3\n\nThis part now explains the frobnicator instead."
    (tmp_path / "book.md").write_text("# Book\n\n" + "\n\n".join(sections))
    embedder.embedded.clear()
    index, report = ingest_paths(index, [tmp_path], base=tmp_path)
    assert report.replaced == ["book.md"] and embedder.embedded
    assert all("frobnicator" in t for t in embedder.embedded)
    assert report.chunks_reused == len(index) - len(embedder.embedded) > 0
    assert f"{len(embedder.embedded)} chunks embedded" in report.summary()
    # the kept vectors are those a fresh ingestion gives, row for row
    fresh, _ = ingest_paths(empty_index(), [tmp_path], base=tmp_path)
    assert [c["text"] for c in fresh.chunks] == [c["text"] for c in index.chunks]
    np.testing.assert_allclose(fresh.vectors, index.vectors, atol=1e-6)
    assert index.search("frobnicator", 1, 0.1)[0]["title"].endswith("Part 3")
    # the same file under another name embeds nothing
    embedder.embedded.clear()
    (tmp_path / "moved").mkdir()
    (tmp_path / "book.md").rename(tmp_path / "moved" / "book.md")
    index, report = ingest_paths(index, [tmp_path / "moved"], base=tmp_path)
    assert report.added == ["moved/book.md"] and embedder.embedded == []
    assert report.chunks_reused == report.chunks_added > 0


def test_remove_a_file_or_a_folder(corpus: Path) -> None:
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "extra.md").write_text("# Extra\n\nExtra facts.")
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    index, gone = remove_paths(index, [corpus / "widget.md"], base=corpus)
    assert gone == ["widget.md"] and "widget.md" not in index.sources
    index, gone = remove_paths(index, [sub], base=corpus)
    assert gone == ["sub/extra.md"]
    assert {c["source"] for c in index.chunks} == {"page.html", "manual.pdf"}


def test_save_and_load_round_trip_and_refuse_another_embedder(corpus: Path, tmp_path: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    index.save(tmp_path / "index")
    loaded = DocumentIndex.load(tmp_path / "index", HashEmbedder())
    assert loaded.chunks == index.chunks and loaded.sources == index.sources
    assert loaded.search("refunds support", 1, 0.1)[0]["source"] == "page.html"

    class OtherEmbedder(HashEmbedder):
        id = "other"

    with pytest.raises(IndexUnavailable, match="built with the embedder 'hash-test'"):
        DocumentIndex.load(tmp_path / "index", OtherEmbedder())


def test_a_failed_save_leaves_the_old_index_intact(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    index.save(tmp_path / "index")
    bigger = index.replace_source(
        "new.md", "h", split_markdown("# New\n\nnew", "new.md"), np.ones((1, 256), np.float32)
    )

    def crash(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(np, "save", crash)
    with pytest.raises(OSError):
        bigger.save(tmp_path / "index")
    monkeypatch.undo()
    assert len(DocumentIndex.load(tmp_path / "index", HashEmbedder())) == len(index)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "index"]


def test_incomplete_index_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "index").mkdir()
    with pytest.raises(IndexUnavailable, match="incomplete .*run `threadline ingest`"):
        DocumentIndex.load(tmp_path / "index", HashEmbedder())


def test_live_index_reloads_when_a_new_index_is_saved(corpus: Path, tmp_path: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus / "widget.md"], base=corpus)
    index.save(tmp_path / "index")
    live = LiveIndex(tmp_path / "index", index)
    assert not live.search("warranty years", 3, 0.3)
    updated, _ = ingest_paths(index, [corpus / "manual.pdf"], base=corpus)
    updated.save(tmp_path / "index")
    assert live.search("warranty years", 3, 0.3)[0]["source"] == "manual.pdf"


def test_hnsw_finds_what_flat_finds() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(2000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    chunks = split_markdown(
        "# T\n\n" + "\n\n".join(f"c{i} " * 40 for i in range(2000)),
        "x.md",
        chunk_size=150,
        chunk_overlap=0,
    )[:2000]
    flat = DocumentIndex(HashEmbedder(), chunks, vectors, index_type="flat")
    hnsw = DocumentIndex(HashEmbedder(), chunks, vectors, index_type="auto", hnsw_min_chunks=1000)
    assert (flat.kind, hnsw.kind) == ("flat", "hnsw")
    hits = 0
    for q in vectors[:50]:
        hits += len(
            {c["chunk_id"] for c in flat.search_vector(q, 5, -1)}
            & {c["chunk_id"] for c in hnsw.search_vector(q, 5, -1)}
        )
    assert hits / 250 >= 0.95


def follow_up_context(user_turns: list[str]) -> str | None:
    """The pronoun rule alone: the earlier turns a turn that looks like a follow-up
    depends on (`subject_turns`), None for a turn that does not."""
    return subject_turns(user_turns) if is_follow_up(user_turns[-1]) else None


def test_follow_up_context() -> None:
    assert follow_up_context(["What is the Acme Router?"]) is None
    assert follow_up_context(["What is the Acme Router?", "How do I install it?"]) == (
        "What is the Acme Router?"
    )
    assert (
        follow_up_context(
            [
                "Tell me about billing.",
                "Which ports does the router open by default for remote admin?",
            ]
        )
        is None
    )


def test_terms_split_identifiers_and_keep_them_whole() -> None:
    words = terms("Set max_connections and call os.path.join or getUserName; error 23505")
    assert {"max_connections", "max", "connect", "os.path.join", "path", "join"} <= set(words)
    assert {"getusername", "get", "user", "name", "23505"} <= set(words)
    assert "and" not in words and "or" not in words


def test_hybrid_search_finds_an_identifier_asked_for_in_plain_words() -> None:
    chunks = split_markdown(
        "# Server\n\n## Connections\n\nSet `max_connections` in the config file.\n\n"
        "## Memory\n\nThe buffer pool is sized by the memory settings.\n",
        "server.md",
    )
    index = DocumentIndex(HashEmbedder(), chunks)
    top = index.search("which setting caps the connections", 1, 0.1)
    assert top and top[0]["title"] == "Server > Connections"
    assert index.lexical.top(query_terms("max_connections"), 1)[0][0] == 0


def test_literals_are_the_code_like_words_a_question_quotes() -> None:
    question = "Is 40P01 or error 23505 from pg_dump --no-owner, os.path.join, getUserName?"
    assert literals(question) == [
        "--no-owner",
        "40p01",
        "23505",
        "pg_dump",
        "os.path.join",
        "getusername",
    ]
    assert literals("How does PostgreSQL handle a deadlock in 10 seconds?") == []
    # a long message of one letter is read in linear time (a backtracking pattern
    # took 6.6 s for 20,000 characters, and grows with the square of the length)
    started = time.perf_counter()
    assert literals("x" * 200_000) == []
    assert time.perf_counter() - started < 2
    # a long option is indexed with its dashes too, so it can be found as written
    assert {"--jobs", "job"} <= set(terms("-j njobs --jobs=njobs"))


ERROR_CODES = (
    "# Error codes\n\n## About error codes\n\nEach error the server reports has a "
    "five-character code; the first two characters name its class.\n\n"
    + "".join(
        f"## Class {n}\n\n{n}000 class_{n}_general {n}001 class_{n}_detail "
        f"{n}005 class_{n}_other\n\n"
        for n in range(10, 30)
    )
    + "## Class 30\n\n30502 not_null_violation 23505 unique_violation 30514 check_violation\n"
)


@pytest.mark.parametrize("weight, found", [(search_module.LITERAL_WEIGHT, True), (0.0, False)])
def test_a_quoted_code_outranks_chunks_sharing_the_questions_common_words(
    monkeypatch: pytest.MonkeyPatch, weight: float, found: bool
) -> None:
    """The question's common words ("what does the error code mean") fill the prose
    chunk; the table holding the code it quotes must still come first. Checked both
    ways, so the test fails without the rule."""
    monkeypatch.setattr(search_module, "LITERAL_WEIGHT", weight)
    index = DocumentIndex(HashEmbedder(), split_markdown(ERROR_CODES, "errors.md"))
    top = index.search("What does the error code 23505 mean?", 1, 0.0)
    assert (top[0]["title"] == "Error codes > Class 30") is found


GUIDES = {
    "stash.md": "# git stash\n\nStash the changes in a dirty working directory away. "
    "Use git stash pop to get your stashed changes back, or git stash apply to keep "
    "the stash.\n",
    "undo.md": "# Undoing work\n\nTo get changes back from the history, check out "
    "the file from an older commit with git restore.\n",
    "bread.md": "# Bread\n\nKnead the dough and let it rise overnight.\n",
}


def test_a_turn_that_does_not_look_like_a_follow_up_carries_the_subject_only_if_surer() -> None:
    chunks = [c for name, text in GUIDES.items() for c in split_markdown(text, name)]
    index = DocumentIndex(HashEmbedder(), chunks)
    turns = ["What does git stash do?", "How do I get all my changes back?"]
    assert follow_up_context(turns) is None  # seven words, no pronoun
    assert index.search(turns[-1], 1, 0.1)[0]["source"] == "undo.md"  # the turn alone
    found, subject = index.search_conversation(turns, 1, 0.1)
    assert found[0]["source"] == "stash.md" and subject == "What does git stash do?"
    # so a later turn that leans back finds the subject two turns up, through it
    later = [*turns, "And how do I list them?"]
    assert index.subject_of(later, 0.1) == " ".join(turns)
    assert subject_turns(later) == turns[-1]  # what the pronoun rule alone would give
    # a question about nothing in the documents is not pulled to the earlier subject
    other = "Which city became the capital of Australia after federation?"
    assert index.search(other, 3, 0.2) == []
    assert index.search(other, 3, 0.2, turns[0])  # carried regardless, it would be
    assert index.search_conversation([turns[0], other], 3, 0.2) == ([], None)


def test_an_index_that_kept_query_vectors_is_freed_without_the_collector() -> None:
    """A live index is replaced when a new one is ingested; the query vectors it keeps
    must not tie it into a reference cycle that only the (rarely run) collector frees."""
    index = DocumentIndex(HashEmbedder(), split_markdown("# A\n\nhello world\n", "a.md"))
    assert index.search("hello", 1, 0.0)
    gone = weakref.ref(index)
    gc.disable()
    try:
        del index
        assert gone() is None
    finally:
        gc.enable()


def test_the_threshold_still_keeps_unrelated_questions_out(corpus: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    assert index.search("bake sourdough bread", 3, 0.3) == []
    assert index.search("widget.toml ports", 3, 0.99) == []


def test_code_blocks_are_not_cut_and_chunks_know_their_section_path() -> None:
    code = "```python\n" + "\n".join(f"    step_{i}()" for i in range(30)) + "\n```"
    text = f"# Install\n\n## From source\n\n{'Build it like this. ' * 20}\n\n{code}\n\nDone.\n"
    chunks = split_markdown(text, "install.md", chunk_size=500, chunk_overlap=50)
    holding = [c for c in chunks if "step_0()" in c["text"]]
    assert len(holding) == 1 and "step_29()" in holding[0]["text"]
    assert "    step_1()" in holding[0]["text"]  # indentation survives
    assert {c["title"] for c in chunks} == {"Install > From source"}
    long = split_markdown("# T\n\n```\n" + "x = 1\n" * 400 + "```\n", "t.md", chunk_size=300)
    assert len(long) > 1 and all(c["text"].count("```") == 2 for c in long)
    assert all(c["text"].rstrip().endswith("```") and len(c["text"]) <= 300 for c in long)


def test_html_keeps_code_tables_and_drops_navigation() -> None:
    html = (
        "<html><body><div class='sphinxsidebar'>Previous topic</div><h1>Codes</h1>"
        "<p>Run\n   this:</p><pre>def f():\n    return 1</pre>"
        "<table><tr><td>23505</td><td>unique_violation</td></tr></table></body></html>"
    )
    text = html_to_markdown(html)
    assert "```\ndef f():\n    return 1\n```" in text
    assert "23505 unique_violation" in text and "Run this:" in text
    assert "Previous topic" not in text


def test_the_lexical_index_follows_updates_and_removals(corpus: Path, tmp_path: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    assert len(index.lexical) == len(index.chunks)
    (corpus / "widget.md").write_text("# Widget\n\nThe widget is now called gadget.\n")
    index, _ = ingest_paths(index, [corpus], base=corpus)
    index, _ = remove_paths(index, [corpus / "page.html"], base=corpus)
    assert len(index.lexical) == len(index.chunks)
    found = {index.chunks[i]["source"] for i, _ in index.lexical.top(query_terms("gadget"), 5)}
    assert found == {"widget.md"}
    assert not index.lexical.top(query_terms("refunds"), 5)
    index.save(tmp_path / "index")
    loaded = DocumentIndex.load(tmp_path / "index", HashEmbedder())
    assert loaded.search("gadget", 1, 0.1)[0]["source"] == "widget.md"


def test_a_damaged_lexical_index_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    index.save(tmp_path / "index")
    (tmp_path / "index" / "lexical.npz").write_bytes(b"garbage")
    with pytest.raises(IndexUnavailable, match=r"lexical index .* is damaged.*--reembed"):
        read_manifest(tmp_path / "index")
    (tmp_path / "index" / "lexical.npz").unlink()
    with pytest.raises(IndexUnavailable, match="no lexical index"):
        DocumentIndex.load(tmp_path / "index", HashEmbedder())
    rebuilt = DocumentIndex.load(tmp_path / "index", HashEmbedder(), reembed=True)
    assert len(rebuilt.lexical) == len(rebuilt.chunks) == len(index.chunks)


def test_reembed_moves_an_index_to_another_embedder(corpus: Path, tmp_path: Path) -> None:
    index, _ = ingest_paths(empty_index(), [corpus], base=corpus)
    index.save(tmp_path / "index")

    class SmallEmbedder(HashEmbedder):
        id = "small"

        def __init__(self) -> None:
            super().__init__(dimension=64)

    with pytest.raises(IndexUnavailable, match="threadline ingest --reembed"):
        DocumentIndex.load(tmp_path / "index", SmallEmbedder())
    moved = DocumentIndex.load(tmp_path / "index", SmallEmbedder(), reembed=True)
    assert moved.vectors.shape == (len(index.chunks), 64)
    moved.save(tmp_path / "index")
    again = DocumentIndex.load(tmp_path / "index", SmallEmbedder())
    assert again.search("warranty years", 1, 0.1)[0]["source"] == "manual.pdf"


def test_follow_up_context_carries_the_subject_back_to_the_turn_that_named_it() -> None:
    turns = ["What is pgbench?", "How do I initialize its tables?", "How do I make it run longer?"]
    assert follow_up_context(turns) == "What is pgbench? How do I initialize its tables?"
    switch = ["What is pgbench?", "Explain how Python list comprehensions work in detail please"]
    assert follow_up_context(switch) is None


def neighbourly_index() -> DocumentIndex:
    """One page cut into several chunks (with the splitter's overlap), and another page."""
    sentences = " ".join(f"Sentence {n} of the manual talks about topic{n}." for n in range(60))
    chunks = split_markdown(f"# Manual\n\n{sentences}\n", "manual.md", 300, 60)
    chunks += split_markdown("# Other\n\nSomething else entirely.\n", "other.md", 300, 60)
    return DocumentIndex(HashEmbedder(), chunks)


def test_a_hit_carries_the_text_around_it_into_the_prompt() -> None:
    index = neighbourly_index()
    middle = next(c for c in index.chunks if "topic30" in c["text"])
    before = index.chunks[middle["position"] - 1]
    after = index.chunks[middle["position"] + 1]
    assert shared_overlap(before["text"], middle["text"]) > 0  # the splitter overlaps them
    alone = index.search("topic30", 1, -1.0, neighbours=0)
    assert alone[0]["text"] == middle["text"]
    (hit,) = index.search("topic30", 1, -1.0)
    assert hit["chunk_id"] == middle["chunk_id"] and hit["score"] == alone[0]["score"]
    assert middle["text"] in hit["text"]

    def flat(text: str) -> str:
        return " ".join(text.split())

    # the chunk before and the one after (short enough to fit the budget whole),
    # joined to it without repeating the overlap the splitter gave them
    start = before["text"][: len(before["text"]) - shared_overlap(before["text"], middle["text"])]
    end = after["text"][shared_overlap(middle["text"], after["text"]) :]
    assert len(start) <= NEIGHBOUR_CHARS and len(end) <= NEIGHBOUR_CHARS
    assert flat(hit["text"]) == flat(f"{start} {middle['text']} {end}")
    assert len(hit["text"]) <= len(middle["text"]) + 2 * (NEIGHBOUR_CHARS + 1)
    assert "Something else" not in hit["text"]  # another source is never a neighbour


def test_neighbours_that_are_hits_themselves_are_not_repeated() -> None:
    index = neighbourly_index()
    hits = index.with_neighbours([{**c, "score": 1.0} for c in index.chunks[2:4]], 10_000)
    first, second = (h["text"] for h in hits)
    assert index.chunks[3]["text"] not in first and index.chunks[2]["text"] not in second
    assert index.chunks[1]["text"][-50:] in first and index.chunks[4]["text"][:50] in second
    assert index.with_neighbours(hits, 0) == hits


def test_neighbour_text_is_cut_at_a_line_and_code_stays_fenced() -> None:
    code = "Intro line.\n```\n" + "\n".join(f"step_{i}()" for i in range(50)) + "\n```"
    assert head(code, 100).endswith("\n```") and head(code, 100).count("```") == 2
    assert tail(code, 100).startswith("```\n") and tail(code, 100).count("```") == 2
    assert tail("one two three four", 10) == "… three four"  # cut inside a line
    assert head("one two\nthree four", 12) == "one two"  # cut at a line end
    assert head("short", 10) == "short" and tail("short", 10) == "short"


def test_a_neighbour_gives_the_sentences_that_hold_the_question_words() -> None:
    index = neighbourly_index()
    text = " ".join(f"Sentence {n} of the manual talks about topic{n}." for n in range(12))
    words = query_terms("what about topic7")
    after = focused(text, 100, words, index.lexical, at_end=False)
    assert "topic7." in after and len(after) <= 104 and after.startswith("… ")
    before = focused(text, 100, words, index.lexical, at_end=True)
    assert "topic7." in before and before.endswith(" …")
    # nothing of the question in it: the sentences next to the hit
    assert focused(text, 100, query_terms("unrelated"), index.lexical, False) == head(text, 100)
    assert focused(text, 100, query_terms("unrelated"), index.lexical, True) == tail(text, 100)


def test_terms_at_gives_the_terms_with_where_they_are() -> None:
    text = "Set max_connections, then call getUserName; error 23505 while running."
    found = terms_at(text)
    assert sorted(t for _, t in found) == sorted(terms(text))
    # each at the start of the word it comes from (a part of an identifier at the whole's)
    assert all(t[:3] in text[at:].split()[0].lower() for at, t in found)
    assert (text.index("getUserName"), "user") in found
    index = neighbourly_index()
    assert index.lexical.holds_any(0, query_terms("topic1"))
    assert not index.lexical.holds_any(0, {"topic59": 1.0, "unknownword": 1.0})
    assert not index.lexical.holds_any(0, {})


def test_a_note_box_is_not_a_section_of_its_own() -> None:
    html = (
        "<h1>pg_dump</h1><h2>Options</h2><p>-a dumps only the data.</p>"
        "<div class='note'><h3 class='title'>Note</h3><p>Beware of triggers.</p></div>"
        "<p>-t dumps one table.</p><h2>Examples</h2><p>pg_dump mydb</p>"
    )
    text = html_to_markdown(html)
    assert "Note:" in text and "### Note" not in text
    chunks = split_markdown(text, "pgdump.html")
    by_title = {c["title"]: c["text"] for c in chunks}
    assert set(by_title) == {"pg_dump > Options", "pg_dump > Examples"}
    assert "-t dumps one table." in by_title["pg_dump > Options"]
