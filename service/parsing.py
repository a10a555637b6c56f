"""Uploaded files are read in a process of their own, with a memory limit and a time
limit, so one hostile file (a decompression bomb, a PDF built to make the parser spin)
costs that process, not the server: the file is refused with the reason and the next
one is read by a fresh process."""

from __future__ import annotations

import multiprocessing
import resource
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from graph.retrieval.reading import Unreadable, document_text


def _read_files(conn: Connection, memory_bytes: int, max_pdf_pages: int) -> None:
    """The reader process: its address space may grow by `memory_bytes` past what it
    holds once started; then it reads one file per message until the pipe closes."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    limit = pages * resource.getpagesize() + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            name, data = conn.recv()
        except EOFError:
            return
        try:
            reply: tuple[str, str] = ("ok", document_text(name, data, max_pdf_pages))
        except Unreadable as exc:
            reply = ("unreadable", str(exc))
        except MemoryError:
            reply = ("unreadable", "reading it needs more memory than a file is allowed")
        except Exception as exc:  # a parser's own bug on a strange file: the file's fault
            reply = ("unreadable", f"cannot read it ({type(exc).__name__})")
        conn.send(reply)


class FileReader:
    """Reads files one at a time in a reader process (started on first use, replaced
    after a file that killed it or ran out of time). Blocking: call from a thread."""

    def __init__(self, timeout_s: float, memory_bytes: int, max_pdf_pages: int) -> None:
        self.timeout_s = timeout_s
        self.memory_bytes = memory_bytes
        self.max_pdf_pages = max_pdf_pages
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        context: Any = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(
            target=_read_files,
            args=(child, self.memory_bytes, self.max_pdf_pages),
            daemon=True,
            name="threadline-file-reader",
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def read(self, name: str, data: bytes) -> str:
        """The file's text, or `Unreadable` with the reason (including a time or memory
        limit it went past)."""
        conn = self._conn or self._start()
        try:
            conn.send((name, data))
            if not conn.poll(self.timeout_s):
                self.close()
                raise Unreadable(f"reading it took longer than {self.timeout_s:g} s")
            status, value = conn.recv()
        except (EOFError, OSError) as exc:
            self.close()
            raise Unreadable("reading it needs more memory than a file is allowed") from exc
        if status != "ok":
            raise Unreadable(value)
        return str(value)

    def close(self) -> None:
        """Stop the reader process (a new one starts for the next file)."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        self._process = self._conn = None
