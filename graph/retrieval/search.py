"""Hybrid search and the conversation around it, over any store of chunks: the
dense and the lexical candidates fused into one relevance score, a follow-up's
subject carried from the earlier turns, and each hit's neighbouring text. A store
(`Corpus`) gives the ranked candidates and a few lookups; this module ranks them,
so the file index (`index.DocumentIndex`: FAISS + BM25 in memory) and PostgreSQL
(`service/pg_chunks.py`: pgvector + a BM25 postings table) rank alike.
"""

from __future__ import annotations

import bisect
import itertools
import re
from abc import ABC, abstractmethod
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from graph.retrieval.follow_ups import is_follow_up, subject_turns
from graph.retrieval.lexical import literals, query_terms, terms_at
from graph.state import RetrievedChunk

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
    text: str, budget: int, weights: dict[str, float], lexical: Rarity, at_end: bool
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


class Rarity(Protocol):
    """How rare a term is among the chunks searched (BM25's idf)."""

    def term_idf(self, term: str) -> float: ...


@dataclass
class Candidates:
    """What a store's two rankings found for one query: the union of the dense and
    the lexical candidates (each side's best `n`), each with its cosine similarity
    to the query vector, its BM25 score for the query words, and the rarity of the
    rarest quoted literal it holds (`LexicalIndex.rarity_held`); and the BM25 score
    of a typical full match (`LexicalIndex.typical_score`)."""

    keys: list[Hashable]
    """The store's own name for each candidate (a row, a database id)."""
    cosine: np.ndarray
    bm25: np.ndarray
    rarity: np.ndarray
    typical: float


@dataclass
class Neighbour:
    key: Hashable
    text: str
    holds_words: bool
    """Whether it holds any of the question's words (its sentences that do are kept)."""


@dataclass
class Passage:
    """A hit's chunk, with the chunks before and after it in its source."""

    chunk: RetrievedChunk
    before: Neighbour | None
    after: Neighbour | None


@dataclass
class Ranked:
    keys: list[Hashable]
    scores: list[float]


def fuse(found: Candidates, k: int, threshold: float) -> Ranked:
    """The candidates ranked by one relevance score: the cosine similarity plus
    `LEXICAL_WEIGHT` times the chunk's BM25 score as a share of a typical full match
    (capped at 1), plus `LITERAL_WEIGHT` times the rarity of a quoted literal it
    holds. Each side counts by how sure it is: a flat dense ranking cannot pull down
    a chunk that holds the question's rare words, and a word match alone cannot beat
    a much closer meaning. A chunk is kept when its relevance reaches the threshold."""
    if not found.keys or k <= 0:
        return Ranked([], [])
    share = np.minimum(found.bm25 / found.typical, 1.0)
    relevance = found.cosine + LEXICAL_WEIGHT * share + LITERAL_WEIGHT * found.rarity
    keys: list[Hashable] = []
    scores: list[float] = []
    for j in np.argsort(-relevance, kind="stable"):
        if relevance[j] < threshold or len(keys) == k:
            break
        keys.append(found.keys[int(j)])
        scores.append(round(float(relevance[j]), 4))
    return Ranked(keys, scores)


