"""What threadline asks of a checkpointer beyond LangGraph's interface."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class DiscardsRuns(Protocol):
    """A checkpointer that can delete what a rolled-back run stored (LangGraph Platform
    deletes a rolled-back run): storage/sqlite.py and storage/postgres.py."""

    async def adelete_run(
        self, thread_id: str, checkpoint_ids: Sequence[str], started_from: str
    ) -> None:
        """Delete the run's checkpoints (`checkpoint_ids`: leaves of the thread once it
        was rolled back, which no kept checkpoint descends from), their writes and the
        blobs no kept checkpoint uses, and the writes the run left on the checkpoint it
        started from (`started_from`, kept) once nothing kept descends from it: a
        `DeltaChannel` reads an ancestor's writes, so they are only read by its
        descendants."""
        ...
