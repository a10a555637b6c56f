"""The document index: chunks with their vectors in a FAISS index and their words
in a lexical (BM25) index, written together and atomically, reloaded by a running
server when they change, and searched with both, the two rankings fused, for a
question and the subject of the conversation around it.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, cast

import faiss
import numpy as np
from langchain_core.embeddings import Embeddings

from graph.retrieval.embeddings import embedder_id
from graph.retrieval.follow_ups import is_follow_up, subject_turns
from graph.retrieval.lexical import LexicalIndex, literals, query_terms, terms_at
from graph.state import RetrievedChunk

IndexType = Literal["auto", "flat", "hnsw"]


#: Files of an index folder: the FAISS index, the vectors it was built from (so
#: an update re-embeds only what changed), the chunks, their term counts for
#: lexical search, and a small manifest.
LEXICAL_FILE = "lexical.npz"


INDEX_FILES = ("manifest.json", "chunks.json", "vectors.npy", "index.faiss", LEXICAL_FILE)


HNSW_NEIGHBOURS = 32


HNSW_EF_SEARCH = 128


#: Candidates each ranking contributes to the fusion (at least 5 per answer).
CANDIDATES = 30


#: How much the word match can add to a chunk's cosine similarity: a chunk whose
#: BM25 score reaches that of a typical chunk holding every word of the question
#: gains this much (and no more), before ranking and the relevance threshold.
LEXICAL_WEIGHT = 0.2


#: How much a chunk gains for holding a code-like word the question quotes (`23505`,
#: `pg_dump`, `--schema-only`: `lexical.literals`), scaled by how rare that word is:
#: a quoted code is what the user is looking for, and BM25 alone lets the question's
#: common words ("what does the error code ... mean") outweigh it.
LITERAL_WEIGHT = 0.2


#: How much surer (best relevance) the conversation's subject must make the search of
#: a turn that does not look like a follow-up ("How do I get my changes back?" after
#: "What does git stash do?") for the subject to be carried.
SURER_BY = 0.02


#: Query vectors an index keeps (`DocumentIndex._embed_query`), about 1.5 KB each,
#: for texts of up to `KEPT_QUERY_CHARS` characters (at most about 2 MB in all).
QUERY_VECTORS_KEPT = 512
KEPT_QUERY_CHARS = 2_000


#: How many key terms of the earlier turns carry a follow-up's subject.
SUBJECT_TERMS = 6


#: Characters of each neighbouring chunk (the one before and the one after, in the
#: same source) that a search hit carries into the prompt: an answer is often in
#: the sentences just around the passage that matched the question. So each hit
#: is at most its chunk plus twice this.
NEIGHBOUR_CHARS = 250


#: Shortest run of characters taken as the overlap two neighbouring chunks share.
_MIN_OVERLAP = 20


class IndexUnavailable(RuntimeError):
    """The index on disk cannot be used; the message names the path and the fix."""


def lexical_text(chunk: RetrievedChunk) -> str:
    """What the lexical index reads of a chunk: its section path and its text."""
    return f"{chunk['title']}\n{chunk['text']}"


def dense_text(chunk: RetrievedChunk) -> str:
    """What the embedder reads of a chunk: its text. (The section path goes to the
    lexical index only: prefixed here, it lowered MiniLM's recall on
    `bench/evals/hybrid_retrieval.py`, 0.763 to 0.658 dense recall@3.)"""
    return chunk["text"]


def shared_overlap(before: str, after: str) -> int:
    """How many characters `after` starts with that `before` ends with (the overlap
    the splitter gives neighbouring chunks), 0 when under `_MIN_OVERLAP`."""
    if len(after) < _MIN_OVERLAP:
        return 0
    probe = after[:_MIN_OVERLAP]
    at = before.find(probe, max(0, len(before) - len(after)))
    while at != -1:  # the first place the rest of `before` starts `after` is the longest
        if after.startswith(before[at:]):
            return len(before) - at
        at = before.find(probe, at + 1)
    return 0


_PIECE = re.compile(r"(?<=\n)|(?<=[.!?] )")


def excerpt(text: str, start: int, end: int) -> str:
    """`text[start:end]`, with an ellipsis where it stops short of the text's start
    or end, and fenced again where it starts or ends inside a code block."""
    run = text[start:end].strip("\n")
    if text[:start].count("```") % 2:
        run = "```\n" + run
    if run.count("```") % 2:
        run += "\n```"
    if start > 0 and text[start - 1] != "\n":
        run = "… " + run
    if end < len(text) and text[end - 1] != "\n":
        run += " …"
    return run


def tail(text: str, budget: int) -> str:
    """At most the last `budget` characters of `text`, from a line (or word) start."""
    start = max(len(text) - budget, 0)
    if start:
        for mark in ("\n", " "):
            at = text.find(mark, start, start + budget // 2)
            if at >= 0:
                start = at + 1
                break
    return excerpt(text, start, len(text))


def head(text: str, budget: int) -> str:
    """At most the first `budget` characters of `text`, to a line (or word) end."""
    end = min(budget, len(text))
    if end < len(text):
        for mark in ("\n", " "):
            at = text.rfind(mark, end - budget // 2, end)
            if at >= 0:
                end = at + 1
                break
    return excerpt(text, 0, end)


def focused(
    text: str, budget: int, weights: dict[str, float], lexical: LexicalIndex, at_end: bool
) -> str:
    """The run of `text`'s sentences and lines within `budget` characters that holds
    most of the question's words (each by its weight and rarity), or, when none
    holds any, the run nearest the hit (`at_end`: the hit follows `text`)."""
    if len(text) <= budget or not weights:
        return tail(text, budget) if at_end else head(text, budget)
    pieces = [p for p in _PIECE.split(text) if p]
    offsets = [0, *itertools.accumulate(len(p) for p in pieces)]
    words: list[set[str]] = [set() for _ in pieces]
    for at, term in terms_at(text):
        if term in weights:
            words[bisect.bisect_right(offsets, at) - 1].add(term)
    if not any(words):
        return tail(text, budget) if at_end else head(text, budget)
    rarity = {t: w * lexical.term_idf(t) for t, w in weights.items()}
    best: tuple[tuple[float, int], int, int] | None = None
    for first in range(len(pieces)):
        last, held = first, set()
        while last < len(pieces) and offsets[last + 1] - offsets[first] <= budget:
            held |= words[last]
            last += 1
        mass = sum(rarity[t] for t in held)
        key = (mass, -(len(pieces) - last if at_end else first))
        if last > first and mass > 0 and (best is None or key > best[0]):
            best = (key, first, last)
    if best is None:
        return tail(text, budget) if at_end else head(text, budget)
    return excerpt(text, offsets[best[1]], offsets[best[2]])


def build_faiss(vectors: np.ndarray, index_type: IndexType, hnsw_min_chunks: int) -> faiss.Index:
    """A flat (exact) index, or HNSW (approximate, fast at scale) by setting or size."""
    dimension = vectors.shape[1] if vectors.size else 1
    index: faiss.Index
    if index_type == "hnsw" or (index_type == "auto" and len(vectors) >= hnsw_min_chunks):
        index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efSearch = HNSW_EF_SEARCH
    else:
        index = faiss.IndexFlatIP(dimension)
    if len(vectors):
        index.add(vectors)
    return index


def embed(embedder: Embeddings, texts: Iterable[str]) -> np.ndarray:
    """Vectors of `texts` as a float32 matrix, L2-normalised for cosine similarity."""
    texts = list(texts)
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    vectors = np.asarray(embedder.embed_documents(list(texts)), dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-12)


#: A question's vector, kept for the questions asked last (`kept_query_vectors`).
QueryVectors = Callable[[str], np.ndarray]


def kept_query_vectors(embedder: Embeddings) -> QueryVectors:
    """`query_embedding` with the last `QUERY_VECTORS_KEPT` questions' vectors kept."""
    return functools.lru_cache(maxsize=QUERY_VECTORS_KEPT)(
        functools.partial(query_embedding, embedder)
    )


