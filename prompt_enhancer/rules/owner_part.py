""""make the owl eyes yellow", "cat tail black", "the turtles shell": a thing there and one of its parts said side
by side, with no 's or with its s and no apostrophe, are its part ("the owl's eyes"); before, the owl was turned
into "yellow eyes". Only a name there followed by a word the vocabulary knows as a part; other pairs ("the cat
bed") stay as they are."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.natural_parts import NATURAL_PARTS
from dialog.scene import Scene

_PARTS = frozenset(w.lower() for w in (*vocab.HAD, *vocab.WORN, *(p for ps in NATURAL_PARTS.values() for p in ps))
                   if w.isascii())
_PART = "|".join(re.escape(p) for p in sorted(_PARTS, key=len, reverse=True))


def owner_said(text: str, scene: Scene) -> str:
    """`text` with "<a name there> <its part>" said as "<name>'s <part>"; as it was otherwise."""
    if not scene.subjects or vocab.has_cjk(text):
        return text
    owners = {s.name.lower().split()[-1] for s in scene.subjects if s.name.split() and s.name.isascii()}
    owners -= _PARTS  # a thing named by a part word ("hat") is no owner of one
    words = set(re.findall(r"[a-z]+", text.lower()))
    words |= {w[:-1] for w in words if w.endswith("s")}  # "the turtles shell": the turtle's
    if not (owners & words and _PARTS & words):
        return text  # most messages: no name there followed by a part, nothing to build a pattern for
    said = "|".join(re.escape(o) for o in sorted(owners, key=len, reverse=True))

    def whose(m: re.Match[str]) -> str:
        two = re.match(r"([a-z]+\s+[a-z]+)", text[m.end():], re.IGNORECASE)
        shade, _, colour = two.group(1).lower().partition(" ") if two else ("", "", "")
        if two and (vocab.lookup(vocab.COLOURS, two.group(1).lower())
                    or (vocab.lookup(vocab.SHADES, shade) and vocab.lookup(vocab.COLOURS, colour))):
            return m.group(0)  # "the square light blue": "light blue" is its colour, not its light
        if re.search(r"\b(?:give|gift|hand|offer|buy)\s+(?:the\s+|that\s+|this\s+)?$", text[: m.start()],
                     re.IGNORECASE):
            return m.group(0)  # "give the grandma glasses": to her, not her glasses
        bare = not re.search(r"\b(?:the|a|an|his|her|its|my|that|this)\s+$", text[: m.start()], re.IGNORECASE)
        return f"{'the ' if bare else ''}{m.group('o')}'s "  # "owl eyes yellow pls": the owl's eyes

    return re.sub(rf"\b(?P<o>{said})s?\s+(?=(?:{_PART})\b)", whose, text, flags=re.IGNORECASE)
