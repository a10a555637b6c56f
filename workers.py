"""`threadline serve --workers N`: one process imports the app, then forks the workers.

Forked workers share the pages of everything imported before the fork (Python, FastAPI,
LangChain, LangGraph, onnxruntime, llama.cpp...), where uvicorn's own `--workers` spawns
fresh interpreters that each import it all again: two spawned workers and their
supervisor took 2.03 times the memory of one server, forked ones 1.64 times (PSS;
BENCHMARKS.md, Serving memory). gunicorn's arbiter does the forking and watching
(`preload_app`); each worker runs uvicorn with the options a single `serve` process has.
The fork happens before the lifespan: every worker opens the service itself (the model,
the ONNX sessions, the pools, the Redis client), so nothing with threads or sockets
crosses it.
"""

from __future__ import annotations

import gc
import math
from typing import Any

from gunicorn.app.base import BaseApplication
from uvicorn_worker import UvicornWorker


class ForkedWorkers(BaseApplication):  # type: ignore[misc]
    """gunicorn's arbiter serving the app built once by `load`, before the workers fork."""

    def __init__(self, load: Any, options: dict[str, Any]) -> None:
        self.load_app, self.options = load, options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        app = self.load_app()
        # what start-up built lives as long as the workers: keep the collector off it,
        # so no collection in a worker writes to (and so copies) the shared pages
        gc.collect()
        gc.freeze()
        return app


def worker_class(uvicorn_options: dict[str, Any]) -> type[UvicornWorker]:
    """uvicorn's gunicorn worker with `uvicorn_options`, which win over what the worker
    would take from gunicorn's settings (keep-alive, forwarded IPs, notifications)."""
    return type(
        "ThreadlineWorker",
        (UvicornWorker,),
        {"CONFIG_KWARGS": {**UvicornWorker.CONFIG_KWARGS, **uvicorn_options}},
    )


def serve_forked(
    load: Any,
    *,
    workers: int,
    host: str,
    port: int,
    uvicorn_options: dict[str, Any],
    log_config: dict[str, Any],
    log_level: str,
    graceful_timeout_s: float,
) -> None:
    """Serve `load()`'s app from `workers` forked processes until the arbiter is stopped
    (SIGTERM: each worker drains as a single `serve` does, within `graceful_timeout_s`)."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    # gunicorn's own messages (workers booted, exited) and uvicorn's, which its worker
    # sends through gunicorn's loggers, in threadline's log format
    loggers = {
        name: log_config["loggers"]["uvicorn"] for name in ("gunicorn.error", "gunicorn.access")
    }
    options = {
        "bind": [bind],
        "workers": workers,
        "worker_class": worker_class(
            {
                **uvicorn_options,
                # no heartbeat file: the arbiter's timeout is off, as uvicorn's was (a first
                # start that indexes the guide must not count as a hung worker)
                "callback_notify": None,
                "timeout_keep_alive": 5,
            }
        ),
        "preload_app": True,
        "timeout": 0,
        "graceful_timeout": math.ceil(graceful_timeout_s),
        "loglevel": log_level,
        "logconfig_dict": {
            **log_config,
            "loggers": {**log_config["loggers"], **loggers},
            # gunicorn's defaults name a handler of their own for the root logger
            "root": {"level": "WARNING", "handlers": ["default"]},
        },
    }
    ForkedWorkers(load, options).run()