class HybridSearch(ABC):
    """`search` and `search_conversation` over a store's candidates. A store gives
    its size, query vectors, ranked candidates (`candidates`), the key terms of a
    text, term rarity and the passages of its hits."""

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def _embed_query(self, text: str) -> np.ndarray:
        """The query's vector (normalised by the embedder or not: `query_vector` does)."""

    @abstractmethod
    def candidates(
        self, vector: np.ndarray, words: dict[str, float], n: int, quoted: Sequence[str]
    ) -> Candidates:
        """The best `n` chunks by cosine similarity and the best `n` by BM25 (a positive
        score), together, scored for the fusion."""

    @abstractmethod
    def key_terms(self, text: str, limit: int) -> list[str]:
        """The rarest words of `text` that the chunks hold."""

    @abstractmethod
    def term_idf(self, term: str) -> float: ...

    @abstractmethod
    def passages(self, keys: Sequence[Hashable], words: dict[str, float]) -> list[Passage]:
        """The chunks of these keys, each with its neighbours in its source."""

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
            for term in self.key_terms(context, SUBJECT_TERMS):
                words.setdefault(term, context_weight)
        return words

    def ranked(
        self,
        vector: np.ndarray,
        words: dict[str, float],
        k: int,
        threshold: float,
        quoted: Sequence[str] = (),
    ) -> Ranked:
        """The k most relevant chunks (`fuse`) of the candidates for this query."""
        if k <= 0 or not len(self):
            return Ranked([], [])
        found = self.candidates(vector, words, max(CANDIDATES, 5 * k), quoted)
        return fuse(found, k, threshold)

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
        return self.hits(hits, neighbours, words)

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
        return self.hits(hits, neighbours, words), subject if carried else None

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
    ) -> tuple[Ranked, dict[str, float], bool]:
        """`ranked` for the query with its context, the words it searched, and
        whether the context was carried; `if_surer` carries it only under
        `search_conversation`'s rule."""
        if not len(self) or k <= 0:
            return Ranked([], []), {}, False
        quoted = literals(query)
        own = self._embed_query(query)
        words = self.query_words(query, context, context_weight)
        hits = self.ranked(
            self.query_vector(own, context, context_weight), words, k, threshold, quoted
        )
        if context and if_surer:
            alone_words = self.query_words(query)
            alone = self.ranked(self.query_vector(own), alone_words, k, threshold, quoted)
            if not alone.keys or not hits.keys or hits.scores[0] < alone.scores[0] + SURER_BY:
                return alone, alone_words, False
        return hits, words, bool(context)

    def hits(
        self, ranked: Ranked, budget: int, words: dict[str, float] | None = None
    ) -> list[RetrievedChunk]:
        """The ranked chunks with their scores, each one's text extended with its
        neighbours' (`with_neighbours`)."""
        if not ranked.keys:
            return []
        found = self.passages(ranked.keys, words or {})
        scored: list[RetrievedChunk] = [
            {**p.chunk, "score": s}  # type: ignore[typeddict-item]
            for p, s in zip(found, ranked.scores, strict=True)
        ]
        if budget <= 0:
            return scored
        return self.joined(scored, found, ranked.keys, budget, words)

    def joined(
        self,
        hits: list[RetrievedChunk],
        found: Sequence[Passage | None],
        keys: Sequence[Hashable],
        budget: int,
        words: dict[str, float] | None,
    ) -> list[RetrievedChunk]:
        """The hits, each one's `text` extended with up to `budget` characters of the
        chunk before it and of the chunk after it in the same source (without the
        overlap they share), so the prompt holds the sentences around a match: the
        sentences of each neighbour that hold most of the question's `words`, or
        those next to the hit (`focused`). A neighbour that is itself a hit, or
        already carried by a better hit, is not repeated. Ids, titles and scores
        stay those of the hit. A hit without a passage (no order known) is alone."""
        taken = set(keys)
        out: list[RetrievedChunk] = []
        for hit, passage in zip(hits, found, strict=True):
            if passage is None:
                out.append(hit)
                continue
            text = hit["text"]
            before, after = passage.before, passage.after
            if before is not None and before.key not in taken:
                extra_text = before.text[: len(before.text) - shared_overlap(before.text, text)]
                weights = words if words and before.holds_words else {}
                if extra := focused(extra_text, budget, weights, self, at_end=True):
                    text = extra + "\n" + text
                taken.add(before.key)
            if after is not None and after.key not in taken:
                extra_text = after.text[shared_overlap(hit["text"], after.text) :]
                weights = words if words and after.holds_words else {}
                if extra := focused(extra_text, budget, weights, self, at_end=False):
                    text = text + "\n" + extra
                taken.add(after.key)
            out.append({**hit, "text": text})
        return out
