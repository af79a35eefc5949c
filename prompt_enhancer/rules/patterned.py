""""a blue dress with white polka dots", "make it white with black spots": the second colour is the pattern's, not
the thing's (it was read "blue and white" with a detail "polka dots"). The colour and the pattern are joined into
one word that no value reader takes apart; the phrase reader restores the spaces in what is left.
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_COLOURS = "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len, reverse=True))
_PATTERN = re.compile(rf"(?<=\bwith\s)(?P<said>(?:(?:lots\s+of|little|tiny|small|big|some)\s+)?(?:{_COLOURS})\s+"
                      r"(?:polka\s+dots|dots|spots|stripes|stars|hearts|checks|flowers|patches|freckles|stitching))\b",
                      re.IGNORECASE)
JOIN = "qxq"
# "a red-crowned crane", "a blue-eyed cat": a colour in a word of its own that says what has the colour, not the
# thing (it was read "red" and a thing called "-crowned crane"); the hyphen is held as HYPHEN while values are read
_COLOURED_PART = re.compile(rf"\b(?P<c>{_COLOURS})-(?=(?!colou?red\b)[a-z]+ed\b)", re.IGNORECASE)
HYPHEN = "qxh"


def join_patterns(text: str) -> str:
    """`text` with each coloured pattern said after "with" made one word (spaces as JOIN), and "black-and-white"
    said as "black and white"."""
    text = _COLOURED_PART.sub(lambda m: m.group("c") + HYPHEN, re.sub(r"(?<=[a-z])-and-(?=[a-z])", " and ", text))
    return _PATTERN.sub(lambda m: m.group("said").replace(" ", JOIN), text)


def unjoined(text: str) -> str:
    """The words join_patterns joined, apart again."""
    return text.replace(JOIN, " ").replace(HYPHEN, "-")
