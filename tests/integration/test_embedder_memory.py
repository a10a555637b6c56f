"""MiniLM gives back the memory a batch of documents took (onnxruntime's arena, the C
heap's free pages) without changing a vector. The sizes themselves are measured in
bench/perf/memory.py, not asserted here."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from graph.retrieval import embeddings
from graph.retrieval.embeddings import ARENA_SHRINKAGE, MiniLMEmbedder
from graph.retrieval.index import DocumentIndex
from graph.retrieval.ingest import ingest_paths

TEXTS = [f"Section {n}: " + "the router's firmware update " * (1 + n % 40) for n in range(60)]


class SessionSpy:
    """The session, recording the run options of each run."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.options: list[Any] = []

    def run(self, outputs: Any, feeds: Any, run_options: Any = None) -> Any:
        self.options.append(run_options)
        return self.session.run(outputs, feeds, run_options)


class KeepsBuffers(MiniLMEmbedder):
    """MiniLM as it ran before: the arena keeps whatever it grew to, nothing is trimmed."""

    def release_buffers(self) -> None:
        pass


def shrinks(options: Any) -> bool:
    return options is not None and options.get_run_config_entry(ARENA_SHRINKAGE) == "cpu:0"


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder(threads=2, batch_tokens=512)


def test_the_session_keeps_its_settings(embedder: MiniLMEmbedder) -> None:
    options = embedder._session.get_session_options()
    assert options.intra_op_num_threads == 1 and options.inter_op_num_threads == 1
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    # the arena stays on: a batch reuses its buffers run after run (the speed of
    # ingestion); they are given back when the documents are done
    assert options.enable_cpu_mem_arena


def test_documents_shrink_the_arena_once_every_batch_is_done_and_queries_do_not(
    embedder: MiniLMEmbedder,
) -> None:
    spy = SessionSpy(embedder._session)
    embedder._session = spy
    try:
        assert len(embedder.batches([len(t.split()) for t in TEXTS])) > 2
        embedder.embed_documents(TEXTS)
        *batches, last = spy.options
        assert len(batches) > 2 and not any(shrinks(o) for o in batches)
        assert shrinks(last)
        spy.options.clear()
        embedder.embed_query("how do I update the firmware?")
        assert not any(shrinks(o) for o in spy.options)
    finally:
        embedder._session = spy.session


def test_the_heap_is_trimmed_after_each_batch_of_documents_ingested(
    embedder: MiniLMEmbedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trims: list[int] = []
    monkeypatch.setattr(embeddings, "release_freed_memory", lambda: trims.append(1))
    embedder.embed_query("a question")
    assert trims == []
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "router.md").write_text("# Router\n\n## Firmware\n\nUpdate it from the menu.\n")
    empty = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
    index, _ = ingest_paths(empty, [docs], base=docs)
    assert len(index) == 1 and trims == [1]


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_malloc_trim_is_found_on_glibc() -> None:
    assert embeddings._glibc() is not None
    embeddings.release_freed_memory()


def test_the_trim_threshold_is_fixed_once_then_the_heap_is_trimmed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[str, tuple[int, ...]]] = []

    class Libc:
        def mallopt(self, *args: int) -> int:
            calls.append(("mallopt", args))
            return 1

        def malloc_trim(self, *args: int) -> int:
            calls.append(("malloc_trim", args))
            return 1

    monkeypatch.setattr(embeddings.ctypes, "CDLL", lambda name: Libc())
    embeddings._glibc.cache_clear()
    try:
        embeddings.release_freed_memory()
        embeddings.release_freed_memory()
    finally:
        embeddings._glibc.cache_clear()  # the real C library again
    assert calls == [("mallopt", (-1, 128 * 1024)), ("malloc_trim", (0,)), ("malloc_trim", (0,))]


def test_the_vectors_are_those_of_an_embedder_that_keeps_its_buffers(
    embedder: MiniLMEmbedder,
) -> None:
    """Shrinking the arena between calls changes no vector (within 1e-5), whether the
    buffers are new or reused, for documents and queries."""
    before = KeepsBuffers(threads=2, batch_tokens=512)
    kept = np.array(before.embed_documents(TEXTS))
    for _ in range(2):  # the second time, every buffer is allocated again
        assert np.allclose(np.array(embedder.embed_documents(TEXTS)), kept, atol=1e-5)
    for n in (0, 7, 59):
        assert np.allclose(embedder.embed_query(TEXTS[n]), before.embed_query(TEXTS[n]), atol=1e-5)
