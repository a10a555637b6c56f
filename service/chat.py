"""The service every entry point calls: LangServe's `/chat` routes, the OpenAI-compatible
API, the threads API and the WebSocket all admit a run, read a thread and change its
history here, so each rule is written once:

- the thread id is checked by `checked_thread_id` (service/turns.py), before a run or a
  socket opens;
- ownership is the storage's (`ThreadStore`, scoped by owner): another user's thread is
  a 404, exactly like a missing one;
- the busy rule is the run lock's: a run waits or is refused (`THREADLINE_BUSY_THREAD`),
  and a history change is refused while the thread answers (409).

`open_service` builds the whole service in the app's lifespan: the index, the storage,
the graph and the `ThreadedChat` are opened together and closed together, so nothing is
half-built while requests are served. docs/engineering/architecture.md shows the paths through it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel

from graph.context import Context
from graph.graph import build_graph, provider_guard
from graph.models import close_chat_model, load_chat_model
from graph.moderation.document import chunk_is_injected
from graph.retrieval.collections import SHARED, CollectionIndexes
from graph.retrieval.embeddings import load_embedder
from graph.retrieval.index import DocumentIndex, Retriever
from graph.retrieval.ingest import open_live_index
from service.documents import ChunkStore, DocumentLimits, DocumentService, FileChunkStore
from service.feedback import with_feedback
from service.keys import KeyRing
from service.pg_chunks import PostgresChunkStore, open_pg_chunks, seed_shared
from service.rate_limits import ChatRateLimit
from service.search import search_threads
from service.turns import (
    InvalidTurn,
    MultitaskStrategy,
    ThreadedChat,
    checked_thread_id,
    thread_system_prompt,
)
from settings import Settings
from storage import (
    LOCAL_USER,
    Storage,
    ThreadNotFound,
    ThreadRecord,
    ThreadStore,
    new_thread_id,
    open_storage,
)
from storage.bus import StreamBus

log = logging.getLogger("threadline")


class ServiceDraining(RuntimeError):
    """The process is shutting down and takes no new runs."""

    def __init__(self) -> None:
        super().__init__("the server is restarting; send again in a moment")


class Connection(Protocol):
    """An open WebSocket, as the service closes it at shutdown."""

    async def close_going_away(self) -> None: ...


@dataclass
class ChatService:
    """What a running threadline process holds, and the one path of a request."""

    settings: Settings
    keyring: KeyRing
    rate_limit: ChatRateLimit
    storage: Storage
    index: Retriever
    """What the graph searches: the file indexes, or the chunk tables in PostgreSQL."""
    chat: ThreadedChat
    documents: DocumentService
    ws_runs: set[asyncio.Task[None]] = field(default_factory=set)
    """Answers started from a WebSocket: they belong to the thread, not to the socket."""
    ws_latest: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    """The latest WebSocket answer of each thread: an enqueued message waits for it."""
    ws_connections: set[Connection] = field(default_factory=set)
    draining: bool = False
    """Shutting down: no new runs (503), running ones may finish."""
    readiness: tuple[float, dict[str, Any]] | None = None
    """The last readiness report and when it was made (`/health/ready` caches it)."""

    @property
    def threads(self) -> ThreadStore:
        return self.storage.threads

    async def admit_run(
        self,
        user: str,
        thread_id: str | None,
        endpoint: str,
        strategy: MultitaskStrategy | None = None,
    ) -> str:
        """The thread a run of `user` may use now (a new id when none is given); raises
        the error that says why not (api/errors.py gives its status)."""
        if thread_id is not None:
            checked_thread_id(thread_id)
        if self.draining:
            raise ServiceDraining()
        await self.rate_limit.hit(user, endpoint)
        if thread_id is None:
            return new_thread_id()
        await self.threads.ensure_usable(thread_id, user)
        await self.chat.ensure_accepting(thread_id, strategy)
        return thread_id

    async def check_system_prompt(self, user: str, thread_id: str | None, requested: str) -> None:
        """Refuses, before a stream opens, a system message the run would refuse
        (`thread_system_prompt`: a different one with `THREADLINE_SYSTEM_MESSAGES=refuse`,
        or one over the size limit); the run applies the same rule to the thread it claims."""
        if not requested:
            return
        current = None
        if thread_id is not None:
            with contextlib.suppress(ThreadNotFound):  # not found: a new thread
                current = (await self.threads.owned(thread_id, user)).persona.get("system_prompt")
        thread_system_prompt(current, requested, self.chat.system_messages)

    async def stop(self, thread_id: str, user: str, reason: str = "stop") -> None:
        """Stop the answer running on the caller's thread (in any process): 404 for
        another user's thread, 409 when it is not answering."""
        await self.threads.owned(thread_id, user)
        await self.chat.stop(thread_id, reason)

    async def thread(self, thread_id: str, user: str) -> ThreadRecord:
        """The caller's thread, or `ThreadNotFound`."""
        return await self.threads.owned(thread_id, user)

    async def join_thread(self, thread_id: str, user: str) -> list[dict[str, Any]] | None:
        """The history of the thread a socket opens on, claimed for the caller when
        nobody owns it (atomic, in storage), so nobody else can then join it; None when
        another user owns it: that socket is shown what a new thread shows and is given
        nothing of the thread (api/ws.py)."""
        checked_thread_id(thread_id)
        try:
            await self.threads.claim(thread_id, user)
        except ThreadNotFound:
            return None
        return await self.history(thread_id, user)

    async def history(self, thread_id: str, owner: str) -> list[dict[str, Any]]:
        """The owner's thread as clients show it: the current branch, which alternative
        each answer with alternatives is, and the ratings given."""
        ratings = await self.storage.feedback.of_thread(thread_id, owner)
        return with_feedback(await self.chat.history_with_branches(thread_id), ratings)

    async def search(self, user: str, query: str, limit: int) -> dict[str, Any]:
        """The caller's threads whose title or messages hold `query` (any case), most
        recently active first, at most `limit`, each with its first few matching messages.
        Only the `search_scan_threads` most recent threads are read (`truncated`: there
        are older ones); a search counts against the write rate limit, as it reads many
        histories."""
        await self.rate_limit.hit_write(user, "search")
        scan = self.settings.search_scan_threads
        records = await self.threads.list_owned(user, scan + 1, 0)
        scanned = records[:scan]
        results = await search_threads(scanned, self.chat.history, query, limit)
        return {
            "query": query,
            "results": results,
            "scanned": len(scanned),
            "truncated": len(records) > scan,
        }

    async def admit_batch(
        self, user: str, thread_id: str | None, inputs: int, taken: set[str]
    ) -> str | None:
        """Admit `inputs` inputs of a `/chat/batch` request that share one config (one
        input when each has its own; `taken` holds the threads its earlier configs
        named). A batch runs its inputs at the same time, so each counts against the
        rate limit; with no thread each input gets a new thread of its own (None); and
        with `busy_thread=reject` two inputs may not share a thread, or one would run
        and be stored while the request answered 409: such a batch is refused (422)
        before any of it runs."""
        if thread_id is not None:
            checked_thread_id(thread_id)
            if self.chat.busy_thread == "reject" and (inputs > 1 or thread_id in taken):
                raise InvalidTurn(
                    f"a batch runs its inputs at the same time, and thread {thread_id!r} "
                    "answers one message at a time: send them one by one, or give each "
                    "input a config of its own"
                )
            taken.add(thread_id)
        if self.draining:
            raise ServiceDraining()
        await self.rate_limit.hit(user, "batch", cost=inputs)
        if thread_id is None:
            return None
        await self.threads.ensure_usable(thread_id, user)
        await self.chat.ensure_accepting(thread_id)
        return thread_id

    @asynccontextmanager
    async def idle(self, thread_id: str) -> AsyncIterator[None]:
        """Holds the thread's run lock while its history changes, so no answer starts
        meanwhile; `ThreadBusy` (409) while it is answering (in any process)."""
        async with self.chat.run_locks.hold(thread_id, wait=False):
            yield

    async def clear_history(self, thread_id: str, owner: str) -> None:
        """Remove the thread's checkpoints (it keeps its title and persona) and tell
        every tab its owner has open on it."""
        async with self.idle(thread_id):
            await self.threads.clear_history(thread_id)
        await self.storage.bus.publish(thread_id, {"type": "history_cleared", "owner": owner})

    async def delete(self, thread_id: str) -> None:
        """Delete the thread, and end its feed: its tabs are closed and nothing of its
        last run is replayed to whoever uses its id next."""
        async with self.idle(thread_id):
            await self.threads.delete(thread_id)
            await self.storage.documents.set_thread_collections(thread_id, [])
            await self.storage.bus.end(thread_id)

    def drain(self) -> None:
        """Shutting down: refuse new runs (503), close every WebSocket with 1001 so tabs
        reconnect to another process; running answers go on (uvicorn waits for HTTP ones)."""
        log.info("shutting down: no new runs; running answers may finish")
        self.draining = True
        self.chat.closing = True
        for connection in list(self.ws_connections):
            asyncio.get_running_loop().create_task(connection.close_going_away())


