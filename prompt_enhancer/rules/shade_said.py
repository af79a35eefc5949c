"""A coloured thing made darker or lighter ("make it darker", "the car a bit lighter", 深一点, 颜色浅一点): its
colour in that shade (dark blue, light blue), the way 深蓝色 or "a darker blue" already read. Before, the word was
kept as a detail ("darker") and the colour stayed as it was. A thing with no colour, or black or white, keeps the
word as a detail."""

from __future__ import annotations

import re

from dialog import vocabulary as vocab
from dialog.decision import EditKind
from dialog.en_words import DOING_ING
from dialog.scene import Subject
from prompt_enhancer.rules.message_edit import MessageEdit

_A_BIT = r"(?:a\s+(?:bit|little|lot)\s+)?"
_DARKER = re.compile(_A_BIT + r"(?:darker|deeper)|(?:再|更|稍微)?[深暗](?:一)?(?:点|些)(?:儿)?", re.I)
_LIGHTER = re.compile(_A_BIT + r"(?:lighter|paler)|(?:再|更|稍微)?[浅淡](?:一)?(?:点|些)(?:儿)?", re.I)
_NO_SHADE = {"black", "white", "gray", "sky blue", "gold", "silver"}


# "make the colour lighter", "its colour a bit darker": the colour of the thing in focus
_COLOUR_OF_IT = re.compile(r"^(?:make\s+|can\s+you\s+make\s+)?(?:the|its|his|her)\s+colou?r\s+(?P<w>" + _A_BIT
                           + r"(?:darker|deeper|lighter|paler))$", re.I)


# "make it a bit darker": how much, before the shade (it had renamed the car "bit darker")
_HOW_MUCH = re.compile(r"(?<=\s)(?:a\s+(?:bit|little|tad|lot)|slightly|much|way)\s+"
                       r"(?=(?:darker|lighter|deeper|paler)\b)", re.I)


def as_shade_said(body: str) -> str:
    """`body` with "make the colour darker" said of the thing ("make it darker"); as it was otherwise."""
    m = _COLOUR_OF_IT.match(body.strip())
    return _HOW_MUCH.sub("", f"make it {m.group('w')}" if m else body)


def shaded(colour: str, said: str) -> str | None:
    """The colour `said` ("darker", 浅一点) makes of `colour`, or None when it says no shade of it."""
    darker, lighter = _DARKER.fullmatch(said.strip()), _LIGHTER.fullmatch(said.strip())
    shade, _, base = colour.partition(" ")
    if not (darker or lighter) or not colour or (colour if not base else base) in _NO_SHADE:
        return None
    if shade in ("dark", "light") and vocab.lookup(vocab.COLOURS, base):
        return base if (shade == "dark") == bool(lighter) else colour  # light blue made darker: blue
    if base or not vocab.lookup(vocab.COLOURS, colour):
        return None
    return f"{'dark' if darker else 'light'} {colour}"


# "make the staff glow": what it does, said with its -ing before its name ("a glowing staff", not "a glow staff")
DOING_AS_SAID = {**DOING_ING, "glow brightly": "glowing brightly"}


def set_detail(work: MessageEdit, subject: Subject, rest: str, changes: list[tuple[str, str]]) -> None:
    """The words no value table read, said of `subject`: a shade of its colour, else its detail (awake ends a
    sleeping pose)."""
    colour = shaded(subject.attributes.get("colour", ""), rest)
    key, value = ("colour", colour) if colour else ("detail", DOING_AS_SAID.get(rest.lower(), rest))
    if rest.lower() in ("awake", "wide awake") and subject.attributes.get("pose") == "sleeping":
        del subject.attributes["pose"]  # "the cat should be awake": no longer asleep (said as "awake")
        work.touch(subject, EditKind.ATTRIBUTE)
    if subject.attributes.get(key) != value:
        subject.attributes[key] = value
        changes.append((key, value))
        work.touch(subject, EditKind.ATTRIBUTE)
