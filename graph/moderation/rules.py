"""The rules of moderation, pure and fast: detectors for secrets, payment cards,
national ids, contact details and prompt-injection phrasings, the policies, the
verdict they give a text, and the stream guard that decides how much of a growing
answer may be shown.

Every pattern is a bounded regular expression (no nested quantifiers), so a
check runs in time linear in the text, whatever the text is.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from stdnum import iban, luhn
from stdnum.us import ssn as us_ssn

log = logging.getLogger("threadline.moderation")

Action = Literal["allow", "flag", "redact", "block"]
Direction = Literal["input", "output"]
Category = Literal[
    "credentials",
    "payment_card",
    "iban",
    "national_id",
    "email",
    "phone",
    "prompt_injection",
    "judge",
]
#: Every category a policy may name.
CATEGORIES: tuple[str, ...] = Category.__args__  # type: ignore[attr-defined]


def known_categories(policy: Mapping[str, Action]) -> Mapping[str, Action]:
    """The policy overrides, or ValueError naming the categories that do not exist."""
    unknown = sorted(set(policy) - set(CATEGORIES))
    if unknown:
        raise ValueError(f"unknown moderation categories {unknown}; known: {list(CATEGORIES)}")
    return policy


#: What happens to a user's message, per category.
INPUT_POLICY: Mapping[str, Action] = {
    "credentials": "block",
    "payment_card": "block",
    "iban": "block",
    "national_id": "block",
    "prompt_injection": "block",
    "judge": "block",
    "email": "redact",
    "phone": "redact",
}
#: What happens to a draft answer, per category. Contact details in answers are
#: usually quoted from the user's own documents, so they are only flagged.
OUTPUT_POLICY: Mapping[str, Action] = {
    "credentials": "block",
    "payment_card": "block",
    "iban": "block",
    "national_id": "block",
    "judge": "block",
    "email": "flag",
    "phone": "flag",
}

#: How a policy is explained to the user when it blocks something.
POLICY_NAMES: Mapping[str, str] = {
    "credentials": "credentials (API keys, tokens, passwords, private keys)",
    "payment_card": "payment card numbers",
    "iban": "bank account numbers (IBAN)",
    "judge": "moderation judge",
    "national_id": "national identity numbers",
    "prompt_injection": "prompt injection",
    "email": "email addresses",
    "phone": "phone numbers",
}


def describe_policies(categories: Iterable[str]) -> str:
    """Name the policies a verdict applied, for a refusal or a notice."""
    return " and ".join(POLICY_NAMES.get(c, c) for c in categories) or "content"


def with_policy_names(moderation: Mapping[str, Any]) -> dict[str, Any]:
    """A turn's moderation record as clients get it: each verdict also names its
    policies in words (`policies`), so no client keeps its own list of labels."""
    view = dict(moderation)
    if isinstance(view.get("input"), Mapping):
        view["input"] = {
            **view["input"],
            "policies": describe_policies(view["input"].get("categories", [])),
        }
    view["output"] = [
        {**verdict, "policies": describe_policies(verdict.get("categories", []))}
        for verdict in view.get("output") or []
        if isinstance(verdict, Mapping)
    ]
    return view


SEVERITY: Mapping[str, int] = {"allow": 0, "flag": 1, "redact": 2, "block": 3}

#: Each pattern's span covers the whole secret (masks must hide all of it): no upper
#: bound on a token's length, a PEM key from BEGIN to END, a JWT's three parts, a
#: quoted password with its spaces.
_LOOKUP = r"(?!os\.|process\.env|getenv|env\[|\$\{|\$[A-Z_])"  # a value read from elsewhere
_PEM_BODY = r"[A-Za-z0-9+/=:,\\\s-]"  # base64, Proc-Type headers, escaped newlines
_CREDENTIAL_PATTERNS = [
    r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",  # OpenAI
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",  # AWS access key id
    r"\bgh[pousr]_[A-Za-z0-9]{30,}",  # GitHub tokens
    r"\bgithub_pat_[A-Za-z0-9_]{22,}",
    r"\bxox[abposr]-[A-Za-z0-9-]{10,}",  # Slack
    r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}",  # Stripe
    r"\bAIza[0-9A-Za-z_-]{35,}",  # Google API key
    r"\beyJ[A-Za-z0-9_-]{12,}(?:\.[A-Za-z0-9_-]*){0,2}",  # JWT (the header is enough)
    # PEM private key: to its END line, or to the end of the base64 when it is cut short
    rf"-----BEGIN (?:[A-Z]{{1,12}} ){{0,3}}PRIVATE KEY(?: BLOCK)?-----{_PEM_BODY}*?"
    rf"(?:-----END (?:[A-Z]{{1,12}} ){{0,3}}PRIVATE KEY(?: BLOCK)?-----|(?!{_PEM_BODY}))",
    r"(?i:(?<![a-z0-9])(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token"
    r"|client[_-]?secret)\b[\"']?\s{0,3}[:=]\s{0,3}"
    rf"(?:\"{_LOOKUP}[^\"\n]{{6,}}\"?|'{_LOOKUP}[^'\n]{{6,}}'?|{_LOOKUP}[^\s\"']{{6,}}))",
]
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("credentials", re.compile("|".join(f"(?:{p})" for p in _CREDENTIAL_PATTERNS))),
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")),
    ("national_id", re.compile(r"\b\d{3}([- ])\d{2}\1\d{4}\b")),
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
            r"|\b(?:act|pretend)\s+(?:as\s+)?(?:if\s+)?(?:you\s+(?:have|had)\s+)?no\s+"
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
#: Cyrillic, Greek and IPA letters that look like Latin ones.
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХІЈЅаеорсухіјѕԁɡΑΒΕΖΗΙΚΜΝΟΡΤΥΧοіϲςɑαһԛԝӏɩνρ",
    "ABEKMHOPCTXIJSaeopcyxijsdgABEZHIKMNOPTYXoiccaahqwlivp",
)
_LOOKALIKE = frozenset(chr(c) for c in _HOMOGLYPHS)
_LATIN = re.compile(r"[A-Za-z]")
_WORD_RUN = re.compile(r"\w+")


def _fold_mixed(match: re.Match[str]) -> str:
    """A word that mixes Latin letters with look-alikes ("bуpassed", with a Cyrillic у)
    is an attempt to hide it from the rules: its look-alikes become Latin. A word in
    one script (Russian, Greek) is left as written."""
    word = match.group()
    if _LATIN.search(word) and not _LOOKALIKE.isdisjoint(word):
        return word.translate(_HOMOGLYPHS)
    return word


def _fold_lookalikes(text: str) -> str:
    """Map look-alike letters inside mixed-script words; keeps the text's length."""
    if _LOOKALIKE.isdisjoint(text):
        return text
    return _WORD_RUN.sub(_fold_mixed, text)


