"""Rule detectors for secrets, payment cards, national ids, contact details and
prompt injection, and the policy that turns their findings into a verdict.

Every pattern is a bounded regular expression (no nested quantifiers), so a
check runs in time linear in the text, whatever the text is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Action = Literal["allow", "flag", "redact", "block"]
Category = Literal[
    "credentials", "payment_card", "national_id", "email", "phone", "prompt_injection"
]

#: What happens to a user's message, per category.
INPUT_POLICY: Mapping[str, Action] = {
    "credentials": "block",
    "payment_card": "block",
    "national_id": "block",
    "prompt_injection": "block",
    "email": "redact",
    "phone": "redact",
}
#: What happens to a draft answer, per category. Contact details in answers are
#: usually quoted from the user's own documents, so they are only flagged.
OUTPUT_POLICY: Mapping[str, Action] = {
    "credentials": "block",
    "payment_card": "block",
    "national_id": "block",
    "email": "flag",
    "phone": "flag",
}

#: How a policy is explained to the user when it blocks something.
POLICY_NAMES: Mapping[str, str] = {
    "credentials": "credentials (API keys, tokens, passwords, private keys)",
    "payment_card": "payment card numbers",
    "national_id": "national identity numbers",
    "prompt_injection": "prompt injection",
    "email": "email addresses",
    "phone": "phone numbers",
}

_SEVERITY: Mapping[str, int] = {"allow": 0, "flag": 1, "redact": 2, "block": 3}

_CREDENTIAL_PATTERNS = [
    r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}",  # OpenAI
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",  # AWS access key id
    r"\bgh[pousr]_[A-Za-z0-9]{30,100}",  # GitHub tokens
    r"\bgithub_pat_[A-Za-z0-9_]{22,200}",
    r"\bxox[abposr]-[A-Za-z0-9-]{10,200}",  # Slack
    r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,200}",  # Stripe
    r"\bAIza[0-9A-Za-z_-]{35}",  # Google API key
    r"\beyJ[A-Za-z0-9_-]{12,2000}(?:\.[A-Za-z0-9_-]{0,2000}){0,2}",  # JWT (header is enough)
    r"-----BEGIN (?:[A-Z]{1,12} ){0,3}PRIVATE KEY-----",  # PEM private key
    r"(?i:\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token"
    r"|client[_-]?secret)\b[\"']?\s{0,3}[:=]\s{0,3}[\"']?[^\s\"']{6,200})",
]
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("credentials", re.compile("|".join(f"(?:{p})" for p in _CREDENTIAL_PATTERNS))),
    ("payment_card", re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")),
    ("national_id", re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b")),
    (
        "email",
        re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}\b"),
    ),
    (
        "phone",
        re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]\d{3}[ .-]\d{4}\b"),
    ),
    (
        "prompt_injection",
        re.compile(
            r"(?i)\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?"
            r"(?:the\s+|your\s+|my\s+)?(?:previous|prior|above|earlier|system)\s+"
            r"(?:instructions?|prompts?|rules|directions|messages?)"
            r"|\b(?:reveal|show|print|repeat|output|tell\s+me|what\s+(?:is|are))\s+"
            r"(?:me\s+)?(?:your|the)\s+(?:system\s+prompt|initial\s+instructions|hidden\s+instructions)"
            r"|\byou\s+are\s+now\s+(?:DAN|in\s+developer\s+mode|jailbroken|unrestricted)"
            r"|\b(?:act|pretend)\s+as\s+(?:if\s+)?(?:you\s+(?:have|had)\s+)?no\s+"
            r"(?:rules|restrictions|guidelines|filters)"
        ),
    ),
]

#: Invisible characters that can hide a secret or an instruction from a pattern.
_INVISIBLE = dict.fromkeys(
    [
        0x00AD,
        0x034F,
        0x061C,
        0x180E,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2070),
        0xFEFF,
    ],
)
#: Cyrillic and Greek letters that look like Latin ones.
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧοі",
    "ABEKMHOPCTXaeopcyxijsdgABEZHIKMNOPTYXoi",
)


def normalize(text: str) -> str:
    """Fold compatibility forms, drop invisible characters and map look-alike letters."""
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_HOMOGLYPHS)


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum that every payment card number satisfies."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class Finding:
    """One detector hit: where it is and what it is, never the matched text itself."""

    category: str
    start: int
    end: int
    confidence: float = 0.9


@dataclass
class Verdict:
    """The outcome of moderating one text under one policy."""

    action: Action
    text: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def categories(self) -> list[str]:
        return sorted({f.category for f in self.findings})

    def summary(self) -> dict[str, object]:
        """A JSON-safe record of the verdict, without any of the moderated text."""
        return {"action": self.action, "categories": self.categories}


def detect(text: str, categories: Mapping[str, Action] | None = None) -> list[Finding]:
    """All findings in an already normalised text, for the categories asked for."""
    findings: list[Finding] = []
    for category, pattern in _PATTERNS:
        if categories is not None and category not in categories:
            continue
        for match in pattern.finditer(text):
            if category == "payment_card":
                digits = re.sub(r"\D", "", match.group())
                if not (13 <= len(digits) <= 19 and luhn_valid(digits)):
                    continue
            findings.append(Finding(category, match.start(), match.end()))
    return findings


def redact(text: str, findings: list[Finding]) -> str:
    """Replace each finding's span with a placeholder naming its category."""
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(text[last : f.start])
        out.append(f"[{f.category.upper()}]")
        last = f.end
    out.append(text[last:])
    return "".join(out)


def moderate(text: str, policy: Mapping[str, Action]) -> Verdict:
    """Normalise, detect, and apply the policy: the strictest action found wins.

    The verdict's text is the normalised text, with redacted spans replaced; it
    is what may be stored or sent on.
    """
    clean = normalize(text)
    findings = [f for f in detect(clean, policy) if policy.get(f.category, "allow") != "allow"]
    action: Action = "allow"
    for f in findings:
        candidate = policy[f.category]
        if _SEVERITY[candidate] > _SEVERITY[action]:
            action = candidate
    to_redact = [f for f in findings if policy[f.category] in ("redact", "block")]
    return Verdict(
        action=action, text=redact(clean, to_redact) if to_redact else clean, findings=findings
    )


class StreamGuard:
    """Decides how much of a growing draft may be shown before it is finished.

    Text is released in windows, and only once the output detectors have seen it
    with `holdback` characters of look-ahead, so a secret that is still arriving
    is never half-shown. Once anything blockable appears, nothing more is released.
    """

    def __init__(self, policy: Mapping[str, Action], holdback: int, window: int = 16) -> None:
        self.policy, self.holdback, self.window = policy, holdback, window
        self.released = 0
        self.blocked = False

    def feed(self, draft: str) -> str:
        """The next window of `draft` that may be shown ('' when none yet)."""
        limit = len(draft) - self.holdback
        if self.blocked or limit - self.released < self.window:
            return ""
        if moderate(draft, self.policy).action == "block":
            self.blocked = True
            return ""
        cut = draft.rfind(" ", self.released, limit) + 1
        cut = cut if cut > self.released else limit
        text, self.released = draft[self.released : cut], cut
        return text
