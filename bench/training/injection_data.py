"""Hand-written requests the prompt-injection detector trains on, read from
bench/training/data/injection/: hard negatives (benign requests that look like
attacks), attacks, and the building blocks of generated hard negatives.

Written for this project (no licence beyond the repository's). The benchmark's
tricky-but-benign sets were written apart, with different wording, and live with the
evaluations (bench/evals/injection_sets.py) so the training never reads them.
"""

from __future__ import annotations

import base64
import codecs
import itertools
import json
from pathlib import Path

from bench.common.text_sets import read_texts

DATA = Path(__file__).parent / "data" / "injection"

#: Benign requests that look like attacks: role play, personas, tutors, "repeat
#: after me", translating and decoding, games, rules for the chat, and questions
#: about prompts and security. Training only.
HARD_NEGATIVES = read_texts(DATA / "hard_negatives.jsonl")

#: A second, larger batch of hand-written hard negatives (training only), aimed at the
#: false positives that matter in a chat product: personas and tutors, "you are now",
#: "stay in character", repeating, translating/decoding/summarising text that itself
#: holds instructions, games, rules for the chat, fiction, good-faith security
#: questions, questions about the assistant, and terse chat.
MORE_HARD_NEGATIVES = read_texts(DATA / "more_hard_negatives.jsonl")

#: A third batch of hard negatives (training, 20 % benign validation like the others),
#: written in a later session for the shapes the first two batches left thin: text
#: quoted to be summarised, proofread or classified that holds instruction words;
#: "as if" and "you are now" requests; format conversions with braces; questions about
#: the assistant's own habits; ordinary requests with security words in them.
EVERYDAY_HARD_NEGATIVES = read_texts(DATA / "everyday_hard_negatives.jsonl")

#: Everyday requests in other languages (training, 20 % benign validation like the other
#: hard negatives). The corpora's non-English rows are nearly all attacks, so before
#: these a greeting in Russian, Greek, Hebrew or Portuguese scored as an injection.
MULTILINGUAL_HARD_NEGATIVES = read_texts(DATA / "multilingual_hard_negatives.jsonl")

#: Attacks written for this repository in the shapes public reports describe:
#: persona jailbreaks, "developer mode", fictional framings, prompt extraction.
#: Training only.
HAND_WRITTEN_ATTACKS = read_texts(DATA / "hand_written_attacks.jsonl")


def generated_hard_negatives() -> list[str]:
    """Benign requests in the shapes attacks borrow, built from the blocks in
    generated_blocks.json: ordinary phrases and tasks, wrapped in the shapes that
    attacks also use (personas, "repeat after me", translate and decode, games, rules
    for the chat). Training only, like HARD_NEGATIVES."""
    blocks = json.loads((DATA / "generated_blocks.json").read_text(encoding="utf-8"))
    phrases, languages = blocks["phrases"], blocks["languages"]
    persona_frames = blocks["persona_frames"]
    out = []
    for n, (persona, task) in enumerate(itertools.product(blocks["personas"], blocks["tasks"])):
        frame = persona_frames[n % len(persona_frames)]
        out.append(frame.format(persona=persona, task=task, Task=task[0].upper() + task[1:]))
    for n, (frame, phrase) in enumerate(itertools.product(blocks["wrapped"], phrases)):
        out.append(
            frame.format(
                phrase=phrase,
                language=languages[n % len(languages)],
                base64=base64.b64encode(phrase.encode()).decode(),
                rot13=codecs.encode(phrase, "rot13"),
                reversed=phrase[::-1],
            )
        )
    out += [f.format(game=g) for f, g in itertools.product(blocks["games"], blocks["game_names"])]
    out += [f.format(rule=r) for f, r in itertools.product(blocks["chat_rules"], blocks["rules"])]
    return out
