"""The crash soak and the rolling restart, short (bench/perf/soak.py runs them long:
BENCHMARKS.md, Crash soak). A few SIGKILLs of a server under load, on SQLite and on
two PostgreSQL + Redis processes: after each restart every acknowledged turn is stored
once, nothing is duplicated, torn or out of order, no thread stays busy, and the
database passes its integrity check. Then each of two processes in turn is restarted
with SIGTERM under load at concurrency 16, and no request fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.perf.soak import rolling, soak

#: Each test starts servers that build their index first: about a minute on an idle
#: two-core machine, several when it is shared.
pytestmark = pytest.mark.timeout(900)


def test_sqlite_loses_nothing_acknowledged_across_kills(tmp_path: Path) -> None:
    result = soak("sqlite", kills=3, workdir=tmp_path, seed=11, clients=4)
    assert result["kills"] == 3 and result["acked"] >= 10, result
    assert result["problems"] == [], result


def test_postgres_pair_loses_nothing_acknowledged_across_kills(
    tmp_path: Path, pgvector_admin_url: str
) -> None:
    result = soak(
        "postgres", kills=2, workdir=tmp_path, seed=12, clients=4, admin_url=pgvector_admin_url
    )
    assert result["kills"] == 2 and result["acked"] >= 10, result
    assert result["problems"] == [], result


def test_a_rolling_restart_under_load_fails_no_request(
    tmp_path: Path, pgvector_admin_url: str
) -> None:
    result = rolling(tmp_path, concurrency=16, seed=13, admin_url=pgvector_admin_url)
    assert result["requests_acked"] >= 50, result
    assert result["failures"] == [], result
    assert result["problems"] == [], result
