"""`threadline ingest` with the real embedded embedder, a crash mid-write, a
running server picking up a new index, and a broken index at startup."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langserve import RemoteRunnable

from fakes.models import scripted_model
from graph.context import Context
from graph.retrieval.embeddings import MiniLMEmbedder, load_embedder
from graph.retrieval.index import DocumentIndex
from graph.state import to_records
from settings import Settings
from tests.conftest import chat_nodes
from tests.integration.conftest import start_server

ROOT = Path(__file__).resolve().parents[2]

ROUTER = """# Acme Router

The Acme Router connects your home to the internet over fibre.

## Installing the router

Plug the router into the fibre socket, connect the power cable and wait for the
green light. Then open http://192.168.0.1 and follow the setup wizard.

## Updating the firmware

Download the firmware file, open the admin page, choose Maintenance and upload
the file. The router restarts by itself after the update.
"""

PRINTER = """# Acme Printer

The Acme Printer prints photos and documents in colour.

## Installing the printer

Unpack the printer, remove the orange tape, insert the ink cartridges and load
paper into the tray before switching it on.

## Cleaning the print head

Run the cleaning cycle from the printer menu when prints show streaks.
"""

BILLING = """<html><head><title>Billing</title></head><body>
<h1>Invoices and refunds</h1>
<p>Invoices are emailed on the first day of each month. Refunds for returned
hardware reach your card within ten working days.</p></body></html>"""

QUESTIONS = {
    "How do I set up the router?": "Acme Router > Installing the router",
    "How can I update the router firmware?": "Acme Router > Updating the firmware",
    "My prints have streaks, what should I do?": "Acme Printer > Cleaning the print head",
    "When will I get my money back for a returned device?": "Invoices and refunds",
    "How do I put ink in the printer?": "Acme Printer > Installing the printer",
}


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    docs = tmp_path_factory.mktemp("corpus")
    (docs / "router.md").write_text(ROUTER)
    (docs / "printer.md").write_text(PRINTER)
    (docs / "billing.html").write_text(BILLING)
    (docs / "image.png").write_bytes(b"\x89PNG\x00\x00")
    return docs


@pytest.fixture(scope="module")
def ingested(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    index_dir = tmp_path_factory.mktemp("index") / "idx"
    result = cli("ingest", str(corpus), "--index", str(index_dir))
    assert result.returncode == 0, result.stderr
    assert "3 added" in result.stdout and "0 skipped" in result.stdout  # .png is not picked up
    return index_dir


def test_questions_retrieve_the_section_that_answers_them(ingested: Path) -> None:
    index = DocumentIndex.load(ingested, MiniLMEmbedder())
    for question, title in QUESTIONS.items():
        top3 = [c["title"] for c in index.search(question, 3, 0.0)]
        assert title in top3, (question, top3)


def test_reingest_is_a_no_op_and_stats_report_it(corpus: Path, ingested: Path) -> None:
    again = cli("ingest", str(corpus), "--index", str(ingested))
    assert "0 added, 0 replaced, 3 unchanged" in again.stdout
    stats = cli("index", "stats", "--index", str(ingested))
    assert '"chunks"' in stats.stdout and '"sources": 3' in stats.stdout
    assert "minilm-l6-v2-int8" in stats.stdout


def test_an_edit_embeds_only_the_section_it_changed(corpus: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(corpus, docs)
    index_dir = tmp_path / "idx"
    assert cli("ingest", str(docs), "--index", str(index_dir)).returncode == 0
    edited = ROUTER.replace(
        "The router restarts by itself after the update.",
        "The router restarts by itself; never unplug it while its light blinks red.",
    )
    (docs / "router.md").write_text(edited)
    again = cli("ingest", str(docs), "--index", str(index_dir))
    assert "0 added, 1 replaced, 2 unchanged" in again.stdout, again.stdout
    counts = re.search(r"(\d+) chunks embedded, (\d+) unchanged kept", again.stdout)
    assert counts and int(counts[1]) >= 1 and int(counts[2]) >= 1, again.stdout
    index = DocumentIndex.load(index_dir, MiniLMEmbedder())
    top = index.search("Can I unplug the router during a firmware update?", 1, 0.0)
    assert "blinks red" in top[0]["text"]
    # the kept vectors are the ones the chunks' text gets from the embedder now
    fresh = MiniLMEmbedder().embed_documents([c["text"] for c in index.chunks])
    np.testing.assert_allclose(index.vectors, np.asarray(fresh), atol=1e-4)


async def test_a_follow_up_finds_the_section_of_the_earlier_subject(ingested: Path) -> None:
    index = DocumentIndex.load(ingested, MiniLMEmbedder())
    nodes = chat_nodes(scripted_model(), index)
    history = to_records(
        [
            HumanMessage("Tell me about the Acme Router."),
            AIMessage("It connects your home to the internet."),
            HumanMessage("How do I install it?"),
        ]
    )
    runtime = SimpleNamespace(context=Context(top_k=1, relevance_threshold=0.0))
    out = await nodes.retrieve({"messages": history}, runtime)  # type: ignore[arg-type]
    assert out["sources"][0]["title"] == "Acme Router > Installing the router"


def test_a_crash_mid_write_leaves_the_old_index_loadable(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "idx"
    assert cli("ingest", str(corpus / "router.md"), "--index", str(index_dir)).returncode == 0
    script = textwrap.dedent(f"""
        import os, signal, sys
        from pathlib import Path
        sys.argv = ["threadline", "ingest", {str(corpus)!r}, "--index", {str(index_dir)!r}]
        real_rename = Path.rename
        def rename(self, target):
            os.kill(os.getpid(), signal.SIGKILL)  # die with the new index half swapped in
        Path.rename = rename
        import cli
        cli.main()
    """)
    crashed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=300)
    assert crashed.returncode == -signal.SIGKILL
    index = DocumentIndex.load(index_dir, MiniLMEmbedder())
    assert [Path(s).name for s in index.sources] == ["router.md"]
    assert cli("ingest", str(corpus), "--index", str(index_dir)).returncode == 0
    assert len(DocumentIndex.load(index_dir, MiniLMEmbedder()).sources) == 3


def test_a_crash_while_writing_the_lexical_index_leaves_the_old_pair_loadable(
    corpus: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "idx"
    assert cli("ingest", str(corpus / "router.md"), "--index", str(index_dir)).returncode == 0
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.argv = ["threadline", "ingest", {str(corpus)!r}, "--index", {str(index_dir)!r}]
        from graph.retrieval.lexical import LexicalIndex
        def save(self, path):
            path.write_bytes(b"PK half a file")
            os.kill(os.getpid(), signal.SIGKILL)  # die halfway through the lexical index
        LexicalIndex.save = save
        import cli
        cli.main()
    """)
    crashed = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=300)
    assert crashed.returncode == -signal.SIGKILL
    index = DocumentIndex.load(index_dir, load_embedder(Settings()))
    assert [Path(s).name for s in index.sources] == ["router.md"]
    assert len(index.lexical) == len(index.chunks)
    assert index.search("fibre socket", 1, 0.0)[0]["source"].endswith("router.md")


