"""The lexical half of hybrid search: BM25 over the words of each chunk, so exact
names, identifiers (`pg_dump`, `max_connections`, `os.path.join`), error codes
and rare words are found even when the embedder blurs them.

Plain numpy, stored as one `.npz` beside the FAISS index: each chunk's term
counts are kept, so an update only tokenises the chunks it adds, and the BM25
weights are recomputed (cheaply, in one vectorised pass) when first searched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

#: BM25's usual constants (Lucene's defaults).
K1 = 1.2
B = 0.75

_WORD = re.compile(r"[A-Za-z0-9_]+(?:[.\-:/'][A-Za-z0-9_]+)*")
#: A long command-line option as written (`--schema-only`), indexed whole as well.
_OPTION = re.compile(r"(?<![\w-])--[A-Za-z][A-Za-z0-9_-]*")
_CAMEL = re.compile(r"[a-z][A-Z]")
_SUBWORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being
    below between both but by can could did do does doing don't down during each few for
    from further had has have having he her here hers him his how i if in into is it its
    itself just let me more most my no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them then there these
    they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours""".split()
)


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """The words of `text` as the index counts them: lower-cased and stemmed, with
    stop words left out. A compound identifier also counts whole, as written
    (`pg_dump` gives `pg_dump`, `pg`, `dump`; `getUserName` gives `getusername`,
    `get`, `user`, `name`), so it is found by its exact name and by plain words; a
    long option also counts with its dashes (`--jobs` gives `--jobs` and `job`)."""
    whole: list[str] = [option.lower() for option in _OPTION.findall(text)]
    parts: list[str] = []
    for word in _WORD.findall(text):
        lower = word.lower()
        pieces = [p.lower() for p in _SUBWORD.findall(word)]
        if pieces != [lower] and lower not in _STOPWORDS:
            whole.append(lower)
        parts.extend(p for p in pieces if p not in _STOPWORDS and (len(p) > 1 or p.isdigit()))
    stems: list[str] = _stemmer().stemWords(parts)
    return whole + stems


def terms_at(text: str) -> list[tuple[int, str]]:
    """The terms of `text` as `terms` gives them, each with the offset of the word
    it comes from (all stemmed in one call: cheap enough to run at query time)."""
    found: list[tuple[int, str]] = []
    starts: list[int] = []
    parts: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        if word.isdigit() or (word.isalpha() and (word.isupper() or word[1:].islower())):
            pieces = [lower]  # a plain word is its only piece (what _SUBWORD would find)
        else:
            pieces = [p.lower() for p in _SUBWORD.findall(word)]
        if pieces != [lower] and lower not in _STOPWORDS:
            found.append((match.start(), lower))
        for piece in pieces:
            if piece not in _STOPWORDS and (len(piece) > 1 or piece.isdigit()):
                starts.append(match.start())
                parts.append(piece)
    found.extend(zip(starts, _stemmer().stemWords(parts), strict=True))
    return found


