"""The `threadline` command: serve the chat service, ingest documents, inspect the index."""

from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.log_config import log_config
    from settings import Settings

    settings = Settings()
    if args.workers > 1 and not (settings.database_url and settings.redis_url):
        print(
            "threadline: --workers needs THREADLINE_DATABASE_URL (PostgreSQL) and "
            "THREADLINE_REDIS_URL: processes share threads, run locks and streams only "
            "through them; the SQLite default serves from one process.",
            file=sys.stderr,
        )
        return 2
    if args.workers > 1:
        # the checks load the detector, the model and the whole app: in a process of
        # their own, so the process the workers fork from does not keep them (the
        # workers load theirs after the fork; workers.py)
        import multiprocessing

        check = multiprocessing.get_context("spawn").Process(
            target=exit_unless_servable, args=(args.host, args.insecure)
        )
        check.start()
        check.join()
        if check.exitcode:
            return check.exitcode
    elif (refused := servable(settings, args.host, args.insecure)) is not None:
        return refused
    options: dict[str, Any] = {
        "timeout_graceful_shutdown": settings.shutdown_grace_s,
        # the frames are small JSON; per-message deflate kept ~100 KB of zlib state for
        # every open WebSocket (143 KB per idle socket with it, 43 KB without)
        "ws_per_message_deflate": False,
        # X-Forwarded-For/-Proto only from the proxies named; by default from nobody,
        # so a client cannot put any address it likes in the access log
        "proxy_headers": settings.forwarded_allow_ips is not None,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
    }
    logging = log_config(args.log_level, settings.log_format)
    if args.workers > 1:
        from workers import serve_forked

        serve_forked(
            lambda: app_for(settings),
            workers=args.workers,
            host=args.host,
            port=args.port,
            uvicorn_options=options,
            log_config=logging,
            log_level=args.log_level,
            # each worker waits THREADLINE_SHUTDOWN_DELAY_S, then drains its streams
            graceful_timeout_s=settings.shutdown_delay_s + settings.shutdown_grace_s + 5,
        )
        return 0
    uvicorn.run(
        app_for(settings),
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        log_config=logging,
        **options,
    )
    return 0


def app_for(settings: Any) -> Any:
    from server import create_app

    return create_app(settings)


def servable(settings: Any, host: str, insecure: bool) -> int | None:
    """What `serve` checks before it listens: stores reachable, the detector's weights,
    the model, the index, and keys before listening beyond loopback. A clear message
    and 2 when one fails (its modules stay loaded: the single process serves with them)."""
    import asyncio

    from graph.models import load_chat_model, local_model_path, model_provider
    from graph.moderation import default_detector
    from graph.moderation.document import document_classifier
    from graph.retrieval.index import read_manifest
    from service.keys import KeyRing
    from storage import check_reachable

    asyncio.run(check_reachable(settings))  # an unreachable store: a clear error, exit 2
    default_detector()  # broken detector weights: a clear error, exit 2 (read once, kept)
    document_classifier()  # the same for the document classifier
    if model_provider(settings.model) or local_model_path(settings.model):
        # a missing integration package, or a model file that is not there or not a
        # GGUF: a clear error naming THREADLINE_MODEL, exit 2
        load_chat_model(settings)
    if settings.index_path.exists():
        read_manifest(settings.index_path)  # a broken index: a clear error, not a traceback
    keyring = KeyRing(settings.api_keys.get_secret_value(), settings.keys_path)
    if keyring.development_mode and not is_loopback(host) and not insecure:
        print(
            f"threadline: no API keys are configured, so the service is single-user and "
            f"listens on loopback only; refusing --host {host}. Add keys with "
            "`threadline keys add USER` (or THREADLINE_API_KEYS), or pass --insecure.",
            file=sys.stderr,
        )
        return 2
    return None


def exit_unless_servable(host: str, insecure: bool) -> None:
    """`servable` in a process of its own (`serve --workers N`): its exit status."""
    from settings import Settings

    sys.exit(reported(lambda: servable(Settings(), host, insecure)))


