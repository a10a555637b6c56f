"""Documents' chunks in PostgreSQL, for several processes on several machines: every
chunk with its text, its vector (pgvector, an HNSW index) and its words (a BM25
postings table), so that an upload or a deletion in one process is what every other
process searches at its next query, with nothing copied between machines.

Tables (created here, beside the catalog of storage/documents.py):

- `document_chunks`: one row per chunk: collection, source, the file's sha256, position,
  chunk id, title, text, the text's sha256, its term counts (`terms`, jsonb) and their
  sum (`length`), and `embedding vector(D)`; an HNSW index (`vector_cosine_ops`).
- `document_terms`: the lexical index, one row per (chunk, term): the term count, the
  chunk's length and an `impact` (the term's BM25 factor when written) that orders
  each term's postings, so a query reads the best postings of each word first.
- `document_term_stats` (each term's document frequency per collection) and
  `document_collection_stats` (chunks and total length per collection): BM25's idf and
  average length, kept in step by every write.
- `document_sources` (each source with its file's sha256) and `document_index_meta`
  (the embedder and dimension the vectors were made with).

A job's write (`replace`), a deletion (`remove`, `drop`) is one transaction that locks
its collection's stats row: writers of a collection take turns, and a search (which
never waits) sees all of a job or none of it. What is relevant is decided by the
caller (graph/retrieval/search.py, through service/pg_chunks.py): this module stores
what it is given and answers the queries the ranking needs, and knows no tokenizer.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import psycopg
from pgvector.psycopg import register_vector, register_vector_async
from psycopg_pool import AsyncConnectionPool, ConnectionPool

from storage import StorageUnavailable, mask_url
from storage.postgres import run_exclusively

#: Postings of one word (in one collection) a lexical query reads, best first by
#: impact: the postings of a rarer word are read whole; of a word most chunks hold,
#: its best are, and every candidate is then scored exactly (bench: Documents in
#: PostgreSQL).
POSTINGS_PER_TERM = 200

#: Below this many chunks in the collections searched, vectors are compared one by one
#: (exact, as the file index's flat FAISS); above it, the HNSW index answers (with
#: pgvector's iterative scan, so a filter on the collections still yields enough rows).
EXACT_SEARCH_MAX = 5_000

#: HNSW's candidate list per query (pgvector's default is 40).
HNSW_EF_SEARCH = 100

TABLES = (
    "document_terms",
    "document_chunks",
    "document_term_stats",
    "document_collection_stats",
    "document_sources",
    "document_index_meta",
)


def schema(dimension: int) -> tuple[str, ...]:
    return (
        """CREATE TABLE IF NOT EXISTS document_index_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        f"""CREATE TABLE IF NOT EXISTS document_chunks (
            id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            collection_id TEXT NOT NULL,
            source        TEXT NOT NULL,
            file_sha256   TEXT NOT NULL,
            position      INTEGER NOT NULL,
            chunk_id      TEXT NOT NULL,
            title         TEXT NOT NULL,
            text          TEXT NOT NULL,
            content_hash  TEXT NOT NULL,
            terms         JSONB NOT NULL,
            length        INTEGER NOT NULL,
            embedding     vector({int(dimension)}) NOT NULL
        )""",
        # vectors stay in the row, uncompressed: an exact search reads them all
        "ALTER TABLE document_chunks ALTER COLUMN embedding SET STORAGE PLAIN",
        "CREATE INDEX IF NOT EXISTS document_chunks_by_source "
        "ON document_chunks (collection_id, source, position)",
        "CREATE INDEX IF NOT EXISTS document_chunks_by_hash "
        "ON document_chunks (collection_id, content_hash)",
        # an answer's sources name their chunks; a reader opens one by its id
        "CREATE INDEX IF NOT EXISTS document_chunks_by_chunk_id "
        "ON document_chunks (collection_id, chunk_id)",
        "CREATE INDEX IF NOT EXISTS document_chunks_by_vector "
        "ON document_chunks USING hnsw (embedding vector_cosine_ops)",
        """CREATE TABLE IF NOT EXISTS document_terms (
            collection_id TEXT NOT NULL,
            term          TEXT NOT NULL,
            chunk         BIGINT NOT NULL REFERENCES document_chunks (id) ON DELETE CASCADE,
            tf            REAL NOT NULL,
            length        REAL NOT NULL,
            impact        REAL NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS document_terms_by_impact "
        "ON document_terms (collection_id, term, impact DESC) INCLUDE (chunk, tf, length)",
        "CREATE INDEX IF NOT EXISTS document_terms_by_chunk ON document_terms (chunk)",
        """CREATE TABLE IF NOT EXISTS document_term_stats (
            collection_id TEXT NOT NULL,
            term          TEXT NOT NULL,
            df            INTEGER NOT NULL,
            PRIMARY KEY (collection_id, term)
        )""",
        """CREATE TABLE IF NOT EXISTS document_collection_stats (
            collection_id TEXT PRIMARY KEY,
            chunks        BIGINT NOT NULL DEFAULT 0,
            length        BIGINT NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE IF NOT EXISTS document_sources (
            collection_id TEXT NOT NULL,
            source        TEXT NOT NULL,
            file_sha256   TEXT NOT NULL,
            PRIMARY KEY (collection_id, source)
        )""",
    )


class VectorExtensionMissing(StorageUnavailable):
    """The PostgreSQL server has no pgvector (or the user may not enable it)."""


class ChunkTableMismatch(StorageUnavailable):
    """The stored vectors were made by another embedder, or have another dimension."""


async def ensure_vector_extension(url: str) -> None:
    """`CREATE EXTENSION IF NOT EXISTS vector`, or `VectorExtensionMissing` saying
    what to install."""
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        cursor = await conn.execute("SHOW server_version_num")
        row = await cursor.fetchone()
        major = int(row[0]) // 10000 if row else 0
        try:
            await conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
        except (psycopg.errors.UniqueViolation, psycopg.errors.DuplicateObject):
            # another process created it at the same moment (IF NOT EXISTS does not
            # guard against that race): it is there, which is all that was asked
            return
        except psycopg.errors.InsufficientPrivilege as exc:
            raise VectorExtensionMissing(
                f"PostgreSQL at {mask_url(url)} has pgvector but this user may not enable it "
                f"({str(exc).strip()}); have a superuser run `CREATE EXTENSION vector;` in "
                "this database once"
            ) from None
        except psycopg.Error as exc:
            raise VectorExtensionMissing(
                f"PostgreSQL {major} at {mask_url(url)} has no pgvector extension "
                f"({str(exc).strip()}); documents in PostgreSQL need it: install the pgvector "
                f"package for that server (postgresql-{major}-pgvector from the PostgreSQL "
                "project's apt or yum repository, or build pgvector 0.8 or later), or run the "
                "pgvector/pgvector image (e.g. pgvector/pgvector:pg17) instead of the plain "
                "postgres one; then start threadline again"
            ) from None


def as_array(vector: Any) -> np.ndarray:
    """A stored vector as float32 (pgvector gives its `Vector` from binary results)."""
    return np.asarray(vector.to_numpy() if hasattr(vector, "to_numpy") else vector, np.float32)


@dataclass
class StoredChunk:
    """One chunk as a job writes it: what the ranking returns, and its term counts."""

    chunk_id: str
    title: str
    text: str
    position: int
    content_hash: str
    terms: dict[str, int]


@dataclass
class CandidateRow:
    id: int
    cosine: float
    bm25: float
    held: list[str]
    """The quoted literals it holds."""


@dataclass
class PassageRow:
    """A chunk, and the chunks before and after it in its source (id, text, whether
    it holds any of the question's words)."""

    chunk: dict[str, Any]
    before: tuple[int, str, bool] | None
    after: tuple[int, str, bool] | None


class PostgresChunks:
    """The chunk tables on two small pools: an async one for the writes of the event
    loop, a sync one for searches (the graph searches in a worker thread)."""

    def __init__(
        self,
        url: str,
        *,
        embedder: str,
        dimension: int,
        k1: float,
        b: float,
        max_connections: int,
        timeout_s: float,
    ) -> None:
        self.url = url
        self.embedder = embedder
        self.dimension = dimension
        self.k1, self.b = k1, b
        self.max_connections = max_connections
        self.timeout_s = timeout_s
        self.writer: AsyncConnectionPool[Any] | None = None
        self.reader: ConnectionPool[Any] | None = None

    # --- opening ---------------------------------------------------------------------

    async def open(self) -> None:
        """The extension and the tables (under the setup lock), checked against the
        embedder; then the pools."""
        await ensure_vector_extension(self.url)
        await run_exclusively(self.url, self._setup)

        async def configure_async(conn: psycopg.AsyncConnection[Any]) -> None:
            await register_vector_async(conn)

        def configure(conn: psycopg.Connection[Any]) -> None:
            register_vector(conn)
            conn.execute(
                "SET hnsw.iterative_scan = relaxed_order; "
                f"SET hnsw.ef_search = {HNSW_EF_SEARCH}; SET jit = off"
            )

        self.writer = AsyncConnectionPool(
            self.url,
            min_size=1,
            max_size=4,
            timeout=self.timeout_s,
            open=False,
            kwargs={"autocommit": True},
            configure=configure_async,
            name="threadline-documents",
        )
        await self.writer.open(wait=True, timeout=self.timeout_s)
        self.reader = ConnectionPool(
            self.url,
            min_size=1,
            max_size=self.max_connections,
            timeout=self.timeout_s,
            open=False,
            kwargs={"autocommit": True},
            configure=configure,
            name="threadline-search",
        )
        self.reader.open(wait=True, timeout=self.timeout_s)

    async def _setup(self) -> None:
        async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
            await conn.execute(schema(1)[0])
            cursor = await conn.execute("SELECT key, value FROM document_index_meta")
            stored: dict[str, str] = dict(await cursor.fetchall())
            wanted = {"embedder": self.embedder, "dimension": str(self.dimension)}
            meta = {k: v for k, v in stored.items() if k in wanted}
            if meta and meta != wanted:
                raise ChunkTableMismatch(
                    f"the document chunks in PostgreSQL at {mask_url(self.url)} were embedded "
                    f"with {meta.get('embedder')!r} ({meta.get('dimension')} dimensions), not "
                    f"{self.embedder!r} ({self.dimension}); set THREADLINE_EMBEDDINGS to match, "
                    "or drop the tables " + ", ".join(TABLES) + " and upload the documents again"
                )
            for statement in schema(self.dimension):
                await conn.execute(statement)
            for key, value in wanted.items():
                await conn.execute(
                    "INSERT INTO document_index_meta (key, value) VALUES (%s, %s) "
                    "ON CONFLICT (key) DO NOTHING",
                    (key, value),
                )

    async def once(self, key: str, work: Callable[[], Awaitable[None]]) -> bool:
        """Run `work` unless it ran already in this database (`key` marks it done), one
        process at a time; whether it ran now."""
        ran = False

        async def guarded() -> None:
            nonlocal ran
            async with await psycopg.AsyncConnection.connect(self.url, autocommit=True) as conn:
                cursor = await conn.execute(
                    "SELECT 1 FROM document_index_meta WHERE key = %s", (f"done:{key}",)
                )
                if await cursor.fetchone():
                    return
            await work()
            await self.mark_done(key)
            ran = True

        await run_exclusively(self.url, guarded)
        return ran

    async def mark_done(self, key: str) -> None:
        async with self._writer().connection() as conn:
            await conn.execute(
                "INSERT INTO document_index_meta (key, value) VALUES (%s, '') "
                "ON CONFLICT (key) DO NOTHING",
                (f"done:{key}",),
            )

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
        if self.writer is not None:
            await self.writer.close()

    def _writer(self) -> AsyncConnectionPool[Any]:
        assert self.writer is not None, "PostgresChunks.open() first"
        return self.writer

    @contextmanager
    def _reading(self) -> Iterator[psycopg.Connection[Any]]:
        assert self.reader is not None, "PostgresChunks.open() first"
        with self.reader.connection() as conn:
            yield conn

    # --- writes ----------------------------------------------------------------------

    async def stored_vectors(self, collection_id: str, hashes: Sequence[str]) -> dict[str, Any]:
        """The vectors the collection holds for chunks of these text hashes."""
        async with self._writer().connection() as conn:
            cursor = await conn.execute(
                "SELECT DISTINCT ON (content_hash) content_hash, embedding FROM document_chunks "
                "WHERE collection_id = %s AND content_hash = ANY(%s)",
                (collection_id, list(set(hashes))),
            )
            return {h: as_array(v) for h, v in await cursor.fetchall()}

    async def replace(
        self,
        collection_id: str,
        updates: dict[str, tuple[str, list[StoredChunk]]],
        vectors: np.ndarray,
    ) -> None:
        """Each source of `updates` holds exactly its chunks (with `vectors`, in the same
        order) and its file's sha256, in one transaction."""
        chunks = [(source, sha, c) for source, (sha, cs) in updates.items() for c in cs]
        if len(chunks) != len(vectors):
            raise ValueError(f"{len(chunks)} chunks but {len(vectors)} vectors")
        async with self._writer().connection() as conn, conn.transaction():
            stats = await self._lock_stats(conn, collection_id)
            stats = await self._delete(conn, collection_id, list(updates), stats)
            count, total = stats
            lengths = [sum(c.terms.values()) for _, _, c in chunks]
            count += len(chunks)
            total += sum(lengths)
            average = total / count if count else 1.0
            async with conn.cursor().copy(
                "COPY document_chunks (collection_id, source, file_sha256, position, "
                "chunk_id, title, text, content_hash, terms, length, embedding) FROM STDIN"
            ) as copy:
                for (source, sha, chunk), length, vector in zip(
                    chunks, lengths, vectors, strict=True
                ):
                    await copy.write_row(
                        (
                            collection_id,
                            source,
                            sha,
                            chunk.position,
                            chunk.chunk_id,
                            chunk.title,
                            chunk.text,
                            chunk.content_hash,
                            json.dumps(chunk.terms),
                            length,
                            np.asarray(vector, np.float32),
                        )
                    )
            # the postings of the rows just written, with each term's impact at the
            # collection's new average length
            await conn.execute(
                "INSERT INTO document_terms (collection_id, term, chunk, tf, length, impact) "
                "SELECT c.collection_id, t.key, c.id, t.value::real, c.length, "
                "t.value::real / (t.value::real + %(k1)s * (1 - %(b)s + %(b)s * c.length / "
                "%(average)s)) "
                "FROM document_chunks c CROSS JOIN LATERAL jsonb_each_text(c.terms) t "
                "WHERE c.collection_id = %(collection)s AND c.source = ANY(%(sources)s)",
                {
                    "k1": self.k1,
                    "b": self.b,
                    "average": max(average, 1e-9),
                    "collection": collection_id,
                    "sources": list(updates),
                },
            )
            df = Counter(term for _, _, c in chunks for term in c.terms)
            if df:
                await conn.execute(
                    "INSERT INTO document_term_stats (collection_id, term, df) "
                    "SELECT %s, term, n FROM unnest(%s::text[], %s::int[]) AS d(term, n) "
                    "ON CONFLICT (collection_id, term) "
                    "DO UPDATE SET df = document_term_stats.df + excluded.df",
                    (collection_id, list(df), list(df.values())),
                )
            await conn.execute(
                "UPDATE document_collection_stats SET chunks = %s, length = %s "
                "WHERE collection_id = %s",
                (count, total, collection_id),
            )
            await conn.execute(
                "INSERT INTO document_sources (collection_id, source, file_sha256) "
                "SELECT %s, source, sha FROM unnest(%s::text[], %s::text[]) AS s(source, sha) "
                "ON CONFLICT (collection_id, source) "
                "DO UPDATE SET file_sha256 = excluded.file_sha256",
                (collection_id, list(updates), [sha for sha, _ in updates.values()]),
            )

    async def remove(self, collection_id: str, sources: Sequence[str]) -> None:
        """These sources leave search, in one transaction."""
        async with self._writer().connection() as conn, conn.transaction():
            stats = await self._lock_stats(conn, collection_id)
            count, total = await self._delete(conn, collection_id, list(sources), stats)
            await conn.execute(
                "UPDATE document_collection_stats SET chunks = %s, length = %s "
                "WHERE collection_id = %s",
                (count, total, collection_id),
            )
            await conn.execute(
                "DELETE FROM document_sources WHERE collection_id = %s AND source = ANY(%s)",
                (collection_id, list(sources)),
            )

    async def drop(self, collection_id: str) -> None:
        """The whole collection leaves search, in one transaction."""
        async with self._writer().connection() as conn, conn.transaction():
            await self._lock_stats(conn, collection_id)
            for table in ("document_chunks", "document_term_stats", "document_sources"):
                await conn.execute(
                    f"DELETE FROM {table} WHERE collection_id = %s",  # noqa: S608  (fixed names)
                    (collection_id,),
                )
            await conn.execute(
                "DELETE FROM document_collection_stats WHERE collection_id = %s", (collection_id,)
            )

    async def sources(self, collection_id: str) -> dict[str, str]:
        async with self._writer().connection() as conn:
            cursor = await conn.execute(
                "SELECT source, file_sha256 FROM document_sources WHERE collection_id = %s "
                "ORDER BY source",
                (collection_id,),
            )
            return dict(await cursor.fetchall())

    async def chunks_of(self, collection_id: str) -> list[tuple[str, str, StoredChunk, Any]]:
        """Every chunk of the collection with its source, file hash and vector, in order
        (what a migration reads back)."""
        async with self._writer().connection() as conn:
            cursor = await conn.execute(
                "SELECT source, file_sha256, chunk_id, title, text, position, content_hash, "
                "terms, embedding FROM document_chunks WHERE collection_id = %s "
                "ORDER BY source, position",
                (collection_id,),
            )
            return [
                (r[0], r[1], StoredChunk(r[2], r[3], r[4], r[5], r[6], dict(r[7])), as_array(r[8]))
                for r in await cursor.fetchall()
            ]

    async def chunk(self, collections: Sequence[str], chunk_id: str) -> dict[str, Any] | None:
        """The chunk with this id in the first of these collections that holds it."""
        async with self._writer().connection() as conn:
            cursor = await conn.execute(
                "SELECT chunk_id, source, title, text FROM document_chunks "
                "WHERE collection_id = ANY(%s) AND chunk_id = %s "
                "ORDER BY array_position(%s, collection_id) LIMIT 1",
                (list(collections), chunk_id, list(collections)),
            )
            row = await cursor.fetchone()
        return dict(zip(("chunk_id", "source", "title", "text"), row, strict=True)) if row else None

    @staticmethod
    async def _lock_stats(
        conn: psycopg.AsyncConnection[Any], collection_id: str
    ) -> tuple[int, int]:
        """The collection's stats row, locked until the transaction ends: writers of
        one collection take turns."""
        await conn.execute(
            "INSERT INTO document_collection_stats (collection_id) VALUES (%s) "
            "ON CONFLICT (collection_id) DO NOTHING",
            (collection_id,),
        )
        cursor = await conn.execute(
            "SELECT chunks, length FROM document_collection_stats WHERE collection_id = %s "
            "FOR UPDATE",
            (collection_id,),
        )
        row = await cursor.fetchone()
        assert row is not None
        return int(row[0]), int(row[1])

    @staticmethod
    async def _delete(
        conn: psycopg.AsyncConnection[Any],
        collection_id: str,
        sources: list[str],
        stats: tuple[int, int],
    ) -> tuple[int, int]:
        """Delete these sources' chunks (their postings go with them) and count them
        out of the term and collection stats; the stats after."""
        cursor = await conn.execute(
            "WITH gone AS (DELETE FROM document_chunks WHERE collection_id = %s "
            "AND source = ANY(%s) RETURNING terms, length) "
            "SELECT count(*), coalesce(sum(length), 0), "
            "coalesce((SELECT jsonb_object_agg(term, n) FROM (SELECT key AS term, count(*) AS n "
            "FROM gone CROSS JOIN LATERAL jsonb_object_keys(terms) AS key GROUP BY key) d), "
            "'{}'::jsonb) FROM gone",
            (collection_id, sources),
        )
        row = await cursor.fetchone()
        assert row is not None
        removed, length, df = int(row[0]), int(row[1]), dict(row[2])
        if df:
            await conn.execute(
                "UPDATE document_term_stats s SET df = s.df - d.n "
                "FROM unnest(%s::text[], %s::int[]) AS d(term, n) "
                "WHERE s.collection_id = %s AND s.term = d.term",
                (list(df), list(df.values()), collection_id),
            )
            await conn.execute(
                "DELETE FROM document_term_stats WHERE collection_id = %s AND df <= 0",
                (collection_id,),
            )
        return stats[0] - removed, stats[1] - length

    # --- searches (sync: the graph searches in a worker thread) ---------------------

    def scope(self, collections: Sequence[str]) -> tuple[int, float]:
        """Chunks in these collections, and their average length (in terms)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT coalesce(sum(chunks), 0), coalesce(sum(length), 0) "
                "FROM document_collection_stats WHERE collection_id = ANY(%s)",
                (list(collections),),
            ).fetchone()
        chunks, length = (int(row[0]), int(row[1])) if row else (0, 0)
        return chunks, (length / chunks if chunks else 1.0)

    def document_frequency(
        self, collections: Sequence[str], terms: Sequence[str]
    ) -> dict[str, int]:
        """How many chunks of these collections hold each term (absent: none)."""
        if not terms:
            return {}
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT term, sum(df)::int FROM document_term_stats "
                "WHERE collection_id = ANY(%s) AND term = ANY(%s) GROUP BY term",
                (list(collections), list(terms)),
            ).fetchall()
        return {term: n for term, n in rows if n > 0}

    def candidates(
        self,
        collections: Sequence[str],
        vector: np.ndarray,
        terms: Sequence[str],
        weights: Sequence[float],
        quoted: Sequence[str],
        n: int,
        size: int,
        average_length: float,
    ) -> list[CandidateRow]:
        """The `n` nearest chunks by cosine and the `n` best by BM25 (`weights`: each
        term's weight in the query times its idf), each with its cosine, exact BM25
        score and the quoted literals it holds. Exact vector search up to
        `EXACT_SEARCH_MAX` chunks searched (`size`), HNSW above."""
        order = "(embedding <=> %(v)s) + 0" if size <= EXACT_SEARCH_MAX else "embedding <=> %(v)s"
        sql = f"""
        WITH q AS (SELECT * FROM unnest(%(terms)s::text[], %(weights)s::float8[]) AS q(term, w)),
        lexical AS (
            SELECT p.chunk, sum(q.w * p.tf / (p.tf + %(k1)s * (1 - %(b)s + %(b)s * p.length
                / %(average)s))) AS partial
            FROM unnest(%(scope)s::text[]) AS s(collection_id) CROSS JOIN q
            CROSS JOIN LATERAL (
                SELECT d.chunk, d.tf, d.length FROM document_terms d
                WHERE d.collection_id = s.collection_id AND d.term = q.term
                ORDER BY d.impact DESC LIMIT %(per_term)s
            ) p
            GROUP BY p.chunk ORDER BY partial DESC LIMIT %(n)s
        ),
        dense AS (
            SELECT id FROM document_chunks WHERE collection_id = ANY(%(scope)s)
            ORDER BY {order} LIMIT %(n)s
        ),
        found AS (SELECT id FROM dense UNION SELECT chunk FROM lexical)
        SELECT c.id, 1 - (c.embedding <=> %(v)s),
            coalesce((SELECT sum(q.w * (c.terms ->> q.term)::float8 * (%(k1)s + 1)
                / ((c.terms ->> q.term)::float8 + %(k1)s * (1 - %(b)s + %(b)s * c.length
                / %(average)s))) FROM q WHERE c.terms ? q.term), 0),
            ARRAY(SELECT t FROM unnest(%(quoted)s::text[]) AS t WHERE c.terms ? t)
        FROM found JOIN document_chunks c USING (id)
        ORDER BY 2 DESC, c.id
        """  # noqa: S608  (the order is one of two fixed texts)
        params = {
            "terms": list(terms),
            "weights": list(weights),
            "quoted": list(quoted),
            "scope": list(collections),
            "v": np.asarray(vector, np.float32),
            "n": n,
            "per_term": POSTINGS_PER_TERM,
            "k1": self.k1,
            "b": self.b,
            "average": max(average_length, 1e-9),
        }
        with self._reading() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [CandidateRow(int(r[0]), float(r[1]), float(r[2]), list(r[3])) for r in rows]

    def passages(self, ids: Sequence[int], words: Sequence[str]) -> list[PassageRow]:
        """These chunks in this order, each with the chunks before and after it in its
        source, and whether those hold any of `words`."""
        sql = """
        SELECT h.ord, c.chunk_id, c.source, c.title, c.text, c.position, c.content_hash,
            b.id, b.text, coalesce(b.terms ?| %(words)s::text[], false),
            a.id, a.text, coalesce(a.terms ?| %(words)s::text[], false)
        FROM unnest(%(ids)s::bigint[]) WITH ORDINALITY AS h(id, ord)
        JOIN document_chunks c ON c.id = h.id
        LEFT JOIN document_chunks b ON b.collection_id = c.collection_id
            AND b.source = c.source AND b.position = c.position - 1
        LEFT JOIN document_chunks a ON a.collection_id = c.collection_id
            AND a.source = c.source AND a.position = c.position + 1
        ORDER BY h.ord
        """
        with self._reading() as conn:
            rows = conn.execute(sql, {"ids": list(ids), "words": list(words)}).fetchall()
        out = []
        for r in rows:
            chunk = {
                "chunk_id": r[1],
                "source": r[2],
                "title": r[3],
                "text": r[4],
                "position": r[5],
                "content_hash": r[6],
                "score": 0.0,
            }
            before = (int(r[7]), r[8], bool(r[9])) if r[7] is not None else None
            after = (int(r[10]), r[11], bool(r[12])) if r[10] is not None else None
            out.append(PassageRow(chunk, before, after))
        return out
