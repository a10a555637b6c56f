"""Retrieval quality on threadline's own user guide (`docs/`): recall@3 of a
labelled question set (each question labelled with the section that answers
it), at two chunk sizes, and how a relevance threshold separates on-topic
questions from off-topic ones. Used to tune chunking and the threshold.

    python -m bench.retrieval_quality
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

from graph.embeddings import MiniLMEmbedder
from graph.ingest import ingest_paths
from graph.retrieval import DocumentIndex
from graph.settings import DEFAULT_DOCS_DIR

#: Questions a user would ask, each with the section title that answers it.
QUESTIONS = {
    "How do I install threadline?": "Getting started with threadline > Installing threadline",
    "Which Python version do I need?": "Getting started with threadline > Installing threadline",
    "How do I start the server on another port?": "Getting started with threadline > Starting the server",
    "Where is the playground?": "Getting started with threadline > Your first conversation",
    "How can I call threadline from Python code?": "Getting started with threadline > Your first conversation",
    "How do I use Ollama instead of the built-in model?": "Configuring threadline > Using OpenAI or another OpenAI-compatible server",
    "Can I connect threadline to OpenAI?": "Configuring threadline > Using OpenAI or another OpenAI-compatible server",
    "Where are conversations saved on disk?": "Configuring threadline > Where data is stored",
    "How do I move the database to another folder?": "Configuring threadline > Where data is stored",
    "What is the largest message I can send?": "Configuring threadline > Limits",
    "How many times does it retry a blocked answer before refusing?": "Configuring threadline > Limits",
    "Which endpoints does the chat API have?": "The threadline API > The chat endpoint",
    "Do I have to send the whole conversation every time?": "The threadline API > The chat endpoint",
    "How do I continue an existing conversation?": "The threadline API > Threads and thread ids",
    "What characters are allowed in a thread id?": "The threadline API > Threads and thread ids",
    "What does a retracted chunk mean when streaming?": "The threadline API > Streaming answers",
    "What happens when I send an invalid request?": "The threadline API > Errors",
    "How do I check that the server is up?": "The threadline API > Health",
    "Will it block my API key if I paste it?": "Moderation in threadline > What input moderation blocks",
    "Are credit card numbers blocked?": "Moderation in threadline > What input moderation blocks",
    "What happens to email addresses in my messages?": "Moderation in threadline > Email addresses and phone numbers",
    "What if the model's answer contains a secret?": "Moderation in threadline > Output moderation and retries",
    "Does a conversation survive a server restart?": "Conversation memory > How threads are remembered",
    "Is blocked text written to the database?": "Conversation memory > What is stored",
    "How much of the conversation does the model see?": "Conversation memory > How much history the model sees",
    "How do I add my own PDFs?": "Adding your own documents > Ingesting files and folders",
    "Do I need to restart the server after adding documents?": "Adding your own documents > Ingesting files and folders",
    "How do I delete a document from the index?": "Adding your own documents > Updating and removing documents",
    "Why was one of my files not ingested?": "Adding your own documents > Files that are skipped",
    "How can I see how many chunks are indexed?": "Adding your own documents > Looking at the index",
    "How big are the chunks?": "Adding your own documents > How documents are split",
}

#: Questions the guide cannot answer: a good threshold returns nothing for them.
OFF_TOPIC = [
    "What is the capital of France?",
    "Give me a recipe for banana bread.",
    "Who won the football world cup in 2014?",
    "How far is the moon from the earth?",
    "Translate 'good morning' into Spanish.",
    "What is the boiling point of water at altitude?",
    "Write a poem about autumn leaves.",
    "How many legs does a spider have?",
]

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