class LexicalIndex:
    """Term counts per chunk (rows of a sparse matrix) and BM25 search over them."""

    def __init__(
        self,
        vocabulary: Sequence[str],
        indptr: np.ndarray,
        term_ids: np.ndarray,
        counts: np.ndarray,
    ) -> None:
        self.vocabulary = list(vocabulary)
        self.term_of = {t: i for i, t in enumerate(self.vocabulary)}
        self.indptr = indptr.astype(np.int64)
        self.term_ids = term_ids.astype(np.int32)
        self.counts = counts.astype(np.float32)
        self._postings: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    @classmethod
    def empty(cls) -> LexicalIndex:
        return cls([], np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32))

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def with_texts(self, texts: Iterable[str]) -> LexicalIndex:
        """A new index with one row per text appended; only the new texts are tokenised."""
        vocabulary = list(self.vocabulary)
        term_of = dict(self.term_of)
        ids: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for text in texts:
            bag = Counter(terms(text))
            for term, count in bag.items():
                if term not in term_of:
                    term_of[term] = len(vocabulary)
                    vocabulary.append(term)
                ids.append(term_of[term])
                counts.append(count)
            lengths.append(len(bag))
        indptr = np.concatenate([self.indptr, self.indptr[-1] + np.cumsum(lengths, dtype=np.int64)])
        return LexicalIndex(
            vocabulary,
            indptr,
            np.concatenate([self.term_ids, np.asarray(ids, np.int32)]),
            np.concatenate([self.counts, np.asarray(counts, np.float32)]),
        )

    def keep(self, rows: np.ndarray) -> LexicalIndex:
        """A new index holding only the rows where the boolean mask `rows` is set."""
        lengths = np.diff(self.indptr)
        entries = np.repeat(rows, lengths)
        indptr = np.concatenate([[0], np.cumsum(lengths[rows])]).astype(np.int64)
        return LexicalIndex(self.vocabulary, indptr, self.term_ids[entries], self.counts[entries])

    def idf(self, document_frequency: np.ndarray | float) -> np.ndarray:
        """BM25's inverse document frequency (Lucene's, never negative)."""
        n = len(self)
        return np.log1p((n - document_frequency + 0.5) / (document_frequency + 0.5))

    def _build_postings(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per term, the rows holding it and their BM25 weights; and each term's idf."""
        rows = np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.indptr))
        lengths = np.zeros(len(self), np.float32)
        np.add.at(lengths, rows, self.counts)
        average = float(lengths.mean()) if len(self) else 1.0
        frequency = np.bincount(self.term_ids, minlength=len(self.vocabulary))
        idf = self.idf(frequency.astype(np.float32))
        tf = self.counts
        norm = K1 * (1 - B + B * lengths[rows] / max(average, 1e-9))
        weights = idf[self.term_ids] * tf * (K1 + 1) / (tf + norm)
        order = np.argsort(self.term_ids, kind="stable")
        starts = np.searchsorted(self.term_ids[order], np.arange(len(self.vocabulary) + 1))
        return rows[order], weights[order].astype(np.float32), starts, idf.astype(np.float32)

    @property
    def postings(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        if self._postings is None:
            self._postings = self._build_postings()
        return self._postings

    def scores(self, query: dict[str, float]) -> np.ndarray:
        """BM25 score of every row for weighted query terms."""
        rows, weights, starts, _ = self.postings
        total = np.zeros(len(self), np.float32)
        for term, weight in query.items():
            t = self.term_of.get(term)
            if t is not None:
                s, e = starts[t], starts[t + 1]
                total[rows[s:e]] += weight * weights[s:e]
        return total

    def top(self, query: dict[str, float], n: int) -> list[tuple[int, float]]:
        """The n best rows with a positive score, best first."""
        if not len(self) or not query:
            return []
        return self.best(self.scores(query), n)

    @staticmethod
    def best(total: np.ndarray, n: int) -> list[tuple[int, float]]:
        """The n best rows of these scores that are positive, best first."""
        n = min(n, len(total))
        if n <= 0:
            return []
        best = np.argpartition(-total, n - 1)[:n]
        best = best[np.argsort(-total[best], kind="stable")]
        return [(int(i), float(total[i])) for i in best if total[i] > 0]

    def typical_score(self, query: dict[str, float]) -> float:
        """The BM25 score of a chunk of average length holding each query word once:
        the sum of the words' weights times their rarity (a word no chunk holds
        counts as the rarest, so a question about something else scores low)."""
        return max(sum(w * self.term_idf(t) for t, w in query.items()), 1e-9)

    def term_idf(self, term: str) -> float:
        """How rare a term is here; a term no chunk holds is as rare as can be."""
        t = self.term_of.get(term)
        if t is None:
            return float(self.idf(0.0))
        _, _, starts, idf = self.postings
        return float(idf[t]) if starts[t + 1] > starts[t] else float(self.idf(0.0))

    def rarity_held(self, terms: Sequence[str]) -> np.ndarray:
        """Per row, the rarity of the rarest of `terms` it holds, as a share of the
        greatest rarity there is (1.0: a term only this row holds; 0: none held)."""
        rows, _, starts, idf = self.postings
        held = np.zeros(len(self), np.float32)
        top = float(self.idf(0.0))
        for term in terms:
            t = self.term_of.get(term)
            if t is not None and starts[t + 1] > starts[t]:
                found = rows[starts[t] : starts[t + 1]]
                held[found] = np.maximum(held[found], float(idf[t]) / top)
        return held

    def holds_any(self, row: int, query: dict[str, float]) -> bool:
        """Whether this row holds any of the query's terms."""
        wanted = [self.term_of[t] for t in query if t in self.term_of]
        held = self.term_ids[self.indptr[row] : self.indptr[row + 1]]
        return bool(wanted) and bool(np.isin(held, wanted).any())

    def key_terms(self, text: str, limit: int) -> list[str]:
        """The rarest words of `text` that the documents hold: the names and terms
        that say what a conversation is about."""
        present = {t for t in terms(text) if t in self.term_of}
        return sorted(present, key=lambda t: (-self.term_idf(t), t))[:limit]

    def save(self, path: Path) -> None:
        with path.open("wb") as f:
            np.savez(
                f,
                vocabulary=np.asarray(self.vocabulary, dtype=np.str_),
                indptr=self.indptr,
                term_ids=self.term_ids,
                counts=self.counts,
            )

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        """Read and check the file; `ValueError` says what is wrong with it."""
        with np.load(path, allow_pickle=False) as data:
            vocabulary = data["vocabulary"].tolist()
            indptr, term_ids, counts = data["indptr"], data["term_ids"], data["counts"]
        if (
            indptr.ndim != 1
            or not len(indptr)
            or indptr[0] != 0
            or np.any(np.diff(indptr) < 0)
            or indptr[-1] != len(term_ids)
            or len(term_ids) != len(counts)
            or (len(term_ids) and (term_ids.min() < 0 or term_ids.max() >= len(vocabulary)))
        ):
            raise ValueError("the term table is inconsistent")
        return cls(vocabulary, indptr, term_ids, counts)


def literals(text: str) -> list[str]:
    """The terms of the code-like words a question quotes: numbers and codes of three
    or more characters (`23505`, `40P01`), identifiers with `_`, a dot or a lower-
    then upper-case letter (`pg_dump`, `os.path.join`, `getUserName`) and long
    command-line options (`--schema-only`), each as the index counts it whole. Plain
    words, and capitalised names such as `PostgreSQL`, are not literals."""
    found = [option.lower() for option in _OPTION.findall(text)]
    for word in _WORD.findall(text):
        marked = any(c.isdigit() or c in "_.:/" for c in word)
        if len(word) < 3 or not (marked or (word[0].islower() and _CAMEL.search(word))):
            continue
        if whole := terms(word):
            found.append(whole[0])
    return list(dict.fromkeys(found))


def query_terms(text: str) -> dict[str, float]:
    """A question's words, each with weight 1 (repeats do not count twice)."""
    return dict.fromkeys(terms(text), 1.0)