def test_a_damaged_lexical_index_stops_serve_with_a_clear_error(
    corpus: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "data" / "index"
    assert cli("ingest", str(corpus / "router.md"), "--index", str(index_dir)).returncode == 0
    (index_dir / "lexical.npz").write_bytes(b"not an index")
    result = cli("serve", "--port", "1", env={"THREADLINE_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{index_dir / 'lexical.npz'} is damaged" in result.stderr
    assert "threadline ingest --reembed" in result.stderr
    fixed = cli("ingest", "--reembed", "--index", str(index_dir))
    assert fixed.returncode == 0, fixed.stderr
    assert cli("index", "stats", "--index", str(index_dir)).returncode == 0


def test_a_running_server_picks_up_a_new_index(
    tmp_path: Path, openai_env: dict[str, str], corpus: Path, fake: Any
) -> None:
    env = {**openai_env, "THREADLINE_DATA_DIR": str(tmp_path / "data")}
    server = start_server(tmp_path / "data", openai_env, tmp_path / "server.log")
    try:
        chat = RemoteRunnable(f"{server.url}/chat")
        question = {"messages": [{"type": "human", "content": "How do I clean the print head?"}]}
        before = chat.invoke(question, {"configurable": {"thread_id": str(uuid.uuid4())}})
        assert "printer.md" not in {s["source"] for s in before.response_metadata["sources"]}
        added = cli("ingest", str(corpus / "printer.md"), env=env)
        assert added.returncode == 0, added.stderr
        after = chat.invoke(question, {"configurable": {"thread_id": str(uuid.uuid4())}})
        sources = after.response_metadata["sources"]
        assert sources and sources[0]["source"].endswith("printer.md")
        assert sources[0]["title"] == "Acme Printer > Cleaning the print head"
    finally:
        server.stop()


def test_a_broken_index_stops_serve_with_a_clear_error(tmp_path: Path) -> None:
    index_dir = tmp_path / "data" / "index"
    index_dir.mkdir(parents=True)
    (index_dir / "manifest.json").write_text("{not json")
    result = cli("serve", "--port", "1", env={"THREADLINE_DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 2
    assert f"the index at {index_dir} is incomplete" in result.stderr
    assert "threadline ingest" in result.stderr and "Traceback" not in result.stderr


def test_documents_embedded_in_parallel_batches_get_the_vectors_of_one_at_a_time() -> None:
    """MiniLM runs several batches at once for documents (one thread each); a text's
    vector does not depend on that, nor on its batch, nor on being a query."""
    texts = [f"Section {n}: " + "the router's firmware update " * (1 + n % 40) for n in range(60)]
    parallel = MiniLMEmbedder(threads=2, batch_tokens=512)
    assert len(parallel.batches([len(t.split()) for t in texts])) > 2  # several batches
    one_at_a_time = MiniLMEmbedder(threads=1, batch_tokens=512)
    together = np.array(parallel.embed_documents(texts))
    alone = np.array(one_at_a_time.embed_documents(texts))
    assert np.allclose(together, alone, atol=1e-5)
    assert np.allclose(together[7], parallel.embed_query(texts[7]), atol=1e-5)
