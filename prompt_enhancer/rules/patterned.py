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


def join_patterns(text: str) -> str:
    """`text` with each coloured pattern said after "with" made one word (spaces as JOIN)."""
    return _PATTERN.sub(lambda m: m.group("said").replace(" ", JOIN), text)
