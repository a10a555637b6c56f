"""Sets of texts kept as JSON lines: one `{"topic": ..., "text": ...}` object a line,
`topic` naming the kind of request the row stands for (null where the set has none)."""

from __future__ import annotations

import json
from pathlib import Path


def read_texts(path: Path) -> list[str]:
    """The texts of a JSON-lines set, in file order."""
    with path.open(encoding="utf-8") as rows:
        return [json.loads(row)["text"] for row in rows if row.strip()]
