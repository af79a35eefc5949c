"""A thing named with whose it is, when it is drawn on its own: "make his dog brown", "remove his dog", 他的狗换成黑色
of "a boy and his dog". The dog is the one drawn beside him (it was given to the boy as a part called dog, or
kept out as "his dog"); a part he has ("his balloon") is still his part, read by references._possessive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialog.natural_parts import NATURAL_PARTS
from dialog.scene import Subject
from prompt_enhancer.rules.names import name_matches

_WHOSE_THING = re.compile(r"^\s*(?:his|her|its|their|他的|她的|它的)\s*", re.IGNORECASE)


def as_the_thing(text: str, subjects: Sequence[Subject]) -> str:
    """"his dog" as "the dog" when a subject is called so; the text as said otherwise."""
    thing = _WHOSE_THING.sub("", text).strip()
    if thing == text.strip() or not any(name_matches(s.name, thing) for s in subjects):
        return text
    return _WHOSE_THING.sub("the " if thing.isascii() else "", text)


_ZH_PARTS = frozenset(f for forms in NATURAL_PARTS.values() for f in forms if not f.isascii())


def glued_owner(text: str, subjects: Sequence[Subject]) -> str:
    """"兔子耳朵" of a rabbit drawn as "兔子的耳朵": a Chinese part said right after its owner's name, no 的
    between; the text as said otherwise (猫头鹰 is no cat's 头鹰)."""
    said = text.strip()
    for subject in sorted(subjects, key=lambda s: -len(s.name)):
        name = subject.name.strip()
        if name and not name.isascii() and said.startswith(name) and said[len(name):] in _ZH_PARTS:
            return f"{name}的{said[len(name):]}"
    return text
