"""The background named by the colour it has now: "make the white background light blue", "replace the white
background with light blue", "swap the white for a light blue background", "change the white to light blue" (on
white, with nothing white in the picture). Said as "the background", so the background rules read them; before,
each was asked back ("I can't find “background light”"). Only the colour the background has now, and a bare
colour only when no thing there has it (a white cat on white: "the white" is still asked about). A colour said to
be behind ("just plain white behind him", "yellow duck, light blue behind") is the background too (it was a note,
or a thing called "behind").
"""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.scene import Scene

_I = re.IGNORECASE


_COLOURS = "|".join(sorted((re.escape(f) for t in vocab.COLOURS.values() for f in t.en), key=len, reverse=True))
_BEHIND = re.compile(rf"(?<![\w-])(?:(?:just|all|plain|solid|a)\s+)*(?P<c>{_COLOURS})(?:\s+(?:background|bg|backdrop))?"
                     r"\s+behind(?:\s+(?:him|her|it|them|everything|(?:the|that)\s+[a-z]+))?"
                     r"(?=\s*(?:[,.;!?]|$|thx|thanks|pls|please))", _I)


# How light or how moody the whole is: "make the room darker" in a living room is the picture made darker
_LIGHT_WORD = (r"(?:(?:a\s+(?:bit|little|lot)|much|way|even|slightly|more|very|really)\s+)?(?:darker|brighter|lighter|"
               r"dimmer|gloomier|moodier|spookier|creepier|sunnier|cozier|cosier|warmer|cooler|dark|bright|dim|gloomy|"
               r"moody|spooky|creepy|sunny|cozy|cosy)\b")


def _place_named(text: str, scene: Scene) -> str:
    """"make the forest darker" in a forest, "make the background darker" of a place: the picture, as "make the
    picture darker" says (it was asked back, or the place became a background called "darker")."""
    place = (scene.background or "").strip().lower()
    if text.isascii() and not place and not any("room" in s.name.lower().split() for s in scene.subjects):
        # "make the room dark" of a teddy bear on a bed: the room is the picture, with no place said
        return re.sub(rf"\bthe\s+room\s+(?={_LIGHT_WORD})", "the picture ", text, flags=_I)
    if not text.isascii() or not place:
        return text
    if vocab.lookup(vocab.COLOURS, place.split()[-1]) is not None:  # "make the background darker" on blue: dark blue
        m = re.search(r"\b(?:the\s+)?(?:background|bg|backdrop)\s+(?:(?:a\s+bit|a\s+little|much|way|slightly)\s+)?"
                      r"(?P<w>darker|lighter|brighter)\b", text, _I)
        if not m or len(place.split()) > 1:
            return text  # (a shade already: as it was read before)
        dark = m.group("w").lower() == "darker"
        new = {("white", True): "gray", ("black", False): "gray"}.get((place, dark),
                                                                       f"{'dark' if dark else 'light'} {place}")
        return text[: m.start()] + f"the background {new}" + text[m.end():]
    head = place.split()[-1]
    if any(head in s.name.lower().split() for s in scene.subjects):
        return text  # a thing there has that name: "the forest" may be it
    return re.sub(rf"\bthe\s+(?:[a-z]+\s+)?(?:{re.escape(head)}|background|bg|backdrop)\s+(?={_LIGHT_WORD})",
                  "the picture ", text, flags=_I)


def background_named(text: str, scene: Scene) -> str:
    """`text` with the background said by its colour now said as "the background"; as it was otherwise."""
    text = _BEHIND.sub(lambda m: f"{m.group('c')} background", text) if text.isascii() else text
    text = _place_named(text, scene)
    colour = (scene.background or "").strip().lower()
    if not colour or not text.isascii() or vocab.lookup(vocab.COLOURS, colour.split()[-1]) is None:
        return text
    said = r"\s+".join(map(re.escape, colour.split()))
    text = re.sub(rf"\bthe\s+{said}\s+(?=(?:background|bg|backdrop)\b)", "the ", text, flags=_I)
    m = re.match(rf"^(?P<lead>(?:(?:ok|okay|now|and|then|so|hmm+|actually|pls|please)[\s,]+)*)"
                 rf"(?:swap|change|replace|switch|turn)\s+the\s+{said}\s+(?:for|with|to|into)\s+(?:a\s+|an\s+)?"
                 r"(?P<new>[a-z][a-z -]*?)(?:\s+(?:one|(?P<bg>background|bg|backdrop)))?"
                 r"(?P<end>\s*(?:please|pls)?[.!]*)$",
                 text.strip(), _I)
    if not m or not vocab.lookup(vocab.COLOURS, m.group("new").split()[-1]):
        return text
    if not m.group("bg") and any(s.attributes.get("colour", "").lower() == colour for s in scene.subjects):
        return text  # "change the white to light blue" with a white cat there: "the white" may be the cat
    return f"{m.group('lead')}make the background {m.group('new')}{m.group('end')}"