def chat(args: argparse.Namespace) -> int:
    import os

    from terminal_chat import TerminalChat

    key = args.api_key or os.environ.get("THREADLINE_API_KEY")
    try:
        return TerminalChat(args.url, key).run(args.thread)
    except Exception as exc:  # the first request failed: say why, no traceback
        print(f"threadline: cannot chat with {args.url}: {exc}", file=sys.stderr)
        return 2


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def keys(args: argparse.Namespace) -> int:
    from service.keys import add_key, revoke_keys
    from settings import Settings

    path: Path = args.file or Settings().keys_path
    if args.keys_command == "add":
        try:
            key = add_key(path, args.user)
        except ValueError as exc:
            print(f"threadline: {exc}", file=sys.stderr)
            return 2
        print(key)
        print(
            f"(key for {args.user}, stored hashed in {path}; it is not shown again)",
            file=sys.stderr,
        )
    else:
        removed = revoke_keys(path, args.user)
        print(f"revoked {removed} key(s) of {args.user}")
        if not removed:
            return 1
    return 0


def ingest(args: argparse.Namespace) -> int:
    """Documents into the shared collection, through the same path as an upload (the
    catalog, the checks, the job); with `--index DIR`, or `--reembed`, a standalone
    index folder is built or re-embedded directly."""
    if args.index is None and not args.reembed:
        import asyncio

        from settings import Settings

        return asyncio.run(ingest_shared(args, Settings()))
    return ingest_folder(args)


