"""The trained prompt-injection and jailbreak detector: TF-IDF features of character
2-5-grams and word 1-2-grams, scored by a logistic regression with numpy alone.

`bench/training/train_injection.py` trains it and writes the weights; this module only reads
them, once, when the moderator is built. The featurisation here is the one the
training used (it imports `prepare`, `char_ngrams` and `word_ngrams`), so the two
cannot drift apart.

Long messages are scored in overlapping windows (`window_chars` long, every
`window_chars // 2` characters) and the message's score is the highest window's:
a short attack pasted into a long document is read at the length the model was
trained on, and the cost grows linearly with the message. A message no longer than
one window is scored whole, exactly as in training.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

DATA_DIR = Path(__file__).parent.parent / "data"
WEIGHTS_PATH = DATA_DIR / "injection-detector.npz"
MANIFEST_PATH = DATA_DIR / "injection-detector.json"
FORMAT = 2

CHAR_SIZES = range(2, 6)
_WORD = re.compile(r"\b\w\w+\b")
_SPACES = re.compile(r"\s+")
#: Multiplier of the polynomial hash that names a character n-gram: an odd 64-bit
#: number, so the hash of every n-gram of a message is a few numpy operations.
_PRIME = 1099511628211
_MASK = (1 << 64) - 1
#: Fibonacci-hashing multiplier that spreads n-gram hashes over the lookup table.
_MIX = np.uint64(0x9E3779B97F4A7C15)

#: Word-count buckets with a learnt offset each (a message of 9 or more words has
#: none): the n-gram features of "hi" or "prompt" are as strong, after L2
#: normalisation, as those of a paragraph, but say far less; the model learns how
#: much less from the data instead of a fixed word floor.
LENGTH_EDGES = (2, 3, 4, 6, 9)

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.intp]


class DetectorUnavailable(RuntimeError):
    """The detector's weights are missing, corrupted or of another format."""


def prepare(text: str) -> str:
    """Lower case, whitespace runs folded to one space: what the features are read from."""
    return _SPACES.sub(" ", text.lower()).strip()


def char_ngrams(prepared: str) -> list[str]:
    """Every character 2- to 5-gram, the reference the numpy scorer must agree with."""
    return [prepared[i : i + n] for n in CHAR_SIZES for i in range(len(prepared) - n + 1)]


def word_ngrams(prepared: str) -> list[str]:
    """Words of two or more word characters, and each pair of neighbours."""
    words = _WORD.findall(prepared)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def count_words(prepared: str) -> int:
    """The words (two or more word characters) of a prepared text."""
    return len(_WORD.findall(prepared))


def length_bucket(n_words: int) -> int:
    """The word-count bucket of a message or window: 0 for under two words ... 5 for nine
    or more (no offset)."""
    return sum(1 for edge in LENGTH_EDGES if n_words >= edge)


def ngram_hash(gram: str) -> int:
    """The 64-bit hash the scorer computes for `gram` (training stores these, not text)."""
    value = 0
    for ch in gram:
        value = (value * _PRIME + ord(ch) + 1) & _MASK
    return value


def char_hashes_at(prepared: str) -> tuple[npt.NDArray[np.uint64], IntArray]:
    """The hash of every character n-gram, all sizes, and where each one starts."""
    codes = np.frombuffer(prepared.encode("utf-32-le"), dtype="<u4").astype(np.uint64) + 1
    prime = np.uint64(_PRIME)
    parts, starts, rolling = [], [], codes
    for n in range(2, CHAR_SIZES.stop):
        rolling = rolling[:-1] * prime + codes[n - 1 :]
        if n in CHAR_SIZES:
            parts.append(rolling)
            starts.append(np.arange(rolling.size, dtype=np.intp))
    if not parts:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.intp)
    return np.concatenate(parts), np.concatenate(starts)


def char_hashes(prepared: str) -> npt.NDArray[np.uint64]:
    """The hashes of every character n-gram, all sizes, in one array (wrapping uint64)."""
    return char_hashes_at(prepared)[0]


