"""A threadline server for `bench.perf.memory` only: the app of `server.create_app` with
one more route, `POST /bench/ingest {"folder": ...}`, which ingests a folder into the
index the server holds, in the server's process, with the server's embedder and the same
function `threadline ingest` uses (`ingest_paths`), then saves the index and serves it.
It stands in for an upload job until the upload API exists.

    python bench/perf/memory_runner.py --port N   (with the checkout to measure on PYTHONPATH)

It is started as a file (not `-m`), so that it runs against any checkout, including one
from before this benchmark existed; it imports nothing from `bench`.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from fastapi import Request  # at module level: FastAPI reads the route's annotations here


def bench_app() -> Any:
    from graph.retrieval.ingest import ingest_paths
    from server import create_app
    from settings import Settings

    settings = Settings()
    app = create_app(settings)

    async def ingest(request: Request) -> dict[str, Any]:
        folder = Path((await request.json())["folder"])
        live = request.app.state.service.index

        def job() -> dict[str, Any]:
            index, report = ingest_paths(
                live.index,
                [folder],
                base=folder,
                chunk_size=settings.chunk_size,
                chunk_overlap=settings.chunk_overlap,
                max_bytes=settings.max_ingest_bytes,
            )
            index.save(settings.index_path)
            live.index = index
            live._signature = live._current_signature()  # already holds what it saved
            return {"chunks_added": report.chunks_added, "chunks": len(index)}

        return await asyncio.to_thread(job)

    app.add_api_route("/bench/ingest", ingest, methods=["POST"])
    app.router.routes.insert(0, app.router.routes.pop())  # before the page mounted at "/"
    return app


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(bench_app(), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
