"""How often the embedded default model (SmolLM2-135M) states the fact a question asks
for, on questions over the user guide (`docs/guide/`): the whole graph runs in-process
(moderation, retrieval over the guide, the prompt, the model with its sampling), and an
answer counts when it contains the fact (`data/embedded_answers.json`). The share is
given over all questions and over those whose retrieved passages hold the fact (what
the model could have read). Used to tune the prompt and sampling for a 135M model.

    python -m bench.evals.embedded_answers [--label after] [--max-new-tokens 160]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
from langgraph.checkpoint.memory import InMemorySaver

from graph.context import Context
from graph.embedded_model import EmbeddedChatModel, smollm2_path
from graph.graph import DURABILITY, build_graph
from graph.retrieval.embeddings import MiniLMEmbedder
from graph.retrieval.index import DocumentIndex
from graph.retrieval.ingest import ingest_paths
from graph.state import from_records
from settings import DEFAULT_DOCS_DIR, Settings

QUESTIONS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "embedded_answers.json").read_text()
)["questions"]


def holds(text: str, fact: list[str]) -> bool:
    return any(f.lower() in text.lower() for f in fact)


async def evaluate(max_new_tokens: int, tmp: Path) -> dict[str, Any]:
    settings = Settings(_env_file=None, data_dir=tmp, max_new_tokens=max_new_tokens)
    embedder = MiniLMEmbedder()
    empty = DocumentIndex(embedder, [], np.zeros((0, 1), np.float32), {})
    index, _ = ingest_paths(
        empty,
        [DEFAULT_DOCS_DIR],
        base=DEFAULT_DOCS_DIR,
        chunk_size=settings.chunk_size,
        chunk_overlap=settings.chunk_overlap,
    )
    model = EmbeddedChatModel(model_path=str(smollm2_path()), max_tokens=max_new_tokens)
    graph = build_graph(model, index, settings).compile(checkpointer=InMemorySaver())
    rows = []
    for n, item in enumerate(QUESTIONS):
        started = time.perf_counter()
        state = await graph.ainvoke(
            {"incoming": [{"type": "human", "content": item["question"]}]},
            {"configurable": {"thread_id": f"q{n}"}},
            context=Context(),
            durability=DURABILITY,
        )
        answer = from_records(state["messages"][-1:])[0]
        passages = " ".join(chunk["text"] for chunk in state.get("sources", []))
        rows.append(
            {
                "question": item["question"],
                "fact": item["fact"][0],
                "in_passages": holds(passages, item["fact"]),
                "answered": holds(answer.text, item["fact"]),
                "seconds": round(time.perf_counter() - started, 1),
                "output_tokens": (answer.usage_metadata or {}).get("output_tokens"),
                "answer": answer.text[:300],
            }
        )
        print(f"{rows[-1]['answered']!s:5} {rows[-1]['in_passages']!s:5} {item['question']}")
    readable = [r for r in rows if r["in_passages"]]
    return {
        "model": "SmolLM2-135M-Instruct (embedded default)",
        "max_new_tokens": max_new_tokens,
        "questions": len(rows),
        "answer_rate": round(sum(r["answered"] for r in rows) / len(rows), 3),
        "fact_in_passages": len(readable),
        "answer_rate_when_retrieved": round(
            sum(r["answered"] for r in readable) / max(1, len(readable)), 3
        ),
        "seconds_per_answer": round(sum(r["seconds"] for r in rows) / len(rows), 1),
        "rows": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--label", default="current", help="a name for this run's result")
    parser.add_argument(
        "--max-new-tokens",
        type=int,
        default=160,
        help="answer length cap for the run (a fact is stated early; keeps it < 3 minutes)",
    )
    parser.add_argument("--out", type=Path, default=Path("bench/results/embedded_answers.json"))
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(evaluate(args.max_new_tokens, Path(tmp)))
    results = json.loads(args.out.read_text()) if args.out.exists() else {}
    results[args.label] = result
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    summary = {k: v for k, v in result.items() if k != "rows"}
    print(json.dumps({args.label: summary}, indent=2))


if __name__ == "__main__":
    main()
