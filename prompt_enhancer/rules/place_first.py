"""A picture asked for as its place first, then what is in it: "i want a beach with a red umbrella in the middle
and a crab on the left", "draw a forest with a small cabin and a deer". The place is where the picture is (the
background), and each thing after "with" is drawn in it; before, the beach was a thing at the center with the
umbrella as its part. A list after a colon is the same ("Render a living room: a sofa on the left, …"), and so is
a setting kept as said ("a hotel lobby with a potted palm"). Only a place the rules know is read so ("a house
with a red door" stays a house)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from prompt_enhancer.rules.setting_phrase import bare_landscape

_PLACE_WITH = re.compile(r"^(?:(?:ok(?:ay)?|so|hi|hey|well|um+)[\s,!.]+)*"
                         r"(?:(?:(?:could|can|would|will)\s+(?:you|u)\s+)?(?:please\s+)?"
                         r"(?:draw|paint|sketch|make|create|render|illustrate|show)\s+(?:me\s+)?"
                         r"|i\s+(?:want|need)\s+|i'?d\s+like\s+|can\s+i\s+(?:have|get)\s+)?"
                         r"(?:a|an|the|some)\s+"
                         r"(?P<p>[a-z]+(?:\s+[a-z]+)?)(?:\s+with|\s*[:：])\s+"
                         r"(?P<rest>(?:a|an|the|some|two|three|four|five|\d+)\s.+)$",
                         re.IGNORECASE | re.DOTALL)


def place_first(text: str) -> str:
    """`text` with a place said first and its things after "with" said as the things, then the place."""
    m = _PLACE_WITH.match(text.strip())
    place = _place_said(m.group("p")) if m else None
    return f"draw {m.group('rest')}, {place}" if m and place else text


def is_place_first(text: str) -> bool:
    """Whether `text` says a place first and then the things in it."""
    return place_first(text) != text


def _place_said(words: str) -> str | None:
    place = vocab.lookup(vocab.PLACES, words)
    if place is not None:
        return place.key
    landscape = bare_landscape(words)
    return f"in a {landscape}" if landscape else None