def query_embedding(embedder: Embeddings, text: str) -> np.ndarray:
    """The embedder's vector for a query, read-only (it may be kept and shared)."""
    vector = np.asarray(embedder.embed_query(text), dtype=np.float32)
    vector.flags.writeable = False
    return vector


class DocumentIndex:
    """Chunks, their vectors and the FAISS index over them, their term counts for
    lexical search, plus which file (by content hash) each source was read from."""

    def __init__(
        self,
        embedder: Embeddings,
        chunks: list[RetrievedChunk],
        vectors: np.ndarray | None = None,
        sources: dict[str, str] | None = None,
        index_type: IndexType = "auto",
        hnsw_min_chunks: int = 20_000,
        faiss_index: faiss.Index | None = None,
        lexical: LexicalIndex | None = None,
        kept_queries: QueryVectors | None = None,
    ) -> None:
        self.embedder = embedder
        self.chunks = chunks
        self.vectors = embed(embedder, map(dense_text, chunks)) if vectors is None else vectors
        self.sources = sources if sources is not None else {c["source"]: "" for c in chunks}
        self.index_type: IndexType = index_type
        self.hnsw_min_chunks = hnsw_min_chunks
        self._faiss = faiss_index  # built on first use: updates come in batches
        self._rows: dict[tuple[str, int], int] | None = None  # (source, position) -> row
        if lexical is None:
            lexical = LexicalIndex.empty().with_texts(map(lexical_text, chunks))
        self.lexical = lexical
        # A conversation's earlier turns are searched again to find its subject
        # (`subject_of`): their vectors are kept rather than computed again (the
        # cache holds the embedder, not the index, so a replaced index is freed at once;
        # the index that replaces it, and the other collections' indexes, share it).
        self._embed_kept = kept_queries or kept_query_vectors(embedder)

    def __len__(self) -> int:
        return len(self.chunks)

    def _embed_query(self, text: str) -> np.ndarray:
        """The query's vector; kept for texts of up to `KEPT_QUERY_CHARS` characters,
        so a long message cannot make the kept vectors' keys large."""
        if len(text) <= KEPT_QUERY_CHARS:
            return cast(np.ndarray, self._embed_kept(text))
        return query_embedding(self.embedder, text)

    @property
    def faiss(self) -> faiss.Index:
        if self._faiss is None:
            self._faiss = build_faiss(self.vectors, self.index_type, self.hnsw_min_chunks)
        return self._faiss

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self.faiss, faiss.IndexHNSWFlat) else "flat"

    def search_vector(self, vector: np.ndarray, k: int, threshold: float) -> list[RetrievedChunk]:
        """The k nearest chunks to a normalised query vector, at or above the threshold."""
        if not self.chunks or k <= 0:
            return []
        scores, ids = self.faiss.search(vector.reshape(1, -1), min(k, len(self.chunks)))
        return [
            {**self.chunks[i], "score": round(float(s), 4)}  # type: ignore[typeddict-item]
            for s, i in zip(scores[0], ids[0], strict=True)
            if i >= 0 and s >= threshold
        ]

    def query_vector(
        self,
        query: str | np.ndarray,
        context: str | None = None,
        context_weight: float = 0.3,
    ) -> np.ndarray:
        """The question's vector (or the question already embedded), with a
        follow-up's earlier turns blended in with a smaller weight."""
        vector = query if isinstance(query, np.ndarray) else self._embed_query(query)
        if context:
            vector = vector + context_weight * self._embed_query(context)
        return vector / max(float(np.linalg.norm(vector)), 1e-12)

    def query_words(
        self, query: str, context: str | None = None, context_weight: float = 0.3
    ) -> dict[str, float]:
        """The question's words for lexical search; a follow-up also carries the key
        terms of its earlier turns (the names that say what it is about), weighted less."""
        words = query_terms(query)
        if context:
            for term in self.lexical.key_terms(context, SUBJECT_TERMS):
                words.setdefault(term, context_weight)
        return words

    def hybrid_search(
        self,
        vector: np.ndarray,
        words: dict[str, float],
        k: int,
        threshold: float,
        quoted: Sequence[str] = (),
    ) -> list[RetrievedChunk]:
        """The dense and the lexical candidates, ranked by one relevance score: the
        cosine similarity plus `LEXICAL_WEIGHT` times the chunk's BM25 score as a
        share of a typical full match (capped at 1). Each side counts by how sure
        it is: a flat dense ranking cannot pull down a chunk that holds the
        question's rare words, and a word match alone cannot beat a much closer
        meaning. A chunk is kept when its relevance reaches the threshold."""
        if not self.chunks or k <= 0:
            return []
        n = min(max(CANDIDATES, 5 * k), len(self.chunks))
        _, ids = self.faiss.search(vector.reshape(1, -1), n)
        bm25 = self.lexical.scores(words)
        lexical_ids = [i for i, _ in self.lexical.best(bm25, n)]
        candidates = np.array(
            list(dict.fromkeys([*(int(i) for i in ids[0] if i >= 0), *lexical_ids]))
        )
        share = np.minimum(bm25[candidates] / self.lexical.typical_score(words), 1.0)
        relevance = self.vectors[candidates] @ vector + LEXICAL_WEIGHT * share
        if quoted:
            relevance += LITERAL_WEIGHT * self.lexical.rarity_held(quoted)[candidates]
        found: list[RetrievedChunk] = []
        for j in np.argsort(-relevance, kind="stable"):
            if relevance[j] < threshold or len(found) == k:
                break
            chunk = self.chunks[int(candidates[j])]
            found.append({**chunk, "score": round(float(relevance[j]), 4)})  # type: ignore[typeddict-item]
        return found

    def with_neighbours(
        self,
        hits: list[RetrievedChunk],
        budget: int = NEIGHBOUR_CHARS,
        words: dict[str, float] | None = None,
    ) -> list[RetrievedChunk]:
        """The hits, each one's `text` extended with up to `budget` characters of the
        chunk before it and of the chunk after it in the same source (without the
        overlap they share), so the prompt holds the sentences around a match: the
        sentences of each neighbour that hold most of the question's `words`, or
        those next to the hit (`focused`). A neighbour that is itself a hit, or
        already carried by a better hit, is not repeated. Ids, titles and scores
        stay those of the hit."""
        if budget <= 0 or not hits:
            return hits
        if self._rows is None:
            self._rows = {
                (c["source"], c["position"]): i
                for i, c in enumerate(self.chunks)
                if isinstance(c.get("position"), int)
            }
        rows = self._rows
        taken = {(h["source"], h.get("position")) for h in hits}
        out: list[RetrievedChunk] = []
        for hit in hits:
            text = hit["text"]
            if not isinstance(hit.get("position"), int):  # no order known: the chunk alone
                out.append(hit)
                continue
            key = (hit["source"], hit["position"] - 1)
            if key not in taken and (row := rows.get(key)) is not None:
                before = self.chunks[row]["text"]
                before = before[: len(before) - shared_overlap(before, text)]
                weights = words if words and self.lexical.holds_any(row, words) else {}
                if extra := focused(before, budget, weights, self.lexical, at_end=True):
                    text = extra + "\n" + text
                taken.add(key)
            key = (hit["source"], hit["position"] + 1)
            if key not in taken and (row := rows.get(key)) is not None:
                after = self.chunks[row]["text"]
                after = after[shared_overlap(hit["text"], after) :]
                weights = words if words and self.lexical.holds_any(row, words) else {}
                if extra := focused(after, budget, weights, self.lexical, at_end=False):
                    text = text + "\n" + extra
                taken.add(key)
            out.append({**hit, "text": text})
        return out

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
    ) -> list[RetrievedChunk]:
        """The k chunks most relevant to the query, at or above the threshold. A
        follow-up's `context` (the earlier turns naming its subject) counts too,
        with a smaller weight, on both the dense and the lexical side. Each chunk's
        `text` carries up to `neighbours` characters of the chunks on either side
        (`with_neighbours`; 0 for the chunk alone)."""
        hits, words, _ = self._ranked(query, k, threshold, context, context_weight)
        return self.with_neighbours(hits, neighbours, words)

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
    ) -> tuple[list[RetrievedChunk], str | None]:
        """The last of a conversation's user turns searched as `search` does, with
        the subject of the conversation (`subject_of`) when it leans on it; and that
        subject, or None when it carried none. A turn that looks like a follow-up
        (`is_follow_up`) carries it; another carries it only if the turn alone finds
        something at the threshold (an unrelated question stays unrelated) and the
        subject makes the best match `SURER_BY` surer."""
        if not turns:
            return [], None
        subject = self.subject_of(turns, threshold, context_weight)
        hits, words, carried = self._ranked(
            turns[-1], k, threshold, subject, context_weight, if_surer=not is_follow_up(turns[-1])
        )
        return self.with_neighbours(hits, neighbours, words), subject if carried else None

    def subject_of(
        self, turns: Sequence[str], threshold: float, context_weight: float = 0.3
    ) -> str | None:
        """The earlier turns that name the subject of the last one (`subject_turns`):
        an earlier turn leans on the ones before it when it looks like a follow-up,
        or when their subject made its own search surer (as `search_conversation`
        decided for it then)."""

        def leans_back(i: int) -> bool:
            if is_follow_up(turns[i]):
                return True
            if i == 0:
                return False
            subject = self.subject_of(turns[: i + 1], threshold, context_weight)
            return self._ranked(turns[i], 1, threshold, subject, context_weight, True)[2]

        return subject_turns(turns, leans_back=leans_back)

    def _ranked(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None,
        context_weight: float,
        if_surer: bool = False,
    ) -> tuple[list[RetrievedChunk], dict[str, float], bool]:
        """`hybrid_search` for the query with its context, the words it searched,
        and whether the context was carried; `if_surer` carries it only under
        `search_conversation`'s rule."""
        if not self.chunks or k <= 0:
            return [], {}, False
        quoted = literals(query)
        own = self._embed_query(query)
        words = self.query_words(query, context, context_weight)
        hits = self.hybrid_search(
            self.query_vector(own, context, context_weight), words, k, threshold, quoted
        )
        if context and if_surer:
            alone_words = self.query_words(query)
            alone = self.hybrid_search(self.query_vector(own), alone_words, k, threshold, quoted)
            if not alone or not hits or hits[0]["score"] < alone[0]["score"] + SURER_BY:
                return alone, alone_words, False
        return hits, words, bool(context)

    def vectors_for(self, texts: Sequence[str]) -> tuple[np.ndarray, int]:
        """The vectors of these chunk texts and how many were already in the index:
        a text the index holds (a file re-ingested after an edit elsewhere in it, or
        moved) keeps its stored vector, so only new text is embedded."""
        stored = {dense_text(c): i for i, c in enumerate(self.chunks)}
        rows = [stored.get(t, -1) for t in texts]
        new = [i for i, row in enumerate(rows) if row < 0]
        embedded = embed(self.embedder, (texts[i] for i in new))
        if len(new) == len(texts):
            return embedded, 0
        vectors = np.zeros((len(texts), self.vectors.shape[1]), np.float32)
        held = [i for i, row in enumerate(rows) if row >= 0]
        vectors[held] = self.vectors[[rows[i] for i in held]]
        if new:
            vectors[new] = embedded
        return vectors, len(held)

    def replace_source(
        self, source: str, file_hash: str, chunks: list[RetrievedChunk], vectors: np.ndarray
    ) -> DocumentIndex:
        """A new index where `source` holds exactly these chunks."""
        return self.replace_sources({source: (file_hash, chunks)}, vectors)

    def replace_sources(
        self, updates: dict[str, tuple[str, list[RetrievedChunk]]], vectors: np.ndarray
    ) -> DocumentIndex:
        """A new index where each source of `updates` holds exactly its chunks (with
        their file hash); `vectors` are those chunks' vectors, in the same order."""
        chunks = [c for _, source_chunks in updates.values() for c in source_chunks]
        keep = np.array([c["source"] not in updates for c in self.chunks], dtype=bool)
        kept = np.flatnonzero(keep)
        merged = np.vstack([self.vectors[kept], vectors]) if len(kept) else vectors
        return DocumentIndex(
            self.embedder,
            [self.chunks[i] for i in kept] + chunks,
            merged.astype(np.float32),
            {**self.sources, **{s: h for s, (h, _) in updates.items()}},
            self.index_type,
            self.hnsw_min_chunks,
            lexical=self.lexical.keep(keep).with_texts(map(lexical_text, chunks)),
            kept_queries=self._embed_kept,
        )

    def without_sources(self, sources: set[str]) -> DocumentIndex:
        """A new index without these sources' chunks."""
        keep = np.array([c["source"] not in sources for c in self.chunks], dtype=bool)
        kept = np.flatnonzero(keep)
        return DocumentIndex(
            self.embedder,
            [self.chunks[i] for i in kept],
            self.vectors[kept] if len(kept) else np.zeros((0, self.vectors.shape[1]), np.float32),
            {s: h for s, h in self.sources.items() if s not in sources},
            self.index_type,
            self.hnsw_min_chunks,
            lexical=self.lexical.keep(keep),
            kept_queries=self._embed_kept,
        )

    def save(self, directory: Path) -> None:
        """Write both indexes beside their target, then swap the folder in, so a
        crash never leaves a half-written pair where the server reads."""
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{directory.name}-", dir=directory.parent))
        try:
            faiss.write_index(self.faiss, str(tmp / "index.faiss"))
            np.save(tmp / "vectors.npy", self.vectors)
            self.lexical.save(tmp / LEXICAL_FILE)
            (tmp / "chunks.json").write_text(json.dumps(self.chunks))
            info = {**manifest(self), "lexical_sha256": file_sha256(tmp / LEXICAL_FILE)}
            (tmp / "manifest.json").write_text(json.dumps(info, indent=2))
            old = directory.with_name(f".{directory.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            if directory.exists():
                directory.rename(old)
            tmp.rename(directory)
            shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(
        cls,
        directory: Path,
        embedder: Embeddings,
        index_type: IndexType = "auto",
        hnsw_min_chunks: int = 20_000,
        reembed: bool = False,
        kept_queries: QueryVectors | None = None,
    ) -> DocumentIndex:
        """The index in `directory`. With `reembed`, the stored chunks are embedded
        again with `embedder` (the index was built by another one) and a missing or
        damaged lexical index is rebuilt from them."""
        info = read_manifest(directory, check_lexical=not reembed)
        if not reembed and info.get("embedder") != embedder_id(embedder):
            raise IndexUnavailable(
                f"the index at {directory} was built with the embedder "
                f"{info.get('embedder')!r}, not {embedder_id(embedder)!r}; run "
                f"`threadline ingest --reembed --index {directory}` to embed its chunks "
                "again, or set THREADLINE_EMBEDDINGS to match"
            )
        try:
            chunks = json.loads((directory / "chunks.json").read_text())
            if reembed:
                return cls(
                    embedder,
                    chunks,
                    None,
                    cast(dict[str, str], info.get("sources", {})),
                    index_type,
                    hnsw_min_chunks,
                    lexical=load_lexical(directory, len(chunks)),
                    kept_queries=kept_queries,
                )
            vectors = np.load(directory / "vectors.npy")
            faiss_index = faiss.read_index(str(directory / "index.faiss"))
            lexical = LexicalIndex.load(directory / LEXICAL_FILE)
        except (OSError, ValueError, RuntimeError, KeyError, zipfile.BadZipFile) as exc:
            raise IndexUnavailable(
                f"the index at {directory} cannot be read ({exc}); delete the folder and "
                "run `threadline ingest` again (the default guide is re-indexed on start)"
            ) from exc
        if (
            len(chunks) != len(vectors)
            or faiss_index.ntotal != len(chunks)
            or len(lexical) != len(chunks)
        ):
            raise IndexUnavailable(
                f"the index at {directory} is inconsistent; delete it and "
                "run `threadline ingest` again"
            )
        stored_type = cast(IndexType, info.get("index_type", "auto"))
        wanted = index_type if index_type != "auto" else stored_type
        sources = cast(dict[str, str], info.get("sources", {}))
        return cls(
            embedder,
            chunks,
            vectors,
            sources,
            wanted,
            hnsw_min_chunks,
            faiss_index=faiss_index if wanted == stored_type else None,
            lexical=lexical,
            kept_queries=kept_queries,
        )


def load_lexical(directory: Path, chunks: int) -> LexicalIndex | None:
    """The stored lexical index if it is sound and matches the chunks, else None
    (the caller rebuilds it from the chunks)."""
    try:
        read_manifest(directory)
        lexical = LexicalIndex.load(directory / LEXICAL_FILE)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, IndexUnavailable):
        return None
    return lexical if len(lexical) == chunks else None


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest(index: DocumentIndex) -> dict[str, object]:
    """What `threadline index stats` shows, and what a load checks first."""
    return {
        "embedder": embedder_id(index.embedder),
        "index_type": index.index_type,
        "faiss": index.kind,
        "chunks": len(index.chunks),
        "dimension": int(index.vectors.shape[1]) if index.vectors.size else 0,
        "sources": index.sources,
    }


