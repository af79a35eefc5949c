"""A picture asked for as its place first, then what is in it: "i want a beach with a red umbrella in the middle
and a crab on the left", "draw a forest with a small cabin and a deer". The place is where the picture is (the
background), and each thing after "with" is drawn in it; before, the beach was a thing at the center with the
umbrella as its part. Only a place the vocabulary knows is read so ("a house with a red door" stays a house)."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab

_PLACE_WITH = re.compile(r"^(?:(?:ok(?:ay)?|so|hi|hey|well|um+)[\s,!.]+)*(?:(?:please\s+)?(?:draw|paint|sketch|make|"
                         r"create)\s+(?:me\s+)?|i\s+(?:want|need)\s+|i'?d\s+like\s+|can\s+i\s+(?:have|get)\s+)?"
                         r"(?:a|an|the|some)\s+"
                         r"(?P<p>[a-z]+(?:\s+[a-z]+)?)\s+with\s+(?P<rest>(?:a|an|the|some|two|three|four|five|\d+)\s.+)$",
                         re.IGNORECASE)


def place_first(text: str) -> str:
    """`text` with a place said first and its things after "with" said as the things, then the place."""
    m = _PLACE_WITH.match(text.strip())
    place = vocab.lookup(vocab.PLACES, m.group("p")) if m else None
    if place is None:
        return text
    return f"draw {m.group('rest')}, {place.key}"