def normalize(text: str) -> str:
    """Fold compatibility forms, drop invisible characters and map look-alike letters
    inside mixed-script words."""
    return _fold_lookalikes(unicodedata.normalize("NFKC", text).translate(_INVISIBLE))


class CardScheme(NamedTuple):
    """An issuer identification range: numbers from `low` to `high` in their first
    digits (as many as `low` has), with one of `lengths` digits in all."""

    name: str
    low: str
    high: str
    lengths: tuple[int, ...]


_ANY = tuple(range(12, 20))
#: Card schemes and their IIN ranges. A Luhn-valid number outside them (an order
#: number, a timestamp, an IMEI) is not a card.
CARD_SCHEMES = (
    CardScheme("Visa", "4", "4", (13, 16, 19)),
    CardScheme("Mastercard", "51", "55", (16,)),
    CardScheme("Mastercard", "2221", "2720", (16,)),
    CardScheme("American Express", "34", "34", (15,)),
    CardScheme("American Express", "37", "37", (15,)),
    CardScheme("Discover", "6011", "6011", _ANY[4:]),
    CardScheme("Discover", "644", "649", _ANY[4:]),
    CardScheme("Discover", "65", "65", _ANY[4:]),
    CardScheme("Maestro", "50", "50", _ANY),
    CardScheme("Maestro", "56", "69", _ANY),
    CardScheme("JCB", "3528", "3589", _ANY[4:]),
    CardScheme("JCB", "2131", "2131", (15,)),  # legacy ranges, still printed on old cards
    CardScheme("JCB", "1800", "1800", (15,)),
    CardScheme("Diners Club", "300", "305", _ANY[2:]),
    CardScheme("Diners Club", "3095", "3095", _ANY[2:]),
    CardScheme("Diners Club", "36", "36", _ANY[2:]),
    CardScheme("Diners Club", "38", "39", _ANY[2:]),
    CardScheme("UnionPay", "62", "62", _ANY[4:]),
    CardScheme("Mir", "2200", "2204", _ANY[4:]),
    CardScheme("BORICA", "2205", "2205", (16,)),
    CardScheme("RuPay", "60", "60", (16,)),
    CardScheme("RuPay", "81", "82", (16,)),
    CardScheme("RuPay", "353", "353", (16,)),
    CardScheme("RuPay", "356", "356", (16,)),
    CardScheme("RuPay", "508", "508", (16,)),
    CardScheme("Troy", "9792", "9792", (16,)),
    CardScheme("UzCard", "8600", "8600", (16,)),
    CardScheme("Humo", "9860", "9860", (16,)),
)
#: Digit groups joined by single spaces or hyphens; a card is some consecutive groups of it.
_DIGIT_RUN = re.compile(r"(?<![\w-])[0-9]++(?:[ -][0-9]++)*+")


