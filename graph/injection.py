"""The trained prompt-injection and jailbreak detector: TF-IDF features of character
2-5-grams and word 1-2-grams, scored by a logistic regression with numpy alone.

`bench/train_injection.py` trains it and writes the weights; this module only reads
them, once, when the moderator is built. The featurisation here is the one the
training used (it imports `prepare`, `char_ngrams` and `word_ngrams`), so the two
cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

DATA_DIR = Path(__file__).parent / "data"
WEIGHTS_PATH = DATA_DIR / "injection-detector.npz"
MANIFEST_PATH = DATA_DIR / "injection-detector.json"
FORMAT = 1

CHAR_SIZES = range(2, 6)
MIN_WORDS = 6
_WORD = re.compile(r"\b\w\w+\b")
_SPACES = re.compile(r"\s+")
#: Multiplier of the polynomial hash that names a character n-gram: an odd 64-bit
#: number, so the hash of every n-gram of a message is a few numpy operations.
_PRIME = 1099511628211
_MASK = (1 << 64) - 1

FloatArray = npt.NDArray[np.float32]


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


def ngram_hash(gram: str) -> int:
    """The 64-bit hash the scorer computes for `gram` (training stores these, not text)."""
    value = 0
    for ch in gram:
        value = (value * _PRIME + ord(ch) + 1) & _MASK
    return value


def char_hashes(prepared: str) -> npt.NDArray[np.uint64]:
    """The hashes of every character n-gram, all sizes, in one array (wrapping uint64)."""
    codes = np.frombuffer(prepared.encode("utf-32-le"), dtype="<u4").astype(np.uint64) + 1
    prime = np.uint64(_PRIME)
    parts, rolling = [], codes
    for n in range(2, CHAR_SIZES.stop):
        rolling = rolling[:-1] * prime + codes[n - 1 :]
        if n in CHAR_SIZES:
            parts.append(rolling)
    return np.concatenate(parts) if parts else np.empty(0, dtype=np.uint64)


def _tfidf_dot(
    ids: npt.NDArray[np.intp], counts: npt.NDArray[Any], idf: FloatArray, coef: FloatArray
) -> tuple[float, float]:
    """The dot product with `coef` of the sublinear TF-IDF vector of the features `ids`
    seen `counts` times, and that vector's L2 norm."""
    if ids.size == 0:
        return 0.0, 0.0
    weights = (1.0 + np.log(counts)) * idf[ids]
    norm = float(np.sqrt(np.dot(weights, weights)))
    return float(np.dot(weights, coef[ids])), norm


@dataclass(frozen=True)
class InjectionDetector:
    """A linear model over hashed character n-grams and a word vocabulary."""

    char_keys: npt.NDArray[np.uint64]
    """Sorted hashes of the character n-gram vocabulary; a hash's rank is its feature."""
    char_idf: FloatArray
    char_coef: FloatArray
    word_index: dict[str, int]
    word_idf: FloatArray
    word_coef: FloatArray
    intercept: float
    threshold: float
    """Scores at or above it are injections; chosen on the corpora's validation splits."""

    def score(self, text: str) -> float:
        """The probability that `text` (normalised as moderation normalises it) is a
        prompt injection or a jailbreak."""
        prepared = prepare(text)
        hashes, counts = np.unique(char_hashes(prepared), return_counts=True)
        slots = np.searchsorted(self.char_keys, hashes)
        slots[slots == self.char_keys.size] = 0
        known = self.char_keys[slots] == hashes
        char_dot, char_norm = _tfidf_dot(slots[known], counts[known], self.char_idf, self.char_coef)
        words = Counter(self.word_index.get(g, -1) for g in word_ngrams(prepared))
        words.pop(-1, None)
        word_dot, word_norm = _tfidf_dot(
            np.fromiter(words.keys(), dtype=np.intp, count=len(words)),
            np.fromiter(words.values(), dtype=np.float64, count=len(words)),
            self.word_idf,
            self.word_coef,
        )
        logit = self.intercept
        logit += char_dot / char_norm if char_norm else 0.0
        logit += word_dot / word_norm if word_norm else 0.0
        return 1.0 / (1.0 + math.exp(-logit))

    def is_injection(self, text: str) -> bool:
        """Whether to treat `text` as an attack. Messages under MIN_WORDS words are
        left to the rules: the model reads terse chat ("hi", "card please") as terse
        attacks far too often."""
        return len(text.split()) >= MIN_WORDS and self.score(text) >= self.threshold


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
            "`python -m bench.train_injection` or restore the committed files"
        )
    try:
        with np.load(weights, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        words = bytes(arrays["word_vocab"]).decode("utf-8").split("\n")
        detector = InjectionDetector(
            char_keys=arrays["char_keys"].astype(np.uint64),
            char_idf=arrays["char_idf"].astype(np.float32),
            char_coef=arrays["char_coef"].astype(np.float32),
            word_index={w: i for i, w in enumerate(words)},
            word_idf=arrays["word_idf"].astype(np.float32),
            word_coef=arrays["word_coef"].astype(np.float32),
            intercept=float(arrays["intercept"]),
            threshold=float(meta["threshold"]),
        )
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise DetectorUnavailable(
            f"the prompt-injection weights {weights} are unusable: {exc}"
        ) from exc
    sizes = {detector.char_keys.size, detector.char_idf.size, detector.char_coef.size}
    if len(sizes) != 1 or {len(words), detector.word_idf.size, detector.word_coef.size} != {
        len(words)
    }:
        raise DetectorUnavailable(f"the prompt-injection weights {weights} have mismatched arrays")
    return detector
