"""Loading a long thread: the history as LangChain messages (today) against the JSON
message records it was stored as before, both in a `DeltaChannel` on threadline's
SQLite saver, with the same 400 messages. Loads alternate, in one process.

    python -m bench.perf.thread_load [--turns 200] [--rounds 30]

Two timings per load: the checkpoint alone (`aget_state`: what every run does before
its first node) and the checkpoint plus the whole history as messages (what
`GET /threads/{id}` and a LangGraph client's thread view read).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from langchain_core.messages import AIMessage, HumanMessage, message_to_dict, messages_from_dict
from langgraph.channels.delta import DeltaChannel
from langgraph.graph import START, StateGraph
from typing_extensions import TypedDict

from bench.perf.checkpoint_growth import ANSWER, TURN
from graph.graph import DURABILITY
from graph.state import append_messages, from_records
from storage.sqlite import open_sqlite

SOURCES = [{"source": "guide/install.md", "title": "Install", "chunk_id": "c1", "score": 0.61}] * 3
MODERATION = {
    "input": {"action": "allow", "categories": []},
    "output": [{"action": "allow", "categories": [], "attempt": 1}],
    "outcome": "answered",
}


def append_records(stored: list[str], writes: Sequence[list[str]]) -> list[str]:
    """The reducer of the records the history was before (JSON strings)."""
    return [*stored, *(record for write in writes for record in write)]


class RecordState(TypedDict):
    messages: Annotated[list[str], DeltaChannel(append_records)]


class MessageState(TypedDict):
    messages: Annotated[list[Any], DeltaChannel(append_messages)]


def turn_messages(turn: int) -> list[Any]:
    return [
        HumanMessage(TURN, id=f"h{turn}"),
        AIMessage(
            ANSWER,
            id=f"a{turn}",
            response_metadata={"sources": SOURCES, "moderation": MODERATION},
        ),
    ]


def builder(schema: type, encode: Any) -> StateGraph[Any, Any, Any, Any]:
    """A one-node graph that appends a turn, as threadline's nodes do."""

    def answer(state: Any) -> dict[str, Any]:
        return {"messages": encode(turn_messages(len(state["messages"]) // 2))}

    graph = StateGraph(schema)
    graph.add_node("answer", answer)
    graph.add_edge(START, "answer")
    return graph


def records(messages: list[Any]) -> list[str]:
    return [json.dumps(message_to_dict(m)) for m in messages]


def read_records(values: list[str]) -> list[Any]:
    return messages_from_dict([json.loads(r) for r in values])


async def main_async(turns: int, rounds: int) -> dict[str, Any]:
    shapes = {
        "records (before)": (RecordState, records, read_records),
        "messages (now)": (MessageState, list, from_records),
    }
    result: dict[str, Any] = {"turns": turns, "messages": 2 * turns}
    with tempfile.TemporaryDirectory() as tmp:
        async with open_sqlite(Path(tmp) / "load.sqlite") as (saver, _):
            graphs = {}
            for name, (schema, encode, _) in shapes.items():
                graph = builder(schema, encode).compile(checkpointer=saver)
                config = {"configurable": {"thread_id": name}}
                for _ in range(turns):
                    await graph.ainvoke({"messages": []}, config, durability=DURABILITY)
                graphs[name] = (graph, config)
            await saver.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            times: dict[str, dict[str, list[float]]] = {
                n: {"state": [], "history": []} for n in shapes
            }
            for _ in range(rounds):
                for name, (_, _, read) in shapes.items():
                    graph, config = graphs[name]
                    start = time.perf_counter()
                    snapshot = await graph.aget_state(config)
                    loaded = time.perf_counter()
                    history = read(snapshot.values["messages"])
                    done = time.perf_counter()
                    assert len(history) == 2 * turns and history[-1].content == ANSWER
                    times[name]["state"].append(1000 * (loaded - start))
                    times[name]["history"].append(1000 * (done - start))
    for name, by_kind in times.items():
        result[name] = {kind: round(statistics.median(v), 2) for kind, v in by_kind.items()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path("bench/results/thread_load.json"))
    args = parser.parse_args()
    result = asyncio.run(main_async(args.turns, args.rounds))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    before, now = result["records (before)"], result["messages (now)"]
    print(f"{result['messages']} messages, medians of {args.rounds} loads (ms)")
    print(f"{'':18} {'checkpoint':>10} {'+ history':>10}")
    for name in ("records (before)", "messages (now)"):
        print(f"{name:18} {result[name]['state']:>10.2f} {result[name]['history']:>10.2f}")
    print(
        f"now / before: checkpoint {now['state'] / before['state']:.2f}x, "
        f"with the history {now['history'] / before['history']:.2f}x"
    )


if __name__ == "__main__":
    main()