def read_manifest(directory: Path, check_lexical: bool = True) -> dict[str, object]:
    """The index's manifest, or a clear error naming the path and the fix. The
    lexical index is checked against the checksum the manifest holds, so a damaged
    one stops the server at start rather than failing searches later."""
    required = INDEX_FILES if check_lexical else INDEX_FILES[:-1]
    missing = [name for name in required if not (directory / name).is_file()]
    if missing == [LEXICAL_FILE]:
        raise IndexUnavailable(
            f"the index at {directory} has no lexical index ({LEXICAL_FILE}: it was built "
            f"before hybrid search); run `threadline ingest --reembed --index {directory}` "
            "to build it from the stored chunks"
        )
    if missing:
        raise IndexUnavailable(
            f"the index at {directory} is incomplete (missing {', '.join(missing)}); delete "
            "the folder and run `threadline ingest` again"
        )
    try:
        info = json.loads((directory / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        raise IndexUnavailable(
            f"the index manifest at {directory} cannot be read ({exc}); "
            "delete the folder and run `threadline ingest` again"
        ) from exc
    if not isinstance(info, dict):
        raise IndexUnavailable(f"the index manifest at {directory} is not an object")
    if check_lexical and info.get("lexical_sha256") != file_sha256(directory / LEXICAL_FILE):
        raise IndexUnavailable(
            f"the lexical index {directory / LEXICAL_FILE} is damaged (its checksum does not "
            f"match the manifest); run `threadline ingest --reembed --index {directory}` to "
            "rebuild it from the stored chunks, or delete the folder and ingest again"
        )
    return info


class Retriever(Protocol):
    """What `retrieve` needs: a search by text. A collection-aware one
    (`collections.CollectionIndexes`, PostgreSQL's) also takes `collections=`."""

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
        *args: Any,
        **scope: Any,
    ) -> list[RetrievedChunk]: ...

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        *args: Any,
        **scope: Any,
    ) -> tuple[list[RetrievedChunk], str | None]: ...


