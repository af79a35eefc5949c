"""Other verbs people move a thing with ("shove the castle over to the left", "bump it left a bit", "budge him
up"), said with "move" as every move rule reads it. Only where a way follows, so "bump up the size" or "pull up a
chair" keep their own meaning."""

from __future__ import annotations

import re

_WAY = (r"(?:(?:a\s+(?:bit|little|tad|smidge)|slightly|just)\s+)?(?:over\s+|back\s+)?(?:to(?:wards?)?\s+the\s+|to\s+)?"
        r"(?:left|right|up|down|top|bottom|higher|lower|middle|center|centre)\b")
# not a look turned up ("bump the contrast way up") nor a size ("bump the mug up in size")
_NOT_MOVED = (r"(?!(?:the\s+)?(?:contrast|saturation|brightness|exposure|colou?rs?|size|lighting|light|warmth|"
              r"sharpness)\b)")
_OTHER_MOVE = re.compile(rf"\b(?:shove|bump|budge|inch|jiggle|tug|yank|pull|hoist|bring)\s+{_NOT_MOVED}"
                         rf"(?P<t>it|him|her|them|(?:the|that|this)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                         rf"(?={_WAY})(?!{_WAY}\s+in\s+size\b)", re.I)


def as_moved(text: str) -> str:
    """`text` with a move said by another verb said with "move"; as it was otherwise."""
    if not text.isascii():
        return text
    return _OTHER_MOVE.sub(lambda m: f"move {m.group('t')} ", text)
