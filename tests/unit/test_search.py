"""The snippets of a search of the messages: the match with some words on each side."""

from __future__ import annotations

from service.search import SNIPPET_CONTEXT, snippet


def test_a_snippet_is_the_match_with_whole_words_around_it() -> None:
    text = "word " * 40 + "the NEEDLE\n\nhere " + "tail " * 40
    start = text.index("NEEDLE")
    found = snippet(text, start, start + len("needle"))
    assert found["match"] == "NEEDLE"
    assert found["before"].startswith("…word") and found["before"].endswith("the ")
    assert found["after"].startswith(" here tail") and found["after"].endswith("tail…")
    assert found["snippet"] == found["before"] + found["match"] + found["after"]
    assert len(found["snippet"]) <= 2 * SNIPPET_CONTEXT + len("NEEDLE") + 2


def test_a_short_text_is_whole() -> None:
    found = snippet("  Tea at\tninety degrees. ", 9, 15)
    assert found == {
        "snippet": "Tea at ninety degrees.",
        "before": "Tea at ",
        "match": "ninety",
        "after": " degrees.",
    }
