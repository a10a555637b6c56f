"""Retrieval quality on threadline's own user guide (`docs/`): recall@3 of a
labelled question set (each question labelled with the section that answers
it), at two chunk sizes, and how a relevance threshold separates on-topic
questions from off-topic ones. Used to tune chunking and the threshold.

    python -m bench.evals.retrieval_quality
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

from graph.retrieval.embeddings import MiniLMEmbedder
from graph.retrieval.index import DocumentIndex
from graph.retrieval.ingest import ingest_paths
from settings import DEFAULT_DOCS_DIR

#: Questions a user would ask, each with the section title that answers it, and
#: questions the guide cannot answer (a good threshold returns nothing for them).
LABELLED = json.loads((Path(__file__).parent / "data" / "retrieval_questions.json").read_text())
QUESTIONS: dict[str, str] = LABELLED["questions"]
OFF_TOPIC: list[str] = LABELLED["off_topic"]

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45)


def evaluate(embedder: MiniLMEmbedder, chunk_size: int, overlap: int) -> dict[str, object]:
    empty = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
    index, _ = ingest_paths(
        empty,
        [DEFAULT_DOCS_DIR],
        base=DEFAULT_DOCS_DIR,
        chunk_size=chunk_size,
        chunk_overlap=overlap,
    )
    hits, best_scores, misses = 0, [], []
    for question, title in QUESTIONS.items():
        top = index.search(question, 3, -1.0)
        if title in [c["title"] for c in top]:
            hits += 1
            best_scores.append(max(c["score"] for c in top if c["title"] == title))
        else:
            misses.append(
                {"question": question, "expected": title, "got": [c["title"] for c in top]}
            )
    off_scores = [index.search(q, 1, -1.0)[0]["score"] for q in OFF_TOPIC]
    return {
        "chunk_size": chunk_size,
        "chunks": len(index),
        "recall_at_3": round(hits / len(QUESTIONS), 3),
        "misses": misses,
        "threshold": {
            str(t): {
                "answering_chunk_kept": round(sum(s >= t for s in best_scores) / len(QUESTIONS), 3),
                "off_topic_with_sources": round(
                    sum(s >= t for s in off_scores) / len(OFF_TOPIC), 3
                ),
            }
            for t in THRESHOLDS
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/results/retrieval_quality.json"))
    args = parser.parse_args()
    embedder = MiniLMEmbedder()
    with tempfile.TemporaryDirectory():
        results = [evaluate(embedder, 1000, 150), evaluate(embedder, 500, 100)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
