"""A change put as a suggestion: "could we switch to oil painting instead", "let's try blue", "how about making it
bigger", "what about a blue one", "do it in blue". The suggestion is the request itself: what follows the hedge is
read as if it had been said plainly ("switch to oil painting instead", "blue", "make it bigger"). "how about a dog"
names a new thing and is left to the drawing rules; "try again" is the retry button's.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_I = re.IGNORECASE
_COLOUR = "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len, reverse=True))
_STYLE = "|".join(sorted((re.escape(f) for t in vocab.STYLES.values() for f in t.en), key=len, reverse=True))
_GERUNDS = {"making": "make", "turning": "turn", "changing": "change", "moving": "move", "putting": "put",
            "adding": "add", "removing": "remove", "giving": "give", "switching": "switch", "using": "use",
            "doing": "do", "painting": "paint", "drawing": "draw"}
_GERUND = "|".join(_GERUNDS)
_HEDGE = re.compile(
    r"^(?:(?:so|ok|okay|hmm+|well|and|then|now)[\s,]+)*(?:"
    # "could we switch to…", "can we maybe…", "maybe we could…"
    r"(?:can|could|shall|should)\s+we(?:\s+(?:maybe|perhaps|please|just))?\s+"
    r"|(?:maybe\s+|perhaps\s+)?we\s+(?:could|can|should|might)(?:\s+(?:maybe|just))?\s+"
    # "let's try blue", "try oil painting instead", "maybe try…": not "try again"
    r"|(?:let'?s\s+|maybe\s+|perhaps\s+|can\s+(?:you|u)\s+|could\s+(?:you|u)\s+)?try\s+"
    r"(?!again\b|once\b|one\s+more\b|another\b|it\s+again\b|that\s+again\b)"
    # "how about blue", "what about making it bigger", "how about in watercolor": a value or a change, not a thing
    rf"|(?:how|what)\s+about\s+(?=(?:(?:a|an)\s+)?(?:{_COLOUR})\b|(?:{_GERUND})\b|(?:in\s+)?(?:{_STYLE})\b|"
    r"(?:it|him|her|them)\s+(?:in|as|with)\b|(?:bigger|smaller|larger)\b)"
    # "do it in blue"
    r"|do\s+(?=(?:it|this|that|him|her|them)\s+(?:in|as)\s)"
    r")+", _I)
_LEADING_GERUND = re.compile(rf"^(?P<g>{_GERUND})\s+(?=\S)", _I)


def as_asked(clause: str) -> str:
    """The clause with a suggestion's hedge taken off and a leading "-ing" made a verb; as said otherwise."""
    hedged = _HEDGE.match(clause)
    if not hedged or not clause[hedged.end():].strip():
        return clause
    rest = clause[hedged.end():]
    return _LEADING_GERUND.sub(lambda m: _GERUNDS[m.group("g").lower()] + " ", rest)
