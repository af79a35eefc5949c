"""A change put as a suggestion or a wish: "could we switch to oil painting instead", "let's try blue", "how
about making it bigger", "what about a blue one", "do it in blue", "i want it to be night", "what if it was
green". The suggestion is the request itself: what follows the hedge is read as if it had been said plainly
("switch to oil painting instead", "blue", "make it bigger", "make it night"). "how about a dog" names a new thing
and is left to the drawing rules; "try again" is the retry button's.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.patterns import alternation

_I = re.IGNORECASE
_COLOUR = alternation([f for t in vocab.COLOURS.values() for f in t.en])
_STYLE = alternation([f for t in vocab.STYLES.values() for f in t.en])
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
    # "do it in blue", "can i see it in green"
    r"|(?:do|(?:can|could)\s+i\s+(?:see|get|have))\s+(?=(?:it|this|that|him|her|them)\s+(?:in|as)\s)"
    r")+", _I)
_LEADING_GERUND = re.compile(rf"^(?P<g>{_GERUND})\s+(?=\S)", _I)
_THING = r"(?P<t>it|this|him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?)"
# A wish for how it should be, said as the change: "i want it to be night", "what if the circle was bigger",
# "make it look like it's night".
_WISHED = (
    re.compile(rf"^i\s+(?:really\s+|just\s+)?(?:want|wanna|need|'d\s+like|would\s+like|wish)\s+{_THING}\s+"
               r"(?:to\s+be|to\s+look|was|were|be)\s+(?P<v>\S.*)$", _I),
    re.compile(rf"^what\s+if\s+{_THING}\s+(?:was|were|is|could\s+be|looked)\s+(?P<v>\S.*)$", _I),
    re.compile(rf"^make\s+{_THING}\s+look\s+like\s+(?:it'?s|it\s+is|its)\s+(?P<v>\S.*)$", _I),
)


def as_asked(clause: str) -> str:
    """The clause with a suggestion's hedge taken off and a leading "-ing" made a verb; as said otherwise."""
    for wished in _WISHED:
        m = wished.match(clause.strip())
        if m:
            return f"make {m.group('t')} {m.group('v')}"
    hedged = _HEDGE.match(clause)
    if not hedged or not clause[hedged.end():].strip():
        return clause
    rest = clause[hedged.end():]
    return _LEADING_GERUND.sub(lambda m: _GERUNDS[m.group("g").lower()] + " ", rest)