@dataclass(frozen=True)
class HashIndex:
    """An open-addressing table from n-gram hash to feature number, built at load time:
    a few vectorised gathers per message instead of a binary search per n-gram."""

    keys: npt.NDArray[np.uint64]
    table: npt.NDArray[np.int32]
    shift: np.uint64
    probes: int

    @classmethod
    def build(cls, keys: npt.NDArray[np.uint64]) -> HashIndex:
        bits = max(4, int(math.ceil(math.log2(max(keys.size, 1) * 8))))
        size = 1 << bits
        shift = np.uint64(64 - bits)
        table = np.full(size, -1, dtype=np.int32)
        home = ((keys * _MIX) >> shift).astype(np.intp)
        pending = np.arange(keys.size, dtype=np.intp)
        probe = 0
        while pending.size:
            slots = (home[pending] + probe) & (size - 1)
            free = table[slots] < 0
            # the first pending key of each free slot takes it; the rest probe further
            _, first = np.unique(slots[free], return_index=True)
            placed = pending[free][first]
            table[slots[free][first]] = placed
            pending = np.setdiff1d(pending, placed, assume_unique=True)
            probe += 1
        return cls(keys, table, shift, probe)

    def lookup(self, hashes: npt.NDArray[np.uint64]) -> IntArray:
        """The feature number of each hash, or -1 where it is not a feature."""
        found = np.full(hashes.size, -1, dtype=np.intp)
        home = ((hashes * _MIX) >> self.shift).astype(np.intp)
        active = np.arange(hashes.size, dtype=np.intp)
        size_mask = self.table.size - 1
        for probe in range(self.probes):
            candidate = self.table[(home[active] + probe) & size_mask].astype(np.intp)
            occupied = candidate >= 0
            hit = occupied & (self.keys[np.where(occupied, candidate, 0)] == hashes[active])
            found[active[hit]] = candidate[hit]
            active = active[occupied & ~hit]
            if not active.size:
                break
        return found


