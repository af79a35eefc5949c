"""Where things go, said as an architect or a careful writer says it, in the words the place rules read:
"centred horizontally and vertically", "exactly centred in the frame" (in the center), "immediately to its
right" (to the right of it), "directly left of the house" (left of the house), "in the upper right of the
picture" (the top right), "roughly a third of the width" (a size this app does not set: left out), "Move the
tree so it stands left of the house" (move the tree left of the house), "Correction: a triangle" (no, a
triangle), "Nothing else changes" (keep everything else). Only words."""

from __future__ import annotations

import re

from prompt_enhancer.rules.learner_english import Rules, rewritten

_I = re.IGNORECASE
_PICTURE = r"(?:picture|image|frame|canvas|page|drawing|panel|screen|scene|pic|map|board|poster|card)"  # (a game map)
_SURFACES = set("street road river lake room picture image frame canvas page path table desk sofa couch bed shelf "
                "field beach bridge stage garden park".split())
_RULES: Rules = (
    (re.compile(r"\b(?:exactly|precisely|perfectly|dead)\s+(?=cent(?:er|re)d?\b)", _I), ""),
    (re.compile(rf"\b(?P<c>cent(?:er|re)d)\s+(?:horizontally\s+and\s+vertically|vertically\s+and\s+horizontally|"
                rf"(?:in|on)\s+the\s+{_PICTURE})\b", _I), r"\g<c>"),
    (re.compile(r"\b(?:immediately|directly|just|exactly)\s+(?!right\s*[.!]*(?:$|,))"  # "just right": approval
                r"(?=(?:to\s+(?:its|the|his|her|their)\s+)?(?:left|right)\b|"
                r"(?:above|below|under|beside|behind|next\s+to)\b)", _I), ""),
    (re.compile(rf"\b(?P<p>(?:(?:top|bottom|upper|lower)[\s-]+)?(?:left|right)|top|bottom|middle)(?:[\s-]+corner)?\s+"
                rf"(?:of|in)\s+the\s+{_PICTURE}\b", _I), r"\g<p>"),
    (re.compile(r"\s*,?\s*(?:roughly|about|around|approximately)\s+(?:(?:a|one)\s+third|(?:a|one)\s+quarter|half|"
                rf"two\s+thirds|the\s+(?:width|height|size))\s+(?:of\s+)?(?:the\s+)?(?:width|height|{_PICTURE}|"
                r"[a-z]+)(?:\s+of\s+the\s+[a-z]+)?\b", _I), ""),
    (re.compile(r"^(?P<m>move\s+.+?)\s+so\s+(?:that\s+)?(?:it|they|he|she)\s+(?:stands?|sits?|is|are)\s+", _I),
     r"\g<m> "),
    (re.compile(r"^correction\s*[:：,]\s*", _I), "no, "),
    (re.compile(r"\bto\s+its\s+(?P<w>left|right)\b", _I), r"to the \g<w> of it"),  # "a pine tree to its right"
    # "a bookshelf on the left wall": at the left of the room (no wall of its own)
    (re.compile(r"\bon\s+the\s+(?P<w>left|right)(?:[\s-]+hand)?\s+wall\b", _I), r"on the \g<w>"),
    # "on the right side of the pic": the picture's right
    (re.compile(rf"\b(?:on|to|at)\s+the\s+(?P<w>left|right)(?:[\s-]+hand)?\s+side\s+of\s+the\s+{_PICTURE}\b", _I),
     r"on the \g<w>"),
    # "a tree on the right side of the house", "on the left-hand side of it": to its right, to its left (not "on
    # the left side of the street", the street's left, nor of a thing one is on: "on the left side of the sofa")
    (re.compile(r"\b(?:on|to|at)\s+the\s+(?P<w>left|right)(?:[\s-]+hand)?\s+side\s+of\s+(?P<x>it|him|her|them|"
                r"(?:the|a|an)\s+(?:[a-z]+\s+)?(?P<n>[a-z]+))\b", _I),
     lambda m: m.group(0) if (m.group("n") or "").lower() in _SURFACES else f"to the {m.group('w')} of {m.group('x')}"),
    (re.compile(r"\bnothing\s+else\s+(?:changes|should\s+change|moves|is\s+changed)\b", _I), "keep everything else"),
)


def as_placed_precisely(text: str) -> str:
    """The text with a careful writer's places said as the rules read them; other text as it was."""
    return rewritten(text, _RULES)