async def ingest_shared(args: argparse.Namespace, settings: Any) -> int:
    """`threadline ingest PATHS` (or `--remove PATHS`) into the server's shared collection;
    a running server searches the result at once."""
    from graph.retrieval.collections import SHARED
    from graph.retrieval.ingest import expand, source_name
    from service.chat import open_documents
    from service.documents import IncomingFile, ingest_files, remove_sources
    from storage import LOCAL_USER

    if not args.paths:
        print("threadline: name files or folders to ingest, or pass --reembed", file=sys.stderr)
        return 2
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing and not args.remove:
        print(f"threadline: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    async with open_documents(settings) as documents:
        if args.remove:
            names = {source_name(p, None) for p in args.paths}
            gone = await remove_sources(documents, SHARED, names)
            print(f"removed {len(gone)} sources" + "".join(f"\n  {name}" for name in gone))
        else:
            files = [IncomingFile(source_name(p, None), p.read_bytes()) for p in expand(args.paths)]
            print((await ingest_files(documents, LOCAL_USER, SHARED, files)).summary())
        sources = await documents.store.sources(SHARED)
    where = "PostgreSQL" if settings.database_url else f"index {settings.index_path}"
    print(f"{where}: {len(sources)} sources")
    return 0


def ingest_folder(args: argparse.Namespace) -> int:
    import numpy as np

    from graph.retrieval.embeddings import embedder_id, load_embedder
    from graph.retrieval.index import DocumentIndex
    from graph.retrieval.ingest import ingest_paths, remove_paths
    from settings import Settings

    settings = Settings()
    directory: Path = args.index or settings.index_path
    embedder = load_embedder(settings)
    if directory.exists():
        index = DocumentIndex.load(
            directory, embedder, settings.index_type, settings.hnsw_min_chunks, args.reembed
        )
        if args.reembed:
            print(f"re-embedded {len(index)} chunks with {embedder_id(embedder)}")
    else:
        index = DocumentIndex(
            embedder,
            [],
            np.zeros((0, 1), np.float32),
            {},
            settings.index_type,
            settings.hnsw_min_chunks,
        )
    if args.remove:
        index, gone = remove_paths(index, args.paths)
        print(f"removed {len(gone)} sources" + "".join(f"\n  {s}" for s in gone))
    elif args.paths:
        missing = [str(p) for p in args.paths if not p.exists()]
        if missing:
            print(f"threadline: no such file or folder: {', '.join(missing)}", file=sys.stderr)
            return 2
        index, report = ingest_paths(
            index,
            args.paths,
            chunk_size=settings.chunk_size,
            chunk_overlap=settings.chunk_overlap,
            max_bytes=settings.max_ingest_bytes,
            progress=sys.stderr.isatty(),
        )
        print(report.summary())
    elif not args.reembed:
        print("threadline: name files or folders to ingest, or pass --reembed", file=sys.stderr)
        return 2
    index.save(directory)
    print(f"index {directory}: {len(index.sources)} sources, {len(index)} chunks ({index.kind})")
    return 0


def index_stats(args: argparse.Namespace) -> int:
    from graph.retrieval.index import read_manifest
    from settings import Settings

    directory: Path = args.index or Settings().index_path
    if not directory.exists():
        print(
            f"threadline: no index at {directory}; run `threadline ingest PATH` or "
            "`threadline serve` (which indexes the user guide)",
            file=sys.stderr,
        )
        return 2
    info = read_manifest(directory)
    sources = info.get("sources") or {}
    print(
        json.dumps(
            {
                "index": str(directory),
                "embedder": info.get("embedder"),
                "faiss": info.get("faiss"),
                "chunks": info.get("chunks"),
                "sources": len(sources),
                "source_paths": sorted(sources),
            },
            indent=2,
        )
    )
    return 0


def migrate(args: argparse.Namespace) -> int:
    import asyncio

    from pydantic import SecretStr

    from graph.graph import build_graph
    from graph.state_only import StateOnlyModel
    from settings import Settings
    from storage import check_reachable
    from storage.migrate import copy_sqlite_to_postgres

    source = Settings()
    if args.sqlite:
        source = source.model_copy(update={"db_path": args.sqlite})
    url = args.to or (source.database_url.get_secret_value() if source.database_url else None)
    if not url:
        print(
            "threadline: say where to: --to postgresql://... or THREADLINE_DATABASE_URL",
            file=sys.stderr,
        )
        return 2
    if not source.sqlite_path.exists():
        print(f"threadline: no SQLite database at {source.sqlite_path}", file=sys.stderr)
        return 2
    target = source.model_copy(update={"database_url": SecretStr(url)})
    asyncio.run(check_reachable(target))

    def graph_on(saver):  # type: ignore[no-untyped-def]  # reading state needs no real model
        return build_graph(StateOnlyModel(), None, source).compile(checkpointer=saver)

    sqlite_source = source.model_copy(update={"database_url": None})
    report = asyncio.run(copy_sqlite_to_postgres(sqlite_source, target, graph_on))
    print(report.summary())
    moved = asyncio.run(move_documents(sqlite_source, target))
    print(moved.summary())
    return 1 if report.mismatched or moved.mismatched else 0


async def move_documents(source: Any, target: Any) -> Any:
    """The chunks of every collection's index folder into PostgreSQL (the catalog moved
    with the threads), read back and compared."""
    import asyncio

    from graph.retrieval.collections import SHARED, CollectionIndexes
    from graph.retrieval.embeddings import load_embedder
    from service.pg_chunks import PostgresChunkStore, move_indexes, open_pg_chunks
    from storage import open_storage

    embedder = await asyncio.to_thread(load_embedder, source)
    async with open_storage(target) as storage:
        rows = await storage.documents.db.query("SELECT collection_id FROM collections")
    folders = CollectionIndexes(
        source.index_path, source.collections_path, embedder, "auto", source.hnsw_min_chunks
    )
    names = dict.fromkeys([SHARED, *(r["collection_id"] for r in rows)])
    chunks = await open_pg_chunks(
        target.database_url.get_secret_value(), embedder, 2, target.db_pool_timeout_s
    )
    try:
        store = PostgresChunkStore(chunks, embedder)
        return await move_indexes(store, {name: folders.directory(name) for name in names})
    finally:
        await chunks.close()


def feedback_export(args: argparse.Namespace) -> int:
    """`threadline feedback export`: every rating as JSON lines (thread, message,
    question, answer, score, comment, time), oldest first, for evaluation sets."""
    import asyncio
    import json

    from settings import Settings
    from storage import open_storage

    async def export() -> list[dict[str, Any]]:
        async with open_storage(Settings()) as storage:
            return [f.export() for f in await storage.feedback.all(args.user)]

    rows = asyncio.run(export())
    out = args.output.open("w", encoding="utf-8") if args.output else sys.stdout
    try:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    print(f"{len(rows)} ratings", file=sys.stderr)
    return 0


def command_line() -> argparse.ArgumentParser:
    """Every `threadline` command, its options, and the function that runs it."""
    parser = argparse.ArgumentParser(prog="threadline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve_cmd = commands.add_parser("serve", help="start the chat service")
    serve_cmd.add_argument("--host", default="127.0.0.1", type=_host)
    serve_cmd.add_argument("--port", default=8000, type=int)
    serve_cmd.add_argument("--log-level", default="info")
    serve_cmd.add_argument(
        "--insecure",
        action="store_true",
        help="listen beyond loopback even with no API keys (anyone can use it)",
    )
    serve_cmd.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes (more than one needs PostgreSQL and Redis)",
    )
    serve_cmd.set_defaults(run=serve)

    chat_cmd = commands.add_parser("chat", help="chat with a running server in this terminal")
    chat_cmd.add_argument("--url", default="http://127.0.0.1:8000")
    chat_cmd.add_argument("--thread", help="continue this thread (default: a new one)")
    chat_cmd.add_argument("--api-key", help="default: $THREADLINE_API_KEY")
    chat_cmd.set_defaults(run=chat)

    keys_cmd = commands.add_parser("keys", help="manage API keys (stored hashed)")
    keys_commands = keys_cmd.add_subparsers(dest="keys_command", required=True)
    for name, help_text in (
        ("add", "print a new random key for USER (shown once)"),
        ("revoke", "remove every key of USER"),
    ):
        sub = keys_commands.add_parser(name, help=help_text)
        sub.add_argument("user")
        sub.add_argument("--file", type=Path, help="keys file (default DATA_DIR/api_keys)")
        sub.set_defaults(run=keys)

    ingest_cmd = commands.add_parser(
        "ingest", help="add Markdown, text, HTML and PDF files (or folders) to the index"
    )
    ingest_cmd.add_argument("paths", nargs="*", type=Path)
    ingest_cmd.add_argument("--index", type=Path, help="index folder (default: where serve reads)")
    ingest_cmd.add_argument(
        "--remove", action="store_true", help="remove these sources from the index instead"
    )
    ingest_cmd.add_argument(
        "--reembed",
        action="store_true",
        help="embed the index's chunks again with the configured embedder (after changing it)",
    )
    ingest_cmd.set_defaults(run=ingest)

    migrate_cmd = commands.add_parser(
        "migrate-to-postgres",
        help="copy the SQLite deployment (threads, owners, checkpoints, documents and their "
        "chunks) into PostgreSQL",
    )
    migrate_cmd.add_argument("--sqlite", type=Path, help="default: where serve keeps it")
    migrate_cmd.add_argument("--to", help="postgresql://... (default: THREADLINE_DATABASE_URL)")
    migrate_cmd.set_defaults(run=migrate)

    feedback_cmd = commands.add_parser("feedback", help="users' ratings of answers")
    feedback_commands = feedback_cmd.add_subparsers(dest="feedback_command", required=True)
    export_cmd = feedback_commands.add_parser(
        "export", help="every rating as JSON lines, with its question and answer"
    )
    export_cmd.add_argument("--user", help="only this user's ratings")
    export_cmd.add_argument("--output", type=Path, help="write to this file (default: stdout)")
    export_cmd.set_defaults(run=feedback_export)

    index_cmd = commands.add_parser("index", help="inspect the index")
    index_commands = index_cmd.add_subparsers(dest="index_command", required=True)
    stats_cmd = index_commands.add_parser("stats", help="sources, chunks and the embedder")
    stats_cmd.add_argument("--index", type=Path)
    stats_cmd.set_defaults(run=index_stats)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = command_line().parse_args(argv)
    return reported(lambda: args.run(args))


def reported(run: Callable[[], int | None]) -> int:
    """`run`'s exit status; a setup error (a store, the index, the embedder, the
    detector or the model unavailable) is said in one line, and 2."""
    try:
        return int(run() or 0)
    except Exception as exc:
        if not isinstance(exc, setup_errors()):
            raise
        print(f"threadline: {exc}", file=sys.stderr)
        return 2


def setup_errors() -> tuple[type[Exception], ...]:
    """Imported when an error is raised, not at start: `serve --workers N`'s supervisor
    stays free of the modules that define them."""
    from graph.models import ChatModelUnavailable
    from graph.moderation.injection import DetectorUnavailable
    from graph.retrieval.embeddings import EmbedderUnavailable
    from graph.retrieval.index import IndexUnavailable
    from storage import StorageUnavailable

    return (
        IndexUnavailable,
        EmbedderUnavailable,
        StorageUnavailable,
        DetectorUnavailable,
        ChatModelUnavailable,
    )


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def _host(value: str) -> str:
    """An IP address or a host name, checked before the server tries to bind it."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        if not value or any(ch.isspace() for ch in value):
            raise argparse.ArgumentTypeError(f"not a host: {value!r}") from None
    return value


if __name__ == "__main__":
    sys.exit(main())
