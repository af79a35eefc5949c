"""English as someone still learning it writes it, said as the rules read it: "Put to her a hat of straw" (give her
a straw hat), "make it more dark" (darker), "convert it in a square" (into), "Better a triangle" (make it a
triangle), "The dress I want it more dark" (make the dress darker), "with one dog in his side" (beside him), "Is
possible he smiles?" (make him smile). Each was drawn as a thing ("hat of straw", "convert it", "Better
triangle") or not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE

# sizes are not here: "more small and black" already reads as small and black
_COMPARATIVE = {"dark": "darker", "light": "lighter", "tall": "taller", "short": "shorter", "bright": "brighter",
                "long": "longer", "thin": "thinner", "thick": "thicker", "fat": "fatter", "wide": "wider",
                "high": "higher", "low": "lower"}
_OBJECT = {"he": "him", "she": "her", "it": "it", "they": "them", "his": "him", "her": "her", "its": "it",
           "their": "them"}
_MATERIALS = r"(?:straw|wood|wool|glass|gold|silver|leather|paper|stone|metal|plastic|silk|cotton|ice|clay)"

_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\b(?:give|put)\s+to\s+(?=(?:him|her|them|it|the\s+\w+)\b)", _I), "give "),
    (re.compile(rf"\b(?P<a>a|an|the)\s+(?P<thing>[a-z]+)\s+of\s+(?P<m>{_MATERIALS})\b", _I),
     lambda m: f"{m.group('a')} {m.group('m')} {m.group('thing')}"),
    (re.compile(rf"\bmore\s+(?P<w>{'|'.join(_COMPARATIVE)})\b", _I), lambda m: _COMPARATIVE[m.group("w").lower()]),
    (re.compile(r"\b(?:convert|transform|change|turn)\s+(?P<t>it|him|her|this|that|them|the\s+\w+)\s+in\s+"
                r"(?=(?:a|an|the)\s)", _I), lambda m: f"turn {m.group('t')} into "),
    (re.compile(r"(?:^|(?<=[.!?,]\s))(?:better|rather)\s+(?=(?:a|an)\s)", _I), "make it "),
    (re.compile(r"^(?P<t>the\s+[a-z]+),?\s+i\s+(?:want|would\s+like|prefer)\s+it\s+", _I),
     lambda m: f"make {m.group('t')} "),
    (re.compile(r"\bin\s+(?P<p>his|her|its|their)\s+side\b", _I), lambda m: f"beside {_OBJECT[m.group('p').lower()]}"),
    (re.compile(r"\bis\s+(?:it\s+)?possible\s+(?:that\s+)?(?P<who>he|she|it|they)\s+(?P<v>smile|laugh|cry|wink)s?\b",
                _I), lambda m: f"make {_OBJECT[m.group('who').lower()]} {m.group('v').lower()}"),
)


Rules = tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]


def rewritten(text: str, rules: Rules) -> str:
    """English `text` with each rule's phrasing said as the rules read it (shared with formal_english.py)."""
    if not text.isascii():
        return text
    for pattern, said in rules:
        text = pattern.sub(said, text)
    return text


def as_usually_said(text: str) -> str:
    """The text with a learner's phrasings said as the rules read them; other text as it was."""
    return rewritten(text, _RULES)
