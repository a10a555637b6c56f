"""Train the document-injection classifier: the same features and scorer as the prompt-
injection detector (graph/moderation/injection.py: character and word n-grams, logistic
regression, scored in windows), learnt from what an injection hidden in a document looks
like rather than from users' jailbreaks.

Data (bench/training/data/document_injection*/, each folder written by an author blind to
the rules and to the evaluation sets, README.md there): injected passages and look-alikes
(benign passages of the same shapes: instructions to people, AI policies, quoted prompts,
security teaching); plus windows of Python's standard library and documentation (Debian's
python3-doc) and of manual pages translated into other languages (`/usr/share/man/LANG/`)
as ordinary text. Positives are also set inside ordinary text, as a window
of a document holds them. The evaluation sets (bench/evals/data/poisoned_documents/) are
never read here.

    python -m bench.training.train_document_injection      # needs python3-doc; ~1 min

The threshold is the lowest at which, on the validation fifth, at most 2 % of look-alikes
and 0.5 % of ordinary windows score at or above it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
from pathlib import Path

import numpy as np

from bench.training.train_injection import (
    Split,
    add,
    code_and_documentation,
    export,
    train,
)
from graph.moderation.injection import FORMAT, load_detector
from graph.moderation.rules import normalize

DATA = Path(__file__).parent / "data"
#: The training passages: each folder written by its own author, blind to the rules, the
#: evaluation sets and the results (their README.md files). The committed weights are
#: trained on the first; adding the second was tried and not adopted (BENCHMARKS.md).
FOLDERS = ("document_injection",)
DATA_DIR = Path(__file__).parents[2] / "graph" / "data"
WEIGHTS = DATA_DIR / "document-injection.npz"
MANIFEST = DATA_DIR / "document-injection.json"
WINDOW_CHARS = 256
LOOK_ALIKE_FPR = 0.02
ORDINARY_FPR = 0.005
ORDINARY_WINDOWS = 6000
#: Manual pages translated into other languages, as Debian installs them with its packages
#: (`/usr/share/man/LANG/`); OTHER_LANGUAGE_WINDOWS windows of them, spread evenly over
#: the languages found.
MANUALS = Path("/usr/share/man")
OTHER_LANGUAGE_WINDOWS = 3000
VALIDATION_SHARE = 0.2


def read(name: str, folders: tuple[str, ...] = FOLDERS) -> list[dict[str, str]]:
    """The rows of `name` in these training folders."""
    rows = []
    for folder in folders:
        path = DATA / folder / name
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                rows += [{**json.loads(line), "folder": folder} for line in lines if line.strip()]
    return rows


def other_languages(count: int = OTHER_LANGUAGE_WINDOWS, manuals: Path = MANUALS) -> list[str]:
    """Ordinary text in languages other than English: windows of translated manual pages.

    The injections of the training data are in many languages and Python's documentation
    is English only, so without these the classifier learnt that a language other than
    English is itself a sign of an attack: 7 of the 13 clean chunks it flagged in the
    fifth held-out set were ordinary Spanish and Portuguese (BENCHMARKS.md)."""
    languages = sorted(d for d in manuals.iterdir() if d.is_dir() and not d.name.startswith("man"))
    pages: dict[str, list[str]] = {}
    for language in languages:
        for path in sorted(language.rglob("*.gz"))[:60]:
            shown = subprocess.run(
                ["man", "-l", str(path)],
                capture_output=True,
                text=True,
                env={**os.environ, "MANWIDTH": "200", "MAN_KEEP_FORMATTING": ""},
            ).stdout
            if len(shown) > WINDOW_CHARS:
                pages.setdefault(language.name, []).append(shown)
    if not pages:
        raise SystemExit(f"no translated manual pages under {manuals}")
    rng = random.Random(1)
    windows = []
    for i in range(count):
        text = rng.choice(pages[sorted(pages)[i % len(pages)]])
        size = rng.choice((60, 120, 200, WINDOW_CHARS, WINDOW_CHARS))
        start = rng.randrange(0, len(text) - size)
        windows.append(text[start : start + size])
    return windows


def in_context(passage: str, ordinary: list[str], rng: random.Random) -> str:
    """The passage inside ordinary text, as one window of a document holds it."""
    before = rng.choice(ordinary)[-rng.randrange(0, 120) :] if rng.random() < 0.8 else ""
    after = rng.choice(ordinary)[: rng.randrange(0, 120)] if rng.random() < 0.8 else ""
    return f"{before}\n\n{passage}\n\n{after}".strip()


def splits(seed: int = 0, folders: tuple[str, ...] = FOLDERS) -> dict[str, Split]:
    """Train and validation: each passage in one of them only, with its in-context copy."""
    rng = random.Random(seed)
    ordinary = code_and_documentation(count=ORDINARY_WINDOWS) + other_languages()
    rng.shuffle(ordinary)
    cut = int(len(ordinary) * VALIDATION_SHARE)
    out = {
        name: Split([], [], [], []) for name in ("train", "validation", "look_alikes", "ordinary")
    }
    for text in ordinary[cut:]:
        add(out["train"], text, 0, "ordinary", "ordinary")
    for text in ordinary[:cut]:
        add(out["ordinary"], text, 0, "ordinary", "ordinary")
    for name, label in (("injections.jsonl", 1), ("look_alikes.jsonl", 0)):
        # a passage set in several windows (its `passage`) is held out whole
        groups: dict[tuple[str, object], list[dict[str, str]]] = {}
        for i, row in enumerate(read(name, folders)):
            groups.setdefault((row["folder"], row.get("passage", i)), []).append(row)
        passages = list(groups.values())
        rng.shuffle(passages)
        held = int(len(passages) * VALIDATION_SHARE)
        for i, row in ((i, row) for i, rows in enumerate(passages) for row in rows):
            into = out["train"] if i >= held else out["validation"]
            if into is out["validation"] and label == 0:
                into = out["look_alikes"]
            source = "hand_written_attacks" if label else "hard_negatives"
            add(into, row["text"], label, source, row["folder"])
            add(into, in_context(row["text"], ordinary[cut:], rng), label, source, row["folder"])
    return out


def threshold(detector_scores: np.ndarray, look_alikes: np.ndarray, ordinary: np.ndarray) -> float:
    """The lowest threshold that keeps both false-positive rates within their limits."""
    for t in np.unique(np.r_[detector_scores, look_alikes, ordinary]):
        if np.mean(look_alikes >= t) <= LOOK_ALIKE_FPR and np.mean(ordinary >= t) <= ORDINARY_FPR:
            return float(t)
    return 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--folders", nargs="+", default=list(FOLDERS))
    args = parser.parse_args()
    folders = tuple(args.folders)
    data = splits(folders=folders)
    chars, words, model = train(data)
    export(chars, words, model, args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    manifest: dict[str, object] = {
        "format": FORMAT,
        "threshold": 0.5,
        "window_chars": WINDOW_CHARS,
        "min_words": 0,
        "weights_sha256": digest,
    }
    args.manifest.write_text(json.dumps(manifest) + "\n")
    detector = load_detector(args.out, args.manifest)

    def scores(split: Split) -> np.ndarray:
        return np.array([detector.score(normalize(t)) for t in split.texts])

    positives = scores(data["validation"])
    look_alikes, ordinary = scores(data["look_alikes"]), scores(data["ordinary"])
    chosen = threshold(positives, look_alikes, ordinary)
    recall = float(np.mean(positives >= chosen))
    manifest.update(
        {
            "threshold": round(chosen, 6),
            "trained_by": "bench/training/train_document_injection.py",
            "data": [f"bench/training/data/{f}" for f in folders],
            "validation": {
                "injections_found": round(recall, 4),
                "look_alikes_flagged": round(float(np.mean(look_alikes >= chosen)), 4),
                "ordinary_flagged": round(float(np.mean(ordinary >= chosen)), 4),
            },
            "rows": {name: len(split.texts) for name, split in data.items()},
        }
    )
    args.manifest.write_text(json.dumps(manifest, indent=2) + "\n")
    load_detector(args.out, args.manifest)
    print(json.dumps(manifest, indent=2))


if __name__ == "__main__":
    main()