def is_card_number(digits: str) -> bool:
    """12 to 19 digits that pass the Luhn check and fall in a scheme's range and lengths."""
    if not (12 <= len(digits) <= 19 and luhn.is_valid(digits)):
        return False
    return any(
        len(digits) in s.lengths and s.low <= digits[: len(s.low)] <= s.high for s in CARD_SCHEMES
    )


def find_cards(text: str) -> list[tuple[int, int]]:
    """Spans of card numbers, separators included: unbroken, or printed in groups.
    A number starts where a run of groups does or where its grouping breaks (so the
    tail of an order number is not read as a card), and each start tries at most 19
    digits: the search is linear in the text."""
    spans = []
    for run in _DIGIT_RUN.finditer(text):
        digits = run.group()
        groups = [m.span() for m in re.finditer(r"[0-9]+", digits)]
        first, starts_here = 0, True
        while first < len(groups):
            last = _longest_card(digits, groups, first) if starts_here else None
            if last is None:  # the next group starts a number only where the grouping breaks
                start, end = groups[first]
                first += 1
                starts_here = first < len(groups) and (
                    end - start < 3
                    or first + 1 == len(groups)
                    or digits[end] != digits[groups[first][1]]
                )
                continue
            spans.append((run.start() + groups[first][0], run.start() + groups[last][1]))
            first, starts_here = last + 1, True
    return spans


def _longest_card(run: str, groups: list[tuple[int, int]], first: int) -> int | None:
    """The last group of the longest card number that starts at group `first`. Printed
    cards use groups of three or more digits (the last may be shorter) and one kind
    of separator."""
    digits, found = "", None
    for last in range(first, len(groups)):
        start, end = groups[last]
        if last > first and (
            groups[last - 1][1] - groups[last - 1][0] < 3 or run[start - 1] != run[groups[first][1]]
        ):
            break
        digits += run[start:end]
        if len(digits) > 19:
            break
        if is_card_number(digits):
            found = last
    return found


_ASSIGNED = re.compile(
    r"(?i)(?P<key>password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token"
    r"|client[_-]?secret)[\"']?\s{0,3}[:=]\s{0,3}(?P<value>.*)",
    re.DOTALL,
)
_CODE_WORDS = frozenset("None null nil true false True False undefined".split())


def _is_code(value: str) -> bool:
    """An unquoted value that is code rather than a secret: a call, an index, a type
    (`password=kwargs.pop(`, `api_key: Optional[str]`), an attribute
    (`credentials.password`), or a name (`password=password`, `api_key=None`,
    `password: OAuthFlowPassword`). A bare word with digits or symbols stays a secret."""
    value = value.rstrip(")]},;.")  # the brackets or sentence it stands in, if any
    if any(c in value for c in "()[]{},"):
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w.$]*", value):
        return False
    if "." in value:
        return True
    if re.search(r"\d", value):
        return False
    return (
        "_" in value
        or value in _CODE_WORDS
        or re.search(r"[a-z][A-Z]", value) is not None
        or re.search(r"(?i)pass|secret|key|token", value) is not None
    )


