"""A TCP proxy a test can cut and restore, to take PostgreSQL or Redis away from a
running server and give it back, without touching the real service."""

from __future__ import annotations

import asyncio
import contextlib
import threading

from fakes.openai_server import free_port


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `target_port`; `cut()` drops every connection and
    refuses new ones until `restore()`."""

    def __init__(self, target_port: int) -> None:
        self.port = free_port()
        self.target_port = target_port
        self.loop = asyncio.new_event_loop()
        self.open = True
        self.writers: set[asyncio.StreamWriter] = set()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TcpProxy:
        self.thread.start()
        self.ready.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", self.port))
        self.ready.set()
        self.loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.open:
            writer.close()
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(
                "127.0.0.1", self.target_port
            )
        except OSError:
            writer.close()
            return
        self.writers |= {writer, upstream_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            dst.close()

        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))
        self.writers -= {writer, upstream_writer}

    def cut(self) -> None:
        def close_all() -> None:
            self.open = False
            for writer in list(self.writers):
                writer.transport.abort()

        self.loop.call_soon_threadsafe(close_all)

    def restore(self) -> None:
        self.loop.call_soon_threadsafe(setattr, self, "open", True)