async def prune_expired_threads(
    threads: ThreadStore,
    ttl_s: float,
    interval_s: float,
    is_busy: Callable[[str], Awaitable[bool]],
    bus: StreamBus | None = None,
) -> None:
    """Deletes threads inactive for longer than the TTL, every `interval_s`, for ever
    (and ends their feeds on `bus`, as `ChatService.delete` does)."""
    while True:
        try:
            gone = await threads.prune(ttl_s, skip=is_busy)
            for thread_id in gone:
                if bus is not None:
                    await bus.end(thread_id)
            if gone:
                log.info("pruned %d expired threads", len(gone))
        except Exception:
            log.exception("pruning expired threads failed; trying again later")
        await asyncio.sleep(interval_s)


async def fail_stalled_jobs(storage: Storage, stall_s: float) -> None:
    """Marks failed, every `stall_s / 4`, the ingestion jobs whose process stopped
    reporting (it died), for ever: their documents can then be re-ingested."""
    while True:
        await asyncio.sleep(stall_s / 4)
        try:
            if failed := await storage.documents.fail_stalled_jobs(stall_s):
                log.warning("ingestion jobs %s stalled: marked failed", ", ".join(failed))
        except Exception:
            log.exception("looking for stalled ingestion jobs failed; trying again later")


async def finish_runs(runs: set[asyncio.Task[None]], grace_s: float) -> None:
    """Let WebSocket runs finish within the grace period; the rest are cut short, and
    each records its turn as interrupted rather than leaving it torn."""
    if runs:
        _, late = await asyncio.wait(list(runs), timeout=grace_s)
        for run in late:
            run.cancel()
        await asyncio.gather(*late, return_exceptions=True)