def _is_placeholder(value: str, key: str) -> bool:
    """A quoted value that stands in for a secret: a mask (`"********"`), a slot
    (`"<password>"`, `"${API_KEY}"`), or the key's own name (`apiKey = "apiKey"`)."""
    squeezed = re.sub(r"[\W_]", "", value).lower()
    return (
        set(value) <= set("*xX•.")
        or value.startswith(("<", "${", "{{"))
        or squeezed == re.sub(r"[\W_]", "", key).lower()
    )


def _is_secret(match: str) -> bool:
    """A credentials match is a secret unless it is an assignment whose value is code
    or a placeholder (tokens of a known shape always are)."""
    assigned = _ASSIGNED.match(match)
    if assigned is None:
        return True
    value = assigned["value"]
    if value[:1] in "\"'":
        return not _is_placeholder(value.strip("\"'"), assigned["key"])
    return not _is_code(value)


#: Checksums and number rules from python-stdnum: a candidate that fails its
#: check is not an IBAN or an SSN, which keeps order numbers and the like out; the
#: credentials rule keeps code and placeholders out of its assignments.
_VALIDATORS: Mapping[str, Callable[[str], bool]] = {
    "credentials": _is_secret,
    "iban": iban.is_valid,
    "national_id": lambda text: bool(us_ssn.is_valid(re.sub(r"\D", "", text))),
}


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
    """The normalised text with redacted and blocked spans replaced: what may be kept."""
    findings: list[Finding] = field(default_factory=list)
    masked: str = ""
    """The normalised text with every finding replaced: what an audit log may show."""

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
        validate = _VALIDATORS.get(category)
        for match in pattern.finditer(text):
            if validate is not None and not validate(match.group()):
                continue
            findings.append(Finding(category, match.start(), match.end()))
    if categories is None or "payment_card" in categories:
        # the digits of a valid IBAN are its account number, not a card inside it
        ibans = [(f.start, f.end) for f in findings if f.category == "iban"]
        findings += [
            Finding("payment_card", start, end)
            for start, end in find_cards(text)
            if not any(low <= start and end <= high for low, high in ibans)
        ]
    return findings


def redact(text: str, findings: list[Finding]) -> str:
    """Replace each finding's span with a placeholder naming its category; overlapping
    spans share the first one's placeholder, and all of both are hidden."""
    out, last = [], 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < last:
            last = max(last, f.end)
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
        if SEVERITY[candidate] > SEVERITY[action]:
            action = candidate
    to_redact = [f for f in findings if policy[f.category] in ("redact", "block")]
    return Verdict(
        action=action,
        text=redact(clean, to_redact) if to_redact else clean,
        findings=findings,
        masked=redact(clean, findings) if findings else clean,
    )


def _prefixes(words: tuple[str, ...]) -> str:
    """An alternation of every beginning of `words`, longest first."""
    beginnings = {w[:n] for w in words for n in range(1, len(w) + 1)}
    return "|".join(re.escape(b) for b in sorted(beginnings, key=len, reverse=True))


