"""Moving up: copy a SQLite deployment (threads, owners, every checkpoint and its
writes) into PostgreSQL, then check that every thread reads back the same."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver, CheckpointTuple
from langgraph.graph.state import CompiledStateGraph

from storage import StorageSettings, open_storage
from storage.threads import Database

#: Compiles the thread's graph on a saver, to read its state back for the comparison.
GraphOn = Callable[[BaseCheckpointSaver[Any]], CompiledStateGraph[Any, Any, Any, Any]]


@dataclass
class MigrationReport:
    threads: int = 0
    owners: int = 0
    checkpoints: int = 0
    writes: int = 0
    catalog: dict[str, int] = field(default_factory=dict)
    """Rows of each table copied (collections, documents, their files, jobs, feedback)."""
    mismatched: list[str] = field(default_factory=list)
    """Threads whose state reads back differently in PostgreSQL (should be none)."""

    def summary(self) -> str:
        verdict = (
            "every thread reads back the same"
            if not self.mismatched
            else f"{len(self.mismatched)} threads differ: {', '.join(self.mismatched[:10])}"
        )
        documents = ", ".join(f"{n} {table}" for table, n in self.catalog.items())
        return (
            f"copied {self.threads} threads ({self.owners} with owners), "
            f"{self.checkpoints} checkpoints and {self.writes} writes"
            + (f"; rows copied: {documents}" if documents else "")
            + f"; {verdict}"
        )


async def copy_checkpoint(
    target: BaseCheckpointSaver[Any], item: CheckpointTuple, report: MigrationReport
) -> None:
    """One checkpoint with its writes, under the same ids and parent."""
    configurable = item.config["configurable"]
    parent: RunnableConfig = item.parent_config or {
        "configurable": {
            "thread_id": configurable["thread_id"],
            "checkpoint_ns": configurable.get("checkpoint_ns", ""),
        }
    }
    await target.aput(
        parent, item.checkpoint, item.metadata, dict(item.checkpoint["channel_versions"])
    )
    report.checkpoints += 1
    by_task: defaultdict[str, list[tuple[str, Any]]] = defaultdict(list)
    for task_id, channel, value in item.pending_writes or []:
        by_task[task_id].append((channel, value))
    for task_id, writes in by_task.items():
        await target.aput_writes(item.config, writes, task_id)
        report.writes += len(writes)


#: The tables copied row for row: the documents' catalog (storage/documents.py) and the
#: users' ratings of answers (storage/feedback.py).
CATALOG_TABLES = (
    "collections",
    "documents",
    "document_files",
    "ingest_jobs",
    "thread_collections",
    "feedback",
)


async def copy_catalog(old: Database, new: Database, report: MigrationReport) -> None:
    """Every row of the documents' catalog and of the feedback (a row already there is
    kept)."""
    for table in CATALOG_TABLES:
        rows = await old.query(f"SELECT * FROM {table}")  # noqa: S608  (fixed names)
        for row in rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            await new.query(
                f"INSERT INTO {table} ({columns}) VALUES ({marks}) ON CONFLICT DO NOTHING",  # noqa: S608
                tuple(row.values()),
            )
        report.catalog[table] = len(rows)


async def copy_sqlite_to_postgres(
    source: StorageSettings, target: StorageSettings, graph_on: GraphOn
) -> MigrationReport:
    """Copy everything kept in `source`'s SQLite file (its `database_url` unset) into
    `target`'s PostgreSQL."""
    if source.database_url is not None:
        raise ValueError("the source of a copy is the SQLite file: unset its database_url")
    report = MigrationReport()
    async with (
        open_storage(source) as old,
        open_storage(target) as new,
    ):
        await copy_catalog(old.documents.db, new.documents.db, report)
        for record in await old.threads.copy_rows():
            await new.threads.insert_copy(record)
            report.owners += 1
        rows = await old.threads.db.query("SELECT DISTINCT thread_id FROM checkpoints")
        thread_ids = [row["thread_id"] for row in rows]
        old_graph, new_graph = graph_on(old.checkpointer), graph_on(new.checkpointer)
        for thread_id in thread_ids:
            config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
            history = [item async for item in old.checkpointer.alist(config)]
            for item in reversed(history):  # parents first
                await copy_checkpoint(new.checkpointer, item, report)
            report.threads += 1
            before = (await old_graph.aget_state(config)).values
            after = (await new_graph.aget_state(config)).values
            if before != after:
                report.mismatched.append(thread_id)
    return report
