"""Retrieval on documentation nobody on the team wrote (`bench/common/manuals_corpus.py`):
recall@k of dense, lexical and hybrid search (the chunks alone, and with the
neighbouring text each carries into the prompt), how often a relevance threshold
keeps the answer and keeps off-topic questions out, the follow-up hit rate of
each way of carrying a conversation's subject, and ingestion chunks/s, for each
embedder, in the same run.

A question counts as answered when one of the top k chunks contains one of its
answer strings (`bench/evals/data/manuals_questions.json`).

    apt-get install -y python3-doc postgresql-doc-15 git-doc
    python -m bench.evals.hybrid_retrieval [--embedders static minilm]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from bench.common.manuals_corpus import prepare
from graph.retrieval.embeddings import MiniLMEmbedder, StaticEmbedder
from graph.retrieval.follow_ups import is_follow_up, subject_turns
from graph.retrieval.index import NEIGHBOUR_CHARS, DocumentIndex
from graph.retrieval.ingest import ingest_paths
from graph.retrieval.lexical import query_terms
from graph.state import RetrievedChunk

LABELLED = json.loads((Path(__file__).parent / "data" / "manuals_questions.json").read_text())
EMBEDDERS: dict[str, Callable[[], Embeddings]] = {
    "static": StaticEmbedder,
    "minilm": MiniLMEmbedder,
}
Search = Callable[[DocumentIndex, str, int], list[RetrievedChunk]]


def pronoun_rule(turns: list[str]) -> str | None:
    """The baseline row "pronoun rule alone": the earlier turns a turn that looks like a
    follow-up depends on, None for a turn that does not."""
    return subject_turns(turns) if is_follow_up(turns[-1]) else None


def answered(chunks: list[RetrievedChunk], answers: list[str]) -> bool:
    def flat(text: str) -> str:
        return " ".join(text.split())

    return any(flat(a) in flat(c["text"]) for c in chunks for a in answers)


def dense(index: DocumentIndex, question: str, k: int) -> list[RetrievedChunk]:
    return index.search_vector(index.query_vector(question), k, -1.0)


def lexical(index: DocumentIndex, question: str, k: int) -> list[RetrievedChunk]:
    return [index.chunks[i] for i, _ in index.lexical.top(query_terms(question), k)]


def hybrid(index: DocumentIndex, question: str, k: int) -> list[RetrievedChunk]:
    """The chunks hybrid search ranks first, alone."""
    return index.search(question, k, -1.0, neighbours=0)


def prompt(index: DocumentIndex, question: str, k: int) -> list[RetrievedChunk]:
    """What reaches the model's prompt: the same chunks, each with its neighbours'
    text (`NEIGHBOUR_CHARS` either side), as `retrieve` gives them."""
    return index.search(question, k, -1.0)


def prompt_size(index: DocumentIndex, k: int) -> dict[str, dict[str, int]]:
    """Characters of document text a question puts in the prompt, chunks alone and
    with their neighbours."""
    out = {}
    for name, neighbours in (("chunks_alone", 0), ("with_neighbours", NEIGHBOUR_CHARS)):
        sizes = [
            sum(len(c["text"]) for c in index.search(q["question"], k, -1.0, None, 0.3, neighbours))
            for q in LABELLED["questions"]
        ]
        out[name] = {"mean": int(np.mean(sizes)), "max": int(max(sizes))}
    return out


def recall(index: DocumentIndex, search: Search, k: int) -> tuple[float, list[str]]:
    questions = LABELLED["questions"]
    misses = [
        q["question"]
        for q in questions
        if not answered(search(index, q["question"], k), q["answers"])
    ]
    return round(1 - len(misses) / len(questions), 3), misses


def thresholds(index: DocumentIndex, k: int) -> dict[str, dict[str, float]]:
    """For each threshold: answers still found in the top k, off-topic questions given sources."""
    out = {}
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        kept = sum(
            answered(index.search(q["question"], k, t), q["answers"]) for q in LABELLED["questions"]
        )
        off = sum(bool(index.search(q, k, t)) for q in LABELLED["off_topic"])
        out[str(t)] = {
            "answered": round(kept / len(LABELLED["questions"]), 3),
            "off_topic_with_sources": round(off / len(LABELLED["off_topic"]), 3),
        }
    return out


def in_conversation(
    index: DocumentIndex, turns: list[str], k: int, weight: float, threshold: float = 0.3
) -> list[RetrievedChunk]:
    """The last turn searched as `retrieve` searches it (`search_conversation`, at the
    default threshold, which decides whether a turn that does not look like a
    follow-up is about the documents)."""
    return index.search_conversation(turns[-3:], k, threshold, weight)[0]


def follow_ups(index: DocumentIndex, k: int, weight: float) -> dict[str, object]:
    """Hit rate over every turn after the first, for each way of searching it."""
    methods: dict[str, Callable[[list[str], dict[str, object]], list[RetrievedChunk]]] = {
        "turn_alone": lambda turns, t: index.search(turns[-1], k, -1.0, neighbours=0),
        "previous_turn_vector_blend": lambda turns, t: index.search_vector(
            index.query_vector(turns[-1], turns[-2], 0.3), k, -1.0
        ),
        "subject_of_earlier_turns": lambda turns, t: index.search(
            turns[-1], k, -1.0, pronoun_rule(turns[-3:]), weight, neighbours=0
        ),
        "subject_of_earlier_turns_with_neighbours": lambda turns, t: index.search(
            turns[-1], k, -1.0, pronoun_rule(turns[-3:]), weight
        ),
        "in_conversation_with_neighbours": lambda turns, t: in_conversation(
            index, turns, k, weight
        ),
        "standalone_rewrite_by_hand": lambda turns, t: index.search(
            str(t["standalone"]), k, -1.0, neighbours=0
        ),
    }
    hits = dict.fromkeys(methods, 0)
    misses: dict[str, list[str]] = {m: [] for m in methods}
    total = 0
    for conversation in LABELLED["conversations"]:
        turns: list[str] = []
        for n, turn in enumerate(conversation):
            turns.append(turn["turn"])
            if n == 0:
                continue
            total += 1
            for name, method in methods.items():
                if answered(method(turns, turn), turn["answers"]):
                    hits[name] += 1
                else:
                    misses[name].append(turn["turn"])
    return {
        "turns": total,
        "hit_rate": {m: round(h / total, 3) for m, h in hits.items()},
        "misses": misses,
    }


def after_conversations(index: DocumentIndex, k: int, weight: float) -> dict[str, float]:
    """Every question and every off-topic question asked right after each conversation,
    searched as `retrieve` searches it: what carrying a subject costs a change of topic
    (answered, and off-topic questions given sources at the default threshold)."""
    answered_after = off_topic_with_sources = 0
    for conversation in LABELLED["conversations"]:
        turns = [turn["turn"] for turn in conversation]
        for q in LABELLED["questions"]:
            hits = in_conversation(index, [*turns, q["question"]], k, weight)
            answered_after += answered(hits, q["answers"])
        for off in LABELLED["off_topic"]:
            off_topic_with_sources += bool(in_conversation(index, [*turns, off], k, weight))
    conversations = len(LABELLED["conversations"])
    return {
        "answered": round(answered_after / (conversations * len(LABELLED["questions"])), 3),
        "off_topic_with_sources": round(
            off_topic_with_sources / (conversations * len(LABELLED["off_topic"])), 3
        ),
    }


def apart(index: DocumentIndex, k: int, name: str) -> dict[str, object]:
    """Recall (prompt) of a set of questions reported apart from the first 38:
    `quoted` (they quote a code, identifier or option) or `held_out` (added later,
    so that a change is judged on more than the questions it was made with)."""
    misses = [
        q["question"]
        for q in LABELLED[name]
        if not answered(prompt(index, q["question"], k), q["answers"])
    ]
    total = len(LABELLED[name])
    return {"recall": round((total - len(misses)) / total, 3), "misses": misses}


def evaluate(name: str, corpus: Path, k: int, weight: float) -> dict[str, object]:
    embedder = EMBEDDERS[name]()
    empty = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
    start = time.perf_counter()
    index, _ = ingest_paths(empty, [corpus], base=corpus)
    with tempfile.TemporaryDirectory() as tmp:
        index.save(Path(tmp) / "index")
    seconds = time.perf_counter() - start
    texts = [c["text"] for c in index.chunks]
    start = time.perf_counter()
    embedder.embed_documents(texts)
    embed_seconds = time.perf_counter() - start
    result: dict[str, object] = {
        "embedder": name,
        "chunks": len(index),
        "ingest_chunks_per_s": round(len(index) / seconds, 1),
        "embedder_only_chunks_per_s": round(len(index) / embed_seconds, 1),
    }
    modes = (("dense", dense), ("lexical", lexical), ("hybrid", hybrid), ("prompt", prompt))
    for mode, search in modes:
        for at in (k, 5):
            value, misses = recall(index, search, at)
            result[f"{mode}_recall_at_{at}"] = value
            if at == k:
                result[f"{mode}_misses"] = misses
    result["prompt_chars"] = prompt_size(index, k)
    result["threshold"] = thresholds(index, k)
    result["follow_ups"] = follow_ups(index, k, weight)
    result["after_conversations"] = after_conversations(index, k, weight)
    result["quoted"] = apart(index, k, "quoted")
    result["held_out"] = apart(index, k, "held_out")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embedders", nargs="+", default=list(EMBEDDERS), choices=EMBEDDERS)
    parser.add_argument("--k", type=int, default=3, help="chunks retrieved (top_k)")
    parser.add_argument("--follow-up-weight", type=float, default=0.3)
    parser.add_argument("--corpus", type=Path, help="a prepared corpus (default: copy it now)")
    parser.add_argument("--out", type=Path, default=Path("bench/results/hybrid_retrieval.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "manuals"
        if not args.corpus:
            prepare(corpus)
        results = [evaluate(e, corpus, args.k, args.follow_up_weight) for e in args.embedders]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
