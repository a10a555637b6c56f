"""Checkpoint growth: database size and per-turn latency of one long thread,
threadline's graph next to a stock `add_messages` + `SqliteSaver` graph.

Both graphs get ~400-character turns and answers and 3 retrieved chunks per
turn, from instant fake models, so only storage is measured.

    python -m bench.perf.checkpoint_growth [--turns 200]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Annotated, Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph import START, StateGraph
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict

from fakes.models import HashEmbedder, scripted_model
from graph.context import Context
from graph.graph import DURABILITY, build_graph
from graph.retrieval.index import DocumentIndex
from graph.retrieval.splitting import split_markdown
from graph.state import from_records
from settings import Settings
from storage.sqlite import open_sqlite

CHECKPOINTS = (10, 50, 100, 200)
TURN = (
    "Could you explain how the deployment pipeline handles a rollback when the health "
    "checks fail after a release, and what an operator should look at first? "
) * 3
ANSWER = (
    "When health checks fail after a release the pipeline stops the rollout, restores "
    "the previous image and pages the operator, who should read the release log. "
) * 3
DOCS = "\n\n".join(
    f"# Section {i}\n\n" + f"rollback health checks release operator {i} " * 25 for i in range(12)
)


def db_bytes(path: Path) -> int:
    """The database file's size; callers fold the WAL into it first."""
    return path.stat().st_size


class StockState(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    sources: list[str]


def stock_builder(index: DocumentIndex) -> StateGraph[Any, Any, Any, Any]:
    """The seed tutorial's shape: history in an `add_messages` list, every step saved."""

    def retrieve(state: StockState) -> dict[str, Any]:
        return {
            "sources": [c["text"] for c in index.search(str(state["messages"][-1].content), 3, 0.0)]
        }

    def generate(state: StockState) -> dict[str, Any]:
        return {"messages": [AIMessage(ANSWER)]}

    builder = StateGraph(StockState)
    builder.add_node("retrieve", retrieve)
    builder.add_node("generate", generate)
    builder.add_edge(START, "retrieve")
    builder.add_edge("retrieve", "generate")
    return builder


def record(
    turn: int, path: Path, latencies: list[float], load_ms: float | None = None
) -> dict[str, Any]:
    recent = latencies[-10:]
    row: dict[str, Any] = {
        "turn": turn,
        "db_bytes": db_bytes(path),
        "turn_ms": round(1000 * statistics.median(recent), 2),
    }
    if load_ms is not None:
        row["load_ms"] = round(load_ms, 2)
    return row


async def thread_load_ms(graph: Any, config: dict[str, Any]) -> float:
    """Median time to load the thread from the database and read its whole history as
    messages (what `GET /threads/{id}` does), over 5 loads."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        snapshot = await graph.aget_state(config)
        from_records(snapshot.values["messages"])
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


async def run_threadline(turns: int, tmp: Path, index: DocumentIndex) -> list[dict[str, Any]]:
    settings = Settings(data_dir=tmp / "threadline", _env_file=None)
    rows, latencies = [], []
    async with open_sqlite(settings.sqlite_path) as (saver, _):
        graph = build_graph(scripted_model(ANSWER, repeat=True), index, settings).compile(
            checkpointer=saver
        )
        config = {"configurable": {"thread_id": "bench"}}
        context = Context(relevance_threshold=0.0)
        for turn in range(1, turns + 1):
            start = time.perf_counter()
            await graph.ainvoke(
                {"incoming": [HumanMessage(TURN)]}, config, context=context, durability=DURABILITY
            )
            latencies.append(time.perf_counter() - start)
            if turn in CHECKPOINTS:
                await saver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                load_ms = await thread_load_ms(graph, config)
                rows.append(record(turn, settings.sqlite_path, latencies, load_ms))
        state = await graph.aget_state(config)
        assert len(state.values["messages"]) == 2 * turns
        assert len(state.values["sources"]) == 3
    return rows


def run_stock(turns: int, tmp: Path, index: DocumentIndex) -> list[dict[str, Any]]:
    path = tmp / "stock.sqlite"
    rows, latencies = [], []
    with SqliteSaver.from_conn_string(str(path)) as saver:
        graph = stock_builder(index).compile(checkpointer=saver)
        config = {"configurable": {"thread_id": "bench"}}
        for turn in range(1, turns + 1):
            start = time.perf_counter()
            graph.invoke({"messages": [HumanMessage(TURN)]}, config)
            latencies.append(time.perf_counter() - start)
            if turn in CHECKPOINTS:
                saver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                rows.append(record(turn, path, latencies))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=max(CHECKPOINTS))
    parser.add_argument("--out", type=Path, default=Path("bench/results/checkpoint_growth.json"))
    args = parser.parse_args()
    index = DocumentIndex(HashEmbedder(), split_markdown(DOCS, "docs.md"))
    with tempfile.TemporaryDirectory() as tmp:
        threadline = asyncio.run(run_threadline(args.turns, Path(tmp), index))
        stock = run_stock(args.turns, Path(tmp), index)
    result = {"threadline": threadline, "stock": stock}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"{'turn':>5} {'threadline MB':>14} {'stock MB':>10} {'ratio':>7} "
        f"{'threadline ms':>14} {'stock ms':>9} {'load ms':>8}"
    )
    for ours, theirs in zip(threadline, stock, strict=True):
        print(
            f"{ours['turn']:>5} {ours['db_bytes'] / 1e6:>14.2f} {theirs['db_bytes'] / 1e6:>10.2f}"
            f" {theirs['db_bytes'] / ours['db_bytes']:>7.1f} {ours['turn_ms']:>14.2f}"
            f" {theirs['turn_ms']:>9.2f} {ours['load_ms']:>8.2f}"
        )
    first, last = threadline[0], threadline[-1]
    print(
        f"threadline turn-{last['turn']} latency / turn-{first['turn']}: "
        f"{last['turn_ms'] / first['turn_ms']:.2f}x"
    )


if __name__ == "__main__":
    main()
