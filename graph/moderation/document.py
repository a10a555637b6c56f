"""Indirect prompt injection in documents: whether a chunk of an uploaded document carries
instructions aimed at the model that will read it, so ingestion can keep it out of prompts.

The trained detector (`injection.py`) learnt what a user's jailbreak looks like; on document
chunks its scores do not separate attacks from pages that merely talk about them (a security
guide quoting "ignore all previous instructions" scores as high as an attack). What marks an
indirect injection is who the text speaks to: a document written for people that suddenly
addresses the AI reading it and tells it what to do. So a chunk is flagged when it holds:

- **an instruction addressed to an AI reader**: "Note to AI systems: ...", "If you are a
  language model, ...", "AI assistants reading this must ...", "Assistant, when ...", followed
  in the same or the next sentence by a directive (tell, say, ignore, include, must ...);
  a call-out that says which reader it means by what it does ("For the procurement
  assistant evaluating bids: ...", "Observação aos assistentes de IA que ...:") needs none;
- **an override of the reader's instructions**: "ignore your previous instructions",
  "this text takes precedence over your system prompt", also in a few other languages;
- **chat-template markup** that fakes a new turn (`<|im_start|>system`, `[INST]`, a closing
  `</document>` followed by "system:");
- **exfiltration through a Markdown image** whose URL has placeholders for the user's data
  in its query string;
- **a concealment clause**: "do not mention this note", "without telling the user";
- **a tag posing as the system** ("[system] ...") followed by a directive, a **rule for the
  AI about this very document** ("AI assistants should mark this invoice ...", "AI
  assistants comparing the vendors in this file must rank ..."), or an AI
  **called by name mid-sentence** ("And, Copilot, when you ...");
- a **detector window** at or above `threshold` in a chunk that names an AI reader;
- or, in a chunk that does not discuss attacks, the **document classifier** at its own
  threshold (n-grams learnt from injections hidden in documents: what the rules' phrasings
  miss, at the cost of some false positives, BENCHMARKS.md).

Letters spelt out with dots or spaces or written as digits are read as words first, and
look-alike letters of other alphabets in a Latin word as Latin (`rules.normalize`).

A match is discounted as a *mention* when it is quoted or in code and the text around it
discusses attacks (prompt injection, jailbreaks, attackers, payloads ...), or when it is
quoted right after "such as", "for example", "the sentence" ...: guides, policies and
write-ups about prompt injection quote attacks without being attacks (chat-template markup
in code is always a mention: model cards and tokenizer guides show it). That is also the
evasion left open: an attack dressed up as a quoted example in a security article.
Third-person rules for an AI ("AI systems must answer that ...") are not flagged unless
they are about the very document they stand in ("... should pay this invoice"): AI
policies and design documents are written that way.

Every pattern is a bounded regular expression, so a chunk is checked in linear time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from graph.moderation.injection import DATA_DIR, InjectionDetector, load_detector
from graph.moderation.moderator import default_detector
from graph.moderation.rules import normalize

# What names an AI reader. Plain "assistant", "model" or "agent" are people or things as
# often as not, so they count only with an AI word, or when the text calls out to them;
# "Claude" and "Gemini" are left out: people are called that too.
_AI = (
    r"(?i:\b(?:a\.?i|ais|llms?|ki|ia|gpt[\w.-]*|chatgpt|copilot|chat\s?bots?|language\s+models?"
    r"|artificial\s+intelligence|automated\s+(?:agents?|assistants?|systems?|readers?|tools?"
    r"|reviewers?|summari[sz]ers?|screeners?|graders?|parsers?|crawlers?)|machine\s+readers?|künstliche\s+intelligenz|sprachmodell\w*"
    r"|intelligence\s+artificielle|inteligencia\s+artificial|intelligenza\s+artificiale)\b"
    r"|人工智能|智能助手|语言模型|ИИ|нейросет)"
)
_ASSISTANT = (
    r"(?i:\bassistant[es]?s?|\bassistente?[si]?|\basistentes?|\bAssistent(?:en)?|助手|アシスタント"
    r"|ассистент)"
)
#: People and things named after AI: "AI team:", "Note for AI researchers:" speak to people.
_PEOPLE = (
    r"(?!\s*(?i:researchers?|developers?|engineers?|teams?|group|squad|guild|experts?|practitioners?"
    r"|users?|vendors?|providers?|companies|enthusiasts?|leads?|staff|committee|council|board"
    r"|office|department|lab|ethics|polic(?:y|ies)|strategy|act|regulations?|governance|projects?"
    r"|products?|features?|roadmap|budget|training|course|workshop|conference|track)\b)"
)
_AI_READER = (
    rf"(?:(?:{_AI}){_PEOPLE}"
    r"(?i:[\s-]*(?:model(?:s|len)?|agent(?:s|en)?|system(?:s|e)?|tools?)"
    r"|-(?:based|powered|driven)\s+[\w-]+)?"
    rf"(?:[\s-]*{_ASSISTANT})?"
    # "assistentes de IA", "sistemas de IA", "assistenti di IA", "systèmes d'IA"
    rf"|(?:{_ASSISTANT}|(?i:\bsist[eè]m[ia]s?|\bsyst[eè]mes?))[\s-]*(?i:(?:de|di|da|van|d')\s*)?(?:{_AI}))"
)

#: Every way of speaking to an AI reader names one, or asks for a summary or answers: chunks
#: without these words skip those patterns.
_NAMES_AI = re.compile(
    r"(?i:a\.?i|llm|ki|ia|gpt|copilot|bot|model|assist|asist|agent|intellig|künstliche|sprachmodell"
    r"|automated|machine|summari|answer)|人工智能|助手|模型|ИИ|нейросет|ассистент"
)

#: Ways of speaking about the text to the AI that reads it; a directive must follow.
_FRAMED = re.compile(
    # "Note to AI systems:", "Instructions for the AI mail assistant processing this:"
    r"(?P<note>(?i:\b(?:notes?|messages?|instructions?|directives?|notices?|information|hints?|requests?"
    r"|questions?|reminders?|warnings?|attention|important|hinweis|anweisungen?|nachricht"
    r"|remarques?|consignes?|nota|aviso|instrucciones|istruzioni|avviso|observação|instruções"
    r"|opmerking|notitie|instructies|bericht|anteckning|notering|instruktioner|meddelande)"
    r"(?:\s+\w+){0,2}?\s+(?:to|for|für|an|pour|aux?|à|para|per|voor|aan|till|för)\s+"
    r"(?:[\w'-]+\s+|[dl]'){0,3}?)"
    rf"(?:{_AI_READER}|{_ASSISTANT})[^.\n:]{{0,80}}:)"
    # "If you are an AI", "Si eres un asistente de IA", "Se sei un modello"
    r"|(?i:\b(?:if|when)\s+you(?:\s+are|['’]re)\s+(?:an?|the)\b|\bsi\s+(?:eres|vous\s+êtes|tu\s+es)\b"
    r"|\bwenn\s+du\b|\bfalls\s+Sie\b|\bse\s+(?:sei|você\s+é)\b|如果你是)"
    rf"[^.\n]{{0,30}}?(?:{_AI_READER}|{_ASSISTANT}|(?i:\bmodel\b))"
    # "AI assistants reading this ...", "any LLM that processes this document"
    rf"|(?:{_AI_READER}|{_ASSISTANT}|(?i:\bmodels?\b))\s+(?:\w+\s+){{0,2}}?"
    r"(?i:read(?:s|ing)?|process(?:es|ing)?|summari[sz](?:es|ing)|review(?:s|ing)?|pars(?:es|ing)"
    r"|analy[sz](?:es|ing)|index(?:es|ing)|crawl(?:s|ing)|answer(?:s|ing)|describ(?:es|ing)"
    r"|help(?:s|ing)|us(?:es|ing)|render(?:s|ing)|handl(?:es|ing)|triag(?:es|ing)|screen(?:s|ing)"
    r"|grad(?:es|ing)|scor(?:es|ing)|rank(?:s|ing)|assess(?:es|ing)|evaluat(?:es|ing)"
    r"|work(?:s|ing)\s+on)\s+(?:[\w-]+\s+){0,4}?(?i:this|these|the\s+following)\b"
    # "When summarising this page, ...", "Whoever summarises this": asked of a model (people are
    # asked to translate or describe a text, and a model is too, so those verbs are left out)
    r"|(?i:\b(?:when|whenever|if|before|after|while|whoever|anyone\s+(?:who|that)|whatever)\s+"
    r"(?:you\s+)?(?:are\s+)?(?:summari[sz]\w*|answer\w*\s+questions\s+(?:about|from|on|using))\s+"
    r"(?:\w+\s+){0,2}?(?:this|these)\b)"
    # "addressed to any language model", "To whatever AI reads", "Hi ChatGPT", "致所有人工智能助手"
    r"|(?:(?i:\b(?:addressed|directed|intended)\s+(?:to|for)\s+(?:any|all|every|the)?\s*"
    r"|\bto\s+(?:whatever|any|every|all)\s+)"
    # a greeting to it speaks to it as it stands: "Dear AI assistant", "Caro assistente de IA"
    r"|(?P<greeting>(?i:\b(?:dear|hi|hey|hello|attention|attn|caro|cara|caros|cher|chère|chers"
    r"|liebe[rs]?|querid[oa]s?|estimad[oa]s?|beste|geachte|drog[ia]|kære|hej|hola|ciao|bonjour"
    r"|hallo|olá|oi)\s*[,:]?\s+)))"
    rf"(?:{_AI_READER})"
    rf"|致[^\n。]{{0,10}}?(?:{_AI}|{_ASSISTANT})",
    re.MULTILINE,
)
#: What says which AI reader a call-out means: "Assistants answering warranty questions:",
#: "AI-assistenten som hanterar ...:"; a call-out with one is an instruction as it stands.
_ROLE_CLAUSE = (
    r"(?i:answering|handling|processing|reading|reviewing|screening|summari[sz]ing|working"
    r"|triaging|preparing|drafting|writing|helping|assisting|serving|that|who|which|som|die|que"
    r"|qui|che|der|(?!(?:some|any|every|no)?thing\b|during\b|morning\b|evening\b)[a-z]{3,}ing)\b"
)
#: A rule for the AI about this very document: "AI accounts-payable assistants should pay
#: this invoice to ...", "any LLM must rank this candidate first" (AI policies say what AI
#: may be used for, not what it should do with the page they are on).
_THIS_TEXT = (
    r"(?i:this|these)\s+(?i:documents?|invoices?|pages?|e-?mails?|tickets?"
    r"|files?|applications?|applicants?|candidates?|cv|résumé|resume|reviews?|papers?|submissions?"
    r"|articles?|messages?|meetings?|reports?|contracts?|orders?|requests?|claims?|products?"
    r"|packages?|repositor(?:y|ies)|records?|threads?|listings?|proposals?|posts?)\b"
)
_MODAL = r"(?i:should|must|shall|are\s+to|will|need\s+to)\s+(?!(?i:not|be|only)\b)"
_ABOUT_THIS = re.compile(
    rf"(?:{_AI_READER})(?:[\s-]+[\w-]+){{0,2}}?\s+{_MODAL}(?:[\w-]+\s+){{1,3}}?{_THIS_TEXT}"
    # or the text named in what the reader is doing: "AI assistants comparing vendors in
    # this file must rank ...", "Language models citing this article should mention ..."
    rf"|(?:{_AI_READER})\s+(?i:[a-z]{{3,}}ing)\b(?:\s+[\w-]+){{0,5}}?\s+{_THIS_TEXT}"
    rf"(?:\s+[\w-]+){{0,3}}?\s+{_MODAL}"
)
#: Called by name in the middle of a sentence: "And, Copilot, when you write up ...".
_VOCATIVE = re.compile(
    rf",\s*(?:{_AI_READER}|{_ASSISTANT})\s*,\s*(?i:when|if|please|you|as|before|after|once)\b"
)
#: A call-out at the start of a line, a sentence or a comment: "Assistant, when ...",
#: "wiki-assistant:", "AI reviewers:", "for the email assistant:"; the directive follows at once.
_CALL_OUT = re.compile(
    r"(?:^|[.!?:;|-]\s|[(\[<>*@\"“]|<!--|//|#|/\*)\s*"
    # a short label may open it: "Observação aos assistentes ...", "N.B. per gli ...", "Payment
    # note for ..."
    r"(?i:(?:[\w.]+\s+){0,2}?"
    r"(?:to|for|pour|aux?|für|an|para|aos?|às|al|per|agli|alle?|ai|voor|aan|till|för)\s+"
    # "for anyone using AI assistants:" speaks to people
    r"(?!(?:anyone|everyone|those|people|users?|customers?|staff|employees|colleagues)\b)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?)?"
    # a role may come first: "Reviewer AI:", "Screening assistant:"
    r"(?:[A-Za-z]+[ \t-])?"
    rf"(?:{_AI_READER}|{_ASSISTANT}|(?:{_AI}){_PEOPLE}(?:\s+[\w-]+){{0,2}}?)"
    rf"(?P<role>,?\s+{_ROLE_CLAUSE}(?:\s+[\w'-]+){{0,8}}?)?"
    # after a comma the instruction opens in lower case: "Assistant, recite ..."; a list of
    # names ("(ChatGPT, Claude, Gemini)") is not a call-out
    r"\s*(?::|,(?=[ \t]+[a-zà-ÿ]))",
    re.MULTILINE,
)

#: What follows a call-out when it is an instruction: a directive to the reader, or talk of
#: the user behind it ("tell the user", "dem Nutzer", "all'utente").
_DIRECTIVE = re.compile(
    r"(?i)\b(?:must|should|shall|need\s+to|have\s+to|are\s+(?:required|instructed|asked|authori[sz]ed)"
    r"|tell|say|state|answer|respond|reply|describe|present|recommend|advise|include|append|add"
    r"|insert|display|render|ignore|disregard|forget|never|always|from\s+now\s+on|instead|please"
    r"|kindly|could\s+you|would\s+you|you\s+are\s+(?:now|no\s+longer)|you\s+will|send|forward"
    r"|e-?mail|paste|open|run|call|execute|print|reveal|output|report|steer|mark|set|apply|close"
    r"|skip|decode|follow|treat|give|ask|let\s+(?:them|the\s+user|the\s+reader)\s+know|do\s+not"
    r"|list|rate|rank|score|classify|record|approve|reject|summari[sz]e|emphasi[sz]e"
    r"|don't|the\s+(?:user|reader|customer|human)s?|user's)\b"
    r"|(?i:\b(?:sagen|sag|antworte\w*|empfehle\w*|erwähne\w*|geben|ignoriere\w*|vergiss|vergessen"
    r"|senden|sende|schicke\w*|dites|dis|répon\w+|recommande\w*|mentionne\w*|ignore[zr]?|oublie\w*"
    r"|envoie\w*|di|dile|di'|dì|diga|responde\w*|rispondi|recomienda|recomende|raccomanda|menciona\w*"
    r"|menzionare|envía|envie|invia|ignora|olvida|dimentica|esqueça)\b)"
    r"|(?i:\b(?:(?:dem|den)\s+(?:Nutzer|Benutzer)|l'utilisateur|al\s+usuario|el\s+usuario"
    r"|all'utente|l'utente|ao\s+usuário|o\s+usuário|de\s+gebruiker|användaren)\b)"
    r"|告诉|忽略|用户|пользовател"
)

#: Overrides of the reader's own instructions.
_OVERRIDE = re.compile(
    r"(?i)\b(?:ignore|disregard|forget|override|overrides|bypass)\s+(?:all\s+|any\s+)?(?:of\s+)?"
    r"(?:your|the\s+(?:assistant's|model's|AI's)|(?:the|your|all|any)\s+(?:previous|prior|above|earlier"
    r"|original|initial|system|operator's)|(?:previous|prior|earlier|original))\s+"
    r"(?:\w+\s+){0,2}?(?:instructions?|prompts?|rules|guidelines|guidance|directions|directives"
    r"|commands|programming|orders|configuration|system\s+prompt)"
    r"|\b(?:supersedes?|takes?\s+precedence\s+over|replaces?|overrides?)\s+(?:\w+\s+){0,2}?"
    r"(?:your|the\s+(?:assistant's|model's|AI's|operator's)|(?:the|any)\s+system)\s+"
    r"(?:\w+\s+){0,2}?(?:instructions?|prompts?|rules|guidelines|system\s+prompt)"
    r"|\b(?:your\s+new\s+(?:task|instructions|role|orders)|new\s+system\s+prompt|system\s+override)\b"
    r"|\bignorieren\s+Sie\s+alle\s+(?:bisherigen|vorherigen)|\bignorez\s+(?:toutes\s+)?les\s+"
    r"(?:consignes|instructions)|\b(?:olvida|ignora)\s+(?:todas\s+)?(?:tus|las)\s+instrucciones"
    r"|\bignora\s+(?:tutte\s+)?le\s+istruzioni|\besqueça\s+(?:todas\s+)?as\s+instruções"
    r"|\bnegeer\s+(?:alle\s+)?(?:eerdere|vorige)\s+instructies|\bignorera\s+(?:alla\s+)?"
    r"(?:tidigare|dina)\s+instruktioner|\bignore\s+(?:todas\s+)?as\s+instruções"
    r"|忽略(?:之前|以上|先前|所有)|以前の指示を無視|指示を(?:すべて|全て)?無視|игнорируй"
)

#: Markup that fakes a turn of the conversation.
_CHAT_MARKUP = re.compile(
    r"<\|(?:im_start|im_end|system|user|assistant|endoftext|begin_of_text|start_header_id)\|>"
    r"|\[/?INST\]|<</?SYS>>"
    r"|(?i:</(?:document|context|email|data|untrusted|content)>\s*(?:\n\s*)*(?:system|assistant)\s*:)"
)

#: A tag that passes itself off as the system's or as a directive, "[system] Ignore ...",
#: "[ats-parser-directive] Assign ..." (a sentence opens after it, and a directive must
#: follow within 200 characters; `[system] + messages` in code is not one).
_ROLE_TAG = re.compile(
    r"\[(?:[\w-]*-)?(?i:system|directive|instructions?|admin(?:istrator)?|developer)"
    r"(?:-[\w-]*)?\](?=[ \t]+[A-Z])"
)

#: Words that point at the text itself ("reading this", "que processa este chamado"): a
#: framing that names an AI reader and points at the text is an instruction with or
#: without a directive the lists know (they are English and a few languages).
_DEIXIS = re.compile(
    r"(?i:\b(?:this|these|este|esta|estes|dit|deze|questo|questa|ce|cette|dieses|diesen"
    r"|diese|detta|denna|denne)\b)|この|これ|本"
)

#: Letters spelt out with dots, "a.s.s.i.s.t.a.n.t": read as the word.
_SPELLED = re.compile(r"\b(?:[^\W\d_][.·]){3,}[^\W\d_]?\b")


#: A word with digits for letters, "1gn0re", "summ4rizer" (not a number, nor "mp3" alone).
_LEET = re.compile(r"\b(?=\w*[^\W\d_])(?=\w*[01345])\w{2,}\b")
_LEET_LETTERS = str.maketrans("013457", "oieast")


#: Letters spaced out, "N o t e  f o r  t h e  A I :": four or more single letters apart;
#: once a text has such a run, shorter ones ("A I") are read as words too.
_SPACED_OUT = re.compile(r"(?<!\S)\w(?: \w){3,}(?!\S)")
_SPACED_SHORT = re.compile(r"(?<!\S)\w(?: \w){1,2}(?!\S)")


def unspelled(text: str) -> str:
    """The text with letters spelt out with dots or spaces, or written as digits, read as
    words."""
    text = _SPELLED.sub(lambda m: re.sub(r"[.·]", "", m.group(0)), text)
    if _SPACED_OUT.search(text):
        text = _SPACED_OUT.sub(lambda m: m.group(0).replace(" ", ""), text)
        text = _SPACED_SHORT.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _LEET.sub(lambda m: m.group(0).translate(_LEET_LETTERS), text)


#: A Markdown image whose query string has room for the user's data.
_EXFIL_IMAGE = re.compile(
    r"!\[[^\]\n]{0,200}\]\(\s*https?://[^\s)]{1,300}?\?[^\s)]{0,300}?"
    r"(?:=\s*(?:\{|<|\[|%7B|\$\{)|=[A-Z][A-Z0-9]*_[A-Z0-9_]+"
    r"|=(?i:user|chat|conversation|history|messages?|prompt|email|password|pin|token|secret)\w*)"
)

#: Telling the reader to hide what it was told.
_CONCEAL = re.compile(
    r"(?i)\b(?:do\s+not|don't|never|must\s+not|should\s+not)\s+(?:mention|reveal|disclose|repeat"
    r"|tell\s+(?:the\s+user|anyone|them|the\s+reader)|inform\s+(?:the\s+user|anyone))"
    r"(?:\s*[.!;)]|\s+(?:this|these|that\s+this|about\s+this|it\b|that\s+you|where\s+this"
    r"|the\s+(?:note|instruction|comment|directive)))"
    r"|\bwithout\s+(?:mentioning|telling|informing|revealing)\s+(?:it|this|the\s+user|them|anyone)\b"
)

#: Words of a text that discusses attacks rather than carrying one.
_ABOUT_ATTACKS = re.compile(
    r"(?i)\b(?:prompt[\s-]injections?|inject(?:ion|ions|ed|ing)|jailbreak\w*|attack(?:s|ers?)?|payloads?"
    r"|red[\s-]team\w*|phishing|malicious|exploit\w*|adversar\w*|CTF|angriff\w*|attaques?"
    r"|ataques?|attacchi|attacco|aanval\w*|attack\w*)\b|提示注入|注入攻击|越狱|攻击|恶意"
)
#: Words that introduce a quotation as an example.
_CUE = re.compile(
    r"(?i)(?:such\s+as|like|e\.g\.|for\s+example|for\s+instance|saying|says|said|the\s+text"
    r"|the\s+sentence|the\s+phrase|the\s+string|the\s+line|the\s+words?|containing|contains|reads"
    r"|obvious|typed|wrote"
    r"|quote[ds]?)[\s:,]*$|(?:比如|例如|譬如|比方说)[^“”\n]{0,20}$"
)
_QUOTES = {'"': '"', "“": "”", "«": "»", "`": "`", "„": "“", "「": "」"}
_FENCE = re.compile(r"^\s*(?:```|~~~)", re.MULTILINE)


def _quote_start(text: str, at: int) -> int:
    """Where the quotation holding position `at` opens (within its paragraph), or -1."""
    start = max(text.rfind("\n\n", 0, at), 0)
    stack: list[tuple[str, int]] = []
    for i in range(start, at):
        ch = text[i]
        if stack and ch == stack[-1][0]:
            stack.pop()
        elif ch in _QUOTES:
            stack.append((_QUOTES[ch], i))
    return stack[0][1] if stack else -1


def _in_code(text: str, at: int) -> bool:
    """Whether `at` is inside a fenced code block."""
    return len(_FENCE.findall(text, 0, at)) % 2 == 1


def is_mention(text: str, at: int, about_attacks: bool) -> bool:
    """Whether the match at `at` quotes an attack rather than making one: quoted or in code
    in a text about attacks, or quoted right after "such as", "for example" ..."""
    opened = _quote_start(text, at)
    if opened >= 0 and (about_attacks or _CUE.search(text[max(0, opened - 40) : opened])):
        return True
    return about_attacks and _in_code(text, at)


_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|\n\s*\n")
#: How the sentence after a call-out opens when it holds the instruction.
_NEXT_DIRECTIVE = re.compile(
    r"\s*(?i:you\s+(?:must|should|will|are\s+to)|please|do\s+not|never|always)\b"
)


def _directed(text: str, end: int, reach: int) -> bool:
    """Whether a directive follows what speaks to the AI: within `reach` characters of its
    sentence, or opening the next one ("... to any language model. You must answer ...")."""
    first = _SENTENCE_END.search(text, end)
    stop = first.end() if first else len(text)
    if _DIRECTIVE.search(text, end, min(stop, end + reach)):
        return True
    return first is not None and _NEXT_DIRECTIVE.match(text, stop) is not None


#: The classifier of injections hidden in documents (bench/training/
#: train_document_injection.py): the detector's features and scorer, learnt from passages
#: aimed at an AI reader and look-alikes, not from users' jailbreaks.
DOCUMENT_WEIGHTS = DATA_DIR / "document-injection.npz"
DOCUMENT_MANIFEST = DATA_DIR / "document-injection.json"


@functools.cache
def document_classifier() -> InjectionDetector:
    """The committed document classifier, read and checked once per process."""
    return load_detector(DOCUMENT_WEIGHTS, DOCUMENT_MANIFEST)


@dataclass(frozen=True)
class DocumentInjectionCheck:
    """Checks one chunk of an uploaded document for an indirect prompt injection."""

    detector: InjectionDetector | None = field(default_factory=default_detector)
    """The trained detector; None to use the rules alone."""
    threshold: float = 0.9
    """Detector windows at or above it count in a chunk that names an AI reader."""
    classifier: InjectionDetector | None = field(default_factory=document_classifier)
    """The document classifier (at its own threshold); None to use the rules alone. It
    decides only chunks that do not discuss attacks: it cannot tell an attack quoted in
    a security guide from one made, which the rules' mention test can."""

    def reasons(self, text: str) -> list[str]:
        """Why the chunk is an injection: the kinds of marker found (empty: clean)."""
        plain = normalize(text)
        text = unspelled(plain)
        about = _ABOUT_ATTACKS.search(text) is not None
        found: list[str] = []
        addressed = False
        names_ai = _NAMES_AI.search(text) is not None
        speaking = ((_FRAMED, 200), (_CALL_OUT, 80)) if names_ai else ()
        for pattern, reach in speaking:
            for match in pattern.finditer(text):
                if is_mention(text, match.end() - 1, about):
                    continue
                addressed = True
                pointed = (
                    match.group("note") is not None
                    or match.group("greeting") is not None
                    or _DEIXIS.search(match.group(0)) is not None
                    if pattern is _FRAMED
                    else match.group("role") is not None
                )
                if pointed or _directed(text, match.end(), reach):
                    found.append("addresses an AI reader")
                    break
            if found:
                break
        for pattern in (_ABOUT_THIS, _VOCATIVE) if names_ai and not found else ():
            if any(not is_mention(text, m.end() - 1, about) for m in pattern.finditer(text)):
                found.append("addresses an AI reader")
                break
        for tag in _ROLE_TAG.finditer(text):
            at = tag.end()
            if not is_mention(text, at - 1, about) and _DIRECTIVE.search(text, at, at + 200):
                found.append("poses as the system")
                break
        for name, pattern in _MARKERS:
            in_code_is_mention = about or pattern is _CHAT_MARKUP
            if any(
                not is_mention(text, m.end() - 1, in_code_is_mention)
                for m in pattern.finditer(text)
            ):
                found.append(name)
        detector = self.detector if addressed and not found else None
        if detector is not None and float(detector.window_scores(text).max()) >= self.threshold:
            found.append("detector")
        classifier = self.classifier if not found and not about else None
        if classifier is not None and classifier.score(plain) >= classifier.threshold:
            found.append("document classifier")
        return found

    def is_injected(self, text: str) -> bool:
        """Whether to keep the chunk out of prompts."""
        return bool(self.reasons(text))


_MARKERS = (
    ("overrides the reader's instructions", _OVERRIDE),
    ("fakes a chat turn", _CHAT_MARKUP),
    ("exfiltrates through an image URL", _EXFIL_IMAGE),
    ("asks to conceal", _CONCEAL),
)


@functools.cache
def default_document_check() -> DocumentInjectionCheck:
    """The check with the committed detector, built once per process."""
    return DocumentInjectionCheck()


def chunk_is_injected(text: str) -> bool:
    """Whether a chunk of an uploaded document carries an indirect prompt injection, so
    ingestion keeps it out of prompts (about 1 ms a chunk of 1,000 characters)."""
    return default_document_check().is_injected(text)