def collection_indexes(settings: Settings, shared: DocumentIndex) -> CollectionIndexes:
    """The index folders of this machine: the shared collection's (already open) and the
    others', opened when first searched."""
    return CollectionIndexes(
        settings.index_path,
        settings.collections_path,
        shared.embedder,
        settings.index_type,
        settings.hnsw_min_chunks,
        shared=shared,
    )


@asynccontextmanager
async def open_documents(settings: Settings) -> AsyncIterator[DocumentService]:
    """The documents alone, as `threadline ingest` on the server's machine uses them
    (beside a running server, which searches what it writes at once): in this machine's
    index folders, or in PostgreSQL with THREADLINE_DATABASE_URL."""
    async with open_chunk_store(settings) as store, open_storage(settings) as storage:
        documents = document_service(settings, storage, store, on_this_machine=True)
        try:
            await documents.adopt_indexed(SHARED, [settings.docs_dir])
            yield documents
        finally:
            await documents.close()


def document_service(
    settings: Settings, storage: Storage, store: ChunkStore, on_this_machine: bool = False
) -> DocumentService:
    """Documents in `store` (this machine's index folders, or PostgreSQL), catalogued in
    the storage's database. The local user is an operator with no API keys, and on this
    machine's command line (`on_this_machine`: `threadline ingest`)."""
    operators = set(settings.operators)
    no_keys = not settings.api_keys.get_secret_value() and not settings.keys_path.exists()
    if no_keys or on_this_machine:
        operators.add(LOCAL_USER)
    return DocumentService(
        storage.documents,
        store,
        DocumentLimits(
            max_file_bytes=settings.max_ingest_bytes,
            max_files=settings.max_upload_files,
            quota_bytes=settings.document_quota_bytes,
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            read_timeout_s=settings.document_read_timeout_s,
            read_memory_bytes=settings.document_read_memory_bytes,
            max_pdf_pages=settings.max_pdf_pages,
        ),
        is_injected=chunk_is_injected,
        operators=frozenset(operators),
    )


