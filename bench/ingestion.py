"""Ingestion throughput: chunks per second through `ingest_paths` (read, split,
embed, index) with the embedded MiniLM embedder, against the embedder alone on
the same chunk texts, in the same run.

    python -m bench.ingestion [--chunks 600]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from graph.embeddings import MiniLMEmbedder
from graph.ingest import ingest_paths
from graph.retrieval import DocumentIndex

WORDS = (
    "router firmware install invoice refund printer cartridge thread memory moderation "
    "retrieval index chunk embedding server stream token policy secret card number "
    "deploy rollback health check release operator configure network cable light "
    "password reset account billing month support ticket answer question document"
).split()


def synthetic_sections(count: int, seed: int = 0) -> list[str]:
    """`count` sections of about 1,000 characters of varied words under a heading."""
    rng = np.random.default_rng(seed)
    sections = []
    for i in range(count):
        words = rng.choice(WORDS, size=400)
        body = " ".join(words)[:960]
        sections.append(f"## Section {i}\n\n{body}.\n")
    return sections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=600)
    parser.add_argument("--out", type=Path, default=Path("bench/results/ingestion.json"))
    args = parser.parse_args()
    embedder = MiniLMEmbedder()
    sections = synthetic_sections(args.chunks)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp)
        for n in range(0, len(sections), 50):  # 50 sections a file
            (docs / f"doc{n // 50:03}.md").write_text("# Doc\n\n" + "\n".join(sections[n : n + 50]))
        empty = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
        start = time.perf_counter()
        index, report = ingest_paths(empty, [docs], base=docs)
        index.save(docs / "index")
        pipeline_s = time.perf_counter() - start
    texts = [c["text"] for c in index.chunks]
    start = time.perf_counter()
    embedder.embed_documents(texts)
    embed_s = time.perf_counter() - start
    chunks = len(texts)
    result = {
        "chunks": chunks,
        "mean_chunk_chars": round(sum(map(len, texts)) / chunks),
        "pipeline_chunks_per_s": round(chunks / pipeline_s, 1),
        "embedder_only_chunks_per_s": round(chunks / embed_s, 1),
        "ratio_pipeline_to_embedder": round(embed_s / pipeline_s, 3),
    }
    assert report.chunks_added == chunks
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