class LiveIndex:
    """The index a running server searches: reloaded when `threadline ingest`
    swaps a new one in, so new documents need no restart."""

    def __init__(self, directory: Path, index: DocumentIndex) -> None:
        self.directory = directory
        self.index = index
        self._signature = self._current_signature()
        self._lock = threading.Lock()

    def _current_signature(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.directory / "manifest.json")
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns

    def refresh(self) -> None:
        """Load the index again if the one on disk changed since the last look."""
        signature = self._current_signature()
        if signature is None or signature == self._signature:
            return
        with self._lock:
            if signature != self._signature:
                current = self.index
                self.index = DocumentIndex.load(
                    self.directory,
                    current.embedder,
                    current.index_type,
                    current.hnsw_min_chunks,
                    kept_queries=current._embed_kept,
                )
                self._signature = signature

    def __len__(self) -> int:
        return len(self.index)

    def search(
        self,
        query: str,
        k: int,
        threshold: float,
        context: str | None = None,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
    ) -> list[RetrievedChunk]:
        self.refresh()
        return self.index.search(query, k, threshold, context, context_weight, neighbours)

    def search_conversation(
        self,
        turns: Sequence[str],
        k: int,
        threshold: float,
        context_weight: float = 0.3,
        neighbours: int = NEIGHBOUR_CHARS,
    ) -> tuple[list[RetrievedChunk], str | None]:
        self.refresh()
        return self.index.search_conversation(turns, k, threshold, context_weight, neighbours)
