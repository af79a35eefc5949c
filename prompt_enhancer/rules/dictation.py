"""What voice typing leaves in a message: punctuation said as a word ("a red apple comma a green pear", "i dont
want the pear anymore period") and a word heard for another ("make the balloon read": red; "lose the banana to":
too). Read as typed, "comma" joined the apple and the pear into one thing and "read" became a detail."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SAID_MARKS = ((re.compile(r"\s+comma\b\s*", _I), ", "),
               (re.compile(r"\s+(?:period|full\s+stop)\b(?=\s*$|\s+[a-z])\s*", _I), ". "),
               (re.compile(r"\s+question\s+mark\b\s*", _I), "? "),
               (re.compile(r"\s+exclamation\s+(?:mark|point)\b\s*", _I), "! "))
# "make the balloon read", "paint it read": the colour; "…the banana to" at the end: too
_HEARD = ((re.compile(r"\b(?P<v>make|paint|turn|colou?r)\s+(?P<t>(?:it|him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?))"
                      r"\s+read\b", _I), r"\g<v> \g<t> red"),
          (re.compile(r"(?<=[a-z])\s+to(?=\s*[.!]*\s*$)", _I), " too"))


def as_typed(text: str) -> str:
    """`text` with dictated punctuation as marks and a misheard word as meant; other text as it was."""
    if not text.isascii():
        return text
    for pattern, said in (*_SAID_MARKS, *_HEARD):
        text = pattern.sub(said, text)
    return text.strip()
