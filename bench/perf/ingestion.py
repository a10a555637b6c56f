"""Ingestion throughput: chunks per second through `ingest_paths` (read, split,
embed, index, save) with the embedded MiniLM embedder, against the embedder
alone on the same chunk texts, in the same run; the same files ingested again
after one paragraph was added to each (what an edit costs: only new text is
embedded); and, with `--candidates`, each way of running MiniLM that was
considered, side by side on the same texts.

    python -m bench.perf.ingestion [--chunks 600] [--corpus DIR] [--candidates [--sample 400]]

`--corpus` ingests a folder of real documents (`bench/common/manuals_corpus.py`)
instead of synthetic sections of even length.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from graph.retrieval.embeddings import MiniLMEmbedder, StaticEmbedder
from graph.retrieval.index import DocumentIndex
from graph.retrieval.ingest import ingest_paths

WORDS = (
    "router firmware install invoice refund printer cartridge thread memory moderation "
    "retrieval index chunk embedding server stream token policy secret card number "
    "deploy rollback health check release operator configure network cable light "
    "password reset account billing month support ticket answer question document"
).split()


class FixedBatches(MiniLMEmbedder):
    """MiniLM as it ran before: 32 texts a batch in the order given, padded to the longest."""

    def batches(self, lengths: Sequence[int]) -> list[list[int]]:
        return [list(range(i, min(i + 32, len(lengths)))) for i in range(0, len(lengths), 32)]


#: Ways of running the embedder, measured on the same texts in the same run.
CANDIDATES: dict[str, Callable[[], Embeddings]] = {
    "minilm: 32 texts a batch in input order (before)": lambda: FixedBatches(),
    "minilm: sorted by length, 4096 tokens a batch (default)": lambda: MiniLMEmbedder(),
    "minilm: sorted by length, 8192 tokens a batch": lambda: MiniLMEmbedder(batch_tokens=8192),
    "minilm: sorted by length, 16384 tokens a batch": lambda: MiniLMEmbedder(batch_tokens=16384),
    "minilm: sorted, 4096 tokens, 1 thread": lambda: MiniLMEmbedder(threads=1),
    "minilm: sorted, 4096 tokens, cut at 128 tokens (loses text)": lambda: MiniLMEmbedder(
        max_tokens=128
    ),
    "static (distilled from minilm)": StaticEmbedder,
}


def synthetic_sections(count: int, seed: int = 0) -> list[str]:
    """`count` sections of about 1,000 characters of varied words under a heading."""
    rng = np.random.default_rng(seed)
    sections = []
    for i in range(count):
        words = rng.choice(WORDS, size=400)
        body = " ".join(words)[:960]
        sections.append(f"## Section {i}\n\n{body}.\n")
    return sections


def add_a_paragraph(path: Path) -> None:
    """One new paragraph in the middle of a document (HTML or Markdown), as an edit."""
    text = path.read_text()
    html = path.suffix in (".html", ".htm")
    mark = "</p>" if html else "\n\n"
    at = text.find(mark, len(text) // 2)
    at = len(text) if at < 0 else at + len(mark)
    added = "A paragraph added by the benchmark, about nothing in particular."
    path.write_text(text[:at] + (f"<p>{added}</p>" if html else f"{added}\n\n") + text[at:])


def candidates(texts: list[str], rounds: int) -> dict[str, float]:
    """Chunks/s of each candidate, the best of `rounds` interleaved rounds (the
    machine is shared: the best round is the one least disturbed)."""
    embedders = {name: make() for name, make in CANDIDATES.items()}
    for embedder in embedders.values():
        embedder.embed_documents(texts[:8])  # warm up
    best = dict.fromkeys(embedders, 0.0)
    for _ in range(rounds):
        for name, embedder in embedders.items():
            start = time.perf_counter()
            embedder.embed_documents(texts)
            best[name] = max(best[name], len(texts) / (time.perf_counter() - start))
    return {name: round(speed, 1) for name, speed in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=600)
    parser.add_argument("--corpus", type=Path, help="a folder of documents (default: synthetic)")
    parser.add_argument("--candidates", action="store_true", help="compare ways of embedding")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--sample", type=int, default=400, help="texts the candidates embed")
    parser.add_argument("--out", type=Path, default=Path("bench/results/ingestion.json"))
    args = parser.parse_args()
    embedder = MiniLMEmbedder()
    with tempfile.TemporaryDirectory() as tmp:
        docs = args.corpus or Path(tmp) / "docs"
        if not args.corpus:
            docs.mkdir()
            sections = synthetic_sections(args.chunks)
            for n in range(0, len(sections), 50):  # 50 sections a file
                text = "# Doc\n\n" + "\n".join(sections[n : n + 50])
                (docs / f"doc{n // 50:03}.md").write_text(text)
        empty = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
        start = time.perf_counter()
        index, report = ingest_paths(empty, [docs], base=docs)
        index.save(Path(tmp) / "index")
        pipeline_s = time.perf_counter() - start
        edited = Path(tmp) / "edited"
        shutil.copytree(docs, edited)
        for path in edited.rglob("*"):
            if path.is_file() and path.suffix in (".md", ".html", ".htm", ".txt"):
                add_a_paragraph(path)
        start = time.perf_counter()
        again, edit = ingest_paths(index, [edited], base=edited)
        again.save(Path(tmp) / "index")
        edit_s = time.perf_counter() - start
    texts = [c["text"] for c in index.chunks]
    start = time.perf_counter()
    embedder.embed_documents(texts)
    embed_s = time.perf_counter() - start
    chunks = len(texts)
    result: dict[str, object] = {
        "corpus": str(args.corpus or "synthetic"),
        "chunks": chunks,
        "mean_chunk_chars": round(sum(map(len, texts)) / chunks),
        "pipeline_chunks_per_s": round(chunks / pipeline_s, 1),
        "embedder_only_chunks_per_s": round(chunks / embed_s, 1),
        "ratio_pipeline_to_embedder": round(embed_s / pipeline_s, 3),
        "duplicate_chunks_kept": report.chunks_reused,
        "after_an_edit_in_each_file": {
            "files": len(edit.replaced),
            "chunks": edit.chunks_added,
            "embedded": edit.chunks_added - edit.chunks_reused,
            "kept": edit.chunks_reused,
            "seconds": round(edit_s, 1),
            "chunks_per_s": round(edit.chunks_added / edit_s, 1),
        },
    }
    if args.candidates:
        sample = texts[:: max(1, len(texts) // args.sample)][: args.sample]
        result["candidates_texts"] = len(sample)
        result["embedder_only_chunks_per_s_by_candidate"] = candidates(sample, args.rounds)
    assert report.chunks_added == chunks
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