def _window_scores(
    features: IntArray,
    windows: IntArray,
    n_windows: int,
    idf: FloatArray,
    coef: FloatArray,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Per window: the dot product with `coef` of the sublinear TF-IDF vector of the
    features seen in it, and that vector's L2 norm (one sort, no Python loop)."""
    if features.size == 0:
        zeros = np.zeros(n_windows, dtype=np.float64)
        return zeros, zeros
    span = np.int64(idf.size)
    keys = np.sort(windows.astype(np.int64) * span + features)
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    counts = np.diff(np.concatenate([starts, [keys.size]]))
    unique = keys[starts]
    window, feature = np.divmod(unique, span)
    weights = (1.0 + np.log(counts)) * idf[feature]
    dot = np.bincount(window, weights * coef[feature], minlength=n_windows)
    norm = np.sqrt(np.bincount(window, weights * weights, minlength=n_windows))
    return dot.astype(np.float64), norm.astype(np.float64)


@dataclass(frozen=True)
class InjectionDetector:
    """A linear model over hashed character n-grams and a word vocabulary."""

    char_index: HashIndex
    """Hashes of the character n-gram vocabulary; a hash's position is its feature."""
    char_idf: FloatArray
    char_coef: FloatArray
    word_index: dict[str, int]
    word_idf: FloatArray
    word_coef: FloatArray
    intercept: float
    length_coef: FloatArray
    """The offset of each word-count bucket but the last (see LENGTH_EDGES)."""
    threshold: float
    """Scores at or above it are injections (see the manifest's threshold_rule)."""
    window_chars: int = 256
    """Messages longer than this are scored in windows this long, half overlapping."""
    min_words: int = 0
    """Messages with fewer words are left to the rules (0: every message is scored)."""

    @property
    def char_keys(self) -> npt.NDArray[np.uint64]:
        return self.char_index.keys

    def window_scores(self, text: str) -> npt.NDArray[np.float64]:
        """The probability of each window of `text` (normalised as moderation normalises
        it) being a prompt injection or a jailbreak; one window for a short message."""
        prepared = prepare(text)
        step = max(1, self.window_chars // 2)
        n_windows = max(1, -(-(len(prepared) - self.window_chars) // step) + 1)
        hashes, starts = char_hashes_at(prepared)
        ids = self.char_index.lookup(hashes)
        known = ids >= 0
        char_ids, char_windows = self._spread(ids[known], starts[known], step, n_windows)
        char_dot, char_norm = _window_scores(
            char_ids, char_windows, n_windows, self.char_idf, self.char_coef
        )
        word_ids, word_segments, all_segments = self._words(prepared, step)
        word_ids, word_windows = self._spread(word_ids, word_segments * step, step, n_windows)
        _, every_word = self._spread(all_segments, all_segments * step, step, n_windows)
        n_words = np.bincount(every_word, minlength=n_windows)
        buckets = np.searchsorted(np.array(LENGTH_EDGES), n_words, side="right")
        offsets = np.concatenate([self.length_coef, [0.0]])[buckets]
        word_dot, word_norm = _window_scores(
            word_ids, word_windows, n_windows, self.word_idf, self.word_coef
        )
        with np.errstate(invalid="ignore", divide="ignore"):
            logit = (
                self.intercept
                + offsets
                + np.where(char_norm > 0, char_dot / np.where(char_norm > 0, char_norm, 1), 0.0)
                + np.where(word_norm > 0, word_dot / np.where(word_norm > 0, word_norm, 1), 0.0)
            )
        return np.asarray(1.0 / (1.0 + np.exp(-logit)), dtype=np.float64)

    def score(self, text: str) -> float:
        """The highest window probability of `text` being an injection or a jailbreak."""
        return float(self.window_scores(text).max())

    def is_injection(self, text: str) -> bool:
        """Whether to treat `text` as an attack."""
        return self.check(text)[0]

    def check(self, text: str) -> tuple[bool, float]:
        """Whether to treat `text` as an attack, and its score (scored once)."""
        if self.min_words and len(text.split()) < self.min_words:
            return False, 0.0
        score = self.score(text)
        return score >= self.threshold, score

    def _words(self, prepared: str, step: int) -> tuple[IntArray, IntArray, IntArray]:
        """Feature numbers of the words and word pairs in the vocabulary and the segment
        (`step` characters, cut at the next space) each one starts in, and the segment
        of every word. The look-ups run in C (`map` over `dict.get`)."""
        cuts = [0]
        while cuts[-1] + step < len(prepared):
            space = prepared.find(" ", cuts[-1] + step)
            if space < 0:
                break
            cuts.append(space)
        cuts.append(len(prepared))
        pieces = [_WORD.findall(prepared, a, b) for a, b in itertools.pairwise(cuts)]
        sizes = [len(piece) for piece in pieces]
        words = list(itertools.chain.from_iterable(pieces))
        segments = np.repeat(np.arange(len(pieces), dtype=np.intp), sizes)
        get, missing = self.word_index.get, itertools.repeat(-1)
        pairs = map(" ".join, zip(words, words[1:], strict=False))
        ids = np.fromiter(
            itertools.chain(map(get, words, missing), map(get, pairs, missing)),
            dtype=np.intp,
            count=2 * len(words) - 1 if words else 0,
        )
        where = np.concatenate([segments, segments[:-1]])
        known = ids >= 0
        return ids[known], where[known], segments

    @staticmethod
    def _spread(
        ids: IntArray, starts: IntArray, step: int, n_windows: int
    ) -> tuple[IntArray, IntArray]:
        """Each feature occurrence once per window it starts in: window k covers the
        characters [k * step, k * step + 2 * step), the last one runs to the end."""
        if n_windows == 1:
            return ids, np.zeros(ids.size, dtype=np.intp)
        segment = starts // step
        upper = segment < n_windows  # the window that starts in this segment
        lower = segment >= 1  # the window that started one segment earlier
        return (
            np.concatenate([ids[upper], ids[lower]]),
            np.concatenate([segment[upper], segment[lower] - 1]),
        )


def load_detector(
    weights: Path = WEIGHTS_PATH, manifest: Path = MANIFEST_PATH
) -> InjectionDetector:
    """Read and check the committed weights; any problem stops start-up with its reason."""
    try:
        meta = json.loads(manifest.read_text(encoding="utf-8"))
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()
    except (OSError, ValueError) as exc:
        raise DetectorUnavailable(
            f"the prompt-injection detector cannot be read ({manifest} / {weights}): {exc}"
        ) from exc
    if meta.get("format") != FORMAT or digest != meta.get("weights_sha256"):
        raise DetectorUnavailable(
            f"the prompt-injection weights {weights} do not match {manifest} "
            f"(sha256 {digest}, format {meta.get('format')}); retrain with "
            "`python -m bench.training.train_injection` or restore the committed files"
        )
    try:
        with np.load(weights, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        words = bytes(arrays["word_vocab"]).decode("utf-8").split("\n")
        keys = arrays["char_keys"].astype(np.uint64)
        if keys.size > 1 and not bool(np.all(keys[1:] != keys[:-1])):
            raise ValueError("duplicate character n-gram hashes")
        detector = InjectionDetector(
            char_index=HashIndex.build(keys),
            char_idf=arrays["char_idf"].astype(np.float32),
            char_coef=arrays["char_coef"].astype(np.float32),
            word_index={w: i for i, w in enumerate(words)},
            word_idf=arrays["word_idf"].astype(np.float32),
            word_coef=arrays["word_coef"].astype(np.float32),
            intercept=float(arrays["intercept"]),
            length_coef=arrays["length_coef"].astype(np.float32),
            threshold=float(meta["threshold"]),
            window_chars=int(meta.get("window_chars", 256)),
            min_words=int(meta.get("min_words", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise DetectorUnavailable(
            f"the prompt-injection weights {weights} are unusable: {exc}"
        ) from exc
    sizes = {detector.char_keys.size, detector.char_idf.size, detector.char_coef.size}
    if detector.length_coef.size != len(LENGTH_EDGES):
        raise DetectorUnavailable(f"the prompt-injection weights {weights} have mismatched arrays")
    if len(sizes) != 1 or {len(words), detector.word_idf.size, detector.word_coef.size} != {
        len(words)
    }:
        raise DetectorUnavailable(f"the prompt-injection weights {weights} have mismatched arrays")
    return detector
