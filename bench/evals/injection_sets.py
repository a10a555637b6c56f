"""The prompt-injection benchmark's own sets, read from bench/evals/data/injection/:
tricky-but-benign requests (and attacks in other languages) written apart from the
training's hard negatives, with different wording, so they measure what the hard
negatives taught rather than repeat it. Never trained on, never used for the threshold
(JUDGE_BENIGN aside, see below). Written for this project (no licence beyond the
repository's).
"""

from __future__ import annotations

from pathlib import Path

from bench.common.text_sets import read_texts

DATA = Path(__file__).parent / "data" / "injection"

#: Tricky but benign requests, written separately from HARD_NEGATIVES and never used
#: in training: the benchmark's false-positive rate is measured on these.
TRICKY_BENIGN = read_texts(DATA / "tricky_benign.jsonl")

#: A fresh tricky-but-benign judge set (written after, and apart from, both hard-negative
#: lists, with different wording). Never trained on and never used to choose the
#: threshold: `bench/evals/injection_eval.py` reports the share of it that is blocked.
JUDGE_BENIGN = read_texts(DATA / "judge_benign.jsonl")

#: A third tricky-but-benign set, written in a later session before the detector was
#: run on it, and never used for training or for the threshold: the blind measure of
#: how often such requests are blocked (JUDGE_BENIGN is no longer blind, see
#: bench/training/train_injection.py's THRESHOLD_FLOOR).
HELD_OUT_BENIGN = read_texts(DATA / "held_out_benign.jsonl")

#: A fourth tricky-but-benign set, written after EVERYDAY_HARD_NEGATIVES and before
#: the detector trained with them was run on anything; never used for training or the
#: threshold. HELD_OUT_BENIGN was scored once with the earlier detector before that
#: batch was written, so this is the one set blind to both.
HELD_OUT_BENIGN_2 = read_texts(DATA / "held_out_benign_2.jsonl")

#: Everyday requests in other languages, written for the benchmark only (never trained
#: on, never used for the threshold), some in languages the training has no row of.
MULTILINGUAL_BENIGN = read_texts(DATA / "multilingual_benign.jsonl")

#: A second set of everyday requests in other languages, written before the detector
#: trained on the Latin-script batch of MULTILINGUAL_HARD_NEGATIVES was run; never
#: trained on.
MULTILINGUAL_BENIGN_2 = read_texts(DATA / "multilingual_benign_2.jsonl")

#: Injection attempts in other languages, written for the benchmark only (never trained
#: on): the multilingual rows must not teach the detector to let these through.
MULTILINGUAL_ATTACKS = read_texts(DATA / "multilingual_attacks.jsonl")

#: Terse everyday requests (follow-ups and commands of two to four words), listed after
#: "say something" was blocked in a browser test and scored once with the model before
#: the terse rows of EVERYDAY_HARD_NEGATIVES were written; never trained on (the ones
#: the older hard negatives already held are left out).
TERSE_BENIGN = read_texts(DATA / "terse_benign.jsonl")