@asynccontextmanager
async def open_chunk_store(
    settings: Settings, embedder: Embeddings | None = None
) -> AsyncIterator[ChunkStore]:
    """Where the documents' chunks live: with THREADLINE_DATABASE_URL, PostgreSQL (pgvector
    checked, the shared collection filled once from the docs or this machine's index);
    else this machine's index folders, the shared one built from the docs on first start."""
    if settings.database_url:
        vectors = (
            embedder if embedder is not None else await asyncio.to_thread(load_embedder, settings)
        )
        chunks = await open_pg_chunks(
            settings.database_url.get_secret_value(),
            vectors,
            settings.db_pool_max_size,
            settings.db_pool_timeout_s,
        )
        try:
            store = PostgresChunkStore(chunks, vectors)
            await seed_shared(store, settings)
            log.info("documents in PostgreSQL: %d chunks shared", len(store.search))
            yield store
        finally:
            await chunks.close()
        return
    shared = await asyncio.to_thread(open_live_index, settings, embedder)
    log.info("index ready: %d chunks from %s", len(shared), settings.index_path)
    yield FileChunkStore(collection_indexes(settings, shared.index))


@asynccontextmanager
async def open_service(
    settings: Settings,
    chat_model: BaseChatModel | None = None,
    embedder: Embeddings | None = None,
) -> AsyncIterator[ChatService]:
    """The whole service, open: the model, the index, the storage and the graph; the
    expired-thread pruner runs while it is open. On the way out WebSocket answers get
    the shutdown grace period to finish."""
    model = chat_model or load_chat_model(settings)
    provider = provider_guard(settings)
    async with open_chunk_store(settings, embedder) as store, open_storage(settings) as storage:
        documents = document_service(settings, storage, store)
        await documents.adopt_indexed(SHARED, [settings.docs_dir])
        # one process on SQLite: a job still marked running died with the last one
        stall_s = settings.ingest_job_stall_s if settings.database_url else 0
        await storage.documents.fail_stalled_jobs(stall_s)
        graph = build_graph(model, store.retriever, settings, provider).compile(
            checkpointer=storage.checkpointer, name="threadline"
        )
        chat = ThreadedChat(
            graph,
            context=Context(max_output_attempts=settings.max_output_attempts),
            max_message_bytes=settings.max_message_bytes,
            threads=storage.threads,
            busy_thread=settings.busy_thread,
            run_locks=storage.run_locks,
            provider=provider,
            search_scope=documents.search_scope,
            system_messages=settings.system_messages,
        )
        service = ChatService(
            settings=settings,
            keyring=KeyRing(settings.api_keys.get_secret_value(), settings.keys_path),
            rate_limit=ChatRateLimit(
                settings.rate_limit,
                settings.redis_url,
                settings.redis_prefix,
                write_rate=settings.write_rate_limit,
            ),
            storage=storage,
            index=store.retriever,
            chat=chat,
            documents=documents,
        )
        chores = [
            prune_expired_threads(
                storage.threads,
                settings.thread_ttl_days * 86400,
                settings.prune_interval_s,
                chat.is_busy,
                storage.bus,
            )
        ]
        if settings.database_url:  # another process's job may die while this one serves
            chores.append(fail_stalled_jobs(storage, settings.ingest_job_stall_s))
        tasks = [asyncio.create_task(chore) for chore in chores]
        try:
            yield service
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            chat.closing = True
            await finish_runs(service.ws_runs, settings.shutdown_grace_s)
            await documents.close()
            await close_chat_model(model)