_KEY_PREFIXES = (
    *("sk-", "sk_", "rk_", "gho_", "ghp_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    *(f"xox{c}-" for c in "abposr"),
    *("AKIA", "ASIA", "AIza", "eyJ"),
)
_SECRET_KEYWORDS = tuple(
    f"{a}{sep}{b}"
    for a, b in [("api", "key"), ("access", "token"), ("auth", "token"), ("client", "secret")]
    for sep in ("_", "-", "")
) + ("password", "passwd", "pwd", "secret")
#: What the end of a draft looks like while it could still grow into something
#: blockable, by the categories it could become. Each is anchored at the end and
#: bounded, so looking for it costs a constant per character of the held-back tail.
TAILS: Mapping[str, tuple[re.Pattern[str], ...]] = {
    "credentials": (
        # a key's prefix, or a key still arriving
        re.compile(
            rf"(?<![A-Za-z0-9])(?:{'|'.join(map(re.escape, _KEY_PREFIXES))})[\w.-]{{0,300}}\Z"
            rf"|(?<![A-Za-z0-9])(?:{_prefixes(_KEY_PREFIXES)})\Z"
        ),
        # an open assignment: `password = "hun`
        re.compile(
            rf"(?i)(?<![a-z0-9])(?:{'|'.join(_SECRET_KEYWORDS)})[\"']?\s{{0,3}}"
            r"(?:[:=]\s{0,3}(?:\"[^\"\n]{0,5}|'[^'\n]{0,5}|[^\s\"']{0,5}))?\Z"
            rf"|(?<![a-z0-9])(?:{_prefixes(_SECRET_KEYWORDS)})\Z"
        ),
        # a BEGIN line
        re.compile(r"-{1,5}(?:B(?:E(?:G(?:I(?:N(?: [A-Z]{0,12}){0,5}-{0,5})?)?)?)?)?\Z"),
    ),
    "payment_card": (re.compile(r"[+(]?[0-9][0-9 ().+-]{0,40}\Z"),),
    "national_id": (re.compile(r"[0-9][0-9 -]{0,12}\Z"),),
    "phone": (re.compile(r"[+(]?[0-9][0-9 ().+-]{0,40}\Z"),),
    "iban": (
        re.compile(
            r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}|[A-Z]{2}[0-9]{1,2}(?: ?[A-Z0-9]{1,4}){0,9} ?)\Z"
        ),
    ),
    "email": (re.compile(r"[A-Za-z0-9._%+@-]{1,800}\Z"),),
}
#: How far back the detectors look, before the text not yet shown, for the start of
#: the word it is in.
_CONTEXT = 256


def _normalized_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """`normalize(text)`, and for each of its characters the index in `text` it came
    from (None when they are the same text)."""
    if text.isascii():
        return text, None
    pieces, offsets = [], []
    for i, ch in enumerate(text):
        piece = unicodedata.normalize("NFKC", ch).translate(_INVISIBLE)
        pieces.append(piece)
        offsets += [i] * len(piece)
    # look-alikes depend on the word around them, and folding them keeps the length
    return _fold_lookalikes("".join(pieces)), offsets


class StreamGuard:
    """Decides how much of a growing draft may be shown before it is finished.

    Text is shown once the output detectors have seen it and nothing that may still
    follow could make it part of something blockable. Only the end that could (a
    run of digits, a key- or token-shaped word, a BEGIN line, an open assignment) is
    held back, so prose is shown as it arrives. Categories no shape covers (prompt
    injection) hold back `holdback` characters instead. Once anything blockable
    appears, nothing more is shown.
    """

    def __init__(self, policy: Mapping[str, Action], holdback: int = 0) -> None:
        self.blocking = {c: a for c, a in policy.items() if a == "block"}
        self.tails = list(dict.fromkeys(t for c in self.blocking for t in TAILS.get(c, ())))
        self.holdback = holdback
        self.released = 0
        self.blocked = False

    def feed(self, draft: str) -> str:
        """The next part of `draft` that may be shown ('' when none yet)."""
        if self.blocked:
            return ""
        if not self.blocking:  # nothing to hold back for: show everything at once
            shown, self.released = draft[self.released :], len(draft)
            return shown
        start = self._word_start(draft)
        pending = draft[start:]
        if detect(normalize(pending), self.blocking):
            self.blocked = True
            return ""
        cut = min(start + self._safe_length(pending), len(draft) - self.holdback)
        if cut <= self.released:
            return ""
        shown, self.released = draft[self.released : cut], cut
        return shown

    def _word_start(self, draft: str) -> int:
        """Where the word holding the first unshown character starts (looking back at
        most _CONTEXT characters): the detectors' look-behinds then see what they
        would see in the whole draft."""
        before = draft[max(0, self.released - _CONTEXT) : self.released]
        if not before[-1:].strip():
            return self.released
        return self.released - len(before.split()[-1])

    def _safe_length(self, pending: str) -> int:
        """How much of `pending` nothing that follows can make blockable."""
        clean, offsets = _normalized_with_offsets(pending)
        held = len(clean)
        for tail in self.tails:
            if match := tail.search(clean):
                held = min(held, match.start())
        if held == len(clean):
            return len(pending)
        return offsets[held] if offsets is not None else held
